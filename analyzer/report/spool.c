/* The results spool: the files of a run written to a temporary file as
 * they are scanned, and read back one at a time by each report, so that a
 * report of 10^5 files and 10^6 findings needs the memory of one file.
 *
 * Records are this process's own: numbers in host order, a string as its
 * length and bytes (UINT32_MAX for NULL), rules as pointers into the
 * registry (valid for the life of the process). Every field of
 * psa_result_file is written: a report read from the spool is the report
 * written from memory (tests/unit/test_reports.c checks it). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "psauth/results.h"
#include "base/util.h"
#include "report/internal.h"

struct psa_results_spool {
  FILE *f;
  int error;          /* errno of the first failure, or 0 */
  bool reading;       /* read since the last write: seek to the end first */
  const char *what;   /* "write" or "read" */
  char *dir;          /* where it is, for messages */
  char *last;         /* the path added last: files come in path order */
  bool unordered;     /* one did not: the reports would be out of order */
};

#define S_NULL_STR UINT32_MAX
#define S_MAGIC 0x70736132u /* "psa2": a record starts here */

static void S_fail(struct psa_results_spool *s, const char *what) {
  if (s->error) return;
  s->error = errno ? errno : EIO;
  s->what = what;
}

/* ---- writing ---------------------------------------------------------- */

static void S_put(struct psa_results_spool *s, const void *p, size_t n) {
  if (!s->error && n && fwrite(p, 1, n, s->f) != n) S_fail(s, "write");
}

static void S_u32(struct psa_results_spool *s, uint32_t v) { S_put(s, &v, sizeof(v)); }

static void S_str(struct psa_results_spool *s, const char *str) {
  if (!str) {
    S_u32(s, S_NULL_STR);
    return;
  }
  size_t n = strlen(str);
  S_u32(s, (uint32_t)n);
  S_put(s, str, n);
}

static void S_range(struct psa_results_spool *s, const psa_range *r) {
  uint32_t v[4] = {r->line, r->col, r->end_line, r->end_col};
  S_put(s, v, sizeof(v));
}

static void S_write_finding(struct psa_results_spool *s, const psa_result_finding *x) {
  uint64_t rule = (uint64_t)(uintptr_t)x->rule;
  S_put(s, &rule, sizeof(rule));
  S_str(s, x->rule_id);
  S_u32(s, (uint32_t)x->severity);
  S_u32(s, (uint32_t)x->service);
  S_u32(s, (uint32_t)x->signin);
  S_u32(s, (uint32_t)x->status);
  S_str(s, x->status_date);
  S_str(s, x->status_source);
  S_range(s, &x->at);
  S_str(s, x->message);
  S_str(s, x->snippet);
  S_str(s, x->fingerprint);
  S_u32(s, x->related_count);
  for (uint32_t n = 0; n < x->related_count; n++) {
    S_range(s, &x->related[n].at);
    S_str(s, x->related[n].message);
    S_str(s, x->related[n].path);
  }
  S_u32(s, x->fix_count);
  for (uint32_t n = 0; n < x->fix_count; n++) {
    const psa_result_fix *fx = &x->fixes[n];
    S_str(s, fx->title);
    S_u32(s, (uint32_t)fx->applicability);
    S_str(s, fx->diff);
    S_u32(s, fx->edit_count);
    for (uint32_t e = 0; e < fx->edit_count; e++) {
      S_range(s, &fx->edits[e].at);
      S_u32(s, fx->edits[e].start);
      S_u32(s, fx->edits[e].end);
      S_str(s, fx->edits[e].replacement);
    }
  }
  S_str(s, x->permissions);
}

static void S_write(struct psa_results_spool *s, const psa_result_file *f) {
  S_u32(s, S_MAGIC);
  S_str(s, f->path);
  S_u32(s, (uint32_t)f->status);
  S_str(s, f->message);
  S_str(s, f->encoding);
  S_str(s, f->eol);
  S_u32(s, f->parsed);
  S_u32(s, f->syntax_errors);
  S_str(s, f->shared_fix_diff);
  S_u32(s, f->unanalysed_count);
  for (uint32_t k = 0; k < f->unanalysed_count; k++) S_range(s, &f->unanalysed[k]);
  S_u32(s, f->unanalysed_lines);
  S_u32(s, f->plan_count);
  for (uint32_t k = 0; k < f->plan_count; k++) {
    const psa_result_plan *e = &f->plan[k];
    S_str(s, e->kind);
    S_u32(s, e->line);
    S_str(s, e->subject);
    S_str(s, e->rule);
    S_str(s, e->signin);
    S_str(s, e->evidence);
    S_str(s, e->target);
    S_str(s, e->reason);
  }
  S_u32(s, f->finding_count);
  for (uint32_t k = 0; k < f->finding_count; k++) S_write_finding(s, &f->findings[k]);
}

/* ---- reading back ------------------------------------------------------ */

static bool S_get(struct psa_results_spool *s, void *p, size_t n) {
  if (s->error) {
    memset(p, 0, n);
    return false;
  }
  if (!n || fread(p, 1, n, s->f) == n) return true;
  errno = ferror(s->f) ? errno : EILSEQ; /* a short record: the file was cut */
  S_fail(s, "read");
  memset(p, 0, n);
  return false;
}

static uint32_t S_get_u32(struct psa_results_spool *s) {
  uint32_t v = 0;
  S_get(s, &v, sizeof(v));
  return v;
}

/* Counts read back: at most what a record can hold, so that a damaged
 * spool cannot ask for gigabytes. */
static uint32_t S_get_count(struct psa_results_spool *s) {
  uint32_t n = S_get_u32(s);
  if (n > (1u << 24)) {
    errno = EILSEQ;
    S_fail(s, "read");
    return 0;
  }
  return n;
}

static char *S_get_str(struct psa_results_spool *s) {
  uint32_t n = S_get_u32(s);
  if (n == S_NULL_STR || s->error) return NULL;
  if (n > (1u << 30)) {
    errno = EILSEQ;
    S_fail(s, "read");
    return NULL;
  }
  char *str = psa_xmalloc((size_t)n + 1);
  S_get(s, str, n);
  str[n] = '\0';
  return str;
}

static void S_get_range(struct psa_results_spool *s, psa_range *r) {
  uint32_t v[4];
  S_get(s, v, sizeof(v));
  *r = (psa_range){v[0], v[1], v[2], v[3]};
}

static void S_read_finding(struct psa_results_spool *s, psa_result_finding *x) {
  uint64_t rule = 0;
  S_get(s, &rule, sizeof(rule));
  x->rule = (const psa_rule *)(uintptr_t)rule;
  x->rule_id = S_get_str(s);
  x->severity = (psa_severity)S_get_u32(s);
  x->service = (psa_service)S_get_u32(s);
  x->signin = (psa_auth)S_get_u32(s);
  x->status = (psa_status)S_get_u32(s);
  x->status_date = S_get_str(s);
  x->status_source = S_get_str(s);
  S_get_range(s, &x->at);
  x->message = S_get_str(s);
  x->snippet = S_get_str(s);
  x->fingerprint = S_get_str(s);
  uint32_t nr = S_get_count(s);
  if (nr) x->related = psa_xcalloc(nr, sizeof(*x->related));
  for (uint32_t n = 0; n < nr && !s->error; n++) {
    psa_result_related *rel = &x->related[x->related_count++];
    S_get_range(s, &rel->at);
    rel->message = S_get_str(s);
    rel->path = S_get_str(s);
  }
  uint32_t nx = S_get_count(s);
  if (nx) x->fixes = psa_xcalloc(nx, sizeof(*x->fixes));
  for (uint32_t n = 0; n < nx && !s->error; n++) {
    psa_result_fix *fx = &x->fixes[x->fix_count++];
    fx->title = S_get_str(s);
    fx->applicability = (psa_applicability)S_get_u32(s);
    fx->diff = S_get_str(s);
    uint32_t ne = S_get_count(s);
    fx->edits = psa_xcalloc(ne ? ne : 1, sizeof(*fx->edits));
    for (uint32_t e = 0; e < ne && !s->error; e++) {
      psa_result_edit *ed = &fx->edits[fx->edit_count++];
      S_get_range(s, &ed->at);
      ed->start = S_get_u32(s);
      ed->end = S_get_u32(s);
      ed->replacement = S_get_str(s);
    }
  }
  x->permissions = S_get_str(s);
}

/* Reads one record into f (cleared). False at the end or on an error. */
static bool S_read(struct psa_results_spool *s, psa_result_file *f) {
  memset(f, 0, sizeof(*f));
  uint32_t magic;
  if (s->error || fread(&magic, 1, sizeof(magic), s->f) != sizeof(magic)) {
    if (!s->error && ferror(s->f)) S_fail(s, "read");
    return false;
  }
  if (magic != S_MAGIC) {
    errno = EILSEQ;
    S_fail(s, "read");
    return false;
  }
  f->path = S_get_str(s);
  f->status = (psa_file_status)S_get_u32(s);
  f->message = S_get_str(s);
  f->encoding = S_get_str(s);
  f->eol = S_get_str(s);
  f->parsed = S_get_u32(s) != 0;
  f->syntax_errors = S_get_u32(s);
  f->shared_fix_diff = S_get_str(s);
  uint32_t nu = S_get_count(s);
  if (nu) f->unanalysed = psa_xcalloc(nu, sizeof(*f->unanalysed));
  for (uint32_t k = 0; k < nu && !s->error; k++) S_get_range(s, &f->unanalysed[f->unanalysed_count++]);
  f->unanalysed_lines = S_get_u32(s);
  uint32_t np = S_get_count(s);
  if (np) f->plan = psa_xcalloc(np, sizeof(*f->plan));
  for (uint32_t k = 0; k < np && !s->error; k++) {
    psa_result_plan *e = &f->plan[f->plan_count++];
    e->kind = S_get_str(s);
    e->line = S_get_u32(s);
    e->subject = S_get_str(s);
    e->rule = S_get_str(s);
    e->signin = S_get_str(s);
    e->evidence = S_get_str(s);
    e->target = S_get_str(s);
    e->reason = S_get_str(s);
  }
  uint32_t nf = S_get_count(s);
  f->findings = psa_xcalloc(nf ? nf : 1, sizeof(*f->findings));
  for (uint32_t k = 0; k < nf && !s->error; k++) S_read_finding(s, &f->findings[f->finding_count++]);
  if (s->error) {
    psa_result_file_clear(f);
    return false;
  }
  return true;
}

/* ---- the public side ---------------------------------------------------- */

int psa_results_spool(psa_results *r, char *err, size_t errlen) {
  /* in $TMPDIR (CI runners point it at roomy disks), unlinked at once so
   * that nothing is left behind whatever ends the process, a signal too */
  const char *dir = getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  size_t n = strlen(dir) + sizeof("/psauth-results-XXXXXX");
  char *name = psa_xmalloc(n);
  snprintf(name, n, "%s/psauth-results-XXXXXX", dir);
  int fd = mkstemp(name);
  FILE *f = NULL;
  if (fd >= 0) {
    unlink(name);
    f = fdopen(fd, "w+b");
    if (!f) close(fd);
  }
  if (!f) {
    /* the template, not what mkstemp left in it */
    snprintf(err, errlen,
             "cannot create the temporary file of the results (%s/psauth-results-XXXXXX): %s "
             "(set TMPDIR to a writable directory)",
             dir, strerror(errno));
    free(name);
    return -1;
  }
  free(name);
  r->spool = psa_xcalloc(1, sizeof(*r->spool));
  r->spool->f = f;
  r->spool->dir = psa_xstrdup(dir);
  return 0;
}

int psa_results_spool_status(const psa_results *r, char *err, size_t errlen) {
  if (!r->spool) return 0;
  if (r->spool->unordered) {
    /* a caller's mistake (psa_results_add), said rather than hidden */
    snprintf(err, errlen, "internal error: results were spooled out of path order");
    return -1;
  }
  if (!r->spool->error) return 0;
  snprintf(err, errlen, "could not %s the temporary file of the results in %s: %s",
           r->spool->what, r->spool->dir, strerror(r->spool->error));
  return -1;
}

void psa_results__spool_add(psa_results *r, const psa_result_file *f) {
  if (r->spool->reading) {
    if (fseek(r->spool->f, 0, SEEK_END) != 0) S_fail(r->spool, "write");
    r->spool->reading = false;
  }
  struct psa_results_spool *s = r->spool;
  if (s->last && strcmp(s->last, f->path) > 0) s->unordered = true;
  free(s->last);
  s->last = psa_xstrdup(f->path);
  S_write(s, f);
  r->file_count++;
}

void psa_results__spool_free(psa_results *r) {
  if (!r->spool) return;
  fclose(r->spool->f);
  free(r->spool->dir);
  free(r->spool->last);
  free(r->spool);
  r->spool = NULL;
}

void psa_results_open(const psa_results *r, psa_results_cursor *c) {
  memset(c, 0, sizeof(*c));
  c->r = r;
  if (r->spool && !r->spool->error) {
    if (fflush(r->spool->f) != 0) S_fail(r->spool, "write");
    else rewind(r->spool->f);
    r->spool->reading = true;
  }
}

const psa_result_file *psa_results_next(psa_results_cursor *c) {
  const psa_results *r = c->r;
  if (!r->spool) {
    if (c->next >= r->file_count) return NULL;
    c->index = c->next++;
    return &r->files[c->index];
  }
  psa_result_file_clear(&c->file);
  if (c->next >= r->file_count || !S_read(r->spool, &c->file)) return NULL;
  c->index = c->next++;
  return &c->file;
}

void psa_results_close(psa_results_cursor *c) {
  if (c->r && c->r->spool) psa_result_file_clear(&c->file);
  memset(c, 0, sizeof(*c));
}

/* psauth fix: shows (--diff) or applies the fixes findings carry. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "psauth/config.h"
#include "psauth/discover.h"
#include "psauth/fix.h"
#include "psauth/policy.h"
#include "psauth/scan.h"
#include "base/util.h"

static const char S_usage[] =
    "usage: psauth fix [options] [PATH...]\n"
    "\n"
    "Applies the fixes of psauth's findings to the scripts in place: safe fixes by\n"
    "default, unsafe ones (which need tenant values or change behaviour) with\n"
    "--unsafe-fixes. Every byte outside an edit is kept, with the file's encoding,\n"
    "BOM and line endings; a fix whose result would not parse is dropped.\n"
    "\n"
    "options:\n"
    "  --diff                      print a unified diff instead of writing (a/ b/ paths)\n"
    "  --unsafe-fixes              also apply unsafe fixes\n"
    "  --plan                      print each script's migration plan (sign-in mode of every\n"
    "                              connection, target and why, what goes, refusals) and\n"
    "                              write nothing\n"
    "  -i, --interactive           ask for each fix: y(es), n(o), a(ll remaining), q(uit)\n"
    "  --app-id ID                 tenant values for rewritten connections; without them\n"
    "  --organization ORG          the rewrite declares $ExoAppId, $ExoOrganization and\n"
    "  --certificate-thumbprint T  $ExoCertificateThumbprint near the top of the script\n"
    "  --certificate-path PFX      use -CertificateFilePath instead of a thumbprint\n"
    "  --managed-identity          use -ManagedIdentity (Azure-hosted scripts)\n"
    "  --target graph|entra        rewrite MSOnline/AzureAD calls to Microsoft Graph\n"
    "                              PowerShell (default) or Microsoft Entra PowerShell\n"
    "  --include GLOB, --exclude GLOB, --hidden, --follow-symlinks   as for scan\n"
    "\n"
    "exit status: 0 done, 1 findings remain that no applied fix resolved (or --diff\n"
    "shows changes), 2 usage or I/O error.\n";

/* Whether the file 'path' really lies under one of the real roots: with
 * --follow-symlinks a walk can reach files elsewhere through a symlinked
 * directory, and psauth fix writes only inside the paths it was given.
 * A root named explicitly may itself be a symlink: its target counts. */
static bool S_inside_roots(const char *path, char *const *roots, size_t nroots) {
  char *real = realpath(path, NULL);
  if (!real) return false;
  bool inside = false;
  for (size_t i = 0; i < nroots && !inside; i++) {
    if (!roots[i]) continue;
    size_t n = strlen(roots[i]);
    inside = !strcmp(real, roots[i]) ||
             (!strncmp(real, roots[i], n) && (real[n] == '/' || (n == 1 && roots[i][0] == '/')));
  }
  free(real);
  return inside;
}

typedef struct {
  FILE *tty;
  bool all, quit;
  const psa_file_result *file;
} S_review;

static bool S_ask(void *payload, const psa_finding *f, const psa_fix *fx) {
  S_review *r = payload;
  if (r->quit) return false;
  if (r->all) return true;
  uint32_t len;
  char *text = psa_fix_preview(r->file, fx, &len);
  char *diff = psa_unified_diff(r->file->path, r->file->src->text, r->file->src->text_len, text, len);
  uint32_t line, col;
  psa_source_position(r->file->src, f->span.start, &line, &col);
  printf("\n%s:%u:%u: [%s] %s\nfix (%s): %s\n%s", r->file->path, line, col, f->rule->id,
         f->message, fx->applicability == PSA_FIX_SAFE ? "safe" : "unsafe", fx->title, diff);
  free(diff);
  free(text);
  for (;;) {
    printf("apply this fix? [y,n,a,q] ");
    fflush(stdout);
    char buf[16];
    if (!r->tty || !fgets(buf, sizeof(buf), r->tty)) {
      r->quit = true;
      return false;
    }
    switch (buf[0]) {
      case 'y': return true;
      case 'n': return false;
      case 'a': r->all = true; return true;
      case 'q': r->quit = true; return false;
      default: puts("y: apply, n: skip, a: apply this and all remaining, q: stop");
    }
  }
}



typedef struct {
  bool unsafe;
  size_t skipped; /* unsafe fixes of first passes not applied */
} S_notes;

/* Reports a fix that could not be applied in a pass. */
static void S_note(void *payload, const psa_file_result *r, const psa_fix_note *n, bool first) {
  S_notes *x = payload;
  uint32_t line, col;
  psa_source_position(r->src, n->finding->span.start, &line, &col);
  if (n->kind == PSA_FIXNOTE_SYNTAX) {
    fprintf(stderr, "psauth: %s:%u:%u: [%s] fix dropped: the result would not parse\n", r->path,
            line, col, n->finding->rule->id);
  } else if (n->kind == PSA_FIXNOTE_DANGLING) {
    fprintf(stderr,
            "psauth: %s:%u:%u: [%s] fix dropped: the result would read $%s with nothing left "
            "assigning it\n",
            r->path, line, col, n->finding->rule->id, n->detail);
  } else if (n->kind == PSA_FIXNOTE_TWICE) {
    fprintf(stderr,
            "psauth: %s:%u:%u: [%s] fix dropped: the result would give %s twice, which "
            "PowerShell refuses to bind\n",
            r->path, line, col, n->finding->rule->id, n->detail);
  } else if (n->kind == PSA_FIXNOTE_NEEDS) {
    fprintf(stderr,
            "psauth: %s:%u:%u: [%s] fix dropped: it needs the rewrite of the connection on "
            "line %s, which is not applied\n",
            r->path, line, col, n->finding->rule->id, n->detail);
  } else if (n->kind == PSA_FIXNOTE_INVALID) {
    fprintf(stderr, "psauth: %s:%u:%u: [%s] fix dropped: its edits overlap each other\n", r->path,
            line, col, n->finding->rule->id);
  } else if (first && n->kind == PSA_FIXNOTE_SKIPPED &&
             n->fix->applicability == PSA_FIX_UNSAFE && !x->unsafe) {
    x->skipped++;
  }
}

/* ---- --plan ------------------------------------------------------------ */

/* Lines already printed for a file (later passes plan again). */
typedef struct {
  char **lines;
  size_t count, cap;
} S_seen;

static bool S_seen_add(S_seen *s, const char *line) {
  for (size_t i = 0; i < s->count; i++)
    if (!strcmp(s->lines[i], line)) return false;
  if (s->count == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 16;
    s->lines = psa_xrealloc(s->lines, s->cap * sizeof(*s->lines));
  }
  s->lines[s->count++] = psa_xstrdup(line);
  return true;
}

static void S_seen_free(S_seen *s) {
  for (size_t i = 0; i < s->count; i++) free(s->lines[i]);
  free(s->lines);
  memset(s, 0, sizeof(*s));
}

/* The lines a fix deletes or rewrites whole, as "3-4, 9", in order. */
static int S_u32_pair_order(const void *a, const void *b) {
  const uint32_t *x = a, *y = b;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

static void S_removed_lines(const psa_file_result *r, const psa_fix *fx, psa_buf *b) {
  uint32_t (*ranges)[2] = psa_xcalloc(fx->edit_count + 1, sizeof(*ranges));
  uint32_t n = 0;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    const psa_edit *ed = &fx->edits[e];
    if (ed->range.end <= ed->range.start) continue;
    uint32_t l1, c1, l2, c2;
    psa_source_position(r->src, ed->range.start, &l1, &c1);
    psa_source_position(r->src, ed->range.end, &l2, &c2);
    if (c2 == 1 && l2 > l1) l2--; /* the deletion took the line break */
    if (*ed->replacement && l2 == l1) continue; /* an edit within a line */
    ranges[n][0] = l1;
    ranges[n][1] = l2;
    n++;
  }
  qsort(ranges, n, sizeof(*ranges), S_u32_pair_order);
  for (uint32_t i = 0; i < n; i++) {
    if (i && ranges[i][0] == ranges[i - 1][0] && ranges[i][1] == ranges[i - 1][1]) continue;
    psa_buf_printf(b, "%s%u", i ? ", " : "", ranges[i][0]);
    if (ranges[i][1] > ranges[i][0]) psa_buf_printf(b, "-%u", ranges[i][1]);
  }
  free(ranges);
}

/* The applicable fix of the finding a plan entry is about. */
static const psa_fix *S_entry_fix(const psa_file_result *r, const psa_plan_entry *e) {
  for (uint32_t i = 0; i < r->finding_count; i++) {
    const psa_finding *f = &r->findings[i];
    if (!e->rule_id || strcmp(f->rule->id, e->rule_id) || f->span.start != e->span.start) continue;
    for (uint32_t k = 0; k < f->fix_count; k++)
      if (f->fixes[k].applicability != PSA_FIX_DISPLAY) return &f->fixes[k];
  }
  return NULL;
}

/* "removes or rewrites lines 3, 6-7": the lines the entry's fix edits. */
static void S_print_removed(psa_buf *b, const psa_file_result *r, const psa_plan_entry *e) {
  const psa_fix *fx = S_entry_fix(r, e);
  psa_buf rm;
  psa_buf_init(&rm);
  if (fx) S_removed_lines(r, fx, &rm);
  if (rm.len)
    psa_buf_printf(b, "    removes or rewrites line%s %s\n",
                   strchr(rm.data, ',') || strchr(rm.data, '-') ? "s" : "", rm.data);
  psa_buf_free(&rm);
}

/* A later pass plans the text its predecessors rewrote; its line numbers
 * are turned back into the original file's (psa_line_map), which is what
 * the user reads beside the plan. */
typedef struct {
  uint32_t *map; /* NULL in the first pass */
  uint32_t count;
} S_line_back;

static uint32_t S_back(const S_line_back *back, uint32_t line) {
  if (!line || line > back->count) return line; /* past the end: no such line */
  return back->map[line - 1];
}

static bool S_is_digit(char c) { return c >= '0' && c <= '9'; }

/* An entry's text with every line number ("line 12", "lines 3-4, 9 and
 * 11") in the original file's numbering. */
static void S_back_text(const S_line_back *back, psa_buf *b) {
  if (!back->map || !b->len) return;
  psa_buf out;
  psa_buf_init(&out);
  const char *p = b->data;
  while (*p) {
    bool word = p == b->data || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z'));
    size_t kw = !word ? 0 : !strncmp(p, "lines ", 6) ? 6 : !strncmp(p, "line ", 5) ? 5 : 0;
    if (!kw || !S_is_digit(p[kw])) {
      psa_buf_putc(&out, *p++);
      continue;
    }
    psa_buf_append(&out, p, kw);
    p += kw;
    /* a list: numbers joined by "-", ", " or " and " */
    for (;;) {
      char *end;
      unsigned long n = strtoul(p, &end, 10);
      psa_buf_printf(&out, "%u", S_back(back, (uint32_t)n));
      p = end;
      size_t sep = *p == '-' ? 1 : !strncmp(p, ", ", 2) ? 2 : !strncmp(p, " and ", 5) ? 5 : 0;
      if (!sep || !S_is_digit(p[sep])) break;
      psa_buf_append(&out, p, sep);
      p += sep;
    }
  }
  psa_buf_free(b);
  *b = out;
}

/* --plan: each pass's plan, each entry printed once. A later pass plans
 * the text its predecessors rewrote, so an entry they already printed
 * comes back with shifted line numbers: entries are also compared with
 * their numbers left out ("shapes"), against the earlier passes' only. */
typedef struct {
  S_seen seen;
  S_seen shapes;  /* every printed entry without its numbers */
  size_t earlier; /* shapes[0..earlier) come from earlier passes */
  bool *used;     /* per pass: which of those this pass has matched */
  bool header;
  const psa_source *orig; /* the first pass's text */
  S_line_back back;
} S_plan_print;

static char *S_shape(const char *line) {
  char *out = psa_xstrdup(line), *w = out;
  for (const char *p = line; *p; p++) {
    if (*p >= '0' && *p <= '9') {
      while (p[1] >= '0' && p[1] <= '9') p++;
      *w++ = '#';
    } else {
      *w++ = *p;
    }
  }
  *w = 0;
  return out;
}

/* Whether 'line' is new: not printed, and not an earlier pass's entry
 * again (each earlier entry matches once). */
static bool S_plan_new(S_plan_print *pp, const char *line) {
  /* a pass may hand back entries already printed as they were: those use
   * up no earlier shape */
  for (size_t i = 0; i < pp->seen.count; i++)
    if (!strcmp(pp->seen.lines[i], line)) return false;
  char *shape = S_shape(line);
  for (size_t i = 0; i < pp->earlier; i++)
    if (!pp->used[i] && !strcmp(pp->shapes.lines[i], shape)) {
      pp->used[i] = true; /* each earlier entry matches once per pass */
      free(shape);
      return false;
    }
  if (!S_seen_add(&pp->seen, line)) {
    free(shape);
    return false;
  }
  if (pp->shapes.count == pp->shapes.cap) {
    pp->shapes.cap = pp->shapes.cap ? pp->shapes.cap * 2 : 16;
    pp->shapes.lines = psa_xrealloc(pp->shapes.lines, pp->shapes.cap * sizeof(char *));
  }
  pp->shapes.lines[pp->shapes.count++] = shape;
  return true;
}

/* Prints one entry (in the original file's numbering) unless printed
 * already, and frees it. */
static void S_plan_emit(S_plan_print *pp, const psa_file_result *r, psa_buf *b) {
  S_back_text(&pp->back, b);
  if (b->len && S_plan_new(pp, b->data)) {
    if (!pp->header) printf("%s:\n", r->path);
    pp->header = true;
    fputs(b->data, stdout);
  }
  psa_buf_free(b);
}

static bool S_relates(const psa_finding *f, uint32_t at) {
  for (uint32_t k = 0; k < f->related_count; k++)
    if (!f->related[k].src && f->related[k].span.start == at) return true;
  return false;
}

/* Whether a plan entry says why the finding is left: one on its line, or
 * one about a finding it is tied to (the Import-PSSession of a refused
 * session, noted on either finding). */
static bool S_plan_covers(const psa_file_result *r, const psa_plan_entry *plan, uint32_t n,
                          const psa_finding *f) {
  uint32_t line, col, eline;
  psa_source_position(r->src, f->span.start, &line, &col);
  for (uint32_t i = 0; i < n; i++) {
    psa_source_position(r->src, plan[i].span.start, &eline, &col);
    if (eline == line || S_relates(f, plan[i].span.start)) return true;
    for (uint32_t k = 0; plan[i].rule_id && k < r->finding_count; k++) {
      const psa_finding *g = &r->findings[k];
      if (g->span.start == plan[i].span.start && !strcmp(g->rule->id, plan[i].rule_id) &&
          S_relates(g, f->span.start))
        return true;
    }
  }
  return false;
}

/* Every finding that is left as it is says why (issue 14): one with no
 * edit at all and no plan entry gets a line with what the user must do,
 * from its own suggestion or else its message (review19 16, 32, 44:
 * "N findings need manual migration" and nothing after it). Only in the
 * pass that changes nothing: its findings are what is left, the earlier
 * passes' include those a rewrite resolves without an edit of their own. */
static void S_print_unfixed(const psa_file_result *r, S_plan_print *pp) {
  uint32_t n;
  const psa_plan_entry *plan = psa_file_plan(r, &n);
  for (uint32_t i = 0; i < r->finding_count; i++) {
    const psa_finding *f = &r->findings[i];
    const char *help = NULL;
    bool edits = false;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      if (f->fixes[k].applicability != PSA_FIX_DISPLAY) edits = true;
      else if (!help) help = f->fixes[k].title;
    }
    if (edits || S_plan_covers(r, plan, n, f)) continue;
    uint32_t line, col;
    psa_source_position(r->src, f->span.start, &line, &col);
    psa_buf b;
    psa_buf_init(&b);
    psa_buf_printf(&b, "  line %u: [%s] no edit offered: %s\n",
                   line, f->rule->id, help ? help : f->message);
    S_plan_emit(pp, r, &b);
  }
}

static void S_print_plan(const psa_file_result *r, const psa_fix_result *fr, S_plan_print *pp,
                         bool last) {
  uint32_t n;
  const psa_plan_entry *plan = psa_file_plan(r, &n);
  psa_buf b;
  for (uint32_t i = 0; i <= n + fr->note_count; i++) {
    psa_buf_init(&b);
    if (i < n) {
      const psa_plan_entry *e = &plan[i];
      uint32_t line, col;
      psa_source_position(r->src, e->span.start, &line, &col);
      psa_buf_printf(&b, "  line %u: %s", line, e->subject);
      if (e->rule_id) psa_buf_printf(&b, " [%s]", e->rule_id);
      if (e->kind == PSA_PLAN_CONNECTION) {
        psa_buf_printf(&b, ": %s (%s)\n", psa_signin_mode_name(e->mode),
                       e->evidence ? e->evidence : "");
        if (e->target) {
          psa_buf_printf(&b, "    -> %s: %s\n", e->target, e->why);
          S_print_removed(&b, r, e);
        } else {
          psa_buf_printf(&b, "    -> refused: %s\n", e->why);
        }
      } else if (e->kind == PSA_PLAN_REWRITE) {
        psa_buf_printf(&b, ": rewritten\n    -> %s: %s\n", e->target, e->why);
        S_print_removed(&b, r, e);
      } else {
        psa_buf_printf(&b, ": refused: %s\n", e->why);
      }
    } else if (i < n + fr->note_count) {
      const psa_fix_note *note = &fr->notes[i - n];
      uint32_t line, col;
      psa_source_position(r->src, note->finding->span.start, &line, &col);
      if (note->kind == PSA_FIXNOTE_DANGLING)
        psa_buf_printf(&b, "  line %u: [%s] fix dropped: it would leave $%s read with nothing "
                           "assigning it\n",
                       line, note->finding->rule->id, note->detail);
      else if (note->kind == PSA_FIXNOTE_TWICE)
        psa_buf_printf(&b, "  line %u: [%s] fix dropped: it would give %s twice, which PowerShell "
                           "refuses to bind\n",
                       line, note->finding->rule->id, note->detail);
      else if (note->kind == PSA_FIXNOTE_SYNTAX)
        psa_buf_printf(&b, "  line %u: [%s] fix dropped: the result would not parse\n", line,
                       note->finding->rule->id);
      else if (note->kind == PSA_FIXNOTE_NEEDS)
        psa_buf_printf(&b, "  line %u: [%s] fix dropped: it needs the rewrite of the connection "
                           "on line %s, which is not applied (see that line)\n",
                       line, note->finding->rule->id, note->detail);
    }
    S_plan_emit(pp, r, &b);
  }
  if (last) S_print_unfixed(r, pp);
}

static void S_plan_pass(void *payload, const psa_file_result *r, const psa_fix_result *fr) {
  S_plan_print *pp = payload;
  pp->earlier = pp->shapes.count;
  free(pp->used);
  pp->used = psa_xcalloc(pp->earlier + 1, sizeof(bool));
  free(pp->back.map);
  pp->back.map = NULL;
  if (!pp->orig) pp->orig = r->src;
  else
    pp->back.map = psa_line_map(pp->orig->text, pp->orig->text_len, r->src->text,
                                r->src->text_len, &pp->back.count);
  S_print_plan(r, fr, pp, !fr->text);
}

int psa_cli_fix(int argc, char **argv) {
  psa_scan_options sopts = {0};
  psa_policy policy = {0};
  psa_fix_options fopts = {0};
  psa_discover_options dopts = {0};
  bool diff = false, interactive = false, plan = false;
  const char **paths = psa_xcalloc((size_t)argc + 1, sizeof(char *));
  const char **inc = psa_xcalloc((size_t)argc + 1, sizeof(char *));
  const char **exc = psa_xcalloc((size_t)argc + 1, sizeof(char *));
  size_t np = 0, ni = 0, ne = 0;
  int rc = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    bool has_next = i + 1 < argc;
    if (a[0] != '-' || !strcmp(a, "-")) paths[np++] = a;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(S_usage, stdout);
      goto done;
    } else if (!strcmp(a, "--diff")) diff = true;
    else if (!strcmp(a, "--plan")) plan = true;
    else if (!strcmp(a, "--unsafe-fixes")) fopts.unsafe = true;
    else if (!strcmp(a, "-i") || !strcmp(a, "--interactive")) interactive = true;
    else if (!strcmp(a, "--managed-identity")) policy.tenant.managed_identity = true;
    else if (!strcmp(a, "--hidden")) dopts.hidden = true;
    else if (!strcmp(a, "--follow-symlinks")) dopts.follow_symlinks = true;
    else if (has_next && !strcmp(a, "--app-id")) policy.tenant.app_id = argv[++i];
    else if (has_next && !strcmp(a, "--organization")) policy.tenant.organization = argv[++i];
    else if (has_next && !strcmp(a, "--certificate-thumbprint"))
      policy.tenant.certificate_thumbprint = argv[++i];
    else if (has_next && !strcmp(a, "--certificate-path")) policy.tenant.certificate_path = argv[++i];
    else if (has_next && !strcmp(a, "--target")) {
      if (!psa_graph_target_from_name(argv[++i], &policy.tenant.graph_target)) {
        fprintf(stderr, "psauth: --target takes graph or entra, not '%s'\n", argv[i]);
        rc = 2;
        goto done;
      }
      policy.graph_target_set = true;
    } else if (has_next && !strcmp(a, "--include")) inc[ni++] = argv[++i];
    else if (has_next && !strcmp(a, "--exclude")) exc[ne++] = argv[++i];
    else {
      fprintf(stderr, "psauth: unknown option or missing value '%s' (see psauth fix --help)\n", a);
      rc = 2;
      goto done;
    }
  }
  if (!np) paths[np++] = ".";
  dopts.include = inc;
  dopts.include_count = ni;
  dopts.exclude = exc;
  dopts.exclude_count = ne;
  S_review review = {NULL, false, false, NULL};
  if (interactive) {
    review.tty = fopen("/dev/tty", "r");
    if (!review.tty) review.tty = stdin;
    fopts.accept = S_ask;
    fopts.payload = &review;
  }

  char **real_roots = psa_xcalloc(np, sizeof(char *));
  for (size_t i = 0; i < np; i++) real_roots[i] = realpath(paths[i], NULL);
  psa_parser *parser = psa_parser_new();
  /* the nearest psauth.json gives tenant values, organisation rules and
   * ignores, as for scan; command-line tenant values win */
  char cerr[512];
  psa_config_finder *finder = psa_config_finder_new(NULL, false, cerr, sizeof(cerr));
  /* the files, as scan would take them (the config's include and exclude) */
  psa_jobs files;
  bool explicit_error = false;
  bool found = psa_policy_jobs(finder, false, paths, np, &dopts, psa_cli_discover_error,
                               &explicit_error, &files, cerr, sizeof(cerr)) == 0;
  if (!found) {
    fprintf(stderr, "psauth: %s\n", cerr);
    rc = 2;
  }
  if (explicit_error) rc = 2;
  /* a broken configuration stops the run, and so does a run where every
   * path failed: no summary then */
  bool fatal = !found;
  size_t discovered = found ? psa_cli_warn_empty_jobs(paths, np, &files, ni > 0) : 0;
  bool any_file = discovered > 0;
  S_notes notes = {fopts.unsafe, 0};
  size_t files_changed = 0, fixes_applied = 0, manual = 0, conflicts = 0;
  /* which scripts others of the set name: helpers the planner keeps */
  size_t named_count = 0;
  char **named = NULL;
  if (found && files.count > 1) {
    const char **fpaths = psa_xmalloc(files.count * sizeof(*fpaths));
    size_t *limits = psa_xmalloc(files.count * sizeof(*limits));
    for (size_t i = 0; i < files.count; i++) {
      fpaths[i] = files.jobs[i].path;
      limits[i] = psa_config_max_file_size(files.jobs[i].cfg, policy.cli);
    }
    named = psa_scripts_named_by_others(fpaths, limits, files.count, &named_count);
    free(fpaths);
    free(limits);
  }
  sopts.named_scripts = (const char *const *)named;
  sopts.named_script_count = named_count;
  for (size_t i = 0; found && i < files.count && !review.quit; i++) {
    const psa_job *e = &files.jobs[i];
    const psa_config *cfg = e->cfg;
    const char *relpath = e->relpath;
    psa_scan_options o;
    psa_policy_scan_options(&policy, cfg, &sopts, &o);
    o.relpath = relpath;
    psa_fix_run run;
    if (psa_fix_run_scan(&run, &policy, cfg, relpath, parser, e->path, &o) != PSA_FILE_OK) {
      psa_file_result *r = &run.file;
      fprintf(stderr, "psauth: %s: %s%s\n", r->path, r->status == PSA_FILE_SKIPPED ? "skipped: " : "",
              r->message);
      if (r->status == PSA_FILE_ERROR && e->explicit_path) rc = 2;
      psa_fix_run_free(&run);
      continue;
    }
    const psa_file_result *r = &run.file;
    /* analysed, with something to say about the file (a limit, a stray BOM) */
    if (r->message) fprintf(stderr, "psauth: %s: %s\n", r->path, r->message);
    review.file = r;
    S_plan_print pp = {0};
    if (interactive && !plan) {
      /* the review starts with the plan */
      psa_fix_result none = {0};
      S_print_plan(r, &none, &pp, false);
    }
    if (plan) {
      run.on_pass = S_plan_pass;
      run.on_pass_payload = &pp;
    }
    psa_fix_run_fix(&run, &policy, cfg, relpath, parser, &o, &fopts, S_note, &notes);
    S_seen_free(&pp.seen);
    S_seen_free(&pp.shapes);
    free(pp.used);
    free(pp.back.map);
    const psa_fix_result *fr = &run.fix;
    conflicts += run.conflicts;
    bool write_failed = false;
    if (fr->text) {
      if (plan && !diff) {
        files_changed++;
        fixes_applied += fr->applied;
      } else if (diff) {
        char *d = psa_file_diff(r->src, r->path, fr->text, fr->text_len);
        fputs(d, stdout);
        free(d);
        files_changed++;
        fixes_applied += fr->applied;
      } else if (!S_inside_roots(r->path, real_roots, np)) {
        fprintf(stderr, "psauth: %s: resolves outside the paths given (through a symbolic "
                "link): not written\n", r->path);
        write_failed = true;
        rc = 2;
      } else {
        char err[256];
        if (psa_fix_write(r->src, fr->text, fr->text_len, err, sizeof(err)) == 0) {
          files_changed++;
          fixes_applied += fr->applied;
          fprintf(stderr, "fixed %s (%u fix%s)\n", r->path, fr->applied,
                  fr->applied == 1 ? "" : "es");
        } else {
          fprintf(stderr, "psauth: %s: %s\n", r->path, err);
          write_failed = true;
          /* a refusal to write what would not read back (encoding) is not
           * an I/O error: the findings stay for manual migration */
          if (strncmp(err, "not written", 11) && strncmp(err, "the fixed text cannot", 21)) rc = 2;
        }
      }
    }
    /* what is left is manual work: the findings of the text as written */
    manual += write_failed ? r->finding_count : run.left;
    psa_fix_run_free(&run);
  }
  psa_parser_free(parser);
  psa_jobs_free(&files);
  psa_scripts_named_free(named, named_count);
  for (size_t i = 0; i < np; i++) free(real_roots[i]);
  free(real_roots);
  psa_config_finder_free(finder);
  if (review.tty && review.tty != stdin) fclose(review.tty);
  size_t skipped = notes.skipped;
  if (fatal || (rc == 2 && !any_file)) goto done;
  fprintf(stderr,
          "%s %zu fix%s in %zu file%s; %zu finding%s need%s manual migration%s",
          diff || plan ? "would apply" : "applied", fixes_applied, fixes_applied == 1 ? "" : "es",
          files_changed, files_changed == 1 ? "" : "s", manual, manual == 1 ? "" : "s",
          manual == 1 ? "s" : "", skipped ? "" : "\n");
  if (skipped)
    fprintf(stderr, " (%zu more fix%s with --unsafe-fixes)\n", skipped, skipped == 1 ? "" : "es");
  if (conflicts) fprintf(stderr, "%zu fix%s deferred to the next run\n", conflicts, conflicts == 1 ? "" : "es");
  if (!rc && (manual || ((diff || plan) && files_changed))) rc = 1;
done:
  free(paths);
  free(inc);
  free(exc);
  return rc;
}

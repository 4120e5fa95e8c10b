/* Applying fixes, diffing and writing files back safely. */
#include "psauth/fix.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/util.h"
#include "psauth/model.h"

typedef struct {
  const psa_finding *finding;
  const psa_fix *fix;
  uint32_t start, end; /* union of the fix's edits */
  uint32_t index;      /* note index */
  bool chosen;
} S_cand;

static int S_cand_order(const void *a, const void *b) {
  const S_cand *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  int c = strcmp(x->finding->rule->id, y->finding->rule->id);
  if (c) return c;
  return x->index < y->index ? -1 : x->index > y->index;
}

typedef struct {
  uint32_t start, end;
  const char *replacement;
  uint32_t seq; /* order of collection: qsort is not stable, and two inserts
                   at one point must keep the fix's order */
} S_edit;

static int S_edit_order(const void *a, const void *b) {
  const S_edit *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

bool psa_fix_crlf(const psa_source *src) {
  if (src->eol == PSA_EOL_CRLF) return true;
  if (src->eol != PSA_EOL_MIXED) return false;
  uint32_t crlf = 0, lf = 0;
  for (uint32_t i = 0; i < src->text_len; i++)
    if (src->text[i] == '\n') (i && src->text[i - 1] == '\r') ? crlf++ : lf++;
  return crlf > lf;
}

static bool S_same_edit(const psa_edit *a, const psa_edit *b) {
  return a->range.start == b->range.start && a->range.end == b->range.end &&
         !strcmp(a->replacement, b->replacement);
}

/* Whether edit e of a fix lies inside text that another edit of the same fix
 * deletes: removing an if statement whose condition the fix also rewrites
 * makes the rewrite moot, so it is skipped rather than read as a clash. */
static bool S_subsumed(const psa_fix *fx, uint32_t e) {
  psa_span x = fx->edits[e].range;
  for (uint32_t d = 0; d < fx->edit_count; d++) {
    psa_span y = fx->edits[d].range;
    if (d == e || fx->edits[d].replacement[0] || y.start == y.end) continue;
    bool inside = x.start == x.end ? x.start > y.start && x.start < y.end
                                   : x.start >= y.start && x.end <= y.end &&
                                         (x.start > y.start || x.end < y.end);
    if (inside) return true;
  }
  return false;
}

/* A joint edit is applied only when every fix of the file that carries it
 * is among the chosen candidates. */
static bool S_joint_held(const psa_file_result *file, const S_cand *cands, uint32_t n,
                         const psa_edit *ed) {
  for (uint32_t i = 0; i < file->finding_count; i++)
    for (uint32_t k = 0; k < file->findings[i].fix_count; k++) {
      const psa_fix *fx = &file->findings[i].fixes[k];
      bool carries = false;
      for (uint32_t e = 0; e < fx->edit_count && !carries; e++)
        carries = fx->edits[e].joint && S_same_edit(&fx->edits[e], ed);
      if (!carries) continue;
      bool chosen = false;
      for (uint32_t c = 0; c < n && !chosen; c++) chosen = cands[c].chosen && cands[c].fix == fx;
      if (!chosen) return false;
    }
  return true;
}

/* Builds the text with the chosen candidates' edits applied. */
static char *S_apply(const psa_file_result *file, const S_cand *cands, uint32_t n,
                     uint32_t *out_len) {
  const psa_source *src = file->src;
  uint32_t count = 0;
  for (uint32_t i = 0; i < n; i++)
    if (cands[i].chosen) count += cands[i].fix->edit_count;
  S_edit *edits = psa_xmalloc((count ? count : 1) * sizeof(*edits));
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (!cands[i].chosen) continue;
    for (uint32_t e = 0; e < cands[i].fix->edit_count; e++) {
      const psa_edit *ed = &cands[i].fix->edits[e];
      if (ed->joint && !S_joint_held(file, cands, n, ed)) continue;
      if (S_subsumed(cands[i].fix, e)) continue;
      edits[k] = (S_edit){ed->range.start, ed->range.end, ed->replacement, k};
      k++;
    }
  }
  qsort(edits, k, sizeof(*edits), S_edit_order);
  bool crlf = psa_fix_crlf(src);
  psa_buf b;
  psa_buf_init(&b);
  uint32_t pos = 0;
  for (uint32_t i = 0; i < k; i++) {
    if (i && edits[i].start == edits[i - 1].start && edits[i].end == edits[i - 1].end &&
        !strcmp(edits[i].replacement, edits[i - 1].replacement))
      continue; /* shared edit, applied once */
    uint32_t s = edits[i].start > src->text_len ? src->text_len : edits[i].start;
    uint32_t e = edits[i].end > src->text_len ? src->text_len : edits[i].end;
    if (s < pos) s = pos; /* cannot happen for non-overlapping fixes; keep bytes safe */
    if (e < s) e = s;
    psa_buf_append(&b, src->text + pos, s - pos);
    for (const char *r = edits[i].replacement; *r; r++) {
      if (*r == '\n' && crlf) psa_buf_putc(&b, '\r');
      psa_buf_putc(&b, *r);
    }
    pos = e;
  }
  psa_buf_append(&b, src->text + pos, src->text_len - pos);
  free(edits);
  *out_len = (uint32_t)b.len;
  return psa_buf_detach(&b);
}

/* Whether an inserted text is whole lines (ends with a line break). */
static bool S_line_block(const char *r) {
  size_t n = r ? strlen(r) : 0;
  return n && r[n - 1] == '\n';
}

static bool S_same_first_line(const char *a, const char *b) {
  size_t n = strcspn(a, "\n");
  return n == strcspn(b, "\n") && !memcmp(a, b, n);
}

/* Whether two edits would touch the same text: overlapping ranges, two
 * inserts at one point, or an insert inside a replaced range. The same edit
 * twice (a shared declaration block) is not a clash: it is applied once. */
static bool S_edits_clash(const psa_edit *x, const psa_edit *y) {
  if (x->range.start == y->range.start && x->range.end == y->range.end &&
      !strcmp(x->replacement, y->replacement))
    return false;
  psa_span a = x->range, b = y->range;
  bool overlap = a.start < b.end && b.start < a.end;
  /* two different blocks of whole lines inserted at one line start (a TODO
   * header and a helper function the rewritten calls need) go one after the
   * other; two blocks of one kind (two TODO headers: the same first line)
   * still clash, and a later pass merges them */
  bool lines = S_line_block(x->replacement) && S_line_block(y->replacement) &&
               !S_same_first_line(x->replacement, y->replacement);
  bool same_point = a.start == a.end && b.start == b.end && a.start == b.start && !lines;
  bool touching_insert = (a.start == a.end && a.start > b.start && a.start < b.end) ||
                         (b.start == b.end && b.start > a.start && b.start < a.end);
  return overlap || same_point || touching_insert;
}

/* A fix whose own edits overlap cannot be applied faithfully (S_apply would
 * have to drop bytes of one of them). Two inserts at one point are fine
 * within a fix: they go in the fix's order. Quadratic, but fixes have a
 * handful of edits. */
static bool S_self_overlap(const psa_fix *fx) {
  for (uint32_t a = 0; a < fx->edit_count; a++)
    for (uint32_t b = a + 1; b < fx->edit_count; b++) {
      psa_span x = fx->edits[a].range, y = fx->edits[b].range;
      if (x.start == x.end && y.start == y.end) continue;
      if (S_subsumed(fx, a) || S_subsumed(fx, b)) continue;
      if (S_edits_clash(&fx->edits[a], &fx->edits[b])) return true;
    }
  return false;
}

static uint32_t S_errors(psa_parser *parser, const char *text, uint32_t len) {
  psa_parse_result pr;
  psa_parse(parser, text, len, false, &pr);
  uint32_t n = pr.error_count;
  psa_parse_result_free(&pr);
  return n;
}

/* Unassigned reads per variable name, of a model. */
typedef struct {
  const char *name;
  uint32_t count;
} S_read_count;

#define S_MAX_READS 512

static uint32_t S_unassigned(const psa_model *m, S_read_count *out, uint32_t max) {
  const char *names[S_MAX_READS];
  psa_span spans[S_MAX_READS];
  uint32_t n = psa_model_unassigned_reads(m, names, spans, S_MAX_READS), k = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = 0;
    while (j < k && psa_strcasecmp(out[j].name, names[i])) j++;
    if (j == k) {
      if (k == max) continue;
      out[k++] = (S_read_count){names[i], 0};
    }
    out[j].count++;
  }
  return k;
}

/* Whether the original assigns 'name' anywhere (script, functions). */
static bool S_assigned_in(const psa_model *m, const char *name) {
  for (const psa_variable *v = m->script->vars; v; v = v->next)
    if (!psa_strcasecmp(v->name, name) && (v->assign_count || v->is_parameter || v->is_foreach))
      return true;
  for (uint32_t f = 0; f < m->function_count; f++)
    for (const psa_variable *v = m->functions[f].scope ? m->functions[f].scope->vars : NULL; v;
         v = v->next)
      if (!psa_strcasecmp(v->name, name) && (v->assign_count || v->is_parameter || v->is_foreach))
        return true;
  return false;
}

/* Commands that name one parameter twice (`-Prefix cc -Prefix cc`: a
 * parameter binding error when the script runs); the first's "Cmdlet -Param"
 * goes to 'buf'. */
static uint32_t S_bound_twice(const psa_model *m, char *buf, size_t buflen) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    bool twice = false;
    for (uint32_t a = 0; a < c->arg_count && !twice; a++) {
      if (c->args[a].via != PSA_BIND_NAMED || !c->args[a].param) continue;
      for (uint32_t b = a + 1; b < c->arg_count && !twice; b++)
        twice = c->args[b].via == PSA_BIND_NAMED && c->args[b].param &&
                !psa_strcasecmp(c->args[a].param, c->args[b].param);
      if (twice && buf && !n) snprintf(buf, buflen, "%s -%s", c->name ? c->name : "", c->args[a].param);
    }
    n += twice;
  }
  return n;
}

/* A variable the original assigned that 'text' now reads more often with
 * no assignment (a rewrite removed what assigned it): its name in 'buf', or
 * more commands naming a parameter twice than the original has ("Cmdlet
 * -Param" in 'buf', *twice set); NULL when neither. */
static const char *S_dangling(psa_parser *parser, const psa_file_result *file, const char *text,
                              uint32_t len, char *buf, size_t buflen, bool *twice) {
  *twice = false;
  if (!file->model) return NULL;
  psa_load_status st;
  char msg[128];
  psa_source *src = psa_source_from_bytes(file->path ? file->path : "", text, len, &st, msg,
                                          sizeof(msg));
  if (!src) return NULL;
  psa_parse_result pr;
  psa_parse(parser, src->text, src->text_len, true, &pr);
  psa_model *m = psa_model_build(src, &pr);
  S_read_count *before = psa_xcalloc(S_MAX_READS, sizeof(*before));
  S_read_count *after = psa_xcalloc(S_MAX_READS, sizeof(*after));
  uint32_t nb = S_unassigned(file->model, before, S_MAX_READS);
  uint32_t na = S_unassigned(m, after, S_MAX_READS);
  const char *hit = NULL;
  for (uint32_t i = 0; i < na && !hit; i++) {
    uint32_t was = 0;
    for (uint32_t j = 0; j < nb; j++)
      if (!psa_strcasecmp(before[j].name, after[i].name)) was = before[j].count;
    if (after[i].count > was && S_assigned_in(file->model, after[i].name)) {
      snprintf(buf, buflen, "%s", after[i].name);
      hit = buf;
    }
  }
  if (!hit && S_bound_twice(m, buf, buflen) > S_bound_twice(file->model, NULL, 0)) {
    *twice = true;
    hit = buf;
  }
  free(before);
  free(after);
  psa_model_free(m);
  psa_parse_result_free(&pr);
  psa_source_free(src);
  return hit;
}


/* The model cannot be trusted inside a syntax error's recovery (an unclosed
 * '{' can hide a read), so for a file that does not parse the fixed text is
 * also checked by its tokens: a variable the original assigns ($x = ...,
 * $x += ..., [type]$x, foreach ($x ...)) that the fixed text still names but
 * no longer assigns. Names in '#' and '<# #>' comments do not count; names
 * in strings do (they are expanded). */
typedef struct {
  const char *name;
  uint32_t len;
  bool assigned;
} S_text_var;

static uint32_t S_text_vars(const char *t, uint32_t n, S_text_var *out, uint32_t max) {
  uint32_t count = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (t[i] == '<' && i + 1 < n && t[i + 1] == '#') { /* block comment */
      while (i + 1 < n && !(t[i] == '#' && t[i + 1] == '>')) i++;
      continue;
    }
    if (t[i] == '#' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' ||
                        t[i - 1] == ';' || t[i - 1] == '}')) {
      while (i < n && t[i] != '\n') i++;
      continue;
    }
    if (t[i] != '$' || (i && t[i - 1] == '`')) continue;
    uint32_t s = i + 1;
    static const char *const scopes[] = {"global:", "script:", "local:", "private:", NULL};
    for (int k = 0; scopes[k]; k++)
      if (!psa_strncasecmp(t + s, scopes[k], strlen(scopes[k])) && s + strlen(scopes[k]) < n) {
        s += (uint32_t)strlen(scopes[k]);
        break;
      }
    uint32_t e = s;
    while (e < n && (isalnum((unsigned char)t[e]) || t[e] == '_')) e++;
    if (e == s || e - s > 63) continue;
    uint32_t k = e;
    while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
    bool assigned = (k < n && t[k] == '=' && (k + 1 >= n || t[k + 1] != '=')) ||
                    (k + 1 < n && strchr("+-*/%", t[k]) && t[k + 1] == '=');
    /* declared: a typed parameter ([string]$x), a foreach variable */
    uint32_t b = i;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    if (b > 0 && t[b - 1] == ']') assigned = true;
    if (b > 0 && t[b - 1] == '(') {
      uint32_t w = b - 1;
      while (w > 0 && (t[w - 1] == ' ' || t[w - 1] == '\t')) w--;
      if (w >= 7 && !psa_strncasecmp(t + w - 7, "foreach", 7)) assigned = true;
    }
    uint32_t j = 0;
    while (j < count && (out[j].len != e - s || psa_strncasecmp(out[j].name, t + s, e - s))) j++;
    if (j == count) {
      if (count == max) continue;
      out[count++] = (S_text_var){t + s, e - s, false};
    }
    out[j].assigned |= assigned;
    i = e - 1;
  }
  return count;
}

#define S_MAX_TEXT_VARS 1024

/* A variable the original text assigns that 'text' names with nothing
 * assigning it: its name in 'buf', or NULL. */
static const char *S_text_dangling(const char *orig, uint32_t olen, const char *text,
                                   uint32_t len, char *buf, size_t buflen) {
  S_text_var *before = psa_xcalloc(S_MAX_TEXT_VARS, sizeof(*before));
  S_text_var *after = psa_xcalloc(S_MAX_TEXT_VARS, sizeof(*after));
  uint32_t nb = S_text_vars(orig, olen, before, S_MAX_TEXT_VARS);
  uint32_t na = S_text_vars(text, len, after, S_MAX_TEXT_VARS);
  const char *hit = NULL;
  for (uint32_t i = 0; i < na && !hit; i++) {
    if (after[i].assigned) continue;
    for (uint32_t j = 0; j < nb && !hit; j++)
      if (before[j].assigned && before[j].len == after[i].len &&
          !psa_strncasecmp(before[j].name, after[i].name, after[i].len)) {
        snprintf(buf, buflen, "%.*s", (int)after[i].len, after[i].name);
        hit = buf;
      }
  }
  free(before);
  free(after);
  return hit;
}

/* What the checks of a fixed text need. */
typedef struct {
  psa_parser *parser;
  const psa_file_result *file;
  uint32_t base_errors; /* syntax errors of the original */
  psa_fix_note_kind kind; /* what the last failed check found */
  char detail[64];      /* and its detail (a variable, a command and parameter) */
} S_check_ctx;

static bool S_parses_worse(S_check_ctx *c, const char *text, uint32_t len) {
  c->kind = PSA_FIXNOTE_SYNTAX;
  c->detail[0] = 0;
  return S_errors(c->parser, text, len) > c->base_errors;
}

/* Re-modelled: a variable left read with nothing assigning it, or a
 * parameter named twice. */
static bool S_remodel_worse(S_check_ctx *c, const char *text, uint32_t len) {
  bool twice;
  if (S_dangling(c->parser, c->file, text, len, c->detail, sizeof(c->detail), &twice)) {
    c->kind = twice ? PSA_FIXNOTE_TWICE : PSA_FIXNOTE_DANGLING;
    return true;
  }
  if (c->base_errors && S_text_dangling(c->file->src->text, c->file->src->text_len, text, len,
                                        c->detail, sizeof(c->detail))) {
    c->kind = PSA_FIXNOTE_DANGLING;
    return true;
  }
  return false;
}

/* When 'bad' holds for the text of the chosen fixes, finds the culprits by
 * adding the fixes back one at a time, drops each that makes it hold (its
 * note takes the kind and detail 'bad' found), and returns the text of the
 * rest; else returns 'text' as it is. */
static char *S_drop_culprits(const psa_file_result *file, S_cand *cands, uint32_t n,
                             psa_fix_result *out, char *text, uint32_t *len,
                             bool (*bad)(S_check_ctx *, const char *, uint32_t), S_check_ctx *c) {
  if (!bad(c, text, *len)) return text;
  free(text);
  bool *want = psa_xcalloc(n ? n : 1, sizeof(bool));
  for (uint32_t i = 0; i < n; i++) {
    want[i] = cands[i].chosen;
    cands[i].chosen = false;
  }
  for (uint32_t i = 0; i < n; i++) {
    if (!want[i]) continue;
    cands[i].chosen = true;
    uint32_t l2;
    char *t2 = S_apply(file, cands, n, &l2);
    if (bad(c, t2, l2)) {
      cands[i].chosen = false;
      psa_fix_note *note = &out->notes[cands[i].index];
      note->kind = c->kind;
      snprintf(note->detail, sizeof(note->detail), "%s", c->detail);
    }
    free(t2);
  }
  free(want);
  return S_apply(file, cands, n, len);
}
/* Whether finding 'f' has a fix providing 'unit' that is not chosen (its
 * note is left in 'why'): the fixes that need the unit cannot go in. */
static bool S_unit_missing(const psa_finding *f, const char *unit, const S_cand *cands,
                           uint32_t n, const psa_fix_result *out, const psa_fix_note **why) {
  bool provides = false, chosen = false;
  for (uint32_t k = 0; k < f->fix_count; k++) {
    const psa_fix *fx = &f->fixes[k];
    if (fx->applicability == PSA_FIX_DISPLAY || !fx->provides || strcmp(fx->provides, unit))
      continue;
    provides = true;
    for (uint32_t c = 0; c < n && !chosen; c++) chosen = cands[c].chosen && cands[c].fix == fx;
    for (uint32_t i = 0; i < out->note_count && !*why; i++)
      if (out->notes[i].fix == fx) *why = &out->notes[i];
  }
  return provides && !chosen;
}

/* Drops each chosen fix that needs a unit (psa_fix.needs) one of whose
 * providers is not applied: a Get-EXO* swap whose connection rewrite was
 * dropped, a Graph call rewrite whose Connect-MgGraph was. A provider that
 * lost an overlap is offered again next run, and so are its dependents
 * (CONFLICT); else the note names its line. Whether any was dropped. */
static bool S_drop_dependents(const psa_file_result *file, S_cand *cands, uint32_t n,
                              psa_fix_result *out) {
  bool dropped = false;
  for (uint32_t i = 0; i < n; i++) {
    if (!cands[i].chosen || !cands[i].fix->needs) continue;
    for (uint32_t f = 0; f < file->finding_count && cands[i].chosen; f++) {
      const psa_fix_note *why = NULL;
      if (!S_unit_missing(&file->findings[f], cands[i].fix->needs, cands, n, out, &why)) continue;
      cands[i].chosen = false;
      dropped = true;
      psa_fix_note *note = &out->notes[cands[i].index];
      note->kind = why && why->kind == PSA_FIXNOTE_CONFLICT ? PSA_FIXNOTE_CONFLICT : PSA_FIXNOTE_NEEDS;
      uint32_t line = 0, col = 0;
      psa_source_position(file->src, file->findings[f].span.start, &line, &col);
      snprintf(note->detail, sizeof(note->detail), "%u", line);
    }
  }
  return dropped;
}

void psa_fix_compute(psa_parser *parser, const psa_file_result *file, const psa_fix_options *opts,
                     psa_fix_result *out) {
  memset(out, 0, sizeof(*out));
  if (!file->src) return;
  uint32_t total = 0;
  for (uint32_t i = 0; i < file->finding_count; i++) total += file->findings[i].fix_count;
  if (!total) return;
  out->notes = psa_xcalloc(total, sizeof(*out->notes));
  S_cand *cands = psa_xcalloc(total, sizeof(*cands));
  uint32_t n = 0;
  for (uint32_t i = 0; i < file->finding_count; i++) {
    const psa_finding *f = &file->findings[i];
    for (uint32_t k = 0; k < f->fix_count; k++) {
      const psa_fix *fx = &f->fixes[k];
      psa_fix_note *note = &out->notes[out->note_count];
      note->finding = f;
      note->fix = fx;
      note->kind = PSA_FIXNOTE_SKIPPED;
      bool wanted = fx->applicability == PSA_FIX_SAFE ||
                    (fx->applicability == PSA_FIX_UNSAFE && opts && opts->unsafe);
      if (wanted && fx->edit_count && S_self_overlap(fx)) {
        note->kind = PSA_FIXNOTE_INVALID;
      } else if (wanted && fx->edit_count) {
        S_cand c = {f, fx, UINT32_MAX, 0, out->note_count, false};
        for (uint32_t e = 0; e < fx->edit_count; e++) {
          if (fx->edits[e].range.start < c.start) c.start = fx->edits[e].range.start;
          if (fx->edits[e].range.end > c.end) c.end = fx->edits[e].range.end;
        }
        cands[n++] = c;
      }
      out->note_count++;
    }
  }
  qsort(cands, n, sizeof(*cands), S_cand_order);
  if (opts && opts->accept) {
    uint32_t kept = 0;
    for (uint32_t i = 0; i < n; i++)
      if (opts->accept(opts->payload, cands[i].finding, cands[i].fix)) cands[kept++] = cands[i];
    n = kept;
  }
  /* greedy, deterministic: a candidate is taken unless one of its edits
   * overlaps an edit of a candidate already taken */
  for (uint32_t i = 0; i < n; i++) {
    bool clash = false;
    for (uint32_t j = 0; j < i && !clash; j++) {
      if (!cands[j].chosen) continue;
      for (uint32_t a = 0; a < cands[i].fix->edit_count && !clash; a++)
        for (uint32_t b = 0; b < cands[j].fix->edit_count && !clash; b++)
          clash = S_edits_clash(&cands[i].fix->edits[a], &cands[j].fix->edits[b]);
    }
    if (clash) out->notes[cands[i].index].kind = PSA_FIXNOTE_CONFLICT;
    else cands[i].chosen = true;
  }
  /* the result must not parse worse than the original, and (re-modelled)
   * must not leave a variable read with nothing assigning it (a session, a
   * user name) nor name a parameter twice: the fixes responsible are
   * dropped */
  S_check_ctx chk = {parser, file, S_errors(parser, file->src->text, file->src->text_len),
                     PSA_FIXNOTE_SYNTAX, ""};
  uint32_t len;
  char *text = S_apply(file, cands, n, &len);
  text = S_drop_culprits(file, cands, n, out, text, &len, S_parses_worse, &chk);
  text = S_drop_culprits(file, cands, n, out, text, &len, S_remodel_worse, &chk);
  /* what waits for a dropped fix goes with it (and the rest is checked
   * again: a few rounds at most, each drops a fix) */
  for (uint32_t round = 0; round < n && S_drop_dependents(file, cands, n, out); round++) {
    free(text);
    text = S_apply(file, cands, n, &len);
    text = S_drop_culprits(file, cands, n, out, text, &len, S_parses_worse, &chk);
    text = S_drop_culprits(file, cands, n, out, text, &len, S_remodel_worse, &chk);
  }
  for (uint32_t i = 0; i < n; i++)
    if (cands[i].chosen) {
      out->notes[cands[i].index].kind = PSA_FIXNOTE_APPLIED;
      out->applied++;
    }
  free(cands);
  if (!out->applied || (len == file->src->text_len && !memcmp(text, file->src->text, len))) {
    free(text);
    return;
  }
  out->text = text;
  out->text_len = len;
}

char *psa_fix_preview(const psa_file_result *file, const psa_fix *fix, uint32_t *len) {
  S_cand c = {NULL, fix, 0, 0, 0, true};
  return S_apply(file, &c, 1, len);
}

void psa_fix_result_free(psa_fix_result *res) {
  free(res->text);
  free(res->notes);
  memset(res, 0, sizeof(*res));
}

/* ---- unified diff ----------------------------------------------------- */

typedef struct {
  const char **start;
  uint32_t *len; /* with the line break */
  uint32_t count;
} S_lines;

static void S_split(const char *t, uint32_t n, S_lines *out) {
  uint32_t cap = 64;
  out->start = psa_xmalloc(cap * sizeof(*out->start));
  out->len = psa_xmalloc(cap * sizeof(*out->len));
  out->count = 0;
  uint32_t i = 0;
  while (i < n) {
    uint32_t s = i;
    while (i < n && t[i] != '\n' && t[i] != '\r') i++;
    if (i < n && t[i] == '\r') i++;
    if (i < n && t[i] == '\n' && (i == s || t[i - 1] != '\n')) i++;
    if (out->count == cap) {
      cap *= 2;
      out->start = psa_xrealloc(out->start, cap * sizeof(*out->start));
      out->len = psa_xrealloc(out->len, cap * sizeof(*out->len));
    }
    out->start[out->count] = t + s;
    out->len[out->count++] = i - s;
  }
}

static bool S_line_eq(const S_lines *a, uint32_t i, const S_lines *b, uint32_t j) {
  return a->len[i] == b->len[j] && !memcmp(a->start[i], b->start[j], a->len[i]);
}

static void S_emit(psa_buf *b, char tag, const char *s, uint32_t n) {
  psa_buf_putc(b, tag);
  psa_buf_append(b, s, n);
  if (!n || (s[n - 1] != '\n' && s[n - 1] != '\r')) psa_buf_puts(b, "\n\\ No newline at end of file\n");
}

/* Myers' O(ND) diff on lines: the shortest edit script, as a list of
 * operations ('=' keep, '-' delete, '+' insert). */
static char *S_myers(const S_lines *a, const S_lines *b, uint32_t *nops) {
  int32_t n = (int32_t)a->count, m = (int32_t)b->count, max = n + m;
  int32_t off = max + 1;
  int32_t *v = psa_xcalloc((size_t)(2 * max + 3), sizeof(int32_t));
  /* keep every round's V to walk back */
  int32_t **trace = psa_xcalloc((size_t)max + 2, sizeof(int32_t *));
  int32_t d_end = 0;
  for (int32_t d = 0; d <= max; d++) {
    trace[d] = psa_xmalloc((size_t)(2 * max + 3) * sizeof(int32_t));
    memcpy(trace[d], v, (size_t)(2 * max + 3) * sizeof(int32_t));
    bool done = false;
    for (int32_t k = -d; k <= d; k += 2) {
      int32_t x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1]
                                                                              : v[off + k - 1] + 1;
      int32_t y = x - k;
      while (x < n && y < m && S_line_eq(a, (uint32_t)x, b, (uint32_t)y)) x++, y++;
      v[off + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    if (done) {
      d_end = d;
      break;
    }
  }
  /* walk back from (n, m) */
  char *ops = psa_xmalloc((size_t)(n + m + 1));
  uint32_t count = 0;
  int32_t x = n, y = m;
  for (int32_t d = d_end; d >= 0; d--) {
    int32_t *vd = trace[d];
    int32_t k = x - y;
    int32_t pk = (d == 0) ? 0 : (k == -d || (k != d && vd[off + k - 1] < vd[off + k + 1])) ? k + 1 : k - 1;
    int32_t px = d == 0 ? 0 : vd[off + pk], py = px - pk;
    while (x > px && y > py) {
      ops[count++] = '=';
      x--, y--;
    }
    if (d > 0) {
      if (x == px) ops[count++] = '+', y--;
      else ops[count++] = '-', x--;
    }
  }
  while (x > 0 && y > 0) ops[count++] = '=', x--, y--;
  for (int32_t d = 0; d <= d_end; d++) free(trace[d]);
  free(trace);
  free(v);
  /* reverse into forward order */
  for (uint32_t i = 0; i < count / 2; i++) {
    char t = ops[i];
    ops[i] = ops[count - 1 - i];
    ops[count - 1 - i] = t;
  }
  *nops = count;
  return ops;
}

/* A path in a diff header as git writes it, C-style quoted when it has a
 * space, a quote, a backslash, a control character or a byte that is not
 * ASCII (octal escapes), so that `git apply` and `patch -p1` read the whole
 * name: "a/dir with space/x.ps1". */
static void S_diff_path(psa_buf *b, const char *prefix, const char *path) {
  bool quote = false;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++)
    if (*p <= ' ' || *p == '"' || *p == '\\' || *p >= 0x7f) quote = true;
  if (!quote) {
    psa_buf_printf(b, "%s%s", prefix, path);
    return;
  }
  psa_buf_printf(b, "\"%s", prefix);
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    switch (*p) {
      case '"': psa_buf_puts(b, "\\\""); break;
      case '\\': psa_buf_puts(b, "\\\\"); break;
      case '\t': psa_buf_puts(b, "\\t"); break;
      case '\n': psa_buf_puts(b, "\\n"); break;
      default:
        if (*p < ' ' || *p >= 0x7f) psa_buf_printf(b, "\\%03o", *p);
        else psa_buf_putc(b, (char)*p);
    }
  }
  psa_buf_putc(b, '"');
}

char *psa_file_diff(const psa_source *src, const char *path, const char *new_text,
                    uint32_t new_len) {
  if (src->encoding == PSA_ENC_UTF8_BOM) {
    /* the BOM is part of line 1 in the file, so it is in the diff's line 1
     * (context or removed and added), as `git diff` shows it */
    static const char bom[] = "\xEF\xBB\xBF";
    char *a = psa_xmalloc(src->text_len + 4), *b = psa_xmalloc(new_len + 4);
    memcpy(a, bom, 3);
    memcpy(a + 3, src->text, src->text_len);
    memcpy(b, bom, 3);
    memcpy(b + 3, new_text, new_len);
    char *d = psa_unified_diff(path, a, src->text_len + 3, b, new_len + 3);
    free(a);
    free(b);
    return d;
  }
  char *d = psa_unified_diff(path, src->text, src->text_len, new_text, new_len);
  if (src->encoding == PSA_ENC_UTF8 || !*d) return d;
  /* UTF-16 and Windows-1252: the text decoded, and a line before the
   * header (patch tools skip it) that says so */
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_printf(&b,
                 "# psauth: %s is %s; this diff shows its text as UTF-8, and psauth fix writes the "
                 "file in %s (apply it with psauth fix, not with patch or git apply)\n",
                 path, psa_encoding_name(src->encoding), psa_encoding_name(src->encoding));
  psa_buf_puts(&b, d);
  free(d);
  return psa_buf_detach(&b);
}

/* The edit script between two split texts ('=', '-', '+' per line). */
static char *S_line_ops(const S_lines *a, const S_lines *b, uint32_t *count) {
  /* trim the common prefix and suffix so Myers only sees the middle */
  uint32_t pre = 0;
  while (pre < a->count && pre < b->count && S_line_eq(a, pre, b, pre)) pre++;
  uint32_t suf = 0;
  while (suf < a->count - pre && suf < b->count - pre &&
         S_line_eq(a, a->count - 1 - suf, b, b->count - 1 - suf))
    suf++;
  S_lines ma = {a->start + pre, a->len + pre, a->count - pre - suf};
  S_lines mb = {b->start + pre, b->len + pre, b->count - pre - suf};
  uint32_t nmid;
  char *mid = S_myers(&ma, &mb, &nmid);
  uint32_t nops = pre + nmid + suf;
  char *ops = psa_xmalloc(nops + 1);
  memset(ops, '=', pre);
  memcpy(ops + pre, mid, nmid);
  memset(ops + pre + nmid, '=', suf);
  free(mid);
  *count = nops;
  return ops;
}

uint32_t *psa_line_map(const char *old_text, uint32_t old_len, const char *new_text,
                       uint32_t new_len, uint32_t *count) {
  S_lines a, b;
  S_split(old_text, old_len, &a);
  S_split(new_text, new_len, &b);
  uint32_t nops;
  char *ops = S_line_ops(&a, &b, &nops);
  uint32_t *map = psa_xcalloc((size_t)b.count + 1, sizeof(uint32_t));
  uint32_t ai = 0, bi = 0;
  for (uint32_t i = 0; i < nops;) {
    if (ops[i] == '=') {
      map[bi++] = ++ai;
      i++;
      continue;
    }
    /* a block of changes: the k-th new line comes from the k-th old line
     * it replaces (the last one when it adds more); lines only added come
     * from the old line before them (line 1 at the top) */
    uint32_t a0 = ai, b0 = bi;
    for (; i < nops && ops[i] != '='; i++) {
      if (ops[i] == '-') ai++;
      else bi++;
    }
    uint32_t del = ai - a0;
    for (uint32_t k = 0; k < bi - b0; k++)
      map[b0 + k] = del ? a0 + 1 + (k < del ? k : del - 1) : (a0 ? a0 : 1);
  }
  free(ops);
  free(a.start);
  free(a.len);
  free(b.start);
  free(b.len);
  *count = bi;
  return map;
}

char *psa_unified_diff(const char *path, const char *old_text, uint32_t old_len,
                       const char *new_text, uint32_t new_len) {
  S_lines a, b;
  S_split(old_text, old_len, &a);
  S_split(new_text, new_len, &b);
  uint32_t nops;
  char *ops = S_line_ops(&a, &b, &nops);
  psa_buf out;
  psa_buf_init(&out);
  const uint32_t ctx = 3;
  bool header = false;
  uint32_t i = 0, ai = 0, bi = 0;
  while (i < nops) {
    if (ops[i] == '=') {
      i++, ai++, bi++;
      continue;
    }
    /* a hunk: back up ctx lines, run until ctx*2 equal lines follow a change */
    uint32_t back = ai < ctx ? ai : ctx;
    if (bi < back) back = bi;
    uint32_t hs = i - back, ha = ai - back, hb = bi - back;
    uint32_t he = i, eq = 0, ea = ai, eb = bi;
    while (he < nops) {
      if (ops[he] == '=') {
        if (eq + 1 > 2 * ctx) break; /* enough context to split the hunk here */
        eq++;
      } else {
        eq = 0;
      }
      if (ops[he] != '+') ea++;
      if (ops[he] != '-') eb++;
      he++;
    }
    /* trailing context: at most ctx equal lines */
    while (he > i && ops[he - 1] == '=' && eq > ctx) {
      he--, eq--, ea--, eb--;
    }
    uint32_t la = ea - ha, lb = eb - hb;
    if (!header) {
      /* a/ and b/ prefixes take a relative path: "./x" and "/abs/x" lose
       * their leading "./" and "/" (patch -p1 then finds /abs/x from /) */
      const char *rel = path;
      while (rel[0] == '.' && rel[1] == '/') rel += 2;
      while (*rel == '/') rel++;
      psa_buf_puts(&out, "--- ");
      S_diff_path(&out, "a/", rel);
      psa_buf_puts(&out, "\n+++ ");
      S_diff_path(&out, "b/", rel);
      psa_buf_putc(&out, '\n');
      header = true;
    }
    psa_buf_printf(&out, "@@ -%u,%u +%u,%u @@\n", la ? ha + 1 : ha, la, lb ? hb + 1 : hb, lb);
    uint32_t x = ha, y = hb;
    for (uint32_t k = hs; k < he; k++) {
      if (ops[k] == '=') {
        S_emit(&out, ' ', a.start[x], a.len[x]);
        x++, y++;
      } else if (ops[k] == '-') {
        S_emit(&out, '-', a.start[x], a.len[x]);
        x++;
      } else {
        S_emit(&out, '+', b.start[y], b.len[y]);
        y++;
      }
    }
    i = he;
    ai = ea;
    bi = eb;
  }
  free(ops);
  free(a.start);
  free(a.len);
  free(b.start);
  free(b.len);
  return psa_buf_detach(&out);
}

/* ---- writing ---------------------------------------------------------- */

unsigned char *psa_fix_encode(const psa_source *src, const char *text, uint32_t len,
                              size_t *out_len, char *err, size_t errlen) {
  unsigned char *bytes = psa_source_encode(src, text, len, out_len);
  if (!bytes) {
    snprintf(err, errlen, "the fixed text cannot be written in the file's encoding (%s)",
             psa_encoding_name(src->encoding));
    return NULL;
  }
  /* the next run must read what we meant to write */
  psa_load_status st;
  char msg[256];
  psa_source *back = psa_source_from_bytes(src->path, bytes, *out_len, &st, msg, sizeof(msg));
  /* a Windows-1252 file whose fixed text is plain ASCII reads back as
   * UTF-8, which is the same text: that is fine */
  bool ascii = src->encoding == PSA_ENC_WIN1252;
  for (size_t i = 0; ascii && i < *out_len; i++) ascii = bytes[i] < 0x80;
  bool same = back && (back->encoding == src->encoding || ascii) && back->text_len == len &&
              !memcmp(back->text, text, len);
  if (!same) {
    if (back && back->encoding != src->encoding)
      snprintf(err, errlen, "not written: the fixed file would read back as %s, not %s",
               psa_encoding_name(back->encoding), psa_encoding_name(src->encoding));
    else
      snprintf(err, errlen, "not written: the fixed file would not read back as the fixed text");
    psa_source_free(back);
    free(bytes);
    return NULL;
  }
  psa_source_free(back);
  return bytes;
}

/* A run killed between mkstemp() and rename() leaves ".NAME.psauth-XXXXXX"
 * beside NAME. Before writing NAME again, remove such leftovers: only
 * regular files of ours, with exactly that name shape, older than
 * S_STALE_SECONDS (a concurrent psauth writing the same file has its temp
 * open for milliseconds; its rename would fail, harmlessly, if we took it). */
#define S_STALE_SECONDS 600
static void S_remove_stale_temps(const char *dir, const char *base) {
  DIR *d = opendir(dir);
  if (!d) return;
  size_t blen = strlen(base);
  time_t now = time(NULL);
  struct dirent *de;
  while ((de = readdir(d))) {
    const char *n = de->d_name;
    if (n[0] != '.' || strncmp(n + 1, base, blen) || strncmp(n + 1 + blen, ".psauth-", 8) ||
        strlen(n + 1 + blen + 8) != 6)
      continue;
    struct stat st;
    if (fstatat(dirfd(d), n, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
        st.st_uid != geteuid() || now - st.st_mtime < S_STALE_SECONDS)
      continue;
    unlinkat(dirfd(d), n, 0);
  }
  closedir(d);
}

int psa_fix_write(const psa_source *src, const char *text, uint32_t len, char *err, size_t errlen) {
  struct stat st;
  if (lstat(src->path, &st) != 0) {
    snprintf(err, errlen, "%s", strerror(errno));
    return -1;
  }
  if (S_ISLNK(st.st_mode)) {
    snprintf(err, errlen, "is a symbolic link: not written (fix its target directly)");
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "not a regular file");
    return -1;
  }
  if (!(st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH))) {
    snprintf(err, errlen, "read-only file: not changed");
    return -1;
  }
  /* unchanged since it was read: same bytes */
  FILE *cur = fopen(src->path, "rb");
  bool same = false;
  if (cur) {
    if ((size_t)st.st_size == src->raw_len) {
      unsigned char *now = psa_xmalloc(src->raw_len + 1);
      same = fread(now, 1, src->raw_len, cur) == src->raw_len && !memcmp(now, src->raw, src->raw_len);
      free(now);
    }
    fclose(cur);
  }
  if (!same) {
    snprintf(err, errlen, "changed on disk since it was read: not overwritten");
    return -1;
  }
  size_t blen;
  unsigned char *bytes = psa_fix_encode(src, text, len, &blen, err, errlen);
  if (!bytes) return -1;
  /* temp file beside the original so rename() is atomic */
  psa_buf tmp;
  psa_buf_init(&tmp);
  const char *slash = strrchr(src->path, '/');
  char *dir = slash ? psa_xstrndup(src->path, (size_t)(slash - src->path + 1)) : psa_xstrdup(".");
  S_remove_stale_temps(dir, slash ? slash + 1 : src->path);
  if (slash) psa_buf_puts(&tmp, dir);
  psa_buf_printf(&tmp, ".%s.psauth-XXXXXX", slash ? slash + 1 : src->path);
  int fd = mkstemp(tmp.data);
  if (fd < 0) {
    snprintf(err, errlen, "cannot create a temporary file: %s", strerror(errno));
    free(dir);
    free(bytes);
    psa_buf_free(&tmp);
    return -1;
  }
  bool ok = true;
  size_t off = 0;
  while (off < blen) {
    ssize_t w = write(fd, bytes + off, blen - off);
    if (w < 0) {
      if (errno == EINTR) continue;
      ok = false;
      break;
    }
    off += (size_t)w;
  }
  if (ok && fchmod(fd, st.st_mode & 07777) != 0) ok = false;
  if (ok && fsync(fd) != 0) ok = false;
  if (close(fd) != 0) ok = false;
  if (ok && rename(tmp.data, src->path) != 0) ok = false;
  if (!ok) {
    snprintf(err, errlen, "write failed: %s", strerror(errno));
    unlink(tmp.data);
  } else {
    /* the rename itself survives a power cut only once the directory is
     * synced; best effort (some file systems refuse fsync on a directory) */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      (void)fsync(dfd);
      close(dfd);
    }
  }
  free(dir);
  free(bytes);
  psa_buf_free(&tmp);
  return ok ? 0 : -1;
}

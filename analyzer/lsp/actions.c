/* Code actions (fixes, suppressions, fix all), hover and the fix-all edit.
 *
 * A fix's edit is what `psauth fix` would write for that fix alone: the
 * fix engine applies it (joint edits, the file's line endings, the check
 * that the result still parses), and the action carries the fix's own
 * edits when they give exactly that text, or else one edit of the part
 * that differs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "lsp/internal.h"
#include "psauth/fix.h"

/* At most this many fixes are tried for one code action request (a whole
 * file selected): each costs a parse. */
#define S_MAX_FIX_ACTIONS 64

static const char *S_text(const psa_lsp_doc *d) { return d->res.src->text; }
static uint32_t S_len(const psa_lsp_doc *d) { return d->res.src->text_len; }

static const char *S_eol(const psa_lsp_doc *d) {
  if (psa_fix_crlf(d->res.src)) return "\r\n";
  return d->res.src->eol == PSA_EOL_CR ? "\r" : "\n";
}

static cJSON *S_text_edit(const psa_lsp_doc *d, psa_span span, const char *text, size_t len) {
  cJSON *e = cJSON_CreateObject();
  cJSON_AddItemToObject(e, "range", psa_lsp_range_json(d, span));
  char *t = psa_xstrndup(text, len);
  cJSON_AddStringToObject(e, "newText", t);
  free(t);
  return e;
}

static cJSON *S_workspace_edit(const psa_lsp_doc *d, cJSON *edits) {
  cJSON *we = cJSON_CreateObject();
  cJSON_AddItemToObject(cJSON_AddObjectToObject(we, "changes"), d->uri, edits);
  return we;
}

static bool S_boundary(const char *t, uint32_t len, uint32_t i) {
  if (i == 0 || i >= len) return true;
  if (((unsigned char)t[i] & 0xC0) == 0x80) return false; /* inside a code point */
  return !(t[i - 1] == '\r' && t[i] == '\n');             /* inside a CRLF */
}

/* One edit turning the analysed text into new_text: the part between the
 * common prefix and suffix, cut at code point and line break boundaries. */
static cJSON *S_diff_edits(const psa_lsp_doc *d, const char *nt, uint32_t nlen) {
  const char *ot = S_text(d);
  uint32_t olen = S_len(d);
  uint32_t pre = 0, max = olen < nlen ? olen : nlen;
  while (pre < max && ot[pre] == nt[pre]) pre++;
  while (pre && !(S_boundary(ot, olen, pre) && S_boundary(nt, nlen, pre))) pre--;
  uint32_t suf = 0;
  while (suf < max - pre && ot[olen - 1 - suf] == nt[nlen - 1 - suf]) suf++;
  while (suf && !(S_boundary(ot, olen, olen - suf) && S_boundary(nt, nlen, nlen - suf))) suf--;
  cJSON *arr = cJSON_CreateArray();
  psa_span span = {pre, olen - suf};
  cJSON_AddItemToArray(arr, S_text_edit(d, span, nt + pre, nlen - suf - pre));
  return arr;
}

/* ---- one fix ------------------------------------------------------------ */

typedef struct {
  psa_span range;
  const char *replacement;
  uint32_t seq;
} S_edit;

static int S_edit_order(const void *a, const void *b) {
  const S_edit *x = a, *y = b;
  if (x->range.start != y->range.start) return x->range.start < y->range.start ? -1 : 1;
  if (x->range.end != y->range.end) return x->range.end < y->range.end ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Whether another fix of the file carries the same joint edit (then the
 * fix alone does not apply it). */
static bool S_joint_shared(const psa_file_result *r, const psa_fix *own, const psa_edit *ed) {
  for (uint32_t i = 0; i < r->finding_count; i++)
    for (uint32_t k = 0; k < r->findings[i].fix_count; k++) {
      const psa_fix *fx = &r->findings[i].fixes[k];
      if (fx == own) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++)
        if (fx->edits[e].joint && fx->edits[e].range.start == ed->range.start &&
            fx->edits[e].range.end == ed->range.end &&
            !strcmp(fx->edits[e].replacement, ed->replacement))
          return true;
    }
  return false;
}

/* The fix's own edits as TextEdits when applying them gives exactly
 * 'expect'; NULL otherwise. */
static cJSON *S_own_edits(const psa_lsp_doc *d, const psa_fix *fx, const char *expect,
                          uint32_t expect_len) {
  S_edit *edits = psa_xcalloc(fx->edit_count ? fx->edit_count : 1, sizeof(*edits));
  uint32_t n = 0;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    const psa_edit *ed = &fx->edits[e];
    if (ed->joint && S_joint_shared(&d->res, fx, ed)) continue;
    edits[n] = (S_edit){ed->range, ed->replacement, n};
    n++;
  }
  qsort(edits, n, sizeof(*edits), S_edit_order);
  const char *eol = S_eol(d);
  const char *ot = S_text(d);
  psa_buf out;
  psa_buf_init(&out);
  cJSON *arr = cJSON_CreateArray();
  uint32_t pos = 0;
  bool ok = true;
  for (uint32_t i = 0; i < n && ok; i++) {
    if (i && edits[i].range.start == edits[i - 1].range.start &&
        edits[i].range.end == edits[i - 1].range.end &&
        !strcmp(edits[i].replacement, edits[i - 1].replacement))
      continue;
    psa_span r = edits[i].range;
    if (r.start < pos || r.end < r.start || r.end > S_len(d)) {
      ok = false;
      break;
    }
    psa_buf rep;
    psa_buf_init(&rep);
    for (const char *p = edits[i].replacement; *p; p++) {
      if (*p == '\n') psa_buf_puts(&rep, eol);
      else psa_buf_putc(&rep, *p);
    }
    psa_buf_append(&out, ot + pos, r.start - pos);
    psa_buf_append(&out, rep.data ? rep.data : "", rep.len);
    cJSON_AddItemToArray(arr, S_text_edit(d, r, rep.data ? rep.data : "", rep.len));
    psa_buf_free(&rep);
    pos = r.end;
  }
  if (ok) psa_buf_append(&out, ot + pos, S_len(d) - pos);
  ok = ok && out.len == expect_len && (!expect_len || !memcmp(out.data, expect, expect_len));
  psa_buf_free(&out);
  free(edits);
  if (!ok) {
    cJSON_Delete(arr);
    return NULL;
  }
  return arr;
}

static bool S_accept_only(void *payload, const psa_finding *f, const psa_fix *fx) {
  (void)f;
  return fx == payload;
}

/* The edits that apply one fix, or NULL when the fix engine drops it (its
 * result would not parse, its edits overlap). */
static cJSON *S_fix_edits(psa_lsp_server *s, const psa_lsp_doc *d, const psa_fix *fx) {
  psa_fix_options o = {fx->applicability != PSA_FIX_SAFE, S_accept_only, (void *)fx};
  psa_fix_result fr;
  psa_fix_compute(s->parser, &d->res, &o, &fr);
  cJSON *edits = NULL;
  bool applied = false;
  for (uint32_t i = 0; i < fr.note_count; i++)
    if (fr.notes[i].fix == fx) applied = fr.notes[i].kind == PSA_FIXNOTE_APPLIED;
  if (applied && fr.text) {
    edits = S_own_edits(d, fx, fr.text, fr.text_len);
    if (!edits) edits = S_diff_edits(d, fr.text, fr.text_len);
  }
  psa_fix_result_free(&fr);
  return edits;
}

/* ---- suppression comments ----------------------------------------------- */

static TSNode S_root_at(const psa_lsp_doc *d, uint32_t off) {
  const psa_parse_result *p = &d->res.parse;
  for (uint32_t i = 0; i < p->fragment_count; i++)
    if (off >= p->fragments[i].range.start && off < p->fragments[i].range.end)
      return ts_tree_root_node(p->fragments[i].tree);
  return ts_tree_root_node(p->main.tree);
}

/* The statement holding 'off' (a child of a statement list). */
static bool S_statement(const psa_lsp_doc *d, uint32_t off, uint32_t *start, uint32_t *end) {
  if (!d->res.parse.main.tree) return false;
  TSNode n = ts_node_descendant_for_byte_range(S_root_at(d, off), off, off);
  while (!ts_node_is_null(n)) {
    TSNode p = ts_node_parent(n);
    if (ts_node_is_null(p)) break;
    if (!strcmp(ts_node_type(p), "statement_list")) {
      *start = ts_node_start_byte(n);
      *end = ts_node_end_byte(n);
      return true;
    }
    n = p;
  }
  return false;
}

static uint32_t S_line_start(const char *t, uint32_t off) {
  while (off && t[off - 1] != '\n' && t[off - 1] != '\r') off--;
  return off;
}

static uint32_t S_line_end(const char *t, uint32_t len, uint32_t off) {
  while (off < len && t[off] != '\n' && t[off] != '\r') off++;
  return off;
}

/* Whether 'off' lies inside a syntax error region (a comment written there
 * would not be read as one). */
static bool S_in_error(const psa_lsp_doc *d, uint32_t off) {
  const psa_parse_result *p = &d->res.parse;
  for (uint32_t i = 0; i < p->error_count; i++)
    if (p->errors[i].start <= off && off < p->errors[i].end) return true;
  return false;
}

/* Whether a comment may be appended at the end of the line ending at
 * 'eol': not after a backtick continuation, not inside a string or comment
 * that goes on past the line, not inside a syntax error. */
static bool S_can_append(const psa_lsp_doc *d, uint32_t line_start, uint32_t eol, bool strict) {
  const char *t = S_text(d);
  if (strict && (S_in_error(d, eol) || (eol > line_start && S_in_error(d, eol - 1)))) return false;
  uint32_t e = eol;
  while (e > line_start && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
  if (e > line_start && t[e - 1] == '`') return false;
  if (!d->res.parse.main.tree) return false;
  /* a line that ends in a comment: the directive would be part of its text */
  if (e > line_start) {
    TSNode last = ts_node_descendant_for_byte_range(S_root_at(d, e - 1), e - 1, e - 1);
    for (; !ts_node_is_null(last); last = ts_node_parent(last))
      if (strstr(ts_node_type(last), "comment")) return false;
  }
  TSNode n = ts_node_descendant_for_byte_range(S_root_at(d, eol), eol, eol);
  for (; !ts_node_is_null(n); n = ts_node_parent(n)) {
    if (ts_node_start_byte(n) >= eol || ts_node_end_byte(n) <= eol) continue;
    const char *type = ts_node_type(n);
    if (strstr(type, "string") || strstr(type, "comment")) return false;
  }
  return true;
}

/* Whether inserting 'text' at 'at' suppresses the finding: the text is
 * analysed again, and the rule must no longer report at the finding's place
 * while no syntax error is added. For files with syntax errors, where the
 * tree cannot say whether a comment written there will be read as one. */
static bool S_suppression_works(psa_lsp_server *s, psa_lsp_doc *d, const psa_finding *f,
                                uint32_t at, const char *text) {
  const psa_source *src = d->res.src;
  size_t n = strlen(text);
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_append(&b, src->text, at);
  psa_buf_append(&b, text, n);
  psa_buf_append(&b, src->text + at, src->text_len - at);
  psa_scan_options o;
  const psa_config *cfg;
  char *relpath;
  psa_lsp_scan_options(s, d, &o, &cfg, &relpath);
  psa_file_result r;
  psa_scan_bytes(s->parser, d->path ? d->path : d->uri, b.data, b.len, &o, &r);
  bool *hidden = psa_xcalloc(r.finding_count ? r.finding_count : 1, sizeof(bool));
  psa_lsp_hide(s, &r, cfg, relpath, hidden);
  uint32_t where = f->span.start + (at <= f->span.start ? (uint32_t)n : 0);
  uint32_t errors_before = 0, errors_after = 0;
  bool still = false;
  for (uint32_t i = 0; i < d->res.finding_count; i++)
    if (!d->hidden[i] && d->res.findings[i].rule->kind == PSA_KIND_PARSE_ERROR) errors_before++;
  for (uint32_t i = 0; i < r.finding_count; i++) {
    if (hidden[i]) continue;
    if (r.findings[i].rule->kind == PSA_KIND_PARSE_ERROR) errors_after++;
    if (r.findings[i].rule == f->rule && r.findings[i].span.start == where) still = true;
  }
  bool ok = r.status == PSA_FILE_OK && !still && errors_after <= errors_before;
  free(hidden);
  psa_file_result_free(&r);
  free(relpath);
  psa_buf_free(&b);
  return ok;
}

static char *S_next_line_text(const psa_lsp_doc *d, const psa_finding *f, uint32_t stmt) {
  const char *t = S_text(d);
  uint32_t sls = S_line_start(t, stmt);
  const char *eol = S_eol(d);
  char *text = psa_xmalloc((stmt - sls) + strlen(f->rule->id) + 64);
  sprintf(text, "%.*s# psauth: disable-next-line %s%s", (int)(stmt - sls), t + sls, f->rule->id,
          eol);
  return text;
}

/* "Suppress ID for this line", with the directive that covers that line
 * and no more, where it can be written:
 *  1. a statement alone on its line: `# psauth: disable-next-line ID` above
 *     it, indented like it;
 *  2. else `# psauth: disable-line ID` at the end of the finding's first
 *     line (it covers the findings starting on that line), unless the line
 *     cannot end in a comment (a backtick continuation, a multi-line
 *     string, a comment already there);
 *  3. else, when the statement starts its line, disable-next-line above it
 *     (it then covers the whole statement).
 * In a file with syntax errors the first of these that is shown to work
 * (S_suppression_works) is taken; without, the first that applies. NULL
 * when none does. */
static cJSON *S_suppress_line_edit(psa_lsp_server *s, psa_lsp_doc *d, const psa_finding *f) {
  const char *t = S_text(d);
  bool verify = d->res.parse.error_count > 0;
  uint32_t ls = S_line_start(t, f->span.start);
  uint32_t le = S_line_end(t, S_len(d), f->span.start);
  uint32_t stmt = 0, stmt_end = 0;
  bool starts_line = false;
  if (S_statement(d, f->span.start, &stmt, &stmt_end) && stmt <= f->span.start) {
    starts_line = true;
    for (uint32_t i = S_line_start(t, stmt); i < stmt && starts_line; i++)
      starts_line = t[i] == ' ' || t[i] == '\t';
  }
  /* the statement is all of its line (anything after it is blank or a comment) */
  bool alone = starts_line && stmt >= ls && stmt_end <= le;
  for (uint32_t i = stmt_end; alone && i < le; i++)
    alone = t[i] == ' ' || t[i] == '\t' || t[i] == ';' || t[i] == '#';
  char trailing[96];
  snprintf(trailing, sizeof(trailing), "  # psauth: disable-line %s", f->rule->id);
  struct {
    bool applies;
    uint32_t at;
    char *text;
  } cand[3] = {{alone, 0, NULL},
               {S_can_append(d, ls, le, !verify), le, trailing},
               {starts_line && !alone, 0, NULL}};
  cJSON *arr = NULL;
  for (int k = 0; k < 3 && !arr; k++) {
    if (!cand[k].applies) continue;
    char *own = NULL;
    if (!cand[k].text) {
      cand[k].text = own = S_next_line_text(d, f, stmt);
      cand[k].at = S_line_start(t, stmt);
    }
    if (!verify || S_suppression_works(s, d, f, cand[k].at, cand[k].text)) {
      psa_span at = {cand[k].at, cand[k].at};
      arr = cJSON_CreateArray();
      cJSON_AddItemToArray(arr, S_text_edit(d, at, cand[k].text, strlen(cand[k].text)));
    }
    free(own);
  }
  return arr;
}

static cJSON *S_suppress_file_edit(const psa_lsp_doc *d, const psa_finding *f) {
  char text[96];
  snprintf(text, sizeof(text), "# psauth: disable-file %s%s", f->rule->id, S_eol(d));
  psa_span at = {0, 0};
  cJSON *arr = cJSON_CreateArray();
  cJSON_AddItemToArray(arr, S_text_edit(d, at, text, strlen(text)));
  return arr;
}

/* ---- code actions ------------------------------------------------------- */

/* Whether a kind is wanted by the request's "only" list (none: all but
 * source actions, which clients ask for by name). */
static bool S_wanted(const cJSON *only, const char *kind) {
  if (!cJSON_IsArray(only)) return strncmp(kind, "source", 6) != 0;
  const cJSON *it;
  cJSON_ArrayForEach(it, only) {
    if (!cJSON_IsString(it)) continue;
    size_t n = strlen(it->valuestring);
    if (!strncmp(kind, it->valuestring, n) && (kind[n] == '\0' || kind[n] == '.')) return true;
  }
  return false;
}

static void S_add_action(cJSON *arr, const char *title, const char *kind, cJSON *diag,
                         cJSON *edit, bool preferred) {
  cJSON *a = cJSON_CreateObject();
  cJSON_AddStringToObject(a, "title", title);
  cJSON_AddStringToObject(a, "kind", kind);
  if (diag) cJSON_AddItemToArray(cJSON_AddArrayToObject(a, "diagnostics"), diag);
  if (preferred) cJSON_AddBoolToObject(a, "isPreferred", true);
  cJSON_AddItemToObject(a, "edit", edit);
  cJSON_AddItemToArray(arr, a);
}

cJSON *psa_lsp_code_actions(psa_lsp_server *s, psa_lsp_doc *d, uint32_t start, uint32_t end,
                            const cJSON *only) {
  cJSON *arr = cJSON_CreateArray();
  uint32_t tried = 0;
  for (uint32_t i = 0; i < d->res.finding_count; i++) {
    const psa_finding *f = &d->res.findings[i];
    if (d->hidden[i] || f->span.start > end || f->span.end < start) continue;
    bool preferred = true;
    for (uint32_t k = 0; k < f->fix_count && tried < S_MAX_FIX_ACTIONS; k++) {
      const psa_fix *fx = &f->fixes[k];
      /* suggestions are shown with the finding, never offered as edits */
      if (fx->applicability == PSA_FIX_DISPLAY || !fx->edit_count) continue;
      const char *kind = fx->applicability == PSA_FIX_SAFE ? "quickfix" : "refactor.rewrite";
      if (!S_wanted(only, kind)) continue;
      tried++;
      cJSON *edits = S_fix_edits(s, d, fx);
      if (!edits) continue;
      char title[512];
      snprintf(title, sizeof(title), "%s (%s%s)", fx->title, f->rule->id,
               fx->applicability == PSA_FIX_SAFE ? "" : ", unsafe: check the result");
      S_add_action(arr, title, kind, psa_lsp_diagnostic_json(s, d, f), S_workspace_edit(d, edits),
                   preferred && fx->applicability == PSA_FIX_SAFE);
      if (fx->applicability == PSA_FIX_SAFE) preferred = false;
    }
    if (!S_wanted(only, "quickfix")) continue;
    char title[128];
    cJSON *line = S_suppress_line_edit(s, d, f);
    if (line) {
      snprintf(title, sizeof(title), "Suppress %s for this line", f->rule->id);
      S_add_action(arr, title, "quickfix", psa_lsp_diagnostic_json(s, d, f),
                   S_workspace_edit(d, line), false);
    }
    snprintf(title, sizeof(title), "Suppress %s for this file", f->rule->id);
    S_add_action(arr, title, "quickfix", psa_lsp_diagnostic_json(s, d, f),
                 S_workspace_edit(d, S_suppress_file_edit(d, f)), false);
  }
  if (cJSON_IsArray(only) && S_wanted(only, "source.fixAll.psauth")) {
    uint32_t applied = 0;
    cJSON *edit = psa_lsp_fix_all_edit(s, d, s->unsafe_fixes, &applied);
    if (edit) S_add_action(arr, "Fix all psauth findings", "source.fixAll.psauth", NULL, edit, false);
  }
  return arr;
}

/* ---- hover -------------------------------------------------------------- */

cJSON *psa_lsp_hover(psa_lsp_server *s, psa_lsp_doc *d, uint32_t offset) {
  (void)s;
  psa_buf md;
  psa_buf_init(&md);
  const psa_finding *first = NULL;
  for (uint32_t i = 0; i < d->res.finding_count; i++) {
    const psa_finding *f = &d->res.findings[i];
    if (d->hidden[i] || offset < f->span.start || offset > f->span.end) continue;
    if (first) psa_buf_puts(&md, "\n\n---\n\n");
    else first = f;
    psa_buf_printf(&md, "**%s** (%s): %s\n\n", f->rule->id, psa_severity_name(f->severity),
                   f->message);
    /* suggestions are never edits: this is where they are shown */
    for (uint32_t k = 0; k < f->fix_count; k++) {
      const psa_fix *fx = &f->fixes[k];
      const char *how = fx->applicability == PSA_FIX_SAFE     ? "fix"
                        : fx->applicability == PSA_FIX_UNSAFE ? "fix (unsafe: check the result)"
                                                              : "suggestion";
      psa_buf_printf(&md, "- *%s*: %s\n", how, fx->title);
    }
    if (f->fix_count) psa_buf_puts(&md, "\n");
    char *page = psa_lsp_rule_page(f->rule);
    psa_buf_puts(&md, page);
    free(page);
  }
  if (!first) return NULL;
  cJSON *h = cJSON_CreateObject();
  cJSON *c = cJSON_AddObjectToObject(h, "contents");
  cJSON_AddStringToObject(c, "kind", "markdown");
  cJSON_AddStringToObject(c, "value", md.data);
  cJSON_AddItemToObject(h, "range", psa_lsp_range_json(d, first->span));
  psa_buf_free(&md);
  return h;
}

/* ---- fix all ------------------------------------------------------------ */

cJSON *psa_lsp_fix_all_edit(psa_lsp_server *s, psa_lsp_doc *d, bool unsafe, uint32_t *applied) {
  *applied = 0;
  psa_fix_options o = {unsafe, NULL, NULL};
  psa_fix_result fr;
  psa_fix_compute(s->parser, &d->res, &o, &fr);
  if (!fr.text) {
    psa_fix_result_free(&fr);
    return NULL;
  }
  *applied = fr.applied;
  /* as `psauth fix` does: fix the result again until nothing changes,
   * since one fix can make another possible */
  psa_scan_options so;
  const psa_config *cfg;
  char *relpath;
  psa_lsp_scan_options(s, d, &so, &cfg, &relpath);
  for (int pass = 1; pass < PSA_FIX_MAX_PASSES; pass++) {
    psa_file_result again;
    psa_scan_bytes(s->parser, d->path ? d->path : d->uri, fr.text, fr.text_len, &so, &again);
    psa_lsp_hide(s, &again, cfg, relpath, NULL);
    psa_fix_result more;
    psa_fix_compute(s->parser, &again, &o, &more);
    bool changed = more.text != NULL;
    if (changed) {
      free(fr.text);
      fr.text = more.text;
      fr.text_len = more.text_len;
      more.text = NULL;
      *applied += more.applied;
    }
    psa_fix_result_free(&more);
    psa_file_result_free(&again);
    if (!changed) break;
  }
  free(relpath);
  cJSON *edits = S_diff_edits(d, fr.text, fr.text_len);
  psa_fix_result_free(&fr);
  return S_workspace_edit(d, edits);
}

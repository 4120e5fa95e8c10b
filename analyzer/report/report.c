/* Report dispatch and the two built-in formats: text and JSON. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth_version.h"
#include "report/internal.h"

cJSON *psa_report_permissions_json(const char *csv) {
  cJSON *perms = cJSON_CreateArray();
  for (const char *q = csv; *q;) {
    size_t len = strcspn(q, ",");
    char *one = psa_xstrndup(q, len);
    cJSON_AddItemToArray(perms, cJSON_CreateString(one));
    free(one);
    q += len;
    while (*q == ',' || *q == ' ') q++;
  }
  return perms;
}

int psa_report_print_json(struct cJSON *root, FILE *out, const char *what, char *err,
                          size_t errlen) {
  char *text = cJSON_Print(root);
  cJSON_Delete(root);
  if (!text) {
    snprintf(err, errlen, "could not render the %s", what);
    return -1;
  }
  fputs(text, out);
  fputc('\n', out);
  free(text);
  return 0;
}

int psa_results_write(const psa_results *r, psa_format format, const psa_report_options *opts,
                     FILE *out, char *err, size_t errlen) {
  static const psa_report_writer writers[] = {
      psa_report__text, psa_report__json,     psa_report__sarif,
      psa_report__html, psa_report__csv,      psa_report__markdown,
      psa_report__github, psa_report__junit,  psa_report__gitlab};
  psa_report_options none = {0};
  if ((unsigned)format >= sizeof(writers) / sizeof(*writers)) {
    snprintf(err, errlen, "unknown report format");
    return -1;
  }
  return writers[format](r, opts ? opts : &none, out, err, errlen);
}

/* ---- text ------------------------------------------------------------- */

#define S_RED "\033[31m"
#define S_YELLOW "\033[33m"
#define S_CYAN "\033[36m"
#define S_BOLD "\033[1m"
#define S_DIM "\033[2m"
#define S_RESET "\033[0m"

static const char *S_sev_color(psa_severity s) {
  return s == PSA_SEV_ERROR ? S_RED : s == PSA_SEV_WARNING ? S_YELLOW : S_CYAN;
}

static void S_caret(FILE *out, const psa_result_finding *f, bool color) {
  /* the first line of the snippet, then a caret line under the span */
  const char *s = f->snippet ? f->snippet : "";
  const char *nl = strchr(s, '\n');
  size_t n = nl ? (size_t)(nl - s) : strlen(s);
  if (n && s[n - 1] == '\r') n--;
  fprintf(out, "    %.*s\n    ", (int)n, s);
  /* columns are code points: advance over the line's characters */
  uint32_t col = 1;
  for (size_t i = 0; i < n && col < f->at.col; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) == 0x80) continue;
    fputc(c == '\t' ? '\t' : ' ', out);
    col++;
  }
  uint32_t width = f->at.end_line == f->at.line && f->at.end_col > f->at.col
                       ? f->at.end_col - f->at.col
                       : 1;
  if (color) fputs(S_sev_color(f->severity), out);
  for (uint32_t i = 0; i < width && i < 200; i++) fputc('^', out);
  if (color) fputs(S_RESET, out);
  fputc('\n', out);
}

int psa_report__text(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                     size_t errlen) {
  (void)err;
  (void)errlen;
  bool c = o->color;
  psa_results_summary sum;
  psa_results_summarize(r, &sum);
  if (o->statistics) {
    /* counts per rule, most frequent first */
    uint32_t nrules;
    const psa_rule *const *rules = psa_rules(&nrules);
    size_t *counts = psa_xcalloc(nrules ? nrules : 1, sizeof(size_t));
    psa_results_cursor cur;
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));)
      for (uint32_t k = 0; k < f->finding_count; k++)
        for (uint32_t x = 0; x < nrules; x++)
          if (rules[x] == f->findings[k].rule) counts[x]++;
    psa_results_close(&cur);
    for (;;) {
      size_t best = 0;
      uint32_t bi = 0;
      for (uint32_t x = 0; x < nrules; x++)
        if (counts[x] > best) best = counts[x], bi = x;
      if (!best) break;
      fprintf(out, "%6zu  %-7s %-34s %s\n", best, rules[bi]->id, rules[bi]->name,
              psa_kind_name(rules[bi]->kind));
      counts[bi] = 0;
    }
    free(counts);
  } else {
    psa_results_cursor cur;
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));) {
      for (uint32_t k = 0; k < f->finding_count; k++) {
        const psa_result_finding *x = &f->findings[k];
        if (c)
          fprintf(out, S_BOLD "%s:%u:%u:" S_RESET " %s%s" S_RESET "[%s] %s\n", f->path, x->at.line,
                  x->at.col, S_sev_color(x->severity), psa_severity_name(x->severity), x->rule_id,
                  x->message);
        else
          fprintf(out, "%s:%u:%u: %s[%s] %s\n", f->path, x->at.line, x->at.col,
                  psa_severity_name(x->severity), x->rule_id, x->message);
        if (o->show_source) S_caret(out, x, c);
        for (uint32_t n = 0; n < x->related_count; n++)
          fprintf(out, "  %s%s:%u:%u: note:%s %s\n", c ? S_DIM : "",
                  x->related[n].path ? x->related[n].path : f->path, x->related[n].at.line,
                  x->related[n].at.col, c ? S_RESET : "", x->related[n].message);
        /* what can be done about it, as Ruff's "help:" lines; the edits
         * themselves are in `psauth fix --diff` and the JSON/HTML reports */
        for (uint32_t n = 0; n < x->fix_count; n++)
          fprintf(out, "  %shelp:%s %s [%s]\n", c ? S_CYAN : "", c ? S_RESET : "",
                  x->fixes[n].title,
                  x->fixes[n].applicability == PSA_FIX_SAFE     ? "fix"
                  : x->fixes[n].applicability == PSA_FIX_UNSAFE ? "fix with --unsafe-fixes"
                                                                : "suggestion");
      }
    }
    psa_results_close(&cur);
  }
  if (o->quiet) return 0;
  fprintf(out,
          "%zu file%s scanned, %zu skipped, %zu with syntax errors: %zu finding%s "
          "(%zu error%s, %zu warning%s, %zu info)",
          sum.files_scanned, sum.files_scanned == 1 ? "" : "s", sum.files_skipped,
          sum.files_with_syntax_errors, sum.findings, sum.findings == 1 ? "" : "s",
          sum.by_severity[PSA_SEV_ERROR], sum.by_severity[PSA_SEV_ERROR] == 1 ? "" : "s",
          sum.by_severity[PSA_SEV_WARNING], sum.by_severity[PSA_SEV_WARNING] == 1 ? "" : "s",
          sum.by_severity[PSA_SEV_INFO]);
  if (sum.fixable_safe || sum.fixable_unsafe)
    fprintf(out, "; %zu fixable (%zu with --unsafe-fixes)", sum.fixable_safe, sum.fixable_unsafe);
  fputc('\n', out);
  if (sum.files_not_fully_analysed) {
    /* coverage: what psauth could not read is said, not counted as a finding */
    fprintf(out, "not analysed: %zu line%s in %zu file%s that psauth's parser could not read "
                 "(not a finding; --format json lists them under \"coverage\")\n",
            sum.lines_not_analysed, sum.lines_not_analysed == 1 ? "" : "s",
            sum.files_not_fully_analysed, sum.files_not_fully_analysed == 1 ? "" : "s");
  }
  if (sum.findings) {
    fputs("by kind:", out);
    bool first = true;
    for (int k = 0; k < PSA_KIND__COUNT; k++)
      if (sum.by_kind[k]) {
        fprintf(out, "%s %s %zu", first ? "" : ",", psa_kind_name((psa_kind)k), sum.by_kind[k]);
        first = false;
      }
    fputc('\n', out);
  }
  if (r->baseline_file) {
    size_t m = r->baseline_matched, st = r->baseline_stale_count;
    fprintf(out, "baseline %s: %zu finding%s not shown, %zu baseline entr%s no longer match%s\n",
            r->baseline_file, m, m == 1 ? "" : "s", st, st == 1 ? "y" : "ies", st == 1 ? "es" : "");
  }
  return 0;
}

/* ---- JSON ------------------------------------------------------------- */

static cJSON *S_range_json(const psa_range *at) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "line", at->line);
  cJSON_AddNumberToObject(o, "column", at->col);
  cJSON_AddNumberToObject(o, "endLine", at->end_line);
  cJSON_AddNumberToObject(o, "endColumn", at->end_col);
  return o;
}

static const char *S_applicability(psa_applicability a) {
  return a == PSA_FIX_SAFE ? "safe" : a == PSA_FIX_UNSAFE ? "unsafe" : "display";
}

static const char *S_status(psa_file_status s) {
  return s == PSA_FILE_OK ? "ok" : s == PSA_FILE_SKIPPED ? "skipped" : "error";
}

/* One file's entry of "files". */
static cJSON *S_file_json(const psa_result_file *f) {
  cJSON *jf = cJSON_CreateObject();
  cJSON_AddStringToObject(jf, "path", f->path);
  cJSON_AddStringToObject(jf, "status", S_status(f->status));
  if (f->message) cJSON_AddStringToObject(jf, "message", f->message);
  if (f->encoding) cJSON_AddStringToObject(jf, "encoding", f->encoding);
  if (f->eol) cJSON_AddStringToObject(jf, "lineEndings", f->eol);
  cJSON_AddBoolToObject(jf, "parsed", f->parsed);
  cJSON_AddNumberToObject(jf, "syntaxErrors", f->syntax_errors);
  if (f->shared_fix_diff) cJSON_AddStringToObject(jf, "sharedFixDiff", f->shared_fix_diff);
  if (f->plan_count) {
    cJSON *jp = cJSON_AddArrayToObject(jf, "plan");
    for (uint32_t k = 0; k < f->plan_count; k++) {
      const psa_result_plan *e = &f->plan[k];
      cJSON *je = cJSON_CreateObject();
      cJSON_AddStringToObject(je, "kind", e->kind);
      cJSON_AddNumberToObject(je, "line", e->line);
      cJSON_AddStringToObject(je, "subject", e->subject);
      if (e->rule) cJSON_AddStringToObject(je, "rule", e->rule);
      if (e->signin) cJSON_AddStringToObject(je, "signIn", e->signin);
      if (e->evidence) cJSON_AddStringToObject(je, "evidence", e->evidence);
      if (e->target) cJSON_AddStringToObject(je, "target", e->target);
      if (e->reason) cJSON_AddStringToObject(je, "reason", e->reason);
      cJSON_AddItemToArray(jp, je);
    }
  }
  return jf;
}

/* One entry of "findings". */
static cJSON *S_finding_json(const psa_result_file *f, const psa_result_finding *x) {
  cJSON *jx = cJSON_CreateObject();
  cJSON_AddStringToObject(jx, "path", f->path);
  cJSON_AddNumberToObject(jx, "line", x->at.line);
  cJSON_AddNumberToObject(jx, "column", x->at.col);
  cJSON_AddNumberToObject(jx, "endLine", x->at.end_line);
  cJSON_AddNumberToObject(jx, "endColumn", x->at.end_col);
  cJSON_AddStringToObject(jx, "rule", x->rule_id);
  if (x->rule) {
    cJSON_AddStringToObject(jx, "name", x->rule->name);
    cJSON_AddStringToObject(jx, "kind", psa_kind_name(x->rule->kind));
  }
  cJSON_AddStringToObject(jx, "severity", psa_severity_name(x->severity));
  cJSON_AddStringToObject(jx, "status", psa_status_name(x->status));
  if (x->status_date) cJSON_AddStringToObject(jx, "statusDate", x->status_date);
  if (x->status_source) cJSON_AddStringToObject(jx, "statusSource", x->status_source);
  cJSON_AddStringToObject(jx, "service", psa_service_name(x->service));
  cJSON_AddStringToObject(jx, "signIn", psa_auth_name(x->signin));
  cJSON_AddStringToObject(jx, "message", x->message);
  cJSON_AddStringToObject(jx, "snippet", x->snippet ? x->snippet : "");
  cJSON_AddStringToObject(jx, "fingerprint", x->fingerprint ? x->fingerprint : "");
  cJSON *rel = cJSON_AddArrayToObject(jx, "related");
  for (uint32_t n = 0; n < x->related_count; n++) {
    cJSON *ro = S_range_json(&x->related[n].at);
    cJSON_AddStringToObject(ro, "message", x->related[n].message);
    if (x->related[n].path) cJSON_AddStringToObject(ro, "path", x->related[n].path);
    cJSON_AddItemToArray(rel, ro);
  }
  if (x->permissions) {
    /* the Microsoft Graph application permissions the rewrite needs */
    cJSON_AddItemToObject(jx, "permissions", psa_report_permissions_json(x->permissions));
  }
  cJSON *fixes = cJSON_AddArrayToObject(jx, "fixes");
  for (uint32_t n = 0; n < x->fix_count; n++) {
    const psa_result_fix *fx = &x->fixes[n];
    cJSON *jfx = cJSON_CreateObject();
    cJSON_AddStringToObject(jfx, "title", fx->title);
    cJSON_AddStringToObject(jfx, "applicability", S_applicability(fx->applicability));
    if (fx->diff) cJSON_AddStringToObject(jfx, "diff", fx->diff);
    cJSON *edits = cJSON_AddArrayToObject(jfx, "edits");
    for (uint32_t e = 0; e < fx->edit_count; e++) {
      cJSON *je = S_range_json(&fx->edits[e].at);
      cJSON_AddStringToObject(je, "replacement", fx->edits[e].replacement);
      cJSON_AddItemToArray(edits, je);
    }
    cJSON_AddItemToArray(fixes, jfx);
  }
  return jx;
}

/* Streamed (jsonstream.c): "files", "findings" and "coverage" are each a
 * pass over the results; the summary is counted before. */
int psa_report__json(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                     size_t errlen) {
  (void)o;
  cJSON *root = cJSON_CreateObject();
  cJSON_AddStringToObject(root, "$schema", "https://psauth.dev/schema/psauth-report-1.json");
  cJSON_AddNumberToObject(root, "schemaVersion", 1);
  cJSON *tool = cJSON_AddObjectToObject(root, "tool");
  cJSON_AddStringToObject(tool, "name", "psauth");
  cJSON_AddStringToObject(tool, "version", PSAUTH_VERSION);
  cJSON_AddItemToObject(root, "files", psa_json_hole());
  cJSON_AddItemToObject(root, "findings", psa_json_hole());
  cJSON_AddItemToObject(root, "coverage", psa_json_hole());
  psa_results_summary s;
  psa_results_summarize(r, &s);
  cJSON *js = cJSON_AddObjectToObject(root, "summary");
  cJSON_AddNumberToObject(js, "filesScanned", (double)s.files_scanned);
  cJSON_AddNumberToObject(js, "filesSkipped", (double)s.files_skipped);
  cJSON_AddNumberToObject(js, "filesWithSyntaxErrors", (double)s.files_with_syntax_errors);
  cJSON_AddNumberToObject(js, "readErrors", (double)s.read_errors);
  cJSON_AddNumberToObject(js, "filesNotFullyAnalysed", (double)s.files_not_fully_analysed);
  cJSON_AddNumberToObject(js, "linesNotAnalysed", (double)s.lines_not_analysed);
  cJSON_AddNumberToObject(js, "findings", (double)s.findings);
  cJSON_AddNumberToObject(js, "errors", (double)s.by_severity[PSA_SEV_ERROR]);
  cJSON_AddNumberToObject(js, "warnings", (double)s.by_severity[PSA_SEV_WARNING]);
  cJSON_AddNumberToObject(js, "infos", (double)s.by_severity[PSA_SEV_INFO]);
  if (r->baseline_file) {
    cJSON_AddNumberToObject(js, "baselineMatched", (double)r->baseline_matched);
    cJSON_AddNumberToObject(js, "baselineStale", (double)r->baseline_stale_count);
    cJSON *jb = cJSON_AddObjectToObject(root, "baseline");
    cJSON_AddStringToObject(jb, "file", r->baseline_file);
    cJSON_AddNumberToObject(jb, "matched", (double)r->baseline_matched);
    cJSON *st = cJSON_AddArrayToObject(jb, "stale");
    for (size_t i = 0; i < r->baseline_stale_count; i++) {
      const psa_result_stale *e = &r->baseline_stale[i];
      cJSON *je = cJSON_CreateObject();
      cJSON_AddStringToObject(je, "rule", e->rule);
      cJSON_AddStringToObject(je, "path", e->path);
      cJSON_AddStringToObject(je, "fingerprint", e->fingerprint);
      cJSON_AddStringToObject(je, "message", e->message);
      cJSON_AddItemToArray(st, je);
    }
  }
  psa_json_frame fr;
  if (psa_json_frame_open(&fr, root, true, out) < 0) {
    snprintf(err, errlen, "could not render the JSON report");
    return -1;
  }
  for (int pass = 0; pass < 3; pass++) {
    psa_json_frame_array(&fr);
    psa_results_cursor c;
    psa_results_open(r, &c);
    for (const psa_result_file *f; (f = psa_results_next(&c));) {
      if (pass == 0) {
        psa_json_frame_item(&fr, S_file_json(f));
      } else if (pass == 1) {
        for (uint32_t k = 0; k < f->finding_count; k++)
          psa_json_frame_item(&fr, S_finding_json(f, &f->findings[k]));
      } else {
        for (uint32_t k = 0; k < f->unanalysed_count; k++) {
          cJSON *jc = cJSON_CreateObject();
          cJSON_AddStringToObject(jc, "path", f->path);
          cJSON_AddNumberToObject(jc, "line", f->unanalysed[k].line);
          cJSON_AddNumberToObject(jc, "endLine", f->unanalysed[k].end_line);
          cJSON_AddStringToObject(jc, "reason", "not-parsed");
          psa_json_frame_item(&fr, jc);
        }
      }
    }
    psa_results_close(&c);
    psa_json_frame_end_array(&fr);
  }
  psa_json_frame_close(&fr);
  fputc('\n', out);
  return 0;
}

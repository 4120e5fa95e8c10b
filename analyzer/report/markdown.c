/* Report format: Markdown (GitHub-flavoured), for pull request comments and
 * job summaries ($GITHUB_STEP_SUMMARY): a summary table, counts per rule,
 * then the findings grouped by file, at most S_MAX_FINDINGS of them.
 *
 * Text from scanned scripts ends up in messages, so every text cell is
 * escaped: Markdown punctuation gets a backslash (also $, which GitHub
 * reads as math), code spans use a fence longer than any backtick run in
 * them, and | is escaped inside tables, where GitHub splits cells on it
 * even inside code spans. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/internal.h"

#define S_MAX_FINDINGS 200

/* Plain text: punctuation that Markdown or GitHub treat specially gets a
 * backslash; line breaks become spaces. */
static void S_text(psa_buf *b, const char *s) {
  for (; s && *s; s++) {
    if (*s == '\n' || *s == '\r' || *s == '\t') psa_buf_putc(b, ' ');
    else {
      if (strchr("\\`*_[]<>|~&$@", *s)) psa_buf_putc(b, '\\');
      psa_buf_putc(b, *s);
    }
  }
}

/* A code span. In a table, | is written \| (GitHub removes the backslash
 * inside code spans in tables). */
static void S_code(psa_buf *b, const char *s, bool table) {
  if (!s) s = "";
  size_t longest = 0, run = 0;
  for (const char *p = s; *p; p++) {
    run = *p == '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  size_t len = strlen(s);
  bool pad = len && (s[0] == '`' || s[len - 1] == '`' || s[0] == ' ' || s[len - 1] == ' ');
  for (size_t i = 0; i <= longest; i++) psa_buf_putc(b, '`');
  if (pad) psa_buf_putc(b, ' ');
  for (const char *p = s; *p; p++) {
    if (*p == '\n' || *p == '\r') psa_buf_putc(b, ' ');
    else if (*p == '|' && table) psa_buf_puts(b, "\\|");
    else psa_buf_putc(b, *p);
  }
  if (pad) psa_buf_putc(b, ' ');
  for (size_t i = 0; i <= longest; i++) psa_buf_putc(b, '`');
}

static void S_count_row(psa_buf *b, const char *label, size_t n) {
  psa_buf_printf(b, "| %s | %zu |\n", label, n);
}

int psa_report__markdown(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                         size_t errlen) {
  (void)o;
  psa_results_summary s;
  psa_results_summarize(r, &s);
  psa_buf b;
  psa_buf_init(&b);

  psa_buf_puts(&b, "## psauth: legacy authentication and stored passwords\n\n");
  if (!s.findings) {
    psa_buf_printf(&b, "No findings in %zu scanned file%s.\n\n", s.files_scanned,
                   s.files_scanned == 1 ? "" : "s");
  }
  psa_buf_puts(&b, "| | Count |\n|---|---:|\n");
  S_count_row(&b, "Files scanned", s.files_scanned);
  if (s.files_skipped) S_count_row(&b, "Files skipped", s.files_skipped);
  if (s.read_errors) S_count_row(&b, "Files that could not be read", s.read_errors);
  if (s.files_with_syntax_errors) S_count_row(&b, "Files with syntax errors", s.files_with_syntax_errors);
  if (s.files_not_fully_analysed) {
    /* coverage, not findings: lines psauth's parser could not read */
    S_count_row(&b, "Files psauth could not fully analyse", s.files_not_fully_analysed);
    S_count_row(&b, "Lines psauth could not analyse", s.lines_not_analysed);
  }
  S_count_row(&b, "Findings", s.findings);
  size_t retired = 0, exposed = 0;
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));)
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      if (x->status == PSA_STATUS_RETIRED) retired++;
      else if (x->status == PSA_STATUS_INSECURE && x->severity == PSA_SEV_ERROR) exposed++;
    }
  psa_results_close(&cur);
  S_count_row(&b, "Errors", s.by_severity[PSA_SEV_ERROR]);
  S_count_row(&b, "&nbsp;&nbsp;retired: fail today", retired);
  S_count_row(&b, "&nbsp;&nbsp;secrets written in the script", exposed);
  S_count_row(&b, "Warnings", s.by_severity[PSA_SEV_WARNING]);
  S_count_row(&b, "Info", s.by_severity[PSA_SEV_INFO]);
  if (s.fixable_safe || s.fixable_unsafe) {
    S_count_row(&b, "Fixable by psauth fix", s.fixable_safe);
    S_count_row(&b, "Fixable with --unsafe-fixes", s.fixable_unsafe);
  }
  psa_buf_putc(&b, '\n');

  if (s.findings) {
    /* counts per rule, in rule order */
    uint32_t nrules;
    const psa_rule *const *rules = psa_rules(&nrules);
    size_t *counts = psa_xcalloc(nrules + 1, sizeof(size_t));
    unsigned *sevs = psa_xcalloc(nrules + 1, sizeof(unsigned)); /* bit per severity seen */
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));)
      for (uint32_t k = 0; k < f->finding_count; k++) {
        const psa_result_finding *x = &f->findings[k];
        uint32_t q = 0;
        while (q < nrules && rules[q] != x->rule) q++;
        counts[q]++; /* counts[nrules]: rules this version does not know */
        sevs[q] |= 1u << x->severity;
      }
    psa_results_close(&cur);
    psa_buf_puts(&b, "### By rule\n\n| Rule | Name | Kind | Severity | Findings |\n"
                     "|---|---|---|---|---:|\n");
    for (uint32_t q = 0; q < nrules; q++) {
      if (!counts[q]) continue;
      /* the severities its findings have here, most severe first (a rule
       * can raise or lower one finding; the configuration can too) */
      psa_buf_printf(&b, "| `%s` | %s | %s | ", rules[q]->id, rules[q]->name,
                     psa_kind_name(rules[q]->kind));
      const char *sep = "";
      for (int sv = PSA_SEV_ERROR; sv >= PSA_SEV_INFO; sv--)
        if (sevs[q] & (1u << sv)) {
          psa_buf_printf(&b, "%s%s", sep, psa_severity_name((psa_severity)sv));
          sep = ", ";
        }
      psa_buf_printf(&b, " | %zu |\n", counts[q]);
    }
    free(sevs);
    if (counts[nrules]) psa_buf_printf(&b, "| other | | | | %zu |\n", counts[nrules]);
    free(counts);

    psa_buf_puts(&b, "\n### Findings by file\n");
    size_t shown = 0;
    psa_results_open(r, &cur);
    for (const psa_result_file *f; shown < S_MAX_FINDINGS && (f = psa_results_next(&cur));) {
      if (!f->finding_count) continue;
      psa_buf_puts(&b, "\n#### ");
      S_code(&b, f->path, false);
      psa_buf_printf(&b, " (%u)\n\n| Line | Severity | Rule | Message |\n|---:|---|---|---|\n",
                     f->finding_count);
      for (uint32_t k = 0; k < f->finding_count && shown < S_MAX_FINDINGS; k++, shown++) {
        const psa_result_finding *x = &f->findings[k];
        psa_buf_printf(&b, "| %u:%u | %s | ", x->at.line, x->at.col,
                       x->severity == PSA_SEV_ERROR ? "**error**" : psa_severity_name(x->severity));
        S_code(&b, x->rule_id, true);
        if (x->rule) psa_buf_printf(&b, " %s", x->rule->name);
        psa_buf_puts(&b, " | ");
        S_text(&b, x->message);
        psa_buf_puts(&b, " |\n");
      }
    }
    psa_results_close(&cur);
    if (s.findings > shown)
      psa_buf_printf(&b,
                     "\n> Showing the first %zu of %zu findings. The full list is in the other "
                     "report formats (`psauth scan --format html` or `--format sarif`).\n",
                     shown, s.findings);
  }
  fputs(b.data, out);
  psa_buf_free(&b);
  if (ferror(out)) {
    snprintf(err, errlen, "could not write the Markdown report");
    return -1;
  }
  return 0;
}

/* Report format: CSV, one row per finding, for spreadsheets.
 *
 * UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF line
 * ends and RFC 4180 quoting. Cells that a spreadsheet would take for a
 * formula (starting with =, +, -, @, a tab or a carriage return) get a
 * leading single quote, so a scanned script cannot plant one. */
#include <stdio.h>
#include <string.h>

#include "report/internal.h"

/* Writes one cell: neutralised, then quoted when it holds a comma, a quote
 * or a line break. */
static void S_cell(FILE *out, const char *s) {
  if (!s) s = "";
  bool formula = strchr("=+-@\t\r", s[0]) && s[0] != '\0';
  bool quote = strpbrk(s, ",\"\r\n") != NULL;
  if (quote) fputc('"', out);
  if (formula) fputc('\'', out);
  for (; *s; s++) {
    if (*s == '"') fputc('"', out);
    fputc(*s, out);
  }
  if (quote) fputc('"', out);
}

static void S_num(FILE *out, uint32_t n) { fprintf(out, "%u", n); }

int psa_report__csv(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                    size_t errlen) {
  (void)o;
  static const char *const header[] = {"path", "line", "column", "end_line", "end_column", "rule",
                                       "name", "kind", "severity", "message", "fingerprint",
                                       "status", "status_date", "service", "sign_in"};
  fputs("\xEF\xBB\xBF", out);
  for (size_t i = 0; i < sizeof(header) / sizeof(*header); i++) {
    if (i) fputc(',', out);
    fputs(header[i], out);
  }
  fputs("\r\n", out);
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      S_cell(out, f->path);
      fputc(',', out);
      S_num(out, x->at.line);
      fputc(',', out);
      S_num(out, x->at.col);
      fputc(',', out);
      S_num(out, x->at.end_line);
      fputc(',', out);
      S_num(out, x->at.end_col);
      fputc(',', out);
      S_cell(out, x->rule_id);
      fputc(',', out);
      S_cell(out, x->rule ? x->rule->name : "");
      fputc(',', out);
      S_cell(out, x->rule ? psa_kind_name(x->rule->kind) : "");
      fputc(',', out);
      S_cell(out, psa_severity_name(x->severity));
      fputc(',', out);
      S_cell(out, x->message);
      fputc(',', out);
      S_cell(out, x->fingerprint);
      fputc(',', out);
      S_cell(out, psa_status_name(x->status));
      fputc(',', out);
      S_cell(out, x->status_date ? x->status_date : "");
      fputc(',', out);
      S_cell(out, psa_service_name(x->service));
      fputc(',', out);
      S_cell(out, psa_auth_name(x->signin));
      fputs("\r\n", out);
    }
  }
  psa_results_close(&cur);
  if (ferror(out)) {
    snprintf(err, errlen, "could not write the CSV report");
    return -1;
  }
  return 0;
}

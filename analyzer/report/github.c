/* Report format: GitHub Actions workflow commands, which GitHub shows as
 * annotations on the pull request's changed lines:
 *
 *   ::error file=PATH,line=L,col=C,endLine=L,endColumn=C2,title=PSA101 name::message
 *
 * (columns only when the finding is on one line: GitHub drops them from
 * multi-line annotations). error stays error, warning stays warning, info becomes notice. Values are
 * escaped the way the runner unescapes them (% \r \n everywhere, and : ,
 * in properties), so text from a scanned script can neither end the
 * command nor start another one. */
#include <stdio.h>
#include <string.h>

#include "report/internal.h"

static void S_escape(FILE *out, const char *s, bool property) {
  for (; s && *s; s++) {
    switch (*s) {
      case '%': fputs("%25", out); break;
      case '\r': fputs("%0D", out); break;
      case '\n': fputs("%0A", out); break;
      case ':':
        if (property) fputs("%3A", out);
        else fputc(':', out);
        break;
      case ',':
        if (property) fputs("%2C", out);
        else fputc(',', out);
        break;
      default: fputc(*s, out);
    }
  }
}

static const char *S_command(psa_severity s) {
  return s == PSA_SEV_ERROR ? "error" : s == PSA_SEV_WARNING ? "warning" : "notice";
}

/* Paths as given, without a leading "./" (annotations want paths relative
 * to the repository root). */
static const char *S_path(const char *p) {
  while (p[0] == '.' && p[1] == '/') p += 2;
  return p;
}

int psa_report__github(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                       size_t errlen) {
  (void)o;
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    if (f->status != PSA_FILE_OK) {
      fprintf(out, "::%s file=", f->status == PSA_FILE_SKIPPED ? "notice" : "warning");
      S_escape(out, S_path(f->path), true);
      fputs(",title=psauth::", out);
      S_escape(out, f->status == PSA_FILE_SKIPPED ? "skipped: " : "could not read: ", false);
      S_escape(out, f->message ? f->message : "", false);
      fputc('\n', out);
    }
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      fprintf(out, "::%s file=", S_command(x->severity));
      S_escape(out, S_path(f->path), true);
      if (x->at.line) {
        /* GitHub keeps columns only for a range within one line */
        uint32_t end = x->at.end_line > x->at.line ? x->at.end_line : x->at.line;
        fprintf(out, ",line=%u", x->at.line);
        if (end == x->at.line && x->at.col) {
          fprintf(out, ",col=%u", x->at.col);
          fprintf(out, ",endLine=%u", end);
          if (x->at.end_col > x->at.col) fprintf(out, ",endColumn=%u", x->at.end_col);
        } else {
          fprintf(out, ",endLine=%u", end);
        }
      }
      fputs(",title=", out);
      S_escape(out, x->rule_id, true);
      if (x->rule) {
        fputc(' ', out);
        S_escape(out, x->rule->name, true);
      }
      fputs("::", out);
      S_escape(out, x->message, false);
      fputc('\n', out);
    }
  }
  psa_results_close(&cur);
  if (ferror(out)) {
    snprintf(err, errlen, "could not write the workflow commands");
    return -1;
  }
  return 0;
}

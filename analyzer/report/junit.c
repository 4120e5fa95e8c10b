/* Report format: JUnit XML, for CI systems that show test results (GitLab
 * artifacts:reports:junit, Azure Pipelines, Jenkins).
 *
 * One <testsuite> per scanned file; each finding is a <testcase> with a
 * <failure>; a file without findings has one passing testcase, a skipped
 * file a <skipped/> one and an unreadable file an <error>. Text is written
 * by one small XML writer: markup characters are escaped, invalid UTF-8
 * becomes U+FFFD and characters XML 1.0 does not allow are dropped. */
#include <stdio.h>
#include <string.h>

#include "report/internal.h"

/* Decodes one UTF-8 sequence at s; returns its length, or 0 when invalid
 * (overlong forms, surrogates and values above U+10FFFF are invalid). */
static size_t S_utf8(const unsigned char *s, uint32_t *cp) {
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  size_t n = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (!n) return 0;
  static const uint32_t min_of[5] = {0, 0, 0x80, 0x800, 0x10000};
  uint32_t c = s[0] & (0x7Fu >> n), min = min_of[n];
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = c << 6 | (s[i] & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return n;
}

/* XML 1.0's Char production. */
static bool S_xml_char(uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Writes text as XML character data or, with 'attr', as an attribute value
 * in double quotes (where line breaks and tabs are written as character
 * references so that attribute normalisation keeps them). */
static void S_xml(FILE *out, const char *text, bool attr) {
  const unsigned char *s = (const unsigned char *)(text ? text : "");
  while (*s) {
    uint32_t c;
    size_t n = S_utf8(s, &c);
    if (!n) {
      fputs("\xEF\xBF\xBD", out); /* U+FFFD */
      s++;
      continue;
    }
    if (!S_xml_char(c)) {
      s += n;
      continue;
    }
    switch (c) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs(attr ? "&quot;" : "\"", out); break;
      case '\'': fputs(attr ? "&apos;" : "'", out); break;
      case '\n': fputs(attr ? "&#10;" : "\n", out); break;
      case '\r': fputs("&#13;", out); break;
      case '\t': fputs(attr ? "&#9;" : "\t", out); break;
      default: fwrite(s, 1, n, out);
    }
    s += n;
  }
}

static void S_attr(FILE *out, const char *name, const char *value) {
  fprintf(out, " %s=\"", name);
  S_xml(out, value, true);
  fputc('"', out);
}

static void S_attr_num(FILE *out, const char *name, size_t value) {
  fprintf(out, " %s=\"%zu\"", name, value);
}

int psa_report__junit(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                      size_t errlen) {
  (void)o;
  size_t tests = 0, failures = 0, errors = 0, skipped = 0;
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    tests += f->finding_count ? f->finding_count : 1;
    failures += f->finding_count;
    if (f->status == PSA_FILE_ERROR) errors++;
    if (f->status == PSA_FILE_SKIPPED) skipped++;
  }
  psa_results_close(&cur);
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", out);
  S_attr(out, "name", "psauth");
  S_attr_num(out, "tests", tests);
  S_attr_num(out, "failures", failures);
  S_attr_num(out, "errors", errors);
  S_attr_num(out, "skipped", skipped);
  fprintf(out, " time=\"%.3f\">\n", r->elapsed_seconds > 0 ? r->elapsed_seconds : 0.0);
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    fputs("  <testsuite", out);
    S_attr(out, "name", f->path);
    S_attr_num(out, "tests", f->finding_count ? f->finding_count : 1);
    S_attr_num(out, "failures", f->finding_count);
    S_attr_num(out, "errors", f->status == PSA_FILE_ERROR);
    S_attr_num(out, "skipped", f->status == PSA_FILE_SKIPPED);
    fputs(">\n", out);
    if (!f->finding_count) {
      fputs("    <testcase", out);
      S_attr(out, "name", f->status == PSA_FILE_OK ? "no legacy authentication found"
                          : f->status == PSA_FILE_SKIPPED ? "skipped"
                                                          : "could not read");
      S_attr(out, "classname", f->path);
      S_attr(out, "file", f->path);
      if (f->status == PSA_FILE_OK) {
        fputs("/>\n", out);
      } else {
        fputs(">\n      <", out);
        fputs(f->status == PSA_FILE_SKIPPED ? "skipped" : "error", out);
        S_attr(out, "message", f->message ? f->message : "");
        fputs("/>\n    </testcase>\n", out);
      }
    }
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      psa_buf name;
      psa_buf_init(&name);
      psa_buf_printf(&name, "%s %s at line %u, column %u", x->rule_id,
                     x->rule ? x->rule->name : "", x->at.line, x->at.col);
      fputs("    <testcase", out);
      S_attr(out, "name", name.data);
      S_attr(out, "classname", f->path);
      S_attr(out, "file", f->path);
      fprintf(out, " line=\"%u\">\n      <failure", x->at.line);
      S_attr(out, "message", x->message);
      S_attr(out, "type", psa_severity_name(x->severity));
      fputc('>', out);
      psa_buf body;
      psa_buf_init(&body);
      psa_buf_printf(&body, "%s:%u:%u: %s[%s] %s\n", f->path, x->at.line, x->at.col,
                     psa_severity_name(x->severity), x->rule_id, x->message);
      if (x->snippet && *x->snippet) psa_buf_printf(&body, "\n%s\n", x->snippet);
      for (uint32_t n = 0; n < x->related_count; n++)
        psa_buf_printf(&body, "%s%s:%u:%u: note: %s\n", n ? "" : "\n",
                       x->related[n].path ? x->related[n].path : f->path,
                       x->related[n].at.line, x->related[n].at.col, x->related[n].message);
      S_xml(out, body.data, false);
      fputs("</failure>\n    </testcase>\n", out);
      psa_buf_free(&body);
      psa_buf_free(&name);
    }
    fputs("  </testsuite>\n", out);
  }
  psa_results_close(&cur);
  fputs("</testsuites>\n", out);
  if (ferror(out)) {
    snprintf(err, errlen, "could not write the JUnit report");
    return -1;
  }
  return 0;
}

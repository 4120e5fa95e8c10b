/* Report format: GitLab Code Quality (artifacts:reports:codequality), a
 * JSON array of Code Climate issues. GitLab hides check_name in its
 * widget, so the description starts with the rule ID. Fingerprints are
 * psauth's line-independent ones, so an issue keeps its identity when code
 * above it moves. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/internal.h"

static const char *S_severity(psa_severity s) {
  return s == PSA_SEV_ERROR ? "critical" : s == PSA_SEV_WARNING ? "major" : "info";
}

int psa_report__gitlab(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                       size_t errlen) {
  (void)o;
  /* streamed (jsonstream.c): the document is the array */
  psa_json_frame fr;
  if (psa_json_frame_open(&fr, psa_json_hole(), true, out) < 0) {
    snprintf(err, errlen, "could not render the GitLab code quality report");
    return -1;
  }
  psa_json_frame_array(&fr);
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    const char *path = f->path;
    while (path[0] == '.' && path[1] == '/') path += 2;
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      cJSON *jx = cJSON_CreateObject();
      psa_buf d;
      psa_buf_init(&d);
      psa_buf_printf(&d, "%s: %s", x->rule_id, x->message);
      cJSON_AddStringToObject(jx, "description", d.data);
      psa_buf_free(&d);
      cJSON_AddStringToObject(jx, "check_name", x->rule_id);
      /* merged input may lack a fingerprint: make one from what is there */
      char *fp = x->fingerprint && *x->fingerprint
                     ? psa_xstrdup(x->fingerprint)
                     : psa_fingerprint(x->rule_id, f->path, x->snippet ? x->snippet : x->message, k);
      cJSON_AddStringToObject(jx, "fingerprint", fp);
      free(fp);
      cJSON_AddStringToObject(jx, "severity", S_severity(x->severity));
      cJSON_AddStringToObject(jx, "type", "issue");
      cJSON *cats = cJSON_AddArrayToObject(jx, "categories");
      cJSON_AddItemToArray(cats, cJSON_CreateString("Security"));
      cJSON *loc = cJSON_AddObjectToObject(jx, "location");
      cJSON_AddStringToObject(loc, "path", path);
      cJSON *lines = cJSON_AddObjectToObject(loc, "lines");
      cJSON_AddNumberToObject(lines, "begin", x->at.line ? x->at.line : 1);
      cJSON_AddNumberToObject(lines, "end", x->at.end_line >= x->at.line && x->at.line
                                                ? x->at.end_line
                                                : (x->at.line ? x->at.line : 1));
      psa_json_frame_item(&fr, jx);
    }
  }
  psa_results_close(&cur);
  psa_json_frame_end_array(&fr);
  psa_json_frame_close(&fr);
  fputc('\n', out);
  return 0;
}

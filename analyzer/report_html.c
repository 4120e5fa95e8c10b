/* Report format: html. */
#include "report_internal.h"

int psa_report__html(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                   size_t errlen) {
  (void)r;
  (void)o;
  (void)out;
  snprintf(err, errlen, "the html format is not available yet");
  return -1;
}

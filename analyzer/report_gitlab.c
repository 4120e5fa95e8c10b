/* Report format: gitlab. */
#include "report_internal.h"

int psa_report__gitlab(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                   size_t errlen) {
  (void)r;
  (void)o;
  (void)out;
  snprintf(err, errlen, "the gitlab format is not available yet");
  return -1;
}

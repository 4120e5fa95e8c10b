/* Report format: github. */
#include "report_internal.h"

int psa_report__github(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                   size_t errlen) {
  (void)r;
  (void)o;
  (void)out;
  snprintf(err, errlen, "the github format is not available yet");
  return -1;
}

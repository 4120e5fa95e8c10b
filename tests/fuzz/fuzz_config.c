/* Fuzz target: the readers of user-supplied configuration and data.
 *
 * For now that is the JSON report reader behind `psauth merge`
 * (psa_results_read_json), which may still be a stub returning -1: the
 * target is valid either way. When the reader accepts an input, the merged
 * results are written back in every report format, and a second read of
 * our own JSON must succeed (a report psauth writes, psauth can merge). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/results.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define S_MAX_INPUT (1024u * 1024u)

static char *S_write(const psa_results *r, psa_format fmt, size_t *len, int *rc) {
  char *buf = NULL;
  *len = 0;
  *rc = -1;
  FILE *mem = open_memstream(&buf, len);
  if (!mem) return NULL;
  char err[256];
  psa_report_options o = {0};
  *rc = psa_report_write(r, fmt, &o, mem, err, sizeof err);
  fclose(mem);
  return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > S_MAX_INPUT) return 0;
  psa_results r = {0};
  char err[256];
  err[0] = '\0';
  /* the reader gets exactly 'size' bytes: no NUL terminator promised */
  char *copy = malloc(size ? size : 1);
  if (!copy) return 0;
  if (size) memcpy(copy, data, size);
  int rc = psa_results_read_json(&r, copy, size, err, sizeof err);
  free(copy);
  if (rc != 0) {
    if (!err[0]) {
      fprintf(stderr, "fuzz_config: psa_results_read_json failed without a message\n");
      abort();
    }
    psa_results_free(&r);
    return 0;
  }

  size_t len;
  int wrc;
  /* every format: merged results can hold findings of unknown rules
   * (rule == NULL), which only a merge produces */
  for (int fmt = PSA_FORMAT_TEXT; fmt <= PSA_FORMAT_GITLAB; fmt++)
    if (fmt != PSA_FORMAT_JSON) free(S_write(&r, (psa_format)fmt, &len, &wrc));
  char *json = S_write(&r, PSA_FORMAT_JSON, &len, &wrc);
  if (json && wrc == 0) {
    psa_results again = {0};
    if (psa_results_read_json(&again, json, len, err, sizeof err) != 0) {
      fprintf(stderr, "fuzz_config: psauth cannot read back its own JSON report: %s\n", err);
      abort();
    }
    psa_results_free(&again);
  }
  free(json);
  psa_results_free(&r);
  return 0;
}

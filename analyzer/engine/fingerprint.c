/* Fingerprints: a finding's identity across edits elsewhere in the file,
 * for baselines and reports (see psa_fingerprint). */
#include "psauth/baseline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* Statement text with runs of white space (and line continuations) folded
 * to one space, so re-indenting does not change a fingerprint. */
static char *S_normalize(const psa_source *src, psa_span s) {
  psa_buf b;
  psa_buf_init(&b);
  bool space = false;
  for (uint32_t i = s.start; i < s.end && i < src->text_len; i++) {
    char c = src->text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '`') {
      space = true;
      continue;
    }
    if (space && b.len) psa_buf_putc(&b, ' ');
    space = false;
    psa_buf_putc(&b, c);
  }
  return psa_buf_detach(&b);
}

char *psa_fingerprint(const char *rule_id, const char *path, const char *text,
                      uint32_t occurrence) {
  /* FNV-1a, 64 bits: stable across runs and platforms */
  uint64_t h = 1469598103934665603ULL;
  const char *parts[3] = {rule_id, path, text};
  for (int p = 0; p < 3; p++) {
    for (const unsigned char *s = (const unsigned char *)parts[p]; *s; s++) {
      h ^= *s;
      h *= 1099511628211ULL;
    }
    h ^= 0xff; /* separator */
    h *= 1099511628211ULL;
  }
  char buf[40];
  snprintf(buf, sizeof(buf), "%016llx:%u", (unsigned long long)h, occurrence);
  return psa_xstrdup(buf);
}

char **psa_file_fingerprints(const psa_file_result *file, const char *path) {
  uint32_t n = file->finding_count;
  char **out = psa_xcalloc(n ? n : 1, sizeof(*out));
  /* texts seen so far, for occurrence indexes of identical statements */
  char **seen = psa_xcalloc(n ? n : 1, sizeof(*seen));
  for (uint32_t i = 0; i < n; i++) {
    const psa_finding *f = &file->findings[i];
    seen[i] = S_normalize(file->src, f->span);
    uint32_t occurrence = 0;
    for (uint32_t k = 0; k < i; k++)
      if (!strcmp(file->findings[k].rule->id, f->rule->id) && !strcmp(seen[k], seen[i]))
        occurrence++;
    out[i] = psa_fingerprint(f->rule->id, path, seen[i], occurrence);
  }
  for (uint32_t i = 0; i < n; i++) free(seen[i]);
  free(seen);
  return out;
}

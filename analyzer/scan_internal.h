#ifndef PSA_SCAN_INTERNAL_H
#define PSA_SCAN_INTERNAL_H

#include "psauth/scan.h"
#include "util.h"

/* Per-file state of a scan: findings and the strings they point at. */
typedef struct {
  psa_arena arena;
  psa_finding *findings;
  uint32_t finding_count, finding_cap;
  psa_span *marked; /* literals already reported */
  uint32_t marked_count, marked_cap;
} psa_scan_impl;

#endif

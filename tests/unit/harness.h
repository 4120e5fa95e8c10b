/* A tiny test harness: each CHECK counts, failures print file:line and the
 * expression, and psa_test_done() returns the process exit code. */
#ifndef PSA_TEST_HARNESS_H
#define PSA_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int psa_test_run_count;
static int psa_test_fail_count;

#define CHECK(cond)                                                        \
  do {                                                                     \
    psa_test_run_count++;                                                  \
    if (!(cond)) {                                                         \
      psa_test_fail_count++;                                               \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                      \
  } while (0)

#define CHECK_INT(got, want)                                               \
  do {                                                                     \
    long long g_ = (long long)(got), w_ = (long long)(want);               \
    psa_test_run_count++;                                                  \
    if (g_ != w_) {                                                        \
      psa_test_fail_count++;                                               \
      fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__,      \
              __LINE__, #got, g_, w_);                                     \
    }                                                                      \
  } while (0)

#define CHECK_STR(got, want)                                               \
  do {                                                                     \
    const char *g_ = (got), *w_ = (want);                                  \
    psa_test_run_count++;                                                  \
    if (!g_ || !w_ || strcmp(g_, w_) != 0) {                               \
      psa_test_fail_count++;                                               \
      fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__,  \
              __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");     \
    }                                                                      \
  } while (0)

static inline int psa_test_done(const char *name) {
  printf("%s: %d passed, %d failed\n", name,
         psa_test_run_count - psa_test_fail_count, psa_test_fail_count);
  return psa_test_fail_count ? 1 : 0;
}

#endif

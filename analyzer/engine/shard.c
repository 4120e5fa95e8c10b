/* Sharded runs: which of the discovered files one of N jobs scans. See
 * psauth/shard.h for the bucket scheme and its trade-off. */
#include "psauth/shard.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* Weights are in KiB: a file's size plus about as much as a 4 KiB script
 * for the open, read and start of its scan (so many tiny files still
 * spread out), capped at 16 GiB so that the products below fit 64 bits
 * for up to 2^28 files. */
#define S_FILE_COST 4u
#define S_MAX_WEIGHT (1ULL << 24)

static uint32_t S_bucket(const char *key) {
  uint64_t h = 1469598103934665603ULL; /* FNV-1a, 64 bits: same on every platform */
  for (const unsigned char *s = (const unsigned char *)key; *s; s++) {
    h ^= *s;
    h *= 1099511628211ULL;
  }
  return (uint32_t)(h % PSA_SHARD_BUCKETS);
}

void psa_shard_select(const psa_shard_item *items, size_t n, unsigned index, unsigned count,
                      bool *keep) {
  uint64_t *weight = psa_xcalloc(PSA_SHARD_BUCKETS, sizeof(*weight));
  uint32_t *bucket = psa_xmalloc((n ? n : 1) * sizeof(*bucket));
  uint64_t total = 0;
  for (size_t i = 0; i < n; i++) {
    bucket[i] = S_bucket(items[i].key);
    uint64_t w = items[i].size / 1024 + S_FILE_COST;
    if (w > S_MAX_WEIGHT) w = S_MAX_WEIGHT;
    weight[bucket[i]] += w;
    total += w;
  }
  /* shard of bucket b: the one holding its midpoint, (before + w/2) / total
   * of the way along; in halves to stay in whole numbers */
  unsigned char *mine = psa_xcalloc(PSA_SHARD_BUCKETS, 1);
  uint64_t before = 0;
  for (uint32_t b = 0; b < PSA_SHARD_BUCKETS; b++) {
    if (!weight[b]) continue;
    unsigned shard = (unsigned)((2 * before + weight[b]) * count / (2 * total));
    if (shard >= count) shard = count - 1;
    mine[b] = shard == index;
    before += weight[b];
  }
  for (size_t i = 0; i < n; i++) keep[i] = mine[bucket[i]];
  free(mine);
  free(bucket);
  free(weight);
}

const char *psa_shard_key(const char *path, const char *const *roots, size_t root_count) {
  for (size_t r = 0; r < root_count; r++) {
    const char *root = roots[r];
    size_t len = strlen(root);
    while (len > 1 && root[len - 1] == '/') len--;
    if (!strncmp(path, root, len)) {
      if (len == 1 && root[0] == '/') return path + 1;
      if (path[len] == '/') return path + len + 1;
    }
  }
  while (path[0] == '.' && path[1] == '/') path += 2;
  return path;
}

bool psa_shard_parse(const char *spec, unsigned *index, unsigned *count) {
  char *end;
  long k = strtol(spec, &end, 10);
  if (end == spec || *end != '/') return false;
  const char *rest = end + 1;
  long n = strtol(rest, &end, 10);
  if (end == rest || *end || k < 1 || n < 1 || k > n || n > (long)PSA_SHARD_MAX) return false;
  *index = (unsigned)(k - 1);
  *count = (unsigned)n;
  return true;
}

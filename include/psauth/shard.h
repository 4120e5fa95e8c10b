/* Splitting one run's files into N shards (CI matrix jobs, machines) whose
 * JSON reports `psauth merge` combines into the report of a single run. */
#ifndef PSAUTH_SHARD_H
#define PSAUTH_SHARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PSA_SHARD_BUCKETS 4096u
#define PSA_SHARD_MAX 1024u

typedef struct {
  const char *key;  /* the path relative to the scan root (psa_shard_key) */
  uint64_t size;    /* bytes on disk */
} psa_shard_item;

/* Sets keep[i] for the items of shard 'index' (0-based) of 'count'
 * (1..PSA_SHARD_MAX). Every item is in exactly one shard, whatever order
 * the items come in, so N jobs that discover the same files agree.
 *
 * A file's key is hashed (FNV-1a) into one of PSA_SHARD_BUCKETS buckets;
 * the buckets, in index order, are cut into 'count' contiguous runs of
 * about equal weight (bytes plus a per-file cost), a bucket going to the
 * shard that holds its midpoint. The trade-off: each shard is within about
 * one bucket's weight of an equal share (better balanced than hash mod N,
 * which ignores sizes), and a file added, removed or resized elsewhere
 * moves every cut by at most its own weight, so only buckets next to a cut
 * can change shard (greedy bin packing balances better but one new file
 * can reshuffle every shard). */
void psa_shard_select(const psa_shard_item *items, size_t n, unsigned index, unsigned count,
                      bool *keep);

/* The shard key of a discovered path: the part after the scan root it was
 * found under ("./src/a.ps1" under "." is "src/a.ps1"), or, for a file
 * named explicitly, the path as typed without a leading "./". So machines
 * with checkouts in different places agree. Points into 'path'. */
const char *psa_shard_key(const char *path, const char *const *roots, size_t root_count);

/* Parses "K/N" (1 <= K <= N <= PSA_SHARD_MAX) into a 0-based index and a
 * count. Returns false when malformed. */
bool psa_shard_parse(const char *spec, unsigned *index, unsigned *count);

#endif

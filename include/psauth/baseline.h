/* Baselines: the findings a project has accepted for now, so that a scan
 * reports only new ones (docs/baseline.md).
 *
 * A baseline file is JSON:
 *   {"version": 1, "tool": "psauth",
 *    "entries": [{"rule": "PSA301", "path": "src/a.ps1",
 *                 "fingerprint": "9c0d...:0", "message": "..."}]}
 *
 * Entry paths are relative to the baseline file's directory, and so are the
 * paths inside the fingerprints (psa_fingerprint(): rule, path, statement
 * text with white space folded, occurrence index; no line numbers), so a
 * baseline written by `psauth scan .` matches `psauth scan src/a.ps1` run
 * from elsewhere, and survives lines inserted above a finding.
 */
#ifndef PSAUTH_BASELINE_H
#define PSAUTH_BASELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "psauth/scan.h"

typedef struct {
  char *rule;
  char *path; /* relative to the baseline's directory */
  char *fingerprint;
  char *message;
  bool matched;      /* a finding of this run matched it */
  bool file_scanned; /* its file was scanned in this run */
} psa_baseline_entry;

typedef struct psa_baseline {
  char *path;                  /* the baseline file */
  char *dir;                   /* its real directory */
  psa_baseline_entry *entries; /* sorted by path, then fingerprint */
  size_t count, cap;
} psa_baseline;

/* An empty baseline to be written to 'path'. Fails (-1, message) when the
 * file's directory does not exist. */
int psa_baseline_init(psa_baseline *b, const char *path, char *err, size_t errlen);

/* Reads a baseline file. Returns 0, or -1 with a message naming the file. */
int psa_baseline_load(psa_baseline *b, const char *path, char *err, size_t errlen);

/* The same for the file's bytes in memory ('len' bytes, no NUL needed);
 * 'path' is where they came from (its directory must exist). */
int psa_baseline_parse(psa_baseline *b, const char *path, const char *json, size_t len, char *err,
                       size_t errlen);

/* Writes the entries (sorted: the file diffs well). 0, or -1 and a message. */
int psa_baseline_write(const psa_baseline *b, char *err, size_t errlen);

void psa_baseline_free(psa_baseline *b);

/* One scanned file against the baseline. Its findings are fingerprinted
 * with the file's path relative to the baseline's directory. With record,
 * each is added as an entry. Otherwise each that an unmatched entry knows
 * marks that entry matched, and *known (malloc'd, one flag per finding; may
 * be NULL when there are none) says which. Returns the number of findings. */
uint32_t psa_baseline_scan_file(psa_baseline *b, const psa_file_result *file, bool record,
                                bool **known);

/* Entries that no longer match: unmatched, and their file was scanned in
 * this run or no longer exists. Marks nothing; returns the count and, with
 * 'out', the entries (malloc'd array of pointers into b). */
size_t psa_baseline_stale(const psa_baseline *b, const psa_baseline_entry ***out);

/* A fingerprint that survives edits elsewhere in the file: rule ID, path,
 * the statement text with white space folded, and the occurrence index of
 * that (rule, text) pair in the file. Hex string, caller frees. */
char *psa_fingerprint(const char *rule_id, const char *path, const char *normalized_text,
                      uint32_t occurrence);

/* The fingerprints of the file's findings, in order, with 'path' as the
 * file's path: a malloc'd array of malloc'd strings. */
char **psa_file_fingerprints(const psa_file_result *file, const char *path);

#endif

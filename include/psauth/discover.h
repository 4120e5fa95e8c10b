/* Finding the scripts to scan. */
#ifndef PSAUTH_DISCOVER_H
#define PSAUTH_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  const char *const *include; /* globs; empty = all *.ps1, *.psm1, *.psd1 */
  size_t include_count;
  const char *const *exclude; /* globs; a match excludes a file or prunes a directory */
  size_t exclude_count;
  bool hidden;                /* walk hidden directories (and .git) too */
  bool follow_symlinks;       /* follow symlinked directories (loops detected) */
} psa_discover_options;

typedef enum {
  PSA_DISCOVER_FILE,    /* a file to scan */
  PSA_DISCOVER_ERROR    /* a problem with a path; message says what */
} psa_discover_kind;

typedef struct {
  psa_discover_kind kind;
  char *path;           /* as the user would write it: root joined with the relative path */
  char *message;        /* for errors: e.g. "No such file or directory" */
  bool explicit_path;   /* named on the command line (errors here mean exit 2) */
} psa_discover_entry;

typedef struct {
  psa_discover_entry *entries;
  size_t count;
  size_t cap;
} psa_discover_list;

/* Expands the given paths into a list of files. Explicit files are always
 * taken (whatever their extension, unless excluded); directories are walked
 * recursively for *.ps1, *.psm1, *.psd1 (extension case-insensitive).
 * Symlinks are not followed by default (a symlink to a file named on the
 * command line is followed). The result is sorted by path (byte order)
 * per root, roots in the order given, duplicates removed. */
void psa_discover(const char *const *paths, size_t path_count,
                  const psa_discover_options *opts, psa_discover_list *out);
void psa_discover_list_free(psa_discover_list *list);

/* Glob match used by --include/--exclude: '*' matches within a path
 * segment, '**' across segments, '?' one character, [abc] classes. A glob
 * without '/' matches the file's base name; with '/' it matches the path
 * relative to the root it was found under (or the full path). */
bool psa_glob_match(const char *glob, const char *path);

#endif

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

/* Expands the given paths into a list of files, appending to *out (which
 * must be zero-initialised or hold the entries of an earlier call).
 *
 * - An explicit path that is not a directory is always taken, whatever its
 *   extension or file type (a FIFO too: the loader reports it without
 *   opening it), unless an exclude glob matches it; include globs do not
 *   apply to it. An explicit symlink is followed (to a file or directory).
 * - Directories are walked recursively. A walked entry is taken only if it
 *   is a regular file and either matches one of opts->include or, with no
 *   include globs, ends in .ps1, .psm1 or .psd1 (case-insensitive). A
 *   directory named x.ps1 is walked, not taken. FIFOs, sockets and devices
 *   met during a walk are skipped silently.
 * - Exclude globs drop files and prune directories met during a walk (a
 *   root directory itself is always walked).
 * - Entries whose name starts with '.' (hidden files and directories, .git)
 *   are skipped during a walk unless opts->hidden. Roots are never hidden.
 * - Symlinks met during a walk are ignored unless opts->follow_symlinks;
 *   then symlinked files are taken and symlinked directories walked, except
 *   a directory already on the current path (a loop), which is skipped.
 *   Dangling symlinks are skipped.
 * - Entry paths are the root as typed (minus trailing slashes) joined to
 *   the relative path with one '/': "dir/" gives "dir/a.ps1", "." gives
 *   "./a.ps1".
 * - Errors: a path that does not exist (or cannot be stat'ed) gives a
 *   PSA_DISCOVER_ERROR entry with explicit_path set and the strerror()
 *   text as message; a directory that cannot be read during the walk gives
 *   an error entry with explicit_path unset and the walk goes on. Nesting
 *   deeper than 256 directory levels below a root gives the error
 *   "directory nesting deeper than 256 levels" for the directory not
 *   entered.
 * - Order: roots in the order given; each root's entries (errors included)
 *   sorted by path in byte order (strcmp). An entry whose kind and path
 *   equal an earlier one's is dropped. */
void psa_discover(const char *const *paths, size_t path_count,
                  const psa_discover_options *opts, psa_discover_list *out);
void psa_discover_list_free(psa_discover_list *list);

// Glob match used by --include/--exclude (written with // comments so the
// examples can contain star-slash sequences). Case-sensitive.
//   *        any run of characters except '/'
//   **       any run of characters, '/' included; as a whole segment followed
//            by '/' it matches zero or more directories: "a/**/b" matches
//            "a/b" and "a/x/y/b", "**/test/*.ps1" matches "test/t.ps1"
//   ?        one character except '/'
//   [abc] [a-z] [!x] [^x]
//            one character (never '/') in / not in the set; a ']' right
//            after '[' or '[!' is literal; an unclosed '[' is literal
//   \x       the character x literally
// The whole path must match. Discovery applies a glob without '/' to the
// base name of a file or directory ("*.Tests.ps1", "vendor"), and a glob
// containing '/' to the path relative to the walked root ("vendor/**",
// "**/test/*.ps1") and also to the full entry path ("./src/**"); a
// directory is also tried with a trailing '/', so "vendor/**" prunes vendor
// itself. An explicit file's relative path is the path as typed without any
// leading "./". Matching is iterative with at most two backtrack points:
// polynomial time, no exponential blow-up on globs like "a*a*a*a*b".
bool psa_glob_match(const char *glob, const char *path);

#endif

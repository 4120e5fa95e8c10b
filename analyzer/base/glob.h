/* Path glob matching, shared by discovery, configs, suppressions and
 * organisation rules. */
#ifndef PSA_BASE_GLOB_H
#define PSA_BASE_GLOB_H

#include <stdbool.h>

/* Whether 'path' matches 'glob' ('*' and '?' stay within a segment, '**'
 * crosses them; [abc], [a-z], [!x]; backslash escapes; case-sensitive).
 * Iterative: polynomial time whatever the glob. */
bool psa_glob_match(const char *glob, const char *path);

#endif

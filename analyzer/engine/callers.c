/* Which scripts of a scan set another script of the set names: a script
 * that others run by name (". .\Connect-Tenant.ps1", "& $PSScriptRoot\x.ps1")
 * may leave its sessions to them, so the planner treats it as a connection
 * helper rather than a standalone script (rules/plan.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/util.h"
#include "psauth/scan.h"
#include "psauth/source.h"

/* The file name part of a path, '/' or '\\' separated. */
static const char *S_base(const char *path) {
  const char *b = path;
  for (const char *p = path; *p; p++)
    if (*p == '/' || *p == '\\') b = p + 1;
  return b;
}

static char *S_lower(const char *s, size_t n) {
  char *out = psa_xstrndup(s, n);
  for (char *p = out; *p; p++) *p = (char)tolower((unsigned char)*p);
  return out;
}

/* A character that can be part of a script's file name as written in a
 * command (not a quote, separator, variable sigil or bracket). */
static bool S_name_char(unsigned char c) {
  return c > ' ' && !strchr("\"'`/\\$(){}[];,|&<>=", c);
}

static int S_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

char **psa_scripts_named_by_others(const char *const *paths, const size_t *max_bytes, size_t n,
                                   size_t *count) {
  char **names = NULL;
  size_t cnt = 0, cap = 0;
  for (size_t i = 0; i < n; i++) {
    psa_load_status st;
    char msg[160];
    psa_source *src =
        psa_source_load(paths[i], max_bytes ? max_bytes[i] : 0, &st, msg, sizeof(msg));
    if (!src) continue;
    const char *own = S_base(paths[i]);
    const char *t = src->text;
    for (uint32_t k = 0; k + 4 <= src->text_len; k++) {
      if (t[k] != '.' || psa_strncasecmp(t + k + 1, "ps1", 3)) continue;
      if (k + 4 < src->text_len && (isalnum((unsigned char)t[k + 4]) || t[k + 4] == '_'))
        continue;
      uint32_t s = k;
      while (s > 0 && S_name_char((unsigned char)t[s - 1])) s--;
      if (s == k) continue;
      size_t len = k + 4 - s;
      /* a script's own name in its help (.EXAMPLE .\x.ps1) is no caller */
      if (strlen(own) == len && !psa_strncasecmp(own, t + s, len)) continue;
      if (cnt == cap) {
        cap = cap ? cap * 2 : 16;
        names = psa_xrealloc(names, cap * sizeof(*names));
      }
      names[cnt++] = S_lower(t + s, len);
    }
    psa_source_free(src);
  }
  if (cnt) qsort(names, cnt, sizeof(*names), S_cmp);
  /* one of each */
  size_t out = 0;
  for (size_t i = 0; i < cnt; i++) {
    if (out && !strcmp(names[out - 1], names[i])) {
      free(names[i]);
      continue;
    }
    names[out++] = names[i];
  }
  *count = out;
  return names;
}

void psa_scripts_named_free(char **names, size_t count) {
  for (size_t i = 0; i < count; i++) free(names[i]);
  free(names);
}

bool psa_script_named(const char *const *names, size_t count, const char *path) {
  if (!names || !count || !path) return false;
  char *key = S_lower(S_base(path), strlen(S_base(path)));
  bool hit = bsearch(&key, names, count, sizeof(*names), S_cmp) != NULL;
  free(key);
  return hit;
}

/* Baseline files: writing, reading, matching findings against them and
 * finding stale entries. See include/psauth/baseline.h. */
#include "psauth/baseline.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/array.h"
#include "base/path.h"
#include "base/util.h"

static char *S_real_dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  char *dir = !slash          ? psa_xstrdup(".")
              : slash == path ? psa_xstrdup("/")
                              : psa_xstrndup(path, (size_t)(slash - path));
  char *real = realpath(dir, NULL);
  free(dir);
  return real;
}

int psa_baseline_init(psa_baseline *b, const char *path, char *err, size_t errlen) {
  memset(b, 0, sizeof(*b));
  b->dir = S_real_dir_of(path);
  if (!b->dir) {
    snprintf(err, errlen, "%s: cannot use the baseline's directory: %s", path, strerror(errno));
    return -1;
  }
  b->path = psa_xstrdup(path);
  return 0;
}

void psa_baseline_free(psa_baseline *b) {
  for (size_t i = 0; i < b->count; i++) {
    free(b->entries[i].rule);
    free(b->entries[i].path);
    free(b->entries[i].fingerprint);
    free(b->entries[i].message);
  }
  free(b->entries);
  free(b->path);
  free(b->dir);
  memset(b, 0, sizeof(*b));
}

static void S_add(psa_baseline *b, const char *rule, const char *path, const char *fp,
                  const char *message) {
  psa_grow(b->entries, b->count, b->cap);
  psa_baseline_entry *e = &b->entries[b->count++];
  memset(e, 0, sizeof(*e));
  e->rule = psa_xstrdup(rule);
  e->path = psa_xstrdup(path);
  e->fingerprint = psa_xstrdup(fp);
  e->message = psa_xstrdup(message ? message : "");
}

static int S_entry_cmp(const void *a, const void *b) {
  const psa_baseline_entry *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  return c ? c : strcmp(x->fingerprint, y->fingerprint);
}

static void S_sort(psa_baseline *b) {
  if (b->count > 1) qsort(b->entries, b->count, sizeof(*b->entries), S_entry_cmp);
}

int psa_baseline_load(psa_baseline *b, const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    memset(b, 0, sizeof(*b));
    snprintf(err, errlen, "%s: cannot read the baseline: %s", path, strerror(errno));
    return -1;
  }
  psa_buf buf;
  psa_buf_init(&buf);
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) psa_buf_append(&buf, chunk, n);
  bool bad = ferror(f) != 0;
  fclose(f);
  if (bad) {
    memset(b, 0, sizeof(*b));
    snprintf(err, errlen, "%s: read error", path);
    psa_buf_free(&buf);
    return -1;
  }
  int rc = psa_baseline_parse(b, path, buf.data ? buf.data : "", buf.len, err, errlen);
  psa_buf_free(&buf);
  return rc;
}

int psa_baseline_parse(psa_baseline *b, const char *path, const char *json, size_t len, char *err,
                       size_t errlen) {
  if (psa_baseline_init(b, path, err, errlen) < 0) return -1;
  cJSON *root = cJSON_ParseWithLength(json, len);
  const char *problem = NULL;
  const cJSON *ver = root ? cJSON_GetObjectItemCaseSensitive(root, "version") : NULL;
  const cJSON *entries = root ? cJSON_GetObjectItemCaseSensitive(root, "entries") : NULL;
  if (!root || !cJSON_IsObject(root))
    problem = "not a psauth baseline (invalid JSON)";
  else if (!cJSON_IsNumber(ver) || ver->valuedouble != 1)
    problem =
        "unsupported baseline: expected \"version\": 1 (write a new one with --write-baseline)";
  else if (!cJSON_IsArray(entries))
    problem = "\"entries\" must be an array";
  size_t i = 0;
  for (const cJSON *e = problem ? NULL : entries->child; e; e = e->next, i++) {
    const cJSON *r = cJSON_GetObjectItemCaseSensitive(e, "rule");
    const cJSON *p = cJSON_GetObjectItemCaseSensitive(e, "path");
    const cJSON *fp = cJSON_GetObjectItemCaseSensitive(e, "fingerprint");
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(e, "message");
    if (!cJSON_IsString(r) || !cJSON_IsString(p) || !cJSON_IsString(fp) ||
        (m && !cJSON_IsString(m))) {
      snprintf(err, errlen,
               "%s: entries[%zu]: expected an object with string \"rule\", \"path\", "
               "\"fingerprint\" and \"message\"",
               path, i);
      cJSON_Delete(root);
      psa_baseline_free(b);
      return -1;
    }
    S_add(b, r->valuestring, p->valuestring, fp->valuestring, m ? m->valuestring : "");
  }
  cJSON_Delete(root);
  if (problem) {
    snprintf(err, errlen, "%s: %s", path, problem);
    psa_baseline_free(b);
    return -1;
  }
  S_sort(b);
  return 0;
}

int psa_baseline_write(const psa_baseline *b, char *err, size_t errlen) {
  psa_baseline copy = *b;
  copy.entries = psa_xmalloc((b->count ? b->count : 1) * sizeof(*copy.entries));
  if (b->count) memcpy(copy.entries, b->entries, b->count * sizeof(*copy.entries));
  S_sort(&copy);
  cJSON *root = cJSON_CreateObject();
  cJSON_AddNumberToObject(root, "version", 1);
  cJSON_AddStringToObject(root, "tool", "psauth");
  cJSON *arr = cJSON_AddArrayToObject(root, "entries");
  for (size_t i = 0; i < copy.count; i++) {
    const psa_baseline_entry *e = &copy.entries[i];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "rule", e->rule);
    cJSON_AddStringToObject(o, "path", e->path);
    cJSON_AddStringToObject(o, "fingerprint", e->fingerprint);
    cJSON_AddStringToObject(o, "message", e->message);
    cJSON_AddItemToArray(arr, o);
  }
  free(copy.entries);
  char *text = cJSON_Print(root);
  cJSON_Delete(root);
  /* temp file in the same directory, fsync, rename: a kill while writing
   * leaves the old baseline or the new one, never half of one */
  size_t plen = strlen(b->path);
  char *tmp = psa_xmalloc(plen + 32);
  snprintf(tmp, plen + 32, "%s.psauth-XXXXXX", b->path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    snprintf(err, errlen, "%s: cannot write the baseline: %s", b->path, strerror(errno));
    free(tmp);
    free(text);
    return -1;
  }
  struct stat st;
  mode_t mode;
  if (stat(b->path, &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  FILE *f = fdopen(fd, "w");
  bool ok = f != NULL;
  if (ok) {
    ok = fputs(text, f) >= 0 && fputc('\n', f) != EOF && fflush(f) == 0 &&
         fchmod(fd, mode) == 0 && fsync(fd) == 0;
    ok = (fclose(f) == 0) && ok;
  } else {
    close(fd);
  }
  free(text);
  if (ok && rename(tmp, b->path) != 0) ok = false;
  if (!ok) {
    snprintf(err, errlen, "%s: cannot write the baseline: %s", b->path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return -1;
  }
  free(tmp);
  return 0;
}

/* First entry with this path and fingerprint (fingerprint NULL: first of
 * the path), or b->count. */
static size_t S_lower_bound(const psa_baseline *b, const char *path, const char *fp) {
  size_t lo = 0, hi = b->count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const psa_baseline_entry *e = &b->entries[mid];
    int c = strcmp(e->path, path);
    if (!c && fp)
      c = strcmp(e->fingerprint, fp);
    else if (!c)
      c = 1; /* path only: every entry of the path is >= */
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

uint32_t psa_baseline_scan_file(psa_baseline *b, const psa_file_result *file, bool record,
                                bool **known) {
  if (known) *known = NULL;
  if (!file->src) return 0;
  char *rel = psa_path_relative(b->dir, file->path);
  if (!record)
    for (size_t i = S_lower_bound(b, rel, NULL); i < b->count && !strcmp(b->entries[i].path, rel);
         i++)
      b->entries[i].file_scanned = true;
  uint32_t n = file->finding_count;
  char **prints = psa_file_fingerprints(file, rel);
  bool *flags = !record && n ? psa_xcalloc(n, sizeof(bool)) : NULL;
  for (uint32_t k = 0; k < n; k++) {
    if (record) {
      S_add(b, file->findings[k].rule->id, rel, prints[k], file->findings[k].message);
      continue;
    }
    size_t i = S_lower_bound(b, rel, prints[k]);
    if (i < b->count && !strcmp(b->entries[i].path, rel) &&
        !strcmp(b->entries[i].fingerprint, prints[k]) && !b->entries[i].matched) {
      b->entries[i].matched = true;
      flags[k] = true;
    }
  }
  for (uint32_t k = 0; k < n; k++) free(prints[k]);
  free(prints);
  free(rel);
  if (known)
    *known = flags;
  else
    free(flags);
  return n;
}

size_t psa_baseline_stale(const psa_baseline *b, const psa_baseline_entry ***out) {
  size_t n = 0;
  const psa_baseline_entry **list =
      out ? psa_xmalloc((b->count ? b->count : 1) * sizeof(*list)) : NULL;
  for (size_t i = 0; i < b->count; i++) {
    const psa_baseline_entry *e = &b->entries[i];
    if (e->matched) continue;
    bool stale = e->file_scanned;
    if (!stale) {
      /* a file that is gone */
      struct stat st;
      char *full = psa_xmalloc(strlen(b->dir) + strlen(e->path) + 2);
      sprintf(full, "%s/%s", b->dir, e->path);
      stale = e->path[0] != '/' ? stat(full, &st) != 0 && errno == ENOENT
                                : stat(e->path, &st) != 0 && errno == ENOENT;
      free(full);
    }
    if (stale) {
      if (list) list[n] = e;
      n++;
    }
  }
  if (out) *out = list;
  return n;
}

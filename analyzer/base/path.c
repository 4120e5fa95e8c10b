/* Path helpers shared by configs, baselines and the CLI. */
#include "base/path.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* Directory part of a path ("." for a bare name, "/" for "/x"). Caller frees. */
char *psa_path_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return psa_xstrdup(".");
  while (slash > path && slash[-1] == '/') slash--;
  if (slash == path) return psa_xstrdup("/");
  return psa_xstrndup(path, (size_t)(slash - path));
}

const char *psa_path_strip_dot(const char *p) {
  while (p[0] == '.' && p[1] == '/') {
    p += 2;
    while (*p == '/') p++;
  }
  return p;
}

char *psa_path_join(const char *dir, const char *name) {
  size_t n = strlen(dir);
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, dir);
  if (!n || dir[n - 1] != '/') psa_buf_putc(&b, '/');
  psa_buf_puts(&b, name);
  return psa_buf_detach(&b);
}

/* real_dir/base relative to 'dir'; outside it, the absolute path; without
 * real_dir or dir, the path as given minus a leading "./". */
char *psa_path_relative_to(const char *dir, const char *real_dir, const char *base,
                           const char *path) {
  if (!dir || !real_dir) return psa_xstrdup(psa_path_strip_dot(path));
  char *full = base ? psa_path_join(real_dir, base) : psa_xstrdup(real_dir);
  size_t dl = strlen(dir);
  const char *rel = full;
  if (!strcmp(dir, "/"))
    rel = full + 1;
  else if (!strncmp(full, dir, dl) && full[dl] == '/')
    rel = full + dl + 1;
  else if (!strcmp(full, dir))
    rel = ".";
  char *out = psa_xstrdup(rel);
  free(full);
  return out;
}

char *psa_path_relative(const char *dir, const char *path) {
  char *d = psa_path_dirname(path);
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  char *real = realpath(d, NULL);
  char *rel = psa_path_relative_to(dir, real, base, path);
  free(real);
  free(d);
  return rel;
}

/* Discovery of the files to scan: explicit paths, recursive directory walks
 * (opendir/readdir + lstat, no nftw, no shell), include/exclude globs. */
#include "psauth/discover.h"

#include "base/array.h"
#include "base/glob.h"
#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* Deepest directory level walked below a root (the root is level 0). The
 * walk recurses once per level, so this also bounds the stack use. */
#define S_MAX_DEPTH 256

/* ------------------------------------------------------------------------ */
/* Lists                                                                     */
/* ------------------------------------------------------------------------ */

static void S_list_push(psa_discover_list *l, psa_discover_kind kind,
                        char *path, char *message, bool explicit_path) {
  psa_grow(l->entries, l->count, l->cap);
  psa_discover_entry *e = &l->entries[l->count++];
  e->kind = kind;
  e->path = path;
  e->message = message;
  e->explicit_path = explicit_path;
}

static void S_entry_free(psa_discover_entry *e) {
  free(e->path);
  free(e->message);
  e->path = NULL;
  e->message = NULL;
}

void psa_discover_list_free(psa_discover_list *list) {
  if (!list) return;
  for (size_t i = 0; i < list->count; i++) S_entry_free(&list->entries[i]);
  free(list->entries);
  list->entries = NULL;
  list->count = 0;
  list->cap = 0;
}

static int S_entry_cmp(const void *a, const void *b) {
  const psa_discover_entry *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  if (c) return c;
  return (int)x->kind - (int)y->kind;
}

/* Set of (kind, path) already in the output, as indexes into it. */
typedef struct {
  size_t *slots;  /* index + 1; 0 = empty */
  size_t cap;     /* power of two */
  size_t len;
} S_seen;

static size_t S_entry_hash(const psa_discover_entry *e) {
  uint64_t h = 1469598103934665603ULL ^ (uint64_t)e->kind;
  for (const unsigned char *s = (const unsigned char *)e->path; *s; s++) {
    h ^= *s;
    h *= 1099511628211ULL;
  }
  return (size_t)h;
}

static bool S_entry_same(const psa_discover_entry *a, const psa_discover_entry *b) {
  return a->kind == b->kind && strcmp(a->path, b->path) == 0;
}

static void S_seen_place(S_seen *s, const psa_discover_list *l, size_t idx) {
  size_t i = S_entry_hash(&l->entries[idx]) & (s->cap - 1);
  while (s->slots[i]) i = (i + 1) & (s->cap - 1);
  s->slots[i] = idx + 1;
  s->len++;
}

/* Adds l->entries[idx] unless an equal entry is already there; returns
 * whether it was added. */
static bool S_seen_add(S_seen *s, const psa_discover_list *l, size_t idx) {
  if ((s->len + 1) * 2 > s->cap) {
    size_t *old = s->slots;
    size_t old_cap = s->cap;
    s->cap = old_cap ? old_cap * 2 : 64;
    s->slots = psa_xcalloc(s->cap, sizeof(*s->slots));
    s->len = 0;
    for (size_t i = 0; i < old_cap; i++)
      if (old[i]) S_seen_place(s, l, old[i] - 1);
    free(old);
  }
  const psa_discover_entry *e = &l->entries[idx];
  size_t i = S_entry_hash(e) & (s->cap - 1);
  while (s->slots[i]) {
    if (S_entry_same(&l->entries[s->slots[i] - 1], e)) return false;
    i = (i + 1) & (s->cap - 1);
  }
  s->slots[i] = idx + 1;
  s->len++;
  return true;
}

/* ------------------------------------------------------------------------ */
/* Selection rules                                                           */
/* ------------------------------------------------------------------------ */

static const char *S_base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static bool S_has_script_ext(const char *name) {
  const char *dot = strrchr(name, '.');
  if (!dot) return false;
  dot++;
  return psa_strcasecmp(dot, "ps1") == 0 || psa_strcasecmp(dot, "psm1") == 0 ||
         psa_strcasecmp(dot, "psd1") == 0;
}

// Does one glob hit a file or directory? rel is the path relative to the
// walked root, full the entry path. A directory is also tried as "rel/" so
// that "vendor/**" prunes "vendor" itself.
static bool S_glob_hit(const char *glob, const char *rel, const char *full,
                       bool is_dir) {
  if (!strchr(glob, '/')) return psa_glob_match(glob, S_base_name(full));
  if (psa_glob_match(glob, rel) || psa_glob_match(glob, full)) return true;
  if (!is_dir) return false;
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, rel);
  psa_buf_putc(&b, '/');
  bool hit = psa_glob_match(glob, b.data);
  if (!hit) {
    b.len = 0;
    psa_buf_puts(&b, full);
    psa_buf_putc(&b, '/');
    hit = psa_glob_match(glob, b.data);
  }
  psa_buf_free(&b);
  return hit;
}

static bool S_glob_any(const char *const *globs, size_t n, const char *rel,
                       const char *full, bool is_dir) {
  for (size_t i = 0; i < n; i++)
    if (globs[i] && S_glob_hit(globs[i], rel, full, is_dir)) return true;
  return false;
}

/* ------------------------------------------------------------------------ */
/* Walking                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct {
  dev_t dev;
  ino_t ino;
} S_dir_id;

typedef struct {
  const psa_discover_options *opts;
  const char *root_typed;   /* the root as the user wrote it */
  psa_buf path;             /* path of the entry being looked at */
  size_t rel_off;           /* start of the root-relative part of path */
  S_dir_id *anc;            /* directories on the current path (loops) */
  size_t anc_len, anc_cap;
  psa_discover_list *found; /* this root's entries, unsorted */
} S_walk;

static void S_add_error(S_walk *w, const char *path, const char *message,
                        bool explicit_path) {
  S_list_push(w->found, PSA_DISCOVER_ERROR, psa_xstrdup(path),
              psa_xstrdup(message), explicit_path);
}

static bool S_on_path(const S_walk *w, const struct stat *st) {
  for (size_t i = 0; i < w->anc_len; i++)
    if (w->anc[i].dev == st->st_dev && w->anc[i].ino == st->st_ino) return true;
  return false;
}

static void S_push_dir(S_walk *w, const struct stat *st) {
  psa_grow(w->anc, w->anc_len, w->anc_cap);
  w->anc[w->anc_len].dev = st->st_dev;
  w->anc[w->anc_len].ino = st->st_ino;
  w->anc_len++;
}

static void S_walk_dir(S_walk *w, size_t depth);

/* Looks at w->path, an entry of a directory at the given depth. */
static void S_visit(S_walk *w, const char *name, size_t depth) {
  const psa_discover_options *o = w->opts;
  const char *full = w->path.data;
  struct stat st;
  if (lstat(full, &st) != 0) {
    if (errno != ENOENT) S_add_error(w, full, strerror(errno), false);
    return;  /* ENOENT: removed while we walked */
  }
  if (S_ISLNK(st.st_mode)) {
    if (!o->follow_symlinks) return;
    if (stat(full, &st) != 0) return;  /* dangling symlink: nothing to scan */
  }
  const char *rel = full + w->rel_off;
  if (S_ISDIR(st.st_mode)) {
    if (S_glob_any(o->exclude, o->exclude_count, rel, full, true)) return;
    if (S_on_path(w, &st)) return;  /* symlink loop */
    if (depth + 1 > S_MAX_DEPTH) {
      psa_buf msg;
      psa_buf_init(&msg);
      psa_buf_printf(&msg, "directory nesting deeper than %d levels", S_MAX_DEPTH);
      S_list_push(w->found, PSA_DISCOVER_ERROR, psa_xstrdup(full),
                  psa_buf_detach(&msg), false);
      return;
    }
    S_push_dir(w, &st);
    S_walk_dir(w, depth + 1);
    w->anc_len--;
    return;
  }
  if (!S_ISREG(st.st_mode)) return;  /* FIFOs, sockets, devices */
  bool wanted = o->include_count
                    ? S_glob_any(o->include, o->include_count, rel, full, false)
                    : S_has_script_ext(name);
  if (!wanted) return;
  if (S_glob_any(o->exclude, o->exclude_count, rel, full, false)) return;
  S_list_push(w->found, PSA_DISCOVER_FILE, psa_xstrdup(full), NULL, false);
}

/* Walks the directory w->path (at the given depth; the root is 0). Names are
 * read and the directory closed before descending, so only one directory
 * handle is open at a time. */
static void S_walk_dir(S_walk *w, size_t depth) {
  DIR *d = opendir(w->path.data);
  if (!d) {
    int err = errno;
    S_add_error(w, depth ? w->path.data : w->root_typed, strerror(err), depth == 0);
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    errno = 0;
    struct dirent *de = readdir(d);
    if (!de) {
      if (errno) S_add_error(w, depth ? w->path.data : w->root_typed,
                             strerror(errno), depth == 0);
      break;
    }
    const char *nm = de->d_name;
    if (nm[0] == '.') {
      if (nm[1] == '\0' || (nm[1] == '.' && nm[2] == '\0')) continue;
      if (!w->opts->hidden) continue;  /* hidden file or directory, .git */
    }
    psa_push(names, n, cap, psa_xstrdup(nm));
  }
  closedir(d);

  size_t dir_len = w->path.len;
  for (size_t i = 0; i < n; i++) {
    w->path.len = dir_len;
    w->path.data[dir_len] = '\0';
    if (dir_len == 0 || w->path.data[dir_len - 1] != '/') psa_buf_putc(&w->path, '/');
    psa_buf_puts(&w->path, names[i]);
    S_visit(w, names[i], depth);
    free(names[i]);
  }
  w->path.len = dir_len;
  w->path.data[dir_len] = '\0';
  free(names);
}

/* Expands one command-line path into 'found'. */
static void S_discover_root(const char *root, const psa_discover_options *o,
                            psa_discover_list *found) {
  struct stat st;
  if (stat(root, &st) != 0) {
    S_list_push(found, PSA_DISCOVER_ERROR, psa_xstrdup(root),
                psa_xstrdup(strerror(errno)), true);
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    /* An explicit file of any type and extension (FIFOs too: the loader
     * reports those without opening them). Path globs see it without any
     * leading "./". */
    const char *rel = root;
    while (rel[0] == '.' && rel[1] == '/') {
      rel += 2;
      while (*rel == '/') rel++;
    }
    if (!S_glob_any(o->exclude, o->exclude_count, rel, root, false))
      S_list_push(found, PSA_DISCOVER_FILE, psa_xstrdup(root), NULL, true);
    return;
  }

  S_walk w;
  memset(&w, 0, sizeof(w));
  w.opts = o;
  w.root_typed = root;
  w.found = found;
  psa_buf_init(&w.path);
  /* Keep the user's prefix, minus trailing slashes ("dir/" + "a.ps1" is
   * "dir/a.ps1"); "/" stays "/". */
  size_t len = strlen(root);
  while (len > 1 && root[len - 1] == '/') len--;
  psa_buf_append(&w.path, root, len);
  w.rel_off = len + (root[len - 1] == '/' ? 0 : 1);
  S_push_dir(&w, &st);
  S_walk_dir(&w, 0);
  psa_buf_free(&w.path);
  free(w.anc);
}

void psa_discover(const char *const *paths, size_t path_count,
                  const psa_discover_options *opts, psa_discover_list *out) {
  psa_discover_options defaults;
  memset(&defaults, 0, sizeof(defaults));
  const psa_discover_options *o = opts ? opts : &defaults;

  S_seen seen = {NULL, 0, 0};
  for (size_t i = 0; i < out->count; i++) S_seen_add(&seen, out, i);

  psa_discover_list found = {NULL, 0, 0};
  for (size_t r = 0; r < path_count; r++) {
    S_discover_root(paths[r], o, &found);
    if (found.count > 1)
      qsort(found.entries, found.count, sizeof(*found.entries), S_entry_cmp);
    for (size_t i = 0; i < found.count; i++) {
      psa_discover_entry *e = &found.entries[i];
      S_list_push(out, e->kind, e->path, e->message, e->explicit_path);
      if (!S_seen_add(&seen, out, out->count - 1)) {
        out->count--;
        S_entry_free(&out->entries[out->count]);
      }
    }
    found.count = 0;  /* strings now belong to 'out' (or were freed) */
  }
  free(found.entries);
  free(seen.slots);
}

/* Unit tests for file discovery: directory trees are built under a mkdtemp()
 * folder in /tmp (the process chdirs into it so entry paths stay short) and
 * removed at the end. */
#include "psauth/discover.h"

#include "harness.h"
#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char S_tmp[64];

/* --- tree helpers -------------------------------------------------------- */

static void S_mkdir(const char *path) {
  if (mkdir(path, 0755) != 0 && errno != EEXIST) {
    fprintf(stderr, "mkdir %s: %s\n", path, strerror(errno));
    exit(2);
  }
}

/* Creates a file (and its parent directories). */
static void S_touch(const char *path) {
  char *dup = psa_xstrdup(path);
  for (char *s = dup + 1; *s; s++) {
    if (*s == '/') {
      *s = '\0';
      S_mkdir(dup);
      *s = '/';
    }
  }
  free(dup);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    fprintf(stderr, "create %s: %s\n", path, strerror(errno));
    exit(2);
  }
  if (write(fd, "x\n", 2) != 2) exit(2);
  close(fd);
}

static void S_symlink(const char *target, const char *link) {
  if (symlink(target, link) != 0) {
    fprintf(stderr, "symlink %s: %s\n", link, strerror(errno));
    exit(2);
  }
}

/* rm -rf with opendir/lstat (never follows symlinks). */
static void S_remove_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return;
  if (S_ISDIR(st.st_mode)) {
    chmod(path, 0700);
    DIR *d = opendir(path);
    if (d) {
      struct dirent *de;
      while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        psa_buf b;
        psa_buf_init(&b);
        psa_buf_printf(&b, "%s/%s", path, de->d_name);
        S_remove_tree(b.data);
        psa_buf_free(&b);
      }
      closedir(d);
    }
    if (rmdir(path) != 0) fprintf(stderr, "rmdir %s: %s\n", path, strerror(errno));
  } else if (unlink(path) != 0) {
    fprintf(stderr, "unlink %s: %s\n", path, strerror(errno));
  }
}

/* --- discovery helpers --------------------------------------------------- */

/* Runs discovery and renders the result as "path,path,..." where an error
 * is "E[path:message]" and an explicit entry is suffixed with '!'. */
static char *S_run(const char *const *paths, size_t n, const psa_discover_options *o) {
  psa_discover_list list = {NULL, 0, 0};
  psa_discover(paths, n, o, &list);
  psa_buf b;
  psa_buf_init(&b);
  for (size_t i = 0; i < list.count; i++) {
    const psa_discover_entry *e = &list.entries[i];
    if (i) psa_buf_putc(&b, ',');
    if (e->kind == PSA_DISCOVER_ERROR)
      psa_buf_printf(&b, "E[%s:%s]", e->path, e->message ? e->message : "(null)");
    else
      psa_buf_puts(&b, e->path);
    if (e->explicit_path) psa_buf_putc(&b, '!');
  }
  psa_discover_list_free(&list);
  return psa_buf_detach(&b);
}

#define CHECK_RUN(want, opts, ...)                                          \
  do {                                                                      \
    const char *const paths_[] = {__VA_ARGS__};                             \
    char *got_ = S_run(paths_, sizeof(paths_) / sizeof(paths_[0]), (opts)); \
    CHECK_STR(got_, (want));                                                \
    free(got_);                                                             \
  } while (0)

/* --- tests --------------------------------------------------------------- */

static void S_test_extensions(void) {
  S_touch("ext/a.ps1");
  S_touch("ext/b.PS1");
  S_touch("ext/c.psm1");
  S_touch("ext/d.Psd1");
  S_touch("ext/e.txt");
  S_touch("ext/f.ps1x");
  S_touch("ext/g.ps");
  S_touch("ext/ps1");
  S_touch("ext/h.ps1.bak");
  S_touch("ext/sub/deeper/i.pSm1");
  CHECK_RUN("ext/a.ps1,ext/b.PS1,ext/c.psm1,ext/d.Psd1,ext/sub/deeper/i.pSm1", NULL,
            "ext");
  /* One '/' between root and relative path, whatever the root looks like. */
  CHECK_RUN("ext/a.ps1,ext/b.PS1,ext/c.psm1,ext/d.Psd1,ext/sub/deeper/i.pSm1", NULL,
            "ext//");
  CHECK_RUN("ext/sub/deeper/i.pSm1", NULL, "ext/sub/");
  /* An absolute root keeps its prefix. */
  psa_buf abs;
  psa_buf_init(&abs);
  psa_buf_printf(&abs, "%s/ext/sub", S_tmp);
  psa_buf want;
  psa_buf_init(&want);
  psa_buf_printf(&want, "%s/ext/sub/deeper/i.pSm1", S_tmp);
  CHECK_RUN(want.data, NULL, abs.data);
  psa_buf_free(&abs);
  psa_buf_free(&want);
  /* Explicit files are taken whatever their extension. */
  CHECK_RUN("ext/e.txt!,ext/ps1!", NULL, "ext/e.txt", "ext/ps1");
  /* Root "." keeps the "./" the user typed, with one '/'. */
  int cd_ = chdir("ext/sub");
  CHECK_INT(cd_, 0);
  if (cd_ == 0) {
    CHECK_RUN("./deeper/i.pSm1", NULL, ".");
    CHECK_RUN("./deeper/i.pSm1", NULL, "./");
    CHECK_RUN("../sub/deeper/i.pSm1", NULL, "../sub");
    CHECK_INT(chdir(S_tmp), 0);
  }
}

static void S_test_sorted(void) {
  /* Created in reverse order; byte order puts '-' (2d) < '.' (2e) < '/' (2f). */
  S_touch("ord/z.ps1");
  S_touch("ord/a/b.ps1");
  S_touch("ord/a.ps1");
  S_touch("ord/a-b.ps1");
  S_touch("ord/B.ps1");
  CHECK_RUN("ord/B.ps1,ord/a-b.ps1,ord/a.ps1,ord/a/b.ps1,ord/z.ps1", NULL, "ord");

  /* Many files in a scrambled creation order come out strictly ascending. */
  char name[64];
  for (int i = 0; i < 60; i++) {
    int k = (i * 37) % 60;
    snprintf(name, sizeof(name), "many/d%d/f%02d.ps1", k % 4, k);
    S_touch(name);
  }
  psa_discover_list list = {NULL, 0, 0};
  const char *const roots[] = {"many"};
  psa_discover(roots, 1, NULL, &list);
  CHECK_INT(list.count, 60);
  bool ascending = true, all_walked = true;
  for (size_t i = 0; i < list.count; i++) {
    if (i && strcmp(list.entries[i - 1].path, list.entries[i].path) >= 0) ascending = false;
    if (list.entries[i].explicit_path || list.entries[i].kind != PSA_DISCOVER_FILE ||
        list.entries[i].message)
      all_walked = false;
  }
  CHECK(ascending);
  CHECK(all_walked);
  if (list.count == 60) {
    CHECK_STR(list.entries[0].path, "many/d0/f00.ps1");
    CHECK_STR(list.entries[59].path, "many/d3/f59.ps1");
  }
  psa_discover_list_free(&list);
  CHECK(list.entries == NULL && list.count == 0);
}

static void S_test_hidden(void) {
  S_touch("hid/.git/hooks/x.ps1");
  S_touch("hid/.hidden/y.ps1");
  S_touch("hid/.z.ps1");
  S_touch("hid/vis/.w.ps1");
  S_touch("hid/vis/v.ps1");
  CHECK_RUN("hid/vis/v.ps1", NULL, "hid");
  psa_discover_options o = {0};
  o.hidden = true;
  CHECK_RUN("hid/.git/hooks/x.ps1,hid/.hidden/y.ps1,hid/.z.ps1,hid/vis/.w.ps1,hid/vis/v.ps1",
            &o, "hid");
  /* Roots are never hidden; explicit hidden files are taken. */
  CHECK_RUN("hid/.hidden/y.ps1", NULL, "hid/.hidden");
  CHECK_RUN("hid/.z.ps1!", NULL, "hid/.z.ps1");
  int cd_ = chdir("hid/.hidden");
  CHECK_INT(cd_, 0);
  if (cd_ == 0) {
    CHECK_RUN("./y.ps1", NULL, ".");
    CHECK_RUN("../vis/v.ps1", NULL, "../vis");
    CHECK_INT(chdir(S_tmp), 0);
  }
}

static void S_test_globs_in_walk(void) {
  S_touch("gl/a.ps1");
  S_touch("gl/b.ps1");
  S_touch("gl/keep.txt");
  S_touch("gl/test/t1.ps1");
  S_touch("gl/src/test/t2.ps1");
  S_touch("gl/src/test/sub/t3.ps1");
  S_touch("gl/vendor/v.ps1");
  S_touch("gl/vendor/deep/v2.ps1");
  S_touch("gl/src/vendor/v3.ps1");
  S_touch("gl/src/x.Tests.ps1");

  const char *inc_txt[] = {"*.txt"};
  psa_discover_options o = {0};
  o.include = inc_txt;
  o.include_count = 1;
  /* include replaces the extension rule */
  CHECK_RUN("gl/keep.txt", &o, "gl");
  const char *inc2[] = {"*.txt", "a.ps1"};
  o.include = inc2;
  o.include_count = 2;
  CHECK_RUN("gl/a.ps1,gl/keep.txt", &o, "gl");
  const char *inc_path[] = {"src/**/*.ps1"};
  o.include = inc_path;
  o.include_count = 1;
  CHECK_RUN("gl/src/test/sub/t3.ps1,gl/src/test/t2.ps1,gl/src/vendor/v3.ps1,gl/src/x.Tests.ps1",
            &o, "gl");
  /* include does not apply to explicit files */
  CHECK_RUN("gl/keep.txt!", &o, "gl/keep.txt");

  psa_discover_options x = {0};
  const char *ex_base[] = {"b.ps1", "*.Tests.ps1"};
  x.exclude = ex_base;
  x.exclude_count = 2;
  CHECK_RUN("gl/a.ps1,gl/src/test/sub/t3.ps1,gl/src/test/t2.ps1,gl/src/vendor/v3.ps1,"
            "gl/test/t1.ps1,gl/vendor/deep/v2.ps1,gl/vendor/v.ps1",
            &x, "gl");
  /* A basename glob prunes every directory with that name: the files
   * inside do not match "vendor" themselves, so only pruning drops them. */
  const char *ex_vendor[] = {"vendor"};
  x.exclude = ex_vendor;
  x.exclude_count = 1;
  CHECK_RUN("gl/a.ps1,gl/b.ps1,gl/src/test/sub/t3.ps1,gl/src/test/t2.ps1,"
            "gl/src/x.Tests.ps1,gl/test/t1.ps1",
            &x, "gl");
  /* Path forms are relative to the root: only the top-level vendor. */
  const char *ex_vendor_tree[] = {"vendor/**"};
  x.exclude = ex_vendor_tree;
  CHECK_RUN("gl/a.ps1,gl/b.ps1,gl/src/test/sub/t3.ps1,gl/src/test/t2.ps1,"
            "gl/src/vendor/v3.ps1,gl/src/x.Tests.ps1,gl/test/t1.ps1",
            &x, "gl");
  /* "src/vendor" matches only the directory: pruning is what drops v3. */
  const char *ex_src_vendor[] = {"src/vendor"};
  x.exclude = ex_src_vendor;
  CHECK_RUN("gl/a.ps1,gl/b.ps1,gl/src/test/sub/t3.ps1,gl/src/test/t2.ps1,"
            "gl/src/x.Tests.ps1,gl/test/t1.ps1,gl/vendor/deep/v2.ps1,gl/vendor/v.ps1",
            &x, "gl");
  const char *ex_tests[] = {"**/test/*.ps1"};
  x.exclude = ex_tests;
  CHECK_RUN("gl/a.ps1,gl/b.ps1,gl/src/test/sub/t3.ps1,gl/src/vendor/v3.ps1,"
            "gl/src/x.Tests.ps1,gl/vendor/deep/v2.ps1,gl/vendor/v.ps1",
            &x, "gl");
  /* The full entry path form. */
  const char *ex_full[] = {"gl/src"};
  x.exclude = ex_full;
  CHECK_RUN("gl/a.ps1,gl/b.ps1,gl/test/t1.ps1,gl/vendor/deep/v2.ps1,gl/vendor/v.ps1", &x,
            "gl");
  int cd_ = chdir("gl");
  CHECK_INT(cd_, 0);
  if (cd_ == 0) {
    const char *ex_dot[] = {"./src/**", "vendor"};
    x.exclude = ex_dot;
    x.exclude_count = 2;
    CHECK_RUN("./a.ps1,./b.ps1,./test/t1.ps1", &x, ".");
    /* An explicit file with a leading "./" is matched as "src/x.Tests.ps1". */
    const char *ex_src[] = {"src/*.ps1"};
    x.exclude = ex_src;
    x.exclude_count = 1;
    CHECK_RUN("", &x, "./src/x.Tests.ps1");
    CHECK_INT(chdir(S_tmp), 0);
  }
  /* Explicit files are dropped by a matching exclude. */
  x.exclude = ex_base;
  x.exclude_count = 2;
  CHECK_RUN("gl/a.ps1!", &x, "gl/b.ps1", "gl/a.ps1");
  /* A root directory is walked even when its name matches an exclude. */
  x.exclude = ex_vendor;
  x.exclude_count = 1;
  CHECK_RUN("gl/vendor/deep/v2.ps1,gl/vendor/v.ps1", &x, "gl/vendor");
}

static void S_test_symlinks(void) {
  S_touch("sym/real/r.ps1");
  S_symlink("real", "sym/link");
  S_symlink("real/r.ps1", "sym/flink.ps1");
  S_symlink("nowhere.ps1", "sym/dangling.ps1");
  CHECK_RUN("sym/real/r.ps1", NULL, "sym");
  psa_discover_options o = {0};
  o.follow_symlinks = true;
  CHECK_RUN("sym/flink.ps1,sym/link/r.ps1,sym/real/r.ps1", &o, "sym");
  /* Explicit symlinks are followed. */
  CHECK_RUN("sym/flink.ps1!", NULL, "sym/flink.ps1");
  CHECK_RUN("sym/link/r.ps1", NULL, "sym/link");
  CHECK_RUN("E[sym/dangling.ps1:No such file or directory]!", NULL, "sym/dangling.ps1");

  /* Loops: back to the root, to the directory itself, and between two
   * siblings. The walk ends and no path is produced twice. */
  S_touch("loop/a/x.ps1");
  S_touch("loop/b/y.ps1");
  S_symlink("..", "loop/a/up");
  S_symlink(".", "loop/a/self");
  S_symlink("../b", "loop/a/to_b");
  S_symlink("../a", "loop/b/to_a");
  CHECK_RUN("loop/a/x.ps1,loop/b/y.ps1", NULL, "loop");
  CHECK_RUN("loop/a/to_b/y.ps1,loop/a/x.ps1,loop/b/to_a/x.ps1,loop/b/y.ps1", &o, "loop");
  /* From loop/a, "up" leads to loop (not on the path yet): its b is walked
   * once, its a (the root) is not. */
  CHECK_RUN("loop/a/to_b/y.ps1,loop/a/up/b/y.ps1,loop/a/x.ps1", &o, "loop/a");
}

static void S_test_dir_named_ps1(void) {
  S_touch("dps/x.ps1/inner.ps1");
  S_touch("dps/x.ps1/notes.txt");
  S_touch("dps/y.ps1");
  CHECK_RUN("dps/x.ps1/inner.ps1,dps/y.ps1", NULL, "dps");
  CHECK_RUN("dps/x.ps1/inner.ps1", NULL, "dps/x.ps1");
  psa_discover_options o = {0};
  const char *inc[] = {"*.ps1"};
  o.include = inc;
  o.include_count = 1;
  CHECK_RUN("dps/x.ps1/inner.ps1,dps/y.ps1", &o, "dps");
}

static void S_test_fifo(void) {
  S_touch("fifo/a.ps1");
  int made = mkfifo("fifo/pipe.ps1", 0644);
  CHECK_INT(made, 0);
  if (made != 0) return;
  /* Opening the FIFO would block: the walk must only lstat it. */
  CHECK_RUN("fifo/a.ps1", NULL, "fifo");
  CHECK_RUN("fifo/pipe.ps1!", NULL, "fifo/pipe.ps1");
  psa_discover_options o = {0};
  o.follow_symlinks = true;
  S_symlink("pipe.ps1", "fifo/plink.ps1");
  CHECK_RUN("fifo/a.ps1", &o, "fifo");
}

static void S_test_errors(void) {
  S_touch("err/a.ps1");
  S_touch("err/b.ps1");
  CHECK_RUN("E[err/nope.ps1:No such file or directory]!", NULL, "err/nope.ps1");
  /* Errors keep their place among the roots. */
  CHECK_RUN("err/a.ps1!,E[missing:No such file or directory]!,err/b.ps1!", NULL,
            "err/a.ps1", "missing", "err/b.ps1");
  CHECK_RUN("E[err/a.ps1/:Not a directory]!", NULL, "err/a.ps1/");
  CHECK_RUN("E[:No such file or directory]!", NULL, "");
  psa_discover_list list = {NULL, 0, 0};
  const char *const roots[] = {"err/nope"};
  psa_discover(roots, 1, NULL, &list);
  CHECK_INT(list.count, 1);
  if (list.count == 1) {
    CHECK_INT(list.entries[0].kind, PSA_DISCOVER_ERROR);
    CHECK(list.entries[0].explicit_path);
    CHECK_STR(list.entries[0].message, "No such file or directory");
  }
  /* Appending to a list that already has entries, without duplicating. */
  const char *const more[] = {"err/a.ps1", "err/nope"};
  psa_discover(more, 2, NULL, &list);
  CHECK_INT(list.count, 2);
  if (list.count == 2) CHECK_STR(list.entries[1].path, "err/a.ps1");
  psa_discover_list_free(&list);
}

/* Unreadable directories need a non-root user: run the walk in a child that
 * drops to "nobody". Skipped when that is not possible. */
static void S_test_unreadable(void) {
  S_touch("unr/a.ps1");
  S_touch("unr/locked/x.ps1");
  S_touch("unr/z/z.ps1");
  int chmod_rc = chmod("unr/locked", 0);
  CHECK_INT(chmod_rc, 0);
  if (chmod_rc != 0) return;
  const char *want = "unr/a.ps1,E[unr/locked:Permission denied],unr/z/z.ps1";
  /* A pruned directory is never opened, so it gives no error. */
  const char *ex[] = {"locked/**"};
  psa_discover_options o = {0};
  o.exclude = ex;
  o.exclude_count = 1;
  if (geteuid() != 0) {
    CHECK_RUN(want, NULL, "unr");
    CHECK_RUN("unr/a.ps1,unr/z/z.ps1", &o, "unr");
    chmod("unr/locked", 0755);
    return;
  }
  chmod(S_tmp, 0755);
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    if (setgid(65534) != 0 || setuid(65534) != 0) _exit(77);
    const char *const roots[] = {"unr"};
    char *got = S_run(roots, 1, NULL);
    int rc = strcmp(got, want) == 0 ? 0 : 1;
    if (rc) fprintf(stderr, "unreadable: got \"%s\"\n", got);
    free(got);
    got = S_run(roots, 1, &o);
    if (strcmp(got, "unr/a.ps1,unr/z/z.ps1") != 0) {
      fprintf(stderr, "unreadable, pruned: got \"%s\"\n", got);
      rc = 1;
    }
    free(got);
    /* The locked root itself is an explicit error. */
    const char *const locked[] = {"unr/locked/"};
    got = S_run(locked, 1, NULL);
    if (strcmp(got, "E[unr/locked/:Permission denied]!") != 0) {
      fprintf(stderr, "unreadable root: got \"%s\"\n", got);
      rc = 1;
    }
    free(got);
    _exit(rc);
  }
  int status = 0;
  CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
  chmod(S_tmp, 0700);
  chmod("unr/locked", 0755);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) {
    printf("discover: skipping unreadable-directory test (cannot drop privileges)\n");
    return;
  }
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void S_test_odd_names(void) {
  S_touch("odd/my dir/a b.ps1");
  S_touch("odd/line\nbreak.ps1");
  S_touch("odd/caf\xc3\xa9.ps1");
  S_touch("odd/\xe2\x98\x83 snow.PS1");
  S_touch("odd/tab\there.psd1");
  CHECK_RUN("odd/caf\xc3\xa9.ps1,odd/line\nbreak.ps1,odd/my dir/a b.ps1,"
            "odd/tab\there.psd1,odd/\xe2\x98\x83 snow.PS1",
            NULL, "odd");
  CHECK_RUN("odd/my dir/a b.ps1", NULL, "odd/my dir");
  CHECK_RUN("odd/line\nbreak.ps1!", NULL, "odd/line\nbreak.ps1");
  const char *ex[] = {"caf?.ps1", "my dir/**"};
  psa_discover_options o = {0};
  o.exclude = ex;
  o.exclude_count = 2;
  CHECK(!psa_glob_match("caf?.ps1", "caf\xc3\xa9.ps1")); /* '?' is one byte */
  const char *ex2[] = {"caf*.ps1", "my dir/**"};
  o.exclude = ex2;
  CHECK_RUN("odd/line\nbreak.ps1,odd/tab\there.psd1,odd/\xe2\x98\x83 snow.PS1", &o, "odd");
}

static void S_test_duplicates(void) {
  S_touch("dup/a.ps1");
  S_touch("dup/b.ps1");
  CHECK_RUN("dup/a.ps1,dup/b.ps1", NULL, "dup", "dup");
  CHECK_RUN("dup/a.ps1,dup/b.ps1", NULL, "dup", "dup/");
  CHECK_RUN("dup/b.ps1!,dup/a.ps1", NULL, "dup/b.ps1", "dup", "dup/b.ps1");
  CHECK_RUN("E[gone:No such file or directory]!", NULL, "gone", "gone");
  /* Different spellings of one file are different paths: both kept. */
  CHECK_RUN("dup/a.ps1,dup/b.ps1,./dup/a.ps1,./dup/b.ps1", NULL, "dup", "./dup");
}

static void S_test_depth_limit(void) {
  psa_buf p;
  psa_buf_init(&p);
  psa_buf_puts(&p, "deep");
  S_mkdir(p.data);
  psa_buf at256;
  psa_buf_init(&at256);
  for (int level = 1; level <= 258; level++) {
    psa_buf_puts(&p, "/d");
    S_mkdir(p.data);
    if (level == 256) psa_buf_puts(&at256, p.data);
  }
  psa_buf_puts(&p, "/bottom.ps1");
  S_touch(p.data);
  psa_buf_puts(&at256, "/f.ps1");
  S_touch(at256.data);

  psa_discover_list list = {NULL, 0, 0};
  const char *const roots[] = {"deep"};
  psa_discover(roots, 1, NULL, &list);
  CHECK_INT(list.count, 2);
  if (list.count == 2) {
    /* "deep/d/.../d/d" (257 levels) sorts before "deep/d/.../f.ps1". */
    CHECK_INT(list.entries[0].kind, PSA_DISCOVER_ERROR);
    CHECK(!list.entries[0].explicit_path);
    CHECK_STR(list.entries[0].message, "directory nesting deeper than 256 levels");
    CHECK_INT(strlen(list.entries[0].path), strlen("deep") + 257 * 2);
    CHECK_INT(list.entries[1].kind, PSA_DISCOVER_FILE);
    CHECK_STR(list.entries[1].path, at256.data);
  }
  psa_discover_list_free(&list);
  psa_buf_free(&p);
  psa_buf_free(&at256);
}

static void S_test_glob_match(void) {
  CHECK(psa_glob_match("*.ps1", "a.ps1"));
  CHECK(psa_glob_match("*.ps1", ".ps1"));
  CHECK(!psa_glob_match("*.ps1", "dir/a.ps1"));
  CHECK(!psa_glob_match("*.ps1", "a.ps1x"));
  CHECK(!psa_glob_match("*.PS1", "a.ps1")); /* case-sensitive */
  CHECK(psa_glob_match("**.ps1", "dir/sub/a.ps1"));
  CHECK(psa_glob_match("?.ps1", "a.ps1"));
  CHECK(!psa_glob_match("?.ps1", "ab.ps1"));
  CHECK(!psa_glob_match("?.ps1", ".ps1"));
  CHECK(!psa_glob_match("a?b", "a/b"));
  CHECK(psa_glob_match("[abc].ps1", "b.ps1"));
  CHECK(!psa_glob_match("[abc].ps1", "d.ps1"));
  CHECK(psa_glob_match("[a-c]x", "bx"));
  CHECK(!psa_glob_match("[a-c]x", "dx"));
  CHECK(psa_glob_match("[a-cx-z]", "y"));
  CHECK(psa_glob_match("[!x]y", "ay"));
  CHECK(!psa_glob_match("[!x]y", "xy"));
  CHECK(psa_glob_match("[^x]y", "ay"));
  CHECK(!psa_glob_match("[!x]", "/"));
  CHECK(psa_glob_match("[]]", "]"));
  CHECK(psa_glob_match("[!]]", "a"));
  CHECK(!psa_glob_match("[!]]", "]"));
  CHECK(psa_glob_match("[a-]", "-"));
  CHECK(psa_glob_match("[a-", "[a-"));
  CHECK(!psa_glob_match("[a-", "a"));
  CHECK(psa_glob_match("\\*", "*"));
  CHECK(!psa_glob_match("\\*", "a"));
  CHECK(psa_glob_match("", ""));
  CHECK(!psa_glob_match("", "a"));
  CHECK(psa_glob_match("*", ""));
  CHECK(psa_glob_match("*", "abc"));
  CHECK(!psa_glob_match("*", "a/b"));
  CHECK(psa_glob_match("a*b*c", "aXbYc"));
  CHECK(psa_glob_match("a*b*c", "abc"));
  CHECK(!psa_glob_match("a*b*c", "acb"));
  CHECK(psa_glob_match("*a*", "banana"));
  CHECK(psa_glob_match("*an*a", "banana"));
  CHECK(!psa_glob_match("a", "ab"));
  CHECK(!psa_glob_match("ab", "a"));
  CHECK(psa_glob_match("a/*", "a/b"));
  CHECK(!psa_glob_match("a/*", "a/b/c"));
  CHECK(psa_glob_match("*/*.ps1", "src/x.ps1"));
  CHECK(!psa_glob_match("*/*.ps1", "src/a/x.ps1"));
  /* Star backtracking must not jump over a '/'. */
  CHECK(!psa_glob_match("*x", "ax/b"));
  CHECK(psa_glob_match("*x/*b", "ax/bb"));
  CHECK(!psa_glob_match("a*/b", "a/x/b"));

  CHECK(psa_glob_match("vendor/**", "vendor/a/b.ps1"));
  CHECK(psa_glob_match("vendor/**", "vendor/x"));
  CHECK(psa_glob_match("vendor/**", "vendor/"));
  CHECK(!psa_glob_match("vendor/**", "vendor"));
  CHECK(!psa_glob_match("vendor/**", "vendorx/a"));
  CHECK(!psa_glob_match("vendor/**", "src/vendor/a"));
  CHECK(psa_glob_match("**/test/*.ps1", "test/a.ps1"));
  CHECK(psa_glob_match("**/test/*.ps1", "a/b/test/c.ps1"));
  CHECK(psa_glob_match("**/test/*.ps1", "/abs/test/c.ps1"));
  CHECK(!psa_glob_match("**/test/*.ps1", "a/test/sub/c.ps1"));
  CHECK(!psa_glob_match("**/test/*.ps1", "atest/c.ps1"));
  CHECK(psa_glob_match("a/**/b", "a/b"));
  CHECK(psa_glob_match("a/**/b", "a/x/y/b"));
  CHECK(!psa_glob_match("a/**/b", "a/xb"));
  CHECK(!psa_glob_match("a/**/b", "ab"));
  CHECK(psa_glob_match("a**b", "a/x/b"));
  CHECK(psa_glob_match("**", "x/y/z"));
  CHECK(psa_glob_match("src/**/*.ps1", "src/x.ps1"));
  CHECK(psa_glob_match("src/**/*.ps1", "src/a/b/x.ps1"));
  CHECK(!psa_glob_match("src/**/*.ps1", "src/a/b/x.txt"));
  /* After a '**', a later single '*' still cannot cross '/'. */
  CHECK(psa_glob_match("**/a*/z", "q/ab/z"));
  CHECK(!psa_glob_match("**/a*/z", "q/a/b/z/y"));
  CHECK(psa_glob_match("**/a*/z", "a/b/ac/z"));

  /* Pathological patterns: exponential matchers take ages on these. */
  psa_buf text;
  psa_buf_init(&text);
  for (int i = 0; i < 20000; i++) psa_buf_putc(&text, 'a');
  psa_buf slashes;
  psa_buf_init(&slashes);
  for (int i = 0; i < 2000; i++) psa_buf_puts(&slashes, "a/");
  clock_t t0 = clock();
  CHECK(!psa_glob_match("a*a*a*a*a*a*a*a*a*a*a*a*b", text.data));
  CHECK(psa_glob_match("a*a*a*a*a*a*a*a*a*a*a*a*a", text.data));
  CHECK(!psa_glob_match("**a**a**a**a**a**a**a**b", text.data));
  CHECK(!psa_glob_match("*?*?*?*?*?*?*?*?*?*?b", text.data));
  CHECK(!psa_glob_match("**/*a*a*a*a*a*b", slashes.data));
  CHECK(!psa_glob_match("**/a/**/a/**/a/**/b", slashes.data));
  CHECK(psa_glob_match("**/a/**/a/**/a/**/", slashes.data));
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CHECK(secs < 2.0);
  psa_buf_free(&text);
  psa_buf_free(&slashes);
}

int main(void) {
  snprintf(S_tmp, sizeof(S_tmp), "/tmp/psauth_discover_XXXXXX");
  if (!mkdtemp(S_tmp)) {
    perror("mkdtemp");
    return 2;
  }
  if (chdir(S_tmp) != 0) {
    perror("chdir");
    return 2;
  }
  S_test_glob_match();
  S_test_extensions();
  S_test_sorted();
  S_test_hidden();
  S_test_globs_in_walk();
  S_test_symlinks();
  S_test_dir_named_ps1();
  S_test_fifo();
  S_test_errors();
  S_test_unreadable();
  S_test_odd_names();
  S_test_duplicates();
  S_test_depth_limit();
  if (chdir("/") != 0) perror("chdir /");
  S_remove_tree(S_tmp);
  struct stat st;
  CHECK(lstat(S_tmp, &st) != 0);
  return psa_test_done("discover");
}

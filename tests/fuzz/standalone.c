/* A libFuzzer-compatible driver for builds without libFuzzer.
 *
 *   fuzz_scan_standalone [-n MUTATIONS] [-s SEED] [-m MAX_LEN] [-t SECONDS]
 *                        [-T BUDGET] [-o CRASH_FILE] [-v] PATH...
 *
 * Runs LLVMFuzzerTestOneInput over every file under the given paths (files
 * or directories, walked recursively, hidden entries skipped, in sorted
 * order) and, for each file, over MUTATIONS deterministic variants of it:
 * bit flips, interesting bytes, truncations, deletions, duplications,
 * insertions of PowerShell tokens (quotes, here-string openers, brackets,
 * backticks, subexpressions, typographic quotes and dashes), runs of
 * brackets, BOMs, a UTF-16 transcoding, typographic substitutions and
 * line-ending changes. A mutation's random stream is seeded from the file's
 * content, SEED and the mutation number, so a run is reproducible and does
 * not depend on the order of the paths.
 *
 * When an input crashes (signal, sanitizer report, abort) or runs longer
 * than SECONDS, the driver names it (file and mutation number) on stderr and
 * saves its bytes to CRASH_FILE (default ./fuzz-crash.bin) so it can be
 * replayed with `-n 0 CRASH_FILE` or handed to the libFuzzer binary.
 *
 * -T BUDGET bounds the whole run: once BUDGET seconds have passed, the
 * remaining files still run unmutated but get no mutations (the summary
 * says how many), so a growing corpus cannot push a CTest run over its
 * timeout. Exit status: 0, or 2 for a usage error; a crash ends the process
 * with the signal or the sanitizer's exit code, a timeout with 70.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Present when a sanitizer runtime is linked in (ASan, UBSan, ...). */
extern void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

/* ---- the input being run, for the crash handlers --------------------- */

static const uint8_t *S_cur_data;
static size_t S_cur_size;
static char S_cur_desc[1024];
static char S_crash_path[1024] = "fuzz-crash.bin";

static void S_write_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t w = write(fd, c, n);
    if (w <= 0) {
      if (w < 0 && errno == EINTR) continue;
      return;
    }
    c += w;
    n -= (size_t)w;
  }
}

static void S_say(const char *s) { S_write_all(2, s, strlen(s)); }

/* Async-signal-safe: write() and open() only. */
static void S_save_current(const char *why) {
  S_say("\nstandalone: ");
  S_say(why);
  S_say(" on ");
  S_say(S_cur_desc);
  S_say("\n");
  int fd = open(S_crash_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd >= 0) {
    if (S_cur_data) S_write_all(fd, S_cur_data, S_cur_size);
    close(fd);
    S_say("standalone: input saved to ");
    S_say(S_crash_path);
    S_say("\n");
  }
}

static void S_on_death(void) { S_save_current("sanitizer report"); }

static void S_on_signal(int sig) {
  if (sig == SIGALRM) {
    S_save_current("timeout");
    _exit(70);
  }
  S_save_current(sig == SIGABRT ? "abort" : "crash (signal)");
  signal(sig, SIG_DFL);
  raise(sig);
}

static void S_install_handlers(void) {
  static const int sigs[] = {SIGALRM, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL};
  size_t nsigs = sizeof sigs / sizeof *sigs;
  if (__sanitizer_set_death_callback) {
    /* the sanitizer reports SIGSEGV & co. itself (with a stack), then calls us */
    __sanitizer_set_death_callback(S_on_death);
    nsigs = 2;
  }
  for (size_t i = 0; i < nsigs; i++) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = S_on_signal;
    sigemptyset(&sa.sa_mask);
    /* SIGSEGV from a stack overflow needs an alternate stack */
    sa.sa_flags = SA_ONSTACK;
    sigaction(sigs[i], &sa, NULL);
  }
  static char altstack[1 << 16];
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = altstack;
  ss.ss_size = sizeof altstack;
  sigaltstack(&ss, NULL);
}

/* ---- deterministic randomness ---------------------------------------- */

static uint64_t S_rng;

static uint64_t S_next(void) { /* splitmix64 */
  uint64_t z = (S_rng += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static size_t S_below(size_t n) { return n ? (size_t)(S_next() % n) : 0; }

static uint64_t S_fnv(const uint8_t *p, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* ---- mutations ------------------------------------------------------- */

typedef struct {
  uint8_t *p;
  size_t len, cap, max;
} S_buf;

static void S_reserve(S_buf *b, size_t n) {
  if (n <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < n) cap *= 2;
  uint8_t *p = realloc(b->p, cap);
  if (!p) {
    fprintf(stderr, "standalone: out of memory\n");
    exit(2);
  }
  b->p = p;
  b->cap = cap;
}

static void S_insert(S_buf *b, size_t at, const void *s, size_t n) {
  if (b->len + n > b->max) {
    if (b->len >= b->max) return;
    n = b->max - b->len;
  }
  S_reserve(b, b->len + n);
  memmove(b->p + at + n, b->p + at, b->len - at);
  memcpy(b->p + at, s, n);
  b->len += n;
}

static void S_erase(S_buf *b, size_t at, size_t n) {
  memmove(b->p + at, b->p + at + n, b->len - at - n);
  b->len -= n;
}

/* PowerShell tokens that change how the tokenizer reads what follows. */
static const char *const S_tokens[] = {
    "\"", "'", "@\"", "\"@", "@'", "'@", "@\"\n", "\n\"@", "@'\n", "\n'@",
    "(", ")", "{", "}", "[", "]", "@(", "@{", "$(", "`", "`\n", "``",
    "$", "${", "@", "#", "<#", "#>", ";", "|", "&", ".", "::", ",", "=", "-",
    "\n", "\r", "\r\n", " ", "\t",
    "\xE2\x80\x93",                       /* – en dash */
    "\xE2\x80\x94",                       /* — em dash */
    "\xE2\x80\x98", "\xE2\x80\x99",       /* ‘ ’ */
    "\xE2\x80\x9C", "\xE2\x80\x9D",       /* “ ” */
    "\xE2\x80\x9E",                       /* „ */
    "\xEF\xBB\xBF",                       /* BOM inside the text */
    "\xC3", "\xE2\x80", "\xF0\x9F\x98", /* truncated UTF-8 sequences */
    "\xED\xA0\x80",                       /* encoded surrogate (invalid UTF-8) */
    "\xF0\x9F\x98\x80",                   /* astral character */
    "$true", "$null", "$env:", "$cred", "@splat", "-f", "-join", "+", "+=",
    "function f {", "param(", "[string]", "[pscredential]::new(", "::new(",
    "New-Object ", "ConvertTo-SecureString ", "-AsPlainText ", "-Force ",
    "Get-Credential", "-Credential ", "New-PSSession ", "Connect-ExchangeOnline ",
    "Send-MailMessage ", "Invoke-RestMethod ", "Authorization", "Basic ",
    "$PSDefaultParameterValues", "password", ". ./x.ps1\n", "foreach ($x in $y) {",
    "if ($a) {", "} else {", "switch ($x) {", "try {", "} catch {"};
#define S_NTOKENS (sizeof S_tokens / sizeof *S_tokens)

static const char *const S_nest[] = {"(", "{", "@{a=", "@(", "$(", "[", "\"$(", "@{a=@("};
static const char *const S_bom[] = {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"};
static const uint8_t S_bytes[] = {0x00, 0x01, 0x0A, 0x0D, 0x1A, 0x22, 0x27, 0x40, 0x60, 0x7F,
                                  0x80, 0x93, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE2, 0xED, 0xEF,
                                  0xF0, 0xF4, 0xF5, 0xFE, 0xFF};

static void S_mutate_once(S_buf *b) {
  size_t pos = S_below(b->len + 1);
  switch (S_below(13)) {
  case 0: /* bit flips */
    if (b->len)
      for (size_t k = 1 + S_below(4); k; k--) b->p[S_below(b->len)] ^= (uint8_t)(1u << S_below(8));
    break;
  case 1: /* an interesting byte */
    if (b->len) b->p[S_below(b->len)] = S_bytes[S_below(sizeof S_bytes)];
    break;
  case 2: /* truncation */
    b->len = S_below(b->len + 1);
    break;
  case 3: /* deletion of a range */
    if (b->len) {
      size_t at = S_below(b->len);
      S_erase(b, at, 1 + S_below(b->len - at < 64 ? b->len - at : 64));
    }
    break;
  case 4: /* duplication of a range */
    if (b->len) {
      size_t at = S_below(b->len), n = 1 + S_below(b->len - at < 256 ? b->len - at : 256);
      uint8_t tmp[256];
      memcpy(tmp, b->p + at, n);
      S_insert(b, pos, tmp, n);
    }
    break;
  case 5:
  case 6:
  case 7: { /* a token (the most useful mutation: weighted) */
    const char *t = S_tokens[S_below(S_NTOKENS)];
    S_insert(b, pos, t, strlen(t));
    break;
  }
  case 8: { /* a run of openers, sometimes closed again */
    size_t which = S_below(sizeof S_nest / sizeof *S_nest), n = 2 + S_below(300);
    const char *open = S_nest[which];
    for (size_t k = 0; k < n; k++) S_insert(b, pos, open, strlen(open));
    if (S_below(2)) {
      const char *close = which == 1 || which == 2 ? "}" : which == 5 ? "]" : ")";
      size_t end = pos + n * strlen(open);
      if (end > b->len) end = b->len;
      for (size_t k = 0; k < n; k++) S_insert(b, end, close, 1);
    }
    break;
  }
  case 9: { /* a BOM in front */
    const char *bom = S_bom[S_below(3)];
    S_insert(b, 0, bom, strlen(bom));
    break;
  }
  case 10: { /* UTF-16 with BOM: each byte becomes a unit */
    bool be = S_below(2);
    size_t n = b->len * 2 + 2 <= b->max ? b->len : (b->max - 2) / 2;
    uint8_t *out = malloc(n * 2 + 2);
    if (!out) break;
    out[0] = be ? 0xFE : 0xFF;
    out[1] = be ? 0xFF : 0xFE;
    for (size_t i = 0; i < n; i++) {
      out[2 + 2 * i + (be ? 1 : 0)] = b->p[i];
      out[2 + 2 * i + (be ? 0 : 1)] = 0;
    }
    b->len = 0;
    S_insert(b, 0, out, n * 2 + 2);
    free(out);
    break;
  }
  case 11: { /* typographic quote or dash for an ASCII one */
    static const char *const typo[] = {"\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C",
                                       "\xE2\x80\x9D", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (size_t i = S_below(b->len + 1), k = 0; i < b->len && k < 4; i++) {
      uint8_t c = b->p[i];
      if (c != '\'' && c != '"' && c != '-') continue;
      const char *t = typo[c == '\'' ? S_below(2) : c == '"' ? 2 + S_below(2) : 4 + S_below(2)];
      S_erase(b, i, 1);
      S_insert(b, i, t, 3);
      k++;
    }
    break;
  }
  default: { /* line endings: LF to CR or CRLF */
    const char *eol = S_below(2) ? "\r" : "\r\n";
    for (size_t i = 0; i < b->len; i++)
      if (b->p[i] == '\n') {
        S_erase(b, i, 1);
        S_insert(b, i, eol, strlen(eol));
        i += strlen(eol) - 1;
      }
    break;
  }
  }
}

/* ---- files ----------------------------------------------------------- */

typedef struct {
  char **items;
  size_t count, cap;
} S_list;

static void S_push(S_list *l, char *s) {
  if (l->count == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    char **items = realloc(l->items, l->cap * sizeof *items);
    if (!items) exit(2);
    l->items = items;
  }
  l->items[l->count++] = s;
}

static char *S_join(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *s = malloc(a + b + 2);
  if (!s) exit(2);
  memcpy(s, dir, a);
  s[a] = '/';
  memcpy(s + a + 1, name, b + 1);
  return s;
}

static int S_strcmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Regular files under 'path'; returns -1 when the path does not exist. */
static int S_collect(const char *path, S_list *out, int depth) {
  struct stat st;
  if (stat(path, &st) != 0) return -1;
  if (S_ISREG(st.st_mode)) {
    char *copy = strdup(path);
    if (!copy) exit(2);
    S_push(out, copy);
    return 0;
  }
  if (!S_ISDIR(st.st_mode) || depth > 32) return 0;
  DIR *d = opendir(path);
  if (!d) return 0;
  S_list names = {0};
  struct dirent *de;
  while ((de = readdir(d)))
    if (de->d_name[0] != '.') S_push(&names, S_join(path, de->d_name));
  closedir(d);
  if (names.count) qsort(names.items, names.count, sizeof *names.items, S_strcmp);
  for (size_t i = 0; i < names.count; i++) {
    S_collect(names.items[i], out, depth + 1);
    free(names.items[i]);
  }
  free(names.items);
  return 0;
}

static uint8_t *S_read(const char *path, size_t max, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  uint8_t *p = malloc(max ? max : 1);
  if (!p) exit(2);
  *len = fread(p, 1, max, f);
  fclose(f);
  return p;
}

/* ---- main ------------------------------------------------------------ */

static void S_run(const uint8_t *data, size_t len, const char *file, long mutation,
                  unsigned timeout) {
  if (mutation < 0)
    snprintf(S_cur_desc, sizeof S_cur_desc, "%s (unmutated, %zu bytes)", file, len);
  else
    snprintf(S_cur_desc, sizeof S_cur_desc, "%s mutation %ld (%zu bytes)", file, mutation, len);
  S_cur_data = data;
  S_cur_size = len;
  if (timeout) alarm(timeout);
  LLVMFuzzerTestOneInput(data, len);
  if (timeout) alarm(0);
  S_cur_data = NULL;
}

static void S_usage(void) {
  fputs("usage: fuzz_standalone [-n MUTATIONS] [-s SEED] [-m MAX_LEN] [-t SECONDS]\n"
        "                       [-T BUDGET] [-o CRASH_FILE] [-v] PATH...\n",
        stderr);
}

int main(int argc, char **argv) {
  long mutations = 100;
  unsigned long long seed = 0;
  size_t max_len = 64 * 1024;
  unsigned timeout = 60;
  double budget = 0;
  bool verbose = false;
  int opt;
  while ((opt = getopt(argc, argv, "n:s:m:t:T:o:v")) != -1) {
    switch (opt) {
    case 'n': mutations = strtol(optarg, NULL, 10); break;
    case 's': seed = strtoull(optarg, NULL, 0); break;
    case 'm': max_len = (size_t)strtoull(optarg, NULL, 10); break;
    case 't': timeout = (unsigned)strtoul(optarg, NULL, 10); break;
    case 'T': budget = strtod(optarg, NULL); break;
    case 'o': snprintf(S_crash_path, sizeof S_crash_path, "%s", optarg); break;
    case 'v': verbose = true; break;
    default: S_usage(); return 2;
    }
  }
  if (optind >= argc || mutations < 0 || max_len < 16) {
    S_usage();
    return 2;
  }
  S_list files = {0};
  for (int i = optind; i < argc; i++)
    if (S_collect(argv[i], &files, 0) != 0) {
      fprintf(stderr, "standalone: %s: %s\n", argv[i], strerror(errno));
      return 2;
    }
  if (!files.count) {
    fprintf(stderr, "standalone: no input files\n");
    return 2;
  }
  S_install_handlers();

  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  unsigned long long execs = 0;
  size_t unmutated_only = 0;
  S_buf b = {NULL, 0, 0, max_len};
  for (size_t f = 0; f < files.count; f++) {
    size_t len = 0;
    uint8_t *orig = S_read(files.items[f], max_len, &len);
    if (!orig) {
      fprintf(stderr, "standalone: cannot read %s: %s\n", files.items[f], strerror(errno));
      return 2;
    }
    if (verbose) fprintf(stderr, "standalone: %s (%zu bytes)\n", files.items[f], len);
    /* the exact bytes first, through a right-sized copy so ASan sees overreads */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) return 2;
    memcpy(exact, orig, len);
    S_run(exact, len, files.items[f], -1, timeout);
    free(exact);
    execs++;
    uint64_t base = S_fnv(orig, len) ^ (seed * 0x2545F4914F6CDD1DULL);
    long todo = mutations;
    if (budget > 0) {
      clock_gettime(CLOCK_MONOTONIC, &t1);
      if ((double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9 > budget) {
        todo = 0;
        unmutated_only++;
      }
    }
    for (long m = 0; m < todo; m++) {
      /* not base + m * step: splitmix streams seeded a step apart overlap */
      S_rng = base ^ ((uint64_t)(m + 1) * 0xD1B54A32D192ED03ULL);
      S_next();
      b.len = 0;
      S_reserve(&b, len + 1);
      memcpy(b.p, orig, len);
      b.len = len;
      for (size_t k = 1 + S_below(4); k; k--) S_mutate_once(&b);
      uint8_t *in = malloc(b.len ? b.len : 1);
      if (!in) return 2;
      memcpy(in, b.p, b.len);
      S_run(in, b.len, files.items[f], m, timeout);
      free(in);
      execs++;
    }
    free(orig);
    free(files.items[f]);
  }
  free(files.items);
  free(b.p);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("standalone: %llu executions (%zu files, %ld mutations each) in %.1f s, no crash\n",
         execs, files.count, mutations, secs);
  if (unmutated_only)
    printf("standalone: time budget of %.0f s reached: %zu files ran unmutated only\n", budget,
           unmutated_only);
  return 0;
}

/* The allocator psauth gives tree-sitter: sizes and alignment, reuse of
 * freed blocks, realloc across size classes and to the C library, calloc
 * after reuse, frees from other threads, heaps handed on when a thread
 * exits, a concurrent stress run, parsing through it, and giving chunks
 * whose blocks are all free back (psa_tsalloc_purge). Also the buffers as
 * large as a script (psa_big_*): growing one, giving back its prefix. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/parse.h"
#include "base/tsalloc.h"
#include "base/util.h"

static void S_fill(unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(seed + i * 7);
}

static bool S_intact(const unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != (unsigned char)(seed + i * 7)) return false;
  return true;
}

static void test_sizes(void) {
  /* every size up to past the small limit: aligned, writable, distinct */
  enum { N = PSA_TSALLOC_MAX_SMALL + 300 };
  static unsigned char *blocks[N + 1];
  bool aligned = true, intact = true;
  for (size_t n = 1; n <= N; n++) {
    blocks[n] = psa_tsalloc_malloc(n);
    if ((uintptr_t)blocks[n] % (n > PSA_TSALLOC_MAX_SMALL ? 16 : 8)) aligned = false;
    S_fill(blocks[n], n, (unsigned)n);
  }
  for (size_t n = 1; n <= N; n++)
    if (!S_intact(blocks[n], n, (unsigned)n)) intact = false;
  CHECK(aligned);
  CHECK(intact);
  for (size_t n = 1; n <= N; n++) psa_tsalloc_free(blocks[n]);
  psa_tsalloc_free(NULL);
}

static void test_reuse(void) {
  /* a freed block is the next one handed out for its size class */
  void *a = psa_tsalloc_malloc(72);
  psa_tsalloc_free(a);
  void *b = psa_tsalloc_malloc(66); /* same 8-byte class as 72 */
  CHECK(a == b);
  void *c = psa_tsalloc_malloc(100); /* another class */
  CHECK(c != b);
  CHECK(psa_tsalloc_owns(b));
  void *sys = calloc(1, 64);
  CHECK(!psa_tsalloc_owns((unsigned char *)sys + 16));
  free(sys);
  psa_tsalloc_free(b);
  psa_tsalloc_free(c);

  /* many blocks freed and allocated again map no new memory */
  enum { M = 50000 };
  void **v = malloc(M * sizeof(*v));
  for (int i = 0; i < M; i++) v[i] = psa_tsalloc_malloc(48 + (size_t)(i % 5) * 40);
  for (int i = 0; i < M; i++) psa_tsalloc_free(v[i]);
  size_t mapped = psa_tsalloc_mapped();
  for (int i = 0; i < M; i++) v[i] = psa_tsalloc_malloc(48 + (size_t)(i % 5) * 40);
  CHECK_INT(psa_tsalloc_mapped(), mapped);
  for (int i = 0; i < M; i++) psa_tsalloc_free(v[i]);
  free(v);
}

static void test_realloc_calloc(void) {
  /* growth keeps the contents through every class and into the C library */
  unsigned char *p = psa_tsalloc_realloc(NULL, 10);
  S_fill(p, 10, 3);
  size_t have = 10;
  bool ok = true;
  for (size_t n = 20; n < 3 * PSA_TSALLOC_MAX_SMALL; n = n * 3 / 2) {
    p = psa_tsalloc_realloc(p, n);
    if (!S_intact(p, have, 3)) ok = false;
    S_fill(p, n, 3);
    have = n;
  }
  CHECK(ok);
  /* and back down from a large block to a small one */
  p = psa_tsalloc_realloc(p, 100);
  CHECK(S_intact(p, 100, 3));
  /* shrinking within a class keeps the block */
  unsigned char *q = psa_tsalloc_realloc(p, 90);
  CHECK(q == p);
  psa_tsalloc_free(q);

  /* blocks of their own mapping: grown, kept when they still fit, shrunk */
  size_t huge = PSA_TSALLOC_HUGE_BLOCK + 12345;
  unsigned char *h = psa_tsalloc_malloc(huge);
  CHECK((uintptr_t)h % 16 == 0);
  S_fill(h, huge, 9);
  h = psa_tsalloc_realloc(h, huge * 2);
  CHECK(S_intact(h, huge, 9));
  S_fill(h, huge * 2, 9);
  unsigned char *same = psa_tsalloc_realloc(h, huge * 2 - 1000);
  CHECK(same == h);
  h = psa_tsalloc_realloc(h, 5000); /* to the C library */
  CHECK(S_intact(h, 5000, 9));
  h = psa_tsalloc_realloc(h, 64); /* to a size class */
  CHECK(S_intact(h, 64, 9));
  psa_tsalloc_free(h);

  /* calloc zeroes a reused, dirty block */
  unsigned char *d = psa_tsalloc_malloc(200);
  memset(d, 0xAB, 200);
  psa_tsalloc_free(d);
  unsigned char *z = psa_tsalloc_calloc(25, 8);
  CHECK(z == d);
  bool zero = true;
  for (int i = 0; i < 200; i++)
    if (z[i]) zero = false;
  CHECK(zero);
  psa_tsalloc_free(z);
  unsigned char *big = psa_tsalloc_calloc(3, PSA_TSALLOC_MAX_SMALL);
  CHECK(big[0] == 0 && big[3 * PSA_TSALLOC_MAX_SMALL - 1] == 0);
  psa_tsalloc_free(big);
}

/* ---- threads ---------------------------------------------------------- */

enum { S_BATCH = 20000 };

typedef struct {
  void **blocks;
  size_t mapped_before, mapped_after;
} S_handoff;

static void *S_free_all(void *arg) {
  S_handoff *h = arg;
  for (int i = 0; i < S_BATCH; i++) psa_tsalloc_free(h->blocks[i]);
  return NULL;
}

static void *S_alloc_batch(void *arg) {
  S_handoff *h = arg;
  for (int i = 0; i < S_BATCH; i++) h->blocks[i] = psa_tsalloc_malloc(64);
  return NULL;
}

static void test_cross_thread(void) {
  S_handoff h = {malloc(S_BATCH * sizeof(void *)), 0, 0};
  /* this thread allocates, another frees: the blocks come back here */
  for (int i = 0; i < S_BATCH; i++) h.blocks[i] = psa_tsalloc_malloc(64);
  pthread_t t;
  pthread_create(&t, NULL, S_free_all, &h);
  pthread_join(t, NULL);
  size_t mapped = psa_tsalloc_mapped();
  void **again = malloc(S_BATCH * sizeof(void *));
  for (int i = 0; i < S_BATCH; i++) again[i] = psa_tsalloc_malloc(64);
  CHECK_INT(psa_tsalloc_mapped(), mapped);
  for (int i = 0; i < S_BATCH; i++) psa_tsalloc_free(again[i]);
  free(again);

  /* a thread that exits leaves its heap to the next thread */
  pthread_create(&t, NULL, S_alloc_batch, &h);
  pthread_join(t, NULL);
  for (int i = 0; i < S_BATCH; i++) psa_tsalloc_free(h.blocks[i]); /* foreign frees */
  mapped = psa_tsalloc_mapped();
  pthread_create(&t, NULL, S_alloc_batch, &h);
  pthread_join(t, NULL);
  CHECK_INT(psa_tsalloc_mapped(), mapped);
  for (int i = 0; i < S_BATCH; i++) psa_tsalloc_free(h.blocks[i]);
  free(h.blocks);
}

/* Four threads allocate, fill, pass blocks to each other and free them. */
enum { S_THREADS = 4, S_SLOTS = 4096, S_ROUNDS = 60000 };
static struct {
  pthread_mutex_t lock;
  unsigned char *block[S_SLOTS];
  size_t size[S_SLOTS];
  unsigned seed[S_SLOTS];
  int corrupt;
} S_pool = {PTHREAD_MUTEX_INITIALIZER, {0}, {0}, {0}, 0};

static void *S_stress(void *arg) {
  unsigned r = (unsigned)(uintptr_t)arg * 2654435761u + 1;
  for (int i = 0; i < S_ROUNDS; i++) {
    r = r * 1103515245u + 12345u;
    unsigned slot = (r >> 8) % S_SLOTS;
    size_t n = 1 + (r >> 4) % (r & 1 ? 300 : PSA_TSALLOC_MAX_SMALL + 500);
    unsigned char *fresh = psa_tsalloc_malloc(n);
    S_fill(fresh, n, r);
    pthread_mutex_lock(&S_pool.lock);
    unsigned char *old = S_pool.block[slot];
    size_t old_n = S_pool.size[slot];
    unsigned old_seed = S_pool.seed[slot];
    S_pool.block[slot] = fresh;
    S_pool.size[slot] = n;
    S_pool.seed[slot] = r;
    pthread_mutex_unlock(&S_pool.lock);
    if (old) {
      if (!S_intact(old, old_n, old_seed)) S_pool.corrupt++;
      if (r & 2) old = psa_tsalloc_realloc(old, old_n + 50);
      psa_tsalloc_free(old);
    }
  }
  return NULL;
}

static void test_stress(void) {
  pthread_t t[S_THREADS];
  for (int i = 0; i < S_THREADS; i++) pthread_create(&t[i], NULL, S_stress, (void *)(uintptr_t)i);
  for (int i = 0; i < S_THREADS; i++) pthread_join(t[i], NULL);
  int bad = 0;
  for (int i = 0; i < S_SLOTS; i++) {
    if (S_pool.block[i] && !S_intact(S_pool.block[i], S_pool.size[i], S_pool.seed[i])) bad++;
    psa_tsalloc_free(S_pool.block[i]);
  }
  CHECK_INT(S_pool.corrupt + bad, 0);
}

static void test_parser(void) {
  /* psa_parser_new installs it: a parse maps memory through it */
  size_t before = psa_tsalloc_mapped();
  psa_parser *parser = psa_parser_new();
  CHECK(psa_tsalloc_install());
  psa_parse_result pr;
  const char *text = "$c = Get-Credential\nConnect-ExchangeOnline -Credential $c\n";
  psa_parse(parser, text, (uint32_t)strlen(text), true, &pr);
  CHECK(pr.main.tree != NULL);
  CHECK_INT(pr.error_count, 0);
  CHECK(psa_tsalloc_owns(pr.main.tree)); /* tree-sitter allocated it here */
  CHECK(psa_tsalloc_mapped() >= before);
  psa_parse_result_free(&pr);
  psa_parser_free(parser);
}

static void test_purge(void) {
  psa_tsalloc_purge(); /* what earlier tests left */
  enum { N = 150000 }; /* 96-byte blocks: about 15 MB, several chunks */
  unsigned char **blocks = malloc(N * sizeof(*blocks));
  for (size_t i = 0; i < N; i++) {
    blocks[i] = psa_tsalloc_malloc(96);
    S_fill(blocks[i], 96, (unsigned)i);
  }
  /* every block live: nothing goes */
  CHECK_INT(psa_tsalloc_purge(), 0);
  /* all free but the first and the last: the chunks between go */
  size_t before = psa_tsalloc_mapped();
  for (size_t i = 1; i + 1 < N; i++) psa_tsalloc_free(blocks[i]);
  size_t released = psa_tsalloc_purge();
  CHECK(released >= (size_t)8 << 20);
  CHECK_INT(psa_tsalloc_mapped(), before - released);
  CHECK(S_intact(blocks[0], 96, 0));
  CHECK(S_intact(blocks[N - 1], 96, (unsigned)(N - 1)));
  /* the heap maps again what it needs; blocks stay apart */
  bool intact = true;
  for (size_t i = 1; i + 1 < N; i++) {
    blocks[i] = psa_tsalloc_malloc(96);
    S_fill(blocks[i], 96, (unsigned)i);
  }
  for (size_t i = 0; i < N; i++)
    if (!S_intact(blocks[i], 96, (unsigned)i)) intact = false;
  CHECK(intact);
  for (size_t i = 0; i < N; i++) psa_tsalloc_free(blocks[i]);
  CHECK(psa_tsalloc_purge() >= (size_t)12 << 20);
  free(blocks);
}

static void test_big_buffers(void) {
  /* grown from the heap into a mapping and within it: contents kept */
  size_t n = 1000;
  uint32_t *a = psa_big_realloc(NULL, n * sizeof(*a));
  for (size_t i = 0; i < n; i++) a[i] = (uint32_t)i * 3;
  bool kept = true;
  for (size_t grow = 0; grow < 4; grow++) {
    size_t m = n * 16;
    a = psa_big_realloc(a, m * sizeof(*a));
    for (size_t i = 0; i < n; i++)
      if (a[i] != (uint32_t)i * 3) kept = false;
    for (size_t i = n; i < m; i++) a[i] = (uint32_t)i * 3;
    n = m;
  }
  CHECK(kept);
  psa_big_free(a);
  /* a prefix given back: the rest stays readable and writable */
  size_t len = (size_t)3 << 20;
  unsigned char *b = psa_big_calloc(len);
  S_fill(b, len, 5);
  psa_big_release(b, len / 2);
  bool rest = true;
  for (size_t i = len / 2 + 4096; i < len; i++)
    if (b[i] != (unsigned char)(5 + i * 7)) rest = false;
  CHECK(rest);
  b[len - 1] = 1;
  psa_big_free(b);
  /* a heap buffer: nothing happens */
  unsigned char *small = psa_big_calloc(100);
  S_fill(small, 100, 9);
  psa_big_release(small, 100);
  CHECK(S_intact(small, 100, 9));
  psa_big_free(small);
}

int main(void) {
  test_sizes();
  test_reuse();
  test_realloc_calloc();
  test_cross_thread();
  test_stress();
  test_parser();
  test_purge();
  test_big_buffers();
  return psa_test_done("tsalloc");
}

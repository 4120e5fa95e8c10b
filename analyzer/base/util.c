/* mremap (Linux) */
#define _GNU_SOURCE 1
#include "base/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "base/tsalloc.h"

_Noreturn void psa_oom(size_t n) {
  fprintf(stderr, "psauth: out of memory (%zu bytes)\n", n);
  abort();
}

void *psa_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) psa_oom(n);
  return p;
}

void *psa_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) psa_oom(count * size);
  return p;
}

void *psa_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) psa_oom(n);
  return q;
}

char *psa_xstrdup(const char *s) { return psa_xstrndup(s, strlen(s)); }

char *psa_xstrndup(const char *s, size_t n) {
  char *p = psa_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void psa_buf_init(psa_buf *b) {
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
}

void psa_buf_free(psa_buf *b) {
  free(b->data);
  psa_buf_init(b);
}

void psa_buf_reserve(psa_buf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap += cap / 2 + 16;  /* grow by 1.5x, as cmark does */
  b->data = psa_xrealloc(b->data, cap);
  b->cap = cap;
}

void psa_buf_append(psa_buf *b, const void *p, size_t n) {
  psa_buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void psa_buf_puts(psa_buf *b, const char *s) { psa_buf_append(b, s, strlen(s)); }

void psa_buf_putc(psa_buf *b, char c) { psa_buf_append(b, &c, 1); }

void psa_buf_printf(psa_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) {
    va_end(ap2);
    return;
  }
  psa_buf_reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  b->len += (size_t)n;
}

char *psa_buf_detach(psa_buf *b) {
  char *p = b->data ? b->data : psa_xstrdup("");
  psa_buf_init(b);
  return p;
}

#define S_BIG_MAPPED ((size_t)1 << 20)

/* the mapping's length, before the buffer (0: from calloc), and the size
 * asked for */
typedef struct {
  _Alignas(16) size_t mapped;
  size_t size;
} S_big_header;

void *psa_big_calloc(size_t n) {
  if (n > SIZE_MAX - sizeof(S_big_header) - 4096) psa_oom(n);
  S_big_header *h;
  if (n >= S_BIG_MAPPED) {
    size_t len = (sizeof(*h) + n + 4095) & ~(size_t)4095;
    h = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (h == MAP_FAILED) psa_oom(n);
    h->mapped = len;
  } else {
    h = psa_xcalloc(1, sizeof(*h) + n);
    h->mapped = 0;
  }
  h->size = n;
  return h + 1;
}

void *psa_big_realloc(void *p, size_t n) {
  if (!p) return psa_big_calloc(n);
  S_big_header *h = (S_big_header *)p - 1;
  if (n <= h->size) return p;
  if (!h->mapped && n < S_BIG_MAPPED) {
    h = psa_xrealloc(h, sizeof(*h) + n);
    h->size = n;
    return h + 1;
  }
  if (n > SIZE_MAX - sizeof(*h) - 4096) psa_oom(n);
  size_t len = (sizeof(*h) + n + 4095) & ~(size_t)4095;
  if (h->mapped) {
    /* the kernel moves the pages: no copy, no hole left behind */
    if (len > h->mapped) {
      void *q = mremap(h, h->mapped, len, MREMAP_MAYMOVE);
      if (q == MAP_FAILED) psa_oom(n);
      h = q;
      h->mapped = len;
    }
    h->size = n;
    return h + 1;
  }
  void *q = psa_big_calloc(n);
  memcpy(q, p, h->size);
  free(h);
  return q;
}

void psa_big_release(void *p, size_t n) {
  if (!p) return;
  S_big_header *h = (S_big_header *)p - 1;
  if (!h->mapped) return;
  /* the header's page stays: psa_big_free reads it */
  uintptr_t from = ((uintptr_t)h + 4096) & ~(uintptr_t)4095;
  uintptr_t to = ((uintptr_t)p + n) & ~(uintptr_t)4095;
  if (to > (uintptr_t)h + h->mapped) to = (uintptr_t)h + h->mapped;
  if (to <= from) return;
  madvise((void *)from, to - from, MADV_DONTNEED);
  mprotect((void *)from, to - from, PROT_NONE);
}

void psa_big_free(void *p) {
  if (!p) return;
  S_big_header *h = (S_big_header *)p - 1;
  if (h->mapped) munmap(h, h->mapped);
  else free(h);
}

struct psa_arena_block {
  psa_arena_block *next;
  size_t used;
  size_t cap;
  bool mapped; /* from psa_tsalloc (huge pages), not malloc */
  _Alignas(16) unsigned char mem[];
};

void psa_arena_init(psa_arena *a) {
  a->head = NULL;
  a->total = 0;
  a->str_next = a->str_end = NULL;
}

void psa_arena_free(psa_arena *a) {
  psa_arena_block *b = a->head;
  while (b) {
    psa_arena_block *next = b->next;
    if (b->mapped) psa_tsalloc_free(b);
    else free(b);
    b = next;
  }
  psa_arena_init(a);
}

void *psa_arena_alloc(psa_arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  psa_arena_block *b = a->head;
  if (!b || b->cap - b->used < n) {
    /* blocks grow with the arena (a large script's model is hundreds of
     * megabytes); from PSA_TSALLOC_HUGE_BLOCK up they are mapped on their
     * own with huge pages */
    size_t cap = a->total / 2;
    if (cap < 32768) cap = 32768;
    if (cap > ((size_t)16 << 20)) cap = (size_t)16 << 20;
    if (cap < n) cap = n;
    bool mapped = sizeof(*b) + cap >= PSA_TSALLOC_HUGE_BLOCK;
    b = mapped ? psa_tsalloc_malloc(sizeof(*b) + cap) : psa_xmalloc(sizeof(*b) + cap);
    b->mapped = mapped;
    b->cap = cap;
    b->used = 0;
    b->next = a->head;
    a->head = b;
    a->total += cap;
  }
  void *p = b->mem + b->used;
  b->used += n;
  memset(p, 0, n);
  return p;
}

void *psa_arena_grow(psa_arena *a, void *p, size_t old_n, size_t new_n) {
  if (!p) return psa_arena_alloc(a, new_n);
  if (new_n <= old_n) return p;
  size_t old_r = (old_n + 15) & ~(size_t)15, new_r = (new_n + 15) & ~(size_t)15;
  psa_arena_block *b = a->head;
  /* the block's last allocation grows in place when there is room */
  if (b && (unsigned char *)p + old_r == b->mem + b->used && b->cap - b->used >= new_r - old_r) {
    memset((unsigned char *)p + old_r, 0, new_r - old_r);
    b->used += new_r - old_r;
    return p;
  }
  void *q = psa_arena_alloc(a, new_n);
  memcpy(q, p, old_n);
  return q;
}

/* Strings need no alignment: short ones are packed into shared runs instead
 * of taking 16 bytes each (a large script's model holds millions of names). */
#define S_STR_RUN 16384
#define S_STR_PACKED 256

char *psa_arena_strndup(psa_arena *a, const char *s, size_t n) {
  char *p;
  if (n >= S_STR_PACKED) {
    p = psa_arena_alloc(a, n + 1);
  } else {
    if ((size_t)(a->str_end - a->str_next) < n + 1) {
      a->str_next = psa_arena_alloc(a, S_STR_RUN);
      a->str_end = a->str_next + S_STR_RUN;
    }
    p = a->str_next;
    a->str_next += n + 1;
  }
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *psa_arena_strdup(psa_arena *a, const char *s) {
  return psa_arena_strndup(a, s, strlen(s));
}

static int S_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

int psa_strcasecmp(const char *a, const char *b) {
  for (;; a++, b++) {
    unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
    if (x == y) { /* the common case: same spelling */
      if (!x) return 0;
      continue;
    }
    int ca = S_lower(x), cb = S_lower(y);
    if (ca != cb) return ca - cb;
  }
}

int psa_strncasecmp(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int ca = S_lower((unsigned char)a[i]), cb = S_lower((unsigned char)b[i]);
    if (ca != cb || !ca) return ca - cb;
  }
  return 0;
}

const char *psa_find_ci(const char *text, size_t len, const char *needle) {
  size_t n = strlen(needle);
  if (!n) return text;
  if (n > len) return NULL;
  char lo = (char)S_lower((unsigned char)needle[0]);
  char up = (lo >= 'a' && lo <= 'z') ? (char)(lo - 32) : lo;
  const char *p = text, *end = text + (len - n + 1); /* candidates start before end */
  while (p < end) {
    const char *a = memchr(p, lo, (size_t)(end - p));
    const char *b = up != lo ? memchr(p, up, (size_t)((a ? a : end) - p)) : NULL;
    const char *c = b ? b : a;
    if (!c) return NULL;
    if (psa_strncasecmp(c + 1, needle + 1, n - 1) == 0) return c;
    p = c + 1;
  }
  return NULL;
}

bool psa_wild_match_ci(const char *pat, const char *s) {
  /* iterative, with one backtrack point: the last '*' */
  const char *star = NULL, *resume = NULL;
  while (*s) {
    if (*pat == '*') {
      star = pat++;
      resume = s;
    } else if (*pat == '?' || (*pat && psa_strncasecmp(pat, s, 1) == 0)) {
      pat++;
      s++;
    } else if (star) {
      pat = star + 1;
      s = ++resume;
    } else {
      return false;
    }
  }
  while (*pat == '*') pat++;
  return !*pat;
}

bool psa_has_prefix_ci(const char *s, size_t slen, const char *prefix) {
  size_t plen = strlen(prefix);
  return slen >= plen && psa_strncasecmp(s, prefix, plen) == 0;
}

pcre2_code *psa_re_compile(const char *pattern, size_t len, uint32_t options) {
  int err;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, len, options, &err, &off, NULL);
  if (re) pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
  return re;
}

int psa_re_match(const pcre2_code *re, const char *subject, size_t len) {
  pcre2_match_data *md = pcre2_match_data_create(1, NULL);
  if (!md) return PCRE2_ERROR_NOMEMORY;
  int rc = pcre2_match(re, (PCRE2_SPTR)subject, len, 0, 0, md, NULL);
  pcre2_match_data_free(md);
  return rc;
}

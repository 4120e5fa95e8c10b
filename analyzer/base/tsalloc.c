/* psauth's allocator for tree-sitter (see tsalloc.h). */
#include "base/tsalloc.h"

#include <pthread.h>
#include <stddef.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <tree_sitter/api.h>

#include "base/util.h"

/* Size classes: 8-byte steps to 256 (tree-sitter's subtrees are 80-112
 * bytes: the node and its child pointers in one block), 64-byte steps to
 * 1 KiB, 256-byte steps to 4 KiB. */
#define S_CLASSES 56
#define S_LARGE 0xFFFFFFFFu
#define S_CHUNK ((size_t)4 << 20)       /* mapped at a time */
#define S_HUGE_CHUNK ((size_t)32 << 20) /* once the heap is large */
#define S_HUGE_PAGE ((size_t)2 << 20)
#define S_MAX_HEAPS 1024

static unsigned S_class(size_t n) {
  if (n <= 256) return n ? (unsigned)((n - 1) >> 3) : 0;
  if (n <= 1024) return 32 + (unsigned)((n - 257) >> 6);
  return 44 + (unsigned)((n - 1025) >> 8);
}

static size_t S_class_size(unsigned c) {
  if (c < 32) return (size_t)(c + 1) * 8;
  if (c < 44) return 256 + (size_t)(c - 31) * 64;
  return 1024 + (size_t)(c - 43) * 256;
}

/* Before every block (payloads are 8-byte aligned, as tree-sitter's
 * structures need). A large block has its size in the 8 bytes before. */
typedef struct S_header {
  uint32_t cls;  /* size class, or S_LARGE */
  uint32_t heap; /* the owner's index in S_heap_table */
} S_header;

typedef struct {
  size_t size;   /* requested */
  size_t mapped; /* 0: from the C library; else the length of its own mapping */
  size_t pad;    /* large payloads are 16-byte aligned (psa_arena's blocks) */
  S_header h;    /* the payload follows */
} S_large_header;

/* A free block's payload links it into a list. */
#define S_NEXT(b) (*(S_header **)((b) + 1))

/* A chunk the heap mapped, and how far blocks were cut from it. */
typedef struct {
  unsigned char *base;
  size_t size, used;
} S_chunk_info;

typedef struct S_heap {
  S_header *free[S_CLASSES];   /* touched by the owning thread only */
  unsigned char *bump, *end;   /* the current chunk's unused part */
  size_t mapped;
  size_t mapped_most;          /* the most it ever held (for huge pages) */
  S_chunk_info *chunks;        /* in mapping order (for psa_tsalloc_purge) */
  uint32_t chunk_count, chunk_cap;
  _Atomic(S_header *) remote;  /* freed by other threads, not yet reused */
  uint32_t index;
  bool abandoned;              /* its thread has exited (under S_lock) */
} S_heap;

static pthread_mutex_t S_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic(S_heap *) S_heap_table[S_MAX_HEAPS]; /* index 0 unused */
static uint32_t S_heap_count = 1;                   /* under S_lock */
static pthread_key_t S_key;
static pthread_once_t S_key_once = PTHREAD_ONCE_INIT;
static pthread_once_t S_install_once = PTHREAD_ONCE_INIT;
static bool S_installed;
static _Atomic size_t S_total_mapped;
/* Bytes of large blocks this thread allocated less those it freed (a block
 * freed by another thread stays counted here: the budget errs on the safe
 * side). */
static _Thread_local long long S_large_mine;
static _Thread_local S_heap *S_mine;

/* A thread exits: its heap (and the blocks still in it) goes to the next
 * thread that needs one. */
static void S_abandon(void *arg) {
  S_heap *h = arg;
  pthread_mutex_lock(&S_lock);
  h->abandoned = true;
  pthread_mutex_unlock(&S_lock);
  S_mine = NULL;
}

static void S_key_init(void) {
  if (pthread_key_create(&S_key, S_abandon) != 0) psa_oom(0);
}

/* The calling thread's heap; NULL when S_MAX_HEAPS threads hold one. */
static S_heap *S_heap_get(void) {
  S_heap *h = S_mine;
  if (h) return h;
  pthread_once(&S_key_once, S_key_init);
  pthread_mutex_lock(&S_lock);
  for (uint32_t i = 1; i < S_heap_count && !h; i++) {
    S_heap *c = atomic_load_explicit(&S_heap_table[i], memory_order_relaxed);
    if (c->abandoned) h = c;
  }
  if (h) {
    h->abandoned = false;
  } else if (S_heap_count < S_MAX_HEAPS) {
    h = calloc(1, sizeof(*h));
    if (!h) {
      pthread_mutex_unlock(&S_lock);
      psa_oom(sizeof(*h));
    }
    atomic_init(&h->remote, NULL);
    h->index = S_heap_count++;
    atomic_store_explicit(&S_heap_table[h->index], h, memory_order_release);
  }
  pthread_mutex_unlock(&S_lock);
  if (!h) return NULL;
  pthread_setspecific(S_key, h);
  S_mine = h;
  return h;
}

/* Maps 'size' bytes; huge ones 2 MiB-aligned and advised as huge pages. */
static unsigned char *S_map(size_t size, bool huge) {
  size_t extra = huge ? S_HUGE_PAGE : 0;
  if (size > SIZE_MAX - extra) psa_oom(size);
  unsigned char *m = mmap(NULL, size + extra, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) psa_oom(size);
  if (huge) {
    uintptr_t a = ((uintptr_t)m + S_HUGE_PAGE - 1) & ~(uintptr_t)(S_HUGE_PAGE - 1);
    size_t head = (size_t)(a - (uintptr_t)m);
    if (head) munmap(m, head);
    if (extra - head) munmap((unsigned char *)a + size, extra - head);
    m = (unsigned char *)a;
#ifdef MADV_HUGEPAGE
    madvise(m, size, MADV_HUGEPAGE);
#endif
  }
  return m;
}

/* A new chunk. Large heaps get huge pages: fewer page faults and TLB misses
 * on a large tree; small heaps stay on 4 KiB pages so that a scan of many
 * small files keeps a small footprint. */
static void S_chunk(S_heap *h) {
  bool huge = h->mapped_most >= PSA_TSALLOC_HUGE_AFTER;
  size_t size = huge ? S_HUGE_CHUNK : S_CHUNK;
  if (h->chunk_count && h->bump) { /* the current chunk is the last one */
    S_chunk_info *last = &h->chunks[h->chunk_count - 1];
    last->used = (size_t)(h->bump - last->base);
  }
  if (h->chunk_count == h->chunk_cap) {
    h->chunk_cap = h->chunk_cap ? h->chunk_cap * 2 : 16;
    S_chunk_info *grown = realloc(h->chunks, h->chunk_cap * sizeof(*grown));
    if (!grown) psa_oom(h->chunk_cap * sizeof(*grown));
    h->chunks = grown;
  }
  h->bump = S_map(size, huge);
  h->end = h->bump + size;
  h->chunks[h->chunk_count++] = (S_chunk_info){h->bump, size, 0};
  h->mapped += size;
  if (h->mapped > h->mapped_most) h->mapped_most = h->mapped;
  atomic_fetch_add_explicit(&S_total_mapped, size, memory_order_relaxed);
}

/* Moves the blocks other threads freed onto the owner's lists. */
static void S_drain(S_heap *h) {
  S_header *b = atomic_exchange_explicit(&h->remote, NULL, memory_order_acquire);
  while (b) {
    S_header *next = S_NEXT(b);
    S_NEXT(b) = h->free[b->cls];
    h->free[b->cls] = b;
    b = next;
  }
}

/* The chunk (index into h->chunks) holding block b; 'order' lists the
 * chunks' indices by address. */
static uint32_t S_chunk_of(const S_heap *h, const uint32_t *order, const S_header *b) {
  uint32_t lo = 0, hi = h->chunk_count;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (h->chunks[order[mid]].base <= (const unsigned char *)b) lo = mid;
    else hi = mid;
  }
  return order[lo];
}

size_t psa_tsalloc_purge(void) {
  S_heap *h = S_mine;
  if (!h || !h->chunk_count) return 0;
  S_drain(h);
  uint32_t n = h->chunk_count;
  if (h->bump) h->chunks[n - 1].used = (size_t)(h->bump - h->chunks[n - 1].base);
  uint32_t *order = malloc(n * sizeof(*order));
  size_t *free_bytes = calloc(n, sizeof(*free_bytes));
  if (!order || !free_bytes) psa_oom(n * sizeof(size_t));
  for (uint32_t i = 0; i < n; i++) { /* by address (a few dozen chunks) */
    uint32_t j = i;
    for (; j > 0 && h->chunks[order[j - 1]].base > h->chunks[i].base; j--) order[j] = order[j - 1];
    order[j] = i;
  }
  for (unsigned c = 0; c < S_CLASSES; c++)
    for (S_header *b = h->free[c]; b; b = S_NEXT(b))
      free_bytes[S_chunk_of(h, order, b)] += sizeof(S_header) + S_class_size(c);
  /* a chunk whose blocks are all free goes back to the system: its blocks
   * leave the free lists first */
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    bool empty = free_bytes[i] == h->chunks[i].used;
    free_bytes[i] = empty; /* now: whether it goes */
    any |= empty;
  }
  size_t released = 0;
  if (any) {
    for (unsigned c = 0; c < S_CLASSES; c++) {
      S_header **link = &h->free[c];
      while (*link) {
        if (free_bytes[S_chunk_of(h, order, *link)]) *link = S_NEXT(*link);
        else link = &S_NEXT(*link);
      }
    }
    uint32_t kept = 0;
    for (uint32_t i = 0; i < n; i++) {
      S_chunk_info ch = h->chunks[i];
      if (!free_bytes[i]) {
        h->chunks[kept++] = ch;
        continue;
      }
      if (i == n - 1 && h->bump) h->bump = h->end = NULL; /* the current chunk */
      munmap(ch.base, ch.size);
      released += ch.size;
    }
    h->chunk_count = kept;
    h->mapped -= released;
    atomic_fetch_sub_explicit(&S_total_mapped, released, memory_order_relaxed);
  }
  free(order);
  free(free_bytes);
  return released;
}

/* Blocks above PSA_TSALLOC_MAX_SMALL: from the C library, or mapped on their
 * own (with huge pages) from PSA_TSALLOC_HUGE_BLOCK up. */
static void *S_large(size_t n) {
  if (n > SIZE_MAX - sizeof(S_large_header) - S_HUGE_PAGE) psa_oom(n);
  S_large_header *l;
  if (n >= PSA_TSALLOC_HUGE_BLOCK) {
    size_t len = (sizeof(*l) + n + S_HUGE_PAGE - 1) & ~(S_HUGE_PAGE - 1);
    l = (S_large_header *)S_map(len, true);
    l->mapped = len;
  } else {
    l = malloc(sizeof(*l) + n);
    if (!l) psa_oom(n);
    l->mapped = 0;
  }
  l->size = n;
  l->h = (S_header){S_LARGE, 0};
  S_large_mine += (long long)n;
  return &l->h + 1;
}

static S_large_header *S_large_of(S_header *b) {
  return (S_large_header *)((unsigned char *)b - offsetof(S_large_header, h));
}

void *psa_tsalloc_malloc(size_t n) {
  if (n > PSA_TSALLOC_MAX_SMALL) return S_large(n);
  S_heap *h = S_heap_get();
  if (!h) return S_large(n);
  unsigned c = S_class(n);
  S_header *b = h->free[c];
  if (!b && atomic_load_explicit(&h->remote, memory_order_relaxed)) {
    S_drain(h);
    b = h->free[c];
  }
  if (b) {
    h->free[c] = S_NEXT(b);
    return b + 1;
  }
  size_t need = sizeof(S_header) + S_class_size(c);
  if ((size_t)(h->end - h->bump) < need) S_chunk(h);
  b = (S_header *)h->bump;
  h->bump += need;
  *b = (S_header){c, h->index};
  return b + 1;
}

void *psa_tsalloc_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) psa_oom(SIZE_MAX);
  size_t n = count * size;
  void *p = psa_tsalloc_malloc(n);
  memset(p, 0, n);
  return p;
}

void psa_tsalloc_free(void *p) {
  if (!p) return;
  S_header *b = (S_header *)p - 1;
  if (b->cls == S_LARGE) {
    S_large_header *l = S_large_of(b);
    S_large_mine -= (long long)l->size;
    if (l->mapped) munmap(l, l->mapped);
    else free(l);
    return;
  }
  S_heap *owner = atomic_load_explicit(&S_heap_table[b->heap], memory_order_relaxed);
  if (owner == S_mine) {
    S_NEXT(b) = owner->free[b->cls];
    owner->free[b->cls] = b;
    return;
  }
  S_header *old = atomic_load_explicit(&owner->remote, memory_order_relaxed);
  do {
    S_NEXT(b) = old;
  } while (!atomic_compare_exchange_weak_explicit(&owner->remote, &old, b, memory_order_release,
                                                  memory_order_relaxed));
}

void *psa_tsalloc_realloc(void *p, size_t n) {
  if (!p) return psa_tsalloc_malloc(n);
  S_header *b = (S_header *)p - 1;
  size_t have;
  if (b->cls == S_LARGE) {
    S_large_header *l = S_large_of(b);
    if (!l->mapped && n > PSA_TSALLOC_MAX_SMALL && n < PSA_TSALLOC_HUGE_BLOCK) {
      size_t was = l->size;
      S_large_header *nl = realloc(l, sizeof(*nl) + n);
      if (!nl) psa_oom(n);
      nl->size = n;
      S_large_mine += (long long)n - (long long)was;
      return &nl->h + 1;
    }
    if (l->mapped && n <= l->mapped - sizeof(*l) && n >= PSA_TSALLOC_HUGE_BLOCK) {
      S_large_mine += (long long)n - (long long)l->size;
      l->size = n;
      return p;
    }
    have = l->size;
  } else {
    have = S_class_size(b->cls);
    if (n <= have) return p;
  }
  void *q = psa_tsalloc_malloc(n);
  memcpy(q, p, have < n ? have : n);
  psa_tsalloc_free(p);
  return q;
}

static void S_install(void) {
  const char *e = getenv("PSAUTH_TS_ALLOCATOR");
  if (e && !strcmp(e, "system")) return;
  ts_set_allocator(psa_tsalloc_malloc, psa_tsalloc_calloc, psa_tsalloc_realloc, psa_tsalloc_free);
  S_installed = true;
}

bool psa_tsalloc_install(void) {
  pthread_once(&S_install_once, S_install);
  return S_installed;
}

size_t psa_tsalloc_mapped(void) {
  return atomic_load_explicit(&S_total_mapped, memory_order_relaxed);
}

size_t psa_tsalloc_thread_use(void) {
  long long large = S_large_mine > 0 ? S_large_mine : 0;
  return (S_mine ? S_mine->mapped : 0) + (size_t)large;
}

bool psa_tsalloc_owns(const void *p) {
  if (!p) return false;
  const S_header *b = (const S_header *)p - 1;
  if (b->cls == S_LARGE || b->cls >= S_CLASSES || !b->heap || b->heap >= S_MAX_HEAPS) return false;
  pthread_mutex_lock(&S_lock);
  bool found = b->heap < S_heap_count;
  pthread_mutex_unlock(&S_lock);
  return found;
}

/* Growable arrays, in the manner of tree-sitter's Array(T): a typed
 * pointer, a count and a capacity, grown by doubling with aborting
 * allocation (psa_xrealloc), so callers never check for NULL.
 *
 *   psa_array(psa_span) spans = {0};
 *   psa_array_push(&spans, span);
 *   ... spans.items[i] for i < spans.count ...
 *   psa_array_free(&spans);
 *
 * Arrays kept as separate fields (the public structs' 'entries', 'count',
 * 'cap') use psa_reserve and psa_push on those fields directly. */
#ifndef PSA_BASE_ARRAY_H
#define PSA_BASE_ARRAY_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/util.h"

#define psa_array(T) \
  struct {           \
    T *items;        \
    uint32_t count;  \
    uint32_t cap;    \
  }

/* The capacity to grow to for 'need' elements: double, at least 8. */
static inline size_t psa_array__capacity(size_t cap, size_t need) {
  size_t n = cap ? cap * 2 : 8;
  return n < need ? need : n;
}

/* n * size, or out of memory when that overflows. */
static inline size_t psa_array__bytes(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) psa_oom(SIZE_MAX);
  return n * size;
}

/* Makes room for at least 'need' elements in 'items' (capacity 'cap'). */
#define psa_reserve(items, cap, need)                                                      \
  do {                                                                                     \
    size_t psa_need_ = (size_t)(need);                                                     \
    if (psa_need_ > (size_t)(cap)) {                                                       \
      size_t psa_cap_ = psa_array__capacity((size_t)(cap), psa_need_);                     \
      (items) = psa_xrealloc((items), psa_array__bytes(psa_cap_, sizeof(*(items))));       \
      (cap) = psa_cap_;                                                                    \
    }                                                                                      \
  } while (0)

/* Room for one element after 'count'. */
#define psa_grow(items, count, cap) psa_reserve(items, cap, (size_t)(count) + 1)

/* Appends 'x' (an expression of the element type). */
#define psa_push(items, count, cap, x) \
  do {                                 \
    psa_grow(items, count, cap);       \
    (items)[(count)++] = (x);          \
  } while (0)

#define psa_array_reserve(a, need) psa_reserve((a)->items, (a)->cap, need)
#define psa_array_grow(a) psa_grow((a)->items, (a)->count, (a)->cap)
#define psa_array_push(a, x) psa_push((a)->items, (a)->count, (a)->cap, x)
#define psa_array_free(a) \
  do {                    \
    free((a)->items);     \
    (a)->items = NULL;    \
    (a)->count = 0;       \
    (a)->cap = 0;         \
  } while (0)

#endif

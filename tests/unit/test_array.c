/* base/array.h: typed growable arrays keep every element in order, grow
 * geometrically, reserve without changing the count, and free to empty. */
#include <stdint.h>
#include <stdlib.h>

#include "base/array.h"
#include "harness.h"

typedef struct {
  uint32_t a;
  double b;
} S_pair;

int main(void) {
  psa_array(S_pair) v = {0};
  uint32_t grows = 0, last_cap = 0;
  for (uint32_t i = 0; i < 10000; i++) {
    psa_array_push(&v, ((S_pair){i, i * 0.5}));
    if (v.cap != last_cap) grows++, last_cap = v.cap;
  }
  CHECK_INT(v.count, 10000);
  CHECK(v.cap >= v.count);
  CHECK(grows <= 12); /* doubling from 8: 8 .. 16384 */
  bool ordered = true;
  for (uint32_t i = 0; i < v.count; i++)
    if (v.items[i].a != i || v.items[i].b != i * 0.5) ordered = false;
  CHECK(ordered);
  psa_array_free(&v);
  CHECK(v.items == NULL && v.count == 0 && v.cap == 0);

  /* reserve: capacity for at least n, count unchanged, no shrinking */
  psa_array(char) c = {0};
  psa_array_reserve(&c, 100);
  CHECK(c.cap >= 100);
  CHECK_INT(c.count, 0);
  uint32_t cap = c.cap;
  psa_array_reserve(&c, 10);
  CHECK_INT(c.cap, cap);
  psa_array_free(&c);

  /* separate fields with a size_t capacity (public structs) */
  const char **names = NULL;
  size_t n = 0, ncap = 0;
  for (int i = 0; i < 100; i++) psa_push(names, n, ncap, i % 2 ? "odd" : "even");
  CHECK_INT(n, 100);
  CHECK_STR(names[99], "odd");
  CHECK_STR(names[98], "even");
  free(names);
  return psa_test_done("array");
}

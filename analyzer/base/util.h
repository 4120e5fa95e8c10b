/* Small shared helpers: checked allocation, a growable byte buffer and a
 * per-file arena. Internal to the library (not installed). */
#ifndef PSA_UTIL_H
#define PSA_UTIL_H

#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Allocation that aborts with a message on out-of-memory, so callers never
 * check for NULL (cmark's approach). psa_oom is that exit. */
_Noreturn void psa_oom(size_t n);
void *psa_xmalloc(size_t n);
void *psa_xcalloc(size_t count, size_t size);
/* Zeroed buffers as large as a whole script (the parser's views of it),
 * freed with psa_big_free: from a megabyte up they are mapped on their own,
 * so that freeing one gives the memory back at once (the C library keeps
 * freed heap memory below its mapping threshold, which the CLI raises). */
void *psa_big_calloc(size_t n);
void psa_big_free(void *p);
/* Grows such a buffer to n bytes (NULL: a new one); a mapped one is moved by
 * the kernel, so that arrays that double leave no freed copies behind in the
 * heap. The bytes past the old size are zero only for mapped buffers. */
void *psa_big_realloc(void *p, size_t n);
/* Says the first n bytes of such a buffer are never read again: the whole
 * pages among them go back to the system now and may not be touched until
 * psa_big_free (a read would fault rather than see zeros). Nothing for a
 * buffer from the heap. */
void psa_big_release(void *p, size_t n);
void *psa_xrealloc(void *p, size_t n);
char *psa_xstrdup(const char *s);
char *psa_xstrndup(const char *s, size_t n);

/* Growable byte buffer. 'data' is always NUL-terminated once anything has
 * been appended; psa_buf_init leaves it NULL. */
typedef struct {
  char *data;
  size_t len;
  size_t cap;
} psa_buf;

void psa_buf_init(psa_buf *b);
void psa_buf_free(psa_buf *b);
void psa_buf_reserve(psa_buf *b, size_t extra);
void psa_buf_append(psa_buf *b, const void *p, size_t n);
void psa_buf_puts(psa_buf *b, const char *s);
void psa_buf_putc(psa_buf *b, char c);
void psa_buf_printf(psa_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Hands the bytes to the caller (who frees them) and resets the buffer. */
char *psa_buf_detach(psa_buf *b);

/* Arena: many small allocations freed together. One per analysed file. */
typedef struct psa_arena_block psa_arena_block;
typedef struct {
  psa_arena_block *head;
  size_t total;
  char *str_next, *str_end; /* room for strings: packed, not 16-aligned */
} psa_arena;

void psa_arena_init(psa_arena *a);
void psa_arena_free(psa_arena *a);
void *psa_arena_alloc(psa_arena *a, size_t n);   /* zeroed, 16-aligned */
/* Grows an arena allocation of old_n bytes to new_n (zero-filled): in place
 * when it is the arena's last allocation, otherwise copied (the old bytes are
 * reclaimed with the arena). For arrays that grow while a file is analysed,
 * without a malloc and a free per array. */
void *psa_arena_grow(psa_arena *a, void *p, size_t old_n, size_t new_n);
char *psa_arena_strndup(psa_arena *a, const char *s, size_t n);
char *psa_arena_strdup(psa_arena *a, const char *s);

/* ASCII case-insensitive comparisons (PowerShell names are ASCII in
 * practice; non-ASCII bytes compare exactly). */
int psa_strcasecmp(const char *a, const char *b);
int psa_strncasecmp(const char *a, const char *b, size_t n);
bool psa_has_prefix_ci(const char *s, size_t slen, const char *prefix);
/* First case-insensitive (ASCII) occurrence of 'needle' in text[0, len), or
 * NULL. memchr finds the candidates, so a whole file is cheap to search. */
const char *psa_find_ci(const char *text, size_t len, const char *needle);
/* Whether 'pattern' matches all of 's' without regard to ASCII case: '*' any
 * characters, '?' one (PowerShell's -like wildcards, without [...]). */
bool psa_wild_match_ci(const char *pattern, const char *s);

/* PCRE2 in one call each. psa_re_compile compiles and JIT-compiles (the
 * interpreter runs when JIT is unavailable); NULL when the pattern is bad.
 * psa_re_match returns pcre2_match's result for the whole subject
 * (PCRE2_ERROR_NOMATCH, >= 0 on a match, another negative code on error). */
pcre2_code *psa_re_compile(const char *pattern, size_t len, uint32_t options);
int psa_re_match(const pcre2_code *re, const char *subject, size_t len);

#endif

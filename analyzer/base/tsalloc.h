/* The allocator psauth gives tree-sitter (ts_set_allocator).
 *
 * tree-sitter makes several hundred thousand small allocations per megabyte
 * of script and frees most of them again while parsing. With the C library's
 * malloc that is a tenth of the parse, and on large files much more: the
 * frees fill the fast bins, every larger request consolidates them, and the
 * heap's 4 KiB pages fault in one by one (a 5 MB script's tree is ~400 MB).
 * psa_tsalloc keeps per-thread free lists by size class (8-byte steps where
 * the parser's blocks are, with an 8-byte header) in large mapped
 * chunks, so an allocation is a list pop or a pointer bump, and once a thread
 * holds more than PSA_TSALLOC_HUGE_AFTER bytes its new chunks are advised as
 * transparent huge pages.
 *
 * Blocks may be freed by any thread (a result's trees can be released by the
 * thread that prints it): a foreign free goes onto the owning heap's
 * lock-free list and is reused by the owner. A heap whose thread exits is
 * adopted by the next thread that needs one. Memory stays mapped for reuse
 * until the process exits. Requests above PSA_TSALLOC_MAX_SMALL go to the C
 * library, and from PSA_TSALLOC_HUGE_BLOCK up get a mapping of their own
 * with huge pages (returned on free).
 *
 * psa_parser_new installs it before the first tree-sitter allocation; any
 * other use of tree-sitter in the process must come after that. The
 * environment variable PSAUTH_TS_ALLOCATOR=system keeps the C library's
 * allocator (for leak checkers and memory debuggers, which cannot see inside
 * this one). The process-wide state here (the heap list, its lock, a
 * thread's heap) is the one exception to psauth's "no mutable globals": an
 * allocator is process-wide by nature. */
#ifndef PSA_TSALLOC_H
#define PSA_TSALLOC_H

#include <stdbool.h>
#include <stddef.h>

#define PSA_TSALLOC_MAX_SMALL 4096
#define PSA_TSALLOC_HUGE_AFTER ((size_t)32 << 20)
#define PSA_TSALLOC_HUGE_BLOCK ((size_t)4 << 20)

/* Installs the allocator for tree-sitter once per process (thread-safe);
 * returns whether it is active (false with PSAUTH_TS_ALLOCATOR=system). */
bool psa_tsalloc_install(void);

/* The allocator's entry points, with malloc's contracts, except that small
 * blocks are 8-byte aligned (all tree-sitter needs); blocks above
 * PSA_TSALLOC_MAX_SMALL are 16-byte aligned. */
void *psa_tsalloc_malloc(size_t size);
void *psa_tsalloc_calloc(size_t count, size_t size);
void *psa_tsalloc_realloc(void *ptr, size_t size);
void psa_tsalloc_free(void *ptr);

/* Memory the calling thread has taken: the chunks its heap mapped for
 * small blocks (kept for reuse, so this grows only when the heap needs new
 * memory, however the blocks inside are freed and reused) plus the large
 * blocks it allocated and has not freed. A parse's memory limit
 * (psa_parser_set_memory_limit) is measured on its growth: what the parse
 * takes from the system, not what it reuses. */
size_t psa_tsalloc_thread_use(void);

/* Gives back to the system the calling thread's chunks whose blocks are
 * all free (after a big script's piece, its tree's memory is not held
 * beside the growing model); returns the bytes unmapped. Blocks still
 * allocated keep their chunks. */
size_t psa_tsalloc_purge(void);

/* For tests: bytes mapped for small blocks by all heaps so far, and whether
 * p (a live block of at most PSA_TSALLOC_MAX_SMALL bytes from either
 * allocator) came from this one. */
size_t psa_tsalloc_mapped(void);
bool psa_tsalloc_owns(const void *p);

#endif

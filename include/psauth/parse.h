/* Parsing with tree-sitter-pwsh, plus statement-level error recovery.
 *
 * The grammar still rejects some valid PowerShell, and one error region can
 * swallow the statements around it. psa_parse() therefore re-parses every
 * error region statement by statement and keeps the statements that parse
 * cleanly as "fragments", with their original offsets, so the model sees a
 * command even when its neighbour could not be parsed.
 */
#ifndef PSAUTH_PARSE_H
#define PSAUTH_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#include "psauth/source.h"

typedef struct {
  uint32_t start; /* UTF-8 text offsets, end exclusive */
  uint32_t end;
} psa_span;

/* One parser per thread, reused across files. */
typedef struct psa_parser psa_parser;
psa_parser *psa_parser_new(void);
void psa_parser_free(psa_parser *parser);
/* The memory one text's parse may take: what the calling thread takes
 * from the system through psauth's tree-sitter allocator while it parses
 * (base/tsalloc.h: psa_tsalloc_thread_use), plus what the flat syntax copy
 * and the model of the trees will take; 0 (the default): no limit. A parse that would go beyond it stops and reports
 * 'over_budget' instead of taking the memory (a pathological script needs
 * several hundred bytes per byte: bench/README.md). Applies to the parses
 * that follow until it is set again. */
void psa_parser_set_memory_limit(psa_parser *parser, size_t bytes);

typedef struct {
  TSTree *tree;
  psa_span range; /* the text it covers; node offsets are absolute */
} psa_parse_unit;

/* Why a text with error regions is not PowerShell at all. Every other error
 * region is a construct psauth's grammar cannot read (a coverage gap, not a
 * mistake in the script). */
typedef enum {
  PSA_PARSE_NOT_BROKEN = 0,
  PSA_PARSE_UNTERMINATED_STRING, /* a string, here-string or <# comment open at the end */
  PSA_PARSE_UNBALANCED_BRACES,   /* a '{' never closed (broken_at: the '{') */
  PSA_PARSE_EXTRA_BRACE,         /* more '}' than '{' (broken_at: the first extra one) */
  PSA_PARSE_CONSOLE_PROMPT,      /* pasted console text: PS C:\> or >> */
  PSA_PARSE_CONFLICT_MARKER      /* <<<<<<< / >>>>>>> of an unresolved merge */
} psa_parse_broken;

typedef struct {
  psa_parse_unit main;
  psa_parse_unit *fragments;  /* statements recovered from error regions */
  uint32_t fragment_count;
  psa_span *errors;           /* outermost error regions, in order */
  uint32_t error_count;
  bool recovery;              /* whether recovery ran */
  psa_parse_broken broken;    /* set only when there are error regions */
  uint32_t broken_at;         /* offset of what makes the text broken */
  uint32_t view_changes;      /* bytes shown changed to the parser (syntax/view.h) */
  /* The main tree is of a view of the text (syntax/view.h), not of the
   * text itself: it cannot be the old tree of an incremental parse. */
  bool patched;
  /* The parser's memory limit was reached: no trees, no errors; the text
   * could not be analysed within the memory given
   * (psa_parser_set_memory_limit). */
  bool over_budget;
  size_t needed;              /* bytes it had taken (or would take) when it stopped */
} psa_parse_result;

/* Parses 'len' bytes of UTF-8 'text'. Typographic quotes and dashes are
 * read as ', " and - (as PowerShell does) without changing offsets, and
 * constructs the grammar misreads are shown to it in a same-length form
 * (syntax/view.h): node offsets are offsets into 'text'.
 * With recover=false no fragments are made (for measuring and debugging). */
void psa_parse(psa_parser *parser, const char *text, uint32_t len, bool recover,
               psa_parse_result *out);
/* The same, reusing 'old' (may be NULL): the main tree of an earlier
 * version of the text, told every change since with ts_tree_edit, and not
 * 'patched' (tree-sitter's incremental parsing; the editor integration). */
void psa_parse_incremental(psa_parser *parser, const char *text, uint32_t len, bool recover,
                           const TSTree *old, psa_parse_result *out);
void psa_parse_result_free(psa_parse_result *res);

/* A large text parsed in pieces (syntax/chunk.h): begin clears 'out' and
 * finds the pieces of at least 'chunk_bytes'; each call of next parses the
 * next piece and returns its main tree (the caller deletes it), adding the
 * piece's error regions and recovered fragments to 'out'; NULL when all are
 * done or the memory limit was reached (then 'out' says over_budget after
 * end). end classifies the text (out->broken) and frees the state; 'out'
 * never has a main tree. */
typedef struct psa_parse_chunks psa_parse_chunks;
psa_parse_chunks *psa_parse_chunks_begin(psa_parser *parser, const char *text, uint32_t len,
                                         bool recover, uint32_t chunk_bytes,
                                         psa_parse_result *out);
TSTree *psa_parse_chunks_next(psa_parse_chunks *chunks);
/* Deletes a piece's tree from next once it is no longer needed (its flat
 * copy made) and gives what its parse took back to the system, so that the
 * model of a big script grows without the last tree beside it; the next
 * piece's parse maps it again. */
void psa_parse_chunks_release(psa_parse_chunks *chunks, TSTree *tree);
/* How many pieces the text has. */
uint32_t psa_parse_chunks_count(const psa_parse_chunks *chunks);
/* Whether next stopped at the memory limit. */
bool psa_parse_chunks_stopped(const psa_parse_chunks *chunks);
void psa_parse_chunks_end(psa_parse_chunks *chunks);

/* True when the main tree's node at bytes [start, end) lies inside a recovered
 * fragment's range: the model then takes the fragment's version instead. */
bool psa_parse_shadowed(const psa_parse_result *res, uint32_t start, uint32_t end);

/* The language, for queries and debugging. */
const TSLanguage *psa_language(void);

#endif

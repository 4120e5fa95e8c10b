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

typedef struct {
  TSTree *tree;
  psa_span range; /* the text it covers; node offsets are absolute */
} psa_parse_unit;

typedef struct {
  psa_parse_unit main;
  psa_parse_unit *fragments;  /* statements recovered from error regions */
  uint32_t fragment_count;
  psa_span *errors;           /* outermost error regions, in order */
  uint32_t error_count;
  bool recovery;              /* whether recovery ran */
  /* The main tree is of a copy of the text with blanks after one-line
   * param blocks read as line breaks (parse.c): it cannot be the old tree
   * of an incremental parse. */
  bool patched;
} psa_parse_result;

/* Parses 'len' bytes of UTF-8 'text'. Typographic quotes and dashes are
 * read as ', " and - (as PowerShell does) without changing offsets.
 * With recover=false no fragments are made (for measuring and debugging). */
void psa_parse(psa_parser *parser, const char *text, uint32_t len, bool recover,
               psa_parse_result *out);
/* The same, reusing 'old' (may be NULL): the main tree of an earlier
 * version of the text, told every change since with ts_tree_edit, and not
 * 'patched' (tree-sitter's incremental parsing; the editor integration). */
void psa_parse_incremental(psa_parser *parser, const char *text, uint32_t len, bool recover,
                           const TSTree *old, psa_parse_result *out);
void psa_parse_result_free(psa_parse_result *res);

/* True when the main tree's node at bytes [start, end) lies inside a recovered
 * fragment's range: the model then takes the fragment's version instead. */
bool psa_parse_shadowed(const psa_parse_result *res, uint32_t start, uint32_t end);

/* The language, for queries and debugging. */
const TSLanguage *psa_language(void);

#endif

/* Where a large script can be cut into pieces parsed one at a time.
 *
 * tree-sitter keeps about 60 bytes of tree per byte of script (several
 * hundred for scripts of tiny statements), so a 20 MB script's tree alone
 * takes over a gigabyte. A script above twice the chunk size is parsed in
 * pieces of at least that size, each with tree-sitter's included ranges,
 * and each piece's tree is walked into the model and freed before the next
 * is parsed (psa_parse_chunks_begin in psauth/parse.h). A cut is made only
 * between two top-level statements that no reading of the script could
 * join: at a line break outside strings, comments and brackets, after a
 * line that does not go on (no continuation backtick, no trailing
 * operator, pipe or comma, not an attribute alone on its line), before a
 * line that does not continue the statement before it (else, elseif,
 * catch, finally, while or until after do, a '{' or '(' opening the
 * previous line's block, a leading pipe or member access). Where no such
 * line break is found the piece grows. */
#ifndef PSA_SYNTAX_CHUNK_H
#define PSA_SYNTAX_CHUNK_H

#include <stdint.h>

#include "psauth/parse.h"
#include "syntax/view.h"

/* The pieces of [0, len), in order, each at least 'target' bytes except the
 * last (*out, malloc'ed); returns their count (1: no cut). */
uint32_t psa_chunk_split(const char *text, uint32_t len, const psa_view_lex *lx, uint32_t target,
                         psa_span **out);

#endif

/* A same-length view of a script for tree-sitter.
 *
 * tree-sitter-pwsh rejects, or silently misreads, some valid PowerShell.
 * Where a construct's meaning for psauth does not depend on the exact bytes,
 * the parser is shown a copy of the text in which the construct is replaced
 * by one the grammar reads correctly, byte for byte at the same offsets
 * (blanks for a label, '__' for a backtick escape inside a bare word, a
 * space for the line break between 'param' and '('). Node offsets are
 * therefore offsets into the original text, and the model reads every name
 * and value from the original: the view is only ever given to the parser.
 * docs/grammar-gaps.md lists each transformation and the gaps it cannot fix.
 */
#ifndef PSA_SYNTAX_VIEW_H
#define PSA_SYNTAX_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "psauth/parse.h"

/* What each byte of the text is, for the transformations and for telling a
 * grammar gap from a broken file. */
enum { PSA_VIEW_CODE = 0, PSA_VIEW_STRING = 1, PSA_VIEW_COMMENT = 2 };

typedef struct {
  uint8_t *cls;            /* PSA_VIEW_* for every byte */
  uint32_t len;
  uint32_t open_string;    /* start of a string or here-string still open at the
                            * end of the text, UINT32_MAX when none */
  uint32_t open_brace;     /* first '{' never closed, UINT32_MAX when none */
  uint32_t extra_brace;    /* first '}' with no '{' to close, UINT32_MAX when none */
  int32_t brace_balance;   /* code '{' minus code '}' */
} psa_view_lex;

void psa_view_lex_build(psa_view_lex *lx, const char *text, uint32_t len);
void psa_view_lex_free(psa_view_lex *lx);

/* Transformations that apply wherever their construct occurs, because the
 * grammar misreads it without an error: 'param' alone on its line with its
 * '(' on a later one (the parameter block was lost), and console prompts
 * pasted in front of commands (PS C:\> Connect-MsolService read as a
 * redirection), which are blanked. Writes into 'view' (a copy of 'text');
 * returns the number of bytes changed. *prompt_at: the first prompt, or
 * UINT32_MAX. */
uint32_t psa_view_whole(const char *text, uint32_t len, const psa_view_lex *lx, char *view,
                        uint32_t *prompt_at);

/* Transformations limited to the lines of the error regions 'errors':
 * backtick escapes and escaped blanks in bare words, labels after break and
 * continue, clauses of a one-line switch, commas before a bare word in a
 * command's arguments. Returns the number of bytes changed. */
uint32_t psa_view_regions(const char *text, uint32_t len, const psa_view_lex *lx,
                          const psa_span *errors, uint32_t error_count, char *view);

#endif

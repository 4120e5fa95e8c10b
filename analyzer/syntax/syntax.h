/* A flat, read-only copy of a tree-sitter syntax tree for the model's walk.
 *
 * tree-sitter's node API finds a node's i-th child by iterating its children
 * from the first one, descending through the hidden nodes the grammar uses
 * for precedence levels and repetitions; in the PowerShell grammar four of
 * five subtrees are hidden, so each step costs hundreds of instructions and
 * was most of the model's time. psa_syntax_build copies the visible nodes in
 * one pass into arrays where every parent, child and named child is one index
 * away. The copy has exactly the nodes, types and byte ranges the public API
 * reports (tests/unit/test_syntax.c compares them node by node).
 */
#ifndef PSA_SYNTAX_H
#define PSA_SYNTAX_H

#include <stdbool.h>
#include <stdint.h>
#include <tree_sitter/api.h>

enum {
  PSA_SN_NAMED = 1,   /* ts_node_is_named */
  PSA_SN_ERROR = 2,   /* an ERROR node */
  PSA_SN_MISSING = 4, /* inserted by error recovery */
  PSA_SN_EXTRA = 8    /* comments and other extras */
};

#define PSA_SN_NONE UINT32_MAX

typedef struct {
  uint32_t start, end;   /* byte offsets in the parsed text, end exclusive */
  uint32_t parent;       /* index, PSA_SN_NONE for the root */
  uint32_t first;        /* index of the first child: children are contiguous */
  uint32_t count;        /* children, named and anonymous */
  uint32_t named_first;  /* index into psa_syntax.named */
  uint32_t named_count;
  TSSymbol symbol;       /* public symbol, aliases applied */
  uint8_t flags;         /* PSA_SN_* */
} psa_snode;

typedef struct {
  psa_snode *nodes;      /* nodes[0] is the root */
  uint32_t *named;       /* named children of every node, by node index */
  uint32_t count;
  const TSLanguage *language;
} psa_syntax;

/* Copies 'tree' (false, and an empty copy, for a NULL tree). */
bool psa_syntax_build(psa_syntax *out, const TSTree *tree);
void psa_syntax_free(psa_syntax *syn);

static inline const psa_snode *psa_syntax_root(const psa_syntax *syn) {
  return syn->count ? &syn->nodes[0] : NULL;
}
static inline const psa_snode *psa_syntax_child(const psa_syntax *syn, const psa_snode *n,
                                                uint32_t i) {
  return i < n->count ? &syn->nodes[n->first + i] : NULL;
}
static inline const psa_snode *psa_syntax_named_child(const psa_syntax *syn, const psa_snode *n,
                                                      uint32_t i) {
  return i < n->named_count ? &syn->nodes[syn->named[n->named_first + i]] : NULL;
}
static inline const char *psa_syntax_type(const psa_syntax *syn, const psa_snode *n) {
  return ts_language_symbol_name(syn->language, n->symbol);
}

#endif

/* The flat syntax tree (see syntax.h).
 *
 * This file reads tree-sitter's subtrees directly, through the runtime's
 * private headers of the pinned version (grammars/package-lock.json): the
 * public node and cursor APIs rebuild an iterator for every step. The walk
 * below follows the runtime's own child iteration (node.c,
 * ts_node_child_iterator_next): aliases from the production's alias
 * sequence, padding added before every child but the first, hidden subtrees
 * entered in place. tests/unit/test_syntax.c checks the result against the
 * public API on every sample and test script, so a runtime upgrade that
 * changes these internals fails the tests instead of the analysis. Its
 * arrays come from psa_tsalloc, like the tree's own memory: a large script's
 * copy gets huge pages too. */
#include "syntax/syntax.h"

#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "subtree.h"
#include "tree.h"
#include "base/tsalloc.h"

/* A copied node whose children are still to be copied. */
typedef struct {
  Subtree subtree;
  uint32_t start, index;
} S_pending;

/* One hidden (or the visible) subtree whose children are being iterated. */
typedef struct {
  const Subtree *kids;
  const TSSymbol *aliases;
  uint32_t count, index, structural, pos;
} S_frame;

typedef struct {
  psa_syntax *syn;
  const TSLanguage *lang;
  uint32_t cap;
  uint32_t named_len, named_cap;
  S_frame *frames;
  uint32_t frame_cap;
  S_pending *pending;
  uint32_t pending_len, pending_cap;
} S_build;

/* Whether a subtree has visible children, after entering hidden ones (the
 * runtime keeps the count on every inner subtree). */
static inline bool S_has_visible_children(Subtree st) {
  return !st.data.is_inline && st.ptr->child_count > 0 && st.ptr->visible_child_count > 0;
}

static void S_frame_push(S_build *b, uint32_t *depth, Subtree parent, uint32_t pos) {
  if (*depth == b->frame_cap) {
    b->frame_cap = b->frame_cap ? b->frame_cap * 2 : 64;
    b->frames = psa_tsalloc_realloc(b->frames, (size_t)b->frame_cap * sizeof(*b->frames));
  }
  uint16_t production = parent.ptr->production_id;
  b->frames[(*depth)++] = (S_frame){
      ts_subtree_children(parent),
      production ? &b->lang->alias_sequences[production * b->lang->max_alias_sequence_length]
                 : NULL,
      parent.ptr->child_count, 0, 0, pos};
}

static void S_pending_push(S_build *b, Subtree st, uint32_t start, uint32_t index) {
  if (b->pending_len == b->pending_cap) {
    b->pending_cap = b->pending_cap ? b->pending_cap * 2 : 256;
    b->pending = psa_tsalloc_realloc(b->pending, (size_t)b->pending_cap * sizeof(*b->pending));
  }
  b->pending[b->pending_len++] = (S_pending){st, start, index};
}

/* Appends a node for subtree st (shown as 'alias' when that is not 0). The
 * fields are read as ts_node_symbol, ts_node_is_named and friends do. */
static void S_node(S_build *b, Subtree st, TSSymbol alias, uint32_t start, uint32_t size,
                   uint32_t parent) {
  psa_syntax *syn = b->syn;
  if (syn->count == b->cap) {
    b->cap = b->cap ? b->cap * 2 : 1024;
    syn->nodes = psa_tsalloc_realloc(syn->nodes, (size_t)b->cap * sizeof(*syn->nodes));
  }
  bool inl = st.data.is_inline;
  TSSymbol symbol = alias ? alias : inl ? st.data.symbol : st.ptr->symbol;
  bool named = alias ? ts_language_symbol_metadata(b->lang, alias).named
                     : inl ? st.data.named : st.ptr->named;
  if (symbol != ts_builtin_sym_error) symbol = b->lang->public_symbol_map[symbol];
  bool missing = inl ? st.data.is_missing : st.ptr->is_missing;
  bool extra = inl ? st.data.extra : st.ptr->extra;
  uint8_t flags = (uint8_t)((named ? PSA_SN_NAMED : 0) |
                            (symbol == ts_builtin_sym_error ? PSA_SN_ERROR : 0) |
                            (missing ? PSA_SN_MISSING : 0) | (extra ? PSA_SN_EXTRA : 0));
  syn->nodes[syn->count++] = (psa_snode){start, start + size, parent, 0, 0, 0, 0, symbol, flags};
}

/* Appends the visible children of node p.index, entering hidden subtrees,
 * and queues those that have children of their own. */
static void S_children(S_build *b, S_pending p) {
  psa_syntax *syn = b->syn;
  uint32_t first = syn->count;
  uint32_t depth = 0;
  S_frame_push(b, &depth, p.subtree, p.start);
  uint32_t queued = b->pending_len;
  while (depth) {
    S_frame *f = &b->frames[depth - 1];
    if (f->index == f->count) {
      depth--;
      continue;
    }
    Subtree ch = f->kids[f->index];
    bool inl = ch.data.is_inline;
    TSSymbol alias = 0;
    if (!(inl ? ch.data.extra : ch.ptr->extra)) {
      if (f->aliases) alias = f->aliases[f->structural];
      f->structural++;
    }
    if (f->index > 0) f->pos += inl ? ch.data.padding_bytes : ch.ptr->padding.bytes;
    uint32_t start = f->pos, size = inl ? ch.data.size_bytes : ch.ptr->size.bytes;
    f->pos += size;
    f->index++;
    if ((inl ? ch.data.visible : ch.ptr->visible) || alias) {
      if (S_has_visible_children(ch)) S_pending_push(b, ch, start, syn->count);
      S_node(b, ch, alias, start, size, p.index);
    } else if (S_has_visible_children(ch)) {
      S_frame_push(b, &depth, ch, start);
    }
  }
  /* the first child is expanded next: its subtree follows its siblings */
  for (uint32_t i = queued, j = b->pending_len; i + 1 < j; i++) {
    j--;
    S_pending t = b->pending[i];
    b->pending[i] = b->pending[j];
    b->pending[j] = t;
  }
  psa_snode *n = &syn->nodes[p.index];
  n->first = first;
  n->count = syn->count - first;
  n->named_first = b->named_len;
  for (uint32_t i = first; i < syn->count; i++) {
    if (!(syn->nodes[i].flags & PSA_SN_NAMED)) continue;
    if (b->named_len == b->named_cap) {
      b->named_cap = b->named_cap ? b->named_cap * 2 : 1024;
      syn->named = psa_tsalloc_realloc(syn->named, (size_t)b->named_cap * sizeof(*syn->named));
    }
    syn->named[b->named_len++] = i;
  }
  n->named_count = b->named_len - n->named_first;
}

bool psa_syntax_build(psa_syntax *out, const TSTree *tree) {
  memset(out, 0, sizeof(*out));
  if (!tree) return false;
  out->language = tree->language;
  S_build b = {.syn = out, .lang = tree->language};
  /* the root's count of visible descendants is exact unless aliases make
   * hidden nodes visible; S_node grows the arrays then */
  b.cap = ts_subtree_visible_descendant_count(tree->root) + 1;
  out->nodes = psa_tsalloc_malloc((size_t)b.cap * sizeof(*out->nodes));
  b.named_cap = b.cap;
  out->named = psa_tsalloc_malloc((size_t)b.named_cap * sizeof(*out->named));
  /* depth first, each node's children side by side: the model's walk reads
   * the copy nearly in order, and no recursion follows the tree's depth */
  uint32_t start = ts_subtree_padding(tree->root).bytes;
  S_node(&b, tree->root, 0, start, ts_subtree_size(tree->root).bytes, PSA_SN_NONE);
  if (S_has_visible_children(tree->root)) S_pending_push(&b, tree->root, start, 0);
  while (b.pending_len) S_children(&b, b.pending[--b.pending_len]);
  psa_tsalloc_free(b.frames);
  psa_tsalloc_free(b.pending);
  return true;
}

void psa_syntax_free(psa_syntax *syn) {
  psa_tsalloc_free(syn->nodes);
  psa_tsalloc_free(syn->named);
  memset(syn, 0, sizeof(*syn));
}

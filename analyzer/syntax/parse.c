#include "psauth/parse.h"

#include <stdlib.h>
#include <string.h>

#include "tree_sitter_pwsh.h"
#include "base/tsalloc.h"
#include "base/util.h"
#include "syntax/chunk.h"
#include "syntax/view.h"

struct psa_parser {
  TSParser *ts;
  size_t limit;   /* psa_parser_set_memory_limit; 0: none */
  size_t base;    /* psa_tsalloc_thread_use() when this text's parse began */
  bool over;      /* a parse of this text stopped at the limit */
  size_t over_at; /* what it held then */
};

/* Memory that analysing a tree takes per visible node after parsing: the
 * flat syntax copy (syntax.h: a 32-byte node and a 4-byte named-child
 * index) and the model built from it, measured at 50 to 90 bytes a node on
 * generated and pathological scripts (bench/README.md), rounded up. */
#define S_ANALYSIS_BYTES_PER_NODE 128u

const TSLanguage *psa_language(void) { return tree_sitter_powershell(); }

psa_parser *psa_parser_new(void) {
  psa_tsalloc_install(); /* before tree-sitter's first allocation */
  psa_parser *p = psa_xcalloc(1, sizeof(*p));
  p->ts = ts_parser_new();
  ts_parser_set_language(p->ts, tree_sitter_powershell());
  return p;
}

void psa_parser_set_memory_limit(psa_parser *parser, size_t bytes) { parser->limit = bytes; }

static size_t S_used(const psa_parser *p) {
  size_t now = psa_tsalloc_thread_use();
  return now > p->base ? now - p->base : 0;
}

/* tree-sitter's progress callback, every hundred parse operations: stops
 * the parse once this text's parses hold more than the limit. */
static bool S_over_limit(TSParseState *state) {
  psa_parser *p = state->payload;
  size_t used = S_used(p);
  if (used <= p->limit) return false;
  p->over = true;
  p->over_at = used;
  return true;
}

void psa_parser_free(psa_parser *parser) {
  if (!parser) return;
  ts_parser_delete(parser->ts);
  free(parser);
}

/* UTF-8 decoding for tree-sitter in which typographic quotes and dashes
 * read as their ASCII forms: PowerShell's tokenizer treats U+2018..U+201B as
 * single quotes, U+201C..U+201E as double quotes, U+2013..U+2015 as
 * dashes and the no-break space U+00A0 as a blank. Offsets stay those of
 * the original bytes. */
static uint32_t S_decode(const uint8_t *s, uint32_t len, int32_t *cp) {
  uint8_t c = s[0];
  uint32_t n;
  int32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    n = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    v = c & 0x07;
  } else {
    *cp = 0xFFFD;
    return 1;
  }
  if (n > len) {
    *cp = 0xFFFD;
    return 1;
  }
  for (uint32_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return i;
    }
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v == 0x00A0) v = ' '; /* no-break space: white space to PowerShell */
  else if (v >= 0x2018 && v <= 0x201B) v = '\'';
  else if (v >= 0x201C && v <= 0x201E) v = '"';
  else if (v >= 0x2013 && v <= 0x2015) v = '-';
  *cp = v;
  return n;
}

typedef struct {
  const char *text;
  uint32_t len;
} S_input;

static const char *S_read(void *payload, uint32_t byte, TSPoint pos, uint32_t *read) {
  (void)pos;
  S_input *in = payload;
  if (byte >= in->len) {
    *read = 0;
    return "";
  }
  *read = in->len - byte;
  return in->text + byte;
}

static TSTree *S_parse_range(psa_parser *p, const char *text, uint32_t len,
                             const TSRange *range, const TSTree *old) {
  S_input in = {text, len};
  TSInput input = {&in, S_read, TSInputEncodingCustom, S_decode};
  if (p->over) return NULL;
  if (range) ts_parser_set_included_ranges(p->ts, range, 1);
  TSTree *t;
  if (p->limit) {
    TSParseOptions options = {p, S_over_limit};
    t = ts_parser_parse_with_options(p->ts, old, input, options);
    if (!t) ts_parser_reset(p->ts); /* stopped: the next parse starts afresh */
  } else {
    t = ts_parser_parse(p->ts, old, input);
  }
  if (range) ts_parser_set_included_ranges(p->ts, NULL, 0);
  return t;
}

/* Outermost ERROR and MISSING nodes, found without recursion. */
static void S_collect_errors(TSNode root, psa_span **out, uint32_t *count) {
  uint32_t cap = 0;
  if (!ts_node_has_error(root)) return;
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    bool descend = false;
    if (ts_node_is_error(n) || ts_node_is_missing(n)) {
      if (*count == cap) {
        cap = cap ? cap * 2 : 8;
        *out = psa_xrealloc(*out, cap * sizeof(**out));
      }
      (*out)[(*count)++] = (psa_span){ts_node_start_byte(n), ts_node_end_byte(n)};
    } else if (ts_node_has_error(n)) {
      descend = true;
    }
    if (descend && ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
    }
  }
}

/* Splits [start,end) into statement pieces at newlines and ';' outside
 * strings, here-strings, comments and after a line-continuation backtick.
 * Typographic quotes are not treated as quotes here; a wrong split only
 * costs a failed re-parse. */
static uint32_t S_split(const char *t, uint32_t start, uint32_t end, psa_span **out) {
  uint32_t cap = 16, n = 0;
  *out = psa_xmalloc(cap * sizeof(**out));
  uint32_t piece = start;
  uint32_t i = start;
  while (i < end) {
    char c = t[i];
    bool at_line_start = (i == 0 || t[i - 1] == '\n' || t[i - 1] == '\r');
    if (c == '\'' || c == '"') {
      char q = c;
      i++;
      while (i < end) {
        if (t[i] == q) {
          if (i + 1 < end && t[i + 1] == q) {
            i += 2;
            continue;
          }
          break;
        }
        if (q == '"' && t[i] == '`') i++;
        i++;
      }
      i++;
      continue;
    }
    if (c == '@' && i + 1 < end && (t[i + 1] == '\'' || t[i + 1] == '"')) {
      /* here-string: runs to a line starting with the quote followed by @ */
      char q = t[i + 1];
      uint32_t j = i + 2;
      while (j + 1 < end) {
        if ((t[j] == '\n' || t[j] == '\r') && j + 2 < end) {
          uint32_t k = j + 1;
          if (t[j] == '\r' && t[k] == '\n') k++;
          if (k + 1 < end && t[k] == q && t[k + 1] == '@') {
            j = k + 2;
            break;
          }
        }
        j++;
      }
      i = j;
      continue;
    }
    if (c == '<' && i + 1 < end && t[i + 1] == '#') {
      const char *e = NULL;
      for (uint32_t j = i + 2; j + 1 < end; j++)
        if (t[j] == '#' && t[j + 1] == '>') {
          e = t + j;
          break;
        }
      i = e ? (uint32_t)(e - t) + 2 : end;
      continue;
    }
    if (c == '#') {
      while (i < end && t[i] != '\n' && t[i] != '\r') i++;
      continue;
    }
    if (c == '`' && i + 1 < end) {
      i += 2;
      if (t[i - 1] == '\r' && i < end && t[i] == '\n') i++;
      continue;
    }
    (void)at_line_start;
    /* brackets are not tracked: broken code is often unbalanced, and
     * multi-line constructs come back together when pieces are joined */
    if (c == '\n' || c == '\r' || c == ';') {
      if (i > piece) {
        if (n == cap) *out = psa_xrealloc(*out, (cap *= 2) * sizeof(**out));
        (*out)[n++] = (psa_span){piece, i};
      }
      piece = i + 1;
    }
    i++;
  }
  if (end > piece) {
    if (n == cap) *out = psa_xrealloc(*out, (cap *= 2) * sizeof(**out));
    (*out)[n++] = (psa_span){piece, end};
  }
  return n;
}

static bool S_blank(const char *t, psa_span s) {
  for (uint32_t i = s.start; i < s.end; i++) {
    char c = t[i];
    if (c == '#') return true; /* comment-only piece */
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';') return false;
  }
  return true;
}

/* Pieces joined for one attempt at most: a multi-line construct split at
 * its newlines gets this many tries to come back together. */
#define PSA_RECOVER_MAX_JOIN 8

/* Parses [start,end) of 'text', and of 'alt' when that fails and 'alt'
 * differs there: a statement-level view the whole-file parse did not keep
 * can still make one statement readable. NULL when both have errors. */
static TSTree *S_parse_piece(psa_parser *p, const char *text, const char *alt, uint32_t len,
                             uint32_t start, uint32_t end) {
  TSRange r = {{0, 0}, {0, 0}, start, end};
  TSTree *tree = S_parse_range(p, text, len, &r, NULL);
  if (tree && !ts_node_has_error(ts_tree_root_node(tree))) return tree;
  if (tree) ts_tree_delete(tree);
  if (!alt || alt == text || !memcmp(text + start, alt + start, end - start)) return NULL;
  tree = S_parse_range(p, alt, len, &r, NULL);
  if (tree && !ts_node_has_error(ts_tree_root_node(tree))) return tree;
  if (tree) ts_tree_delete(tree);
  return NULL;
}

static void S_recover(psa_parser *p, const char *text, const char *alt, uint32_t len,
                      psa_parse_result *res) {
  uint32_t cap = 0;
  uint32_t covered_to = 0;
  for (uint32_t e = 0; e < res->error_count && !p->over; e++) {
    psa_span err = res->errors[e];
    /* widen to whole lines: an error region often starts mid-statement */
    uint32_t s = err.start, t = err.end;
    while (s > 0 && text[s - 1] != '\n' && text[s - 1] != '\r') s--;
    while (t < len && text[t] != '\n' && text[t] != '\r') t++;
    if (s < covered_to) s = covered_to;
    if (s >= t) continue;
    covered_to = t;
    psa_span *pieces;
    uint32_t n = S_split(text, s, t, &pieces);
    for (uint32_t i = 0; i < n;) {
      if (S_blank(text, pieces[i])) {
        i++;
        continue;
      }
      uint32_t taken = 0;
      for (uint32_t k = 1; k <= PSA_RECOVER_MAX_JOIN && i + k <= n; k++) {
        TSTree *tree = S_parse_piece(p, text, alt, len, pieces[i].start, pieces[i + k - 1].end);
        if (tree) {
          if (res->fragment_count == cap) {
            cap = cap ? cap * 2 : 8;
            res->fragments = psa_xrealloc(res->fragments, cap * sizeof(*res->fragments));
          }
          res->fragments[res->fragment_count++] =
              (psa_parse_unit){tree, {pieces[i].start, pieces[i + k - 1].end}};
          taken = k;
          break;
        }
      }
      i += taken ? taken : 1;
    }
    free(pieces);
  }
}

static bool S_hspace(char c) { return c == ' ' || c == '\t'; }

static bool S_ci(const char *p, const char *word, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != word[i]) return false;
  }
  return true;
}

/* The grammar wants a line break (or ';') after a param block, so the
 * one-line `function f { param($x) stmt }` is an error. In an error region,
 * a '{ param(...)' followed on the same line by a statement gets the blank
 * after ')' read as a line break: one byte of a copy changes, so every
 * offset stays. Returns the number of blanks changed in 'patched'. */
static uint32_t S_patch_param_blocks(const char *text, uint32_t len, const psa_span *errors,
                                     uint32_t error_count, char *patched) {
  uint32_t changed = 0, from = 0;
  for (uint32_t e = 0; e < error_count; e++) {
    uint32_t s = errors[e].start, end = errors[e].end;
    /* the region may start at 'param' or at the '{' before it */
    while (s > from && text[s - 1] != '\n' && text[s - 1] != '\r') s--;
    if (s < from) s = from;
    uint32_t i = s;
    for (; i + 5 < end && i + 5 < len; i++) {
      if (!S_ci(text + i, "param", 5)) continue;
      uint32_t b = i;
      while (b > 0 && S_hspace(text[b - 1])) b--;
      if (b == 0 || text[b - 1] != '{') continue;
      uint32_t k = i + 5;
      while (k < len && S_hspace(text[k])) k++;
      if (k >= len || text[k] != '(') continue;
      /* the matching ')', skipping quoted text */
      int depth = 0;
      char q = 0;
      for (; k < len; k++) {
        char c = text[k];
        if (q) {
          if (c == q) q = 0;
          else if (c == '`' && q == '"') k++;
          continue;
        }
        if (c == '\'' || c == '"') q = c;
        else if (c == '(') depth++;
        else if (c == ')' && --depth == 0) break;
      }
      if (k >= len) return changed; /* unbalanced to the end: nothing more to do */
      /* the scan goes on after the block: each byte is looked at once */
      i = k;
      uint32_t w = k + 1;
      if (w >= len || !S_hspace(text[w])) continue;
      uint32_t n = w;
      while (n < len && S_hspace(text[n])) n++;
      if (n >= len || strchr("\r\n};#", text[n])) continue;
      patched[w] = '\n';
      changed++;
    }
    if (end > from) from = end;
    if (i > from) from = i;
  }
  return changed;
}

/* How much of the text is in error regions (a missing token counts one
 * byte): a view is kept only when this goes down. */
static uint64_t S_error_bytes(const psa_span *errs, uint32_t n) {
  uint64_t total = 0;
  for (uint32_t i = 0; i < n; i++)
    total += errs[i].end > errs[i].start ? errs[i].end - errs[i].start : 1;
  return total;
}

/* Parses 'view' (within 'range', NULL: all of it); when it has fewer error
 * bytes than the current tree (or as few, with 'ties'), it becomes the main
 * tree. */
static bool S_try_view(psa_parser *parser, const char *view, uint32_t len, const TSRange *range,
                       bool ties, psa_parse_result *out) {
  TSTree *t = S_parse_range(parser, view, len, range, NULL);
  if (!t) return false;
  psa_span *errs = NULL;
  uint32_t nerr = 0;
  S_collect_errors(ts_tree_root_node(t), &errs, &nerr);
  uint64_t now = S_error_bytes(out->errors, out->error_count);
  uint64_t then = S_error_bytes(errs, nerr);
  if (then < now || (ties && then == now)) {
    ts_tree_delete(out->main.tree);
    free(out->errors);
    out->main.tree = t;
    out->errors = errs;
    out->error_count = nerr;
    return true;
  }
  ts_tree_delete(t);
  free(errs);
  return false;
}

static bool S_line_start(const char *t, uint32_t i) {
  return i == 0 || t[i - 1] == '\n' || t[i - 1] == '\r';
}

/* Console text pasted into a script (PS C:\> prompts, >> continuation
 * prompts) or merge-conflict markers inside an error region's lines. */
static psa_parse_broken S_pasted(const char *t, uint32_t len, const psa_view_lex *lx,
                                 const psa_span *errs, uint32_t n, uint32_t *at) {
  for (uint32_t e = 0; e < n; e++) {
    uint32_t s = errs[e].start, x = errs[e].end;
    while (s > 0 && !S_line_start(t, s)) s--;
    while (x < len && t[x] != '\n' && t[x] != '\r') x++;
    for (uint32_t i = s; i < x; i++) {
      if (!S_line_start(t, i) || lx->cls[i] != PSA_VIEW_CODE) continue;
      uint32_t k = i;
      while (k < x && S_hspace(t[k])) k++;
      if (k + 7 <= len && (!memcmp(t + k, "<<<<<<<", 7) || !memcmp(t + k, ">>>>>>>", 7))) {
        *at = k;
        return PSA_PARSE_CONFLICT_MARKER;
      }
      if (k + 3 <= len && !memcmp(t + k, ">> ", 3)) {
        *at = k;
        return PSA_PARSE_CONSOLE_PROMPT;
      }
      if (k + 3 <= len && !memcmp(t + k, "PS", 2) && (t[k + 2] == '>' || t[k + 2] == ' ')) {
        /* PS> or PS C:\path> */
        uint32_t j = k + 2;
        if (t[j] == ' ') {
          j++;
          if (!(j + 2 < len && ((t[j] >= 'A' && t[j] <= 'Z') || (t[j] >= 'a' && t[j] <= 'z')) &&
                t[j + 1] == ':' && t[j + 2] == '\\'))
            continue;
          while (j < len && t[j] != '>' && t[j] != '\n' && t[j] != '\r') j++;
        }
        if (j < len && t[j] == '>') {
          *at = k;
          return PSA_PARSE_CONSOLE_PROMPT;
        }
      }
    }
  }
  return PSA_PARSE_NOT_BROKEN;
}

static void S_classify(const char *text, uint32_t len, const psa_view_lex *lx,
                       psa_parse_result *out) {
  if (!out->error_count) return;
  if (lx->open_string != UINT32_MAX) {
    out->broken = PSA_PARSE_UNTERMINATED_STRING;
    out->broken_at = lx->open_string;
  } else if ((out->broken = S_pasted(text, len, lx, out->errors, out->error_count,
                                     &out->broken_at)) != PSA_PARSE_NOT_BROKEN) {
  } else if (lx->extra_brace != UINT32_MAX) {
    out->broken = PSA_PARSE_EXTRA_BRACE;
    out->broken_at = lx->extra_brace;
  } else if (lx->open_brace != UINT32_MAX) {
    out->broken = PSA_PARSE_UNBALANCED_BRACES;
    out->broken_at = lx->open_brace;
  }
}

/* Whether the trees and what analysing them will take fit in the parser's
 * memory limit; when not (or when a parse already stopped at it), the
 * trees go and the result says so. */
static void S_check_budget(psa_parser *p, psa_parse_result *out) {
  if (!p->limit) return;
  size_t need = p->over ? p->over_at : S_used(p);
  if (!p->over) {
    size_t nodes = out->main.tree ? ts_node_descendant_count(ts_tree_root_node(out->main.tree)) : 0;
    for (uint32_t i = 0; i < out->fragment_count; i++)
      nodes += ts_node_descendant_count(ts_tree_root_node(out->fragments[i].tree));
    need += nodes * (size_t)S_ANALYSIS_BYTES_PER_NODE;
    if (need <= p->limit) return;
  }
  psa_parse_result_free(out);
  out->over_budget = true;
  out->needed = need;
  p->over = false;
}

void psa_parse(psa_parser *parser, const char *text, uint32_t len, bool recover,
               psa_parse_result *out) {
  psa_parse_incremental(parser, text, len, recover, NULL, out);
}

/* What every parse of one text shares: the lexer's classes and the view
 * with the transformations that apply everywhere (syntax/view.h). */
typedef struct {
  const char *text;
  uint32_t len;
  psa_view_lex lx;
  char *view;          /* the text with psa_view_whole's changes */
  uint32_t prompt_at;  /* the first console prompt, UINT32_MAX when none */
  uint32_t changes;    /* psa_view_whole's count of changes */
  bool released;       /* views of a prefix given back (psa_parse_chunks_next) */
} S_text;

/* The lexer's classes of the whole text again, after a prefix of them was
 * given back: the error-region view and the classification read them from
 * the start (rare: a big script whose error comes after clean pieces). */
static void S_text_relex(S_text *st) {
  if (!st->released) return;
  psa_view_lex_free(&st->lx);
  psa_view_lex_build(&st->lx, st->text, st->len);
  st->released = false;
}

static void S_text_init(S_text *st, const char *text, uint32_t len) {
  st->text = text;
  st->len = len;
  st->released = false;
  psa_view_lex_build(&st->lx, text, len);
  st->view = psa_big_calloc(len ? len : 1);
  memcpy(st->view, text, len);
  /* constructs misread without an error are always shown transformed */
  st->changes = psa_view_whole(text, len, &st->lx, st->view, &st->prompt_at);
}

static void S_text_free(S_text *st) {
  psa_big_free(st->view);
  psa_view_lex_free(&st->lx);
}

/* Bytes of [start, end) the view changes. */
static uint32_t S_changed(const S_text *st, uint32_t start, uint32_t end) {
  uint32_t n = 0;
  for (uint32_t i = start; i < end; i++) n += st->view[i] != st->text[i];
  return n;
}

/* Parses [start, end) of the text (all of it when 'range' is NULL) into
 * 'out' (cleared first): main tree, error regions, recovered fragments,
 * view changes; not the classification. The view's bytes in the range may
 * be set back to the text's when the text reads better. */
static void S_parse_core(psa_parser *parser, S_text *st, const TSRange *range, bool recover,
                         const TSTree *old, psa_parse_result *out) {
  const char *text = st->text;
  uint32_t len = st->len;
  uint32_t start = range ? range->start_byte : 0, end = range ? range->end_byte : len;
  memset(out, 0, sizeof(*out));
  out->main.range = (psa_span){start, end};
  char *view = st->view;
  uint32_t whole = range ? S_changed(st, start, end) : st->changes;
  /* an old tree is of the plain text ('patched' false): reusable only when
   * this text is parsed plain too */
  out->main.tree = S_parse_range(parser, whole ? view : text, len, range, whole ? NULL : old);
  if (!out->main.tree) return;
  S_collect_errors(ts_tree_root_node(out->main.tree), &out->errors, &out->error_count);
  if (whole && out->error_count) {
    /* kept unless the original reads better */
    if (S_try_view(parser, text, len, range, false, out)) {
      memcpy(view + start, text + start, end - start);
      whole = 0;
    }
  }
  out->view_changes = whole;
  const char *parsed = whole ? view : text;
  out->recovery = recover;
  char *rejected = NULL; /* a region view the whole file did not read better with */
  char *next = NULL;
  if (recover && out->error_count) {
    next = psa_xmalloc(len ? len : 1);
    /* the view of the range; outside it, where a big script's views may be
     * given back already (psa_parse_chunks_next), the text: never parsed */
    memcpy(next, text, len);
    memcpy(next + start, view + start, end - start);
    S_text_relex(st);
    uint32_t changed = psa_view_regions(text, len, &st->lx, out->errors, out->error_count, next);
    changed += S_patch_param_blocks(text, len, out->errors, out->error_count, next);
    if (changed && S_try_view(parser, next, len, range, false, out)) {
      parsed = next;
      out->view_changes += changed;
    } else if (changed) {
      rejected = next;
    }
  }
  out->patched = out->view_changes != 0;
  if (recover && out->error_count) S_recover(parser, parsed, rejected, len, out);
  free(next);
}

/* The classification of a text with error regions (out->errors). */
static void S_classify_all(const S_text *st, psa_parse_result *out) {
  S_classify(st->text, st->len, &st->lx, out);
  if (st->prompt_at != UINT32_MAX && out->broken == PSA_PARSE_NOT_BROKEN) {
    /* parsed without the prompts, but a file with prompts is console text */
    out->broken = PSA_PARSE_CONSOLE_PROMPT;
    out->broken_at = st->prompt_at;
  }
}

void psa_parse_incremental(psa_parser *parser, const char *text, uint32_t len, bool recover,
                           const TSTree *old, psa_parse_result *out) {
  parser->over = false;
  parser->base = psa_tsalloc_thread_use();
  S_text st;
  S_text_init(&st, text, len);
  S_parse_core(parser, &st, NULL, recover, old, out);
  if (out->main.tree) S_classify_all(&st, out);
  S_text_free(&st);
  S_check_budget(parser, out);
}

struct psa_parse_chunks {
  psa_parser *parser;
  S_text st;
  bool recover;
  bool over;             /* stopped at the memory limit */
  size_t needed;
  psa_parse_result *out;
  psa_span *pieces;
  uint32_t count, next;
  uint32_t error_cap, fragment_cap;
  bool text_done;        /* classified and st freed after the last piece */
};

/* After the last piece: the classification, and the text's views freed
 * before the model is finished (they are as large as the text twice). */
static void S_chunks_done(psa_parse_chunks *c) {
  if (c->text_done) return;
  c->text_done = true;
  if (!c->over && c->out->error_count) {
    S_text_relex(&c->st);
    S_classify_all(&c->st, c->out);
  }
  S_text_free(&c->st);
}

psa_parse_chunks *psa_parse_chunks_begin(psa_parser *parser, const char *text, uint32_t len,
                                         bool recover, uint32_t chunk_bytes,
                                         psa_parse_result *out) {
  memset(out, 0, sizeof(*out));
  out->main.range = (psa_span){0, len};
  out->recovery = recover;
  parser->over = false;
  parser->base = psa_tsalloc_thread_use();
  psa_parse_chunks *c = psa_xcalloc(1, sizeof(*c));
  c->parser = parser;
  c->recover = recover;
  c->out = out;
  S_text_init(&c->st, text, len);
  c->count = psa_chunk_split(text, len, &c->st.lx, chunk_bytes ? chunk_bytes : len, &c->pieces);
  return c;
}

uint32_t psa_parse_chunks_count(const psa_parse_chunks *c) { return c->count; }

bool psa_parse_chunks_stopped(const psa_parse_chunks *c) { return c->over; }

TSTree *psa_parse_chunks_next(psa_parse_chunks *c) {
  if (c->over) return NULL;
  if (c->next >= c->count) {
    S_chunks_done(c);
    return NULL;
  }
  /* The views of the text before the piece before this one are not read
   * again while no piece had an error region: the parse reads only its own
   * piece (the one before is a margin for anything that looks back a few
   * lines); the error-region view and the classification, which read the
   * classes from the start, build them again (S_text_relex). So a big
   * script's full scan does not hold them beside the model of all pieces. */
  if (c->next >= 2 && !c->out->error_count && !c->out->fragment_count) {
    uint32_t done = c->pieces[c->next - 2].start;
    psa_big_release(c->st.view, done);
    psa_big_release(c->st.lx.cls, done);
    c->st.released = true;
  }
  psa_span r = c->pieces[c->next++];
  TSRange range = {{0, 0}, {0, 0}, r.start, r.end};
  psa_parse_result part;
  S_parse_core(c->parser, &c->st, &range, c->recover, NULL, &part);
  psa_parser *p = c->parser;
  if (p->limit) {
    /* this piece's tree and what analysing it takes, on top of what the
     * model of the pieces before holds */
    size_t need = p->over ? p->over_at : S_used(p);
    if (!p->over) {
      size_t nodes =
          part.main.tree ? ts_node_descendant_count(ts_tree_root_node(part.main.tree)) : 0;
      for (uint32_t i = 0; i < part.fragment_count; i++)
        nodes += ts_node_descendant_count(ts_tree_root_node(part.fragments[i].tree));
      need += nodes * (size_t)S_ANALYSIS_BYTES_PER_NODE;
    }
    if (p->over || need > p->limit) {
      c->over = true;
      c->needed = need;
      p->over = false;
      psa_parse_result_free(&part);
      return NULL;
    }
  }
  psa_parse_result *out = c->out;
  for (uint32_t i = 0; i < part.error_count; i++) {
    if (out->error_count == c->error_cap) {
      c->error_cap = c->error_cap ? c->error_cap * 2 : 16;
      out->errors = psa_xrealloc(out->errors, c->error_cap * sizeof(*out->errors));
    }
    out->errors[out->error_count++] = part.errors[i];
  }
  for (uint32_t i = 0; i < part.fragment_count; i++) {
    if (out->fragment_count == c->fragment_cap) {
      c->fragment_cap = c->fragment_cap ? c->fragment_cap * 2 : 16;
      out->fragments = psa_xrealloc(out->fragments, c->fragment_cap * sizeof(*out->fragments));
    }
    out->fragments[out->fragment_count++] = part.fragments[i];
  }
  out->view_changes += part.view_changes;
  out->patched = out->patched || part.patched;
  free(part.errors);
  free(part.fragments);
  return part.main.tree;
}

void psa_parse_chunks_release(psa_parse_chunks *c, TSTree *tree) {
  (void)c;
  ts_tree_delete(tree);
  psa_tsalloc_purge();
}

void psa_parse_chunks_end(psa_parse_chunks *c) {
  psa_parse_result *out = c->out;
  if (c->over) {
    psa_parse_result_free(out);
    out->over_budget = true;
    out->needed = c->needed;
  }
  S_chunks_done(c);
  free(c->pieces);
  free(c);
}

void psa_parse_result_free(psa_parse_result *res) {
  if (res->main.tree) ts_tree_delete(res->main.tree);
  for (uint32_t i = 0; i < res->fragment_count; i++) ts_tree_delete(res->fragments[i].tree);
  free(res->fragments);
  free(res->errors);
  memset(res, 0, sizeof(*res));
}

bool psa_parse_shadowed(const psa_parse_result *res, uint32_t s, uint32_t e) {
  /* fragments are in text order: binary search for the last starting <= s */
  uint32_t lo = 0, hi = res->fragment_count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (res->fragments[mid].range.start <= s) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return false;
  const psa_span r = res->fragments[lo - 1].range;
  return s >= r.start && e <= r.end && s < r.end;
}

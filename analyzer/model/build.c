/* Builds the semantic model from the syntax trees: one walk registers
 * commands, assignments, functions and parameters; a second pass binds
 * arguments to parameters once every splat hashtable, alias and
 * $PSDefaultParameterValues entry of the file is known. */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "model/internal.h"
#include "psauth/parse.h"
#include "syntax/syntax.h"


/* A nested script being walked: the text of a constant string parsed as
 * PowerShell (powershell -Command '...', Invoke-Expression '...'). */
typedef struct {
  const uint32_t *map; /* model offset of each byte of the nested text and of
                          its end; NULL when the text was folded from several
                          pieces: every span is then 'anchor' */
  psa_span anchor;     /* the string (or argument) the text came from */
} S_nest;

typedef struct {
  psa_model *m;
  psa_model_impl *impl;
  psa_scope *scope;
  psa_span stmt;
  psa_span list;     /* the statement list holding stmt (psa_assignment.list) */
  int depth;
  bool in_fragment;  /* walking a recovered statement: nothing is shadowed */
  bool first_found;  /* first_statement is set (a text parsed in pieces) */
  const char *text;  /* the text node offsets refer to */
  const psa_syntax *syn; /* the tree being walked */
  const S_nest *nest;
  int max_depth;             /* deeper syntax is not analysed (reported, not fatal) */
  uint32_t function;         /* 1 + index in m->functions of the function walked, 0: none */
} S_ctx;

static psa_value *S_value(S_ctx *c, const psa_snode *n);
static void S_visit(S_ctx *c, const psa_snode *n);

/* ---- small helpers ---------------------------------------------------- */

#define S_type(n) psa_syntax_type(c->syn, (n))
#define S_named(c, n, i) psa_syntax_named_child((c)->syn, (n), (i))
#define S_child(c, n, i) psa_syntax_child((c)->syn, (n), (i))
/* The walk dispatches on node types all the time. Each type it knows is a
 * small number, found for every symbol of the grammar once per process (a
 * read-only table after that), so a type test is an array read and an
 * integer comparison instead of string comparisons. */
#define S_KINDS(X) \
  X(additive_argument_expression) \
  X(additive_expression) \
  X(argument_expression) \
  X(argument_expression_list) \
  X(argument_list) \
  X(array_expression) \
  X(array_literal_expression) \
  X(assignment_expression) \
  X(assignment_operator) \
  X(assignment_value) \
  X(attribute_list) \
  X(attribute_name) \
  X(bareword_argument_list) \
  X(catch_clause) \
  X(catch_clauses) \
  X(catch_type_list) \
  X(bitwise_argument_expression) \
  X(bitwise_expression) \
  X(braced_variable) \
  X(cast_expression) \
  X(command) \
  X(command_argument_sep) \
  X(command_elements) \
  X(command_invocation_operator) \
  X(command_name) \
  X(command_name_expr) \
  X(command_parameter) \
  X(comment) \
  X(comparison_argument_expression) \
  X(comparison_expression) \
  X(comparison_operator) \
  X(concatenated_command_argument) \
  X(decimal_integer_literal) \
  X(do_statement) \
  X(element_access) \
  X(else_clause) \
  X(elseif_clause) \
  X(elseif_clauses) \
  X(expandable_bareword) \
  X(expandable_here_string_literal) \
  X(expandable_string_literal) \
  X(expression_with_unary_operator) \
  X(file_redirection_operator) \
  X(for_statement) \
  X(flow_control_statement) \
  X(foreach_statement) \
  X(format_argument_expression) \
  X(format_expression) \
  X(format_operator) \
  X(function_name) \
  X(function_parameter_declaration) \
  X(function_statement) \
  X(generic_token) \
  X(hash_entry) \
  X(hash_literal_body) \
  X(hash_literal_expression) \
  X(hexadecimal_integer_literal) \
  X(if_statement) \
  X(integer_literal) \
  X(invocation_expression) \
  X(invocation_foreach_expression) \
  X(invocation_where_expression) \
  X(key_expression) \
  X(left_assignment_expression) \
  X(logical_argument_expression) \
  X(logical_expression) \
  X(member_access) \
  X(member_name) \
  X(multiplicative_argument_expression) \
  X(multiplicative_expression) \
  X(null_coalesce_expression) \
  X(param_block) \
  X(parameter_list) \
  X(parenthesized_expression) \
  X(path_command_name) \
  X(pipeline) \
  X(pipeline_chain) \
  X(pipeline_chain_tail) \
  X(program) \
  X(range_argument_expression) \
  X(range_expression) \
  X(real_literal) \
  X(redirection) \
  X(redirections) \
  X(requires_statement) \
  X(script_block) \
  X(script_block_expression) \
  X(script_parameter) \
  X(script_parameter_default) \
  X(simple_name) \
  X(statement_block) \
  X(statement_list) \
  X(stop_parsing) \
  X(string_literal) \
  X(sub_expression) \
  X(ternary_expression) \
  X(try_statement) \
  X(type_literal) \
  X(type_spec) \
  X(unary_expression) \
  X(variable) \
  X(verbatim_here_string_characters) \
  X(verbatim_string_characters) \
  X(while_statement)


#define S_KIND_ENUM(name) S_K_##name,
typedef enum { S_K_other, S_KINDS(S_KIND_ENUM) S_K_count } S_kind_t;
#define S_KIND_NAME(name) #name,
static const char *const S_kind_names[] = {"", S_KINDS(S_KIND_NAME)};

static uint8_t *S_kind_table;
static uint32_t S_kind_table_len;
static pthread_once_t S_kind_once = PTHREAD_ONCE_INIT;

static void S_kind_init(void) {
  const TSLanguage *lang = psa_language();
  uint32_t n = ts_language_symbol_count(lang);
  uint8_t *table = psa_xcalloc(n ? n : 1, 1);
  for (uint32_t sym = 0; sym < n; sym++) {
    if (ts_language_symbol_type(lang, (TSSymbol)sym) != TSSymbolTypeRegular) continue;
    const char *name = ts_language_symbol_name(lang, (TSSymbol)sym);
    for (int k = 1; k < S_K_count; k++)
      if (name && !strcmp(name, S_kind_names[k])) table[sym] = (uint8_t)k;
  }
  S_kind_table = table;
  S_kind_table_len = n;
}

static inline S_kind_t S_kind(const psa_snode *n) {
  return n->symbol < S_kind_table_len ? (S_kind_t)S_kind_table[n->symbol] : S_K_other;
}
#define S_is(n, name) (S_kind(n) == S_K_##name)
/* Model offsets of a node: the node's own offsets, shifted by the model's
 * base (dot-sourced files live after the main file in one offset space), or
 * mapped through a nested script's string literal back into the file. */
static psa_span S_map(const S_ctx *c, uint32_t s, uint32_t e) {
  if (!c->nest) return (psa_span){s + c->m->base, e + c->m->base};
  if (!c->nest->map) return c->nest->anchor;
  return (psa_span){c->nest->map[s], c->nest->map[e > s ? e : s]};
}
static psa_span S_span_of(const S_ctx *c, const psa_snode *n) {
  return S_map(c, n->start, n->end);
}
#define S_span(n) S_span_of(c, (n))

/* A large script names the same few thousand variables, members, parameters
 * and commands hundreds of thousands of times. */
static uint32_t S_name_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

char *psa_model__name(psa_model_impl *impl, const char *s, size_t n) {
  if (n >= 64 || memchr(s, '\0', n)) return psa_arena_strndup(&impl->arena, s, n);
  if ((impl->name_count + 1) * 2 > impl->name_cap) {
    uint32_t old_cap = impl->name_cap;
    char **old = impl->names;
    impl->name_cap = old_cap ? old_cap * 2 : 1024;
    impl->names = psa_xcalloc(impl->name_cap, sizeof(*impl->names));
    for (uint32_t i = 0; i < old_cap; i++) {
      if (!old[i]) continue;
      uint32_t j = S_name_hash(old[i], strlen(old[i])) & (impl->name_cap - 1);
      while (impl->names[j]) j = (j + 1) & (impl->name_cap - 1);
      impl->names[j] = old[i];
    }
    free(old);
  }
  uint32_t j = S_name_hash(s, n) & (impl->name_cap - 1);
  for (char *e; (e = impl->names[j]); j = (j + 1) & (impl->name_cap - 1))
    if (!strncmp(e, s, n) && e[n] == '\0') return e;
  impl->name_count++;
  return impl->names[j] = psa_arena_strndup(&impl->arena, s, n);
}

/* The node's text as a name (never written). */
static char *S_name_text(S_ctx *c, const psa_snode *n) {
  return psa_model__name(c->impl, c->text + n->start, n->end - n->start);
}

static char *S_text(S_ctx *c, const psa_snode *n) {
  uint32_t s = n->start, e = n->end;
  return psa_arena_strndup(&c->impl->arena, c->text + s, e - s);
}

/* Appends 'item', doubling the capacity through 'grow' (a realloc). */
#define S_PUSH_WITH(grow, arr, count, cap, item)                       \
  do {                                                                 \
    if ((count) == (cap)) {                                            \
      (cap) = (cap) ? (cap) * 2 : 8;                                   \
      (arr) = grow((arr), (size_t)(cap) * sizeof(*(arr)));             \
    }                                                                  \
    (arr)[(count)++] = (item);                                         \
  } while (0)

#define S_PUSH(arr, count, cap, item) S_PUSH_WITH(psa_xrealloc, arr, count, cap, item)

/* The same for the lists that grow with a large script (hundreds of
 * thousands of commands and variable reads): from a megabyte up they are
 * mapped on their own (psa_big_realloc), freed with psa_big_free. */
#define S_BIG_PUSH(arr, count, cap, item) S_PUSH_WITH(psa_big_realloc, arr, count, cap, item)

/* The same for the many small arrays of one command or variable: grown in
 * the model's arena, so freeing the model frees them at once. */
#define S_ARENA_PUSH(c, arr, count, cap, item) S_ARENA_PUSH_FROM(c, arr, count, cap, item, 4)
/* ... starting with room for 'first' (1 where most arrays hold one item) */
#define S_ARENA_PUSH_FROM(c, arr, count, cap, item, first)                            \
  do {                                                                              \
    if ((count) == (cap)) {                                                         \
      size_t old_ = (size_t)(cap) * sizeof(*(arr));                                 \
      (cap) = (cap) ? (cap) * 2 : (first);                                          \
      (arr) = psa_arena_grow(&(c)->impl->arena, (arr), old_, (size_t)(cap) * sizeof(*(arr))); \
    }                                                                               \
    (arr)[(count)++] = (item);                                                      \
  } while (0)

/* Values come in runs: the arena rounds each request up to 16 bytes, and a
 * value is 56 (a large script has millions). */
#define S_VALUE_RUN 64

static psa_value *S_new_value(S_ctx *c, psa_value_kind k, psa_span span) {
  psa_model_impl *impl = c->impl;
  if (!impl->values_left) {
    impl->values_next = psa_arena_alloc(&impl->arena, S_VALUE_RUN * sizeof(psa_value));
    impl->values_left = S_VALUE_RUN;
  }
  psa_value *v = impl->values_next++;
  impl->values_left--;
  v->kind = k;
  v->span = span;
  return v;
}

/* A statement that is a command (or ends a pipeline with one) drops the
 * command's value: nothing points to it, and a large script has one for
 * every few lines. It is given back when it is the last value handed out. */
static void S_drop_command_value(S_ctx *c, psa_value *v) {
  psa_model_impl *impl = c->impl;
  if (!v || v->kind != PSA_V_COMMAND || v != impl->values_next - 1 ||
      impl->values_left >= S_VALUE_RUN)
    return;
  memset(v, 0, sizeof(*v));
  impl->values_next--;
  impl->values_left++;
}

static psa_value *S_unknown(S_ctx *c, const psa_snode *n) { return S_new_value(c, PSA_V_UNKNOWN, S_span(n)); }

/* The only named child, skipping comments; null node when several. */
static const psa_snode *S_single_named(S_ctx *c, const psa_snode *n) {
  const psa_snode *found = NULL;
  uint32_t count = n->named_count;
  int seen = 0;
  for (uint32_t i = 0; i < count; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, comment)) continue;
    found = ch;
    seen++;
  }
  return seen == 1 ? found : NULL;
}

static bool S_null(const psa_snode *n) { return n == NULL; }

/* The grammar lets a command's node run over the white space (and a line
 * continuation) before a following '|': spans used for edits must not. */
static psa_span S_trimmed(const S_ctx *c, psa_span s) {
  const char *t = c->m->text; /* spans are model offsets: index by offset - base */
  uint32_t b = c->m->base;
  while (s.end > s.start && (t[s.end - 1 - b] == ' ' || t[s.end - 1 - b] == '\t' ||
                             t[s.end - 1 - b] == '\r' || t[s.end - 1 - b] == '\n'))
    s.end--;
  return s;
}

/* ---- strings ---------------------------------------------------------- */

/* Bytes of a typographic quote/dash at p (3-byte UTF-8), else 0. */
static int S_typo(const char *p, const char *end, char *ascii) {
  if (end - p < 3 || (unsigned char)p[0] != 0xE2 || (unsigned char)p[1] != 0x80) return 0;
  unsigned char b = (unsigned char)p[2];
  if (b >= 0x98 && b <= 0x9B) *ascii = '\'';
  else if (b >= 0x9C && b <= 0x9E) *ascii = '"';
  else if (b >= 0x93 && b <= 0x95) *ascii = '-';
  else return 0;
  return 3;
}

/* Length in bytes of the opening quote of a string literal at p. */
static int S_quote_len(const char *p, const char *end) {
  char a;
  if (p < end && (*p == '\'' || *p == '"')) return 1;
  return S_typo(p, end, &a);
}

void psa_model__unescape(psa_buf *b, const char *p, const char *end, bool expandable,
                         uint32_t *map, uint32_t base) {
  const char *p0 = p;
  /* every output byte records the input byte it came from */
#define S_OUT_AT(ch, from)                                                  \
  do {                                                                       \
    if (map) map[b->len] = base + (uint32_t)((from) - p0);                   \
    psa_buf_putc(b, (ch));                                                   \
  } while (0)
  while (p < end) {
    char a;
    int t = S_typo(p, end, &a);
    if (t && a != '-') {
      /* doubled typographic quote inside a string is an escaped quote */
      char a2;
      if (S_typo(p + t, end, &a2) && a2 == a) {
        for (int i = 0; i < t; i++) S_OUT_AT(p[i], p);
        p += 2 * t;
        continue;
      }
    }
    if (*p == '\'' && !expandable && p + 1 < end && p[1] == '\'') {
      S_OUT_AT('\'', p);
      p += 2;
      continue;
    }
    if (*p == '"' && expandable && p + 1 < end && p[1] == '"') {
      S_OUT_AT('"', p);
      p += 2;
      continue;
    }
    if (*p == '`' && expandable && p + 1 < end) {
      char e = p[1];
      char out = e;
      switch (e) {
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case '0': out = '\0'; break;
        case 'a': out = '\a'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'v': out = '\v'; break;
        default: break;
      }
      if (out) S_OUT_AT(out, p);
      p += 2;
      continue;
    }
    S_OUT_AT(*p, p);
    p++;
  }
#undef S_OUT_AT
  if (map) map[b->len] = base + (uint32_t)(end - p0);
}

static void S_unescape_into(psa_buf *b, const char *p, const char *end, bool expandable) {
  psa_model__unescape(b, p, end, expandable, NULL, 0);
}

static psa_value *S_string_const(S_ctx *c, psa_span span, const char *s, size_t len) {
  psa_value *v = S_new_value(c, PSA_V_STRING, span);
  v->str = psa_model__name(c->impl, s, len); /* kept once, as names are */
  v->literal = true;
  v->literal_count = 1;
  return v;
}

void psa_model__literal_inner(const char *p, const char *end, bool here, const char **s,
                              const char **e) {
  if (here) {
    /* @'<newline> ... <newline>'@ */
    if (p < end && *p == '@') p++;
    p += S_quote_len(p, end);
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (p < end && *p == '\r') p++;
    if (p < end && *p == '\n') p++;
    if (end > p && end[-1] == '@') end--;
    char a;
    if (end - p >= 3 && S_typo(end - 3, end, &a)) end -= 3;
    else if (end > p) end--;
    if (end > p && end[-1] == '\n') end--;
    if (end > p && end[-1] == '\r') end--;
  } else {
    p += S_quote_len(p, end);
    char a;
    if (end - p >= 3 && S_typo(end - 3, end, &a)) end -= 3;
    else if (end > p && (end[-1] == '\'' || end[-1] == '"')) end--;
  }
  if (end < p) end = p;
  *s = p;
  *e = end;
}

/* Inner text range of a quoted literal node (quotes and @' '@ stripped). */
static void S_literal_inner(S_ctx *c, const psa_snode *n, const char **s, const char **e, bool here) {
  psa_model__literal_inner(c->text + n->start, c->text + n->end, here, s,
                           e);
}

static psa_value *S_expandable(S_ctx *c, const psa_snode *n, bool here) {
  const char *s, *e;
  S_literal_inner(c, n, &s, &e, here);
  uint32_t count = n->named_count;
  psa_span span = S_span(n);
  if (count == 0) {
    psa_buf b;
    psa_buf_init(&b);
    S_unescape_into(&b, s, e, true);
    psa_value *v = S_string_const(c, span, b.data ? b.data : "", b.len);
    psa_buf_free(&b);
    return v;
  }
  /* interpolation: literal pieces between embedded variables/sub-expressions */
  psa_value *v = S_new_value(c, PSA_V_INTERP, span);
  psa_value **parts = NULL;
  uint32_t np = 0, cap = 0;
  const char *cur = s;
  for (uint32_t i = 0; i < count; i++) {
    const psa_snode *ch = S_named(c, n, i);
    const char *cs = c->text + ch->start;
    const char *ce = c->text + ch->end;
    if (cs < cur || ce > e) continue;
    if (cs > cur) {
      psa_buf b;
      psa_buf_init(&b);
      S_unescape_into(&b, cur, cs, true);
      psa_span ps = S_map(c, (uint32_t)(cur - c->text), (uint32_t)(cs - c->text));
      S_PUSH(parts, np, cap, S_string_const(c, ps, b.data ? b.data : "", b.len));
      psa_buf_free(&b);
    }
    psa_value *pv = S_value(c, ch);
    S_PUSH(parts, np, cap, pv);
    cur = ce;
  }
  if (cur < e) {
    psa_buf b;
    psa_buf_init(&b);
    S_unescape_into(&b, cur, e, true);
    psa_span ps = S_map(c, (uint32_t)(cur - c->text), (uint32_t)(e - c->text));
    S_PUSH(parts, np, cap, S_string_const(c, ps, b.data ? b.data : "", b.len));
    psa_buf_free(&b);
  }
  v->items = psa_arena_alloc(&c->impl->arena, (np ? np : 1) * sizeof(*v->items));
  if (np) memcpy(v->items, parts, np * sizeof(*parts));
  v->item_count = np;
  free(parts);
  return v;
}

static psa_value *S_string_literal(S_ctx *c, const psa_snode *n) {
  const psa_snode *ch = S_named(c, n, 0);
  if (S_null(ch)) return S_unknown(c, n);
  S_kind_t t = S_kind(ch);
  if (t == S_K_verbatim_string_characters || t == S_K_verbatim_here_string_characters) {
    bool here = t == S_K_verbatim_here_string_characters;
    const char *s, *e;
    S_literal_inner(c, ch, &s, &e, here);
    psa_buf b;
    psa_buf_init(&b);
    S_unescape_into(&b, s, e, false);
    psa_value *v = S_string_const(c, S_span(n), b.data ? b.data : "", b.len);
    v->single_quoted = true;
    psa_buf_free(&b);
    return v;
  }
  if (t == S_K_expandable_string_literal) return S_expandable(c, ch, false);
  if (t == S_K_expandable_here_string_literal) return S_expandable(c, ch, true);
  return S_unknown(c, n);
}

/* ---- variables -------------------------------------------------------- */

/* Splits "$script:Name" / "${Name}" / "@Name" into scope modifier and name. */
static void S_var_name(S_ctx *c, const psa_snode *n, char **scope_mod, char **name) {
  const char *t = c->text + n->start;
  const char *e = c->text + n->end;
  if (t < e && (*t == '$' || *t == '@')) t++;
  bool braced = false;
  if (t < e && *t == '{') {
    t++;
    braced = true;
    if (e > t && e[-1] == '}') e--;
  }
  (void)braced;
  const char *colon = NULL;
  for (const char *p = t; p < e; p++)
    if (*p == ':') {
      colon = p;
      break;
    }
  *scope_mod = NULL;
  if (colon) {
    *scope_mod = psa_model__name(c->impl, t, (size_t)(colon - t));
    t = colon + 1;
  }
  *name = psa_model__name(c->impl, t, (size_t)(e - t));
}

static psa_scope *S_scope_for(S_ctx *c, const char *mod) {
  if (mod && (!psa_strcasecmp(mod, "script") || !psa_strcasecmp(mod, "global")))
    return c->m->script;
  return c->scope;
}

static uint32_t S_var_hash(const psa_scope *scope, const char *name) {
  uint64_t h = (uint64_t)(uintptr_t)scope * 0x9E3779B97F4A7C15ULL;
  for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
    unsigned char c = (*p >= 'A' && *p <= 'Z') ? (unsigned char)(*p + 32) : *p;
    h = (h ^ c) * 1099511628211ULL;
  }
  return (uint32_t)(h ^ (h >> 32));
}

psa_variable *psa_model__find_var(const psa_model *m, const psa_scope *scope, const char *name) {
  const psa_model_impl *impl = m->impl;
  if (!impl->var_slot_cap) return NULL;
  uint32_t mask = impl->var_slot_cap - 1;
  for (uint32_t i = S_var_hash(scope, name) & mask;; i = (i + 1) & mask) {
    psa_variable *v = impl->var_slots[i];
    if (!v) return NULL;
    if (v->scope == scope && !psa_strcasecmp(v->name, name)) return v;
  }
}

static void S_var_insert(psa_model_impl *impl, psa_variable *v) {
  uint32_t mask = impl->var_slot_cap - 1;
  uint32_t i = S_var_hash(v->scope, v->name) & mask;
  while (impl->var_slots[i]) i = (i + 1) & mask;
  impl->var_slots[i] = v;
}

psa_variable *psa_model__declare(psa_model *m, psa_scope *scope, const char *name) {
  psa_model_impl *impl = m->impl;
  psa_variable *found = psa_model__find_var(m, scope, name);
  if (found) return found;
  if ((impl->var_count + 1) * 2 > impl->var_slot_cap) {
    /* grow and rehash: the table stays at most half full */
    uint32_t old_cap = impl->var_slot_cap;
    psa_variable **old = impl->var_slots;
    impl->var_slot_cap = old_cap ? old_cap * 2 : 64;
    impl->var_slots = psa_xcalloc(impl->var_slot_cap, sizeof(*impl->var_slots));
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i]) S_var_insert(impl, old[i]);
    free(old);
  }
  psa_variable *v = psa_arena_alloc(&impl->arena, sizeof(*v));
  v->name = psa_model__name(impl, name, strlen(name));
  v->scope = scope;
  v->next = scope->vars;
  scope->vars = v;
  S_var_insert(impl, v);
  impl->var_count++;
  return v;
}

static bool S_var_start(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
}
static bool S_var_char(char ch) { return S_var_start(ch) || (ch >= '0' && ch <= '9'); }

static psa_value *S_variable(S_ctx *c, const psa_snode *n) {
  char *mod, *name;
  S_var_name(c, n, &mod, &name);
  psa_span span = S_span(n);
  if (!mod && !psa_strcasecmp(name, "true")) {
    psa_value *v = S_new_value(c, PSA_V_BOOL, span);
    v->truth = true;
    return v;
  }
  if (!mod && !psa_strcasecmp(name, "false")) return S_new_value(c, PSA_V_BOOL, span);
  if (!mod && !psa_strcasecmp(name, "null")) return S_new_value(c, PSA_V_NULL, span);
  if (mod && !psa_strcasecmp(mod, "env")) {
    psa_value *v = S_new_value(c, PSA_V_ENV, span);
    v->str = name;
    return v;
  }
  psa_value *v = S_new_value(c, PSA_V_VARIABLE, span);
  v->str = name;
  /* resolved after the walk, when every assignment is known */
  psa_var_ref ref = {v, S_scope_for(c, mod)};
  S_BIG_PUSH(c->impl->refs, c->impl->ref_count, c->impl->ref_cap, ref);
  return v;
}

/* ---- commands --------------------------------------------------------- */

static bool S_is_range(S_ctx *c, const psa_snode *name) {
  const char *p = c->text + name->start;
  const char *e = c->text + name->end;
  const char *dots = NULL;
  for (const char *q = p; q < e; q++) {
    if (*q >= '0' && *q <= '9') continue;
    if (*q == '.' && q + 1 < e && q[1] == '.' && !dots && q > p) {
      dots = q++;
      continue;
    }
    return false;
  }
  return dots && dots + 2 < e;
}

/* The grammar reads a bare range (1..16) as a command: make it an array. */
static psa_value *S_range(S_ctx *c, const psa_snode *cmd) {
  if (cmd->named_count != 1) return NULL;
  const psa_snode *nm = S_named(c, cmd, 0); /* the command_name field */
  if (!S_is(nm, command_name) && !S_is(nm, command_name_expr)) return NULL;
  if (!S_is_range(c, nm)) return NULL;
  psa_value *v = S_new_value(c, PSA_V_ARRAY, S_span(cmd));
  v->str = "range";
  return v;
}

static bool S_param_token(const char *p, const char *e, const char **name_start) {
  char a;
  int t = S_typo(p, e, &a);
  if (t && a == '-') {
    *name_start = p + t;
    return true;
  }
  if (p < e && *p == '-') {
    *name_start = p + 1;
    return true;
  }
  return false;
}

/* "Subject"-SmtpServer: the grammar makes one argument of a quoted string
 * and the -Name written straight after it, but PowerShell's tokenizer ends
 * the argument at the closing quote (a string is read as a primary
 * expression, members only) and reads '-' and a letter as a parameter
 * (PowerShell's tokenizer.cs and Parser.cs, docs/fixes.md). The parameter
 * token of such an argument, or a null node. */
/* A redirection written without a space before its file (`>null`,
 * `2>>$log`, `*>&1`): the grammar reads it as one bare word, PowerShell as a
 * redirection, never an argument (Import-PSSession $s >null had bound
 * ">null" to -CommandName). */
static bool S_glued_redirection(const S_ctx *c, const psa_snode *el) {
  if (S_kind(el) != S_K_generic_token) return false;
  const char *p = c->text + el->start, *e = c->text + el->end;
  if (p < e && (*p == '*' || (*p >= '1' && *p <= '6'))) p++;
  return p < e && *p == '>';
}

static const psa_snode *S_glued_param(S_ctx *c, const psa_snode *el) {
  if (!S_is(el, concatenated_command_argument) || el->named_count != 2) return NULL;
  const psa_snode *str = S_named(c, el, 0), *tok = S_named(c, el, 1);
  if (S_null(str) || S_null(tok) || !S_is(str, string_literal) || !S_is(tok, generic_token) ||
      tok->end <= tok->start + 1 || str->end != tok->start)
    return NULL;
  const char *p = c->text + tok->start;
  if (p[0] != '-' || !(isalpha((unsigned char)p[1]) || p[1] == '_' || p[1] == '?')) return NULL;
  for (const char *q = p + 1; q < c->text + tok->end; q++)
    if (!(isalnum((unsigned char)*q) || *q == '_' || *q == '-' || *q == '?' ||
          (*q == ':' && q + 1 == c->text + tok->end)))
      return NULL;
  return tok;
}

static psa_value *S_args(S_ctx *c, const psa_snode *arglist, psa_value *v);

static psa_value *S_command(S_ctx *c, const psa_snode *n, psa_value *pipe_in) {
  psa_model_impl *impl = c->impl;
  psa_command *cmd = psa_arena_alloc(&impl->arena, sizeof(*cmd));
  cmd->span = S_trimmed(c, S_span(n));
  cmd->statement_span = c->stmt.end > c->stmt.start ? c->stmt : cmd->span;
  cmd->scope = c->scope;
  cmd->pipeline_input = pipe_in;
  cmd->seq = c->m->command_count;
  cmd->in_string = c->nest != NULL;
  cmd->span_approx = c->nest && !c->nest->map;
  S_BIG_PUSH(c->m->commands, c->m->command_count, impl->command_cap, cmd);

  psa_raw_command *raw = psa_arena_alloc(&impl->arena, sizeof(*raw));
  raw->cmd = cmd;
  S_BIG_PUSH(impl->raws, impl->raw_count, impl->raw_cap, raw);

  uint32_t count = n->count;
  for (uint32_t i = 0; i < count; i++) {
    const psa_snode *ch = S_child(c, n, i);
    S_kind_t t = S_kind(ch);
    if (t == S_K_command_invocation_operator) {
      cmd->invoke_operator = true;
      const char *op = c->text + ch->start;
      if (*op == '.') cmd->dot_source = true;
    } else if (t == S_K_command_name || t == S_K_command_name_expr ||
               t == S_K_path_command_name) {
      const psa_snode *name = ch;
      if (t == S_K_command_name_expr) {
        const psa_snode *inner = S_single_named(c, ch);
        if (!S_null(inner)) name = inner;
      }
      cmd->name_span = S_span(name);
      if (S_is(name, command_name) || S_is(name, path_command_name)) {
        raw->name_text = S_name_text(c, name);
      } else {
        cmd->name_value = S_value(c, name);
      }
    } else if (t == S_K_command_elements) {
      uint32_t ec = ch->count;
      /* room for the elements at once: grown one by one in the arena, with
       * the argument values allocated in between, the array was copied at
       * every doubling (a sixth of a large script's model) */
      uint32_t room = 0;
      for (uint32_t j = 0; j < ec; j++) {
        S_kind_t et = S_kind(S_child(c, ch, j));
        if (et == S_K_stop_parsing) break;
        room += et != S_K_command_argument_sep && et != S_K_comment && et != S_K_redirection &&
                et != S_K_redirections && et != S_K_file_redirection_operator &&
                !S_glued_redirection(c, S_child(c, ch, j));
        if (et == S_K_concatenated_command_argument && S_glued_param(c, S_child(c, ch, j))) room++;
      }
      if (raw->element_count + room > raw->element_cap) {
        uint32_t cap = raw->element_count + room;
        raw->elements = psa_arena_grow(&impl->arena, raw->elements,
                                       (size_t)raw->element_cap * sizeof(*raw->elements),
                                       (size_t)cap * sizeof(*raw->elements));
        raw->element_cap = cap;
      }
      bool colon_pending = false;
      for (uint32_t j = 0; j < ec; j++) {
        const psa_snode *el = S_child(c, ch, j);
        S_kind_t et = S_kind(el);
        if (et == S_K_command_argument_sep) {
          const char *p = c->text + el->start;
          const char *e = c->text + el->end;
          for (; p < e; p++)
            if (*p == ':') colon_pending = true;
          continue;
        }
        if (et == S_K_comment) continue;
        if (et == S_K_argument_list && raw->element_count &&
            raw->elements[raw->element_count - 1].span.end == el->start &&
            /* $x.M().N: the grammar drops the member after the call, so
             * the argument stays two elements (and needs a person) */
            c->text[el->end] != '.' && c->text[el->end] != '[' &&
            raw->elements[raw->element_count - 1].value &&
            raw->elements[raw->element_count - 1].value->kind == PSA_V_MEMBER) {
          /* -Name $x.Method(): the grammar ends the argument at the member
           * and gives the parentheses as an element of their own */
          psa_raw_element *prev = &raw->elements[raw->element_count - 1];
          psa_value *mv = prev->value;
          psa_value *v = S_new_value(c, PSA_V_METHOD_CALL, (psa_span){mv->span.start, el->end});
          v->base = mv->base;
          v->by_kind.member = mv->by_kind.member;
          S_args(c, el, v);
          S_PUSH(c->m->calls, c->m->call_count, c->impl->call_cap, v);
          /* a method call, not a property read */
          if (c->m->member_count && c->m->members[c->m->member_count - 1] == mv) c->m->member_count--;
          prev->value = v;
          prev->span.end = el->end;
          continue;
        }
        const psa_snode *glued = S_glued_param(c, el);
        if (glued) {
          /* the string is an argument of its own; the -Name a parameter */
          const psa_snode *str = S_named(c, el, 0);
          psa_raw_element sre = {0};
          sre.span = S_span(str);
          sre.kind = PSA_RAW_ARG;
          sre.value = S_value(c, str);
          S_ARENA_PUSH(c, raw->elements, raw->element_count, raw->element_cap, sre);
          el = glued;
          et = S_K_command_parameter;
        }
        psa_raw_element re = {0};
        re.span = S_span(el);
        if (et == S_K_command_parameter) {
          const char *p = c->text + el->start;
          const char *e = c->text + el->end;
          const char *ns;
          re.kind = PSA_RAW_PARAM;
          if (S_param_token(p, e, &ns)) {
            if (e > ns && e[-1] == ':') {
              e--;
              re.colon = true;
            }
            re.name = psa_model__name(impl, ns, (size_t)(e - ns));
          } else {
            re.name = S_text(c, el);
          }
          colon_pending = false;
        } else if (et == S_K_stop_parsing) {
          break; /* --%: the rest goes to the native command verbatim */
        } else if (et == S_K_redirection || et == S_K_redirections ||
                   et == S_K_file_redirection_operator || S_glued_redirection(c, el)) {
          continue;
        } else {
          /* a splat is a variable written with '@' */
          const char *p = c->text + el->start;
          const psa_snode *inner = el;
          while (!S_null(inner) && (S_is(inner, unary_expression)) &&
                 inner->named_count == 1)
            inner = S_named(c, inner, 0);
          if (*p == '@' && !S_null(inner) && S_is(inner, variable)) {
            re.kind = PSA_RAW_SPLAT;
            char *mod;
            S_var_name(c, inner, &mod, &re.name);
            /* S_scope_for: $script: and $global: name the script's scope;
             * others the command's own (c->scope here) */
            re.splat_script = S_scope_for(c, mod) == c->m->script && c->scope != c->m->script;
          } else {
            re.kind = PSA_RAW_ARG;
            re.value = S_value(c, el);
            if (colon_pending && raw->element_count &&
                raw->elements[raw->element_count - 1].kind == PSA_RAW_PARAM &&
                !raw->elements[raw->element_count - 1].value) {
              /* -Name:value */
              psa_raw_element *prev = &raw->elements[raw->element_count - 1];
              prev->value = re.value;
              prev->colon = true;
              prev->span.end = re.span.end;
              colon_pending = false;
              continue;
            }
          }
          colon_pending = false;
        }
        S_ARENA_PUSH(c, raw->elements, raw->element_count, raw->element_cap, re);
      }
    }
  }
  psa_value *v = S_new_value(c, PSA_V_COMMAND, cmd->span);
  v->by_kind.cmd = cmd;
  return v;
}

/* A pipeline_chain: commands and expressions joined by '|'. */
static psa_value *S_pipeline_chain(S_ctx *c, const psa_snode *n) {
  psa_value *prev = NULL;
  uint32_t count = n->named_count;
  uint32_t depth = 0;
  for (uint32_t i = 0; i < count; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, comment)) continue;
    if (S_is(ch, command) && !prev && S_range(c, ch)) {
      prev = S_range(c, ch);
      depth++;
    } else if (S_is(ch, command)) {
      prev = S_command(c, ch, prev);
      psa_value_cmd(prev)->depth_in_pipeline = depth++;
    } else if (S_is(ch, pipeline_chain_tail)) {
      /* && / || chains: separate pipelines */
      S_visit(c, ch);
    } else if (S_is(ch, redirections) || S_is(ch, redirection)) {
      continue;
    } else {
      prev = S_value(c, ch);
      depth++;
    }
  }
  return prev ? prev : S_unknown(c, n);
}

/* ---- expressions ------------------------------------------------------ */

static psa_value *S_args(S_ctx *c, const psa_snode *arglist, psa_value *v) {
  /* argument_list: '(' argument_expression_list ')' */
  const psa_snode *list = NULL;
  {
    uint32_t k = arglist->named_count;
    for (uint32_t i = 0; i < k; i++) {
      const psa_snode *ch = S_named(c, arglist, i);
      if (S_is(ch, argument_expression_list)) list = ch;
    }
  }
  if (S_null(list)) return v;
  uint32_t k = list->named_count;
  v->items = psa_arena_alloc(&c->impl->arena, (k ? k : 1) * sizeof(*v->items));
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, list, i);
    if (S_is(ch, comment)) continue;
    v->items[v->item_count++] = S_value(c, ch);
  }
  return v;
}

static char *S_type_text(S_ctx *c, const psa_snode *type_literal) {
  /* [ type_spec ] → the type_spec text */
  uint32_t k = type_literal->named_count;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, type_literal, i);
    if (S_is(ch, type_spec)) return S_text(c, ch);
  }
  char *t = S_text(c, type_literal);
  size_t l = strlen(t);
  if (l >= 2 && t[0] == '[' && t[l - 1] == ']') {
    t[l - 1] = '\0';
    return t + 1;
  }
  return t;
}

static psa_value *S_invocation(S_ctx *c, const psa_snode *n) {
  /* base ('.' | '::') member_name argument_list? */
  const psa_snode *base = S_named(c, n, 0);
  /* the grammar has its own nodes for base.ForEach(...) and base.Where(...),
   * keyword and all */
  bool foreach_method = false, where_method = false;
  if (!S_null(base) &&
      (S_is(base, invocation_foreach_expression) || S_is(base, invocation_where_expression)) &&
      n->named_count == 1) {
    where_method = S_is(base, invocation_where_expression);
    foreach_method = !where_method;
    n = base;
    base = S_named(c, n, 0);
  }
  const psa_snode *member = NULL, *args = NULL;
  bool is_static = false;
  uint32_t count = n->count;
  for (uint32_t i = 1; i < count; i++) {
    const psa_snode *ch = S_child(c, n, i);
    if (S_is(ch, member_name)) member = ch;
    else if (S_is(ch, argument_list)) args = ch;
    else if (!(ch->flags & PSA_SN_NAMED) && !strcmp(S_type(ch), "::")) is_static = true;
  }
  char *mname = foreach_method  ? psa_arena_strdup(&c->impl->arena, "ForEach")
                : where_method   ? psa_arena_strdup(&c->impl->arena, "Where")
                : S_null(member) ? psa_arena_strdup(&c->impl->arena, "")
                                 : S_name_text(c, member);
  psa_value *v;
  if (is_static && S_is(base, type_literal)) {
    char *type = S_type_text(c, base);
    if (!psa_strcasecmp(mname, "new")) {
      v = S_new_value(c, PSA_V_NEW_OBJECT, S_span(n));
    } else {
      v = S_new_value(c, PSA_V_STATIC_CALL, S_span(n));
    }
    v->str = type;
  } else {
    v = S_new_value(c, PSA_V_METHOD_CALL, S_span(n));
    v->base = S_value(c, base);
  }
  v->by_kind.member = mname;
  if (!S_null(args)) S_args(c, args, v);
  S_PUSH(c->m->calls, c->m->call_count, c->impl->call_cap, v);
  /* $h.Add('Key', value) builds a hashtable incrementally */
  if (v->kind == PSA_V_METHOD_CALL && !psa_strcasecmp(mname, "Add") && v->item_count == 2 &&
      v->base->kind == PSA_V_VARIABLE && v->items[0]->kind == PSA_V_STRING) {
    psa_entry_ref er = {v->base, v->items[0]->str, v->items[0]->span, v->span, v->items[1]};
    S_PUSH(c->impl->entry_refs, c->impl->entry_ref_count, c->impl->entry_ref_cap, er);
  }
  return v;
}

static psa_value *S_hash(S_ctx *c, const psa_snode *n) {
  psa_value *v = S_new_value(c, PSA_V_HASH, S_span(n));
  const psa_snode *body = NULL;
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++)
    if (S_is(S_named(c, n, i), hash_literal_body)) body = S_named(c, n, i);
  if (S_null(body)) return v;
  uint32_t ec = body->named_count;
  v->by_kind.entries =
      psa_arena_alloc(&c->impl->arena, (ec ? ec : 1) * sizeof(*psa_value_entries(v)));
  for (uint32_t i = 0; i < ec; i++) {
    const psa_snode *e = S_named(c, body, i);
    if (!S_is(e, hash_entry)) continue;
    psa_hash_entry *he = &psa_value_entries(v)[v->entry_count++];
    he->span = S_span(e);
    uint32_t ek = e->named_count;
    for (uint32_t j = 0; j < ek; j++) {
      const psa_snode *ch = S_named(c, e, j);
      if (S_is(ch, key_expression)) {
        he->key_span = S_span(ch);
        const psa_snode *kn = S_single_named(c, ch);
        if (!S_null(kn) && S_is(kn, simple_name)) {
          he->key = S_name_text(c, kn);
        } else {
          psa_value *kv = S_null(kn) ? S_unknown(c, ch) : S_value(c, kn);
          if (kv->kind == PSA_V_STRING) he->key = kv->str;
          else if (kv->kind == PSA_V_UNKNOWN && !S_null(kn)) he->key = S_name_text(c, kn);
        }
      } else if (!S_is(ch, comment)) {
        he->value = S_value(c, ch);
      }
    }
    if (!he->value) he->value = S_unknown(c, e);
  }
  return v;
}

static psa_value *S_binary_concat(S_ctx *c, const psa_snode *n) {
  /* additive_expression: left ('+' | '-') right */
  uint32_t count = n->count;
  psa_value *v = S_new_value(c, PSA_V_INTERP, S_span(n));
  v->items = psa_arena_alloc(&c->impl->arena, 2 * sizeof(*v->items));
  bool plus = false;
  for (uint32_t i = 0; i < count; i++) {
    const psa_snode *ch = S_child(c, n, i);
    if (!(ch->flags & PSA_SN_NAMED)) {
      if (!strcmp(S_type(ch), "+")) plus = true;
      continue;
    }
    if (S_is(ch, comment)) continue;
    if (v->item_count < 2) v->items[v->item_count++] = S_value(c, ch);
    else S_visit(c, ch);
  }
  if (!plus || v->item_count != 2) v->kind = PSA_V_UNKNOWN;
  return v;
}

static psa_value *S_format(S_ctx *c, const psa_snode *n) {
  /* fmt -f args: kept as a STATIC_CALL-like node the folder understands */
  psa_value *v = S_new_value(c, PSA_V_STATIC_CALL, S_span(n));
  v->str = "-f";
  v->by_kind.member = "format";
  v->items = psa_arena_alloc(&c->impl->arena, 2 * sizeof(*v->items));
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, format_operator) || S_is(ch, comment)) continue;
    if (v->item_count < 2) v->items[v->item_count++] = S_value(c, ch);
  }
  return v;
}

static psa_value *S_comparison(S_ctx *c, const psa_snode *n) {
  /* only -join is folded; other operators give an unknown value */
  uint32_t k = n->named_count;
  const psa_snode *op = NULL;
  for (uint32_t i = 0; i < k; i++)
    if (S_is(S_named(c, n, i), comparison_operator)) op = S_named(c, n, i);
  if (!S_null(op)) {
    char *ot = S_text(c, op);
    if (!psa_strcasecmp(ot, "-join")) {
      psa_value *v = S_new_value(c, PSA_V_STATIC_CALL, S_span(n));
      v->str = "-join";
      v->by_kind.member = "join";
      v->items = psa_arena_alloc(&c->impl->arena, 2 * sizeof(*v->items));
      for (uint32_t i = 0; i < k; i++) {
        const psa_snode *ch = S_named(c, n, i);
        if (S_is(ch, comparison_operator) || S_is(ch, comment)) continue;
        if (v->item_count < 2) v->items[v->item_count++] = S_value(c, ch);
      }
      return v;
    }
  }
  for (uint32_t i = 0; i < k; i++) S_visit(c, S_named(c, n, i));
  return S_unknown(c, n);
}

static psa_value *S_array(S_ctx *c, const psa_snode *n) {
  psa_value *v = S_new_value(c, PSA_V_ARRAY, S_span(n));
  uint32_t k = n->named_count;
  v->items = psa_arena_alloc(&c->impl->arena, (k ? k : 1) * sizeof(*v->items));
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, comment) || S_is(ch, command_argument_sep)) continue;
    v->items[v->item_count++] = S_value(c, ch);
  }
  return v;
}

/* Sub-expression bodies: $( ... ), @( ... ), ( ... ) hold statements; a
 * single statement is its value. */
static psa_value *S_statements_value(S_ctx *c, const psa_snode *n) {
  const psa_snode *list = NULL;
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, statement_list)) list = ch;
  }
  if (S_null(list)) {
    const psa_snode *one = S_single_named(c, n);
    return S_null(one) ? S_unknown(c, n) : S_value(c, one);
  }
  const psa_snode *one = S_single_named(c, list);
  if (!S_null(one)) return S_value(c, one);
  S_visit(c, list);
  return S_unknown(c, n);
}

static psa_value *S_value_inner(S_ctx *c, const psa_snode *n) {
  S_kind_t t = S_kind(n);
  switch (S_kind_names[t][0]) {
    case 'a':
      if (t == S_K_argument_expression || t == S_K_assignment_value) break;
      if (t == S_K_array_literal_expression) return S_array(c, n);
      if (t == S_K_array_expression) {
        /* @( ... ) is always an array */
        psa_value *inner = S_statements_value(c, n);
        if (inner->kind == PSA_V_ARRAY) return inner;
        psa_value *v = S_new_value(c, PSA_V_ARRAY, S_span(n));
        if (inner->kind != PSA_V_UNKNOWN || inner->span.end > inner->span.start) {
          v->items = psa_arena_alloc(&c->impl->arena, sizeof(*v->items));
          v->items[v->item_count++] = inner;
        }
        return v;
      }
      if (t == S_K_argument_list) {
        /* New-Object T(a, b): the constructor arguments as an array */
        psa_value *v = S_new_value(c, PSA_V_ARRAY, S_span(n));
        return S_args(c, n, v);
      }
      if (t == S_K_additive_expression || t == S_K_additive_argument_expression)
        return S_binary_concat(c, n);
      break;
    case 'b':
      if (t == S_K_bareword_argument_list) return S_array(c, n); /* Select-Object A, B */
      break;
    case 'c':
      if (t == S_K_command) {
        psa_value *r = S_range(c, n);
        return r ? r : S_command(c, n, NULL);
      }
      if (t == S_K_cast_expression) {
        psa_value *v = S_new_value(c, PSA_V_CAST, S_span(n));
        uint32_t k = n->named_count;
        for (uint32_t i = 0; i < k; i++) {
          const psa_snode *ch = S_named(c, n, i);
          if (S_is(ch, type_literal)) v->str = S_type_text(c, ch);
          else if (!S_is(ch, comment)) v->base = S_value(c, ch);
        }
        if (!v->base) v->base = S_unknown(c, n);
        if (!v->str) v->str = "";
        return v;
      }
      if (t == S_K_comparison_expression || t == S_K_comparison_argument_expression)
        return S_comparison(c, n);
      if (t == S_K_comment) return S_unknown(c, n);
      break;
    case 'd':
      if (t == S_K_decimal_integer_literal) goto number;
      break;
    case 'e':
      if (t == S_K_element_access) {
        psa_value *v = S_new_value(c, PSA_V_INDEX, S_span(n));
        uint32_t k = n->named_count;
        v->items = psa_arena_alloc(&c->impl->arena, sizeof(*v->items));
        for (uint32_t i = 0; i < k; i++) {
          const psa_snode *ch = S_named(c, n, i);
          if (S_is(ch, comment)) continue;
          if (!v->base) v->base = S_value(c, ch);
          else if (!v->item_count) v->items[v->item_count++] = S_value(c, ch);
          else S_visit(c, ch);
        }
        return v;
      }
      if (t == S_K_expression_with_unary_operator) {
        const psa_snode *one = S_single_named(c, n);
        if (!S_null(one) && S_is(one, cast_expression)) return S_value(c, one);
        /* unary -join */
        const char *p = c->text + n->start;
        if (psa_has_prefix_ci(p, n->end - n->start, "-join") &&
            !S_null(one)) {
          psa_value *v = S_new_value(c, PSA_V_STATIC_CALL, S_span(n));
          v->str = "-join";
          v->by_kind.member = "join";
          v->items = psa_arena_alloc(&c->impl->arena, sizeof(*v->items));
          v->items[v->item_count++] = S_value(c, one);
          return v;
        }
      }
      if (t == S_K_expandable_string_literal) return S_expandable(c, n, false);
      if (t == S_K_expandable_here_string_literal) return S_expandable(c, n, true);
      if (t == S_K_expandable_bareword) goto bareword;
      break;
    case 'f':
      if (t == S_K_format_expression || t == S_K_format_argument_expression)
        return S_format(c, n);
      break;
    case 'g':
      if (t == S_K_generic_token) goto bareword;
      break;
    case 'h':
      if (t == S_K_hash_literal_expression) return S_hash(c, n);
      if (t == S_K_hexadecimal_integer_literal) goto number;
      break;
    case 'i':
      if (t == S_K_integer_literal) goto number;
      if (t == S_K_invocation_expression) return S_invocation(c, n);
      break;
    case 'm':
      if (t == S_K_member_access) {
        psa_value *v = S_new_value(c, PSA_V_MEMBER, S_span(n));
        uint32_t k = n->named_count;
        for (uint32_t i = 0; i < k; i++) {
          const psa_snode *ch = S_named(c, n, i);
          if (S_is(ch, member_name)) v->by_kind.member = S_name_text(c, ch);
          else if (!v->base && !S_is(ch, comment)) {
            if (S_is(ch, type_literal)) {
              v->kind = PSA_V_STATIC_CALL; /* [Type]::Property */
              v->str = S_type_text(c, ch);
              v->base = NULL;
              continue;
            }
            v->base = S_value(c, ch);
          }
        }
        if (!psa_value_member(v)) v->by_kind.member = "";
        if (v->kind == PSA_V_MEMBER && !v->base) v->base = S_unknown(c, n);
        if (v->kind == PSA_V_MEMBER) S_BIG_PUSH(c->m->members, c->m->member_count, c->impl->member_cap, v);
        return v;
      }
      break;
    case 'p':
      if (t == S_K_pipeline) {
        const psa_snode *one = S_single_named(c, n);
        if (!S_null(one)) return S_value(c, one);
        S_visit(c, n);
        return S_unknown(c, n);
      }
      if (t == S_K_pipeline_chain) return S_pipeline_chain(c, n);
      if (t == S_K_parenthesized_expression) return S_statements_value(c, n);
      break;
    case 'r':
      if (t == S_K_real_literal) goto number;
      break;
    case 's':
      if (t == S_K_string_literal) return S_string_literal(c, n);
      if (t == S_K_sub_expression) return S_statements_value(c, n);
      if (t == S_K_script_block_expression) {
        psa_value *v = S_new_value(c, PSA_V_SCRIPTBLOCK, S_span(n));
        /* where a block's commands run is its caller's choice: a try
         * around the block's text need not be around its run */
        if (!c->nest) S_PUSH(c->m->script_blocks, c->m->script_block_count, c->impl->script_block_cap, S_span(n));
        uint32_t k = n->named_count;
        for (uint32_t i = 0; i < k; i++) S_visit(c, S_named(c, n, i));
        return v;
      }
      break;
    case 'u':
      if (t == S_K_unary_expression) break;
      break;
    case 'v':
      if (t == S_K_variable || t == S_K_braced_variable) return S_variable(c, n);
      if (t == S_K_verbatim_string_characters) {
        const char *s, *e;
        S_literal_inner(c, n, &s, &e, false);
        psa_buf b;
        psa_buf_init(&b);
        S_unescape_into(&b, s, e, false);
        psa_value *v = S_string_const(c, S_span(n), b.data ? b.data : "", b.len);
        psa_buf_free(&b);
        return v;
      }
      break;
    default:
      break;
  }
  /* transparent wrappers: one named child carries the value */
  if (t == S_K_unary_expression || t == S_K_argument_expression ||
      t == S_K_assignment_value || t == S_K_logical_argument_expression ||
      t == S_K_bitwise_argument_expression || t == S_K_range_argument_expression ||
      t == S_K_multiplicative_argument_expression || t == S_K_logical_expression ||
      t == S_K_bitwise_expression || t == S_K_multiplicative_expression ||
      t == S_K_range_expression || t == S_K_ternary_expression ||
      t == S_K_null_coalesce_expression || t == S_K_script_parameter_default) {
    const psa_snode *one = S_single_named(c, n);
    if (!S_null(one)) return S_value(c, one);
  }
  S_visit(c, n);
  return S_unknown(c, n);

number: {
  psa_value *v = S_new_value(c, PSA_V_NUMBER, S_span(n));
  v->str = S_text(c, n);
  v->literal = true;
  return v;
}
bareword: {
  if (n->named_count == 0 && t == S_K_generic_token && n->end - n->start >= 2 &&
      c->text[n->start] == '$' && S_var_start(c->text[n->start + 1])) {
    /* '$first' shown to the parser as '_first' in '$first$last' (the view,
     * analyzer/syntax/view.c): the text says it is the variable */
    bool plain = true;
    for (uint32_t q = n->start + 1; q < n->end && plain; q++) plain = S_var_char(c->text[q]);
    if (plain) return S_variable(c, n);
  }
  if (n->named_count == 0) {
    char *txt = S_name_text(c, n);
    psa_value *v = S_string_const(c, S_span(n), txt, strlen(txt));
    return v;
  }
  /* a bareword with embedded variables */
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++) S_visit(c, S_named(c, n, i));
  psa_value *v = S_new_value(c, PSA_V_UNKNOWN, S_span(n));
  return v;
}
}

static psa_value *S_value(S_ctx *c, const psa_snode *n) {
  if (S_null(n)) return S_new_value(c, PSA_V_UNKNOWN, (psa_span){0, 0});
  if (c->depth >= c->max_depth) {
    c->m->depth_limited = true;
    return S_unknown(c, n);
  }
  c->depth++;
  psa_value *v = S_value_inner(c, n);
  c->depth--;
  return v;
}

/* ---- statements ------------------------------------------------------- */

static void S_assignment(S_ctx *c, const psa_snode *n) {
  const psa_snode *left = NULL, *op = NULL, *right = NULL;
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, left_assignment_expression)) left = ch;
    else if (S_is(ch, assignment_operator)) op = ch;
    else if (!S_is(ch, comment)) right = ch;
  }
  psa_value *value = S_null(right) ? S_unknown(c, n) : S_value(c, right);
  if (S_null(left)) return;
  bool append = false;
  if (!S_null(op)) {
    const char *p = c->text + op->start;
    append = *p == '+';
    if (*p != '=' && *p != '+') value = S_unknown(c, n); /* -=, *=, ... */
  }
  /* peel the left side: unary_expression → variable | member_access |
   * element_access | cast_expression */
  const psa_snode *target = left;
  const char *type = NULL;
  for (int guard = 0; guard < 16; guard++) {
    if (S_is(target, left_assignment_expression) || S_is(target, unary_expression) ||
        S_is(target, expression_with_unary_operator)) {
      const psa_snode *one = S_single_named(c, target);
      if (S_null(one)) break;
      target = one;
    } else if (S_is(target, cast_expression)) {
      uint32_t tk = target->named_count;
      const psa_snode *inner = NULL;
      for (uint32_t i = 0; i < tk; i++) {
        const psa_snode *ch = S_named(c, target, i);
        if (S_is(ch, type_literal)) type = S_type_text(c, ch);
        else inner = ch;
      }
      if (S_null(inner)) break;
      target = inner;
    } else {
      break;
    }
  }
  psa_model *m = c->m;
  psa_model_impl *impl = c->impl;
  if (S_is(target, variable) || S_is(target, braced_variable)) {
    char *mod, *name;
    S_var_name(c, target, &mod, &name);
    if (mod && !psa_strcasecmp(mod, "env")) {
      psa_env_assignment e = {name, value, c->stmt.end > c->stmt.start ? c->stmt : S_span(n),
                              S_span(target), append};
      S_PUSH(m->env_assigns, m->env_assign_count, impl->env_assign_cap, e);
      return;
    }
    psa_variable *var = psa_model__declare(m, S_scope_for(c, mod), name);
    psa_span whole = S_trimmed(c, S_span(n));
    bool statement = !c->nest && !c->in_fragment && c->stmt.end > c->stmt.start &&
                     whole.start == c->stmt.start && whole.end == c->stmt.end;
    psa_assignment a = {value, c->stmt.end > c->stmt.start ? c->stmt : S_span(n), S_span(target),
                        type, append, statement ? c->list : (psa_span){0, 0}};
    /* most variables are assigned once */
    S_ARENA_PUSH_FROM(c, var->assigns, var->assign_count, var->assign_cap, a, 1);
    if (value->kind == PSA_V_COMMAND && !psa_value_cmd(value)->assigned_to)
      psa_value_cmd(value)->assigned_to = var;
    if (!psa_strcasecmp(name, "PSEmailServer")) m->ps_email_server = value;
    if (!psa_strcasecmp(name, "PSDefaultParameterValues") && value->kind == PSA_V_HASH) {
      for (uint32_t i = 0; i < value->entry_count; i++) {
        psa_hash_entry *e = &psa_value_entries(value)[i];
        if (!e->key) continue;
        psa_default_param d = {e->key, e->value, e->span, e->key_span};
        S_PUSH(m->defaults, m->default_count, impl->default_cap, d);
      }
    }
    return;
  }
  if (S_is(target, member_access) || S_is(target, element_access)) {
    psa_value *tv = S_value(c, target);
    psa_value *base = tv->base;
    const char *key = NULL;
    psa_span key_span = {0, 0};
    if (tv->kind == PSA_V_MEMBER) {
      key = psa_value_member(tv);
      key_span = tv->span;
    } else if (tv->kind == PSA_V_INDEX && tv->item_count && tv->items[0]->kind == PSA_V_STRING) {
      key = tv->items[0]->str;
      key_span = tv->items[0]->span;
    }
    if (tv->kind == PSA_V_MEMBER) {
      psa_member_assignment ma = {base, psa_value_member(tv), value,
                                  c->stmt.end > c->stmt.start ? c->stmt : S_span(n)};
      S_PUSH(m->member_assigns, m->member_assign_count, impl->member_assign_cap, ma);
    }
    if (base && base->kind == PSA_V_VARIABLE && key) {
      psa_entry_ref er = {base, key, key_span, S_span(n), value};
      S_PUSH(impl->entry_refs, impl->entry_ref_count, impl->entry_ref_cap, er);
    }
    return;
  }
  S_visit(c, left);
}

/* The variable a swallowed parameter declares ("[Switch] $x" read as a cast,
 * or "$x"), and its type (the innermost cast's, as a parameter's last type
 * literal); NULL when the element is no parameter declaration. */
static const psa_snode *S_swallowed_param(S_ctx *c, const psa_snode *e, const char **type) {
  for (int depth = 0; e && depth < 8; depth++) {
    if (S_is(e, variable)) return e;
    if (S_is(e, unary_expression) || S_is(e, expression_with_unary_operator)) {
      e = S_single_named(c, e);
      continue;
    }
    if (S_is(e, cast_expression) && e->named_count == 2 && S_is(S_named(c, e, 0), type_literal)) {
      *type = S_type_text(c, S_named(c, e, 0));
      e = S_named(c, e, 1);
      continue;
    }
    return NULL;
  }
  return NULL;
}

/* tree-sitter-pwsh reads "$p = $null,\n[Switch] $q\n)" as one parameter whose
 * default is the array "$null, [Switch]$q"; PowerShell has no comma operator
 * in a parameter default, so the later elements are parameters of their own.
 * The array when every element after the first declares a parameter. */
static const psa_snode *S_swallowing_default(S_ctx *c, const psa_snode *def) {
  const psa_snode *a = S_single_named(c, def);
  if (S_null(a) || !S_is(a, array_literal_expression) || a->named_count < 2) return NULL;
  for (uint32_t i = 1; i < a->named_count; i++) {
    const char *type = NULL;
    if (!S_swallowed_param(c, S_named(c, a, i), &type)) return NULL;
  }
  return a;
}

static void S_params(S_ctx *c, const psa_snode *list) {
  uint32_t k = list->named_count;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *p = S_named(c, list, i);
    if (!S_is(p, script_parameter)) continue;
    const char *type = NULL;
    const char **attrs = NULL;
    uint32_t nattrs = 0;
    const psa_snode *var = NULL, *def = NULL;
    uint32_t pk = p->named_count;
    for (uint32_t j = 0; j < pk; j++) {
      const psa_snode *ch = S_named(c, p, j);
      if (S_is(ch, attribute_list)) {
        /* the last type literal among the attributes is the parameter type;
         * the others ([Parameter()], [Credential()]) are kept by name */
        uint32_t ak = ch->named_count;
        if (ak && !attrs) attrs = psa_arena_alloc(&c->impl->arena, ak * sizeof(*attrs));
        for (uint32_t a = 0; a < ak; a++) {
          const psa_snode *at = S_named(c, ch, a);
          const psa_snode *tl = S_single_named(c, at);
          if (!S_null(tl) && S_is(tl, type_literal)) {
            type = S_type_text(c, tl);
            continue;
          }
          uint32_t nk = at->named_count;
          for (uint32_t q = 0; q < nk && attrs; q++)
            if (S_is(S_named(c, at, q), attribute_name)) {
              attrs[nattrs++] = S_text(c, S_named(c, at, q));
              break;
            }
        }
      } else if (S_is(ch, variable)) {
        var = ch;
      } else if (S_is(ch, script_parameter_default)) {
        def = ch;
      }
    }
    if (S_null(var)) continue;
    char *mod, *name;
    S_var_name(c, var, &mod, &name);
    psa_variable *v = psa_model__declare(c->m, c->scope, name);
    v->is_parameter = true;
    v->param_type = type;
    v->param_attributes = attrs;
    v->param_attribute_count = nattrs;
    v->decl_span = S_span(p);
    v->param_name_span = S_span(var);
    const psa_snode *swallowing = S_null(def) ? NULL : S_swallowing_default(c, def);
    if (swallowing) {
      const psa_snode *first = S_named(c, swallowing, 0);
      v->decl_span.end = S_span(first).end;
      v->param_default = S_value(c, first);
      for (uint32_t j = 1; j < swallowing->named_count; j++) {
        const psa_snode *e = S_named(c, swallowing, j);
        const char *etype = NULL;
        const psa_snode *ev = S_swallowed_param(c, e, &etype);
        S_var_name(c, ev, &mod, &name);
        psa_variable *w = psa_model__declare(c->m, c->scope, name);
        w->is_parameter = true;
        w->param_type = etype;
        w->decl_span = S_span(e);
        w->param_name_span = S_span(ev);
      }
    } else if (!S_null(def)) {
      v->param_default = S_value(c, def);
    }
  }
}

static void S_function(S_ctx *c, const psa_snode *n) {
  psa_model_impl *impl = c->impl;
  const psa_snode *name = NULL;
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++)
    if (S_is(S_named(c, n, i), function_name)) name = S_named(c, n, i);
  psa_scope *scope = psa_arena_alloc(&impl->arena, sizeof(*scope));
  scope->kind = PSA_SCOPE_FUNCTION;
  scope->parent = c->scope;
  scope->span = S_span(n);
  scope->name = S_null(name) ? "" : S_text(c, name);
  psa_function f = {scope->name, S_span(n), scope, NULL, 0, 0};
  S_PUSH(c->m->functions, c->m->function_count, impl->function_cap, f);
  psa_scope *saved = c->scope;
  psa_span saved_stmt = c->stmt;
  uint32_t saved_function = c->function;
  c->function = c->m->function_count;
  c->scope = scope;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, function_name)) continue;
    if (S_is(ch, function_parameter_declaration)) {
      uint32_t dk = ch->named_count;
      for (uint32_t j = 0; j < dk; j++)
        if (S_is(S_named(c, ch, j), parameter_list)) S_params(c, S_named(c, ch, j));
      continue;
    }
    S_visit(c, ch);
  }
  c->scope = saved;
  c->stmt = saved_stmt;
  c->function = saved_function;
}

/* Records a value the walked function outputs (arena-grown array). */
static void S_function_output(S_ctx *c, psa_value *v) {
  if (!c->function || !v) return;
  psa_function *f = &c->m->functions[c->function - 1];
  if (f->return_count == f->return_cap) {
    uint32_t cap = f->return_cap ? f->return_cap * 2 : 4;
    psa_value **grown = psa_arena_alloc(&c->impl->arena, cap * sizeof(*grown));
    if (f->return_count) memcpy(grown, f->returns, f->return_count * sizeof(*grown));
    f->returns = grown;
    f->return_cap = cap;
  }
  f->returns[f->return_count++] = v;
}

/* A statement that is only a variable ($session): its value is output. */
static const psa_snode *S_bare_variable(S_ctx *c, const psa_snode *n) {
  while (n && (S_is(n, pipeline) || S_is(n, pipeline_chain) || S_is(n, unary_expression)) &&
         n->named_count == 1)
    n = S_named(c, n, 0);
  return n && S_is(n, variable) ? n : NULL;
}

/* A statement that is a pipeline of commands whose output is not thrown
 * away (New-PSSession ..., not Write-Host ... or ... | Out-Null): in a
 * function, its value is output. */
static bool S_command_output(S_ctx *c, const psa_snode *n) {
  static const char *const silent[] = {"Write-Host", "Write-Verbose", "Write-Debug",
                                       "Write-Warning", "Write-Information", "Write-Progress",
                                       "Out-Null", "Out-Host", "Out-File", "Set-Content",
                                       "Add-Content", "Export-Csv", "Export-Clixml", NULL};
  if (!S_is(n, pipeline) || n->named_count != 1) return false;
  const psa_snode *chain = S_named(c, n, 0);
  if (!S_is(chain, pipeline_chain) || !chain->named_count) return false;
  const psa_snode *last = NULL;
  for (uint32_t i = 0; i < chain->named_count; i++) {
    const psa_snode *st = S_named(c, chain, i);
    if (S_is(st, comment)) continue;
    if (!S_is(st, command)) return false;
    last = st;
  }
  if (!last) return false;
  for (uint32_t i = 0; i < last->named_count; i++) {
    const psa_snode *nm = S_named(c, last, i);
    if (!S_is(nm, command_name)) continue;
    const char *name = S_text(c, nm);
    for (int k = 0; silent[k]; k++)
      if (name && !psa_strcasecmp(name, silent[k])) return false;
    return true;
  }
  return false;
}

/* Records the clauses of an if statement: the 'if' clause runs from the
 * statement's start to its first block; elseif and else clauses are nodes
 * of their own. Nested scripts' spans are approximate: none recorded. */
static void S_if_blocks(S_ctx *c, const psa_snode *n) {
  if (c->nest) return;
  psa_span whole = S_span(n);
  for (uint32_t i = 0; i < n->named_count; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, statement_block)) {
      psa_block b = {PSA_BLOCK_IF, {whole.start, S_span(ch).end}, S_span(ch), whole};
      S_PUSH(c->m->blocks, c->m->block_count, c->impl->block_cap, b);
    } else if (S_is(ch, elseif_clauses) || S_is(ch, else_clause)) {
      const psa_snode *list = ch;
      uint32_t k = S_is(ch, else_clause) ? 1 : ch->named_count;
      for (uint32_t j = 0; j < k; j++) {
        const psa_snode *cl = S_is(ch, else_clause) ? ch : S_named(c, list, j);
        if (!S_is(cl, elseif_clause) && !S_is(cl, else_clause)) continue;
        psa_block b = {S_is(cl, else_clause) ? PSA_BLOCK_ELSE : PSA_BLOCK_ELSEIF, S_span(cl),
                       S_span(cl), whole};
        for (uint32_t q = 0; q < cl->named_count; q++)
          if (S_is(S_named(c, cl, q), statement_block)) b.body = S_span(S_named(c, cl, q));
        S_PUSH(c->m->blocks, c->m->block_count, c->impl->block_cap, b);
      }
    }
  }
}

/* Records the catch clauses of a try statement. Nested scripts' spans are
 * approximate: none recorded. */
static void S_catch_clauses(S_ctx *c, const psa_snode *n) {
  if (c->nest) return;
  psa_span try_body = {0, 0};
  for (uint32_t i = 0; i < n->named_count; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (S_is(ch, statement_block) && !try_body.end) try_body = S_span(ch);
    if (!S_is(ch, catch_clauses)) continue;
    uint32_t first = c->m->catch_count;
    for (uint32_t j = 0; j < ch->named_count; j++) {
      const psa_snode *cl = S_named(c, ch, j);
      if (!S_is(cl, catch_clause)) continue;
      psa_catch k = {S_span(cl), {0, 0}, {0, 0}, try_body, S_span(n), false};
      for (uint32_t q = 0; q < cl->named_count; q++) {
        const psa_snode *part = S_named(c, cl, q);
        if (S_is(part, catch_type_list)) k.types = S_span(part);
        else if (S_is(part, statement_block)) k.body = S_span(part);
      }
      S_PUSH(c->m->catches, c->m->catch_count, c->impl->catch_cap, k);
    }
    if (c->m->catch_count > first) c->m->catches[c->m->catch_count - 1].last = true;
  }
}

static void S_visit_inner(S_ctx *c, const psa_snode *n) {
  S_kind_t t = S_kind(n);
  if (t == S_K_comment) {
    /* the grammar parses #Requires only at the top of a file; PowerShell
     * honours it on any line */
    /* raw offsets in this file's text (not a nested script's string) */
    psa_span s = {n->start, n->end};
    if (!c->nest && s.end - s.start > 9 &&
        psa_has_prefix_ci(c->m->text + s.start, s.end - s.start, "#requires"))
      psa_model__requires(c->m, s);
    return;
  }
  if (t == S_K_statement_list || t == S_K_program) {
    uint32_t k = n->named_count;
    psa_span saved = c->stmt, saved_list = c->list;
    c->list = S_span(n);
    for (uint32_t i = 0; i < k; i++) {
      const psa_snode *ch = S_named(c, n, i);
      if (!c->in_fragment && c->impl->parse && psa_parse_shadowed(c->impl->parse, ch->start, ch->end)) continue;
      c->stmt = S_trimmed(c, S_span(ch));
      const psa_snode *bare = c->function ? S_bare_variable(c, ch) : NULL;
      if (bare) S_function_output(c, S_value(c, bare));
      else if (c->function && S_command_output(c, ch)) S_function_output(c, S_value(c, ch));
      else S_visit(c, ch);
    }
    c->stmt = saved;
    c->list = saved_list;
    return;
  }
  if (t == S_K_flow_control_statement && c->function && n->end - n->start > 6 &&
      psa_has_prefix_ci(c->text + n->start, 6, "return")) {
    /* return <pipeline>: the value is the function's output */
    for (uint32_t i = 0; i < n->named_count; i++) {
      const psa_snode *ch = S_named(c, n, i);
      if (S_is(ch, comment)) continue;
      const psa_snode *bare = S_bare_variable(c, ch);
      if (bare) S_function_output(c, S_value(c, bare));
      else if (S_is(ch, pipeline)) S_function_output(c, S_value(c, ch));
      else S_visit(c, ch);
    }
    return;
  }
  if (t == S_K_function_statement) {
    S_function(c, n);
    return;
  }
  if (t == S_K_param_block) {
    uint32_t k = n->named_count;
    for (uint32_t i = 0; i < k; i++) {
      const psa_snode *ch = S_named(c, n, i);
      if (S_is(ch, parameter_list)) S_params(c, ch);
      else S_visit(c, ch);
    }
    return;
  }
  if (t == S_K_assignment_expression) {
    S_assignment(c, n);
    return;
  }
  if (t == S_K_if_statement) S_if_blocks(c, n);
  if (t == S_K_try_statement) S_catch_clauses(c, n);
  if (t == S_K_foreach_statement || t == S_K_for_statement || t == S_K_while_statement ||
      t == S_K_do_statement) {
    psa_block b = {PSA_BLOCK_LOOP, S_span(n), S_span(n), S_span(n)};
    for (uint32_t i = 0; i < n->named_count; i++)
      if (S_is(S_named(c, n, i), statement_block)) b.body = S_span(S_named(c, n, i));
    if (!c->nest) S_PUSH(c->m->blocks, c->m->block_count, c->impl->block_cap, b);
  }
  if (t == S_K_foreach_statement) {
    uint32_t k = n->named_count;
    psa_foreach loop = {NULL, NULL, S_span(n)};
    for (uint32_t i = 0; i < k; i++) {
      const psa_snode *ch = S_named(c, n, i);
      if (S_is(ch, variable) && !loop.var) {
        char *mod, *name;
        S_var_name(c, ch, &mod, &name);
        psa_variable *v = psa_model__declare(c->m, S_scope_for(c, mod), name);
        v->is_foreach = true;
        loop.var = v;
        continue;
      }
      /* the collection is the first child after the variable */
      if (loop.var && !loop.collection && !S_is(ch, comment) && !S_is(ch, statement_block) &&
          !S_is(ch, script_block)) {
        loop.collection = S_value(c, ch);
        continue;
      }
      S_visit(c, ch);
    }
    if (loop.var && loop.collection)
      S_PUSH(c->m->foreach_loops, c->m->foreach_count, c->impl->foreach_cap, loop);
    return;
  }
  if (t == S_K_requires_statement) {
    if (!c->nest) psa_model__requires(c->m, (psa_span){n->start, n->end});
    return;
  }
  if (t == S_K_pipeline_chain) {
    S_drop_command_value(c, S_pipeline_chain(c, n));
    return;
  }
  if (t == S_K_command) {
    S_drop_command_value(c, S_command(c, n, NULL));
    return;
  }
  /* expressions met as statements register what they contain */
  if (t == S_K_invocation_expression || t == S_K_hash_literal_expression ||
      t == S_K_member_access || t == S_K_string_literal ||
      t == S_K_cast_expression || t == S_K_element_access ||
      t == S_K_variable) {
    (void)S_value(c, n);
    return;
  }
  if (t == S_K_generic_token && n->end - n->start >= 2 && c->text[n->start] == '$') {
    (void)S_value(c, n); /* $first of $first$last: a read (S_value_inner) */
    return;
  }
  uint32_t k = n->named_count;
  for (uint32_t i = 0; i < k; i++) {
    const psa_snode *ch = S_named(c, n, i);
    if (!c->in_fragment && (n->flags & PSA_SN_ERROR) && c->impl->parse &&
        psa_parse_shadowed(c->impl->parse, ch->start, ch->end))
      continue;
    S_visit(c, ch);
  }
}

static void S_visit(S_ctx *c, const psa_snode *n) {
  if (S_null(n)) return;
  if (c->depth >= c->max_depth) {
    c->m->depth_limited = true;
    return;
  }
  c->depth++;
  S_visit_inner(c, n);
  c->depth--;
}

/* ---- entry point ------------------------------------------------------ */

static int S_cmd_order(const void *a, const void *b) {
  const psa_command *x = *(psa_command *const *)a, *y = *(psa_command *const *)b;
  if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
  /* an enclosing command (longer) first */
  if (x->span.end != y->span.end) return x->span.end > y->span.end ? -1 : 1;
  /* equal spans (a nested script mapped to its whole string): walk order */
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Walks one syntax tree through its flat copy (see syntax.h), which lives
 * only as long as the walk: the model keeps offsets, never nodes. Frees
 * the copy. */
static void S_walk_syntax(S_ctx *c, psa_syntax *syn, bool fragment) {
  c->syn = syn;
  c->in_fragment = fragment;
  if (fragment) {
    c->stmt = (psa_span){0, 0};
  } else if (!c->nest && !c->first_found) {
    /* where the first statement starts (after the leading comments; of a
     * text parsed in pieces, in the first piece that has one) */
    const psa_snode *root = psa_syntax_root(syn);
    for (uint32_t i = 0; i < root->named_count; i++) {
      const psa_snode *ch = S_named(c, root, i);
      if (!S_is(ch, statement_list)) continue;
      for (uint32_t j = 0; j < ch->named_count; j++) {
        const psa_snode *st = S_named(c, ch, j);
        if (S_is(st, comment)) continue;
        c->m->first_statement = c->m->base + st->start;
        c->first_found = true;
        break;
      }
      break;
    }
  }
  S_visit(c, psa_syntax_root(syn));
  c->syn = NULL;
  psa_syntax_free(syn);
}

static void S_walk_tree(S_ctx *c, const TSTree *tree, bool fragment) {
  pthread_once(&S_kind_once, S_kind_init);
  psa_syntax syn;
  if (psa_syntax_build(&syn, tree)) S_walk_syntax(c, &syn, fragment);
}

void psa_model__walk_nested(psa_model *m, const psa_parse_result *pr, const char *text,
                            const uint32_t *map, psa_span anchor, psa_scope *scope,
                            uint8_t nest_depth) {
  psa_model_impl *impl = m->impl;
  S_nest nest = {map, anchor};
  S_ctx c = {.m = m, .impl = impl, .scope = scope, .text = text, .nest = &nest,
             .max_depth = (int)impl->max_depth};
  uint32_t first_raw = impl->raw_count;
  impl->parse = pr;
  if (pr->main.tree) S_walk_tree(&c, pr->main.tree, false);
  for (uint32_t i = 0; i < pr->fragment_count; i++) {
    c.scope = scope;
    S_walk_tree(&c, pr->fragments[i].tree, true);
  }
  impl->parse = NULL;
  for (uint32_t i = first_raw; i < impl->raw_count; i++) impl->raws[i]->nest_depth = nest_depth;
  psa_model__resolve(m);
  psa_model__bind(m);
}

psa_model *psa_model_build(const psa_source *src, const psa_parse_result *parse) {
  return psa_model_build_at(src, parse, 0);
}

psa_model *psa_model_build_at(const psa_source *src, const psa_parse_result *parse,
                              uint32_t base) {
  return psa_model_build_limited(src, parse, base, PSA_MODEL_MAX_DEPTH);
}

static psa_model *S_model_new(const psa_source *src, const psa_parse_result *parse, uint32_t base,
                              uint32_t max_depth) {
  psa_model *m = psa_xcalloc(1, sizeof(*m));
  psa_model_impl *impl = psa_xcalloc(1, sizeof(*impl));
  impl->max_depth =
      max_depth && max_depth < PSA_MODEL_MAX_DEPTH ? max_depth : PSA_MODEL_MAX_DEPTH;
  psa_arena_init(&impl->arena);
  m->impl = impl;
  m->src = src;
  m->text = src->text;
  m->base = base;
  impl->parse = parse;
  m->script = psa_arena_alloc(&impl->arena, sizeof(*m->script));
  m->script->kind = PSA_SCOPE_SCRIPT;
  m->script->span = (psa_span){base, base + src->text_len};
  m->first_statement = base + src->text_len;
  return m;
}

static void S_model_finish(psa_model *m) {
  psa_model_impl *impl = m->impl;
  impl->parse = NULL;
  psa_model__resolve(m);
  psa_model__bind(m);
  psa_model__nested(m);
  if (m->command_count) qsort(m->commands, m->command_count, sizeof(*m->commands), S_cmd_order);
}

psa_model *psa_model_build_limited(const psa_source *src, const psa_parse_result *parse,
                                   uint32_t base, uint32_t max_depth) {
  psa_model *m = S_model_new(src, parse, base, max_depth);
  psa_model_impl *impl = m->impl;
  S_ctx c = {.m = m, .impl = impl, .scope = m->script, .text = src->text,
             .max_depth = (int)impl->max_depth};
  if (parse && parse->main.tree) S_walk_tree(&c, parse->main.tree, false);
  for (uint32_t i = 0; parse && i < parse->fragment_count; i++) {
    c.scope = m->script;
    S_walk_tree(&c, parse->fragments[i].tree, true);
  }
  S_model_finish(m);
  return m;
}

psa_model *psa_model_build_chunked(const psa_source *src, psa_parse_chunks *chunks,
                                   const psa_parse_result *parse, uint32_t max_depth) {
  psa_model *m = S_model_new(src, parse, 0, max_depth);
  psa_model_impl *impl = m->impl;
  S_ctx c = {.m = m, .impl = impl, .scope = m->script, .text = src->text,
             .max_depth = (int)impl->max_depth};
  TSTree *tree;
  while ((tree = psa_parse_chunks_next(chunks))) {
    c.scope = m->script;
    pthread_once(&S_kind_once, S_kind_init);
    psa_syntax syn;
    bool copied = psa_syntax_build(&syn, tree);
    /* the walk needs only the copy: the tree's memory goes back first */
    psa_parse_chunks_release(chunks, tree);
    if (copied) S_walk_syntax(&c, &syn, false);
  }
  if (parse->over_budget || psa_parse_chunks_stopped(chunks)) {
    impl->parse = NULL;
    psa_model_free(m);
    return NULL;
  }
  for (uint32_t i = 0; i < parse->fragment_count; i++) {
    c.scope = m->script;
    S_walk_tree(&c, parse->fragments[i].tree, true);
  }
  S_model_finish(m);
  return m;
}

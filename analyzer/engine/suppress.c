/* Suppression comments and SuppressMessageAttribute: see
 * include/psauth/suppress.h and docs/suppressions.md. */
#include "psauth/suppress.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/config.h"
#include "base/array.h"
#include "base/glob.h"
#include "base/util.h"

/* Every scanned file is asked: one caseless JIT-compiled pass for both
 * words, compiled once per process (read-only after that). */
static pcre2_code *S_marker_re;
static pthread_once_t S_marker_once = PTHREAD_ONCE_INIT;

static void S_marker_compile(void) {
  S_marker_re = psa_re_compile("psauth|suppressmessage", PCRE2_ZERO_TERMINATED, PCRE2_CASELESS);
}

/* True on any doubt (no pattern, a match error): the trees are then kept and
 * the comments read, which is only slower. */
bool psa_suppressions_possible(const psa_source *src) {
  if (!src) return false;
  pthread_once(&S_marker_once, S_marker_compile);
  return !S_marker_re ||
         psa_re_match(S_marker_re, src->text, src->text_len) != PCRE2_ERROR_NOMATCH;
}

/* ---- collecting nodes --------------------------------------------------- */

typedef struct {
  TSNode *nodes;
  size_t count, cap;
} S_nodes;

static void S_push(S_nodes *v, TSNode n) {
  psa_push(v->nodes, v->count, v->cap, n);
}

static void S_walk(TSNode root, S_nodes *comments, S_nodes *attributes) {
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    const char *type = ts_node_type(n);
    if (!strcmp(type, "comment"))
      S_push(comments, n);
    else if (!strcmp(type, "attribute"))
      S_push(attributes, n);
    if (ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
    }
  }
}

static int S_by_start(const void *a, const void *b) {
  uint32_t x = ts_node_start_byte(*(const TSNode *)a), y = ts_node_start_byte(*(const TSNode *)b);
  return x < y ? -1 : x > y;
}

/* Sorted by position, each once: a node of the main tree and the same text
 * in a recovered fragment count once. */
static void S_sort_unique(S_nodes *v) {
  if (v->count < 2) return;
  qsort(v->nodes, v->count, sizeof(TSNode), S_by_start);
  size_t k = 1;
  for (size_t i = 1; i < v->count; i++)
    if (ts_node_start_byte(v->nodes[i]) != ts_node_start_byte(v->nodes[k - 1]))
      v->nodes[k++] = v->nodes[i];
  v->count = k;
}

/* ---- results ------------------------------------------------------------ */

static psa_suppression *S_add(psa_suppressions *s, const psa_source *src, psa_suppression_kind kind,
                              const char *sel, size_t sel_len, const char *reason, uint32_t at,
                              psa_span range) {
  psa_grow(s->items, s->count, s->cap);
  psa_suppression *x = &s->items[s->count++];
  memset(x, 0, sizeof(*x));
  x->kind = kind;
  x->selector = psa_xstrndup(sel, sel_len);
  x->reason = reason ? psa_xstrdup(reason) : NULL;
  x->range = range;
  psa_source_position(src, at, &x->line, &x->col);
  return x;
}

static void S_problem(psa_suppressions *s, const psa_source *src, uint32_t at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void S_problem(psa_suppressions *s, const psa_source *src, uint32_t at, const char *fmt,
                      ...) {
  psa_grow(s->problems, s->problem_count, s->problem_cap);
  psa_suppression_problem *p = &s->problems[s->problem_count++];
  psa_source_position(src, at, &p->line, &p->col);
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  p->message = psa_xstrdup(buf);
}

void psa_suppressions_free(psa_suppressions *s) {
  for (uint32_t i = 0; i < s->count; i++) {
    free(s->items[i].selector);
    free(s->items[i].reason);
  }
  free(s->items);
  for (uint32_t i = 0; i < s->problem_count; i++) free(s->problems[i].message);
  free(s->problems);
  memset(s, 0, sizeof(*s));
}

bool psa_suppressions_match(psa_suppressions *s, const psa_rule *rule, psa_span span) {
  bool hit = false;
  for (uint32_t i = 0; i < s->count; i++) {
    psa_suppression *x = &s->items[i];
    if (span.start < x->range.start || span.start >= x->range.end) continue;
    if (!psa_rule_selector_matches(rule, x->selector)) continue;
    x->used = true;
    hit = true;
  }
  return hit;
}

/* ---- comment directives ------------------------------------------------- */

typedef struct {
  const psa_source *src;
  const psa_parse_result *parse;
  const S_nodes *comments;
  psa_suppressions *out;
  struct {
    char *selector;
    char *reason;
    uint32_t at;
  } * open; /* disable blocks not yet enabled */
  size_t open_count, open_cap;
} S_state;

static bool S_space(char c) {
  return c == ' ' || c == '\t';
}

static uint32_t S_line_of(const psa_source *src, uint32_t off) {
  uint32_t line, col;
  psa_source_position(src, off, &line, &col);
  return line;
}

/* The comment starting at 'off', or NULL. */
static const TSNode *S_comment_at(const S_state *st, uint32_t off) {
  size_t lo = 0, hi = st->comments->count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    uint32_t s = ts_node_start_byte(st->comments->nodes[mid]);
    if (s == off) return &st->comments->nodes[mid];
    if (s < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* The statement that starts at 'p': the largest node starting there below
 * the statement list (a pipeline, a function, an if ...). Its end, or 0. */
static uint32_t S_statement_end(const S_state *st, uint32_t p) {
  const psa_parse_unit *unit = &st->parse->main;
  for (uint32_t i = 0; i < st->parse->fragment_count; i++)
    if (p >= st->parse->fragments[i].range.start && p < st->parse->fragments[i].range.end)
      unit = &st->parse->fragments[i];
  if (!unit->tree) return 0;
  TSNode n = ts_node_descendant_for_byte_range(ts_tree_root_node(unit->tree), p, p);
  if (ts_node_is_null(n) || ts_node_start_byte(n) != p) return 0;
  for (;;) {
    TSNode parent = ts_node_parent(n);
    if (ts_node_is_null(parent) || ts_node_start_byte(parent) != p) break;
    const char *t = ts_node_type(parent);
    if (!strcmp(t, "program") || !strcmp(t, "statement_list") || !strcmp(t, "script_block_body") ||
        !strcmp(t, "script_block") || !strcmp(t, "ERROR"))
      break;
    n = parent;
  }
  return ts_node_end_byte(n);
}

/* What disable-next-line covers: the first line after the comment that
 * holds code (blank lines and comment lines are skipped), and the whole
 * statement that starts there. */
static psa_span S_next_statement(const S_state *st, uint32_t comment_end) {
  const psa_source *src = st->src;
  uint32_t line = S_line_of(src, comment_end) + 1;
  for (; line <= src->line_count; line++) {
    uint32_t a = psa_source_line_start(src, line), b = psa_source_line_start(src, line + 1);
    uint32_t p = a;
    while (p < b && (S_space(src->text[p]) || src->text[p] == '\f')) p++;
    if (p >= b || src->text[p] == '\n' || src->text[p] == '\r') continue; /* blank */
    const TSNode *c = S_comment_at(st, p);
    if (c) { /* a comment line (or block comment): go on after it */
      line = S_line_of(src, ts_node_end_byte(*c));
      continue;
    }
    uint32_t e = S_statement_end(st, p);
    return (psa_span){a, e > b ? e : b};
  }
  return (psa_span){0, 0};
}

static const char *const S_words[] = {"disable-next-line", "disable-line", "disable-file",
                                      "disable",           "enable",       NULL};

/* One directive: 'd' points just after "psauth:", 'end' ends it. 'at' is
 * where it is reported, 'line_at' an offset on the line it is written on,
 * comment_end where its comment ends. */
static void S_directive(S_state *st, const char *d, const char *end, uint32_t at, uint32_t line_at,
                        uint32_t comment_end) {
  const psa_source *src = st->src;
  while (d < end && S_space(*d)) d++;
  const char *w = d;
  while (d < end && ((*d >= 'a' && *d <= 'z') || (*d >= 'A' && *d <= 'Z') || *d == '-')) d++;
  size_t wl = (size_t)(d - w);
  int word = -1;
  for (int i = 0; S_words[i]; i++)
    if (wl == strlen(S_words[i]) && !psa_strncasecmp(w, S_words[i], wl)) word = i;
  if (word < 0) {
    S_problem(st->out, src, at,
              "unknown psauth directive '%.*s' (expected disable-next-line, "
              "disable-line, disable, enable or disable-file)",
              (int)(wl ? wl : (size_t)(end - w)), w);
    return;
  }
  /* IDs up to "--", then the reason */
  const char *ids_end = end;
  for (const char *p = d; p + 1 < end; p++)
    if (p[0] == '-' && p[1] == '-' && (p == d || S_space(p[-1]) || p[-1] == ',')) {
      ids_end = p;
      break;
    }
  char *reason = NULL;
  if (ids_end < end) {
    const char *r = ids_end + 2, *re = end;
    while (r < re && S_space(*r)) r++;
    while (re > r && (S_space(re[-1]) || re[-1] == '\r')) re--;
    if (re > r) reason = psa_xstrndup(r, (size_t)(re - r));
  }
  psa_span range = {0, 0};
  uint32_t line = S_line_of(src, line_at);
  switch (word) {
    case 0: range = S_next_statement(st, comment_end); break;
    case 1:
      range = (psa_span){psa_source_line_start(src, line), psa_source_line_start(src, line + 1)};
      break;
    case 2: range = (psa_span){0, src->text_len}; break;
    default: break;
  }
  static const psa_suppression_kind kinds[] = {PSA_SUPPRESS_NEXT_LINE, PSA_SUPPRESS_LINE,
                                               PSA_SUPPRESS_FILE, PSA_SUPPRESS_BLOCK,
                                               PSA_SUPPRESS_BLOCK};
  int n = 0;
  const char *p = d;
  while (p < ids_end) {
    while (p < ids_end && (S_space(*p) || *p == ',')) p++;
    const char *s = p;
    while (p < ids_end && !S_space(*p) && *p != ',') p++;
    if (p == s) break;
    size_t len = (size_t)(p - s);
    n++;
    if (word == 3) { /* disable: opens a block */
      psa_grow(st->open, st->open_count, st->open_cap);
      st->open[st->open_count].selector = psa_xstrndup(s, len);
      st->open[st->open_count].reason = reason ? psa_xstrdup(reason) : NULL;
      st->open[st->open_count++].at = at;
      continue;
    }
    if (word == 4) { /* enable: closes the open blocks with this ID ('all' closes all) */
      bool closed = false;
      bool all = len == 3 && !psa_strncasecmp(s, "all", 3);
      for (size_t i = 0; i < st->open_count;) {
        const char *o = st->open[i].selector;
        if (all || (strlen(o) == len && !psa_strncasecmp(o, s, len))) {
          S_add(st->out, src, PSA_SUPPRESS_BLOCK, o, strlen(o), st->open[i].reason, st->open[i].at,
                (psa_span){st->open[i].at, at});
          free(st->open[i].selector);
          free(st->open[i].reason);
          st->open[i] = st->open[--st->open_count];
          closed = true;
        } else {
          i++;
        }
      }
      if (!closed)
        S_problem(st->out, src, at, "'enable %.*s' without an earlier 'disable %.*s'", (int)len, s,
                  (int)len, s);
      continue;
    }
    S_add(st->out, src, kinds[word], s, len, reason, at, range);
  }
  if (!n) S_problem(st->out, src, at, "'%s' needs rule IDs (or 'all')", S_words[word]);
  free(reason);
}

/* "psauth:" at p (after optional spaces)? Returns the text after it. */
static const char *S_marker(const char *p, const char *end) {
  while (p < end && S_space(*p)) p++;
  if (end - p >= 7 && !psa_strncasecmp(p, "psauth:", 7)) return p + 7;
  return NULL;
}

static void S_comment(S_state *st, TSNode n) {
  const char *text = st->src->text;
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (e > st->src->text_len || e - s < 2) return;
  if (text[s] == '#') {
    const char *d = S_marker(text + s + 1, text + e);
    if (d) S_directive(st, d, text + e, s, s, e);
    return;
  }
  if (text[s] != '<' || text[s + 1] != '#') return;
  /* a block comment: a directive on any of its lines */
  uint32_t body_end = e >= s + 4 && text[e - 2] == '#' && text[e - 1] == '>' ? e - 2 : e;
  uint32_t p = s + 2;
  while (p < body_end) {
    uint32_t q = p;
    while (q < body_end && text[q] != '\n' && text[q] != '\r') q++;
    const char *l = text + p;
    while (l < text + q && (S_space(*l) || *l == '#')) l++;
    const char *d = S_marker(l, text + q);
    if (d) S_directive(st, d, text + q, (uint32_t)(l - text), p, e);
    p = q;
    while (p < body_end && (text[p] == '\n' || text[p] == '\r')) p++;
  }
}

/* ---- SuppressMessageAttribute ------------------------------------------- */

static bool S_is_suppress_attribute(const char *name, size_t n) {
  static const char *const prefixes[] = {"", "Diagnostics.CodeAnalysis.",
                                         "System.Diagnostics.CodeAnalysis.", NULL};
  static const char *const names[] = {"SuppressMessageAttribute", "SuppressMessage", NULL};
  for (int p = 0; prefixes[p]; p++)
    for (int k = 0; names[k]; k++) {
      size_t lp = strlen(prefixes[p]), lk = strlen(names[k]);
      if (n == lp + lk && !psa_strncasecmp(name, prefixes[p], lp) &&
          !psa_strncasecmp(name + lp, names[k], lk))
        return true;
    }
  return false;
}

/* The constant string an attribute argument expression stands for, or NULL
 * (caller frees). */
static char *S_constant(const psa_source *src, TSNode n) {
  while (!ts_node_is_null(n) && strcmp(ts_node_type(n), "string_literal") != 0) {
    if (ts_node_named_child_count(n) != 1) return NULL;
    n = ts_node_named_child(n, 0);
  }
  if (ts_node_is_null(n) || ts_node_named_child_count(n) != 1) return NULL;
  TSNode lit = ts_node_named_child(n, 0);
  const char *t = src->text + ts_node_start_byte(lit);
  uint32_t len = ts_node_end_byte(lit) - ts_node_start_byte(lit);
  const char *type = ts_node_type(lit);
  if (len < 2) return NULL;
  if (!strcmp(type, "verbatim_string_characters")) {
    psa_buf b;
    psa_buf_init(&b);
    psa_buf_puts(&b, ""); /* so an empty string is "" */
    for (uint32_t i = 1; i + 1 < len; i++) {
      psa_buf_putc(&b, t[i]);
      if (t[i] == '\'' && t[i + 1] == '\'') i++;
    }
    return psa_buf_detach(&b);
  }
  if (!strcmp(type, "expandable_string_literal")) {
    for (uint32_t i = 1; i + 1 < len; i++)
      if (t[i] == '$' || t[i] == '`') return NULL; /* not a plain constant */
    return psa_xstrndup(t + 1, len - 2);
  }
  return NULL;
}

static bool S_wild_ci(const char *pattern, const char *name) {
  char *p = psa_xstrdup(pattern), *s = psa_xstrdup(name);
  for (char *c = p; *c; c++)
    if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
  for (char *c = s; *c; c++)
    if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
  bool m = psa_glob_match(p, s);
  free(p);
  free(s);
  return m;
}

/* Functions (or classes) named like 'target' inside 'scope'. */
static void S_retarget(const psa_source *src, TSNode scope, bool classes, const char *target,
                       const char *rule, const char *reason, uint32_t at, psa_suppressions *out,
                       int *added) {
  TSTreeCursor c = ts_tree_cursor_new(scope);
  const char *want = classes ? "class_statement" : "function_statement";
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    if (!strcmp(ts_node_type(n), want)) {
      TSNode name = ts_node_named_child(n, 0);
      if (!ts_node_is_null(name)) {
        char *nm = psa_xstrndup(src->text + ts_node_start_byte(name),
                                ts_node_end_byte(name) - ts_node_start_byte(name));
        if (S_wild_ci(target, nm)) {
          S_add(out, src, PSA_SUPPRESS_ATTRIBUTE, rule, strlen(rule), reason, at,
                (psa_span){ts_node_start_byte(n), ts_node_end_byte(n)});
          (*added)++;
        }
        free(nm);
      }
    }
    if (ts_tree_cursor_goto_first_child(&c)) continue;
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&c)) break;
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
    }
  }
}

static void S_attribute(const psa_source *src, TSNode attr, psa_suppressions *out) {
  TSNode name = ts_node_named_child(attr, 0);
  if (ts_node_is_null(name) || strcmp(ts_node_type(name), "attribute_name") != 0) return;
  /* the type name without white space */
  char tn[160];
  size_t k = 0;
  for (uint32_t i = ts_node_start_byte(name); i < ts_node_end_byte(name) && k + 1 < sizeof(tn); i++)
    if (!S_space(src->text[i]) && src->text[i] != '\n' && src->text[i] != '\r')
      tn[k++] = src->text[i];
  tn[k] = '\0';
  if (!S_is_suppress_attribute(tn, k)) return;

  /* RuleName, RuleSuppressionId, Scope, Target, Justification */
  char *f[5] = {NULL, NULL, NULL, NULL, NULL};
  int positional = 0;
  TSNode args = ts_node_named_child(attr, 1);
  uint32_t nargs = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
  for (uint32_t i = 0; i < nargs; i++) {
    TSNode a = ts_node_named_child(args, i);
    TSNode first = ts_node_named_child(a, 0);
    if (ts_node_is_null(first)) continue;
    if (!strcmp(ts_node_type(first), "simple_name")) {
      static const char *const named[] = {
          "RuleName",      "RuleSuppressionId", "Scope",     "Target",
          "Justification", "CheckId",           "MessageId", NULL};
      const char *nm = src->text + ts_node_start_byte(first);
      size_t nl = ts_node_end_byte(first) - ts_node_start_byte(first);
      for (int x = 0; named[x]; x++)
        if (nl == strlen(named[x]) && !psa_strncasecmp(nm, named[x], nl)) {
          int slot = x >= 5 ? 1 : x;
          free(f[slot]);
          f[slot] = S_constant(src, ts_node_named_child(a, 1));
        }
      continue;
    }
    /* positional: 'a', 'b', ... parses as one array literal */
    if (!strcmp(ts_node_type(first), "array_literal_expression")) {
      uint32_t m = ts_node_named_child_count(first);
      for (uint32_t j = 0; j < m && positional < 5; j++, positional++)
        f[positional] = S_constant(src, ts_node_named_child(first, j));
    } else if (positional < 5) {
      f[positional++] = S_constant(src, first);
    }
  }
  const char *rule = f[0];
  if (!rule || !*rule) goto done;

  /* the param() block it decorates, and what that block belongs to */
  TSNode p = ts_node_parent(attr);
  while (!ts_node_is_null(p) && strcmp(ts_node_type(p), "param_block") != 0) {
    const char *t = ts_node_type(p);
    if (strcmp(t, "attribute_list") != 0) break;
    p = ts_node_parent(p);
  }
  if (ts_node_is_null(p) || strcmp(ts_node_type(p), "param_block") != 0) goto done;
  TSNode owner = ts_node_parent(p);
  if (ts_node_is_null(owner)) goto done;
  if (!strcmp(ts_node_type(owner), "script_block")) {
    TSNode up = ts_node_parent(owner);
    if (!ts_node_is_null(up) && !strcmp(ts_node_type(up), "function_statement")) owner = up;
  }
  bool file = !strcmp(ts_node_type(owner), "program");
  psa_span extent = file ? (psa_span){0, src->text_len}
                         : (psa_span){ts_node_start_byte(owner), ts_node_end_byte(owner)};
  uint32_t at = ts_node_start_byte(attr);
  const char *scope = f[2], *target = f[3], *reason = f[4] && *f[4] ? f[4] : NULL;
  if (scope && *scope) {
    bool classes = !psa_strcasecmp(scope, "class");
    if (!classes && psa_strcasecmp(scope, "function") != 0) goto done; /* PSSA knows no other */
    int added = 0;
    S_retarget(src, owner, classes, target && *target ? target : "*", rule, reason, at, out,
               &added);
    if (!added) /* a Target that matches nothing: reported as unused */
      S_add(out, src, PSA_SUPPRESS_ATTRIBUTE, rule, strlen(rule), reason, at, (psa_span){0, 0});
  } else {
    S_add(out, src, PSA_SUPPRESS_ATTRIBUTE, rule, strlen(rule), reason, at, extent);
  }
done:
  for (int i = 0; i < 5; i++) free(f[i]);
}

/* ---- entry point -------------------------------------------------------- */

void psa_suppressions_collect(const psa_source *src, const psa_parse_result *parse,
                              psa_suppressions *out) {
  if (!psa_suppressions_possible(src) || !parse->main.tree) return;
  S_nodes comments = {NULL, 0, 0}, attributes = {NULL, 0, 0};
  S_walk(ts_tree_root_node(parse->main.tree), &comments, &attributes);
  for (uint32_t i = 0; i < parse->fragment_count; i++)
    S_walk(ts_tree_root_node(parse->fragments[i].tree), &comments, &attributes);
  S_sort_unique(&comments);
  S_sort_unique(&attributes);

  S_state st;
  memset(&st, 0, sizeof(st));
  st.src = src;
  st.parse = parse;
  st.comments = &comments;
  st.out = out;
  for (size_t i = 0; i < comments.count; i++) S_comment(&st, comments.nodes[i]);
  /* blocks never enabled run to the end of the file */
  for (size_t i = 0; i < st.open_count; i++) {
    const char *o = st.open[i].selector;
    S_add(out, src, PSA_SUPPRESS_BLOCK, o, strlen(o), st.open[i].reason, st.open[i].at,
          (psa_span){st.open[i].at, src->text_len});
    free(st.open[i].selector);
    free(st.open[i].reason);
  }
  free(st.open);
  for (size_t i = 0; i < attributes.count; i++) S_attribute(src, attributes.nodes[i], out);
  free(comments.nodes);
  free(attributes.nodes);
}

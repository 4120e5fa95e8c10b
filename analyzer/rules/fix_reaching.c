/* Which assignment of a variable a read gets, where the file makes that
 * plain: a variable assigned several times ($365Logon = Get-Credential
 * before each of two sign-ins) is judged one assignment at a time only
 * when every assignment is a statement of the script's own level (not in
 * a function, script block, if, loop, try or switch), so that they run
 * once each, in the order they are written, and every read is at that
 * level or in the body of an if or a loop there. A read then gets the last
 * assignment written before it. Anything else (a function, a script block
 * run later, a try, $global:, Get-Variable, a dot-sourced file) and the
 * question is not answered. */
#include <stdlib.h>
#include <string.h>

#include "rules/rules.h"
#include "syntax/view.h"

typedef struct {
  uint32_t at;    /* offset */
  uint32_t index; /* assignment index, or UINT32_MAX - read index */
  bool ok;        /* where it stands allows the judgement */
} S_point;

static int S_by_offset(const void *a, const void *b) {
  uint32_t x = ((const S_point *)a)->at, y = ((const S_point *)b)->at;
  return x < y ? -1 : x > y;
}

/* Whether an open '{' at 'brace' is the body of an if clause or a loop. */
static bool S_block_body(const psa_model *m, uint32_t brace) {
  for (uint32_t i = 0; i < m->block_count; i++)
    if (m->blocks[i].body.start == brace) return true;
  return false;
}

bool psa_fix_reaching_unread(const psa_rule_ctx *ctx, const psa_variable *var,
                             const psa_span *covered, uint32_t ncovered, bool *unread) {
  enum { MAX_ASSIGNS = 16, MAX_READS = 64 };
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  if (!var || !var->name || var->scope != m->script || var->is_parameter || var->is_foreach ||
      var->entry_count || var->assign_count < 2 || var->assign_count > MAX_ASSIGNS)
    return false;
  /* names a variable without reading it as $name: the model does not see
   * those reads and writes */
  static const char *const by_name[] = {"-Variable", "$global:", "$script:", "$using:",
                                        "PSVariable", "ExecutionContext",
                                        "trap", NULL}; /* trap: continues after a failed statement */
  for (int i = 0; by_name[i]; i++)
    if (psa_find_ci(t, len, by_name[i])) return false;
  for (uint32_t i = 0; i < m->command_count; i++)
    if (m->commands[i]->dot_source) return false;
  psa_span reads[MAX_READS];
  uint32_t nr = psa_variable_reads(m, var, reads, MAX_READS);
  if (nr > MAX_READS) return false;
  S_point pts[MAX_ASSIGNS + MAX_READS];
  uint32_t np = 0;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->append || a->span.end > len || a->span.start < m->first_statement) return false;
    /* not in an if condition, a loop, a function */
    for (uint32_t b = 0; b < m->block_count; b++)
      if (m->blocks[b].statement.start <= a->span.start && a->span.end <= m->blocks[b].statement.end)
        return false;
    for (uint32_t f = 0; f < m->function_count; f++)
      if (m->functions[f].span.start <= a->span.start && a->span.end <= m->functions[f].span.end)
        return false;
    pts[np++] = (S_point){a->span.start, i, false};
  }
  for (uint32_t i = 0; i < nr; i++) {
    if (reads[i].end > len) return false;
    for (uint32_t f = 0; f < m->function_count; f++)
      if (m->functions[f].span.start <= reads[i].start && reads[i].end <= m->functions[f].span.end)
        return false;
    pts[np++] = (S_point){reads[i].start, UINT32_MAX - i, false};
  }
  qsort(pts, np, sizeof(*pts), S_by_offset);
  /* one pass over the code: the braces and parentheses open at each point */
  psa_view_lex lx;
  psa_view_lex_build(&lx, t, len);
  uint32_t cap = 16, open = 0, parens = 0, next = 0;
  uint32_t *braces = psa_xmalloc(cap * sizeof(*braces));
  for (uint32_t i = 0; i <= len && next < np; i++) {
    while (next < np && pts[next].at == i) {
      S_point *p = &pts[next++];
      if (p->index < MAX_ASSIGNS) {
        p->ok = open == 0 && parens == 0; /* a statement of the script's level */
      } else {
        /* every '{' around it is the body of an if or a loop (a hashtable
         * literal is built where it stands) */
        p->ok = true;
        for (uint32_t k = 0; k < open && p->ok; k++)
          p->ok = braces[k] == UINT32_MAX || S_block_body(m, braces[k]);
      }
    }
    if (i == len || lx.cls[i] != PSA_VIEW_CODE) continue;
    char c = t[i];
    if (c == '{') {
      if (open == cap) braces = psa_xrealloc(braces, (cap *= 2) * sizeof(*braces));
      braces[open++] = i > 0 && t[i - 1] == '@' ? UINT32_MAX : i;
    } else if (c == '}' && open) {
      open--;
    } else if (c == '(') {
      parens++;
    } else if (c == ')' && parens) {
      parens--;
    }
  }
  free(braces);
  psa_view_lex_free(&lx);
  for (uint32_t i = 0; i < np; i++)
    if (!pts[i].ok) return false;
  /* each read to the last assignment that ends before it */
  for (uint32_t i = 0; i < var->assign_count; i++) unread[i] = true;
  for (uint32_t r = 0; r < nr; r++) {
    uint32_t got = UINT32_MAX;
    for (uint32_t i = 0; i < var->assign_count; i++)
      if (var->assigns[i].span.end <= reads[r].start &&
          (got == UINT32_MAX || var->assigns[i].span.end > var->assigns[got].span.end))
        got = i;
    if (got == UINT32_MAX) return false; /* read before any assignment */
    bool in = false;
    for (uint32_t k = 0; k < ncovered && !in; k++)
      in = covered[k].start <= reads[r].start && reads[r].end <= covered[k].end;
    if (!in) unread[got] = false;
  }
  return true;
}

/* Whether 'a' holds 'b'. */
static bool S_holds(psa_span a, psa_span b) { return a.start <= b.start && b.end <= a.end; }

/* Whether a function or script block holds 'inner' but not 'outer': code
 * that may run at another time than the statements around it. */
static bool S_runs_apart(const psa_model *m, psa_span inner, psa_span outer) {
  for (uint32_t f = 0; f < m->function_count; f++)
    if (S_holds(m->functions[f].span, inner) && !S_holds(m->functions[f].span, outer)) return true;
  for (uint32_t i = 0; i < m->script_block_count; i++)
    if (S_holds(m->script_blocks[i], inner) && !S_holds(m->script_blocks[i], outer)) return true;
  return false;
}

bool psa_fix_dead_initialiser(const psa_rule_ctx *ctx, const psa_variable *var, uint32_t i) {
  enum { MAX_READS = 64 };
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  if (!var || i >= var->assign_count || var->is_parameter || var->is_foreach || var->entry_count ||
      var->assign_count < 2)
    return false;
  const psa_assignment *init = &var->assigns[i];
  const psa_value *v = init->value;
  if (init->append || init->type || init->list.end <= init->list.start || !v || init->span.end > len ||
      !(v->kind == PSA_V_NULL || (v->kind == PSA_V_STRING && v->literal && v->str && !v->str[0])))
    return false;
  /* names a variable without reading it as $name, or resumes after a
   * failed statement (trap): the model does not see those reads */
  static const char *const by_name[] = {"-Variable", "$global:", "$script:", "$using:",
                                        "PSVariable", "ExecutionContext", "trap", NULL};
  for (int k = 0; by_name[k]; k++)
    if (psa_find_ci(t, len, by_name[k])) return false;
  for (uint32_t k = 0; k < m->command_count; k++)
    if (m->commands[k]->dot_source) return false;
  psa_span reads[MAX_READS];
  uint32_t nr = psa_variable_reads(m, var, reads, MAX_READS);
  if (nr > MAX_READS) return false;
  for (uint32_t r = 0; r < nr; r++) {
    /* another assignment after the initialiser, a whole statement of a
     * list that holds the read, before it: it runs first every time */
    bool covered = false;
    for (uint32_t j = 0; j < var->assign_count && !covered; j++) {
      const psa_assignment *a = &var->assigns[j];
      covered = j != i && !a->append && a->span.start >= init->span.end && a->span.end <= reads[r].start &&
                a->list.end > a->list.start && S_holds(a->list, reads[r]) &&
                !S_runs_apart(m, reads[r], a->span) && !S_runs_apart(m, a->span, init->span);
    }
    if (!covered) return false;
  }
  return true;
}

uint32_t psa_fix_live_assigns(const psa_rule_ctx *ctx, const psa_variable *var) {
  uint32_t n = 0;
  for (uint32_t i = 0; var && i < var->assign_count; i++) n += !psa_fix_dead_initialiser(ctx, var, i);
  return n;
}

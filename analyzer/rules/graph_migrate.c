/* The MSOnline / AzureAD to Microsoft Graph PowerShell migration planner
 * (graph_migrate.h): follows each legacy call's output through variables,
 * foreach loops and pipelines to the properties the script reads, maps
 * parameters, values and properties through the table (graphmap.h), and
 * builds the edits. A call is rewritten only when every parameter and every
 * property read has an exact equivalent; otherwise it gets a suggestion
 * naming the replacement and what a person must decide. */
#include "rules/graph_migrate.h"
#include "rules/graph_probe.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/array.h"
#include "rules/context.h"
#include "rules/facts.h"
#include "rules/graph_license.h"
#include "rules/graph_mfareq.h"
#include "rules/graph_pwdprofile.h"
#include "rules/graph_dirsetting.h"
#include "rules/graph_try.h"
#include "rules/plan.h"
#include "rules/rules.h"

#define S_MAX_PROPS 48
/* the most items of a property list (Select-Object a, b, ...) psauth reads */
#define S_MAX_LIST 1024

typedef struct {
  psa_span range;
  const char *text;
  bool consumed; /* folded into an enclosing argument's new text */
} S_edit;

typedef struct {
  S_edit *items;
  uint32_t count, cap;
} S_edits;

static void S_edits_add(S_edits *e, psa_span range, const char *text) {
  if (e->count == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 8;
    e->items = psa_xrealloc(e->items, e->cap * sizeof(*e->items));
  }
  e->items[e->count++] = (S_edit){range, text, false};
}

/* A property read of a legacy call's output. */
typedef struct {
  const psa_value *member; /* base.member, or NULL for a property name string */
  psa_span span;           /* the member access, or the string literal */
  const char *name;
  const psa_command *consumer; /* Select-Object ... for a name string */
  uint32_t call;               /* index of the producing call */
} S_read;

typedef struct {
  const psa_command *cmd;
  const psa_gm_cmdlet *map; /* NULL: a *-Msol* / *-AzureAD* cmdlet not in the table */
  bool exact;
  const char *why;          /* why not exact */
  const char *escape;       /* where the objects go beyond the reads psauth follows */
  const char *props[S_MAX_PROPS];
  uint32_t prop_count;
  S_edits edits;            /* the call's own edits (name, parameters) */
  bool sku_helper;          /* uses the SKU id helper */
  bool sku_name_helper;     /* uses the AccountSkuId-from-SKU-id helper */
  bool licopts_helper;      /* New-MsolLicenseOptions: the licence-entry helper replaces it */
  bool sku_part_helper;     /* uses the SkuPartNumber-from-SKU-id helper */
  bool mfa_helper;          /* uses the per-user MFA state helper */
  bool policy_helper;       /* uses the password-policies helper */
  bool full;                /* reads a property beyond the output's 'basic' ones (the map's
                               full_read permission replaces the delegated one) */
  bool limited;             /* reads a property Graph gives only with the map's limited_read
                               permission (a member's userPrincipalName, displayName, mail) */
  const char *limited_read; /* a read property's own limited_read, replacing the map's, or NULL */
  const psa_gm_cmdlet *alt; /* the entry the call becomes (MFA_DISABLE), or NULL */
  const char *mfa_state;    /* MFA_DISABLE given a requirement object: 'enabled' / 'enforced' */
  const char *graph;        /* the Graph cmdlet chosen by the call (map 'choose'), or NULL */
  const char *pv_conflict;  /* its -PipelineVariable/-OutVariable name is also assigned */
  const char *unfollowed;   /* why reads of its objects cannot be followed (not exact) */
  const char *whole;        /* a variable holding the objects is used whole */
  const char *sink;         /* the objects go whole to a command whose output shows their
                               properties (Export-Csv, Format-Table, ...): why not exact */
  const char *shared_read;  /* a read through a variable that also holds other values,
                               which Graph objects do not answer the same */
  const psa_gm_prop *alias[8]; /* the legacy names such reads use, which the rewrite adds
                                  to the Graph objects (S_alias_tail) */
  uint32_t alias_count;
  const char *added[8];     /* members Add-Member -PassThru gives its objects (script
                               properties: their reads are not Graph's, S_added_name) */
  uint32_t added_count;
  int pipe_from;            /* the legacy call whose Graph objects it receives, or -1 */
  int pipe_more[3];          /* the other calls whose objects the piped variable holds */
  uint32_t pipe_more_count;
  const char *pipe_id;      /* the Graph identity parameter they bind to (-UserId) */
  int purge_of;             /* the Remove-MsolUser just before it that deleted the user this
                               call purges by the same -UserPrincipalName, or -1 */
  const char *purge_var;    /* the variable that keeps that user's id across the deletion */
  bool ds_step;             /* a step of the file's directory-setting unit (graph_dirsetting.h):
                               rewritten with every other step or not at all */
  bool ds_ok;               /* ... and that unit follows the pattern: its objects' indexer and
                               CreateDirectorySetting() are the unit's edits, not blockers */
} S_call;

/* Spans (functions, catch bodies, script blocks, script-block pipeline
 * commands) sorted for the innermost one holding a span in O(log n +
 * nesting) instead of a pass over every one for each lookup. */
typedef struct {
  psa_span *spans;          /* by start, the longer first */
  uint32_t *item;           /* each one's index in the list it was made from */
  uint32_t *parent;         /* index in spans, UINT32_MAX: none */
  uint32_t count;
  bool nested;
} S_spanix;

/* The script-block pipeline commands (Where-Object, ForEach-Object, ...) in
 * the model's command order, indexed by span for the one holding a $_
 * (S_consumer_at). */
typedef struct {
  const psa_command **cmds;
  uint32_t count;
  S_spanix ix;              /* their spans */
  bool empty;               /* one of them has an empty span (then: linear search) */
} S_consumers;

/* A parameter of a function the script defines, or the caller's $_ that a
 * function reads (var NULL), with the legacy calls whose objects its call
 * sites hand it: reads of it are then the calls' reads, as a variable's are
 * (S_call_of_var). */
typedef struct {
  const psa_function *fn;
  const psa_variable *var;
  int call;                 /* -1: no legacy objects, -2: several calls (calls) or not followed */
  int calls[8];
  uint32_t ncalls;
  const char *why;          /* why the objects that arrive cannot be followed */
  uint8_t state;            /* 0 not resolved, 1 resolving, 2 resolved */
} S_binding;


/* A word of the script outside comments ([A-Za-z0-9_-]+, not a variable),
 * for finding where a function is named (S_unknown_use). */
typedef struct {
  uint32_t hash, at, len;
} S_word;

struct psa_graph_plan {
  S_call *calls;
  uint32_t call_count;
  uint32_t *by_cmd;         /* call indexes sorted by command address */
  S_consumers consumers;
  S_read *reads;
  uint32_t read_count, read_cap;
  S_edits read_edits;       /* property reads of exact calls */
  bool entra;
  /* ForEach-Object commands whose script block writes one call's objects
   * and nothing else, and that call (S_each_outputs) */
  const psa_command **each_cmd;
  uint32_t *each_call;
  uint32_t each_count;
  S_binding *bindings;      /* sorted by var (NULL first, by function) */
  uint32_t binding_count;
  S_spanix fns, catches, blocks; /* m->functions, catch bodies, script blocks */
  const psa_command **fn_calls;  /* calls of the script's functions, by name */
  uint32_t fn_call_count;
  S_word *words;            /* by hash; made when first needed */
  uint32_t word_count;
  bool words_made;
  psa_rule_ctx *ctx;        /* while the plan is made: reasons of the bindings */
};

bool psa_graph_target_entra(const psa_rule_ctx *ctx) {
  return ctx->tenant && ctx->tenant->graph_target == PSA_GRAPH_TARGET_ENTRA;
}

/* ---- small helpers ------------------------------------------------------ */

static const char *S_src(psa_rule_ctx *ctx, psa_span s) {
  if (s.start > s.end || s.end > ctx->src->text_len) return NULL;
  return psa_ctx_printf(ctx, "%.*s", (int)(s.end - s.start), ctx->src->text + s.start);
}

static bool S_inside(psa_span outer, psa_span inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/* A legacy module cmdlet call (connections excluded: PSA202/PSA203). */
static bool S_is_legacy(const psa_command *c) {
  if (c->local_function || c->dynamic || !c->name) return false;
  if (!psa_strcasecmp(c->name, "Connect-MsolService") || !psa_strcasecmp(c->name, "Connect-AzureAD"))
    return false;
  return psa_graphmap_find(c->name) || psa_legacy_directory_module(c->name);
}

static const char *S_legacy_module(const psa_command *c, const psa_gm_cmdlet *m) {
  if (m) return !strcmp(m->module, "MSOnline") ? "MSOnline" : "AzureAD";
  const char *module = psa_legacy_directory_module(c->name);
  return module ? module : "AzureAD";
}

static bool S_value_is_call(const psa_value *v, const psa_command *c) {
  if (!v) return false;
  if (v->kind == PSA_V_COMMAND) return psa_value_cmd(v) == c;
  if (v->kind == PSA_V_ARRAY && v->item_count == 1) return S_value_is_call(v->items[0], c);
  return false;
}

/* The plan's call for a command: a binary search in the calls sorted by
 * command address (files with thousands of calls stay linear-ish). */
static int S_call_index(const psa_graph_plan *p, const psa_command *c) {
  uintptr_t key = (uintptr_t)c;
  uint32_t lo = 0, hi = p->call_count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    uintptr_t at = (uintptr_t)p->calls[p->by_cmd[mid]].cmd;
    if (at == key) return (int)p->by_cmd[mid];
    if (at < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}



static bool S_passes_through(const psa_rule_ctx *ctx, const psa_command *c);

/* The legacy call a value comes from: the call itself, @(call), or the end
 * of a pipeline that only filters or sorts the call's objects. */
static int S_call_of_value(const psa_graph_plan *p, const psa_value *v) {
  for (int depth = 0; v && depth < 8; depth++) {
    if (v->kind == PSA_V_ARRAY && v->item_count == 1) {
      v = v->items[0];
      continue;
    }
    if (v->kind != PSA_V_COMMAND || !psa_value_cmd(v)) return -1;
    int k = S_call_index(p, psa_value_cmd(v));
    if (k >= 0) return k;
    /* ... | ForEach-Object { Get-AzureADGroupMember ... }: the call's objects */
    for (uint32_t i = 0; i < p->each_count; i++)
      if (p->each_cmd[i] == psa_value_cmd(v)) return (int)p->each_call[i];
    if (!S_passes_through(NULL, psa_value_cmd(v))) return -1;
    v = psa_value_cmd(v)->pipeline_input;
  }
  return -1;
}

static bool S_is_underscore(const psa_value *v);
static const psa_command *S_consumer_at(const psa_graph_plan *p, psa_span span);
static int S_call_of_input(const psa_model *m, const psa_graph_plan *p, const psa_command *d,
                           int depth);

/* $null or an empty @() (the model gives @() one unknown item spanning it). */
static bool S_empty_value(const psa_value *v) {
  if (!v) return false;
  if (v->kind == PSA_V_NULL) return true;
  if (v->kind != PSA_V_ARRAY) return false;
  return !v->item_count || (v->item_count == 1 && v->items[0]->kind == PSA_V_UNKNOWN &&
                            v->items[0]->span.start == v->span.start &&
                            v->items[0]->span.end == v->span.end);
}

/* The legacy call whose output a variable holds: every assignment is that
 * call (a foreach loop variable: the loop's collection). -1 when none, -2
 * when the variable also holds other values (or several calls' objects). */
static int S_call_of_assigns(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                             int depth);
static int S_call_of_loops(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                           int depth);
static const psa_variable *S_source_var(const psa_graph_plan *p, const psa_value *v);
static S_binding *S_binding_of_param(const psa_graph_plan *p, const psa_variable *var);
static void S_binding_resolve(const psa_model *m, psa_graph_plan *p, S_binding *b, int depth);
static uint32_t S_binding_calls(const S_binding *b, int *out, uint32_t max);
static int S_call_of_underscore(const psa_model *m, psa_graph_plan *p, psa_span span, int depth);

static int S_call_of_var(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                         int depth) {
  if (!var || depth > 3) return -1;
  S_binding *pb = S_binding_of_param(p, var);
  if (pb) {
    /* a function's parameter: the calls its call sites hand it */
    S_binding_resolve(m, (psa_graph_plan *)p, pb, 0);
    return pb->call;
  }
  if (var->is_foreach && var->assign_count) {
    /* foreach ($u in $rows) { $u = Get-MsolUser ... }: the loop binding and
     * every assignment; one call's objects in all of them, or mixed (-2) */
    int fk = S_call_of_loops(m, p, var, depth);
    int ak = S_call_of_assigns(m, p, var, depth);
    if (fk == ak) return fk;
    return fk == -2 || ak == -2 || fk >= 0 || ak >= 0 ? -2 : -1;
  }
  if (var->is_foreach) return S_call_of_loops(m, p, var, depth);
  return S_call_of_assigns(m, p, var, depth);
}

static int S_call_at_statement(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                               psa_span read, psa_span *reach_out);

/* The call whose objects one foreach loop goes over: one call's, none (-1),
 * or mixed (-2). */
static int S_call_of_loop(const psa_model *m, const psa_graph_plan *p, const psa_foreach *l,
                          int depth) {
  const psa_value *c = l->collection;
  int k = c ? S_call_of_value(p, c) : -1;
  if (k < 0 && c && c->kind == PSA_V_VARIABLE) k = S_call_of_var(m, p, psa_value_var(c), depth + 1);
  if (k == -2 && c->kind == PSA_V_VARIABLE && psa_value_var(c)) {
    /* foreach ($g in $groups) after $groups = <call>: the assignment that
     * reaches the loop in statement order */
    psa_span reach;
    int at = S_call_at_statement(m, p, psa_value_var(c), c->span, &reach);
    if (at != -3) k = at;
  }
  if (k < 0 && c && c->kind != PSA_V_VARIABLE) {
    /* foreach ($sp in ($sps | Where-Object ...)): the objects of $sps */
    const psa_value *in = c;
    while (in && in->kind == PSA_V_ARRAY && in->item_count == 1) in = in->items[0];
    const psa_variable *from = in ? S_source_var(p, in) : NULL;
    if (from && from != l->var) k = S_call_of_var(m, p, from, depth + 1);
  }
  return k;
}

/* The call whose objects the loops binding a foreach variable go over: one
 * call's, none (-1), or mixed (-2). */
static int S_call_of_loops(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                           int depth) {
  int found = -1;
  bool none = false; /* a loop over values of no legacy call (CSV rows), in either order */
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_foreach *l = &m->foreach_loops[i];
    if (l->var != var) continue;
    int k = S_call_of_loop(m, p, l, depth);
    if (k == -2 || (k >= 0 && found >= 0 && k != found)) return -2;
    if (k >= 0) found = k;
    else none = true;
    if (none && found >= 0) return -2;
  }
  return found;
}

/* A loop, or a script block (ForEach-Object, Where-Object ... run it once
 * per object), strictly inside 'outer' that holds both spans: a value
 * assigned in it after a read can reach that read on its next round. */
static bool S_repeats_both(const psa_model *m, psa_span outer, psa_span a, psa_span b) {
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *k = &m->blocks[i];
    if (k->kind == PSA_BLOCK_LOOP && S_inside(outer, k->span) &&
        (k->span.start != outer.start || k->span.end != outer.end) && S_inside(k->span, a) &&
        S_inside(k->span, b))
      return true;
  }
  for (uint32_t i = 0; i < m->script_block_count; i++) {
    psa_span k = m->script_blocks[i];
    if (S_inside(outer, k) && S_inside(k, a) && S_inside(k, b)) return true;
  }
  return false;
}

static bool S_output_var_arg(const psa_model *m, const psa_arg *a, const char **name);

/* Whether a command sets the variable other than by an assignment the model
 * lists (-OutVariable/-PipelineVariable naming it, Set-Variable and kin). */
static bool S_sets_var(const psa_model *m, const psa_command *d, const psa_variable *var) {
  static const char *const setters[] = {"Set-Variable", "New-Variable", "Clear-Variable",
                                        "Remove-Variable", "sv", "nv", "clv", "rv"};
  for (size_t i = 0; i < sizeof setters / sizeof *setters; i++)
    if (d->name && !psa_strcasecmp(d->name, setters[i])) return true;
  for (uint32_t j = 0; j < d->arg_count; j++) {
    const char *name = NULL;
    if (S_output_var_arg(m, &d->args[j], &name) && (!name || !psa_strcasecmp(name, var->name)))
      return true;
  }
  return false;
}

/* The one definition that reaches a member read of a variable whose
 * assignments hold several things (S_call_of_var gives -2): a read in the
 * body of a foreach loop over the variable that nothing in the body assigns
 * before it (an assignment after it, but not in a loop or script block of
 * the body around both, is overwritten by the loop's next binding). The
 * call of that loop's collection, -1 when the collection holds no legacy
 * call's objects (the read is not theirs), -2 when it holds several, -3
 * when the read has no such one definition (the caller keeps -2). */
static int S_call_at_read(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                          psa_span read, psa_span *body_out) {
  const psa_foreach *loop = NULL;
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_foreach *l = &m->foreach_loops[i];
    if (l->var == var && S_inside(l->span, read) && (!loop || S_inside(loop->span, l->span))) loop = l;
  }
  if (!loop) return -3;
  psa_span body = {0, 0};
  for (uint32_t i = 0; i < m->block_count; i++)
    if (m->blocks[i].kind == PSA_BLOCK_LOOP && m->blocks[i].statement.start == loop->span.start &&
        m->blocks[i].statement.end == loop->span.end)
      body = m->blocks[i].body;
  if (body.end <= body.start || !S_inside(body, read)) return -3; /* the read is in the collection */
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_foreach *l = &m->foreach_loops[i];
    if (l != loop && l->var == var && S_inside(body, l->span)) return -3;
  }
  for (uint32_t i = 0; i < var->assign_count; i++) {
    psa_span a = var->assigns[i].span;
    /* $script:x = ... in a function of the script: it may run in the body */
    for (uint32_t f = 0; f < m->function_count; f++)
      if (S_inside(m->functions[f].span, a) && !S_inside(m->functions[f].span, loop->span)) return -3;
    if (!S_inside(body, a) && !S_inside(a, body)) continue;
    if (S_inside(a, body) || a.start < read.end || S_repeats_both(m, body, a, read)) return -3;
  }
  for (uint32_t i = 0; i < m->command_count; i++)
    if (S_inside(body, m->commands[i]->span) && S_sets_var(m, m->commands[i], var)) return -3;
  int k = S_call_of_loop(m, p, loop, 0);
  *body_out = body;
  return k;
}

/* Whether a function or script block of the script holds 'inner' but not
 * 'outer' (code that may run at another time than the statements around it:
 * a function called anywhere, a script block kept and invoked later). */
static bool S_deferred_apart(const psa_model *m, psa_span inner, psa_span outer) {
  for (uint32_t f = 0; f < m->function_count; f++)
    if (S_inside(m->functions[f].span, inner) && !S_inside(m->functions[f].span, outer)) return true;
  for (uint32_t i = 0; i < m->script_block_count; i++)
    if (S_inside(m->script_blocks[i], inner) && !S_inside(m->script_blocks[i], outer)) return true;
  return false;
}

/* The assignment expression itself, from its target to its value's end
 * (the statement span holds more when the assignment is part of a larger
 * statement: if (($x = ...)) { $x.Y }). */
static psa_span S_assign_expr(const psa_assignment *a) {
  psa_span e = a->target_span;
  if (a->value && a->value->span.end > e.end) e.end = a->value->span.end;
  return e;
}

/* Whether the script has a trap statement: 'trap { continue }' resumes
 * after a statement that failed, so an assignment that threw leaves the
 * variable's earlier value to the reads after it. The model has no trap
 * statements: the text is searched (the word, then '{' or '['). */
static bool S_has_trap(const psa_model *m) {
  const char *t = m->src ? m->src->text : NULL;
  size_t n = t ? strlen(t) : 0;
  for (const char *q = t; q && (q = psa_find_ci(q, n - (size_t)(q - t), "trap")); q++) {
    if (q != t && (isalnum((unsigned char)q[-1]) || q[-1] == '_' || q[-1] == '-' || q[-1] == '$')) continue;
    const char *r = q + 4;
    while (*r == ' ' || *r == '\t' || *r == '\r' || *r == '\n') r++;
    if (*r == '{' || *r == '[') return true;
  }
  return false;
}

/* The legacy call whose objects one assigned value holds, for the one
 * definition reaching a read (S_call_at_statement): the call, -1 when the
 * value is provably none's (a literal, a command that is neither a legacy
 * call nor the script's own function), -3 when psauth cannot tell. */
static int S_call_of_def(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                         const psa_value *av) {
  if (S_empty_value(av)) return -1;
  int k = S_call_of_value(p, av);
  if (k >= 0) return k;
  const psa_variable *from = S_source_var(p, av);
  if (from) {
    k = from == var ? -3 : S_call_of_var(m, p, from, 1);
    return k == -2 ? -3 : k;
  }
  const psa_value *v = av;
  while (v && v->kind == PSA_V_COMMAND && psa_value_cmd(v) && S_passes_through(NULL, psa_value_cmd(v)) &&
         psa_value_cmd(v)->pipeline_input)
    v = psa_value_cmd(v)->pipeline_input;
  if (!v) return -3;
  switch (v->kind) {
  case PSA_V_STRING: case PSA_V_NUMBER: case PSA_V_BOOL: case PSA_V_NULL: case PSA_V_HASH:
  case PSA_V_INTERP:
    return -1;
  case PSA_V_COMMAND: {
    /* another module's cmdlet (Get-AzADGroup, Import-Csv .\x.csv): its own
     * objects, not a legacy call's. Not the script's own function (it may
     * return them), nor a command given objects (Get-Unique, Write-Output
     * $x, -InputObject $x), which may hand them on */
    const psa_command *d = psa_value_cmd(v);
    if (!d || d->local_function || d->invoke_operator || d->pipeline_input || S_call_index(p, d) >= 0)
      return -3;
    for (uint32_t i = 0; i < d->arg_count; i++) {
      const psa_value *a = d->args[i].value;
      if (!a || a->kind == PSA_V_STRING || a->kind == PSA_V_NUMBER || a->kind == PSA_V_BOOL ||
          a->kind == PSA_V_NULL || a->kind == PSA_V_INTERP || a->kind == PSA_V_ENV)
        continue;
      /* Get-ADUser -Filter { ... }: a filter of the cmdlet's own objects */
      if (a->kind == PSA_V_SCRIPTBLOCK && d->args[i].param && d->args[i].via == PSA_BIND_NAMED &&
          !psa_strcasecmp(d->args[i].param, "Filter"))
        continue;
      if (a->kind == PSA_V_VARIABLE && !S_is_underscore(a) &&
          (!psa_value_var(a) || S_call_of_var(m, p, psa_value_var(a), 1) == -1))
        continue;
      return -3;
    }
    return -1;
  }
  default:
    return -3;
  }
}

/* With a trap ('trap { continue }' resumes after a statement that threw), a
 * read after 'def' may get the value from before it. That is no other
 * call's objects when 'def' is the first write of the variable in each run
 * of its scope: no other assignment is written before it, none shares a
 * loop or script block with it (an earlier round), the scope is a function
 * that no pipeline feeds (its process block runs once per call) or the
 * script, and no outer scope has a variable of the name (a function's read
 * before its own write sees the caller's). The value before is then $null. */
static bool S_other_clause(const psa_model *m, psa_span a, psa_span b) {
  /* two clauses of one if statement (if/elseif/else): one run takes one */
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *x = &m->blocks[i];
    if (x->kind == PSA_BLOCK_LOOP || !S_inside(x->body, a) || S_inside(x->body, b)) continue;
    for (uint32_t k = 0; k < m->block_count; k++) {
      const psa_block *y = &m->blocks[k];
      if (k != i && y->kind != PSA_BLOCK_LOOP && y->statement.start == x->statement.start &&
          y->statement.end == x->statement.end && S_inside(y->body, b))
        return true;
    }
  }
  return false;
}

static bool S_first_write(const psa_model *m, const psa_variable *var, const psa_assignment *def) {
  psa_span de = S_assign_expr(def);
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a == def) continue;
    psa_span e = S_assign_expr(a);
    if (e.start < de.start && !S_other_clause(m, e, de)) return false;
    for (uint32_t b = 0; b < m->block_count; b++)
      if (m->blocks[b].kind == PSA_BLOCK_LOOP && S_inside(m->blocks[b].span, e) && S_inside(m->blocks[b].span, de))
        return false;
    for (uint32_t k = 0; k < m->script_block_count; k++)
      if (S_inside(m->script_blocks[k], e) && S_inside(m->script_blocks[k], de)) return false;
  }
  const psa_scope *sc = var->scope;
  if (!sc) return false;
  if (sc->kind == PSA_SCOPE_FUNCTION) {
    if (!sc->name) return false;
    for (const psa_scope *up = sc->parent; up; up = up->parent)
      for (const psa_variable *o = up->vars; o; o = o->next)
        if (o->name && !psa_strcasecmp(o->name, var->name)) return false;
    for (uint32_t i = 0; i < m->command_count; i++) {
      const psa_command *c = m->commands[i];
      if (c->local_function && c->name && !psa_strcasecmp(c->name, sc->name) && c->pipeline_input) return false;
    }
  }
  return true;
}

/* The one definition that reaches a read of a variable whose assignments
 * hold several things (S_call_of_var gives -2), by statement order: the
 * last assignment before the read, when it is a whole statement (=, not
 * +=) of a statement list that holds the read, so that each time the list
 * runs it runs first; and nothing else may set the variable in between: no
 * other assignment from it to the read (in a branch or not), none in a
 * function or script block that may run in between, no Set-Variable or
 * -OutVariable naming it, no dot-sourced script; and the read is not in a
 * function or script block that may run at another time. Returns as
 * S_call_at_read: the call, -1 when the value is no legacy call's, -3 when
 * not proven; 'reach_out' gets the text the definition reaches (to the
 * next assignment or the list's end), whose method calls are the
 * objects'. */
static int S_call_at_statement(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                               psa_span read, psa_span *reach_out) {
  if (var->is_foreach) return -3; /* a loop's binding also sets it */
  bool trap = S_has_trap(m);
  const psa_assignment *def = NULL;
  psa_span de = {0, 0};
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    psa_span e = S_assign_expr(a);
    /* $x = $x | ...: the read in the value is of the value before */
    if (e.end <= read.start && (!def || e.start > de.start)) {
      def = a;
      de = e;
    }
  }
  if (!def || def->append || def->list.end <= def->list.start || !S_inside(def->list, read) ||
      S_deferred_apart(m, read, de))
    return -3;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a == def) continue;
    psa_span e = S_assign_expr(a);
    /* one that may write between them (in a branch or not; one whose value
     * holds the read writes after it) */
    if (e.start >= de.start && e.start < read.start && !S_inside(e, read)) return -3;
    if (S_deferred_apart(m, e, de)) return -3; /* may be called in between */
    /* $g = <call>; while (...) { $g.X; $g = ... }: the loop's next round
     * reads the later value */
    for (uint32_t b = 0; b < m->block_count; b++) {
      psa_span k = m->blocks[b].span;
      if (m->blocks[b].kind == PSA_BLOCK_LOOP && S_inside(k, read) && S_inside(k, e) && !S_inside(k, de))
        return -3;
    }
  }
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    if (S_sets_var(m, d, var)) return -3;
    if (d->invoke_operator && d->span.start >= de.start && d->span.start < read.start) return -3;
  }
  if (trap && !S_first_write(m, var, def)) return -3;
  psa_span reach = {de.start, def->list.end};
  for (uint32_t i = 0; i < var->assign_count; i++) {
    psa_span e = S_assign_expr(&var->assigns[i]);
    if (e.start > de.start && e.start < reach.end) reach.end = e.start;
  }
  *reach_out = reach;
  return S_call_of_def(m, p, var, def->value);
}

/* Select-Object's own parameters (its reference, PowerShell 5.1 and 7.4).
 * psauth's command table does not hold the cmdlet, so its binder leaves an
 * abbreviated name (select -Expand X, -Prop) as written, while PowerShell
 * takes any prefix that only one of these starts with. */
static const char *const S_select_params[] = {"InputObject", "Property", "ExcludeProperty", "ExpandProperty",
                                              "Unique", "CaseInsensitive", "Last", "First", "Skip",
                                              "SkipLast", "Wait", "Index", "SkipIndex"};

/* How many of Select-Object's parameters a name as written (without '-')
 * starts; *len is its length without a trailing ':'. */
static uint32_t S_select_matches(const char *written, size_t *len) {
  size_t n = strlen(written);
  if (n && written[n - 1] == ':') n--;
  *len = n;
  uint32_t hits = 0;
  for (size_t k = 0; n && k < sizeof S_select_params / sizeof *S_select_params; k++)
    if (strlen(S_select_params[k]) >= n && !psa_strncasecmp(written, S_select_params[k], n)) hits++;
  return hits;
}

/* The argument bound to 'param', for Select-Object also when written as
 * an abbreviation PowerShell accepts; NULL if none. */
static const psa_arg *S_cmd_arg(const psa_command *c, const char *param) {
  const psa_arg *a = psa_command_arg(c, param);
  if (a || c->info || !psa_command_is(c, "Select-Object")) return a;
  for (uint32_t i = 0; i < c->arg_count; i++) {
    const psa_arg *x = &c->args[i];
    size_t n = 0;
    if (x->via != PSA_BIND_NAMED || !x->written || S_select_matches(x->written, &n) != 1) continue;
    if (n <= strlen(param) && !psa_strncasecmp(x->written, param, n)) return x;
  }
  return NULL;
}

/* A Select-Object argument whose name PowerShell refuses as ambiguous
 * (select -Ex Mail: ExcludeProperty or ExpandProperty?): what the command
 * hands on is not known, so it is no pass-through. */
static bool S_select_ambiguous(const psa_command *c) {
  for (uint32_t i = 0; !c->info && i < c->arg_count; i++) {
    size_t n = 0;
    if (c->args[i].via == PSA_BIND_NAMED && c->args[i].written && S_select_matches(c->args[i].written, &n) > 1)
      return true;
  }
  return false;
}

/* $x = $x | Where-Object { ... } (through Where-Object, or Sort-Object by
 * named properties without -Unique, only): the variable keeps some of the
 * objects it held, in an order its own reads decide, so the assignment adds
 * no other source; so does "$x = $x[$i]", one of them. Not Select-Object or a bare Sort-Object, which compare
 * whole objects (their text, which Graph's objects do not share). */
static const psa_arg *S_property_arg(const psa_command *c);

static bool S_self_filter(const psa_variable *var, const psa_value *av) {
  const psa_value *v = av;
  /* $x = $x[$choice] (a menu's pick among the objects found): one of them */
  while (v && v->kind == PSA_V_ARRAY && v->item_count == 1) v = v->items[0];
  if (v && v->kind == PSA_V_INDEX && v->base && v->base->kind == PSA_V_VARIABLE &&
      psa_value_var(v->base) == var)
    return true;
  uint32_t steps = 0;
  while (v && v->kind == PSA_V_COMMAND && psa_value_cmd(v) && steps < 8) {
    const psa_command *c = psa_value_cmd(v);
    bool keeps = psa_command_is(c, "Where-Object") ||
                 (psa_command_is(c, "Sort-Object") && S_property_arg(c) && !psa_command_arg(c, "Unique"));
    if (!keeps) return false;
    v = c->pipeline_input;
    steps++;
  }
  return steps && v && v->kind == PSA_V_VARIABLE && psa_value_var(v) == var;
}

/* The call whose objects a variable's assignments hold: one call's, none
 * (-1), or mixed (-2). */
static int S_call_of_assigns(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                             int depth) {
  int found = -1;
  bool other = false;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_value *av = var->assigns[i].value;
    /* $x = @() / $x = $null before $x += call: no objects of their own */
    if (S_empty_value(av)) continue;
    /* $x = $x | Where-Object ...: some of the objects it already holds */
    if (S_self_filter(var, av)) continue;
    int k = S_call_of_value(p, av);
    if (k < 0) {
      /* $b = $a | Where-Object ...: the objects of $a */
      const psa_value *v = av;
      for (int guard = 0; guard < 8 && v && v->kind == PSA_V_COMMAND && psa_value_cmd(v) &&
                          S_passes_through(NULL, psa_value_cmd(v));
           guard++)
        v = psa_value_cmd(v)->pipeline_input;
      /* $b = $a (a plain copy too): the objects of $a */
      if (v && v->kind == PSA_V_VARIABLE && psa_value_var(v) && psa_value_var(v) != var) {
        k = S_call_of_var(m, p, psa_value_var(v), depth + 1);
        /* $owned += $group in the body of one of several loops binding
         * $group: the one definition reaching that point, as for a read */
        psa_span body;
        int at = k == -2 && v == av ? S_call_at_read(m, p, psa_value_var(v), v->span, &body) : -3;
        if (at != -3) k = at;
        if (k == -2) return -2;
      }
    }
    if (k < 0 && S_is_underscore(av)) {
      /* $user = $_ in a ForEach-Object over the call's objects (or in a
       * function called there) */
      k = S_call_of_underscore(m, (psa_graph_plan *)p, av->span, depth + 1);
      if (k == -2) return -2;
    }
    if (k >= 0 && found < 0) found = k;
    else if (k >= 0 && k != found)
      other = true; /* two calls' objects: reads are checked against both (S_mark_shared) */
    else if (k < 0) other = true;
  }
  if (found >= 0 && other) return -2;
  return found;
}

/* The variable value a value's objects come from: $a | Where-Object ... ->
 * $a, and $_ in a script block -> the variable piped into its command; or
 * NULL. */
static const psa_value *S_source_value(const psa_graph_plan *p, const psa_value *v) {
  for (int guard = 0; guard < 8 && v; guard++) {
    if (S_is_underscore(v)) {
      const psa_command *d = S_consumer_at(p, v->span);
      v = d ? d->pipeline_input : NULL;
      continue;
    }
    if (v->kind == PSA_V_COMMAND && psa_value_cmd(v) && S_passes_through(NULL, psa_value_cmd(v))) {
      v = psa_value_cmd(v)->pipeline_input;
      continue;
    }
    return v->kind == PSA_V_VARIABLE ? v : NULL;
  }
  return NULL;
}

/* The variable a value's objects come from (S_source_value's variable). */
static const psa_variable *S_source_var(const psa_graph_plan *p, const psa_value *v) {
  const psa_value *sv = S_source_value(p, v);
  return sv ? psa_value_var(sv) : NULL;
}

/* The legacy calls whose objects a variable holds when it holds those of
 * several calls with one output object ($sp = Get-...; if (-not $sp) { $sp =
 * New-... }): their number (at most 'max'), or 0. Reads of the variable are
 * then checked against each of them. */
static uint32_t S_calls_of_var(const psa_model *m, const psa_graph_plan *p, const psa_variable *var,
                               int *out, uint32_t max, int depth) {
  if (!var || depth > 3) return 0;
  S_binding *pb = S_binding_of_param(p, var);
  if (pb) {
    S_binding_resolve(m, (psa_graph_plan *)p, pb, 0);
    return S_binding_calls(pb, out, max);
  }
  const psa_value *vals[64];
  uint32_t nv = 0;
  /* a foreach variable: its loops' collections and any reassignment in them */
  if (var->is_foreach)
    for (uint32_t i = 0; i < m->foreach_count && nv < 64; i++)
      if (m->foreach_loops[i].var == var) vals[nv++] = m->foreach_loops[i].collection;
  for (uint32_t i = 0; i < var->assign_count && nv < 64; i++) vals[nv++] = var->assigns[i].value;
  uint32_t n = 0;
  const psa_gm_object *o = NULL;
  for (uint32_t i = 0; i < nv; i++) {
    const psa_value *v = vals[i];
    if (!v) return 0;
    if (S_empty_value(v)) continue;
    int ks[16];
    uint32_t nk = 0;
    int k = S_call_of_value(p, v);
    const psa_variable *from = k < 0 ? S_source_var(p, v) : NULL;
    if (k >= 0) ks[nk++] = k;
    else if (from && from != var) {
      nk = S_calls_of_var(m, p, from, ks, 16, depth + 1);
      /* $all += $one: a variable holding one call's objects */
      int one = nk ? -1 : S_call_of_var(m, p, from, depth + 1);
      if (one >= 0) ks[nk++] = one;
    }
    if (!nk) return 0;
    for (uint32_t j = 0; j < nk; j++) {
      const psa_gm_object *ok = p->calls[ks[j]].map ? p->calls[ks[j]].map->output : NULL;
      if (!ok || (o && ok != o)) return 0;
      o = ok;
      bool seen = false;
      for (uint32_t q = 0; q < n; q++) seen |= out[q] == ks[j];
      if (!seen && n < max) out[n++] = ks[j];
    }
  }
  return n >= 2 ? n : 0;
}

static bool S_is_underscore(const psa_value *v) {
  return v && v->kind == PSA_V_VARIABLE && v->str &&
         (!strcmp(v->str, "_") || !psa_strcasecmp(v->str, "PSItem"));
}

/* The -Property argument of a pipeline consumer, named or (for the cmdlets
 * whose first position it is) positional. */
static const psa_arg *S_property_arg(const psa_command *c) {
  const psa_arg *a = S_cmd_arg(c, "Property");
  if (a || psa_command_is(c, "Export-Csv") || psa_command_is(c, "ForEach-Object")) return a;
  for (uint32_t i = 0; i < c->arg_count; i++)
    if (c->args[i].via == PSA_BIND_UNBOUND || c->args[i].via == PSA_BIND_POSITIONAL)
      return &c->args[i];
  return NULL;
}

/* Whether only blanks, line continuations (`) and one ',' lie between two
 * offsets: "select @{...}, Name, Mail" is one property list to PowerShell,
 * which the grammar gives as two arguments (the hashtable, then "Name, Mail"). */
static bool S_comma_between(const char *t, uint32_t from, uint32_t to) {
  uint32_t commas = 0;
  for (uint32_t q = from; q < to; q++) {
    char c = t[q];
    if (c == ',') commas++;
    else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '`') return false;
  }
  return commas == 1;
}

/* The property list of a consumer: the -Property argument's items and those
 * of the comma-joined lists the grammar splits off after it. Returns the
 * count (<= max). */
static uint32_t S_property_items(const char *text, const psa_command *c, const psa_value **out,
                                 uint32_t max) {
  const psa_arg *a = S_property_arg(c);
  if (!a || !a->value || a->via == PSA_BIND_DEFAULT) return 0;
  uint32_t n = 0;
  for (const psa_arg *x = a; x && x->value;) {
    const psa_value *v = x->value;
    if (v->kind == PSA_V_ARRAY) {
      for (uint32_t i = 0; i < v->item_count && n < max; i++) out[n++] = v->items[i];
    } else if (n < max) {
      out[n++] = v;
    }
    /* the next argument, when a single ',' joins it to this one */
    const psa_arg *next = NULL;
    if (text && x >= c->args && x + 1 < c->args + c->arg_count) {
      const psa_arg *y = x + 1;
      if ((y->via == PSA_BIND_UNBOUND || y->via == PSA_BIND_POSITIONAL) && y->value &&
          y->value->span.start >= v->span.end && S_comma_between(text, v->span.end, y->value->span.start))
        next = y;
    }
    x = next;
  }
  return n;
}

/* Pipeline commands that hand on the objects they receive unchanged. */
static bool S_passes_through(const psa_rule_ctx *ctx, const psa_command *c) {
  if (psa_command_is(c, "Where-Object") || psa_command_is(c, "Sort-Object")) return true;
  if (psa_command_is(c, "Out-GridView")) return psa_command_arg(c, "PassThru") != NULL;
  if (psa_command_is(c, "Select-Object")) {
    /* Select-Object * copies every property: the objects go on whole */
    const psa_arg *prop = S_property_arg(c);
    bool all = prop && prop->value && prop->value->kind == PSA_V_STRING && prop->value->str &&
               !strcmp(prop->value->str, "*");
    return (!prop || all) && !S_cmd_arg(c, "ExpandProperty") && !S_cmd_arg(c, "ExcludeProperty") &&
           !S_select_ambiguous(c);
  }
  (void)ctx;
  return false;
}

static bool S_script_block_consumer(const psa_command *c) {
  static const char *const names[] = {"Where-Object", "ForEach-Object", "Select-Object",
                                      "Sort-Object",  "Group-Object",   "Measure-Object",
                                      "Format-Table", "Format-List",    "Export-Csv",
                                      NULL};
  for (int i = 0; names[i]; i++)
    if (psa_command_is(c, names[i])) return true;
  return false;
}

/* Whether every type a catch clause lists is the other retired module's
 * exception (catch [Microsoft.Online...Exception] around an AzureAD call),
 * so the clause never ran for the call's errors: an AzureAD cmdlet throws
 * its own ApiException (docs/migration-graph.md, "Errors inside try"),
 * which passed this clause by to the next one or out of the try. The
 * rewrite keeps that only when its Graph call stops on an error too
 * (-ErrorAction Stop, written or added): its error is none of these types
 * either. An MSOnline call next to an AzureAD catch is not known to have
 * thrown at all (no Microsoft source says), so it is never passed. */
static bool S_catch_never_saw(const psa_rule_ctx *ctx, const psa_catch *cl, const S_call *c) {
  if (!c->map || !c->map->module || psa_strncasecmp(c->map->module, "AzureAD", 7)) return false;
  const char *text = ctx->src->text;
  uint32_t types = 0;
  for (uint32_t q = cl->types.start; q < cl->types.end; q++) {
    if (text[q] != '[') continue;
    uint32_t e = q + 1;
    while (e < cl->types.end && text[e] != ']') e++;
    const char *mod = psa_plan_legacy_exception_module(text + q + 1, e - q - 1);
    if (!mod || strcmp(mod, "MSOnline")) return false;
    types++;
    q = e;
  }
  if (!types) return false;
  const psa_arg *ea = psa_command_arg(c->cmd, "ErrorAction");
  if (ea) {
    const char *v = ea->value ? psa_value_string(ctx->model, ea->value) : NULL;
    return v && !psa_strcasecmp(v, "Stop");
  }
  return psa_graph_try_needs_stop(ctx->model, text, ctx->src->text_len, c->cmd);
}

/* Whether argument 'a' is -PipelineVariable / -OutVariable (or their
 * aliases); *name gets the variable it names ('+' of an appending
 * -OutVariable dropped; NULL when not a constant). */
static bool S_output_var_arg(const psa_model *m, const psa_arg *a, const char **name) {
  const char *w = a->written ? a->written : a->param;
  if (!w || (psa_strcasecmp(w, "PipelineVariable") && psa_strcasecmp(w, "PV") &&
             psa_strcasecmp(w, "OutVariable") && psa_strcasecmp(w, "OV")))
    return false;
  *name = a->value ? psa_value_string(m, a->value) : NULL;
  if (*name && **name == '+') (*name)++;
  return true;
}

/* Whether argument 'a' is -PipelineVariable (not -OutVariable). */
static bool S_pv_arg(const psa_arg *a) {
  const char *w = a->written ? a->written : a->param;
  return w && (!psa_strcasecmp(w, "PipelineVariable") || !psa_strcasecmp(w, "PV"));
}

/* The statement of command 'cmd' when it names 'name' with -PipelineVariable,
 * else an empty span. */
static psa_span S_pv_statement(const psa_command *cmd, const char *name) {
  for (uint32_t k = 0; k < cmd->arg_count; k++) {
    const psa_arg *a = &cmd->args[k];
    const char *n = a->value && S_pv_arg(a) && a->value->kind == PSA_V_STRING ? a->value->str : NULL;
    if (n && !psa_strcasecmp(n, name)) return cmd->statement_span;
  }
  return (psa_span){0, 0};
}

/* Whether a read of $name at 'at' belongs to call ci's -PipelineVariable.
 * That variable lives only while its pipeline runs ("scoped to the pipeline
 * in which it's invoked ... goes out of scope when the pipeline
 * terminates": about_CommonParameters), so a read inside the statement of
 * one command naming it is that command's alone (the innermost statement
 * when several hold the read; commands of one statement share it). Any
 * command counts, not only legacy calls: `MyFunction -pv mem | % { $mem.X }`
 * reads the function's objects, even when the function's own pipeline names
 * a legacy call's -pv mem too. A read in no such statement stays every naming
 * call's, as before. */
static bool S_pv_read_owner(const psa_model *m, const psa_graph_plan *p, const char *name, psa_span at,
                            uint32_t ci) {
  psa_span best = {0, 0};
  for (uint32_t j = 0; j < m->command_count; j++) {
    psa_span s = S_pv_statement(m->commands[j], name);
    if (s.end <= s.start || at.start < s.start || at.end > s.end) continue;
    if (best.end <= best.start || s.end - s.start < best.end - best.start) best = s;
  }
  if (best.end <= best.start) return true;
  psa_span own = S_pv_statement(p->calls[ci].cmd, name);
  return own.start == best.start && own.end == best.end;
}

/* The legacy call whose -PipelineVariable / -OutVariable is the variable
 * 'v' when the script never assigns it (it then has no psa_variable), or -1. */
static int S_call_of_pv(const psa_model *m, const psa_graph_plan *p, const psa_value *v) {
  if (!v || v->kind != PSA_V_VARIABLE || psa_value_var(v) || !v->str) return -1;
  for (uint32_t ci = 0; ci < p->call_count; ci++) {
    const psa_command *cmd = p->calls[ci].cmd;
    for (uint32_t k = 0; k < cmd->arg_count; k++) {
      const char *name;
      if (S_output_var_arg(m, &cmd->args[k], &name) && name && !psa_strcasecmp(name, v->str))
        return (int)ci;
    }
  }
  return -1;
}

/* The legacy call whose objects reach a pipeline command as its input. */
static int S_call_of_input(const psa_model *m, const psa_graph_plan *p, const psa_command *d,
                           int depth) {
  const psa_value *in = d->pipeline_input;
  if (!in || depth > 8) return -1;
  int k = S_call_of_value(p, in);
  if (k >= 0) return k;
  if (in->kind == PSA_V_COMMAND && psa_value_cmd(in) && S_passes_through(NULL, psa_value_cmd(in)))
    return S_call_of_input(m, p, psa_value_cmd(in), depth + 1);
  if (in->kind == PSA_V_VARIABLE && !psa_value_var(in)) return S_call_of_pv(m, p, in);
  if (in->kind == PSA_V_VARIABLE) return S_call_of_var(m, p, psa_value_var(in), 0);
  return -1;
}

typedef struct {
  psa_span span;
  uint32_t item;
} S_spanitem;

static int S_spanitem_cmp(const void *a, const void *b) {
  const S_spanitem *x = a, *y = b;
  if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
  if (x->span.end != y->span.end) return x->span.end > y->span.end ? -1 : 1;
  return x->item < y->item ? -1 : x->item > y->item;
}

/* Indexes n spans (get(i) gives the i-th). */
static void S_spanix_make(S_spanix *ix, const S_spanitem *in, uint32_t n) {
  S_spanitem *tmp = psa_xmalloc((n ? n : 1) * sizeof(*tmp));
  if (n) memcpy(tmp, in, n * sizeof(*tmp));
  qsort(tmp, n, sizeof(*tmp), S_spanitem_cmp);
  ix->spans = psa_xmalloc((n ? n : 1) * sizeof(*ix->spans));
  ix->item = psa_xmalloc((n ? n : 1) * sizeof(*ix->item));
  ix->parent = psa_xmalloc((n ? n : 1) * sizeof(*ix->parent));
  ix->count = n;
  ix->nested = true;
  uint32_t *stack = psa_xmalloc((n ? n : 1) * sizeof(*stack)), depth = 0;
  for (uint32_t i = 0; i < n; i++) {
    ix->spans[i] = tmp[i].span;
    ix->item[i] = tmp[i].item;
    while (depth && !S_inside(ix->spans[stack[depth - 1]], tmp[i].span)) {
      if (tmp[i].span.start < ix->spans[stack[depth - 1]].end) ix->nested = false;
      depth--;
    }
    ix->parent[i] = depth ? stack[depth - 1] : UINT32_MAX;
    stack[depth++] = i;
  }
  free(stack);
  free(tmp);
}

static void S_spanix_free(S_spanix *ix) {
  free(ix->spans);
  free(ix->item);
  free(ix->parent);
}

/* The item of the innermost indexed span holding 'span', or UINT32_MAX. */
static uint32_t S_spanix_at(const S_spanix *ix, psa_span span) {
  if (!ix->nested) {
    uint32_t best = UINT32_MAX;
    for (uint32_t i = 0; i < ix->count; i++)
      if (S_inside(ix->spans[i], span) && (best == UINT32_MAX || S_inside(ix->spans[best], ix->spans[i])))
        best = i;
    return best == UINT32_MAX ? best : ix->item[best];
  }
  uint32_t lo = 0, hi = ix->count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (ix->spans[mid].start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (uint32_t i = lo ? lo - 1 : UINT32_MAX; i != UINT32_MAX; i = ix->parent[i])
    if (S_inside(ix->spans[i], span)) return ix->item[i];
  return UINT32_MAX;
}

/* Indexes the script-block consumers of the model's commands. */
static void S_consumers_index(S_consumers *ix, const psa_model *m) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count; i++) n += S_script_block_consumer(m->commands[i]);
  ix->cmds = psa_xmalloc((n ? n : 1) * sizeof(*ix->cmds));
  S_spanitem *items = psa_xmalloc((n ? n : 1) * sizeof(*items));
  ix->count = 0;
  ix->empty = false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!S_script_block_consumer(c)) continue;
    if (c->span.start >= c->span.end) ix->empty = true;
    items[ix->count] = (S_spanitem){c->span, ix->count};
    ix->cmds[ix->count++] = c;
  }
  S_spanix_make(&ix->ix, items, ix->count);
  free(items);
}

static void S_consumers_free(S_consumers *ix) {
  free(ix->cmds);
  S_spanix_free(&ix->ix);
}

/* The innermost script-block pipeline command holding 'span'. */
static const psa_command *S_consumer_at(const psa_graph_plan *p, psa_span span) {
  const S_consumers *ix = &p->consumers;
  if (ix->empty || span.start >= span.end) {
    const psa_command *best = NULL;
    for (uint32_t i = 0; i < ix->count; i++) {
      const psa_command *c = ix->cmds[i];
      if (!S_inside(c->span, span)) continue;
      if (!best || S_inside(best->span, c->span)) best = c;
    }
    return best;
  }
  uint32_t at = S_spanix_at(&ix->ix, span);
  return at == UINT32_MAX ? NULL : ix->cmds[at];
}

static bool S_common_param(const char *name);
static bool S_ident_char(char c);
static bool S_param_whole(psa_rule_ctx *ctx, S_call *c, const psa_variable *var, int depth);
static bool S_alone(const psa_command *cmd);
static psa_span S_probe_span(psa_rule_ctx *ctx, const S_call *c);
static const char *S_probe_try_why(psa_rule_ctx *ctx, const S_call *c, const char *target);

/* ---- objects handed to the script's own functions ------------------------
 * A function the script defines gets a call's objects through a parameter
 * (named, by position or from the pipeline) or reads its caller's $_ (a
 * function called in ForEach-Object { ... } sees the block's $_). Its reads
 * of them are the call's reads when every call site hands it the objects of
 * the same legacy calls and nothing else, so that its body can be edited
 * with them; otherwise the binding says why not (S_binding.why). */

static int S_binding_cmp(const void *a, const void *b) {
  const S_binding *x = a, *y = b;
  uintptr_t u = (uintptr_t)x->var, v = (uintptr_t)y->var;
  if (u != v) return u < v ? -1 : 1;
  u = (uintptr_t)x->fn, v = (uintptr_t)y->fn;
  return u < v ? -1 : u > v;
}

/* One binding for each parameter of each function, and one for each
 * function's caller's $_. */
static void S_bindings_make(psa_graph_plan *p, const psa_model *m) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->function_count; i++) {
    n++;
    for (const psa_variable *v = m->functions[i].scope->vars; v; v = v->next) n += v->is_parameter;
  }
  p->bindings = psa_xcalloc(n ? n : 1, sizeof(*p->bindings));
  for (uint32_t i = 0; i < m->function_count; i++) {
    const psa_function *f = &m->functions[i];
    p->bindings[p->binding_count++] = (S_binding){.fn = f, .call = -1};
    for (const psa_variable *v = f->scope->vars; v; v = v->next)
      if (v->is_parameter) p->bindings[p->binding_count++] = (S_binding){.fn = f, .var = v, .call = -1};
  }
  qsort(p->bindings, p->binding_count, sizeof(*p->bindings), S_binding_cmp);
}

static S_binding *S_binding_find(const psa_graph_plan *p, const psa_function *fn, const psa_variable *var) {
  S_binding key = {.fn = fn, .var = var};
  return bsearch(&key, p->bindings, p->binding_count, sizeof(*p->bindings), S_binding_cmp);
}

/* The binding of a function's parameter (fn found by the parameter's scope). */
static S_binding *S_binding_of_param(const psa_graph_plan *p, const psa_variable *var) {
  if (!var || !var->is_parameter || !var->scope || var->scope->kind != PSA_SCOPE_FUNCTION) return NULL;
  /* the bindings of one variable are adjacent: at most one has it */
  uint32_t lo = 0, hi = p->binding_count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if ((uintptr_t)p->bindings[mid].var < (uintptr_t)var) lo = mid + 1;
    else hi = mid;
  }
  return lo < p->binding_count && p->bindings[lo].var == var ? &p->bindings[lo] : NULL;
}

static int S_fn_call_cmp(const void *a, const void *b) {
  const psa_command *x = *(const psa_command *const *)a, *y = *(const psa_command *const *)b;
  int c = psa_strcasecmp(x->name, y->name);
  if (c) return c;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The indexes the function bindings use. */
static void S_fn_index(psa_graph_plan *p, const psa_model *m) {
  uint32_t n = m->function_count > m->catch_count ? m->function_count : m->catch_count;
  if (m->script_block_count > n) n = m->script_block_count;
  S_spanitem *tmp = psa_xmalloc((n ? n : 1) * sizeof(*tmp));
  for (uint32_t i = 0; i < m->function_count; i++) tmp[i] = (S_spanitem){m->functions[i].span, i};
  S_spanix_make(&p->fns, tmp, m->function_count);
  for (uint32_t i = 0; i < m->catch_count; i++) tmp[i] = (S_spanitem){m->catches[i].body, i};
  S_spanix_make(&p->catches, tmp, m->catch_count);
  for (uint32_t i = 0; i < m->script_block_count; i++) tmp[i] = (S_spanitem){m->script_blocks[i], i};
  S_spanix_make(&p->blocks, tmp, m->script_block_count);
  free(tmp);
  uint32_t k = 0;
  for (uint32_t i = 0; i < m->command_count; i++) k += m->commands[i]->local_function && m->commands[i]->name;
  p->fn_calls = psa_xmalloc((k ? k : 1) * sizeof(*p->fn_calls));
  for (uint32_t i = 0; i < m->command_count; i++)
    if (m->commands[i]->local_function && m->commands[i]->name) p->fn_calls[p->fn_call_count++] = m->commands[i];
  qsort(p->fn_calls, p->fn_call_count, sizeof(*p->fn_calls), S_fn_call_cmp);
}

/* The calls of the function named 'name': *n of them from the returned one. */
static const psa_command *const *S_fn_calls_of(const psa_graph_plan *p, const char *name, uint32_t *n) {
  uint32_t lo = 0, hi = p->fn_call_count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (psa_strcasecmp(p->fn_calls[mid]->name, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  uint32_t e = lo;
  while (e < p->fn_call_count && !psa_strcasecmp(p->fn_calls[e]->name, name)) e++;
  *n = e - lo;
  return p->fn_calls + lo;
}

/* The first function of the script named 'name', or NULL. */
static const psa_function *S_function_named(const psa_model *m, const char *name) {
  for (uint32_t i = 0; i < m->function_count; i++)
    if (!psa_strcasecmp(m->functions[i].name, name)) return &m->functions[i];
  return NULL;
}

/* The innermost function of the script holding 'span'. */
static const psa_function *S_function_at(const psa_model *m, const psa_graph_plan *p, psa_span span) {
  uint32_t i = S_spanix_at(&p->fns, span);
  return i == UINT32_MAX ? NULL : &m->functions[i];
}

static bool S_in_catch(const psa_graph_plan *p, psa_span span) {
  return S_spanix_at(&p->catches, span) != UINT32_MAX;
}

static void S_binding_resolve(const psa_model *m, psa_graph_plan *p, S_binding *b, int depth);

/* The legacy call whose objects $_ at 'span' holds: the input of the
 * script-block command holding it, or, in a function outside any, its
 * caller's $_ (its binding). -1: none, -2: several or others. */
static int S_call_of_underscore(const psa_model *m, psa_graph_plan *p, psa_span span, int depth) {
  const psa_command *d = S_consumer_at(p, span);
  const psa_function *f = S_function_at(m, p, span);
  if (d && (!f || S_inside(f->span, d->span))) return S_call_of_input(m, p, d, depth);
  if (!f || S_in_catch(p, span) || depth > 6) return -1;
  S_binding *b = S_binding_find(p, f, NULL);
  if (!b) return -1;
  S_binding_resolve(m, p, b, depth + 1);
  return b->call;
}

/* The calls a binding holds when they are several of one kind (else 0). */
static uint32_t S_binding_calls(const S_binding *b, int *out, uint32_t max) {
  if (!b || b->why || b->call != -2 || b->ncalls < 2) return 0;
  uint32_t n = 0;
  for (uint32_t i = 0; i < b->ncalls && n < max; i++) out[n++] = b->calls[i];
  return n;
}

/* The parameters of a function in declaration order (at most max). */
static uint32_t S_fn_params(const psa_function *f, const psa_variable **out, uint32_t max) {
  uint32_t n = 0;
  for (const psa_variable *v = f->scope->vars; v; v = v->next) {
    if (!v->is_parameter || n == max) continue;
    uint32_t j = n++;
    while (j > 0 && out[j - 1]->decl_span.start > v->decl_span.start) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = v;
  }
  return n;
}

/* The text of a parameter's declaration (attributes included). */
static const char *S_decl_text(const psa_rule_ctx *ctx, const psa_variable *v, size_t *len) {
  if (v->decl_span.end > ctx->src->text_len || v->decl_span.start >= v->decl_span.end) return NULL;
  *len = v->decl_span.end - v->decl_span.start;
  return ctx->src->text + v->decl_span.start;
}

static bool S_param_is_switch(const psa_variable *v) {
  return v->param_type && (!psa_strcasecmp(v->param_type, "switch") ||
                           !psa_strcasecmp(v->param_type, "System.Management.Automation.SwitchParameter"));
}

/* Whether a parameter takes pipeline input by value. */
static bool S_param_from_pipeline(const psa_rule_ctx *ctx, const psa_variable *v) {
  size_t n;
  const char *t = S_decl_text(ctx, v, &n);
  for (const char *q = t; q && (q = psa_find_ci(q, n - (size_t)(q - t), "ValueFromPipeline")); q++)
    if (psa_strncasecmp(q + 17, "ByPropertyName", 14)) return true;
  return false;
}

/* The value a call site 'd' of f binds to parameter 'var' (NULL: none);
 * *unsure when psauth cannot tell which arguments go to which parameter. */
static const psa_value *S_site_value(const psa_rule_ctx *ctx, const psa_function *f, const psa_command *d,
                                     const psa_variable *var, bool *unsure) {
  const psa_variable *params[32];
  uint32_t np = S_fn_params(f, params, 32);
  bool bound[32] = {false};
  const psa_value *value = NULL;
  bool by_position = true;
  for (uint32_t i = 0; i < np; i++) {
    size_t n;
    const char *t = S_decl_text(ctx, params[i], &n);
    if (!t || psa_find_ci(t, n, "Position") || psa_find_ci(t, n, "Alias")) by_position = false;
  }
  if (f->span.end <= ctx->src->text_len &&
      psa_find_ci(ctx->src->text + f->span.start, f->span.end - f->span.start, "PositionalBinding"))
    by_position = false;
  for (uint32_t k = 0; k < d->arg_count; k++) {
    const psa_arg *a = &d->args[k];
    if (a->via == PSA_BIND_DEFAULT) continue;
    if (a->via == PSA_BIND_NAMED || a->via == PSA_BIND_SPLAT) {
      const char *w = a->written ? a->written : a->param;
      int hit = -1, prefix = -1, prefixes = 0;
      for (uint32_t i = 0; w && i < np; i++) {
        if (!psa_strcasecmp(w, params[i]->name)) hit = (int)i;
        else if (psa_has_prefix_ci(params[i]->name, strlen(params[i]->name), w)) prefix = (int)i, prefixes++;
      }
      if (hit < 0 && prefixes == 1) hit = prefix;
      if (hit < 0) {
        if (!w || !S_common_param(w)) *unsure = true;
        continue;
      }
      /* a switch takes no value: the next argument is a positional one */
      if (S_param_is_switch(params[hit]) && a->value && !a->colon && a->via == PSA_BIND_NAMED) *unsure = true;
      bound[hit] = true;
      if (params[hit] == var) value = a->value;
      continue;
    }
    /* positional: bound below, once every name is */
    if (!by_position) *unsure = true;
  }
  /* positions: the parameters not bound by name, in order (switches never) */
  uint32_t pi = 0;
  for (uint32_t k = 0; k < d->arg_count && by_position; k++) {
    const psa_arg *a = &d->args[k];
    if (a->via != PSA_BIND_UNBOUND && a->via != PSA_BIND_POSITIONAL) continue;
    while (pi < np && (bound[pi] || S_param_is_switch(params[pi]))) pi++;
    if (pi == np) break; /* into $args */
    if (params[pi] == var) value = a->value;
    bound[pi++] = true;
  }
  if (d->pipeline_input && var && S_param_from_pipeline(ctx, var) && !value) value = d->pipeline_input;
  return value;
}

/* Whether a value is $null (no objects). */
static bool S_null_value(const psa_value *v) { return v && v->kind == PSA_V_NULL; }

/* Where the comment that starts at t[i] ends (the offset after it), or i
 * when none starts there: <# ... #>, or # to the line's end after a blank. */
static size_t S_skip_comment(const char *t, size_t len, size_t i) {
  if (t[i] == '<' && i + 1 < len && t[i + 1] == '#') {
    for (size_t k = i + 2; k + 1 < len; k++)
      if (t[k] == '#' && t[k + 1] == '>') return k + 2;
    return len;
  }
  if (t[i] == '#' && (i == 0 || isspace((unsigned char)t[i - 1]) || t[i - 1] == ';')) {
    while (i < len && t[i] != '\n') i++;
    return i;
  }
  return i;
}

static uint32_t S_word_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (uint32_t)tolower((unsigned char)s[i])) * 16777619u;
  return h;
}

static int S_word_cmp(const void *a, const void *b) {
  const S_word *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  return x->at < y->at ? -1 : x->at > y->at;
}

static bool S_word_char(char c) { return S_ident_char(c) || c == '-'; }

/* The script's words outside comments, by hash (once per plan). */
static void S_words_make(const psa_rule_ctx *ctx, psa_graph_plan *p) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  uint32_t cap = 0;
  p->words_made = true;
  for (size_t i = 0; i < len;) {
    size_t past = S_skip_comment(t, len, i);
    if (past != i) {
      i = past;
      continue;
    }
    if (!S_word_char(t[i]) || (i > 0 && t[i - 1] == '$')) {
      i++;
      continue;
    }
    size_t e = i;
    while (e < len && S_word_char(t[e])) e++;
    if (p->word_count == cap) {
      cap = cap ? cap * 2 : 256;
      p->words = psa_xrealloc(p->words, cap * sizeof(*p->words));
    }
    p->words[p->word_count++] = (S_word){S_word_hash(t + i, e - i), (uint32_t)i, (uint32_t)(e - i)};
    i = e;
  }
  if (p->word_count) qsort(p->words, p->word_count, sizeof(*p->words), S_word_cmp);
}

/* Where the script names function f other than where it defines it or calls
 * it in a way psauth follows (& $name, ${function:f}, a string): the offset,
 * or UINT32_MAX. Comments are skipped. */
static uint32_t S_unknown_use(const psa_rule_ctx *ctx, psa_graph_plan *p, const psa_function *f) {
  const char *t = ctx->src->text;
  size_t n = strlen(f->name);
  if (!n) return UINT32_MAX;
  for (size_t i = 0; i < n; i++)
    if (!S_word_char(f->name[i])) return UINT32_MAX; /* a name psauth cannot look for as a word */
  if (!p->words_made) S_words_make(ctx, p);
  uint32_t h = S_word_hash(f->name, n), lo = 0, hi = p->word_count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (p->words[mid].hash < h) lo = mid + 1;
    else hi = mid;
  }
  uint32_t nsites = 0;
  const psa_command *const *sites = S_fn_calls_of(p, f->name, &nsites);
  for (uint32_t w = lo; w < p->word_count && p->words[w].hash == h; w++) {
    uint32_t i = p->words[w].at;
    if (p->words[w].len != n || psa_strncasecmp(t + i, f->name, n)) continue;
    bool known = false;
    for (uint32_t k = 0; k < nsites && !known; k++) known = !sites[k]->in_string && sites[k]->name_span.start == i;
    /* function NAME / filter NAME */
    size_t q = i;
    while (q > 0 && (t[q - 1] == ' ' || t[q - 1] == '\t')) q--;
    if (q >= 8 && !psa_strncasecmp(t + q - 8, "function", 8)) known = true;
    if (q >= 6 && !psa_strncasecmp(t + q - 6, "filter", 6)) known = true;
    if (!known) return i;
  }
  return UINT32_MAX;
}

/* The next $_ or $PSItem (a whole name) in t[*from, end), outside
 * comments: its span in *at, and *from moves past its '$'. False when none
 * is left. */
static bool S_next_underscore(const char *t, uint32_t end, uint32_t *from, psa_span *at) {
  for (uint32_t i = *from; i + 2 <= end; i++) {
    size_t past = S_skip_comment(t, end, i);
    if (past != i) {
      i = (uint32_t)past - 1;
      continue;
    }
    if (t[i] != '$') continue;
    uint32_t n = t[i + 1] == '_' ? 2 : !psa_strncasecmp(t + i + 1, "PSItem", 6) ? 7 : 0;
    if (!n || (i + n < end && S_ident_char(t[i + n]))) continue;
    *at = (psa_span){i, i + n};
    *from = i + 1;
    return true;
  }
  return false;
}

/* Whether function f reads its caller's $_ (a $_ outside its own pipelines
 * and catch blocks); *whole: one such $_ is not a member read. */
static bool S_fn_reads_underscore(const psa_rule_ctx *ctx, const psa_graph_plan *p, const psa_function *f,
                                  bool *whole, uint32_t *method, uint32_t *block) {
  const char *t = ctx->src->text;
  bool reads = false;
  if (f->span.end > ctx->src->text_len) return false;
  psa_span at;
  for (uint32_t from = f->span.start; S_next_underscore(t, f->span.end, &from, &at);) {
    uint32_t i = at.start, n = at.end - at.start;
    const psa_command *d = S_consumer_at(p, at);
    if ((d && S_inside(f->span, d->span)) || S_in_catch(p, at) || S_function_at(ctx->model, p, at) != f)
      continue;
    reads = true;
    /* in a script block of its own ($x.Where({ $_ ... }), & { ... }): whose
     * $_ it is depends on how the block runs */
    uint32_t sb = block && *block == UINT32_MAX ? S_spanix_at(&p->blocks, at) : UINT32_MAX;
    if (sb != UINT32_MAX && S_inside(f->span, ctx->model->script_blocks[sb])) *block = i;
    if (whole && (i + n >= f->span.end || t[i + n] != '.')) *whole = true;
    /* $_.Method(): Graph objects have other methods (ToString and the like aside) */
    uint32_t j = i + n + 1, k = j;
    while (k < f->span.end && S_ident_char(t[k])) k++;
    if (method && *method == UINT32_MAX && i + n < f->span.end && t[i + n] == '.' && k > j &&
        k < f->span.end && t[k] == '(' && psa_strncasecmp(t + j, "ToString(", 9) &&
        psa_strncasecmp(t + j, "GetType(", 8) && psa_strncasecmp(t + j, "Equals(", 7) &&
        psa_strncasecmp(t + j, "GetHashCode(", 12))
      *method = i;
  }
  return reads;
}

/* A value handed to a function, for a reason: "Get-ADUser's objects ($users,
 * line 143)" or "$x (line 3)". */
static const char *S_describe_value(psa_rule_ctx *ctx, const psa_value *v, const psa_command *site) {
  const char *text = S_src(ctx, v->span);
  if (!text || strlen(text) > 40) text = "a value";
  const psa_command *from = NULL;
  const psa_variable *var = psa_value_var(v);
  for (int hop = 0; var && hop < 4 && !from; hop++) {
    const psa_value *src = NULL;
    for (uint32_t i = 0; i < var->assign_count && !src; i++) src = var->assigns[i].value;
    /* a foreach variable: its loop's collection */
    for (uint32_t i = 0; var->is_foreach && i < ctx->model->foreach_count && !src; i++)
      if (ctx->model->foreach_loops[i].var == var) src = ctx->model->foreach_loops[i].collection;
    from = src ? psa_value_cmd(src) : NULL;
    var = src && !from ? psa_value_var(src) : NULL;
  }
  if (!from) from = psa_value_cmd(v);
  while (from && from->pipeline_input && psa_value_cmd(from->pipeline_input))
    from = psa_value_cmd(from->pipeline_input);
  if (from && from->name && *from->name)
    return psa_ctx_printf(ctx, "%s's objects (%s, line %u)", from->name, text, psa_line_of(ctx, site->span.start));
  return psa_ctx_printf(ctx, "%s (line %u)", text, psa_line_of(ctx, site->span.start));
}

static bool S_object_type(const char *type) {
  static const char *const ok[] = {"object", "System.Object", "psobject", "System.Management.Automation.PSObject",
                                   "object[]", "System.Object[]", "psobject[]", "array", "System.Array",
                                   "pscustomobject", NULL};
  for (int i = 0; ok[i]; i++)
    if (!psa_strcasecmp(type, ok[i])) return true;
  return false;
}

/* Resolves a binding: the calls whose objects its call sites hand it, and
 * why they cannot be followed into the function, if so. */
static void S_binding_resolve(const psa_model *m, psa_graph_plan *p, S_binding *b, int depth) {
  if (b->state) return; /* resolved, or being resolved (the function's own call chain) */
  b->state = 1;
  psa_rule_ctx *ctx = p->ctx;
  const psa_function *f = b->fn;
  bool whole = false;
  uint32_t block = UINT32_MAX;
  if (!b->var && !S_fn_reads_underscore(ctx, p, f, &whole, NULL, &block)) {
    b->state = 2;
    return;
  }
  const char *other = NULL, *why = NULL;
  const psa_gm_object *out = NULL;
  bool mixed_out = false;
  const psa_command *output_used = NULL; /* a call site whose output the script uses */
  uint32_t nsites = 0;
  const psa_command *const *sites = S_fn_calls_of(p, f->name, &nsites);
  for (uint32_t i = 0; i < nsites; i++) {
    const psa_command *d = sites[i];
    int ks[8];
    uint32_t nk = 0;
    const psa_value *v = NULL;
    if (!output_used && !S_alone(d) && !S_inside(f->span, d->span)) output_used = d;
    if (!b->var && d->pipeline_input) {
      /* ... | F: its $_ (in process { }) is the piped objects', which psauth
       * does not follow into the function */
      int k = S_call_of_input(m, p, d, 0);
      if (k >= 0) ks[nk++] = k;
      if (k >= 0 && !why)
        why = psa_ctx_printf(ctx, "they are piped to it (line %u) and it reads $_, which psauth does not follow "
                             "there", psa_line_of(ctx, d->span.start));
      if (k < 0 && !other)
        other = psa_ctx_printf(ctx, "a pipeline's objects as $_ (line %u)", psa_line_of(ctx, d->span.start));
    } else if (!b->var) {
      int k = S_call_of_underscore(m, p, d->span, depth + 1);
      if (k >= 0) ks[nk++] = k;
      else if (!other) {
        /* name what $_ holds there: the input of the block around the call */
        const psa_command *e = S_consumer_at(p, d->span);
        const psa_value *in = e ? e->pipeline_input : NULL;
        while (in && psa_value_cmd(in) && S_passes_through(NULL, psa_value_cmd(in)) &&
               psa_value_cmd(in)->pipeline_input)
          in = psa_value_cmd(in)->pipeline_input;
        other = in ? psa_ctx_printf(ctx, "%s as $_", S_describe_value(ctx, in, d))
                   : psa_ctx_printf(ctx, "another $_ (line %u)", psa_line_of(ctx, d->span.start));
      }
    } else {
      bool unsure = false;
      v = S_site_value(ctx, f, d, b->var, &unsure);
      if (unsure && !why)
        why = psa_ctx_printf(ctx, "psauth cannot tell which of the arguments on line %u goes to $%s",
                             psa_line_of(ctx, d->span.start), b->var->name);
      if (!v && b->var->param_default && !S_empty_value(b->var->param_default) && !other)
        other = psa_ctx_printf(ctx, "the default value of $%s (line %u)", b->var->name,
                               psa_line_of(ctx, d->span.start));
      if (!v || S_null_value(v)) continue;
      int k = -1;
      if (S_is_underscore(v)) k = S_call_of_underscore(m, p, v->span, depth + 1);
      else if (v->kind == PSA_V_VARIABLE && !psa_value_var(v)) k = S_call_of_pv(m, p, v);
      else if (v->kind == PSA_V_VARIABLE) k = S_call_of_var(m, p, psa_value_var(v), 0);
      else k = S_call_of_value(p, v);
      if (k == -2 && v->kind == PSA_V_VARIABLE && psa_value_var(v))
        nk = S_calls_of_var(m, p, psa_value_var(v), ks, 8, 0);
      else if (k == -2 && S_is_underscore(v)) {
        const psa_command *e = S_consumer_at(p, v->span);
        const psa_function *g = S_function_at(m, p, v->span);
        if (!e || (g && !S_inside(g->span, e->span))) nk = S_binding_calls(g ? S_binding_find(p, g, NULL) : NULL, ks, 8);
      }
      if (k >= 0) ks[nk++] = k;
      if (!nk && !other) other = S_describe_value(ctx, v, d);
    }
    for (uint32_t j = 0; j < nk; j++) {
      bool seen = false;
      for (uint32_t q = 0; q < b->ncalls; q++) seen |= b->calls[q] == ks[j];
      if (seen) continue;
      if (b->ncalls == 8) {
        if (!why) why = "more than 8 calls' objects reach it";
        continue;
      }
      b->calls[b->ncalls++] = ks[j];
      const psa_gm_object *o = p->calls[ks[j]].map ? p->calls[ks[j]].map->output : NULL;
      if (out && o != out) mixed_out = true;
      out = o;
    }
    if (S_inside(f->span, d->span) && !why)
      why = psa_ctx_printf(ctx, "%s calls itself (line %u)", f->name, psa_line_of(ctx, d->span.start));
    if (d->in_string && !why)
      why = psa_ctx_printf(ctx, "it is called from a string run as a script (line %u)", psa_line_of(ctx, d->span.start));
  }
  if (!b->ncalls) {
    b->state = 2;
    return;
  }
  const char *name = ctx->src->path ? ctx->src->path : "";
  size_t nl = strlen(name);
  uint32_t defs = 0;
  for (uint32_t i = 0; i < m->function_count; i++) defs += !psa_strcasecmp(m->functions[i].name, f->name);
  uint32_t unknown = why ? UINT32_MAX : S_unknown_use(ctx, p, f);
  if (!why && mixed_out) {
    const S_call *x = &p->calls[b->calls[0]], *y = NULL;
    for (uint32_t q = 1; q < b->ncalls && !y; q++)
      if ((p->calls[b->calls[q]].map ? p->calls[b->calls[q]].map->output : NULL) !=
          (x->map ? x->map->output : NULL))
        y = &p->calls[b->calls[q]];
    why = psa_ctx_printf(ctx, "it also gets the objects of %s (line %u), of another kind",
                         y ? y->cmd->name : "another call", y ? psa_line_of(ctx, y->cmd->span.start) : 0);
  }
  if (!why && other) why = psa_ctx_printf(ctx, "it also gets %s", other);
  if (!why && nl >= 5 && !psa_strcasecmp(name + nl - 5, ".psm1"))
    why = "a module's function: its callers outside the module are not known";
  else if (!why && defs > 1)
    why = psa_ctx_printf(ctx, "the script defines %s more than once", f->name);
  else if (!why && unknown != UINT32_MAX)
    why = psa_ctx_printf(ctx, "the script names %s on line %u other than in a call psauth follows", f->name,
                         psa_line_of(ctx, unknown));
  if (!why && b->var && b->var->param_type && !S_object_type(b->var->param_type))
    why = psa_ctx_printf(ctx, "its parameter $%s is declared [%s]", b->var->name, b->var->param_type);
  if (!why && b->var && b->var->assign_count)
    why = psa_ctx_printf(ctx, "it assigns $%s other values (line %u)", b->var->name,
                         psa_line_of(ctx, b->var->assigns[0].span.start));
  for (uint32_t i = 0; i < f->return_count && !why; i++) {
    const psa_value *r = f->returns[i];
    const psa_command *e = S_is_underscore(r) ? S_consumer_at(p, r->span) : NULL;
    bool mine = b->var ? psa_value_var(r) == b->var
                       : S_is_underscore(r) && !(e && S_inside(f->span, e->span)) && !S_in_catch(p, r->span);
    if (mine)
      why = psa_ctx_printf(ctx, "it returns them (line %u), and psauth does not follow its callers' reads",
                           psa_line_of(ctx, r->span.start));
  }
  if (!why && block != UINT32_MAX)
    why = psa_ctx_printf(ctx, "it reads $_ in a script block (line %u), whose $_ psauth does not tell apart",
                         psa_line_of(ctx, block));
  if (!why && output_used && (b->var ? S_param_whole(ctx, NULL, b->var, 0) : whole))
    why = psa_ctx_printf(ctx, "it hands them on whole and its output is used (line %u), where psauth does "
                         "not follow the reads", psa_line_of(ctx, output_used->span.start));
  if (!why && b->var && f->span.end <= ctx->src->text_len) {
    /* $PSBoundParameters['User'].X / .User.X reads the parameter unseen */
    const char *t = ctx->src->text + f->span.start;
    size_t n = f->span.end - f->span.start, vn = strlen(b->var->name);
    for (const char *q = t; !why && (q = psa_find_ci(q, n - (size_t)(q - t), "$PSBoundParameters")); q++) {
      const char *e = q + 18;
      bool named = *e == '.' && !psa_strncasecmp(e + 1, b->var->name, vn) && !S_ident_char(e[1 + vn]);
      if (*e == '[' || named || (*e == '.' && !psa_strncasecmp(e + 1, "Values", 6)))
        why = psa_ctx_printf(ctx, "it reads $%s through $PSBoundParameters (line %u), which psauth does not "
                             "follow", b->var->name, psa_line_of(ctx, (uint32_t)(q - ctx->src->text)));
    }
  }
  if (!why && !b->var && f->span.end <= ctx->src->text_len) {
    /* switch sets $_ too: which reads are the caller's is not told apart */
    const char *t = ctx->src->text + f->span.start;
    size_t n = f->span.end - f->span.start;
    for (const char *q = t; (q = psa_find_ci(q, n - (size_t)(q - t), "switch")); q++)
      if ((q == t || (!S_ident_char(q[-1]) && q[-1] != '-' && q[-1] != '$')) && !S_ident_char(q[6]) && q[6] != '-') {
        why = psa_ctx_printf(ctx, "it has a switch statement (line %u), whose $_ psauth does not tell apart",
                             psa_line_of(ctx, (uint32_t)(q - ctx->src->text)));
        break;
      }
  }
  if (why) {
    b->why = psa_ctx_printf(ctx, "its objects go to the script's function %s (line %u), but %s", f->name,
                            psa_line_of(ctx, f->span.start), why);
    b->call = -2;
  } else {
    b->call = b->ncalls == 1 ? b->calls[0] : -2;
  }
  b->state = 2;
}

static void S_add_read(psa_graph_plan *p, const psa_value *member, psa_span span, const char *name,
                       const psa_command *consumer, uint32_t call) {
  if (p->read_count == p->read_cap) {
    p->read_cap = p->read_cap ? p->read_cap * 2 : 16;
    p->reads = psa_xrealloc(p->reads, p->read_cap * sizeof(*p->reads));
  }
  p->reads[p->read_count++] = (S_read){member, span, name, consumer, call};
}

/* Names every object has that are not the directory object's properties. */
static bool S_ignored_member(const char *name) {
  static const char *const names[] = {"Count", "Length", "PSObject", "PSTypeNames", "Keys",
                                      "Values", NULL};
  for (int i = 0; names[i]; i++)
    if (!psa_strcasecmp(name, names[i])) return true;
  return false;
}

/* Notes where the objects go beyond the reads psauth follows ("$x is used
 * whole"): 'what' completes the phrase 'lead'. */
static void S_escape(psa_rule_ctx *ctx, S_call *c, const char *lead, const char *what) {
  if (!c->escape) c->escape = psa_ctx_printf(ctx, "%s%s", lead, what);
  /* a variable used other than by member reads ($s["Name"] = ..., $s passed on) */
  if (!c->whole && !strncmp(lead, "the objects are used whole", 26) &&
      !(c->ds_ok && what && psa_graph_ds_holds(ctx, ctx->model, what)))
    c->whole = psa_ctx_printf(ctx, "%s%s", lead, what);
}

/* A foreach variable over the call's objects read other than as $v.Member
 * (every reference of it not a member read): the objects go on whole. */
static uint32_t S_fn_arg_uses(const psa_model *m, const psa_variable *var);

static const psa_variable *S_underscore_var(const psa_model *m, psa_span at);
static void S_loop_var_whole(psa_rule_ctx *ctx, S_call *c, const psa_variable *lv) {
  if (!lv) return;
  const psa_model *m = ctx->model;
  uint32_t member_reads = S_fn_arg_uses(m, lv);
  for (uint32_t j = 0; j < m->member_count; j++) {
    const psa_value *b = m->members[j]->base;
    if (b && b->kind == PSA_V_VARIABLE && psa_value_var(b) == lv) member_reads++;
  }
  if (lv->ref_count <= member_reads) return;
  S_escape(ctx, c, "the objects are used whole: $", lv->name);
  /* $x = foreach ($u in <objects>) { ... $u ... }: the loop's output, which
   * may be the objects themselves, goes to a variable whose reads psauth
   * does not follow */
  for (uint32_t i = 0; i < m->foreach_count && !c->unfollowed; i++) {
    if (m->foreach_loops[i].var != lv) continue;
    const psa_variable *to = S_underscore_var(m, m->foreach_loops[i].span);
    if (!to)
      for (uint32_t f = 0; f <= m->function_count && !to; f++) {
        const psa_scope *sc = f < m->function_count ? m->functions[f].scope : m->script;
        for (const psa_variable *v = sc ? sc->vars : NULL; v && !to; v = v->next)
          for (uint32_t a = 0; a < v->assign_count && !to; a++)
            if (v->assigns[a].value && v->assigns[a].value->span.start == m->foreach_loops[i].span.start)
              to = v;
      }
    if (to)
      c->unfollowed = psa_ctx_printf(ctx, "$%s is used whole in the foreach loop (line %u) whose output goes to $%s: "
                                     "psauth does not follow the objects it may write", lv->name,
                                     psa_line_of(ctx, m->foreach_loops[i].span.start), to->name);
  }
}

/* A variable holding the call's objects used other than by member reads,
 * pipelines and foreach loops: the objects go on whole. */
static uint32_t S_member_uses(const psa_model *m, const psa_variable *var);

static void S_var_whole(psa_rule_ctx *ctx, S_call *c, const psa_variable *var) {
  const psa_model *m = ctx->model;
  uint32_t used = S_member_uses(m, var);
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_value *col = m->foreach_loops[i].collection;
    if (col && col->kind == PSA_V_VARIABLE && psa_value_var(col) == var) {
      used++;
      /* the loop variable: every read of it a member read */
      S_loop_var_whole(ctx, c, m->foreach_loops[i].var);
    }
  }
  if (var->ref_count > used) S_escape(ctx, c, "the objects are used whole: $", var->name);
}

/* Property names given as strings to a consumer (-Property a, b). */
static void S_string_reads(psa_graph_plan *p, const char *text, const psa_command *consumer,
                           const char *param, uint32_t call) {
  const psa_value *items[S_MAX_LIST];
  uint32_t n = 0;
  if (!strcmp(param, "Property")) {
    n = S_property_items(text, consumer, items, S_MAX_LIST);
  } else {
    const psa_arg *a = S_cmd_arg(consumer, param);
    if (!a || !a->value || a->via == PSA_BIND_DEFAULT) return;
    const psa_value *v = a->value;
    if (v->kind == PSA_V_ARRAY)
      for (uint32_t i = 0; i < v->item_count && n < S_MAX_LIST; i++) items[n++] = v->items[i];
    else
      items[n++] = v;
  }
  for (uint32_t i = 0; i < n; i++)
    if (items[i]->kind == PSA_V_STRING && items[i]->str && items[i]->literal_count <= 1 &&
        !strpbrk(items[i]->str, "*?[ "))
      S_add_read(p, NULL, items[i]->span, items[i]->str, consumer, call);
}

/* A CSV file the script writes with the objects and reads back with
 * Import-Csv: the columns are the objects' property names, and what the
 * script reads of the imported rows is not followed. */
static void S_csv_read_back(psa_rule_ctx *ctx, S_call *c, const psa_command *d) {
  const psa_model *m = ctx->model;
  const psa_arg *out = psa_command_arg(d, "Path");
  if (!out) out = psa_command_arg(d, "LiteralPath");
  const char *path = out && out->value ? S_src(ctx, out->value->span) : NULL;
  if (!path || c->unfollowed) return;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *e = m->commands[i];
    if (!psa_command_is(e, "Import-Csv")) continue;
    const psa_arg *in = psa_command_arg(e, "Path");
    if (!in) in = psa_command_arg(e, "LiteralPath");
    const char *back = in && in->value ? S_src(ctx, in->value->span) : NULL;
    if (back && !psa_strcasecmp(back, path)) {
      c->unfollowed = psa_ctx_printf(ctx, "its objects are written to %s (line %u) and read back with "
                                     "Import-Csv (line %u), whose column reads psauth does not follow",
                                     path, psa_line_of(ctx, d->span.start), psa_line_of(ctx, e->span.start));
      return;
    }
  }
}

/* Commands whose output is made of the properties of the objects they
 * receive: given the legacy objects whole, every column (field) changes
 * once they are Graph objects, which have other properties. 'what' names
 * what changes. */
static const struct {
  const char *cmd, *what, *verb;
} S_property_sinks[] = {
    {"Export-Csv", "the CSV's columns", "export"},
    {"ConvertTo-Csv", "the CSV's columns", "convert"},
    {"Export-Excel", "the worksheet's columns", "export"},
    {"ConvertTo-Html", "the HTML table's columns", "show"},
    {"ConvertTo-Json", "the JSON's fields", "convert"},
    {"ConvertTo-Xml", "the XML's fields", "convert"},
    {"Export-Clixml", "the file's fields", "export"},
    {"Out-GridView", "the grid's columns", "show"},
    {"Format-Table", "the table's columns", "show"},
    {"Format-List", "the list's fields", "show"},
};

/* Whether a -Property list names the properties (no wildcard; with
 * 'strings_only', no calculated property either). */
static bool S_names_properties(const psa_arg *prop, bool strings_only) {
  if (!prop || !prop->value || prop->via == PSA_BIND_DEFAULT) return false;
  const psa_value *one[1] = {prop->value};
  const psa_value *const *items = one;
  uint32_t n = 1;
  if (prop->value->kind == PSA_V_ARRAY) {
    items = (const psa_value *const *)prop->value->items;
    n = prop->value->item_count;
  }
  for (uint32_t i = 0; i < n; i++)
    if (items[i]->kind == PSA_V_STRING ? !items[i]->str || strpbrk(items[i]->str, "*?[") : strings_only)
      return false;
  return n > 0;
}

/* Why the objects may not go to 'd' whole (NULL: they may): 'd' writes
 * their properties and names none of them. */
static const char *S_sink_why(psa_rule_ctx *ctx, const psa_command *d) {
  for (size_t i = 0; i < sizeof(S_property_sinks) / sizeof(S_property_sinks[0]); i++) {
    if (!psa_command_is(d, S_property_sinks[i].cmd)) continue;
    if (psa_command_is(d, "Out-GridView") && psa_command_arg(d, "PassThru")) return NULL;
    bool has_property = psa_command_is(d, "Format-Table") || psa_command_is(d, "Format-List") ||
                        psa_command_is(d, "ConvertTo-Html");
    /* ConvertTo-Html's script blocks ($_) are not followed: names only */
    if (has_property && S_names_properties(S_property_arg(d), psa_command_is(d, "ConvertTo-Html"))) return NULL;
    return psa_ctx_printf(ctx, "its objects go whole to %s (line %u), so %s would change (Graph objects have "
                          "other properties): select the properties to %s first (Select-Object Name, ...)%s",
                          d->name, psa_line_of(ctx, d->span.start), S_property_sinks[i].what,
                          S_property_sinks[i].verb,
                          has_property ? psa_ctx_printf(ctx, " or name them in %s -Property", d->name) : "");
  }
  return NULL;
}

/* Add-Member's PSMemberTypes values: given first positionally, the member's
 * name is the second positional argument (Add-Member [-MemberType] <type>
 * [-Name] <name> [[-Value] <value>]; about Add-Member, Microsoft Learn). */
static bool S_member_type_word(const char *s) {
  static const char *const names[] = {"NoteProperty", "AliasProperty", "ScriptProperty", "CodeProperty",
                                      "Property",     "PropertySet",   "ScriptMethod",   "CodeMethod",
                                      "Method",       "MemberSet",     "Properties",     "Methods",
                                      "ParameterizedProperty", "Event", "All", NULL};
  for (int i = 0; s && names[i]; i++)
    if (!psa_strcasecmp(s, names[i])) return true;
  return false;
}

/* Add-Member ... -PassThru: writes the object it got, with the member added
 * (about Add-Member: "-PassThru returns an object representing the item with
 * the new member"); without -PassThru it writes nothing. */
static bool S_adds_passthru(const psa_command *d) {
  return psa_command_is(d, "Add-Member") && psa_command_arg(d, "PassThru");
}

/* The names of the members an Add-Member adds, as written (-NotePropertyName
 * X, -Name X, -NotePropertyMembers @{X = ...}, Add-Member "X" v, Add-Member
 * NoteProperty X v): how many, 0 when one is not a literal psauth reads. */
static uint32_t S_added_names(const psa_command *d, const char **out, uint32_t max) {
  const psa_value *pos[4];
  uint32_t npos = 0, n = 0;
  bool typed = false;
  for (uint32_t i = 0; i < d->arg_count; i++) {
    const psa_arg *a = &d->args[i];
    if (a->via == PSA_BIND_NAMED && a->param &&
        (!psa_strcasecmp(a->param, "NotePropertyName") || !psa_strcasecmp(a->param, "Name"))) {
      if (!a->value || a->value->kind != PSA_V_STRING || !a->value->str || n >= max) return 0;
      out[n++] = a->value->str;
    } else if (a->via == PSA_BIND_NAMED && a->param && !psa_strcasecmp(a->param, "NotePropertyMembers")) {
      const psa_hash_entry *e = a->value ? psa_value_entries(a->value) : NULL;
      if (!e || !a->value->entry_count) return 0;
      for (uint32_t k = 0; k < a->value->entry_count; k++) {
        if (!e[k].key || n >= max) return 0;
        out[n++] = e[k].key;
      }
    } else if (a->via == PSA_BIND_NAMED && a->param && !psa_strcasecmp(a->param, "MemberType")) {
      typed = true;
    } else if ((a->via == PSA_BIND_POSITIONAL || a->via == PSA_BIND_UNBOUND) && npos < 4) {
      pos[npos++] = a->value;
    }
  }
  if (n) return n;
  /* positional: [-NotePropertyName] X [-NotePropertyValue] v, or
   * [-MemberType] T [-Name] X [-Value] v */
  uint32_t at = 0;
  if (!typed && npos && pos[0] && pos[0]->kind == PSA_V_STRING && S_member_type_word(pos[0]->str)) at = 1;
  if (at >= npos || !pos[at] || pos[at]->kind != PSA_V_STRING || !pos[at]->str || !max) return 0;
  out[0] = pos[at]->str;
  return 1;
}

/* Add-Member -PassThru over the call's objects: the same objects go on with
 * the members it names, which are script properties (not Graph's: never
 * renamed, never in -Property). A name Graph's objects may already have
 * stops Add-Member with an error (it adds no member of an existing name
 * without -Force, and -Force replaces only an instance's own members): the
 * name must be outside every property the map records for the Graph object
 * ("all"), else the call is not exact. */
static void S_note_added(psa_rule_ctx *ctx, S_call *c, const psa_command *d) {
  const char *names[8];
  uint32_t n = S_added_names(d, names, 8);
  const psa_gm_object *o = c->alt && c->alt->output ? c->alt->output : c->map ? c->map->output : NULL;
  if (!n) {
    if (!c->unfollowed)
      c->unfollowed = psa_ctx_printf(ctx, "%s (line %u) adds a member whose name psauth does not read: write "
                                     "the name out", d->name, psa_line_of(ctx, d->span.start));
    return;
  }
  for (uint32_t i = 0; i < n; i++) {
    bool known = o && o->all_count, clash = false;
    for (size_t q = 0; known && q < o->all_count; q++) clash |= !psa_strcasecmp(o->all[q], names[i]);
    if (o && psa_gm_object_same(o, names[i])) clash = true;
    if ((!known || clash) && !c->unfollowed) {
      c->unfollowed = psa_ctx_printf(ctx, "%s (line %u) adds %s to its objects, %s: Add-Member stops with an "
                                     "error on an object that has a member of that name (rename the member)",
                                     d->name, psa_line_of(ctx, d->span.start), names[i],
                                     clash ? "a name the Graph objects have"
                                           : "and psauth does not know every property the Graph objects have");
    }
    bool have = false;
    for (uint32_t k = 0; k < c->added_count; k++) have |= !psa_strcasecmp(c->added[k], names[i]);
    if (!have && c->added_count < 8) c->added[c->added_count++] = names[i];
  }
}

/* Whether a member read is of a member Add-Member gave the call's objects. */
static bool S_added_name(const S_call *c, const char *name) {
  for (uint32_t i = 0; i < c->added_count; i++)
    if (!psa_strcasecmp(c->added[i], name)) return true;
  return false;
}

/* Follows the pipeline after 'd' (which received the call's objects). */
/* Whether psauth reads a consumer's arguments whole: the rest of a list the
 * grammar cannot parse ("select @{...}, `<newline> Name, Mail", an error
 * region) is given as one unknown value starting at its ',', which no
 * parameter takes: property names psauth would not see. */
static bool S_args_whole(const psa_rule_ctx *ctx, const psa_command *d) {
  const char *t = ctx->src->text;
  for (uint32_t i = 0; i < d->arg_count; i++) {
    const psa_arg *a = &d->args[i];
    if (a->via == PSA_BIND_UNBOUND && a->value && a->value->kind == PSA_V_UNKNOWN &&
        a->value->span.start < ctx->src->text_len && t[a->value->span.start] == ',')
      return false;
  }
  return true;
}

/* Select-Object *, ... -ExcludeProperty X: every property (but a few) goes
 * on, so what follows sees the objects' property set, as it would the
 * objects themselves (Export-Csv writes a column for each). */
static bool S_selects_all(psa_rule_ctx *ctx, const psa_command *d) {
  if (!psa_command_is(d, "Select-Object") || S_cmd_arg(d, "ExpandProperty")) return false;
  const psa_value *items[S_MAX_LIST];
  uint32_t n = S_property_items(ctx->src->text, d, items, S_MAX_LIST);
  for (uint32_t i = 0; i < n; i++)
    if (items[i]->kind == PSA_V_STRING && items[i]->str && strpbrk(items[i]->str, "*?")) return true;
  return false;
}

/* The first item of a consumer's property list whose property names psauth
 * does not see (NULL: none): a variable holding names (select $props), an
 * expandable string, a calculated property whose Expression is a name
 * (@{N = 'x'; E = 'DisplayName'}). Names written out, wildcards, script
 * blocks, calculated properties with a script block and a variable holding
 * one such hashtable (S_hash_props) are read. */
static const psa_value *S_unread_property(psa_rule_ctx *ctx, const psa_command *d) {
  const psa_value *items[S_MAX_LIST];
  uint32_t n = S_property_items(ctx->src->text, d, items, S_MAX_LIST);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *v = items[i];
    if (v->kind == PSA_V_STRING || v->kind == PSA_V_SCRIPTBLOCK || v->kind == PSA_V_NUMBER) continue;
    if (v->kind == PSA_V_HASH) {
      const psa_hash_entry *e = psa_value_entries(v);
      for (uint32_t k = 0; k < v->entry_count; k++)
        if (e[k].key && (!psa_strcasecmp(e[k].key, "E") || !psa_strcasecmp(e[k].key, "Expression")) &&
            (!e[k].value || e[k].value->kind != PSA_V_SCRIPTBLOCK))
          return v;
      continue;
    }
    const psa_variable *var = psa_value_var(v);
    if (var && var->assign_count == 1 && var->assigns[0].value && var->assigns[0].value->kind == PSA_V_HASH)
      continue;
    return v;
  }
  return NULL;
}

/* 'd' hands the call's objects on (Where-Object, Sort-Object, Add-Member
 * -PassThru ...) as the output of a statement in a ForEach-Object's script
 * block ({ $_ | Sort-Object X }): the objects leave the ForEach-Object. When
 * its output goes on (to a variable, a command, an expression) and psauth
 * has not found that ForEach-Object to write this call's objects alone
 * (S_each_passes), what reads them there is not followed: not exact. */
static void S_leaves_each(psa_rule_ctx *ctx, psa_graph_plan *p, const psa_command *d, uint32_t call) {
  const psa_model *m = ctx->model;
  S_call *c = &p->calls[call];
  if (c->unfollowed || d->assigned_to || d->span.end != d->statement_span.end) return;
  /* the statement's span: d's own would find d (Where-Object, Sort-Object
   * take script blocks too) */
  const psa_command *each = S_consumer_at(p, d->statement_span);
  if (!each || each == d || !psa_command_is(each, "ForEach-Object")) return;
  bool goes_on = each->assigned_to || each->span.end != each->statement_span.end;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_value *in = m->commands[i]->pipeline_input;
    if (in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) == d) return; /* piped on: not the output */
    goes_on = goes_on || (in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) == each);
  }
  if (!goes_on) return;
  for (uint32_t i = 0; i < p->each_count; i++)
    if (p->each_cmd[i] == each && p->each_call[i] == call) return;
  c->unfollowed = psa_ctx_printf(ctx, "its objects leave the ForEach-Object (line %u) through %s (line %u) "
                                 "for what follows it, whose reads of them psauth does not follow: select the "
                                 "properties inside the block", psa_line_of(ctx, each->span.start), d->name,
                                 psa_line_of(ctx, d->span.start));
}

static void S_follow_pipeline(psa_rule_ctx *ctx, psa_graph_plan *p, const psa_command *d,
                              uint32_t call, int depth) {
  const psa_model *m = ctx->model;
  S_call *c = &p->calls[call];
  if (depth > 8) return;
  const char *sink = S_sink_why(ctx, d);
  if (sink && !c->sink) c->sink = sink;
  if (psa_command_is(d, "Where-Object") || psa_command_is(d, "Sort-Object") ||
      psa_command_is(d, "Select-Object") || psa_command_is(d, "Measure-Object") ||
      psa_command_is(d, "Group-Object") || psa_command_is(d, "Format-Table") ||
      psa_command_is(d, "Format-List") || psa_command_is(d, "Export-Csv") ||
      (psa_command_is(d, "ConvertTo-Html") && !sink)) {
    const psa_arg *prop = S_property_arg(d);
    if (!S_args_whole(ctx, d) && !c->unfollowed)
      c->unfollowed = psa_ctx_printf(ctx, "its objects go to %s (line %u), whose arguments psauth's parser does "
                                     "not read whole", d->name, psa_line_of(ctx, d->span.start));
    if (psa_command_is(d, "Select-Object") && S_select_ambiguous(d) && !c->unfollowed)
      c->unfollowed = psa_ctx_printf(ctx, "its objects go to %s (line %u), which has a parameter name that "
                                     "PowerShell finds ambiguous (several of its parameters start with it): "
                                     "write the name out", d->name, psa_line_of(ctx, d->span.start));
    if (prop && prop->value && prop->via != PSA_BIND_DEFAULT) S_string_reads(p, ctx->src->text, d, "Property", call);
    const psa_value *odd = prop && prop->value && prop->via != PSA_BIND_DEFAULT ? S_unread_property(ctx, d) : NULL;
    if (odd && !c->unfollowed) {
      const char *what = odd->kind == PSA_V_HASH ? "a calculated property whose Expression is a name"
                                                 : S_src(ctx, odd->span);
      c->unfollowed = psa_ctx_printf(ctx, "%s (line %u) names properties through %s, which psauth cannot read: "
                                     "%s", d->name, psa_line_of(ctx, d->span.start),
                                     what && strlen(what) <= 50 ? what : "a value",
                                     odd->kind == PSA_V_HASH ? "write the Expression as a script block"
                                                             : "write the names out");
    }
    if (psa_command_is(d, "Select-Object") && S_cmd_arg(d, "ExpandProperty")) {
      S_string_reads(p, ctx->src->text, d, "ExpandProperty", call);
      /* with -Property, each expanded object carries the selected
       * properties on: what later commands read of them is not followed */
      if (prop && !c->unfollowed)
        c->unfollowed = psa_ctx_printf(ctx, "%s -Property ... -ExpandProperty (line %u) hands the objects' "
                                       "properties on to commands psauth does not follow",
                                       d->name, psa_line_of(ctx, d->span.start));
    }
    if (psa_command_is(d, "Export-Csv") || psa_command_is(d, "Format-Table") ||
        psa_command_is(d, "Format-List") || psa_command_is(d, "ConvertTo-Html")) {
      if (!prop) S_escape(ctx, c, "the objects go to ", d->name);
      if (psa_command_is(d, "Export-Csv")) S_csv_read_back(ctx, c, d);
      return;
    }
  } else if (psa_command_is(d, "Out-Null")) {
    return; /* discarded: nothing read */
  } else if (S_adds_passthru(d)) {
    S_note_added(ctx, c, d); /* the same objects go on: followed below */
  } else if (psa_command_is(d, "ForEach-Object")) {
    return; /* $_ reads are found by span */
  } else if (S_call_index(p, d) >= 0) {
    return; /* a legacy call: rewritten, it reads the objects' Id */
  } else if (d->local_function) {
    /* ... | F: F's ValueFromPipeline parameter holds them (its binding) */
    const psa_function *f = S_function_named(m, d->name);
    const S_binding *b = NULL;
    for (const psa_variable *v = f ? f->scope->vars : NULL; v && !b; v = v->next)
      if (v->is_parameter && S_param_from_pipeline(ctx, v)) b = S_binding_of_param(p, v);
    if (b) S_binding_resolve(m, p, (S_binding *)b, 0);
    if (!b && !c->unfollowed)
      c->unfollowed = psa_ctx_printf(ctx, "its objects are piped to the script's function %s (line %u), which "
                                     "has no ValueFromPipeline parameter psauth follows",
                                     d->name, psa_line_of(ctx, d->span.start));
    return;
  } else {
    S_escape(ctx, c, "the objects go to ", d->name);
    return;
  }
  bool all = !S_passes_through(ctx, d) && S_selects_all(ctx, d);
  bool piped_on = false;
  for (uint32_t i = 0; i < m->command_count && all && !piped_on; i++) {
    const psa_value *in = m->commands[i]->pipeline_input;
    piped_on = in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) == d;
  }
  if (all && !piped_on && (d->assigned_to || d->span.end != d->statement_span.end) && !c->unfollowed)
    /* $x = ... | Select-Object *: every property goes on to reads psauth does not follow */
    c->unfollowed = psa_ctx_printf(ctx, "%s * (line %u) hands all the objects' properties on to %s, which psauth "
                                   "does not follow", d->name, psa_line_of(ctx, d->span.start),
                                   d->assigned_to ? psa_ctx_printf(ctx, "$%s", d->assigned_to->name)
                                                  : "an expression");
  if (all) S_escape(ctx, c, "the objects go to ", "Select-Object *");
  if (!S_passes_through(ctx, d) && !all && !S_adds_passthru(d)) return;
  S_leaves_each(ctx, p, d, call);
  bool next = false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *e = m->commands[i];
    if (e->pipeline_input && e->pipeline_input->kind == PSA_V_COMMAND &&
        psa_value_cmd(e->pipeline_input) == d) {
      next = true;
      S_follow_pipeline(ctx, p, e, call, depth + 1);
    }
  }
  (void)next;
}

/* Whether reading 'name' gives the same on the Graph object without an
 * edit: the same property name, returned without -Property. */
static bool S_read_unchanged(const psa_gm_object *o, const char *name) {
  if (S_ignored_member(name)) return true;
  if (psa_gm_prop_find(o, name)) return false;
  if (!psa_gm_object_same(o, name) && !o->passthrough) return false;
  if (!o->select) return true;
  for (size_t i = 0; i < o->default_count; i++)
    if (!psa_strcasecmp(o->defaults[i], name)) return true;
  return false;
}

/* A read of a plain renamed property ($t.Name, Graph: DisplayName) through
 * a variable that also holds other objects (a caller's list of the legacy
 * shape): the rewrite keeps the read and gives the Graph objects the legacy
 * name too, as a calculated property (S_alias_tail), so the read answers
 * the same on both. Only where the map records every property of the Graph
 * object ("all") and the legacy name is not one of them (Select-Object would
 * fail on a name the object has), for objects Graph returns whole (no
 * -Property), and for a rename that is one property to another (not a
 * computed or compared value, not objects within). Returns whether added. */
static bool S_alias_add(S_call *c, const psa_gm_object *o, const char *member) {
  const psa_gm_prop *gp = psa_gm_prop_find(o, member);
  if (!gp || !gp->to || gp->expr || gp->none || gp->cmp || gp->items || gp->limited || !o->all_count ||
      o->select || o->strict || o->dictionary || strchr(gp->from, '*') || strchr(gp->to, '.') ||
      strchr(gp->to, '['))
    return false;
  for (size_t i = 0; i < o->all_count; i++)
    if (!psa_strcasecmp(o->all[i], gp->from)) return false;
  for (uint32_t i = 0; i < c->alias_count; i++)
    if (c->alias[i] == gp) return true;
  if (c->alias_count >= sizeof c->alias / sizeof *c->alias) return false;
  c->alias[c->alias_count++] = gp;
  return true;
}

/* A variable holds a call's objects and other values: the calls whose
 * objects it may hold are noted (their objects go on unfollowed), and a
 * read Graph objects do not answer the same ('member' NULL: a pipeline
 * psauth does not follow) makes them suggestions. */
static void S_mark_shared(psa_rule_ctx *ctx, psa_graph_plan *p, const psa_variable *var,
                          const char *member, const char *desc, int depth) {
  const psa_model *m = ctx->model;
  if (!var || depth > 4) return;
  const psa_value *vals[64];
  psa_span spans[64]; /* the assignment statement, or the loop's collection */
  uint32_t n = 0;
  if (var->is_foreach)
    for (uint32_t i = 0; i < m->foreach_count && n < 64; i++)
      if (m->foreach_loops[i].var == var && m->foreach_loops[i].collection) {
        spans[n] = m->foreach_loops[i].collection->span;
        vals[n++] = m->foreach_loops[i].collection;
      }
  for (uint32_t i = 0; i < var->assign_count && n < 64; i++) {
    spans[n] = var->assigns[i].span;
    vals[n++] = var->assigns[i].value;
  }
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *v = vals[i];
    int k = S_call_of_value(p, v);
    if (k < 0) {
      const psa_variable *from = S_source_var(p, v);
      if (from && from != var) S_mark_shared(ctx, p, from, member, desc, depth + 1);
      continue;
    }
    S_call *c = &p->calls[k];
    S_escape(ctx, c, "it shares a variable with other values: $", var->name);
    const psa_gm_object *o = c->map ? c->map->output : NULL;
    if (o && !c->shared_read && member && !S_read_unchanged(o, member) && S_alias_add(c, o, member))
      continue;
    if (o && !c->shared_read && (!member || !S_read_unchanged(o, member))) {
      /* name the other value, for the person who decides (the caller's
       * list in a parameter, CSV rows, another module's objects): the
       * first one after the call's, else the last before it */
      c->shared_read = desc;
      uint32_t pick = n;
      for (uint32_t j = 0; j < n; j++) {
        if (j == i || S_empty_value(vals[j]) || S_call_of_value(p, vals[j]) == k) continue;
        bool after = spans[j].start > spans[i].start;
        bool pick_after = pick < n && spans[pick].start > spans[i].start;
        if (pick == n || (after && (!pick_after || spans[j].start < spans[pick].start)) ||
            (!after && !pick_after && spans[j].start > spans[pick].start))
          pick = j;
      }
      for (uint32_t j = pick; j < n && c->shared_read == desc; j++) {
        const char *text = S_src(ctx, spans[j]);
        bool short_one = text && strlen(text) <= 60 && !strpbrk(text, "\r\n");
        c->shared_read = short_one ? psa_ctx_printf(ctx, "%s, a read of $%s, which also holds other values "
                                                   "(%s, line %u),", desc, var->name, text,
                                                   psa_line_of(ctx, spans[j].start))
                                   : psa_ctx_printf(ctx, "%s, a read of $%s, which also holds other values "
                                                   "(line %u),", desc, var->name,
                                                   psa_line_of(ctx, spans[j].start));
      }
    }
  }
}

static bool S_ident_char(char c);

/* From an assignment holding 'at' to the variable's next assignment (or the
 * end of the text). */
static psa_span S_until_next_assign(const psa_rule_ctx *ctx, const psa_variable *var, psa_span at) {
  psa_span r = {at.start, (uint32_t)ctx->src->text_len};
  for (uint32_t i = 0; i < var->assign_count; i++) {
    psa_span a = S_assign_expr(&var->assigns[i]);
    if (S_inside(a, at)) r.start = a.start;
  }
  /* up to the next write: the end of the next assignment expression */
  for (uint32_t i = 0; i < var->assign_count; i++) {
    psa_span a = S_assign_expr(&var->assigns[i]);
    if (a.start > r.start && a.end < r.end) r.end = a.end;
  }
  return r;
}

/* A method called on the objects ($u.ToJson()) or a name index ($s['Name'],
 * AzureAD's directory setting indexer): Graph objects have other methods and
 * no such indexer (the model lists member reads, not these, so the text is
 * searched). Makes the call a suggestion. */
static void S_method_calls(psa_rule_ctx *ctx, S_call *c, const char *var, psa_span within) {
  const char *t = ctx->src->text;
  size_t n = strlen(var), len = within.end <= ctx->src->text_len ? within.end : ctx->src->text_len;
  for (size_t i = within.start; i + n + 2 < len && !c->unfollowed; i++) {
    if (t[i] != '$' || psa_strncasecmp(t + i + 1, var, n)) continue;
    if (t[i + 1 + n] == '[' && (t[i + 2 + n] == '\'' || t[i + 2 + n] == '"')) {
      /* $s['Name']: AzureAD's directory setting indexer, not on Graph objects,
       * unless the setting unit rewrites it */
      if (c->ds_ok) continue;
      c->unfollowed = psa_ctx_printf(ctx, "$%s[...] (line %u) indexes the objects by name, which Graph objects "
                                     "do not support", var, psa_line_of(ctx, (uint32_t)i));
      break;
    }
    if (t[i + 1 + n] != '.') continue;
    size_t j = i + n + 2, k = j;
    while (k < len && S_ident_char(t[k])) k++;
    if (k > j && k < len && t[k] == '.') {
      /* $sp.ServicePrincipalNames.Add(...): a list property changed in place;
       * Graph PowerShell's objects hold their lists as fixed-size arrays
       * (String[] in the cmdlet reference), whose Add/Remove throw */
      size_t m = k + 1, e = m;
      while (e < len && S_ident_char(t[e])) e++;
      const char *meth = e > m && e < len && t[e] == '(' ? psa_ctx_printf(ctx, "%.*s", (int)(e - m), t + m) : NULL;
      /* a call inside a function: its objects' variable is that function's
       * (another function's $x of the same name holds other objects) */
      const psa_scope *fs = c->cmd->scope;
      while (fs && fs->kind != PSA_SCOPE_FUNCTION) fs = fs->parent;
      if (fs && (i < fs->span.start || i >= fs->span.end)) meth = NULL;
      static const char *const mutators[] = {"Add", "AddRange", "Insert", "Remove", "RemoveAt", "RemoveAll", "Clear"};
      for (size_t q = 0; meth && q < sizeof(mutators) / sizeof(mutators[0]); q++)
        if (!psa_strcasecmp(meth, mutators[q])) {
          c->unfollowed = psa_ctx_printf(ctx, "$%s.%.*s.%s() (line %u) changes a list in place: Graph objects hold "
                                         "their lists as fixed-size arrays, whose %s() fails",
                                         var, (int)(k - j), t + j, meth, psa_line_of(ctx, (uint32_t)i), meth);
          break;
        }
      continue;
    }
    if (k == j || k >= len || t[k] != '(') continue;
    const char *name = psa_ctx_printf(ctx, "%.*s", (int)(k - j), t + j);
    if (c->ds_ok && !psa_strcasecmp(name, "CreateDirectorySetting")) continue; /* the unit's edit */
    if (!psa_strcasecmp(name, "ToString") || !psa_strcasecmp(name, "GetType") ||
        !psa_strcasecmp(name, "Equals") || !psa_strcasecmp(name, "GetHashCode"))
      continue;
    c->unfollowed = psa_ctx_printf(ctx, "$%s.%s() (line %u) calls a method the Graph objects may not have",
                                   var, name, psa_line_of(ctx, (uint32_t)i));
  }
}

/* How many times a variable is handed to a function of the script (whose
 * binding follows it, or makes the call a suggestion). */
static uint32_t S_fn_arg_uses(const psa_model *m, const psa_variable *var) {
  uint32_t used = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    for (uint32_t j = 0; d->local_function && j < d->arg_count; j++)
      if (d->args[j].value && psa_value_var(d->args[j].value) == var) used++;
  }
  return used;
}

/* A function's parameter holding a call's objects read other than by its
 * members, pipelines, foreach loops and the script's functions it is handed
 * to (which follow it): the objects go on whole (noted on c, when given). */
static bool S_param_whole(psa_rule_ctx *ctx, S_call *c, const psa_variable *var, int depth) {
  const psa_model *m = ctx->model;
  uint32_t used = S_fn_arg_uses(m, var);
  bool whole = false;
  /* $u = $User: a copy, whose own uses are checked the same way */
  for (const psa_variable *w = var->scope ? var->scope->vars : NULL; w && depth < 3; w = w->next)
    for (uint32_t i = 0; i < w->assign_count; i++)
      if (w != var && psa_value_var(w->assigns[i].value) == var) {
        used++;
        whole |= S_param_whole(ctx, c, w, depth + 1);
      }
  for (uint32_t i = 0; i < m->member_count; i++) {
    const psa_value *b = m->members[i]->base;
    if (b && b->kind == PSA_V_INDEX) b = b->base;
    if (b && b->kind == PSA_V_VARIABLE && psa_value_var(b) == var) used++;
  }
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    if (d->pipeline_input && psa_value_var(d->pipeline_input) == var) used++;
  }
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_value *col = m->foreach_loops[i].collection;
    if (col && psa_value_var(col) == var) {
      used++;
      if (c) S_loop_var_whole(ctx, c, m->foreach_loops[i].var);
    }
  }
  if (var->ref_count <= used) return whole;
  if (c) S_escape(ctx, c, "the objects are used whole: $", var->name);
  return true;
}

/* Collects the property reads of every legacy call's objects. */
/* A calculated property kept in a variable and given to Select-Object:
 *   $h = @{N='LastSignOn'; E={ Get-LastSignOn $_.ObjectId }} ... | Select-Object Name, $h
 * Its script block's $_ is each object the Select-Object gets. */
typedef struct {
  const psa_variable *var;
  psa_span value;             /* the hashtable */
  int call;                   /* the call whose objects every use selects, -1 none, -2 mixed */
  int legacy[4];              /* calls whose objects a use selects */
  uint32_t legacy_count;
  uint32_t uses;
  const psa_command *first;   /* the first Select-Object using it */
} S_hash_prop;

#define S_MAX_HASH_PROPS 32

/* true when a member, method call or index the model has starts at or
 * before the call and runs past the ')' at q: the model reads it itself */
static bool S_model_reads_past(const psa_rule_ctx *ctx, const psa_command *cmd, uint32_t q) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_count; i++)
    if (m->members[i]->span.start <= cmd->span.start && m->members[i]->span.end > q + 1) return true;
  for (uint32_t i = 0; i < m->call_count; i++)
    if (m->calls[i]->span.start <= cmd->span.start && m->calls[i]->span.end > q + 1) return true;
  return false;
}

/* The hashtable variables the file's Select-Object / Format-Table /
 * Format-List property lists name, with the calls whose objects they get. */
static uint32_t S_hash_props(psa_rule_ctx *ctx, const psa_graph_plan *p, S_hash_prop *out) {
  const psa_model *m = ctx->model;
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    if (!psa_command_is(d, "Select-Object") && !psa_command_is(d, "Format-Table") &&
        !psa_command_is(d, "Format-List"))
      continue;
    const psa_value *items[S_MAX_LIST];
    uint32_t ni = S_property_items(ctx->src->text, d, items, S_MAX_LIST);
    for (uint32_t j = 0; j < ni; j++) {
      const psa_variable *var = items[j]->kind == PSA_V_VARIABLE ? psa_value_var(items[j]) : NULL;
      if (!var || var->assign_count != 1 || !var->assigns[0].value ||
          var->assigns[0].value->kind != PSA_V_HASH)
        continue;
      S_hash_prop *h = NULL;
      for (uint32_t q = 0; q < n && !h; q++)
        if (out[q].var == var) h = &out[q];
      if (!h) {
        if (n == S_MAX_HASH_PROPS) continue;
        h = &out[n++];
        *h = (S_hash_prop){var, var->assigns[0].value->span, -3, {0}, 0, 0, d};
      }
      int k = S_call_of_input(m, p, d, 0);
      h->uses++;
      if (h->call == -3) h->call = k;
      else if (h->call != k) h->call = -2;
      if (k >= 0 && h->legacy_count < 4) h->legacy[h->legacy_count++] = k;
    }
  }
  /* used elsewhere too (passed on, changed): its reads are not only these objects' */
  for (uint32_t q = 0; q < n; q++)
    if (out[q].var->ref_count != out[q].uses) out[q].call = -2;
  return n;
}

static bool S_paren_member(const psa_rule_ctx *ctx, const psa_command *cmd, psa_span *name);

/* $_ | Select-Object Name, ... inside a script block over the call's
 * objects: the nested pipeline gets each object whole, so what it reads of
 * them (its property names, a sink it ends in) is followed as for the call
 * piped there itself. $_ of several calls' objects (a variable holding them)
 * is followed for each, or marked shared. */
static void S_underscore_piped(psa_rule_ctx *ctx, psa_graph_plan *p, const psa_command *d) {
  const psa_model *m = ctx->model;
  const psa_value *in = d->pipeline_input;
  int k = S_call_of_underscore(m, p, in->span, 0);
  if (k >= 0) {
    S_follow_pipeline(ctx, p, d, (uint32_t)k, 0);
    return;
  }
  if (k != -2) return;
  const psa_variable *iv = S_source_var(p, in);
  int ks[8];
  uint32_t nk = iv ? S_calls_of_var(m, p, iv, ks, 8, 0) : 0;
  for (uint32_t j = 0; j < nk; j++) S_follow_pipeline(ctx, p, d, (uint32_t)ks[j], 0);
  if (iv && !nk)
    S_mark_shared(ctx, p, iv, NULL,
                  psa_ctx_printf(ctx, "$_ | %s (line %u)", d->name, psa_line_of(ctx, d->span.start)), 0);
}

/* The variable a $_ at 'at' is assigned to ($u = $_), or NULL. */
static const psa_variable *S_underscore_var(const psa_model *m, psa_span at) {
  for (uint32_t f = 0; f <= m->function_count; f++) {
    const psa_scope *sc = f < m->function_count ? m->functions[f].scope : m->script;
    for (const psa_variable *v = sc ? sc->vars : NULL; v; v = v->next)
      for (uint32_t a = 0; a < v->assign_count; a++)
        if (v->assigns[a].value && v->assigns[a].value->span.start == at.start &&
            v->assigns[a].value->span.end == at.end)
          return v;
  }
  return NULL;
}

/* Whether a $_ at 'at' is a use psauth follows elsewhere: piped on
 * (S_underscore_piped), handed to a function of the script (its binding), or
 * assigned to a variable ($u = $_, $all += $_: S_call_of_assigns). */
static bool S_underscore_followed(const psa_model *m, psa_span at) {
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    if (d->pipeline_input && d->pipeline_input->span.start == at.start) return true;
    for (uint32_t j = 0; d->local_function && j < d->arg_count; j++)
      if (d->args[j].value && d->args[j].value->span.start == at.start) return true;
  }
  return S_underscore_var(m, at) != NULL;
}

/* Whether a $_ at 'at' in the script block of 'd' may be written to the
 * block's output as the object itself: a bare $_ ($_ alone, if (...) { $_ },
 * @($_)) or Write-Output's argument; not inside a string ("... $_") or an
 * argument of another command (Write-Host $_, Set-X -Identity $_), whose
 * output is not the object. */
static bool S_underscore_written(const psa_rule_ctx *ctx, const psa_command *d, psa_span at) {
  const psa_model *m = ctx->model;
  const psa_command *e = NULL;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *x = m->commands[i];
    if (x == d || !S_inside(d->span, x->span) || !S_inside(x->span, at)) continue;
    if (!e || x->span.end - x->span.start < e->span.end - e->span.start) e = x;
  }
  if (e && !psa_command_is(e, "Write-Output")) return false;
  const char *t = ctx->src->text;
  uint32_t quotes = 0;
  for (uint32_t q = at.start; q > 0 && t[q - 1] != '\n'; q--)
    if (t[q - 1] == '"' && (q < 2 || t[q - 2] != '`')) quotes++;
  return quotes % 2 == 0;
}

/* How many reads of a variable are member reads ($v.X, $v[i].X), pipeline
 * inputs or arguments of the script's functions (each followed elsewhere). */
static uint32_t S_member_uses(const psa_model *m, const psa_variable *var) {
  uint32_t used = S_fn_arg_uses(m, var);
  for (uint32_t i = 0; i < m->member_count; i++) {
    const psa_value *b = m->members[i]->base;
    if (b && b->kind == PSA_V_INDEX) b = b->base;
    if (b && b->kind == PSA_V_VARIABLE && psa_value_var(b) == var) used++;
  }
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_value *in = m->commands[i]->pipeline_input;
    if (in && in->kind == PSA_V_VARIABLE && psa_value_var(in) == var) used++;
  }
  return used;
}

/* $_ used whole in a script block over one call's objects ($_ alone,
 * Write-Output $_, "$_", $list.Add($_)): the objects go on as they are. Out
 * of a ForEach-Object whose output goes on to a command or a variable
 * (... | ForEach-Object { $_ } | Select-Object DisplayName), what reads them
 * there is not followed, so the call needs a person; elsewhere they are
 * only noted as going on whole (S_escape). */
static void S_underscore_whole(psa_rule_ctx *ctx, psa_graph_plan *p, const psa_command *d) {
  const psa_model *m = ctx->model;
  int k = S_call_of_input(m, p, d, 0);
  if (k < 0 || !p->calls[k].map || !p->calls[k].map->output) return;
  S_call *c = &p->calls[k];
  const char *t = ctx->src->text;
  const psa_function *own = S_function_at(m, p, d->span);
  bool goes_on = d->assigned_to || d->span.end != d->statement_span.end;
  for (uint32_t i = 0; i < m->command_count && !goes_on; i++) {
    const psa_value *in = m->commands[i]->pipeline_input;
    goes_on = in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) == d;
  }
  if (d->span.end > ctx->src->text_len) return;
  psa_span at;
  for (uint32_t from = d->span.start; S_next_underscore(t, d->span.end, &from, &at);) {
    uint32_t i = at.start, n = at.end - at.start;
    bool each_on = goes_on && psa_command_is(d, "ForEach-Object") && !c->unfollowed &&
                   S_consumer_at(p, at) == d && S_function_at(m, p, at) == own;
    if (i + n < d->span.end && t[i + n] == '.') {
      /* $_.Name: a member read; $_.PSObject.Copy() and the like: the
       * objects themselves (their copies) may leave the block */
      if (each_on && i + n + 9 <= d->span.end && !psa_strncasecmp(t + i + n + 1, "psobject", 8) &&
          !S_ident_char(t[i + n + 9]))
        c->unfollowed = psa_ctx_printf(ctx, "$_.PSObject (line %u) in %s (line %u), whose output goes on: psauth "
                                       "does not follow the objects it may write", psa_line_of(ctx, i), d->name,
                                       psa_line_of(ctx, d->span.start));
      continue;
    }
    const psa_variable *held = each_on ? S_underscore_var(m, at) : NULL;
    if (held && held->ref_count > S_member_uses(m, held))
      /* $u = $_; ...; $u: the variable may write the objects whole */
      c->unfollowed = psa_ctx_printf(ctx, "$%s (= $_, line %u) is used whole in %s (line %u), whose output goes "
                                     "on: psauth does not follow the objects it may write", held->name,
                                     psa_line_of(ctx, i), d->name, psa_line_of(ctx, d->span.start));
    if (S_consumer_at(p, at) != d || S_function_at(m, p, at) != own || S_underscore_followed(m, at)) continue;
    const char *what = psa_ctx_printf(ctx, "$_ (line %u)", psa_line_of(ctx, i));
    S_escape(ctx, c, "the objects are used whole: ", what);
    if (goes_on && psa_command_is(d, "ForEach-Object") && !c->unfollowed && S_underscore_written(ctx, d, at))
      c->unfollowed = psa_ctx_printf(ctx, "%s leaves %s (line %u) whole for what follows it, whose reads of the "
                                     "objects psauth does not follow: select the properties inside the block",
                                     what, d->name, psa_line_of(ctx, d->span.start));
  }
}

static void S_dynamic_reads(psa_rule_ctx *ctx, psa_graph_plan *p);
static void S_collect_reads(psa_rule_ctx *ctx, psa_graph_plan *p) {
  const psa_model *m = ctx->model;
  S_hash_prop hashes[S_MAX_HASH_PROPS];
  uint32_t nhash = S_hash_props(ctx, p, hashes);
  /* Get-Date(Get-AzureADUser ...).X: a read the model does not give (no
   * member value: the name's span is edited, S_reads_exact) */
  for (uint32_t ci = 0; ci < p->call_count; ci++) {
    psa_span at;
    if (p->calls[ci].map && p->calls[ci].map->output && S_paren_member(ctx, p->calls[ci].cmd, &at))
      S_add_read(p, NULL, at, S_src(ctx, at), NULL, ci);
  }
  /* member reads: (call).X, $var.X, $var[i].X, $loop.X, $_.X */
  for (uint32_t i = 0; i < m->member_count; i++) {
    const psa_value *v = m->members[i];
    const psa_value *b = v->base;
    if (!b || !psa_value_member(v) || !*psa_value_member(v)) continue;
    int k = -1;
    if (b->kind == PSA_V_INDEX && b->base && b->base->kind == PSA_V_VARIABLE) b = b->base;
    const S_hash_prop *h = NULL;
    for (uint32_t q = 0; q < nhash && !h && S_is_underscore(b); q++)
      if (S_inside(hashes[q].value, v->span) && hashes[q].legacy_count) h = &hashes[q];
    if (h) {
      /* $_ in a calculated property kept in a variable: the objects Select-Object gets */
      if (h->call >= 0) {
        S_add_read(p, v, v->span, psa_value_member(v), NULL, (uint32_t)h->call);
        continue;
      }
      for (uint32_t q = 0; q < h->legacy_count; q++) {
        S_call *c = &p->calls[h->legacy[q]];
        if (!c->unfollowed)
          c->unfollowed = psa_ctx_printf(ctx, "its objects go to %s (line %u) with the calculated property $%s, "
                                         "which also gets other objects: its $_.%s (line %u) cannot be renamed "
                                         "for these alone", h->first->name,
                                         psa_line_of(ctx, h->first->span.start), h->var->name,
                                         psa_value_member(v), psa_line_of(ctx, v->span.start));
      }
      continue;
    }
    if (S_is_underscore(b)) {
      k = S_call_of_underscore(m, p, v->span, 0);
      const psa_variable *iv = k == -2 ? S_source_var(p, b) : NULL;
      int ks[8];
      uint32_t nk = iv ? S_calls_of_var(m, p, iv, ks, 8, 0) : 0;
      if (k == -2 && !iv) {
        /* a function's caller's $_ holding several calls' objects */
        const psa_command *e = S_consumer_at(p, v->span);
        const psa_function *f = S_function_at(m, p, v->span);
        if (f && (!e || !S_inside(f->span, e->span)))
          nk = S_binding_calls(S_binding_find(p, f, NULL), ks, 8);
      }
      for (uint32_t j = 0; j < nk; j++)
        S_add_read(p, v, v->span, psa_value_member(v), NULL, (uint32_t)ks[j]);
      /* $g | Where-Object { $_.X }: the assignment of $g that reaches the
       * pipeline in statement order */
      const psa_value *src = iv && !nk ? S_source_value(p, b) : NULL;
      psa_span reach;
      int at = src && psa_value_var(src) == iv ? S_call_at_statement(m, p, iv, src->span, &reach) : -3;
      if (at >= 0) S_add_read(p, v, v->span, psa_value_member(v), NULL, (uint32_t)at);
      if (at != -3) continue;
      if (iv && !nk)
        S_mark_shared(ctx, p, iv, psa_value_member(v),
                      psa_ctx_printf(ctx, "$_.%s (line %u)", psa_value_member(v),
                                     psa_line_of(ctx, v->span.start)),
                      0);
      if (k == -2) continue;
    } else if (b->kind == PSA_V_VARIABLE) {
      k = S_call_of_var(m, p, psa_value_var(b), 0);
      int ks[8];
      uint32_t nk = k == -2 ? S_calls_of_var(m, p, psa_value_var(b), ks, 8, 0) : 0;
      if (nk) {
        for (uint32_t j = 0; j < nk; j++)
          S_add_read(p, v, v->span, psa_value_member(v), NULL, (uint32_t)ks[j]);
        continue;
      }
      psa_span body = {0, 0};
      int at = k == -2 ? S_call_at_read(m, p, psa_value_var(b), v->span, &body) : -3;
      /* $g = Get-AzADGroup; $g[1].Member; $g = Get-AzureADGroup: the
       * assignment the read follows in statement order */
      if (at == -3 && k == -2) at = S_call_at_statement(m, p, psa_value_var(b), v->span, &body);
      if (at == -1) continue; /* the loop's own objects are not a legacy call's */
      if (at >= 0) {
        /* the one definition reaching this read: the loop's objects (its
         * body's method calls on them checked as for a loop of one call) */
        if (p->calls[at].map && p->calls[at].map->output)
          S_method_calls(ctx, &p->calls[at], psa_value_var(b)->name, body);
        S_add_read(p, v, v->span, psa_value_member(v), NULL, (uint32_t)at);
        continue;
      }
      if (k == -2) {
        /* the variable holds these objects and others: reads are not followed */
        S_mark_shared(ctx, p, psa_value_var(b), psa_value_member(v),
                      psa_ctx_printf(ctx, "$%s.%s (line %u)", psa_value_var(b)->name,
                                     psa_value_member(v), psa_line_of(ctx, v->span.start)),
                      0);
        continue;
      }
    } else {
      k = S_call_of_value(p, b);
      /* (... | Where-Object ...).X over a variable holding the objects */
      if (k < 0 && b->kind == PSA_V_COMMAND && psa_value_cmd(b) &&
          S_passes_through(ctx, psa_value_cmd(b))) {
        k = S_call_of_input(m, p, psa_value_cmd(b), 0);
        const psa_value *in = psa_value_cmd(b)->pipeline_input;
        while (in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) &&
               S_passes_through(ctx, psa_value_cmd(in)))
          in = psa_value_cmd(in)->pipeline_input;
        if (k == -2 && in && in->kind == PSA_V_VARIABLE && psa_value_var(in)) {
          S_mark_shared(ctx, p, psa_value_var(in), psa_value_member(v),
                        psa_ctx_printf(ctx, "(... | %s).%s (line %u)", psa_value_cmd(b)->name,
                                       psa_value_member(v), psa_line_of(ctx, v->span.start)),
                        0);
          continue;
        }
      }
    }
    if (k >= 0) S_add_read(p, v, v->span, psa_value_member(v), NULL, (uint32_t)k);
  }
  /* -PipelineVariable / -OutVariable: the named variable holds the objects */
  for (uint32_t ci = 0; ci < p->call_count; ci++) {
    const psa_command *cmd = p->calls[ci].cmd;
    if (!p->calls[ci].map || !p->calls[ci].map->output) continue;
    for (uint32_t k = 0; k < cmd->arg_count; k++) {
      const char *name;
      if (!S_output_var_arg(m, &cmd->args[k], &name)) continue;
      if (!name || !*name) {
        S_escape(ctx, &p->calls[ci], "the objects go to ", "a variable psauth cannot name");
        continue;
      }
      uint32_t refs = 0, reads = 0;
      const psa_variable *seen[16];
      uint32_t nseen = 0;
      for (uint32_t i = 0; i < m->member_count; i++) {
        const psa_value *v = m->members[i];
        const psa_value *b = v->base;
        if (b && b->kind == PSA_V_INDEX && b->base) b = b->base;
        if (!b || b->kind != PSA_V_VARIABLE || !psa_value_member(v) || !*psa_value_member(v))
          continue;
        /* a variable the file never assigns has no psa_variable: its name as written */
        const char *vn = psa_value_var(b) ? psa_value_var(b)->name : b->str;
        if (!vn || psa_strcasecmp(vn, name)) continue;
        if (psa_value_var(b)) {
          /* the script also assigns a variable of that name: which reads
           * are the objects' is not known */
          p->calls[ci].pv_conflict = name;
          continue;
        }
        if (S_pv_arg(&cmd->args[k]) && !S_pv_read_owner(m, p, name, v->span, ci)) continue;
        S_add_read(p, v, v->span, psa_value_member(v), NULL, ci);
        reads++;
        bool known = !psa_value_var(b);
        for (uint32_t j = 0; j < nseen; j++) known |= seen[j] == psa_value_var(b);
        if (!known && nseen < 16) {
          seen[nseen++] = psa_value_var(b);
          refs += psa_value_var(b)->ref_count;
        }
      }
      if (refs > reads || nseen == 0 || nseen == 16)
        S_escape(ctx, &p->calls[ci], "the objects are used whole: $", name);
    }
  }
  /* methods called on, and name indexes of, the variables holding the objects */
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_variable *var = m->commands[i]->assigned_to;
    int k = var ? S_call_of_var(m, p, var, 0) : -1;
    if (k >= 0 && p->calls[k].map && p->calls[k].map->output) S_method_calls(ctx, &p->calls[k], var->name, (psa_span){0, (uint32_t)ctx->src->text_len});
    int own = k == -2 ? S_call_index(p, m->commands[i]) : -1;
    if (own >= 0 && p->calls[own].map && p->calls[own].map->output)
      /* a variable that holds other values too: its reads may follow this
       * assignment (S_call_at_statement), so its method calls up to the
       * next assignment are the objects' */
      S_method_calls(ctx, &p->calls[own], var->name, S_until_next_assign(ctx, var, m->commands[i]->span));
  }
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_variable *var = m->foreach_loops[i].var;
    int k = var ? S_call_of_var(m, p, var, 0) : -1;
    if (k >= 0 && p->calls[k].map && p->calls[k].map->output) S_method_calls(ctx, &p->calls[k], var->name, (psa_span){0, (uint32_t)ctx->src->text_len});
  }
  /* objects handed to a function of the script: its reads are the calls'
   * reads (S_call_of_var, S_call_of_underscore) unless its binding says why
   * not; an argument that binds no parameter is not followed */
  for (uint32_t i = 0; i < p->binding_count; i++) S_binding_resolve(m, p, &p->bindings[i], 0);
  for (uint32_t i = 0; i < p->binding_count; i++) {
    const S_binding *b = &p->bindings[i];
    /* the caller's $_ in the function: read once for all its calls */
    bool whole = false;
    uint32_t method = UINT32_MAX;
    if (!b->why && !b->var) S_fn_reads_underscore(ctx, p, b->fn, &whole, &method, NULL);
    for (uint32_t q = 0; q < b->ncalls; q++) {
      S_call *c = &p->calls[b->calls[q]];
      if (!c->map || !c->map->output) continue;
      if (b->why) {
        if (!c->unfollowed) c->unfollowed = b->why;
        continue;
      }
      if (b->var) {
        S_method_calls(ctx, c, b->var->name, b->fn->span); /* the parameter is the function's */
        S_param_whole(ctx, c, b->var, 0);
      } else {
        if (method != UINT32_MAX && !c->unfollowed)
          c->unfollowed = psa_ctx_printf(ctx, "$_ in the script's function %s calls a method on line %u, which "
                                         "the Graph objects may not have", b->fn->name, psa_line_of(ctx, method));
        if (whole) S_escape(ctx, c, "the objects are used whole: $_ in ", b->fn->name);
      }
    }
  }
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    if (!d->local_function) continue;
    const psa_function *f = S_function_named(m, d->name);
    for (uint32_t j = 0; j < d->arg_count; j++) {
      const psa_value *v = d->args[j].value;
      if (!v) continue;
      int k = -1;
      if (S_is_underscore(v)) {
        k = S_call_of_underscore(m, p, v->span, 0);
      } else if (v->kind == PSA_V_VARIABLE) {
        k = S_call_of_var(m, p, psa_value_var(v), 0);
        int ks[8];
        if (k == -2 && !S_calls_of_var(m, p, psa_value_var(v), ks, 8, 0))
          S_mark_shared(
              ctx, p, psa_value_var(v), NULL,
              psa_ctx_printf(ctx, "$%s goes to the script's function %s (line %u)",
                             psa_value_var(v)->name, d->name, psa_line_of(ctx, d->span.start)),
              0);
      } else {
        k = S_call_of_value(p, v);
      }
      if (k < 0 || !p->calls[k].map || !p->calls[k].map->output || p->calls[k].unfollowed) continue;
      bool bound = false;
      for (const psa_variable *pv = f ? f->scope->vars : NULL; pv && !bound; pv = pv->next) {
        bool unsure = false;
        bound = pv->is_parameter && S_site_value(ctx, f, d, pv, &unsure) == v;
      }
      if (!bound)
        p->calls[k].unfollowed = psa_ctx_printf(ctx, "its objects go to the script's function %s (line %u) "
                                                "as an argument psauth cannot match to a parameter",
                                                d->name, psa_line_of(ctx, d->span.start));
    }
  }
  /* pipelines */
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *d = m->commands[i];
    if (!d->pipeline_input) continue;
    if (S_is_underscore(d->pipeline_input)) {
      S_underscore_piped(ctx, p, d);
      continue;
    }
    int k = S_call_of_value(p, d->pipeline_input);
    if (k < 0 && d->pipeline_input->kind == PSA_V_VARIABLE && !psa_value_var(d->pipeline_input))
      k = S_call_of_pv(m, p, d->pipeline_input); /* $pv | Select-Object ... */
    else if (k < 0 && d->pipeline_input->kind == PSA_V_VARIABLE)
      k = S_call_of_var(m, p, psa_value_var(d->pipeline_input), 0);
    int ks[8];
    uint32_t nk = k == -2 ? S_calls_of_var(m, p, psa_value_var(d->pipeline_input), ks, 8, 0) : 0;
    for (uint32_t j = 0; j < nk; j++) S_follow_pipeline(ctx, p, d, (uint32_t)ks[j], 0);
    if (k == -2 && !nk) {
      /* $x | ... where one assignment reaches in statement order */
      psa_span reach;
      int at = S_call_at_statement(m, p, psa_value_var(d->pipeline_input), d->pipeline_input->span, &reach);
      if (at >= 0 && p->calls[at].map && p->calls[at].map->output)
        S_method_calls(ctx, &p->calls[at], psa_value_var(d->pipeline_input)->name, reach);
      if (at >= 0) S_follow_pipeline(ctx, p, d, (uint32_t)at, 0);
      if (at != -3) continue;
    }
    if (k == -2 && !nk) {
      /* the variable holds these objects and others: what the pipeline
       * reads of them is not followed */
      const psa_variable *var = psa_value_var(d->pipeline_input);
      S_mark_shared(ctx, p, var, NULL,
                    psa_ctx_printf(ctx, "$%s | %s (line %u)", var->name, d->name,
                                   psa_line_of(ctx, d->span.start)),
                    0);
    }
    if (k >= 0) S_follow_pipeline(ctx, p, d, (uint32_t)k, 0);
  }
  /* $_ used whole in the script blocks over the objects */
  for (uint32_t i = 0; i < m->command_count; i++)
    if (S_script_block_consumer(m->commands[i])) S_underscore_whole(ctx, p, m->commands[i]);
  /* where the objects go besides: unfollowed uses of the variable, or the
   * script's output */
  for (uint32_t ci = 0; ci < p->call_count; ci++) {
    S_call *c = &p->calls[ci];
    if (!c->map || !c->map->output) continue;
    const psa_command *cmd = c->cmd;
    const psa_variable *var = cmd->assigned_to;
    bool piped = false, looped = false, based = false;
    for (uint32_t i = 0; i < m->command_count; i++) {
      const psa_command *d = m->commands[i];
      if (S_value_is_call(d->pipeline_input, cmd)) piped = true;
      /* F (Get-MsolUser ...): handed to a function of the script, which follows it */
      for (uint32_t j = 0; d->local_function && j < d->arg_count; j++)
        if (S_value_is_call(d->args[j].value, cmd)) piped = true;
    }
    for (uint32_t i = 0; i < m->foreach_count; i++)
      if (S_value_is_call(m->foreach_loops[i].collection, cmd)) looped = true;
    for (uint32_t i = 0; i < p->read_count; i++)
      if (p->reads[i].call == ci && p->reads[i].member && S_value_is_call(p->reads[i].member->base, cmd))
        based = true;
    /* Get-Date(<the call>).X: the read after the parentheses (S_paren_member) */
    for (uint32_t i = 0; i < p->read_count; i++)
      if (p->reads[i].call == ci && !p->reads[i].member && !p->reads[i].consumer) based = true;
    /* $x = ... | ForEach-Object { <the call> }: $x holds the objects too */
    for (uint32_t i = 0; i < p->each_count; i++)
      if (p->each_call[i] == ci && p->each_cmd[i]->assigned_to)
        S_var_whole(ctx, c, p->each_cmd[i]->assigned_to);
    if (var) {
      S_var_whole(ctx, c, var);
    } else if (!piped && !looped && !based) {
      S_escape(ctx, c, "the objects are ", "the script's output");
    }
    for (uint32_t i = 0; i < m->foreach_count; i++) {
      if (!S_value_is_call(m->foreach_loops[i].collection, cmd)) continue;
      S_loop_var_whole(ctx, c, m->foreach_loops[i].var);
    }
  }
  S_dynamic_reads(ctx, p);
}

/* Whether the variable read at 'at' is written with a scope modifier
 * ($script:x, ${global:x}, $local:x, $using:x): those name one scope,
 * which the model's lexical resolution already gives. */
static bool S_read_modified(const psa_rule_ctx *ctx, psa_span at, const char *name) {
  if (at.end > ctx->src->text_len || at.start >= at.end) return false;
  const char *t = ctx->src->text + at.start;
  if (*t != '$' && *t != '@') return false; /* a span of a string run as a script */
  t += 1 + (t[1] == '{');
  return psa_strncasecmp(t, name, strlen(name)) != 0;
}

/* The script's function whose own scope is 's', or NULL. */
static const psa_function *S_function_of_scope(const psa_model *m, const psa_scope *s) {
  for (uint32_t i = 0; s && i < m->function_count; i++)
    if (m->functions[i].scope == s) return &m->functions[i];
  return NULL;
}

/* The line of 'at' in model 'im' (a dot-sourced file: its spans start at
 * its base in the span space). */
static uint32_t S_line_in(const psa_model *im, uint32_t at) {
  const char *t = im->src && im->src->text ? im->src->text : "";
  size_t len = im->src ? im->src->text_len : 0, end = at >= im->base ? at - im->base : 0;
  uint32_t line = 1;
  for (size_t i = 0; i < end && i < len; i++) line += t[i] == '\n';
  return line;
}

/* Why a read of $name in model 'im' (the file, or one it dot-sources) may
 * be a read of the file's variable 'var' that the model did not give it,
 * or NULL. */
static const char *S_dynamic_read_why(psa_rule_ctx *ctx, const psa_model *im, const psa_variable *var,
                                      psa_span at, const psa_scope *rs, const psa_variable *rv) {
  if (rv == var || rs == var->scope) return NULL;
  if (rv && rv->scope == rs) return NULL; /* the reader's own variable */
  bool own = im == ctx->model;
  if (own && S_read_modified(ctx, at, var->name)) return NULL;
  const char *path = im->src && im->src->path ? im->src->path : "a dot-sourced file";
  for (const char *q = path; *q; q++)
    if (*q == '/' || *q == '\\') path = q + 1; /* its name: the reader knows where it is */
  const char *file = own ? "" : psa_ctx_printf(ctx, "%s ", path);
  uint32_t line = own ? psa_line_of(ctx, at.start) : S_line_in(im, at.start);
  const psa_function *f = S_function_of_scope(im, rs);
  if (!f) {
    /* the script's level: only a script block run later sees a function's variables */
    bool later = false;
    for (uint32_t b = 0; b < im->script_block_count && !later; b++) later = S_inside(im->script_blocks[b], at);
    if (!later) return NULL;
    return psa_ctx_printf(ctx, "its objects may be read as $%s by the script block on %sline %u, which sees the "
                          "variables of the scope that runs it (PowerShell's dynamic scope), and psauth does not "
                          "follow that read", var->name, file, line);
  }
  return psa_ctx_printf(ctx, "its objects are read as $%s by the function %s (%sline %u, read on line %u) through "
                        "PowerShell's dynamic scope, which psauth does not follow", var->name, f->name, file,
                        own ? psa_line_of(ctx, f->span.start) : S_line_in(im, f->span.start), line);
}

/* PowerShell's scopes are dynamic (about_Scopes): a function reads a
 * variable it does not assign from the scope that called it, and a script
 * block from the scope that runs it. The model resolves names lexically,
 * so Main's $users = Get-MsolUser read by Merge-UserData (called from Main,
 * assigning no $users of its own) is no read of Main's $users there, and
 * its .isLicensed would stay unrewritten. Such a read is not followed: the
 * calls whose objects the variable holds need a person, with the function
 * and line named. A read in a scope that assigns the name itself is its own
 * variable's; a read with a scope modifier names one scope; a read at the
 * script's level sees a function's variables only from a script block run
 * later (or a dot-sourced function, not followed here). The functions of
 * the files the script dot-sources are read the same way. */
typedef struct {
  psa_var_read read;
  const psa_model *model; /* the file, or one it dot-sources */
} S_named_read;

/* by name, then in text order (dot-sourced files have their own place in
 * the span space): the read a reason names is the first one */
static int S_named_read_cmp(const void *a, const void *b) {
  const S_named_read *x = a, *y = b;
  int c = psa_strcasecmp(x->read.name, y->read.name);
  if (c) return c;
  return x->read.span.start < y->read.span.start ? -1 : x->read.span.start > y->read.span.start;
}

/* The reads of the file and of the files it dot-sources, by name. */
static S_named_read *S_named_reads(const psa_model *m, uint32_t *count) {
  uint32_t total = 0;
  for (uint32_t mi = 0; mi <= m->import_count; mi++)
    total += psa_model_var_reads(mi ? m->imports[mi - 1] : m, NULL, 0);
  S_named_read *out = psa_xcalloc(total ? total : 1, sizeof(*out));
  psa_var_read *tmp = psa_xcalloc(total ? total : 1, sizeof(*tmp));
  uint32_t n = 0;
  for (uint32_t mi = 0; mi <= m->import_count; mi++) {
    const psa_model *im = mi ? m->imports[mi - 1] : m;
    uint32_t k = psa_model_var_reads(im, tmp, total - n);
    for (uint32_t i = 0; i < k && n < total; i++) out[n++] = (S_named_read){tmp[i], im};
  }
  free(tmp);
  qsort(out, n, sizeof(*out), S_named_read_cmp);
  *count = n;
  return out;
}

static void S_dynamic_reads(psa_rule_ctx *ctx, psa_graph_plan *p) {
  const psa_model *m = ctx->model;
  S_named_read *reads = NULL;
  uint32_t nreads = 0;
  for (uint32_t fi = 0; fi <= m->function_count; fi++) {
    const psa_scope *sc = fi < m->function_count ? m->functions[fi].scope : m->script;
    for (const psa_variable *var = sc ? sc->vars : NULL; var; var = var->next) {
      int ks[16];
      uint32_t nk = 0;
      int k = S_call_of_var(m, p, var, 0);
      if (k >= 0) ks[nk++] = k;
      if (k == -2) {
        nk = S_calls_of_var(m, p, var, ks, 16, 0);
        for (uint32_t a = 0; a < var->assign_count && nk < 16; a++) {
          int ak = var->assigns[a].value ? S_call_of_value(p, var->assigns[a].value) : -1;
          bool seen = ak < 0;
          for (uint32_t q = 0; q < nk && !seen; q++) seen = ks[q] == ak;
          if (!seen) ks[nk++] = ak;
        }
      }
      bool any = false;
      for (uint32_t j = 0; j < nk; j++)
        any |= p->calls[ks[j]].map && p->calls[ks[j]].map->output && !p->calls[ks[j]].unfollowed;
      if (!any) continue;
      if (!reads) reads = S_named_reads(m, &nreads); /* made once, when a variable holds objects */
      /* the first read of the name (binary search), then each of that name */
      uint32_t lo = 0, hi = nreads;
      while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (psa_strcasecmp(reads[mid].read.name, var->name) < 0) lo = mid + 1;
        else hi = mid;
      }
      const char *why = NULL;
      for (uint32_t r = lo; r < nreads && !why && !psa_strcasecmp(reads[r].read.name, var->name); r++)
        why = S_dynamic_read_why(ctx, reads[r].model, var, reads[r].read.span, reads[r].read.scope,
                                 reads[r].read.var);
      for (uint32_t j = 0; why && j < nk; j++) {
        S_call *c = &p->calls[ks[j]];
        if (c->map && c->map->output && !c->unfollowed) c->unfollowed = why;
      }
    }
  }
  free(reads);
}

/* Whether a call's objects go into a pipeline (so that a $_ may be them):
 * the call itself, or a variable that may hold them, piped on. */
static bool S_call_piped(const psa_model *m, const psa_graph_plan *p, uint32_t ci) {
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_value *in = m->commands[i]->pipeline_input;
    if (!in) continue;
    int k = S_call_of_value(p, in);
    if (k < 0 && in->kind == PSA_V_VARIABLE) k = S_call_of_var(m, p, psa_value_var(in), 0);
    if (k == (int)ci || k == -2) return true;
  }
  return false;
}

/* Whether lines psauth's parser could not read may use a call's objects:
 * they name $_ / $PSItem while the objects go into a pipeline, a variable
 * whose value may be the call's objects
 * (S_call_of_var: this call's, or several values), or the call's
 * -PipelineVariable / -OutVariable. The text is searched, as the model has
 * nothing of those lines. */
static bool S_unread_names_objects(const psa_rule_ctx *ctx, const psa_graph_plan *p, uint32_t ci,
                                   psa_span region) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t end = region.end < ctx->src->text_len ? region.end : (uint32_t)ctx->src->text_len;
  for (uint32_t q = region.start; q < end; q++) {
    if (t[q] != '$' && t[q] != '@') continue;
    uint32_t a = q + 1, b;
    bool braced = a < end && t[a] == '{';
    if (braced) a++;
    for (b = a; b < end && (S_ident_char(t[b]) || t[b] == ':' || (braced && t[b] != '}')); b++) {
    }
    if (b == a) continue;
    const char *name = psa_ctx_printf((psa_rule_ctx *)ctx, "%.*s", (int)(b - a), t + a);
    const char *colon = strrchr(name, ':');
    if (colon) name = colon + 1; /* $script:x */
    if (!*name) continue;
    if (!strcmp(name, "_") || !psa_strcasecmp(name, "PSItem")) {
      if (S_call_piped(m, p, ci)) return true;
      q = b - 1;
      continue;
    }
    const psa_command *cmd = p->calls[ci].cmd;
    for (uint32_t k = 0; k < cmd->arg_count; k++) {
      const char *ov = NULL;
      if (S_output_var_arg(m, &cmd->args[k], &ov) && (!ov || !psa_strcasecmp(ov, name))) return true;
    }
    for (int32_t f = -1; f < (int32_t)m->function_count; f++) {
      const psa_scope *sc = f < 0 ? m->script : m->functions[f].scope;
      for (const psa_variable *v = sc ? sc->vars : NULL; v; v = v->next) {
        if (psa_strcasecmp(v->name, name)) continue;
        int k = S_call_of_var(m, p, v, 0);
        if (k == (int)ci || k == -2) return true;
      }
    }
    q = b - 1;
  }
  return false;
}

/* Lines psauth's parser could not read (PSA001 or a coverage gap) around a
 * call: in its own statement they may hold its arguments or the command
 * its objects go to (the engine would drop the call's edits there while
 * the connection's stay: a half-migrated file); elsewhere in the file they
 * may read its objects when they name them (S_unread_names_objects).
 * Either way the call needs a person. With --target entra a renamed
 * AzureAD call needs one only when its own command touches such lines. */
static const char *S_unread_why(psa_rule_ctx *ctx, const psa_graph_plan *p, uint32_t ci, bool entra) {
  const psa_rule_state *impl = ctx->impl;
  const S_call *c = &p->calls[ci];
  /* an Entra rename keeps the AzureAD objects' names: only its own
   * arguments matter, not what reads its objects */
  psa_span st = !entra && c->cmd->statement_span.end > c->cmd->statement_span.start
                    ? c->cmd->statement_span
                    : c->cmd->span;
  for (uint32_t i = 0; i < impl->unread_count; i++) {
    psa_span u = impl->unread[i];
    if (st.start <= u.end && st.end >= u.start)
      return psa_ctx_printf(ctx, "its statement has lines psauth's parser could not read (line %u)",
                            psa_line_of(ctx, u.start));
    if (!entra && c->map && c->map->output && S_unread_names_objects(ctx, p, ci, u))
      return psa_ctx_printf(ctx, "line %u, which psauth's parser could not read, may use its objects",
                            psa_line_of(ctx, u.start));
  }
  return NULL;
}

/* ---- one call: parameters ------------------------------------------------ */

static bool S_common_param(const char *name) {
  static const char *const names[] = {
      "ErrorAction", "ErrorVariable", "WarningAction", "WarningVariable", "Verbose", "Debug",
      "OutVariable", "OutBuffer", "InformationAction", "InformationVariable", "PipelineVariable",
      "ProgressAction", "EA", "EV", "WA", "WV", "OV", "OB", "IA", "IV", "PV", NULL};
  for (int i = 0; names[i]; i++)
    if (!psa_strcasecmp(name, names[i])) return true;
  return false;
}

/* The source of a named argument's value as written: after "-Name" (and a
 * ':'), up to the argument's end, so parentheses around it stay. */
static psa_span S_value_span(const psa_rule_ctx *ctx, const psa_arg *a) {
  if (a->via != PSA_BIND_NAMED || !a->value) return a->value ? a->value->span : (psa_span){0, 0};
  const char *t = ctx->src->text;
  uint32_t s = a->param_span.end, e = a->span.end;
  if (e > ctx->src->text_len || s > e) return a->value->span;
  if (s < e && t[s] == ':') s++;
  while (s < e && (t[s] == ' ' || t[s] == '\t')) s++;
  return s < e ? (psa_span){s, e} : a->value->span;
}

static const char *S_ps_single(psa_rule_ctx *ctx, const char *text);

/* -Password (ConvertTo-SecureString 'P@ss' -AsPlainText -Force): the SecureString
 * is made from a string right there, and Graph's passwordProfile wants that
 * string, so it is passed as it is (a literal quoted, a variable by name)
 * instead of converting the SecureString back. NULL for anything else (a
 * variable holding a SecureString, a pipeline, a file read): the caller
 * converts the value. */
static const char *S_securestring_source(psa_rule_ctx *ctx, const psa_arg *a) {
  const psa_value *v = a ? a->value : NULL;
  const psa_command *c = v && v->kind == PSA_V_COMMAND ? psa_value_cmd(v) : NULL;
  if (!c || !psa_command_is(c, "ConvertTo-SecureString") || c->pipeline_input ||
      c->depth_in_pipeline != 0 || !psa_command_switch(ctx->model, c, "AsPlainText"))
    return NULL;
  /* the parentheses hold this one command and nothing else */
  const char *t = ctx->src->text;
  psa_span outer = S_value_span(ctx, a);
  uint32_t s = outer.start, e = outer.end;
  if (e > ctx->src->text_len || e < s + 2 || t[s] != '(' || t[e - 1] != ')') return NULL;
  for (uint32_t k = s + 1; k < c->span.start; k++)
    if (!strchr(" \t", t[k])) return NULL;
  for (uint32_t k = c->span.end; k + 1 < e; k++)
    if (!strchr(" \t", t[k])) return NULL;
  const psa_arg *in = psa_command_arg(c, "String");
  const psa_value *sv = in ? in->value : NULL;
  if (sv && sv->kind == PSA_V_STRING && sv->literal) return S_ps_single(ctx, sv->str);
  if (sv && sv->kind == PSA_V_VARIABLE) return S_src(ctx, sv->span);
  return NULL;
}

/* The next unconsumed edit of 'e' inside 'span' at or after 'pos'. */
static S_edit *S_next_inside(S_edits *e, psa_span span, uint32_t pos, S_edit *best) {
  for (uint32_t i = 0; i < e->count; i++) {
    S_edit *x = &e->items[i];
    if (x->consumed || x->range.start < pos || !S_inside(span, x->range)) continue;
    if (!best || x->range.start < best->range.start ||
        (x->range.start == best->range.start && x->range.end < best->range.end))
      best = x;
  }
  return best;
}

/* The source text of a span with the edits inside it applied: property
 * reads and the rewrites of calls nested in it, (Get-AzureADGroup ...).Id
 * as an argument. They are marked consumed so they are not applied twice. */
static const char *S_text_with_edits(psa_rule_ctx *ctx, psa_graph_plan *p, psa_span span,
                                     S_edits *extra) {
  const char *t = ctx->src->text;
  if (span.end > ctx->src->text_len || span.start > span.end) return NULL;
  psa_buf b;
  psa_buf_init(&b);
  uint32_t pos = span.start;
  for (;;) {
    S_edit *best = S_next_inside(&p->read_edits, span, pos, NULL);
    if (extra) best = S_next_inside(extra, span, pos, best);
    for (uint32_t i = 0; i < p->call_count; i++)
      if (p->calls[i].exact) best = S_next_inside(&p->calls[i].edits, span, pos, best);
    if (!best) break;
    psa_span r = best->range;
    psa_buf_append(&b, t + pos, r.start - pos);
    psa_buf_puts(&b, best->text);
    /* the same read listed twice (two calls share a variable) */
    for (uint32_t i = 0; i < p->read_edits.count; i++)
      if (p->read_edits.items[i].range.start == r.start && p->read_edits.items[i].range.end == r.end)
        p->read_edits.items[i].consumed = true;
    best->consumed = true;
    pos = r.end;
  }
  psa_buf_append(&b, t + pos, span.end - pos);
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return out;
}

static const char *S_text_with_reads(psa_rule_ctx *ctx, psa_graph_plan *p, psa_span span) {
  return S_text_with_edits(ctx, p, span, NULL);
}


/* ---- command-mode text moved into an expression ---------------------------
 * An argument is read in command mode: "-RemoveLicenses contoso:EXCHANGESTANDARD"
 * passes the string 'contoso:EXCHANGESTANDARD'. A rewrite that moves the
 * argument's text into an expression (@(... | ForEach-Object ...), $(...),
 * a hashtable, (-not ...)) must keep that reading, or the bareword is run as
 * a command there. S_expr_pieces gives the edits that make the text read
 * the same in an expression: a bareword becomes a single-quoted string, a
 * bareword with variables in it (contoso:$sku, $x-1) a double-quoted one;
 * variables, literals, numbers and parenthesised expressions stay. */

/* Whether text starts with a PowerShell quote (also the typographic ones
 * PowerShell accepts: U+2018-U+201E). */
static bool S_starts_quoted(const char *t) {
  const unsigned char *u = (const unsigned char *)t;
  return t[0] == '\'' || t[0] == '"' || (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9E);
}

/* Whether text holds a character whose meaning in a bareword psauth does
 * not reproduce in a quoted string: quotes (also typographic), a backtick
 * escape, blanks. */
static bool S_bareword_odd(const char *t) {
  for (const unsigned char *u = (const unsigned char *)t; *u; u++) {
    if (*u == '\'' || *u == '"' || *u == '`' || *u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')
      return true;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9E) return true;
  }
  return false;
}

/* Whether text is one bracketed expression: (...), @(...), $(...), @{...},
 * {...} (the last character closes it; "(a)b" is a command-mode concatenation). */
static bool S_bracketed(const char *t) {
  size_t n = strlen(t);
  if (n < 2) return false;
  char last = t[n - 1];
  if (t[0] == '(' || (t[0] == '@' && t[1] == '(') || (t[0] == '$' && t[1] == '(')) return last == ')';
  if (t[0] == '{' || (t[0] == '@' && t[1] == '{')) return last == '}';
  return false;
}

/* One command-mode element: its edit (none when it reads the same in an
 * expression); false when psauth cannot write it as an expression. */
static bool S_expr_piece(psa_rule_ctx *ctx, const psa_value *v, S_edits *out) {
  const char *t = S_src(ctx, v->span);
  if (!t || !*t) return false;
  if (S_bracketed(t)) return true;
  /* a quoted literal alone ('a'b is a concatenation, read as UNKNOWN) */
  if (S_starts_quoted(t) || t[0] == '@') return v->kind == PSA_V_STRING || v->kind == PSA_V_INTERP;
  switch (v->kind) {
    case PSA_V_NUMBER:
      return true;
    case PSA_V_BOOL:
    case PSA_V_NULL:
    case PSA_V_VARIABLE:
    case PSA_V_ENV:
      return t[0] == '$';
    case PSA_V_MEMBER:
    case PSA_V_INDEX:
    case PSA_V_METHOD_CALL:
      /* $x.Name, (Get-AzureADUser -ObjectId $u).ObjectId: an expression in both modes */
      return t[0] == '$' || t[0] == '(';
    case PSA_V_STRING:
      /* a bareword whose text is its value (no escapes): 'text' */
      if (S_bareword_odd(t) || !v->str || strcmp(t, v->str)) return false;
      S_edits_add(out, v->span, S_ps_single(ctx, v->str));
      return true;
    case PSA_V_UNKNOWN:
    case PSA_V_INTERP:
      /* a bareword with variables: "text" expands them as command mode did */
      if (S_bareword_odd(t) || t[0] == '[') return false;
      S_edits_add(out, v->span, psa_ctx_printf(ctx, "\"%s\"", t));
      return true;
    default:
      return false;
  }
}

/* The edits for a whole argument value (a command-mode list a, b: each
 * element); false when one element has no expression form. */
static bool S_expr_pieces(psa_rule_ctx *ctx, const psa_value *v, psa_span span, S_edits *out) {
  const char *t = S_src(ctx, span);
  if (!v || !t || !*t) return false;
  if (S_bracketed(t)) return true;
  if (v->kind == PSA_V_ARRAY) {
    for (uint32_t i = 0; i < v->item_count; i++)
      if (!v->items[i] || !S_inside(span, v->items[i]->span) || !S_expr_piece(ctx, v->items[i], out))
        return false;
    return v->item_count > 0;
  }
  return S_expr_piece(ctx, v, out);
}

/* Whether a named argument's value can be moved into an expression. */
static bool S_arg_movable(psa_rule_ctx *ctx, const psa_arg *a) {
  if (!a || a->via != PSA_BIND_NAMED || !a->value) return false;
  S_edits pieces = {0};
  bool ok = S_expr_pieces(ctx, a->value, S_value_span(ctx, a), &pieces);
  free(pieces.items);
  return ok;
}

/* A named argument's value as an expression that reads as the argument
 * did, with the property reads inside it applied; NULL when it cannot be. */
static const char *S_arg_expr(psa_rule_ctx *ctx, psa_graph_plan *p, const psa_arg *a) {
  if (!a || a->via != PSA_BIND_NAMED || !a->value) return NULL;
  psa_span span = S_value_span(ctx, a);
  S_edits pieces = {0};
  const char *out = S_expr_pieces(ctx, a->value, span, &pieces) ? S_text_with_edits(ctx, p, span, &pieces)
                                                                 : NULL;
  free(pieces.items);
  return out;
}

static bool S_is_true(const psa_value *v) { return v && v->kind == PSA_V_BOOL && v->truth; }

/* Whether a call forces a password change without a new password
 * (Set-MsolUserPassword -ForceChangePasswordOnly $true). */
static bool S_force_only(const psa_command *cmd, const psa_gm_cmdlet *map) {
  for (size_t k = 0; k < map->param_count; k++) {
    if (map->params[k].kind != PSA_GM_FORCE_ONLY) continue;
    const psa_arg *a = psa_command_arg(cmd, map->params[k].from);
    if (a && S_is_true(a->value)) return true;
  }
  return false;
}
static bool S_is_false(const psa_value *v) { return v && v->kind == PSA_V_BOOL && !v->truth; }

static bool S_ident_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* An OData -Filter written for AzureAD, with the property names the object
 * renamed in Graph (DeviceTrustType -> TrustType); NULL (and *why) when it
 * names a property Graph does not have. A name is a property when an
 * operator follows it or it opens startsWith( / endsWith( / any(. */
static const char *S_translate_filter(psa_rule_ctx *ctx, const psa_gm_object *o, const char *text,
                                      const char **why) {
  psa_buf b;
  psa_buf_init(&b);
  size_t n = strlen(text);
  char quote = 0;
  for (size_t i = 0; i < n;) {
    char c = text[i];
    if (quote) {
      psa_buf_putc(&b, c);
      if (c == quote) quote = 0;
      i++;
      continue;
    }
    if (c == '\'' && i > 0) { /* an OData literal inside the PowerShell string */
      quote = c;
      psa_buf_putc(&b, c);
      i++;
      continue;
    }
    if (!S_ident_char(c) || (i > 0 && (S_ident_char(text[i - 1]) || text[i - 1] == '$'))) {
      psa_buf_putc(&b, c);
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && S_ident_char(text[j])) j++;
    size_t k = j;
    while (k < n && text[k] == ' ') k++;
    static const char *const ops[] = {"eq ", "ne ", "gt ", "ge ", "lt ", "le ", "in ", NULL};
    bool prop = false;
    for (int q = 0; ops[q] && !prop; q++) prop = !psa_strncasecmp(text + k, ops[q], 3);
    if (!prop && i >= 1) {
      /* startsWith(name, ...) */
      size_t p0 = i;
      while (p0 > 0 && text[p0 - 1] == ' ') p0--;
      prop = p0 > 0 && text[p0 - 1] == '(' && k < n && text[k] == ',';
    }
    char name[96];
    snprintf(name, sizeof(name), "%.*s", (int)(j - i), text + i);
    const psa_gm_prop *gp = prop ? psa_gm_prop_find(o, name) : NULL;
    if (gp && gp->to) {
      psa_buf_puts(&b, gp->to);
    } else if (gp) {
      *why = psa_ctx_printf(ctx, "its -Filter names %s: %s", name,
                            gp->none ? gp->none : "a property computed differently in Graph");
      psa_buf_free(&b);
      return NULL;
    } else {
      psa_buf_append(&b, text + i, j - i);
    }
    i = j;
  }
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return out;
}

/* The text of a named argument's value, without surrounding blanks, or NULL. */
static const char *S_value_text(psa_rule_ctx *ctx, const psa_arg *a) {
  if (!a || a->via != PSA_BIND_NAMED || !a->value) return NULL;
  const char *t = S_src(ctx, S_value_span(ctx, a));
  if (!t) return NULL;
  while (*t == ' ' || *t == '\t') t++;
  size_t n = strlen(t);
  while (n && (t[n - 1] == ' ' || t[n - 1] == '\t')) n--;
  return n ? psa_ctx_printf(ctx, "%.*s", (int)n, t) : NULL;
}

/* The Graph cmdlet a 'choose' entry gives for the call: the case whose
 * parameter has the same value text as the choosing one. */
static bool S_choose(psa_rule_ctx *ctx, S_call *c) {
  const psa_gm_cmdlet *map = c->map;
  const char *v = S_value_text(ctx, psa_command_arg(c->cmd, map->choose_param));
  for (size_t i = 0; v && i < map->choose_count; i++) {
    const char *e = S_value_text(ctx, psa_command_arg(c->cmd, map->choose_equals[i]));
    if (e && !psa_strcasecmp(v, e)) {
      c->graph = map->choose_graph[i];
      return true;
    }
  }
  psa_buf b;
  psa_buf_init(&b);
  for (size_t i = 0; i < map->choose_count; i++)
    psa_buf_printf(&b, "%s-%s (%s)", i ? " or " : "", map->choose_equals[i], map->choose_graph[i]);
  c->why = psa_ctx_printf(ctx, "-%s is not written as %s: decide which service principal it is",
                          map->choose_param, b.data ? b.data : "");
  psa_buf_free(&b);
  return false;
}

/* Whether every parameter of the call has an exact mapping; sets why. */
/* -PipelineVariable / -OutVariable (or an abbreviation, -pv, -ov), named. */
static bool S_output_var_param(const psa_arg *a) {
  const char *w = a->written;
  size_t n = w ? strlen(w) : 0;
  if (!w || a->via != PSA_BIND_NAMED) return false;
  return !psa_strcasecmp(w, "pv") || !psa_strcasecmp(w, "ov") ||
         (n >= 3 && n <= 16 && !psa_strncasecmp(w, "PipelineVariable", n)) ||
         (n >= 3 && n <= 11 && !psa_strncasecmp(w, "OutVariable", n));
}

static const char *S_user_id_text(psa_rule_ctx *ctx, psa_graph_plan *p, const S_call *c);

/* Get-Date(Get-MsolUser ...).X, Write-Host (Get-AzureADTenantDetail).ObjectId:
 * in a command argument the grammar drops a member read after the
 * parentheses around a call, but PowerShell reads it (an argument that
 * starts with "(" is an expression, and the member access is part of it).
 * When it is one plain property name (not a method call, an index or a
 * deeper member) and no member the model has spans it, *name gets the
 * name's span: a read of the call's objects the rule renames in place. */
static bool S_paren_member(const psa_rule_ctx *ctx, const psa_command *cmd, psa_span *name) {
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len, q = cmd->span.end;
  if (cmd->in_string || cmd->span_approx || q > len) return false;
  while (q < len && (t[q] == ' ' || t[q] == '\t')) q++;
  if (q + 2 >= len || t[q] != ')' || t[q + 1] != '.') return false;
  uint32_t e = q + 2;
  if (!isalpha((unsigned char)t[e]) && t[e] != '_') return false;
  while (e < len && S_ident_char(t[e])) e++;
  if (e < len && (t[e] == '(' || t[e] == '.' || t[e] == '[' || t[e] == ':')) return false;
  if (S_model_reads_past(ctx, cmd, q)) return false;
  *name = (psa_span){q + 2, e};
  return true;
}

/* Get-Date(Get-MsolUser ...).X: in a command argument the grammar drops a
 * member read after the parentheses around a call, so that read would go
 * unseen (and unrenamed): true when ")." or ")[" follows the call and no
 * member, method call or index the model has spans it. */
static bool S_unseen_member(const psa_rule_ctx *ctx, const psa_command *cmd) {
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len, q = cmd->span.end;
  psa_span named;
  if (S_paren_member(ctx, cmd, &named)) return false;
  while (q < len && (t[q] == ' ' || t[q] == '\t')) q++;
  if (q + 1 >= len || t[q] != ')' || (t[q + 1] != '.' && t[q + 1] != '[')) return false;
  if (t[q + 1] == '.') {
    /* .Count, .Length: every object has them, Graph's too */
    uint32_t e = q + 2;
    while (e < len && S_ident_char(t[e])) e++;
    char name[32];
    if (e > q + 2 && e - q - 2 < sizeof(name) && (e >= len || t[e] != '(')) {
      memcpy(name, t + q + 2, e - q - 2);
      name[e - q - 2] = '\0';
      if (S_ignored_member(name)) return false;
    }
  }
  if (S_model_reads_past(ctx, cmd, q)) return false;
  return true;
}

/* Remove-MsolUser -ObjectId <id> -RemoveFromRecycleBin purges a deleted
 * user: the call becomes the map entry the switch names (its own Graph
 * cmdlet, module and permissions), whose parameters the call's others must
 * be; the deleted-items cmdlet takes the object's id only, so a user
 * principal name needs a person. False when the call stays with a person
 * (c->why set). */
/* A command that is a statement of its own: not assigned, piped or nested. */
static bool S_alone(const psa_command *cmd) {
  return !cmd->assigned_to && !cmd->pipeline_input && !cmd->in_string &&
         cmd->statement_span.start == cmd->span.start && cmd->statement_span.end == cmd->span.end;
}

/* Remove-MsolUser -UserPrincipalName X; Remove-MsolUser -UserPrincipalName X
 * -RemoveFromRecycleBin: the user the statement just before deletes is the
 * one purged. Graph purges by object id only, so the first call keeps the
 * id before it deletes: the index of that call, or -1. X must be the same
 * variable or literal, the two statements next to each other (nothing
 * between them can change X). */
/* Why PowerShell cannot bind an argument of the legacy call, or NULL. None
 * of the mapped cmdlets has a positional parameter (their reference pages list
 * every parameter as Named), so a word standing alone fails the call, and so
 * does one written after a switch with a space (-Force FooBar): the model,
 * which does not know these cmdlets, reads it as the switch's value, but
 * PowerShell gives a switch a value only as -Force:$v. Such a line never ran
 * as written: a rewrite would drop the word (or read it as the switch it may
 * spell) and make it run, so a person decides. A positional argument that
 * touches the one before it is a gap in psauth's parser (a member read after
 * a call), not the script's: it keeps the general reason. */
static const char *S_unbindable(psa_rule_ctx *ctx, const psa_gm_cmdlet *map, const psa_command *cmd) {
  const char *text = ctx->src->text;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const psa_value *v = a->value;
    if (!v || v->span.start == 0 || v->span.start > ctx->src->text_len) continue;
    bool apart = strchr(" \t", text[v->span.start - 1]) != NULL;
    const char *word = S_src(ctx, v->span);
    if (!apart || !word) continue;
    if (a->via == PSA_BIND_UNBOUND || a->via == PSA_BIND_POSITIONAL)
      return psa_ctx_printf(ctx, "PowerShell cannot bind '%s' (a positional argument): %s has no positional "
                            "parameters (its reference lists every parameter as Named), so the line fails as "
                            "written: correct it by hand", word, map->legacy);
    const char *w = a->written ? a->written : a->param;
    const char *sw = a->via == PSA_BIND_NAMED && !a->colon ? psa_gm_switch_find(map, w) : NULL;
    if (sw)
      return psa_ctx_printf(ctx, "PowerShell cannot bind '%s' (a positional argument): -%s is a switch, which "
                            "takes a value only as -%s:<value>, and %s has no positional parameters, so the line "
                            "fails as written: correct it by hand", word, sw, sw, map->legacy);
  }
  return NULL;
}

static int S_purge_pair(psa_rule_ctx *ctx, const psa_graph_plan *p, const S_call *c, const psa_arg *upn) {
  const psa_command *cmd = c->cmd;
  const psa_value *v = upn->value;
  if (upn->via != PSA_BIND_NAMED || !v || !S_alone(cmd) ||
      !(v->kind == PSA_V_VARIABLE || (v->kind == PSA_V_STRING && v->literal)))
    return -1;
  const char *text = ctx->src->text;
  for (uint32_t k = 0; k < p->call_count; k++) {
    const S_call *d = &p->calls[k];
    const psa_command *prev = d->cmd;
    if (d == c || d->map != c->map || !S_alone(prev) || prev->statement_span.end > cmd->statement_span.start)
      continue;
    bool between_blank = true;
    for (uint32_t q = prev->statement_span.end; q < cmd->statement_span.start && between_blank; q++)
      between_blank = strchr(" \t\r\n;", text[q]) != NULL;
    if (!between_blank) continue;
    const psa_arg *pu = NULL;
    bool other = false;
    for (uint32_t j = 0; j < prev->arg_count; j++) {
      const char *w = prev->args[j].written ? prev->args[j].written : prev->args[j].param;
      const psa_gm_param *gp = w ? psa_gm_param_find(d->map, w) : NULL;
      if (gp && !strcmp(gp->from, "UserPrincipalName")) pu = &prev->args[j];
      else if (!w || !S_common_param(w)) other |= !gp || gp->kind != PSA_GM_DROP;
    }
    if (!pu || other || pu->via != PSA_BIND_NAMED || !pu->value || S_unbindable(ctx, d->map, prev)) return -1;
    const char *a = S_src(ctx, v->span), *b = S_src(ctx, pu->value->span);
    return a && b && !strcmp(a, b) ? (int)k : -1;
  }
  return -1;
}

/* A variable name the script does not use anywhere (case-insensitively). */
static const char *S_unused_var(psa_rule_ctx *ctx, const char *base) {
  for (int n = 1; n < 100; n++) {
    const char *name = n == 1 ? base : psa_ctx_printf(ctx, "%s%d", base, n);
    if (!psa_find_ci(ctx->src->text, ctx->src->text_len, name)) return name;
  }
  return NULL;
}

static bool S_deleted_item(psa_rule_ctx *ctx, const psa_graph_plan *p, S_call *c) {
  const psa_command *cmd = c->cmd;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const char *name = a->written ? a->written : a->param;
    const psa_gm_param *gp = name ? psa_gm_param_find(c->map, name) : NULL;
    if (!gp || gp->kind != PSA_GM_DELETED_ITEM) continue;
    const psa_gm_cmdlet *alt = psa_graphmap_find(gp->select);
    if (a->via != PSA_BIND_NAMED || (a->value && !S_is_true(a->value)) || !alt) {
      c->why = psa_ctx_printf(ctx, "-%s with a value psauth cannot read: psauth rewrites it written as a "
                              "switch (or :$true)", gp->from);
      return false;
    }
    for (uint32_t j = 0; j < cmd->arg_count; j++) {
      const char *w = cmd->args[j].written ? cmd->args[j].written : cmd->args[j].param;
      if (j == i || !w || S_common_param(w) || !psa_strcasecmp(w, "WhatIf") || !psa_strcasecmp(w, "Confirm"))
        continue;
      const psa_gm_param *own = psa_gm_param_find(c->map, w);
      if (!psa_gm_param_find(alt, w) && own && !strcmp(own->from, "UserPrincipalName") &&
          !psa_command_arg(cmd, "ObjectId")) {
        int k = S_purge_pair(ctx, p, c, &cmd->args[j]);
        const char *var = k >= 0 ? S_unused_var(ctx, "deletedUserId") : NULL;
        if (var) {
          c->purge_of = k;
          c->purge_var = var;
          continue;
        }
      }
      if (!psa_gm_param_find(alt, w)) {
        c->why = psa_ctx_printf(ctx, "-%s with -%s: %s", gp->from, psa_gm_param_find(c->map, w)
                                ? psa_gm_param_find(c->map, w)->from : w, gp->note ? gp->note : "");
        return false;
      }
    }
    c->alt = alt;
    c->graph = alt->graph;
  }
  return true;
}

/* Get-MsolServicePrincipal -AppPrincipalId X names one object by another
 * key than its id: the call becomes the map entry the parameter names
 * (Get-MgServicePrincipalByAppId -AppId X, a get by Graph's alternate key,
 * which like MSOnline's lookup returns the one object), whose parameters the
 * call's others must be. False when the call stays with a person (c->why). */
static bool S_by_key(psa_rule_ctx *ctx, S_call *c) {
  const psa_command *cmd = c->cmd;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const char *name = a->written ? a->written : a->param;
    const psa_gm_param *gp = name ? psa_gm_param_find(c->map, name) : NULL;
    if (!gp || gp->kind != PSA_GM_BY_KEY) continue;
    const psa_gm_cmdlet *alt = psa_graphmap_find(gp->select);
    if (a->via != PSA_BIND_NAMED || !a->value || !alt) {
      c->why = psa_ctx_printf(ctx, "-%s without a value psauth can read: %s", gp->from, gp->note ? gp->note : "");
      return false;
    }
    for (uint32_t j = 0; j < cmd->arg_count; j++) {
      const char *w = cmd->args[j].written ? cmd->args[j].written : cmd->args[j].param;
      if (j == i || !w || S_common_param(w) || psa_gm_param_find(alt, w)) continue;
      const psa_gm_param *own = psa_gm_param_find(c->map, w);
      c->why = psa_ctx_printf(ctx, "-%s with -%s: %s takes the key only", gp->from, own ? own->from : w,
                              alt->graph);
      return false;
    }
    c->alt = alt;
    c->graph = alt->graph;
  }
  return true;
}

/* The literal number a PSA_GM_PERIOD argument holds (-Days 30, -Days '7'),
 * or NULL for a variable or an expression. */
static const char *S_period_literal(const psa_model *m, const psa_arg *a) {
  const psa_value *v = a->value;
  if (v && v->kind == PSA_V_NUMBER) return v->str;
  if (v && v->kind == PSA_V_STRING && v->literal) return psa_value_string(m, v);
  return NULL;
}

/* Why a number of days has no period: the report covers only the periods
 * the map lists ('extra': "7 30"); other values fail in both modules.
 * NULL when it has one, or when the value is known at run time only. */
static const char *S_period_why(psa_rule_ctx *ctx, const psa_gm_param *gp, const psa_arg *a) {
  if (!a->value) return psa_ctx_printf(ctx, "-%s without a value", gp->from);
  const char *lit = S_period_literal(ctx->model, a);
  if (!lit) return NULL;
  size_t n = strlen(lit);
  psa_buf any;
  psa_buf_init(&any);
  for (const char *q = gp->extra; *q;) {
    while (*q == ' ') q++;
    size_t w = strcspn(q, " ");
    if (w && w == n && !strncmp(q, lit, n)) {
      psa_buf_free(&any);
      return NULL;
    }
    if (w) psa_buf_printf(&any, "%s%.*s", any.len ? " or " : "", (int)w, q);
    q += w;
  }
  const char *why = psa_ctx_printf(ctx, "-%s %s: the report covers the last %s days only (a person picks one)",
                                   gp->from, lit, any.len ? any.data : "");
  psa_buf_free(&any);
  return why;
}

/* The parameter kinds whose rewrite puts the argument's text in an
 * expression (@(...), a hashtable, (-not ...), $(...), -f): command-mode
 * barewords must be quoted there (S_arg_expr). */
static bool S_kind_embeds(psa_gm_param_kind k) {
  switch (k) {
    case PSA_GM_INVERT:
    case PSA_GM_LICENSE_ADD:
    case PSA_GM_LICENSE_REMOVE:
    case PSA_GM_REF:
    case PSA_GM_FILTER:
    case PSA_GM_SEARCH:
    case PSA_GM_PASSWORD:
    case PSA_GM_URI:
    case PSA_GM_NULL_BODY:
    case PSA_GM_POLICY_OFF:
    case PSA_GM_POLICY_ON:
    case PSA_GM_ASSIGNED_LICENSES:
    case PSA_GM_PERIOD:
      return true;
    default:
      return false;
  }
}

/* The Graph read of the tenant's SKUs (Get-MsolAccountSku and
 * Get-AzureADSubscribedSku map to it, graph-map.json): its objects carry
 * SkuId, the GUID Set-MgUserLicense's -AddLicenses (@{SkuId = ...}) and
 * -RemoveLicenses take (docs/migration-graph.md, licences). */
static const char S_sku_read[] = "Get-MgSubscribedSku";

/* A Microsoft Graph PowerShell cmdlet by its name (Verb-MgNoun,
 * Verb-MgBetaNoun): its output is objects. */
static bool S_graph_named(const psa_command *c) {
  const char *d = c->name && !c->local_function ? strchr(c->name, '-') : NULL;
  return d && d[1] == 'M' && d[2] == 'g' && isupper((unsigned char)d[3]);
}

/* What a licence parameter's value (-AddLicenses / -RemoveLicenses) holds:
 * 1 the objects of a legacy SKU read the plan rewrites to S_sku_read (*k is
 * that call), -1 other objects (another directory call's or a Graph call's,
 * a hashtable, a New-Object), 0 strings as far as psauth knows (AccountSkuId
 * 'tenant:PART' or part numbers, which the SKU id helper looks up). */
static int S_license_objects(psa_rule_ctx *ctx, const psa_graph_plan *p, const psa_arg *a, int *k) {
  const psa_model *m = ctx->model;
  *k = -1;
  if (!a->value) return 0;
  const psa_value *v = a->value;
  int call = S_call_of_value(p, v);
  if (call < 0 && v->kind == PSA_V_VARIABLE && psa_value_var(v))
    call = S_call_of_var(m, p, psa_value_var(v), 0);
  if (call >= 0) {
    const psa_gm_cmdlet *map = p->calls[call].map;
    if (!map || !map->graph || psa_strcasecmp(map->graph, S_sku_read)) return -1;
    *k = call;
    return 1;
  }
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(m, v, prods, 16);
  for (uint32_t i = 0; i < n && i < 16; i++) {
    const psa_value *x = prods[i];
    if (x->kind == PSA_V_HASH || x->kind == PSA_V_NEW_OBJECT) return -1;
    if (x->kind != PSA_V_COMMAND || !psa_value_cmd(x)) continue;
    if (S_call_of_value(p, x) >= 0) return -1;
    /* Get-MgSubscribedSku | Where-Object ...: the filtered objects */
    const psa_command *pc = psa_value_cmd(x);
    for (int depth = 0; pc && depth < 8; depth++) {
      if (S_graph_named(pc)) return -1;
      const psa_value *in = S_passes_through(NULL, pc) ? pc->pipeline_input : NULL;
      pc = in && in->kind == PSA_V_COMMAND ? psa_value_cmd(in) : NULL;
    }
  }
  return 0;
}

/* A per-tenant lookup whose tenant is a partner contract's ($c.TenantId of
 * Get-MsolPartnerContract's objects): the only thing such loops look up is
 * a domain of the customer (IsDefault / IsInitial) to address it, and
 * Graph's contract object carries one. It is not the same value (the
 * contract resource: a copy of the customer's default domain made when the
 * partnership was established, not updated afterwards; not the initial
 * domain an IsInitial filter picks), so it is named for a person, not
 * written. */
static const struct {
  const char *legacy, *param, *source;
} S_partner_lookups[] = {
    {"Get-MsolDomain", "TenantId", "Get-MsolPartnerContract"},
};

static const char *S_partner_hint(psa_rule_ctx *ctx, const psa_gm_cmdlet *map, const psa_gm_param *gp,
                                  const psa_arg *a) {
  const char *t = a->value ? S_src(ctx, a->value->span) : NULL;
  size_t n = t ? strlen(t) : 0, suffix = strlen(".TenantId");
  if (n <= suffix || t[0] != '$' || psa_strcasecmp(t + n - suffix, ".TenantId")) return NULL;
  for (size_t i = 0; i < sizeof(S_partner_lookups) / sizeof(S_partner_lookups[0]); i++) {
    if (psa_strcasecmp(map->legacy, S_partner_lookups[i].legacy) || psa_strcasecmp(gp->from, S_partner_lookups[i].param))
      continue;
    const psa_model *m = ctx->model;
    for (uint32_t k = 0; k < m->command_count; k++) {
      if (!psa_command_is(m->commands[k], S_partner_lookups[i].source)) continue;
      const psa_gm_cmdlet *src = psa_graphmap_find(S_partner_lookups[i].source);
      return psa_ctx_printf(ctx,
                            "; where it only finds a domain to address the customer (-DelegatedOrganization), "
                            "%s's contract object carries one: %.*s.DefaultDomainName, a copy of the customer's "
                            "default domain (not its initial one) made when the partnership was established and "
                            "not updated since",
                            src && src->graph ? src->graph : "Microsoft Graph", (int)(n - suffix), t);
    }
  }
  return NULL;
}

static bool S_params_exact(psa_rule_ctx *ctx, psa_graph_plan *p, S_call *c) {
  const psa_command *cmd = c->cmd;
  const psa_gm_cmdlet *map = c->map;
  uint32_t filters = 0, policies = 0;
  bool renamed_filter = false;
  if (!psa_strcasecmp(map->legacy, "New-MsolLicenseOptions")) {
    /* no Graph call: the helper builds the licence entry from the same arguments */
    c->why = psa_graph_licopts_new_why(ctx, ctx->model, cmd);
    return !c->why;
  }
  if (S_unseen_member(ctx, cmd)) {
    c->why = "a member read after the parentheses around it, which psauth's parser does not give";
    return false;
  }
  /* a licence list holding objects: the SKU objects of a read the plan
   * rewrites give their SkuId; other objects have no rewrite psauth knows */
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const psa_gm_param *gp = psa_gm_param_find(map, a->written ? a->written : a->param ? a->param : "");
    if (!gp || (gp->kind != PSA_GM_LICENSE_ADD && gp->kind != PSA_GM_LICENSE_REMOVE)) continue;
    int k;
    int held = S_license_objects(ctx, p, a, &k);
    if (held < 0) {
      c->why = psa_ctx_printf(ctx, "-%s is given objects, not AccountSkuId strings: pass their SKU ids "
                              "(GUIDs) by hand", gp->from);
      return false;
    }
    if (held > 0 && !p->calls[k].exact) {
      c->why = psa_ctx_printf(ctx, "-%s takes the SKUs of %s (line %u), which needs a person", gp->from,
                              p->calls[k].cmd->name, psa_line_of(ctx, p->calls[k].cmd->span.start));
      return false;
    }
  }
  if ((c->why = S_probe_try_why(ctx, c, map->graph))) return false;
  /* MSOnline and AzureAD bind piped objects by property name (ObjectId,
   * UserPrincipalName); Graph cmdlets take an identity object instead */
  if (cmd->pipeline_input) {
    /* the objects of a rewritten user read: each one's Id goes to -UserId
     * in a ForEach-Object (Graph binds no property from the pipeline) */
    const psa_gm_param *idp = psa_gm_param_find(map, "ObjectId");
    int k = S_call_of_input(ctx->model, p, cmd, 0);
    /* $x | Set-...: $x assigned by several calls with one output object
     * (if ... { $x = Get-AzureADUser ... } else { $x = Get-AzureADUser ... }) */
    int srcs[4];
    uint32_t nsrc = 0;
    if (k == -2 && cmd->pipeline_input && cmd->pipeline_input->kind == PSA_V_VARIABLE)
      nsrc = S_calls_of_var(ctx->model, p, psa_value_var(cmd->pipeline_input), srcs, 4, 0);
    if (nsrc) k = srcs[0];
    bool named_id = false;
    for (uint32_t i = 0; i < cmd->arg_count && idp; i++) {
      const psa_gm_param *q = psa_gm_param_find(map, cmd->args[i].written ? cmd->args[i].written : "");
      named_id |= q && q->to && !strcmp(q->to, idp->to);
    }
    /* every Graph directory object has Id; the objects must be what the
     * identity parameter names (a user for -UserId, ...) or directory
     * objects (members) */
    const char *out = k >= 0 && p->calls[k].map && p->calls[k].map->output
                          ? p->calls[k].map->output->name : NULL;
    static const char *const id_of[][2] = {
        {"user", "UserId"}, {"group", "GroupId"}, {"directoryRole", "DirectoryRoleId"},
        {"servicePrincipal", "ServicePrincipalId"}, {"device", "DeviceId"},
        {"application", "ApplicationId"}, {"domain", "DomainId"}};
    bool fits = out && idp &&
                (!strcmp(out, "directoryObject") || !strcmp(out, "membership") || !strcmp(out, "roleMember") ||
                 !strcmp(out, "groupMember"));
    for (size_t q = 0; out && idp && q < sizeof(id_of) / sizeof(id_of[0]); q++)
      fits |= !strcmp(out, id_of[q][0]) && !strcmp(idp->to, id_of[q][1]);
    if (k < 0 || !idp || named_id || !fits || cmd->invoke_operator) {
      if (idp && idp->kind == PSA_GM_URI)
        c->why = psa_ctx_printf(ctx, "it takes its objects from the pipeline: name the object with -%s",
                                idp->from);
      else
        c->why = psa_ctx_printf(ctx, "it takes its objects from the pipeline: pass the id with -%s",
                                idp && idp->to ? idp->to : "...Id");
      return false;
    }
    /* -PipelineVariable/-OutVariable name the command's output: they move
     * to the ForEach-Object, which writes the same objects, so they must
     * come last */
    bool seen_var = false;
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      bool var = S_output_var_param(&cmd->args[i]);
      if (seen_var && !var) {
        c->why = psa_ctx_printf(ctx, "it takes its objects from the pipeline and names its output "
                                "before other parameters: pass the id with -%s", idp->to);
        return false;
      }
      seen_var |= var;
    }
    c->pipe_from = k;
    c->pipe_id = idp->to;
    c->pipe_more_count = 0;
    for (uint32_t q = 1; q < nsrc && c->pipe_more_count < 3; q++) c->pipe_more[c->pipe_more_count++] = srcs[q];
  }
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (a->via == PSA_BIND_UNBOUND || a->via == PSA_BIND_POSITIONAL) {
      c->why = "a positional argument: name its parameter first";
      return false;
    }
    if (a->via == PSA_BIND_DEFAULT) {
      c->why = "$PSDefaultParameterValues gives it arguments";
      return false;
    }
    const char *name = a->written ? a->written : a->param;
    if (!name) {
      c->why = "an argument psauth cannot name";
      return false;
    }
    if (S_common_param(name)) continue;
    if (!psa_strcasecmp(name, "WhatIf") || !psa_strcasecmp(name, "Confirm")) {
      /* -WhatIf:$false on a session probe: the probe's rewrite drops it (S_probe_span) */
      if (!strncmp(map->graph, "Get-", 4) && !(S_probe_span(ctx, c).end && a->value && S_is_false(a->value))) {
        c->why = psa_ctx_printf(ctx, "-%s has no meaning on %s", name, map->graph);
        return false;
      }
      continue;
    }
    const psa_gm_param *gp = psa_gm_param_find(map, name);
    if (!gp && psa_gm_param_prefix_count(map, name) > 1) {
      c->why = psa_ctx_printf(ctx, "-%s is the start of several of %s's parameter names, which PowerShell "
                              "refuses as ambiguous", name, map->legacy);
      return false;
    }
    if (!gp && map->all_param_count && !psa_gm_param_prefix_count(map, name)) {
      /* the reference lists every parameter: this one binds none, so the
       * line never ran as written (New-AzureADServicePrincipal -ApplicationId,
       * Az's name for AzureAD's -AppId) */
      c->why = psa_ctx_printf(ctx, "-%s is not a parameter of %s (its reference lists every parameter), so the "
                              "line fails as written: correct it by hand", name, map->legacy);
      return false;
    }
    if (!gp) {
      c->why = psa_ctx_printf(ctx, "-%s has no known Microsoft Graph equivalent", name);
      return false;
    }
    if (gp->kind == PSA_GM_NONE) {
      const char *partner = S_partner_hint(ctx, map, gp, a);
      c->why = psa_ctx_printf(ctx, "-%s: %s%s", gp->from, gp->note ? gp->note : "no exact equivalent",
                              partner ? partner : "");
      return false;
    }
    if (gp->kind == PSA_GM_PASSWORD_PROFILE) {
      const char *why = psa_graph_pwdprofile_why(ctx, ctx->model, a);
      if (why) {
        c->why = psa_ctx_printf(ctx, "-%s: %s", gp->from, why);
        return false;
      }
    }
    if (gp->kind == PSA_GM_DIRECTORY_SETTING) {
      const char *why = psa_graph_ds_why(ctx, ctx->model);
      if (why) {
        c->why = psa_ctx_printf(ctx, "-%s: %s", gp->from, why);
        return false;
      }
    }
    if (gp->kind == PSA_GM_LICENSE_OPTIONS) {
      const char *why = psa_graph_licopts_why(ctx, ctx->model, cmd, a);
      if (why) {
        c->why = psa_ctx_printf(ctx, "-%s: %s", gp->from, why);
        return false;
      }
    }
    if (gp->kind == PSA_GM_ASSIGNED_LICENSES) {
      const char *why = psa_graph_licenses_why(ctx, ctx->model, a);
      if (why) {
        c->why = psa_ctx_printf(ctx, "-%s: %s", gp->from, why);
        return false;
      }
    }
    if (gp->kind == PSA_GM_PERIOD && (c->why = S_period_why(ctx, gp, a))) return false;
    if (S_kind_embeds(gp->kind) && a->via == PSA_BIND_NAMED && a->value && !S_arg_movable(ctx, a)) {
      c->why = psa_ctx_printf(ctx, "-%s %s: psauth cannot write this command-mode argument as an expression "
                              "(quote it)", gp->from, S_src(ctx, S_value_span(ctx, a)));
      return false;
    }
    if (a->via == PSA_BIND_SPLAT && gp->kind != PSA_GM_RENAME && gp->kind != PSA_GM_SWITCH &&
        gp->kind != PSA_GM_ALL) {
      c->why = psa_ctx_printf(ctx, "-%s comes from a splatted hashtable: write it out to convert its value", gp->from);
      return false;
    }
    if (gp->kind == PSA_GM_PASSWORD) {
      /* ForceChangePasswordNextSignIn has a Graph default (false) that the
       * legacy cmdlet did not document: only with the boolean written out */
      const psa_arg *force = psa_command_arg(cmd, gp->select);
      if (!force || force->via != PSA_BIND_NAMED || !force->value || a->via != PSA_BIND_NAMED) {
        c->why = psa_ctx_printf(ctx, "-%s without a named -%s: decide ForceChangePasswordNextSignIn", gp->from,
                                gp->select);
        return false;
      }
      if (!S_arg_movable(ctx, force)) {
        c->why = psa_ctx_printf(ctx, "-%s %s: psauth cannot write this command-mode argument as an expression "
                                "(quote it)", gp->select, S_src(ctx, S_value_span(ctx, force)));
        return false;
      }
      if (cmd->assigned_to || cmd->statement_span.start != cmd->span.start ||
          cmd->statement_span.end != cmd->span.end) {
        c->why = psa_ctx_printf(ctx, "its output is used: %s returned the password, %s returns nothing",
                                map->legacy, map->graph);
        return false;
      }
    }
    if (gp->kind == PSA_GM_FORCE_ONLY) {
      /* only the documented pair, both $true, and no new password */
      const psa_arg *force = psa_command_arg(cmd, gp->select);
      bool password = false;
      for (size_t k = 0; k < map->param_count; k++)
        password |= map->params[k].kind == PSA_GM_PASSWORD && psa_command_arg(cmd, map->params[k].from);
      if (a->via != PSA_BIND_NAMED || !S_is_true(a->value) || !force || force->via != PSA_BIND_NAMED ||
          !S_is_true(force->value) || password) {
        c->why = psa_ctx_printf(ctx, "-%s: psauth rewrites it written as $true with -%s $true and no new "
                                "password", gp->from, gp->select);
        return false;
      }
      if (cmd->assigned_to || cmd->statement_span.start != cmd->span.start ||
          cmd->statement_span.end != cmd->span.end) {
        c->why = psa_ctx_printf(ctx, "its output is used: %s returns nothing", map->graph);
        return false;
      }
    }
    /* -StrongPasswordRequired and -PasswordNeverExpires both write the one
     * PasswordPolicies string: two -PasswordPolicies would not bind */
    if ((gp->kind == PSA_GM_POLICY_OFF || gp->kind == PSA_GM_POLICY_ON) && policies++) {
      c->why = psa_ctx_printf(ctx, "-%s and another password setting are both Graph's PasswordPolicies: "
                              "write one -PasswordPolicies with both", gp->from);
      return false;
    }
    if ((gp->kind == PSA_GM_POLICY_OFF || gp->kind == PSA_GM_POLICY_ON) &&
        (a->via != PSA_BIND_NAMED || !a->value || !S_user_id_text(ctx, p, c))) {
      c->why = psa_ctx_printf(ctx, "-%s: Graph keeps it in PasswordPolicies, which psauth rewrites for "
                              "-%s $value on a user named by a variable, a literal or a string of variables",
                              gp->from, gp->from);
      return false;
    }
    if (gp->kind == PSA_GM_SEARCH) {
      const char *s = a->value ? psa_value_string(ctx->model, a->value) : NULL;
      if (s && strchr(s, '"')) {
        c->why = psa_ctx_printf(ctx, "-%s with a double quote: write the $search expression by hand", gp->from);
        return false;
      }
    }
    if (gp->kind == PSA_GM_FILTER || gp->kind == PSA_GM_ENABLED_FILTER) filters++;
    if (gp->kind == PSA_GM_RENAME && !psa_strcasecmp(gp->to, "Filter") && map->output && a->value) {
      const char *t = S_src(ctx, a->value->span);
      const char *why = NULL;
      if (t && !S_translate_filter(ctx, map->output, t, &why)) {
        c->why = why;
        return false;
      }
    }
    if (gp->kind == PSA_GM_RENAME && !psa_strcasecmp(gp->to, "Filter")) renamed_filter = true;
    if (filters && renamed_filter) {
      c->why = "it has a -Filter and a parameter that becomes one: combine them by hand";
      return false;
    }
    if (gp->kind == PSA_GM_ENABLED_FILTER) {
      const char *s = a->value ? psa_value_string(ctx->model, a->value) : NULL;
      if (!s || (psa_strcasecmp(s, "EnabledOnly") && psa_strcasecmp(s, "DisabledOnly") &&
                 psa_strcasecmp(s, "All"))) {
        c->why = "-EnabledFilter with a value psauth cannot read";
        return false;
      }
    }
    if (a->via == PSA_BIND_SPLAT) {
      /* renaming the key changes the hashtable: only when it feeds this call alone */
      const psa_model *m = ctx->model;
      for (uint32_t k = 0; k < m->command_count; k++) {
        const psa_command *o = m->commands[k];
        if (o == cmd) continue;
        for (uint32_t j = 0; j < o->arg_count; j++)
          if (o->args[j].via == PSA_BIND_SPLAT && o->args[j].param_span.start == a->param_span.start &&
              o->args[j].param_span.end == a->param_span.end) {
            c->why = "its splatted hashtable also feeds another command";
            return false;
          }
      }
      const char *key = S_src(ctx, a->param_span);
      if (!key || psa_strcasecmp(key, gp->from)) {
        c->why = "a splatted hashtable key psauth cannot rewrite in place";
        return false;
      }
    }
  }
  /* -StrongAuthenticationRequirements @(): the call becomes another cmdlet,
   * which takes the user's identity and nothing else */
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const char *name = a->written ? a->written : a->param;
    const psa_gm_param *gp = name ? psa_gm_param_find(map, name) : NULL;
    if (!gp || gp->kind != PSA_GM_MFA_DISABLE) continue;
    const char *t = a->value ? S_src(ctx, a->value->span) : NULL;
    char compact[8];
    size_t n = 0;
    for (const char *q = t; q && *q && n < sizeof(compact) - 1; q++)
      if (!isspace((unsigned char)*q)) compact[n++] = *q;
    compact[n] = 0;
    const psa_gm_cmdlet *alt = psa_graphmap_find(gp->select);
    /* Enabled / Enforced: a requirement object built in the file */
    const char *state_why = NULL;
    const char *state = t && strcmp(compact, "@()") ? psa_graph_mfa_state(ctx, ctx->model, a, &state_why) : NULL;
    if (a->via != PSA_BIND_NAMED || !t || (strcmp(compact, "@()") && !state) || !alt) {
      c->why = psa_ctx_printf(ctx, "-%s: %s", gp->from, gp->note ? gp->note : "no exact equivalent");
      return false;
    }
    c->mfa_state = state;
    for (uint32_t j = 0; j < cmd->arg_count; j++) {
      const char *w = cmd->args[j].written ? cmd->args[j].written : cmd->args[j].param;
      if (j == i || !w || S_common_param(w)) continue;
      const psa_gm_param *q = psa_gm_param_find(alt, w);
      if (!q) {
        c->why = psa_ctx_printf(ctx, "-%s @() with -%s: disable per-user MFA (%s) in a call of its own", gp->from,
                                w, alt->graph);
        return false;
      }
    }
    c->alt = alt;
    c->graph = alt->graph;
  }
  if (!S_deleted_item(ctx, p, c)) return false;
  if (!S_by_key(ctx, c)) return false;
  if (map->choose_count && !S_choose(ctx, c)) return false;
  for (size_t k = 0; k < map->param_count; k++) {
    /* a request written out (Invoke-MgGraphRequest) needs each of its parts,
     * and prints the response the legacy cmdlet did not return */
    psa_gm_param_kind kind = map->params[k].kind;
    if (kind != PSA_GM_URI && kind != PSA_GM_NULL_BODY) continue;
    const psa_arg *a = psa_command_arg(cmd, map->params[k].from);
    if (!a || a->via != PSA_BIND_NAMED || !a->value) {
      c->why = psa_ctx_printf(ctx, "no named -%s: write the request by hand", map->params[k].from);
      return false;
    }
    if (cmd->assigned_to || cmd->statement_span.start != cmd->span.start ||
        cmd->statement_span.end != cmd->span.end) {
      c->why = psa_ctx_printf(ctx, "its output is used: %s returns the response", map->graph);
      return false;
    }
  }
  for (size_t k = 0; k < map->param_count; k++)
    if (map->params[k].kind == PSA_GM_PASSWORD && !psa_command_arg(cmd, map->params[k].from) &&
        !S_force_only(cmd, map)) {
      c->why = psa_ctx_printf(ctx, "no -%s: %s made up a password and returned it; %s needs one",
                              map->params[k].from, map->legacy, map->graph);
      return false;
    }
  return true;
}

/* The SKU-id helper the license rewrites call, declared once per file. */
static const char S_sku_helper[] =
    "# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)\n"
    "# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.\n"
    "function ConvertTo-GraphSkuId([string]$AccountSkuId) {\n"
    "    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }\n"
    "    $part = $AccountSkuId.Split(':')[-1]\n"
    "    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part\n"
    "    if (-not $sku) { throw \"No subscribed SKU '$part' in this tenant\" }\n"
    "    $sku.SkuId\n"
    "}\n\n";

/* The helper that replaces New-MsolLicenseOptions: Graph takes the disabled
 * service plans inside the licence entry, as GUIDs, where MSOnline took plan
 * names (Microsoft's "Disable access to Microsoft 365 services with
 * PowerShell" looks them up in Get-MgSubscribedSku's ServicePlans by
 * ServicePlanName). It finds the SKU as ConvertTo-GraphSkuId does. */
static const char S_licopts_helper_fn[] = "New-GraphLicenseOptions";
static const char S_licopts_helper[] =
    "# psauth: Graph takes the disabled service plans inside the licence entry, as GUIDs; this builds\n"
    "# @{SkuId; DisabledPlans} from MSOnline's AccountSkuId and plan names, looked up in the tenant's\n"
    "# SKUs once (Get-MgSubscribedSku), as New-MsolLicenseOptions took them.\n"
    "function New-GraphLicenseOptions([string]$AccountSkuId, [string[]]$DisabledPlans) {\n"
    "    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }\n"
    "    $part = $AccountSkuId.Split(':')[-1]\n"
    "    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part\n"
    "    if (-not $sku) { throw \"No subscribed SKU '$part' in this tenant\" }\n"
    "    $plans = foreach ($name in $DisabledPlans) {\n"
    "        $plan = $sku.ServicePlans | Where-Object ServicePlanName -eq $name\n"
    "        if (-not $plan) { throw \"No service plan '$name' in SKU '$part'\" }\n"
    "        $plan.ServicePlanId\n"
    "    }\n"
    "    @{SkuId = $sku.SkuId; DisabledPlans = @($plans)}\n"
    "}\n\n";

/* The helper that turns a Graph SKU id back into the MSOnline AccountSkuId
 * ('AccountName:SkuPartNumber'), for reads of a user's Licenses.AccountSkuId. */
static const char S_sku_name_helper_fn[] = "ConvertTo-MsolAccountSkuId";
static const char S_sku_name_helper[] =
    "# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)\n"
    "# and turns a SKU id into the MSOnline AccountSkuId ('AccountName:SkuPartNumber').\n"
    "function ConvertTo-MsolAccountSkuId([string]$SkuId) {\n"
    "    if (-not $SkuId) { return }\n"
    "    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }\n"
    "    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId\n"
    "    if (-not $sku) { throw \"No subscribed SKU '$SkuId' in this tenant\" }\n"
    "    $sku.AccountName + ':' + $sku.SkuPartNumber\n"
    "}\n\n";

/* The helper that turns a Graph SKU id into the SKU's part number, for reads
 * of a user's Licenses.AccountSku.SkuPartNumber (MSOnline's AccountSku is
 * the AccountSkuId's two halves, AccountName and SkuPartNumber). */
static const char S_sku_part_helper_fn[] = "ConvertTo-MsolSkuPartNumber";
static const char S_sku_part_helper[] =
    "# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)\n"
    "# and turns a SKU id into its part number (MSOnline's AccountSku.SkuPartNumber).\n"
    "function ConvertTo-MsolSkuPartNumber([string]$SkuId) {\n"
    "    if (-not $SkuId) { return }\n"
    "    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }\n"
    "    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId\n"
    "    if (-not $sku) { throw \"No subscribed SKU '$SkuId' in this tenant\" }\n"
    "    $sku.SkuPartNumber\n"
    "}\n\n";

/* The helper that reads a user's per-user MFA state as MSOnline's
 * StrongAuthenticationRequirements.State gave it. The state is only in the
 * beta API; the request is the one Microsoft Entra PowerShell's
 * Get-EntraBetaUserAuthenticationRequirement sends, and it needs
 * Policy.Read.All (delegated and application; docs/migration-graph.md). */
static const char S_mfa_helper_fn[] = "ConvertTo-MsolMfaState";
static const char S_mfa_helper_permission[] = "Policy.Read.All";
static const char S_mfa_helper[] =
    "# psauth: per-user MFA is not on the Graph user object; this reads it from the beta API\n"
    "# (GET /beta/users/{id}/authentication/requirements) and gives it as MSOnline's\n"
    "# StrongAuthenticationRequirements.State did: 'Enabled', 'Enforced', or nothing when disabled.\n"
    "function ConvertTo-MsolMfaState([string]$UserId) {\n"
    "    if (-not $UserId) { return }\n"
    "    $uri = '/beta/users/' + [uri]::EscapeDataString($UserId) + '/authentication/requirements'\n"
    "    switch ((Invoke-MgGraphRequest -Method GET -Uri $uri)['perUserMfaState']) {\n"
    "        'enabled' { 'Enabled' }\n"
    "        'enforced' { 'Enforced' }\n"
    "    }\n"
    "}\n\n";

/* The same helper asking once per user: a script that reads the state twice
 * (a variable, then a comparison) or lists the same user again sent one beta
 * request per read. MSOnline's reads were of one object fetched once, so a
 * remembered answer is what they gave; it is used only where no call of the
 * file changes the state (Set-MsolUser -StrongAuthenticationRequirements),
 * which would make a remembered answer stale. */
static const char S_mfa_helper_once[] =
    "# psauth: per-user MFA is not on the Graph user object; this reads it from the beta API\n"
    "# (GET /beta/users/{id}/authentication/requirements), once per user, and gives it as MSOnline's\n"
    "# StrongAuthenticationRequirements.State did: 'Enabled', 'Enforced', or nothing when disabled.\n"
    "function ConvertTo-MsolMfaState([string]$UserId) {\n"
    "    if (-not $UserId) { return }\n"
    "    if ($null -eq $script:GraphMfaStates) { $script:GraphMfaStates = @{} }\n"
    "    if (-not $script:GraphMfaStates.ContainsKey($UserId)) {\n"
    "        $uri = '/beta/users/' + [uri]::EscapeDataString($UserId) + '/authentication/requirements'\n"
    "        $script:GraphMfaStates[$UserId] = (Invoke-MgGraphRequest -Method GET -Uri $uri)['perUserMfaState']\n"
    "    }\n"
    "    switch ($script:GraphMfaStates[$UserId]) {\n"
    "        'enabled' { 'Enabled' }\n"
    "        'enforced' { 'Enforced' }\n"
    "    }\n"
    "}\n\n";

/* Whether a call of the plan sets per-user MFA state (a helper that
 * remembers states would then answer with a stale one). */
static bool S_plan_sets_mfa(const psa_graph_plan *p) {
  for (uint32_t i = 0; i < p->call_count; i++)
    if (psa_command_arg(p->calls[i].cmd, "StrongAuthenticationRequirements")) return true;
  return false;
}

/* The helper that sets or clears one of a user's password policies and keeps
 * the others (PasswordPolicies is one string, "DisablePasswordExpiration,
 * DisableStrongPassword", or "None"), for MSOnline's -StrongPasswordRequired. */
static const char S_policy_helper[] =
    "# psauth: Graph keeps MSOnline's password settings in the user's PasswordPolicies string\n"
    "# ('DisablePasswordExpiration, DisableStrongPassword' or 'None'); this reads it and gives it\n"
    "# back with one policy set or cleared and the others kept.\n"
    "function ConvertTo-GraphPasswordPolicies([string]$UserId, [string]$Policy, [bool]$On) {\n"
    "    $now = (Get-MgUser -UserId $UserId -Property PasswordPolicies).PasswordPolicies\n"
    "    $policies = @(\"$now\" -split ',' | ForEach-Object { $_.Trim() } |\n"
    "        Where-Object { $_ -and $_ -ne 'None' -and $_ -ne $Policy })\n"
    "    if ($On) { $policies += $Policy }\n"
    "    if ($policies) { $policies -join ', ' } else { 'None' }\n"
    "}\n\n";

/* A string with variables in it and nothing else ("$name@contoso.com"):
 * evaluating it twice gives the same text and runs nothing ("$(...)", a
 * member read or a method call in it could). */
static bool S_plain_interp(const psa_value *v) {
  if (v->kind != PSA_V_INTERP || !v->item_count) return false;
  for (uint32_t i = 0; i < v->item_count; i++)
    if (!v->items[i] || (v->items[i]->kind != PSA_V_STRING && v->items[i]->kind != PSA_V_VARIABLE)) return false;
  return true;
}

/* The user a call names, as text that may be evaluated twice (a variable, a
 * literal, or a string of variables and text; $_.Id in a ForEach-Object):
 * NULL when it is another expression. */
static const char *S_user_id_text(psa_rule_ctx *ctx, psa_graph_plan *p, const S_call *c) {
  if (c->pipe_from >= 0) return "$_.Id";
  const psa_command *cmd = c->cmd;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const char *w = a->written ? a->written : a->param;
    const psa_gm_param *q = w ? psa_gm_param_find(c->map, w) : NULL;
    if (!q || q->kind != PSA_GM_RENAME || !q->to || strcmp(q->to, "UserId")) continue;
    const psa_value *v = a->value;
    if (a->via != PSA_BIND_NAMED || !v) return NULL;
    if (v->kind == PSA_V_VARIABLE || (v->kind == PSA_V_STRING && v->literal) || S_plain_interp(v))
      return S_text_with_reads(ctx, p, S_value_span(ctx, a));
    return NULL;
  }
  return NULL;
}

/* A member read compared with a literal the map knows ("$_.GroupMemberType
 * -ne 'User'"): the text that replaces ".Name -op 'literal'" and its range,
 * or NULL for any other form (another operator, a variable, an unknown
 * value). -eq and -ne compare without regard to case, as PowerShell does. */
static const char *S_compare_read(psa_rule_ctx *ctx, const psa_gm_prop *gp, const psa_value *member,
                                  psa_span *range) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  const char *name = psa_value_member(member);
  size_t n = name ? strlen(name) : 0;
  if (!n || member->span.end < n + 1 || member->span.end > len) return NULL;
  uint32_t dot = member->span.end - (uint32_t)n - 1;
  if (t[dot] != '.' || psa_strncasecmp(t + dot + 1, name, n)) return NULL;
  uint32_t q = member->span.end;
  while (q < len && (t[q] == ' ' || t[q] == '\t')) q++;
  static const char *const ops[] = {"-ieq", "-ine", "-eq", "-ne", NULL};
  const char *op = NULL;
  for (int i = 0; ops[i] && !op; i++) {
    size_t k = strlen(ops[i]);
    if (q + k < len && !psa_strncasecmp(t + q, ops[i], k) && (t[q + k] == ' ' || t[q + k] == '\t' ||
                                                              t[q + k] == '\'' || t[q + k] == '"')) {
      op = ops[i];
      q += (uint32_t)k;
    }
  }
  if (!op) return NULL;
  while (q < len && (t[q] == ' ' || t[q] == '\t')) q++;
  if (q >= len || (t[q] != '\'' && t[q] != '"')) return NULL;
  char quote = t[q];
  uint32_t start = ++q;
  while (q < len && t[q] != quote && t[q] != '$' && t[q] != '`' && t[q] != '\n') q++;
  if (q >= len || t[q] != quote) return NULL;
  size_t lit = q - start;
  /* the pairs: "Legacy=graph Legacy=graph" */
  for (const char *e = gp->cmp; *e;) {
    const char *eq = strchr(e, '=');
    if (!eq) return NULL;
    const char *end = eq + 1;
    while (*end && *end != ' ') end++;
    if ((size_t)(eq - e) == lit && !psa_strncasecmp(e, t + start, lit)) {
      range->start = dot;
      range->end = q + 1;
      bool ne = op[strlen(op) - 2] == 'n';
      return psa_ctx_printf(ctx, ".%s %s '%.*s'", gp->cmp_read, ne ? "-ne" : "-eq", (int)(end - eq - 1), eq + 1);
    }
    e = *end ? end + 1 : end;
  }
  return NULL;
}

/* A read two members deep that the map knows as a whole ("Licenses.AccountSkuId"):
 * the map's entry, with *end set past the second member; NULL otherwise. */
static const psa_gm_prop *S_deep_prop(psa_rule_ctx *ctx, const psa_gm_object *o, const char *name,
                                      psa_span read, uint32_t *end, bool *paren) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  uint32_t after = read.end;
  /* ($x.Licenses).AccountSkuId: the read alone in parentheses */
  *paren = false;
  if (after < len && t[after] == ')' && read.start > 0 && t[read.start - 1] == '(') {
    *paren = true;
    after++;
  }
  if (after >= len || t[after] != '.') return NULL;
  uint32_t q = after + 1;
  while (q < len && (isalnum((unsigned char)t[q]) || t[q] == '_')) q++;
  if (q == after + 1 || (q < len && t[q] == '(')) return NULL;
  /* three deep first ("Licenses.AccountSku.SkuPartNumber") */
  if (q < len && t[q] == '.') {
    uint32_t q2 = q + 1;
    while (q2 < len && (isalnum((unsigned char)t[q2]) || t[q2] == '_')) q2++;
    const psa_gm_prop *gp3 =
        q2 > q + 1 && (q2 >= len || t[q2] != '(')
            ? psa_gm_prop_find(o, psa_ctx_printf(ctx, "%s.%.*s", name, (int)(q2 - after - 1), t + after + 1))
            : NULL;
    if (gp3 && gp3->expr) {
      *end = q2;
      return gp3;
    }
  }
  const psa_gm_prop *gp =
      psa_gm_prop_find(o, psa_ctx_printf(ctx, "%s.%.*s", name, (int)(q - after - 1), t + after + 1));
  if (!gp || !gp->expr) return NULL;
  *end = q;
  return gp;
}

/* PowerShell single-quoted literal of a text. */
static const char *S_ps_single(psa_rule_ctx *ctx, const char *text) {
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_putc(&b, '\'');
  for (const char *q = text; *q; q++) {
    if (*q == '\'') psa_buf_putc(&b, '\'');
    psa_buf_putc(&b, *q);
  }
  psa_buf_putc(&b, '\'');
  const char *out = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return out;
}

/* A template with {0} replaced by 'value'. */
static const char *S_fill(psa_rule_ctx *ctx, const char *tmpl, const char *value) {
  psa_buf b;
  psa_buf_init(&b);
  for (const char *q = tmpl; *q; q++) {
    if (!strncmp(q, "{0}", 3)) {
      psa_buf_puts(&b, value);
      q += 2;
    } else {
      psa_buf_putc(&b, *q);
    }
  }
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return out;
}

typedef struct {
  uint32_t count;
  bool dynamic;
} S_filter;

/* Parenthesises a filter part when several are joined with 'and'. */
static const char *S_wrap(psa_rule_ctx *ctx, const char *part, uint32_t nparts) {
  return nparts > 1 ? psa_ctx_printf(ctx, "(%s)", part) : part;
}

/* The first filter argument is where -Filter goes; the others go. */
static void S_filter_arg(psa_rule_ctx *ctx, S_edits *e, psa_span *at, const psa_arg *a) {
  if (at->start == UINT32_MAX) *at = a->span;
  else S_edits_add(e, psa_fix_argument_span(ctx, a->span), "");
}

/* Adds one OData filter part as a PowerShell expression: a literal when the
 * value is constant (quotes doubled for OData), else 'tmpl' -f the value. */
static void S_filter_part_impl(psa_rule_ctx *ctx, psa_buf *b, S_filter *st, const char *tmpl,
                               const psa_value *v, const char *src) {
  const char *part;
  bool multi = st->count > 0;
  if (!v || !strstr(tmpl, "{0}")) {
    part = S_ps_single(ctx, tmpl);
  } else {
    /* a string written at the call goes in as text; a variable stays a
     * variable (the script may change it) */
    const char *s = v->kind == PSA_V_STRING ? psa_value_string(ctx->model, v) : NULL;
    if (s) {
      psa_buf q;
      psa_buf_init(&q);
      for (const char *c = s; *c; c++) {
        if (*c == '\'') psa_buf_putc(&q, '\'');
        psa_buf_putc(&q, *c);
      }
      part = S_ps_single(ctx, S_fill(ctx, tmpl, q.data ? q.data : ""));
      psa_buf_free(&q);
    } else {
      part = psa_ctx_printf(ctx, "(%s -f (%s -replace \"'\", \"''\"))", S_ps_single(ctx, tmpl),
                            src ? src : "$null");
      st->dynamic = true;
    }
  }
  if (multi) psa_buf_puts(b, " + ' and ' + ");
  psa_buf_puts(b, part);
  st->count++;
}

/* The edits that rewrite one exact call's name and arguments. */
/* Whether an id parameter names the object a Get-Mg<Noun> cmdlet returns
 * (<Noun>Id) rather than the object it lists under. */
static bool S_own_id(const char *cmdlet, const char *param) {
  const char *dash = strchr(cmdlet, '-');
  const char *noun = dash ? dash + 1 : cmdlet;
  if (!psa_strncasecmp(noun, "MgBeta", 6)) noun += 6;
  else if (!psa_strncasecmp(noun, "Mg", 2)) noun += 2;
  else if (!psa_strncasecmp(noun, "EntraBeta", 9)) noun += 9;
  else if (!psa_strncasecmp(noun, "Entra", 5)) noun += 5;
  size_t n = strlen(noun), k = strlen(param);
  if (k == n + 2 && !psa_strncasecmp(param, noun, n)) return true;
  /* a noun with a leading path segment: Get-MgIdentityConditionalAccessPolicy
   * -ConditionalAccessPolicyId (identity/conditionalAccess/policies/{id}) */
  return k > 2 && k - 2 < n && !psa_strncasecmp(param, noun + n - (k - 2), k - 2) &&
         isupper((unsigned char)noun[n - (k - 2)]);
}

/* The call that deletes a user the next statement purges keeps the user's
 * id first (Graph's deleted items are found by id only):
 *   $deletedUserId = (Get-MgUser -UserId X -Property Id).Id
 * on a line of its own before it, with the call's indentation. */
static void S_keep_deleted_id(psa_rule_ctx *ctx, const psa_graph_plan *p, S_call *c) {
  const S_call *purge = NULL;
  for (uint32_t i = 0; i < p->call_count && !purge; i++)
    if (p->calls[i].exact && p->calls[i].purge_of == (int)(c - p->calls)) purge = &p->calls[i];
  if (!purge) return;
  const psa_command *cmd = c->cmd;
  const psa_arg *upn = NULL;
  for (uint32_t j = 0; j < cmd->arg_count && !upn; j++) {
    const char *w = cmd->args[j].written ? cmd->args[j].written : cmd->args[j].param;
    const psa_gm_param *gp = w ? psa_gm_param_find(c->map, w) : NULL;
    if (gp && !strcmp(gp->from, "UserPrincipalName")) upn = &cmd->args[j];
  }
  if (!upn || !upn->value) return;
  const char *text = ctx->src->text;
  uint32_t line = cmd->span.start;
  while (line > 0 && text[line - 1] != '\n') line--;
  bool indent_only = true;
  for (uint32_t q = line; q < cmd->span.start; q++) indent_only &= text[q] == ' ' || text[q] == '\t';
  /* the fix engine writes "\n" as the file's line ending (engine/fix.c) */
  const char *sep = indent_only ? psa_ctx_printf(ctx, "\n%.*s", (int)(cmd->span.start - line), text + line)
                                : "; ";
  S_edits_add(&c->edits, (psa_span){cmd->span.start, cmd->span.start},
              psa_ctx_printf(ctx, "$%s = (Get-MgUser -UserId %s -Property Id).Id%s", purge->purge_var,
                             S_src(ctx, upn->value->span), sep));
}

/* The text a session probe's rewrite replaces, or an empty span: the
 * first statement of a try block that is Get-AzureADCurrentSessionInfo with
 * no arguments but common parameters (-ErrorAction Stop, -Verbose:$false)
 * and -WhatIf:$false / -Confirm:$false, alone or piped to Out-Null (the
 * rewrite writes nothing either, and throws when there is no session). */
static psa_span S_probe_span(psa_rule_ctx *ctx, const S_call *c) {
  const psa_command *cmd = c->cmd;
  psa_span none = {0, 0};
  if (!psa_command_is(cmd, "Get-AzureADCurrentSessionInfo") || c->pipe_from >= 0) return none;
  psa_command whole = *cmd; /* the statement, with its '| Out-Null' */
  whole.span = cmd->statement_span;
  if (!psa_graph_first_in_try(ctx->model, ctx->src->text, ctx->src->text_len, &whole)) return none;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const char *w = a->written ? a->written : a->param;
    if (!w || a->via != PSA_BIND_NAMED) return none;
    if (S_common_param(w) && psa_strcasecmp(w, "OutVariable") && psa_strcasecmp(w, "PipelineVariable") &&
        psa_strcasecmp(w, "ErrorVariable"))
      continue;
    if ((!psa_strcasecmp(w, "WhatIf") || !psa_strcasecmp(w, "Confirm")) && a->value && S_is_false(a->value))
      continue;
    return none;
  }
  if (cmd->span.end == cmd->statement_span.end && cmd->span.start == cmd->statement_span.start) return cmd->span;
  /* probe | Out-Null */
  const char *t = ctx->src->text;
  uint32_t q = cmd->span.end, e = cmd->statement_span.end;
  if (cmd->span.start != cmd->statement_span.start || e > ctx->src->text_len) return none;
  while (q < e && (t[q] == ' ' || t[q] == '\t')) q++;
  if (q >= e || t[q] != '|') return none;
  q++;
  while (q < e && (t[q] == ' ' || t[q] == '\t')) q++;
  if (e - q != 8 || psa_strncasecmp(t + q, "Out-Null", 8)) return none;
  return cmd->statement_span;
}

/* Why a Get-AzureADCurrentSessionInfo in a try, in a form the probe
 * rewrite does not take (its result assigned, piped elsewhere), needs a
 * person, or NULL: the AzureAD probe threw when no session exists, and
 * Get-MgContext / Get-EntraContext (target) return nothing instead, so a
 * catch around it would no longer run (S_probe_span gives the forms the
 * rewrite makes throw). Both targets ask it. */
static const char *S_probe_try_why(psa_rule_ctx *ctx, const S_call *c, const char *target) {
  const psa_command *cmd = c->cmd;
  if (!psa_command_is(cmd, "Get-AzureADCurrentSessionInfo") || S_probe_span(ctx, c).end) return NULL;
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->catch_count; i++)
    if (S_inside(m->catches[i].try_body, cmd->span))
      return psa_ctx_printf(ctx, "%s returns nothing instead of failing when no one is signed in, so "
                            "the catch on line %u would not run: write the check as "
                            "if (-not (%s)) { ... }", target, psa_line_of(ctx, m->catches[i].span.start), target);
  return NULL;
}

/* Edits of objects the file builds (licence, password-profile and MFA
 * requirement objects become hashtables): one per object however many
 * calls use it. */
static void S_read_edits_once(psa_graph_plan *p, const psa_span *spans, const char *const *texts, uint32_t n) {
  for (uint32_t k = 0; k < n; k++) {
    bool dup = false;
    for (uint32_t q = 0; q < p->read_edits.count && !dup; q++)
      dup = p->read_edits.items[q].range.start == spans[k].start && p->read_edits.items[q].range.end == spans[k].end;
    if (!dup) S_edits_add(&p->read_edits, spans[k], texts[k]);
  }
}

static void S_call_edits(psa_rule_ctx *ctx, psa_graph_plan *p, S_call *c) {
  const psa_command *cmd = c->cmd;
  const psa_gm_cmdlet *map = c->map;
  /* Entra: the *-Entra* cmdlets take the AzureAD parameter names */
  bool entra = p->entra && map->entra && strcmp(map->module, "MSOnline");
  const char *target = entra ? map->entra : c->graph ? c->graph : map->graph;
  psa_span name = cmd->name_span;
  if (cmd->module) name.start = cmd->span.start; /* MSOnline\Get-MsolUser */
  if (!psa_strcasecmp(map->legacy, "New-MsolLicenseOptions")) {
    /* the same -AccountSkuId / -DisabledPlans, now building Graph's entry */
    S_edits_add(&c->edits, name, S_licopts_helper_fn);
    c->licopts_helper = true;
    return;
  }
  psa_span probe = S_probe_span(ctx, c);
  if (probe.end > probe.start) {
    /* try { Get-AzureADCurrentSessionInfo } catch { Connect-AzureAD }: the
     * AzureAD probe fails when no session exists; Get-MgContext (and
     * Get-EntraContext) return nothing instead, so the catch would never
     * connect: the probe fails itself when there is no context */
    S_edits_add(&c->edits, probe, psa_ctx_printf(ctx, "if (-not (%s)) { throw 'Not connected' }", target));
    return;
  }
  /* the try's probe before a catch that signs in: Graph's missing sign-in
   * must stop the try, as the old module's error did; and an AzureAD call's
   * failure, which was terminating, must still reach the catch around it */
  /* MSOnline calls too (session 15, plan35, review20 19): whichever kind
   * MSOnline's errors were (no Microsoft source says), a try with a catch
   * around the call says the script meant its failure to reach the catch,
   * and Graph's non-terminating error never would: the try's next lines
   * ($status = "Success", a counter) ran on a failed request */
  bool stop = psa_plan_catch_probe_needs_stop(ctx->model, ctx->src->text, ctx->src->text_len, cmd) ||
              psa_graph_try_needs_stop(ctx->model, ctx->src->text, ctx->src->text_len, cmd);
  if (c->pipe_from >= 0 && !entra) {
    /* ... | Set-MsolUser -X v  ->  ... | ForEach-Object { Update-MgUser -UserId $_.Id -X v } */
    S_edits_add(&c->edits, name,
                psa_ctx_printf(ctx, "ForEach-Object { %s -%s $_.Id%s", target, c->pipe_id,
                               stop ? " -ErrorAction Stop" : ""));
  } else if (stop) {
    S_edits_add(&c->edits, name, psa_ctx_printf(ctx, "%s -ErrorAction Stop", target));
  } else {
    S_edits_add(&c->edits, name, target);
  }
  if (entra) {
    /* Entra's -All is a switch where AzureAD's took a boolean */
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *a = &cmd->args[i];
      const char *w = a->written ? a->written : a->param;
      if (a->via != PSA_BIND_NAMED || !w || psa_strcasecmp(w, "All") || !a->value) continue;
      if (S_is_false(a->value)) S_edits_add(&c->edits, psa_fix_argument_span(ctx, a->span), "");
      else if (S_is_true(a->value)) S_edits_add(&c->edits, a->span, "-All");
      else S_edits_add(&c->edits, a->span, psa_ctx_printf(ctx, "-All:%s", S_src(ctx, S_value_span(ctx, a))));
    }
    return;
  }
  bool has_add = false, has_remove = false, has_paging = false, identity = false, request = false;
  int sku_call = -1; /* the SKU read whose objects a licence parameter takes */
  S_filter filter_state = {0};
  psa_buf filter;
  psa_buf_init(&filter);
  psa_span filter_at = {UINT32_MAX, UINT32_MAX};
  const char *where = NULL;
  uint32_t nparts = 0;
  /* a client-side stage (-UnlicensedUsersOnly's Where-Object, or the
   * entry's own): the legacy limit counted the matching objects, so the
   * call reads every page and the limit goes after the stage
   * (-Top 500 | Where-Object would keep the matches among the first 500) */
  bool staged = map->where != NULL;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const char *w = cmd->args[i].written ? cmd->args[i].written : cmd->args[i].param;
    const psa_gm_param *q = w ? psa_gm_param_find(map, w) : NULL;
    const psa_gm_param *qa = c->alt && w ? psa_gm_param_find(c->alt, w) : NULL;
    if (q && (q->kind == PSA_GM_FILTER || q->kind == PSA_GM_ENABLED_FILTER)) nparts++;
    if ((qa ? qa : q) && (qa ? qa : q)->kind == PSA_GM_WHERE) staged = true;
  }
  const char *first_n = NULL; /* the limit after the stage: Select-Object -First */
  uint32_t end = cmd->name_span.end;
  psa_span moved = {UINT32_MAX, 0}; /* -pv/-ov, after the ForEach-Object's '}' */
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (c->pipe_from >= 0 && S_output_var_param(a)) {
      if (a->span.start < moved.start) moved.start = a->span.start;
      if (a->span.end > moved.end) moved.end = a->span.end;
      continue;
    }
    if (a->via == PSA_BIND_NAMED && a->span.end > end) end = a->span.end;
    const char *name_w = a->written ? a->written : a->param;
    const psa_gm_param *gp = name_w ? psa_gm_param_find(map, name_w) : NULL;
    /* a call that becomes another entry's cmdlet takes that entry's names */
    const psa_gm_param *alt_gp = c->alt && name_w ? psa_gm_param_find(c->alt, name_w) : NULL;
    /* the key names the one object: no paging */
    if (gp && gp->kind == PSA_GM_BY_KEY && alt_gp) identity = true;
    if (alt_gp) gp = alt_gp;
    if (!gp) continue;
    if (c->purge_var && !alt_gp && !strcmp(gp->from, "UserPrincipalName")) {
      /* the user principal name of a deleted user: the id kept before the deletion */
      const psa_gm_param *id = psa_gm_param_find(c->alt, "ObjectId");
      S_edits_add(&c->edits, a->span, psa_ctx_printf(ctx, "-%s $%s", id ? id->to : "DirectoryObjectId",
                                                     c->purge_var));
      continue;
    }
    if (gp->kind == PSA_GM_ALL || (gp->to && !psa_strcasecmp(gp->to, "Top"))) has_paging = true;
    /* the object's own id (Get-MgUser -UserId) asks for one object; a
     * parent's id (Get-MgGroupMember -GroupId) still lists, and pages */
    if (gp->to && strlen(gp->to) > 2 && !strcmp(gp->to + strlen(gp->to) - 2, "Id") &&
        gp->kind == PSA_GM_RENAME && S_own_id(target, gp->to))
      identity = true;
    if (a->via == PSA_BIND_SPLAT) {
      if (strcmp(gp->from, gp->to)) S_edits_add(&c->edits, a->param_span, gp->to);
      continue;
    }
    /* a value the rewrite moves into an expression keeps its command-mode reading */
    const char *val = !a->value ? NULL
                      : S_kind_embeds(gp->kind) && S_arg_movable(ctx, a)
                          ? S_arg_expr(ctx, p, a)
                          : S_text_with_reads(ctx, p, S_value_span(ctx, a));
    const char *text = NULL;
    switch (gp->kind) {
      case PSA_GM_RENAME:
        if (staged && val && !psa_strcasecmp(gp->to, "Top")) {
          first_n = val;
          text = "-All";
          break;
        }
        if (val && map->output && !psa_strcasecmp(gp->to, "Filter")) {
          const char *why = NULL;
          const char *t = S_translate_filter(ctx, map->output, val, &why);
          if (t) val = t;
        }
        text = val ? psa_ctx_printf(ctx, "-%s%s%s", gp->to, a->colon ? ":" : " ", val)
                   : psa_ctx_printf(ctx, "-%s", gp->to);
        break;
      case PSA_GM_SWITCH:
        text = !a->value || S_is_true(a->value) ? psa_ctx_printf(ctx, "-%s", gp->to)
                                                : psa_ctx_printf(ctx, "-%s:%s", gp->to, val);
        break;
      case PSA_GM_INVERT:
        if (!a->value || S_is_true(a->value)) text = psa_ctx_printf(ctx, "-%s:$false", gp->to);
        else if (S_is_false(a->value)) text = psa_ctx_printf(ctx, "-%s", gp->to);
        else text = psa_ctx_printf(ctx, "-%s:(-not %s)", gp->to, val);
        break;
      case PSA_GM_ALL:
        if (S_is_false(a->value)) {
          has_paging = false;
          S_edits_add(&c->edits, psa_fix_argument_span(ctx, a->span), "");
          continue;
        }
        text = !a->value || S_is_true(a->value) ? psa_ctx_printf(ctx, "-%s", gp->to)
                                                : psa_ctx_printf(ctx, "-%s:%s", gp->to, val);
        break;
      case PSA_GM_LICENSE_ADD:
        has_add = true;
        if (psa_command_arg(cmd, "LicenseOptions")) {
          /* the options' entry names the same SKU (psa_graph_licopts_why) */
          S_edits_add(&c->edits, psa_fix_argument_span(ctx, a->span), "");
          continue;
        }
        if (S_license_objects(ctx, p, a, &sku_call) > 0) {
          /* the SKU objects themselves: their SkuId */
          text = psa_ctx_printf(ctx, "-%s @(%s | ForEach-Object { @{SkuId = $_.SkuId} })", gp->to, val);
          break;
        }
        c->sku_helper = true;
        text = psa_ctx_printf(ctx, "-%s @(%s | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} })",
                              gp->to, val);
        break;
      case PSA_GM_LICENSE_REMOVE:
        has_remove = true;
        if (S_license_objects(ctx, p, a, &sku_call) > 0) {
          text = a->value->kind == PSA_V_VARIABLE
                     ? psa_ctx_printf(ctx, "-%s @(%s.SkuId)", gp->to, val)
                     : psa_ctx_printf(ctx, "-%s @(%s | ForEach-Object { $_.SkuId })", gp->to, val);
          break;
        }
        c->sku_helper = true;
        text = psa_ctx_printf(ctx, "-%s @(%s | ForEach-Object { ConvertTo-GraphSkuId $_ })", gp->to,
                              val);
        break;
      case PSA_GM_REF: {
        const char *s = a->value ? psa_value_string(ctx->model, a->value) : NULL;
        if (s && a->value->literal && !strchr(s, '\'') && !strchr(s, '$'))
          text = psa_ctx_printf(ctx, "-%s 'https://graph.microsoft.com/v1.0/directoryObjects/%s'",
                                gp->to, s);
        else
          text = psa_ctx_printf(ctx, "-%s \"https://graph.microsoft.com/v1.0/directoryObjects/$(%s)\"",
                                gp->to, val);
        break;
      }
      case PSA_GM_ENABLED_FILTER: {
        const char *s = psa_value_string(ctx->model, a->value);
        if (!psa_strcasecmp(s, "All")) {
          S_edits_add(&c->edits, psa_fix_argument_span(ctx, a->span), "");
          continue;
        }
        S_filter_part_impl(ctx, &filter, &filter_state,
                           S_wrap(ctx, psa_strcasecmp(s, "EnabledOnly") ? "accountEnabled eq false"
                                                                        : "accountEnabled eq true",
                                  nparts),
                           NULL, NULL);
        S_filter_arg(ctx, &c->edits, &filter_at, a);
        continue;
      }
      case PSA_GM_FILTER:
        S_filter_part_impl(ctx, &filter, &filter_state, S_wrap(ctx, gp->tmpl, nparts), a->value, val);
        S_filter_arg(ctx, &c->edits, &filter_at, a);
        continue;
      case PSA_GM_SEARCH: {
        const char *s = a->value && a->value->kind == PSA_V_STRING ? psa_value_string(ctx->model, a->value)
                                                                    : NULL;
        const char *q = s ? S_ps_single(ctx, S_fill(ctx, gp->tmpl, s))
                          : psa_ctx_printf(ctx, "(%s -f %s)", S_ps_single(ctx, gp->tmpl), val);
        text = psa_ctx_printf(ctx, "-%s %s%s%s", gp->to, q, gp->extra ? " " : "",
                              gp->extra ? gp->extra : "");
        break;
      }
      case PSA_GM_DROP:
      case PSA_GM_BY_KEY:       /* not reached: the other entry renames the key */
      case PSA_GM_DELETED_ITEM: /* the switch is the cmdlet now */
        S_edits_add(&c->edits, psa_fix_argument_span(ctx, a->span), "");
        continue;
      case PSA_GM_PASSWORD: {
        const psa_arg *force = psa_command_arg(cmd, gp->select);
        /* tmpl: the value as Graph's plain-text password (AzureAD took a SecureString) */
        const char *plain = gp->tmpl ? S_securestring_source(ctx, a) : NULL;
        text = psa_ctx_printf(ctx, "-%s @{Password = %s; ForceChangePasswordNextSignIn = %s}", gp->to,
                              plain ? plain : gp->tmpl ? S_fill(ctx, gp->tmpl, val) : val,
                              S_arg_movable(ctx, force) ? S_arg_expr(ctx, p, force)
                                                        : S_text_with_reads(ctx, p, S_value_span(ctx, force)));
        break;
      }
      case PSA_GM_FORCE_ONLY:
        text = psa_ctx_printf(ctx, "-%s @{ForceChangePasswordNextSignIn = $true}", gp->to);
        break;
      case PSA_GM_PERIOD: {
        /* -Days 30 -> -Period 'D30'; -Days $n -> -Period ('D{0}' -f $n), the
         * period Microsoft Entra PowerShell's own cmdlet builds from -Days */
        const char *lit = S_period_literal(ctx->model, a);
        text = lit ? psa_ctx_printf(ctx, "-%s %s", gp->to, S_ps_single(ctx, S_fill(ctx, gp->tmpl, lit)))
                   : psa_ctx_printf(ctx, "-%s (%s -f %s)", gp->to, S_ps_single(ctx, gp->tmpl), val);
        break;
      }
      case PSA_GM_URI: {
        /* the id goes into the path: a user principal name has '@' (and a
         * guest's '#EXT#'), so it is escaped as a path segment */
        const psa_value *v = a->value;
        const char *id = v && v->kind == PSA_V_STRING && v->literal
                             ? S_ps_single(ctx, psa_value_string(ctx->model, v)) : val;
        request = true;
        text = psa_ctx_printf(ctx, "%s%s-%s ('%s' + [uri]::EscapeDataString(%s))", gp->extra ? gp->extra : "",
                              gp->extra ? " " : "", gp->to, gp->tmpl, id);
        break;
      }
      case PSA_GM_NULL_BODY: {
        const psa_value *v = a->value;
        const char *key = v && v->kind == PSA_V_STRING && v->literal
                              ? S_ps_single(ctx, psa_value_string(ctx->model, v))
                              : psa_ctx_printf(ctx, "(%s)", val);
        request = true;
        text = psa_ctx_printf(ctx, "-%s @{%s = $null}", gp->to, key);
        break;
      }
      case PSA_GM_MFA_DISABLE: {
        if (!c->mfa_state) {
          text = psa_ctx_printf(ctx, "-%s %s", gp->to, gp->tmpl);
          break;
        }
        text = psa_ctx_printf(ctx, "-%s '%s'", gp->to, c->mfa_state);
        /* the requirement type leaves with MSOnline: its objects become hashtables */
        psa_span spans[PSA_GRAPH_MFAREQ_MAX];
        const char *texts[PSA_GRAPH_MFAREQ_MAX];
        uint32_t n = psa_graph_mfa_objects(ctx->model, spans, texts, PSA_GRAPH_MFAREQ_MAX);
        S_read_edits_once(p, spans, texts, n);
        break;
      }
      case PSA_GM_POLICY_OFF:
      case PSA_GM_POLICY_ON: {
        /* -StrongPasswordRequired $true clears DisableStrongPassword;
         * -PasswordNeverExpires $true sets DisablePasswordExpiration */
        bool off = gp->kind == PSA_GM_POLICY_OFF;
        const char *on = S_is_true(a->value)    ? (off ? "$false" : "$true")
                         : S_is_false(a->value) ? (off ? "$true" : "$false")
                         : off ? psa_ctx_printf(ctx, "(-not %s)", val) : val;
        c->policy_helper = true;
        text = psa_ctx_printf(ctx, "-%s (ConvertTo-GraphPasswordPolicies %s '%s' %s)", gp->to,
                              S_user_id_text(ctx, p, c), gp->tmpl, on);
        break;
      }
      case PSA_GM_ASSIGNED_LICENSES: {
        /* both lists: Set-MgUserLicense requires -AddLicenses and -RemoveLicenses */
        text = psa_ctx_printf(ctx, "-%s @(%s.AddLicenses) %s @(%s.RemoveLicenses)", gp->to, val, gp->extra, val);
        psa_span spans[PSA_GRAPH_LICENSE_MAX];
        const char *texts[PSA_GRAPH_LICENSE_MAX];
        uint32_t n = psa_graph_license_objects(ctx->model, spans, texts, PSA_GRAPH_LICENSE_MAX);
        S_read_edits_once(p, spans, texts, n);
        break;
      }
      case PSA_GM_PASSWORD_PROFILE: {
        /* the argument stays; the variable's object becomes a hashtable */
        psa_span spans[PSA_GRAPH_PWDPROFILE_MAX];
        const char *texts[PSA_GRAPH_PWDPROFILE_MAX];
        uint32_t n = psa_graph_pwdprofile_edits(ctx, ctx->model, a, spans, texts, PSA_GRAPH_PWDPROFILE_MAX);
        S_read_edits_once(p, spans, texts, n);
        break;
      }
      case PSA_GM_WHERE:
        where = gp->tmpl;
        S_edits_add(&c->edits, psa_fix_argument_span(ctx, a->span), "");
        continue;
      case PSA_GM_DIRECTORY_SETTING:
        /* the variable stays (its steps are the unit's edits, S_plan_make) */
        text = gp->select ? psa_ctx_printf(ctx, "-%s %s.%s", gp->to, val, gp->select)
                          : psa_ctx_printf(ctx, "-%s %s", gp->to, val);
        break;
      case PSA_GM_LICENSE_OPTIONS:
        has_add = true;
        text = psa_ctx_printf(ctx, "-%s @(%s)", gp->to, val);
        break;
      case PSA_GM_NONE:
        break;
    }
    if (text) S_edits_add(&c->edits, a->span, text);
  }
  if (filter.data) {
    /* every filter parameter's part, in one -Filter where the first was */
    S_edits_add(&c->edits, filter_at,
                filter_state.count > 1 || filter_state.dynamic
                    ? psa_ctx_printf(ctx, "-Filter (%s)", filter.data)
                    : psa_ctx_printf(ctx, "-Filter %s", filter.data));
  }
  psa_buf_free(&filter);
  psa_buf tail;
  psa_buf_init(&tail);
  if (has_add && !has_remove) psa_buf_puts(&tail, " -RemoveLicenses @()");
  if (has_remove && !has_add) psa_buf_puts(&tail, " -AddLicenses @()");
  if (map->paging && !has_paging && !identity) {
    /* the default limit ("-Top 500") with a stage: every page, then the limit */
    if (staged && !psa_strncasecmp(map->paging, "-Top ", 5)) {
      psa_buf_puts(&tail, " -All");
      first_n = map->paging + 5;
    } else {
      psa_buf_printf(&tail, " %s", map->paging);
    }
  }
  if (c->prop_count) {
    psa_buf_puts(&tail, " -Property ");
    for (uint32_t i = 0; i < c->prop_count; i++)
      psa_buf_printf(&tail, "%s%s", i ? ", " : "", c->props[i]);
  }
  /* a parameter's stage (-UnlicensedUsersOnly) or the cmdlet's own: one map
   * entry has at most one of them (checked on load) */
  if (!where) where = map->where;
  if (where) psa_buf_printf(&tail, " | %s", where);
  if (first_n) psa_buf_printf(&tail, " | Select-Object -First %s", first_n);
  if (c->alias_count) {
    /* reads through a variable that also holds the caller's legacy-shaped
     * objects keep their legacy names: the Graph objects get them too */
    psa_buf_puts(&tail, " | Select-Object *");
    for (uint32_t i = 0; i < c->alias_count; i++)
      psa_buf_printf(&tail, ", @{Name = '%s'; Expression = {$_.%s}}", c->alias[i]->from, c->alias[i]->to);
  }
  /* Invoke-MgGraphRequest writes the (empty) response; the legacy cmdlet wrote nothing */
  if (request) psa_buf_puts(&tail, " | Out-Null");
  if (c->pipe_from >= 0) psa_buf_puts(&tail, " }");
  if (moved.start != UINT32_MAX)
    S_edits_add(&c->edits, (psa_span){end, moved.end},
                psa_ctx_printf(ctx, "%s %s", tail.data ? tail.data : "", S_src(ctx, moved)));
  else if (tail.data)
    S_edits_add(&c->edits, (psa_span){end, end}, psa_ctx_printf(ctx, "%s", tail.data));
  psa_buf_free(&tail);
  S_keep_deleted_id(ctx, p, c);
}

static void S_add_prop(S_call *c, const char *name) {
  for (uint32_t i = 0; i < c->prop_count; i++)
    if (!psa_strcasecmp(c->props[i], name)) return;
  if (c->prop_count < S_MAX_PROPS) c->props[c->prop_count++] = name;
}

/* The first path segment of a property expression's target. */
static const char *S_first_segment(psa_rule_ctx *ctx, const char *s) {
  size_t n = strcspn(s, ".[ ");
  return psa_ctx_printf(ctx, "%.*s", (int)n, s);
}

/* Replaces "{}" in an expression with 'base'. */
static const char *S_expr(psa_rule_ctx *ctx, const char *expr, const char *base) {
  psa_buf b;
  psa_buf_init(&b);
  for (const char *q = expr; *q; q++) {
    if (q[0] == '{' && q[1] == '}') {
      psa_buf_puts(&b, base);
      q++;
    } else {
      psa_buf_putc(&b, *q);
    }
  }
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return out;
}

/* A consumer's property list where one name became a calculated property:
 * its other bare names are quoted ('Name'), as PowerShell's parser (and
 * psauth's) reads "@{...}, Name" only with the name quoted. */
static void S_quote_barewords(psa_rule_ctx *ctx, const psa_command *d, S_edits *out) {
  const psa_value *items[S_MAX_LIST];
  uint32_t n = S_property_items(ctx->src->text, d, items, S_MAX_LIST);
  if (n < 2) return;
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *v = items[i];
    const char *t = S_src(ctx, v->span);
    if (!t || !*t || t[0] == '\'' || t[0] == '"' || t[0] == '@' || t[0] == '$' || t[0] == '(') continue;
    bool edited = false;
    for (uint32_t k = 0; k < out->count && !edited; k++)
      edited = out->items[k].range.start == v->span.start && out->items[k].range.end == v->span.end;
    if (!edited) S_edits_add(out, v->span, psa_ctx_printf(ctx, "'%s'", t));
  }
}

/* ---- reads of the objects a property holds ------------------------------ */

/* The access right at 'at': ".Name" (not a method call) or, for a
 * dictionary, ['Name'] / ["Name"] with a plain name; its span in *acc. */
static const char *S_access_at(psa_rule_ctx *ctx, uint32_t at, bool keys, psa_span *acc) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  if (at >= len) return NULL;
  if (t[at] == '.') {
    uint32_t q = at + 1;
    while (q < len && (isalnum((unsigned char)t[q]) || t[q] == '_')) q++;
    if (q == at + 1 || (q < len && t[q] == '(')) return NULL;
    *acc = (psa_span){at, q};
    return psa_ctx_printf(ctx, "%.*s", (int)(q - at - 1), t + at + 1);
  }
  if (keys && t[at] == '[' && at + 1 < len && (t[at + 1] == '\'' || t[at + 1] == '"')) {
    char quote = t[at + 1];
    uint32_t q = at + 2;
    while (q < len && (isalnum((unsigned char)t[q]) || t[q] == '_')) q++;
    if (q == at + 2 || q + 1 >= len || t[q] != quote || t[q + 1] != ']') return NULL;
    *acc = (psa_span){at, q + 2};
    return psa_ctx_printf(ctx, "%.*s", (int)(q - at - 2), t + at + 2);
  }
  return NULL;
}

/* 'pattern' with its '*' (if any) replaced by 'name'. */
static const char *S_star(psa_rule_ctx *ctx, const char *pattern, const char *name) {
  const char *star = strchr(pattern, '*');
  if (!star) return pattern;
  return psa_ctx_printf(ctx, "%.*s%s%s", (int)(star - pattern), pattern, name, star + 1);
}

/* One read of an item (a licence, a dictionary key): the expression reading
 * the item starts at 'start' and 'at' is where the access follows (".Name",
 * ".Name.Sub", "['Name']"). Adds the edits; false (with c->why) when the read
 * has no exact equivalent. 'holder' names the legacy property for messages. */
static bool S_item_read(psa_rule_ctx *ctx, S_call *c, const psa_gm_object *io, const char *holder,
                        const char *unknown, uint32_t start, uint32_t at, S_edits *out) {
  psa_span acc, acc2;
  const char *name = S_access_at(ctx, at, io->dictionary, &acc);
  if (!name) {
    c->why = psa_ctx_printf(ctx, "the %s objects (line %u) are read in a form psauth does not follow", holder,
                            psa_line_of(ctx, at));
    return false;
  }
  /* two deep first (AccountSku.SkuPartNumber) */
  const char *sub = io->dictionary ? NULL : S_access_at(ctx, acc.end, false, &acc2);
  const psa_gm_prop *ip = sub ? psa_gm_prop_find(io, psa_ctx_printf(ctx, "%s.%s", name, sub)) : NULL;
  if (ip) {
    acc.end = acc2.end;
    name = psa_ctx_printf(ctx, "%s.%s", name, sub);
  } else {
    ip = psa_gm_prop_find(io, name);
  }
  /* a property Graph's item has under the legacy name (a credential's KeyId) */
  if (!ip && !io->dictionary && psa_gm_object_same(io, name)) return true;
  if (!ip || ip->none) {
    c->why = psa_ctx_printf(ctx, ".%s.%s (line %u): %s", holder, name, psa_line_of(ctx, at),
                            ip ? ip->none : unknown);
    return false;
  }
  if (psa_model_edit_in_nested(ctx->model, (psa_span){start, acc.end})) {
    c->why = psa_ctx_printf(ctx, "its .%s is read inside a string run as a script", holder);
    return false;
  }
  if (ip->select) S_add_prop(c, S_star(ctx, ip->select, name));
  if (ip->to) {
    const char *to = S_star(ctx, ip->to, name);
    if (strcmp(to, name)) S_edits_add(out, acc, psa_ctx_printf(ctx, ".%s", to));
    return true;
  }
  const char *hole = strstr(ip->expr, "{}");
  if (!hole || strstr(hole + 2, "{}")) {
    c->why = psa_ctx_printf(ctx, ".%s.%s (line %u) needs an expression psauth cannot place", holder, name,
                            psa_line_of(ctx, at));
    return false;
  }
  if (strstr(ip->expr, S_sku_name_helper_fn)) c->sku_name_helper = true;
  if (strstr(ip->expr, S_sku_part_helper_fn)) c->sku_part_helper = true;
  if (hole > ip->expr)
    S_edits_add(out, (psa_span){start, start}, psa_ctx_printf(ctx, "%.*s", (int)(hole - ip->expr), ip->expr));
  S_edits_add(out, acc, hole + 2);
  return true;
}

/* Every use of 'var', which holds the items, is a read of an item's
 * property ($l.AccountSkuId) or, with 'loops', the collection of a foreach
 * whose variable's uses all are: adds their edits; false (with c->why)
 * otherwise. 'assigns' is how many assignments the variable may have. */
static bool S_item_var(psa_rule_ctx *ctx, S_call *c, const psa_gm_object *io, const char *holder,
                       const char *unknown, const psa_variable *var, uint32_t assigns, bool loops, S_edits *out) {
  const psa_model *m = ctx->model;
  /* a loop variable of one foreach only (another loop's $l holds other
   * objects); a variable assigned once and no loop variable */
  uint32_t walks = 0;
  for (uint32_t i = 0; var && i < m->foreach_count; i++) walks += m->foreach_loops[i].var == var;
  if (var && walks != (assigns ? 0u : 1u)) {
    c->why = psa_ctx_printf(ctx, "$%s, which holds its %s objects, is also the variable of another foreach loop",
                            var->name, holder);
    return false;
  }
  /* an empty initialiser no read gets ($x = "" at the top) is no other value */
  if (!var || var->is_parameter || psa_fix_live_assigns(ctx, var) != assigns || var->entry_count) {
    /* the other value named is one that is not the call's own assignment */
    const psa_assignment *other = NULL;
    for (uint32_t i = 0; var && i < var->assign_count && !other; i++) {
      const psa_assignment *a = &var->assigns[i];
      bool own = c->cmd && a->span.start <= c->cmd->span.start && c->cmd->span.end <= a->span.end;
      if (!(own && assigns) && !psa_fix_dead_initialiser(ctx, var, i)) other = a;
    }
    c->why = psa_ctx_printf(ctx, "$%s, which holds its %s objects, is also assigned other values%s", var ? var->name : "",
                            holder, other ? psa_ctx_printf(ctx, " (line %u)", psa_line_of(ctx, other->span.start)) : "");
    return false;
  }
  uint32_t uses = 0;
  for (uint32_t j = 0; j < m->member_count; j++) {
    const psa_value *mv = m->members[j];
    const psa_value *b = mv->base;
    if (!b || b->kind != PSA_V_VARIABLE || psa_value_var(b) != var) continue;
    uses++;
    /* $x.AccountSkuId on the variable holding every licence reads them all
     * (member enumeration): the one-licence form would get a list. A
     * dictionary is one object (PowerShell does not enumerate it). */
    if (loops && !io->dictionary) {
      c->why = psa_ctx_printf(ctx, "$%s.%s (line %u) reads every one of its %s objects at once: psauth rewrites "
                              "the reads of one licence, in foreach ($l in $%s)", var->name,
                              psa_value_member(mv), psa_line_of(ctx, mv->span.start), holder, var->name);
      return false;
    }
    if (!S_item_read(ctx, c, io, holder, unknown, mv->span.start, b->span.end, out)) return false;
  }
  for (uint32_t i = 0; loops && i < m->foreach_count; i++) {
    const psa_value *col = m->foreach_loops[i].collection;
    if (!col || col->kind != PSA_V_VARIABLE || psa_value_var(col) != var) continue;
    uses++;
    if (!S_item_var(ctx, c, io, holder, unknown, m->foreach_loops[i].var, 0, false, out)) return false;
  }
  if (uses < var->ref_count) {
    c->why = psa_ctx_printf(ctx, "$%s, which holds its %s objects, is used other than by reading their "
                            "properties ($%s.Name)", var->name, holder, var->name);
    return false;
  }
  return true;
}

/* The variable assigned 'v' ($x = $u.Licenses), among those whose
 * members are read or that a foreach walks (a holder's only uses), or NULL. */
static const psa_variable *S_var_assigned(const psa_model *m, const psa_value *v) {
  for (uint32_t i = 0; i < m->member_count + m->foreach_count; i++) {
    const psa_value *b = i < m->member_count ? m->members[i]->base : m->foreach_loops[i - m->member_count].collection;
    const psa_variable *var = b && b->kind == PSA_V_VARIABLE ? psa_value_var(b) : NULL;
    for (uint32_t k = 0; var && k < var->assign_count; k++)
      if (var->assigns[k].value == v) return var;
  }
  return NULL;
}

/* The variable assigned once "@(<text from start to end>)", among those
 * whose members are read or that a foreach walks, or NULL. */
static const psa_variable *S_var_wrapping(psa_rule_ctx *ctx, uint32_t start, uint32_t end) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  for (uint32_t i = 0; i < m->member_count + m->foreach_count; i++) {
    const psa_value *b = i < m->member_count ? m->members[i]->base : m->foreach_loops[i - m->member_count].collection;
    const psa_variable *var = b && b->kind == PSA_V_VARIABLE ? psa_value_var(b) : NULL;
    const psa_value *v = var && var->assign_count == 1 ? var->assigns[0].value : NULL;
    if (!v || v->span.start + 2 > start || v->span.end < end + 1 || v->span.end > ctx->src->text_len ||
        t[v->span.start] != '@' || t[v->span.start + 1] != '(' || t[v->span.end - 1] != ')')
      continue;
    uint32_t a = v->span.start + 2, z = v->span.end - 1;
    while (a < start && isspace((unsigned char)t[a])) a++;
    while (z > end && isspace((unsigned char)t[z - 1])) z--;
    if (a == start && z == end) return var;
  }
  return NULL;
}

/* Reads of the objects a property holds, where the map knows each read
 * (gp->items): $u.ExtensionProperty['extension_..._x'] and
 * $u.ExtensionProperty.extension_..._x (a dictionary), a foreach over
 * $u.Licenses, a variable assigned $u.Licenses, or ... | Select-Object
 * -ExpandProperty Licenses assigned to a variable. The property becomes
 * gp->items_to and each read of an item its Graph form. 1: done; 0: not
 * such a read (the caller's message stands); -1: c->why says why not. */
static int S_items_exact(psa_rule_ctx *ctx, psa_graph_plan *p, S_call *c, const S_read *r,
                         const psa_gm_prop *gp, S_edits *out) {
  const psa_model *m = ctx->model;
  const psa_gm_object *io = gp->items_object;
  if (!io) return 0;
  /* the dictionary's keys come only with -Property, which the Entra
   * cmdlets are not given */
  if (io->dictionary && p->entra) return 0;
  const char *t = ctx->src->text;
  psa_span name_at = {0, 0};
  const psa_variable *holder = NULL;
  if (r->member) {
    const psa_value *v = r->member;
    size_t n = strlen(psa_value_member(v));
    name_at = (psa_span){v->span.end - (uint32_t)n, v->span.end};
    if (n >= v->span.end - v->span.start || t[name_at.start - 1] != '.' ||
        psa_strncasecmp(t + name_at.start, psa_value_member(v), n))
      return 0;
    uint32_t before = out->count;
    psa_span acc;
    const char *sub = S_access_at(ctx, v->span.end, io->dictionary, &acc);
    const psa_gm_prop *subp = sub && !io->dictionary ? psa_gm_prop_find(io, sub) : NULL;
    const psa_command *to = NULL;
    for (uint32_t i = 0; i < m->command_count && !to; i++)
      if (m->commands[i]->pipeline_input == v) to = m->commands[i];
    if (io->dictionary && sub) {
      /* $u.ExtensionProperty.extension_x: the key read directly */
      if (!S_item_read(ctx, c, io, r->name, gp->none, v->span.start, v->span.end, out)) return -1;
    } else if (subp && subp->none) {
      /* $u.Licenses.ServiceStatus: a read of every item the map has no form of */
      c->why = psa_ctx_printf(ctx, ".%s.%s (line %u): %s", r->name, sub, psa_line_of(ctx, v->span.start), subp->none);
      return -1;
    } else if (subp && subp->to && !io->dictionary) {
      /* $sp.KeyCredentials.EndDate: every item's property at once (member
       * enumeration), a plain rename in Graph */
      if (strcmp(subp->to, sub)) S_edits_add(out, acc, psa_ctx_printf(ctx, ".%s", subp->to));
    } else if (!subp && sub && !io->dictionary && psa_gm_object_same(io, sub)) {
      /* $sp.KeyCredentials.KeyId: the same name on Graph's items */
    } else if (to) {
      c->why = psa_ctx_printf(ctx, ".%s (line %u) goes to %s, whose reads of its objects psauth does not follow; "
                              "it rewrites their reads in a foreach loop or through a variable ($x.Name): %s",
                              r->name, psa_line_of(ctx, v->span.start), to->name, gp->none);
      return -1;
    } else {
      const psa_foreach *loop = NULL;
      for (uint32_t i = 0; i < m->foreach_count && !loop; i++)
        if (m->foreach_loops[i].collection == v) loop = &m->foreach_loops[i];
      if (!loop) holder = S_var_assigned(m, v);
      if (loop) {
        if (!S_item_var(ctx, c, io, r->name, gp->none, loop->var, 0, false, out)) return -1;
      } else if (holder) {
        if (!S_item_var(ctx, c, io, r->name, gp->none, holder, 1, true, out)) return -1;
      } else {
        out->count = before;
        return 0;
      }
    }
  } else {
    /* $x = ... | Select-Object -ExpandProperty Licenses */
    const psa_command *d = r->consumer;
    const psa_arg *ex = d && psa_command_is(d, "Select-Object") ? S_cmd_arg(d, "ExpandProperty") : NULL;
    if (!ex || !ex->value || ex->value->span.start != r->span.start || S_property_arg(d)) return 0;
    holder = d->assigned_to;
    const psa_value *hv = holder && holder->assign_count == 1 ? holder->assigns[0].value : NULL;
    if (!holder) {
      /* $x = @(... | Select-Object -ExpandProperty Licenses): the pipeline
       * alone in @() */
      const psa_value *first = d->pipeline_input;
      while (first && psa_value_cmd(first) && psa_value_cmd(first)->pipeline_input)
        first = psa_value_cmd(first)->pipeline_input;
      holder = first ? S_var_wrapping(ctx, first->span.start, d->span.end) : NULL;
      hv = holder ? holder->assigns[0].value : NULL;
    } else if (!hv || psa_value_cmd(hv) != d) {
      hv = NULL;
    }
    if (!hv) {
      c->why = psa_ctx_printf(ctx, "%s -ExpandProperty %s (line %u) hands its objects on other than to one "
                              "variable, whose reads psauth would follow: %s",
                              d->name, r->name, psa_line_of(ctx, d->span.start), gp->none);
      return -1;
    }
    if (!S_item_var(ctx, c, io, r->name, gp->none, holder, 1, true, out)) return -1;
    name_at = r->span;
    if (t[name_at.start] == '\'' || t[name_at.start] == '"') {
      name_at.start++;
      name_at.end--;
    }
  }
  /* a dictionary's keys are requested one by one (above), not the dictionary */
  if (!io->dictionary) S_add_prop(c, gp->items_to);
  S_edits_add(out, name_at, gp->items_to);
  return 1;
}

/* A read of Graph property 'name': beyond the object's basic ones it needs
 * the cmdlet's full_read permission. */
static void S_note_basic(S_call *c, const psa_gm_object *o, const char *name) {
  if (!o->basic_count || c->full) return;
  for (size_t i = 0; i < o->basic_count; i++)
    if (name && !psa_strcasecmp(o->basic[i], name)) return;
  c->full = true;
}

/* Whether d is "Select-Object -ExpandProperty <name>" with nothing else
 * (no -Property, -First, -Unique ...) and 'name' the expanded name: the
 * whole command can become a ForEach-Object that computes the value. */
static bool S_expand_alone(const psa_command *d, psa_span name) {
  if (!psa_command_is(d, "Select-Object") || d->arg_count != 1) return false;
  const psa_arg *ex = S_cmd_arg(d, "ExpandProperty");
  return ex && ex->via == PSA_BIND_NAMED && ex->value && ex->value->span.start == name.start &&
         ex->value->span.end == name.end;
}

/* ---- a sub-object list read as text ---------------------------------------
 * AzureAD's AssignedLicenses are objects whose text carried the SkuId, so
 * scripts compare the list itself: $_.AssignedLicenses -match $Sku.SkuId.
 * Graph PowerShell's items (MicrosoftGraphAssignedLicense) are other objects
 * whose text psauth has no source for, so a same-name read of a property
 * holding objects (the map's "subs") that is compared or used as text is not
 * the same read. A -match / -notmatch, or a -like / -notlike whose pattern is
 * a string with * at both ends, whose result is used only as a truth value,
 * compares the item property the map names instead: the comparison filters
 * the items one by one and its result is true when any is left, on the
 * legacy objects' text as on the key strings. */

typedef enum { S_TEXT_NONE, S_TEXT_TRUTH, S_TEXT_OTHER } S_text_use;

static bool S_blank(char ch) { return ch == ' ' || ch == '\t'; }

/* Whether t[q..] starts the word w (case-insensitively), followed by a
 * character that cannot continue it. */
static bool S_word_at(const char *t, size_t len, uint32_t q, const char *w) {
  size_t k = strlen(w);
  return q + k <= len && !psa_strncasecmp(t + q, w, k) && (q + k == len || !S_ident_char(t[q + k]));
}

/* The comparison operator at t[q..] ("-match", "-inotlike" ...), its length
 * in *n, or NULL; *like set for the -like family, *text_only for the
 * operators that compare text (match and like). */
static const char *S_cmp_op_at(const char *t, size_t len, uint32_t q, size_t *n, bool *like, bool *text_only) {
  static const char *const ops[] = {"match", "notmatch", "like", "notlike", "eq", "ne", "contains", "notcontains",
                                    "in", "notin", "gt", "ge", "lt", "le", "replace", "split", NULL};
  if (q >= len || t[q] != '-') return NULL;
  uint32_t at = q + 1;
  if (at < len && (t[at] == 'i' || t[at] == 'I' || t[at] == 'c' || t[at] == 'C')) {
    for (int i = 0; ops[i]; i++)
      if (S_word_at(t, len, at + 1, ops[i])) {
        at++;
        break;
      }
  }
  for (int i = 0; ops[i]; i++)
    if (S_word_at(t, len, at, ops[i])) {
      *n = at - q + strlen(ops[i]);
      *like = strstr(ops[i], "like") != NULL;
      *text_only = *like || strstr(ops[i], "match") != NULL;
      return ops[i];
    }
  return NULL;
}

/* The end of one simple operand at t[q..]: a quoted string, a variable with
 * member and index accesses, or a parenthesized expression; 0 otherwise.
 * *starred: a string whose text starts and ends with '*'. */
static uint32_t S_operand_end(const char *t, size_t len, uint32_t q, bool *starred) {
  *starred = false;
  if (q >= len) return 0;
  if (t[q] == '\'' || t[q] == '"') {
    char quote = t[q];
    int depth = 0;
    uint32_t e = q + 1;
    for (; e < len && t[e] != '\n'; e++) {
      if (quote == '"' && t[e] == '`') { e++; continue; }
      if (quote == '"' && t[e] == '$' && e + 1 < len && t[e + 1] == '(') { depth++; e++; continue; }
      if (depth && t[e] == ')') { depth--; continue; }
      if (!depth && t[e] == quote) break;
    }
    if (e >= len || t[e] != quote) return 0;
    *starred = e - q >= 3 && t[q + 1] == '*' && t[e - 1] == '*';
    return e + 1;
  }
  uint32_t e = q;
  if (t[e] == '$') {
    e++;
    while (e < len && (S_ident_char(t[e]) || t[e] == ':')) e++;
  } else if (t[e] != '(') {
    return 0;
  }
  for (;;) {
    if (e < len && t[e] == '.' && e + 1 < len && S_ident_char(t[e + 1])) {
      e++;
      while (e < len && S_ident_char(t[e])) e++;
    } else if (e < len && (t[e] == '[' || t[e] == '(')) {
      char open = t[e], close = open == '[' ? ']' : ')';
      int depth = 0;
      for (; e < len && t[e] != '\n'; e++) {
        if (t[e] == open) depth++;
        else if (t[e] == close && !--depth) break;
      }
      if (e >= len || t[e] != close) return 0;
      e++;
    } else {
      return e > q + 1 || (e > q && t[q] == '(') ? e : 0;
    }
  }
}

/* Whether the text before 'at' (blanks skipped) ends a boolean operator
 * (-and, -or, -xor, -not, !), whose operands are truth values. */
static bool S_bool_op_before(const char *t, uint32_t at) {
  uint32_t q = at;
  while (q > 0 && S_blank(t[q - 1])) q--;
  if (q > 0 && t[q - 1] == '!') return true;
  static const char *const ops[] = {"-and", "-or", "-xor", "-not", NULL};
  for (int i = 0; ops[i]; i++) {
    size_t k = strlen(ops[i]);
    if (q >= k && !psa_strncasecmp(t + q - k, ops[i], k) && (q == k || !S_ident_char(t[q - k - 1])) &&
        q < at)
      return true;
  }
  return false;
}

/* Whether the opening character at t[open] ('{' or '(') holds a truth
 * value: a Where-Object script block, or the condition of if / elseif /
 * while / until. */
static bool S_truth_container(const char *t, uint32_t open) {
  uint32_t q = open;
  while (q > 0 && S_blank(t[q - 1])) q--;
  uint32_t e = q;
  while (q > 0 && (S_ident_char(t[q - 1]) || t[q - 1] == '-' || t[q - 1] == '?')) q--;
  size_t k = e - q;
  if (t[open] == '{') {
    if (k == 1 && t[q] == '?') return true;
    return (k == 5 && !psa_strncasecmp(t + q, "where", 5)) ||
           (k == 12 && !psa_strncasecmp(t + q, "Where-Object", 12)) ||
           (k == 13 && !psa_strncasecmp(t + q, "-FilterScript", 13));
  }
  return (k == 2 && !psa_strncasecmp(t + q, "if", 2)) || (k == 6 && !psa_strncasecmp(t + q, "elseif", 6)) ||
         (k == 5 && !psa_strncasecmp(t + q, "while", 5)) || (k == 5 && !psa_strncasecmp(t + q, "until", 5));
}

/* How the member read v (base.Name) is used as text: not at all, in a
 * -match / -like comparison whose result is only a truth value (*end: the
 * end of that comparison), or otherwise (*how: the use). */
static S_text_use S_sub_text_use(const psa_rule_ctx *ctx, const psa_value *v, uint32_t *end, const char **how) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  uint32_t start = v->span.start, q = v->span.end;
  /* a read of the items' own properties ($u.AssignedLicenses.SkuId) */
  if (q < len && (t[q] == '.' || t[q] == '[')) return S_TEXT_NONE;
  /* inside an expandable string ("... $($u.AssignedLicenses) ..."): an odd
   * number of double quotes before it on its line */
  uint32_t bol = start;
  while (bol > 0 && t[bol - 1] != '\n') bol--;
  uint32_t quotes = 0;
  bool single = false;
  for (uint32_t i = bol; i < start; i++) {
    if (t[i] == '\'' && !(quotes & 1)) single = !single;
    else if (t[i] == '`') i++;
    else if (t[i] == '"' && !single) quotes++;
  }
  if (quotes & 1) {
    *how = "put in a string";
    return S_TEXT_OTHER;
  }
  /* the right operand of a comparison ($sku -in $u.AssignedLicenses) */
  uint32_t b = start;
  while (b > 0 && S_blank(t[b - 1])) b--;
  uint32_t w = b;
  while (w > 0 && S_ident_char(t[w - 1])) w--;
  size_t n;
  bool like, text_only, starred;
  if (w > 0 && t[w - 1] == '-' && w < b && S_cmp_op_at(t, len, w - 1, &n, &like, &text_only) && w - 1 + n == b) {
    /* $null -ne $u.AssignedLicenses: whether there are items, not their text */
    uint32_t l = w - 1;
    while (l > 0 && S_blank(t[l - 1])) l--;
    if (l >= 5 && !psa_strncasecmp(t + l - 5, "$null", 5) && !text_only) return S_TEXT_NONE;
    *how = "compared";
    return S_TEXT_OTHER;
  }
  while (q < len && S_blank(t[q])) q++;
  const char *op = S_cmp_op_at(t, len, q, &n, &like, &text_only);
  if (!op) return S_TEXT_NONE;
  uint32_t r = q + (uint32_t)n;
  while (r < len && S_blank(t[r])) r++;
  /* .AssignedLicenses -ne $null: the items that are not null, not their text */
  if (!text_only && S_word_at(t, len, r, "$null")) return S_TEXT_NONE;
  uint32_t e = S_operand_end(t, len, r, &starred);
  *how = "compared as text";
  if (!text_only || !e || (like && !starred)) return S_TEXT_OTHER;
  /* the result goes only to a truth value */
  uint32_t f = e;
  while (f < len && S_blank(t[f])) f++;
  bool bool_after = S_word_at(t, len, f, "-and") || S_word_at(t, len, f, "-or") || S_word_at(t, len, f, "-xor");
  bool truth = bool_after || S_bool_op_before(t, start);
  /* the only statement of its block or condition, on lines of its own too */
  uint32_t ob = b, cf = f;
  while (ob > 0 && (S_blank(t[ob - 1]) || t[ob - 1] == '\n' || t[ob - 1] == '\r')) ob--;
  while (cf < len && (S_blank(t[cf]) || t[cf] == '\n' || t[cf] == '\r')) cf++;
  if (!truth && ob > 0 && (t[ob - 1] == '{' || t[ob - 1] == '(') && cf < len &&
      t[cf] == (t[ob - 1] == '{' ? '}' : ')'))
    truth = S_truth_container(t, ob - 1);
  if (!truth) return S_TEXT_OTHER;
  *end = e;
  return S_TEXT_TRUTH;
}

/* Decides the property reads of one call; returns false (with why) when
 * one has no exact equivalent. Read edits go to the plan. */
static bool S_reads_exact(psa_rule_ctx *ctx, psa_graph_plan *p, uint32_t ci, S_edits *out) {
  S_call *c = &p->calls[ci];
  /* a call that becomes another entry's cmdlet returns that entry's objects
   * (Get-MsolUser -ReturnDeletedUsers: deleted users) */
  const psa_gm_object *o = c->alt && c->alt->output ? c->alt->output : c->map->output;
  if (!o) return true;
  const psa_command *quote[16];
  uint32_t nquote = 0;
  for (uint32_t i = 0; i < p->read_count; i++) {
    const S_read *r = &p->reads[i];
    if (r->call != ci || S_ignored_member(r->name) || S_added_name(c, r->name)) continue;
    if (psa_model_edit_in_nested(ctx->model, r->span) || r->span.end > ctx->src->text_len) {
      c->why = psa_ctx_printf(ctx, "its .%s is read inside a string run as a script", r->name);
      return false;
    }
    const psa_gm_prop *gp = psa_gm_prop_find(o, r->name);
    const char *same = psa_gm_object_same(o, r->name);
    if (!gp && (same || o->passthrough)) {
      const char *key = NULL;
      if (same && r->member && psa_gm_object_sub(o, same, &key)) {
        uint32_t end = 0;
        const char *how = NULL;
        S_text_use use = S_sub_text_use(ctx, r->member, &end, &how);
        if (use == S_TEXT_TRUTH && key) {
          /* @(...) keeps a list when one licence or none is left, as
           * the legacy list was: $null -notmatch 'x' would be true */
          S_edits_add(out, (psa_span){r->member->span.start, r->member->span.start}, "@(");
          S_edits_add(out, (psa_span){r->member->span.end, r->member->span.end},
                      psa_ctx_printf(ctx, ".%s)", key));
        } else if (use != S_TEXT_NONE) {
          c->why = key ? psa_ctx_printf(ctx, ".%s (line %u) is %s: Microsoft Graph's %s items are other objects, "
                                        "whose text psauth does not know; compare .%s.%s instead",
                                        r->name, psa_line_of(ctx, r->span.start), how, same, same, key)
                       : psa_ctx_printf(ctx, ".%s (line %u) is %s: Microsoft Graph's %s items are other objects, "
                                        "whose text psauth does not know; compare one of their properties",
                                        r->name, psa_line_of(ctx, r->span.start), how, same);
          return false;
        }
      }
      if (same) S_add_prop(c, same);
      S_note_basic(c, o, same ? same : r->name);
      continue;
    }
    if (!gp) {
      c->why = psa_ctx_printf(ctx, ".%s (line %u) has no known Microsoft Graph equivalent", r->name,
                              psa_line_of(ctx, r->span.start));
      return false;
    }
    if (!r->member && !r->consumer && (gp->none || !gp->to)) {
      /* (call).X the model does not give: only a plain rename is placed */
      c->why = gp->none ? psa_ctx_printf(ctx, ".%s (line %u): %s", r->name, psa_line_of(ctx, r->span.start), gp->none)
                        : psa_ctx_printf(ctx, ".%s (line %u) is written in a form psauth cannot edit", r->name,
                                         psa_line_of(ctx, r->span.start));
      return false;
    }
    uint32_t deep_end = 0;
    bool deep_paren = false;
    if (gp->none && r->member) {
      const psa_gm_prop *deep = S_deep_prop(ctx, o, r->name, r->member->span, &deep_end, &deep_paren);
      if (deep) gp = deep;
      else deep_paren = false;
    }
    if (gp->none && gp->items && !deep_end) {
      /* the objects it holds, read one by one ($l.AccountSkuId) */
      int done = S_items_exact(ctx, p, c, r, gp, out);
      if (done < 0) return false;
      if (done > 0) continue;
    }
    if (gp->cmp && r->member && !deep_end) {
      /* $_.GroupMemberType -ne "User": the comparison has a Graph form (a
       * property with an expression too compares Graph's value directly) */
      psa_span range;
      const char *text = S_compare_read(ctx, gp, r->member, &range);
      if (text) {
        S_edits_add(out, range, text);
        continue;
      }
    }
    if (gp->none) {
      c->why = psa_ctx_printf(ctx, ".%s (line %u): %s", r->name, psa_line_of(ctx, r->span.start),
                              gp->none);
      return false;
    }
    if (gp->limited) c->limited = true;
    if (gp->limited_read) c->limited_read = gp->limited_read;
    if (gp->expr && strstr(gp->expr, S_sku_name_helper_fn)) c->sku_name_helper = true;
    if (gp->expr && strstr(gp->expr, S_sku_part_helper_fn)) c->sku_part_helper = true;
    if (gp->expr && strstr(gp->expr, S_mfa_helper_fn)) c->mfa_helper = true;
    const char *sel = gp->select ? gp->select : gp->to ? gp->to : NULL;
    if (!sel && gp->expr) {
      const char *dot = strstr(gp->expr, "{}.");
      sel = dot ? S_first_segment(ctx, dot + 3) : NULL;
    }
    if (sel && strcmp(sel, "AdditionalProperties")) S_add_prop(c, sel);
    S_note_basic(c, o, sel ? sel : r->name);
    if (r->member) {
      /* edit around the base, never inside it: the base may be a call
       * that is rewritten too, (Get-AzureADGroupMember ...).DisplayName */
      const psa_value *v = r->member;
      size_t n = strlen(psa_value_member(v));
      psa_span at = {v->span.end - (uint32_t)n, v->span.end};
      const char *written = n < v->span.end - v->span.start ? S_src(ctx, at) : NULL;
      if (!written || psa_strcasecmp(written, psa_value_member(v)) ||
          ctx->src->text[at.start - 1] != '.') {
        c->why = psa_ctx_printf(ctx, ".%s (line %u) is written in a form psauth cannot edit", r->name,
                                psa_line_of(ctx, r->span.start));
        return false;
      }
      if (deep_end) at.end = deep_end;
      if (gp->to && deep_paren) {
        c->why = psa_ctx_printf(ctx, ".%s (line %u) is written in a form psauth cannot edit", r->name,
                                psa_line_of(ctx, r->span.start));
        return false;
      }
      if (gp->to) {
        S_edits_add(out, at, gp->to);
        continue;
      }
      /* prefix{}suffix: the prefix goes before the access, the suffix
       * replaces ".Name" ("{}.Prop" or a pipeline over the base) */
      const char *hole = strstr(gp->expr, "{}");
      if (!hole || strstr(hole + 2, "{}")) {
        c->why = psa_ctx_printf(ctx, ".%s (line %u) needs an expression psauth cannot place", r->name,
                                psa_line_of(ctx, r->span.start));
        return false;
      }
      if (hole > gp->expr)
        S_edits_add(out, (psa_span){v->span.start, v->span.start},
                    psa_ctx_printf(ctx, "%.*s", (int)(hole - gp->expr), gp->expr));
      /* the suffix replaced the read's closing parenthesis too */
      S_edits_add(out, (psa_span){at.start - 1, at.end},
                  psa_ctx_printf(ctx, "%s%s", hole + 2, deep_paren ? ")" : ""));
      continue;
    }
    if (!r->consumer) {
      /* (call).X after the parentheses: the name itself */
      S_edits_add(out, r->span, gp->to);
      continue;
    }
    /* a property name string given to a consumer */
    const psa_command *d = r->consumer;
    const char *e = gp->to ? psa_ctx_printf(ctx, "$_.%s", gp->to) : S_expr(ctx, gp->expr, "$_");
    const char *name = r->name;
    bool renames = psa_command_is(d, "Select-Object") || psa_command_is(d, "Format-Table") ||
                   psa_command_is(d, "Format-List") || psa_command_is(d, "Export-Csv");
    if (renames && !S_cmd_arg(d, "ExpandProperty")) {
      S_edits_add(out, r->span, psa_ctx_printf(ctx, "@{Name = '%s'; Expression = {%s}}", name, e));
      if (nquote < 16) quote[nquote++] = d;
    } else if (psa_command_is(d, "Sort-Object") || psa_command_is(d, "Group-Object")) {
      S_edits_add(out, r->span, psa_ctx_printf(ctx, "{%s}", e));
      if (nquote < 16) quote[nquote++] = d;
    }
    else if (gp->to)
      S_edits_add(out, r->span, psa_ctx_printf(ctx, "'%s'", gp->to));
    else if (S_expand_alone(d, r->span))
      /* -ExpandProperty takes a name, not a script block: the values
       * come from ForEach-Object, whose $null results Select-Object
       * would not have passed on (it skips a property whose value is
       * $null, and one the object lacks) */
      S_edits_add(out, d->span,
                  psa_ctx_printf(ctx, "ForEach-Object {%s} | Where-Object {$null -ne $_}", e));
    else {
      const psa_arg *ex = S_cmd_arg(d, "ExpandProperty");
      bool expanded = ex && ex->value && ex->value->span.start == r->span.start;
      c->why = expanded ? psa_ctx_printf(ctx, "%s -ExpandProperty %s with other parameters: compute it in a "
                                         "script block (ForEach-Object)", d->name, name)
                        : psa_ctx_printf(ctx, "%s -Property %s: compute it in a script block", d->name, name);
      return false;
    }
  }
  for (uint32_t i = 0; i < nquote; i++) S_quote_barewords(ctx, quote[i], out);
  return true;
}

/* Whether the Entra cmdlet's objects answer a read of the legacy property
 * 'name' under that name: a Graph property of that name (the map's "same",
 * read case-insensitively), a property the Entra cmdlet adds (entraAdds:
 * ObjectId = Id ...), or, on objects carrying the REST response's properties
 * as their own (entraFlat), one the map reads as AdditionalProperties.<name>. */
static bool S_entra_answers(const psa_gm_cmdlet *map, const char *name) {
  const psa_gm_object *o = map->output;
  if (S_ignored_member(name) || o->passthrough || psa_gm_object_same(o, name)) return true;
  for (size_t i = 0; i < map->entra_add_count; i++)
    if (!psa_strcasecmp(map->entra_adds[i], name)) return true;
  const psa_gm_prop *gp = map->entra_flat ? psa_gm_prop_find(o, name) : NULL;
  static const char lead[] = "{}.AdditionalProperties.";
  return gp && gp->expr && !gp->none && !strncmp(gp->expr, lead, sizeof(lead) - 1) &&
         !psa_strcasecmp(gp->expr + sizeof(lead) - 1, name);
}

/* Why an Entra rewrite of call ci is not exact for what the script reads of
 * its objects (NULL: it is). The Entra cmdlets keep the AzureAD parameter
 * names but not the output: their objects are Graph's with a few added
 * properties (entraAdds), so a read of any other AzureAD name comes back
 * empty (ObjectType, CreationTimestamp ...). A cmdlet whose output psauth
 * has not recorded, with objects the script reads, needs a person; so do
 * objects going whole to a sink or on to reads psauth does not follow. */
static const char *S_entra_reads_why(psa_rule_ctx *ctx, const psa_graph_plan *p, uint32_t ci) {
  const S_call *c = &p->calls[ci];
  const psa_gm_cmdlet *map = c->map;
  for (uint32_t i = 0; i < p->read_count; i++) {
    const S_read *r = &p->reads[i];
    if (r->call != ci || S_added_name(c, r->name)) continue;
    if (!map->output)
      return psa_ctx_printf(ctx, "psauth has no record of the properties of %s's objects, and the script reads "
                            ".%s (line %u)", map->entra, r->name, psa_line_of(ctx, r->span.start));
    const char *sub = map->output ? psa_gm_object_same(map->output, r->name) : NULL;
    const char *how = NULL;
    uint32_t end = 0;
    if (sub && r->member && psa_gm_object_sub(map->output, sub, NULL) &&
        S_sub_text_use(ctx, r->member, &end, &how) != S_TEXT_NONE)
      return psa_ctx_printf(ctx, ".%s (line %u) is %s: %s's %s items are Microsoft Graph's objects, whose text "
                            "psauth does not know; compare one of their properties", r->name,
                            psa_line_of(ctx, r->span.start), how ? how : "used as text", map->entra, sub);
    if (!S_entra_answers(map, r->name))
      return psa_ctx_printf(ctx, ".%s (line %u): %s's objects have Graph's property names%s%s%s, so it would "
                            "be empty", r->name, psa_line_of(ctx, r->span.start), map->entra,
                            map->entra_add_count ? " and add only " : " and add none of AzureAD's",
                            map->entra_add_count ? map->entra_adds[0] : "",
                            map->entra_add_count > 1 ? " and a few others" : "");
  }
  if (c->sink) return c->sink;
  if (c->unfollowed) return c->unfollowed;
  if (c->shared_read)
    return psa_ctx_printf(ctx, "%s reads a variable that also holds other values, which psauth does not follow",
                          c->shared_read);
  return NULL;
}

/* ---- the plan ------------------------------------------------------------ */

/* Each command's consumer in its pipeline, found by binary search over the
 * consumed commands' addresses (S_each_outputs asks for many). */
typedef struct {
  const psa_command *cmd, *consumer;
} S_pipe_pair;

typedef struct {
  S_pipe_pair *pairs;
  uint32_t count;
} S_pipes;

static int S_pipe_cmp(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)((const S_pipe_pair *)a)->cmd, y = (uintptr_t)((const S_pipe_pair *)b)->cmd;
  return x < y ? -1 : x > y;
}

static void S_pipes_make(S_pipes *ix, const psa_model *m) {
  ix->pairs = psa_xmalloc((m->command_count ? m->command_count : 1) * sizeof(*ix->pairs));
  ix->count = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_value *in = m->commands[i]->pipeline_input;
    if (in && in->kind == PSA_V_COMMAND && psa_value_cmd(in))
      ix->pairs[ix->count++] = (S_pipe_pair){psa_value_cmd(in), m->commands[i]};
  }
  qsort(ix->pairs, ix->count, sizeof(*ix->pairs), S_pipe_cmp);
}

/* The command that consumes 'c' in its pipeline, or NULL. */
static const psa_command *S_consumer_of(const S_pipes *ix, const psa_command *c) {
  uint32_t lo = 0, hi = ix->count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if ((uintptr_t)ix->pairs[mid].cmd < (uintptr_t)c) lo = mid + 1;
    else hi = mid;
  }
  return lo < ix->count && ix->pairs[lo].cmd == c ? ix->pairs[lo].consumer : NULL;
}

/* Whether a command's output is the output of its statement (written to
 * where the statement's output goes): the end of its pipeline, not assigned,
 * not an argument or part of an expression. */
static bool S_writes_output(const S_pipes *ix, const psa_command *c) {
  return !c->assigned_to && c->span.end == c->statement_span.end && !S_consumer_of(ix, c);
}

/* Commands whose output, in a script block, is not the block's: they write
 * to the host or a file, or discard. */
static bool S_no_output(const psa_command *c) {
  static const char *const names[] = {"Write-Host",        "Write-Verbose", "Write-Warning",
                                      "Write-Debug",       "Write-Information", "Write-Progress",
                                      "Out-Null",          "Out-File",      "Export-Csv",
                                      "Set-Content",       "Add-Content",   "Start-Sleep",
                                      NULL};
  for (int i = 0; names[i]; i++)
    if (psa_command_is(c, names[i])) return true;
  return false;
}

/* Whether a ForEach-Object's script block writes nothing but the output of
 * the statement ending in 'out': every other statement in it is an
 * assignment or a command that writes to the host, a file or nowhere (the
 * text outside them blanks, ';' and comments). Anything else (an
 * expression, an if) may write objects too. */
static bool S_block_writes_only(psa_rule_ctx *ctx, const psa_graph_plan *p, const psa_command *each,
                                psa_span block, const psa_command *out) {
  const psa_model *m = ctx->model;
  uint32_t len = block.end - block.start;
  if (block.end > ctx->src->text_len || len > (1u << 20)) return false;
  bool *covered = psa_xcalloc(len, 1);
  psa_span spans[256];
  uint32_t n = 0;
  spans[n++] = out->statement_span;
  for (uint32_t i = 0; i < m->command_count && n < 256; i++) {
    const psa_command *e = m->commands[i];
    if (e == out || !S_inside(block, e->statement_span) || S_consumer_at(p, e->statement_span) != each) continue;
    if (e->assigned_to || S_no_output(e)) spans[n++] = e->statement_span;
  }
  /* assignments without a command ($role = $_) */
  for (const psa_scope *sc = out->scope; sc; sc = NULL)
    for (const psa_variable *v = sc->vars; v && n < 256; v = v->next)
      for (uint32_t a = 0; a < v->assign_count && n < 256; a++)
        if (S_inside(block, v->assigns[a].span)) spans[n++] = v->assigns[a].span;
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t q = spans[i].start; q < spans[i].end && q < block.end; q++)
      if (q >= block.start) covered[q - block.start] = true;
  const char *t = ctx->src->text;
  bool ok = true;
  for (uint32_t q = block.start + 1; q + 1 < block.end && ok; q++) {
    if (covered[q - block.start]) continue;
    char c = t[q];
    if (c == '#') { /* a comment to the end of the line */
      while (q + 1 < block.end && t[q + 1] != '\n') q++;
      continue;
    }
    if (c == '<' && t[q + 1] == '#') { /* <# ... #> */
      q += 2;
      while (q + 1 < block.end && !(t[q] == '#' && t[q + 1] == '>')) q++;
      q++;
      continue;
    }
    ok = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '`';
  }
  free(covered);
  return ok;
}

/* The last command a call's objects reach through commands that pass them
 * on (Where-Object, Sort-Object ...), to the end of its statement. */
static const psa_command *S_passed_to(const psa_rule_ctx *ctx, const S_pipes *ix, const psa_command *cmd) {
  const psa_command *out = cmd;
  for (int guard = 0; guard < 8; guard++) {
    const psa_command *next = S_consumer_of(ix, out);
    if (!next || !S_passes_through(ctx, next)) break;
    out = next;
  }
  return out;
}

/* ... | ForEach-Object { $_ | Add-Member Owners (...) -PassThru }: a
 * ForEach-Object over one call's objects whose script block writes nothing
 * but $_ handed through Add-Member -PassThru (and commands that pass objects
 * on) writes the same objects, each with a member added (about Add-Member:
 * -PassThru returns the object with the new member). It is listed with the
 * call as S_each_outputs lists one writing a call's objects, so what reads
 * its output (a variable, the next command) is followed; the added members
 * are noted where the pipeline is followed (S_note_added). */
static void S_each_passes(psa_rule_ctx *ctx, psa_graph_plan *p, S_pipes *ix) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *am = m->commands[i];
    if (!S_adds_passthru(am) || !S_is_underscore(am->pipeline_input)) continue;
    const psa_command *each = S_consumer_at(p, am->span);
    if (!each || !psa_command_is(each, "ForEach-Object")) continue;
    int k = S_call_of_input(m, p, each, 0);
    if (k < 0 || !p->calls[k].map || !p->calls[k].map->output) continue;
    if (!ix->pairs) S_pipes_make(ix, m);
    const psa_command *out = S_passed_to(ctx, ix, am);
    if (!S_writes_output(ix, out)) continue;
    psa_span block = {0, 0};
    uint32_t blocks = 0;
    for (uint32_t a = 0; a < each->arg_count; a++) {
      const psa_value *v = each->args[a].value;
      if (!v || v->kind != PSA_V_SCRIPTBLOCK) continue;
      blocks++;
      if (S_inside(v->span, am->span)) block = v->span;
    }
    if (blocks != 1 || block.end <= block.start + 1 || !S_block_writes_only(ctx, p, each, block, out)) continue;
    bool listed = false;
    for (uint32_t e = 0; e < p->each_count; e++) listed |= p->each_cmd[e] == each;
    if (listed) continue;
    p->each_cmd = psa_xrealloc(p->each_cmd, (p->each_count + 1) * sizeof(*p->each_cmd));
    p->each_call = psa_xrealloc(p->each_call, (p->each_count + 1) * sizeof(*p->each_call));
    p->each_cmd[p->each_count] = each;
    p->each_call[p->each_count++] = (uint32_t)k;
  }
}

/* ... | ForEach-Object { Get-AzureADDirectoryRoleMember -ObjectId $_.ObjectId } | Select-Object ...:
 * a ForEach-Object whose script block writes one legacy call's objects (or
 * those filtered by Where-Object, sorted...) and nothing else hands those
 * objects on, so what reads the ForEach-Object's output reads the call's.
 * Such a ForEach-Object is listed with the call; one that writes the objects
 * with other output, to something that reads them, leaves the call not exact. */
static void S_each_outputs(psa_rule_ctx *ctx, psa_graph_plan *p) {
  const psa_model *m = ctx->model;
  S_pipes ix = {0};
  for (uint32_t ci = 0; ci < p->call_count; ci++) {
    S_call *c = &p->calls[ci];
    if (!c->map || !c->map->output) continue;
    const psa_command *each = S_consumer_at(p, c->cmd->span);
    if (!each || !psa_command_is(each, "ForEach-Object")) continue;
    if (!ix.pairs) S_pipes_make(&ix, m);
    const psa_command *out = S_passed_to(ctx, &ix, c->cmd);
    if (!S_writes_output(&ix, out)) continue;
    /* the one script block (-Process) holding the call */
    psa_span block = {0, 0};
    uint32_t blocks = 0;
    for (uint32_t i = 0; i < each->arg_count; i++) {
      const psa_value *v = each->args[i].value;
      if (!v || v->kind != PSA_V_SCRIPTBLOCK) continue;
      blocks++;
      if (S_inside(v->span, c->cmd->span)) block = v->span;
    }
    bool sole = blocks == 1 && block.end > block.start + 1 && S_block_writes_only(ctx, p, each, block, out);
    bool used = each->assigned_to || S_consumer_of(&ix, each) || each->span.end != each->statement_span.end;
    if (sole) {
      p->each_cmd = psa_xrealloc(p->each_cmd, (p->each_count + 1) * sizeof(*p->each_cmd));
      p->each_call = psa_xrealloc(p->each_call, (p->each_count + 1) * sizeof(*p->each_call));
      p->each_cmd[p->each_count] = each;
      p->each_call[p->each_count++] = ci;
    } else if (used && !c->unfollowed) {
      c->unfollowed = psa_ctx_printf(ctx, "its objects leave the ForEach-Object (line %u) with other output, "
                                     "which psauth does not follow", psa_line_of(ctx, each->span.start));
    }
  }
  S_each_passes(ctx, p, &ix);
  free(ix.pairs);
}

/* function f { Get-AzureADUser -All $true | Where-Object {...} } ... $x = f:
 * a call whose objects (through commands that pass them on) end its
 * statement inside a function body, outside any script block, are the
 * function's output. psauth does not follow them into the callers, so when
 * a caller uses that output the call is not exact (a read such as
 * $x.ObjectId there would be missed). */
static void S_function_outputs(psa_rule_ctx *ctx, psa_graph_plan *p) {
  const psa_model *m = ctx->model;
  S_pipes ix = {0};
  for (uint32_t ci = 0; ci < p->call_count; ci++) {
    S_call *c = &p->calls[ci];
    if (!c->map || !c->map->output || c->unfollowed) continue;
    if (!ix.pairs) S_pipes_make(&ix, m);
    const psa_command *out = S_passed_to(ctx, &ix, c->cmd);
    const psa_function *f = NULL;
    if (S_writes_output(&ix, out) && !S_consumer_at(p, out->statement_span)) {
      /* 'cmd > $null' / '> file': the objects go there, not to the output (the
       * model keeps no redirections; any '>' but an error stream's 2> counts) */
      bool redirected = false;
      const char *t = ctx->src->text;
      for (uint32_t q = out->statement_span.start; q < out->statement_span.end && q < ctx->src->text_len; q++)
        if (t[q] == '>' && !(q > 0 && t[q - 1] >= '2' && t[q - 1] <= '6')) redirected = true;
      if (redirected) continue;
      for (uint32_t i = 0; i < m->function_count; i++)
        if (S_inside(m->functions[i].span, out->span) &&
            (!f || S_inside(f->span, m->functions[i].span)))
          f = &m->functions[i];
    } else if (out && out->assigned_to) {
      /* '$g = New-AzureADGroup ...; return $g' (review20 32: the caller read
       * $newGroup.ObjectId of the returned group) */
      for (uint32_t i = 0; i < m->function_count && !f; i++) {
        const psa_function *g = &m->functions[i];
        if (!S_inside(g->span, out->span)) continue;
        for (uint32_t r = 0; r < g->return_count && !f; r++)
          if (g->returns[r] && psa_value_var(g->returns[r]) == out->assigned_to) f = g;
      }
    }
    if (!f) continue;
    for (uint32_t i = 0; i < m->command_count; i++) {
      const psa_command *d = m->commands[i];
      if (!d->name || psa_strcasecmp(d->name, f->name)) continue;
      if (d->assigned_to || S_consumer_of(&ix, d) || d->span.end != d->statement_span.end) {
        c->unfollowed = psa_ctx_printf(ctx, "its objects are the output of the script's function %s, "
                                       "used on line %u, where psauth does not follow their reads",
                                       f->name, psa_line_of(ctx, d->span.start));
        break;
      }
    }
  }
  free(ix.pairs);
}

static psa_graph_plan *S_plan_make(psa_rule_ctx *ctx);

psa_graph_plan *psa_graph_plan_get(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  if (!impl->graph_plan) impl->graph_plan = S_plan_make(ctx);
  return impl->graph_plan;
}

/* The script's own Connect-MgGraph -Scopes when none of them asks for
 * 'perm' (or 'also', a permission that includes it), or NULL (no such
 * call, or one whose scopes psauth cannot read). */
static const psa_command *S_own_connect_lacks(psa_rule_ctx *ctx, const char *perm, const char *also) {
  const psa_model *m = ctx->model;
  const psa_command *own = NULL;
  bool granted = false, unknown = false;
  for (uint32_t k = 0; k < m->command_count; k++) {
    const psa_command *g = m->commands[k];
    if (!psa_command_is(g, "Connect-MgGraph") || g->in_string) continue;
    const psa_arg *sc = psa_command_arg(g, "Scopes");
    const char *t = sc && sc->value ? S_src(ctx, sc->value->span) : NULL;
    if (!t) {
      unknown = true;
      continue;
    }
    own = g;
    granted |= psa_find_ci(t, strlen(t), perm) || (also && psa_find_ci(t, strlen(t), also));
  }
  return own && !granted && !unknown ? own : NULL;
}

/* The file's connection that signs in without a person (a password the
 * script supplies, which the planner turns into an app-only or managed
 * identity sign-in; AzureAD's or Microsoft Graph's own certificate or
 * managed identity), or NULL (a person signs in, or no connection). */
static const psa_command *S_app_only_connection(psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  static const char *const app_args[] = {"CertificateThumbprint", "Certificate", "CertificateName",
                                         "ClientSecretCredential", "Identity", "ManagedIdentity", NULL};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->local_function || c->in_string) continue;
    bool legacy = psa_command_is(c, "Connect-MsolService") || psa_command_is(c, "Connect-AzureAD");
    if (!legacy && !psa_command_is(c, "Connect-MgGraph") && !psa_command_is(c, "Connect-Entra")) continue;
    for (int k = 0; app_args[k]; k++)
      if (psa_command_arg(c, app_args[k])) return c;
    if (legacy && psa_plan_signin_mode(m, c) == PSA_SIGNIN_UNATTENDED) return c;
  }
  return NULL;
}

/* The file has a sign-in of its own (MSOnline's, AzureAD's or Microsoft
 * Graph's connection, outside functions and strings): with no app-only one
 * (S_app_only_connection), a person signs in there and the fix writes
 * delegated scopes. */
static bool S_person_connection(const psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->local_function || c->in_string) continue;
    if (psa_command_is(c, "Connect-MsolService") || psa_command_is(c, "Connect-AzureAD") ||
        psa_command_is(c, "Connect-MgGraph") || psa_command_is(c, "Connect-Entra"))
      return true;
  }
  return false;
}

static psa_graph_plan *S_plan_make(psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  psa_graph_plan *p = psa_xcalloc(1, sizeof(*p));
  p->entra = psa_graph_target_entra(ctx);
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count; i++)
    if (S_is_legacy(m->commands[i])) n++;
  p->calls = psa_xcalloc(n ? n : 1, sizeof(*p->calls));
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *cmd = m->commands[i];
    if (!S_is_legacy(cmd)) continue;
    S_call *c = &p->calls[p->call_count++];
    c->pipe_from = -1;
    c->purge_of = -1;
    c->cmd = cmd;
    c->map = psa_graphmap_find(cmd->name);
  }
  p->by_cmd = psa_xmalloc((n ? n : 1) * sizeof(*p->by_cmd));
  for (uint32_t i = 0; i < p->call_count; i++) p->by_cmd[i] = i;
  /* insertion into sorted order: commands are nearly sorted by address */
  for (uint32_t i = 1; i < p->call_count; i++) {
    uint32_t v = p->by_cmd[i], j = i;
    while (j > 0 && (uintptr_t)p->calls[p->by_cmd[j - 1]].cmd > (uintptr_t)p->calls[v].cmd) {
      p->by_cmd[j] = p->by_cmd[j - 1];
      j--;
    }
    p->by_cmd[j] = v;
  }
  if (!n) return p;
  S_consumers_index(&p->consumers, m);
  S_bindings_make(p, m);
  S_fn_index(p, m);
  /* the directory-setting unit, judged once for the file (Graph only:
   * Microsoft Entra PowerShell's setting cmdlets take their own object type) */
  const char *ds_why = psa_graph_ds_why(ctx, m);
  bool ds_ok = !p->entra && !ds_why;
  for (uint32_t i = 0; i < p->call_count; i++) {
    S_call *c = &p->calls[i];
    c->ds_step = !c->cmd->in_string && psa_graph_ds_step(ctx, m, c->cmd);
    c->ds_ok = c->ds_step && ds_ok;
  }
  p->ctx = ctx;
  S_each_outputs(ctx, p);
  S_function_outputs(ctx, p);
  S_collect_reads(ctx, p);
  p->ctx = NULL;
  /* verdicts */
  S_edits *reads_of = psa_xcalloc(n, sizeof(*reads_of));
  for (uint32_t i = 0; i < p->call_count; i++) {
    S_call *c = &p->calls[i];
    const psa_gm_cmdlet *map = c->map;
    bool entra = p->entra && map && map->entra && strcmp(map->module, "MSOnline");
    if (!map) c->why = "not in psauth's map of MSOnline and AzureAD cmdlets";
    else if (c->cmd->in_string) c->why = "it is inside a string run as a script";
    else if (c->cmd->invoke_operator) c->why = "it is called with & or .";
    else if (c->ds_step && ds_why)
      c->why = psa_ctx_printf(ctx, "a step of the file's directory setting, which psauth rewrites only as a "
                              "whole: %s", ds_why);
    else if (c->ds_step && entra)
      /* Get-EntraBetaDirectorySetting returns the Graph SDK's objects
       * (no indexer), Set-/New-EntraBetaDirectorySetting take
       * Microsoft.Open.MSGraph.Model.DirectorySetting (source entrasrc) */
      c->why = "Microsoft Entra PowerShell's setting cmdlets return Microsoft Graph objects without AzureAD's "
               "indexer but take their own DirectorySetting type: rewrite these steps with Microsoft Graph "
               "PowerShell (the default target) or by hand";
    else if ((c->why = S_unread_why(ctx, p, i, entra))) {
    } else if ((c->why = S_unbindable(ctx, map, c->cmd))) {
    } else if (entra) {
      /* the Entra cmdlets take the AzureAD parameter names, except those the map says they lack */
      for (uint32_t k = 0; k < c->cmd->arg_count && !c->why; k++) {
        const char *w = c->cmd->args[k].written ? c->cmd->args[k].written : c->cmd->args[k].param;
        const psa_gm_param *gp = w ? psa_gm_param_find(map, w) : NULL;
        if (gp && gp->no_entra) c->why = psa_ctx_printf(ctx, "%s has no -%s", map->entra, gp->from);
      }
      if (!c->why) c->why = S_probe_try_why(ctx, c, map->entra);
      if (!c->why) c->why = S_entra_reads_why(ctx, p, i);
      c->exact = !c->why;
    }
    else if (!map->graph) c->why = map->note ? map->note : "no Microsoft Graph PowerShell cmdlet";
    else if (!map->exact) c->why = map->note ? map->note : "no exact rewrite known";
    else if (c->unfollowed)
      c->why = c->unfollowed;
    else if (c->sink)
      c->why = c->sink;
    else if (c->whole && map->output && map->output->strict)
      c->why = psa_ctx_printf(ctx, "%s: Graph's %s objects do not behave like the legacy ones used whole "
                              "(no indexer)", c->whole, map->output->name);
    else if (c->shared_read)
      c->why = strstr(c->shared_read, "also holds other values")
                   ? psa_ctx_printf(ctx, "%s is not followed by psauth", c->shared_read)
                   : psa_ctx_printf(ctx, "%s reads a variable that also holds other values, which psauth "
                                         "does not follow", c->shared_read);
    else if (c->pv_conflict)
      c->why = psa_ctx_printf(ctx, "its objects go to $%s, a name the script also assigns: rename one",
                              c->pv_conflict);
    else if (S_params_exact(ctx, p, c) && S_reads_exact(ctx, p, i, &reads_of[i])) c->exact = true;
    if (c->exact && !entra && map->output && map->output->select)
      for (uint32_t k = 0; k < c->cmd->arg_count; k++) {
        const psa_arg *a = &c->cmd->args[k];
        const psa_gm_param *gp = psa_gm_param_find(map, a->written ? a->written : a->param);
        if (gp && gp->kind == PSA_GM_WHERE) S_add_prop(c, gp->select);
      }
    if (c->exact && !entra && map->output && map->output->select && c->prop_count) {
      /* Graph returns a default set: ask for the properties read (and, when
       * the objects go further, the default set too) */
      if (c->escape)
        for (size_t k = 0; k < map->output->default_count; k++) S_add_prop(c, map->output->defaults[k]);
      S_add_prop(c, "Id");
    } else if (!map || !map->output || !map->output->select || entra) {
      c->prop_count = 0;
    }
  }
  /* the MFA state helper needs Policy.Read.All (setting the state,
   * Policy.ReadWrite.AuthenticationMethod): in a file that already signs
   * in to Graph with its own -Scopes, a read without it would fail (403) and
   * read as disabled; a member's userPrincipalName read without the map's
   * limited_read permission (User.Read.All) would come back null */
  for (uint32_t i = 0; i < p->call_count; i++) {
    S_call *c = &p->calls[i];
    if (!c->exact || p->entra) continue;
    const char *need = NULL, *also = NULL, *what = NULL;
    if (c->mfa_helper) {
      need = S_mfa_helper_permission;
      also = "Policy.ReadWrite.AuthenticationMethod";
      what = "the per-user MFA state needs";
    } else if (c->limited && (c->limited_read || c->map->limited_read)) {
      /* User.Read.All (members that are users) or a property's own
       * (Directory.Read.All: every member type), or their ReadWrite */
      need = c->limited_read ? c->limited_read : c->map->limited_read;
      also = !strcmp(need, "User.Read.All") ? "User.ReadWrite.All" : "Directory.ReadWrite.All";
      what = !strcmp(need, "User.Read.All") ? "reading the members' user properties needs (else Graph returns them null)"
                                            : "reading the members' properties needs (else Graph returns them null)";
    } else if (c->alt && c->alt->delegated && !strcmp(c->alt->legacy, "Set-MsolUser#PerUserMfaState")) {
      /* setting per-user MFA: a 403 under -ErrorAction SilentlyContinue
       * would leave the user's state unchanged without a word */
      need = c->alt->delegated;
      what = "setting the per-user MFA state needs";
    }
    if (!need) continue;
    const psa_command *own = S_own_connect_lacks(ctx, need, also);
    if (own) {
      c->exact = false;
      c->why = psa_ctx_printf(ctx, "the script's own Connect-MgGraph (line %u) does not ask for %s, which %s: "
                              "add it to -Scopes", psa_line_of(ctx, own->span.start), need, what);
    }
  }
  /* an unattended script signs in app-only (a certificate or managed
   * identity, the planner's choice for a job): a call whose Graph request
   * has no application permission (Microsoft's page: "Not supported") would
   * fail there (403), so it gets no exact rewrite */
  const psa_command *app_only = S_app_only_connection(ctx);
  for (uint32_t i = 0; i < p->call_count && app_only; i++) {
    S_call *c = &p->calls[i];
    const psa_gm_cmdlet *used = !c->map ? NULL : c->alt ? c->alt : c->map;
    if (!c->exact || !used || used->application || !used->delegated) continue;
    c->exact = false;
    c->why = psa_ctx_printf(ctx,
                            "%s has no application permission (Microsoft Graph supports it only for a "
                            "signed-in user, delegated %s), and the file signs in unattended (%s, line "
                            "%u), which becomes an app-only sign-in: run this part with a person's "
                            "delegated sign-in",
                            c->graph ? c->graph : used->graph, used->delegated, app_only->name,
                            psa_line_of(ctx, app_only->span.start));
  }
  /* a catch for the old module's exceptions around a call: Microsoft Graph
   * cmdlets never throw them, so the handler would stop running. One with
   * the connection in it is the connection's to rewrite (rules/modules.c) */
  for (uint32_t i = 0; i < p->call_count; i++) {
    S_call *c = &p->calls[i];
    if (!c->exact) continue;
    for (uint32_t k = 0; k < m->catch_count && c->exact; k++) {
      const psa_catch *cl = &m->catches[k];
      if (c->cmd->span.start < cl->try_body.start || c->cmd->span.end > cl->try_body.end ||
          !cl->types.end || cl->types.end > ctx->src->text_len)
        continue;
      const char *module = NULL;
      for (uint32_t q = cl->types.start; q < cl->types.end && !module; q++)
        if (ctx->src->text[q] == '[')
          module = psa_plan_legacy_exception_module(ctx->src->text + q + 1, cl->types.end - q - 1);
      if (!module) continue;
      if (S_catch_never_saw(ctx, cl, c)) continue;
      bool connects = false;
      for (uint32_t q = 0; q < m->command_count && !connects; q++) {
        const psa_command *g = m->commands[q];
        connects = (psa_command_is(g, "Connect-AzureAD") || psa_command_is(g, "Connect-MsolService")) &&
                   g->span.start >= cl->body.start && g->span.end <= cl->body.end;
      }
      if (connects) continue;
      c->exact = false;
      c->why = psa_ctx_printf(ctx, "its errors go to a catch (line %u) for %s exceptions, which Microsoft "
                              "Graph cmdlets never throw: rewrite that error handling by hand",
                              psa_line_of(ctx, cl->span.start), module);
    }
  }
  /* a call fed by a legacy call's objects is exact only with it, and a
   * read answered by several calls' objects (one variable) is edited only
   * when every one of them is rewritten: to a fixed point */
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < p->read_count; i++) {
      const S_read *r = &p->reads[i];
      if (!p->calls[r->call].exact) continue;
      for (uint32_t j = 0; j < p->read_count; j++) {
        const S_read *o = &p->reads[j];
        if (o->span.start != r->span.start || o->span.end != r->span.end || o->call == r->call ||
            p->calls[o->call].exact)
          continue;
        S_call *c = &p->calls[r->call];
        c->exact = false;
        c->why = psa_ctx_printf(ctx, ".%s (line %u) is also read from %s (line %u), which needs a person", r->name,
                                psa_line_of(ctx, r->span.start), p->calls[o->call].cmd->name,
                                psa_line_of(ctx, p->calls[o->call].cmd->span.start));
        changed = true;
        break;
      }
    }
    for (uint32_t i = 0; i < p->call_count; i++) {
      /* the directory-setting steps: all rewritten or none */
      S_call *c = &p->calls[i];
      if (!c->ds_step || c->exact) continue;
      for (uint32_t k = 0; k < p->call_count; k++) {
        S_call *o = &p->calls[k];
        if (k == i || !o->ds_step || !o->exact) continue;
        o->exact = false;
        o->why = psa_ctx_printf(ctx, "it is a step of the directory setting of %s (line %u), which needs a person",
                                c->cmd->name, psa_line_of(ctx, c->cmd->span.start));
        changed = true;
      }
    }
    for (uint32_t i = 0; i < p->call_count; i++) {
      /* the purge needs the id the deleting call keeps */
      S_call *c = &p->calls[i];
      if (!c->exact || c->purge_of < 0 || p->calls[c->purge_of].exact) continue;
      c->exact = false;
      c->why = psa_ctx_printf(ctx, "it purges the user %s (line %u) deletes, which needs a person",
                              p->calls[c->purge_of].cmd->name,
                              psa_line_of(ctx, p->calls[c->purge_of].cmd->span.start));
      changed = true;
    }
    for (uint32_t i = 0; i < p->call_count; i++) {
      S_call *c = &p->calls[i];
      if (!c->exact || c->pipe_from < 0) continue;
      int bad = !p->calls[c->pipe_from].exact ? c->pipe_from : -1;
      for (uint32_t q = 0; q < c->pipe_more_count && bad < 0; q++)
        if (!p->calls[c->pipe_more[q]].exact) bad = c->pipe_more[q];
      if (bad >= 0) {
        c->exact = false;
        c->why = psa_ctx_printf(ctx, "it takes its objects from %s, which needs a person",
                                p->calls[bad].cmd->name);
        changed = true;
      }
    }
  }
  for (uint32_t i = 0; i < p->call_count; i++) {
    if (p->calls[i].exact)
      for (uint32_t k = 0; k < reads_of[i].count; k++) {
        /* the same read of two calls' objects: one edit */
        bool dup = false;
        for (uint32_t q = 0; q < p->read_edits.count && !dup; q++)
          dup = p->read_edits.items[q].range.start == reads_of[i].items[k].range.start &&
                p->read_edits.items[q].range.end == reads_of[i].items[k].range.end &&
                !strcmp(p->read_edits.items[q].text, reads_of[i].items[k].text);
        if (!dup) S_edits_add(&p->read_edits, reads_of[i].items[k].range, reads_of[i].items[k].text);
      }
    free(reads_of[i].items);
  }
  free(reads_of);
  for (uint32_t i = 0; i < p->call_count; i++)
    if (p->calls[i].ds_ok && p->calls[i].exact) {
      /* the setting unit's own edits (indexers, CreateDirectorySetting()), once */
      psa_span spans[PSA_GRAPH_DS_MAX];
      const char *texts[PSA_GRAPH_DS_MAX];
      S_read_edits_once(p, spans, texts, psa_graph_ds_edits(ctx, m, spans, texts, PSA_GRAPH_DS_MAX));
      break;
    }
  /* inner calls first: an argument holding a call takes its new text */
  for (uint32_t i = p->call_count; i-- > 0;)
    if (p->calls[i].exact) S_call_edits(ctx, p, &p->calls[i]);
  return p;
}

void psa_graph_plan_free(psa_graph_plan *p) {
  if (!p) return;
  for (uint32_t i = 0; i < p->call_count; i++) free(p->calls[i].edits.items);
  free(p->calls);
  free(p->by_cmd);
  S_consumers_free(&p->consumers);
  free(p->reads);
  free(p->read_edits.items);
  free(p->each_cmd);
  free(p->each_call);
  free(p->bindings);
  S_spanix_free(&p->fns);
  S_spanix_free(&p->catches);
  S_spanix_free(&p->blocks);
  free(p->fn_calls);
  free(p->words);
  free(p);
}

uint32_t psa_graph_plan_calls(const psa_graph_plan *p) { return p->call_count; }

const psa_command *psa_graph_plan_call(const psa_graph_plan *p, uint32_t i) {
  return i < p->call_count ? p->calls[i].cmd : NULL;
}

const psa_command *psa_graph_plan_own_connection(psa_rule_ctx *ctx, const psa_graph_plan *p,
                                                 const psa_command **unreached) {
  const psa_model *m = ctx->model;
  *unreached = NULL;
  /* the script's own connections, found once; each exact call must be
   * reached by one of them */
  psa_array(const psa_command *) conns = {0};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if ((psa_command_is(c, "Connect-MgGraph") || psa_command_is(c, "Connect-Entra")) &&
        !c->in_string)
      psa_array_push(&conns, c);
  }
  if (!conns.count) return NULL;
  for (uint32_t k = 0; k < p->call_count && !*unreached; k++) {
    const psa_command *call = p->calls[k].cmd;
    if (!p->calls[k].exact || !call || call->in_string) continue;
    bool reached = false;
    for (uint32_t i = 0; i < conns.count && !reached; i++)
      reached = psa_plan_runs_before(m, ctx->src->text, ctx->src->text_len, conns.items[i]->span,
                                     conns.items[i]->scope, call);
    if (!reached) *unreached = call;
  }
  const psa_command *first = conns.items[0];
  psa_array_free(&conns);
  return first;
}

bool psa_graph_plan_call_exact(const psa_graph_plan *p, uint32_t i) {
  return i < p->call_count && p->calls[i].exact;
}

uint32_t psa_graph_plan_exact(const psa_graph_plan *p) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < p->call_count; i++) n += p->calls[i].exact;
  return n;
}

bool psa_graph_plan_complete(const psa_graph_plan *p) {
  return psa_graph_plan_exact(p) == p->call_count;
}

/* Two calls left for a person for one reason: the same cmdlet, the same
 * text (not a reason naming its own line, which differs) */
static bool S_same_pending(const S_call *a, const S_call *b) {
  return !a->exact && !b->exact && a->why && b->why && psa_command_is(b->cmd, a->cmd->name) &&
         !strcmp(a->why, b->why);
}

const char *psa_graph_plan_pending(psa_rule_ctx *ctx, const psa_graph_plan *p) {
  psa_buf b;
  psa_buf_init(&b);
  uint32_t shown = 0, left = 0;
  for (uint32_t i = 0; i < p->call_count; i++) {
    const S_call *c = &p->calls[i];
    if (c->exact) continue;
    /* the same call and reason twice (a call inside another call's
     * argument is planned from both) is named once */
    bool again = false;
    for (uint32_t k = 0; k < i && !again; k++) {
      const S_call *d = &p->calls[k];
      again = !d->exact && d->cmd->span.start == c->cmd->span.start &&
              (d->why == c->why || (d->why && c->why && !strcmp(d->why, c->why)));
    }
    /* the same cmdlet with the same reason on another line (a long
     * explanation of Get-AzureADUserExtension) was named with the first
     * one's lines: the reason is printed once */
    for (uint32_t k = 0; k < i && !again; k++)
      again = S_same_pending(&p->calls[k], c);
    if (again) continue;
    if (shown == 6) {
      left++;
      continue;
    }
    psa_buf printf_lines;
    psa_buf_init(&printf_lines);
    uint32_t more = 0, last_line = psa_line_of(ctx, c->cmd->span.start);
    for (uint32_t k = i + 1; k < p->call_count; k++) {
      if (!S_same_pending(c, &p->calls[k])) continue;
      uint32_t line = psa_line_of(ctx, p->calls[k].cmd->span.start);
      if (line == last_line) continue;
      psa_buf_printf(&printf_lines, ", %u", line);
      last_line = line;
      more++;
    }
    psa_buf_printf(&b, "%s%s on line%s %u%s (%s)", shown ? "; " : "", c->cmd->name, more ? "s" : "",
                   psa_line_of(ctx, c->cmd->span.start), printf_lines.data ? printf_lines.data : "",
                   c->why ? c->why : "no exact rewrite");
    psa_buf_free(&printf_lines);
    shown++;
  }
  if (left) psa_buf_printf(&b, "; and %u more", left);
  const char *out = b.data ? psa_ctx_printf(ctx, "%s", b.data) : NULL;
  psa_buf_free(&b);
  return out;
}

/* Appends a comma-separated list's items to 'names' without repeats. */
static void S_union(psa_rule_ctx *ctx, const char **names, uint32_t *n, uint32_t max, const char *list) {
  for (const char *q = list; q && *q;) {
    size_t len = strcspn(q, ",");
    const char *item = psa_ctx_printf(ctx, "%.*s", (int)len, q);
    bool seen = false;
    for (uint32_t i = 0; i < *n && !seen; i++) seen = !strcmp(names[i], item);
    if (!seen && *n < max) names[(*n)++] = item;
    q += len;
    while (*q == ',' || *q == ' ') q++;
  }
}

static int S_str_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Who asked for each permission of a plan's list: the map entries whose
 * own permission it is (their API pages may list a higher one that makes
 * it redundant), or something else (a read's limited_read or full_read, a
 * helper's permission: then never dropped by an entry's 'higher' list). */
typedef struct {
  const psa_gm_cmdlet *by[16];
  uint32_t count;
  bool other;
} S_asker;

/* Appends a comma-separated list's items to 'names' without repeats,
 * noting 'entry' (NULL: not an entry's own permission) as their asker. */
static void S_union_by(psa_rule_ctx *ctx, const char **names, S_asker *askers, uint32_t *n, uint32_t max,
                       const char *list, const psa_gm_cmdlet *entry) {
  for (const char *q = list; q && *q;) {
    size_t len = strcspn(q, ",");
    const char *item = psa_ctx_printf(ctx, "%.*s", (int)len, q);
    uint32_t at = *n;
    for (uint32_t i = 0; i < *n && at == *n; i++)
      if (!strcmp(names[i], item)) at = i;
    if (at == *n && *n < max) {
      names[(*n)++] = item;
      askers[at] = (S_asker){{NULL}, 0, false};
    }
    if (at < *n) {
      S_asker *a = &askers[at];
      if (!entry || a->count == 16) a->other = true;
      else a->by[a->count++] = entry;
    }
    q += len;
    while (*q == ',' || *q == ' ') q++;
  }
}

/* Whether 'held' grants what names[i] was asked for: the map's general
 * implication (User.ReadWrite.All grants User.Read.All), or every call that
 * asked for it has 'held' among its API page's higher privileged ones. */
static bool S_perm_implied(const char *held, const char *perm, const S_asker *a) {
  if (psa_graphmap_implies(held, perm)) return true;
  if (a->other || !a->count) return false;
  for (uint32_t k = 0; k < a->count; k++)
    if (!psa_gm_higher_has(a->by[k], held)) return false;
  return true;
}

/* The permissions a call needs when it sets only properties whose map
 * parameter names one ("perm", the same for all of them): Set-MsolUser
 * -BlockCredential / Set-AzureADUser -AccountEnabled alone need
 * User.EnableDisableAccount.All + User.Read.All, not User.ReadWrite.All.
 * The object's key (-ObjectId, -UserPrincipalName -> -UserId) and the
 * common parameters set nothing; any other argument: NULL (the entry's). */
static const char *S_set_perm(const S_call *c, const psa_gm_cmdlet *used) {
  if (!c->exact || !c->cmd) return NULL;
  const char *perm = NULL;
  for (uint32_t i = 0; i < c->cmd->arg_count; i++) {
    const psa_arg *a = &c->cmd->args[i];
    const char *w = a->written ? a->written : a->param;
    if (!w || a->via == PSA_BIND_SPLAT) return NULL;
    if (S_common_param(w)) continue;
    const psa_gm_param *gp = psa_gm_param_find(used, w);
    if (!gp) return NULL;
    if (!gp->perm) {
      bool key = gp->kind == PSA_GM_RENAME && gp->to && used->graph && S_own_id(used->graph, gp->to);
      if (key) continue;
      return NULL;
    }
    if (perm && strcmp(perm, gp->perm)) return NULL;
    perm = gp->perm;
  }
  return perm;
}

const char *psa_graph_plan_permissions(psa_rule_ctx *ctx, const psa_graph_plan *p,
                                       bool application) {
  const char *names[64];
  S_asker askers[64];
  uint32_t n = 0;
  /* the organization's properties beyond id, displayName and verifiedDomains,
   * or the objects used whole: the delegated permission that reads them all,
   * then for every call of the kind (the base one would be asked for besides) */
  const char *fulls[8];
  uint32_t nfull = 0;
  for (uint32_t i = 0; i < p->call_count && !application; i++) {
    const S_call *c = &p->calls[i];
    const psa_gm_cmdlet *used = !c->map ? NULL : c->exact && c->alt ? c->alt : c->map;
    if (used && used->full_read && (c->full || !c->exact || c->escape || c->whole || c->sink || c->unfollowed))
      S_union(ctx, fulls, &nfull, 8, used->full_read);
  }
  for (uint32_t i = 0; i < p->call_count; i++) {
    const S_call *c = &p->calls[i];
    if (!c->map) continue;
    const psa_gm_cmdlet *used = c->exact && c->alt ? c->alt : c->map;
    bool full = false;
    for (uint32_t q = 0; q < nfull && used->full_read && !full; q++) full = !strcmp(fulls[q], used->full_read);
    const char *set_perm = S_set_perm(c, used);
    if (set_perm) S_union_by(ctx, names, askers, &n, 64, set_perm, NULL);
    else
      S_union_by(ctx, names, askers, &n, 64,
                 application ? used->application : full ? used->full_read : used->delegated,
                 full ? NULL : used);
    /* both SKU helpers list the tenant's SKUs (Get-MsolAccountSku's entry) */
    if (c->exact && (c->sku_name_helper || c->sku_part_helper || c->sku_helper || c->licopts_helper)) {
      const psa_gm_cmdlet *skus = psa_graphmap_find("Get-MsolAccountSku");
      if (skus)
        S_union_by(ctx, names, askers, &n, 64, application ? skus->application : skus->delegated, skus);
    }
    if (c->exact && c->mfa_helper) S_union_by(ctx, names, askers, &n, 64, S_mfa_helper_permission, NULL);
    /* the members' properties the script reads come back null without it */
    if (c->limited && (c->limited_read || used->limited_read))
      S_union_by(ctx, names, askers, &n, 64, c->limited_read ? c->limited_read : used->limited_read, NULL);
  }
  if (!n) return NULL;
  /* a permission another one in the list grants (User.Read.All beside
   * User.ReadWrite.All; Application.Read.All beside Application.ReadWrite.All
   * when every call asking for it lists that one as higher) is left out:
   * least privilege, and one consent less. Only what Microsoft documents:
   * LicenseAssignment.ReadWrite.All is not listed for subscribedSkus or
   * licenseDetails, so LicenseAssignment.Read.All stays beside it. */
  /* only a permission nothing else in the list grants (it stays) makes
   * another one redundant: a chain or a pair granting each other never
   * leaves a call without what it asked for */
  bool top[64];
  for (uint32_t i = 0; i < n; i++) {
    top[i] = true;
    for (uint32_t j = 0; j < n && top[i]; j++) top[i] = j == i || !S_perm_implied(names[j], names[i], &askers[i]);
  }
  uint32_t kept = 0;
  for (uint32_t i = 0; i < n; i++) {
    bool implied = false;
    for (uint32_t j = 0; j < n && !implied; j++)
      implied = j != i && top[j] && S_perm_implied(names[j], names[i], &askers[i]);
    if (!implied) names[kept++] = names[i];
  }
  n = kept;
  /* the map's general implications (impliedBy) among what stays: a chain
   * of two 'higher' lists can leave User.ReadWrite.All not top above, yet
   * it still grants User.EnableDisableAccount.All; the granting one is kept
   * (nothing left implies it), so no call loses what it asked for */
  kept = 0;
  for (uint32_t i = 0; i < n; i++) {
    bool implied = false;
    for (uint32_t j = 0; j < n && !implied; j++) {
      if (j == i || !psa_graphmap_implies(names[j], names[i])) continue;
      bool j_stays = true;
      for (uint32_t k = 0; k < n && j_stays; k++) j_stays = k == j || !psa_graphmap_implies(names[k], names[j]);
      implied = j_stays;
    }
    if (!implied) names[kept++] = names[i];
  }
  n = kept;
  qsort(names, n, sizeof(*names), S_str_cmp);
  psa_buf b;
  psa_buf_init(&b);
  for (uint32_t i = 0; i < n; i++) psa_buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
  const char *out = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return out;
}

const char *psa_graph_plan_modules(psa_rule_ctx *ctx, const psa_graph_plan *p) {
  const char *names[32];
  uint32_t n = 0;
  if (p->entra) S_union(ctx, names, &n, 32, "Microsoft.Entra");
  else S_union(ctx, names, &n, 32, "Microsoft.Graph.Authentication");
  for (uint32_t i = 0; i < p->call_count; i++) {
    const psa_gm_cmdlet *m = p->calls[i].exact && p->calls[i].alt ? p->calls[i].alt : p->calls[i].map;
    if (!m) continue;
    bool entra = p->entra && m->entra && strcmp(m->module, "MSOnline");
    if (entra && !strncmp(strchr(m->entra, '-') + 1, "EntraBeta", 9))
      S_union(ctx, names, &n, 32, "Microsoft.Entra.Beta");
    else if (!entra && m->graph_module)
      S_union(ctx, names, &n, 32, m->graph_module);
    const psa_gm_cmdlet *skus =
        p->calls[i].exact && (p->calls[i].sku_name_helper || p->calls[i].sku_part_helper || p->calls[i].sku_helper ||
                              p->calls[i].licopts_helper)
            ? psa_graphmap_find("Get-MsolAccountSku")
            : NULL;
    if (skus && skus->graph_module) S_union(ctx, names, &n, 32, skus->graph_module);
  }
  if (n > 1) qsort(names + 1, n - 1, sizeof(*names), S_str_cmp);
  psa_buf b;
  psa_buf_init(&b);
  for (uint32_t i = 0; i < n; i++) psa_buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
  const char *out = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return out;
}

/* 'User.Read.All', 'Organization.Read.All' from "User.Read.All, Organization.Read.All". */
static const char *S_quoted_list(psa_rule_ctx *ctx, const char *list) {
  psa_buf b;
  psa_buf_init(&b);
  for (const char *q = list; *q;) {
    size_t k = strcspn(q, ",");
    psa_buf_printf(&b, "%s'%.*s'", b.len ? ", " : "", (int)k, q);
    q += k;
    while (*q == ',' || *q == ' ') q++;
  }
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return out;
}

/* The old modules' cloud names (Connect-MsolService -AzureEnvironment,
 * Connect-AzureAD -AzureEnvironmentName, as their references list them) and
 * the Microsoft Graph PowerShell environment each one is (Get-MgEnvironment:
 * Global, China, USGov, USGovDoD; Connect-Entra takes the same -Environment).
 * 'graph' NULL with 'why' NULL: the global cloud, Connect-MgGraph's default.
 * 'why': no one Graph environment is that cloud (docs/facts.md, azure-env). */
typedef struct {
  const char *legacy;
  const char *graph;
  const char *why;
} S_cloud;

static const char S_usgov_why[] =
    "Microsoft Graph has two US Government environments, USGov (L4, graph.microsoft.us) and USGovDoD "
    "(L5, dod-graph.microsoft.us), and the old name does not say which: choose Connect-MgGraph -Environment "
    "for the tenant";

static const S_cloud S_clouds[] = {
    {"AzureCloud", NULL, NULL},
    {"AzureChinaCloud", "China", NULL},
    {"USGovernment", NULL, S_usgov_why},
    {"AzureUSGovernment", NULL, S_usgov_why},
    {"AzureGermanyCloud", NULL,
     "Microsoft Graph PowerShell has no environment for Microsoft Cloud Germany (Get-MgEnvironment lists "
     "Global, China, USGov, USGovDoD)"},
};

const char *psa_graph_connect_environment(psa_rule_ctx *ctx, const psa_command *connect, const char **why) {
  *why = NULL;
  const char *param = psa_command_is(connect, "Connect-AzureAD") ? "AzureEnvironmentName" : "AzureEnvironment";
  const psa_arg *a = psa_command_arg(connect, param);
  if (!a) return NULL;
  const psa_value *v = a->value;
  /* only the value written here: a variable or expression picks the cloud
   * at run time, and one -Environment would pin it */
  const char *name = v && v->kind == PSA_V_STRING && a->via == PSA_BIND_NAMED ? psa_value_string(ctx->model, v) : NULL;
  if (!name) {
    const char *text = v ? S_src(ctx, v->span) : NULL;
    *why = psa_ctx_printf(ctx,
                          "%s -%s %s picks the cloud when the script runs; Connect-MgGraph would sign in to the "
                          "global cloud: set -Environment (Global, China, USGov, USGovDoD) by hand",
                          connect->name, param, text && !strchr(text, '\n') ? text : "(a value)");
    return NULL;
  }
  for (size_t i = 0; i < sizeof(S_clouds) / sizeof(S_clouds[0]); i++) {
    if (psa_strcasecmp(name, S_clouds[i].legacy)) continue;
    if (S_clouds[i].why) *why = psa_ctx_printf(ctx, "%s -%s %s: %s", connect->name, param, name, S_clouds[i].why);
    return S_clouds[i].graph ? psa_ctx_printf(ctx, " -Environment %s", S_clouds[i].graph) : NULL;
  }
  *why = psa_ctx_printf(ctx,
                        "%s -%s %s is not a cloud Microsoft Graph PowerShell has (Get-MgEnvironment lists Global, "
                        "China, USGov, USGovDoD); Connect-MgGraph would sign in to the global cloud",
                        connect->name, param, name);
  return NULL;
}

/* A value of a Connect-AzureAD argument to carry over, or NULL. */
static const char *S_arg_source(psa_rule_ctx *ctx, const psa_command *cmd, const char *param) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a || !a->value || a->via != PSA_BIND_NAMED) return NULL;
  const char *t = S_src(ctx, a->value->span);
  return t && !strchr(t, '\n') ? t : NULL;
}

/* The text of a connection's tenant argument that a delegated Graph
 * connection placed at 'anchor' can read: a literal, or a variable of the
 * script's level assigned before 'anchor' (not a loop variable: one
 * tenant a run, not one per iteration). NULL otherwise. */
static const char *S_tenant_text(psa_rule_ctx *ctx, const psa_command *c, const char *param,
                                 uint32_t anchor) {
  const psa_arg *a = psa_command_arg(c, param);
  if (!a || !a->value || a->via != PSA_BIND_NAMED || c->in_string) return NULL;
  const psa_value *v = a->value;
  if (v->kind == PSA_V_VARIABLE) {
    const psa_variable *var = psa_value_var(v);
    if (!var || var->is_foreach || var->scope != ctx->model->script || !var->assign_count)
      return NULL;
    for (uint32_t i = 0; i < var->assign_count; i++)
      if (var->assigns[i].span.end > anchor) return NULL;
  } else if (v->kind != PSA_V_STRING || !v->literal) {
    return NULL;
  }
  return S_src(ctx, v->span);
}

/* The -Prefix a connection gives its cmdlets (a literal), or NULL. */
static const char *S_prefix_of(psa_rule_ctx *ctx, const psa_command *c) {
  const psa_arg *a = psa_command_arg(c, "Prefix");
  return a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
}

const char *psa_graph_named_tenant(psa_rule_ctx *ctx, const psa_graph_plan *p, uint32_t anchor) {
  const psa_model *m = ctx->model;
  /* the first call the Graph connection signs in for */
  const psa_command *first = NULL;
  for (uint32_t i = 0; i < psa_graph_plan_calls(p); i++) {
    const psa_command *c = psa_graph_plan_call(p, i);
    if (c && (!first || c->span.start < first->span.start)) first = c;
  }
  const char *only = NULL, *chosen = NULL;
  bool several = false;
  uint32_t chosen_at = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    const char *text = NULL;
    if (psa_command_is(c, "Connect-ExchangeOnline") || psa_command_is(c, "Connect-IPPSSession"))
      text = S_tenant_text(ctx, c, "DelegatedOrganization", anchor);
    else if (psa_command_is(c, "Connect-AzureAD"))
      text = S_tenant_text(ctx, c, "TenantId", anchor);
    if (!text) continue;
    if (only && strcmp(only, text)) several = true;
    if (!only) only = text;
    /* several tenants: the one whose prefixed cmdlets ran last before
     * the first call (Set-DSTMailUser ... Set-MsolUser: the DST tenant) */
    const char *prefix = first ? S_prefix_of(ctx, c) : NULL;
    size_t pn = prefix ? strlen(prefix) : 0;
    for (uint32_t k = 0; pn && k < m->command_count; k++) {
      const psa_command *u = m->commands[k];
      const char *dash = u->name ? strchr(u->name, '-') : NULL;
      if (!dash || u->span.start >= first->span.start || u->span.start < chosen_at ||
          psa_strncasecmp(dash + 1, prefix, pn) || !dash[1 + pn])
        continue;
      chosen = text;
      chosen_at = u->span.start;
    }
  }
  return several ? chosen : only;
}

const char *psa_graph_delegated_line(psa_rule_ctx *ctx, const psa_graph_plan *p, const char *tenant) {
  const char *verb = p->entra ? "Connect-Entra" : "Connect-MgGraph";
  const char *scopes = psa_graph_plan_permissions(ctx, p, false);
  const char *tid = tenant ? psa_ctx_printf(ctx, " -TenantId %s", tenant) : "";
  return scopes ? psa_ctx_printf(ctx, "%s%s -Scopes %s", verb, tid, S_quoted_list(ctx, scopes))
                : psa_ctx_printf(ctx, "%s%s", verb, tid);
}

const char *psa_graph_connect_line(psa_rule_ctx *ctx, const psa_graph_plan *p,
                                   const psa_command *connect, bool *interactive) {
  const char *verb = p->entra ? "Connect-Entra" : "Connect-MgGraph";
  psa_signin_mode mode = psa_plan_signin_mode(ctx->model, connect);
  const char *app = S_arg_source(ctx, connect, "ApplicationId");
  const char *tenant = S_arg_source(ctx, connect, "TenantId");
  const char *thumb = S_arg_source(ctx, connect, "CertificateThumbprint");
  *interactive = false;
  const char *why = NULL;
  const char *env = psa_graph_connect_environment(ctx, connect, &why);
  if (!env) env = "";
  if (app && tenant && thumb)
    return psa_ctx_printf(ctx, "%s -ClientId %s -TenantId %s -CertificateThumbprint %s%s", verb, app,
                          tenant, thumb, env);
  if (mode == PSA_SIGNIN_INTERACTIVE) {
    *interactive = true;
    /* Connect-AzureAD -TenantId $t: a person signs in to that tenant */
    const char *line = psa_graph_delegated_line(ctx, p, tenant);
    const char *scopes = strstr(line, " -Scopes");
    return scopes ? psa_ctx_printf(ctx, "%.*s%s%s", (int)(scopes - line), line, env, scopes)
                  : psa_ctx_printf(ctx, "%s%s", line, env);
  }
  return psa_ctx_printf(ctx, "%s -ClientId %s -TenantId %s -CertificateThumbprint %s%s", verb,
                        psa_fix_tenant_value(ctx, PSA_TENANT_APP_ID),
                        psa_fix_tenant_value(ctx, PSA_TENANT_ORGANIZATION),
                        psa_fix_tenant_value(ctx, PSA_TENANT_THUMBPRINT), env);
}

/* Where an injected helper goes: the start of the line of the script's
 * first statement, above the '#' comment lines directly over it (they
 * describe that statement: "# Load the Active Directory module"), unless
 * those lines are several and open the file (its header). */
static uint32_t S_helper_at(const psa_rule_ctx *ctx) {
  const char *t = ctx->src->text;
  uint32_t at = ctx->model->first_statement;
  if (at > ctx->src->text_len) return at;
  while (at > 0 && t[at - 1] != '\n') at--;
  uint32_t line = at, lines = 0, ps, hash, pe;
  while (psa_comment_line_above(t, at, &ps, &hash, &pe)) {
    at = ps;
    lines++;
  }
  uint32_t k = 0; /* only blank lines above the comment: it opens the file */
  while (k < at && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r' || t[k] == '\n')) k++;
  if (k == at && lines > 1) return line;
  return at;
}

/* Why a plan asks for Directory.Read.All where the cmdlet's own permission
 * would list the members: Graph returns a member of a type the app may not
 * read (a device, contact or service principal in a group) with its id and
 * type only, so the names would be empty (Microsoft's limited-information
 * rule). Said in the fix so a reviewer sees why the broader permission. */
static const char *const S_all_types_text =
    "; Directory.Read.All because Graph returns a member of a type the app cannot read with its id and type "
    "only (the limited-information rule)";

/* a member read that needs Directory.Read.All (every member type) */
static bool S_reads_all_types(const S_call *c) {
  const char *need = c->limited_read ? c->limited_read : c->map ? c->map->limited_read : NULL;
  return c->limited && need && !strcmp(need, "Directory.Read.All");
}

void psa_graph_plan_attach(psa_rule_ctx *ctx, const psa_graph_plan *p, psa_finding *f,
                           bool with_fix, const char *module) {
  uint32_t exact = psa_graph_plan_exact(p);
  if (with_fix && exact) {
    /* the permissions of the file's sign-in: application ones for an
     * unattended script, else (a person signs in) the delegated ones when
     * a call has no application permission (licence details, registered
     * devices: Microsoft Graph supports them only for a signed-in user) */
    bool delegated_only = false;
    for (uint32_t i = 0; i < p->call_count && !delegated_only; i++) {
      const psa_gm_cmdlet *u = p->calls[i].alt ? p->calls[i].alt : p->calls[i].map;
      delegated_only = p->calls[i].exact && u && u->delegated && !u->application;
    }
    /* a file whose connection a person signs in to gets delegated scopes
     * in its Connect-MgGraph, so the text names those (Get-MgOrganization:
     * User.Read, not the app-only Organization.Read.All) */
    bool person = !S_app_only_connection(ctx) && S_person_connection(ctx);
    const char *app =
        psa_graph_plan_permissions(ctx, p, !person && (!delegated_only || S_app_only_connection(ctx)));
    bool escapes = false, mfa_reads = false, all_types = false;
    for (uint32_t i = 0; i < p->call_count; i++) {
      escapes |= p->calls[i].exact && p->calls[i].escape;
      mfa_reads |= p->calls[i].exact && p->calls[i].mfa_helper;
      all_types |= p->calls[i].exact && S_reads_all_types(&p->calls[i]);
    }
    bool mfa_once = mfa_reads && !S_plan_sets_mfa(p);
    /* the beta API is named: it is not covered by Graph v1.0's support terms */
    const char *mfa_text = !mfa_reads ? ""
                           : mfa_once ? "; per-user MFA state read from the Microsoft Graph beta API, one "
                                        "request per user"
                                      : "; per-user MFA state read from the Microsoft Graph beta API, one "
                                        "request per read (the script also changes it)";
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        psa_ctx_printf(ctx, "Rewrite %u of %u MSOnline/AzureAD call%s with %s%s%s%s%s%s%s", exact,
                       p->call_count, p->call_count == 1 ? "" : "s",
                       p->entra ? "Microsoft Entra PowerShell" : "Microsoft Graph PowerShell",
                       app ? " (permissions: " : "", app ? app : "", app ? ")" : "", mfa_text,
                       all_types ? S_all_types_text : "",
                       escapes ? "; check the output: Graph objects have other property names" : ""));
    bool helper = false, name_helper = false, part_helper = false, mfa_helper = false, policy_helper = false,
         licopts_helper = false;
    for (uint32_t i = 0; i < p->call_count; i++) {
      const S_call *c = &p->calls[i];
      if (!c->exact) continue;
      helper |= c->sku_helper;
      name_helper |= c->sku_name_helper;
      part_helper |= c->sku_part_helper;
      mfa_helper |= c->mfa_helper;
      policy_helper |= c->policy_helper;
      licopts_helper |= c->licopts_helper;
      for (uint32_t k = 0; k < c->edits.count; k++)
        if (!c->edits.items[k].consumed)
          psa_fix_add_edit(ctx, fx, c->edits.items[k].range, c->edits.items[k].text);
    }
    for (uint32_t k = 0; k < p->read_edits.count; k++) {
      if (p->read_edits.items[k].consumed) continue;
      bool dup = false;
      for (uint32_t j = 0; j < k && !dup; j++)
        dup = p->read_edits.items[j].range.start == p->read_edits.items[k].range.start &&
              p->read_edits.items[j].range.end == p->read_edits.items[k].range.end;
      if (!dup) psa_fix_add_edit(ctx, fx, p->read_edits.items[k].range, p->read_edits.items[k].text);
    }
    if (helper) psa_fix_add_edit(ctx, fx, (psa_span){S_helper_at(ctx), S_helper_at(ctx)}, S_sku_helper);
    if (name_helper)
      psa_fix_add_edit(ctx, fx, (psa_span){S_helper_at(ctx), S_helper_at(ctx)}, S_sku_name_helper);
    if (part_helper)
      psa_fix_add_edit(ctx, fx, (psa_span){S_helper_at(ctx), S_helper_at(ctx)}, S_sku_part_helper);
    if (mfa_helper)
      psa_fix_add_edit(ctx, fx, (psa_span){S_helper_at(ctx), S_helper_at(ctx)},
                       mfa_once ? S_mfa_helper_once : S_mfa_helper);
    if (policy_helper)
      psa_fix_add_edit(ctx, fx, (psa_span){S_helper_at(ctx), S_helper_at(ctx)}, S_policy_helper);
    if (licopts_helper)
      psa_fix_add_edit(ctx, fx, (psa_span){S_helper_at(ctx), S_helper_at(ctx)}, S_licopts_helper);
  }
  for (uint32_t i = 0; i < p->call_count; i++) {
    const S_call *c = &p->calls[i];
    if (c->exact || (module && strcmp(S_legacy_module(c->cmd, c->map), module))) continue;
    /* the cmdlet a switch chose (-ReturnDeletedUsers: the deleted-items one) */
    const psa_gm_cmdlet *map = c->alt ? c->alt : c->map;
    const char *to = map && map->graph
                         ? psa_ctx_printf(ctx, "%s (%s)", map->graph, map->graph_module)
                         : "no Microsoft Graph PowerShell cmdlet";
    psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                        psa_ctx_printf(ctx, "Line %u: %s -> %s%s%s; needs a person: %s",
                                       psa_line_of(ctx, c->cmd->span.start), c->cmd->name, to,
                                       map && map->entra ? "; Entra: " : "",
                                       map && map->entra ? map->entra : "",
                                       c->why ? c->why : "no exact rewrite"));
  }
}

/* The module name (or spec) at 'span' if it is MSOnline, AzureAD or AzureADPreview. */
static bool S_legacy_module_name(const char *s) {
  return s && (!psa_strcasecmp(s, "MSOnline") || !psa_strcasecmp(s, "AzureAD") ||
               !psa_strcasecmp(s, "AzureADPreview"));
}

/* One module line the migration edits: the name's replacement, and the
 * statement it stands in (the whole if statement when that is all the if
 * does: "if (-not (Get-Module ... MSOnline)) { Install-Module MSOnline }"). */
typedef struct {
  psa_span range;
  const char *text;
  const psa_command *cmd; /* an Install-Module / Import-Module, else NULL */
  psa_span unit;
  bool dropped;           /* a second identical line: the unit goes */
  const psa_command *probe; /* a Get-Module / Get-InstalledModule check, else NULL */
} S_mod_edit;

/* 'unit' as it reads after the name edits in it, with runs of white space
 * as one blank and letters folded (PowerShell names ignore case); false
 * when it does not fit 'out'. */
static bool S_unit_after(const psa_rule_ctx *ctx, const S_mod_edit *e, uint32_t n, psa_span unit,
                         char *out, size_t cap) {
  const char *t = ctx->src->text;
  size_t len = 0;
  for (uint32_t k = unit.start; k < unit.end;) {
    const char *piece = NULL;
    uint32_t skip = 1;
    for (uint32_t i = 0; i < n && !piece; i++)
      if (e[i].range.start == k && e[i].range.end <= unit.end) {
        piece = e[i].text;
        skip = e[i].range.end - k;
      }
    char one[2] = {t[k], 0};
    for (const char *q = piece ? piece : one; *q; q++) {
      char ch = isspace((unsigned char)*q) ? ' ' : (char)tolower((unsigned char)*q);
      if (ch == ' ' && len && out[len - 1] == ' ') continue;
      if (len + 1 >= cap) return false;
      out[len++] = ch;
    }
    k += skip ? skip : 1;
  }
  out[len] = 0;
  return true;
}

/* The span that deletes a dropped line's unit: the whole try statement when
 * the unit is all its try block holds and no finally follows (its catch
 * clauses ran only when that line threw), else the unit's lines. */
static psa_span S_drop_span(const psa_rule_ctx *ctx, psa_span unit) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  const psa_catch *in = NULL, *last = NULL;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if (k->try_body.end > ctx->src->text_len || unit.start < k->try_body.start ||
        unit.end > k->try_body.end)
      continue;
    if (!in || (k->try_body.start >= in->try_body.start && k->try_body.end <= in->try_body.end))
      in = k;
  }
  for (uint32_t i = 0; in && i < m->catch_count; i++)
    if (m->catches[i].statement.start == in->statement.start && m->catches[i].last)
      last = &m->catches[i];
  bool alone = in && last && last->span.end == in->statement.end;
  for (uint32_t k = alone ? in->try_body.start + 1 : 0; alone && k < unit.start; k++)
    alone = strchr(" \t\r\n;", t[k]) != NULL;
  for (uint32_t k = unit.end; alone && k + 1 < in->try_body.end; k++)
    alone = strchr(" \t\r\n;", t[k]) != NULL;
  return psa_fix_statement_span(ctx, alone ? in->statement : unit);
}

/* MSOnline and AzureAD lines both become the same Graph line ("Install-Module
 * Microsoft.Graph.Authentication, ... -Force" twice): a later one that
 * reads the same after the edits and always runs after the first
 * (psa_plan_runs_before) is dropped. One in another branch (if ... {
 * MSOnline } else { AzureAD }) stays: it is the only one that runs there. */
static void S_drop_repeated_lines(const psa_rule_ctx *ctx, S_mod_edit *e, uint32_t n) {
  char a[512], b[512];
  for (uint32_t j = 0; j < n; j++) {
    if (!e[j].cmd || e[j].dropped || !S_unit_after(ctx, e, n, e[j].unit, b, sizeof b)) continue;
    for (uint32_t i = 0; i < j && !e[j].dropped; i++) {
      if (!e[i].cmd || e[i].dropped || e[i].unit.end > e[j].unit.start ||
          !psa_plan_runs_before(ctx->model, ctx->src->text, ctx->src->text_len, e[i].unit,
                                e[i].cmd->scope, e[j].cmd) ||
          !S_unit_after(ctx, e, n, e[i].unit, a, sizeof a))
        continue;
      e[j].dropped = !strcmp(a, b);
    }
  }
}

/* Whether another command takes c's output from the pipeline: a probe
 * piped on (`Get-Module AzureAD -ListAvailable | ? { $_.Version ... }`)
 * tests the module's version, which the Graph module does not share. */
static bool S_output_consumed(const psa_model *m, const psa_command *c) {
  for (uint32_t j = 0; j < m->command_count; j++) {
    const psa_value *in = m->commands[j]->pipeline_input;
    if (in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) == c) return true;
  }
  return false;
}

/* The module name of a probe the binder left unbound: psauth's cmdlet table
 * lacks Get-Module, whose -Name is its first positional parameter and whose
 * -ListAvailable is a switch (the PowerShell reference), so `Get-Module
 * AzureAD -ListAvailable` leaves AzureAD unbound and `Get-Module
 * -ListAvailable AzureAD` reads it as the switch's value. Left as it was,
 * such a guard would stop the rewritten script where AzureAD is not
 * installed. */
static const psa_arg *S_probe_name_arg(const psa_command *c) {
  for (uint32_t k = 0; k < c->arg_count; k++) {
    const psa_arg *a = &c->args[k];
    const char *w = a->written ? a->written : a->param;
    if (a->via == PSA_BIND_UNBOUND ||
        (a->via == PSA_BIND_NAMED && w && !psa_strcasecmp(w, "ListAvailable") && a->value &&
         a->value->kind == PSA_V_STRING && a->value->span.start > a->span.start + strlen("-ListAvailable")))
      return a;
  }
  return NULL;
}

/* The script's own module loader called with MSOnline or AzureAD
 * ("Import-MyModule MSOnline", "Ensure-Module -Name AzureAD"): it loads
 * the Graph modules instead, like Import-Module would. Such a function
 * takes one name (a [string] parameter, compared with -eq to Get-Module's
 * names), so a call that is a statement of its own becomes one call per
 * module, as written, one a line. The text and, in 'span', what it
 * replaces; NULL when the call is no such loader or stands in an
 * expression. */
static const char *S_loader_text(psa_rule_ctx *ctx, const psa_command *c, const char *mods, psa_span *span) {
  static const char *const names[] = {"MSOnline", "AzureAD", "AzureADPreview", NULL};
  const psa_value *v = psa_fix_loader_arg(ctx, c, names);
  if (!v) return NULL;
  const char *t = ctx->src->text;
  char q = t[v->span.start] == '\'' || t[v->span.start] == '"' ? t[v->span.start] : 0;
  bool own = c->statement_span.start == c->span.start && c->statement_span.end == c->span.end &&
             c->depth_in_pipeline == 0 && !c->assigned_to;
  /* inside an expression (if (-not (Load-Module MSOnline)) {exit}): one
   * call cannot load several modules, and on a later pass, with the calls
   * already Graph's, the plan names fewer modules than they need; so
   * never there (the plan says so, S_check_loaders in modules.c) */
  if (!own) return NULL;
  psa_buf b;
  psa_buf_init(&b);
  for (const char *m = mods; *m;) {
    size_t k = strcspn(m, ",");
    psa_buf_printf(&b, "%s%.*s", b.len ? psa_ctx_printf(ctx, "\n%s", psa_fix_indent(ctx, c->span.start)) : "",
                   (int)(v->span.start - c->span.start), t + c->span.start);
    if (q) psa_buf_printf(&b, "%c%.*s%c", q, (int)k, m, q);
    else psa_buf_printf(&b, "%.*s", (int)k, m);
    psa_buf_printf(&b, "%.*s", (int)(c->span.end - v->span.end), t + v->span.end);
    m += k;
    while (*m == ',' || *m == ' ') m++;
  }
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  *span = c->span;
  return out;
}

uint32_t psa_graph_gate_anchor(psa_rule_ctx *ctx, uint32_t anchor) {
  const psa_model *m = ctx->model;
  uint32_t gate = anchor;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!psa_command_is(c, "Get-Module") || psa_command_arg(c, "ListAvailable") || c->in_string ||
        c->span.start >= anchor || (c->scope && c->scope->kind == PSA_SCOPE_FUNCTION))
      continue;
    const psa_arg *a = psa_command_arg(c, "Name");
    if (!a) a = S_probe_name_arg(c);
    if (!a || !a->value || a->value->kind != PSA_V_STRING || !a->value->literal ||
        !S_legacy_module_name(a->value->str))
      continue;
    uint32_t at = psa_plan_connect_anchor(m, c, true);
    if (at < gate) gate = at;
  }
  /* an install between the gate and the calls: the connection stays after
   * it (Connect-MgGraph needs the module on the machine) */
  for (uint32_t i = 0; i < m->command_count && gate < anchor; i++) {
    const psa_command *c = m->commands[i];
    if (psa_command_is(c, "Install-Module") && c->span.start >= gate && c->span.start < anchor) return anchor;
  }
  return gate;
}

bool psa_graph_loader_rewritten(psa_rule_ctx *ctx, const psa_graph_plan *p, const psa_command *cmd) {
  psa_span span = {0, 0};
  return S_loader_text(ctx, cmd, psa_graph_plan_modules(ctx, p), &span) != NULL;
}

void psa_graph_plan_module_edits(psa_rule_ctx *ctx, const psa_graph_plan *p, psa_fix *fx) {
  const psa_model *m = ctx->model;
  const char *mods = psa_graph_plan_modules(ctx, p);
  const psa_command *first_import = NULL;
  const psa_command *full[8]; /* the imports that name every Graph module */
  uint32_t nfull = 0;
  S_mod_edit edits[32];
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    bool probe = psa_command_is(c, "Get-Module") || psa_command_is(c, "Get-InstalledModule");
    /* Update-Module AzureADPreview keeps the old module current: it updates
     * the Graph modules instead (-Name takes several, like Install-Module) */
    if (!psa_command_is(c, "Import-Module") && !psa_command_is(c, "Install-Module") &&
        !psa_command_is(c, "Update-Module") && !probe)
      continue;
    bool consumed = probe && S_output_consumed(m, c);
    const psa_arg *a = psa_command_arg(c, "Name");
    if (!a && probe && !consumed) a = S_probe_name_arg(c);
    if (!a || !a->value || a->via == PSA_BIND_DEFAULT || c->in_string) continue;
    const psa_value *v = a->value;
    if (v->kind != PSA_V_STRING || !v->literal || !S_legacy_module_name(v->str)) continue;
    bool import = psa_command_is(c, "Import-Module");
    /* a probe (Get-Module -ListAvailable, Get-InstalledModule) and a second
     * import name one module */
    const char *first = p->entra ? "Microsoft.Entra" : "Microsoft.Graph.Authentication";
    if (import && first_import &&
        psa_plan_same_straight_line(m, ctx->src->text, ctx->src->text_len, first_import, c) &&
        c->statement_span.start == c->span.start && c->statement_span.end == c->span.end &&
        c->depth_in_pipeline == 0) {
      /* Import-Module AzureAD right after Import-Module MSOnline: the first
       * import already loads the Graph modules */
      psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, c->statement_span), "");
      continue;
    }
    /* a later import names the first module only when an import of them
     * all has always run before it; one in another branch names them all */
    bool after_full = false;
    for (uint32_t k = 0; import && k < nfull && !after_full; k++)
      after_full = psa_plan_runs_before(m, ctx->src->text, ctx->src->text_len,
                                        full[k]->statement_span, full[k]->scope, c);
    const char *text = probe || after_full ? first : mods;
    if (import && !after_full && nfull < 8) full[nfull++] = c;
    if (n == 32) {
      psa_fix_add_edit(ctx, fx, v->span, text);
    } else {
      /* a whole statement of its own (not in a pipeline or condition) can go;
       * a probe too when nothing takes its output (it only lists the module:
       * `Get-Module AzureAD -ListAvailable` and `Get-Module AzureADPreview
       * -ListAvailable` would otherwise become two identical lines) */
      bool own = (!probe || !consumed) && c->statement_span.start == c->span.start &&
                 c->statement_span.end == c->span.end && c->depth_in_pipeline == 0;
      edits[n++] = (S_mod_edit){v->span, text, own ? c : NULL,
                                own ? psa_fix_if_alone(ctx, c->statement_span) : c->statement_span,
                                false, probe ? c : NULL};
    }
    if (import && !first_import) first_import = c;
  }
  for (uint32_t i = 0; i < m->command_count && n < 32; i++) {
    const psa_command *c = m->commands[i];
    psa_span unit = {0, 0};
    const char *text = S_loader_text(ctx, c, mods, &unit);
    if (!text) continue;
    /* (a statement of its own: it may go as a repeat, like an import) */
    edits[n++] = (S_mod_edit){unit, text, c, psa_fix_if_alone(ctx, unit), false, NULL};
  }
  S_drop_repeated_lines(ctx, edits, n);
  for (uint32_t i = 0; i < n; i++) {
    bool in_dropped = false;
    for (uint32_t k = 0; k < n && !in_dropped; k++)
      in_dropped = edits[k].dropped && edits[i].range.start >= edits[k].unit.start &&
                   edits[i].range.end <= edits[k].unit.end;
    if (edits[i].dropped)
      psa_fix_add_edit(ctx, fx, S_drop_span(ctx, edits[i].unit), "");
    else if (!in_dropped) {
      psa_fix_add_edit(ctx, fx, edits[i].range, edits[i].text);
      /* "Importing MSOnline module..." right before it names the new modules */
      if (edits[i].cmd)
        psa_fix_stale_messages(ctx, fx, edits[i].cmd, NULL, NULL, NULL, psa_msg_graph_names);
    }
  }
  /* a module check it rewrote: the messages in its if name the Graph
   * modules instead of "Install-Module AzureAD" */
  for (uint32_t i = 0; i < n; i++) {
    psa_gprobe_edit hints[PSA_GPROBE_MAX];
    if (edits[i].cmd || edits[i].dropped || !edits[i].probe) continue;
    uint32_t nh = psa_gprobe_install_hints(ctx, edits[i].probe, mods, hints, PSA_GPROBE_MAX);
    psa_gprobe_add_edits(ctx, fx, hints, nh);
  }
  for (uint32_t r = 0; r < m->requires_count; r++) {
    const psa_requires *rq = &m->requires[r];
    bool first = true;
    for (uint32_t k = 0; k < rq->module_count; k++) {
      const psa_required_module *md = &rq->modules[k];
      if (!S_legacy_module_name(md->name) || md->span.end > ctx->src->text_len) continue;
      if (!first) {
        /* the first name already lists every module: drop ", AzureADPreview" */
        const char *t = ctx->src->text;
        uint32_t at = md->span.start;
        while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t')) at--;
        if (at > 0 && t[at - 1] == ',') {
          psa_fix_add_edit(ctx, fx, (psa_span){at - 1, md->span.end}, "");
          continue;
        }
      }
      psa_fix_add_edit(ctx, fx, md->span,
                       first ? mods : p->entra ? "Microsoft.Entra" : "Microsoft.Graph.Authentication");
      first = false;
    }
  }
}

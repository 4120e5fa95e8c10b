/* Name resolution and parameter binding, run once the walk has seen the
 * whole file. Binding follows PowerShell: named parameters first (exact
 * names and aliases win, then unique prefixes), then positional arguments
 * in the position order of the chosen parameter set; splatted hashtables
 * bind by key, splatted arrays by position; $PSDefaultParameterValues fills
 * what is still unbound. */
#include <stdlib.h>
#include <string.h>

#include "model/internal.h"

psa_variable *psa_model_variable(const psa_model *m, psa_scope *scope, const char *name) {
  for (psa_scope *s = scope ? scope : m->script; s; s = s->parent) {
    psa_variable *v = psa_model__find_var(m, s, name);
    if (v) return v;
  }
  for (uint32_t i = 0; i < m->import_count; i++) {
    psa_variable *v = psa_model_variable(m->imports[i], m->imports[i]->script, name);
    if (v) return v;
  }
  return NULL;
}

void psa_model__resolve(psa_model *m) {
  psa_model_impl *impl = m->impl;
  for (uint32_t i = impl->refs_done; i < impl->ref_count; i++) {
    psa_var_ref *r = &impl->refs[i];
    r->value->by_kind.var = psa_model_variable(m, r->scope, r->value->str);
    if (psa_value_var(r->value)) psa_value_var(r->value)->ref_count++;
  }
  impl->refs_done = impl->ref_count;
  uint32_t first_entry = impl->entry_refs_done;
  impl->entry_refs_done = impl->entry_ref_count;
  for (uint32_t i = first_entry; i < impl->entry_ref_count; i++) {
    psa_entry_ref *e = &impl->entry_refs[i];
    if (!psa_strcasecmp(e->var_value->str, "PSDefaultParameterValues")) {
      psa_default_param d = {e->key, e->value, e->span, e->key_span};
      if (m->default_count == impl->default_cap) {
        impl->default_cap = impl->default_cap ? impl->default_cap * 2 : 8;
        m->defaults = psa_xrealloc(m->defaults, impl->default_cap * sizeof(*m->defaults));
      }
      m->defaults[m->default_count++] = d;
      continue;
    }
    psa_variable *var = psa_value_var(e->var_value);
    if (!var) continue;
    if (var->entry_count == var->entry_cap) {
      size_t old = var->entry_cap * sizeof(*var->entries);
      var->entry_cap = var->entry_cap ? var->entry_cap * 2 : 4;
      var->entries = psa_arena_grow(&impl->arena, var->entries, old,
                                    var->entry_cap * sizeof(*var->entries));
    }
    var->entries[var->entry_count++] = (psa_hash_entry){e->key, e->key_span, e->span, e->value};
  }
}

/* ---- names ------------------------------------------------------------ */

static bool S_ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && psa_strcasecmp(s + n - k, suffix) == 0;
}

static bool S_is_path(const char *s) {
  return s[0] == '.' || s[0] == '/' || s[0] == '\\' || s[0] == '~' || (s[0] && s[1] == ':') ||
         S_ends_ci(s, ".ps1") || S_ends_ci(s, ".psm1") || S_ends_ci(s, ".exe") ||
         S_ends_ci(s, ".cmd") || S_ends_ci(s, ".bat");
}

static int S_fn_order(const void *a, const void *b) {
  const psa_function *x = *(psa_function *const *)a, *y = *(psa_function *const *)b;
  int c = psa_strcasecmp(x->name, y->name);
  if (c) return c;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

void psa_model__index_functions(psa_model *m) {
  psa_model_impl *impl = m->impl;
  if (!m->function_count || impl->fn_indexed == m->function_count) return;
  impl->fn_indexed = m->function_count;
  free(impl->fn_sorted);
  impl->fn_sorted = psa_xmalloc(m->function_count * sizeof(*impl->fn_sorted));
  for (uint32_t i = 0; i < m->function_count; i++) impl->fn_sorted[i] = &m->functions[i];
  qsort(impl->fn_sorted, m->function_count, sizeof(*impl->fn_sorted), S_fn_order);
}

/* The earliest definition of a function named 'name', or NULL. */
static const psa_function *S_function(const psa_model *m, const char *name) {
  const psa_model_impl *impl = m->impl;
  if (!impl->fn_sorted) return NULL;
  uint32_t lo = 0, hi = m->function_count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (psa_strcasecmp(impl->fn_sorted[mid]->name, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < m->function_count && !psa_strcasecmp(impl->fn_sorted[lo]->name, name))
    return impl->fn_sorted[lo];
  return NULL;
}

/* A script function shadows a cmdlet for calls after its definition, and
 * for calls inside function bodies (they run later, once it exists). */
static bool S_is_function_at(const psa_model *m, const char *name, const psa_command *call) {
  const psa_function *fn = S_function(m, name);
  if (fn && (!call || call->scope->kind == PSA_SCOPE_FUNCTION || fn->span.start < call->span.start))
    return true;
  for (uint32_t i = 0; i < m->import_count; i++)
    if (S_is_function_at(m->imports[i], name, NULL)) return true;
  return false;
}

static const char *S_script_alias(const psa_model_impl *impl, const char *name) {
  for (uint32_t i = impl->alias_count; i-- > 0;)
    if (!psa_strcasecmp(impl->aliases[i].alias, name)) return impl->aliases[i].target;
  return NULL;
}

/* The constant string of the n-th positional ARG or of -Name, for the
 * pre-binding look at Set-Alias/New-Alias. */
static const char *S_raw_string(const psa_model *m, const psa_raw_command *raw, const char *param,
                                int position) {
  int pos = 0;
  for (uint32_t i = 0; i < raw->element_count; i++) {
    const psa_raw_element *e = &raw->elements[i];
    if (e->kind == PSA_RAW_PARAM) {
      bool match = psa_has_prefix_ci(param, strlen(param), e->name) && e->name[0];
      const psa_value *v = e->value;
      if (!v && i + 1 < raw->element_count && raw->elements[i + 1].kind == PSA_RAW_ARG) {
        v = raw->elements[i + 1].value;
        i++;
      }
      if (match && v) return psa_value_string(m, v);
      continue;
    }
    if (e->kind == PSA_RAW_ARG && pos++ == position) return psa_value_string(m, e->value);
  }
  return NULL;
}

static void S_resolve_name(psa_model *m, psa_raw_command *raw) {
  psa_model_impl *impl = m->impl;
  psa_command *cmd = raw->cmd;
  const char *written = raw->name_text;
  if (!written && raw->cmd->name_value) written = psa_value_string(m, raw->cmd->name_value);
  if (!written) {
    cmd->dynamic = true;
    cmd->name = cmd->written = "";
    return;
  }
  cmd->written = written;
  const char *name = written;
  if (!S_is_path(written)) {
    const char *bs = strrchr(written, '\\');
    if (bs && bs != written) {
      cmd->module = psa_arena_strndup(&impl->arena, written, (size_t)(bs - written));
      name = bs + 1;
    }
  }
  cmd->name = name;
  if (S_is_function_at(m, name, cmd)) {
    cmd->local_function = true;
    return;
  }
  if (!cmd->module) {
    const char *target = S_script_alias(impl, name);
    if (target) {
      cmd->alias = name;
      name = target;
      cmd->name = target;
    }
    if (S_is_function_at(m, name, cmd)) {
      cmd->local_function = true;
      return;
    }
    const char *canon = psa_cmdtable_resolve_alias(name, strlen(name), NULL);
    if (canon) {
      if (!cmd->alias) cmd->alias = name;
      name = canon;
      cmd->name = canon;
    }
  }
  cmd->info = psa_cmdtable_find(name, strlen(name));
  if (cmd->info) cmd->name = psa_cmd_name(cmd->info);
}

/* ---- binding ---------------------------------------------------------- */

typedef struct {
  psa_arg *args;
  uint32_t count, cap;
} S_args;

static void S_add(S_args *a, psa_arg arg) {
  if (a->count == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 8;
    a->args = psa_xrealloc(a->args, a->cap * sizeof(*a->args));
  }
  a->args[a->count++] = arg;
}

static bool S_bound(const S_args *a, const char *param) {
  for (uint32_t i = 0; i < a->count; i++)
    if (a->args[i].param && a->args[i].via != PSA_BIND_UNBOUND &&
        !psa_strcasecmp(a->args[i].param, param))
      return true;
  return false;
}

static psa_arg S_named(const psa_command *cmd, const char *written, psa_span param_span) {
  psa_arg arg = {0};
  arg.written = written;
  arg.param = written;
  arg.param_span = param_span;
  arg.span = param_span;
  arg.match = PSA_PARAM_UNKNOWN;
  if (cmd->info) {
    const psa_param_info *p = NULL;
    arg.match = psa_cmd_match_param(cmd->info, written, strlen(written), &p);
    if (p) arg.param = p->name;
  }
  return arg;
}

static bool S_takes_value(const psa_command *cmd, const psa_arg *arg) {
  if (!cmd->info || (arg->match != PSA_PARAM_EXACT && arg->match != PSA_PARAM_PREFIX)) return true;
  const psa_param_info *p = psa_cmd_param(cmd->info, arg->param);
  return !(p && p->is_switch);
}

typedef struct {
  psa_value *value;
  psa_span span;
} S_positional;

/* Whether a value holds a PSSession: made by New-PSSession, Get-PSSession
 * or the legacy session cmdlets. Resolved names are not final yet here, so
 * the names as written are compared (aliases included). */
static bool S_is_session(const psa_model *m, const psa_value *v) {
  static const char *const makers[] = {"New-PSSession", "nsn", "Get-PSSession", "gsn",
                                       "New-CsOnlineSession", "New-ExoPSSession", NULL};
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(m, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    if (prods[i]->kind != PSA_V_COMMAND) continue;
    const char *w = psa_value_cmd(prods[i])->name ? psa_value_cmd(prods[i])->name : "";
    const char *bs = strrchr(w, '\\');
    if (bs) w = bs + 1;
    for (int k = 0; makers[k]; k++)
      if (!psa_strcasecmp(w, makers[k])) return true;
  }
  return false;
}

/* Keys and values of every hashtable a splatted variable may hold. */
static void S_splat(psa_model *m, psa_command *cmd, const psa_raw_element *e, S_args *out,
                    S_positional **pos, uint32_t *npos, uint32_t *pos_cap) {
  psa_variable *var = psa_model_variable(m, e->splat_script ? m->script : cmd->scope, e->name);
  if (!var) return;
  /* keys bound twice (a hashtable assigned in two branches) are looked for
   * only while that stays cheap: a huge generated splat binds linearly */
  uint32_t total = var->entry_count;
  for (uint32_t i = 0; i < var->assign_count; i++)
    if (var->assigns[i].value->kind == PSA_V_HASH) total += var->assigns[i].value->entry_count;
  bool dedupe = total <= 1024;
  /* a key bound twice binds from the assignment written last before the
   * call (one per branch: `if (x) { $p = @{...}; New-PSSession @p } else
   * { $p = @{...}; New-PSSession @p }`), then from the others in order */
  uint32_t last = var->assign_count;
  for (uint32_t i = 0; i < var->assign_count; i++)
    if (var->assigns[i].value->kind == PSA_V_HASH && var->assigns[i].span.end <= cmd->span.start &&
        (last == var->assign_count || var->assigns[i].span.start > var->assigns[last].span.start))
      last = i;
  for (uint32_t j = 0; j < var->assign_count; j++) {
    uint32_t i = last == var->assign_count ? j : j == 0 ? last : j <= last ? j - 1 : j;
    psa_value *v = var->assigns[i].value;
    if (v->kind == PSA_V_HASH) {
      for (uint32_t k = 0; k < v->entry_count; k++) {
        const psa_hash_entry *he = &psa_value_entries(v)[k];
        if (!he->key) continue;
        psa_arg arg = S_named(cmd, he->key, he->key_span);
        arg.via = PSA_BIND_SPLAT;
        arg.span = he->span;
        arg.value = he->value;
        if (!dedupe || !S_bound(out, arg.param)) S_add(out, arg);
      }
    } else if (v->kind == PSA_V_ARRAY) {
      for (uint32_t k = 0; k < v->item_count; k++) {
        if (*npos == *pos_cap) {
          *pos_cap = *pos_cap ? *pos_cap * 2 : 8;
          *pos = psa_xrealloc(*pos, *pos_cap * sizeof(**pos));
        }
        (*pos)[(*npos)++] = (S_positional){v->items[k], v->items[k]->span};
      }
    }
  }
  for (uint32_t k = 0; k < var->entry_count; k++) {
    const psa_hash_entry *he = &var->entries[k];
    psa_arg arg = S_named(cmd, he->key, he->key_span);
    arg.via = PSA_BIND_SPLAT;
    arg.span = he->span;
    arg.value = he->value;
    if (!dedupe || !S_bound(out, arg.param)) S_add(out, arg);
  }
}

static void S_defaults(psa_model *m, psa_command *cmd, S_args *out) {
  for (uint32_t i = 0; i < m->default_count; i++) {
    const psa_default_param *d = &m->defaults[i];
    if (d->span.start >= cmd->span.start) continue; /* set after this call */
    const char *colon = strrchr(d->pattern, ':');
    if (!colon) continue;
    char cmdpat[256];
    size_t n = (size_t)(colon - d->pattern);
    if (n >= sizeof(cmdpat)) continue;
    memcpy(cmdpat, d->pattern, n);
    cmdpat[n] = '\0';
    if (!psa_wild_match_ci(cmdpat, cmd->name)) continue; /* $PSDefaultParameterValues keys */
    const char *pname = colon + 1;
    psa_arg arg = S_named(cmd, pname, d->key_span);
    if (cmd->info && arg.match != PSA_PARAM_EXACT) continue; /* keys name parameters fully */
    if (S_bound(out, arg.param)) continue;
    arg.via = PSA_BIND_DEFAULT;
    arg.span = d->span;
    arg.value = d->value;
    S_add(out, arg);
  }
}

/* What the value of a positional argument is known to be, for set choice. */
static psa_arg_shape S_shape(const psa_value *v) {
  switch (v ? v->kind : PSA_V_UNKNOWN) {
    case PSA_V_SCRIPTBLOCK: return PSA_ARG_SCRIPTBLOCK;
    case PSA_V_STRING:
    case PSA_V_NUMBER:
    case PSA_V_INTERP:
    case PSA_V_ARRAY: return PSA_ARG_CONSTANT;
    default: return PSA_ARG_ANY;
  }
}

static void S_bind(psa_model *m, psa_raw_command *raw) {
  psa_model_impl *impl = m->impl;
  psa_command *cmd = raw->cmd;
  S_args out = {0};
  S_positional *pos = NULL;
  uint32_t npos = 0, pos_cap = 0;
  for (uint32_t i = 0; i < raw->element_count; i++) {
    const psa_raw_element *e = &raw->elements[i];
    if (e->kind == PSA_RAW_PARAM) {
      psa_arg arg = S_named(cmd, e->name, e->span);
      arg.via = PSA_BIND_NAMED;
      arg.colon = e->colon;
      if (e->value) {
        arg.value = e->value;
        arg.param_span.end = arg.param_span.start + (uint32_t)strlen(e->name) + 1;
      } else if (S_takes_value(cmd, &arg) && i + 1 < raw->element_count &&
                 raw->elements[i + 1].kind == PSA_RAW_ARG) {
        arg.value = raw->elements[i + 1].value;
        arg.span.end = raw->elements[i + 1].span.end;
        i++;
      }
      S_add(&out, arg);
    } else if (e->kind == PSA_RAW_SPLAT) {
      S_splat(m, cmd, e, &out, &pos, &npos, &pos_cap);
    } else {
      if (npos == pos_cap) {
        pos_cap = pos_cap ? pos_cap * 2 : 8;
        pos = psa_xrealloc(pos, pos_cap * sizeof(*pos));
      }
      pos[npos++] = (S_positional){e->value, e->span};
    }
  }
  /* A session object passed by position binds -Session, as PowerShell's
   * type-driven set selection does (Remove-PSSession $s, icm $s {...}). */
  if (cmd->info && npos && psa_cmd_param(cmd->info, "Session") && !S_bound(&out, "Session") &&
      S_is_session(m, pos[0].value)) {
    psa_arg arg = {0};
    arg.param = psa_cmd_param(cmd->info, "Session")->name;
    arg.via = PSA_BIND_POSITIONAL;
    arg.match = PSA_PARAM_EXACT;
    arg.value = pos[0].value;
    arg.span = pos[0].span;
    arg.param_span = (psa_span){pos[0].span.start, pos[0].span.start};
    S_add(&out, arg);
    memmove(pos, pos + 1, (npos - 1) * sizeof(*pos));
    npos--;
  }
  /* positional arguments: the parameter sets left by the named ones, and
   * the shape of each argument, choose the parameters (see cmdtable.h) */
  const psa_param_info *slot_buf[16];
  psa_arg_shape shape_buf[16];
  const psa_param_info **slots = npos <= 16 ? slot_buf : psa_xmalloc(npos * sizeof(*slots));
  psa_arg_shape *shapes = npos <= 16 ? shape_buf : psa_xmalloc(npos * sizeof(*shapes));
  if (cmd->info && npos) {
    const char *bound[64];
    size_t nb = 0;
    for (uint32_t i = 0; i < out.count && nb < 64; i++)
      if (out.args[i].match == PSA_PARAM_EXACT || out.args[i].match == PSA_PARAM_PREFIX)
        bound[nb++] = out.args[i].param;
    for (uint32_t i = 0; i < npos; i++) shapes[i] = S_shape(pos[i].value);
    psa_cmd_bind_positionals(cmd->info, bound, nb, shapes, npos, slots);
  } else {
    for (uint32_t i = 0; i < npos; i++) slots[i] = NULL;
  }
  for (uint32_t i = 0; i < npos; i++) {
    psa_arg arg = {0};
    arg.value = pos[i].value;
    arg.span = pos[i].span;
    arg.param_span = (psa_span){pos[i].span.start, pos[i].span.start};
    if (slots[i]) {
      arg.param = slots[i]->name;
      arg.via = PSA_BIND_POSITIONAL;
      arg.match = PSA_PARAM_EXACT;
    } else {
      arg.via = PSA_BIND_UNBOUND;
      arg.match = PSA_PARAM_UNKNOWN;
    }
    S_add(&out, arg);
  }
  free(pos);
  if (slots != slot_buf) free(slots);
  if (shapes != shape_buf) free(shapes);
  S_defaults(m, cmd, &out);
  cmd->args = psa_arena_alloc(&impl->arena, (out.count ? out.count : 1) * sizeof(psa_arg));
  if (out.count) memcpy(cmd->args, out.args, out.count * sizeof(psa_arg));
  cmd->arg_count = out.count;
  free(out.args);
}

static void S_collect_alias(psa_model *m, psa_raw_command *raw) {
  psa_model_impl *impl = m->impl;
  const char *n = raw->name_text;
  if (!n) return;
  if (psa_strcasecmp(n, "Set-Alias") && psa_strcasecmp(n, "New-Alias") &&
      psa_strcasecmp(n, "sal") && psa_strcasecmp(n, "nal"))
    return;
  const char *alias = S_raw_string(m, raw, "Name", 0);
  const char *target = S_raw_string(m, raw, "Value", 1);
  if (!alias || !target) return;
  if (impl->alias_count == impl->alias_cap) {
    impl->alias_cap = impl->alias_cap ? impl->alias_cap * 2 : 4;
    impl->aliases = psa_xrealloc(impl->aliases, impl->alias_cap * sizeof(*impl->aliases));
  }
  impl->aliases[impl->alias_count].alias = alias;
  impl->aliases[impl->alias_count].target = target;
  impl->alias_count++;
}

void psa_model__bind(psa_model *m) {
  psa_model_impl *impl = m->impl;
  /* the raws of the file, then those of each nested script in turn */
  uint32_t first = impl->raws_done;
  impl->raws_done = impl->raw_count;
  psa_model__index_functions(m);
  for (uint32_t i = first; i < impl->raw_count; i++) S_collect_alias(m, impl->raws[i]);
  for (uint32_t i = first; i < impl->raw_count; i++) S_resolve_name(m, impl->raws[i]);
  for (uint32_t i = first; i < impl->raw_count; i++) S_bind(m, impl->raws[i]);
  /* dot-sourced files: the path is kept for the driver to load (not from
   * nested scripts: a new process does not share the definitions) */
  for (uint32_t i = first; i < impl->raw_count; i++) {
    psa_command *cmd = impl->raws[i]->cmd;
    if (!cmd->dot_source || cmd->in_string) continue;
    psa_dot_source ds = {cmd, cmd->dynamic ? NULL : cmd->written};
    if (m->dot_source_count == impl->dot_source_cap) {
      impl->dot_source_cap = impl->dot_source_cap ? impl->dot_source_cap * 2 : 4;
      m->dot_sources = psa_xrealloc(m->dot_sources, impl->dot_source_cap * sizeof(*m->dot_sources));
    }
    m->dot_sources[m->dot_source_count++] = ds;
  }
}

void psa_model_import(psa_model *m, const psa_model *imported) {
  psa_model_impl *impl = m->impl;
  if (m->import_count == impl->import_cap) {
    impl->import_cap = impl->import_cap ? impl->import_cap * 2 : 4;
    m->imports = psa_xrealloc((void *)m->imports, impl->import_cap * sizeof(*m->imports));
  }
  m->imports[m->import_count++] = imported;
  /* unresolved variables may now resolve in the imported scope */
  for (uint32_t i = 0; i < impl->ref_count; i++) {
    psa_var_ref *r = &impl->refs[i];
    if (!psa_value_var(r->value))
      r->value->by_kind.var = psa_model_variable(m, r->scope, r->value->str);
  }
  /* Set-Alias / New-Alias in the dot-sourced file (and in the files it
   * dot-sources, already merged into it) name commands here too: commands
   * that matched nothing are resolved and bound again */
  const psa_model_impl *in = imported->impl;
  if (!in->alias_count) return;
  for (uint32_t i = in->alias_count; i-- > 0;) {
    if (impl->alias_count == impl->alias_cap) {
      impl->alias_cap = impl->alias_cap ? impl->alias_cap * 2 : 4;
      impl->aliases = psa_xrealloc(impl->aliases, impl->alias_cap * sizeof(*impl->aliases));
    }
    /* the importer's own definitions come later and win */
    memmove(impl->aliases + 1, impl->aliases, impl->alias_count * sizeof(*impl->aliases));
    impl->aliases[0] = in->aliases[i];
    impl->alias_count++;
  }
  for (uint32_t i = 0; i < impl->raws_done; i++) {
    psa_raw_command *raw = impl->raws[i];
    psa_command *cmd = raw->cmd;
    if (cmd->info || cmd->local_function || cmd->dynamic || !raw->name_text) continue;
    bool aliased = false;
    for (uint32_t k = 0; k < in->alias_count && !aliased; k++)
      aliased = !psa_strcasecmp(impl->aliases[k].alias, raw->name_text);
    if (!aliased) continue;
    cmd->module = NULL;
    cmd->alias = NULL;
    S_resolve_name(m, raw);
    S_bind(m, raw);
  }
}

void psa_model_free(psa_model *m) {
  if (!m) return;
  psa_model_impl *impl = m->impl;
  free(impl->own_scopes);
  free(m->nested);
  psa_big_free(impl->raws);
  free(impl->names);
  psa_big_free(impl->refs);
  free(impl->entry_refs);
  free(impl->aliases);
  free(impl->var_slots);
  free(impl->fn_sorted);
  psa_big_free(m->commands);
  free(m->functions);
  free(m->member_assigns);
  free(m->env_assigns);
  free(m->defaults);
  free(m->dot_sources);
  free(m->calls);
  psa_big_free(m->members);
  free(m->foreach_loops);
  free(m->blocks);
  free(m->catches);
  free(m->script_blocks);
  for (uint32_t i = 0; i < m->requires_count; i++) free(m->requires[i].modules);
  free(m->requires);
  free((void *)m->imports);
  psa_arena_free(&impl->arena);
  free(impl);
  free(m);
}

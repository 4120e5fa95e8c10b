/* AzureAD's directory setting objects (graph_dirsetting.h).
 *
 * AzureAD's DirectorySetting has a by-name indexer ($s['EnableGroupCreation'])
 * and its template object a CreateDirectorySetting() method making a setting
 * with every value at the template's default; Set-/New-AzureADDirectorySetting
 * send the whole object. Microsoft Graph's directorySetting has the same
 * Id, DisplayName, TemplateId and Values (objects with Name and Value), no
 * indexer, and Update-MgBetaDirectorySetting / New-MgBetaDirectorySetting
 * take -Values / -BodyParameter (Microsoft's "Configure group settings using
 * PowerShell" and "Manage who can create Microsoft 365 Groups", source
 * `dirsettings` in docs/migration-graph.md). So the rewrite keeps the
 * script's own steps in their order:
 *   $s['Name'] (read or set)  -> ($s.Values | Where-Object { $_.Name -eq 'Name' }).Value
 *   $t.CreateDirectorySetting() -> @{ TemplateId = $t.Id; Values = @(every template
 *                                  value with its default) }   (a hashtable -BodyParameter takes)
 *   -DirectorySetting $s      -> -BodyParameter $s (New) / -Values $s.Values (Set: all of
 *                                them, as AzureAD sent them)
 * Only where every use of every setting and template variable is one of
 * those: a computed key, a setting passed elsewhere or read whole leaves the
 * whole unit to a person. Variables are found by name in the text (the model
 * lists neither index reads nor these method calls by variable), so a name
 * used by several functions is refused. */
#include "rules/graph_dirsetting.h"

#include <stdio.h>
#include <string.h>

#include "base/util.h"

#define S_MAX_VARS 16

typedef enum { S_GOT = 1, S_MADE = 2 } S_kind;

typedef struct {
  const psa_variable *sets[S_MAX_VARS]; /* setting objects */
  uint32_t set_count;
  const psa_variable *tmpls[S_MAX_VARS]; /* templates whose CreateDirectorySetting() runs */
  uint32_t tmpl_count;
  psa_span spans[PSA_GRAPH_DS_MAX];
  const char *texts[PSA_GRAPH_DS_MAX];
  uint32_t edit_count;
} S_unit;

static bool S_ident(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* Where the comment starting at t[i] ends, or i when none starts there. */
static size_t S_skip_comment(const char *t, size_t len, size_t i) {
  if (t[i] == '<' && i + 1 < len && t[i + 1] == '#') {
    for (size_t k = i + 2; k + 1 < len; k++)
      if (t[k] == '#' && t[k + 1] == '>') return k + 2;
    return len;
  }
  if (t[i] == '#' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r' ||
                      t[i - 1] == ';')) {
    while (i < len && t[i] != '\n') i++;
    return i;
  }
  return i;
}

/* The next $name (the whole name) at or after *from outside comments: its
 * offset, or UINT32_MAX. */
static uint32_t S_next_use(const psa_rule_ctx *ctx, const char *name, uint32_t *from) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len, n = strlen(name);
  for (size_t i = *from; i + n < len; i++) {
    size_t past = S_skip_comment(t, len, i);
    if (past != i) {
      i = past - 1;
      continue;
    }
    if (t[i] != '$' || psa_strncasecmp(t + i + 1, name, n) || (i + 1 + n < len && S_ident(t[i + 1 + n])))
      continue;
    *from = (uint32_t)(i + 1);
    return (uint32_t)i;
  }
  *from = (uint32_t)len;
  return UINT32_MAX;
}

/* Where the text names the variable other than as $name (${name},
 * $script:name): an offset, or UINT32_MAX. Comments are skipped. */
static uint32_t S_other_spelling(const psa_rule_ctx *ctx, const char *name) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len, n = strlen(name);
  for (size_t i = 1; i + n <= len; i++) {
    size_t past = S_skip_comment(t, len, i);
    if (past != i) {
      i = past - 1;
      continue;
    }
    if ((t[i - 1] != '{' && t[i - 1] != ':') || psa_strncasecmp(t + i, name, n) || (i + n < len && S_ident(t[i + n])))
      continue;
    size_t b = i - 1;
    if (t[b] == ':')
      while (b > 0 && S_ident(t[b - 1])) b--;
    if (b > 0 && t[b - 1] == '$') return (uint32_t)(b - 1);
  }
  return UINT32_MAX;
}

/* The command whose objects a value holds, past Where-Object stages (they
 * pass some of its objects on unchanged). */
static const psa_command *S_source(const psa_value *v, bool *filtered) {
  const psa_command *c = v ? psa_value_cmd(v) : NULL;
  while (c && psa_command_is(c, "Where-Object") && c->pipeline_input) {
    if (filtered) *filtered = true;
    c = psa_value_cmd(c->pipeline_input);
  }
  return c;
}

/* $t.CreateDirectorySetting() with no argument: t, else NULL. */
static const psa_variable *S_made_from(const psa_value *v) {
  if (!v || v->kind != PSA_V_METHOD_CALL || v->item_count || !psa_value_member(v) ||
      psa_strcasecmp(psa_value_member(v), "CreateDirectorySetting") || !v->base)
    return NULL;
  return psa_value_var(v->base);
}

static bool S_has(const psa_variable *const *list, uint32_t n, const psa_variable *v) {
  for (uint32_t i = 0; i < n; i++)
    if (list[i] == v) return true;
  return false;
}

/* Whether another scope than var's has a variable of its name. */
static bool S_name_shared(const psa_model *m, const psa_variable *var) {
  const psa_scope *scopes[65];
  uint32_t n = 0;
  scopes[n++] = m->script;
  for (uint32_t i = 0; i < m->function_count && n < 65; i++) scopes[n++] = m->functions[i].scope;
  for (uint32_t i = 0; i < n; i++)
    for (const psa_variable *v = scopes[i] ? scopes[i]->vars : NULL; v; v = v->next)
      if (v != var && !psa_strcasecmp(v->name, var->name)) return true;
  return false;
}

/* The -DirectorySetting variable of a New-/Set-AzureADDirectorySetting. */
static const psa_variable *S_passed(const psa_command *cmd) {
  const psa_arg *a = psa_command_arg(cmd, "DirectorySetting");
  return a && a->value ? psa_value_var(a->value) : NULL;
}

static bool S_is_new(const psa_command *c) { return psa_command_is(c, "New-AzureADDirectorySetting"); }
static bool S_is_set(const psa_command *c) { return psa_command_is(c, "Set-AzureADDirectorySetting"); }

/* The kind of one assignment of a setting variable: S_GOT (a
 * Get-AzureADDirectorySetting of one setting, by -Id or a Where-Object, or
 * a copy of a variable holding only such), S_MADE (a template's
 * CreateDirectorySetting()), else 0. */
static int S_assign_kind(const psa_assignment *as, int depth) {
  if (as->append || as->type || !as->value) return 0;
  if (S_made_from(as->value)) return S_MADE;
  bool filtered = false;
  const psa_command *src = S_source(as->value, &filtered);
  if (src && psa_command_is(src, "Get-AzureADDirectorySetting") && !src->in_string)
    return filtered || psa_command_arg(src, "Id") ? S_GOT : 0;
  const psa_variable *from = psa_value_var(as->value);
  if (!from || depth > 2 || !from->assign_count || from->is_parameter || from->is_foreach) return 0;
  for (uint32_t i = 0; i < from->assign_count; i++)
    if (S_assign_kind(&from->assigns[i], depth + 1) != S_GOT) return 0;
  return S_GOT;
}

static bool S_holds(psa_span outer, uint32_t at) { return at >= outer.start && at < outer.end; }

/* Whether every if clause and loop holding 'from' also holds 'at': a
 * statement at 'from' that ran has run whenever 'at' runs after it. */
static bool S_dominates(const psa_model *m, uint32_t from, uint32_t at) {
  for (uint32_t b = 0; b < m->block_count; b++)
    if (S_holds(m->blocks[b].span, from) && !S_holds(m->blocks[b].span, at)) return false;
  return true;
}

/* The kind of the object $var holds at 'at': that of every assignment that
 * may reach it (before it, not in another clause of an if holding it, not
 * replaced by a later assignment that always runs before it); 0 when none
 * or they differ. */
static int S_kind_at(const psa_model *m, const psa_variable *var, uint32_t at) {
  int kind = 0;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->span.end > at) continue;
    bool excluded = false;
    for (uint32_t b = 0; b < m->block_count && !excluded; b++)
      excluded = m->blocks[b].kind != PSA_BLOCK_LOOP && S_holds(m->blocks[b].span, a->span.start) &&
                 !S_holds(m->blocks[b].span, at) && S_holds(m->blocks[b].statement, at);
    for (uint32_t k = 0; k < var->assign_count && !excluded; k++) {
      const psa_assignment *l = &var->assigns[k];
      excluded = l->span.start >= a->span.end && l->span.end <= at && S_dominates(m, l->span.start, at);
    }
    if (excluded) continue;
    int k = S_assign_kind(a, 0);
    if (!k || (kind && k != kind)) return 0;
    kind = k;
  }
  return kind;
}

/* Whether the use of $var at [i, e) only tests it for $null (if (!$s),
 * -not $s, $s -eq $null, $null -ne $s, if ($s)): true alike for the
 * rewritten setting. */
static bool S_null_test(const char *t, size_t len, uint32_t i, uint32_t e) {
  size_t a = e;
  while (a < len && (t[a] == ' ' || t[a] == '\t')) a++;
  bool cmp_after = a + 3 < len && t[a] == '-' &&
                   (!psa_strncasecmp(t + a + 1, "eq", 2) || !psa_strncasecmp(t + a + 1, "ne", 2)) &&
                   (t[a + 3] == ' ' || t[a + 3] == '\t');
  if (cmp_after) {
    a += 3;
    while (a < len && (t[a] == ' ' || t[a] == '\t')) a++;
    return a + 5 <= len && !psa_strncasecmp(t + a, "$null", 5) && (a + 5 == len || !S_ident(t[a + 5]));
  }
  size_t b = i;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  if (b > 0 && t[b - 1] == '!') return true;
  if (b >= 4 && !psa_strncasecmp(t + b - 4, "-not", 4)) return true;
  if (b >= 3 && t[b - 3] == '-' && (!psa_strncasecmp(t + b - 2, "eq", 2) || !psa_strncasecmp(t + b - 2, "ne", 2))) {
    size_t n = b - 3;
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t')) n--;
    return n >= 5 && !psa_strncasecmp(t + n - 5, "$null", 5);
  }
  if (b > 0 && t[b - 1] == '(' && a < len && t[a] == ')') {
    size_t n = b - 1;
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t')) n--;
    return (n >= 2 && !psa_strncasecmp(t + n - 2, "if", 2) && (n == 2 || !S_ident(t[n - 3])));
  }
  return false;
}

static void S_edit(S_unit *u, psa_span s, const char *text) {
  if (u->edit_count < PSA_GRAPH_DS_MAX) {
    u->spans[u->edit_count] = s;
    u->texts[u->edit_count] = text;
  }
  u->edit_count++;
}

/* Checks every use of setting variable var; adds its edits. */
static const char *S_check_setting(psa_rule_ctx *ctx, const psa_model *m, S_unit *u, const psa_variable *var) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len, n = strlen(var->name);
  if (var->is_parameter || var->is_foreach || !var->assign_count)
    return psa_ctx_printf(ctx, "the setting object $%s comes from outside the file", var->name);
  if (S_name_shared(m, var))
    return psa_ctx_printf(ctx, "$%s names variables of several functions", var->name);
  uint32_t other = S_other_spelling(ctx, var->name);
  if (other != UINT32_MAX)
    return psa_ctx_printf(ctx, "$%s is named another way (line %u)", var->name, psa_line_of(ctx, other));
  for (uint32_t i = 0; i < var->assign_count; i++)
    if (!S_assign_kind(&var->assigns[i], 0))
      return psa_ctx_printf(ctx, "$%s (line %u) is not a setting from Get-AzureADDirectorySetting (one, by -Id "
                            "or a Where-Object) or from a template's CreateDirectorySetting()",
                            var->name, psa_line_of(ctx, var->assigns[i].span.start));
  uint32_t from = 0, written = UINT32_MAX, saved = 0, seen = 0;
  for (uint32_t i; (i = S_next_use(ctx, var->name, &from)) != UINT32_MAX;) {
    uint32_t e = i + 1 + (uint32_t)n;
    unsigned line = psa_line_of(ctx, i);
    bool target = false;
    for (uint32_t k = 0; k < var->assign_count && !target; k++) target = var->assigns[k].target_span.start == i;
    if (target) continue;
    seen++;
    int kind = S_kind_at(m, var, i);
    if (!kind)
      return psa_ctx_printf(ctx, "$%s (line %u) may hold a setting read from the directory or one made from a "
                            "template, or none", var->name, line);
    if (e < len && t[e] == '[') {
      /* $s['Name']: a literal key only */
      char q = e + 1 < len ? t[e + 1] : 0;
      uint32_t k = e + 2;
      while (k < len && S_ident(t[k])) k++;
      if ((q != '\'' && q != '"') || k == e + 2 || k + 1 >= len || t[k] != q || t[k + 1] != ']')
        return psa_ctx_printf(ctx, "$%s[...] (line %u) names the value by other than a literal name", var->name,
                              line);
      const char *key = psa_ctx_printf(ctx, "%.*s", (int)(k - e - 2), t + e + 2);
      uint32_t eq = k + 2;
      while (eq < len && (t[eq] == ' ' || t[eq] == '\t')) eq++;
      if (eq + 1 < len && t[eq] == '=' && t[eq + 1] != '=' && written == UINT32_MAX) written = i;
      S_edit(u, (psa_span){i, k + 2},
             psa_ctx_printf(ctx, "($%s.Values | Where-Object { $_.Name -eq '%s' }).Value", var->name, key));
      continue;
    }
    if (e < len && t[e] == '.') {
      uint32_t k = e + 1;
      while (k < len && S_ident(t[k])) k++;
      const char *mem = psa_ctx_printf(ctx, "%.*s", (int)(k - e - 1), t + e + 1);
      if (k < len && t[k] == '(')
        return psa_ctx_printf(ctx, "$%s.%s() (line %u) calls a method Graph's objects lack", var->name, mem, line);
      /* the Graph object's own properties; a made setting's Values are hashtables */
      if (!psa_strcasecmp(mem, "Id") || !psa_strcasecmp(mem, "DisplayName") || !psa_strcasecmp(mem, "TemplateId") ||
          (kind == S_GOT && !psa_strcasecmp(mem, "Values")))
        continue;
      return psa_ctx_printf(ctx, "$%s.%s (line %u) has no exact counterpart on the rewritten setting", var->name,
                            mem, line);
    }
    if (S_null_test(t, len, i, e)) continue;
    bool passed = false;
    for (uint32_t c = 0; c < m->command_count && !passed; c++) {
      const psa_command *cmd = m->commands[c];
      if ((!S_is_new(cmd) && !S_is_set(cmd)) || S_passed(cmd) != var) continue;
      const psa_arg *a = psa_command_arg(cmd, "DirectorySetting");
      if (a->value->span.start != i) continue;
      if (S_is_new(cmd) && kind != S_MADE)
        return psa_ctx_printf(ctx, "New-AzureADDirectorySetting (line %u) is given a setting read from the "
                              "directory", line);
      if (S_is_set(cmd) && kind != S_GOT)
        return psa_ctx_printf(ctx, "Set-AzureADDirectorySetting (line %u) is given a setting made from a "
                              "template", line);
      passed = true;
      saved++;
    }
    if (!passed)
      return psa_ctx_printf(ctx, "the setting object $%s is used whole (line %u)", var->name, line);
  }
  /* a read the model has and the text search did not see */
  if (seen < var->ref_count)
    return psa_ctx_printf(ctx, "$%s is read where psauth does not follow it", var->name);
  /* the documented pattern saves what it sets and makes */
  bool made = false;
  for (uint32_t k = 0; k < var->assign_count; k++) made |= S_assign_kind(&var->assigns[k], 0) == S_MADE;
  if (!saved && written != UINT32_MAX)
    return psa_ctx_printf(ctx, "$%s's values are set (line %u) but never saved with Set- or "
                          "New-AzureADDirectorySetting", var->name, psa_line_of(ctx, written));
  if (!saved && made)
    return psa_ctx_printf(ctx, "the setting $%s made from a template is never saved with "
                          "New-AzureADDirectorySetting", var->name);
  return NULL;
}

/* Checks every use of template variable var; adds its edits. */
static const char *S_check_template(psa_rule_ctx *ctx, const psa_model *m, S_unit *u, const psa_variable *var) {
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len, n = strlen(var->name);
  if (var->is_parameter || var->is_foreach || !var->assign_count)
    return psa_ctx_printf(ctx, "the template $%s comes from outside the file", var->name);
  if (S_name_shared(m, var))
    return psa_ctx_printf(ctx, "$%s names variables of several functions", var->name);
  uint32_t other = S_other_spelling(ctx, var->name);
  if (other != UINT32_MAX)
    return psa_ctx_printf(ctx, "$%s is named another way (line %u)", var->name, psa_line_of(ctx, other));
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *as = &var->assigns[i];
    const psa_command *src = as->append || as->type ? NULL : S_source(as->value, NULL);
    if (!src || !psa_command_is(src, "Get-AzureADDirectorySettingTemplate") || src->in_string)
      return psa_ctx_printf(ctx, "$%s (line %u) is not a template from Get-AzureADDirectorySettingTemplate",
                            var->name, psa_line_of(ctx, as->span.start));
  }
  static const char made[] = ".CreateDirectorySetting()";
  uint32_t from = 0;
  for (uint32_t i; (i = S_next_use(ctx, var->name, &from)) != UINT32_MAX;) {
    uint32_t e = i + 1 + (uint32_t)n;
    bool target = false;
    for (uint32_t k = 0; k < var->assign_count && !target; k++) target = var->assigns[k].target_span.start == i;
    if (target) continue;
    if (e + sizeof(made) - 1 <= len && !psa_strncasecmp(t + e, made, sizeof(made) - 1)) {
      /* what AzureAD's method made: the template's id and each value at its default */
      S_edit(u, (psa_span){i, e + (uint32_t)sizeof(made) - 1},
             psa_ctx_printf(ctx, "@{ TemplateId = $%s.Id; Values = @($%s.Values | ForEach-Object { @{ Name = "
                                 "$_.Name; Value = $_.DefaultValue } }) }",
                            var->name, var->name));
      continue;
    }
    if (e < len && t[e] == '.') {
      uint32_t k = e + 1;
      while (k < len && S_ident(t[k])) k++;
      if ((k >= len || t[k] != '(') && ((k - e - 1 == 2 && !psa_strncasecmp(t + e + 1, "Id", 2)) ||
                                        (k - e - 1 == 11 && !psa_strncasecmp(t + e + 1, "DisplayName", 11))))
        continue;
    }
    return psa_ctx_printf(ctx, "the template $%s is used other than for CreateDirectorySetting() (line %u)",
                          var->name, psa_line_of(ctx, i));
  }
  return NULL;
}

/* Whether the text indexes $name[ (outside comments). */
static bool S_indexed(const psa_rule_ctx *ctx, const char *name) {
  uint32_t from = 0;
  size_t n = strlen(name);
  for (uint32_t i; (i = S_next_use(ctx, name, &from)) != UINT32_MAX;)
    if (i + 1 + n < ctx->src->text_len && ctx->src->text[i + 1 + n] == '[') return true;
  return false;
}

static const char *S_analyse(psa_rule_ctx *ctx, const psa_model *m, S_unit *u) {
  memset(u, 0, sizeof(*u));
  const psa_scope *scopes[65];
  uint32_t ns = 0;
  scopes[ns++] = m->script;
  for (uint32_t i = 0; i < m->function_count && ns < 65; i++) scopes[ns++] = m->functions[i].scope;
  /* the setting objects: passed to New-/Set-, made from a template, or a
   * directory setting indexed by name */
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || (!S_is_new(c) && !S_is_set(c))) continue;
    const psa_variable *v = S_passed(c);
    if (!v)
      return psa_ctx_printf(ctx, "%s (line %u) is not given a setting variable with -DirectorySetting", c->name,
                            psa_line_of(ctx, c->span.start));
    if (!S_has(u->sets, u->set_count, v) && u->set_count < S_MAX_VARS) u->sets[u->set_count++] = v;
  }
  for (uint32_t s = 0; s < ns; s++)
    for (const psa_variable *v = scopes[s] ? scopes[s]->vars : NULL; v; v = v->next) {
      bool made = false, got = false;
      for (uint32_t k = 0; k < v->assign_count; k++) {
        const psa_variable *t = S_made_from(v->assigns[k].value);
        if (t) {
          made = true;
          if (!S_has(u->tmpls, u->tmpl_count, t) && u->tmpl_count < S_MAX_VARS) u->tmpls[u->tmpl_count++] = t;
        }
        got |= S_assign_kind(&v->assigns[k], 0) == S_GOT;
      }
      if ((made || (got && S_indexed(ctx, v->name))) && !S_has(u->sets, u->set_count, v) &&
          u->set_count < S_MAX_VARS)
        u->sets[u->set_count++] = v;
    }
  if (u->set_count == S_MAX_VARS || u->tmpl_count == S_MAX_VARS) return "too many setting objects for psauth";
  for (uint32_t i = 0; i < u->set_count; i++) {
    const char *why = S_check_setting(ctx, m, u, u->sets[i]);
    if (why) return why;
  }
  for (uint32_t i = 0; i < u->tmpl_count; i++) {
    const char *why = S_check_template(ctx, m, u, u->tmpls[i]);
    if (why) return why;
  }
  if (u->edit_count > PSA_GRAPH_DS_MAX) return "too many setting values for psauth";
  return NULL;
}

const char *psa_graph_ds_why(psa_rule_ctx *ctx, const psa_model *m) {
  S_unit u;
  return S_analyse(ctx, m, &u);
}

bool psa_graph_ds_step(psa_rule_ctx *ctx, const psa_model *m, const psa_command *cmd) {
  if (S_is_new(cmd) || S_is_set(cmd)) return true;
  bool tmpl = psa_command_is(cmd, "Get-AzureADDirectorySettingTemplate");
  if (!tmpl && !psa_command_is(cmd, "Get-AzureADDirectorySetting")) return false;
  S_unit u;
  (void)S_analyse(ctx, m, &u);
  const psa_variable *const *vars = tmpl ? u.tmpls : u.sets;
  uint32_t n = tmpl ? u.tmpl_count : u.set_count;
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t k = 0; k < vars[i]->assign_count; k++) {
      const psa_assignment *as = &vars[i]->assigns[k];
      const psa_variable *from = psa_value_var(as->value);
      if (S_source(as->value, NULL) == cmd) return true;
      /* $s = $copy: the copied variable's setting read */
      for (uint32_t q = 0; from && q < from->assign_count; q++)
        if (S_source(from->assigns[q].value, NULL) == cmd) return true;
    }
  return false;
}

bool psa_graph_ds_holds(psa_rule_ctx *ctx, const psa_model *m, const char *name) {
  S_unit u;
  if (S_analyse(ctx, m, &u)) return false;
  for (uint32_t i = 0; i < u.set_count; i++)
    if (!psa_strcasecmp(u.sets[i]->name, name)) return true;
  for (uint32_t i = 0; i < u.tmpl_count; i++)
    if (!psa_strcasecmp(u.tmpls[i]->name, name)) return true;
  return false;
}

uint32_t psa_graph_ds_edits(psa_rule_ctx *ctx, const psa_model *m, psa_span *spans, const char **texts,
                            uint32_t max) {
  S_unit u;
  if (S_analyse(ctx, m, &u)) return 0;
  uint32_t n = u.edit_count < max ? u.edit_count : max;
  for (uint32_t i = 0; i < n; i++) {
    spans[i] = u.spans[i];
    texts[i] = u.texts[i];
  }
  return n;
}

/* The AzureAD licence objects (graph_license.h). Set-AzureADUserLicense
 * takes one AssignedLicenses object, whose AddLicenses holds AssignedLicense
 * objects (SkuId, DisabledPlans) and whose RemoveLicenses holds SKU ids;
 * Set-MgUserLicense takes the same two lists as -AddLicenses and
 * -RemoveLicenses. The AzureAD model types leave with the module, so each
 * New-Object of them becomes a hashtable with the same keys: the script's
 * own $x.AddLicenses += $l and $l.SkuId = ... then work unchanged, and the
 * call passes the two lists. */
#include "rules/graph_license.h"

#include <ctype.h>
#include <string.h>

#include "base/util.h"

static const char S_type_prefix[] = "Microsoft.Open.AzureAD.Model.AssignedLicense";

/* 2: New-Object AssignedLicenses, 1: New-Object AssignedLicense, 0: another
 * command, -1: New-Object of a licence type in a shape psauth does not
 * rewrite (constructor arguments, -Property, a computed type name). */
static int S_license_new(const psa_model *m, const psa_command *cmd) {
  const char *s;
  bool plain;
  if (!psa_new_object(m, cmd, &s, &plain)) return 0;
  if (!s) return -1;
  if (psa_strncasecmp(s, S_type_prefix, sizeof(S_type_prefix) - 1)) return 0;
  const char *rest = s + sizeof(S_type_prefix) - 1;
  int kind = !*rest ? 1 : !psa_strcasecmp(rest, "s") ? 2 : 0;
  if (!kind) return 0;
  return plain ? kind : -1;
}

uint32_t psa_graph_license_objects(const psa_model *m, psa_span *spans, const char **texts, uint32_t max) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count && n < max; i++) {
    const psa_command *cmd = m->commands[i];
    int kind = S_license_new(m, cmd);
    if (kind <= 0 || cmd->in_string) continue;
    spans[n] = cmd->span;
    texts[n] = kind == 2 ? "@{AddLicenses = @(); RemoveLicenses = @()}" : "@{SkuId = $null; DisabledPlans = @()}";
    n++;
  }
  return n;
}

/* Whether 'x' is a hashtable literal already in the shape both modules
 * read: AddLicenses and RemoveLicenses, each given once, and nothing else
 * (@{addLicenses = @(); removeLicenses = @($skus)}). AzureAD converted it
 * to its AssignedLicenses object by those property names; Graph takes the
 * same two lists, and an entry of AddLicenses has the same SkuId and
 * DisabledPlans names in both. A missing key would give Graph @($null). */
static bool S_license_hash(const psa_value *x) {
  const psa_hash_entry *e = psa_value_entries(x);
  bool add = false, remove = false;
  for (uint32_t i = 0; e && i < x->entry_count; i++) {
    if (!e[i].key) return false;
    bool *seen = !psa_strcasecmp(e[i].key, "AddLicenses")      ? &add
                 : !psa_strcasecmp(e[i].key, "RemoveLicenses") ? &remove
                                                                : NULL;
    if (!seen || *seen) return false;
    *seen = true;
  }
  return add && remove;
}

const char *psa_graph_licenses_why(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a) {
  const psa_value *v = a->value;
  if (a->via != PSA_BIND_NAMED || !v || v->kind != PSA_V_VARIABLE || !psa_value_var(v))
    return "Graph takes -AddLicenses @(@{SkuId = ...}) and -RemoveLicenses @(<SkuId>): psauth rewrites a "
           "variable built with New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses";
  const psa_variable *var = psa_value_var(v);
  if (var->is_parameter || var->is_foreach || !var->assign_count)
    return "the AssignedLicenses object comes from outside the file: build the -AddLicenses and "
           "-RemoveLicenses arrays by hand";
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *as = &var->assigns[i];
    const psa_value *x = as->value;
    if (!as->append && !as->type && x && S_license_hash(x)) continue;
    if (as->append || as->type || !x || x->kind != PSA_V_COMMAND || !psa_value_cmd(x) || S_license_new(m, psa_value_cmd(x)) != 2) {
      return psa_ctx_printf(ctx,
                            "$%s is assigned something other than a new AssignedLicenses object or a "
                            "hashtable of AddLicenses and RemoveLicenses (line %u): "
                            "build the -AddLicenses and -RemoveLicenses arrays by hand",
                            var->name, psa_line_of(ctx, as->span.start));
    }
  }
  /* the file's licence objects all become hashtables: only for one call,
   * which then is rewritten with them */
  uint32_t calls = 0;
  for (uint32_t i = 0; i < m->command_count; i++) calls += psa_command_is(m->commands[i], "Set-AzureADUserLicense");
  if (calls > 1)
    return "the file has several Set-AzureADUserLicense calls, whose licence objects psauth rewrites only one "
           "call at a time: build the -AddLicenses and -RemoveLicenses arrays by hand";
  /* every mention of the types must be a New-Object psauth replaces: a
   * [..AssignedLicense]::new(), a cast or a second file's object would
   * be left pointing at a module that is gone */
  uint32_t mentions = 0, rewritten = 0;
  const char *text = ctx->src->text;
  size_t len = ctx->src->text_len;
  for (const char *t = text; (t = psa_find_ci(t, len - (size_t)(t - text), S_type_prefix)) != NULL;
       t += sizeof(S_type_prefix) - 1)
    mentions++;
  for (uint32_t i = 0; i < m->command_count; i++) {
    int kind = S_license_new(m, m->commands[i]);
    if (kind < 0) {
      return psa_ctx_printf(ctx, "a New-Object of an AzureAD licence type psauth does not rewrite (line %u)",
                            psa_line_of(ctx, m->commands[i]->span.start));
    }
    rewritten += kind > 0 && !m->commands[i]->in_string;
  }
  if (rewritten > PSA_GRAPH_LICENSE_MAX)
    return "more AzureAD licence objects than psauth rewrites in one file: rewrite them by hand";
  if (mentions != rewritten)
    return "the AzureAD licence types are used other than with New-Object -TypeName: rewrite them by hand";
  return NULL;
}

/* New-MsolLicenseOptions -AccountSkuId S [-DisabledPlans p, ...]: the only
 * shape the helper that replaces it takes (the same two named parameters). */
static bool S_licopts_new(const psa_command *cmd) {
  if (!psa_command_is(cmd, "New-MsolLicenseOptions") || cmd->pipeline_input || cmd->invoke_operator ||
      cmd->in_string)
    return false;
  bool sku = false;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (a->via != PSA_BIND_NAMED || !a->param || !a->value) return false;
    if (!psa_strcasecmp(a->param, "AccountSkuId")) sku = true;
    else if (psa_strcasecmp(a->param, "DisabledPlans")) return false;
  }
  return sku;
}

/* The variable an argument names, when every assignment of it is a
 * New-MsolLicenseOptions call in the helper's shape; else NULL. */
static const psa_variable *S_licopts_var(const psa_arg *a) {
  const psa_value *v = a->value;
  const psa_variable *var = v && a->via == PSA_BIND_NAMED ? psa_value_var(v) : NULL;
  if (!var || var->is_parameter || var->is_foreach || !var->assign_count || var->entry_count) return NULL;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *as = &var->assigns[i];
    const psa_value *x = as->value;
    if (as->append || as->type || !x || !psa_value_cmd(x) || !S_licopts_new(psa_value_cmd(x))) return NULL;
  }
  return var;
}

/* Whether two argument values name the same SKU: equal constants, or the
 * same variable assigned at most once. */
static bool S_same_sku(const psa_model *m, const psa_value *a, const psa_value *b) {
  const char *x = psa_value_string(m, a), *y = psa_value_string(m, b);
  if (x && y) return !psa_strcasecmp(x, y);
  const psa_variable *va = psa_value_var(a), *vb = psa_value_var(b);
  return va && va == vb && va->assign_count <= 1 && !va->is_foreach;
}

const char *psa_graph_licopts_why(psa_rule_ctx *ctx, const psa_model *m, const psa_command *set,
                                  const psa_arg *a) {
  const psa_variable *var = S_licopts_var(a);
  if (!var)
    return "psauth rewrites a variable every assignment of which is New-MsolLicenseOptions -AccountSkuId "
           "... -DisabledPlans ...: put DisabledPlans (service plan GUIDs) into the -AddLicenses entry by hand";
  /* the options call is rewritten with this one, or neither is */
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const char *why = psa_graph_licopts_new_why(ctx, m, psa_value_cmd(var->assigns[i].value));
    if (why) return psa_ctx_printf(ctx, "New-MsolLicenseOptions (line %u): %s",
                                   psa_line_of(ctx, var->assigns[i].span.start), why);
  }
  const psa_arg *add = psa_command_arg(set, "AddLicenses");
  if (!add) return NULL;
  /* MSOnline applied the options to the SKU they name, which the call also
   * adds: Graph's one entry carries both */
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_arg *sku = psa_command_arg(psa_value_cmd(var->assigns[i].value), "AccountSkuId");
    if (!add->value || !sku || !S_same_sku(m, add->value, sku->value))
      return psa_ctx_printf(ctx, "-AddLicenses is not known to name the SKU of $%s's options (line %u): "
                            "Graph takes one entry @{SkuId = ...; DisabledPlans = @(...)} per SKU",
                            var->name, psa_line_of(ctx, var->assigns[i].span.start));
  }
  return NULL;
}

const char *psa_graph_licopts_new_why(psa_rule_ctx *ctx, const psa_model *m, const psa_command *cmd) {
  if (!S_licopts_new(cmd))
    return "psauth rewrites New-MsolLicenseOptions with the named parameters -AccountSkuId and -DisabledPlans";
  /* the variable the options go to, through a Set-MsolUserLicense that uses it */
  const psa_variable *var = NULL;
  for (uint32_t i = 0; i < m->command_count && !var; i++) {
    const psa_command *set = m->commands[i];
    const psa_arg *lo = psa_command_is(set, "Set-MsolUserLicense") ? psa_command_arg(set, "LicenseOptions") : NULL;
    const psa_variable *v = lo ? S_licopts_var(lo) : NULL;
    for (uint32_t k = 0; v && k < v->assign_count && !var; k++)
      if (psa_value_cmd(v->assigns[k].value) == cmd) var = v;
  }
  if (!var) return "its options do not go to Set-MsolUserLicense -LicenseOptions in a variable";
  /* every mention of the variable must be an assignment of it or a
   * -LicenseOptions argument: the options become a Graph licence entry,
   * which means nothing anywhere else */
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len, n = strlen(var->name);
  for (const char *q = t; (q = psa_find_ci(q, len - (size_t)(q - t), var->name)) != NULL; q += n) {
    size_t at = (size_t)(q - t);
    char before = at ? t[at - 1] : ' ', after = at + n < len ? t[at + n] : ' ';
    if ((before != '$' && before != ':' && before != '{') || isalnum((unsigned char)after) || after == '_')
      continue;
    bool known = false;
    for (uint32_t k = 0; k < var->assign_count && !known; k++)
      known = at > var->assigns[k].target_span.start && at < var->assigns[k].target_span.end;
    for (uint32_t i = 0; i < m->command_count && !known; i++) {
      const psa_command *set = m->commands[i];
      const psa_arg *lo = psa_command_is(set, "Set-MsolUserLicense") ? psa_command_arg(set, "LicenseOptions") : NULL;
      known = lo && lo->value && at > lo->value->span.start && at < lo->value->span.end &&
              lo->value->span.end - lo->value->span.start == n + 1;
    }
    if (!known)
      return psa_ctx_printf(ctx, "$%s is used other than as -LicenseOptions of Set-MsolUserLicense (line %u): "
                            "a Graph licence entry @{SkuId; DisabledPlans} replaces the options object",
                            var->name, psa_line_of(ctx, (uint32_t)at));
  }
  return NULL;
}

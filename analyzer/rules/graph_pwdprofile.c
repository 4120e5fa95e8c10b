/* The AzureAD password profile object (graph_pwdprofile.h). New-AzureADUser
 * takes a Microsoft.Open.AzureAD.Model.PasswordProfile whose Password and
 * ForceChangePasswordNextLogin the script sets; New-MgUser takes a
 * passwordProfile hashtable with password and forceChangePasswordNextSignIn.
 * The AzureAD type leaves with the module, so its New-Object becomes @{}:
 * the script's own $p.Password = ... then sets the hashtable's key, and the
 * ForceChangePasswordNextLogin set is renamed to Graph's key. */
#include "rules/graph_pwdprofile.h"

#include <string.h>

#include "base/util.h"

static const char S_type[] = "Microsoft.Open.AzureAD.Model.PasswordProfile";

/* 1: New-Object PasswordProfile, 0: another command, -1: a New-Object of
 * the type in a shape psauth does not rewrite. */
static int S_profile_new(const psa_model *m, const psa_command *cmd) {
  const char *s;
  bool plain;
  if (!psa_new_object(m, cmd, &s, &plain)) return 0;
  if (!s) return -1;
  if (psa_strcasecmp(s, S_type)) return 0;
  return plain && !cmd->in_string ? 1 : -1;
}

/* Whether a member set's target is the variable. */
static bool S_sets(const psa_member_assignment *ma, const psa_variable *var) {
  return ma->target && ma->target->kind == PSA_V_VARIABLE && psa_value_var(ma->target) == var;
}

/* Whether the variable goes to a New-AzureADUser -PasswordProfile (whose
 * rewrite turns its objects into hashtables). */
static bool S_passed(const psa_model *m, const psa_variable *var) {
  for (uint32_t i = 0; var && i < m->command_count; i++) {
    if (!psa_command_is(m->commands[i], "New-AzureADUser")) continue;
    const psa_arg *a = psa_command_arg(m->commands[i], "PasswordProfile");
    if (a && a->value && a->value->kind == PSA_V_VARIABLE && psa_value_var(a->value) == var) return true;
  }
  return false;
}

const char *psa_graph_pwdprofile_why(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a) {
  const psa_value *v = a->value;
  if (a->via != PSA_BIND_NAMED || !v || v->kind != PSA_V_VARIABLE || !psa_value_var(v))
    return "Graph takes a hashtable @{Password = ...; ForceChangePasswordNextSignIn = ...}: psauth rewrites a "
           "variable built with New-Object Microsoft.Open.AzureAD.Model.PasswordProfile";
  const psa_variable *var = psa_value_var(v);
  if (var->is_parameter || var->is_foreach || !var->assign_count)
    return "the PasswordProfile object comes from outside the file: pass @{Password = ...; "
           "ForceChangePasswordNextSignIn = ...}";
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *as = &var->assigns[i];
    const psa_value *x = as->value;
    if (as->append || as->type || !x || x->kind != PSA_V_COMMAND || !psa_value_cmd(x) ||
        S_profile_new(m, psa_value_cmd(x)) != 1)
      return psa_ctx_printf(ctx, "$%s is assigned something other than a new PasswordProfile object (line %u)",
                            var->name, psa_line_of(ctx, as->span.start));
  }
  bool force = false;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (!S_sets(ma, var)) continue;
    if (ma->member && !psa_strcasecmp(ma->member, "ForceChangePasswordNextLogin")) {
      force = true;
      continue;
    }
    if (ma->member && !psa_strcasecmp(ma->member, "Password")) continue;
    return psa_ctx_printf(ctx, "$%s.%s (line %u) has no exact passwordProfile equivalent", var->name,
                          ma->member ? ma->member : "?", psa_line_of(ctx, ma->span.start));
  }
  /* AzureAD documented no default for it (as for Set-AzureADUserPassword) */
  if (!force)
    return psa_ctx_printf(ctx, "$%s.ForceChangePasswordNextLogin is not set: decide ForceChangePasswordNextSignIn",
                          var->name);
  /* every mention of the type must be a New-Object psauth replaces */
  uint32_t mentions = 0, rewritten = 0;
  const char *text = ctx->src->text;
  size_t len = ctx->src->text_len;
  for (const char *t = text; (t = psa_find_ci(t, len - (size_t)(t - text), S_type)) != NULL; t += sizeof(S_type) - 1)
    mentions++;
  for (uint32_t i = 0; i < m->command_count; i++) {
    int kind = S_profile_new(m, m->commands[i]);
    if (kind < 0)
      return psa_ctx_printf(ctx, "a New-Object of the PasswordProfile type psauth does not rewrite (line %u)",
                            psa_line_of(ctx, m->commands[i]->span.start));
    if (kind > 0 && !S_passed(m, m->commands[i]->assigned_to))
      return psa_ctx_printf(ctx, "the PasswordProfile object of line %u does not go to New-AzureADUser "
                            "-PasswordProfile: rewrite it by hand",
                            psa_line_of(ctx, m->commands[i]->span.start));
    rewritten += kind > 0;
  }
  if (mentions != rewritten)
    return "the PasswordProfile type is used other than with New-Object -TypeName: rewrite it by hand";
  uint32_t sets = 0;
  for (uint32_t i = 0; i < m->member_assign_count; i++)
    sets += S_sets(&m->member_assigns[i], var) && !psa_strcasecmp(m->member_assigns[i].member, "ForceChangePasswordNextLogin");
  psa_span spans[PSA_GRAPH_PWDPROFILE_MAX];
  const char *texts[PSA_GRAPH_PWDPROFILE_MAX];
  if (var->assign_count + sets > PSA_GRAPH_PWDPROFILE_MAX ||
      psa_graph_pwdprofile_edits(ctx, m, a, spans, texts, PSA_GRAPH_PWDPROFILE_MAX) != var->assign_count + sets)
    return "a password profile set psauth cannot rename in place: rewrite it by hand";
  return NULL;
}

uint32_t psa_graph_pwdprofile_edits(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a, psa_span *spans,
                                    const char **texts, uint32_t max) {
  const psa_variable *var = psa_value_var(a->value);
  uint32_t n = 0;
  for (uint32_t i = 0; var && i < var->assign_count && n < max; i++) {
    spans[n] = psa_value_cmd(var->assigns[i].value)->span;
    texts[n++] = "@{}";
  }
  const char *text = ctx->src->text;
  for (uint32_t i = 0; var && i < m->member_assign_count && n < max; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (!S_sets(ma, var) || !ma->member || psa_strcasecmp(ma->member, "ForceChangePasswordNextLogin")) continue;
    /* the member name after the target's '.' */
    uint32_t k = ma->target->span.end;
    while (k < ma->span.end && text[k] != '.') k++;
    static const char name[] = "ForceChangePasswordNextLogin";
    if (k >= ma->span.end || ma->span.end - k - 1 < sizeof(name) - 1 ||
        psa_strncasecmp(text + k + 1, name, sizeof(name) - 1))
      continue;
    spans[n] = (psa_span){k + 1, k + (uint32_t)sizeof(name)};
    texts[n++] = "ForceChangePasswordNextSignIn";
  }
  return n;
}

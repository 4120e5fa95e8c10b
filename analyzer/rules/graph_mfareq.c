/* Per-user MFA set through MSOnline's requirement objects
 * (graph_mfareq.h). MSOnline enabled or enforced per-user MFA with
 *   $st = New-Object -TypeName Microsoft.Online.Administration.StrongAuthenticationRequirement
 *   $st.RelyingParty = "*"; $st.State = "Enabled"
 *   Set-MsolUser -UserPrincipalName $u -StrongAuthenticationRequirements @($st)
 * (Microsoft's "Enable per-user Microsoft Entra multifactor authentication",
 * source `mfastates`); Graph's beta API sets the same state as
 * perUserMfaState 'enabled' / 'enforced'. Only that shape is read: literal
 * values, no other member set, every object of the variable the same. */
#include "rules/graph_mfareq.h"

#include <string.h>

#include "base/util.h"

static const char S_type[] = "Microsoft.Online.Administration.StrongAuthenticationRequirement";

/* 1: New-Object -TypeName <the type> (one literal argument), 0: another
 * command, -1: a New-Object of the type in another shape. */
static int S_req_new(const psa_model *m, const psa_command *cmd) {
  const char *s;
  bool plain;
  if (!psa_new_object(m, cmd, &s, &plain)) return 0;
  if (!s) return -1;
  if (psa_strcasecmp(s, S_type)) return 0;
  return plain ? 1 : -1;
}

/* The state one requirement variable sets, or NULL. */
static const char *S_object_state(const psa_model *m, const psa_variable *o) {
  if (!o || o->is_parameter || o->is_foreach || !o->assign_count) return NULL;
  for (uint32_t i = 0; i < o->assign_count; i++) {
    const psa_assignment *as = &o->assigns[i];
    const psa_value *x = as->value;
    if (as->append || as->type || !x || !psa_value_cmd(x) || S_req_new(m, psa_value_cmd(x)) != 1) return NULL;
  }
  const char *state = NULL;
  bool party = false;
  for (uint32_t i = 0; i < o->entry_count; i++) {
    const psa_hash_entry *e = &o->entries[i];
    const char *v = e->value && e->value->kind == PSA_V_STRING ? psa_value_string(m, e->value) : NULL;
    if (!e->key || !v) return NULL;
    if (!psa_strcasecmp(e->key, "RelyingParty") && !strcmp(v, "*")) {
      party = true;
      continue;
    }
    if (psa_strcasecmp(e->key, "State")) return NULL;
    const char *s = !psa_strcasecmp(v, "Enabled") ? "enabled" : !psa_strcasecmp(v, "Enforced") ? "enforced" : NULL;
    if (!s || (state && strcmp(state, s))) return NULL;
    state = s;
  }
  return party ? state : NULL;
}

const char *psa_graph_mfa_state(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a, const char **why) {
  *why = "psauth rewrites @() and a variable built with New-Object "
         "Microsoft.Online.Administration.StrongAuthenticationRequirement whose RelyingParty is '*' and State "
         "'Enabled' or 'Enforced'";
  const psa_variable *v = a->via == PSA_BIND_NAMED && a->value ? psa_value_var(a->value) : NULL;
  if (!v || v->is_parameter || v->is_foreach || !v->assign_count) return NULL;
  /* the object itself ($mfa), or $sta = @($st) */
  const char *state = S_object_state(m, v);
  for (uint32_t i = 0; !S_object_state(m, v) && !v->entry_count && i < v->assign_count; i++) {
    const psa_assignment *as = &v->assigns[i];
    const psa_value *x = as->value;
    if (as->append || as->type || !x || x->kind != PSA_V_ARRAY || x->item_count != 1 || !x->items[0])
      return NULL;
    const char *s = S_object_state(m, psa_value_var(x->items[0]));
    if (!s || (state && strcmp(state, s))) return NULL;
    state = s;
  }
  if (!state) return NULL;
  /* every mention of the type must be a New-Object psauth replaces */
  uint32_t mentions = 0, rewritten = 0;
  const char *text = ctx->src->text;
  size_t len = ctx->src->text_len;
  for (const char *t = text; (t = psa_find_ci(t, len - (size_t)(t - text), S_type)) != NULL; t += sizeof(S_type) - 1)
    mentions++;
  for (uint32_t i = 0; i < m->command_count; i++) {
    int kind = S_req_new(m, m->commands[i]);
    if (kind < 0) {
      *why = psa_ctx_printf(ctx, "a New-Object of the requirement type psauth does not rewrite (line %u)",
                            psa_line_of(ctx, m->commands[i]->span.start));
      return NULL;
    }
    rewritten += kind > 0 && !m->commands[i]->in_string;
  }
  if (rewritten > PSA_GRAPH_MFAREQ_MAX || mentions != rewritten) {
    *why = "the requirement type is used other than with New-Object -TypeName: rewrite it by hand";
    return NULL;
  }
  *why = NULL;
  return state;
}

uint32_t psa_graph_mfa_objects(const psa_model *m, psa_span *spans, const char **texts, uint32_t max) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count && n < max; i++) {
    const psa_command *cmd = m->commands[i];
    if (S_req_new(m, cmd) <= 0 || cmd->in_string) continue;
    spans[n] = cmd->span;
    texts[n] = "@{}";
    n++;
  }
  return n;
}

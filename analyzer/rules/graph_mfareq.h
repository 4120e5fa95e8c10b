/* Set-MsolUser -StrongAuthenticationRequirements $sta, $sta built from
 * New-Object Microsoft.Online.Administration.StrongAuthenticationRequirement
 * with RelyingParty '*' and State 'Enabled' or 'Enforced' (graph_mfareq.c). */
#ifndef PSAUTH_RULES_GRAPH_MFAREQ_H
#define PSAUTH_RULES_GRAPH_MFAREQ_H

#include <psauth/finding.h>
#include <psauth/model.h>

/* The beta API's perUserMfaState ("enabled" or "enforced") the argument
 * sets, or NULL with *why saying why psauth does not know it. */
const char *psa_graph_mfa_state(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a, const char **why);

/* The most requirement objects one file's rewrite replaces. */
#define PSA_GRAPH_MFAREQ_MAX 16

/* The New-Object commands of the requirement type in the file and the
 * hashtables that replace them (the type leaves with MSOnline; the script's
 * own $x.State = ... then still runs); returns how many (at most 'max'). */
uint32_t psa_graph_mfa_objects(const psa_model *m, psa_span *spans, const char **texts, uint32_t max);

#endif

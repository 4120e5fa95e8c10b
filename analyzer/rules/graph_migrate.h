/* The MSOnline / AzureAD to Microsoft Graph PowerShell migration of one
 * file: every legacy cmdlet call, whether psauth can rewrite it exactly
 * (cmdlet, parameters, values, the properties the script reads from its
 * output), and the permissions the rewritten calls need. PSA202-PSA205 ask
 * it: the cmdlet rules attach the rewrites and the suggestions, the
 * connection rules rewrite Connect-MsolService / Connect-AzureAD only when
 * every call of the file has an exact rewrite. The facts come from
 * rules/graphmap.h. */
#ifndef PSA_RULES_GRAPH_MIGRATE_H
#define PSA_RULES_GRAPH_MIGRATE_H

#include "psauth/finding.h"
#include "rules/graphmap.h"

typedef struct psa_graph_plan psa_graph_plan;

/* The file's migration plan: made by the first rule that asks and kept for
 * the others (it depends only on the model); psa_fix_finish frees it. */
psa_graph_plan *psa_graph_plan_get(psa_rule_ctx *ctx);
void psa_graph_plan_free(psa_graph_plan *plan);

/* Legacy cmdlet calls in the file, and how many have an exact rewrite. */
uint32_t psa_graph_plan_calls(const psa_graph_plan *plan);
uint32_t psa_graph_plan_exact(const psa_graph_plan *plan);
/* The i-th legacy call (i < psa_graph_plan_calls), or NULL. */
const psa_command *psa_graph_plan_call(const psa_graph_plan *plan, uint32_t i);
/* Whether the i-th legacy call has an exact rewrite (the fix rewrites it). */
bool psa_graph_plan_call_exact(const psa_graph_plan *plan, uint32_t i);
/* Whether every legacy call has an exact rewrite (true with no calls). */
bool psa_graph_plan_complete(const psa_graph_plan *plan);
/* "Get-MsolUser on line 4 (-SearchString: ...); ..." for the calls without
 * an exact rewrite, or NULL. */
const char *psa_graph_plan_pending(psa_rule_ctx *ctx, const psa_graph_plan *plan);
/* The union of the permissions the rewritten calls need, comma-separated
 * ("User.Read.All, Organization.Read.All"), or NULL when none. */
const char *psa_graph_plan_permissions(psa_rule_ctx *ctx, const psa_graph_plan *plan,
                                       bool application);
/* The modules the rewritten script needs ("Microsoft.Graph.Authentication,
 * Microsoft.Graph.Users"; "Microsoft.Entra" for the Entra target). */
const char *psa_graph_plan_modules(psa_rule_ctx *ctx, const psa_graph_plan *plan);

/* The Connect-MgGraph (or Connect-Entra) line for a Connect-MsolService /
 * Connect-AzureAD call: -Scopes with the delegated permissions when a
 * person signs in, else app-only with a certificate. *interactive tells
 * which. */
/* The delegated sign-in a person runs: "Connect-MgGraph -Scopes 'A', 'B'"
 * with the delegated permissions the rewritten calls need (Connect-Entra
 * for the Entra target). */
const char *psa_graph_delegated_line(psa_rule_ctx *ctx, const psa_graph_plan *plan,
                                     const char *tenant);
/* The tenant a delegated Graph connection placed at 'anchor' signs in to,
 * as the script names it (its text), or NULL for the account's home
 * tenant: the one tenant the file's connections name
 * (Connect-ExchangeOnline -DelegatedOrganization $DestinationOrg,
 * Connect-AzureAD -TenantId $t), or, when they name several, the one whose
 * -Prefix cmdlets run last before the plan's first call. Only a literal or
 * a variable of the script's level assigned before 'anchor'. */
const char *psa_graph_named_tenant(psa_rule_ctx *ctx, const psa_graph_plan *plan, uint32_t anchor);

/* The " -Environment <name>" a Connect-MgGraph / Connect-Entra replacing
 * 'connect' (Connect-MsolService -AzureEnvironment, Connect-AzureAD
 * -AzureEnvironmentName) needs, or NULL for the global cloud. *why is set
 * (the connection stays) when the old value names no one Graph environment:
 * a pre-production or unknown name, both US Government clouds, Germany, or
 * a value known only at run time. */
const char *psa_graph_connect_environment(psa_rule_ctx *ctx, const psa_command *connect, const char **why);

const char *psa_graph_connect_line(psa_rule_ctx *ctx, const psa_graph_plan *plan,
                                   const psa_command *connect, bool *interactive);

/* Adds the file's call rewrites to 'f' as one unsafe fix (when any call
 * has an exact rewrite) and a display suggestion per call without one.
 * 'module' limits the suggestions to MSOnline or AzureAD calls; the fix
 * carries every exact call. */
void psa_graph_plan_attach(psa_rule_ctx *ctx, const psa_graph_plan *plan, psa_finding *f,
                           bool with_fix, const char *module);

/* The Import-Module / Install-Module / #Requires edits naming MSOnline,
 * AzureAD or AzureADPreview, added to 'fx'. */
void psa_graph_plan_module_edits(psa_rule_ctx *ctx, const psa_graph_plan *plan, psa_fix *fx);
/* Whether psa_graph_plan_module_edits rewrites 'cmd', a call of the
 * script's own module loader given MSOnline or AzureAD (psa_fix_loader_arg):
 * not when it stands inside an expression. */
bool psa_graph_loader_rewritten(psa_rule_ctx *ctx, const psa_graph_plan *plan, const psa_command *cmd);
/* Where a Connect-MgGraph psauth adds at 'anchor' goes instead: in front of
 * the script-level statement that tests whether MSOnline/AzureAD is loaded
 * (Get-Module AzureADPreview without -ListAvailable, "not connected" gate)
 * when that test runs earlier: its module name becomes a Graph module's,
 * loaded only by Connect-MgGraph, so after it the gate would stop the script
 * in a fresh session. 'anchor' when there is none, or an Install-Module
 * runs between them. */
uint32_t psa_graph_gate_anchor(psa_rule_ctx *ctx, uint32_t anchor);

/* The file's own Microsoft Graph connection (Connect-MgGraph or
 * Connect-Entra, outside strings): the first one, or NULL when it has none.
 * *unreached is the first call the fix rewrites before which no such
 * connection runs on every path (psa_plan_runs_before: it sits after the
 * call, or in a loop, branch, try or function that does not hold it), or
 * NULL when each rewritten call has one. A connection that does not reach
 * a call does not sign it in. */
const psa_command *psa_graph_plan_own_connection(psa_rule_ctx *ctx, const psa_graph_plan *plan,
                                                 const psa_command **unreached);

/* Whether the Entra target is configured (--target entra). */
bool psa_graph_target_entra(const psa_rule_ctx *ctx);

#endif

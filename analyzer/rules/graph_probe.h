/* The retired modules' connection probes next to a Connect-AzureAD /
 * Connect-MsolService that psauth rewrites (graph_probe.c): an availability
 * test (Get-Command Connect-AzureAD) and AzureAD's token cache test
 * ([Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens).
 * Left as they were, they stop the rewritten script before any Graph call:
 * the command is gone with the module, the type does not resolve, and the
 * token cache stays empty after Connect-MgGraph. */
#ifndef PSAUTH_RULES_GRAPH_PROBE_H
#define PSAUTH_RULES_GRAPH_PROBE_H

#include <psauth/finding.h>
#include <psauth/model.h>

/* The most probe edits psauth makes in one file. */
#define PSA_GPROBE_MAX 16

typedef struct {
  psa_span span;     /* what the edit replaces */
  const char *text;  /* its replacement */
  const char *what;  /* "Get-Command Connect-AzureAD", for the scan's note */
  const psa_command *cmd; /* the Get-Command, or NULL */
} psa_gprobe_edit;

/* The file's probes for the modules it connects to (azuread: it calls
 * Connect-AzureAD, msol: Connect-MsolService), as edits: Get-Command
 * Connect-AzureAD -> Get-Command Connect-MgGraph; an AccessTokens null or
 * Count test -> the Get-MgContext test with the same truth value
 * ("$null -eq (Get-MgContext)"). Returns NULL, or why the migration needs a
 * person: a use of an AzureAD / MSOnline .NET type (Microsoft.Open.*,
 * Microsoft.Online.Administration.*) that neither these edits nor psauth's
 * other rewrites (typed catches, licence and password profile objects)
 * replace. *n is the number of edits (at most max). */
const char *psa_gprobe_scan(psa_rule_ctx *ctx, bool azuread, bool msol, psa_gprobe_edit *out,
                            uint32_t max, uint32_t *n);

/* The instructions to install the retired module ("Install-Module AzureAD",
 * "Install-Module -Name MSOnline") in the string literals of the messages
 * (Write-Host, Write-Error, Write-Warning, Write-Output, Write-Verbose) of
 * the if statement that tests 'check' (a module or command probe the fix
 * rewrites), in its condition or through the variable it assigns: edits
 * that name 'modules' (the Graph modules the rewritten script loads)
 * instead. Returns how many (at most max). */
uint32_t psa_gprobe_install_hints(psa_rule_ctx *ctx, const psa_command *check, const char *modules,
                                  psa_gprobe_edit *out, uint32_t max);

/* Adds the edits to 'fx', but none that overlaps an edit it already has
 * (an if/else the connection collapses holds its condition; two probes
 * share one if). */
void psa_gprobe_add_edits(psa_rule_ctx *ctx, psa_fix *fx, const psa_gprobe_edit *edits, uint32_t n);

#endif

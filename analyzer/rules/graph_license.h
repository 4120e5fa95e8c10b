/* Set-AzureADUserLicense -AssignedLicenses $x -> Set-MgUserLicense
 * -AddLicenses / -RemoveLicenses (graph_license.c). */
#ifndef PSAUTH_RULES_GRAPH_LICENSE_H
#define PSAUTH_RULES_GRAPH_LICENSE_H

#include <psauth/finding.h>
#include <psauth/model.h>

/* NULL when the argument is a variable whose every assignment is
 * New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses and every
 * mention of the AzureAD license types in the file is a New-Object psauth
 * replaces; otherwise why not. */
const char *psa_graph_licenses_why(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a);

/* The most licence objects one file's rewrite replaces (more: not exact). */
#define PSA_GRAPH_LICENSE_MAX 32

/* The New-Object commands of the AzureAD license types in the file and the
 * hashtables that replace them; returns how many (at most 'max'). */
uint32_t psa_graph_license_objects(const psa_model *m, psa_span *spans, const char **texts, uint32_t max);

/* Set-MsolUserLicense -LicenseOptions $x: NULL when every assignment of $x
 * is New-MsolLicenseOptions -AccountSkuId S [-DisabledPlans ...] (which the
 * plan turns into Graph's licence entry @{SkuId; DisabledPlans}) and the
 * call's -AddLicenses, if any, names that SKU; otherwise why not. */
const char *psa_graph_licopts_why(psa_rule_ctx *ctx, const psa_model *m, const psa_command *set,
                                  const psa_arg *a);

/* New-MsolLicenseOptions: NULL when the call has only -AccountSkuId and
 * -DisabledPlans, its options go to a variable passed to Set-MsolUserLicense
 * -LicenseOptions, and the file mentions that variable nowhere else;
 * otherwise why not. */
const char *psa_graph_licopts_new_why(psa_rule_ctx *ctx, const psa_model *m, const psa_command *cmd);

#endif

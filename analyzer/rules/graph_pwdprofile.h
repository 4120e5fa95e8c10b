/* New-AzureADUser -PasswordProfile $p -> New-MgUser -PasswordProfile $p
 * (graph_pwdprofile.c). */
#ifndef PSAUTH_RULES_GRAPH_PWDPROFILE_H
#define PSAUTH_RULES_GRAPH_PWDPROFILE_H

#include <psauth/finding.h>
#include <psauth/model.h>

/* NULL when the argument is a variable whose every assignment is New-Object
 * Microsoft.Open.AzureAD.Model.PasswordProfile, whose members the file sets
 * are Password and ForceChangePasswordNextLogin (the latter set), and every
 * mention of the type in the file is such a New-Object; otherwise why not. */
const char *psa_graph_pwdprofile_why(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a);

/* The most edits the rewrite of one file's password profiles makes. */
#define PSA_GRAPH_PWDPROFILE_MAX 32

/* The edits that turn the variable's PasswordProfile objects into
 * hashtables: each New-Object becomes @{}, each .ForceChangePasswordNextLogin
 * member set becomes .ForceChangePasswordNextSignIn; returns how many (at
 * most 'max'). */
uint32_t psa_graph_pwdprofile_edits(psa_rule_ctx *ctx, const psa_model *m, const psa_arg *a, psa_span *spans,
                                    const char **texts, uint32_t max);

#endif

/* AzureAD's directory setting objects (graph_dirsetting.c): the documented
 * pattern of Microsoft's "Manage who can create Microsoft 365 Groups" and
 * "Configure group settings" pages,
 *   $t = Get-AzureADDirectorySettingTemplate | Where-Object { $_.DisplayName -eq 'Group.Unified' }
 *   $s = $t.CreateDirectorySetting(); $s['EnableGroupCreation'] = $false
 *   New-AzureADDirectorySetting -DirectorySetting $s
 *   $s = Get-AzureADDirectorySetting -Id $id; $s['EnableGroupCreation'] = $false
 *   Set-AzureADDirectorySetting -Id $id -DirectorySetting $s
 * rewritten as one unit to the Microsoft Graph beta cmdlets, or not at all. */
#ifndef PSAUTH_RULES_GRAPH_DIRSETTING_H
#define PSAUTH_RULES_GRAPH_DIRSETTING_H

#include <psauth/finding.h>
#include <psauth/model.h>

/* NULL when the file's setting objects (variables indexed by name, passed
 * to -DirectorySetting or made by a template's CreateDirectorySetting())
 * follow the pattern, or it has none; otherwise why not. */
const char *psa_graph_ds_why(psa_rule_ctx *ctx, const psa_model *m);

/* Whether the command is a step of that unit: a New-/Set-AzureADDirectorySetting,
 * the Get-AzureADDirectorySettingTemplate of a template whose
 * CreateDirectorySetting() the file calls, or the Get-AzureADDirectorySetting
 * of a setting object the file indexes or passes on. */
bool psa_graph_ds_step(psa_rule_ctx *ctx, const psa_model *m, const psa_command *cmd);

/* Whether 'name' is one of the unit's setting or template variables (whose
 * every use the unit checked: passed to -DirectorySetting, indexed by a
 * literal name). */
bool psa_graph_ds_holds(psa_rule_ctx *ctx, const psa_model *m, const char *name);

/* The most edits the rewrite of one file's setting objects makes. */
#define PSA_GRAPH_DS_MAX 64

/* The edits (when psa_graph_ds_why is NULL): each $s['Name'] becomes
 * ($s.Values | Where-Object { $_.Name -eq 'Name' }).Value, each
 * $t.CreateDirectorySetting() a hashtable of the template's id and its
 * values' defaults; returns how many (at most 'max'). */
uint32_t psa_graph_ds_edits(psa_rule_ctx *ctx, const psa_model *m, psa_span *spans, const char **texts,
                            uint32_t max);

#endif

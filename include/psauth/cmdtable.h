/* The read-only table of cmdlet parameters and command aliases that the
 * binder uses. The data lives in analyzer/data/cmdlets.json (derived from
 * the cmdlets' official reference pages; see docs/cmdlet-table.md); it is
 * compiled into the library and parsed once, on first use, thread-safely.
 */
#ifndef PSAUTH_CMDTABLE_H
#define PSAUTH_CMDTABLE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct psa_cmd_info psa_cmd_info;

typedef struct psa_param_info {
  const char *name;           /* canonical spelling, e.g. "Credential" */
  const char *type;           /* as documented, e.g. "PSCredential", "SwitchParameter" */
  const char *const *aliases; /* NULL-terminated */
  bool is_switch;
  bool is_common;             /* a common parameter (-Verbose, -ErrorAction, ...) */
} psa_param_info;

/* Looks a cmdlet up by its canonical name, case-insensitively. NULL when
 * the table does not know it. */
const psa_cmd_info *psa_cmdtable_find(const char *name, size_t len);

/* Resolves a built-in or module-exported command alias ("nsn", "ipsn",
 * "Login-AzAccount", ...) to the command's canonical name; NULL when 'name'
 * is not an alias. 'only51' (may be NULL) tells whether the alias exists
 * only in Windows PowerShell 5.1 (e.g. curl, wget, ipsn). */
const char *psa_cmdtable_resolve_alias(const char *name, size_t len, bool *only51);

const char *psa_cmd_name(const psa_cmd_info *cmd);
const char *psa_cmd_module(const psa_cmd_info *cmd);

typedef enum {
  PSA_PARAM_EXACT,     /* the typed text is a name or alias */
  PSA_PARAM_PREFIX,    /* a unique prefix of a name or alias */
  PSA_PARAM_UNKNOWN,   /* no parameter matches */
  PSA_PARAM_AMBIGUOUS  /* several parameters match: PowerShell refuses it */
} psa_param_match;

/* Matches a parameter name as typed (without the leading '-') the way
 * PowerShell does: case-insensitive; an exact name or alias wins; else every
 * parameter whose name or any alias starts with the text; more than one
 * match is ambiguous unless exactly one is the cmdlet's own (not a common
 * parameter). Common parameters (and -WhatIf/-Confirm where the cmdlet
 * supports them) take part. *out is set for EXACT and PREFIX. */
psa_param_match psa_cmd_match_param(const psa_cmd_info *cmd, const char *typed, size_t len,
                                    const psa_param_info **out);

/* The parameter named exactly 'name' (canonical, case-insensitive), or NULL. */
const psa_param_info *psa_cmd_param(const psa_cmd_info *cmd, const char *name);

/* Positional parameters available after the parameters in 'bound' (canonical
 * names) were bound by name, in position order. The parameter set is the
 * default set if every bound parameter belongs to it, otherwise the first
 * set (in documentation order) that holds them all; parameters with
 * ValueFromRemainingArguments are skipped. Writes at most 'max' entries to
 * 'out' and returns how many there are in all. */
size_t psa_cmd_positionals(const psa_cmd_info *cmd, const char *const *bound, size_t bound_count,
                           const psa_param_info **out, size_t max);

/* Number of cmdlets and aliases in the table (for tests and `psauth --version`). */
size_t psa_cmdtable_cmd_count(void);
size_t psa_cmdtable_alias_count(void);

#endif

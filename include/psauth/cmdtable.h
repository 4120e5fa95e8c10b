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
  bool is_common;             /* not declared by the cmdlet itself: a common parameter
                                 (-Verbose, -ErrorAction, ...), -WhatIf/-Confirm,
                                 -UseTransaction or a paging parameter (-First, -Skip,
                                 -IncludeTotalCount); loses prefix ties to the cmdlet's own */
} psa_param_info;

/* Looks a cmdlet up by its canonical name, case-insensitively. NULL when
 * the table does not know it. (A few names are both a cmdlet and a module
 * alias, e.g. Add-AzureRmAccount; which one runs depends on the installed
 * module, so the caller decides which lookup comes first.) */
const psa_cmd_info *psa_cmdtable_find(const char *name, size_t len);

/* Resolves a built-in or module-exported command alias ("nsn", "ipsn",
 * "Login-AzAccount", ...) to the command's canonical name; NULL when 'name'
 * is not an alias. 'only51' (may be NULL) tells whether the alias exists
 * only in Windows PowerShell 5.1 (e.g. curl, wget, ipsn). */
const char *psa_cmdtable_resolve_alias(const char *name, size_t len, bool *only51);

const char *psa_cmd_name(const psa_cmd_info *cmd);
const char *psa_cmd_module(const psa_cmd_info *cmd);

/* The cmdlet's own command aliases ("nsn" for New-PSSession), NULL-terminated;
 * an empty list (never NULL) when it has none. */
const char *const *psa_cmd_aliases(const psa_cmd_info *cmd);

/* Whether the cmdlet has -WhatIf/-Confirm (SupportsShouldProcess). */
bool psa_cmd_supports_should_process(const psa_cmd_info *cmd);

/* The default parameter set's name; NULL when the reference page marks none
 * (several Exchange cmdlets, Connect-SPOService). */
const char *psa_cmd_default_set(const psa_cmd_info *cmd);

/* The cmdlet's parameters (5.1 and 7.4 together; common parameters and
 * -WhatIf/-Confirm not included, -UseTransaction and paging parameters
 * included with is_common set), in table order: for iterating.
 * psa_cmd_param_at returns NULL when i >= psa_cmd_param_count(cmd). */
size_t psa_cmd_param_count(const psa_cmd_info *cmd);
const psa_param_info *psa_cmd_param_at(const psa_cmd_info *cmd, size_t i);

/* Whether the parameter collects the arguments no other parameter takes
 * (ValueFromRemainingArguments: Write-Host -Object, Read-Host -Prompt).
 * 'p' must come from this table. */
bool psa_param_takes_remaining(const psa_param_info *p);

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
 * supports them) take part. One trailing ':' (the -Name:value form) is
 * ignored; empty text is UNKNOWN. *out ('out' may be NULL) is set for EXACT
 * and PREFIX, and to NULL otherwise. */
psa_param_match psa_cmd_match_param(const psa_cmd_info *cmd, const char *typed, size_t len,
                                    const psa_param_info **out);

/* The parameter named exactly 'name' (canonical, case-insensitive; common
 * parameters included, -WhatIf/-Confirm only where supported), or NULL. */
const psa_param_info *psa_cmd_param(const psa_cmd_info *cmd, const char *name);

/* Positional parameters available after the parameters in 'bound' (canonical
 * names) were bound by name, in position order. The parameter set is the
 * default set if every bound parameter belongs to it, otherwise the first
 * set (in documentation order) that holds them all; parameters with
 * ValueFromRemainingArguments are skipped. When the page marks no default
 * set, the first set holding them all that still has a positional parameter
 * is used (so `Get-Mailbox john` binds -Identity). Names that are not the
 * cmdlet's parameters, and common parameters, do not narrow the set. Returns
 * 0 when no set holds all bound parameters (PowerShell would fail to resolve
 * the set). Positions tied in one set keep table order. Writes at most 'max'
 * entries to 'out' ('out' may be NULL when max is 0) and returns how many
 * there are in all. */
size_t psa_cmd_positionals(const psa_cmd_info *cmd, const char *const *bound, size_t bound_count,
                           const psa_param_info **out, size_t max);

/* What is known statically of a positional argument, for choosing among
 * parameter sets the way PowerShell's type conversion would. */
typedef enum {
  PSA_ARG_ANY,         /* unknown value: fits any parameter */
  PSA_ARG_SCRIPTBLOCK, /* { ... }: fits only ScriptBlock (or object) parameters */
  PSA_ARG_CONSTANT     /* string, number, array of them: no ScriptBlock or PSSession */
} psa_arg_shape;

/* Binds 'nargs' positional arguments, as PowerShell does with parameter
 * sets: the candidate sets are those holding every parameter in 'bound'
 * (bound by name); each argument in turn keeps the sets whose next free
 * position takes a value of its shape (an argument no candidate set takes
 * narrows nothing). One set left, or the default set among them: its
 * positions bind. Several sets and no default among them: a position
 * binds only when every remaining set has the same parameter there.
 * out[i] is the parameter argument i binds, or NULL (unbound). */
void psa_cmd_bind_positionals(const psa_cmd_info *cmd, const char *const *bound,
                              size_t bound_count, const psa_arg_shape *shapes, size_t nargs,
                              const psa_param_info **out);

/* Number of cmdlets and aliases in the table (for tests and `psauth --version`). */
size_t psa_cmdtable_cmd_count(void);
size_t psa_cmdtable_alias_count(void);

#endif

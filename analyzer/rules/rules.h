/* Shared helpers for rule families. A rule is one check function plus one
 * psa_rule entry in its family's table; families are listed in registry.c. */
#ifndef PSA_RULES_H
#define PSA_RULES_H

#include <string.h>

#include "psauth/finding.h"
#include "psauth/model.h"
#include "base/util.h"

/* Iterate the commands of the model. Two loops: `break` in the body ends
 * only the inner one-pass loop, so stop with a flag or a condition. */
#define PSA_FOR_COMMANDS(ctx, cmd)                                              \
  for (uint32_t cmd##_i = 0; cmd##_i < (ctx)->model->command_count; cmd##_i++) \
    for (const psa_command *cmd = (ctx)->model->commands[cmd##_i]; cmd; cmd = NULL)

/* The constant string of a bound argument, or NULL. */
const char *psa_rule_arg_string(const psa_rule_ctx *ctx, const psa_command *cmd, const char *param);

/* 'v' as a PowerShell single-quoted string ('' for '), in the arena. */
const char *psa_ctx_quote(psa_rule_ctx *ctx, const char *v);

/* The source text of a bound argument's value, for carrying it into a fix
 * unchanged; NULL when unbound (or bound from $PSDefaultParameterValues
 * unless include_defaults). */
const char *psa_rule_arg_source(psa_rule_ctx *ctx, const psa_command *cmd, const char *param,
                                bool include_defaults);
/* The same value written for expression mode (a hashtable entry, a
 * pipeline's input): bare words of argument mode become double-quoted
 * strings, element by element in a comma list. */
const char *psa_rule_arg_expr(psa_rule_ctx *ctx, const psa_command *cmd, const char *param,
                              bool include_defaults);

/* Whether the text contains 'needle' case-insensitively. */
bool psa_contains_ci(const char *text, const char *needle);

/* Host part of a URI string (lower-cased, no port), written into buf. */
const char *psa_uri_host(const char *uri, char *buf, size_t buflen);

/* Whether a host belongs to Microsoft 365 (office365.com, outlook.com,
 * microsoftonline.com, sharepoint.com, graph.microsoft.com, ...). */
bool psa_host_is_m365(const char *host);

/* Whether the script manages on-premises Exchange and not Exchange Online:
 * a remote PowerShell session to an Exchange server that is not a Microsoft
 * 365 host (or not known), and no Exchange Online connection at all. */
bool psa_rule_onprem_only(const psa_rule_ctx *ctx);
/* The constant start of a URI built as "https://host/path?x=" + $y (or an
 * expandable string, or either held in a variable assigned once): the text
 * of its leading literal, in 'buf' or the model; NULL when none. */
const char *psa_rule_uri_head(const psa_rule_ctx *ctx, const psa_value *v, char *buf, size_t buflen);

/* Marks a literal as reported so other rules do not report it again. */
void psa_rule_mark_literal(psa_rule_ctx *ctx, psa_span span);
bool psa_rule_literal_marked(const psa_rule_ctx *ctx, psa_span span);

/* ---- fixes (fixkit.c) ---- */

/* The span that deletes a statement: its whole lines (with the line break)
 * when nothing else stands on them, else just the statement. */
psa_span psa_fix_statement_span(const psa_rule_ctx *ctx, psa_span stmt);
/* Where the comment lines right above a statement the fix replaces start
 * when every line of them only names the credential it built ("#Build
 * credentials object") and none speaks of the connection; stmt.start when
 * there are none. */
uint32_t psa_fix_comment_naming_removed(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span stmt);
/* The whole if statement (as written, no line ends) when 'stmt' is all an
 * if without elseif/else does; 'stmt' itself otherwise. */
psa_span psa_fix_if_alone(const psa_rule_ctx *ctx, psa_span stmt);
/* A call of the script's own module loader (a function that passes its
 * only bound parameter to Import-Module -Name) with one literal argument
 * naming one of 'names': that argument's value, else NULL. */
const psa_value *psa_fix_loader_arg(const psa_rule_ctx *ctx, const psa_command *cmd,
                                   const char *const *names);
/* The span that deletes the statement 'stmt' whole: its lines, the whole
 * if statement when it is all an if does, and the comment lines directly
 * above that can only have described it (they name one of 'about', NULL:
 * the credential words). Edits 'fx' already has count as deleted. */
psa_span psa_fix_deletion_span(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span stmt,
                               const char *const *about);

/* The span that deletes one named argument ("-Name value") with the blanks
 * before it; the whole line when the argument stands alone on a line that
 * ends in a backtick continuation. */
psa_span psa_fix_argument_span(const psa_rule_ctx *ctx, psa_span arg);

typedef enum { PSA_TENANT_APP_ID, PSA_TENANT_ORGANIZATION, PSA_TENANT_THUMBPRINT } psa_tenant_field;
/* A tenant value as PowerShell source: the configured value quoted, or the
 * variable ($ExoAppId, $ExoOrganization, $ExoCertificateThumbprint). */
const char *psa_fix_tenant_value(psa_rule_ctx *ctx, psa_tenant_field f);
/* "-CertificateThumbprint <t> -AppId <a> -Organization <o>" with the given
 * parameter names (or the managed-identity / certificate-file forms when
 * configured and app_param is "-AppId"). */
const char *psa_fix_cert_params(psa_rule_ctx *ctx, const char *app_param, const char *org_param,
                                const char *thumb_param);
/* Adds the edit that declares the tenant variables near the top of the
 * script, unless configured or already declared. Shared by every fix that
 * uses them: identical edits are applied once. */
void psa_fix_declare_tenant(psa_rule_ctx *ctx, psa_fix *fx);
/* The same for one tenant of several ('prefix' read by the fix; 'all' is
 * every tenant's prefix, ",Source,Target,", declared in one block):
 * $<prefix>AppId, $<prefix>Organization, $<prefix>CertificateThumbprint
 * (NULL prefix: the $Exo* variables). */
void psa_fix_declare_tenant_as(psa_rule_ctx *ctx, psa_fix *fx, const char *prefix,
                               const char *all);
/* Where that declaration block goes (before the first statement and the
 * comment lines directly above it, or first in the script's first named
 * block, whose indentation is then *indent; else *indent is NULL). */
uint32_t psa_fix_header_at(psa_rule_ctx *ctx, const char **indent);
/* Once every rule has made its fixes: the placeholders get names that say
 * what they are for the services the file's rewrites connect to ($Exo*
 * when only Exchange Online / Security & Compliance read them, else
 * $AppId, $Organization, $CertificateThumbprint and, for the cmdlets whose
 * -TenantId takes the tenant's id, $TenantId; never a name the script
 * already uses), and the TODO comment above them lists what to grant the
 * app or managed identity per service (rules/fix_appreg.c). */
void psa_fix_app_registration(psa_rule_ctx *ctx);

/* Withdraws planned fixes that are unsafe for the whole script (one
 * credential signing in as two identities, a variable read that only some
 * paths assign, a session object the new connection does not return, a
 * directory role compared by a name Microsoft Graph does not use), with the
 * reason in the plan (rules/plan_safety.c); run by psa_fix_finish first. */
void psa_fix_safety(psa_rule_ctx *ctx);
/* Marks which fixes wait for which (psa_fix.provides/needs). */
void psa_fix_units(psa_rule_ctx *ctx);

/* When 'cmd' gets -'param' from a splatted hashtable whose entry is set
 * only on some paths to it ($p.Prefix = 'o365' inside an if), the reason a
 * rewrite cannot write that value unconditionally; else NULL. */
const char *psa_fix_partial_splat(psa_rule_ctx *ctx, const psa_command *cmd, const char *param);
const char *psa_fix_indent(psa_rule_ctx *ctx, uint32_t offset);
/* For an argument 'a' of 'cmd' that comes from a splatted hashtable
 * (Connect-AzureAD @connection), the reference to its entry,
 * "$connection.ApplicationID", so that a rewrite reads the value the admin
 * fills in there instead of copying it; NULL otherwise. */
const char *psa_fix_splat_ref(psa_rule_ctx *ctx, const psa_command *cmd, const psa_arg *a);
/* Deletes the statements that only fed 'credential' to rewritten
 * connections ($c = Get-Credential / New-Object PSCredential(u, $p) /
 * $p = ConvertTo-SecureString $x / $x = 'literal'). Decided once every rule
 * has run (psa_fix_finish): when all reads of the variable are in
 * rewrites that asked for this, each of them gets the deletions, as joint
 * edits when there are several. */
void psa_fix_remove_plumbing(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *credential);
/* A call bound 'arg' from a splatted hashtable ($p = @{...; Credential =
 * $cred}; New-PSSession @p) and 'fx' replaces the call: the table's
 * assignment goes too when nothing else names the table (and no
 * replacement reads it), so that what it held is plumbing nothing reads.
 * False when it stays. */
bool psa_fix_drop_splat(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd,
                        const psa_arg *arg);
/* psa_fix_drop_splat for the table any argument of 'cmd' came from. */
void psa_fix_drop_splats(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd);
/* After the plumbing of 'fx' (a delegated rewrite of the connection at
 * 'conn_span', 'readers' rewrites reading 'credential') deleted the
 * Get-Credential prompt: when a long wait (Start-Sleep of a minute or
 * more, a polling loop, Wait-Job) ran between the prompt and the
 * connection, the rewritten connection takes the prompt's place, so the
 * person still signs in at the start (rules/fix_wait.c); when that is not
 * safe the plan says why it stays. */
void psa_fix_connect_at_prompt(psa_rule_ctx *ctx, psa_fix *fx, psa_span conn_span,
                               const psa_value *credential, uint32_t readers);
/* The text of the whole lines 'lines' with the edits of 'fx' inside them
 * applied, or NULL when an edit of 'fx' crosses their edge (fix_wait.c). */
char *psa_fix_rewritten_lines(psa_rule_ctx *ctx, const psa_fix *fx, psa_span lines);
/* The first variable 'text' (a rewritten connection of 'conn') reads that
 * does not hold its value yet at 'place' (into 'name'), or false. */
bool psa_fix_first_unset(const psa_rule_ctx *ctx, const psa_command *conn, const char *text,
                         uint32_t place, char *name, size_t cap);
/* After every fix is made: a rewritten Exchange Online / Security &
 * Compliance / Microsoft Graph connection the original made per item of a
 * loop, reading nothing that changes per item, is made once before the
 * loop (its in-loop disconnect becomes one after it); else the plan says
 * why it stays (rules/fix_loop.c). */
void psa_fix_connect_before_loops(psa_rule_ctx *ctx);
/* Whether the file has a syntax error (PSA001) or lines psauth's parser
 * could not read: then the model may miss reads around them. */
bool psa_fix_file_has_syntax_error(const psa_rule_ctx *ctx);
/* After 'fx' replaced 'cmd': a variable given to one of 'params' (NULL
 * terminated: the old transport's settings the new call has no place
 * for, -SmtpServer $SMTPServer -Port $SMTPPort) goes when it holds a
 * literal of its own and nothing but the replaced call read it. */
void psa_fix_drop_unread_settings(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd,
                                  const char *const *params);
/* For a script-level variable assigned several times, where every
 * assignment runs once, in the order written (rules/fix_reaching.c):
 * unread[i] (one per assignment) is whether every read that gets
 * assignment i lies inside one of the 'covered' spans. False, with
 * 'unread' unset, when the file does not make that plain. */
bool psa_fix_reaching_unread(const psa_rule_ctx *ctx, const psa_variable *var,
                             const psa_span *covered, uint32_t ncovered, bool *unread);
/* Whether assignment 'i' of 'var' is an empty initialiser ($x = "", '' or
 * $null, a whole statement) that no read gets: every read of the variable
 * follows another assignment, written after it, in a statement list that
 * holds the read (rules/fix_reaching.c). Such an initialiser is no
 * competing value of the variable. */
bool psa_fix_dead_initialiser(const psa_rule_ctx *ctx, const psa_variable *var, uint32_t i);
/* How many assignments of 'var' are not such initialisers. */
uint32_t psa_fix_live_assigns(const psa_rule_ctx *ctx, const psa_variable *var);
/* 'sp' (whole lines being deleted by 'fx') with the '#' comment lines
 * directly above it that name one of 'words' (NULL-terminated) and can
 * only have described it (the line below is blank or deleted by 'fx'). */
psa_span psa_fix_span_with_comment_about(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp,
                                         const char *const *words);
/* Whole lines 'fx' deletes between two blank lines would leave two blank
 * lines in a row, or a blank line first in the file: the one below goes
 * too (deletions shared with other fixes, joint, are left as they are). */
void psa_fix_one_blank_line(const psa_rule_ctx *ctx, psa_fix *fx);

/* Whether the line above the line starting at 'at' is a '#' comment line of
 * its own (not '#>' nor #requires): its start, first '#' and end. */
bool psa_comment_line_above(const char *t, uint32_t at, uint32_t *start, uint32_t *hash,
                            uint32_t *end);
/* After psa_fix_remove_plumbing for a delegated rewrite of 'conn': when
 * the credential is a bare Get-Credential prompt that stays (the script
 * still reads it elsewhere), the person types their user name there
 * anyway, so edit 'edit' of fx becomes 'text' over 'range' (the same
 * rewrite with -UserPrincipalName / -AccountId $cred.UserName), and the
 * plan says so. */
/* A message next to the connection 'conn' a fix rewrites that names its
 * endpoint 'uri' (Write-Host "Connecting to https://ps.outlook.com/...")
 * names the service 'svc' instead; checked again once the plumbing of
 * 'credential' between the message and the connection is deleted. */
/* The function parameters only the removed plumbing of 'credential' read
 * go even when the file never calls the function (a helper the person
 * calls from the console; the plan made its sign-in delegated). */
void psa_fix_drop_uncalled_params(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *credential);
/* Records the tenant a removed credential names: its user name a literal
 * UPN in a tenant's initial domain (admin@contoso.onmicrosoft.com), which
 * the app-only -Organization placeholder then takes (psa_fix_app_registration). */
void psa_fix_org_hint(psa_rule_ctx *ctx, const psa_value *credential);
/* An old service's name in a message and the new service's
 * (psa_fix_stale_messages); tables end with {NULL, NULL}. */
typedef struct psa_msg_rename {
  const char *old, *new_name;
} psa_msg_rename;
extern const psa_msg_rename psa_msg_graph_names[], psa_msg_exchange_names[], psa_msg_v1_names[];
/* ... and names the new service where it named the old one ('names', or
 * NULL; 'uri' may be NULL). */
void psa_fix_stale_messages(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *conn,
                            const psa_value *credential, const char *uri, const char *svc,
                            const psa_msg_rename *names);
void psa_fix_prompt_user(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *credential,
                         uint32_t edit, psa_span range, const char *text, psa_span conn);

/* The family tables (NULL-terminated), one per file in rules/. */
extern const psa_rule *const psa_rules_exchange[];
extern const psa_rule *const psa_rules_modules[];
extern const psa_rule *const psa_rules_credentials[];
extern const psa_rule *const psa_rules_mail[];
extern const psa_rule *const psa_rules_http[];
extern const psa_rule *const psa_rules_tenant[];
extern const psa_rule *const psa_rules_exo_rest[];

#endif

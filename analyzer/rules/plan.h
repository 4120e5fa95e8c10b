/* The migration planner: what a careful engineer would do with each
 * connection of a script before any edit is made. Rules ask it how a
 * connection signs in today (the sign-in mode), which modern form it
 * becomes, and whether a rewrite must be refused (and why); the decisions
 * and refusals are recorded per file for `psauth fix --plan`.
 *
 * The sign-in mode API needs only the model, so that any rule family can
 * use it (the MSOnline/AzureAD to Microsoft Graph migration among them). */
#ifndef PSA_RULES_PLAN_H
#define PSA_RULES_PLAN_H

#include <stdbool.h>

#include "psauth/finding.h"
#include "psauth/model.h"
#include "psauth/plan.h"

/* ---- sign-in mode (model only) ---------------------------------------- */

/* psa_signin_mode is declared in psauth/plan.h (the CLI prints it). */

/* The services a connection can belong to: connections of one service are
 * compared with each other (a certificate branch offered next to a password
 * branch, source and target tenants). */
typedef enum {
  PSA_SERVICE_NONE,
  PSA_SERVICE_EXCHANGE,   /* New-PSSession to EXO/EOP, Connect-ExchangeOnline, EXO V1 */
  PSA_SERVICE_COMPLIANCE, /* New-PSSession to SCC, Connect-IPPSSession */
  PSA_SERVICE_GRAPH,      /* Connect-MsolService, Connect-AzureAD, Connect-MgGraph */
  PSA_SERVICE_SHAREPOINT, /* Connect-SPOService */
  PSA_SERVICE_PNP,        /* Connect-PnPOnline */
  PSA_SERVICE_TEAMS,      /* Connect-MicrosoftTeams, New-CsOnlineSession */
  PSA_SERVICE_AZURE       /* Connect-AzAccount and its aliases */
} psa_service;

typedef struct {
  psa_signin_mode mode;
  psa_service service;
  /* the evidence, as a phrase ("a password read with Get-Content on line
   * 12", "a Get-Credential prompt on line 3"); never NULL */
  const char *evidence;
  psa_span at;           /* where the evidence is ({0,0} when none) */
  /* MODERN through the script's own offer: the certificate or managed
   * identity connection of the same service the script already has, next
   * to this legacy one (NULL otherwise) */
  const psa_command *modern;
  /* unattended: the password or credential comes from script parameters
   * (-UserName/-Password style) */
  bool from_parameters;
  /* UNKNOWN only: the evidence says who signs in (a person, who the script
   * always waits for), so a refusal gives it as it is */
  bool evidence_says_who;
  /* UNKNOWN only: -UserName/-Password script parameters (the scheduled
   * mode) or else a Get-Credential prompt build the one credential this
   * connection signs in with (if/else, then the connection) */
  bool shared_prompt;
  /* the script connects with a managed identity somewhere already */
  bool uses_managed_identity;
  /* the script is an Azure Automation runbook: its first
   * Get-AutomationPSCredential / Get-AutomationVariable /
   * Get-AutomationConnection (NULL otherwise); unattended sign-ins there
   * become the Automation account's managed identity */
  const psa_command *runbook;
  /* interactive: a user name the script gives for the prompt (the source
   * text of Get-Credential -UserName / a Read-Host user name variable), or
   * NULL */
  const char *user_source;
} psa_signin;

/* How 'connect' signs in, from evidence in the model: the credential's
 * origins, token parameters, certificate / managed identity parameters,
 * and the script's other connections of the same service. */
psa_signin_mode psa_plan_signin_mode(const psa_model *m, const psa_command *connect);
/* The same with the evidence (strings in the model's arena are not made:
 * phrases are static or point into 'scratch', at least 160 bytes). */
void psa_plan_signin(const psa_model *m, const psa_command *connect, psa_signin *out,
                     char *scratch, size_t scratch_len);

/* The customer tenant of a remote session's -ConnectionUri ?DelegatedOrg=
 * (a partner's sign-in to a customer tenant), followed through a variable
 * assigned once, an expandable string and a concatenation. */
typedef enum {
  PSA_DORG_NONE,       /* the URI names no DelegatedOrg (or there is no URI) */
  PSA_DORG_LITERAL,    /* written out: *text the tenant */
  PSA_DORG_EXPR,       /* the script's expression ($t, $($c.Name), $c.Domain): *text it */
  PSA_DORG_UNREADABLE, /* DelegatedOrg= followed by text psauth cannot carry over */
  PSA_DORG_UNKNOWN     /* built at run time: psauth cannot tell whether it has one */
} psa_dorg_kind;
/* *text points into 'buf' (LITERAL, EXPR) or is NULL. */
psa_dorg_kind psa_plan_delegated_org(const psa_model *m, const psa_command *connect, const char **text,
                                     char *buf, size_t buflen);

/* Whether the statement around a command drops its output ("| Out-Null",
 * "$null = ", "[void]"; a bare call does not). */
bool psa_plan_output_dropped(const char *text, uint32_t text_len, const psa_command *c);

/* The service of a connection command, or PSA_SERVICE_NONE when it is not one. */
psa_service psa_plan_service(const psa_model *m, const psa_command *cmd);

/* A statement that writes a credential file a reader of the same script
 * reads: Export-Clixml of a credential (for Import-Clixml), or
 * ConvertFrom-SecureString piped or given to Out-File / Set-Content (for
 * Get-Content), with the same path (the same literal, the same variable or
 * the same text of fixed parts), before the reader. */
typedef struct {
  const psa_command *writer; /* Export-Clixml / Out-File / Set-Content */
  const psa_command *prompt; /* the Get-Credential / Read-Host it writes, or NULL */
  bool every_run;            /* in one straight line of statements with the reader */
} psa_cred_writer;

/* The writers of the file 'reader' (an Import-Clixml or Get-Content) reads,
 * up to 'max', in source order. */
uint32_t psa_plan_credential_writers(const psa_model *m, const psa_command *reader,
                                     psa_cred_writer *out, uint32_t max);

/* The file a command reads or writes: its -Path, -LiteralPath or -FilePath
 * value (NULL when none is given). */
const psa_value *psa_plan_file_arg(const psa_command *c);

/* Whether two path values name the same file: the same literal text, the
 * same variable assigned once, or the same text of parts assigned once. */
bool psa_plan_same_file(const psa_model *m, const psa_value *a, const psa_value *b);

/* Whether a command connects with a certificate, a managed identity or a
 * token the module accepts today (nothing to migrate in its sign-in). */
bool psa_plan_is_modern_connect(const psa_model *m, const psa_command *cmd);

/* Until the Microsoft Graph cmdlet migration lands, a Connect-MsolService /
 * Connect-AzureAD must not be rewritten while the file still calls other
 * cmdlets of its module (the script would break after the fix). True when
 * the connection may be rewritten; otherwise *reason says why (a static
 * phrase or a string in 'scratch'). The Graph migration replaces this one
 * function. */
bool psa_plan_graph_cmdlets_migratable(const psa_model *m, const psa_command *connect,
                                       const char **reason, char *scratch, size_t scratch_len);

/* How many calls of the file use the directory: MSOnline, AzureAD,
 * Microsoft Graph or Entra cmdlets other than the connections themselves
 * and bare "already connected?" probes (Get-MsolDomain,
 * Get-MsolCompanyInformation, Get-AzureADTenantDetail, ... with at most
 * common parameters, whose output is dropped: "| Out-Null", "$null ="). Zero means a Connect-MsolService / Connect-AzureAD
 * serves scripts that run after it (a helper, a launcher), which still
 * need the old module: a Connect-MgGraph there would have no scopes to ask
 * for and would leave them without their session. */
uint32_t psa_plan_directory_calls(const psa_model *m, const char *text, uint32_t text_len);

/* The refusal reason for such a connection ('module': "MSOnline" or "AzureAD"). */
const char *psa_plan_no_directory_calls_reason(const char *module, char *scratch, size_t scratch_len);

/* Whether the script does work of its own from 'offset' on: a cmdlet (at
 * the script's level, or in a function it calls from there) other than
 * output, prompts, module, session and connection management, pipeline
 * helpers and the notification mail. A script with none after its
 * connections leaves them for what runs next (a connection helper). */
bool psa_plan_works_after(const psa_model *m, uint32_t offset);

/* Whether a Connect-MsolService / Connect-AzureAD in a file that calls none
 * of the directory's cmdlets (psa_plan_directory_calls is 0) is a dead
 * sign-in of a standalone script rather than a connection helper: a .ps1
 * not named like a helper (Connect-*, *profile*, *login*) nor sitting in a
 * folder named like one (Connectors/, Login/, Sessions/, Auth/), connecting in a
 * statement of its own at the top level, that runs no other script or
 * module of its own (dot-sourcing, "& .\x.ps1", Import-Module of a path)
 * and does its own work after connecting (cmdlets other than output,
 * module and session management). Then nothing uses the connection. */
bool psa_plan_dead_directory_signin(const psa_model *m, const char *path, const char *text,
                                    uint32_t text_len, const psa_command *connect);

/* Whether another script of the scan set names this file (psauth scan or
 * fix over a folder, psa_scan_options.named_scripts): it may be run by
 * others for its sessions, so it is no standalone script whose unused
 * sign-in can go. */
bool psa_plan_named_by_others(const psa_rule_ctx *ctx);

/* psa_plan_dead_directory_signin's test of a standalone script, for any
 * sign-in; with 'in_clauses' the connection may also be an assignment
 * ($s = New-PSSession ...) and sit in if/elseif/else clauses and try/finally
 * blocks at the script's level (not in a loop or function). Commands in the
 * 'going' spans (statements removed with the sign-in, such as the EXO V1
 * module loader) do not count as running other code. */
bool psa_plan_standalone_signin(const psa_model *m, const char *path, const char *text,
                                uint32_t text_len, const psa_command *connect, bool in_clauses,
                                const psa_span *going, uint32_t ngoing);

/* Whether 'name' is a cmdlet of Exchange Online PowerShell or Security &
 * Compliance PowerShell (analyzer/data/exchange-cmdlets.txt, from
 * Microsoft's cmdlet reference). */
bool psa_exchange_cmdlet(const char *name);
/* Whether 'name' is an Exchange Unified Messaging cmdlet: on-premises
 * Exchange Server only (analyzer/data/exchange-um-cmdlets.txt, from
 * Microsoft's cmdlet reference); UM in Exchange Online is retired. */
bool psa_exchange_um_cmdlet(const char *name);
/* The first UM cmdlet the Exchange Online connection 'connect' would run:
 * in its function, or anywhere when it connects at the script's level. */
const psa_command *psa_plan_exchange_um_use(const psa_model *m, const psa_command *connect);
/* The first command of the model (not a function of the file) that Microsoft
 * Teams PowerShell does not support with application-based authentication
 * (analyzer/data/teams-app-only.txt, from Microsoft's "Application-based
 * authentication in Teams PowerShell Module"); 'sovereign': also the ones
 * unsupported only in GCC High and DoD. NULL when none. */
const psa_command *psa_plan_teams_app_only_unsupported(const psa_model *m, bool sovereign);

/* The first command of the file that uses, or may use, an Exchange Online
 * or Security & Compliance connection, or NULL when none does: an Exchange
 * cmdlet (other than connecting, disconnecting and the session's own
 * plumbing), a command run in a remote session, a command whose name is
 * computed (& $cmd), or a Verb-Noun command that is neither defined in the
 * file nor known to be PowerShell's own (analyzer/data/powershell-cmdlets.txt),
 * in the binding table under another module, or of another Microsoft 365
 * module by its noun (Msol, AzureAD, Mg, Entra, SPO, PnP, Az, Cs, Team). */
const psa_command *psa_plan_exchange_use(const psa_model *m);

/* Whether an Exchange Online / Security & Compliance sign-in is one nothing
 * uses: no command of the file may use it (psa_plan_exchange_use) and the
 * file is a standalone script (psa_plan_standalone_signin, in clauses). */
bool psa_plan_exchange_unused(const psa_model *m, const char *path, const char *text,
                              uint32_t text_len, const psa_command *connect,
                              const psa_span *going, uint32_t ngoing);

/* Whether the block 'connect' is in (the innermost braces around its
 * statement) still runs a command once the statements 'del' are deleted:
 * removing a connection must not leave an empty if or try block. True at
 * the script's top level. */
bool psa_plan_clause_keeps_work(const psa_model *m, const char *text, uint32_t text_len,
                                const psa_command *connect, const psa_span *del, uint32_t n);

/* What shows that a person drives the script, or NULL in *what: a desktop
 * GUI (Windows Forms / WPF: Add-Type, New-Object, LoadWithPartialName, the
 * XAML reader), an Out-GridView -PassThru / -OutputMode choice, a Read-Host
 * that repeats at the script's level (a menu loop). *at is where; the
 * command when it is one. */
const psa_command *psa_plan_person_driver(const psa_model *m, const char **what, psa_span *at);

/* Whether 'b' always runs right after 'a' in one straight line of
 * statements: the same function scope, the same if/else clauses and loops,
 * and no block closing between them (a try/catch, another clause). Then a
 * second identical connection or import at 'b' adds nothing. 'text' is the
 * file's text ('a' and 'b' in it, 'a' first). */
bool psa_plan_same_straight_line(const psa_model *m, const char *text, uint32_t text_len,
                                 const psa_command *a, const psa_command *b);

/* A connection in a catch clause typed with a retired module's exceptions
 * (catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException]
 * around a Connect-AzureAD) runs only when that module's cmdlets throw
 * them; after the migration nothing does, and without the module loaded
 * the type does not even resolve. Returns that clause, or NULL when
 * 'connect' is in none. When the clause can lose its types (it is the
 * try's last catch, its types are all the module's, and the try's first
 * command is a call of the module with -ErrorAction Stop, which keeps a
 * Microsoft Graph cmdlet's missing sign-in a terminating error), *untype is
 * the text to delete ("catch [X] {" -> "catch {"); otherwise *untype is
 * {0,0} and *why says why not (static, or in 'scratch'). */
const psa_catch *psa_plan_legacy_catch(const psa_model *m, const char *text, uint32_t text_len,
                                       psa_span at, psa_span *untype, const char **why,
                                       char *scratch, size_t scratch_len);

/* A connection in a try whose catch is typed with a retired module's
 * exceptions (try { Connect-MsolService ... } catch
 * [Microsoft.Online.Administration.Automation.MicrosoftOnlineException]):
 * once the module is no longer loaded the type does not resolve, and a
 * failure raises "Unable to find type" instead of running any catch.
 * When the try holds only the sign-in (connections, module loading, the
 * credential's plumbing), the spans to delete so that the catch still
 * runs: the type list of a last clause ("catch {"), or a clause a later
 * catch follows; the count of spans. 0 with *why set when the catch
 * cannot be kept working (other types in the clause, other work in the
 * try); 0 with *why NULL when there is no such catch. */
uint32_t psa_plan_legacy_try(const psa_model *m, const char *text, uint32_t text_len,
                             const psa_command *connect, psa_span *del, uint32_t max,
                             const char **why, char *scratch, size_t scratch_len);

/* Whether 'call' is the first command of a try whose catch for a retired
 * module's exceptions holds a connection that loses the catch's type
 * (psa_plan_legacy_catch), and has no -ErrorAction: its Microsoft Graph
 * rewrite then takes -ErrorAction Stop, as the old module's errors were
 * terminating, so that the catch still runs when nobody is signed in. */
bool psa_plan_catch_probe_needs_stop(const psa_model *m, const char *text, uint32_t text_len,
                                     const psa_command *call);

/* The retired module an exception type belongs to ("AzureAD", "MSOnline"),
 * by its namespace, or NULL. 'name' is the type as written, with or
 * without brackets, 'len' its length. */
const char *psa_plan_legacy_exception_module(const char *name, size_t len);

/* The file's first call of another script of its own, which psauth does
 * not see into and which may sign in (". .\Connect-X.ps1",
 * "& C:\Scripts\Connect-O365.ps1", "C:\Repo\Connect-NESO365.ps1", "& $script"),
 * or NULL. Import-Module of a path is not one (a module defines functions;
 * it signs in only when they are called). */
const psa_command *psa_plan_script_call(const psa_model *m);

/* Whether 'connect' runs in the script block of a background or scheduled
 * job (Start-Job, Register-ScheduledJob, Start-ThreadJob): a PowerShell
 * process of its own, with no console for a prompt and none of the
 * script's variables. Names the block in 'scratch' ("the script block of
 * Register-ScheduledJob on line 2"). */
bool psa_plan_job_block(const psa_model *m, const psa_command *connect, char *scratch,
                        size_t scratch_len);

/* ---- placement and scope (model only) --------------------------------- */

/* What decides whether Exchange Online cmdlets can run at a command: the
 * remote script blocks and whether the script manages on-premises
 * Exchange; computed once per model (a rule asking for every command would
 * otherwise walk the whole model each time). */
typedef struct {
  psa_span *remote_blocks; /* script blocks Invoke-Command sends elsewhere */
  uint32_t remote_count;
  bool onprem, cloud;
} psa_plan_scope;
void psa_plan_scope_init(const psa_model *m, psa_plan_scope *sc);
void psa_plan_scope_free(psa_plan_scope *sc);
/* psa_plan_exo_scope_refusal with the scope computed once. */
const char *psa_plan_scope_refusal(const psa_plan_scope *sc, const psa_command *cmd);

/* Why no Exchange Online rewrite may touch 'cmd', or NULL: it runs in a
 * script block sent to another session (Invoke-Command -Session /
 * -ComputerName, Start-Job, ...), or the script manages on-premises
 * Exchange (RemoteExchange.ps1, the Exchange snap-in, a session to a server
 * that is not a Microsoft 365 host). */
const char *psa_plan_exo_scope_refusal(const psa_model *m, const psa_command *cmd);

/* Whether the script also manages on-premises Exchange (then a bulk read
 * such as Get-Mailbox may run against either organisation). */
bool psa_plan_onprem_mixed(const psa_model *m);

/* The outermost loop (foreach/for/while/do statement, ForEach-Object
 * pipeline or .ForEach call) that holds 'offset': true and its span in
 * *loop, or false. */
bool psa_plan_outer_loop(const psa_model *m, uint32_t offset, psa_span *loop);

/* The command at the script's own level that leads to 'use': 'use' itself,
 * or, when it runs in a function, the file's first call of that function,
 * followed outwards through the functions calling it (a few levels). NULL
 * when such a function is never called by the file or only from inside
 * itself: *fn names it and *never_called tells which. A connection the
 * file lacks goes in front of this command (psa_plan_connect_anchor). */
const psa_command *psa_plan_call_site(const psa_model *m, const psa_command *use, const char **fn,
                                      bool *never_called);

/* Where a new connection for 'site' goes so that it runs once: the start of
 * its statement, or of the outermost loop holding it (a connection per
 * item otherwise); with 'leave_clauses' also out of if/elseif/else clauses
 * (the whole if statement), so that later uses outside the clause are
 * connected too. */
uint32_t psa_plan_connect_anchor(const psa_model *m, const psa_command *site, bool leave_clauses);

/* 'anchor' (where a new connection goes) moved out of every if/elseif/else
 * clause, loop, try and catch block that does not hold 'site' as well (to
 * the start of that statement), so that the connection runs before 'site'
 * too. */
uint32_t psa_plan_anchor_holding(const psa_model *m, uint32_t anchor, const psa_command *site);

/* Whether what runs at 'a' (a statement or command in scope 'a_scope')
 * has run before 'b' on every path that reaches 'b': 'a' comes first, in
 * 'b's scope or one enclosing it, and every block around 'a' (an if/else
 * clause, a loop, a try or catch block, a script block such as
 * ForEach-Object's, a function) also holds 'b'. When 'b' is in a function
 * and 'a' does not reach it so, every call of that function must be reached
 * (a few levels); a function the file never calls is not reached. */
bool psa_plan_runs_before(const psa_model *m, const char *text, uint32_t text_len, psa_span a,
                          const psa_scope *a_scope, const psa_command *b);

#endif

/* ---- plans of one scan (rule context) --------------------------------- */

typedef enum {
  PSA_TARGET_REFUSED,          /* no rewrite: see why */
  PSA_TARGET_APP_ONLY,         /* certificate (thumbprint or file) app-only sign-in */
  PSA_TARGET_MANAGED_IDENTITY, /* the Azure resource's managed identity */
  PSA_TARGET_DELEGATED,        /* a person signs in with modern authentication */
  PSA_TARGET_REMOVE_BRANCH,    /* the script's own modern branch stays; this one goes */
  PSA_TARGET_CERT_BRANCH,      /* a password branch gated on -UserName/-Password script
                                  parameters becomes a certificate branch gated on
                                  -Organization/-ClientId/-CertificateThumbprint */
  PSA_TARGET_SPLIT_BRANCH      /* one connection after if (-UserName/-Password) { build
                                  the credential } else { prompt }: the password branch
                                  connects with a certificate (as CERT_BRANCH), the prompt's
                                  branch with the module's delegated sign-in, and the shared
                                  connection goes */
} psa_target;

typedef struct {
  psa_signin si;
  psa_target target;
  const char *why;     /* the reason for the target or the refusal */
  /* REMOVE_BRANCH: the edits that delete the legacy clause */
  psa_span cut;        /* delete this */
  psa_span rekey;      /* replace with "if" ('elseif' of the next clause), or {0,0} */
  psa_span unwrap;     /* or: replace the whole if statement ... */
  psa_span unwrap_body; /* ... by the inside of this block */
  /* one of several tenants: the rewrite's own $<prefix>AppId,
   * $<prefix>Organization, $<prefix>CertificateThumbprint, or NULL */
  const char *tenant_prefix;
  const char *tenant_all; /* every tenant's prefix, ",Source,Target," (declared together) */
  /* CERT_BRANCH: the if condition (parentheses included) and the two
   * script parameters that become the certificate ones */
  psa_span cond;
  const psa_variable *user_param, *password_param;
  /* SPLIT_BRANCH: the statements that become the two connections (the
   * credential built from the parameters, the prompt) and the one that goes
   * (the password's ConvertTo-SecureString), and the user name the prompt
   * suggests (source text) or NULL */
  psa_span split_cred, split_secure, split_prompt;
  psa_span split_type; /* "[securestring]" of the password parameter, or {0,0} */
  const char *split_user;
  /* DELEGATED for one sign-in mode in the file: the helper function's
   * user name and password parameters go even when the file does not
   * call it (psa_fix_drop_uncalled_params) */
  bool drop_params;
  char scratch[512];
} psa_conn_plan;

/* Plans one legacy connection: its sign-in mode, the target, and the
 * refusals (remote block, on-premises Exchange, tokens, several tenants or
 * credentials, a tenant loop, an unknown credential). Records the decision
 * in the file's plan. True when a rewrite may be made. 'target_cmdlet' is
 * what the connection becomes ("Connect-ExchangeOnline"). */
bool psa_plan_connection(psa_rule_ctx *ctx, const psa_rule *rule, const psa_command *connect,
                         const char *target_cmdlet, psa_conn_plan *out);

/* Records a refused rewrite with its reason. */
void psa_plan_refuse(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *subject,
                     const char *reason);
/* Records a connection's sign-in mode and chosen target. */
void psa_plan_note(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *subject,
                   psa_signin_mode mode, const char *evidence, const char *target,
                   const char *why);
/* Gives the connection entry rule 'rule_id' recorded for the command at
 * 'span' (psa_plan_connection) another target and reason: a rewrite that
 * turned out other than planned (the connection removed for another). */
void psa_plan_retarget(psa_rule_ctx *ctx, const char *rule_id, psa_span span, const char *target,
                       const char *why);
/* Records a rewrite that is not a connection ('subject' becomes 'target'). */
void psa_plan_rewrite(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *subject,
                      const char *target, const char *why);
/* A sign-in nothing in a standalone script uses goes (MSOnline, AzureAD,
 * SharePoint Online, Exchange Online): the statements 'del' (the sign-in
 * and what belongs to it; reordered here), deleted bottom up so that a
 * comment above a run of deleted lines that speaks of 'about' goes with
 * them, then what only fed the values 'feeds' (a credential, an admin URL),
 * and the plan says why ('service' names it; 'also' is added to the
 * reason). */
psa_fix *psa_fix_remove_unused_signin(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                  const psa_command *cmd, const char *service, psa_span *del,
                                  uint32_t n, const char *const *about,
                                  const psa_value *const *feeds, uint32_t nfeeds,
                                  const char *also);
/* Every fix the file offers for applying belongs to a plan entry: a fix
 * no rule planned (a connection, a rewrite) gets a rewrite entry from its
 * title, so that `fix --plan` never leaves an applied edit unexplained.
 * Called once all rules have made their fixes. */
void psa_plan_cover_fixes(psa_rule_ctx *ctx);

/* Whether 'span' touches a line psauth's parser could not read (then what
 * the model made of it is a guess, and a reason about it must say so). */
bool psa_plan_unread(const psa_rule_ctx *ctx, psa_span span);

/* The sign-in arguments of 'cmdlet' for an app-only or managed-identity
 * target, in that cmdlet's own parameter names, honouring the tenant
 * options (--managed-identity, --certificate-path,
 * --certificate-thumbprint) and the script's own values (variables that
 * hold the app id, thumbprint and tenant); 'have_tenant' leaves the tenant
 * parameter out (the call has it). NULL when the cmdlet has no such form. */
const char *psa_fix_signin_args(psa_rule_ctx *ctx, const psa_command *at, const char *cmdlet,
                                psa_target target, bool have_tenant);

/* Why a runbook's unattended sign-in becomes a managed identity ('evidence':
 * psa_signin.runbook). */
const char *psa_plan_runbook_why(psa_rule_ctx *ctx, const psa_command *evidence);

/* psa_fix_signin_args for a planned connection: with the plan's own tenant
 * variables when it is one of several tenants. */
const char *psa_fix_signin_args_for(psa_rule_ctx *ctx, const psa_command *at, const char *cmdlet,
                                    const psa_conn_plan *plan, bool have_tenant);

/* Adds the edits that delete the legacy clause of a REMOVE_BRANCH plan,
 * and the script parameters only that clause read. */
void psa_fix_remove_branch(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p);
/* Removes the declarations of script parameters (with their attributes,
 * comment lines and the comma that separates them) nothing reads after the
 * fix: the caller has checked that. */
/* The usage lines of the script's help that run it with removed script
 * parameters (".\\Get-Report.ps1 -User a -Password b -InputFile f"): the
 * removed ones ('second' may be NULL) are cut from them. */
void psa_fix_drop_param_usage(psa_rule_ctx *ctx, psa_fix *fx, const char *first, const char *second);
/* The help lines of removed script parameters before 'limit' (their
 * declarations: the script's help comes first): ".PARAMETER Name" with its
 * description lines, and lines that start "Name - ..." / "Name: ...". */
void psa_fix_drop_param_help(psa_rule_ctx *ctx, psa_fix *fx, const char *first, const char *second,
                             uint32_t limit);
/* The same for removed parameters of the file's function 'fn': the help
 * written above it or at the top of its body (before 'limit', their
 * declarations), and the example lines that call it with them. */
void psa_fix_drop_function_param_help(psa_rule_ctx *ctx, psa_fix *fx, const psa_function *fn,
                                      const char *first, const char *second, uint32_t limit);
void psa_fix_remove_params(psa_rule_ctx *ctx, psa_fix *fx, const psa_variable *const *vars,
                           uint32_t count);
/* The edits of a CERT_BRANCH plan for 'connect' (its -Credential argument
 * 'cred'): the parameters, the condition and the connection. */
void psa_fix_cert_branch(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p,
                         const psa_command *connect, const psa_arg *cred);

/* The script's own documentation of a CERT_BRANCH conversion, in the same
 * fix: usage lines in comments that run this script with the removed
 * -UserName/-Password get -Organization/-ClientId/-CertificateThumbprint
 * placeholders, the example title above such a line that only described
 * the password sign-in is retitled, and comment sentences about passing
 * credentials as parameters name the certificate parameters (plan_help.c). */
void psa_fix_cert_branch_docs(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p);
/* The edits of a SPLIT_BRANCH plan: the parameters and the condition as in
 * a CERT_BRANCH one, the credential statement of the password branch
 * becomes 'cert_line', the prompt becomes 'delegated_line', the
 * ConvertTo-SecureString statement and the shared connection's statement
 * 'connect_stmt' go. */
void psa_fix_split_branch(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p,
                          psa_span connect_stmt, const char *cert_line,
                          const char *delegated_line);
/* The certificate arguments a CERT_BRANCH / SPLIT_BRANCH connection signs
 * in with (the converted parameters). */
#define PSA_CERT_BRANCH_ARGS \
  "-AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization"

/* Asks, for the fix 'fx' of an app-only 'plan' for 'connect' (after
 * psa_fix_remove_plumbing of its credential), that once the plumbing is
 * removed (psa_fix_finish) a credential built from the caller's [string]
 * user-name and password script parameters, which the fix then deletes
 * (nothing else read them), makes those parameters certificate ones:
 * psa_fix_params_to_cert. */
void psa_fix_request_cert_params(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                                 const psa_conn_plan *plan, const psa_command *connect,
                                 const psa_value *credential);
/* The user name's declaration becomes $ClientId with $Organization before
 * it and the password's $CertificateThumbprint (as in a converted scheduled
 * branch), the rewrite reads them instead of the placeholder variables
 * (whose declaration block goes), the usage lines follow
 * (psa_fix_cert_branch_docs) and the plan says so. Only when the fix
 * deleted both declarations and reads all three placeholders; true when
 * done, false leaves the fix as it was. */
bool psa_fix_params_to_cert(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                            const psa_command *connect, const psa_value *cred);

/* After a fix of finding 'f' removed the plumbing of a stored password
 * (its connection planned as unattended): a line of the script's help
 * (the comments before its first statement) that still speaks of the
 * password or secure string is named in the plan for a person to rewrite. */
void psa_plan_stale_help(psa_rule_ctx *ctx, const psa_finding *f, const psa_fix *fx);

/* The clauses (if, elseif, else blocks) of the if statement whose first
 * block is 'if_block', loops not counted; *else_block is its else block or
 * NULL. */
uint32_t psa_if_clauses(const psa_model *m, const psa_block *if_block,
                        const psa_block **else_block);

/* When 'stmt' is all the 'if' clause of an if/else does and the rewrite
 * makes it the same as the else block ('else_text', or the else block's own
 * text when NULL): the whole statement becomes 'new_text' (no if/else with
 * two identical branches). Adds that edit and returns true, else false. */
bool psa_fix_collapse_if(psa_rule_ctx *ctx, psa_fix *fx, psa_span stmt, const char *new_text,
                         const char *(*else_text)(psa_rule_ctx *, const psa_command *));

/* A connection of rule 'rule_id' (PSA202, PSA203) this pass leaves as it
 * is (refused), or NULL: what waits for the connection (the module's call
 * rewrites) is not offered either. */
const psa_plan_entry *psa_plan_refused_connection(const psa_rule_ctx *ctx, const char *rule_id);

/* The connection entry rule 'rule_id' recorded for the command at 'span'
 * in this pass, or NULL. */
const psa_plan_entry *psa_plan_connection_at(const psa_rule_ctx *ctx, const char *rule_id,
                                             psa_span span);

/* The refusal rule 'rule_id' recorded for the command at 'span' in this
 * pass (a connection it leaves as it is), or NULL. */
const psa_plan_entry *psa_plan_refused_at(const psa_rule_ctx *ctx, const char *rule_id,
                                          psa_span span);

/* Whether every remote PowerShell / EXO V1 connection of the file is
 * planned to become Connect-ExchangeOnline in this pass (then what waits
 * for that, such as PSA701, is offered by the next pass, not refused). */
bool psa_plan_rps_all_migrate(const psa_rule_ctx *ctx);

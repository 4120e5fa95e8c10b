/* Rule family PSA2xx: Microsoft 365 and Azure modules other than Exchange
 * Online: connections with a user password (Connect-* -Credential), the
 * retired MSOnline and AzureAD modules, legacy PnP and SharePoint sign-in,
 * client secrets, the Skype for Business Online Connector and Azure
 * Automation credential assets. Facts (cmdlets, replacement forms, dates)
 * from the domain catalogue, sections 0, 1.6 and 1.7. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/facts.h"
#include "rules/graph_migrate.h"
#include "rules/graph_probe.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* ---- shared helpers ---------------------------------------------------- */

/* "Login-AzureRmAccount (Connect-AzAccount)" when called through an alias. */
static const char *S_cmd_label(psa_rule_ctx *ctx, const psa_command *cmd) {
  if (cmd->alias && psa_strcasecmp(cmd->alias, cmd->name))
    return psa_ctx_printf(ctx, "%s (%s)", cmd->alias, cmd->name);
  return cmd->name;
}

/* The source text of a value, for quoting it in a replacement. */
static const char *S_text_of(psa_rule_ctx *ctx, psa_span span) {
  const char *t = ctx->model->text;
  uint32_t n = span.end > span.start ? span.end - span.start : 0;
  if (n == 0 || n > 200) return NULL;
  return psa_ctx_printf(ctx, "%.*s", (int)n, t + span.start);
}

/* Whether every producer of the value is $null (nothing to report). */
static bool S_is_null(const psa_rule_ctx *ctx, const psa_value *v) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  if (n == 0) return false;
  for (uint32_t i = 0; i < n; i++)
    if (prods[i]->kind != PSA_V_NULL) return false;
  return true;
}

static bool S_is_cred_param(const char *p) {
  return p && (!psa_strcasecmp(p, "Credential") || !psa_strcasecmp(p, "Credentials") ||
               !psa_strcasecmp(p, "ClientSecretCredential"));
}

/* Where a password comes from, as a phrase ("a password literal on line 3"),
 * or NULL when nothing useful is known. */
static const char *S_password_desc(psa_rule_ctx *ctx, const psa_value *pw, int depth) {
  if (!pw || depth > 2) return NULL;
  psa_origin o[8];
  uint32_t n = psa_value_origins(ctx->model, pw, o, 8);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t line = psa_line_of(ctx, o[i].span.start);
    switch (o[i].kind) {
      case PSA_ORIGIN_LITERAL: {
        const char *s = psa_value_string(ctx->model, o[i].value);
        if (!s || !*s) break;
        psa_span lits[1];
        if (psa_value_literals(ctx->model, o[i].value, lits, 1)) line = psa_line_of(ctx, lits[0].start);
        return psa_ctx_printf(ctx, "a password literal on line %u", line);
      }
      case PSA_ORIGIN_SECURESTRING: {
        const psa_command *c = o[i].cmd;
        const psa_arg *a = psa_command_arg(c, "String");
        const psa_value *in = a && a->value ? a->value : c->pipeline_input;
        const char *inner = S_password_desc(ctx, in, depth + 1);
        if (inner) return inner;
        return psa_ctx_printf(ctx, "ConvertTo-SecureString on line %u", line);
      }
      case PSA_ORIGIN_FILE: {
        const char *what = "a file";
        if (o[i].cmd) {
          const char *path = psa_rule_arg_string(ctx, o[i].cmd, "Path");
          if (!path) path = psa_rule_arg_string(ctx, o[i].cmd, "LiteralPath");
          what = path ? psa_ctx_printf(ctx, "%s %s", o[i].cmd->name, path) : o[i].cmd->name;
        }
        return psa_ctx_printf(ctx, "a password read from %s on line %u", what, line);
      }
      case PSA_ORIGIN_CLIXML:
        return psa_ctx_printf(ctx, "a password loaded with Import-Clixml on line %u", line);
      case PSA_ORIGIN_READ_HOST:
      case PSA_ORIGIN_READ_HOST_SECURE:
        return psa_ctx_printf(ctx, "a password typed at Read-Host on line %u", line);
      case PSA_ORIGIN_SECRET_STORE:
        return psa_ctx_printf(ctx, "a secret from %s on line %u", o[i].cmd ? o[i].cmd->name : "a vault",
                              line);
      case PSA_ORIGIN_ENV:
        if (o[i].value->kind == PSA_V_ENV)
          return psa_ctx_printf(ctx, "the environment variable %s", o[i].value->str);
        return "an environment variable";
      case PSA_ORIGIN_PARAMETER:
        return psa_ctx_printf(ctx, "the parameter $%s", o[i].value->str);
      case PSA_ORIGIN_AUTOMATION:
        return psa_ctx_printf(ctx,
                              "the password of an Azure Automation credential asset read on "
                              "line %u",
                              line);
      default:
        break;
    }
  }
  return NULL;
}

/* What rules learn about the credential given to a connection. */
typedef struct {
  psa_buf text;       /* "credential built on line 7 from ...; or ..." */
  uint32_t described; /* phrases in 'text' */
  uint32_t known;     /* origins other than unknown */
  uint32_t prompts;   /* Get-Credential origins */
  const psa_command *automation; /* a Get-AutomationPSCredential origin */
  psa_span spans[4];
  const char *notes[4];
  uint32_t span_count;
} S_source;

static void S_source_add(S_source *s, psa_span at, const char *note, const char *phrase) {
  if (phrase && s->described < 3) {
    if (s->described) psa_buf_puts(&s->text, "; or ");
    psa_buf_puts(&s->text, phrase);
    s->described++;
  }
  if (note && s->span_count < 4) {
    s->spans[s->span_count] = at;
    s->notes[s->span_count] = note;
    s->span_count++;
  }
}

static void S_source_of(psa_rule_ctx *ctx, const psa_value *v, S_source *s) {
  memset(s, 0, sizeof(*s));
  psa_buf_init(&s->text);
  psa_origin o[8];
  uint32_t n = psa_value_origins(ctx->model, v, o, 8);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t line = psa_line_of(ctx, o[i].span.start);
    switch (o[i].kind) {
      case PSA_ORIGIN_CREDENTIAL: {
        const psa_value *user = NULL, *pw = NULL;
        const char *from = NULL;
        if (psa_credential_parts(ctx->model, o[i].value, &user, &pw))
          from = S_password_desc(ctx, pw, 0);
        s->known++;
        S_source_add(s, o[i].span, "credential built here",
                     from ? psa_ctx_printf(ctx, "credential built on line %u from %s", line, from)
                          : psa_ctx_printf(ctx, "credential built on line %u", line));
        break;
      }
      case PSA_ORIGIN_PROMPT:
        s->known++;
        s->prompts++;
        S_source_add(s, o[i].span, "prompted here",
                     psa_ctx_printf(ctx, "prompted with %s on line %u",
                                    o[i].cmd ? "Get-Credential" : "$Host.UI.PromptForCredential", line));
        break;
      case PSA_ORIGIN_AUTOMATION: {
        s->known++;
        if (!s->automation) s->automation = o[i].cmd;
        const char *name = o[i].cmd ? psa_rule_arg_string(ctx, o[i].cmd, "Name") : NULL;
        S_source_add(s, o[i].span, "Automation credential asset read here",
                     name ? psa_ctx_printf(ctx,
                                           "the Azure Automation credential asset '%s' read with "
                                           "Get-AutomationPSCredential on line %u",
                                           name, line)
                          : psa_ctx_printf(ctx,
                                           "an Azure Automation credential asset read with "
                                           "Get-AutomationPSCredential on line %u",
                                           line));
        break;
      }
      case PSA_ORIGIN_CLIXML:
        s->known++;
        S_source_add(s, o[i].span, "credential loaded here",
                     psa_ctx_printf(ctx, "credential loaded with Import-Clixml on line %u", line));
        break;
      case PSA_ORIGIN_CREDENTIAL_MANAGER:
        s->known++;
        S_source_add(s, o[i].span, "credential read here",
                     psa_ctx_printf(ctx,
                                    "credential read from Windows Credential Manager with "
                                    "Get-StoredCredential on line %u",
                                    line));
        break;
      case PSA_ORIGIN_SECRET_STORE:
        s->known++;
        S_source_add(s, o[i].span, "credential read here",
                     psa_ctx_printf(ctx, "credential from %s on line %u",
                                    o[i].cmd ? o[i].cmd->name : "a vault", line));
        break;
      case PSA_ORIGIN_PARAMETER:
        s->known++;
        S_source_add(s, o[i].span, NULL,
                     psa_ctx_printf(ctx, "credential passed in as the parameter $%s",
                                    o[i].value->str));
        break;
      case PSA_ORIGIN_UNKNOWN:
        break;
      default:
        s->known++;
        break;
    }
  }
}

static void S_source_related(psa_rule_ctx *ctx, psa_finding *f, const S_source *s) {
  for (uint32_t i = 0; i < s->span_count; i++) psa_finding_related(ctx, f, s->spans[i], "%s", s->notes[i]);
}

/* Replacement forms (catalogue 1.6), per connection cmdlet. */
typedef struct {
  const char *cmd;
  const char *param; /* the user-credential parameter */
  const char *cert;  /* app-only certificate form */
  const char *mi;    /* managed-identity form, or NULL when none is documented */
  bool az;           /* Azure: -ServicePrincipal makes it an app secret */
  const char *deleg; /* delegated (interactive) form: what the plan writes for a person */
} S_conn;

static const char S_az_cert[] =
    "Connect-AzAccount -ServicePrincipal -CertificateThumbprint <thumbprint> -ApplicationId "
    "<app-id> -Tenant <tenant-id>";
static const char S_graph_cert[] =
    "Connect-MgGraph -ClientId <app-id> -TenantId <tenant-id> -CertificateThumbprint <thumbprint>";
/* What a legacy directory connection becomes, said as the plan will do it:
 * a person signing in keeps signing in (delegated, with the scopes of the
 * script's cmdlets); otherwise app-only with a certificate or a managed
 * identity. */
static const char *S_graph_advice(const psa_rule_ctx *ctx, const psa_command *cmd) {
  if (psa_plan_signin_mode(ctx->model, cmd) == PSA_SIGNIN_INTERACTIVE)
    return "Connect-MgGraph -Scopes <the permissions its cmdlets need> (a person keeps signing "
           "in, now with modern authentication and MFA)";
  return "Connect-MgGraph -ClientId <app-id> -TenantId <tenant-id> -CertificateThumbprint "
         "<thumbprint>, or Connect-MgGraph -Identity";
}

static const char S_pnp_cert[] =
    "Connect-PnPOnline -Url <url> -ClientId <app-id> -Tenant <tenant>.onmicrosoft.com "
    "-Thumbprint <thumbprint>";
static const char S_teams_cert[] =
    "Connect-MicrosoftTeams -CertificateThumbprint <thumbprint> -ApplicationId <app-id> -TenantId "
    "<tenant-id>";

static const S_conn S_conns[] = {
    {"Connect-ExchangeOnline", "Credential",
     "Connect-ExchangeOnline -CertificateThumbprint <thumbprint> -AppId <app-id> -Organization "
     "<tenant>.onmicrosoft.com",
     "Connect-ExchangeOnline -ManagedIdentity -Organization <tenant>.onmicrosoft.com", false,
     "Connect-ExchangeOnline -UserPrincipalName <user>"},
    {"Connect-IPPSSession", "Credential",
     "Connect-IPPSSession -CertificateThumbprint <thumbprint> -AppId <app-id> -Organization "
     "<tenant>.onmicrosoft.com",
     NULL, false, "Connect-IPPSSession -UserPrincipalName <user>"},
    {"Connect-SPOService", "Credential",
     "Connect-SPOService -Url <url> -ClientId <app-id> -TenantId <tenant-id> "
     "-CertificateThumbprint <thumbprint>",
     "Connect-SPOService -Url <url> -ManagedIdentity", false, "Connect-SPOService -Url <url>"},
    {"Connect-PnPOnline", "Credentials", S_pnp_cert, "Connect-PnPOnline -Url <url> -ManagedIdentity",
     false, "Connect-PnPOnline -Url <url> -Interactive -ClientId <app-id>"},
    {"Connect-MicrosoftTeams", "Credential", S_teams_cert, "Connect-MicrosoftTeams -Identity", false,
     "Connect-MicrosoftTeams"},
    {"Connect-AzAccount", "Credential", S_az_cert, "Connect-AzAccount -Identity", true,
     "Connect-AzAccount"},
    {"Connect-AzureRmAccount", "Credential", S_az_cert, "Connect-AzAccount -Identity", true,
     "Connect-AzAccount"},
    {"Add-AzureRmAccount", "Credential", S_az_cert, "Connect-AzAccount -Identity", true,
     "Connect-AzAccount"},
    {NULL, NULL, NULL, NULL, false, NULL}};

static const S_conn *S_conn_of(const psa_command *cmd) {
  for (int i = 0; S_conns[i].cmd; i++)
    if (psa_command_is(cmd, S_conns[i].cmd)) return &S_conns[i];
  return NULL;
}

/* The form with the call's own -Url put in for <url>. */
static const char *S_fill_url(psa_rule_ctx *ctx, const psa_command *cmd, const char *form) {
  if (!form) return NULL;
  const char *hole = strstr(form, "<url>");
  if (!hole) return form;
  const char *url = psa_rule_arg_string(ctx, cmd, "Url");
  if (!url || !*url || strchr(url, ' ')) url = psa_command_is(cmd, "Connect-SPOService")
                                                    ? "https://<tenant>-admin.sharepoint.com"
                                                    : "<site-url>";
  return psa_ctx_printf(ctx, "%.*s%s%s", (int)(hole - form), form, url, hole + 5);
}

/* ---- PSA201: Connect-* with a user password credential ----------------- */

/* A standalone script's Connect-SPOService that nothing uses: the file
 * calls no SharePoint Online cmdlet (*-SPO*, besides connecting and
 * disconnecting), so a rewrite would make an app need SharePoint
 * permissions for nothing (psa_plan_dead_directory_signin tells a
 * standalone script from a connection helper). */
static bool S_spo_unused(psa_rule_ctx *ctx, const psa_command *cmd) {
  if (!psa_command_is(cmd, "Connect-SPOService")) return false;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !c->name || psa_command_is(c, "Connect-SPOService") ||
        psa_command_is(c, "Disconnect-SPOService"))
      continue;
    const char *dash = strchr(c->name, '-');
    if (dash && !psa_strncasecmp(dash + 1, "SPO", 3)) return false;
  }
  return !psa_plan_named_by_others(ctx) &&
         psa_plan_dead_directory_signin(ctx->model, ctx->src->path, ctx->src->text,
                                        ctx->src->text_len, cmd);
}

static int S_span_desc(const void *a, const void *b) {
  const psa_span *x = a, *y = b;
  return x->start < y->start ? 1 : x->start > y->start ? -1 : 0;
}

/* A sign-in nothing in a standalone script uses goes (MSOnline, AzureAD,
 * SharePoint Online): the statements 'del' (the sign-in and what belongs to
 * it), deleted bottom up so that a comment above a run of deleted lines
 * goes with them, then what only fed the values 'feeds' (a credential, an
 * admin URL), and the plan says why. */
psa_fix *psa_fix_remove_unused_signin(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                  const psa_command *cmd, const char *service, psa_span *del,
                                  uint32_t n, const char *const *about,
                                  const psa_value *const *feeds, uint32_t nfeeds,
                                  const char *also) {
  psa_fix *fx = psa_finding_add_fix(
      ctx, f, PSA_FIX_UNSAFE,
      psa_ctx_printf(ctx, "Remove this sign-in: nothing in this script uses the %s connection",
                     service));
  qsort(del, n, sizeof(del[0]), S_span_desc);
  for (uint32_t i = 0; i < n; i++)
    psa_fix_add_edit(ctx, fx, psa_fix_deletion_span(ctx, fx, del[i], about), "");
  psa_fix_one_blank_line(ctx, fx);
  for (uint32_t i = 0; i < nfeeds; i++)
    if (feeds[i]) psa_fix_remove_plumbing(ctx, fx, feeds[i]);
  psa_signin si;
  char scratch[512];
  psa_plan_signin(ctx->model, cmd, &si, scratch, sizeof(scratch));
  psa_plan_note(ctx, rule, cmd->span, cmd->name, si.mode, si.evidence, "removed, no replacement",
                psa_ctx_printf(ctx,
                               "nothing in this script uses the %s connection: it calls no %s "
                               "cmdlet, runs no other script or module of its own and does its "
                               "own work after connecting (it is no connection helper)%s",
                               service, service, also ? also : ""));
  return fx;
}

/* The SharePoint Online sign-in goes with the Disconnect-SPOService
 * statements of its own, and what only fed its credential and admin URL. */
static void S_remove_unused_spo(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                const psa_command *cmd, const psa_arg *cred) {
  static const char *const about[] = {"sharepoint", "spo", NULL};
  psa_span del[16];
  uint32_t n = 0;
  del[n++] = cmd->statement_span;
  PSA_FOR_COMMANDS(ctx, c) {
    if (n == 16 || c->in_string || !psa_command_is(c, "Disconnect-SPOService") ||
        c->statement_span.start != c->span.start || c->statement_span.end != c->span.end ||
        !c->scope || c->scope->kind != PSA_SCOPE_SCRIPT)
      continue;
    del[n++] = c->statement_span;
  }
  const psa_arg *url = psa_command_arg(cmd, "Url");
  const psa_value *feeds[2] = {cred ? cred->value : NULL, url ? url->value : NULL};
  psa_fix_remove_unused_signin(ctx, rule, f, cmd, "SharePoint Online", del, n, about, feeds, 2,
                               NULL);
}

static const char *S_module_call(const psa_rule_ctx *ctx, const psa_command *cmd,
                                 const char *const *names);

/* A standalone script's Connect-ExchangeOnline / Connect-IPPSSession
 * -Credential that nothing uses (psa_plan_exchange_unused: the file calls
 * no Exchange Online or Security & Compliance cmdlet) goes with the
 * Disconnect-ExchangeOnline statements, the module's Import-Module /
 * Install-Module lines when nothing else connects with it, and what only
 * fed the credential. False when the file tests the connection
 * (Get-ConnectionInformation) or the connection's block would be left
 * empty. */
static bool S_remove_unused_exo(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                const psa_command *cmd, const psa_arg *cred) {
  bool scc = psa_command_is(cmd, "Connect-IPPSSession");
  if ((!scc && !psa_command_is(cmd, "Connect-ExchangeOnline")) || cmd->assigned_to ||
      psa_plan_named_by_others(ctx) ||
      !psa_plan_exchange_unused(ctx->model, ctx->src->path, ctx->src->text, ctx->src->text_len,
                                cmd, NULL, 0))
    return false;
  static const char *const names[] = {"ExchangeOnlineManagement", NULL};
  psa_span del[16];
  uint32_t n = 0, connections = 0;
  del[n++] = cmd->statement_span;
  PSA_FOR_COMMANDS(ctx, c) {
    if (psa_command_is(c, "Get-ConnectionInformation")) return false;
    if (psa_command_is(c, "Connect-ExchangeOnline") || psa_command_is(c, "Connect-IPPSSession"))
      connections++;
  }
  PSA_FOR_COMMANDS(ctx, c) {
    if (n == 16 || c->in_string || c->statement_span.start != c->span.start ||
        c->statement_span.end != c->span.end)
      continue;
    bool module = (psa_command_is(c, "Import-Module") || psa_command_is(c, "Install-Module")) &&
                  connections == 1 && c->scope && c->scope->kind == PSA_SCOPE_SCRIPT &&
                  S_module_call(ctx, c, names);
    if (module || psa_command_is(c, "Disconnect-ExchangeOnline")) del[n++] = c->statement_span;
  }
  if (!psa_plan_clause_keeps_work(ctx->model, ctx->src->text, ctx->src->text_len, cmd, del, n))
    return false;
  static const char *const about[] = {"exchange", "exo", "compliance", "o365", "office 365",
                                      "office365", NULL};
  const psa_value *feeds[1] = {cred ? cred->value : NULL};
  psa_fix_remove_unused_signin(ctx, rule, f, cmd, scc ? "Security & Compliance" : "Exchange Online",
                               del, n, about, feeds, 1,
                               n > 1 ? "; its Disconnect-ExchangeOnline and module lines go too"
                                     : NULL);
  return true;
}

/* "$Name" when the value is a [string] parameter (a Credential Manager
 * entry name for Connect-PnPOnline -Credentials), else NULL. */
static const char *S_string_param(psa_rule_ctx *ctx, const psa_value *v) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i];
    if (p->kind == PSA_V_VARIABLE && psa_value_var(p) && psa_value_var(p)->is_parameter &&
        psa_value_var(p)->param_type && psa_type_is(psa_value_var(p)->param_type, "System.String"))
      return psa_ctx_printf(ctx, "$%s (a string)", psa_value_var(p)->name);
  }
  return NULL;
}

/* Certificate parameters per cmdlet (catalogue 1.6), in the order
 * app, tenant, thumbprint parameter names. */
typedef struct {
  const char *cmdlet;
  const char *app, *tenant, *thumb;
  const char *lead; /* extra switch first (Connect-AzAccount -ServicePrincipal) */
} S_cert_form;

static const S_cert_form S_cert_forms[] = {
    {"Connect-ExchangeOnline", "-AppId", "-Organization", "-CertificateThumbprint", NULL},
    {"Connect-IPPSSession", "-AppId", "-Organization", "-CertificateThumbprint", NULL},
    {"Connect-MicrosoftTeams", "-ApplicationId", "-TenantId", "-CertificateThumbprint", NULL},
    {"Connect-SPOService", "-ClientId", "-TenantId", "-CertificateThumbprint", NULL},
    {"Connect-PnPOnline", "-ClientId", "-Tenant", "-Thumbprint", NULL},
    {"Connect-AzAccount", "-ApplicationId", "-Tenant", "-CertificateThumbprint", "-ServicePrincipal"},
    {NULL, NULL, NULL, NULL, NULL}};

/* -Credential $c, as the planner decides: certificate or managed identity
 * parameters (unattended), no credential at all (interactive: the module's
 * own modern sign-in), or the removal of this branch when the script offers
 * its own certificate connection next to it. The credential plumbing only
 * this call used goes too. */
/* An AzureRM sign-in (Login-AzureRmAccount, Add-AzureRmAccount,
 * Connect-AzureRmAccount as written) in a file that calls other AzureRM
 * cmdlets: the first of those, else NULL. AzureRM is retired (February 29,
 * 2024, docs/facts.md azurerm-retirement) and its cmdlets do not run in an Az
 * context, so an Az sign-in (Connect-AzAccount -Identity, the managed
 * identity an Automation runbook signs in with) would leave them without
 * one: the runbook moves to Az first. */
static const psa_command *S_azurerm_calls(const psa_rule_ctx *ctx, const psa_command *cmd) {
  const char *w = cmd->written ? cmd->written : cmd->name;
  if (!w || !psa_contains_ci(w, "AzureRm")) return NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    const char *cw = c->written ? c->written : c->name;
    if (c == cmd || c->in_string || c->local_function || !cw || !psa_contains_ci(cw, "-AzureRm") ||
        psa_contains_ci(cw, "AzureRmAccount") || psa_contains_ci(cw, "AzureRmAlias"))
      continue;
    return c;
  }
  return NULL;
}

static void S_fix_credential_connect(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                     const psa_command *cmd, const psa_arg *a) {
  const S_cert_form *form = NULL;
  for (int i = 0; S_cert_forms[i].cmdlet; i++)
    if (psa_command_is(cmd, S_cert_forms[i].cmdlet)) form = &S_cert_forms[i];
  if (!form) return;
  const psa_command *rm = S_azurerm_calls(ctx, cmd);
  if (rm) {
    const char *reason = psa_ctx_printf(
        ctx,
        "AzureRM is retired (February 29, 2024) and the file's other AzureRM cmdlets (%s on "
        "line %u) would not run under an Az sign-in: move the script to Az first (then "
        "Connect-AzAccount -Identity, or a certificate, replaces the password)",
        rm->written ? rm->written : rm->name, psa_line_of(ctx, rm->span.start));
    psa_plan_refuse(ctx, rule, cmd->span, cmd->written ? cmd->written : cmd->name, reason);
    psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                        psa_ctx_printf(ctx, "Keep this connection for now: %s", reason));
    return;
  }
  psa_conn_plan plan;
  if (!psa_plan_connection(ctx, rule, cmd, cmd->name, &plan)) return;
  if (plan.target == PSA_TARGET_REMOVE_BRANCH) {
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        "Remove the password branch: the script's own modern connection stays");
    psa_fix_remove_branch(ctx, fx, &plan);
    return;
  }
  if (plan.target == PSA_TARGET_CERT_BRANCH) {
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        "Make the scheduled password branch a certificate branch (-Organization, -ClientId, "
        "-CertificateThumbprint parameters)");
    psa_fix_cert_branch(ctx, fx, &plan, cmd, a);
    return;
  }
  if (plan.target == PSA_TARGET_SPLIT_BRANCH) {
    /* the statement as written, once with the certificate arguments in
     * place of -Credential (the password branch), once without it (the
     * prompt's branch: the module's own interactive sign-in) */
    const char *t = ctx->src->text;
    psa_span st = cmd->statement_span, arg = psa_fix_argument_span(ctx, a->span);
    if (st.start != cmd->span.start || arg.start < st.start || arg.end > st.end ||
        st.end > ctx->src->text_len) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      "the connection's output is assigned: psauth does not split it into two "
                      "branches");
      return;
    }
    const char *cert = psa_ctx_printf(
        ctx, "%.*s " PSA_CERT_BRANCH_ARGS "%s%.*s", (int)(arg.start - st.start), t + st.start,
        psa_command_arg(cmd, "ShowBanner") ? "" : " -ShowBanner:$false", (int)(st.end - arg.end),
        t + arg.end);
    const char *deleg = psa_ctx_printf(
        ctx, "%.*s%s%s%.*s", (int)(arg.start - st.start), t + st.start,
        plan.split_user ? " -UserPrincipalName " : "", plan.split_user ? plan.split_user : "",
        (int)(st.end - arg.end), t + arg.end);
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        psa_ctx_printf(ctx,
                       "Connect in each branch: %s with a certificate for the scheduled mode "
                       "(-Organization, -ClientId, -CertificateThumbprint parameters), with "
                       "interactive modern sign-in for the prompt",
                       cmd->name));
    psa_fix_split_branch(ctx, fx, &plan, st, cert, deleg);
    psa_fix_one_blank_line(ctx, fx);
    return;
  }
  if (a->via != PSA_BIND_NAMED || cmd->invoke_operator) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    "the credential is given by splatting or position: psauth rewrites only "
                    "-Credential written in the call");
    return;
  }
  /* a second positional argument (a placeholder such as <SP Admin Center>
   * split at its spaces) would move to -Credential's position once that is
   * gone: the call is not what it seems, so it is left for a person */
  psa_buf stray;
  psa_buf_init(&stray);
  uint32_t positional = 0;
  for (uint32_t i = 0; i < cmd->arg_count; i++)
    if (cmd->args[i].via == PSA_BIND_POSITIONAL || cmd->args[i].via == PSA_BIND_UNBOUND) {
      positional++;
      psa_buf_printf(&stray, "%s%.*s", stray.len ? " " : "",
                     (int)(cmd->args[i].span.end - cmd->args[i].span.start),
                     ctx->src->text + cmd->args[i].span.start);
    }
  if (positional > 1) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "the call has more positional arguments than it seems to (%s): "
                                   "a placeholder with spaces or a missing quote; without "
                                   "-Credential one of them would bind to -Credential's "
                                   "position, so fill in the value first",
                                   stray.data));
    psa_buf_free(&stray);
    return;
  }
  psa_buf_free(&stray);
  /* "-Url  -Credential x": a parameter written without its value (a
   * template) is left for a person, not rewritten into another broken call */
  for (uint32_t i = 0; cmd->info && i < cmd->arg_count; i++) {
    const psa_arg *x = &cmd->args[i];
    if (x->value || x->via != PSA_BIND_NAMED || !x->param) continue;
    for (size_t k = 0; k < psa_cmd_param_count(cmd->info); k++) {
      const psa_param_info *pi = psa_cmd_param_at(cmd->info, k);
      if (pi && !pi->is_switch && !psa_strcasecmp(pi->name, x->param)) {
        psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                        psa_ctx_printf(ctx, "-%s is written without a value: fill it in first",
                                       x->param));
        return;
      }
    }
  }
  /* parameters the new form would add must not be there already */
  static const char *const clash[] = {"AppId", "ApplicationId", "ClientId", "CertificateThumbprint",
                                      "Thumbprint", "Certificate", "CertificateFilePath",
                                      "ManagedIdentity", "Identity", "AccessToken", NULL};
  for (int i = 0; clash[i]; i++)
    if (psa_command_arg(cmd, clash[i])) return;
  psa_fix *fx;
  bool plumbed = false;
  if (plan.target == PSA_TARGET_DELEGATED) {
    const char *user = plan.si.user_source;
    const char *repl = "";
    if (psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession")) {
      if (user && !psa_command_arg(cmd, "UserPrincipalName"))
        repl = psa_ctx_printf(ctx, "-UserPrincipalName %s", user);
    } else if (psa_command_is(cmd, "Connect-MicrosoftTeams")) {
      if (user && !psa_command_arg(cmd, "AccountId")) repl = psa_ctx_printf(ctx, "-AccountId %s", user);
    } else if (psa_command_is(cmd, "Connect-PnPOnline")) {
      /* interactive sign-in needs the tenant's own app (the PnP
       * Management Shell app is gone) */
      repl = psa_ctx_printf(ctx, "-Interactive -ClientId %s",
                            psa_fix_tenant_value(ctx, PSA_TENANT_APP_ID));
    }
    fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                             "Sign in interactively with modern authentication (MFA) instead of "
                             "a password credential");
    psa_span del = *repl ? a->span : psa_fix_argument_span(ctx, a->span);
    psa_span st = cmd->statement_span;
    const char *t = ctx->src->text;
    const char *after = st.end <= ctx->src->text_len && del.start >= st.start && del.end <= st.end
                            ? psa_ctx_printf(ctx, "%.*s%s%.*s", (int)(del.start - st.start),
                                             t + st.start, repl, (int)(st.end - del.end), t + del.end)
                            : NULL;
    /* if (no MFA) { with -Credential } else { the same without }: one line */
    if (!after || !psa_fix_collapse_if(ctx, fx, st, after, NULL)) {
      psa_fix_add_edit(ctx, fx, del, repl);
      /* the user name of a Get-Credential prompt that stays (the script
       * still reads the credential) */
      const char *param = psa_command_is(cmd, "Connect-MicrosoftTeams") ? "-AccountId"
                          : psa_command_is(cmd, "Connect-ExchangeOnline") ||
                                  psa_command_is(cmd, "Connect-IPPSSession")
                              ? "-UserPrincipalName"
                              : NULL;
      if (param && (!*repl || user) && !psa_command_arg(cmd, param + 1) && a->value &&
          a->value->kind == PSA_V_VARIABLE && a->value->span.end <= ctx->src->text_len) {
        psa_fix_remove_plumbing(ctx, fx, a->value);
        plumbed = true;
        psa_fix_prompt_user(ctx, fx, a->value, fx->edit_count - 1, a->span,
                            psa_ctx_printf(ctx, "%s %.*s.UserName", param,
                                           (int)(a->value->span.end - a->value->span.start),
                                           ctx->src->text + a->value->span.start),
                            cmd->span);
      }
    }
  } else {
    bool have_tenant = psa_command_arg(cmd, form->tenant + 1) != NULL;
    const char *args = psa_fix_signin_args_for(ctx, cmd, cmd->name, &plan, have_tenant);
    if (!args) return;
    fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                             plan.target == PSA_TARGET_MANAGED_IDENTITY
                                 ? "Sign in with the managed identity instead of a password"
                                 : "Sign in with a certificate (app-only) instead of a password");
    psa_fix_add_edit(ctx, fx, a->span, args);
  }
  if (!plumbed) psa_fix_remove_plumbing(ctx, fx, a->value);
  psa_fix_request_cert_params(ctx, rule, fx, &plan, cmd, a->value);
  if (psa_command_is(cmd, "Connect-ExchangeOnline") && !plan.tenant_prefix &&
      (plan.target == PSA_TARGET_APP_ONLY || plan.target == PSA_TARGET_MANAGED_IDENTITY))
    psa_fix_org_hint(ctx, a->value);
  psa_fix_declare_tenant_as(ctx, fx, plan.tenant_prefix, plan.tenant_all);
}

/* The delegated Connect-MgGraph line for a Connect-MsolService /
 * Connect-AzureAD call, with its -TenantId and common parameters. */
static const char *S_graph_delegated(psa_rule_ctx *ctx, const psa_command *cmd) {
  const char *tid = psa_rule_arg_source(ctx, cmd, "TenantId", false);
  const char *why = NULL;
  const char *env = psa_graph_connect_environment(ctx, cmd, &why);
  const char *line = psa_ctx_printf(ctx, "Connect-MgGraph%s%s%s -NoWelcome", tid ? " -TenantId " : "",
                                    tid ? tid : "", env ? env : "");
  static const char *const common[] = {"ErrorAction", "ErrorVariable", "WarningAction",
                                       "WarningVariable", "Verbose", "Debug", NULL};
  for (int i = 0; common[i]; i++) {
    const psa_arg *ca = psa_command_arg(cmd, common[i]);
    if (!ca || ca->via != PSA_BIND_NAMED || ca->span.end > ctx->src->text_len) continue;
    line = psa_ctx_printf(ctx, "%s %.*s", line, (int)(ca->span.end - ca->span.start),
                          ctx->src->text + ca->span.start);
  }
  return line;
}

/* The statement of 'cmd' with the command replaced by 'line'. */
static const char *S_graph_statement(psa_rule_ctx *ctx, const psa_command *cmd, const char *line) {
  psa_span st = cmd->statement_span;
  if (st.end > ctx->src->text_len || cmd->span.start < st.start || cmd->span.end > st.end)
    return line;
  const char *t = ctx->src->text;
  return psa_ctx_printf(ctx, "%.*s%s%.*s", (int)(cmd->span.start - st.start), t + st.start, line,
                        (int)(st.end - cmd->span.end), t + cmd->span.end);
}

/* What the else block's own Connect-MsolService / Connect-AzureAD becomes
 * when it signs in interactively too. */
static const char *S_graph_else(psa_rule_ctx *ctx, const psa_command *c) {
  if (!psa_command_is(c, "Connect-MsolService") && !psa_command_is(c, "Connect-AzureAD"))
    return NULL;
  if (psa_plan_signin_mode(ctx->model, c) != PSA_SIGNIN_INTERACTIVE) return NULL;
  return S_graph_statement(ctx, c, S_graph_delegated(ctx, c));
}

static const char *S_module_call(const psa_rule_ctx *ctx, const psa_command *cmd,
                                 const char *const *names);
static const char *S_module_match(const char *s, const char *const *names);

/* What the edits of psa_plan_legacy_try do, for the plan: a type list
 * deleted ("catch [X] {" -> "catch {") or a whole clause. */
static const char *S_untype_what(psa_rule_ctx *ctx, const psa_span *spans, uint32_t n) {
  bool clause = false;
  for (uint32_t i = 0; i < n && !clause; i++)
    clause = spans[i].end <= ctx->src->text_len &&
             psa_find_ci(ctx->src->text + spans[i].start, spans[i].end - spans[i].start, "{");
  return clause ? "goes (the catch after it takes a failed sign-in; without the module its type "
                  "would not resolve)"
                : "becomes a plain catch (without the module its type would not resolve)";
}

/* A standalone script's Connect-MsolService / Connect-AzureAD that nothing
 * uses (psa_plan_dead_directory_signin): the sign-in goes, with the
 * module's Import-Module / Install-Module lines (and the if that only
 * installs it) when it is the file's only connection to that module, and
 * what only fed its credential. */
static void S_remove_dead_signin(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                 const psa_command *cmd, const psa_span *untype,
                                 uint32_t nuntype) {
  bool msol = psa_command_is(cmd, "Connect-MsolService");
  const char *module = msol ? "MSOnline" : "AzureAD";
  static const char *const msol_names[] = {"MSOnline", NULL};
  static const char *const aad_names[] = {"AzureAD", "AzureADPreview", NULL};
  static const char *const about[] = {"msonline", "msol", "azuread", "azure ad",
                                      "azure active directory", NULL};
  const char *const *names = msol ? msol_names : aad_names;
  psa_span del[16];
  uint32_t n = 0;
  del[n++] = cmd->statement_span;
  uint32_t connections = 0;
  PSA_FOR_COMMANDS(ctx, c) {
    if (!c->in_string && psa_command_is(c, cmd->name)) connections++;
  }
  PSA_FOR_COMMANDS(ctx, c) {
    if (connections != 1 || n == 16) break;
    if (c->in_string || !c->scope ||
        (c->scope->kind != PSA_SCOPE_SCRIPT && c->scope != cmd->scope) ||
        c->statement_span.start != c->span.start || c->statement_span.end != c->span.end ||
        (!psa_command_is(c, "Import-Module") && !psa_command_is(c, "Install-Module") &&
         !psa_command_is(c, "Remove-Module")))
      continue;
    const psa_arg *a = psa_command_arg(c, "Name");
    /* Remove-Module's name, unbound where psauth knows no positions */
    if (!a && c->arg_count == 1 && c->args[0].via == PSA_BIND_UNBOUND) a = &c->args[0];
    if (!a || !a->value || a->value->kind != PSA_V_STRING ||
        !(psa_command_is(c, "Remove-Module")
              ? S_module_match(psa_value_string(ctx->model, a->value), names)
              : S_module_call(ctx, c, names)))
      continue;
    /* at the top level, or alone in an if (the install guard), or in the
     * work's own blocks (the connection's function, a loop) when they
     * keep a statement without it */
    bool nested = false;
    for (uint32_t i = 0; i < ctx->model->block_count && !nested; i++) {
      const psa_block *b = &ctx->model->blocks[i];
      nested = c->span.start >= b->body.start && c->span.end <= b->body.end &&
               b->kind != PSA_BLOCK_IF;
    }
    psa_span mine[17];
    memcpy(mine, del, n * sizeof(del[0]));
    mine[n] = c->statement_span;
    if (nested || c->scope->kind != PSA_SCOPE_SCRIPT)
      nested = !psa_plan_clause_keeps_work(ctx->model, ctx->src->text, ctx->src->text_len, c, mine,
                                           n + 1);
    if (!nested) del[n++] = c->statement_span;
  }
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  const psa_value *feeds[1] = {cred ? cred->value : NULL};
  const char *also = n > 1 ? psa_ctx_printf(ctx, "; its %s Import-Module/Install-Module lines go "
                                                "too", module)
                            : NULL;
  if (nuntype)
    also = psa_ctx_printf(ctx, "%s; the try's catch for %s exceptions %s", also ? also : "", module,
                          S_untype_what(ctx, untype, nuntype));
  psa_fix *fx =
      psa_fix_remove_unused_signin(ctx, rule, f, cmd, module, del, n, about, feeds, 1, also);
  for (uint32_t i = 0; i < nuntype; i++) psa_fix_add_edit(ctx, fx, untype[i], "");
}

/* The file's probes of the old modules (graph_probe.h), found for its
 * first Connect-MsolService / Connect-AzureAD (the one fix that rewrites
 * them; the scan names them on that finding): NULL, or why the connection
 * stays. */
static const char *S_probes(psa_rule_ctx *ctx, psa_finding *f, const psa_command *cmd,
                            psa_gprobe_edit *probes, uint32_t *count) {
  *count = 0;
  bool aad = false, msol = false;
  const psa_command *first = NULL;
  PSA_FOR_COMMANDS(ctx, e) {
    if (e->in_string || e->invoke_operator) continue;
    bool a = psa_command_is(e, "Connect-AzureAD"), o = psa_command_is(e, "Connect-MsolService");
    if (!a && !o) continue;
    if (!first) first = e;
    aad |= a;
    msol |= o;
  }
  const char *why = psa_gprobe_scan(ctx, aad, msol, probes, PSA_GPROBE_MAX, count);
  if (first != cmd) {
    *count = 0;
    return why;
  }
  for (uint32_t i = 0; i < *count; i++)
    psa_finding_related(ctx, f, probes[i].span,
                        /* a probe of one of the module's cmdlets (graph_probe.c) */
                        strncmp(probes[i].text, "Connect-", 8) && probes[i].cmd
                            ? "%s tests for the old module's cmdlet (with Microsoft Graph: %s)"
                            : "%s tests for the old module's connection (with Microsoft Graph: %s)",
                        probes[i].what, probes[i].text);
  return why;
}

/* ---- the script's own delegated Connect-MgGraph (session 15, plan35) ---- */

/* Whether the literal scope list 'have' (items of a -Scopes value) grants
 * 'perm': the same permission, or its ReadWrite form for a Read one. */
static bool S_scope_granted(const psa_model *m, const psa_value *const *have, uint32_t n,
                            const char *perm, size_t len) {
  for (uint32_t i = 0; i < n; i++) {
    const char *s = psa_value_string(m, have[i]);
    if (!s) continue;
    if (strlen(s) == len && !psa_strncasecmp(s, perm, len)) return true;
    const char *read = psa_find_ci(perm, len, ".Read.");
    size_t pre = read ? (size_t)(read - perm) : 0;
    if (read && !psa_strncasecmp(s, perm, pre) && !psa_strncasecmp(s + pre, ".ReadWrite.", 11) &&
        !psa_strcasecmp(s + pre + 11, read + 6))
      return true;
  }
  return false;
}

/* The script's own delegated Connect-MgGraph that has run before 'cmd' on
 * every path (no app-only or token parameter, the same -TenantId as
 * 'cmd', or neither names one), or NULL. */
static const psa_command *S_own_delegated_graph(psa_rule_ctx *ctx, const psa_command *cmd) {
  static const char *const app_args[] = {"CertificateThumbprint", "Certificate", "CertificateName",
                                         "ClientSecretCredential", "Identity", "AccessToken",
                                         "ClientId", "EnvironmentVariable", NULL};
  const char *tid = psa_rule_arg_source(ctx, cmd, "TenantId", false);
  PSA_FOR_COMMANDS(ctx, g) {
    if (g->span.start >= cmd->span.start) break;
    if (!psa_command_is(g, "Connect-MgGraph") || g->in_string || g->local_function) continue;
    bool app = false;
    for (int k = 0; app_args[k] && !app; k++) app = psa_command_arg(g, app_args[k]) != NULL;
    if (app) continue;
    const char *own_tid = psa_rule_arg_source(ctx, g, "TenantId", false);
    if ((tid || own_tid) && (!tid || !own_tid || strcmp(tid, own_tid))) continue;
    if (psa_plan_runs_before(ctx->model, ctx->src->text, ctx->src->text_len, g->statement_span,
                             g->scope, cmd))
      return g;
  }
  return NULL;
}

/* Connect-AzureAD / Connect-MsolService where the script's own delegated
 * Connect-MgGraph has already signed the same person in (review20 32: a
 * second interactive Connect-MgGraph beside it): the connection goes, and
 * the permissions the rewritten calls need ('scopes', comma separated)
 * join the own one's literal -Scopes list (or the own line gets -Scopes);
 * a -Scopes psauth cannot read gets a TODO naming them. */
static void S_fix_graph_join_own(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                 const psa_command *cmd, const psa_command *own, const char *scopes,
                                 psa_graph_plan *gplan) {
  const psa_model *m = ctx->model;
  const psa_arg *sc = psa_command_arg(own, "Scopes");
  const psa_value *v = sc ? sc->value : NULL;
  const psa_value *const *items = NULL;
  uint32_t n = 0;
  bool literal = false;
  if (v && v->kind == PSA_V_STRING) {
    items = (const psa_value *const *)&sc->value;
    n = 1;
    literal = true;
  } else if (v && v->kind == PSA_V_ARRAY && v->item_count) {
    items = (const psa_value *const *)v->items;
    n = v->item_count;
    literal = true;
    for (uint32_t i = 0; i < n && literal; i++) literal = items[i]->kind == PSA_V_STRING;
  }
  psa_buf add;
  psa_buf_init(&add);
  for (const char *q = scopes ? scopes : ""; *q;) {
    size_t k = strcspn(q, ",");
    /* a Read permission whose ReadWrite form the list also asks for adds nothing */
    const char *read = psa_find_ci(q, k, ".Read.");
    bool covered = read && scopes &&
                   psa_find_ci(scopes, strlen(scopes),
                               psa_ctx_printf(ctx, "%.*s.ReadWrite.%.*s", (int)(read - q), q,
                                              (int)(k - (size_t)(read - q) - 6), read + 6));
    if (!covered && (!literal || !S_scope_granted(m, items, n, q, k)))
      psa_buf_printf(&add, "%s'%.*s'", add.len ? ", " : "", (int)k, q);
    q += k;
    while (*q == ',' || *q == ' ') q++;
  }
  const char *missing = add.len ? psa_ctx_printf(ctx, "%s", add.data) : NULL;
  psa_buf_free(&add);
  uint32_t own_line = psa_line_of(ctx, own->span.start);
  const char *title =
      !missing ? psa_ctx_printf(ctx, "Remove this connection: the script's own Connect-MgGraph on line %u "
                                     "signs the same person in, with the scopes the rewritten calls need",
                                own_line)
      : v && !literal
          ? psa_ctx_printf(ctx, "Remove this connection: the script's own Connect-MgGraph on line %u "
                                "signs the same person in; add %s to its -Scopes (a value psauth cannot read)",
                           own_line, missing)
          : psa_ctx_printf(ctx, "Remove this connection: the script's own Connect-MgGraph on line %u "
                                "signs the same person in, now also with %s",
                           own_line, missing);
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE, title);
  /* with a comment above it that speaks of the old module ("# Connect to AzureAD") */
  static const char *const about[] = {"msonline", "msol", "azuread", "azure ad",
                                      "azure active directory", NULL};
  psa_span st = psa_fix_deletion_span(ctx, fx, cmd->statement_span, about);
  if (missing && v && !literal)
    psa_fix_add_edit(ctx, fx, cmd->statement_span,
                     psa_ctx_printf(ctx, "# TODO(psauth): add %s to the -Scopes of the Connect-MgGraph on line %u",
                                    missing, own_line));
  else
    psa_fix_add_edit(ctx, fx, st, "");
  if (missing && literal)
    psa_fix_add_edit(ctx, fx, (psa_span){items[n - 1]->span.end, items[n - 1]->span.end},
                     psa_ctx_printf(ctx, ", %s", missing));
  else if (missing && !v)
    psa_fix_add_edit(ctx, fx, (psa_span){own->span.end, own->span.end},
                     psa_ctx_printf(ctx, " -Scopes %s", missing));
  psa_fix_drop_splats(ctx, fx, cmd);
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
  psa_graph_plan_module_edits(ctx, gplan, fx);
  /* the connection's plan entry (psa_plan_connection) names the one that signs in */
  const char *why =
      missing && v && !literal
          ? psa_ctx_printf(ctx, "one Microsoft Graph connection: this one goes; the -Scopes of line %u is "
                                "not a literal list, so a person adds %s to it (a TODO says so)",
                           own_line, missing)
      : missing ? psa_ctx_printf(ctx, "one Microsoft Graph connection: this one goes and the "
                                      "Connect-MgGraph on line %u also asks for %s",
                                 own_line, missing)
                : psa_ctx_printf(ctx, "one Microsoft Graph connection: this one goes; the Connect-MgGraph "
                                      "on line %u already asks for the scopes the rewritten calls need",
                                 own_line);
  psa_plan_retarget(ctx, rule->id, cmd->span,
                    psa_ctx_printf(ctx, "removed: the script's own Connect-MgGraph (line %u) signs in", own_line),
                    why);
}

/* Connect-MsolService / Connect-AzureAD -> Connect-MgGraph (or Connect-Entra
 * with --target entra), in the same plan as the module's cmdlets: only when
 * every MSOnline/AzureAD call of the file has an exact rewrite
 * (graph_migrate.h), so that a file is never left connecting to Graph while
 * it still calls the old module; otherwise a display suggestion naming the
 * calls that need a person. The planner decides the sign-in: delegated for
 * a person (with -Scopes: the delegated permissions the rewritten calls
 * need), app-only (the tenant values, or AzureAD's own certificate
 * parameters, which map one to one; the finding lists the application
 * permissions to grant) or managed identity for a job. */
static void S_fix_graph_connect(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                const psa_command *cmd, const char *app, const char *tenant,
                                const char *thumb) {
  if (cmd->invoke_operator || cmd->in_string) return;
  psa_gprobe_edit probes[PSA_GPROBE_MAX];
  uint32_t probe_count = 0;
  const char *probe_refusal = S_probes(ctx, f, cmd, probes, &probe_count);
  /* a try around the connection with a catch for the module's
   * exceptions: kept working, or the connection stays */
  psa_span legacy_try[4];
  uint32_t legacy_try_n = 0;
  {
    char why[480];
    const char *refusal = NULL;
    legacy_try_n = psa_plan_legacy_try(ctx->model, ctx->src->text, ctx->src->text_len, cmd,
                                       legacy_try, 4, &refusal, why, sizeof(why));
    if (refusal) {
      const char *reason = psa_ctx_printf(ctx, "%s", refusal);
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name, reason);
      psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                          psa_ctx_printf(ctx, "Keep this connection for now: %s", reason));
      return;
    }
  }
  if (!psa_plan_directory_calls(ctx->model, ctx->src->text, ctx->src->text_len)) {
    if (!psa_plan_named_by_others(ctx) &&
        psa_plan_dead_directory_signin(ctx->model, ctx->src->path, ctx->src->text,
                                       ctx->src->text_len, cmd)) {
      S_remove_dead_signin(ctx, rule, f, cmd, legacy_try, legacy_try_n);
      return;
    }
    /* a helper or launcher: what runs after it still needs the old module */
    char why[640];
    const char *reason = psa_ctx_printf(
        ctx, "%s",
        psa_plan_no_directory_calls_reason(
            psa_command_is(cmd, "Connect-MsolService") ? "MSOnline" : "AzureAD", why, sizeof(why)));
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name, reason);
    psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                        psa_ctx_printf(ctx, "Not rewritten here: %s", reason));
    return;
  }
  psa_graph_plan *gplan = psa_graph_plan_get(ctx);
  bool entra = psa_graph_target_entra(ctx);
  const char *scopes = psa_graph_plan_permissions(ctx, gplan, false);
  const char *app_perms = psa_graph_plan_permissions(ctx, gplan, true);
  if (!psa_graph_plan_complete(gplan)) {
    const char *pending = psa_graph_plan_pending(ctx, gplan);
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx, "these calls of the file need a person first: %s", pending));
    bool interactive = false;
    const char *line = psa_graph_connect_line(ctx, gplan, cmd, &interactive);
    psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                        psa_ctx_printf(ctx,
                                       "Connect with %s once the module's calls are migrated; these "
                                       "need a person first: %s",
                                       line, pending));
    return;
  }
  /* a connection in a catch for the old module's exceptions: the catch
   * loses its types, or the connection stays */
  psa_span untype = {0, 0};
  {
    char why[480];
    const char *refusal = NULL;
    if (psa_plan_legacy_catch(ctx->model, ctx->src->text, ctx->src->text_len, cmd->span, &untype,
                              &refusal, why, sizeof(why)) &&
        refusal) {
      const char *reason = psa_ctx_printf(ctx, "%s", refusal);
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name, reason);
      psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                          psa_ctx_printf(ctx, "Keep this connection for now: %s", reason));
      return;
    }
  }
  /* the old modules' probes around the connection (Get-Command
   * Connect-AzureAD, AzureAD's token cache): rewritten with it, or the
   * connection stays when the file uses their types otherwise */
  {
    if (probe_refusal) {
      const char *refusal = probe_refusal;
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name, refusal);
      psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                          psa_ctx_printf(ctx, "Keep this connection for now: %s", refusal));
      return;
    }
  }
  /* the cloud: Connect-MgGraph signs in to the global one unless told;
   * a cloud Graph has no one environment for keeps the connection */
  const char *env_why = NULL;
  const char *env = psa_graph_connect_environment(ctx, cmd, &env_why);
  if (env_why) {
    const char *reason = psa_ctx_printf(ctx, "%s", env_why);
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name, reason);
    psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY, psa_ctx_printf(ctx, "Keep this connection for now: %s", reason));
    return;
  }
  psa_conn_plan plan;
  if (!psa_plan_connection(ctx, rule, cmd, "Connect-MgGraph", &plan)) return;
  bool own = app && tenant && thumb;
  const char *line;
  const char *title;
  if (plan.target == PSA_TARGET_REMOVE_BRANCH) {
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE, "Remove this branch: the script's own modern connection stays");
    psa_fix_remove_branch(ctx, fx, &plan);
    return;
  }
  if (plan.target == PSA_TARGET_DELEGATED) {
    line = S_graph_delegated(ctx, cmd);
    if (scopes) {
      /* the permissions the rewritten calls need, consented at sign-in */
      psa_buf b;
      psa_buf_init(&b);
      for (const char *q = scopes; *q;) {
        size_t k = strcspn(q, ",");
        psa_buf_printf(&b, "%s'%.*s'", b.len ? ", " : "", (int)k, q);
        q += k;
        while (*q == ',' || *q == ' ') q++;
      }
      const char *nw = strstr(line, " -NoWelcome");
      line = nw ? psa_ctx_printf(ctx, "%.*s -Scopes %s%s", (int)(nw - line), line, b.data, nw)
                : psa_ctx_printf(ctx, "%s -Scopes %s", line, b.data);
      psa_buf_free(&b);
    }
    title = psa_ctx_printf(ctx, "Connect with Microsoft %s PowerShell (interactive, delegated)%s%s",
                           entra ? "Entra" : "Graph", scopes ? "; scopes: " : "",
                           scopes ? scopes : "");
  } else {
    f->permissions = app_perms;
    if (own)
      line = psa_ctx_printf(ctx, "Connect-MgGraph -ClientId %s -TenantId %s -CertificateThumbprint %s%s",
                            app, tenant, thumb, env ? env : "");
    else
      line = psa_ctx_printf(ctx, "Connect-MgGraph %s%s -NoWelcome",
                            psa_fix_signin_args(ctx, cmd, "Connect-MgGraph", plan.target, false), env ? env : "");
    title = psa_ctx_printf(
        ctx, "Connect with Microsoft %s PowerShell (%s)%s%s", entra ? "Entra" : "Graph",
        plan.target == PSA_TARGET_MANAGED_IDENTITY ? "managed identity" : "app-only certificate",
        app_perms ? "; grant the app these application permissions: " : "",
        app_perms ? app_perms : "");
  }
  if (entra) {
    /* Connect-Entra takes the same sign-in parameters; -NoWelcome is Graph's */
    const char *nw = strstr(line, " -NoWelcome");
    if (nw) line = psa_ctx_printf(ctx, "%.*s%s", (int)(nw - line), line, nw + 11);
    line = psa_ctx_printf(ctx, "Connect-Entra%s", line + strlen("Connect-MgGraph"));
  }
  /* common parameters stay (-ErrorAction Stop decides what a failure does) */
  static const char *const common[] = {"ErrorAction", "ErrorVariable", "WarningAction",
                                       "WarningVariable", "Verbose", "Debug", NULL};
  for (int i = 0; plan.target != PSA_TARGET_DELEGATED && common[i]; i++) {
    const psa_arg *ca = psa_command_arg(cmd, common[i]);
    if (!ca || ca->via != PSA_BIND_NAMED || ca->span.end > ctx->src->text_len) continue;
    line = psa_ctx_printf(ctx, "%s %.*s", line, (int)(ca->span.end - ca->span.start),
                          ctx->src->text + ca->span.start);
  }
  /* the catch that now takes a failed sign-in runs only for a terminating
   * error: -ErrorAction Stop, as for the Graph calls in a try (graph_try.c) */
  if (legacy_try_n && !psa_contains_ci(line, "-ErrorAction"))
    line = psa_ctx_printf(ctx, "%s -ErrorAction Stop", line);
  /* the same delegated sign-in a few lines up (Connect-AzureAD, then
   * Connect-MsolService, or a script that connects again): one is enough */
  const psa_command *same = NULL;
  if (plan.target == PSA_TARGET_DELEGATED) {
    const char *mine = S_graph_delegated(ctx, cmd);
    PSA_FOR_COMMANDS(ctx, e) {
      if (e->span.start >= cmd->span.start) break;
      if (!psa_command_is(e, "Connect-MsolService") && !psa_command_is(e, "Connect-AzureAD")) continue;
      if (e->invoke_operator || e->in_string) continue;
      if (psa_plan_signin_mode(ctx->model, e) != PSA_SIGNIN_INTERACTIVE) continue;
      if (strcmp(S_graph_delegated(ctx, e), mine)) continue;
      if (psa_plan_same_straight_line(ctx->model, ctx->src->text, ctx->src->text_len, e, cmd))
        same = e;
    }
  }
  /* the script's own delegated Connect-MgGraph already signs this person
   * in: one connection, with the union of the scopes */
  const psa_command *own_graph =
      !same && plan.target == PSA_TARGET_DELEGATED && !entra ? S_own_delegated_graph(ctx, cmd) : NULL;
  if (own_graph) {
    S_fix_graph_join_own(ctx, rule, f, cmd, own_graph, scopes, gplan);
    return;
  }
  if (same) {
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        psa_ctx_printf(ctx, "Remove this connection: the same Microsoft Graph sign-in on line %u "
                            "already covers it",
                       psa_line_of(ctx, same->span.start)));
    psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, cmd->statement_span), "");
    psa_fix_drop_splats(ctx, fx, cmd); /* Connect-MsolService @params */
    const psa_arg *cred = psa_command_arg(cmd, "Credential");
    if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
    psa_graph_plan_module_edits(ctx, gplan, fx);
    return;
  }
  if (legacy_try_n)
    title = psa_ctx_printf(ctx, "%s; the try's catch for %s exceptions %s", title,
                           psa_command_is(cmd, "Connect-MsolService") ? "MSOnline" : "AzureAD",
                           S_untype_what(ctx, legacy_try, legacy_try_n));
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE, title);
  /* "catch [AadNeedAuthenticationException] {" -> "catch {": the try's
   * first call, now Microsoft Graph's with -ErrorAction Stop, lands there */
  if (untype.end) psa_fix_add_edit(ctx, fx, untype, "");
  for (uint32_t i = 0; i < legacy_try_n; i++) psa_fix_add_edit(ctx, fx, legacy_try[i], "");
  if (plan.target != PSA_TARGET_DELEGATED || entra ||
      !psa_fix_collapse_if(ctx, fx, cmd->statement_span, S_graph_statement(ctx, cmd, line),
                           S_graph_else))
    psa_fix_add_edit(ctx, fx, cmd->span, line);
  psa_fix_drop_splats(ctx, fx, cmd); /* Connect-MsolService @params */
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
  if (cred && cred->value && plan.drop_params) psa_fix_drop_uncalled_params(ctx, fx, cred->value);
  psa_fix_stale_messages(ctx, fx, cmd, cred ? cred->value : NULL, NULL, NULL, psa_msg_graph_names);
  if (!own && plan.target != PSA_TARGET_DELEGATED) psa_fix_declare_tenant(ctx, fx);
  psa_gprobe_add_edits(ctx, fx, probes, probe_count);
  /* the install instructions of a Get-Command check it rewrote */
  for (uint32_t i = 0; i < probe_count; i++) {
    psa_gprobe_edit hints[PSA_GPROBE_MAX];
    if (!probes[i].cmd) continue;
    uint32_t nh = psa_gprobe_install_hints(ctx, probes[i].cmd, psa_graph_plan_modules(ctx, gplan), hints,
                                           PSA_GPROBE_MAX);
    psa_gprobe_add_edits(ctx, fx, hints, nh);
  }
  psa_graph_plan_module_edits(ctx, gplan, fx);
}

/* Import-Module / Install-Module MSOnline or AzureAD -> the Graph modules the
 * rewritten calls need, with the rest of the migration only. Whether the
 * migration goes ahead. */
static bool S_fix_module_call(psa_rule_ctx *ctx, psa_finding *f) {
  /* the imports change with the connection: not while it stays (the
   * connections are planned before the imports, see S_check_msonline) */
  bool connects = false;
  PSA_FOR_COMMANDS(ctx, c) {
    if ((psa_command_is(c, "Connect-MsolService") || psa_command_is(c, "Connect-AzureAD")) &&
        !c->in_string)
      connects = true;
  }
  if (connects && (psa_plan_refused_connection(ctx, "PSA202") ||
                   psa_plan_refused_connection(ctx, "PSA203")))
    return false;
  if (!psa_plan_directory_calls(ctx->model, ctx->src->text, ctx->src->text_len)) return false;
  psa_graph_plan *plan = psa_graph_plan_get(ctx);
  if (psa_graph_plan_complete(plan)) {
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        psa_ctx_printf(ctx, "Load %s instead", psa_graph_plan_modules(ctx, plan)));
    psa_graph_plan_module_edits(ctx, plan, fx);
    if (!fx->edit_count) fx->applicability = PSA_FIX_DISPLAY;
    return true;
  }
  return false;
}

static void S_check_credential_connect(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    const S_conn *c = S_conn_of(cmd);
    if (!c) continue;
    const psa_arg *a = psa_command_arg(cmd, c->param);
    if (!a || !a->value || S_is_null(ctx, a->value)) continue;
    bool az = c->az;
    if (az && psa_command_switch(ctx->model, cmd, "ServicePrincipal")) continue; /* PSA207 */
    const char *cert = S_fill_url(ctx, cmd, c->cert);
    const char *mi = S_fill_url(ctx, cmd, c->mi);
    const char *label = S_cmd_label(ctx, cmd);
    const char *pname = a->param;

    S_source src;
    S_source_of(ctx, a->value, &src);
    /* PnP: a string names a Windows Credential Manager entry */
    const char *credman = NULL;
    if (psa_command_is(cmd, "Connect-PnPOnline")) {
      const char *s = psa_value_string(ctx->model, a->value);
      if (s && !*s) {
        psa_buf_free(&src.text);
        continue;
      }
      credman = s ? psa_ctx_printf(ctx, "'%s'", s) : S_string_param(ctx, a->value);
    }

    psa_buf extra;
    psa_buf_init(&extra);
    if (psa_command_is(cmd, "Connect-SPOService") &&
        !psa_command_switch(ctx->model, cmd, "ModernAuth"))
      psa_buf_puts(&extra,
                   "; with SharePoint Online Management Shell builds up to 16.0.25814.12000 this "
                   "is legacy IDCRL sign-in, blocked by default from February 16, 2026 and "
                   "permanently from May 1, 2026");
    if (psa_command_is(cmd, "Connect-PnPOnline") && !psa_command_arg(cmd, "ClientId"))
      psa_buf_puts(&extra,
                   "; without -ClientId it relied on the PnP Management Shell app, deleted "
                   "September 9, 2024");
    if (az)
      psa_buf_puts(&extra,
                   "; Azure mandatory MFA (phase 2, enforced from October 1, 2025) blocks password "
                   "sign-in of user identities");

    bool prompt_only = src.prompts > 0 && src.prompts == src.known && !credman;
    /* the message advises what the plan does: a person who signs in keeps
     * signing in (delegated), as PSA101/PSA202/PSA203 say it */
    bool person = !credman && psa_plan_signin_mode(ctx->model, cmd) == PSA_SIGNIN_INTERACTIVE;
    const char *fix = person ? psa_ctx_printf(ctx, "sign in with interactive modern authentication "
                                                   "instead (%s: a person keeps signing in, now "
                                                   "with MFA)",
                                              S_fill_url(ctx, cmd, c->deleg))
                      : mi && !prompt_only
                          ? psa_ctx_printf(ctx, "use app-only certificate authentication (%s) or a "
                                                "managed identity (%s)",
                                           cert, mi)
                          : psa_ctx_printf(ctx, "use app-only certificate authentication (%s)", cert);
    if (psa_command_is(cmd, "Connect-MicrosoftTeams") && !person)
      fix = psa_ctx_printf(ctx, "%s, and check that app-only authentication covers the cmdlets "
                                "you use",
                           fix);
    psa_finding *f;
    if (credman) {
      f = psa_report(ctx, rule, cmd->span,
                     "%s -%s %s signs in with the user name and password stored under that name "
                     "in Windows Credential Manager: no MFA and a stored password%s; %s",
                     label, pname, credman, extra.data ? extra.data : "", fix);
    } else if (src.automation && src.known == 1) {
      f = psa_report(ctx, rule, cmd->span,
                     "%s -%s signs in with %s, a stored user name and password%s; %s",
                     label, pname, src.text.data, extra.data ? extra.data : "",
                     mi ? psa_ctx_printf(ctx, "give the Automation account a managed identity and "
                                              "connect with it (%s)",
                                         mi)
                        : fix);
    } else if (prompt_only) {
      f = psa_report(ctx, rule, cmd->span,
                     "%s -%s with a credential %s: an interactive prompt, not a stored password, "
                     "but %sa user name and password sign-in cannot do MFA%s; %s",
                     label, pname, src.text.data, person ? "" : "it blocks unattended runs and ",
                     extra.data ? extra.data : "", fix);
      /* mandatory MFA breaks password sign-in whoever typed the password */
      if (!az) f->severity = PSA_SEV_INFO;
    } else {
      f = psa_report(ctx, rule, cmd->span,
                     "%s -%s signs in with a user name and password%s%s%s: no MFA, and the "
                     "password has to be kept for the script%s; %s",
                     label, pname, src.text.data ? " (" : "", src.text.data ? src.text.data : "",
                     src.text.data ? ")" : "", extra.data ? extra.data : "", fix);
    }
    if (a->via == PSA_BIND_SPLAT || a->via == PSA_BIND_DEFAULT)
      psa_finding_related(ctx, f, a->span, "-%s given here", a->written ? a->written : pname);
    S_source_related(ctx, f, &src);
    if (!credman && S_spo_unused(ctx, cmd)) S_remove_unused_spo(ctx, rule, f, cmd, a);
    else if (!credman && S_remove_unused_exo(ctx, rule, f, cmd, a)) {
    } else if (!credman) S_fix_credential_connect(ctx, rule, f, cmd, a);
    psa_buf_free(&extra);
    psa_buf_free(&src.text);
  }
}

/* ---- PSA202 / PSA203: MSOnline and AzureAD modules --------------------- */

/* Whether a module name (or a path to the module) is one of 'names'. */
static const char *S_module_match(const char *s, const char *const *names) {
  if (!s) return NULL;
  const char *base = s;
  for (const char *p = s; *p; p++)
    if (*p == '\\' || *p == '/') base = p + 1;
  size_t n = strlen(base);
  static const char *const exts[] = {".psd1", ".psm1", ".dll", NULL};
  for (int e = 0; exts[e]; e++) {
    size_t k = strlen(exts[e]);
    if (n > k && !psa_strcasecmp(base + n - k, exts[e])) n -= k;
  }
  for (int i = 0; names[i]; i++)
    if (strlen(names[i]) == n && !psa_strncasecmp(base, names[i], n)) return names[i];
  return NULL;
}

/* The module named by an Import-Module / Install-Module / Update-Module
 * call, when it is one of 'names'. */
static const char *S_module_call(const psa_rule_ctx *ctx, const psa_command *cmd,
                                 const char *const *names) {
  if (!psa_command_is(cmd, "Import-Module") && !psa_command_is(cmd, "Install-Module") &&
      !psa_command_is(cmd, "Update-Module"))
    return NULL;
  const psa_arg *a = psa_command_arg(cmd, "Name");
  if (a && a->value) {
    const psa_value *prods[8];
    uint32_t n = psa_value_producers(ctx->model, a->value, prods, 8);
    for (uint32_t i = 0; i < n; i++) {
      const psa_value *p = prods[i];
      if (p->kind == PSA_V_ARRAY) {
        for (uint32_t k = 0; k < p->item_count; k++) {
          const char *hit = S_module_match(psa_value_string(ctx->model, p->items[k]), names);
          if (hit) return hit;
        }
      } else {
        const char *hit = S_module_match(psa_value_string(ctx->model, p), names);
        if (hit) return hit;
      }
    }
  }
  /* Import-Module -FullyQualifiedName @{ModuleName = 'MSOnline'; ...} */
  a = psa_command_arg(cmd, "FullyQualifiedName");
  if (a && a->value) {
    const psa_value *prods[8];
    uint32_t n = psa_value_producers(ctx->model, a->value, prods, 8);
    for (uint32_t i = 0; i < n; i++) {
      const psa_value *p = prods[i];
      if (p->kind != PSA_V_HASH) continue;
      for (uint32_t k = 0; k < p->entry_count; k++)
        if (psa_value_entries(p)[k].key &&
            !psa_strcasecmp(psa_value_entries(p)[k].key, "ModuleName")) {
          const char *hit =
              S_module_match(psa_value_string(ctx->model, psa_value_entries(p)[k].value), names);
          if (hit) return hit;
        }
    }
  }
  return NULL;
}

/* The script's own module loader given a retired directory module's
 * name (Import-MyModule MSOnline): reported like Import-Module, and
 * rewritten with the Graph migration (psa_graph_plan_module_edits), which
 * gives it the Graph modules' names. */
static void S_check_loaders(psa_rule_ctx *ctx, const psa_rule *rule, const char *const *names) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    const psa_value *v = psa_fix_loader_arg(ctx, cmd, names);
    if (!v) continue;
    bool msol = !psa_strcasecmp(v->str, "MSOnline");
    psa_finding *f = psa_report(ctx, rule, v->span, "%s loads %s, %s; use Microsoft Graph PowerShell (%s)",
                                cmd->name, v->str,
                                msol ? "the MSOnline module, retired in April-May 2025"
                                     : "the AzureAD module, deprecated March 30, 2024 and retired "
                                       "after MSOnline",
                                S_graph_cert);
    /* the migration goes ahead but this call keeps the old name: the plan
     * says so rather than leave the file half-migrated in silence */
    if (S_fix_module_call(ctx, f) && !psa_graph_loader_rewritten(ctx, psa_graph_plan_get(ctx), cmd))
      /* (no rule: a refusal of PSA202/PSA203 reads as a refused connection,
       * which would hold the whole migration back for a module load) */
      psa_plan_refuse(ctx, NULL, cmd->span, cmd->name,
                      psa_ctx_printf(ctx,
                                     "it loads %s inside an expression, which psauth does not "
                                     "rewrite (one call of such a loader loads one module, and the "
                                     "migrated calls need Microsoft.Graph.Authentication and the "
                                     "modules of the Graph cmdlets they now call): the rest of the "
                                     "file is migrated; give the loader those modules by hand",
                                     v->str));
  }
}

static void S_check_msonline(psa_rule_ctx *ctx, const psa_rule *rule) {
  static const char *const names[] = {"MSOnline", NULL};
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-MsolService")) {
      psa_finding *f = psa_report(ctx, rule, cmd->span,
                 "%s connects with the MSOnline module, retired in April-May 2025 (the service "
                 "now refuses it); connect with Microsoft Graph PowerShell instead: %s",
                 S_cmd_label(ctx, cmd), S_graph_advice(ctx, cmd));
      S_fix_graph_connect(ctx, rule, f, cmd, NULL, NULL, NULL);
    }
  }
  /* the imports after the connections: they follow the connection's plan */
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-MsolService")) continue;
    const char *mod = S_module_call(ctx, cmd, names);
    if (mod)
      S_fix_module_call(ctx, psa_report(ctx, rule, cmd->span,
                                        "%s %s: the MSOnline module was retired in April-May 2025 "
                                        "and no longer connects; use Microsoft Graph PowerShell (%s)",
                                        S_cmd_label(ctx, cmd), mod, S_graph_cert));
  }
  S_check_loaders(ctx, rule, names);
}

/* The source text of an argument for a replacement, or a placeholder. */
static const char *S_arg_text(psa_rule_ctx *ctx, const psa_command *cmd, const char *param,
                              const char *placeholder) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a || !a->value) return placeholder;
  const char *ref = psa_fix_splat_ref(ctx, cmd, a);
  if (ref) return ref;
  const char *s = psa_value_string(ctx->model, a->value);
  if (s && *s && !strchr(s, ' ') && !strchr(s, '\'')) return psa_ctx_printf(ctx, "'%s'", s);
  const char *t = S_text_of(ctx, a->value->span);
  return t && !strchr(t, '\n') ? t : placeholder;
}

/* An argument's value for a rewrite: the splatted hashtable's entry when
 * it comes from one (the admin fills the values in there), else its text. */
static const char *S_arg_ref(psa_rule_ctx *ctx, const psa_command *cmd, const psa_arg *a) {
  const char *ref = psa_fix_splat_ref(ctx, cmd, a);
  return ref ? ref : S_text_of(ctx, a->value->span);
}

static void S_check_azuread(psa_rule_ctx *ctx, const psa_rule *rule) {
  static const char *const names[] = {"AzureAD", "AzureADPreview", NULL};
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-AzureAD")) {
      const char *label = S_cmd_label(ctx, cmd);
      const psa_arg *cred = psa_command_arg(cmd, "Credential");
      if (psa_command_arg(cmd, "CertificateThumbprint")) {
        psa_finding *f = psa_report(ctx, rule, cmd->span,
                   "%s uses the AzureAD module, deprecated March 30, 2024 and retired after "
                   "MSOnline (reported from July 1, 2025); the certificate sign-in carries over: "
                   "Connect-MgGraph -ClientId %s -TenantId %s -CertificateThumbprint %s (the app "
                   "then needs Microsoft Graph application permissions instead of Azure AD Graph "
                   "ones)",
                   label, S_arg_text(ctx, cmd, "ApplicationId", "<app-id>"),
                   S_arg_text(ctx, cmd, "TenantId", "<tenant-id>"),
                   S_arg_text(ctx, cmd, "CertificateThumbprint", "<thumbprint>"));
        const psa_arg *ap = psa_command_arg(cmd, "ApplicationId");
        const psa_arg *tn = psa_command_arg(cmd, "TenantId");
        const psa_arg *th = psa_command_arg(cmd, "CertificateThumbprint");
        if (ap && tn && th && ap->value && tn->value && th->value)
          S_fix_graph_connect(ctx, rule, f, cmd, S_arg_ref(ctx, cmd, ap), S_arg_ref(ctx, cmd, tn),
                              S_arg_ref(ctx, cmd, th));
      } else {
        psa_finding *f = psa_report(ctx, rule, cmd->span,
                   "%s uses the AzureAD module, deprecated March 30, 2024 and retired after "
                   "MSOnline (reported from July 1, 2025)%s; connect with Microsoft Graph "
                   "PowerShell instead: %s",
                   label,
                   cred ? "; its -Credential (user name and password) has no equivalent in "
                          "Connect-MgGraph"
                        : "",
                   S_graph_advice(ctx, cmd));
        S_fix_graph_connect(ctx, rule, f, cmd, NULL, NULL, NULL);
      }
    }
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-AzureAD")) continue;
    const char *mod = S_module_call(ctx, cmd, names);
    if (mod)
      S_fix_module_call(ctx, psa_report(ctx, rule, cmd->span,
                                        "%s %s: the %s module was deprecated March 30, 2024 and is "
                                        "retired after MSOnline (reported from July 1, 2025); use "
                                        "Microsoft Graph PowerShell (%s)",
                                        S_cmd_label(ctx, cmd), mod, mod, S_graph_cert));
  }
  S_check_loaders(ctx, rule, names);
}

/* ---- PSA204 / PSA205: *-Msol* and *-AzureAD* cmdlet calls ------------- */

/* Whether a cmdlet name belongs to the retired module 'module' ("MSOnline"
 * or "AzureAD"; rules/facts.h tells look-alike modules apart). */
static bool S_of_module(const char *name, const char *module) {
  const char *m = psa_legacy_directory_module(name);
  return m && !strcmp(m, module);
}
#define S_MAX_RELATED 20
#define S_MAX_NAMES 12

/* The module's cmdlets called in the file, with their Microsoft Graph
 * equivalents from the map ("Get-MsolUser -> Get-MgUser, ..."); NULL when
 * there are none. Sets the first call and the number of calls. */
static char *S_cmdlet_list(psa_rule_ctx *ctx, const char *module, const char *exclude,
                           const psa_command **first_out, uint32_t *calls_out) {
  const psa_command *first = NULL;
  const char *names[64];
  uint32_t name_count = 0, calls = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function || cmd->dynamic || !cmd->name) continue;
    if (!S_of_module(cmd->name, module) || !psa_strcasecmp(cmd->name, exclude)) continue;
    if (!first) first = cmd;
    calls++;
    bool seen = false;
    for (uint32_t i = 0; i < name_count; i++)
      if (!psa_strcasecmp(names[i], cmd->name)) seen = true;
    if (!seen && name_count < 64) names[name_count++] = cmd->name;
  }
  if (first_out) *first_out = first;
  if (calls_out) *calls_out = calls;
  if (!first) return NULL;
  psa_buf list;
  psa_buf_init(&list);
  for (uint32_t i = 0; i < name_count && i < S_MAX_NAMES; i++) {
    if (i) psa_buf_puts(&list, ", ");
    psa_buf_puts(&list, names[i]);
    const psa_gm_cmdlet *m = psa_graphmap_find(names[i]);
    if (m && m->graph) psa_buf_printf(&list, " -> %s", m->graph);
  }
  if (name_count > S_MAX_NAMES) psa_buf_printf(&list, " and %u more", name_count - S_MAX_NAMES);
  char *out = psa_ctx_printf(ctx, "%s", list.data);
  psa_buf_free(&list);
  return out;
}

/* Whether the literal -Scopes text 'own' grants 'perm' (named, or a
 * permission that implies it). */
static bool S_scopes_grant(const char *own, const char *perm) {
  if (psa_find_ci(own, strlen(own), perm)) return true;
  for (const char *p = own; *p;) {
    while (*p && !isalnum((unsigned char)*p)) p++;
    size_t n = 0;
    while (p[n] && (isalnum((unsigned char)p[n]) || p[n] == '.')) n++;
    if (!n) break;
    char held[96];
    if (n < sizeof held) {
      memcpy(held, p, n);
      held[n] = 0;
      if (psa_graphmap_implies(held, perm)) return true;
    }
    p += n;
  }
  return false;
}

/* The delegated permissions of the calls psauth rewrites (the map's,
 * each exact call) that the script's own Connect-MgGraph does not ask for
 * in a literal -Scopes list, or NULL (all there; an app-only or managed
 * identity sign-in, whose permissions the app registration holds; -Scopes
 * psauth cannot read). */
static const char *S_own_scopes_missing(psa_rule_ctx *ctx, const psa_graph_plan *plan,
                                        const psa_command *graph) {
  static const char *const app_args[] = {"ClientId", "AppId", "ApplicationId", "CertificateThumbprint",
                                         "Certificate", "Identity", "ClientSecretCredential", NULL};
  for (int i = 0; app_args[i]; i++)
    if (psa_command_arg(graph, app_args[i])) return NULL;
  const char *own = psa_rule_arg_source(ctx, graph, "Scopes", false);
  if (!own || strchr(own, '$')) return NULL;
  psa_buf miss;
  psa_buf_init(&miss);
  for (uint32_t i = 0; i < psa_graph_plan_calls(plan); i++) {
    const psa_command *c = psa_graph_plan_call(plan, i);
    const psa_gm_cmdlet *map = c && c->name ? psa_graphmap_find(c->name) : NULL;
    if (!map || !map->delegated || !psa_graph_plan_call_exact(plan, i)) continue;
    for (const char *p = map->delegated; *p;) {
      size_t n = strcspn(p, ", ");
      const char *name = psa_ctx_printf(ctx, "%.*s", (int)n, p);
      if (n && !S_scopes_grant(own, name) && !(miss.data && psa_find_ci(miss.data, miss.len, name))) {
        if (miss.len) psa_buf_puts(&miss, ", ");
        psa_buf_puts(&miss, name);
      }
      p += n;
      while (*p == ',' || *p == ' ') p++;
    }
  }
  const char *out = miss.len ? psa_ctx_printf(ctx, "%s", miss.data) : NULL;
  psa_buf_free(&miss);
  return out;
}

/* One finding per module lists the calls; it carries the file's call
 * rewrites (graph_migrate.h: one unsafe fix for every call with an exact
 * rewrite, on the first module's finding) and a suggestion per call that
 * needs a person. */
static void S_cmdlet_summary(psa_rule_ctx *ctx, const psa_rule *rule, const char *exclude,
                             const char *module, const char *why,
                             bool with_fix) {
  const psa_command *first;
  uint32_t calls;
  const char *list = S_cmdlet_list(ctx, module, exclude, &first, &calls);
  if (!list) return;
  psa_finding *f = psa_report(
      ctx, rule, first->span,
      "%u %s cmdlet call%s (%s): %s; rewrite %s with Microsoft Graph PowerShell cmdlets (not "
      "every cmdlet has a direct equivalent)",
      calls, module, calls == 1 ? "" : "s", list, why, calls == 1 ? "it" : "them");
  uint32_t related = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (related >= S_MAX_RELATED) break;
    if (cmd->local_function || cmd->dynamic || !cmd->name) continue;
    if (!S_of_module(cmd->name, module) || !psa_strcasecmp(cmd->name, exclude)) continue;
    psa_finding_related(ctx, f, cmd->span, "%s", cmd->name);
    related++;
  }
  psa_graph_plan *plan = psa_graph_plan_get(ctx);
  /* the call rewrites need the Microsoft Graph connection: not while a
   * Connect-MsolService / Connect-AzureAD stays and nothing else connects
   * to Graph (Get-Mg* would run unauthenticated next to the old module) */
  const psa_plan_entry *kept = psa_plan_refused_connection(ctx, "PSA202");
  if (!kept) kept = psa_plan_refused_connection(ctx, "PSA203");
  /* a Connect-MgGraph of the script's own counts only where it has run
   * before every rewritten call (not one in a tenant loop, a branch, or
   * after the call) */
  const psa_command *unreached = NULL;
  const psa_command *graph =
      with_fix && kept ? psa_graph_plan_own_connection(ctx, plan, &unreached) : NULL;
  /* the file's own delegated Connect-MgGraph must also ask for what the
   * rewritten calls need (review20 32: its -Scopes named only a device
   * management scope, and the group calls would fail with 403) */
  const char *missing = with_fix && kept && graph && !unreached ? S_own_scopes_missing(ctx, plan, graph) : NULL;
  if (missing) {
    with_fix = false;
    psa_plan_refuse(ctx, rule, first->span, module,
                    psa_ctx_printf(ctx,
                                   "the %s calls are left as they are while %s on line %u stays "
                                   "(refused), and the file's own Connect-MgGraph on line %u does not "
                                   "ask for %s, which the rewritten calls need: add them to its -Scopes "
                                   "first",
                                   module, kept->subject ? kept->subject : "the connection",
                                   psa_line_of(ctx, kept->span.start), psa_line_of(ctx, graph->span.start),
                                   missing));
  }
  if (with_fix && kept && (!graph || unreached)) {
    with_fix = false;
    /* the connection's own reason inline: it is what blocks these calls */
    const char *reason = psa_ctx_printf(ctx,
                                        "the %s calls are left as they are while %s on line %u "
                                        "stays (refused: %s): Microsoft Graph cmdlets need "
                                        "Connect-MgGraph",
                                        module, kept->subject ? kept->subject : "the connection",
                                        psa_line_of(ctx, kept->span.start),
                                        kept->why ? kept->why : "see its reason");
    if (graph) {
      const psa_command *site = psa_plan_call_site(ctx->model, unreached, NULL, NULL);
      if (!site) site = unreached;
      reason = psa_ctx_printf(
          ctx, "%s, and the file's own %s on line %u does not run before %s on line %u: %s",
          reason, graph->name, psa_line_of(ctx, graph->span.start), unreached->name,
          psa_line_of(ctx, unreached->span.start),
          graph->span.start > site->span.start
              ? "it runs after that call"
              : "it sits in a block (a loop, branch, try or function) that does not hold that "
                "call");
    }
    psa_plan_refuse(ctx, rule, first->span, module, reason);
  }
  /* a file that does not connect at all: decided once every rule has run
   * (psa_fix_finish), since a mail rewrite may add the connection */
  psa_graph_plan_attach(ctx, plan, f, with_fix, module);
  if (with_fix) f->permissions = psa_graph_plan_permissions(ctx, plan, true);
}

static void S_check_msol_cmdlets(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_cmdlet_summary(ctx, rule, "Connect-MsolService", "MSOnline",
                   "the MSOnline module was retired in April-May 2025", true);
}

static void S_check_azuread_cmdlets(psa_rule_ctx *ctx, const psa_rule *rule) {
  /* the rewrites ride on PSA204's finding when the file calls MSOnline too */
  bool msol = S_cmdlet_list(ctx, "MSOnline", "Connect-MsolService", NULL, NULL) != NULL;
  S_cmdlet_summary(ctx, rule, "Connect-AzureAD", "AzureAD",
                   "the AzureAD module was deprecated March 30, 2024 and retired after "
                   "MSOnline (from July 1, 2025)",
                   !msol);
}

/* ---- PSA206: PnP legacy sign-in ---------------------------------------- */

/* The retired PnP-PowerShell module (archived January 19, 2021) under its
 * gallery name and the name of its early builds, and the early cmdlet names
 * of its connection (later Connect-PnPOnline / Disconnect-PnPOnline). */
static const char *const S_pnp_legacy_modules[] = {
    "SharePointPnPPowerShellOnline", "OfficeDevPnP.PowerShell.V16.Commands", NULL};
static const char *const S_pnp_legacy_cmdlets[] = {"Connect-SPOnline", "Disconnect-SPOnline",
                                                    NULL};

static void S_check_pnp_legacy(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    const char *mod = S_module_call(ctx, cmd, S_pnp_legacy_modules);
    if (mod) {
      psa_report(ctx, rule, cmd->span,
                 "%s %s: the legacy PnP-PowerShell module, retired and archived January 19, "
                 "2021 and replaced by PnP.PowerShell (Install-Module PnP.PowerShell), which "
                 "signs in with your own Entra ID app: %s",
                 S_cmd_label(ctx, cmd), mod, S_pnp_cert);
      /* the module swap changes the host the script needs: left to a person */
      psa_plan_refuse(
          ctx, rule, cmd->span, S_cmd_label(ctx, cmd),
          psa_ctx_printf(
              ctx,
              "%s %s stays: its successor PnP.PowerShell (3.x) runs "
              "on PowerShell 7.4 or later only (not Windows PowerShell "
              "5.1) and renamed or removed some cmdlets, so the switch is "
              "a change of host too; install PnP.PowerShell where the "
              "script runs, then name it on this line and review the PnP cmdlets",
              S_cmd_label(ctx, cmd), mod));
      continue;
    }
    bool legacy_cmdlet = false;
    for (int i = 0; S_pnp_legacy_cmdlets[i]; i++)
      if (!cmd->local_function && !cmd->dynamic &&
          !psa_strcasecmp(cmd->name, S_pnp_legacy_cmdlets[i]))
        legacy_cmdlet = true;
    if (legacy_cmdlet) {
      psa_report(ctx, rule, cmd->span,
                 "%s is a cmdlet of the legacy PnP-PowerShell module (SharePointPnPPowerShellOnline), "
                 "retired and archived January 19, 2021; install PnP.PowerShell and connect with "
                 "Connect-PnPOnline and your own Entra ID app: %s",
                 cmd->name, S_fill_url(ctx, cmd, S_pnp_cert));
      if (psa_strcasecmp(cmd->name, "Disconnect-SPOnline"))
        psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                        "the legacy PnP connection has no exact rewrite: Connect-PnPOnline "
                        "(PnP.PowerShell) signs in only through an Entra ID app you register "
                        "(Register-PnPEntraIDApp) and name with -ClientId; register it, then "
                        "connect with -Interactive -ClientId or a certificate");
      continue;
    }
    if (!cmd->local_function && !cmd->dynamic &&
        !psa_strcasecmp(cmd->name, "Register-PnPManagementShellAccess")) {
      psa_report(ctx, rule, cmd->span,
                 "Register-PnPManagementShellAccess consents to the multi-tenant PnP Management "
                 "Shell app, deleted September 9, 2024; register your own app with "
                 "Register-PnPEntraIDApp and connect with its -ClientId");
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      "the PnP Management Shell app it consents to was deleted September 9, "
                      "2024, and its replacement is an Entra ID app of your own "
                      "(Register-PnPEntraIDApp), whose id the script's Connect-PnPOnline then "
                      "names with -ClientId: psauth does not register apps");
      continue;
    }
    if (!psa_command_is(cmd, "Connect-PnPOnline")) continue;
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *a = &cmd->args[i];
      if (!a->param || a->via == PSA_BIND_UNBOUND) continue;
      if (!psa_strcasecmp(a->param, "UseWebLogin")) {
        psa_report(ctx, rule, a->span,
                   "Connect-PnPOnline -UseWebLogin (cookie-based web login) was removed in "
                   "PnP.PowerShell 3.0.0; sign in with -Interactive -ClientId <your app's id>, or "
                   "unattended with a certificate: %s",
                   S_fill_url(ctx, cmd, S_pnp_cert));
        psa_plan_refuse(ctx, rule, a->span, "Connect-PnPOnline -UseWebLogin",
                        "PnP.PowerShell 3 signs in only through an Entra ID app you register "
                        "(Register-PnPEntraIDApp) and name with -ClientId; register it, then "
                        "connect with -Interactive -ClientId or a certificate");
      } else if (!psa_strcasecmp(a->param, "SPOManagementShell") ||
                 !psa_strcasecmp(a->param, "PnPManagementShell")) {
        psa_report(ctx, rule, a->span,
                   "Connect-PnPOnline -%s signs in through the multi-tenant PnP Management Shell "
                   "app, deleted September 9, 2024; register your own app "
                   "(Register-PnPEntraIDApp) and pass its -ClientId, or unattended: %s",
                   a->param, S_fill_url(ctx, cmd, S_pnp_cert));
        psa_plan_refuse(ctx, rule, a->span,
                        psa_ctx_printf(ctx, "Connect-PnPOnline -%s", a->param),
                        "the PnP Management Shell app it signs in through was deleted September "
                        "9, 2024; PnP.PowerShell signs in only through an Entra ID app you "
                        "register (Register-PnPEntraIDApp) and name with -ClientId: register it, "
                        "then connect with -Interactive -ClientId or a certificate");
      }
    }
  }
}

/* ---- PSA207: client secrets in connections ----------------------------- */

static void S_check_client_secret(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-PnPOnline")) {
      const psa_arg *a = psa_command_arg(cmd, "ClientSecret");
      if (!a || !a->value || S_is_null(ctx, a->value)) continue;
      const char *s = psa_value_string(ctx->model, a->value);
      if (s && !*s) continue;
      psa_finding *f = psa_report(
          ctx, rule, a->span,
          "Connect-PnPOnline -ClientSecret signs in as a SharePoint Add-in through Azure ACS "
          "app-only, which stopped working for all tenants on April 2, 2026; register an Entra "
          "ID app with a certificate: %s",
          S_fill_url(ctx, cmd, S_pnp_cert));
      f->severity = PSA_SEV_ERROR;
      continue;
    }
    if (psa_command_is(cmd, "Connect-MgGraph")) {
      const psa_arg *a = psa_command_arg(cmd, "ClientSecretCredential");
      if (a && a->value && !S_is_null(ctx, a->value)) {
        S_source src;
        S_source_of(ctx, a->value, &src);
        bool alias = a->written && psa_strcasecmp(a->written, "ClientSecretCredential");
        psa_finding *f = psa_report(
            ctx, rule, cmd->span,
            "%s -%s%s signs in with an app client secret%s%s%s%s, a secret the script has to "
            "keep; use a certificate (%s) or a managed identity (Connect-MgGraph -Identity)",
            S_cmd_label(ctx, cmd), alias ? a->written : "ClientSecretCredential",
            alias ? " (an alias of -ClientSecretCredential)" : "",
            alias ? " held in the credential's password, not with a user password" : "",
            src.text.data ? " (" : "", src.text.data ? src.text.data : "",
            src.text.data ? ")" : "", S_graph_cert);
        if (a->via == PSA_BIND_SPLAT || a->via == PSA_BIND_DEFAULT)
          psa_finding_related(ctx, f, a->span, "-%s given here",
                              a->written ? a->written : "ClientSecretCredential");
        S_source_related(ctx, f, &src);
        psa_buf_free(&src.text);
      }
      if (psa_command_switch(ctx->model, cmd, "EnvironmentVariable")) {
        const psa_arg *e = psa_command_arg(cmd, "EnvironmentVariable");
        psa_finding *f = psa_report(
            ctx, rule, e->span,
            "%s -EnvironmentVariable signs in with the Azure.Identity environment variables; "
            "when they carry AZURE_CLIENT_SECRET or AZURE_USERNAME/AZURE_PASSWORD that is a "
            "stored secret or password: set AZURE_CLIENT_CERTIFICATE_PATH instead, or use "
            "Connect-MgGraph -Identity",
            S_cmd_label(ctx, cmd));
        f->severity = PSA_SEV_INFO;
      }
      continue;
    }
    const S_conn *c = S_conn_of(cmd);
    if (!c || !c->az || !psa_command_switch(ctx->model, cmd, "ServicePrincipal")) continue;
    const psa_arg *a = psa_command_arg(cmd, "Credential");
    if (!a || !a->value || S_is_null(ctx, a->value)) continue;
    S_source src;
    S_source_of(ctx, a->value, &src);
    psa_finding *f = psa_report(
        ctx, rule, cmd->span,
        "%s -ServicePrincipal -Credential signs in as a service principal with a client secret "
        "(the credential holds the application id and the secret%s%s), a secret the script has "
        "to keep; use a certificate (%s) or a managed identity (Connect-AzAccount -Identity)",
        S_cmd_label(ctx, cmd), src.text.data ? "; " : "", src.text.data ? src.text.data : "",
        S_az_cert);
    if (a->via == PSA_BIND_SPLAT || a->via == PSA_BIND_DEFAULT)
      psa_finding_related(ctx, f, a->span, "-%s given here", a->written ? a->written : "Credential");
    S_source_related(ctx, f, &src);
    psa_buf_free(&src.text);
  }
}

/* ---- PSA208: Skype for Business Online Connector ----------------------- */

/* Whether 'use' takes the session made by 'session' (-Session or pipeline). */
static bool S_uses_session(const psa_rule_ctx *ctx, const psa_command *use, const psa_command *session) {
  if (!psa_command_is(use, "Import-PSSession") && !psa_command_is(use, "Invoke-Command") &&
      !psa_command_is(use, "Enter-PSSession") && !psa_command_is(use, "Remove-PSSession") &&
      !psa_command_is(use, "Export-PSSession"))
    return false;
  /* -Session, or the first positional argument (the binder picks the
   * default parameter set: Remove-PSSession $s binds -Id, Enter-PSSession $s
   * -ComputerName), or the pipeline */
  const psa_value *cand[3] = {NULL, NULL, use->pipeline_input};
  const psa_arg *a = psa_command_arg(use, "Session");
  cand[0] = a ? a->value : NULL;
  for (uint32_t i = 0; i < use->arg_count && !cand[1]; i++)
    if (use->args[i].via == PSA_BIND_POSITIONAL) cand[1] = use->args[i].value;
  for (int c = 0; c < 3; c++) {
    if (!cand[c]) continue;
    const psa_value *prods[16];
    uint32_t n = psa_value_producers(ctx->model, cand[c], prods, 16);
    for (uint32_t i = 0; i < n; i++)
      if (prods[i]->kind == PSA_V_COMMAND && psa_value_cmd(prods[i]) == session) return true;
  }
  return false;
}

/* Whether the statement of 'use' is the command alone or followed by
 * "| Out-Null" (nothing else reads what it returns). */
static bool S_statement_alone(const psa_rule_ctx *ctx, const psa_command *use) {
  psa_span st = use->statement_span;
  if (st.start != use->span.start || st.end < use->span.end || st.end > ctx->src->text_len)
    return false;
  const char *t = ctx->src->text;
  uint32_t k = use->span.end;
  while (k < st.end && (t[k] == ' ' || t[k] == '\t')) k++;
  if (k == st.end) return true;
  if (t[k++] != '|') return false;
  while (k < st.end && (t[k] == ' ' || t[k] == '\t')) k++;
  return st.end - k == 8 && !psa_strncasecmp(t + k, "Out-Null", 8);
}

/* New-CsOnlineSession whose session only Import-PSSession (no -Prefix) and
 * Remove-PSSession take, each a statement of its own: Connect-MicrosoftTeams
 * loads the Cs* cmdlets itself (MicrosoftTeams 2.0 and later; Microsoft's
 * "Teams PowerShell Module - Supported Versions": use Connect-MicrosoftTeams
 * instead of New-CsOnlineSession, docs/fixes.md). When the file already runs
 * Connect-MicrosoftTeams before it, the session and its import go; otherwise
 * they become Connect-MicrosoftTeams with the planner's sign-in. Returns
 * false with *why when the session is used otherwise. */
/* "Import-PSSession -Session (New-CsOnlineSession) [-AllowClobber]
 * [-DisableNameChecking] [| Out-Null]": the session made inside the import
 * that is its only use; the Import-PSSession command, or NULL. */
static const psa_command *S_skype_inline_import(const psa_rule_ctx *ctx, const psa_command *cmd) {
  if (cmd->assigned_to || cmd->in_string || cmd->invoke_operator) return NULL;
  PSA_FOR_COMMANDS(ctx, use) {
    if (use == cmd || !psa_command_is(use, "Import-PSSession") || !S_uses_session(ctx, use, cmd))
      continue;
    if (use->invoke_operator || use->pipeline_input || use->in_string || !S_statement_alone(ctx, use) ||
        cmd->span.start < use->span.start || cmd->span.end > use->span.end)
      return NULL;
    for (uint32_t i = 0; i < use->arg_count; i++) {
      const char *p = use->args[i].param;
      if (!p || use->args[i].via != PSA_BIND_NAMED) {
        /* Import-PSSession (New-CsOnlineSession): the session, by position */
        if (use->args[i].value && use->args[i].value->span.start <= cmd->span.start &&
            cmd->span.end <= use->args[i].value->span.end)
          continue;
        return NULL;
      }
      if (psa_strcasecmp(p, "Session") && psa_strcasecmp(p, "AllowClobber") &&
          psa_strcasecmp(p, "DisableNameChecking"))
        return NULL;
    }
    return use;
  }
  return NULL;
}

/* "Import-Module (Import-PSSession $s ...) [-Global] [-DisableNameChecking]
 * [-Force] [| Out-Null]": the module made of the session's commands, made
 * global; the Import-Module command when 'use' is that import, else NULL. */
static const psa_command *S_import_wrapper(const psa_rule_ctx *ctx, const psa_command *use) {
  PSA_FOR_COMMANDS(ctx, w) {
    if (w == use || !psa_command_is(w, "Import-Module") || w->in_string || w->invoke_operator ||
        w->pipeline_input || w->span.start > use->span.start || use->span.end > w->span.end)
      continue;
    bool only = true, holds = false;
    for (uint32_t i = 0; i < w->arg_count && only; i++) {
      const psa_arg *a = &w->args[i];
      const psa_value *v = a->value;
      if (v && v->span.start <= use->span.start && use->span.end <= v->span.end &&
          v->kind == PSA_V_COMMAND && psa_value_cmd(v) == use) {
        holds = true;
        continue;
      }
      only = a->param && a->via == PSA_BIND_NAMED && !a->value &&
             (!psa_strcasecmp(a->param, "Global") || !psa_strcasecmp(a->param, "DisableNameChecking") ||
              !psa_strcasecmp(a->param, "Force"));
    }
    return only && holds && S_statement_alone(ctx, w) ? w : NULL;
  }
  return NULL;
}

/* -SessionOption given proxy settings only (New-PSSessionOption
 * -ProxyAccessType/-ProxyAuthentication/-ProxyCredential, in place or in a
 * variable assigned once and read only here): the New-PSSessionOption
 * command, else NULL. Connect-MicrosoftTeams has no -SessionOption. */
static const psa_command *S_proxy_option(const psa_arg *a) {
  const psa_value *v = a ? a->value : NULL;
  const psa_variable *var = v && v->kind == PSA_V_VARIABLE ? psa_value_var(v) : NULL;
  if (var) {
    if (var->is_parameter || var->assign_count != 1 || var->ref_count != 1 || var->entry_count) return NULL;
    v = var->assigns[0].value;
  }
  const psa_command *o = v ? psa_value_cmd(v) : NULL;
  if (!o || !psa_command_is(o, "New-PSSessionOption") || o->pipeline_input || !o->arg_count) return NULL;
  for (uint32_t i = 0; i < o->arg_count; i++) {
    const char *p = o->args[i].param;
    if (!p || o->args[i].via != PSA_BIND_NAMED ||
        (psa_strcasecmp(p, "ProxyAccessType") && psa_strcasecmp(p, "ProxyAuthentication") &&
         psa_strcasecmp(p, "ProxyCredential")))
      return NULL;
  }
  return o;
}

/* "$Result = Import-PSSession $s" whose value no read gets (a status
 * variable the script assigns again before reading it, or never reads):
 * the statement can go as if it stood alone. */
static bool S_result_unread(const psa_rule_ctx *ctx, const psa_command *use) {
  const psa_variable *v = use->assigned_to;
  if (!v || v->is_parameter || v->entry_count || use->statement_span.end != use->span.end ||
      use->invoke_operator || use->pipeline_input)
    return false;
  uint32_t idx = UINT32_MAX;
  for (uint32_t i = 0; i < v->assign_count; i++)
    if (v->assigns[i].span.start == use->statement_span.start && v->assigns[i].span.end == use->span.end &&
        !v->assigns[i].append && !v->assigns[i].type)
      idx = i;
  if (idx == UINT32_MAX) return false;
  if (!v->ref_count) return true;
  bool unread[16];
  return v->assign_count <= 16 && psa_fix_reaching_unread(ctx, v, NULL, 0, unread) && unread[idx];
}

/* Adds one reason to the list of what blocks the rewrite. */
static void S_block(psa_rule_ctx *ctx, const char **why, const char *reason) {
  *why = *why ? psa_ctx_printf(ctx, "%s; %s", *why, reason) : reason;
}

static bool S_fix_skype_session(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                const psa_command *cmd, const char **why) {
  const psa_model *m = ctx->model;
  const psa_variable *sv = cmd->assigned_to;
  /* every blocker is named, the most fundamental first: what the script
   * does with the session, how it holds it, then the parameters, then the
   * file's other Teams connection */
  const char *uses_why = NULL, *var_why = NULL, *param_why = NULL;
  const psa_command *proxy = NULL;
  const psa_arg *proxy_arg = NULL;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const char *p = cmd->args[i].param;
    /* -UserName names the account of the connector's sign-in prompt:
     * Connect-MicrosoftTeams -AccountId */
    static const char *const kept[] = {"Credential", "UserName", "ErrorAction", "ErrorVariable",
                                       "WarningAction", "WarningVariable", "InformationAction",
                                       "Verbose", "Debug", NULL};
    bool ok = false;
    for (int k = 0; p && kept[k] && !ok; k++) ok = !psa_strcasecmp(p, kept[k]);
    if (ok && cmd->args[i].via == PSA_BIND_NAMED) continue;
    if (p && cmd->args[i].via == PSA_BIND_NAMED && !psa_strcasecmp(p, "SessionOption") && !proxy &&
        (proxy = S_proxy_option(&cmd->args[i])) != NULL) {
      proxy_arg = &cmd->args[i];
      continue;
    }
    S_block(ctx, &param_why,
            p ? psa_ctx_printf(ctx, "its -%s has no Connect-MicrosoftTeams parameter psauth maps it to", p)
              : "it has a positional argument, which psauth does not map to Connect-MicrosoftTeams");
  }
  const psa_command *inline_import = sv ? NULL : S_skype_inline_import(ctx, cmd);
  if (!inline_import) {
    if (cmd->in_string || cmd->invoke_operator) {
      S_block(ctx, &var_why, "it runs through a string or the call operator");
    } else if (!sv) {
      S_block(ctx, &var_why, "its session is not kept in a variable, so psauth cannot follow what uses it");
    } else if (sv->is_parameter || psa_fix_live_assigns(ctx, sv) != 1) {
      /* an empty initialiser no read gets ($s = "" at the top) is no other session */
      const char *lines = "";
      for (uint32_t i = 0, shown = 0; i < sv->assign_count && shown < 4; i++)
        if (!psa_fix_dead_initialiser(ctx, sv, i))
          lines = psa_ctx_printf(ctx, "%s%s%u", lines, shown++ ? ", " : " (lines ",
                                 psa_line_of(ctx, sv->assigns[i].span.start));
      S_block(ctx, &var_why,
              psa_ctx_printf(ctx, "the session variable $%s is assigned %s%s%s, so psauth cannot "
                             "tell which session each use means",
                             sv->name, sv->is_parameter ? "as a parameter too" : "more than once",
                             lines, *lines ? ")" : ""));
    } else {
      const psa_assignment *own = NULL;
      for (uint32_t i = 0; i < sv->assign_count && !own; i++)
        if (!psa_fix_dead_initialiser(ctx, sv, i)) own = &sv->assigns[i];
      if (cmd->statement_span.end != cmd->span.end || !own || own->span.end != cmd->span.end)
        S_block(ctx, &var_why, "the session is not assigned directly to its variable");
    }
  }
  const psa_command *uses[8];
  psa_span use_del[8];
  uint32_t n = 0, reads = 0;
  if (inline_import) {
    use_del[n] = inline_import->statement_span;
    uses[n++] = inline_import;
  }
  PSA_FOR_COMMANDS(ctx, use) {
    if (inline_import || !sv) break;
    if (!S_uses_session(ctx, use, cmd)) continue;
    bool import = psa_command_is(use, "Import-PSSession");
    const psa_command *wrap = import ? S_import_wrapper(ctx, use) : NULL;
    const psa_arg *prefix = import ? psa_command_arg(use, "Prefix") : NULL;
    if (n == 8 || use->invoke_operator || use->pipeline_input ||
        !(import || psa_command_is(use, "Remove-PSSession")) ||
        (!wrap && !S_statement_alone(ctx, use) && !(import && S_result_unread(ctx, use))) ||
        prefix) {
      if (prefix) {
        /* the prefixed names the script calls (Grant-SOLCsTeamsUpgradePolicy) */
        const char *pv = prefix->value ? psa_value_string(m, prefix->value) : NULL;
        const char *calls = "";
        uint32_t shown = 0, more = 0;
        PSA_FOR_COMMANDS(ctx, c) {
          const char *dash = c->name && !c->local_function && pv && *pv ? strchr(c->name, '-') : NULL;
          if (!dash || psa_strncasecmp(dash + 1, pv, strlen(pv)) || psa_strncasecmp(dash + 1 + strlen(pv), "Cs", 2))
            continue;
          if (shown < 4)
            calls = psa_ctx_printf(ctx, "%s%s%s on line %u", calls, shown ? ", " : "", c->name,
                                   psa_line_of(ctx, c->span.start)), shown++;
          else
            more++;
        }
        S_block(ctx, &uses_why,
                psa_ctx_printf(ctx, "Import-PSSession on line %u imports the Cs* cmdlets with -Prefix, "
                               "which Connect-MicrosoftTeams has not (the script's prefixed names would "
                               "have to change%s%s%s)",
                               psa_line_of(ctx, use->span.start), shown ? ": " : "", calls,
                               more ? psa_ctx_printf(ctx, " and %u more", more) : ""));
      } else {
        S_block(ctx, &uses_why,
                import || psa_command_is(use, "Remove-PSSession")
                    ? psa_ctx_printf(ctx, "%s on line %u is not a statement of its own (its result "
                                          "is used), and Connect-MicrosoftTeams returns no session",
                                     use->name, psa_line_of(ctx, use->span.start))
                    : psa_ctx_printf(ctx, "%s on line %u runs commands in the session, and "
                                          "Connect-MicrosoftTeams opens no session to run them in",
                                     use->name, psa_line_of(ctx, use->span.start)));
      }
      continue;
    }
    use_del[n] = wrap ? wrap->statement_span : use->statement_span;
    uses[n++] = use;
    reads++;
  }
  /* Get-PSSession | Where-Object { $_.ComputerName -like "*.online.lync.com" }:
   * the connector's session found by its host, which no Teams connection has */
  PSA_FOR_COMMANDS(ctx, g) {
    psa_span st = g->statement_span;
    if (!psa_command_is(g, "Get-PSSession") || g->in_string || st.end > ctx->src->text_len ||
        !psa_find_ci(ctx->src->text + st.start, st.end - st.start, "lync.com"))
      continue;
    S_block(ctx, &uses_why,
            psa_ctx_printf(ctx, "Get-PSSession on line %u finds the session by its host (lync.com), "
                           "which no Connect-MicrosoftTeams connection has (Disconnect-MicrosoftTeams "
                           "closes that one)",
                           psa_line_of(ctx, g->span.start)));
    break;
  }
  if (!inline_import && sv && !uses_why && reads != sv->ref_count)
    S_block(ctx, &uses_why,
            psa_ctx_printf(ctx, "the session variable $%s is read elsewhere too, and "
                           "Connect-MicrosoftTeams returns no session for it",
                           sv->name));
  /* the file's own Connect-MicrosoftTeams, run before it in one straight line */
  const psa_command *teams = NULL, *other = NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    if (!psa_command_is(c, "Connect-MicrosoftTeams") || c->in_string) continue;
    if (c->span.end <= cmd->span.start &&
        psa_plan_same_straight_line(m, ctx->src->text, ctx->src->text_len, c, cmd))
      teams = c;
    else
      other = c;
  }
  const char *teams_why = NULL;
  if (!teams && other)
    teams_why = psa_ctx_printf(ctx, "the file connects with Connect-MicrosoftTeams on line %u, which "
                               "does not always run before this session, so psauth cannot tell which "
                               "connection should stay",
                               psa_line_of(ctx, other->span.start));
  *why = NULL;
  const char *const all[] = {uses_why, var_why, param_why, teams_why};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    if (all[i]) S_block(ctx, why, all[i]);
  if (*why) return false;
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  psa_fix *fx;
  if (teams) {
    fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                             psa_ctx_printf(ctx, "Remove the session: Connect-MicrosoftTeams on line %u "
                                                 "already loads the Cs* cmdlets",
                                            psa_line_of(ctx, teams->span.start)));
    /* with the comment that introduced the connector ("# Skype for
     * Business Online cmdlets"), once nothing of it is left */
    static const char *const about[] = {"skype", "csonline", "sfb", "lync", NULL};
    for (uint32_t i = 0; i < n; i++)
      psa_fix_add_edit(ctx, fx,
                       inline_import ? psa_fix_span_with_comment_about(
                                           ctx, fx, psa_fix_statement_span(ctx, use_del[i]), about)
                                     : psa_fix_statement_span(ctx, use_del[i]),
                       "");
    if (!inline_import)
      psa_fix_add_edit(ctx, fx,
                       psa_fix_span_with_comment_about(
                           ctx, fx, psa_fix_statement_span(ctx, cmd->statement_span), about),
                       "");
    psa_fix_one_blank_line(ctx, fx);
    psa_plan_rewrite(ctx, rule, cmd->span, cmd->name, "removed, with its Import-PSSession",
                     psa_ctx_printf(ctx, "Connect-MicrosoftTeams on line %u already loads the Cs* "
                                         "cmdlets the session imported",
                                    psa_line_of(ctx, teams->span.start)));
  } else {
    psa_conn_plan plan;
    if (!psa_plan_connection(ctx, rule, cmd, "Connect-MicrosoftTeams", &plan)) return true;
    const char *line = NULL;
    const char *named_user = psa_rule_arg_source(ctx, cmd, "UserName", false);
    if (plan.target == PSA_TARGET_DELEGATED) {
      const char *user = plan.si.user_source ? plan.si.user_source : named_user;
      line = user ? psa_ctx_printf(ctx, "Connect-MicrosoftTeams -AccountId %s", user)
                  : "Connect-MicrosoftTeams";
    } else if (plan.target == PSA_TARGET_APP_ONLY || plan.target == PSA_TARGET_MANAGED_IDENTITY) {
      const char *args = psa_fix_signin_args_for(ctx, cmd, "Connect-MicrosoftTeams", &plan, false);
      if (args) line = psa_ctx_printf(ctx, "Connect-MicrosoftTeams %s", args);
    }
    if (!line) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      "its sign-in has no Connect-MicrosoftTeams form psauth writes (a second "
                      "branch or tenant): it needs a review by hand");
      return true;
    }
    /* common parameters stay (-ErrorAction Stop decides what a failure does) */
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *ca = &cmd->args[i];
      if (ca == cred || ca == proxy_arg || !ca->param || ca->via != PSA_BIND_NAMED || ca->span.end > ctx->src->text_len ||
          !psa_strcasecmp(ca->param, "UserName"))
        continue;
      line = psa_ctx_printf(ctx, "%s %.*s", line, (int)(ca->span.end - ca->span.start),
                            ctx->src->text + ca->span.start);
    }
    fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                             plan.target == PSA_TARGET_DELEGATED
                                 ? "Connect with Connect-MicrosoftTeams (interactive, modern "
                                   "authentication), which loads the Cs* cmdlets itself"
                                 : "Connect with Connect-MicrosoftTeams (app-only), which loads the "
                                   "Cs* cmdlets itself");
    /* the import that made the session inside it becomes the connection
     * ("| Out-Null" after it stays: Connect-MicrosoftTeams writes the
     * signed-in account) */
    psa_fix_add_edit(ctx, fx, inline_import ? inline_import->span : cmd->statement_span, line);
    for (uint32_t i = 0; i < n && !inline_import; i++) {
      if (psa_command_is(uses[i], "Import-PSSession"))
        psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, use_del[i]), "");
      else
        psa_fix_add_edit(ctx, fx, uses[i]->statement_span, "Disconnect-MicrosoftTeams");
    }
    if (plan.target != PSA_TARGET_DELEGATED) psa_fix_declare_tenant_as(ctx, fx, plan.tenant_prefix, plan.tenant_all);
  }
  if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
  if (proxy) {
    /* the proxy settings went with -SessionOption: their statement too,
     * when a variable assigned once held them for this call alone */
    const psa_variable *pv = proxy_arg->value ? psa_value_var(proxy_arg->value) : NULL;
    if (pv && proxy->statement_span.end <= ctx->src->text_len &&
        pv->assigns[0].span.start == proxy->statement_span.start)
      psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, proxy->statement_span), "");
    fx->title = psa_ctx_printf(ctx, "%s; the -SessionOption proxy settings (New-PSSessionOption on line "
                                 "%u) are dropped: Connect-MicrosoftTeams has no -SessionOption "
                                 "parameter, so check how this machine reaches Microsoft 365 through "
                                 "its proxy",
                                 fx->title, psa_line_of(ctx, proxy->span.start));
    /* the plan says so too (the entry is this pass's own record) */
    psa_plan_entry *e = (psa_plan_entry *)psa_plan_connection_at(ctx, rule->id, cmd->span);
    if (e && e->why)
      e->why = psa_ctx_printf(ctx, "%s; -SessionOption (proxy settings, line %u) is dropped: "
                              "Connect-MicrosoftTeams has no -SessionOption parameter",
                              e->why, psa_line_of(ctx, proxy->span.start));
  }
  return true;
}

static void S_check_skype(psa_rule_ctx *ctx, const psa_rule *rule) {
  /* LyncOnlineConnector: the connector's module when the service was Lync Online */
  static const char *const names[] = {"SkypeOnlineConnector", "LyncOnlineConnector", NULL};
  uint32_t sessions = 0, sessions_rewritten = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "New-CsOnlineSession")) {
      S_source src;
      memset(&src, 0, sizeof(src));
      psa_buf_init(&src.text);
      const psa_arg *a = psa_command_arg(cmd, "Credential");
      if (a && a->value) S_source_of(ctx, a->value, &src);
      psa_finding *f = psa_report(
          ctx, rule, cmd->span,
          "%s is the Skype for Business Online Connector, retired: Microsoft replaces it with "
          "Connect-MicrosoftTeams (MicrosoftTeams module 2.0 or later), which loads the Cs* "
          "cmdlets itself, with no Import-PSSession%s%s%s; %s",
          S_cmd_label(ctx, cmd), src.text.data ? "; it signs in with a password (" : "",
          src.text.data ? src.text.data : "", src.text.data ? ")" : "",
          /* the sign-in the plan gives it (PSA201's rule) */
          psa_plan_signin_mode(ctx->model, cmd) == PSA_SIGNIN_INTERACTIVE
              ? "a person signs in with Connect-MicrosoftTeams (interactive modern "
                "authentication, with MFA)"
              : psa_ctx_printf(ctx, "unattended: %s, or Connect-MicrosoftTeams -Identity",
                               S_teams_cert));
      PSA_FOR_COMMANDS(ctx, use) {
        if (S_uses_session(ctx, use, cmd))
          psa_finding_related(ctx, f, use->span, "%s uses this session", use->name);
      }
      S_source_related(ctx, f, &src);
      const char *why = NULL;
      uint32_t fixes_before = f->fix_count;
      if (!S_fix_skype_session(ctx, rule, f, cmd, &why))
        psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                        psa_ctx_printf(ctx,
                                       "the Skype for Business Online Connector is retired and "
                                       "Connect-MicrosoftTeams (MicrosoftTeams module) replaces "
                                       "it, loading the Cs* cmdlets itself; not rewritten here "
                                       "because %s: change it to Connect-MicrosoftTeams by hand",
                                       why));
      psa_buf_free(&src.text);
      for (uint32_t k = fixes_before; k < f->fix_count; k++)
        if (f->fixes[k].applicability != PSA_FIX_DISPLAY) {
          sessions_rewritten++;
          break;
        }
      sessions++;
      continue;
    }
  }
  /* the connector's module: Import-Module MicrosoftTeams once every
   * session of the file is Connect-MicrosoftTeams (gone when the file
   * imports it already) */
  bool teams_imported = false;
  PSA_FOR_COMMANDS(ctx, cmd) {
    static const char *const teams[] = {"MicrosoftTeams", NULL};
    if (psa_command_is(cmd, "Import-Module") && S_module_call(ctx, cmd, teams)) teams_imported = true;
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    const char *mod = S_module_call(ctx, cmd, names);
    if (!mod) continue;
    psa_finding *f = psa_report(ctx, rule, cmd->span,
                                "%s %s: the Skype for Business Online Connector is deprecated and "
                                "replaced by the MicrosoftTeams module (Connect-MicrosoftTeams)",
                                S_cmd_label(ctx, cmd), mod);
    const psa_arg *a = psa_command_arg(cmd, "Name");
    if (!sessions || sessions_rewritten != sessions || !psa_command_is(cmd, "Import-Module") ||
        cmd->arg_count != 1 || !a || !a->value || a->value->kind != PSA_V_STRING ||
        a->value->span.end > ctx->src->text_len || cmd->in_string)
      continue;
    psa_fix *fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        teams_imported ? "Remove it: the file imports MicrosoftTeams, whose Connect-MicrosoftTeams "
                         "replaces the connector's session"
                       : "Import MicrosoftTeams instead: Connect-MicrosoftTeams replaces the "
                         "connector's session");
    if (teams_imported)
      psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, cmd->statement_span), "");
    else
      psa_fix_add_edit(ctx, fx, a->value->span, "MicrosoftTeams");
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    const psa_value *v =
        sessions && sessions_rewritten == sessions ? psa_fix_loader_arg(ctx, cmd, names) : NULL;
    if (!v) continue;
    psa_finding *f = psa_report(ctx, rule, v->span,
                                "%s loads %s, the Skype for Business Online Connector, which is retired "
                                "and replaced by the MicrosoftTeams module (Connect-MicrosoftTeams)",
                                cmd->name, v->str);
    psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                      "Load MicrosoftTeams instead: Connect-MicrosoftTeams replaces the "
                                      "connector's session");
    const char *t = ctx->src->text;
    char q = t[v->span.start];
    psa_fix_add_edit(ctx, fx, v->span,
                     q == '\'' || q == '"' ? psa_ctx_printf(ctx, "%cMicrosoftTeams%c", q, q) : "MicrosoftTeams");
  }
}

/* ---- PSA209: CSOM SharePointOnlineCredentials -------------------------- */

static const char S_spo_creds[] = "Microsoft.SharePoint.Client.SharePointOnlineCredentials";

static bool S_produces(const psa_rule_ctx *ctx, const psa_value *v, const psa_value *obj,
                       const psa_command *cmd) {
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16);
  for (uint32_t i = 0; i < n; i++) {
    if (prods[i] == obj) return true;
    if (cmd && prods[i]->kind == PSA_V_COMMAND && psa_value_cmd(prods[i]) == cmd) return true;
  }
  return false;
}

static void S_spo_creds_one(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *obj,
                            const psa_command *cmd) {
  const char *type = psa_object_type(ctx->model, obj, NULL, NULL);
  if (!type || !psa_type_is(type, S_spo_creds)) return;
  const psa_value *user = NULL, *pw = NULL;
  const char *from = NULL;
  if (psa_credential_parts(ctx->model, obj, &user, &pw)) from = S_password_desc(ctx, pw, 0);
  psa_finding *f = psa_report(
      ctx, rule, obj->span,
      "SharePointOnlineCredentials%s%s signs in to SharePoint Online with a user name and "
      "password through legacy IDCRL, blocked by default from February 16, 2026 and permanently "
      "from May 1, 2026; use PnP.PowerShell with a certificate (Connect-PnPOnline -Url <site-url> "
      "-ClientId <app-id> -Tenant <tenant>.onmicrosoft.com -Thumbprint <thumbprint>, then "
      "Get-PnPContext) or put an OAuth bearer token on the ClientContext in its "
      "ExecutingWebRequest event",
      from ? " built from " : "", from ? from : "");
  /* the finding's plan line: the context's sign-in is rewritten by hand */
  psa_plan_refuse(
      ctx, rule, obj->span, "SharePointOnlineCredentials",
      "a CSOM user-and-password credential has no statement-level rewrite: "
      "what "
      "reads it (a ClientContext's .Credentials, a web service proxy, an "
      "authentication cookie) needs an OAuth token instead, from "
      "PnP.PowerShell "
      "(Connect-PnPOnline with your Entra ID app, then Get-PnPContext) or a "
      "bearer "
      "token added in the context's ExecutingWebRequest event; psauth leaves "
      "that "
      "rewrite to you");
  for (uint32_t i = 0; i < ctx->model->member_assign_count; i++) {
    const psa_member_assignment *ma = &ctx->model->member_assigns[i];
    if (ma->value && S_produces(ctx, ma->value, obj, cmd))
      psa_finding_related(ctx, f, ma->span, "assigned to .%s here", ma->member ? ma->member : "?");
  }
}

static void S_check_spo_csom(psa_rule_ctx *ctx, const psa_rule *rule) {
  for (uint32_t i = 0; i < ctx->model->call_count; i++) {
    const psa_value *v = ctx->model->calls[i];
    if (v->kind == PSA_V_NEW_OBJECT) S_spo_creds_one(ctx, rule, v, NULL);
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "New-Object")) continue;
    psa_value v;
    memset(&v, 0, sizeof(v));
    v.kind = PSA_V_COMMAND;
    v.by_kind.cmd = (psa_command *)cmd;
    v.span = cmd->span;
    S_spo_creds_one(ctx, rule, &v, cmd);
  }
}

/* ---- PSA210: Azure Automation credential assets ------------------------ */

static void S_check_automation(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Get-AutomationPSCredential")) continue;
    const char *name = psa_rule_arg_string(ctx, cmd, "Name");
    const char *asset = name ? psa_ctx_printf(ctx, "Azure Automation credential asset '%s'", name)
                             : "Azure Automation credential asset";
    /* consumers: -Credential style arguments this credential reaches */
    const psa_command *users[S_MAX_RELATED];
    const psa_arg *user_args[S_MAX_RELATED];
    uint32_t nusers = 0;
    PSA_FOR_COMMANDS(ctx, use) {
      for (uint32_t i = 0; i < use->arg_count && nusers < S_MAX_RELATED; i++) {
        const psa_arg *a = &use->args[i];
        if (a->via == PSA_BIND_UNBOUND || !S_is_cred_param(a->param) || !a->value) continue;
        psa_origin o[8];
        uint32_t n = psa_value_origins(ctx->model, a->value, o, 8);
        bool hit = false;
        for (uint32_t k = 0; k < n; k++) {
          if (o[k].kind == PSA_ORIGIN_AUTOMATION && o[k].cmd == cmd) hit = true;
          /* a new PSCredential built from the asset's .UserName / .Password */
          const psa_value *cu = NULL, *cp = NULL;
          if (o[k].kind == PSA_ORIGIN_CREDENTIAL &&
              psa_credential_parts(ctx->model, o[k].value, &cu, &cp) && cp) {
            psa_origin po[8];
            uint32_t pn = psa_value_origins(ctx->model, cp, po, 8);
            for (uint32_t j = 0; j < pn; j++)
              if (po[j].kind == PSA_ORIGIN_AUTOMATION && po[j].cmd == cmd) hit = true;
          }
        }
        if (hit) {
          users[nusers] = use;
          user_args[nusers] = a;
          nusers++;
        }
      }
    }
    if (!nusers) {
      psa_finding *f = psa_report(ctx, rule, cmd->span,
                                  "%s: a stored user name and password; prefer the Automation "
                                  "account's managed identity",
                                  asset);
      f->severity = PSA_SEV_INFO;
      continue;
    }
    const S_conn *c = S_conn_of(users[0]);
    const char *mi = c ? S_fill_url(ctx, users[0], c->mi) : NULL;
    if (psa_command_is(users[0], "Connect-MgGraph")) mi = "Connect-MgGraph -Identity";
    psa_finding *f = psa_report(
        ctx, rule, cmd->span,
        "%s, a stored user name and password, is used for %s -%s on line %u%s; give the Automation "
        "account a managed identity and connect with it%s%s%s",
        asset, users[0]->name, user_args[0]->param, psa_line_of(ctx, users[0]->span.start),
        nusers > 1 ? psa_ctx_printf(ctx, " and %u more call%s", nusers - 1, nusers > 2 ? "s" : "")
                   : "",
        mi ? " (" : "", mi ? mi : "", mi ? ")" : "");
    for (uint32_t i = 0; i < nusers; i++)
      psa_finding_related(ctx, f, users[i]->span, "%s -%s uses it", users[i]->name,
                          user_args[i]->param);
  }
}


/* ---- PSA211: Connect-MicrosoftTeams -AccessTokens from a client secret -- */

/* Whether a request body carries a client secret: a client_secret key in
 * a hashtable (literal or added later), or client_secret= in a form string. */
static bool S_body_has_secret(psa_rule_ctx *ctx, const psa_value *body) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, body, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i];
    for (uint32_t k = 0; p->kind == PSA_V_HASH && k < p->entry_count; k++)
      if (psa_value_entries(p)[k].key &&
          !psa_strcasecmp(psa_value_entries(p)[k].key, "client_secret"))
        return true;
    const char *str = psa_value_string(ctx->model, p);
    if (str && psa_contains_ci(str, "client_secret=")) return true;
    for (uint32_t k = 0; p->kind == PSA_V_INTERP && k < p->item_count; k++)
      if (p->items[k]->kind == PSA_V_STRING && psa_contains_ci(p->items[k]->str, "client_secret="))
        return true;
  }
  if (body->kind == PSA_V_VARIABLE && psa_value_var(body))
    for (uint32_t k = 0; k < psa_value_var(body)->entry_count; k++)
      if (psa_value_var(body)->entries[k].key &&
          !psa_strcasecmp(psa_value_var(body)->entries[k].key, "client_secret"))
        return true;
  return false;
}

/* The token request with a client secret that a token value comes from. */
static const psa_command *S_secret_token_request(psa_rule_ctx *ctx, const psa_value *token) {
  psa_origin o[8];
  uint32_t n = psa_value_origins(ctx->model, token, o, 8);
  for (uint32_t i = 0; i < n; i++) {
    const psa_command *c = o[i].cmd;
    if (!c || (!psa_command_is(c, "Invoke-RestMethod") && !psa_command_is(c, "Invoke-WebRequest")))
      continue;
    const psa_arg *b = psa_command_arg(c, "Body");
    if (b && b->value && S_body_has_secret(ctx, b->value)) return c;
  }
  return NULL;
}

static void S_check_teams_tokens(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Connect-MicrosoftTeams")) continue;
    const psa_arg *a = psa_command_arg(cmd, "AccessTokens");
    if (!a || !a->value) continue;
    /* @($graphToken, $teamsToken): each token on its own */
    const psa_value *prods[8], *tokens[8];
    uint32_t np = psa_value_producers(ctx->model, a->value, prods, 8), nt = 0;
    for (uint32_t i = 0; i < np; i++) {
      if (prods[i]->kind == PSA_V_ARRAY)
        for (uint32_t k = 0; k < prods[i]->item_count && nt < 8; k++) tokens[nt++] = prods[i]->items[k];
      else if (nt < 8)
        tokens[nt++] = prods[i];
    }
    const psa_command *req[8];
    uint32_t nr = 0;
    for (uint32_t i = 0; i < nt; i++) {
      const psa_command *r = S_secret_token_request(ctx, tokens[i]);
      bool seen = false;
      for (uint32_t k = 0; k < nr; k++)
        if (req[k] == r) seen = true;
      if (r && !seen) req[nr++] = r;
    }
    if (!nr) continue;
    psa_finding *f = psa_report(
        ctx, rule, a->via == PSA_BIND_NAMED ? a->span : cmd->span,
        "%s -AccessTokens signs in with tokens requested with an app client secret (line %u), a "
        "secret the script has to keep; use certificate-based app authentication (%s)",
        S_cmd_label(ctx, cmd), psa_line_of(ctx, req[0]->span.start), S_teams_cert);
    for (uint32_t k = 0; k < nr; k++)
      psa_finding_related(ctx, f, req[k]->span, "token requested with client_secret here");
  }
}

/* ---- PSA212: the retired AADRM module ---------------------------------- */

/* AADRM, the Azure Rights Management module, replaced by AIPService; its
 * connection cmdlet (Connect-AADRMService as scripts often write it). */
static const char *const S_aadrm_modules[] = {"AADRM", NULL};

static void S_check_aadrm(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    const char *mod = S_module_call(ctx, cmd, S_aadrm_modules);
    if (mod) {
      psa_report(ctx, rule, cmd->span,
                 "%s %s: the Azure Rights Management module, whose support ended July 15, 2020; "
                 "AIPService replaces it (Install-Module AIPService), and keeps the AADRM cmdlet "
                 "names as aliases",
                 S_cmd_label(ctx, cmd), mod);
      continue;
    }
    if (cmd->local_function || cmd->dynamic || psa_strcasecmp(cmd->name, "Connect-AadrmService"))
      continue;
    const psa_arg *cred = psa_command_arg(cmd, "Credential");
    psa_report(ctx, rule, cmd->span,
               "Connect-AadrmService is the connection of the AADRM module, whose support ended "
               "July 15, 2020; connect with Connect-AipService from the AIPService module%s",
               cred ? ": it takes a -Credential (user name and password) or an -AccessToken, and "
                      "has no certificate sign-in, so an unattended script keeps a stored "
                      "password or requests a token itself"
                    : "");
    /* no certificate or managed-identity sign-in to rewrite to, and the
     * module swap is an install on the machine that runs the script */
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    "Connect-AipService (AIPService, which replaces AADRM) signs in with a "
                    "prompt, -Credential or -AccessToken only, no certificate: install "
                    "AIPService and rename the cmdlet by hand (Connect-AadrmService stays "
                    "working as its alias meanwhile)");
  }
}

/* ---- the family -------------------------------------------------------- */

static const char *const S_needles_connect[] = {"connect-", "account", NULL};
static const char *const S_needles_msol[] = {"msol", "msonline", NULL};
static const char *const S_needles_azuread[] = {"azuread", NULL};
static const char *const S_needles_pnp[] = {"pnp", "sponline", NULL};
static const char *const S_needles_skype[] = {"csonlinesession", "skypeonlineconnector",
                                              "lynconlineconnector", NULL};
static const char *const S_needles_csom[] = {"sharepointonlinecredentials", NULL};
static const char *const S_needles_automation[] = {"automationpscredential", NULL};
static const char *const S_needles_teams_tokens[] = {"accesstokens", NULL};
static const char *const S_needles_aadrm[] = {"aadrm", NULL};

static const psa_rule S_credential_connect = {
    "PSA201", "credential-connect", PSA_KIND_CREDENTIAL_CONNECT, PSA_SEV_WARNING,
    "Microsoft 365 or Azure Connect-* cmdlet given a user name and password credential", NULL,
    S_needles_connect, S_check_credential_connect};
static const psa_rule S_msonline = {
    "PSA202", "msonline-module", PSA_KIND_MSONLINE, PSA_SEV_ERROR,
    "Connect-MsolService, or Import-Module / Install-Module MSOnline",
    "MSOnline retired April-May 2025", S_needles_msol, S_check_msonline};
static const psa_rule S_azuread = {
    "PSA203", "azuread-module", PSA_KIND_AZUREAD, PSA_SEV_ERROR,
    "Connect-AzureAD, or Import-Module / Install-Module AzureAD or AzureADPreview",
    "AzureAD deprecated March 30, 2024; retired after MSOnline (reported from July 1, 2025)",
    S_needles_azuread, S_check_azuread};
static const psa_rule S_msol_cmdlets = {
    "PSA204", "msonline-cmdlets", PSA_KIND_MSONLINE, PSA_SEV_INFO,
    "Summary of the *-Msol* cmdlet calls to rewrite with Microsoft Graph PowerShell",
    "MSOnline retired April-May 2025", S_needles_msol, S_check_msol_cmdlets};
static const psa_rule S_azuread_cmdlets = {
    "PSA205", "azuread-cmdlets", PSA_KIND_AZUREAD, PSA_SEV_INFO,
    "Summary of the *-AzureAD* cmdlet calls to rewrite with Microsoft Graph PowerShell",
    "AzureAD deprecated March 30, 2024", S_needles_azuread, S_check_azuread_cmdlets};
static const psa_rule S_pnp_legacy = {
    "PSA206", "pnp-legacy-login", PSA_KIND_LEGACY_MODULE, PSA_SEV_ERROR,
    "Connect-PnPOnline -UseWebLogin, -SPOManagementShell, -PnPManagementShell, "
    "Register-PnPManagementShellAccess, or the retired SharePointPnPPowerShellOnline module "
    "(Connect-SPOnline, installs and imports)",
    "PnP Management Shell app deleted September 9, 2024; -UseWebLogin removed in PnP.PowerShell "
    "3.0.0",
    S_needles_pnp, S_check_pnp_legacy};
static const psa_rule S_client_secret = {
    "PSA207", "client-secret-connect", PSA_KIND_CLIENT_SECRET, PSA_SEV_WARNING,
    "Connection with an app client secret: PnP ACS -ClientSecret, Connect-MgGraph "
    "-ClientSecretCredential or -EnvironmentVariable, Connect-AzAccount -ServicePrincipal "
    "-Credential",
    "SharePoint ACS app-only stopped working April 2, 2026", S_needles_connect,
    S_check_client_secret};
static const psa_rule S_skype = {
    "PSA208", "skype-online-connector", PSA_KIND_LEGACY_MODULE, PSA_SEV_ERROR,
    "Skype for Business Online Connector: New-CsOnlineSession, Import-Module SkypeOnlineConnector",
    "Deprecated; replaced by Connect-MicrosoftTeams", S_needles_skype, S_check_skype};
static const psa_rule S_spo_csom = {
    "PSA209", "sharepoint-csom-credentials", PSA_KIND_LEGACY_MODULE, PSA_SEV_ERROR,
    "CSOM Microsoft.SharePoint.Client.SharePointOnlineCredentials (user name and password)",
    "IDCRL blocked by default February 16, 2026; permanently May 1, 2026", S_needles_csom,
    S_check_spo_csom};
static const psa_rule S_automation = {
    "PSA210", "automation-credential", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_WARNING,
    "Azure Automation credential asset (Get-AutomationPSCredential) used to sign in", NULL,
    S_needles_automation, S_check_automation};

static const psa_rule S_teams_tokens = {
    "PSA211", "teams-tokens-client-secret", PSA_KIND_CLIENT_SECRET, PSA_SEV_WARNING,
    "Connect-MicrosoftTeams -AccessTokens with tokens requested with a client secret", NULL,
    S_needles_teams_tokens, S_check_teams_tokens};

static const psa_rule S_aadrm = {
    "PSA212", "aadrm-module", PSA_KIND_LEGACY_MODULE, PSA_SEV_ERROR,
    "Connect-AadrmService, or Import-Module / Install-Module AADRM (Azure Rights Management)",
    "AADRM support ended July 15, 2020; replaced by AIPService", S_needles_aadrm, S_check_aadrm};

const psa_rule *const psa_rules_modules[] = {
    &S_credential_connect, &S_msonline,   &S_azuread, &S_msol_cmdlets, &S_azuread_cmdlets,
    &S_pnp_legacy,         &S_client_secret, &S_skype, &S_spo_csom,     &S_automation,
    &S_teams_tokens,       &S_aadrm,        NULL};

/* Rule family PSA1xx: Exchange Online, Security & Compliance and EOP remote
 * PowerShell, the EXO V1 module, and the ExchangeOnlineManagement module used
 * the legacy way. Facts (hosts, dates) from the domain catalogue, sections
 * 0, 1.1-1.5. */
#include <stdio.h>
#include <stdlib.h>

#include "rules/rules.h"

typedef enum { S_SVC_EXO, S_SVC_SCC, S_SVC_EOP, S_SVC_GERMANY, S_SVC_UNKNOWN } S_service;

typedef struct {
  const char *host;
  S_service service;
  const char *environment; /* -ExchangeEnvironmentName for sovereign clouds */
} S_endpoint;

/* Remote PowerShell endpoints (catalogue 1.1). */
static const S_endpoint S_endpoints[] = {
    {"outlook.office365.com", S_SVC_EXO, NULL},
    {"ps.outlook.com", S_SVC_EXO, NULL},
    {"outlook.office365.us", S_SVC_EXO, "O365USGovGCCHigh"},
    {"webmail.apps.mil", S_SVC_EXO, "O365USGovDoD"},
    {"partner.outlook.cn", S_SVC_EXO, "O365China"},
    {"outlook.office.de", S_SVC_GERMANY, NULL},
    {"ps.compliance.protection.outlook.com", S_SVC_SCC, NULL},
    {"ps.compliance.protection.office365.us", S_SVC_SCC, NULL},
    {"l5.ps.compliance.protection.office365.us", S_SVC_SCC, NULL},
    {"ps.compliance.protection.partner.outlook.cn", S_SVC_SCC, NULL},
    {"compliance.dod.microsoft.com", S_SVC_SCC, NULL},
    {"ps.compliance.protection.outlook.de", S_SVC_GERMANY, NULL},
    {"ps.protection.outlook.com", S_SVC_EOP, NULL},
    {"ps.protection.outlook.de", S_SVC_GERMANY, NULL},
    {NULL, S_SVC_UNKNOWN, NULL}};

static const S_endpoint *S_endpoint_for(const char *uri) {
  char host[256];
  psa_uri_host(uri, host, sizeof(host));
  for (int i = 0; S_endpoints[i].host; i++)
    if (!strcmp(host, S_endpoints[i].host)) return &S_endpoints[i];
  /* other US-Government hosts are treated as EXO/SCC generically */
  size_t n = strlen(host);
  if (n > 13 && !strcmp(host + n - 13, ".office365.us")) return &S_endpoints[2];
  return NULL;
}

typedef struct {
  bool exchange;            /* -ConfigurationName Microsoft.Exchange */
  bool cloud;               /* URI names a Microsoft 365 endpoint */
  bool basic;               /* -Authentication Basic */
  bool kerberos;
  const S_endpoint *endpoint;
  const char *uri;
  const psa_arg *uri_arg;
} S_session;

static bool S_session_of(const psa_rule_ctx *ctx, const psa_command *cmd, S_session *s) {
  memset(s, 0, sizeof(*s));
  if (!psa_command_is(cmd, "New-PSSession")) return false;
  const char *conf = psa_rule_arg_string(ctx, cmd, "ConfigurationName");
  s->exchange = conf && !psa_strcasecmp(conf, "Microsoft.Exchange");
  s->uri_arg = psa_command_arg(cmd, "ConnectionUri");
  s->uri = s->uri_arg && s->uri_arg->value ? psa_value_string(ctx->model, s->uri_arg->value) : NULL;
  if (s->uri) {
    s->endpoint = S_endpoint_for(s->uri);
    s->cloud = s->endpoint != NULL || psa_contains_ci(s->uri, "/powershell-liveid");
  }
  const char *auth = psa_rule_arg_string(ctx, cmd, "Authentication");
  s->basic = auth && !psa_strcasecmp(auth, "Basic");
  s->kerberos = auth && (!psa_strcasecmp(auth, "Kerberos") || !psa_strcasecmp(auth, "Negotiate"));
  return s->exchange || s->cloud;
}

/* Whether PSA101 treats the session as Exchange Online: a Microsoft 365
 * endpoint, or basic authentication to a host not known statically (it may
 * be Exchange Online). A known host that is not a Microsoft 365 endpoint is
 * on-premises: PSA102 (and PSA104 for basic authentication). */
static bool S_maybe_online(const S_session *s) { return s->cloud || (s->basic && !s->uri); }

static const char *S_service_name(const S_session *s) {
  if (!s->endpoint) return "Exchange Online";
  switch (s->endpoint->service) {
    case S_SVC_SCC: return "Security & Compliance";
    case S_SVC_EOP: return "Exchange Online Protection";
    case S_SVC_GERMANY: return "Office 365 Germany";
    default: return "Exchange Online";
  }
}

/* The session commands (New-PSSession ...) that 'cmd' uses when it is
 * Import-PSSession $s, Export-PSSession, Invoke-Command -Session $s,
 * Enter-PSSession $s or Remove-PSSession $s. */
static uint32_t S_sessions_used(const psa_rule_ctx *ctx, const psa_command *cmd,
                                const psa_command **out, uint32_t max) {
  if (!psa_command_is(cmd, "Import-PSSession") && !psa_command_is(cmd, "Export-PSSession") &&
      !psa_command_is(cmd, "Invoke-Command") && !psa_command_is(cmd, "Enter-PSSession") &&
      !psa_command_is(cmd, "Remove-PSSession"))
    return 0;
  const psa_arg *a = psa_command_arg(cmd, "Session");
  const psa_value *v = a ? a->value : NULL;
  if (!v && psa_command_is(cmd, "Enter-PSSession")) {
    /* Enter-PSSession $s binds -ComputerName by position; a session works too */
    a = psa_command_arg(cmd, "ComputerName");
    v = a ? a->value : NULL;
  }
  if (!v && cmd->pipeline_input) v = cmd->pipeline_input;
  if (!v) return 0;
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16), k = 0;
  for (uint32_t i = 0; i < n && k < max; i++)
    if (prods[i]->kind == PSA_V_COMMAND && prods[i]->cmd != cmd) out[k++] = prods[i]->cmd;
  return k;
}

/* Every (session, use) pair of the file, sorted by session, built in one
 * pass so that rules never compare every command with every other. */
typedef struct {
  const psa_command *session, *use;
} S_pair;

typedef struct {
  S_pair *pairs;
  uint32_t count;
} S_uses;

static int S_pair_order(const void *a, const void *b) {
  const S_pair *x = a, *y = b;
  if (x->session != y->session) return (uintptr_t)x->session < (uintptr_t)y->session ? -1 : 1;
  return x->use->span.start < y->use->span.start ? -1 : x->use->span.start > y->use->span.start;
}

static void S_uses_build(const psa_rule_ctx *ctx, S_uses *u) {
  uint32_t cap = 0;
  u->pairs = NULL;
  u->count = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    const psa_command *sess[8];
    uint32_t n = S_sessions_used(ctx, cmd, sess, 8);
    for (uint32_t i = 0; i < n; i++) {
      if (u->count == cap) {
        cap = cap ? cap * 2 : 16;
        u->pairs = psa_xrealloc(u->pairs, cap * sizeof(*u->pairs));
      }
      u->pairs[u->count++] = (S_pair){sess[i], cmd};
    }
  }
  if (u->count) qsort(u->pairs, u->count, sizeof(*u->pairs), S_pair_order);
}

/* The first pair of 'session' (or u->count when it has none). */
static uint32_t S_uses_first(const S_uses *u, const psa_command *session) {
  uint32_t lo = 0, hi = u->count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if ((uintptr_t)u->pairs[mid].session < (uintptr_t)session) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

#define S_FOR_USES(u, sess, use)                                                          \
  for (uint32_t use##_i = S_uses_first((u), (sess));                                     \
       use##_i < (u)->count && (u)->pairs[use##_i].session == (sess); use##_i++)          \
    for (const psa_command *use = (u)->pairs[use##_i].use; use; use = NULL)

static const psa_command *S_exo_session_of_use(const psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_command *sess[8];
  uint32_t n = S_sessions_used(ctx, cmd, sess, 8);
  for (uint32_t i = 0; i < n; i++) {
    S_session ses;
    /* a known Microsoft 365 endpoint only: for a host not known statically
     * PSA101 says "if this is Exchange Online" and lists the uses */
    if (S_session_of(ctx, sess[i], &ses) && ses.cloud) return sess[i];
  }
  return NULL;
}

/* ---- PSA101 ----------------------------------------------------------- */

/* Source text of an argument's value, for carrying it over unchanged. */
static bool S_overlaps(psa_span a, psa_span b) { return a.start < b.end && b.start < a.end; }

static void S_fix_rps(psa_rule_ctx *ctx, psa_finding *f, const psa_command *cmd, const S_session *s,
                      const S_uses *uses) {
  if (!s->cloud || !s->endpoint || s->endpoint->service == S_SVC_GERMANY) return;
  if (s->uri && psa_contains_ci(s->uri, "BasicAuthToOAuthConversion")) return;
  bool scc = s->endpoint->service == S_SVC_SCC;
  if (scc && strcmp(s->endpoint->host, "ps.compliance.protection.outlook.com")) return; /* sovereign SCC: manual */
  psa_buf line;
  psa_buf_init(&line);
  psa_buf_printf(&line, "%s %s", scc ? "Connect-IPPSSession" : "Connect-ExchangeOnline",
                 psa_fix_cert_params(ctx, "-AppId", "-Organization", "-CertificateThumbprint"));
  if (s->endpoint->environment)
    psa_buf_printf(&line, " -ExchangeEnvironmentName %s", s->endpoint->environment);
  const char *dorg = s->uri ? strstr(s->uri, "DelegatedOrg=") : NULL;
  if (!dorg && s->uri) dorg = strstr(s->uri, "delegatedorg=");
  if (dorg) {
    dorg += 13;
    size_t n = strcspn(dorg, "&#");
    psa_buf_printf(&line, " -DelegatedOrganization '%.*s'", (int)n, dorg);
  }
  /* carry Import-PSSession -Prefix / -CommandName over */
  S_FOR_USES(uses, cmd, use) {
    if (!psa_command_is(use, "Import-PSSession")) continue;
    const char *prefix = psa_rule_arg_source(ctx, use, "Prefix", false);
    const char *names = psa_rule_arg_source(ctx, use, "CommandName", false);
    if (prefix) psa_buf_printf(&line, " -Prefix %s", prefix);
    if (names) psa_buf_printf(&line, " -CommandName %s", names);
    break;
  }
  if (!scc) psa_buf_puts(&line, " -ShowBanner:$false");
  psa_fix *fx = psa_finding_add_fix(
      ctx, f, PSA_FIX_UNSAFE,
      scc ? "Replace the remote PowerShell session with Connect-IPPSSession (certificate, app-only)"
          : "Replace the remote PowerShell session with Connect-ExchangeOnline (certificate, app-only)");
  psa_fix_add_edit(ctx, fx, cmd->statement_span, line.data);
  psa_buf_free(&line);
  S_FOR_USES(uses, cmd, use) {
    if (S_overlaps(use->statement_span, cmd->statement_span)) continue;
    if (psa_command_is(use, "Import-PSSession"))
      psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, use->statement_span), "");
    else if (psa_command_is(use, "Remove-PSSession"))
      psa_fix_add_edit(ctx, fx, use->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  }
  /* Get-PSSession | Remove-PSSession: every session goes, ours included */
  PSA_FOR_COMMANDS(ctx, rm) {
    if (!psa_command_is(rm, "Remove-PSSession") || !rm->pipeline_input ||
        rm->pipeline_input->kind != PSA_V_COMMAND ||
        !psa_command_is(rm->pipeline_input->cmd, "Get-PSSession") ||
        rm->pipeline_input->cmd->arg_count || rm->arg_count)
      continue;
    if (rm->statement_span.start == rm->pipeline_input->cmd->span.start &&
        rm->statement_span.end == rm->span.end)
      psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  }
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
  psa_fix_declare_tenant(ctx, fx);
}


static void S_check_rps(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_uses uses;
  S_uses_build(ctx, &uses);
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (!S_session_of(ctx, cmd, &s)) continue;
    if (!S_maybe_online(&s)) continue; /* on-premises: PSA102 */
    psa_buf extra;
    psa_buf_init(&extra);
    if (s.endpoint && s.endpoint->environment)
      psa_buf_printf(&extra, "; add -ExchangeEnvironmentName %s", s.endpoint->environment);
    if (s.uri && psa_contains_ci(s.uri, "DelegatedOrg="))
      psa_buf_puts(&extra, "; carry ?DelegatedOrg= over as -DelegatedOrganization");
    if (s.uri && psa_contains_ci(s.uri, "BasicAuthToOAuthConversion"))
      psa_buf_puts(&extra, "; pass the OAuth token with -AccessToken instead of a credential");
    const char *target = s.endpoint && s.endpoint->service == S_SVC_SCC ? "Connect-IPPSSession"
                                                                        : "Connect-ExchangeOnline";
    psa_finding *f;
    if (!s.cloud) {
      /* basic auth to a host that is not a Microsoft 365 endpoint */
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to Exchange remote PowerShell on %s with basic authentication: "
                     "if this is Exchange Online it stopped working (basic auth retired in "
                     "2022-23, remote PowerShell disabled October 1, 2023) — use "
                     "Connect-ExchangeOnline with a certificate; on-premises, prefer Kerberos",
                     s.uri ? s.uri : "a host not known statically");
    } else if (s.endpoint && s.endpoint->service == S_SVC_GERMANY) {
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to %s remote PowerShell: that cloud closed on October 29, 2021 "
                     "and the endpoint is dead; remove the connection",
                     S_service_name(&s));
    } else {
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to %s remote PowerShell%s (%s); connect with %s using a "
                     "certificate (app-only)%s",
                     S_service_name(&s), s.basic ? " with basic authentication" : "",
                     s.basic ? "basic auth retired in 2022-23, remote PowerShell disabled October 1, 2023"
                             : "remote PowerShell disabled October 1, 2023",
                     target, extra.data ? extra.data : "");
    }
    psa_buf_free(&extra);
    S_FOR_USES(&uses, cmd, use) {
      psa_finding_related(ctx, f, use->span, "%s uses this session", use->name);
    }
    S_fix_rps(ctx, f, cmd, &s, &uses);
  }
  free(uses.pairs);
}

/* ---- PSA102 ----------------------------------------------------------- */

static void S_check_onprem(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (!S_session_of(ctx, cmd, &s) || S_maybe_online(&s)) continue;
    psa_report(ctx, rule, cmd->span,
               "New-PSSession to Exchange remote PowerShell on %s%s: %s; if this is Exchange "
               "Online, use Connect-ExchangeOnline",
               s.uri ? s.uri : "a host not known statically",
               s.kerberos ? " with Kerberos" : s.basic ? " with basic authentication" : "",
               s.basic ? "an on-premises Exchange server, not Exchange Online (PSA104 reports "
                         "the basic authentication)"
                       : "not Exchange Online basic authentication");
  }
}

/* ---- PSA103 ----------------------------------------------------------- */

static void S_check_session_use(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Remove-PSSession")) continue; /* harmless; shown as related */
    const psa_command *s = S_exo_session_of_use(ctx, cmd);
    if (!s) continue;
    const char *what = psa_command_is(cmd, "Import-PSSession")
                           ? "Import-PSSession of an Exchange Online remote PowerShell session; "
                             "Connect-ExchangeOnline loads the cmdlets itself (carry -Prefix and "
                             "-CommandName over to it)"
                           : psa_command_is(cmd, "Invoke-Command")
                                 ? "Invoke-Command on an Exchange Online remote PowerShell session; "
                                   "run the cmdlets directly after Connect-ExchangeOnline"
                                 : "remote PowerShell session use that stops working with it; use "
                                   "Connect-ExchangeOnline";
    psa_finding *f = psa_report(ctx, rule, cmd->span, "%s", what);
    psa_finding_related(ctx, f, s->span, "session created here (line %u)",
                        psa_line_of(ctx, s->span.start));
  }
}

/* ---- PSA104: -Authentication Basic on remoting cmdlets ---------------- */

static void S_check_basic_flag(psa_rule_ctx *ctx, const psa_rule *rule) {
  static const char *const remoting[] = {"New-PSSession", "Enter-PSSession", "Invoke-Command",
                                         "New-PSSessionOption", "Connect-WSMan", "New-CimSession",
                                         NULL};
  PSA_FOR_COMMANDS(ctx, cmd) {
    bool is_remoting = false;
    for (int i = 0; remoting[i]; i++)
      if (psa_command_is(cmd, remoting[i])) is_remoting = true;
    if (!is_remoting) continue;
    S_session s;
    if (S_session_of(ctx, cmd, &s) && S_maybe_online(&s)) continue; /* PSA101 says it */
    const psa_arg *a = psa_command_arg(cmd, "Authentication");
    const char *auth = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (!auth || psa_strcasecmp(auth, "Basic")) continue;
    psa_report(ctx, rule, a->span,
               "%s with -Authentication Basic sends the password with every request; Microsoft "
               "365 refuses basic authentication — use certificate-based authentication",
               cmd->name);
  }
}

/* ---- PSA105: WinRM client Basic enabled -------------------------------- */

static void S_check_winrm(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function) continue;
    bool hit = false;
    if (!psa_strcasecmp(cmd->name, "winrm") || !psa_strcasecmp(cmd->name, "winrm.cmd")) {
      /* winrm set winrm/config/client/auth @{Basic="true"} */
      bool set = false, auth = false, basic = false;
      for (uint32_t i = 0; i < cmd->arg_count; i++) {
        const psa_value *v = cmd->args[i].value;
        const char *s = v ? psa_value_string(ctx->model, v) : NULL;
        if (s && (!psa_strcasecmp(s, "set") || !psa_strcasecmp(s, "s"))) set = true;
        if (s && psa_contains_ci(s, "client/auth")) auth = true;
        /* winrm set ... '@{Basic="true"}': the hashtable quoted for cmd.exe */
        if (s && psa_contains_ci(s, "basic=\"true\"")) basic = true;
        if (v && v->kind == PSA_V_HASH)
          for (uint32_t k = 0; k < v->entry_count; k++) {
            const char *val = psa_value_string(ctx->model, v->entries[k].value);
            if (v->entries[k].key && !psa_strcasecmp(v->entries[k].key, "Basic") && val &&
                !psa_strcasecmp(val, "true"))
              basic = true;
          }
      }
      hit = set && auth && basic;
    } else if (psa_command_is(cmd, "Set-Item")) {
      const char *path = psa_rule_arg_string(ctx, cmd, "Path");
      const char *val = psa_rule_arg_string(ctx, cmd, "Value");
      const psa_arg *va = psa_command_arg(cmd, "Value");
      bool truth = (val && !psa_strcasecmp(val, "true")) ||
                   (va && va->value && va->value->kind == PSA_V_BOOL && va->value->truth);
      hit = path && psa_contains_ci(path, "wsman:") && psa_contains_ci(path, "client\\auth\\basic") && truth;
    } else if (psa_command_is(cmd, "Set-WSManInstance")) {
      const char *uri = psa_rule_arg_string(ctx, cmd, "ResourceURI");
      const psa_arg *vs = psa_command_arg(cmd, "ValueSet");
      if (uri && psa_contains_ci(uri, "client/auth") && vs && vs->value && vs->value->kind == PSA_V_HASH)
        for (uint32_t k = 0; k < vs->value->entry_count; k++) {
          const char *val = psa_value_string(ctx->model, vs->value->entries[k].value);
          if (vs->value->entries[k].key && !psa_strcasecmp(vs->value->entries[k].key, "Basic") &&
              val && !psa_strcasecmp(val, "true"))
            hit = true;
        }
    }
    if (hit)
      psa_report(ctx, rule, cmd->span,
                 "enables WinRM client basic authentication, which only the retired Exchange "
                 "Online remote PowerShell needed; REST-based Connect-ExchangeOnline does not — "
                 "remove it");
  }
}

/* ---- PSA110: EXO V1 module -------------------------------------------- */

static void S_check_v1(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function) continue;
    if (!psa_strcasecmp(cmd->name, "Connect-EXOPSSession") ||
        !psa_strcasecmp(cmd->name, "New-ExoPSSession")) {
      psa_finding *f = psa_report(ctx, rule, cmd->span,
                 "%s is the Exchange Online Remote PowerShell Module (EXO V1), which can no longer "
                 "connect (December 31, 2022); use Connect-ExchangeOnline from the "
                 "ExchangeOnlineManagement module",
                 cmd->name);
      /* Connect-EXOPSSession [-UserPrincipalName u] [-DelegatedOrganization d]:
       * the same parameters exist on Connect-ExchangeOnline */
      bool simple = !psa_strcasecmp(cmd->name, "Connect-EXOPSSession") && !cmd->invoke_operator;
      for (uint32_t i = 0; simple && i < cmd->arg_count; i++) {
        const char *p = cmd->args[i].param;
        if (!p || cmd->args[i].via != PSA_BIND_NAMED ||
            (psa_strcasecmp(p, "UserPrincipalName") && psa_strcasecmp(p, "DelegatedOrganization")))
          simple = false;
      }
      if (simple) {
        psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE,
                                          "Use Connect-ExchangeOnline (ExchangeOnlineManagement)");
        psa_fix_add_edit(ctx, fx, cmd->name_span, "Connect-ExchangeOnline");
      }
      continue;
    }
    /* the ClickOnce loader: Import-Module ...ExoPowershellModule.dll,
     * Get-ChildItem -Filter ExoPowershellModule.dll, . CreateExoPSSession.ps1 */
    const char *hit = NULL;
    if (cmd->dot_source && psa_contains_ci(cmd->written, "CreateExoPSSession.ps1")) hit = "CreateExoPSSession.ps1";
    /* . "$dir\CreateExoPSSession.ps1": look at the constant parts */
    const psa_value *nv = cmd->name_value;
    for (uint32_t k = 0; !hit && nv && nv->kind == PSA_V_INTERP && k < nv->item_count; k++)
      if (nv->items[k]->kind == PSA_V_STRING &&
          psa_contains_ci(nv->items[k]->str, "CreateExoPSSession.ps1"))
        hit = "CreateExoPSSession.ps1";
    for (uint32_t i = 0; !hit && i < cmd->arg_count; i++) {
      const char *s = cmd->args[i].value ? psa_value_string(ctx->model, cmd->args[i].value) : NULL;
      if (!s && cmd->args[i].value && cmd->args[i].value->kind == PSA_V_INTERP) {
        /* "$dir\Microsoft.Exchange.Management.ExoPowershellModule.dll" */
        const psa_value *v = cmd->args[i].value;
        for (uint32_t k = 0; k < v->item_count; k++)
          if (v->items[k]->kind == PSA_V_STRING &&
              psa_contains_ci(v->items[k]->str, "ExoPowershellModule.dll"))
            hit = "ExoPowershellModule.dll";
      }
      if (s && psa_contains_ci(s, "ExoPowershellModule.dll")) hit = "ExoPowershellModule.dll";
      if (s && psa_contains_ci(s, "CreateExoPSSession.ps1")) hit = "CreateExoPSSession.ps1";
    }
    if (hit)
      psa_report(ctx, rule, cmd->span,
                 "loads the EXO V1 ClickOnce module (%s), which can no longer connect (December 31, "
                 "2022); use Import-Module ExchangeOnlineManagement",
                 hit);
  }
}

/* ---- PSA111: -UseRPSSession ------------------------------------------ */

static void S_check_rps_switch(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Connect-ExchangeOnline") && !psa_command_is(cmd, "Connect-IPPSSession"))
      continue;
    const psa_arg *a = psa_command_arg(cmd, "UseRPSSession");
    if (!a) continue;
    bool on = psa_command_switch(ctx->model, cmd, "UseRPSSession");
    psa_finding *f = psa_report(
        ctx, rule, a->span,
        on ? "%s -UseRPSSession connects over remote PowerShell, disabled in Exchange Online since "
             "October 1, 2023 (switch deprecated in module 3.9.2); remove it"
           : "%s -UseRPSSession:$false is the default since module 3.2.0 and the switch is "
             "deprecated (3.9.2); remove it",
        cmd->name);
    if (!on) f->severity = PSA_SEV_INFO;
    /* remove the argument and the white space before it; every copy of it
     * when it is given twice (PowerShell refuses that anyway), or a second
     * `psauth fix` would remove the next one */
    if (a->via != PSA_BIND_NAMED) continue;
    psa_span dels[8];
    uint32_t ndel = 0;
    bool whole = true;
    for (uint32_t i = 0; i < cmd->arg_count && whole; i++) {
      const psa_arg *b = &cmd->args[i];
      if (b->via != PSA_BIND_NAMED || b->match == PSA_PARAM_AMBIGUOUS || !b->param ||
          psa_strcasecmp(b->param, "UseRPSSession"))
        continue;
      psa_span del = b->span;
      while (del.start > 0 &&
             (ctx->src->text[del.start - 1] == ' ' || ctx->src->text[del.start - 1] == '\t'))
        del.start--;
      /* only a whole token: when the grammar split "-UseRPSS.com" after the
       * parameter, removing it would glue ".com" onto the argument before */
      char next = del.end < ctx->src->text_len ? ctx->src->text[del.end] : '\n';
      bool sep = del.start < b->span.start || (del.start && ctx->src->text[del.start - 1] == '\n');
      whole = ndel < sizeof dels / sizeof *dels && sep && strchr(" \t\r\n;|)}", next);
      dels[ndel++ % (sizeof dels / sizeof *dels)] = del;
    }
    if (!whole) continue; /* no fix: the finding stays for a person to look at */
    psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE, "Remove -UseRPSSession");
    for (uint32_t i = 0; i < ndel; i++) psa_fix_add_edit(ctx, fx, dels[i], "");
  }
}

/* ---- PSA112: ExchangeOnlineManagement older than 3.0 ------------------ */

static bool S_version_below_3(const char *v) {
  return v && v[0] >= '0' && v[0] <= '2' && (v[1] == '.' || v[1] == '\0');
}

static void S_old_module_report(psa_rule_ctx *ctx, const psa_rule *rule, psa_span at,
                                const char *version) {
  psa_report(ctx, rule, at,
             "ExchangeOnlineManagement %s relies on remote PowerShell for most cmdlets "
             "(REST-only from 3.0.0); require 3.0.0 or later (3.2.0 for Security & Compliance)",
             version);
}

static void S_check_old_module(psa_rule_ctx *ctx, const psa_rule *rule) {
  /* #Requires -Modules @{ModuleName=...; RequiredVersion/MaximumVersion=...}:
   * ModuleVersion is a minimum and a bare name no pin at all */
  for (uint32_t i = 0; i < ctx->model->requires_count; i++) {
    const psa_requires *r = &ctx->model->requires[i];
    for (uint32_t k = 0; k < r->module_count; k++) {
      const psa_required_module *rm = &r->modules[k];
      if (psa_strcasecmp(rm->name, "ExchangeOnlineManagement")) continue;
      if (S_version_below_3(rm->required_version))
        S_old_module_report(ctx, rule, rm->required_span, rm->required_version);
      else if (S_version_below_3(rm->maximum_version))
        S_old_module_report(ctx, rule, rm->maximum_span, rm->maximum_version);
    }
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Install-Module") && !psa_command_is(cmd, "Import-Module") &&
        !psa_command_is(cmd, "Update-Module"))
      continue;
    const char *name = psa_rule_arg_string(ctx, cmd, "Name");
    if (!name || psa_strcasecmp(name, "ExchangeOnlineManagement")) continue;
    static const char *const params[] = {"RequiredVersion", "MaximumVersion", NULL};
    for (int i = 0; params[i]; i++) {
      const psa_arg *a = psa_command_arg(cmd, params[i]);
      const char *v = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
      if (S_version_below_3(v)) S_old_module_report(ctx, rule, a->span, v);
    }
  }
}


/* ---- PSA113 / PSA114: Get-PSSession and Remove-PSSession for Exchange -- */

/* Whether the file connects to Exchange Online or Security & Compliance
 * with the ExchangeOnlineManagement module. */
static const psa_command *S_rest_connect(const psa_rule_ctx *ctx) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession"))
      return cmd;
  }
  return NULL;
}

/* Whether the text of a span names Exchange remote PowerShell: the
 * configuration name or an Exchange Online / SCC / EOP host. The model keeps
 * no values for comparisons, so a filter script block is searched as text. */
static bool S_text_names_exchange(const psa_rule_ctx *ctx, psa_span span) {
  static const char *const needles[] = {"microsoft.exchange", "outlook.office365.com",
                                        "ps.outlook.com", "protection.outlook.com",
                                        "outlook.office365.us", "webmail.apps.mil",
                                        "partner.outlook.cn", NULL};
  size_t n = span.end > span.start ? span.end - span.start : 0;
  for (int i = 0; needles[i]; i++)
    if (psa_find_ci(ctx->src->text + span.start, n, needles[i])) return true;
  return false;
}

static bool S_string_names_exchange(const char *s) {
  if (!s) return false;
  if (psa_contains_ci(s, "Microsoft.Exchange")) return true;
  /* '*outlook.com' style patterns: the host part of the pattern */
  const char *h = s;
  while (*h == '*' || *h == '.') h++;
  return S_endpoint_for(h) != NULL || psa_contains_ci(s, "outlook.com") ||
         psa_contains_ci(s, "office365.com");
}

/* Why a Get-PSSession call itself selects Exchange sessions, or NULL:
 * -ConfigurationName Microsoft.Exchange, -ComputerName / -ConnectionUri of an
 * Exchange Online host, or -InstanceId taken from the RunspaceId of output
 * (the session an Exchange cmdlet ran in) in a file that connects to
 * Exchange Online. */
static const char *S_get_exchange(const psa_rule_ctx *ctx, const psa_command *g, psa_span *at) {
  const psa_arg *a = psa_command_arg(g, "ConfigurationName");
  const char *conf = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
  if (conf && !psa_strcasecmp(conf, "Microsoft.Exchange")) {
    *at = a->span;
    return "-ConfigurationName Microsoft.Exchange";
  }
  static const char *const hosts[] = {"ComputerName", "ConnectionUri", NULL};
  for (int i = 0; hosts[i]; i++) {
    a = psa_command_arg(g, hosts[i]);
    const char *h = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (h && S_endpoint_for(h)) {
      *at = a->span;
      return hosts[i][1] == 'o' ? "-ComputerName of an Exchange Online host"
                                : "-ConnectionUri of an Exchange Online endpoint";
    }
  }
  /* (Get-AcceptedDomain).RunspaceId: only output of implicit remoting
   * carries it; Skype for Business Online cmdlets (*-Cs*) are PSA208's */
  a = psa_command_arg(g, "InstanceId");
  if (a && a->value) {
    const psa_value *prods[8];
    uint32_t n = psa_value_producers(ctx->model, a->value, prods, 8);
    for (uint32_t i = 0; i < n; i++) {
      bool runspace = false;
      const psa_command *src = NULL;
      for (const psa_value *v = prods[i]; v; v = v->base) {
        if (v->kind == PSA_V_MEMBER && v->member && !psa_strcasecmp(v->member, "RunspaceId"))
          runspace = true;
        const psa_value *p[2];
        if (runspace && !v->base && psa_value_producers(ctx->model, v, p, 2) &&
            p[0]->kind == PSA_V_COMMAND)
          src = p[0]->cmd;
      }
      while (src && src->pipeline_input && src->pipeline_input->kind == PSA_V_COMMAND &&
             psa_command_is(src, "Select-Object"))
        src = src->pipeline_input->cmd;
      if (runspace && (S_rest_connect(ctx) ||
                       (src && !src->local_function && !psa_contains_ci(src->name, "-Cs")))) {
        *at = a->span;
        return "-InstanceId of the runspace an Exchange cmdlet ran in";
      }
    }
  }
  return NULL;
}

/* Whether a Where-Object call filters on Exchange: the simplified syntax
 * (Where-Object ConfigurationName -eq 'Microsoft.Exchange') or a script
 * block that names it. */
static bool S_where_exchange(const psa_rule_ctx *ctx, const psa_command *w) {
  for (uint32_t i = 0; i < w->arg_count; i++) {
    const psa_value *v = w->args[i].value;
    if (!v) continue;
    if (v->kind == PSA_V_SCRIPTBLOCK && S_text_names_exchange(ctx, v->span)) return true;
    if (S_string_names_exchange(psa_value_string(ctx->model, v))) return true;
  }
  return false;
}

/* The Get-PSSession call a session value comes from, through variables,
 * Where-Object, Select-Object, Sort-Object and .Where({...}); *exchange
 * tells whether the call or a filter on the way selects Exchange sessions. */
typedef struct {
  const psa_command *get;
  bool exchange;
  const char *why;
  psa_span at;
} S_pss;

static bool S_pss_of(const psa_rule_ctx *ctx, const psa_value *v, S_pss *out, int depth) {
  if (!v || depth > 4) return false;
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i];
    if (p->kind == PSA_V_COMMAND && psa_command_is(p->cmd, "Get-PSSession")) {
      out->get = p->cmd;
      out->why = S_get_exchange(ctx, p->cmd, &out->at);
      out->exchange = out->why != NULL;
      return true;
    }
    if (p->kind == PSA_V_COMMAND && p->cmd->pipeline_input &&
        (psa_command_is(p->cmd, "Where-Object") || psa_command_is(p->cmd, "Select-Object") ||
         psa_command_is(p->cmd, "Sort-Object"))) {
      if (!S_pss_of(ctx, p->cmd->pipeline_input, out, depth + 1)) continue;
      if (!out->exchange && psa_command_is(p->cmd, "Where-Object") && S_where_exchange(ctx, p->cmd)) {
        out->exchange = true;
        out->why = "a filter on Exchange sessions";
        out->at = p->cmd->span;
      }
      return true;
    }
    if (p->kind == PSA_V_METHOD_CALL && p->member && !psa_strcasecmp(p->member, "Where") && p->base) {
      if (!S_pss_of(ctx, p->base, out, depth + 1)) continue;
      if (!out->exchange && p->item_count && S_text_names_exchange(ctx, p->items[0]->span)) {
        out->exchange = true;
        out->why = "a filter on Exchange sessions";
        out->at = p->span;
      }
      return true;
    }
  }
  return false;
}

/* The sessions a Remove-PSSession removes: -Session (by name or position)
 * or its pipeline input. */
static const psa_value *S_removed(const psa_command *rm) {
  const psa_arg *a = psa_command_arg(rm, "Session");
  if (a && a->value) return a->value;
  return rm->pipeline_input;
}

/* Whether the file opens a remote PowerShell session itself (then the
 * sessions Get-PSSession finds may be its own). */
static bool S_opens_sessions(const psa_rule_ctx *ctx, bool exchange_only) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (S_session_of(ctx, cmd, &s)) return true;
    if (!exchange_only && psa_command_is(cmd, "New-PSSession")) return true;
    if (!cmd->local_function &&
        (!psa_strcasecmp(cmd->name, "New-ExoPSSession") ||
         !psa_strcasecmp(cmd->name, "Connect-EXOPSSession") ||
         !psa_strcasecmp(cmd->name, "New-CsOnlineSession")))
      return true;
    if ((psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession")) &&
        psa_command_arg(cmd, "UseRPSSession") && psa_command_switch(ctx->model, cmd, "UseRPSSession"))
      return true;
  }
  return false;
}

static void S_check_get_pssession(psa_rule_ctx *ctx, const psa_rule *rule) {
  if (psa_rule_onprem_only(ctx)) return; /* Exchange Server keeps remote PowerShell */
  const psa_model *m = ctx->model;
  PSA_FOR_COMMANDS(ctx, g) {
    if (!psa_command_is(g, "Get-PSSession")) continue;
    S_pss found = {g, false, NULL, {0, 0}};
    found.why = S_get_exchange(ctx, g, &found.at);
    found.exchange = found.why != NULL;
    bool removed = false;
    /* filters and removals downstream of this call */
    PSA_FOR_COMMANDS(ctx, c) {
      S_pss via = {0};
      if (psa_command_is(c, "Remove-PSSession")) {
        if (S_pss_of(ctx, S_removed(c), &via, 0) && via.get == g) removed = true;
        continue;
      }
      if (found.exchange || !psa_command_is(c, "Where-Object") || !c->pipeline_input) continue;
      if (S_pss_of(ctx, c->pipeline_input, &via, 0) && via.get == g && S_where_exchange(ctx, c)) {
        found.exchange = true;
        found.why = "a filter on Exchange sessions";
        found.at = c->span;
      }
    }
    for (uint32_t i = 0; !found.exchange && i < m->call_count; i++) {
      const psa_value *w = m->calls[i];
      S_pss via = {0};
      if (w->kind == PSA_V_METHOD_CALL && w->member && !psa_strcasecmp(w->member, "Where") &&
          w->item_count && S_pss_of(ctx, w->base, &via, 0) && via.get == g &&
          S_text_names_exchange(ctx, w->items[0]->span)) {
        found.exchange = true;
        found.why = "a filter on Exchange sessions";
        found.at = w->span;
      }
    }
    if (!found.exchange || removed) continue; /* removals: PSA114 */
    psa_finding *f = psa_report(
        ctx, rule, g->span,
        "Get-PSSession with %s checks for an Exchange Online connection, but Get-PSSession does "
        "not return the REST connections of Connect-ExchangeOnline and Connect-IPPSSession "
        "(ExchangeOnlineManagement 3.0.0 and later), so the check never finds one; use "
        "Get-ConnectionInformation",
        found.why);
    if (psa_line_of(ctx, found.at.start) != psa_line_of(ctx, g->span.start))
      psa_finding_related(ctx, f, found.at, "the Exchange filter (line %u)",
                          psa_line_of(ctx, found.at.start));
  }
}

static void S_check_remove_pssession(psa_rule_ctx *ctx, const psa_rule *rule) {
  if (psa_rule_onprem_only(ctx)) return;
  const psa_command *connect = S_rest_connect(ctx);
  const psa_command *disconnect = NULL;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Disconnect-ExchangeOnline")) disconnect = cmd;
  }
  bool own_exchange = S_opens_sessions(ctx, true), own_any = S_opens_sessions(ctx, false);
  PSA_FOR_COMMANDS(ctx, rm) {
    if (!psa_command_is(rm, "Remove-PSSession")) continue;
    S_pss via = {0};
    if (!S_pss_of(ctx, S_removed(rm), &via, 0)) continue;
    /* Exchange sessions the file creates are PSA101's; every session,
     * only in a file that connects with the module and opens none */
    if (via.exchange ? own_exchange : (own_any || !connect)) continue;
    psa_finding *f;
    if (via.exchange)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the Exchange sessions that Get-PSSession finds (%s): "
                     "the REST connections of Connect-ExchangeOnline and Connect-IPPSSession "
                     "(ExchangeOnlineManagement 3.0.0 and later) are not PowerShell sessions, so "
                     "this closes nothing; use Disconnect-ExchangeOnline -Confirm:$false",
                     via.why);
    else
      f = psa_report(ctx, rule, rm->span,
                     "Get-PSSession | Remove-PSSession after %s on line %u: its REST connection "
                     "is not a PowerShell session, so this does not close it; use "
                     "Disconnect-ExchangeOnline -Confirm:$false",
                     connect->name, psa_line_of(ctx, connect->span.start));
    if (via.exchange && !(via.at.start >= rm->statement_span.start && via.at.end <= rm->statement_span.end))
      psa_finding_related(ctx, f, via.at, "the Exchange sessions are selected here (line %u)",
                          psa_line_of(ctx, via.at.start));
    if (disconnect) {
      psa_finding_related(ctx, f, disconnect->span, "Disconnect-ExchangeOnline is already called here");
      continue;
    }
    /* the whole statement is the Get-PSSession ... | Remove-PSSession
     * pipeline, or Remove-PSSession alone */
    bool pipeline = rm->statement_span.start == via.get->span.start &&
                    rm->statement_span.end == rm->span.end && !via.get->assigned_to;
    bool alone = rm->statement_span.start == rm->span.start && rm->statement_span.end == rm->span.end &&
                 !rm->pipeline_input;
    if (rm->invoke_operator || !(pipeline || alone)) continue;
    /* removing every session also closed sessions of other servers the
     * caller opened: then the rewrite changes behaviour */
    psa_fix *fx = psa_finding_add_fix(ctx, f, via.exchange ? PSA_FIX_SAFE : PSA_FIX_UNSAFE,
                                      "Disconnect with Disconnect-ExchangeOnline");
    psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  }
}

/* ---- PSA115: -ConnectionUri with the default endpoint ------------------ */

static void S_check_default_uri(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    bool exo = psa_command_is(cmd, "Connect-ExchangeOnline");
    if (!exo && !psa_command_is(cmd, "Connect-IPPSSession")) continue;
    const psa_arg *a = psa_command_arg(cmd, "ConnectionUri");
    const char *uri = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (!uri) continue;
    /* the defaults (catalogue 1.1); a query string (?DelegatedOrg=) makes
     * it another address */
    const char *def = exo ? "https://outlook.office365.com/powershell-liveid"
                          : "https://ps.compliance.protection.outlook.com/powershell-liveid";
    size_t n = strlen(uri), dn = strlen(def);
    if (n && uri[n - 1] == '/') n--;
    if (n != dn || psa_strncasecmp(uri, def, dn)) continue;
    psa_finding *f = psa_report(
        ctx, rule, a->via == PSA_BIND_NAMED ? a->span : cmd->span,
        "%s -ConnectionUri %s/ names the default endpoint; remove the parameter", cmd->name, def);
    if (a->via != PSA_BIND_NAMED) {
      psa_finding_related(ctx, f, a->span, "-ConnectionUri given here");
      continue;
    }
    if (a->span.start < cmd->span.start || a->span.end > cmd->span.end) continue;
    psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE, "Remove the default -ConnectionUri");
    psa_fix_add_edit(ctx, fx, psa_fix_argument_span(ctx, a->span), "");
  }
}

static const char *const S_needles_rps[] = {"new-pssession", "nsn", "microsoft.exchange", NULL};
static const char *const S_needles_use[] = {"pssession", "invoke-command", "icm", "ipsn", "etsn", NULL};
static const char *const S_needles_basic[] = {"basic", NULL};
static const char *const S_needles_winrm[] = {"basic", NULL};
static const char *const S_needles_v1[] = {"exopssession", "exopowershellmodule", NULL};
static const char *const S_needles_rpsswitch[] = {"userps", NULL};
static const char *const S_needles_module[] = {"exchangeonlinemanagement", NULL};
static const char *const S_needles_getpss[] = {"get-pssession", "gsn", NULL};
static const char *const S_needles_rmpss[] = {"remove-pssession", "rsn", NULL};
static const char *const S_needles_uri[] = {"powershell-liveid", NULL};

static const psa_rule S_rps = {
    "PSA101", "exo-remote-powershell", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_ERROR,
    "New-PSSession to Exchange Online, Security & Compliance or EOP remote PowerShell",
    "Remote PowerShell disabled for all tenants October 1, 2023; basic auth off from January 2023",
    S_needles_rps, S_check_rps};
static const psa_rule S_onprem = {
    "PSA102", "exchange-onprem-session", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_INFO,
    "Remote PowerShell session to an Exchange server that is not Exchange Online", NULL,
    S_needles_rps, S_check_onprem};
static const psa_rule S_use = {
    "PSA103", "exo-session-use", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_ERROR,
    "Import-PSSession, Invoke-Command or Enter-PSSession on an Exchange Online remote PowerShell session",
    "Remote PowerShell disabled for all tenants October 1, 2023", S_needles_use, S_check_session_use};
static const psa_rule S_basic = {
    "PSA104", "remoting-basic-auth", PSA_KIND_BASIC_AUTH_FLAG, PSA_SEV_WARNING,
    "-Authentication Basic on a PowerShell remoting cmdlet", NULL, S_needles_basic,
    S_check_basic_flag};
static const psa_rule S_winrm = {
    "PSA105", "winrm-basic-enabled", PSA_KIND_BASIC_AUTH_FLAG, PSA_SEV_WARNING,
    "Enables WinRM client basic authentication", NULL, S_needles_winrm, S_check_winrm};
static const psa_rule S_v1 = {
    "PSA110", "exo-v1-module", PSA_KIND_EXO_V1, PSA_SEV_ERROR,
    "Exchange Online Remote PowerShell Module (EXO V1): Connect-EXOPSSession, New-ExoPSSession, "
    "the ClickOnce loader",
    "Support ended August 31, 2022; connections impossible since December 31, 2022", S_needles_v1,
    S_check_v1};
static const psa_rule S_rpsswitch = {
    "PSA111", "exo-use-rps-session", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_ERROR,
    "Connect-ExchangeOnline / Connect-IPPSSession -UseRPSSession",
    "Remote PowerShell disabled October 1, 2023; switch deprecated in module 3.9.2",
    S_needles_rpsswitch, S_check_rps_switch};
static const psa_rule S_module = {
    "PSA112", "exo-module-before-v3", PSA_KIND_LEGACY_MODULE, PSA_SEV_ERROR,
    "ExchangeOnlineManagement pinned below version 3.0.0 (Install/Import/Update-Module or #Requires)",
    "Versions before 3.0.0 depend on remote PowerShell, disabled October 1, 2023",
    S_needles_module, S_check_old_module};

static const psa_rule S_getpss = {
    "PSA113", "exo-get-pssession-check", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_WARNING,
    "Get-PSSession used to find an Exchange Online connection (Microsoft.Exchange, an Exchange "
    "Online host, an Exchange cmdlet's RunspaceId)",
    NULL, S_needles_getpss, S_check_get_pssession};
static const psa_rule S_rmpss = {
    "PSA114", "exo-remove-pssession", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_INFO,
    "Remove-PSSession meant to close an Exchange Online connection the file does not open as a "
    "session",
    NULL, S_needles_rmpss, S_check_remove_pssession};
static const psa_rule S_default_uri = {
    "PSA115", "exo-default-connection-uri", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_INFO,
    "Connect-ExchangeOnline / Connect-IPPSSession -ConnectionUri with the default endpoint",
    NULL, S_needles_uri, S_check_default_uri};

const psa_rule *const psa_rules_exchange[] = {&S_rps,    &S_onprem, &S_use,       &S_basic,
                                              &S_winrm,  &S_v1,     &S_rpsswitch, &S_module,
                                              &S_getpss, &S_rmpss,  &S_default_uri, NULL};

/* Rule metadata as data: service, sign-in method, status and its dated
 * source for every built-in rule (include/psauth/rulemeta.h). The dates
 * come from docs/sources.md; psa_meta_checked is the day they were last
 * compared with today's date: tests/unit/test_meta.c checks that "retired"
 * dates lie before it and "retiring" dates after it. */
#include "psauth/rulemeta.h"

#include <stddef.h>
#include <string.h>

#include "base/util.h"
#include "rules/facts.h"

const char psa_meta_checked[] = "2026-12-06";

/* facts, by the severity they are reported at */
#define RETIRED(...) {true, PSA_STATUS_RETIRED, __VA_ARGS__}
#define RETIRING(...) {true, PSA_STATUS_RETIRING, __VA_ARGS__}
#define INSECURE(s) {true, PSA_STATUS_INSECURE, NULL, s, NULL}
#define SUGGESTION(s) {true, PSA_STATUS_SUGGESTION, NULL, s, NULL}

#define INFO PSA_SEV_INFO
#define WARN PSA_SEV_WARNING
#define ERR PSA_SEV_ERROR

/* dates and what they are */
#define RPS_OFF "2023-10-01", "S30", "remote PowerShell disabled for all tenants"
#define BASIC_OFF "2023-01-01", "S32", "basic authentication permanently off in Exchange Online"
#define EXO_V1_OFF "2022-12-31", "S14", "EXO V1 module can no longer connect"
#define MSOL_OFF "2025-05-31", "S29", "MSOnline retirement rolled out (April to May 2025)"
#define AAD_OFF "2025-07-01", "S29", "AzureAD retirement (reported from July 1, 2025)"
#define PNP_APP_OFF "2024-09-09", "S23", "PnP Management Shell app deleted"
#define ACS_OFF "2026-04-02", "S46", "SharePoint ACS app-only stops for all tenants"
#define IDCRL_OFF "2026-05-01", "S47", "SharePoint IDCRL sign-in permanently blocked"
#define SFBO_OFF "2021-07-31", "S57", "Skype for Business Online retired"
#define SMTP_OFF "2026-12-31", "S34", "SMTP AUTH basic off by default for existing tenants"
#define HVE_OFF "2028-09-30", "S48", "High Volume Email basic authentication ends"
#define AADRM_OFF "2020-07-15", "S59", "support for the AADRM module ended"
#define EWS_OFF "2027-04-01", "S35", "EWS in Exchange Online shut down"

enum { CMD_SVC = 1, CMD_SIGNIN = 2, EXPOSED = 4 };

#define ROW(id, svc, signin, flags, sev, ...)                                               \
  {id, svc, signin, ((flags) & CMD_SVC) != 0, ((flags) & CMD_SIGNIN) != 0,                 \
   ((flags) & EXPOSED) != 0, sev, {__VA_ARGS__}}

static const psa_rule_meta S_meta[] = {
    ROW("PSA001", PSA_SVC_SCRIPT, PSA_AUTH_NONE, 0, WARN,
        [WARN] = {true, PSA_STATUS_COVERAGE, NULL, NULL, NULL}),

    /* Exchange Online connections */
    ROW("PSA101", PSA_SVC_EXO, PSA_AUTH_BASIC, CMD_SVC, ERR, [ERR] = RETIRED(RPS_OFF)),
    ROW("PSA102", PSA_SVC_EXCHANGE_ONPREM, PSA_AUTH_WINDOWS, CMD_SIGNIN, INFO,
        [INFO] = SUGGESTION(NULL)),
    ROW("PSA103", PSA_SVC_EXO, PSA_AUTH_BASIC, CMD_SVC, ERR, [ERR] = RETIRED(RPS_OFF)),
    ROW("PSA104", PSA_SVC_WINRM, PSA_AUTH_BASIC, 0, WARN, [WARN] = INSECURE("S32")),
    ROW("PSA105", PSA_SVC_WINRM, PSA_AUTH_BASIC, 0, WARN, [WARN] = INSECURE("S13")),
    ROW("PSA110", PSA_SVC_EXO, PSA_AUTH_INTERACTIVE, CMD_SIGNIN, ERR,
        [ERR] = RETIRED(EXO_V1_OFF)),
    ROW("PSA111", PSA_SVC_EXO, PSA_AUTH_INTERACTIVE, CMD_SVC | CMD_SIGNIN, ERR,
        [ERR] = RETIRED(RPS_OFF), [INFO] = SUGGESTION("S2")),
    ROW("PSA112", PSA_SVC_EXO, PSA_AUTH_NONE, 0, ERR, [ERR] = RETIRED(RPS_OFF)),
    /* the check never finds a REST connection: the script misbehaves today */
    ROW("PSA113", PSA_SVC_EXO, PSA_AUTH_NONE, CMD_SVC, ERR, [ERR] = RETIRED(RPS_OFF)),
    ROW("PSA114", PSA_SVC_EXO, PSA_AUTH_NONE, CMD_SVC, INFO, [INFO] = SUGGESTION("S2")),
    ROW("PSA115", PSA_SVC_EXO, PSA_AUTH_NONE, CMD_SVC, INFO, [INFO] = SUGGESTION("S10")),

    /* modules and other services */
    ROW("PSA201", PSA_SVC_EXO, PSA_AUTH_PASSWORD, CMD_SVC, WARN, [WARN] = INSECURE("S10"),
        [INFO] = SUGGESTION("S10")),
    ROW("PSA202", PSA_SVC_ENTRA, PSA_AUTH_INTERACTIVE, CMD_SIGNIN, ERR,
        [ERR] = RETIRED(MSOL_OFF)),
    ROW("PSA203", PSA_SVC_ENTRA, PSA_AUTH_INTERACTIVE, CMD_SIGNIN, ERR,
        [ERR] = RETIRED(AAD_OFF)),
    ROW("PSA204", PSA_SVC_ENTRA, PSA_AUTH_NONE, 0, ERR, [ERR] = RETIRED(MSOL_OFF)),
    ROW("PSA205", PSA_SVC_ENTRA, PSA_AUTH_NONE, 0, ERR, [ERR] = RETIRED(AAD_OFF)),
    ROW("PSA206", PSA_SVC_SPO, PSA_AUTH_INTERACTIVE, CMD_SIGNIN, ERR,
        [ERR] = RETIRED(PNP_APP_OFF)),
    ROW("PSA207", PSA_SVC_SPO, PSA_AUTH_CLIENT_SECRET, CMD_SVC, WARN, [WARN] = INSECURE("S24"),
        [ERR] = RETIRED(ACS_OFF), [INFO] = SUGGESTION("S24")),
    ROW("PSA208", PSA_SVC_TEAMS, PSA_AUTH_INTERACTIVE, CMD_SIGNIN, ERR,
        [ERR] = RETIRED(SFBO_OFF)),
    ROW("PSA209", PSA_SVC_SPO, PSA_AUTH_PASSWORD, 0, ERR, [ERR] = RETIRED(IDCRL_OFF)),
    ROW("PSA210", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S52"),
        [INFO] = SUGGESTION("S52")),
    ROW("PSA211", PSA_SVC_TEAMS, PSA_AUTH_CLIENT_SECRET, 0, WARN, [WARN] = INSECURE("S19")),
    ROW("PSA212", PSA_SVC_SCC, PSA_AUTH_INTERACTIVE, CMD_SIGNIN, ERR, [ERR] = RETIRED(AADRM_OFF)),

    /* credential handling: a secret written in the script is an error
     * (status insecure: rotate it), a secret kept elsewhere a warning */
    ROW("PSA301", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, EXPOSED, ERR, [ERR] = INSECURE("S43")),
    ROW("PSA302", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S44")),
    ROW("PSA303", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, INFO, [INFO] = SUGGESTION("S44")),
    ROW("PSA304", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, EXPOSED, ERR, [ERR] = INSECURE("S43")),
    ROW("PSA305", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S43")),
    ROW("PSA306", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S44")),
    ROW("PSA307", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, INFO, [INFO] = SUGGESTION("S44")),
    ROW("PSA308", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S44")),
    ROW("PSA309", PSA_SVC_CREDENTIALS, PSA_AUTH_CLIENT_SECRET, EXPOSED, ERR,
        [ERR] = INSECURE("S43")),
    ROW("PSA310", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S44")),
    ROW("PSA311", PSA_SVC_CREDENTIALS, PSA_AUTH_CLIENT_SECRET, 0, WARN, [WARN] = INSECURE("S45")),
    ROW("PSA312", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, EXPOSED, ERR, [ERR] = INSECURE("S43")),
    ROW("PSA313", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S43")),
    ROW("PSA314", PSA_SVC_CREDENTIALS, PSA_AUTH_INTERACTIVE, 0, INFO,
        [INFO] = SUGGESTION("S3")),
    ROW("PSA315", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, INFO, [INFO] = SUGGESTION("S44")),
    ROW("PSA316", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S43")),
    ROW("PSA317", PSA_SVC_CREDENTIALS, PSA_AUTH_PASSWORD, 0, INFO, [INFO] = SUGGESTION("S45")),

    /* mail */
    ROW("PSA401", PSA_SVC_MAIL, PSA_AUTH_BASIC, 0, WARN, [WARN] = RETIRING(SMTP_OFF),
        [INFO] = SUGGESTION("S38")),
    ROW("PSA402", PSA_SVC_MAIL, PSA_AUTH_BASIC, 0, WARN, [WARN] = RETIRING(HVE_OFF)),
    ROW("PSA403", PSA_SVC_MAIL, PSA_AUTH_BASIC, 0, WARN, [WARN] = RETIRING(SMTP_OFF),
        [INFO] = SUGGESTION("S39")),
    ROW("PSA404", PSA_SVC_MAIL, PSA_AUTH_BASIC, 0, WARN, [WARN] = RETIRING(SMTP_OFF),
        [ERR] = RETIRED(BASIC_OFF), [INFO] = SUGGESTION("S40")),
    ROW("PSA405", PSA_SVC_EWS, PSA_AUTH_BASIC, 0, ERR, [ERR] = RETIRED(BASIC_OFF),
        [INFO] = SUGGESTION("S37")),
    ROW("PSA406", PSA_SVC_EWS, PSA_AUTH_WINDOWS, 0, WARN, [WARN] = RETIRING(EWS_OFF)),
    ROW("PSA407", PSA_SVC_MAIL, PSA_AUTH_NONE, CMD_SIGNIN, INFO, [INFO] = SUGGESTION("S38")),
    ROW("PSA408", PSA_SVC_MAIL, PSA_AUTH_NONE, 0, INFO, [INFO] = SUGGESTION("S33")),
    ROW("PSA409", PSA_SVC_EWS, PSA_AUTH_NONE, 0, WARN, [WARN] = RETIRING(EWS_OFF),
        [INFO] = SUGGESTION("S35")),

    /* raw HTTP */
    ROW("PSA501", PSA_SVC_HTTP, PSA_AUTH_BASIC, CMD_SVC, WARN, [WARN] = INSECURE("S41"),
        [ERR] = RETIRED(BASIC_OFF)),
    ROW("PSA502", PSA_SVC_HTTP, PSA_AUTH_BASIC, CMD_SVC, WARN, [WARN] = INSECURE("S41"),
        [ERR] = RETIRED(BASIC_OFF)),
    ROW("PSA503", PSA_SVC_HTTP, PSA_AUTH_BASIC, CMD_SVC, WARN, [WARN] = INSECURE("S41")),
    ROW("PSA504", PSA_SVC_ENTRA, PSA_AUTH_PASSWORD_GRANT, 0, WARN, [WARN] = INSECURE("S42")),
    ROW("PSA505", PSA_SVC_ENTRA, PSA_AUTH_CLIENT_SECRET, EXPOSED, ERR, [ERR] = INSECURE("S42")),
    ROW("PSA506", PSA_SVC_HTTP, PSA_AUTH_PASSWORD, CMD_SVC, WARN, [WARN] = INSECURE("S41")),

    /* tenant configuration */
    ROW("PSA601", PSA_SVC_TENANT, PSA_AUTH_BASIC, 0, WARN, [WARN] = INSECURE("S15")),
    ROW("PSA602", PSA_SVC_TENANT, PSA_AUTH_BASIC, 0, WARN, [WARN] = INSECURE("S15")),
    ROW("PSA603", PSA_SVC_TENANT, PSA_AUTH_BASIC, 0, WARN, [WARN] = RETIRING(SMTP_OFF),
        [INFO] = SUGGESTION("S15")),
    /* the setting outlived the sign-in it enabled (IDCRL, blocked May 1,
     * 2026): it no longer works, but setting it does not fail either */
    ROW("PSA604", PSA_SVC_TENANT, PSA_AUTH_PASSWORD, 0, WARN, [WARN] = INSECURE("S47")),
    ROW("PSA605", PSA_SVC_TENANT, PSA_AUTH_NONE, 0, INFO, [INFO] = SUGGESTION("S15")),
    ROW("PSA606", PSA_SVC_TENANT, PSA_AUTH_NONE, 0, INFO, [INFO] = SUGGESTION("S17")),
    ROW("PSA607", PSA_SVC_TENANT, PSA_AUTH_BASIC, 0, INFO, [INFO] = SUGGESTION("S15")),
    ROW("PSA608", PSA_SVC_TENANT, PSA_AUTH_BASIC, 0, INFO, [INFO] = SUGGESTION("S15")),

    /* Get-EXO* */
    ROW("PSA701", PSA_SVC_EXO, PSA_AUTH_NONE, 0, INFO, [INFO] = SUGGESTION("S2")),
};

const psa_rule_meta *psa_rule_meta_all(unsigned *count) {
  *count = (unsigned)(sizeof(S_meta) / sizeof(*S_meta));
  return S_meta;
}

const psa_rule_meta *psa_rule_meta_find(const char *id) {
  for (size_t i = 0; i < sizeof(S_meta) / sizeof(*S_meta); i++)
    if (!strcmp(S_meta[i].id, id)) return &S_meta[i];
  return NULL;
}

psa_severity psa_rule_severity(const psa_rule *rule) {
  const psa_rule_meta *m = psa_rule_meta_find(rule->id);
  return m ? m->severity : rule->severity;
}

const psa_rule_fact *psa_rule_fact_at(const psa_rule_meta *m, psa_severity severity) {
  if (!m) return NULL;
  if ((unsigned)severity < 3 && m->at[severity].used) return &m->at[severity];
  return &m->at[m->severity];
}

/* ---- refinement from the command a finding points at --------------------- */

typedef struct {
  const char *name;
  psa_service service;
} S_cmd_service;

static const S_cmd_service S_cmd_services[] = {
    {"Connect-ExchangeOnline", PSA_SVC_EXO},   {"Connect-IPPSSession", PSA_SVC_SCC},
    {"Connect-EXOPSSession", PSA_SVC_EXO},     {"New-ExoPSSession", PSA_SVC_EXO},
    {"Connect-MsolService", PSA_SVC_ENTRA},    {"Connect-AzureAD", PSA_SVC_ENTRA},
    {"Connect-MgGraph", PSA_SVC_ENTRA},        {"Connect-Graph", PSA_SVC_ENTRA},
    {"Connect-SPOService", PSA_SVC_SPO},       {"Connect-PnPOnline", PSA_SVC_SPO},
    {"Connect-MicrosoftTeams", PSA_SVC_TEAMS}, {"New-CsOnlineSession", PSA_SVC_TEAMS},
    {"Connect-AzAccount", PSA_SVC_AZURE},      {"Login-AzAccount", PSA_SVC_AZURE},
    {"Add-AzAccount", PSA_SVC_AZURE},          {"Connect-AzureRmAccount", PSA_SVC_AZURE},
    {"Login-AzureRmAccount", PSA_SVC_AZURE},   {"Add-AzureRmAccount", PSA_SVC_AZURE},
    {"Send-MailMessage", PSA_SVC_MAIL},
};

/* Hosts of request URIs that are not Exchange remote PowerShell endpoints
 * (those come from rules/facts.h). */
static const S_cmd_service S_hosts[] = {
    {"graph.microsoft.com", PSA_SVC_ENTRA},
    {"login.microsoftonline.com", PSA_SVC_ENTRA},
    {"sharepoint.com", PSA_SVC_SPO},
    {"outlook.office365.com", PSA_SVC_EXO},
    {"outlook.office.com", PSA_SVC_EXO},
};

static bool S_host_ends(const char *host, const char *suffix) {
  size_t h = strlen(host), s = strlen(suffix);
  if (h < s || psa_strcasecmp(host + h - s, suffix)) return false;
  return h == s || host[h - s - 1] == '.';
}

/* The innermost command whose span holds 'at'. */
static const psa_command *S_command_at(const psa_model *model, uint32_t at) {
  const psa_command *best = NULL;
  if (!model) return NULL;
  for (uint32_t i = 0; i < model->command_count; i++) {
    const psa_command *c = model->commands[i];
    if (c->span.start > at || c->span.end <= at) continue;
    if (!best || c->span.start >= best->span.start) best = c;
  }
  return best;
}

static bool S_uri_service(const psa_model *model, const psa_command *cmd, psa_service *out) {
  static const char *const params[] = {"ConnectionUri", "Uri", NULL};
  for (int p = 0; params[p]; p++) {
    const psa_arg *a = psa_command_arg(cmd, params[p]);
    const char *uri = a && a->value ? psa_value_string(model, a->value) : NULL;
    if (!uri) continue;
    const char *h = strstr(uri, "://");
    h = h ? h + 3 : uri;
    char host[256];
    size_t n = 0;
    while (h[n] && h[n] != '/' && h[n] != ':' && h[n] != '?' && n + 1 < sizeof(host)) {
      host[n] = h[n];
      n++;
    }
    host[n] = '\0';
    for (char *c = host; *c; c++)
      if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
    const psa_endpoint *e = psa_endpoint_of_host(host);
    if (e) {
      *out = e->service == PSA_ENDPOINT_SCC ? PSA_SVC_SCC : PSA_SVC_EXO;
      return true;
    }
    for (size_t i = 0; i < sizeof(S_hosts) / sizeof(*S_hosts); i++)
      if (S_host_ends(host, S_hosts[i].name)) {
        *out = S_hosts[i].service;
        return true;
      }
  }
  return false;
}

static bool S_command_service(const psa_model *model, uint32_t at, psa_service *out) {
  const psa_command *cmd = S_command_at(model, at);
  if (!cmd) return false;
  for (size_t i = 0; i < sizeof(S_cmd_services) / sizeof(*S_cmd_services); i++)
    if (psa_command_is(cmd, S_cmd_services[i].name)) {
      *out = S_cmd_services[i].service;
      return true;
    }
  return S_uri_service(model, cmd, out);
}

psa_service psa_finding_service(const psa_rule_meta *m, const psa_model *model, psa_span span,
                                const psa_span *alt, uint32_t alt_count) {
  if (!m) return PSA_SVC_SCRIPT;
  if (!m->service_from_command) return m->service;
  psa_service s;
  if (S_command_service(model, span.start, &s)) return s;
  for (uint32_t i = 0; i < alt_count; i++)
    if (S_command_service(model, alt[i].start, &s)) return s;
  return m->service;
}

psa_auth psa_finding_signin(const psa_rule_meta *m, const psa_model *model, psa_span span) {
  if (!m) return PSA_AUTH_NONE;
  if (!m->signin_from_command) return m->signin;
  const psa_command *cmd = S_command_at(model, span.start);
  if (!cmd) return m->signin;
  const psa_arg *a = psa_command_arg(cmd, "Authentication");
  const char *auth = a && a->value ? psa_value_string(model, a->value) : NULL;
  if (auth && !psa_strcasecmp(auth, "Basic")) return PSA_AUTH_BASIC;
  if (psa_command_arg(cmd, "Credential") || psa_command_arg(cmd, "Credentials"))
    return PSA_AUTH_PASSWORD;
  if (psa_command_arg(cmd, "CertificateThumbprint") || psa_command_arg(cmd, "Certificate") ||
      psa_command_arg(cmd, "CertificateFilePath") || psa_command_arg(cmd, "Thumbprint"))
    return PSA_AUTH_CERTIFICATE;
  if (psa_command_arg(cmd, "AccessToken")) return PSA_AUTH_TOKEN;
  if (psa_command_arg(cmd, "ClientSecret")) return PSA_AUTH_CLIENT_SECRET;
  return m->signin;
}

/* ---- names ---------------------------------------------------------------- */

static const char *const S_service_names[PSA_SVC__COUNT] = {
    "Exchange Online",   "Security & Compliance", "Exchange on-premises",
    "Microsoft Graph / Entra ID", "SharePoint Online", "Teams",
    "Azure",             "SMTP / IMAP / POP",     "EWS",
    "HTTP APIs",         "PowerShell remoting",   "tenant configuration",
    "credential handling", "script syntax"};

static const char *const S_signin_names[PSA_AUTH__COUNT] = {
    "basic auth",  "password", "password grant", "client secret", "Windows account",
    "interactive", "certificate", "access token", "no sign-in"};

static const char *const S_status_names[PSA_STATUS__COUNT] = {"retired", "retiring", "insecure",
                                                              "suggestion", "coverage"};

const char *psa_service_name(psa_service s) {
  return (unsigned)s < PSA_SVC__COUNT ? S_service_names[s] : "?";
}
const char *psa_auth_name(psa_auth s) {
  return (unsigned)s < PSA_AUTH__COUNT ? S_signin_names[s] : "?";
}
const char *psa_status_name(psa_status s) {
  return (unsigned)s < PSA_STATUS__COUNT ? S_status_names[s] : "?";
}

static bool S_from_name(const char *const *names, int n, const char *name, int *out) {
  for (int i = 0; i < n; i++)
    if (!strcmp(names[i], name)) {
      *out = i;
      return true;
    }
  return false;
}

bool psa_service_from_name(const char *name, psa_service *out) {
  int v;
  if (!S_from_name(S_service_names, PSA_SVC__COUNT, name, &v)) return false;
  *out = (psa_service)v;
  return true;
}
bool psa_auth_from_name(const char *name, psa_auth *out) {
  int v;
  if (!S_from_name(S_signin_names, PSA_AUTH__COUNT, name, &v)) return false;
  *out = (psa_auth)v;
  return true;
}
bool psa_status_from_name(const char *name, psa_status *out) {
  int v;
  if (!S_from_name(S_status_names, PSA_STATUS__COUNT, name, &v)) return false;
  *out = (psa_status)v;
  return true;
}

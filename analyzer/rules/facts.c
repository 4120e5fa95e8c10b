/* The facts table (see rules/facts.h; sources in docs/facts.md). */
#include "rules/facts.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "rules/graphmap.h"

/* analyzer/data/legacy-directory-cmdlets.txt, compiled in (CMakeLists) */
extern const unsigned char psa_legacy_directory_cmdlets_txt[];
extern const size_t psa_legacy_directory_cmdlets_txt_len;

const psa_fact_date psa_fact_dates[] = {
    {"Exchange Online remote PowerShell disabled for all tenants", PSA_DATE_EXO_RPS_OFF,
     "exo-rps-deprecation"},
    {"EXO V1 module support ended", PSA_DATE_EXO_V1_SUPPORT_END, "exo-v1-retirement"},
    {"EXO V1 module can no longer connect", PSA_DATE_EXO_V1_CONNECT_END, "exo-v1-retirement"},
    {"Unified Messaging in Exchange Online out of support", PSA_DATE_EXO_UM_OFF,
     "exo-um-retirement"},
    {"Office 365 Germany closed", PSA_DATE_GERMANY_CLOSED, "o365-germany-closure"},
    {"SMTP AUTH basic authentication off by default (end of the month)",
     PSA_DATE_SMTP_AUTH_DEFAULT_OFF, "smtp-auth-deprecation"},
    {"SMTP AUTH basic authentication: final removal date announced",
     PSA_DATE_SMTP_AUTH_REMOVAL_NEWS, "smtp-auth-deprecation"},
    {"EWS in Exchange Online disabled in phases from", PSA_DATE_EWS_DISABLE_START,
     "ews-retirement"},
    {"EWS in Exchange Online shut down", PSA_DATE_EWS_SHUTDOWN, "ews-retirement"},
    {NULL, NULL, NULL}};

const psa_endpoint psa_rps_endpoints[] = {
    {"outlook.office365.com", PSA_ENDPOINT_EXO, NULL, "exo-connect"},
    {"ps.outlook.com", PSA_ENDPOINT_EXO, NULL, "exo-connect"},
    {"outlook.office365.us", PSA_ENDPOINT_EXO, "O365USGovGCCHigh", "exo-connect"},
    {"webmail.apps.mil", PSA_ENDPOINT_EXO, "O365USGovDoD", "exo-connect"},
    {"partner.outlook.cn", PSA_ENDPOINT_EXO, "O365China", "exo-connect"},
    {"outlook.office.de", PSA_ENDPOINT_GERMANY, NULL, "o365-germany-closure"},
    {"ps.compliance.protection.outlook.com", PSA_ENDPOINT_SCC, NULL, "scc-connect"},
    {"ps.compliance.protection.office365.us", PSA_ENDPOINT_SCC, NULL, "scc-connect"},
    {"l5.ps.compliance.protection.office365.us", PSA_ENDPOINT_SCC, NULL, "scc-connect"},
    {"ps.compliance.protection.partner.outlook.cn", PSA_ENDPOINT_SCC, NULL, "scc-connect"},
    {"compliance.dod.microsoft.com", PSA_ENDPOINT_SCC, NULL, "scc-connect"},
    {"ps.compliance.protection.outlook.de", PSA_ENDPOINT_GERMANY, NULL, "o365-germany-closure"},
    {"ps.protection.outlook.com", PSA_ENDPOINT_EOP, NULL, "eop-connect"},
    {"ps.protection.outlook.de", PSA_ENDPOINT_GERMANY, NULL, "o365-germany-closure"},
    {NULL, PSA_ENDPOINT_UNKNOWN, NULL, NULL}};

const psa_endpoint *const psa_endpoint_gcc_high = &psa_rps_endpoints[2];

const psa_endpoint *psa_endpoint_of_host(const char *host) {
  for (int i = 0; psa_rps_endpoints[i].host; i++)
    if (!strcmp(host, psa_rps_endpoints[i].host)) return &psa_rps_endpoints[i];
  /* other US-Government hosts are treated as EXO/SCC generically */
  size_t n = strlen(host);
  if (n > 13 && !strcmp(host + n - 13, ".office365.us")) return psa_endpoint_gcc_high;
  return NULL;
}

const char *psa_endpoint_service_name(psa_endpoint_service s) {
  switch (s) {
    case PSA_ENDPOINT_SCC: return "Security & Compliance";
    case PSA_ENDPOINT_EOP: return "Exchange Online Protection";
    case PSA_ENDPOINT_GERMANY: return "Office 365 Germany";
    default: return "Exchange Online";
  }
}

const char *const psa_m365_host_suffixes[] = {
    "office365.com", "outlook.com", "office365.us", "outlook.office.de", "apps.mil",
    "partner.outlook.cn", "protection.outlook.com", "microsoftonline.com",
    "microsoftonline.us", "sharepoint.com", "graph.microsoft.com", "office.com",
    "lync.com", "login.windows.net", "onmicrosoft.com", "microsoft.com", NULL};

const char *const psa_exchange_host_needles[] = {
    "outlook.office365.com", "ps.outlook.com", "protection.outlook.com", "outlook.office365.us",
    "webmail.apps.mil", "partner.outlook.cn", NULL};

const char *const psa_smtp_auth_hosts[] = {"smtp.office365.com", "smtp-legacy.office365.com",
                                           NULL};

/* Outlook.com's own SMTP submission host, for personal Microsoft accounts
 * (Microsoft Support, "POP, IMAP, and SMTP settings for Outlook.com"; a
 * Microsoft 365 mailbox submits to smtp.office365.com) */
const char *const psa_personal_smtp_hosts[] = {"smtp-mail.outlook.com", NULL};

const char *const psa_personal_mail_domains[] = {"outlook.com", "hotmail.com", "live.com", "msn.com",
                                                 NULL};

const psa_module_lookalike psa_azuread_lookalikes[] = {
    {"AzureADIR", "AzureADIncidentResponse", "azuread-ir-module"},
    {"AzureADKerberos", "AzureADHybridAuthenticationManagement", "azuread-kerberos-module"},
    /* Execute-AzureADLabelSync: a Security & Compliance PowerShell cmdlet */
    {"AzureADLabelSync", "ExchangeOnlineManagement", "scc-labelsync"},
    {NULL, NULL, NULL}};

static bool S_noun_has_prefix(const char *noun, const char *prefix) {
  size_t n = strlen(prefix);
  return strlen(noun) >= n && !psa_strncasecmp(noun, prefix, n);
}

/* The MSOnline/AzureAD/AzureADPreview command names of Microsoft's cmdlet
 * reference, sorted case-insensitively; each name is followed (after its
 * '\0') by its modules field. Read-only once loaded. */
typedef struct {
  char *text; /* a copy of the table, cut in place */
  const char **names;
  size_t count;
} S_name_table;

static S_name_table S_legacy;
static pthread_once_t S_legacy_once = PTHREAD_ONCE_INIT;

static int S_name_cmp(const void *a, const void *b) {
  return psa_strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

static void S_legacy_load(void) {
  size_t len = psa_legacy_directory_cmdlets_txt_len;
  S_legacy.text = psa_xmalloc(len + 1);
  memcpy(S_legacy.text, psa_legacy_directory_cmdlets_txt, len);
  S_legacy.text[len] = '\0';
  size_t cap = 1;
  for (size_t i = 0; i < len; i++) cap += S_legacy.text[i] == '\n';
  S_legacy.names = psa_xmalloc(cap * sizeof(*S_legacy.names));
  for (char *p = S_legacy.text; *p;) {
    char *eol = strchr(p, '\n');
    char *next = eol ? eol + 1 : p + strlen(p);
    if (eol) *eol = '\0';
    /* name<TAB>modules; a line without its modules is no entry (the unit
     * test counts the lines) */
    char *tab = *p != '#' ? strchr(p, '\t') : NULL;
    if (tab && tab != p) {
      *tab = '\0';
      tab[1 + strcspn(tab + 1, "\r")] = '\0';
      S_legacy.names[S_legacy.count++] = p;
    }
    p = next;
  }
  qsort(S_legacy.names, S_legacy.count, sizeof(*S_legacy.names), S_name_cmp);
}

const char *psa_legacy_directory_cmdlet_modules(const char *cmdlet) {
  if (!cmdlet) return NULL;
  pthread_once(&S_legacy_once, S_legacy_load);
  const char **hit =
      bsearch(&cmdlet, S_legacy.names, S_legacy.count, sizeof(*S_legacy.names), S_name_cmp);
  return hit ? *hit + strlen(*hit) + 1 : NULL;
}

size_t psa_legacy_directory_cmdlet_count(void) {
  pthread_once(&S_legacy_once, S_legacy_load);
  return S_legacy.count;
}

const char *psa_legacy_directory_module(const char *cmdlet) {
  const char *dash = cmdlet ? strchr(cmdlet, '-') : NULL;
  if (!dash || dash == cmdlet) return NULL;
  const char *noun = dash + 1;
  const char *module = NULL;
  /* every MSOnline noun is Msol and more (MsolService, MsolUser): a noun
   * that is just "Msol" is a script's own wrapper (Connect-MSOL) */
  if (S_noun_has_prefix(noun, "Msol") && noun[4]) module = "MSOnline";
  else if (S_noun_has_prefix(noun, "AzureAD")) module = "AzureAD"; /* Disconnect-AzureAD too */
  if (!module) return NULL;
  for (const psa_module_lookalike *l = psa_azuread_lookalikes; l->noun_prefix; l++)
    if (S_noun_has_prefix(noun, l->noun_prefix)) return NULL;
  /* named like one but not a command of the modules (Microsoft's reference
   * lists them all): a script's or another module's own function, such as
   * Hawk's Get-AzureADPSPermission, is no legacy call. The Graph map may
   * still name one on purpose: a name scripts call as the module's command
   * though the reference lists none (Disconnect-MsolService), whose note
   * tells a person what to do with the line. */
  /* a stray byte-order mark glued to the name (the parser warns: delete
   * it) hides the command from PowerShell, not what the line means */
  const char *bare = !strncmp(cmdlet, "\xEF\xBB\xBF", 3) ? cmdlet + 3 : cmdlet;
  if (psa_legacy_directory_cmdlet_modules(bare)) return module;
  return psa_graphmap_find(cmdlet) ? module : NULL;
}

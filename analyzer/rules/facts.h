/* Facts about Microsoft 365 the rules rely on: hosts and endpoints, the
 * service each belongs to, and retirement dates, each with its source (the
 * sources are listed in docs/facts.md). One table, so that a host or a date
 * is written once; rules' messages take them from here.
 *
 * Dates are macros (string literals) so that rule tables, which are static
 * initialisers, can use them too; psa_fact_dates lists them with sources. */
#ifndef PSA_RULES_FACTS_H
#define PSA_RULES_FACTS_H

#include <stdbool.h>
#include <stddef.h>

/* Source keys of the facts that are not in a table. */
#define PSA_SOURCE_M365_URLS "m365-urls"
#define PSA_SOURCE_SMTP_SUBMISSION "smtp-submission"
#define PSA_SOURCE_SMTP_HVE "smtp-hve"

/* Connect-ExchangeOnline -DelegatedOrganization "works only if the customer
 * organization has agreed to your delegated management via the CSP
 * program" (its reference; docs/facts.md exo-delegated-organization). */
#define PSA_FACT_EXO_DELEGATED_ORG                                                          \
  "-DelegatedOrganization works only for a customer that has agreed to the partner's "     \
  "delegated administration (CSP): the partner administrator needs admin roles in each "   \
  "customer tenant"

#define PSA_FACT_EXO_DELEGATED_ORG_SHORT \
  "the customer's agreement to the partner's delegated administration (CSP)"

/* The ExchangeOnlineManagement module names the remote PowerShell sessions
 * it creates "ExchangeOnlineInternalSession..." (its .psm1,
 * UpdateImplicitRemotingHandler; docs/facts.md exo-session-name). */
#define PSA_EXO_SESSION_NAME "ExchangeOnlineInternalSession_1"

/* ---- retirement dates ---------------------------------------------------- */

/* Exchange Online remote PowerShell (RPS) turned off for all tenants. */
#define PSA_DATE_EXO_RPS_OFF "October 1, 2023"
/* Unified Messaging in Exchange Online out of support (retired): its UM
 * cmdlets are on-premises Exchange only (docs/facts.md exo-um-retirement). */
#define PSA_DATE_EXO_UM_OFF "February 28, 2020"
/* EXO V1 module (Connect-EXOPSSession): support ended, then connections. */
#define PSA_DATE_EXO_V1_SUPPORT_END "August 31, 2022"
#define PSA_DATE_EXO_V1_CONNECT_END "December 31, 2022"
/* Office 365 Germany (Microsoft Cloud Deutschland) closed. */
#define PSA_DATE_GERMANY_CLOSED "October 29, 2021"

/* SMTP AUTH basic authentication in Exchange Online: off by default for
 * existing tenants; the final removal date is to be announced then. */
#define PSA_DATE_SMTP_AUTH_DEFAULT_OFF "December 2026"
#define PSA_DATE_SMTP_AUTH_REMOVAL_NEWS "second half of 2027"
#define PSA_DATE_SMTP_AUTH_REMOVAL_NEWS_SHORT "2H 2027"
/* Exchange Web Services in Exchange Online: disabled in phases, then shut
 * down (OAuth included). */
#define PSA_DATE_EWS_DISABLE_START "October 1, 2026"
#define PSA_DATE_EWS_SHUTDOWN "April 1, 2027"

typedef struct {
  const char *what;   /* what happened on that date */
  const char *date;   /* as messages write it */
  const char *source; /* key of the source in docs/facts.md */
} psa_fact_date;

/* Every date above, NULL-terminated (what == NULL). */
extern const psa_fact_date psa_fact_dates[];

/* ---- hosts and endpoints -------------------------------------------------- */

/* The Microsoft 365 service an endpoint belongs to. */
typedef enum {
  PSA_ENDPOINT_EXO,     /* Exchange Online */
  PSA_ENDPOINT_SCC,     /* Security & Compliance */
  PSA_ENDPOINT_EOP,     /* standalone Exchange Online Protection */
  PSA_ENDPOINT_GERMANY, /* Office 365 Germany (closed) */
  PSA_ENDPOINT_UNKNOWN
} psa_endpoint_service;

typedef struct {
  const char *host;
  psa_endpoint_service service;
  const char *environment; /* -ExchangeEnvironmentName for sovereign clouds */
  const char *source;      /* key of the source in docs/facts.md */
} psa_endpoint;

/* Exchange remote PowerShell endpoints, ended by host == NULL. The first
 * is the worldwide Exchange Online host; psa_endpoint_gcc_high is the
 * entry other *.office365.us hosts are treated as. */
extern const psa_endpoint psa_rps_endpoints[];
extern const psa_endpoint *const psa_endpoint_gcc_high;

/* The endpoint of a host (lower-case, no port), or NULL. */
const psa_endpoint *psa_endpoint_of_host(const char *host);
/* Display name of a service ("Security & Compliance"). */
const char *psa_endpoint_service_name(psa_endpoint_service s);

/* The default -ConnectionUri of Connect-ExchangeOnline and of
 * Connect-IPPSSession. */
#define PSA_URI_EXO_DEFAULT "https://outlook.office365.com/powershell-liveid"
#define PSA_URI_SCC_DEFAULT "https://ps.compliance.protection.outlook.com/powershell-liveid"
/* The worldwide Security & Compliance host (sovereign ones need manual
 * rewrites). */
#define PSA_HOST_SCC "ps.compliance.protection.outlook.com"

/* Host suffixes that belong to Microsoft 365, NULL-terminated (source
 * "m365-urls"). */
extern const char *const psa_m365_host_suffixes[];
/* Host fragments that name Exchange remote PowerShell in free text
 * (filter script blocks), NULL-terminated, lower-case. */
extern const char *const psa_exchange_host_needles[];

/* SMTP: the client-submission (SMTP AUTH) hosts, NULL-terminated (source
 * "smtp-submission"); the High Volume Email host ("smtp-hve"); the suffix
 * of Direct Send / relay hosts ("smtp-submission"). */
extern const char *const psa_smtp_auth_hosts[];
#define PSA_HOST_SMTP_HVE "smtp-hve.office365.com"
#define PSA_HOST_DIRECT_SEND_SUFFIX ".mail.protection.outlook.com"

/* The address domains of Outlook.com, Microsoft's personal (consumer) mail:
 * a personal Microsoft account, not a mailbox of a Microsoft 365
 * organization, so app-only Microsoft Graph cannot send from it (source
 * "personal-accounts"). NULL-terminated. */
extern const char *const psa_personal_mail_domains[];
extern const char *const psa_personal_smtp_hosts[];

/* Other Microsoft modules whose cmdlet nouns also start with "AzureAD" and
 * that are not the retired AzureAD module (so no Graph migration applies). */
typedef struct {
  const char *noun_prefix; /* e.g. "AzureADIR" */
  const char *module;      /* the module that ships those cmdlets */
  const char *source;      /* key in docs/facts.md */
} psa_module_lookalike;
extern const psa_module_lookalike psa_azuread_lookalikes[];

/* "MSOnline" or "AzureAD" when a Verb-Noun cmdlet name belongs to one of the
 * retired directory modules: its noun says so (Msol*, AzureAD* minus the
 * look-alikes above) and it is a command of MSOnline, AzureAD or
 * AzureADPreview (analyzer/data/legacy-directory-cmdlets.txt); NULL
 * otherwise (a function named like one: Get-AzureADPSPermission). */
const char *psa_legacy_directory_module(const char *cmdlet);

/* The modules field of a command of MSOnline/AzureAD/AzureADPreview in
 * analyzer/data/legacy-directory-cmdlets.txt ("AzureAD,AzureADPreview"),
 * case-insensitively; NULL for any other name. */
const char *psa_legacy_directory_cmdlet_modules(const char *cmdlet);

/* The number of commands in that table. */
size_t psa_legacy_directory_cmdlet_count(void);

#endif

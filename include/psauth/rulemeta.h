/* What each built-in rule is about, as data: the service it concerns, the
 * sign-in method it finds, and the status of that method (retired on a
 * published past date, retiring on a published future date, insecure, or a
 * suggestion), with the date and the source key of docs/sources.md. The
 * severity of a rule follows from its status (docs/reports.md,
 * "Severity"), so the two cannot disagree. */
#ifndef PSAUTH_RULEMETA_H
#define PSAUTH_RULEMETA_H

#include <stdbool.h>
#include <stdint.h>

#include "psauth/finding.h"
#include "psauth/model.h"

typedef enum {
  PSA_SVC_EXO,
  PSA_SVC_SCC,
  PSA_SVC_EXCHANGE_ONPREM,
  PSA_SVC_ENTRA,       /* Microsoft Graph / Entra ID (MSOnline, AzureAD) */
  PSA_SVC_SPO,
  PSA_SVC_TEAMS,
  PSA_SVC_AZURE,
  PSA_SVC_MAIL,        /* SMTP, IMAP, POP */
  PSA_SVC_EWS,
  PSA_SVC_HTTP,        /* raw HTTP APIs */
  PSA_SVC_WINRM,       /* PowerShell remoting itself */
  PSA_SVC_TENANT,      /* tenant configuration */
  PSA_SVC_CREDENTIALS, /* credential handling that is not tied to one service */
  PSA_SVC_SCRIPT,      /* the script's own text (syntax errors) */
  PSA_SVC__COUNT
} psa_service;

typedef enum {
  PSA_AUTH_BASIC,
  PSA_AUTH_PASSWORD,       /* a user name and password (typed, stored or read) */
  PSA_AUTH_PASSWORD_GRANT, /* OAuth resource owner password credentials */
  PSA_AUTH_CLIENT_SECRET,
  PSA_AUTH_WINDOWS,        /* the Windows account running the script */
  PSA_AUTH_INTERACTIVE,
  PSA_AUTH_CERTIFICATE,
  PSA_AUTH_TOKEN,
  PSA_AUTH_NONE,           /* not a sign-in: a setting, a module pin, a syntax error */
  PSA_AUTH__COUNT
} psa_auth;

typedef enum {
  PSA_STATUS_RETIRED,    /* refused by Microsoft 365 since a published date that has passed */
  PSA_STATUS_RETIRING,   /* refused from a published date still to come */
  PSA_STATUS_INSECURE,   /* works, but keeps a password or secret in play */
  PSA_STATUS_SUGGESTION, /* works; a cleaner or faster way exists */
  PSA_STATUS_COVERAGE,   /* PSA001: text psauth could not analyse */
  PSA_STATUS__COUNT
} psa_status;

/* The facts for one severity a rule reports at. */
typedef struct {
  bool used;          /* the rule reports at this severity */
  psa_status status;
  const char *date;   /* "YYYY-MM-DD": retired since / retiring on; NULL otherwise */
  const char *source; /* source key in docs/sources.md ("S30"), or NULL */
  const char *note;   /* what the date is, briefly */
} psa_rule_fact;

typedef struct {
  const char *id;
  psa_service service;
  psa_auth signin;
  /* the service (signin) is refined from the command the finding points at
   * (its cmdlet, its -ConnectionUri, its -Authentication or credential
   * parameters), falling back to the fields above */
  bool service_from_command, signin_from_command;
  /* a secret itself is written in the script text: reported as an error
   * with status "insecure" (rotate it now), never as "retired" */
  bool exposed;
  psa_severity severity; /* the default */
  /* per severity the rule reports at, indexed by psa_severity: a rule may
   * raise or lower one finding (basic auth to a Microsoft 365 host is an
   * error, to another server a warning) */
  psa_rule_fact at[3];
} psa_rule_meta;

/* The date the facts were last checked against their sources. */
extern const char psa_meta_checked[];

const psa_rule_meta *psa_rule_meta_find(const char *id);
const psa_rule_meta *psa_rule_meta_all(unsigned *count);

/* The default severity of a rule: from its metadata for built-in rules,
 * from the rule itself for organisation rules. */
psa_severity psa_rule_severity(const psa_rule *rule);

/* The facts for a finding the rule reported at 'severity' (the rule's own
 * choice, before any configuration): those of that severity, else the
 * default's. NULL for rules without metadata. */
const psa_rule_fact *psa_rule_fact_at(const psa_rule_meta *m, psa_severity severity);

/* Service and sign-in of a finding at 'span' in 'model' (may be NULL); for
 * the service, the related locations ('alt', in the same file) are tried
 * when the finding's own command does not tell (Import-PSSession names no
 * host; its New-PSSession does). */
psa_service psa_finding_service(const psa_rule_meta *m, const psa_model *model, psa_span span,
                                const psa_span *alt, uint32_t alt_count);
psa_auth psa_finding_signin(const psa_rule_meta *m, const psa_model *model, psa_span span);

const char *psa_service_name(psa_service s);
const char *psa_auth_name(psa_auth s);
const char *psa_status_name(psa_status s);
bool psa_service_from_name(const char *name, psa_service *out);
bool psa_auth_from_name(const char *name, psa_auth *out);
bool psa_status_from_name(const char *name, psa_status *out);

#endif

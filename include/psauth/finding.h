/* Findings, the rules that make them, and fixes. */
#ifndef PSAUTH_FINDING_H
#define PSAUTH_FINDING_H

#include <stdbool.h>
#include <stdint.h>

#include "psauth/model.h"

typedef enum { PSA_SEV_INFO, PSA_SEV_WARNING, PSA_SEV_ERROR } psa_severity;

/* The fixed vocabulary of finding kinds; every finding carries one. */
typedef enum {
  PSA_KIND_LEGACY_EXO_RPS,
  PSA_KIND_BASIC_AUTH_FLAG,
  PSA_KIND_EXO_V1,
  PSA_KIND_CREDENTIAL_CONNECT,
  PSA_KIND_MSONLINE,
  PSA_KIND_AZUREAD,
  PSA_KIND_SMTP_BASIC,
  PSA_KIND_EWS_BASIC,
  PSA_KIND_PLAINTEXT_PASSWORD,
  PSA_KIND_PASSWORD_FILE,
  PSA_KIND_BASIC_HEADER,
  PSA_KIND_PLAINTEXT_CONVERSION,
  PSA_KIND_STORED_CREDENTIAL,
  PSA_KIND_CLIENT_SECRET,
  PSA_KIND_PASSWORD_GRANT,
  PSA_KIND_LEGACY_MODULE,
  PSA_KIND_TENANT_CONFIG,
  PSA_KIND_REST_CMDLET,
  PSA_KIND_DEPRECATED_CMDLET, /* a cmdlet its owner marks obsolete */
  PSA_KIND_API_RETIREMENT,    /* a service API retiring for every sign-in method */
  PSA_KIND_NO_AUTHENTICATION, /* a connection that sends no credential at all */
  PSA_KIND_PARSE_ERROR,
  PSA_KIND__COUNT
} psa_kind;

const char *psa_kind_name(psa_kind k);
const char *psa_severity_name(psa_severity s);
bool psa_kind_from_name(const char *name, psa_kind *out);
bool psa_severity_from_name(const char *name, psa_severity *out);

typedef enum {
  PSA_FIX_SAFE,    /* behaviour preserved: applied by `psauth fix` */
  PSA_FIX_UNSAFE,  /* needs tenant values or may change behaviour: --unsafe-fixes */
  PSA_FIX_DISPLAY  /* a suggestion, never applied */
} psa_applicability;

typedef struct {
  psa_span range;
  const char *replacement;
  /* Applied only when every fix of the file that carries the same edit is
   * applied: deletes plumbing (a shared $cred = Get-Credential) that several
   * rewrites stop using together, and that one of them alone still needs. */
  bool joint;
} psa_edit;

typedef struct {
  const char *title;
  psa_applicability applicability;
  psa_edit *edits;
  uint32_t edit_count;
  /* A unit of the migration (a static name, e.g. "exo-rps"): a fix that
   * 'needs' one is applied only when every finding with a fix that
   * 'provides' it has that fix applied (a Get-EXO* swap runs only once the
   * remote PowerShell connections are Connect-ExchangeOnline). NULL: none. */
  const char *provides;
  const char *needs;
} psa_fix;

typedef struct {
  psa_span span;             /* in 'src' when set, else in the finding's file */
  const char *message;
  const psa_source *src;     /* a dot-sourced file the location lies in, or NULL */
  const char *path;          /* that file's path as the script names it */
} psa_related;

typedef struct psa_rule psa_rule;

typedef struct {
  const psa_rule *rule;
  psa_severity severity;
  /* set when the configuration changed 'severity': the rule's own choice,
   * which the finding's status (rulemeta.h) follows */
  bool severity_configured;
  psa_severity rule_severity;
  psa_span span;
  const char *message;
  psa_related *related;
  uint32_t related_count;
  psa_fix *fixes;
  uint32_t fix_count;
  /* Application permissions the finding's rewrite needs (Microsoft Graph,
   * comma-separated, e.g. "User.Read.All, Organization.Read.All"), or NULL. */
  const char *permissions;
  /* What the finding is about, a psa_service and a psa_auth (rulemeta.h),
   * set by the scan once the rules have run, while the model is at hand:
   * the reports need no model (psa_scan_options.release_model). */
  uint8_t service, signin;
} psa_finding;

/* Tenant values for rewrites (config file or command line); NULL members
 * make the rewrite reference variables declared once near the top of the
 * script ($ExoAppId = '<app-id>' ...), so the script fails loudly until they
 * are filled in. */
/* What MSOnline / AzureAD cmdlet calls are rewritten to. */
typedef enum {
  PSA_GRAPH_TARGET_GRAPH, /* Microsoft Graph PowerShell (Microsoft.Graph.*), the default */
  PSA_GRAPH_TARGET_ENTRA  /* Microsoft Entra PowerShell (Microsoft.Entra) */
} psa_graph_target;

typedef struct psa_tenant {
  const char *app_id;
  const char *organization;
  const char *certificate_thumbprint;
  const char *certificate_path;
  bool managed_identity;
  psa_graph_target graph_target;
} psa_tenant;

typedef struct psa_rule_ctx psa_rule_ctx;

struct psa_rule {
  const char *id;             /* stable: PSA<family><nn>, never reused */
  const char *name;           /* kebab-case short name */
  psa_kind kind;
  psa_severity severity;      /* default severity */
  const char *summary;        /* one line: what it finds */
  const char *retirement;     /* date and source, or NULL */
  const char *const *needles; /* lower-case literals without which it cannot fire (NULL: always run) */
  void (*check)(psa_rule_ctx *ctx, const psa_rule *rule);
};

/* The registry: every built-in rule, in ID order. */
const psa_rule *const *psa_rules(uint32_t *count);
const psa_rule *psa_rule_find(const char *id);

/* What a rule's check function gets. */
struct psa_rule_ctx {
  const psa_model *model;
  const psa_source *src;
  const psa_tenant *tenant;   /* never NULL */
  struct psa_rule_state *impl; /* the file's rule state (rules/context.h) */
};

/* Reports a finding; returns it so the rule can add related locations
 * and fixes. 'fmt' is printf-style. */
psa_finding *psa_report(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *fmt,
                        ...) __attribute__((format(printf, 4, 5)));
void psa_finding_related(psa_rule_ctx *ctx, psa_finding *f, psa_span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Adds a fix to a finding (valid until the rule's next psa_report) and an
 * edit to a fix. Replacement text uses "\n" for new lines; the fixer writes
 * the file's own line ending. */
psa_fix *psa_finding_add_fix(psa_rule_ctx *ctx, psa_finding *f, psa_applicability a,
                             const char *title);
void psa_fix_add_edit(psa_rule_ctx *ctx, psa_fix *fix, psa_span range, const char *replacement);
/* Line number (1-based) of an offset, for messages. */
uint32_t psa_line_of(const psa_rule_ctx *ctx, uint32_t offset);
/* Arena string helpers for rules. */
char *psa_ctx_printf(psa_rule_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif

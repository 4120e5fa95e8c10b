/* The migration plan of one scanned file: for each connection, how it signs
 * in today (the sign-in mode), the modern form chosen for it and why, and
 * every rewrite the planner refused with its reason. Rules record it while
 * they make their fixes; `psauth fix --plan` prints it. */
#ifndef PSAUTH_PLAN_H
#define PSAUTH_PLAN_H

#include <stdint.h>

#include "psauth/parse.h"

typedef enum {
  PSA_SIGNIN_UNKNOWN,     /* no evidence either way */
  PSA_SIGNIN_UNATTENDED,  /* a password the script supplies: literal, file, vault,
                             environment, parameter, Automation credential */
  PSA_SIGNIN_INTERACTIVE, /* a person signs in: Get-Credential prompt, Read-Host,
                             a bare Connect-* */
  PSA_SIGNIN_TOKEN,       /* access, refresh or partner tokens;
                             BasicAuthToOAuthConversion sessions */
  PSA_SIGNIN_MODERN       /* certificate or managed identity, or such a branch
                             offered by the script next to the legacy one */
} psa_signin_mode;

const char *psa_signin_mode_name(psa_signin_mode m);

typedef enum {
  PSA_PLAN_CONNECTION, /* a connection and the target chosen for it */
  PSA_PLAN_REFUSED,    /* a rewrite not made, and why */
  PSA_PLAN_REWRITE     /* a statement rewritten that is not a connection (a mail
                          send, a cmdlet swap): what it becomes and why */
} psa_plan_kind;

typedef struct {
  psa_plan_kind kind;
  psa_span span;          /* the connection (or the statement refused) */
  const char *rule_id;    /* the rule whose fix it is, or NULL */
  const char *subject;    /* what it is about ("New-PSSession", "Get-Mailbox") */
  psa_signin_mode mode;   /* PSA_PLAN_CONNECTION */
  const char *evidence;   /* PSA_PLAN_CONNECTION: what the mode was read from */
  const char *target;     /* the chosen form (connection, rewrite), or NULL when refused */
  const char *why;        /* why this target, or the refusal's reason */
} psa_plan_entry;

#endif

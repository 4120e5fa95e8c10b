/* Organisation rules: rules a config file defines (docs/configuration.md),
 * built by the rules stage (rules/user_rules.c) and run after the built-in
 * ones. */
#ifndef PSAUTH_USER_RULES_H
#define PSAUTH_USER_RULES_H

#include <stddef.h>

#include "psauth/finding.h"

/* Prefix every organisation rule ID starts with (docs/configuration.md). */
#define PSA_USER_RULE_PREFIX "ORG"

typedef struct psa_user_rule psa_user_rule;

struct cJSON;

/* The organisation rule behind a psa_rule, or NULL for a built-in rule. */
const psa_user_rule *psa_user_rule_of(const psa_rule *rule);
const char *psa_user_rule_help_uri(const psa_user_rule *u); /* NULL if not given */

/* Builds a rule from its JSON object (rules[index] of a config). Checks
 * keys, types, the ID prefix, the kind and severity names, and compiles the
 * regexes. Returns NULL with a message ("rules[0] (ORG001): valueRegex: ...")
 * in err. Duplicate IDs are the caller's business. */
psa_user_rule *psa_user_rule_parse(const struct cJSON *obj, size_t index, char *err, size_t errlen);
void psa_user_rule_free(psa_user_rule *u);
const psa_rule *psa_user_rule_rule(const psa_user_rule *u);
/* The rule's definition as JSON (caller deletes). */
struct cJSON *psa_user_rule_to_json(const psa_user_rule *u);

#endif

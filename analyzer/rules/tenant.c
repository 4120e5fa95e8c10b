/* Rule family: tenant. */
#include "rules.h"

const psa_rule *const psa_rules_tenant[] = {NULL};

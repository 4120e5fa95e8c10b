/* Rule family: http. */
#include "rules.h"

const psa_rule *const psa_rules_http[] = {NULL};

/* Rule family: modules. */
#include "rules.h"

const psa_rule *const psa_rules_modules[] = {NULL};

/* Rule family: exo_rest. */
#include "rules.h"

const psa_rule *const psa_rules_exo_rest[] = {NULL};

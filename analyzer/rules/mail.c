/* Rule family: mail. */
#include "rules.h"

const psa_rule *const psa_rules_mail[] = {NULL};

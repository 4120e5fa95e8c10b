#ifndef PSA_ENGINE_INTERNAL_H
#define PSA_ENGINE_INTERNAL_H

#include "psauth/scan.h"
#include "rules/context.h"
#include "base/util.h"

/* Loads the files 'model' dot-sources (constant paths, $PSScriptRoot,
 * Join-Path $PSScriptRoot x) and imports their definitions into it,
 * recursively up to a small depth, each file once; they are kept in the
 * rule state so that findings can point into them. */
void psa_dotsource_load(psa_parser *parser, psa_rule_state *state, const char *path,
                        psa_model *model, const psa_scan_options *opts);
void psa_dotsource_free(psa_rule_state *state);

#endif

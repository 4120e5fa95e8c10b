#ifndef PSA_ENGINE_INTERNAL_H
#define PSA_ENGINE_INTERNAL_H

#include "psauth/plan.h"
#include "psauth/scan.h"
#include "rules/context.h"
#include "base/util.h"

/* A script above this size has its parse held to the memory available
 * (scan.c: psa_parser_set_memory_limit) and is analysed while no other such
 * script is (pool.c), so that the memory measured before its parse is not
 * promised to another job at the same time. Smaller scripts need at most
 * about 180 MB even when pathological (700 bytes a byte). */
#define PSA_ENGINE_BIG_FILE ((size_t)256 << 10)

/* Loads the files 'model' dot-sources (constant paths, $PSScriptRoot,
 * Join-Path $PSScriptRoot x) and imports their definitions into it,
 * recursively up to a small depth, each file once; they are kept in the
 * rule state so that findings can point into them. */
void psa_dotsource_load(psa_parser *parser, psa_rule_state *state, const char *path,
                        psa_model *model, const psa_scan_options *opts);
void psa_dotsource_free(psa_rule_state *state);

#endif

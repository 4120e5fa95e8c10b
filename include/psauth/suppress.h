/* Suppressions written in the scripts themselves (docs/suppressions.md).
 *
 * Comment directives, found among the syntax tree's comment nodes (main
 * tree and recovered fragments), so a '#' inside a string is never one:
 *
 *   # psauth: disable-next-line ID[,ID...] [-- reason]   the next statement
 *   ... # psauth: disable-line ID [-- reason]            findings starting on this line
 *   # psauth: disable ID ... # psauth: enable ID         a block (to the end without enable)
 *   # psauth: disable-file ID [-- reason]                the whole file
 *
 * ID is a rule ID, ID prefix, rule name, kind or "all". Block comments
 * (<# ... #>) may hold directives too, one per line.
 *
 * PSScriptAnalyzer's [Diagnostics.CodeAnalysis.SuppressMessageAttribute(
 * 'RuleName', 'CheckId', Scope=, Target=, Justification=)] on a param()
 * block suppresses in the script (script param block) or in the function
 * or script block whose param block holds it; Scope='Function' (or
 * 'Class') with Target re-targets it to the matching functions (classes)
 * inside that extent, as PSScriptAnalyzer does.
 */
#ifndef PSAUTH_SUPPRESS_H
#define PSAUTH_SUPPRESS_H

#include <stdbool.h>
#include <stdint.h>

#include "psauth/finding.h"
#include "psauth/parse.h"
#include "psauth/source.h"

typedef enum {
  PSA_SUPPRESS_LINE,      /* disable-line */
  PSA_SUPPRESS_NEXT_LINE, /* disable-next-line */
  PSA_SUPPRESS_BLOCK,     /* disable ... enable */
  PSA_SUPPRESS_FILE,      /* disable-file */
  PSA_SUPPRESS_ATTRIBUTE  /* SuppressMessageAttribute */
} psa_suppression_kind;

typedef struct {
  psa_suppression_kind kind;
  char *selector;     /* as written (owned) */
  char *reason;       /* after "--", or Justification=; NULL if none (owned) */
  psa_span range;     /* findings starting in [start, end) are suppressed */
  uint32_t line, col; /* where the directive is written (1-based) */
  bool used;          /* it suppressed at least one finding */
} psa_suppression;

/* Something wrong with a directive: a misspelt keyword, a missing ID list,
 * an enable without a disable. */
typedef struct {
  uint32_t line, col;
  char *message; /* owned */
} psa_suppression_problem;

typedef struct {
  psa_suppression *items;
  uint32_t count, cap;
  psa_suppression_problem *problems;
  uint32_t problem_count, problem_cap;
} psa_suppressions;

/* Whether the text could hold any suppression: a cheap test to skip the
 * tree walk (and, for files the prefilter did not parse, the parse). */
bool psa_suppressions_possible(const psa_source *src);

/* Collects the file's suppressions into *out (zero it first). */
void psa_suppressions_collect(const psa_source *src, const psa_parse_result *parse,
                              psa_suppressions *out);

/* Whether a finding of 'rule' starting at 'span' is suppressed; marks the
 * suppressions that match as used. */
bool psa_suppressions_match(psa_suppressions *s, const psa_rule *rule, psa_span span);

void psa_suppressions_free(psa_suppressions *s);

#endif

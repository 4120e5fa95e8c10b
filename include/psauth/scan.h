/* The library's front door: scan one file, get its findings. */
#ifndef PSAUTH_SCAN_H
#define PSAUTH_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "psauth/finding.h"
#include "psauth/parse.h"
#include "psauth/plan.h"
#include "psauth/source.h"

/* Findings kept per file unless psa_scan_options.max_findings says
 * otherwise: a generated file must not flood a report. */
#define PSA_SCAN_MAX_FINDINGS 1000

typedef struct {
  size_t max_file_bytes;   /* 0: no limit */
  psa_tenant tenant;
  bool no_recovery;        /* skip statement-level error recovery */
  bool no_prefilter;       /* parse every file even when no rule could fire */
  bool no_dot_source;      /* do not load dot-sourced files (. .\\common.ps1) */
  bool parse_only;         /* stop after parsing (benchmarks): syntax errors only */
  /* Free the syntax trees as soon as the model is built (the rules do not
   * need them), unless the file may hold suppressions
   * (psa_suppressions_possible), which need them. With
   * psa_scan_many the worker then frees them, not the consumer: less
   * memory waits in the window, and no frees into another thread's heap. */
  bool release_trees;
  /* Free the model once the findings are complete (they do not point into
   * it; psa_finding.service and .signin are read from it before): what
   * waits in psa_scan_many's window is then the source and the findings.
   * psa_file_result.model is NULL afterwards. */
  bool release_model;
  /* Resource limits; 0 means the default. Hitting one is reported in the
   * file's message, never silent. */
  uint32_t max_findings;   /* findings kept per file (default PSA_SCAN_MAX_FINDINGS) */
  uint32_t max_depth;      /* syntax nesting the model walks (default and most:
                              PSA_MODEL_MAX_DEPTH) */
  /* Rules run after the built-ins (organisation rules from a config); when
   * there are any, the prefilter is off: their needles are unknown. */
  const psa_rule *const *extra_rules;
  size_t extra_rule_count;
  /* Which rules run (psa_config_rule_enabled): the file's config layer and
   * the command line's, and the file's path relative to the config's
   * directory (psa_scan_many: relpaths[i] for paths[i]). A rule that does
   * not run cannot keep another rule from reporting a literal, so the rules
   * shown do not depend on which ran first. All NULL: every rule runs. */
  const struct psa_config *config;
  const struct psa_config *cli_config;
  const char *relpath;
  const char *const *relpaths;
  /* psa_scan_bytes only: an earlier main tree of this text for an
   * incremental parse (psa_parse_incremental), or NULL. */
  const TSTree *old_tree;
  /* Reads a dot-sourced file, given its real path, instead of the disk (an
   * editor's unsaved text); NULL, or a NULL answer, reads the disk. */
  psa_source *(*load_dot_source)(void *payload, const char *real_path);
  void *load_payload;
  /* The script file names ("x.ps1", lower case, sorted) that other scripts
   * of the scan set name (psa_scripts_named_by_others), or NULL: a script
   * others run may be a connection helper (the planner keeps its sessions). */
  const char *const *named_scripts;
  size_t named_script_count;
} psa_scan_options;

typedef enum {
  PSA_FILE_OK,
  PSA_FILE_SKIPPED,        /* binary, too large, not a regular file: see message */
  PSA_FILE_ERROR           /* could not be read */
} psa_file_status;

typedef struct {
  char *path;
  psa_file_status status;
  char *message;           /* for SKIPPED / ERROR */
  psa_source *src;
  psa_parse_result parse;
  psa_model *model;
  bool parsed;             /* false when the prefilter ruled the file out */
  bool may_suppress;       /* psa_suppressions_possible(src), computed once */
  psa_finding *findings;   /* sorted by position, then rule ID */
  uint32_t finding_count;
  uint32_t syntax_errors;  /* 1 when the text is not PowerShell (PSA001), else 0 */
  /* Coverage: the parts psauth could not analyse (what the grammar could
   * not read, even statement by statement), whole lines, in order. A
   * limitation of psauth, not a finding: never counted, never failing. */
  psa_span *unanalysed;
  uint32_t unanalysed_count;
  struct psa_rule_state *impl; /* findings' storage (rules/context.h) */
} psa_file_result;

/* Loads, parses, models and checks one file. Never fails: problems are in
 * the result's status and message. */
void psa_scan_file(psa_parser *parser, const char *path, const psa_scan_options *opts,
                   psa_file_result *out);
/* The same for bytes in memory (tests, fuzzers). */
void psa_scan_bytes(psa_parser *parser, const char *path, const void *bytes, size_t len,
                    const psa_scan_options *opts, psa_file_result *out);
void psa_file_result_free(psa_file_result *res);

/* The script file names (lower case, sorted, each once) that the text of
 * another of 'paths' names: "x.ps1" written anywhere in a file other than
 * x.ps1 itself (a dot-source, a call, a comment saying to run it first).
 * Files that cannot be read, or are over their max_bytes[i] (NULL or 0: no
 * limit), are left out. Free with psa_scripts_named_free. */
char **psa_scripts_named_by_others(const char *const *paths, const size_t *max_bytes, size_t n,
                                   size_t *count);
void psa_scripts_named_free(char **names, size_t count);
/* Whether the file name of 'path' is among 'names'. */
bool psa_script_named(const char *const *names, size_t count, const char *path);

/* Scans 'paths' on 'jobs' threads (one parser each). 'sink' is called on
 * the calling thread for every file, in input order whatever 'jobs' is; the
 * result is freed when it returns. */
typedef void (*psa_scan_sink)(void *payload, size_t index, psa_file_result *res);
void psa_scan_many(const char *const *paths, size_t count, const psa_scan_options *opts,
                   unsigned jobs, psa_scan_sink sink, void *payload);

/* The file's migration plan (connections, targets, refusals), in the order
 * the rules recorded it; valid while the result lives. */
const psa_plan_entry *psa_file_plan(const psa_file_result *res, uint32_t *count);

/* 1-based line/column of a finding's start and end. */
void psa_finding_position(const psa_file_result *res, const psa_finding *f, uint32_t *line,
                          uint32_t *col, uint32_t *end_line, uint32_t *end_col);

#endif

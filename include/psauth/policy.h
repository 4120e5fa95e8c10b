/* Policy: which findings a run shows and fixes, decided in one place for
 * `psauth scan` and `psauth fix`.
 *
 * Selection (select/ignore of the config file and the command line,
 * perFileIgnores) decides which rules run at all (psa_scan_options.config);
 * then, per scanned file, suppressions drop findings, severity overrides
 * apply, and a baseline hides the findings it knows. `psauth fix` fixes
 * exactly the findings `psauth scan` would show, again and again until the
 * text stops changing.
 */
#ifndef PSAUTH_POLICY_H
#define PSAUTH_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#include "psauth/baseline.h"
#include "psauth/config.h"
#include "psauth/discover.h"
#include "psauth/fix.h"
#include "psauth/scan.h"
#include "psauth/suppress.h"

typedef struct {
  const psa_config *cli;  /* the command line's layer, or NULL */
  psa_tenant tenant;      /* tenant values from the command line (win over the config's) */
  bool graph_target_set;  /* tenant.graph_target given (--target), else the config's */
  psa_baseline *baseline; /* --baseline: the findings it lists are not shown, or NULL */
  psa_baseline *record;   /* --write-baseline: the findings kept are added, or NULL */
  /* --report-unused-suppressions: files the prefilter did not parse are
   * parsed for their suppressions too */
  bool collect_unused;
} psa_policy;

/* ---- the files of a run ------------------------------------------------ */

/* A file to scan, with the config that applies to it. */
typedef struct {
  const char *path;        /* into the discovery list */
  const psa_config *cfg;   /* NULL: no config file applies */
  char *relpath;           /* relative to cfg's directory (owned) */
  bool explicit_path;      /* named on the command line */
} psa_job;

typedef struct {
  psa_discover_list list;  /* what discovery found, errors included */
  psa_job *jobs;           /* the files to scan, in discovery order */
  size_t count, cap;
} psa_jobs;

/* The files of a run, the same for scan and fix: discovers 'paths' with
 * the command line's include and exclude globs in 'dopts'; without include
 * globs a walk takes every file and the config of each decides (its include
 * globs, or the script extensions; its exclude globs). Discovery errors are
 * handed to on_error in order. Returns 0, or -1 with a message in err when a
 * config file does not load; free 'out' either way. */
int psa_policy_jobs(psa_config_finder *finder, bool no_config, const char *const *paths,
                    size_t path_count, const psa_discover_options *dopts,
                    void (*on_error)(void *payload, const psa_discover_entry *e), void *payload,
                    psa_jobs *out, char *err, size_t errlen);
void psa_jobs_free(psa_jobs *j);

/* What the policy decided for one file. */
typedef struct {
  psa_suppressions suppressions; /* the file's, with 'used' set */
  size_t baseline_matched;       /* findings hidden because the baseline lists them */
  bool failing;                  /* a finding shown at or above fail-on */
  psa_severity fail_on;
} psa_policy_outcome;

/* Scan options for the files under 'cfg' (NULL: no config file): the
 * file-size limit, tenant values, organisation rules and the layers that
 * decide which rules run. 'base' supplies the rest. */
void psa_policy_scan_options(const psa_policy *p, const psa_config *cfg,
                             const psa_scan_options *base, psa_scan_options *out);

/* Applies the policy to a scanned file, in place: drops suppressed findings,
 * findings of rules not enabled for 'relpath', and findings the baseline
 * knows (recording the rest first with p->record); sets severities. The
 * parser is used only with collect_unused, for a file the prefilter
 * skipped (no_recovery as the scan). Free the outcome with
 * psa_policy_outcome_free. */
void psa_policy_apply(const psa_policy *p, const psa_config *cfg, const char *relpath,
                      psa_parser *parser, bool no_recovery, psa_file_result *r,
                      psa_policy_outcome *out);
void psa_policy_outcome_free(psa_policy_outcome *o);

/* The file's unused suppressions and malformed directives, as
 * "path:line:col: warning: ...\n" lines in *lines (malloc'd, NULL when
 * there are none; attributes naming another tool's rules are not ours to
 * report). Returns how many; any of them is a warning against fail-on
 * (sets o->failing). */
size_t psa_policy_unused(const char *path, const psa_config *cfg, psa_policy_outcome *o,
                         char **lines);

/* ---- fixing ------------------------------------------------------------ */

/* Called for every fix that could not be applied in a pass. */
typedef void (*psa_fix_note_sink)(void *payload, const psa_file_result *file,
                                  const psa_fix_note *note, bool first_pass);

/* Called after every pass with the text that pass fixed and its result
 * (`psauth fix --plan` prints each pass's plan). */
typedef void (*psa_fix_pass_sink)(void *payload, const psa_file_result *file,
                                  const psa_fix_result *fix);

/* One file through `psauth fix`. */
typedef struct {
  psa_file_result file;      /* the original text, policy applied */
  psa_fix_result fix;        /* text: the result of every pass (NULL: unchanged) */
  size_t conflicts;          /* fixes of the last pass that lost a conflict */
  size_t left;               /* findings of the final text (policy applied) */
  psa_fix_pass_sink on_pass; /* optional; set after psa_fix_run_scan */
  void *on_pass_payload;
} psa_fix_run;

/* Scans and applies the policy (not the baseline's recording). Returns
 * file.status; the run must be freed whatever it returns. */
psa_file_status psa_fix_run_scan(psa_fix_run *run, const psa_policy *p, const psa_config *cfg,
                                 const char *relpath, psa_parser *parser, const char *path,
                                 const psa_scan_options *opts);

/* Computes the fixes and, unless opts->accept reviews them, fixes the
 * result again until nothing changes (a fix can make another possible:
 * Connect-EXOPSSession rewritten to Connect-ExchangeOnline lets the session
 * cleanup become Disconnect-ExchangeOnline), at most PSA_FIX_MAX_PASSES
 * passes, so that a second run has nothing left. */
void psa_fix_run_fix(psa_fix_run *run, const psa_policy *p, const psa_config *cfg,
                     const char *relpath, psa_parser *parser, const psa_scan_options *opts,
                     const psa_fix_options *fopts, psa_fix_note_sink note, void *payload);
void psa_fix_run_free(psa_fix_run *run);

#endif

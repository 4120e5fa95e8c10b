/* The results of a run in a compact form that outlives the scanned files:
 * every report format is written from this one model, and `psauth merge`
 * rebuilds it from JSON reports of earlier runs. */
#ifndef PSAUTH_RESULTS_H
#define PSAUTH_RESULTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "psauth/baseline.h"
#include "psauth/finding.h"
#include "psauth/rulemeta.h"
#include "psauth/scan.h"

typedef struct {
  uint32_t line, col;         /* 1-based; columns in Unicode code points */
  uint32_t end_line, end_col; /* end is exclusive */
} psa_range;

typedef struct {
  psa_range at;
  char *message;
  char *path;                 /* another file (a dot-sourced one), or NULL */
} psa_result_related;

typedef struct {
  psa_range at;
  uint32_t start, end;        /* UTF-8 text offsets in the file */
  char *replacement;
} psa_result_edit;

typedef struct {
  char *title;
  psa_applicability applicability;
  psa_result_edit *edits;
  uint32_t edit_count;
  /* the fix alone as a unified diff of the affected lines (hunks only, no
   * file header), when psa_results.fix_diffs asked for it; else NULL */
  char *diff;
} psa_result_fix;

typedef struct {
  const psa_rule *rule;       /* NULL only for findings of unknown rules in merged input */
  char *rule_id;
  psa_severity severity;
  /* what the finding is about (rulemeta.h): from the rule's metadata at the
   * severity the rule chose, refined by the command it points at */
  psa_service service;
  psa_auth signin;
  psa_status status;
  char *status_date;          /* "YYYY-MM-DD" for retired/retiring, else NULL */
  char *status_source;        /* source key in docs/sources.md, or NULL */
  psa_range at;
  char *message;
  char *snippet;              /* the source lines of the finding (at most 5) */
  char *fingerprint;          /* line-independent: see psa_fingerprint() */
  psa_result_related *related;
  uint32_t related_count;
  psa_result_fix *fixes;
  uint32_t fix_count;
  char *permissions;          /* application permissions a rewrite needs, comma-separated, or NULL */
} psa_result_finding;

/* One entry of a file's migration plan (psauth/plan.h): a connection with
 * the sign-in mode psauth read and the target chosen for it, or a rewrite
 * refused and why. */
typedef struct {
  char *kind;                 /* "connection", "rewrite" or "refused" */
  uint32_t line;
  char *subject;              /* the cmdlet it is about */
  char *rule;                 /* the rule whose fix it is, or NULL */
  char *signin;               /* connection: the sign-in mode read ("interactive", ...) */
  char *evidence;             /* connection: what that was read from */
  char *target;               /* connection: the form chosen, or NULL when refused */
  char *reason;               /* why that target, or why the rewrite was refused */
} psa_result_plan;

typedef struct {
  char *path;
  psa_file_status status;
  char *message;              /* for skipped files and read errors */
  char *encoding;             /* "utf-8", "utf-16le", ... (NULL when not read) */
  char *eol;                  /* "lf", "crlf", ... */
  bool parsed;                /* false: no rule could match, the parser was not needed */
  uint32_t syntax_errors;
  psa_result_finding *findings;
  uint32_t finding_count;
  /* with psa_results.fix_diffs: the edits several fixes share (the block
   * that declares the tenant values), as one diff, left out of each fix's
   * own diff; NULL when there are none */
  char *shared_fix_diff;
  /* Coverage notices: lines psauth could not analyse (a grammar gap, not a
   * finding). */
  psa_range *unanalysed;      /* whole lines: col 1 to the end of end_line */
  uint32_t unanalysed_count;
  uint32_t unanalysed_lines;
  /* The migration plan, for the findings reported (entries of rules not
   * shown are left out). */
  psa_result_plan *plan;
  uint32_t plan_count;
} psa_result_file;

/* A baseline entry that no longer matches any finding. */
typedef struct {
  char *rule, *path, *fingerprint, *message;
} psa_result_stale;

struct psa_results_spool;

typedef struct {
  psa_result_file *files;     /* sorted by path; empty when spooled */
  size_t file_count, file_cap;
  /* psa_results_spool(): files go to a temporary file as they are added
   * and are read back one at a time (psa_results_cursor), so memory does
   * not grow with the number of files or findings (docs/reports.md). */
  struct psa_results_spool *spool;
  double elapsed_seconds;
  bool fix_diffs;             /* psa_results_add makes psa_result_fix.diff */
  /* The baseline of the run (--baseline), or NULL; the text and JSON
   * reports say what it hid and which of its entries are stale. */
  char *baseline_file;
  size_t baseline_matched;    /* findings not shown because it lists them */
  psa_result_stale *baseline_stale;
  size_t baseline_stale_count;
  size_t reports_read;        /* psa_results_read_json: reports merged so far */
} psa_results;

/* Decides whether a finding is reported (rule selection, suppressions...);
 * may change its severity. NULL keeps everything. */
typedef bool (*psa_finding_filter)(void *payload, const psa_file_result *file, psa_finding *f);

/* Copies what the reports need from one scanned file. When spooled, files
 * must be added in path order (strcmp); otherwise any order. */
void psa_results_add(psa_results *r, const psa_file_result *file, psa_finding_filter filter,
                     void *payload);
/* Adds a file built by hand (merged input, tests) and takes what it owns;
 * the same ordering rule. */
void psa_results_append(psa_results *r, psa_result_file *f);
void psa_results_free(psa_results *r);

/* From now on, files added to 'r' (empty) are written to a temporary file
 * in $TMPDIR (default /tmp), unlinked as soon as it is created so that it
 * is gone on every exit, and freed. Returns 0, or -1 with a message naming
 * the directory and the problem. */
int psa_results_spool(psa_results *r, char *err, size_t errlen);
/* 0, or -1 with a message when writing or reading the spool failed (a
 * full disk): reports written from it are then incomplete. */
int psa_results_spool_status(const psa_results *r, char *err, size_t errlen);

/* Reads the files of 'r' in order, one at a time. One cursor at a time per
 * results (a spooled file is read back from its start); what next()
 * returned stays valid until the following call. */
typedef struct {
  const psa_results *r;
  size_t index;               /* of the file next() returned last */
  size_t next;
  psa_result_file file;       /* spooled: the file read last */
} psa_results_cursor;
void psa_results_open(const psa_results *r, psa_results_cursor *c);
const psa_result_file *psa_results_next(psa_results_cursor *c);
void psa_results_close(psa_results_cursor *c);
/* Frees what a psa_result_file owns (not the struct itself). */
void psa_result_file_clear(psa_result_file *f);

/* Records the run's baseline: 'matched' findings it hid, and its stale
 * entries (psa_baseline_stale). */
void psa_results_set_baseline(psa_results *r, const psa_baseline *b, size_t matched);

/* Counts over the results. */
typedef struct {
  size_t files_scanned, files_skipped, files_with_syntax_errors, read_errors;
  size_t files_not_fully_analysed, lines_not_analysed; /* coverage, not findings */
  size_t findings;
  size_t by_severity[3];
  size_t by_kind[PSA_KIND__COUNT];
  size_t fixable_safe, fixable_unsafe;
} psa_results_summary;
void psa_results_summarize(const psa_results *r, psa_results_summary *out);


/* Report formats. */
typedef enum {
  PSA_FORMAT_TEXT,
  PSA_FORMAT_JSON,
  PSA_FORMAT_SARIF,
  PSA_FORMAT_HTML,
  PSA_FORMAT_CSV,
  PSA_FORMAT_MARKDOWN,
  PSA_FORMAT_GITHUB,
  PSA_FORMAT_JUNIT,
  PSA_FORMAT_GITLAB
} psa_format;

bool psa_format_from_name(const char *name, psa_format *out);
const char *psa_format_name(psa_format f);

typedef struct {
  bool color;          /* text: ANSI colours */
  bool quiet;          /* text: findings only, no summary */
  bool statistics;     /* text: counts per rule instead of findings */
  bool show_source;    /* text: source line and caret under each finding */
} psa_report_options;

/* Writes the whole report. Returns 0, or -1 with a message in err. */
int psa_results_write(const psa_results *r, psa_format format, const psa_report_options *opts,
                     FILE *out, char *err, size_t errlen);

/* Reads a JSON report written by psa_results_write(PSA_FORMAT_JSON) and adds
 * its files to 'r' (for `psauth merge`). Returns 0, or -1 with a message. */
int psa_results_read_json(psa_results *r, const char *json, size_t len, char *err, size_t errlen);

#endif

/* The per-file state behind a psa_rule_ctx: the findings the rules report
 * and the strings they point at, the literals already reported, the
 * plumbing removals rewrites ask for, and the dot-sourced files whose
 * spans findings may point into. Owned by rules/; the engine creates one per
 * scanned file, runs the rules against it and then completes the fixes
 * (psa_fix_finish). This header is the rules stage's API for the engine;
 * rule families use rules/rules.h. */
#ifndef PSA_RULES_CONTEXT_H
#define PSA_RULES_CONTEXT_H

#include "psauth/finding.h"
#include "psauth/parse.h"
#include "psauth/plan.h"
#include "base/util.h"

/* A dot-sourced file loaded for its top-level definitions (by the engine). */
typedef struct psa_import {
  psa_source *src;
  char *path;      /* as the dot-sourcing script names it (relative to its folder) */
  psa_span anchor; /* the `. file` command in the scanned file that brought it in */
  psa_parse_result parse;
  psa_model *model;
} psa_import;

/* A rewrite's request to remove the plumbing that fed it 'credential'; by
 * index, because adding findings and fixes moves them. */
typedef struct psa_plumbing {
  uint32_t finding, fix;
  const psa_value *credential;
  /* psa_fix_prompt_user: the edit to swap when the prompt stays */
  bool user_hint;
  uint32_t user_edit;
  psa_span user_range, user_conn;
  const char *user_text;
  /* psa_fix_request_cert_params: the app-only connection whose caller's
   * credential parameters become certificate ones, or NULL */
  const psa_command *cert_connect;
  const psa_rule *cert_rule;
  /* psa_fix_stale_messages: messages naming the connection's endpoint */
  const psa_command *msg_conn;
  const char *msg_uri, *msg_svc;
  const struct psa_msg_rename *msg_names;
  /* psa_fix_drop_uncalled_params */
  bool uncalled_params;
  /* the prompt of a credential several rewrites read is a user-name
   * prompt already, made with the first of them (psa_fix_finish) */
  bool prompt_done;
} psa_plumbing;

typedef struct psa_rule_state {
  psa_arena arena;
  psa_finding *findings;
  uint32_t finding_count, finding_cap;
  psa_span *marked; /* literals already reported */
  uint32_t marked_count, marked_cap;
  psa_import *imports; /* dot-sourced files, kept while the result lives (engine) */
  uint32_t import_count, import_cap;
  psa_plumbing *plumbing; /* credential plumbing to remove, once all rules ran */
  uint32_t plumbing_count, plumbing_cap;
  struct psa_graph_plan *graph_plan; /* the file's MSOnline/AzureAD migration (rules/graph_migrate.h),
                                        made by the first rule that asks, freed by psa_fix_finish */
  psa_plan_entry *plan; /* the migration plan (rules/plan.c) */
  uint32_t plan_count, plan_cap;
  uint32_t next_base; /* span space: where the next dot-sourced file's text starts */
  /* whole lines of the file psauth's parser could not read (the engine's
   * coverage gaps; not owned): a plan reason about them says so */
  const psa_span *unread;
  uint32_t unread_count;
  uint32_t max_findings, findings_dropped; /* psa_scan_options.max_findings */
  /* another script of the scan set names this one (psa_script_named): it
   * may be run by others for its sessions */
  bool named_by_others;
  psa_finding overflow; /* what psa_report hands out past the limit, then drops */
  /* the tenant's .onmicrosoft.com domain, from the literal user name of a
   * credential an app-only Exchange rewrite removed (psa_fix_org_hint);
   * 'org_hint_conflict' when two such user names disagree */
  const char *org_hint;
  bool org_hint_conflict;
} psa_rule_state;

/* A state that keeps at most max_findings findings (0: no limit). */
void psa_rule_state_init(psa_rule_state *s, uint32_t max_findings);
/* Frees what the rules allocated (not the imports: the engine's). */
void psa_rule_state_free(psa_rule_state *s);

/* Completes the fixes once every rule has run: the plumbing removals
 * (rules/fixkit.c). */
void psa_fix_finish(psa_rule_ctx *ctx);
/* Withholds every fix of the file (findings stay), every planned rewrite
 * refused with 'why' (an unresolved merge conflict: engine/scan.c). */
void psa_fix_withhold_all(psa_rule_ctx *ctx, const char *why);

/* The pseudo-rule the engine reports syntax errors under (PSA001). */
extern const psa_rule psa_rule_parse_error;

#endif

#ifndef PSA_SCAN_INTERNAL_H
#define PSA_SCAN_INTERNAL_H

#include "psauth/plan.h"
#include "psauth/scan.h"
#include "base/util.h"

/* Per-file state of a scan: findings and the strings they point at. */
typedef struct {
  psa_arena arena;
  psa_finding *findings;
  uint32_t finding_count, finding_cap;
  psa_span *marked; /* literals already reported */
  struct psa_import *imports; /* dot-sourced files, kept while the result lives */
  uint32_t import_count, import_cap;
  uint32_t marked_count, marked_cap;
  struct psa_plumbing *plumbing; /* credential plumbing to remove, once all rules ran */
  struct psa_graph_plan *graph_plan; /* the file's MSOnline/AzureAD migration (rules/graph_migrate.h),
                                        made by the first rule that asks, freed by psa_fix_finish */
  uint32_t plumbing_count, plumbing_cap;
  psa_plan_entry *plan; /* the migration plan (rules/plan.c) */
  uint32_t plan_count, plan_cap;
  uint32_t next_base; /* span space: where the next dot-sourced file's text starts */
  uint32_t max_findings, findings_dropped; /* psa_scan_options.max_findings */
  psa_finding overflow; /* what psa_report hands out past the limit, then drops */
} psa_scan_impl;

/* A rewrite's request to remove the plumbing that fed it 'credential'; by
 * index, because adding findings and fixes moves them. */
typedef struct psa_plumbing {
  uint32_t finding, fix;
  const psa_value *credential;
} psa_plumbing;

/* Completes the fixes once every rule has run: the plumbing removals
 * (rules/fixkit.c). */
void psa_fix_finish(psa_rule_ctx *ctx);

/* A dot-sourced file loaded for its top-level definitions. */
typedef struct psa_import {
  psa_source *src;
  char *path;      /* as the dot-sourcing script names it (relative to its folder) */
  psa_span anchor; /* the `. file` command in the scanned file that brought it in */
  psa_parse_result parse;
  psa_model *model;
} psa_import;

/* Loads the files 'model' dot-sources (constant paths, $PSScriptRoot,
 * Join-Path $PSScriptRoot x) and imports their definitions into it,
 * recursively up to a small depth, each file once. */
void psa_dotsource_load(psa_parser *parser, psa_scan_impl *impl, const char *path,
                        psa_model *model, const psa_scan_options *opts);
void psa_dotsource_free(psa_scan_impl *impl);

#endif

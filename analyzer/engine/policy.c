/* The policy of a run: which findings are shown and fixed, the same for
 * `psauth scan` and `psauth fix` (see psauth/policy.h). */
#include "psauth/policy.h"

#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/util.h"

int psa_policy_jobs(psa_config_finder *finder, bool no_config, const char *const *paths,
                    size_t path_count, const psa_discover_options *dopts,
                    void (*on_error)(void *payload, const psa_discover_entry *e), void *payload,
                    psa_jobs *out, char *err, size_t errlen) {
  static const char *const S_every_file[] = {"*"};
  memset(out, 0, sizeof(*out));
  psa_discover_options o = *dopts;
  bool cli_include = o.include_count > 0;
  if (!cli_include && !no_config) {
    o.include = S_every_file;
    o.include_count = 1;
  }
  psa_discover(paths, path_count, &o, &out->list);
  for (size_t i = 0; i < out->list.count; i++) {
    const psa_discover_entry *e = &out->list.entries[i];
    if (e->kind == PSA_DISCOVER_ERROR) {
      if (on_error) on_error(payload, e);
      continue;
    }
    const psa_config *cfg;
    char *rel;
    if (psa_config_lookup(finder, e->path, false, &cfg, &rel, err, errlen) < 0) return -1;
    if (!psa_config_wants_file(cfg, rel, e->explicit_path, cli_include)) {
      free(rel);
      continue;
    }
    psa_push(out->jobs, out->count, out->cap, ((psa_job){e->path, cfg, rel, e->explicit_path}));
  }
  return 0;
}

void psa_jobs_free(psa_jobs *j) {
  for (size_t i = 0; i < j->count; i++) free(j->jobs[i].relpath);
  free(j->jobs);
  psa_discover_list_free(&j->list);
  memset(j, 0, sizeof(*j));
}

void psa_policy_scan_options(const psa_policy *p, const psa_config *cfg,
                             const psa_scan_options *base, psa_scan_options *out) {
  *out = *base;
  out->max_file_bytes = psa_config_max_file_size(cfg, p->cli);
  out->tenant = p->tenant;
  out->extra_rules = NULL;
  out->extra_rule_count = 0;
  if (cfg) {
    const psa_tenant *t = &cfg->tenant;
    if (!out->tenant.app_id) out->tenant.app_id = t->app_id;
    if (!out->tenant.organization) out->tenant.organization = t->organization;
    if (!out->tenant.certificate_thumbprint)
      out->tenant.certificate_thumbprint = t->certificate_thumbprint;
    if (!out->tenant.certificate_path) out->tenant.certificate_path = t->certificate_path;
    if (!out->tenant.managed_identity) out->tenant.managed_identity = t->managed_identity;
    if (!p->graph_target_set) out->tenant.graph_target = t->graph_target;
    out->extra_rules = cfg->rule_list;
    out->extra_rule_count = cfg->rule_count;
  }
  out->config = cfg;
  out->cli_config = p->cli;
}

/* Suppressions, selection and severities; the baseline is separate because
 * the fix passes do not record into it. */
static void S_select(const psa_policy *p, const psa_config *cfg, const char *relpath,
                     psa_parser *parser, bool no_recovery, psa_file_result *r,
                     psa_policy_outcome *out) {
  memset(out, 0, sizeof(*out));
  out->fail_on = psa_config_fail_on(cfg, p->cli);
  /* suppressions need the tree; a file the prefilter skipped has no
   * findings, so it is parsed only to report its unused suppressions */
  if (r->src && r->may_suppress) {
    if (r->parsed) {
      psa_suppressions_collect(r->src, &r->parse, &out->suppressions);
    } else if (p->collect_unused && parser) {
      psa_parse_result pr;
      psa_parse(parser, r->src->text, r->src->text_len, !no_recovery, &pr);
      psa_suppressions_collect(r->src, &pr, &out->suppressions);
      psa_parse_result_free(&pr);
    }
  }
  uint32_t kept = 0;
  for (uint32_t i = 0; i < r->finding_count; i++) {
    psa_finding f = r->findings[i];
    /* matched first: a suppression of a rule turned off is still used */
    if (psa_suppressions_match(&out->suppressions, f.rule, f.span)) continue;
    if (!psa_config_rule_enabled(cfg, p->cli, f.rule, relpath)) continue;
    psa_severity configured = psa_config_rule_severity(cfg, p->cli, f.rule, f.severity);
    if (configured != f.severity && !f.severity_configured) {
      f.severity_configured = true;
      f.rule_severity = f.severity;
    }
    f.severity = configured;
    r->findings[kept++] = f;
  }
  r->finding_count = kept;
}

void psa_policy_apply(const psa_policy *p, const psa_config *cfg, const char *relpath,
                      psa_parser *parser, bool no_recovery, psa_file_result *r,
                      psa_policy_outcome *out) {
  S_select(p, cfg, relpath, parser, no_recovery, r, out);
  if (p->record) psa_baseline_scan_file(p->record, r, true, NULL);
  bool *known = NULL;
  if (p->baseline) psa_baseline_scan_file(p->baseline, r, false, &known);
  uint32_t kept = 0;
  for (uint32_t i = 0; i < r->finding_count; i++) {
    if (known && known[i]) {
      out->baseline_matched++;
      continue;
    }
    if (r->findings[i].severity >= out->fail_on) out->failing = true;
    r->findings[kept++] = r->findings[i];
  }
  r->finding_count = kept;
  free(known);
}

void psa_policy_outcome_free(psa_policy_outcome *o) {
  psa_suppressions_free(&o->suppressions);
  memset(o, 0, sizeof(*o));
}

size_t psa_policy_unused(const char *path, const psa_config *cfg, psa_policy_outcome *o,
                         char **lines) {
  const psa_suppressions *s = &o->suppressions;
  psa_buf out;
  psa_buf_init(&out);
  size_t n = 0;
  for (uint32_t i = 0; i < s->count; i++) {
    const psa_suppression *x = &s->items[i];
    if (x->used) continue;
    bool known = psa_config_selector_known(cfg, x->selector);
    /* attributes naming PSScriptAnalyzer's rules are not ours to report */
    if (x->kind == PSA_SUPPRESS_ATTRIBUTE && !known) continue;
    psa_buf_printf(&out, "%s:%u:%u: warning: unused suppression '%s'%s\n", path, x->line, x->col,
                   x->selector, known ? "" : " (no rule, rule prefix or kind is called that)");
    n++;
  }
  for (uint32_t i = 0; i < s->problem_count; i++) {
    psa_buf_printf(&out, "%s:%u:%u: warning: %s\n", path, s->problems[i].line,
                   s->problems[i].col, s->problems[i].message);
    n++;
  }
  if (n && PSA_SEV_WARNING >= o->fail_on) o->failing = true;
  *lines = n ? psa_buf_detach(&out) : NULL;
  psa_buf_free(&out);
  return n;
}

/* ---- fixing ------------------------------------------------------------ */

static void S_select_only(const psa_policy *p, const psa_config *cfg, const char *relpath,
                          psa_file_result *r) {
  psa_policy_outcome o;
  S_select(p, cfg, relpath, NULL, false, r, &o);
  psa_policy_outcome_free(&o);
}

psa_file_status psa_fix_run_scan(psa_fix_run *run, const psa_policy *p, const psa_config *cfg,
                                 const char *relpath, psa_parser *parser, const char *path,
                                 const psa_scan_options *opts) {
  memset(run, 0, sizeof(*run));
  psa_scan_file(parser, path, opts, &run->file);
  if (run->file.status == PSA_FILE_OK) S_select_only(p, cfg, relpath, &run->file);
  return run->file.status;
}

/* Hands the notes of one pass to the sink; returns how many fixes lost a
 * conflict (applied by the next pass, or left for a next run). */
static size_t S_notes(const psa_file_result *r, const psa_fix_result *fr, bool first,
                      psa_fix_note_sink sink, void *payload) {
  size_t conflicts = 0;
  for (uint32_t k = 0; k < fr->note_count; k++) {
    if (fr->notes[k].kind == PSA_FIXNOTE_APPLIED) continue;
    if (fr->notes[k].kind == PSA_FIXNOTE_CONFLICT) conflicts++;
    if (sink) sink(payload, r, &fr->notes[k], first);
  }
  return conflicts;
}

void psa_fix_run_fix(psa_fix_run *run, const psa_policy *p, const psa_config *cfg,
                     const char *relpath, psa_parser *parser, const psa_scan_options *opts,
                     const psa_fix_options *fopts, psa_fix_note_sink note, void *payload) {
  psa_fix_result *fr = &run->fix;
  psa_fix_compute(parser, &run->file, fopts, fr);
  if (run->on_pass) run->on_pass(run->on_pass_payload, &run->file, fr);
  size_t conflicts = S_notes(&run->file, fr, true, note, payload);
  /* Not with a review (accept): it would ask again about the fixes
   * refused. The pass that changes nothing has scanned the final text:
   * its findings are what is left. */
  bool left_known = false;
  for (int pass = 1; fr->text && !fopts->accept && pass < PSA_FIX_MAX_PASSES; pass++) {
    psa_file_result again;
    psa_scan_bytes(parser, run->file.path, fr->text, fr->text_len, opts, &again);
    S_select_only(p, cfg, relpath, &again);
    psa_fix_result more;
    psa_fix_compute(parser, &again, fopts, &more);
    if (run->on_pass) run->on_pass(run->on_pass_payload, &again, &more);
    conflicts = S_notes(&again, &more, false, note, payload);
    bool changed = more.text != NULL;
    if (changed) {
      free(fr->text);
      fr->text = more.text;
      fr->text_len = more.text_len;
      more.text = NULL;
      fr->applied += more.applied;
    } else {
      run->left = again.finding_count;
      left_known = true;
    }
    psa_fix_result_free(&more);
    psa_file_result_free(&again);
    if (!changed) break;
  }
  run->conflicts = conflicts;
  /* what is left is manual work: the findings of the fixed text (a
   * rewrite also resolves findings it does not carry, such as the password
   * literal its plumbing removal deletes) */
  if (!fr->text) {
    run->left = run->file.finding_count;
  } else if (!left_known) { /* reviewed, or the pass limit: scan the result once more */
    psa_file_result after;
    psa_scan_bytes(parser, run->file.path, fr->text, fr->text_len, opts, &after);
    S_select_only(p, cfg, relpath, &after);
    run->left = after.finding_count;
    psa_file_result_free(&after);
  }
}

void psa_fix_run_free(psa_fix_run *run) {
  psa_fix_result_free(&run->fix);
  psa_file_result_free(&run->file);
  memset(run, 0, sizeof(*run));
}

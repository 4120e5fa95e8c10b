/* One file through the pipeline: load → prefilter → parse → model → rules. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/suppress.h"
#include "engine/internal.h"

/* The prefilter: every rule's needles (lower-case literals) in one
 * case-insensitive pattern, compiled and JIT-compiled once per process, so a
 * file is searched in one pass that stops at the first needle. A needle that
 * contains another is dropped (the shorter one already matches wherever it
 * would), and the rest are written as a trie (get-(?:credential|mailbox))
 * so that few alternatives are tried at each position. NULL when some rule
 * has no needles (it must always run). Read-only once built. */
static pcre2_code *S_needles_re;
static pthread_once_t S_needles_once = PTHREAD_ONCE_INIT;

static int S_str_order(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends needles[lo, hi), sorted and sharing their first 'depth' bytes,
 * as an alternation of what follows those bytes. */
static void S_trie(psa_buf *pat, const char **needles, size_t lo, size_t hi, size_t depth) {
  bool group = false;
  size_t alternatives = 0;
  for (size_t i = lo; i < hi;) {
    char c = needles[i][depth];
    size_t j = i + 1;
    while (j < hi && needles[j][depth] == c) j++;
    alternatives++;
    i = j;
  }
  if (alternatives > 1) {
    psa_buf_puts(pat, "(?:");
    group = true;
  }
  bool first = true;
  for (size_t i = lo; i < hi;) {
    char c = needles[i][depth];
    size_t j = i + 1;
    while (j < hi && needles[j][depth] == c) j++;
    if (!first) psa_buf_putc(pat, '|');
    first = false;
    if (c) { /* the needles ending here were dropped as containing a shorter one */
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) psa_buf_putc(pat, '\\');
      psa_buf_putc(pat, c);
      S_trie(pat, needles, i, j, depth + 1);
    }
    i = j;
  }
  if (group) psa_buf_putc(pat, ')');
}

static void S_needles_compile(void) {
  uint32_t count;
  const psa_rule *const *rules = psa_rules(&count);
  size_t n = 0, cap = 0;
  const char **all = NULL;
  for (uint32_t i = 0; i < count; i++) {
    if (!rules[i]->needles) {
      free(all);
      return;
    }
    for (const char *const *p = rules[i]->needles; *p; p++) {
      if (n == cap) {
        cap = cap ? cap * 2 : 64;
        all = psa_xrealloc(all, cap * sizeof(*all));
      }
      all[n++] = *p;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    bool redundant = !all[i][0];
    for (size_t k = 0; k < n && !redundant; k++)
      redundant = k != i && all[k][0] && strstr(all[i], all[k]) &&
                  (strcmp(all[i], all[k]) != 0 || k < i);
    if (!redundant) all[kept++] = all[i];
  }
  qsort(all, kept, sizeof(*all), S_str_order);
  psa_buf pat;
  psa_buf_init(&pat);
  if (kept) S_trie(&pat, all, 0, kept, 0);
  free(all);
  /* bytes, not UTF: the needles are ASCII and a file's text needs no check */
  S_needles_re = psa_re_compile(pat.data ? pat.data : "", pat.len, PCRE2_CASELESS);
  psa_buf_free(&pat);
}

/* Whether any rule could fire on this text. A file without any rule's
 * needle is not parsed at all. */
static bool S_prefilter(const psa_source *src) {
  pthread_once(&S_needles_once, S_needles_compile);
  return !S_needles_re ||
         psa_re_match(S_needles_re, src->text, src->text_len) != PCRE2_ERROR_NOMATCH;
}

static int S_finding_order(const void *a, const void *b) {
  const psa_finding *x = a, *y = b;
  if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
  int c = strcmp(x->rule->id, y->rule->id);
  if (c) return c;
  if (x->span.end != y->span.end) return x->span.end < y->span.end ? -1 : 1;
  return 0;
}

extern const psa_rule psa_rule_parse_error;

/* Fixes are dropped (the finding stays) when an edit would fall inside a
 * string parsed as a nested script (the replacement would need the
 * string's quoting) or outside the file (a span of a dot-sourced file):
 * one check here instead of one in every fix producer. */
static void S_drop_unsafe_edits(psa_file_result *out) {
  psa_scan_impl *impl = out->impl;
  const psa_model *m = out->model;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    uint32_t kept = 0;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      bool ok = true;
      for (uint32_t e = 0; e < f->fixes[k].edit_count && ok; e++) {
        psa_span r = f->fixes[k].edits[e].range;
        ok = r.start <= r.end && r.end <= out->src->text_len && !psa_model_edit_in_nested(m, r);
      }
      if (ok) f->fixes[kept++] = f->fixes[k];
    }
    f->fix_count = kept;
  }
}

/* See psa_scan_options.release_trees. */
static void S_release_trees(const psa_scan_options *opts, psa_file_result *out) {
  if (opts->release_trees && out->src && !out->may_suppress)
    psa_parse_result_free(&out->parse);
}

static void S_analyse(psa_parser *parser, const psa_scan_options *opts, psa_file_result *out) {
  psa_scan_impl *impl = out->impl;
  psa_rule_ctx ctx = {NULL, out->src, &opts->tenant, impl};
  out->may_suppress = psa_suppressions_possible(out->src);
  if (!opts->no_prefilter && !opts->extra_rule_count && !S_prefilter(out->src)) return;
  out->parsed = true;
  psa_parse(parser, out->src->text, out->src->text_len, !opts->no_recovery, &out->parse);
  out->syntax_errors = out->parse.error_count;
  for (uint32_t i = 0; i < out->parse.error_count; i++) {
    psa_span s = out->parse.errors[i];
    uint32_t line, col;
    psa_source_position(out->src, s.start, &line, &col);
    /* a short excerpt of the first line of the region */
    uint32_t e = s.start;
    while (e < s.end && e - s.start < 40 && out->src->text[e] != '\n' && out->src->text[e] != '\r')
      e++;
    if (s.end == s.start) {
      psa_report(&ctx, &psa_rule_parse_error, s, "syntax error: missing token here");
    } else {
      psa_report(&ctx, &psa_rule_parse_error, s, "syntax error in '%.*s%s'%s", (int)(e - s.start),
                 out->src->text + s.start, e < s.end ? "..." : "",
                 out->parse.recovery ? " (the statements around it are still analysed)" : "");
    }
  }
  if (opts->parse_only) return;
  out->model = psa_model_build_limited(out->src, &out->parse, 0, opts->max_depth);
  /* the model keeps offsets, not nodes: the trees can go before the rules
   * run (see release_trees) */
  S_release_trees(opts, out);
  if (out->model->depth_limited && !out->message) {
    unsigned depth = opts->max_depth && opts->max_depth < PSA_MODEL_MAX_DEPTH
                         ? opts->max_depth
                         : PSA_MODEL_MAX_DEPTH;
    char msg[160];
    snprintf(msg, sizeof(msg),
             "nesting deeper than the model's limit (%u levels): the innermost part of the file "
             "was not analysed",
             depth);
    out->message = psa_xstrdup(msg);
  }
  if (!opts->no_dot_source && out->model->dot_source_count)
    psa_dotsource_load(parser, impl, out->path, out->model, opts);
  ctx.model = out->model;
  uint32_t count;
  const psa_rule *const *rules = psa_rules(&count);
  for (uint32_t i = 0; i < count; i++)
    if (rules[i]->check) rules[i]->check(&ctx, rules[i]);
  for (size_t i = 0; i < opts->extra_rule_count; i++)
    if (opts->extra_rules[i]->check) opts->extra_rules[i]->check(&ctx, opts->extra_rules[i]);
  psa_fix_finish(&ctx);
  S_drop_unsafe_edits(out);
  if (impl->findings_dropped && !out->message) {
    char msg[160];
    snprintf(msg, sizeof(msg),
             "%u more findings were not reported: at most %u per file "
             "(--max-findings-per-file)",
             impl->findings_dropped, impl->max_findings);
    out->message = psa_xstrdup(msg);
  }
}

static void S_finish(psa_file_result *out) {
  psa_scan_impl *impl = out->impl;
  if (impl->finding_count)
    qsort(impl->findings, impl->finding_count, sizeof(*impl->findings), S_finding_order);
  out->findings = impl->findings;
  out->finding_count = impl->finding_count;
}

static void S_begin(const char *path, psa_file_result *out) {
  memset(out, 0, sizeof(*out));
  out->path = psa_xstrdup(path ? path : "");
  psa_scan_impl *impl = psa_xcalloc(1, sizeof(*impl));
  psa_arena_init(&impl->arena);
  out->impl = impl;
}

static void S_limits(const psa_scan_options *opts, psa_file_result *out) {
  psa_scan_impl *impl = out->impl;
  impl->max_findings = opts->max_findings ? opts->max_findings : PSA_SCAN_MAX_FINDINGS;
}

static void S_load_failed(psa_file_result *out, psa_load_status st, const char *msg) {
  out->status = st == PSA_LOAD_IO_ERROR ? PSA_FILE_ERROR : PSA_FILE_SKIPPED;
  out->message = psa_xstrdup(msg);
}

void psa_scan_file(psa_parser *parser, const char *path, const psa_scan_options *opts,
                   psa_file_result *out) {
  S_begin(path, out);
  S_limits(opts, out);
  psa_load_status st;
  char msg[256];
  out->src = psa_source_load(path, opts->max_file_bytes, &st, msg, sizeof(msg));
  if (!out->src) {
    S_load_failed(out, st, msg);
    return;
  }
  S_analyse(parser, opts, out);
  S_finish(out);
  S_release_trees(opts, out);
}

void psa_scan_bytes(psa_parser *parser, const char *path, const void *bytes, size_t len,
                    const psa_scan_options *opts, psa_file_result *out) {
  S_begin(path, out);
  S_limits(opts, out);
  psa_load_status st;
  char msg[256];
  out->src = psa_source_from_bytes(path, bytes, len, &st, msg, sizeof(msg));
  if (!out->src) {
    S_load_failed(out, st, msg);
    return;
  }
  S_analyse(parser, opts, out);
  S_finish(out);
  S_release_trees(opts, out);
}

void psa_file_result_free(psa_file_result *res) {
  psa_scan_impl *impl = res->impl;
  psa_model_free(res->model);
  if (impl) psa_dotsource_free(impl);
  psa_parse_result_free(&res->parse);
  psa_source_free(res->src);
  if (impl) {
    free(impl->findings);
    free(impl->marked);
    free(impl->plumbing);
    free(impl->plan);
    psa_arena_free(&impl->arena);
    free(impl);
  }
  free(res->path);
  free(res->message);
  memset(res, 0, sizeof(*res));
}

void psa_finding_position(const psa_file_result *res, const psa_finding *f, uint32_t *line,
                          uint32_t *col, uint32_t *end_line, uint32_t *end_col) {
  psa_source_position(res->src, f->span.start, line, col);
  psa_source_position(res->src, f->span.end, end_line, end_col);
}

const psa_plan_entry *psa_file_plan(const psa_file_result *res, uint32_t *count) {
  const psa_scan_impl *impl = res->impl;
  *count = impl ? impl->plan_count : 0;
  return impl ? impl->plan : NULL;
}

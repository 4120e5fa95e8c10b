/* Copies scan results into the compact form reports are written from. */
#include "psauth/results.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/util.h"
#include "psauth/fix.h"
#include "psauth/rulemeta.h"
#include "report/internal.h"

static psa_range S_range(const psa_source *src, psa_span s) {
  psa_range r;
  psa_source_position(src, s.start, &r.line, &r.col);
  psa_source_position(src, s.end, &r.end_line, &r.end_col);
  return r;
}

/* The source lines a span touches, at most five, without the line break. */
static char *S_snippet(const psa_source *src, psa_span s) {
  uint32_t l1, c1, l2, c2;
  psa_source_position(src, s.start, &l1, &c1);
  psa_source_position(src, s.end > s.start ? s.end - 1 : s.end, &l2, &c2);
  if (l2 > l1 + 4) l2 = l1 + 4;
  uint32_t a = psa_source_line_start(src, l1), b = psa_source_line_start(src, l2 + 1);
  while (b > a && (src->text[b - 1] == '\n' || src->text[b - 1] == '\r')) b--;
  return psa_xstrndup(src->text + a, b - a);
}

/* Organisation rules have no metadata: nothing says what they find has
 * been retired, so an error or warning is "insecure". */
static psa_status S_status_of_severity(psa_severity s) {
  return s == PSA_SEV_INFO ? PSA_STATUS_SUGGESTION : PSA_STATUS_INSECURE;
}

static bool S_same_edit(const psa_edit *a, const psa_edit *b) {
  return a->range.start == b->range.start && a->range.end == b->range.end &&
         !strcmp(a->replacement, b->replacement);
}

/* Whether an edit (not joint) is in another fix of the reported findings. */
static bool S_shared(const psa_file_result *fr, uint32_t n, const psa_fix *fx,
                     const psa_edit *ed) {
  for (uint32_t i = 0; i < n; i++) {
    const psa_finding *x = &fr->findings[i];
    for (uint32_t k = 0; k < x->fix_count; k++) {
      if (&x->fixes[k] == fx || x->fixes[k].applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < x->fixes[k].edit_count; e++)
        if (!x->fixes[k].edits[e].joint && S_same_edit(&x->fixes[k].edits[e], ed)) return true;
    }
  }
  return false;
}

/* Unified diff hunks (no file header) of the file with 'edits' applied. */
static char *S_hunks(const psa_file_result *fr, psa_edit *edits, uint32_t n) {
  psa_fix tmp = {"", PSA_FIX_SAFE, edits, n, NULL, NULL};
  uint32_t len;
  char *text = psa_fix_preview(fr, &tmp, &len);
  char *diff = psa_unified_diff("x", fr->src->text, fr->src->text_len, text, len);
  free(text);
  const char *h = strstr(diff, "\n@@");
  char *out = psa_xstrdup(h ? h + 1 : diff);
  free(diff);
  return out;
}

/* Each fix as a diff of the lines it changes; the edits several fixes
 * share (identical edits are applied once) are shown once for the file. */
static void S_fix_diffs(const psa_file_result *fr, psa_result_file *f) {
  uint32_t n = f->finding_count;
  psa_edit *shared = NULL;
  uint32_t nshared = 0, cap = 0;
  for (uint32_t i = 0; i < n; i++) {
    const psa_finding *x = &fr->findings[i];
    for (uint32_t k = 0; k < x->fix_count && k < f->findings[i].fix_count; k++) {
      const psa_fix *fx = &x->fixes[k];
      psa_edit *own = psa_xcalloc(fx->edit_count ? fx->edit_count : 1, sizeof(*own));
      uint32_t nown = 0;
      for (uint32_t e = 0; e < fx->edit_count; e++) {
        const psa_edit *ed = &fx->edits[e];
        if (ed->joint) continue;
        if (fx->applicability != PSA_FIX_DISPLAY && S_shared(fr, n, fx, ed)) {
          bool have = false;
          for (uint32_t s = 0; s < nshared; s++) have = have || S_same_edit(&shared[s], ed);
          if (!have) {
            if (nshared == cap) {
              cap = cap ? cap * 2 : 4;
              shared = psa_xrealloc(shared, cap * sizeof(*shared));
            }
            shared[nshared++] = *ed;
          }
          continue;
        }
        own[nown++] = *ed;
      }
      f->findings[i].fixes[k].diff = nown ? S_hunks(fr, own, nown) : psa_xstrdup("");
      free(own);
    }
  }
  if (nshared) f->shared_fix_diff = S_hunks(fr, shared, nshared);
  free(shared);
}

static int S_by_path(const void *a, const void *b) {
  return strcmp(((const psa_result_file *)a)->path, ((const psa_result_file *)b)->path);
}

/* The plan entries of the rules whose findings are shown, once each. */
static void S_copy_plan(psa_result_file *f, const psa_file_result *fr) {
  uint32_t n;
  const psa_plan_entry *plan = psa_file_plan(fr, &n);
  if (!n) return;
  f->plan = psa_xcalloc(n, sizeof(*f->plan));
  for (uint32_t i = 0; i < n; i++) {
    const psa_plan_entry *e = &plan[i];
    bool shown = !e->rule_id;
    for (uint32_t k = 0; k < f->finding_count && !shown; k++)
      shown = !strcmp(f->findings[k].rule_id, e->rule_id);
    if (!shown || e->span.start > fr->src->text_len) continue;
    uint32_t line, col;
    psa_source_position(fr->src, e->span.start, &line, &col);
    const char *kind = e->kind == PSA_PLAN_CONNECTION ? "connection"
                       : e->kind == PSA_PLAN_REWRITE  ? "rewrite"
                                                      : "refused";
    bool dup = false;
    for (uint32_t k = 0; k < f->plan_count && !dup; k++) {
      const psa_result_plan *o = &f->plan[k];
      dup = o->line == line && !strcmp(o->kind, kind) && !strcmp(o->subject, e->subject) &&
            !strcmp(o->reason ? o->reason : "", e->why ? e->why : "");
    }
    if (dup) continue;
    psa_result_plan *o = &f->plan[f->plan_count++];
    o->kind = psa_xstrdup(kind);
    o->line = line;
    o->subject = psa_xstrdup(e->subject ? e->subject : "");
    o->rule = e->rule_id ? psa_xstrdup(e->rule_id) : NULL;
    if (e->kind == PSA_PLAN_CONNECTION) {
      o->signin = psa_xstrdup(psa_signin_mode_name(e->mode));
      o->evidence = e->evidence ? psa_xstrdup(e->evidence) : NULL;
    }
    if (e->kind != PSA_PLAN_REFUSED) o->target = e->target ? psa_xstrdup(e->target) : NULL;
    o->reason = e->why ? psa_xstrdup(e->why) : NULL;
  }
}

static void S_plan_free(psa_result_file *f) {
  for (uint32_t i = 0; i < f->plan_count; i++) {
    psa_result_plan *o = &f->plan[i];
    free(o->kind);
    free(o->subject);
    free(o->rule);
    free(o->signin);
    free(o->evidence);
    free(o->target);
    free(o->reason);
  }
  free(f->plan);
  f->plan = NULL;
  f->plan_count = 0;
}

static void S_copy(psa_result_file *f, const psa_file_result *fr, psa_finding_filter filter,
                   void *payload, bool fix_diffs);

void psa_results_append(psa_results *r, psa_result_file *f) {
  if (r->spool) {
    psa_results__spool_add(r, f);
    psa_result_file_clear(f);
    return;
  }
  psa_grow(r->files, r->file_count, r->file_cap);
  r->files[r->file_count++] = *f;
  memset(f, 0, sizeof(*f));
  /* keep files sorted even when added out of order (parallel scans) */
  if (r->file_count > 1 && strcmp(r->files[r->file_count - 2].path,
                                  r->files[r->file_count - 1].path) > 0)
    qsort(r->files, r->file_count, sizeof(*r->files), S_by_path);
}

void psa_results_add(psa_results *r, const psa_file_result *fr, psa_finding_filter filter,
                     void *payload) {
  psa_result_file f;
  S_copy(&f, fr, filter, payload, r->fix_diffs);
  psa_results_append(r, &f);
}

/* What the reports need from one scanned file. */
static void S_copy(psa_result_file *f, const psa_file_result *fr, psa_finding_filter filter,
                   void *payload, bool fix_diffs) {
  memset(f, 0, sizeof(*f));
  f->path = psa_xstrdup(fr->path);
  f->status = fr->status;
  f->message = fr->message ? psa_xstrdup(fr->message) : NULL;
  f->parsed = fr->parsed;
  f->syntax_errors = fr->syntax_errors;
  if (!fr->src) return;
  f->encoding = psa_xstrdup(psa_encoding_name(fr->src->encoding));
  f->eol = psa_xstrdup(psa_eol_name(fr->src->eol));
  if (fr->unanalysed_count) {
    f->unanalysed = psa_xcalloc(fr->unanalysed_count, sizeof(*f->unanalysed));
    for (uint32_t i = 0; i < fr->unanalysed_count; i++) {
      psa_span g = fr->unanalysed[i];
      f->unanalysed[i] = S_range(fr->src, g);
      f->unanalysed_lines += f->unanalysed[i].end_line - f->unanalysed[i].line + 1;
    }
    f->unanalysed_count = fr->unanalysed_count;
  }
  f->findings = psa_xcalloc(fr->finding_count ? fr->finding_count : 1, sizeof(*f->findings));
  /* the findings a filter keeps, fingerprinted among themselves */
  psa_file_result kept = *fr;
  psa_finding *keep = NULL;
  /* kept finding -> the file's finding (the rule's own severity, for the
   * status) */
  uint32_t *orig = psa_xcalloc(fr->finding_count ? fr->finding_count : 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < fr->finding_count; i++) orig[i] = i;
  if (filter) {
    keep = psa_xcalloc(fr->finding_count ? fr->finding_count : 1, sizeof(*keep));
    kept.finding_count = 0;
    for (uint32_t i = 0; i < fr->finding_count; i++) {
      keep[kept.finding_count] = fr->findings[i];
      orig[kept.finding_count] = i;
      if (filter(payload, fr, &keep[kept.finding_count])) kept.finding_count++;
    }
    kept.findings = keep;
  }
  char **prints = psa_file_fingerprints(&kept, f->path);
  for (uint32_t i = 0; i < kept.finding_count; i++) {
    psa_finding copy = kept.findings[i];
    psa_result_finding *o = &f->findings[f->finding_count];
    o->rule = copy.rule;
    o->rule_id = psa_xstrdup(copy.rule->id);
    o->severity = copy.severity;
    {
      /* the facts follow the severity the rule chose, not a configured one */
      const psa_rule_meta *m = psa_rule_meta_find(copy.rule->id);
      const psa_finding *own = &fr->findings[orig[i]];
      const psa_rule_fact *fact =
          psa_rule_fact_at(m, own->severity_configured ? own->rule_severity : own->severity);
      o->service = (psa_service)copy.service; /* psa_scan: the model may be gone */
      o->signin = (psa_auth)copy.signin;
      o->status = fact ? fact->status : S_status_of_severity(copy.severity);
      o->status_date = fact && fact->date ? psa_xstrdup(fact->date) : NULL;
      o->status_source = fact && fact->source ? psa_xstrdup(fact->source) : NULL;
    }
    o->at = S_range(fr->src, copy.span);
    o->message = psa_xstrdup(copy.message);
    o->snippet = S_snippet(fr->src, copy.span);
    o->fingerprint = prints[i];
    o->permissions = copy.permissions ? psa_xstrdup(copy.permissions) : NULL;
    if (copy.related_count) {
      o->related = psa_xcalloc(copy.related_count, sizeof(*o->related));
      for (uint32_t k = 0; k < copy.related_count; k++) {
        const psa_related *rel = &copy.related[k];
        o->related[k].at = S_range(rel->src ? rel->src : fr->src, rel->span);
        o->related[k].message = psa_xstrdup(rel->message);
        o->related[k].path = rel->src && rel->path ? psa_xstrdup(rel->path) : NULL;
      }
      o->related_count = copy.related_count;
    }
    if (copy.fix_count) {
      o->fixes = psa_xcalloc(copy.fix_count, sizeof(*o->fixes));
      for (uint32_t k = 0; k < copy.fix_count; k++) {
        const psa_fix *fx = &copy.fixes[k];
        psa_result_fix *ox = &o->fixes[k];
        ox->title = psa_xstrdup(fx->title ? fx->title : "");
        ox->applicability = fx->applicability;
        ox->edits = psa_xcalloc(fx->edit_count ? fx->edit_count : 1, sizeof(*ox->edits));
        uint32_t n = 0;
        for (uint32_t e = 0; e < fx->edit_count; e++) {
          /* a report's fix must be safe to apply on its own, so plumbing
           * shared with other rewrites (joint edits) stays in it */
          if (fx->edits[e].joint) continue;
          ox->edits[n].at = S_range(fr->src, fx->edits[e].range);
          ox->edits[n].start = fx->edits[e].range.start;
          ox->edits[n].end = fx->edits[e].range.end;
          ox->edits[n].replacement = psa_xstrdup(fx->edits[e].replacement);
          n++;
        }
        ox->edit_count = n;
      }
      o->fix_count = copy.fix_count;
    }
    f->finding_count++;
  }
  /* f->findings[i] is kept.findings[i] */
  if (fix_diffs) S_fix_diffs(&kept, f);
  S_copy_plan(f, fr);
  free(prints);
  free(keep);
  free(orig);
}

static void S_free_finding(psa_result_finding *o) {
  free(o->rule_id);
  free(o->message);
  free(o->snippet);
  free(o->fingerprint);
  free(o->status_date);
  free(o->status_source);
  free(o->permissions);
  for (uint32_t k = 0; k < o->related_count; k++) {
    free(o->related[k].message);
    free(o->related[k].path);
  }
  free(o->related);
  for (uint32_t k = 0; k < o->fix_count; k++) {
    for (uint32_t e = 0; e < o->fixes[k].edit_count; e++) free(o->fixes[k].edits[e].replacement);
    free(o->fixes[k].edits);
    free(o->fixes[k].title);
    free(o->fixes[k].diff);
  }
  free(o->fixes);
}

void psa_result_file_clear(psa_result_file *f) {
  for (uint32_t k = 0; k < f->finding_count; k++) S_free_finding(&f->findings[k]);
  free(f->findings);
  free(f->path);
  free(f->message);
  free(f->encoding);
  free(f->eol);
  free(f->shared_fix_diff);
  free(f->unanalysed);
  S_plan_free(f);
  memset(f, 0, sizeof(*f));
}

void psa_results_free(psa_results *r) {
  if (!r->spool)
    for (size_t i = 0; i < r->file_count; i++) psa_result_file_clear(&r->files[i]);
  psa_results__spool_free(r);
  free(r->files);
  for (size_t i = 0; i < r->baseline_stale_count; i++) {
    psa_result_stale *e = &r->baseline_stale[i];
    free(e->rule);
    free(e->path);
    free(e->fingerprint);
    free(e->message);
  }
  free(r->baseline_stale);
  free(r->baseline_file);
  memset(r, 0, sizeof(*r));
}

void psa_results_set_baseline(psa_results *r, const psa_baseline *b, size_t matched) {
  r->baseline_file = psa_xstrdup(b->path);
  r->baseline_matched = matched;
  const psa_baseline_entry **stale;
  size_t n = psa_baseline_stale(b, &stale);
  r->baseline_stale = psa_xcalloc(n ? n : 1, sizeof(*r->baseline_stale));
  for (size_t i = 0; i < n; i++) {
    r->baseline_stale[i].rule = psa_xstrdup(stale[i]->rule);
    r->baseline_stale[i].path = psa_xstrdup(stale[i]->path);
    r->baseline_stale[i].fingerprint = psa_xstrdup(stale[i]->fingerprint);
    r->baseline_stale[i].message = psa_xstrdup(stale[i]->message);
  }
  r->baseline_stale_count = n;
  free(stale);
}

void psa_results_summarize(const psa_results *r, psa_results_summary *s) {
  memset(s, 0, sizeof(*s));
  psa_results_cursor c;
  psa_results_open(r, &c);
  for (const psa_result_file *f; (f = psa_results_next(&c));) {
    if (f->status == PSA_FILE_SKIPPED) s->files_skipped++;
    else if (f->status == PSA_FILE_ERROR) s->read_errors++;
    else s->files_scanned++;
    if (f->syntax_errors) s->files_with_syntax_errors++;
    if (f->unanalysed_count) s->files_not_fully_analysed++;
    s->lines_not_analysed += f->unanalysed_lines;
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *o = &f->findings[k];
      s->findings++;
      s->by_severity[o->severity]++;
      if (o->rule) s->by_kind[o->rule->kind]++;
      bool safe = false, unsafe = false;
      for (uint32_t x = 0; x < o->fix_count; x++) {
        if (o->fixes[x].applicability == PSA_FIX_SAFE) safe = true;
        if (o->fixes[x].applicability == PSA_FIX_UNSAFE) unsafe = true;
      }
      if (safe) s->fixable_safe++;
      else if (unsafe) s->fixable_unsafe++;
    }
  }
  psa_results_close(&c);
}

static const char *const S_format_names[] = {"text", "json", "sarif", "html", "csv",
                                             "markdown", "github", "junit", "gitlab"};

bool psa_format_from_name(const char *name, psa_format *out) {
  for (size_t i = 0; i < sizeof(S_format_names) / sizeof(*S_format_names); i++)
    if (!strcmp(name, S_format_names[i])) {
      *out = (psa_format)i;
      return true;
    }
  return false;
}

const char *psa_format_name(psa_format f) {
  return (unsigned)f < sizeof(S_format_names) / sizeof(*S_format_names) ? S_format_names[f] : "?";
}

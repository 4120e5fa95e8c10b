/* Copies scan results into the compact form reports are written from. */
#include "psauth/results.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

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

/* Statement text with runs of white space (and line continuations) folded
 * to one space, so re-indenting does not change a fingerprint. */
static char *S_normalize(const psa_source *src, psa_span s) {
  psa_buf b;
  psa_buf_init(&b);
  bool space = false;
  for (uint32_t i = s.start; i < s.end && i < src->text_len; i++) {
    char c = src->text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '`') {
      space = true;
      continue;
    }
    if (space && b.len) psa_buf_putc(&b, ' ');
    space = false;
    psa_buf_putc(&b, c);
  }
  return psa_buf_detach(&b);
}

char *psa_fingerprint(const char *rule_id, const char *path, const char *text, uint32_t occurrence) {
  /* FNV-1a, 64 bits: stable across runs and platforms */
  uint64_t h = 1469598103934665603ULL;
  const char *parts[3] = {rule_id, path, text};
  for (int p = 0; p < 3; p++) {
    for (const unsigned char *s = (const unsigned char *)parts[p]; *s; s++) {
      h ^= *s;
      h *= 1099511628211ULL;
    }
    h ^= 0xff; /* separator */
    h *= 1099511628211ULL;
  }
  char buf[40];
  snprintf(buf, sizeof(buf), "%016llx:%u", (unsigned long long)h, occurrence);
  return psa_xstrdup(buf);
}

static int S_by_path(const void *a, const void *b) {
  return strcmp(((const psa_result_file *)a)->path, ((const psa_result_file *)b)->path);
}

void psa_results_add(psa_results *r, const psa_file_result *fr, psa_finding_filter filter,
                     void *payload) {
  if (r->file_count == r->file_cap) {
    r->file_cap = r->file_cap ? r->file_cap * 2 : 64;
    r->files = psa_xrealloc(r->files, r->file_cap * sizeof(*r->files));
  }
  psa_result_file *f = &r->files[r->file_count++];
  memset(f, 0, sizeof(*f));
  f->path = psa_xstrdup(fr->path);
  f->status = fr->status;
  f->message = fr->message ? psa_xstrdup(fr->message) : NULL;
  f->parsed = fr->parsed;
  f->syntax_errors = fr->syntax_errors;
  if (!fr->src) return;
  f->encoding = psa_xstrdup(psa_encoding_name(fr->src->encoding));
  f->eol = psa_xstrdup(psa_eol_name(fr->src->eol));
  f->findings = psa_xcalloc(fr->finding_count ? fr->finding_count : 1, sizeof(*f->findings));
  /* texts seen so far, for occurrence indexes of identical statements */
  char **seen = psa_xcalloc(fr->finding_count ? fr->finding_count : 1, sizeof(char *));
  for (uint32_t i = 0; i < fr->finding_count; i++) {
    psa_finding copy = fr->findings[i];
    if (filter && !filter(payload, fr, &copy)) continue;
    psa_result_finding *o = &f->findings[f->finding_count];
    o->rule = copy.rule;
    o->rule_id = psa_xstrdup(copy.rule->id);
    o->severity = copy.severity;
    o->at = S_range(fr->src, copy.span);
    o->message = psa_xstrdup(copy.message);
    o->snippet = S_snippet(fr->src, copy.span);
    char *norm = S_normalize(fr->src, copy.span);
    uint32_t occurrence = 0;
    for (uint32_t k = 0; k < f->finding_count; k++)
      if (!strcmp(f->findings[k].rule_id, o->rule_id) && !strcmp(seen[k], norm)) occurrence++;
    o->fingerprint = psa_fingerprint(o->rule_id, f->path, norm, occurrence);
    o->permissions = copy.permissions ? psa_xstrdup(copy.permissions) : NULL;
    seen[f->finding_count] = norm;
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
  for (uint32_t k = 0; k < f->finding_count; k++) free(seen[k]);
  free(seen);
  /* keep files sorted even when added out of order (parallel scans) */
  if (r->file_count > 1 && strcmp(r->files[r->file_count - 2].path, f->path) > 0)
    qsort(r->files, r->file_count, sizeof(*r->files), S_by_path);
}

static void S_free_finding(psa_result_finding *o) {
  free(o->rule_id);
  free(o->message);
  free(o->snippet);
  free(o->fingerprint);
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
  }
  free(o->fixes);
}

void psa_results_free(psa_results *r) {
  for (size_t i = 0; i < r->file_count; i++) {
    psa_result_file *f = &r->files[i];
    for (uint32_t k = 0; k < f->finding_count; k++) S_free_finding(&f->findings[k]);
    free(f->findings);
    free(f->path);
    free(f->message);
    free(f->encoding);
    free(f->eol);
  }
  free(r->files);
  memset(r, 0, sizeof(*r));
}

void psa_results_summarize(const psa_results *r, psa_results_summary *s) {
  memset(s, 0, sizeof(*s));
  for (size_t i = 0; i < r->file_count; i++) {
    const psa_result_file *f = &r->files[i];
    if (f->status == PSA_FILE_SKIPPED) s->files_skipped++;
    else if (f->status == PSA_FILE_ERROR) s->read_errors++;
    else s->files_scanned++;
    if (f->syntax_errors) s->files_with_syntax_errors++;
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

/* Names of kinds and severities, and the reporting helpers rules call. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/finding.h"
#include "psauth/rulemeta.h"
#include "rules/context.h"

static const char *const S_kind_names[PSA_KIND__COUNT] = {
    "legacy-exo-rps",       "basic-auth-flag",   "exo-v1",           "credential-connect",
    "msonline",             "azuread",           "smtp-basic",       "ews-basic",
    "plaintext-password",   "password-file",     "basic-header",     "plaintext-conversion",
    "stored-credential",    "client-secret",     "password-grant",   "legacy-module",
    "tenant-config",        "rest-cmdlet",       "deprecated-cmdlet", "api-retirement",
    "no-authentication",    "parse-error"};

const char *psa_kind_name(psa_kind k) {
  return (unsigned)k < PSA_KIND__COUNT ? S_kind_names[k] : "unknown";
}

bool psa_kind_from_name(const char *name, psa_kind *out) {
  for (int k = 0; k < PSA_KIND__COUNT; k++)
    if (!strcmp(S_kind_names[k], name)) {
      *out = (psa_kind)k;
      return true;
    }
  return false;
}

const char *psa_severity_name(psa_severity s) {
  switch (s) {
    case PSA_SEV_ERROR: return "error";
    case PSA_SEV_WARNING: return "warning";
    default: return "info";
  }
}

bool psa_severity_from_name(const char *name, psa_severity *out) {
  if (!strcmp(name, "error")) *out = PSA_SEV_ERROR;
  else if (!strcmp(name, "warning")) *out = PSA_SEV_WARNING;
  else if (!strcmp(name, "info")) *out = PSA_SEV_INFO;
  else return false;
  return true;
}

static char *S_vformat(psa_arena *a, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
static char *S_vformat(psa_arena *a, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *s = psa_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
  if (n > 0) vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

void psa_rule_state_init(psa_rule_state *s, uint32_t max_findings) {
  memset(s, 0, sizeof(*s));
  psa_arena_init(&s->arena);
  s->max_findings = max_findings;
}

void psa_rule_state_free(psa_rule_state *s) {
  free(s->findings);
  free(s->marked);
  free(s->plumbing);
  free(s->plan);
  psa_arena_free(&s->arena);
}

char *psa_ctx_printf(psa_rule_ctx *ctx, const char *fmt, ...) {
  psa_rule_state *impl = ctx->impl;
  va_list ap;
  va_start(ap, fmt);
  char *s = S_vformat(&impl->arena, fmt, ap);
  va_end(ap);
  return s;
}

/* The dot-sourced file a span lies in (spans past the scanned file's end
 * belong to one), or NULL. */
static const psa_import *S_import_of(const psa_rule_ctx *ctx, uint32_t offset) {
  const psa_rule_state *impl = ctx->impl;
  if (offset <= ctx->src->text_len) return NULL;
  for (uint32_t i = 0; i < impl->import_count; i++) {
    const psa_import *imp = &impl->imports[i];
    if (offset >= imp->model->base && offset <= imp->model->base + imp->src->text_len) return imp;
  }
  return NULL;
}

psa_finding *psa_report(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *fmt,
                        ...) {
  psa_rule_state *impl = ctx->impl;
  if (impl->max_findings && impl->finding_count >= impl->max_findings) {
    /* past the limit: the rule still gets a finding to fill in, which is
     * dropped; the file's message says how many */
    impl->findings_dropped++;
    memset(&impl->overflow, 0, sizeof(impl->overflow));
    impl->overflow.rule = rule;
    impl->overflow.severity = psa_rule_severity(rule);
    impl->overflow.span = span;
    impl->overflow.message = "";
    return &impl->overflow;
  }
  if (impl->finding_count == impl->finding_cap) {
    impl->finding_cap = impl->finding_cap ? impl->finding_cap * 2 : 16;
    impl->findings = psa_xrealloc(impl->findings, impl->finding_cap * sizeof(*impl->findings));
  }
  psa_finding *f = &impl->findings[impl->finding_count++];
  memset(f, 0, sizeof(*f));
  f->rule = rule;
  f->severity = psa_rule_severity(rule);
  f->span = span;
  va_list ap;
  va_start(ap, fmt);
  f->message = S_vformat(&impl->arena, fmt, ap);
  va_end(ap);
  /* a finding at a value of a dot-sourced file: reported on the line that
   * dot-sources it, with the place in that file as a related location */
  const psa_import *imp = S_import_of(ctx, span.start);
  if (imp) {
    f->span = imp->anchor;
    psa_finding_related(ctx, f, span, "in the dot-sourced file %s", imp->path);
  }
  return f;
}

void psa_finding_related(psa_rule_ctx *ctx, psa_finding *f, psa_span span, const char *fmt, ...) {
  psa_rule_state *impl = ctx->impl;
  const psa_import *imp = S_import_of(ctx, span.start);
  const psa_source *src = NULL;
  const char *path = NULL;
  if (imp && span.end <= imp->model->base + imp->src->text_len) {
    src = imp->src;
    path = imp->path;
    span.start -= imp->model->base;
    span.end -= imp->model->base;
  }
  psa_related *r = psa_arena_alloc(&impl->arena, (f->related_count + 1) * sizeof(*r));
  if (f->related_count) memcpy(r, f->related, f->related_count * sizeof(*r));
  va_list ap;
  va_start(ap, fmt);
  r[f->related_count].span = span;
  r[f->related_count].message = S_vformat(&impl->arena, fmt, ap);
  r[f->related_count].src = src;
  r[f->related_count].path = path;
  va_end(ap);
  f->related = r;
  f->related_count++;
}

uint32_t psa_line_of(const psa_rule_ctx *ctx, uint32_t offset) {
  uint32_t line, col;
  const psa_import *imp = S_import_of(ctx, offset);
  if (imp) psa_source_position(imp->src, offset - imp->model->base, &line, &col);
  else psa_source_position(ctx->src, offset, &line, &col);
  return line;
}

psa_fix *psa_finding_add_fix(psa_rule_ctx *ctx, psa_finding *f, psa_applicability a,
                             const char *title) {
  psa_rule_state *impl = ctx->impl;
  psa_fix *fx = psa_arena_alloc(&impl->arena, (f->fix_count + 1) * sizeof(*fx));
  if (f->fix_count) memcpy(fx, f->fixes, f->fix_count * sizeof(*fx));
  f->fixes = fx;
  psa_fix *n = &fx[f->fix_count++];
  n->title = psa_arena_strdup(&impl->arena, title);
  n->applicability = a;
  return n;
}

void psa_fix_add_edit(psa_rule_ctx *ctx, psa_fix *fix, psa_span range, const char *replacement) {
  psa_rule_state *impl = ctx->impl;
  psa_edit *e = psa_arena_alloc(&impl->arena, (fix->edit_count + 1) * sizeof(*e));
  if (fix->edit_count) memcpy(e, fix->edits, fix->edit_count * sizeof(*e));
  e[fix->edit_count].range = range;
  e[fix->edit_count].replacement = psa_arena_strdup(&impl->arena, replacement);
  e[fix->edit_count].joint = false;
  fix->edits = e;
  fix->edit_count++;
}

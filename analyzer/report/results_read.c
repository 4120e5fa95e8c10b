/* Reading JSON reports back (for `psauth merge`): the inverse of
 * psa_report__json. The report's files and findings become psa_results
 * files; findings are attached to their file by path (a finding whose file
 * is not listed gets a file entry of its own). A path that is already in
 * the results is replaced by the report's entry: the later report wins.
 * Rules are looked up by ID; an ID this version does not know keeps its
 * text and gets a NULL rule. Edit offsets are not in the JSON and read
 * back as 0. */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/results.h"
#include "base/array.h"
#include "base/util.h"

typedef struct {
  char *err;
  size_t errlen;
  bool failed;
} S_ctx;

static void S_fail(S_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void S_fail(S_ctx *c, const char *fmt, ...) {
  if (c->failed) return;
  c->failed = true;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->err, c->errlen, fmt, ap);
  va_end(ap);
}

/* A string member; 'required' ones report an error when missing. */
static const char *S_str(S_ctx *c, const cJSON *o, const char *key, bool required,
                         const char *where) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (cJSON_IsString(v) && v->valuestring) return v->valuestring;
  if (v && !cJSON_IsNull(v)) S_fail(c, "%s: \"%s\" is not a string", where, key);
  else if (required) S_fail(c, "%s: \"%s\" is missing", where, key);
  return NULL;
}

/* A non-negative whole number below 2^32 (0 when missing and optional). */
static uint32_t S_num(S_ctx *c, const cJSON *o, const char *key, bool required, const char *where) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v) {
    if (required) S_fail(c, "%s: \"%s\" is missing", where, key);
    return 0;
  }
  double d = cJSON_GetNumberValue(v);
  if (!cJSON_IsNumber(v) || d < 0 || d > 4294967295.0 || d != (double)(uint32_t)d) {
    S_fail(c, "%s: \"%s\" is not a whole number from 0 to 4294967295", where, key);
    return 0;
  }
  return (uint32_t)d;
}

static psa_range S_range(S_ctx *c, const cJSON *o, const char *where) {
  psa_range r;
  r.line = S_num(c, o, "line", true, where);
  r.col = S_num(c, o, "column", true, where);
  r.end_line = S_num(c, o, "endLine", false, where);
  r.end_col = S_num(c, o, "endColumn", false, where);
  if (!cJSON_GetObjectItemCaseSensitive(o, "endLine")) r.end_line = r.line;
  if (!cJSON_GetObjectItemCaseSensitive(o, "endColumn")) r.end_col = r.col;
  return r;
}

static const cJSON *S_array(S_ctx *c, const cJSON *o, const char *key, bool required,
                            const char *where) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v) {
    if (required) S_fail(c, "%s: \"%s\" is missing", where, key);
    return NULL;
  }
  if (!cJSON_IsArray(v)) {
    S_fail(c, "%s: \"%s\" is not an array", where, key);
    return NULL;
  }
  return v;
}

static char *S_dup(const char *s) { return s ? psa_xstrdup(s) : NULL; }

/* The files read so far, before they join the results. */
typedef struct {
  psa_result_file *files;
  size_t count, cap;
} S_files;

static psa_result_file *S_file(S_files *fs, const char *path, bool create) {
  for (size_t i = fs->count; i-- > 0;)
    if (!strcmp(fs->files[i].path, path)) return &fs->files[i];
  if (!create) return NULL;
  psa_grow(fs->files, fs->count, fs->cap);
  psa_result_file *f = &fs->files[fs->count++];
  memset(f, 0, sizeof(*f));
  f->path = psa_xstrdup(path);
  f->status = PSA_FILE_OK;
  f->parsed = true;
  return f;
}

static void S_read_file(S_ctx *c, S_files *fs, const cJSON *jf, size_t index) {
  char where[48];
  snprintf(where, sizeof(where), "files[%zu]", index);
  if (!cJSON_IsObject(jf)) {
    S_fail(c, "%s is not an object", where);
    return;
  }
  const char *path = S_str(c, jf, "path", true, where);
  const char *status = S_str(c, jf, "status", false, where);
  if (c->failed) return;
  psa_file_status st = PSA_FILE_OK;
  if (status && !strcmp(status, "skipped")) st = PSA_FILE_SKIPPED;
  else if (status && !strcmp(status, "error")) st = PSA_FILE_ERROR;
  else if (status && strcmp(status, "ok")) {
    S_fail(c, "%s: unknown status \"%s\"", where, status);
    return;
  }
  if (S_file(fs, path, false)) {
    S_fail(c, "%s: the file %s is listed twice", where, path);
    return;
  }
  psa_result_file *f = S_file(fs, path, true);
  f->status = st;
  f->message = S_dup(S_str(c, jf, "message", false, where));
  f->encoding = S_dup(S_str(c, jf, "encoding", false, where));
  f->eol = S_dup(S_str(c, jf, "lineEndings", false, where));
  const cJSON *parsed = cJSON_GetObjectItemCaseSensitive(jf, "parsed");
  if (parsed && !cJSON_IsBool(parsed)) S_fail(c, "%s: \"parsed\" is not true or false", where);
  f->parsed = !parsed || cJSON_IsTrue(parsed);
  f->syntax_errors = S_num(c, jf, "syntaxErrors", false, where);
  f->shared_fix_diff = S_dup(S_str(c, jf, "sharedFixDiff", false, where));
  const cJSON *plan = c->failed ? NULL : S_array(c, jf, "plan", false, where);
  int n = plan ? cJSON_GetArraySize(plan) : 0;
  if (n > 0) f->plan = psa_xcalloc((size_t)n, sizeof(*f->plan));
  for (int i = 0; i < n && !c->failed; i++) {
    const cJSON *je = cJSON_GetArrayItem(plan, i);
    char w[80];
    snprintf(w, sizeof(w), "%s.plan[%d]", where, i);
    if (!cJSON_IsObject(je)) {
      S_fail(c, "%s is not an object", w);
      break;
    }
    const char *kind = S_str(c, je, "kind", true, w);
    const char *subject = S_str(c, je, "subject", true, w);
    uint32_t line = S_num(c, je, "line", true, w);
    if (c->failed) break;
    if (strcmp(kind, "connection") && strcmp(kind, "refused") && strcmp(kind, "rewrite")) {
      S_fail(c, "%s: unknown kind \"%s\"", w, kind);
      break;
    }
    psa_result_plan *o = &f->plan[f->plan_count++];
    o->kind = psa_xstrdup(kind);
    o->line = line;
    o->subject = psa_xstrdup(subject);
    o->rule = S_dup(S_str(c, je, "rule", false, w));
    o->signin = S_dup(S_str(c, je, "signIn", false, w));
    o->evidence = S_dup(S_str(c, je, "evidence", false, w));
    o->target = S_dup(S_str(c, je, "target", false, w));
    o->reason = S_dup(S_str(c, je, "reason", false, w));
  }
}

/* A coverage notice: lines psauth could not analyse in a listed file. */
static void S_read_coverage(S_ctx *c, S_files *fs, const cJSON *jc, size_t index) {
  char where[48];
  snprintf(where, sizeof(where), "coverage[%zu]", index);
  if (!cJSON_IsObject(jc)) {
    S_fail(c, "%s is not an object", where);
    return;
  }
  const char *path = S_str(c, jc, "path", true, where);
  uint32_t line = S_num(c, jc, "line", true, where);
  uint32_t end_line = S_num(c, jc, "endLine", true, where);
  if (c->failed) return;
  psa_result_file *f = S_file(fs, path, false);
  if (!f) {
    S_fail(c, "%s: the file %s is not in \"files\"", where, path);
    return;
  }
  if (end_line < line) {
    S_fail(c, "%s: endLine is before line", where);
    return;
  }
  f->unanalysed = psa_xrealloc(f->unanalysed, (f->unanalysed_count + 1) * sizeof(*f->unanalysed));
  f->unanalysed[f->unanalysed_count++] = (psa_range){line, 1, end_line, 1};
  f->unanalysed_lines += end_line - line + 1;
}

static void S_read_fix(S_ctx *c, psa_result_fix *fx, const cJSON *jfx, const char *where) {
  if (!cJSON_IsObject(jfx)) {
    S_fail(c, "%s is not an object", where);
    return;
  }
  const char *title = S_str(c, jfx, "title", false, where);
  fx->title = psa_xstrdup(title ? title : "");
  const char *app = S_str(c, jfx, "applicability", true, where);
  if (app && !strcmp(app, "safe")) fx->applicability = PSA_FIX_SAFE;
  else if (app && !strcmp(app, "unsafe")) fx->applicability = PSA_FIX_UNSAFE;
  else if (app && !strcmp(app, "display")) fx->applicability = PSA_FIX_DISPLAY;
  else if (app) S_fail(c, "%s: unknown applicability \"%s\"", where, app);
  fx->diff = S_dup(S_str(c, jfx, "diff", false, where));
  const cJSON *edits = S_array(c, jfx, "edits", false, where);
  int n = edits ? cJSON_GetArraySize(edits) : 0;
  fx->edits = psa_xcalloc(n ? (size_t)n : 1, sizeof(*fx->edits));
  for (int e = 0; e < n && !c->failed; e++) {
    char ew[128];
    snprintf(ew, sizeof(ew), "%.80s.edits[%d]", where, e);
    const cJSON *je = cJSON_GetArrayItem(edits, e);
    if (!cJSON_IsObject(je)) {
      S_fail(c, "%s is not an object", ew);
      break;
    }
    psa_result_edit *ed = &fx->edits[fx->edit_count++];
    ed->at = S_range(c, je, ew);
    const char *rep = S_str(c, je, "replacement", true, ew);
    ed->replacement = psa_xstrdup(rep ? rep : "");
  }
}

static void S_read_finding(S_ctx *c, S_files *fs, const cJSON *jx, size_t index) {
  char where[48];
  snprintf(where, sizeof(where), "findings[%zu]", index);
  if (!cJSON_IsObject(jx)) {
    S_fail(c, "%s is not an object", where);
    return;
  }
  const char *path = S_str(c, jx, "path", true, where);
  const char *rule = S_str(c, jx, "rule", true, where);
  const char *sev = S_str(c, jx, "severity", true, where);
  const char *msg = S_str(c, jx, "message", true, where);
  psa_severity severity = PSA_SEV_WARNING;
  if (sev && !psa_severity_from_name(sev, &severity))
    S_fail(c, "%s: unknown severity \"%s\"", where, sev);
  psa_range at = S_range(c, jx, where);
  if (c->failed) return;

  psa_result_file *f = S_file(fs, path, true);
  if (f->finding_count % 16 == 0)
    f->findings = psa_xrealloc(f->findings, (f->finding_count + 16) * sizeof(*f->findings));
  psa_result_finding *x = &f->findings[f->finding_count++];
  memset(x, 0, sizeof(*x));
  x->rule = psa_rule_find(rule);
  if (x->rule && strcmp(x->rule->id, rule)) x->rule = NULL; /* names do not count */
  x->rule_id = psa_xstrdup(rule);
  x->severity = severity;
  x->at = at;
  x->message = psa_xstrdup(msg);
  const char *snippet = S_str(c, jx, "snippet", false, where);
  const char *fp = S_str(c, jx, "fingerprint", false, where);
  x->snippet = psa_xstrdup(snippet ? snippet : "");
  x->fingerprint = psa_xstrdup(fp ? fp : "");
  /* reports written before these fields existed: the rule's metadata */
  const psa_rule_meta *meta = x->rule ? psa_rule_meta_find(x->rule->id) : NULL;
  const psa_rule_fact *fact = psa_rule_fact_at(meta, severity);
  const char *svc = S_str(c, jx, "service", false, where);
  const char *signin = S_str(c, jx, "signIn", false, where);
  const char *status = S_str(c, jx, "status", false, where);
  const char *date = S_str(c, jx, "statusDate", false, where);
  const char *source = S_str(c, jx, "statusSource", false, where);
  x->service = meta ? meta->service : PSA_SVC_SCRIPT;
  x->signin = meta ? meta->signin : PSA_AUTH_NONE;
  x->status = fact ? fact->status : severity == PSA_SEV_INFO ? PSA_STATUS_SUGGESTION
                                                             : PSA_STATUS_INSECURE;
  if (svc && !psa_service_from_name(svc, &x->service))
    S_fail(c, "%s: unknown service \"%s\"", where, svc);
  if (signin && !psa_auth_from_name(signin, &x->signin))
    S_fail(c, "%s: unknown sign-in method \"%s\"", where, signin);
  if (status && !psa_status_from_name(status, &x->status))
    S_fail(c, "%s: unknown status \"%s\"", where, status);
  if (!status && fact) {
    date = fact->date;
    source = fact->source;
  }
  x->status_date = date ? psa_xstrdup(date) : NULL;
  x->status_source = source ? psa_xstrdup(source) : NULL;

  const cJSON *rel = S_array(c, jx, "related", false, where);
  int nrel = rel ? cJSON_GetArraySize(rel) : 0;
  if (nrel) x->related = psa_xcalloc((size_t)nrel, sizeof(*x->related));
  for (int n = 0; n < nrel && !c->failed; n++) {
    char rw[80];
    snprintf(rw, sizeof(rw), "%s.related[%d]", where, n);
    const cJSON *jr = cJSON_GetArrayItem(rel, n);
    if (!cJSON_IsObject(jr)) {
      S_fail(c, "%s is not an object", rw);
      break;
    }
    psa_result_related *rr = &x->related[x->related_count++];
    rr->at = S_range(c, jr, rw);
    const char *m = S_str(c, jr, "message", false, rw);
    rr->message = psa_xstrdup(m ? m : "");
    const char *rp = S_str(c, jr, "path", false, rw);
    rr->path = rp ? psa_xstrdup(rp) : NULL;
  }

  const cJSON *perms = S_array(c, jx, "permissions", false, where);
  if (perms && cJSON_GetArraySize(perms)) {
    psa_buf pb;
    psa_buf_init(&pb);
    const cJSON *pe;
    cJSON_ArrayForEach(pe, perms) if (cJSON_IsString(pe))
        psa_buf_printf(&pb, "%s%s", pb.len ? ", " : "", pe->valuestring);
    x->permissions = pb.data ? psa_buf_detach(&pb) : NULL;
    psa_buf_free(&pb);
  }
  const cJSON *fixes = S_array(c, jx, "fixes", false, where);
  int nfix = fixes ? cJSON_GetArraySize(fixes) : 0;
  if (nfix) x->fixes = psa_xcalloc((size_t)nfix, sizeof(*x->fixes));
  for (int n = 0; n < nfix && !c->failed; n++) {
    char fw[80];
    snprintf(fw, sizeof(fw), "%s.fixes[%d]", where, n);
    S_read_fix(c, &x->fixes[x->fix_count++], cJSON_GetArrayItem(fixes, n), fw);
  }
}

static void S_free_files(S_files *fs) {
  psa_results tmp = {0};
  tmp.files = fs->files;
  tmp.file_count = fs->count;
  tmp.file_cap = fs->cap;
  psa_results_free(&tmp); /* frees fs->files too */
  memset(fs, 0, sizeof(*fs));
}

static int S_by_path(const void *a, const void *b) {
  return strcmp(((const psa_result_file *)a)->path, ((const psa_result_file *)b)->path);
}

/* The report's "baseline" (psa_report__json): the file, the findings it
 * hid and its stale entries. */
typedef struct {
  bool present;
  char *file;
  size_t matched;
  psa_result_stale *stale;
  size_t stale_count;
} S_baseline;

static void S_free_stale(psa_result_stale *e) {
  free(e->rule);
  free(e->path);
  free(e->fingerprint);
  free(e->message);
}

static void S_baseline_free(S_baseline *b) {
  for (size_t i = 0; i < b->stale_count; i++) S_free_stale(&b->stale[i]);
  free(b->stale);
  free(b->file);
  memset(b, 0, sizeof(*b));
}

static void S_read_baseline(S_ctx *c, const cJSON *root, const psa_results *r, S_baseline *b) {
  const cJSON *jb = cJSON_GetObjectItemCaseSensitive(root, "baseline");
  if (jb && !cJSON_IsObject(jb)) {
    S_fail(c, "report: \"baseline\" is not an object");
    return;
  }
  if (jb) {
    const char *file = S_str(c, jb, "file", true, "baseline");
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(jb, "matched");
    double md = cJSON_IsNumber(m) ? cJSON_GetNumberValue(m) : -1;
    if (!c->failed && (md < 0 || md != (double)(size_t)md))
      S_fail(c, "baseline: \"matched\" is not a whole number");
    const cJSON *st = S_array(c, jb, "stale", true, "baseline");
    if (c->failed) return;
    b->present = true;
    b->file = psa_xstrdup(file);
    b->matched = (size_t)md;
    int n = cJSON_GetArraySize(st);
    b->stale = psa_xcalloc(n ? (size_t)n : 1, sizeof(*b->stale));
    const cJSON *je;
    cJSON_ArrayForEach(je, st) {
      char where[48];
      snprintf(where, sizeof(where), "baseline.stale[%zu]", b->stale_count);
      const char *rule = S_str(c, je, "rule", true, where);
      const char *path = S_str(c, je, "path", true, where);
      const char *fp = S_str(c, je, "fingerprint", true, where);
      const char *msg = S_str(c, je, "message", false, where);
      if (c->failed) return;
      psa_result_stale *e = &b->stale[b->stale_count++];
      e->rule = psa_xstrdup(rule);
      e->path = psa_xstrdup(path);
      e->fingerprint = psa_xstrdup(fp);
      e->message = psa_xstrdup(msg ? msg : "");
    }
  }
  /* shards of one run all compare with the same baseline, or none does */
  if (r->reports_read && (b->present != (r->baseline_file != NULL) ||
                          (b->present && strcmp(b->file, r->baseline_file))))
    S_fail(c, "the reports were made with different baselines (%s, and %s in an earlier one)",
           b->present ? b->file : "none", r->baseline_file ? r->baseline_file : "none");
}

/* Shards compare the whole baseline with their part of the files: an
 * entry matched in one shard is stale in the others. So the merged run
 * hid the sum of what each hid, and an entry is stale when it is stale in
 * every report (the intersection, in the first report's order). */
static void S_merge_baseline(psa_results *r, S_baseline *b) {
  if (!r->reports_read++) {
    if (b->present) {
      r->baseline_file = b->file;
      r->baseline_matched = b->matched;
      r->baseline_stale = b->stale;
      r->baseline_stale_count = b->stale_count;
      memset(b, 0, sizeof(*b));
    }
    return;
  }
  if (!b->present) return;
  r->baseline_matched += b->matched;
  size_t kept = 0;
  for (size_t i = 0; i < r->baseline_stale_count; i++) {
    psa_result_stale *e = &r->baseline_stale[i];
    bool still = false;
    for (size_t k = 0; k < b->stale_count && !still; k++)
      still = !strcmp(e->fingerprint, b->stale[k].fingerprint) && !strcmp(e->rule, b->stale[k].rule) &&
              !strcmp(e->path, b->stale[k].path);
    if (still) r->baseline_stale[kept++] = *e;
    else S_free_stale(e);
  }
  r->baseline_stale_count = kept;
  S_baseline_free(b);
}

int psa_results_read_json(psa_results *r, const char *json, size_t len, char *err, size_t errlen) {
  S_ctx c = {err, errlen, false};
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(json, len, &end, false);
  if (!root) {
    size_t at = end && end >= json ? (size_t)(end - json) : 0;
    snprintf(err, errlen, "not valid JSON (near byte %zu)", at);
    return -1;
  }
  if (!cJSON_IsObject(root)) {
    cJSON_Delete(root);
    snprintf(err, errlen, "not a psauth JSON report: the top level is not an object");
    return -1;
  }
  const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "schemaVersion");
  if (!cJSON_IsNumber(version) || cJSON_GetNumberValue(version) != 1) {
    cJSON_Delete(root);
    snprintf(err, errlen, "not a psauth JSON report of schema version 1 (\"schemaVersion\")");
    return -1;
  }
  S_files fs = {0};
  const cJSON *files = S_array(&c, root, "files", true, "report");
  const cJSON *findings = S_array(&c, root, "findings", true, "report");
  for (int i = 0; files && i < cJSON_GetArraySize(files) && !c.failed; i++)
    S_read_file(&c, &fs, cJSON_GetArrayItem(files, i), (size_t)i);
  for (int i = 0; findings && i < cJSON_GetArraySize(findings) && !c.failed; i++)
    S_read_finding(&c, &fs, cJSON_GetArrayItem(findings, i), (size_t)i);
  const cJSON *coverage = c.failed ? NULL : S_array(&c, root, "coverage", false, "report");
  for (int i = 0; coverage && i < cJSON_GetArraySize(coverage) && !c.failed; i++)
    S_read_coverage(&c, &fs, cJSON_GetArrayItem(coverage, i), (size_t)i);
  S_baseline base = {0};
  if (!c.failed) S_read_baseline(&c, root, r, &base);
  cJSON_Delete(root);
  if (c.failed) {
    S_baseline_free(&base);
    S_free_files(&fs);
    return -1;
  }
  S_merge_baseline(r, &base);

  /* the report's files join the results; a path already there is replaced
   * (r's first 'sorted' files are in path order: found by bisection) */
  size_t sorted = r->file_count;
  for (size_t i = 0; i < fs.count; i++) {
    psa_result_file *nf = &fs.files[i];
    psa_result_file *slot = NULL;
    size_t lo = 0, hi = sorted;
    while (lo < hi && !slot) {
      size_t mid = lo + (hi - lo) / 2;
      int cmp = strcmp(r->files[mid].path, nf->path);
      if (!cmp) slot = &r->files[mid];
      else if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    if (slot) {
      psa_results old = {0};
      old.files = psa_xmalloc(sizeof(*old.files));
      old.files[0] = *slot;
      old.file_count = old.file_cap = 1;
      psa_results_free(&old);
    } else {
      psa_grow(r->files, r->file_count, r->file_cap);
      slot = &r->files[r->file_count++];
    }
    *slot = *nf;
  }
  free(fs.files);
  if (r->file_count > 1) qsort(r->files, r->file_count, sizeof(*r->files), S_by_path);
  return 0;
}

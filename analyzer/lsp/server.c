/* The language server: JSON-RPC dispatch, the lifecycle, documents and
 * their analysis. Diagnostics and rule pages are in diagnostics.c, code
 * actions and hover in actions.c. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/util.h"
#include "lsp/internal.h"
#include "psauth/suppress.h"
#include "psauth_version.h"

/* LSP enumerations used here. */
enum { S_SYNC_INCREMENTAL = 2 };

static const char *const S_action_kinds[] = {"quickfix", "refactor.rewrite", "source.fixAll.psauth",
                                             NULL};

static long S_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- output ------------------------------------------------------------- */

void psa_lsp_send(psa_lsp_server *s, cJSON *msg) {
  cJSON_AddStringToObject(msg, "jsonrpc", "2.0");
  char *text = cJSON_PrintUnformatted(msg);
  cJSON_Delete(msg);
  if (!text) psa_oom(0);
  s->write(s->payload, text, strlen(text));
  free(text);
}

static void S_result(psa_lsp_server *s, const cJSON *id, cJSON *result) {
  cJSON *m = cJSON_CreateObject();
  cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
  cJSON_AddItemToObject(m, "result", result ? result : cJSON_CreateNull());
  psa_lsp_send(s, m);
}

static void S_error(psa_lsp_server *s, const cJSON *id, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void S_error(psa_lsp_server *s, const cJSON *id, int code, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof(msg), fmt, ap);
  va_end(ap);
  cJSON *m = cJSON_CreateObject();
  cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
  cJSON *e = cJSON_AddObjectToObject(m, "error");
  cJSON_AddNumberToObject(e, "code", code);
  cJSON_AddStringToObject(e, "message", msg);
  psa_lsp_send(s, m);
}

static void S_notify(psa_lsp_server *s, const char *method, cJSON *params) {
  cJSON *m = cJSON_CreateObject();
  cJSON_AddStringToObject(m, "method", method);
  cJSON_AddItemToObject(m, "params", params);
  psa_lsp_send(s, m);
}

static void S_request(psa_lsp_server *s, const char *method, cJSON *params) {
  cJSON *m = cJSON_CreateObject();
  char id[32];
  snprintf(id, sizeof(id), "psauth-%lld", (long long)++s->next_id);
  cJSON_AddStringToObject(m, "id", id);
  cJSON_AddStringToObject(m, "method", method);
  cJSON_AddItemToObject(m, "params", params);
  psa_lsp_send(s, m);
}

void psa_lsp_log(psa_lsp_server *s, int type, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof(msg), fmt, ap);
  va_end(ap);
  cJSON *p = cJSON_CreateObject();
  cJSON_AddNumberToObject(p, "type", type);
  cJSON_AddStringToObject(p, "message", msg);
  S_notify(s, "window/logMessage", p);
}

/* ---- URIs --------------------------------------------------------------- */

static int S_hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The path of a file: URI (percent-decoded), or NULL for other schemes,
 * a host other than localhost, or a NUL byte. */
static char *S_uri_path(const char *uri) {
  if (psa_strncasecmp(uri, "file://", 7) != 0) return NULL;
  const char *p = uri + 7;
  if (!psa_strncasecmp(p, "localhost/", 10)) p += 9;
  if (*p != '/') return NULL;
  psa_buf b;
  psa_buf_init(&b);
  for (; *p && *p != '?' && *p != '#'; p++) {
    if (*p == '%' && S_hex(p[1]) >= 0 && S_hex(p[2]) >= 0) {
      char c = (char)(S_hex(p[1]) * 16 + S_hex(p[2]));
      if (!c) {
        psa_buf_free(&b);
        return NULL;
      }
      psa_buf_putc(&b, c);
      p += 2;
    } else {
      psa_buf_putc(&b, *p);
    }
  }
  return psa_buf_detach(&b);
}

/* ---- small JSON helpers ------------------------------------------------- */

static const char *S_str(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const cJSON *S_obj(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsObject(v) ? v : NULL;
}

/* A non-negative integer that fits in uint32_t. */
static bool S_u32(const cJSON *o, const char *key, uint32_t *out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0) || v->valuedouble > (double)UINT32_MAX)
    return false;
  *out = (uint32_t)v->valuedouble;
  return true;
}

static bool S_position(const cJSON *o, uint32_t *line, uint32_t *character) {
  return o && cJSON_IsObject(o) && S_u32(o, "line", line) && S_u32(o, "character", character);
}

/* ---- documents ---------------------------------------------------------- */

static void S_strv_free(char **v, size_t n) {
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

static psa_lsp_doc *S_doc(psa_lsp_server *s, const char *uri) {
  for (size_t i = 0; uri && i < s->doc_count; i++)
    if (!strcmp(s->docs[i]->uri, uri)) return s->docs[i];
  return NULL;
}

static void S_doc_clear_analysis(psa_lsp_doc *d) {
  if (d->analysed) psa_file_result_free(&d->res);
  free(d->hidden);
  d->hidden = NULL;
  psa_lsp_lines_free(&d->lines);
  d->analysed = false;
  d->positions = false;
}

static void S_deps_clear(psa_lsp_doc *d) {
  S_strv_free(d->deps, d->dep_count);
  d->deps = NULL;
  d->dep_count = 0;
}

static void S_doc_free(psa_lsp_doc *d) {
  S_doc_clear_analysis(d);
  S_deps_clear(d);
  free(d->real);
  if (d->tree) ts_tree_delete(d->tree);
  free(d->uri);
  free(d->path);
  free(d->text);
  free(d);
}

static void S_doc_set_text(psa_lsp_doc *d, const char *text, size_t len) {
  if (len + 1 > d->cap) {
    d->cap = (uint32_t)(len + 1);
    d->text = psa_xrealloc(d->text, d->cap);
  }
  memcpy(d->text, text, len);
  d->len = (uint32_t)len;
  d->text[len] = '\0';
}

static void S_mark_dirty(psa_lsp_doc *d) {
  if (!d->dirty) d->dirty_since = S_now_ms();
  d->dirty = true;
}

/* A document changed: so did every document that dot-sources it. */
static void S_mark_dependents(psa_lsp_server *s, const psa_lsp_doc *changed) {
  if (!changed->real) return;
  for (size_t i = 0; i < s->doc_count; i++)
    for (size_t k = 0; k < s->docs[i]->dep_count; k++)
      if (s->docs[i] != changed && !strcmp(s->docs[i]->deps[k], changed->real))
        S_mark_dirty(s->docs[i]);
}

static bool S_has_suffix_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && !psa_strcasecmp(s + n - k, suffix);
}

static bool S_is_config_uri(const char *uri) {
  return S_has_suffix_ci(uri, "/psauth.json") || S_has_suffix_ci(uri, "/.psauth.json");
}

/* ---- configuration ------------------------------------------------------ */

/* Reads an array of strings (or one comma-separated string). */
static void S_strv_read(psa_lsp_server *s, const cJSON *v, const char *key, char ***out,
                        size_t *count) {
  const cJSON *a = cJSON_GetObjectItemCaseSensitive(v, key);
  if (!a) return;
  const cJSON *it;
  if (cJSON_IsString(a)) {
    const char *p = a->valuestring;
    while (*p) {
      const char *c = strchr(p, ',');
      size_t n = c ? (size_t)(c - p) : strlen(p);
      if (n) {
        *out = psa_xrealloc(*out, (*count + 1) * sizeof(char *));
        (*out)[(*count)++] = psa_xstrndup(p, n);
      }
      if (!c) break;
      p = c + 1;
    }
    return;
  }
  if (!cJSON_IsArray(a)) {
    psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth settings: %s should be a list of rule selectors", key);
    return;
  }
  cJSON_ArrayForEach(it, a) {
    if (!cJSON_IsString(it)) continue;
    *out = psa_xrealloc(*out, (*count + 1) * sizeof(char *));
    (*out)[(*count)++] = psa_xstrdup(it->valuestring);
  }
}

/* The client's settings ({"psauth": {...}} or the object itself): see
 * docs/lsp.md. They replace the previous ones. */
static void S_apply_settings(psa_lsp_server *s, const cJSON *settings) {
  const cJSON *v = S_obj(settings, "psauth");
  if (!v) v = settings;
  psa_config_free(s->settings);
  s->settings = psa_config_new();
  free(s->config_file);
  s->config_file = NULL;
  free(s->docs_url);
  s->docs_url = NULL;
  s->no_config = false;
  s->unsafe_fixes = false;
  if (!cJSON_IsObject(v)) return;
  psa_config *c = s->settings;
  S_strv_read(s, v, "select", &c->select, &c->select_count);
  c->has_select = c->select_count > 0;
  S_strv_read(s, v, "ignore", &c->ignore, &c->ignore_count);
  const cJSON *sev = S_obj(v, "severity"), *it;
  cJSON_ArrayForEach(it, sev) {
    psa_severity level;
    if (!cJSON_IsString(it) || !psa_severity_from_name(it->valuestring, &level)) {
      psa_lsp_log(s, PSA_LSP_MSG_WARNING,
                  "psauth settings: severity.%s should be \"error\", \"warning\" or \"info\"",
                  it->string);
      continue;
    }
    c->severities = psa_xrealloc(c->severities, (c->severity_count + 1) * sizeof(*c->severities));
    c->severities[c->severity_count].selector = psa_xstrdup(it->string);
    c->severities[c->severity_count++].severity = level;
  }
  size_t total = c->select_count + c->ignore_count + c->severity_count;
  for (size_t i = 0; i < total; i++) {
    const char *sel = i < c->select_count                     ? c->select[i]
                      : i < c->select_count + c->ignore_count ? c->ignore[i - c->select_count]
                          : c->severities[i - c->select_count - c->ignore_count].selector;
    if (!psa_config_selector_known(NULL, sel) && psa_strncasecmp(sel, PSA_USER_RULE_PREFIX, 3))
      psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth settings: no rule, rule prefix or kind is called '%s'",
                  sel);
  }
  const char *cf = S_str(v, "configFile");
  if (cf && *cf) s->config_file = psa_xstrdup(cf);
  const cJSON *nc = cJSON_GetObjectItemCaseSensitive(v, "noConfig");
  s->no_config = cJSON_IsTrue(nc);
  s->unsafe_fixes = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(v, "unsafeFixes"));
  const char *du = S_str(v, "ruleDocsUrl");
  if (du && *du) s->docs_url = psa_xstrdup(du);
}

/* Drops the finder (configs are read again on the next analysis). Every
 * analysis points into the old configs' organisation rules, so every
 * document is analysed again now, before the old finder goes. */
static void S_reload_configs(psa_lsp_server *s) {
  psa_config_finder *old = s->finder;
  s->finder = NULL;
  for (size_t i = 0; i < s->doc_count; i++) {
    psa_lsp_doc *d = s->docs[i];
    if (d->powershell) {
      S_mark_dirty(d);
      psa_lsp_analyse(s, d);
    }
  }
  psa_config_finder_free(old);
}

static psa_config_finder *S_finder(psa_lsp_server *s) {
  if (s->finder) return s->finder;
  char err[1024];
  s->finder = psa_config_finder_new(s->config_file, s->no_config, err, sizeof(err));
  if (!s->finder) {
    psa_lsp_log(s, PSA_LSP_MSG_ERROR, "psauth: %s (settings.configFile ignored)", err);
    s->finder = psa_config_finder_new(NULL, s->no_config, err, sizeof(err));
  }
  return s->finder;
}

void psa_lsp_scan_options(psa_lsp_server *s, const psa_lsp_doc *d, psa_scan_options *o,
                          const psa_config **cfg, char **relpath) {
  memset(o, 0, sizeof(*o));
  *cfg = NULL;
  *relpath = NULL;
  psa_config_finder *f = S_finder(s);
  char err[1024];
  /* a file: its own folders upwards; an unsaved buffer: the first
   * workspace folder's config */
  const char *where = d->path ? d->path : s->folder_count ? s->folders[0] : NULL;
  if (f && where && psa_config_lookup(f, where, !d->path, cfg, relpath, err, sizeof(err)) < 0) {
    psa_lsp_log(s, PSA_LSP_MSG_ERROR, "psauth: %s", err);
    *cfg = NULL;
  }
  if (!d->path) { /* relative paths in perFileIgnores mean nothing for it */
    free(*relpath);
    *relpath = NULL;
  }
  o->max_file_bytes = psa_config_max_file_size(*cfg, s->settings);
  o->no_dot_source = !d->path;
  /* selection decides which rules run, as for scan (a rule turned off
   * must not keep another from reporting a literal) */
  o->config = *cfg;
  o->cli_config = s->settings;
  o->relpath = *relpath ? *relpath : "";
  if (*cfg) {
    o->tenant = (*cfg)->tenant;
    o->extra_rules = (*cfg)->rule_list;
    o->extra_rule_count = (*cfg)->rule_count;
  }
}

static void S_publish(psa_lsp_server *s, psa_lsp_doc *d) {
  cJSON *p = cJSON_CreateObject();
  cJSON_AddStringToObject(p, "uri", d->uri);
  cJSON_AddNumberToObject(p, "version", (double)d->version);
  cJSON *arr = cJSON_AddArrayToObject(p, "diagnostics");
  if (d->analysed && d->positions)
    for (uint32_t i = 0; i < d->res.finding_count; i++)
      if (!d->hidden[i])
        cJSON_AddItemToArray(arr, psa_lsp_diagnostic_json(s, d, &d->res.findings[i]));
  S_notify(s, "textDocument/publishDiagnostics", p);
}

static void S_publish_empty(psa_lsp_server *s, const char *uri) {
  cJSON *p = cJSON_CreateObject();
  cJSON_AddStringToObject(p, "uri", uri);
  cJSON_AddArrayToObject(p, "diagnostics");
  S_notify(s, "textDocument/publishDiagnostics", p);
}

/* ---- analysis ----------------------------------------------------------- */

void psa_lsp_hide(psa_lsp_server *s, psa_file_result *res, const psa_config *cfg,
                  const char *relpath, bool *hidden) {
  psa_suppressions supp;
  memset(&supp, 0, sizeof(supp));
  if (res->src && res->may_suppress && res->parsed)
    psa_suppressions_collect(res->src, &res->parse, &supp);
  for (uint32_t i = 0; i < res->finding_count; i++) {
    psa_finding *f = &res->findings[i];
    bool hide = psa_suppressions_match(&supp, f->rule, f->span) ||
                !psa_config_rule_enabled(cfg, s->settings, f->rule, relpath ? relpath : "");
    if (hidden) hidden[i] = hide;
    if (hide) f->fix_count = 0; /* what is not reported is not fixed either */
    else f->severity = psa_config_rule_severity(cfg, s->settings, f->rule, f->severity);
  }
  psa_suppressions_free(&supp);
}

typedef struct {
  psa_lsp_server *server;
  psa_lsp_doc *doc;      /* being analysed: records what it dot-sources */
  size_t max_bytes;
} S_loader;

/* Dot-sourced files come from the open documents when they are open (their
 * unsaved text), else from the disk. */
static psa_source *S_load_dot_source(void *payload, const char *real) {
  S_loader *l = payload;
  psa_lsp_doc *d = l->doc;
  d->deps = psa_xrealloc(d->deps, (d->dep_count + 1) * sizeof(char *));
  d->deps[d->dep_count++] = psa_xstrdup(real);
  for (size_t i = 0; i < l->server->doc_count; i++) {
    const psa_lsp_doc *o = l->server->docs[i];
    if (!o->real || strcmp(o->real, real) != 0) continue;
    if (l->max_bytes && o->len > l->max_bytes) return NULL;
    psa_load_status st;
    char msg[128];
    return psa_source_from_bytes(real, o->text, o->len, &st, msg, sizeof(msg));
  }
  return NULL;
}

void psa_lsp_analyse(psa_lsp_server *s, psa_lsp_doc *d) {
  if (!d->dirty || !d->powershell) return;
  d->dirty = false;
  S_doc_clear_analysis(d);
  psa_scan_options o;
  const psa_config *cfg;
  char *relpath;
  psa_lsp_scan_options(s, d, &o, &cfg, &relpath);
  if (o.max_file_bytes && d->len > o.max_file_bytes) {
    psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth: %s not analysed: %u bytes, more than maxFileSize (%zu)",
                d->uri, d->len, o.max_file_bytes);
    free(relpath);
    if (d->tree) ts_tree_delete(d->tree);
    d->tree = NULL;
    S_publish(s, d);
    return;
  }
  o.old_tree = d->tree;
  S_loader loader = {s, d, o.max_file_bytes};
  o.load_dot_source = S_load_dot_source;
  o.load_payload = &loader;
  S_deps_clear(d);
  psa_scan_bytes(s->parser, d->path ? d->path : d->uri, d->text, d->len, &o, &d->res);
  d->analysed = true;
  if (d->tree) ts_tree_delete(d->tree);
  d->tree = NULL;
  /* kept for the next parse when its offsets are the document's */
  if (d->res.src && d->res.src->encoding == PSA_ENC_UTF8 && d->res.parse.main.tree &&
      !d->res.parse.patched)
    d->tree = ts_tree_copy(d->res.parse.main.tree);
  if (d->res.status != PSA_FILE_OK || !d->res.src) {
    psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth: %s not analysed: %s", d->uri,
                d->res.message ? d->res.message : "unreadable");
    free(relpath);
    S_publish(s, d);
    return;
  }
  if (d->res.message) psa_lsp_log(s, PSA_LSP_MSG_INFO, "psauth: %s: %s", d->uri, d->res.message);
  const psa_source *src = d->res.src;
  /* text from the client is UTF-8; anything else (a lone surrogate escaped
   * in the JSON) was decoded differently and the offsets would not match */
  d->positions = src->encoding == PSA_ENC_UTF8 || src->encoding == PSA_ENC_UTF8_BOM;
  d->bom = src->encoding == PSA_ENC_UTF8_BOM ? 3 : 0;
  if (!d->positions)
    psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth: %s holds text that is not valid UTF-8: not analysed",
                d->uri);
  psa_lsp_lines_build(&d->lines, (const char *)src->raw, (uint32_t)src->raw_len);
  d->hidden = psa_xcalloc(d->res.finding_count ? d->res.finding_count : 1, sizeof(bool));
  psa_lsp_hide(s, &d->res, cfg, relpath, d->hidden);
  free(relpath);
  S_publish(s, d);
}

void psa_lsp_server_analyse_pending(psa_lsp_server *s) {
  for (size_t i = 0; i < s->doc_count; i++) psa_lsp_analyse(s, s->docs[i]);
}

long psa_lsp_server_waiting_ms(const psa_lsp_server *s) {
  long oldest = -1, now = S_now_ms();
  for (size_t i = 0; i < s->doc_count; i++) {
    const psa_lsp_doc *d = s->docs[i];
    if (d->dirty && d->powershell && (oldest < 0 || now - d->dirty_since > oldest))
      oldest = now - d->dirty_since;
  }
  return oldest;
}

/* ---- lifecycle ---------------------------------------------------------- */

static void S_add_folder(psa_lsp_server *s, const char *uri) {
  char *path = uri ? S_uri_path(uri) : NULL;
  if (!path) return;
  s->folders = psa_xrealloc(s->folders, (s->folder_count + 1) * sizeof(char *));
  s->folders[s->folder_count++] = path;
}

static void S_remove_folder(psa_lsp_server *s, const char *uri) {
  char *path = uri ? S_uri_path(uri) : NULL;
  if (!path) return;
  for (size_t i = 0; i < s->folder_count; i++) {
    if (strcmp(s->folders[i], path) != 0) continue;
    free(s->folders[i]);
    memmove(&s->folders[i], &s->folders[i + 1], (s->folder_count - i - 1) * sizeof(char *));
    s->folder_count--;
    break;
  }
  free(path);
}

static void S_initialize(psa_lsp_server *s, const cJSON *id, const cJSON *params) {
  if (s->initialized) {
    S_error(s, id, PSA_RPC_INVALID_REQUEST, "initialize was already called");
    return;
  }
  const cJSON *folders = cJSON_GetObjectItemCaseSensitive(params, "workspaceFolders"), *it;
  if (cJSON_IsArray(folders))
    cJSON_ArrayForEach(it, folders) S_add_folder(s, S_str(it, "uri"));
  if (!s->folder_count) S_add_folder(s, S_str(params, "rootUri"));
  if (!s->folder_count && S_str(params, "rootPath")) {
    s->folders = psa_xrealloc(s->folders, sizeof(char *));
    s->folders[s->folder_count++] = psa_xstrdup(S_str(params, "rootPath"));
  }
  const cJSON *init = cJSON_GetObjectItemCaseSensitive(params, "initializationOptions");
  if (cJSON_IsObject(init)) S_apply_settings(s, init);
  const cJSON *ws = S_obj(S_obj(params, "capabilities"), "workspace");
  s->apply_edit = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ws, "applyEdit"));
  s->watch_configs = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(
      S_obj(ws, "didChangeWatchedFiles"), "dynamicRegistration"));
  s->initialized = true;

  cJSON *r = cJSON_CreateObject();
  cJSON *caps = cJSON_AddObjectToObject(r, "capabilities");
  cJSON_AddStringToObject(caps, "positionEncoding", "utf-16");
  cJSON *sync = cJSON_AddObjectToObject(caps, "textDocumentSync");
  cJSON_AddBoolToObject(sync, "openClose", true);
  cJSON_AddNumberToObject(sync, "change", S_SYNC_INCREMENTAL);
  cJSON_AddBoolToObject(cJSON_AddObjectToObject(sync, "save"), "includeText", false);
  cJSON *ca = cJSON_AddObjectToObject(caps, "codeActionProvider");
  cJSON *kinds = cJSON_AddArrayToObject(ca, "codeActionKinds");
  for (int i = 0; S_action_kinds[i]; i++)
    cJSON_AddItemToArray(kinds, cJSON_CreateString(S_action_kinds[i]));
  cJSON_AddBoolToObject(caps, "hoverProvider", true);
  cJSON *ec = cJSON_AddObjectToObject(caps, "executeCommandProvider");
  cJSON_AddItemToArray(cJSON_AddArrayToObject(ec, "commands"), cJSON_CreateString("psauth.fixAll"));
  cJSON *wf = cJSON_AddObjectToObject(cJSON_AddObjectToObject(caps, "workspace"), "workspaceFolders");
  cJSON_AddBoolToObject(wf, "supported", true);
  cJSON_AddBoolToObject(wf, "changeNotifications", true);
  cJSON *info = cJSON_AddObjectToObject(r, "serverInfo");
  cJSON_AddStringToObject(info, "name", "psauth");
  cJSON_AddStringToObject(info, "version", PSAUTH_VERSION);
  S_result(s, id, r);
}

/* ---- text synchronisation ----------------------------------------------- */

static bool S_is_powershell(const char *language, const char *uri) {
  if (language && (!psa_strcasecmp(language, "powershell") || !psa_strcasecmp(language, "ps1")))
    return true;
  return S_has_suffix_ci(uri, ".ps1") || S_has_suffix_ci(uri, ".psm1") ||
         S_has_suffix_ci(uri, ".psd1");
}

static void S_did_open(psa_lsp_server *s, const cJSON *params) {
  const cJSON *td = S_obj(params, "textDocument");
  const char *uri = S_str(td, "uri");
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(td, "text");
  if (!uri || !cJSON_IsString(text)) {
    psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth: didOpen without textDocument.uri and text: ignored");
    return;
  }
  psa_lsp_doc *d = S_doc(s, uri);
  if (!d) {
    d = psa_xcalloc(1, sizeof(*d));
    d->uri = psa_xstrdup(uri);
    d->path = S_uri_path(uri);
    d->real = d->path ? realpath(d->path, NULL) : NULL;
    s->docs = psa_xrealloc(s->docs, (s->doc_count + 1) * sizeof(*s->docs));
    s->docs[s->doc_count++] = d;
  }
  const cJSON *ver = cJSON_GetObjectItemCaseSensitive(td, "version");
  d->version = cJSON_IsNumber(ver) ? (int64_t)ver->valuedouble : 0;
  d->powershell = S_is_powershell(S_str(td, "languageId"), uri);
  S_doc_set_text(d, text->valuestring, strlen(text->valuestring));
  if (d->tree) ts_tree_delete(d->tree); /* opened again: a new text */
  d->tree = NULL;
  S_mark_dirty(d);
  S_mark_dependents(s, d);
}

/* tree-sitter's points: rows end at "\n", columns count bytes. */
static TSPoint S_point(const char *text, uint32_t off) {
  TSPoint p = {0, 0};
  uint32_t line_start = 0;
  for (const char *q = text; (q = memchr(q, '\n', off - (uint32_t)(q - text))) != NULL; q++) {
    p.row++;
    line_start = (uint32_t)(q - text) + 1;
  }
  p.column = off - line_start;
  return p;
}

static TSPoint S_advance(TSPoint p, const char *t, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (t[i] == '\n') {
      p.row++;
      p.column = 0;
    } else {
      p.column++;
    }
  }
  return p;
}

/* Applies one content change: a range edit, or the whole text. */
static bool S_apply_change(psa_lsp_doc *d, const cJSON *ch) {
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(ch, "text");
  if (!cJSON_IsString(text)) return false;
  const char *t = text->valuestring;
  size_t tlen = strlen(t);
  const cJSON *range = cJSON_GetObjectItemCaseSensitive(ch, "range");
  if (!range) {
    S_doc_set_text(d, t, tlen);
    if (d->tree) ts_tree_delete(d->tree);
    d->tree = NULL;
    return true;
  }
  uint32_t l0, c0, l1, c1;
  if (!S_position(S_obj(range, "start"), &l0, &c0) || !S_position(S_obj(range, "end"), &l1, &c1))
    return false;
  psa_lsp_lines lines;
  psa_lsp_lines_build(&lines, d->text, d->len);
  uint32_t a = psa_lsp_offset(&lines, d->text, d->len, l0, c0);
  uint32_t b = psa_lsp_offset(&lines, d->text, d->len, l1, c1);
  psa_lsp_lines_free(&lines);
  if (b < a) {
    uint32_t x = a;
    a = b;
    b = x;
  }
  if ((uint64_t)d->len - (b - a) + tlen >= UINT32_MAX) return false;
  if (d->tree) {
    TSInputEdit e = {a, b, (uint32_t)(a + tlen), S_point(d->text, a), S_point(d->text, b),
                     S_advance(S_point(d->text, a), t, tlen)};
    ts_tree_edit(d->tree, &e);
  }
  uint32_t len = (uint32_t)(d->len - (b - a) + tlen);
  if (len + 1 > d->cap) {
    d->cap = len + 1 > d->cap * 2 ? len + 1 : d->cap * 2;
    d->text = psa_xrealloc(d->text, d->cap);
  }
  memmove(d->text + a + tlen, d->text + b, d->len - b);
  memcpy(d->text + a, t, tlen);
  d->len = len;
  d->text[len] = '\0';
  return true;
}

static void S_did_change(psa_lsp_server *s, const cJSON *params) {
  const cJSON *td = S_obj(params, "textDocument");
  psa_lsp_doc *d = S_doc(s, S_str(td, "uri"));
  if (!d) {
    psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth: didChange for a document that is not open: ignored");
    return;
  }
  const cJSON *changes = cJSON_GetObjectItemCaseSensitive(params, "contentChanges"), *ch;
  if (!cJSON_IsArray(changes)) return;
  cJSON_ArrayForEach(ch, changes) {
    if (!S_apply_change(d, ch)) {
      psa_lsp_log(s, PSA_LSP_MSG_WARNING, "psauth: %s: a content change without text or with a bad "
                  "range: ignored", d->uri);
    }
  }
  const cJSON *ver = cJSON_GetObjectItemCaseSensitive(td, "version");
  if (cJSON_IsNumber(ver)) d->version = (int64_t)ver->valuedouble;
  S_mark_dirty(d);
  S_mark_dependents(s, d);
}

static void S_did_close(psa_lsp_server *s, const cJSON *params) {
  const char *uri = S_str(S_obj(params, "textDocument"), "uri");
  for (size_t i = 0; uri && i < s->doc_count; i++) {
    if (strcmp(s->docs[i]->uri, uri) != 0) continue;
    bool published = s->docs[i]->powershell;
    S_mark_dependents(s, s->docs[i]); /* they read the disk's text again */
    S_doc_free(s->docs[i]);
    memmove(&s->docs[i], &s->docs[i + 1], (s->doc_count - i - 1) * sizeof(*s->docs));
    s->doc_count--;
    if (published) S_publish_empty(s, uri);
    return;
  }
}

/* A saved psauth.json changes what every document is analysed with. */
static void S_did_save(psa_lsp_server *s, const cJSON *params) {
  const char *uri = S_str(S_obj(params, "textDocument"), "uri");
  if (uri && S_is_config_uri(uri)) S_reload_configs(s);
}

/* ---- requests on documents ---------------------------------------------- */

/* The document a request names, analysed up to date; NULL (after an
 * answer) when it is not open. */
static psa_lsp_doc *S_request_doc(psa_lsp_server *s, const cJSON *params) {
  psa_lsp_doc *d = S_doc(s, S_str(S_obj(params, "textDocument"), "uri"));
  if (!d || !d->powershell) return NULL;
  psa_lsp_analyse(s, d);
  return d->analysed && d->positions ? d : NULL;
}

static uint32_t S_src_offset(const psa_lsp_doc *d, uint32_t line, uint32_t character) {
  const char *snap = (const char *)d->res.src->raw;
  uint32_t n = (uint32_t)d->res.src->raw_len;
  uint32_t off = psa_lsp_offset(&d->lines, snap, n, line, character);
  return off > d->bom ? off - d->bom : 0;
}

static void S_code_action(psa_lsp_server *s, const cJSON *id, const cJSON *params) {
  const cJSON *range = S_obj(params, "range");
  uint32_t l0, c0, l1, c1;
  if (!S_position(S_obj(range, "start"), &l0, &c0) || !S_position(S_obj(range, "end"), &l1, &c1)) {
    S_error(s, id, PSA_RPC_INVALID_PARAMS, "codeAction needs textDocument.uri and a range");
    return;
  }
  psa_lsp_doc *d = S_request_doc(s, params);
  if (!d) {
    S_result(s, id, cJSON_CreateArray());
    return;
  }
  uint32_t a = S_src_offset(d, l0, c0), b = S_src_offset(d, l1, c1);
  const cJSON *only = cJSON_GetObjectItemCaseSensitive(S_obj(params, "context"), "only");
  S_result(s, id, psa_lsp_code_actions(s, d, a < b ? a : b, a < b ? b : a, only));
}

static void S_hover(psa_lsp_server *s, const cJSON *id, const cJSON *params) {
  uint32_t line, ch;
  if (!S_position(S_obj(params, "position"), &line, &ch)) {
    S_error(s, id, PSA_RPC_INVALID_PARAMS, "hover needs textDocument.uri and a position");
    return;
  }
  psa_lsp_doc *d = S_request_doc(s, params);
  S_result(s, id, d ? psa_lsp_hover(s, d, S_src_offset(d, line, ch)) : NULL);
}

/* psauth.fixAll [uri] or [{"uri": ..., "unsafe": bool}]: every fix of the
 * document as one workspace/applyEdit request to the client. The answer
 * says how many fixes went into it. */
static void S_execute(psa_lsp_server *s, const cJSON *id, const cJSON *params) {
  const char *cmd = S_str(params, "command");
  if (!cmd || strcmp(cmd, "psauth.fixAll") != 0) {
    S_error(s, id, PSA_RPC_INVALID_PARAMS, "unknown command '%s' (psauth.fixAll is the one)",
            cmd ? cmd : "");
    return;
  }
  const cJSON *args = cJSON_GetObjectItemCaseSensitive(params, "arguments");
  const cJSON *arg = cJSON_IsArray(args) ? cJSON_GetArrayItem(args, 0) : NULL;
  const char *uri = cJSON_IsString(arg) ? arg->valuestring : S_str(arg, "uri");
  bool unsafe = s->unsafe_fixes;
  if (cJSON_IsObject(arg) && cJSON_GetObjectItemCaseSensitive(arg, "unsafe"))
    unsafe = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(arg, "unsafe"));
  psa_lsp_doc *d = S_doc(s, uri);
  if (!d || !d->powershell) {
    S_error(s, id, PSA_RPC_INVALID_PARAMS, "psauth.fixAll: %s is not an open PowerShell document",
            uri ? uri : "(no uri argument)");
    return;
  }
  psa_lsp_analyse(s, d);
  if (!d->analysed || !d->positions) {
    S_error(s, id, PSA_RPC_REQUEST_FAILED, "psauth.fixAll: %s could not be analysed", uri);
    return;
  }
  if (!s->apply_edit) {
    S_error(s, id, PSA_RPC_REQUEST_FAILED, "psauth.fixAll: the client cannot apply edits "
            "(workspace.applyEdit)");
    return;
  }
  uint32_t applied = 0;
  cJSON *edit = psa_lsp_fix_all_edit(s, d, unsafe, &applied);
  if (edit) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "label", "psauth: fix all");
    cJSON_AddItemToObject(p, "edit", edit);
    S_request(s, "workspace/applyEdit", p);
  }
  cJSON *r = cJSON_CreateObject();
  cJSON_AddNumberToObject(r, "applied", applied);
  S_result(s, id, r);
}

/* ---- dispatch ----------------------------------------------------------- */

/* Asks the client to report changes of psauth.json files (when it can),
 * so that edits made outside the editor are seen too. */
static void S_initialized(psa_lsp_server *s) {
  if (!s->watch_configs) return;
  cJSON *p = cJSON_CreateObject();
  cJSON *regs = cJSON_AddArrayToObject(p, "registrations");
  cJSON *r = cJSON_CreateObject();
  cJSON_AddStringToObject(r, "id", "psauth-config-files");
  cJSON_AddStringToObject(r, "method", "workspace/didChangeWatchedFiles");
  cJSON *w = cJSON_AddArrayToObject(cJSON_AddObjectToObject(r, "registerOptions"), "watchers");
  static const char *const globs[] = {"**/psauth.json", "**/.psauth.json"};
  for (size_t i = 0; i < 2; i++) {
    cJSON *g = cJSON_CreateObject();
    cJSON_AddStringToObject(g, "globPattern", globs[i]);
    cJSON_AddItemToArray(w, g);
  }
  cJSON_AddItemToArray(regs, r);
  S_request(s, "client/registerCapability", p);
}

static void S_notification(psa_lsp_server *s, const char *method, const cJSON *params) {
  if (!strcmp(method, "exit")) {
    s->exit_code = s->shutdown ? 0 : 1;
    return;
  }
  if (!s->initialized || s->shutdown) return; /* dropped, as the protocol says */
  if (!strcmp(method, "initialized")) S_initialized(s);
  else if (!strcmp(method, "textDocument/didOpen")) S_did_open(s, params);
  else if (!strcmp(method, "textDocument/didChange")) S_did_change(s, params);
  else if (!strcmp(method, "textDocument/didClose")) S_did_close(s, params);
  else if (!strcmp(method, "textDocument/didSave")) S_did_save(s, params);
  else if (!strcmp(method, "workspace/didChangeConfiguration")) {
    const cJSON *settings = cJSON_GetObjectItemCaseSensitive(params, "settings");
    if (cJSON_IsObject(settings)) S_apply_settings(s, settings);
    S_reload_configs(s);
  } else if (!strcmp(method, "workspace/didChangeWatchedFiles")) {
    S_reload_configs(s);
  } else if (!strcmp(method, "workspace/didChangeWorkspaceFolders")) {
    const cJSON *ev = S_obj(params, "event"), *it;
    const cJSON *rm = cJSON_GetObjectItemCaseSensitive(ev, "removed");
    if (cJSON_IsArray(rm))
      cJSON_ArrayForEach(it, rm) S_remove_folder(s, S_str(it, "uri"));
    const cJSON *add = cJSON_GetObjectItemCaseSensitive(ev, "added");
    if (cJSON_IsArray(add))
      cJSON_ArrayForEach(it, add) S_add_folder(s, S_str(it, "uri"));
    S_reload_configs(s);
  }
  /* anything else ("initialized", "$/cancelRequest", "$/setTrace", ...)
   * needs nothing from us */
}

static void S_request_in(psa_lsp_server *s, const cJSON *id, const char *method,
                         const cJSON *params) {
  if (!strcmp(method, "initialize")) {
    S_initialize(s, id, params);
    return;
  }
  if (!s->initialized) {
    S_error(s, id, PSA_RPC_SERVER_NOT_INITIALIZED, "the server is not initialized yet");
    return;
  }
  if (s->shutdown) {
    S_error(s, id, PSA_RPC_INVALID_REQUEST, "the server is shutting down");
    return;
  }
  if (!strcmp(method, "shutdown")) {
    s->shutdown = true;
    S_result(s, id, NULL);
  } else if (!strcmp(method, "textDocument/codeAction")) {
    S_code_action(s, id, params);
  } else if (!strcmp(method, "textDocument/hover")) {
    S_hover(s, id, params);
  } else if (!strcmp(method, "workspace/executeCommand")) {
    S_execute(s, id, params);
  } else {
    S_error(s, id, PSA_RPC_METHOD_NOT_FOUND, "psauth does not handle '%s'", method);
  }
}

void psa_lsp_server_message(psa_lsp_server *s, const char *body, size_t len) {
  cJSON *m = cJSON_ParseWithLength(body, len);
  if (!m) {
    S_error(s, NULL, PSA_RPC_PARSE_ERROR, "the message is not JSON");
    return;
  }
  if (!cJSON_IsObject(m)) { /* a batch, or a bare value: no batches in LSP */
    S_error(s, NULL, PSA_RPC_INVALID_REQUEST, "a message must be a JSON object");
    cJSON_Delete(m);
    return;
  }
  const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
  if (id && !cJSON_IsNumber(id) && !cJSON_IsString(id) && !cJSON_IsNull(id)) {
    S_error(s, NULL, PSA_RPC_INVALID_REQUEST, "an id must be a number or a string");
    cJSON_Delete(m);
    return;
  }
  const cJSON *method = cJSON_GetObjectItemCaseSensitive(m, "method");
  const cJSON *params = cJSON_GetObjectItemCaseSensitive(m, "params");
  if (!cJSON_IsString(method)) {
    /* the client's answer to one of our requests: nothing to do */
    if (!cJSON_GetObjectItemCaseSensitive(m, "result") &&
        !cJSON_GetObjectItemCaseSensitive(m, "error"))
      S_error(s, id, PSA_RPC_INVALID_REQUEST, "a message needs a method");
  } else if (id) {
    S_request_in(s, id, method->valuestring, params);
  } else {
    S_notification(s, method->valuestring, params);
  }
  cJSON_Delete(m);
}

void psa_lsp_server_framing_error(psa_lsp_server *s, psa_lsp_read_status status) {
  if (status == PSA_LSP_TOO_LARGE)
    S_error(s, NULL, PSA_RPC_INVALID_REQUEST, "message larger than %zu bytes: dropped",
            PSA_LSP_MAX_BODY);
  else if (status == PSA_LSP_BAD_HEADER)
    S_error(s, NULL, PSA_RPC_PARSE_ERROR, "a header without a valid Content-Length: dropped");
}

psa_lsp_server *psa_lsp_server_new(psa_lsp_write_fn write, void *payload) {
  psa_lsp_server *s = psa_xcalloc(1, sizeof(*s));
  s->write = write;
  s->payload = payload;
  s->exit_code = -1;
  s->parser = psa_parser_new();
  s->settings = psa_config_new();
  return s;
}

void psa_lsp_server_free(psa_lsp_server *s) {
  if (!s) return;
  for (size_t i = 0; i < s->doc_count; i++) S_doc_free(s->docs[i]);
  free(s->docs);
  S_strv_free(s->folders, s->folder_count);
  psa_config_finder_free(s->finder);
  psa_config_free(s->settings);
  free(s->config_file);
  free(s->docs_url);
  free(s->docs_dir);
  free(s->pages_written);
  psa_parser_free(s->parser);
  free(s);
}

int psa_lsp_server_exit_code(const psa_lsp_server *s) { return s->exit_code; }

/* psauth.json: loading and validating config files, finding the one that
 * applies to a path, and the decisions they make (which rules, which
 * severities, which files). See include/psauth/config.h and
 * docs/configuration.md. */
#include "psauth/config.h"
#include "psauth/rulemeta.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/array.h"
#include "base/glob.h"
#include "base/path.h"
#include "base/util.h"

/* ---- small helpers ------------------------------------------------------ */

static char **S_strv_push(char **v, size_t *count, const char *s) {
  v = psa_xrealloc(v, (*count + 1) * sizeof(*v));
  v[(*count)++] = psa_xstrdup(s);
  return v;
}

static void S_strv_free(char **v, size_t count) {
  for (size_t i = 0; i < count; i++) free(v[i]);
  free(v);
}

psa_config *psa_config_new(void) {
  return psa_xcalloc(1, sizeof(psa_config));
}

void psa_config_free(psa_config *c) {
  if (!c) return;
  free(c->path);
  free(c->dir);
  S_strv_free(c->select, c->select_count);
  S_strv_free(c->ignore, c->ignore_count);
  for (size_t i = 0; i < c->per_file_ignore_count; i++) {
    free(c->per_file_ignores[i].glob);
    S_strv_free(c->per_file_ignores[i].selectors, c->per_file_ignores[i].selector_count);
  }
  free(c->per_file_ignores);
  for (size_t i = 0; i < c->severity_count; i++) free(c->severities[i].selector);
  free(c->severities);
  S_strv_free(c->include, c->include_count);
  S_strv_free(c->exclude, c->exclude_count);
  free((char *)c->tenant.app_id);
  free((char *)c->tenant.organization);
  free((char *)c->tenant.certificate_thumbprint);
  free((char *)c->tenant.certificate_path);
  for (size_t i = 0; i < c->rule_count; i++) psa_user_rule_free(c->rules[i]);
  free(c->rules);
  free(c->rule_list);
  free(c);
}

/* ---- selectors ---------------------------------------------------------- */

/* How specifically a selector names a rule: -1 no match, 0 "all", 1 a kind,
 * 2 + length for an ID prefix (longer is more specific), 1000 the exact ID
 * or name. */
static int S_specificity(const psa_rule *r, const char *sel) {
  if (!psa_strcasecmp(sel, "all")) return 0;
  if (!psa_strcasecmp(r->id, sel) || !strcmp(r->name, sel)) return 1000;
  size_t n = strlen(sel);
  if (n && !psa_strncasecmp(r->id, sel, n)) return 2 + (int)n;
  if (!strcmp(psa_kind_name(r->kind), sel)) return 1;
  return -1;
}

bool psa_rule_selector_matches(const psa_rule *rule, const char *selector) {
  return S_specificity(rule, selector) >= 0;
}

static int S_best(const psa_rule *r, char *const *sels, size_t n) {
  int best = -1;
  for (size_t i = 0; i < n; i++) {
    int s = S_specificity(r, sels[i]);
    if (s > best) best = s;
  }
  return best;
}

bool psa_config_selector_known(const psa_config *cfg, const char *selector) {
  if (!*selector) return false;
  if (!psa_strcasecmp(selector, "all")) return true;
  uint32_t n;
  const psa_rule *const *rules = psa_rules(&n);
  for (uint32_t i = 0; i < n; i++)
    if (psa_rule_selector_matches(rules[i], selector)) return true;
  psa_kind k;
  if (psa_kind_from_name(selector, &k)) return true; /* a kind no built-in rule has yet */
  for (size_t i = 0; cfg && i < cfg->rule_count; i++)
    if (psa_rule_selector_matches(cfg->rule_list[i], selector)) return true;
  return false;
}

/* ---- errors ------------------------------------------------------------- */

typedef struct {
  const char *path;
  char *err;
  size_t errlen;
} S_ctx;

static int S_fail(S_ctx *x, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int S_fail(S_ctx *x, const char *key, const char *fmt, ...) {
  char what[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof(what), fmt, ap);
  va_end(ap);
  snprintf(x->err, x->errlen, "%s: %s: %s", x->path, key, what);
  return -1;
}

static const char *S_type_name(const cJSON *j) {
  if (cJSON_IsString(j)) return "a string";
  if (cJSON_IsNumber(j)) return "a number";
  if (cJSON_IsBool(j)) return "a boolean";
  if (cJSON_IsNull(j)) return "null";
  if (cJSON_IsArray(j)) return "an array";
  if (cJSON_IsObject(j)) return "an object";
  return "something else";
}

/* Edit distance for "did you mean" (short strings only). */
static size_t S_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 40 || lb > 40) return 99;
  size_t row[41];
  for (size_t j = 0; j <= lb; j++) row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t up = row[j];
      char ca = a[i - 1], cb = b[j - 1];
      if (ca >= 'A' && ca <= 'Z') ca = (char)(ca + 32);
      if (cb >= 'A' && cb <= 'Z') cb = (char)(cb + 32);
      size_t best = diag + (ca != cb);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[lb];
}

/* Checks an object's keys against a list: unknown and duplicate keys. */
static int S_check_keys(S_ctx *x, const cJSON *obj, const char *where, const char *const *keys) {
  for (const cJSON *c = obj->child; c; c = c->next) {
    char key[160];
    snprintf(key, sizeof(key), "%s%s%s", where ? where : "", where ? "." : "", c->string);
    for (const cJSON *d = c->next; d; d = d->next)
      if (!strcmp(c->string, d->string)) return S_fail(x, key, "duplicate key");
    bool known = false;
    const char *near = NULL;
    for (int k = 0; keys[k]; k++) {
      if (!strcmp(c->string, keys[k]))
        known = true;
      else if (!near && S_distance(c->string, keys[k]) <= 2)
        near = keys[k];
    }
    if (known) continue;
    char list[400] = "";
    for (int k = 0; keys[k]; k++) {
      size_t n = strlen(list);
      snprintf(list + n, sizeof(list) - n, "%s%s", k ? ", " : "", keys[k]);
    }
    if (near)
      return S_fail(x, key, "unknown key (did you mean '%s'? expected one of: %s)", near, list);
    return S_fail(x, key, "unknown key (expected one of: %s)", list);
  }
  return 0;
}

/* ---- globs -------------------------------------------------------------- */

/* A glob that cannot mean what its author wants: NULL when fine. */
static const char *S_glob_problem(const char *g) {
  if (!*g) return "an empty glob matches nothing";
  if (g[0] == '/') return "globs are relative to the config file's directory: drop the leading '/'";
  for (const char *p = g; *p; p++) {
    bool seg_start = p == g || p[-1] == '/';
    if (seg_start && p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0'))
      return "'..' cannot leave the config file's directory";
    if (*p == '\\') {
      if (!p[1]) return "ends with a lone '\\'";
      char c = p[1];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return "'\\' escapes the next character: separate directories with '/'";
      p++;
      continue;
    }
    if (*p == '[') {
      const char *q = p + 1;
      if (*q == '!' || *q == '^') q++;
      if (*q == ']') q++;
      while (*q && *q != ']' && *q != '/') q++;
      if (*q != ']') return "unclosed '[' (write '\\[' for a literal bracket)";
      p = q;
    }
  }
  return NULL;
}

static bool S_ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !psa_strcasecmp(s + n - m, suffix);
}

bool psa_config_path_matches(const char *glob, const char *relpath) {
  if (!strchr(glob, '/')) {
    /* any name on the path: a directory or the file */
    const char *p = relpath;
    char name[1024];
    for (;;) {
      const char *e = strchr(p, '/');
      size_t n = e ? (size_t)(e - p) : strlen(p);
      if (n && n < sizeof(name)) {
        memcpy(name, p, n);
        name[n] = '\0';
        if (psa_glob_match(glob, name)) return true;
      }
      if (!e) return false;
      p = e + 1;
    }
  }
  if (psa_glob_match(glob, relpath)) return true;
  /* a directory on the path: "legacy/old" prunes legacy/old/x.ps1 */
  size_t len = strlen(relpath);
  char *buf = psa_xmalloc(len + 2);
  bool hit = false;
  for (size_t i = 1; i < len && !hit; i++) {
    if (relpath[i] != '/') continue;
    memcpy(buf, relpath, i);
    buf[i] = '\0';
    if (psa_glob_match(glob, buf)) hit = true;
    buf[i] = '/';
    buf[i + 1] = '\0';
    if (psa_glob_match(glob, buf)) hit = true;
  }
  free(buf);
  return hit;
}

/* ---- parsing ------------------------------------------------------------ */

static const char *const S_top_keys[] = {"$schema",     "select",  "ignore",  "perFileIgnores",
                                         "severity",    "include", "exclude", "failOn",
                                         "maxFileSize", "tenant",  "rules",   "target",
                                         NULL};
static const char *const S_tenant_keys[] = {
    "appId", "organization", "certificateThumbprint", "certificatePath", "managedIdentity", NULL};

static int S_selector(S_ctx *x, const psa_config *c, const char *key, const char *sel) {
  if (psa_config_selector_known(c, sel)) return 0;
  return S_fail(x, key,
                "no rule, rule prefix, rule name or kind is called '%s' (see psauth rules; "
                "organisation rules need an ID starting with '" PSA_USER_RULE_PREFIX "')",
                sel);
}

/* An array of non-empty strings; 'what' says what each one is. */
static int S_strings(S_ctx *x, const cJSON *j, const char *key, const char *what, char ***out,
                     size_t *count) {
  if (!cJSON_IsArray(j))
    return S_fail(x, key, "expected an array of %s, got %s", what, S_type_name(j));
  size_t i = 0;
  for (const cJSON *e = j->child; e; e = e->next, i++) {
    if (!cJSON_IsString(e) || !e->valuestring[0]) {
      char k[200];
      snprintf(k, sizeof(k), "%s[%zu]", key, i);
      return S_fail(x, k, "expected %s (a non-empty string), got %s", what,
                    cJSON_IsString(e) ? "an empty string" : S_type_name(e));
    }
    *out = S_strv_push(*out, count, e->valuestring);
  }
  return 0;
}

static int S_selectors(S_ctx *x, const psa_config *c, const cJSON *j, const char *key, char ***out,
                       size_t *count) {
  size_t before = *count;
  if (S_strings(x, j, key, "rule IDs, ID prefixes, rule names or kinds", out, count) < 0) return -1;
  for (size_t i = before; i < *count; i++) {
    char k[200];
    snprintf(k, sizeof(k), "%s[%zu]", key, i - before);
    if (S_selector(x, c, k, (*out)[i]) < 0) return -1;
  }
  return 0;
}

static int S_globs(S_ctx *x, const cJSON *j, const char *key, char ***out, size_t *count) {
  size_t before = *count;
  if (S_strings(x, j, key, "globs such as \"vendor/**\" or \"*.Tests.ps1\"", out, count) < 0)
    return -1;
  for (size_t i = before; i < *count; i++) {
    const char *why = S_glob_problem((*out)[i]);
    if (why) {
      char k[200];
      snprintf(k, sizeof(k), "%s[%zu]", key, i - before);
      return S_fail(x, k, "bad glob '%s': %s", (*out)[i], why);
    }
  }
  return 0;
}

static int S_severity_value(S_ctx *x, const cJSON *j, const char *key, psa_severity *out) {
  if (!cJSON_IsString(j) || !psa_severity_from_name(j->valuestring, out))
    return S_fail(x, key, "expected \"error\", \"warning\" or \"info\", got %s%s%s%s",
                  S_type_name(j), cJSON_IsString(j) ? " \"" : "",
                  cJSON_IsString(j) ? j->valuestring : "", cJSON_IsString(j) ? "\"" : "");
  return 0;
}

static bool S_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool S_guid(const char *s) {
  static const int groups[] = {8, 4, 4, 4, 12};
  for (int g = 0; g < 5; g++) {
    for (int i = 0; i < groups[g]; i++, s++)
      if (!S_hex(*s)) return false;
    if (g < 4 && *s++ != '-') return false;
  }
  return *s == '\0';
}

static int S_tenant(S_ctx *x, psa_config *c, const cJSON *j) {
  if (!cJSON_IsObject(j))
    return S_fail(x, "tenant",
                  "expected an object with appId, organization, "
                  "certificateThumbprint, certificatePath and managedIdentity, got %s",
                  S_type_name(j));
  if (S_check_keys(x, j, "tenant", S_tenant_keys) < 0) return -1;
  for (const cJSON *e = j->child; e; e = e->next) {
    char key[64];
    snprintf(key, sizeof(key), "tenant.%s", e->string);
    if (!strcmp(e->string, "managedIdentity")) {
      if (!cJSON_IsBool(e)) return S_fail(x, key, "expected true or false, got %s", S_type_name(e));
      c->tenant.managed_identity = cJSON_IsTrue(e);
      continue;
    }
    if (!cJSON_IsString(e) || !e->valuestring[0])
      return S_fail(x, key, "expected a non-empty string, got %s",
                    cJSON_IsString(e) ? "an empty string" : S_type_name(e));
    const char *v = e->valuestring;
    if (!strcmp(e->string, "appId")) {
      if (!S_guid(v))
        return S_fail(x, key,
                      "expected the application (client) ID as a GUID such as "
                      "\"00000000-0000-0000-0000-000000000000\", got \"%s\"",
                      v);
      c->tenant.app_id = psa_xstrdup(v);
    } else if (!strcmp(e->string, "organization")) {
      const char *dot = strchr(v, '.');
      if (strchr(v, ' ') || !dot || dot == v || !dot[1])
        return S_fail(x, key,
                      "expected the tenant's domain such as \"contoso.onmicrosoft.com\", "
                      "got \"%s\"",
                      v);
      c->tenant.organization = psa_xstrdup(v);
    } else if (!strcmp(e->string, "certificateThumbprint")) {
      size_t n = strlen(v);
      bool ok = n == 40;
      for (size_t i = 0; ok && i < n; i++) ok = S_hex(v[i]);
      if (!ok)
        return S_fail(x, key, "expected a SHA-1 thumbprint (40 hexadecimal digits), got \"%s\"", v);
      c->tenant.certificate_thumbprint = psa_xstrdup(v);
    } else {
      c->tenant.certificate_path = psa_xstrdup(v);
    }
  }
  return 0;
}

static int S_rules(S_ctx *x, psa_config *c, const cJSON *j) {
  if (!cJSON_IsArray(j))
    return S_fail(x, "rules", "expected an array of organisation rules, got %s", S_type_name(j));
  size_t n = (size_t)cJSON_GetArraySize(j);
  c->rules = psa_xcalloc(n ? n : 1, sizeof(*c->rules));
  c->rule_list = psa_xcalloc(n ? n : 1, sizeof(*c->rule_list));
  size_t i = 0;
  for (const cJSON *e = j->child; e; e = e->next, i++) {
    char msg[640];
    psa_user_rule *u = psa_user_rule_parse(e, i, msg, sizeof(msg));
    if (!u) {
      snprintf(x->err, x->errlen, "%s: %s", x->path, msg);
      return -1;
    }
    const psa_rule *r = psa_user_rule_rule(u);
    for (size_t k = 0; k < c->rule_count; k++) {
      const psa_rule *o = c->rule_list[k];
      char key[96];
      snprintf(key, sizeof(key), "rules[%zu] (%s)", i, r->id);
      if (!psa_strcasecmp(o->id, r->id) || !strcmp(o->name, r->name)) {
        bool id = !psa_strcasecmp(o->id, r->id);
        psa_user_rule_free(u);
        return S_fail(x, key, "duplicate rule %s '%s' (also rules[%zu])", id ? "ID" : "name",
                      id ? o->id : o->name, k);
      }
    }
    c->rules[c->rule_count] = u;
    c->rule_list[c->rule_count++] = r;
  }
  return 0;
}

static int S_parse_root(S_ctx *x, psa_config *c, const cJSON *root) {
  if (!cJSON_IsObject(root))
    return S_fail(x, "(top level)", "expected an object such as {\"ignore\": [\"PSA104\"]}, got %s",
                  S_type_name(root));
  if (cJSON_GetObjectItemCaseSensitive(root, "findings") &&
      cJSON_GetObjectItemCaseSensitive(root, "schemaVersion"))
    return S_fail(x, "(top level)",
                  "this is a psauth JSON report, not a configuration: write "
                  "reports to another name (psauth-report.json)");
  if (S_check_keys(x, root, NULL, S_top_keys) < 0) return -1;
  /* rules first: the other keys may name them */
  const cJSON *j = cJSON_GetObjectItemCaseSensitive(root, "rules");
  if (j && S_rules(x, c, j) < 0) return -1;
  for (const cJSON *e = root->child; e; e = e->next) {
    const char *k = e->string;
    if (!strcmp(k, "$schema")) {
      if (!cJSON_IsString(e)) return S_fail(x, k, "expected a string, got %s", S_type_name(e));
    } else if (!strcmp(k, "select")) {
      c->has_select = true;
      if (S_selectors(x, c, e, k, &c->select, &c->select_count) < 0) return -1;
    } else if (!strcmp(k, "ignore")) {
      if (S_selectors(x, c, e, k, &c->ignore, &c->ignore_count) < 0) return -1;
    } else if (!strcmp(k, "include")) {
      c->has_include = true;
      if (S_globs(x, e, k, &c->include, &c->include_count) < 0) return -1;
    } else if (!strcmp(k, "exclude")) {
      if (S_globs(x, e, k, &c->exclude, &c->exclude_count) < 0) return -1;
    } else if (!strcmp(k, "failOn")) {
      c->has_fail_on = true;
      if (S_severity_value(x, e, k, &c->fail_on) < 0) return -1;
    } else if (!strcmp(k, "maxFileSize")) {
      double d = cJSON_IsNumber(e) ? e->valuedouble : -1;
      if (!cJSON_IsNumber(e) || d < 0 || d > 9007199254740992.0 || d != (double)(long long)d)
        return S_fail(x, k, "expected a whole number of bytes (0 for no limit), got %s",
                      cJSON_IsNumber(e) ? "a negative or fractional number" : S_type_name(e));
      c->has_max_file_size = true;
      c->max_file_size = (size_t)d;
    } else if (!strcmp(k, "tenant")) {
      if (S_tenant(x, c, e) < 0) return -1;
    } else if (!strcmp(k, "target")) {
      if (!cJSON_IsString(e) || !psa_graph_target_from_name(e->valuestring, &c->tenant.graph_target))
        return S_fail(x, k, "expected \"graph\" (Microsoft Graph PowerShell) or \"entra\" "
                            "(Microsoft Entra PowerShell), got %s%s%s%s",
                      S_type_name(e), cJSON_IsString(e) ? " \"" : "",
                      cJSON_IsString(e) ? e->valuestring : "", cJSON_IsString(e) ? "\"" : "");
    } else if (!strcmp(k, "severity")) {
      if (!cJSON_IsObject(e))
        return S_fail(x, k,
                      "expected an object mapping rule IDs, prefixes or kinds to "
                      "\"error\", \"warning\" or \"info\", got %s",
                      S_type_name(e));
      for (const cJSON *s = e->child; s; s = s->next) {
        char key[200];
        snprintf(key, sizeof(key), "severity.%s", s->string);
        for (const cJSON *d = s->next; d; d = d->next)
          if (!strcmp(s->string, d->string)) return S_fail(x, key, "duplicate key");
        if (S_selector(x, c, key, s->string) < 0) return -1;
        psa_severity sev;
        if (S_severity_value(x, s, key, &sev) < 0) return -1;
        c->severities =
            psa_xrealloc(c->severities, (c->severity_count + 1) * sizeof(*c->severities));
        c->severities[c->severity_count].selector = psa_xstrdup(s->string);
        c->severities[c->severity_count++].severity = sev;
      }
    } else if (!strcmp(k, "perFileIgnores")) {
      if (!cJSON_IsObject(e))
        return S_fail(x, k,
                      "expected an object mapping globs to arrays of rule IDs, such as "
                      "{\"tests/**\": [\"PSA301\"]}, got %s",
                      S_type_name(e));
      for (const cJSON *p = e->child; p; p = p->next) {
        char key[200];
        snprintf(key, sizeof(key), "perFileIgnores['%s']", p->string);
        for (const cJSON *d = p->next; d; d = d->next)
          if (!strcmp(p->string, d->string)) return S_fail(x, key, "duplicate key");
        const char *why = S_glob_problem(p->string);
        if (why) return S_fail(x, key, "bad glob '%s': %s", p->string, why);
        c->per_file_ignores = psa_xrealloc(c->per_file_ignores, (c->per_file_ignore_count + 1) *
                                                                    sizeof(*c->per_file_ignores));
        psa_config_path_ignore *pi = &c->per_file_ignores[c->per_file_ignore_count++];
        memset(pi, 0, sizeof(*pi));
        pi->glob = psa_xstrdup(p->string);
        if (S_selectors(x, c, p, key, &pi->selectors, &pi->selector_count) < 0) return -1;
      }
    }
  }
  return 0;
}

psa_config *psa_config_parse(const char *path, const char *dir, const char *json, size_t len,
                             char *err, size_t errlen) {
  S_ctx x = {path, err, errlen};
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(json, len, &end, false);
  if (!root) {
    /* line and column of where parsing stopped */
    size_t off = end && end >= json && end <= json + len ? (size_t)(end - json) : 0;
    unsigned line = 1, col = 1;
    for (size_t i = 0; i < off; i++) {
      if (json[i] == '\n')
        line++, col = 1;
      else
        col++;
    }
    snprintf(err, errlen,
             "%s:%u:%u: invalid JSON (check for a missing comma or quote, or a "
             "trailing comma)",
             path, line, col);
    return NULL;
  }
  /* nothing but white space after the value */
  for (const char *p = end; p && p < json + len; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n') {
      cJSON_Delete(root);
      snprintf(err, errlen, "%s: invalid JSON: text after the top-level object", path);
      return NULL;
    }
  psa_config *c = psa_config_new();
  c->path = psa_xstrdup(path);
  c->dir = psa_xstrdup(dir ? dir : ".");
  int rc = S_parse_root(&x, c, root);
  cJSON_Delete(root);
  if (rc < 0) {
    psa_config_free(c);
    return NULL;
  }
  return c;
}


psa_config *psa_config_load(const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "%s: cannot read the config file: %s", path, strerror(errno));
    return NULL;
  }
  psa_buf b;
  psa_buf_init(&b);
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
    psa_buf_append(&b, chunk, n);
    if (b.len > 16 * 1024 * 1024) break;
  }
  bool bad = ferror(f) != 0;
  fclose(f);
  if (bad || b.len > 16 * 1024 * 1024) {
    snprintf(err, errlen, "%s: cannot read the config file: %s", path,
             bad ? "read error" : "larger than 16 MiB");
    psa_buf_free(&b);
    return NULL;
  }
  const char *text = b.data ? b.data : "";
  size_t len = b.len;
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) text += 3, len -= 3; /* UTF-8 BOM */
  char *dir = psa_path_dirname(path);
  char *real = realpath(dir, NULL);
  psa_config *c = psa_config_parse(path, real ? real : dir, text, len, err, errlen);
  free(real);
  free(dir);
  psa_buf_free(&b);
  return c;
}

/* ---- discovery ---------------------------------------------------------- */

/* String-keyed hash map (open addressing). Values may be NULL. */
typedef struct {
  char *key;
  void *val;
} S_slot;

typedef struct {
  S_slot *slots;
  size_t cap, count;
} S_map;

static size_t S_hash(const char *s) {
  size_t h = 1469598103934665603ULL & SIZE_MAX;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * (1099511628211ULL & SIZE_MAX);
  return h;
}

static S_slot *S_map_find(S_map *m, const char *key) {
  if (!m->cap) return NULL;
  for (size_t i = S_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    if (!m->slots[i].key) return NULL;
    if (!strcmp(m->slots[i].key, key)) return &m->slots[i];
  }
}

static void S_map_put(S_map *m, const char *key, void *val) {
  if ((m->count + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    S_slot *ns = psa_xcalloc(ncap, sizeof(*ns));
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->slots[i].key) continue;
      size_t k = S_hash(m->slots[i].key) & (ncap - 1);
      while (ns[k].key) k = (k + 1) & (ncap - 1);
      ns[k] = m->slots[i];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
  }
  S_slot *s = S_map_find(m, key);
  if (s) {
    s->val = val;
    return;
  }
  size_t i = S_hash(key) & (m->cap - 1);
  while (m->slots[i].key) i = (i + 1) & (m->cap - 1);
  m->slots[i].key = psa_xstrdup(key);
  m->slots[i].val = val;
  m->count++;
}

static void S_map_free(S_map *m, bool free_vals) {
  for (size_t i = 0; i < m->cap; i++) {
    free(m->slots[i].key);
    if (free_vals) free(m->slots[i].val);
  }
  free(m->slots);
}

struct psa_config_finder {
  bool none;
  psa_config *fixed;   /* --config FILE */
  psa_config **loaded; /* every config loaded (owned) */
  size_t loaded_count, loaded_cap;
  S_map by_real_dir; /* real directory -> nearest config (NULL: none) */
  S_map real_of_dir; /* directory as given -> its real path (owned string, NULL: none) */
};

psa_config_finder *psa_config_finder_new(const char *explicit_path, bool no_config, char *err,
                                         size_t errlen) {
  psa_config_finder *f = psa_xcalloc(1, sizeof(*f));
  f->none = no_config;
  if (explicit_path && !no_config) {
    f->fixed = psa_config_load(explicit_path, err, errlen);
    if (!f->fixed) {
      free(f);
      return NULL;
    }
    psa_push(f->loaded, f->loaded_count, f->loaded_cap, f->fixed);
  }
  return f;
}

void psa_config_finder_free(psa_config_finder *f) {
  if (!f) return;
  for (size_t i = 0; i < f->loaded_count; i++) psa_config_free(f->loaded[i]);
  free(f->loaded);
  S_map_free(&f->by_real_dir, false);
  S_map_free(&f->real_of_dir, true);
  free(f);
}

const psa_config *const *psa_config_finder_loaded(const psa_config_finder *f, size_t *count) {
  *count = f->loaded_count;
  return (const psa_config *const *)f->loaded;
}

static bool S_is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}


/* The nearest config from the real directory 'dir' upwards. */
static int S_nearest(psa_config_finder *f, const char *dir, const psa_config **out, char *err,
                     size_t errlen) {
  char **chain = NULL;
  size_t chain_count = 0;
  const psa_config *found = NULL;
  int rc = 0;
  char *cur = psa_xstrdup(dir);
  for (;;) {
    S_slot *s = S_map_find(&f->by_real_dir, cur);
    if (s) {
      found = s->val;
      break;
    }
    chain = S_strv_push(chain, &chain_count, cur);
    char *plain = psa_path_join(cur, "psauth.json"), *dot = psa_path_join(cur, ".psauth.json");
    bool has_plain = S_is_file(plain), has_dot = S_is_file(dot);
    if (has_plain && has_dot) {
      snprintf(err, errlen, "%s: both psauth.json and .psauth.json are here; keep one", cur);
      rc = -1;
    } else if (has_plain || has_dot) {
      psa_config *c = psa_config_load(has_plain ? plain : dot, err, errlen);
      if (!c)
        rc = -1;
      else {
        psa_push(f->loaded, f->loaded_count, f->loaded_cap, c);
        found = c;
      }
    }
    free(plain);
    free(dot);
    if (rc < 0 || found || !strcmp(cur, "/")) break;
    char *up = psa_path_dirname(cur);
    free(cur);
    cur = up;
  }
  free(cur);
  if (rc == 0)
    for (size_t i = 0; i < chain_count; i++) S_map_put(&f->by_real_dir, chain[i], (void *)found);
  S_strv_free(chain, chain_count);
  *out = found;
  return rc;
}



int psa_config_lookup(psa_config_finder *f, const char *path, bool is_dir, const psa_config **cfg,
                      char **relpath, char *err, size_t errlen) {
  *cfg = NULL;
  *relpath = NULL;
  if (f->none) {
    *relpath = psa_xstrdup(psa_path_strip_dot(path));
    return 0;
  }
  /* the real path of the directory, cached by the directory as given */
  char *dir = is_dir ? psa_xstrdup(path) : psa_path_dirname(path);
  const char *base = NULL;
  if (!is_dir) {
    base = strrchr(path, '/');
    base = base ? base + 1 : path;
  }
  S_slot *s = S_map_find(&f->real_of_dir, dir);
  const char *real;
  if (s)
    real = s->val;
  else {
    char *r = realpath(dir, NULL);
    S_map_put(&f->real_of_dir, dir, r);
    real = r;
  }
  free(dir);
  const psa_config *c = f->fixed;
  if (!c && real && S_nearest(f, real, &c, err, errlen) < 0) return -1;
  *cfg = c;
  *relpath = psa_path_relative_to(c ? c->dir : NULL, real, base, path);
  return 0;
}


/* ---- decisions ---------------------------------------------------------- */

static bool S_layer(const psa_config *c, const psa_rule *r, bool on) {
  if (!c) return on;
  int sel = -1;
  if (c->has_select) {
    sel = S_best(r, c->select, c->select_count);
    on = sel >= 0;
  }
  int ign = S_best(r, c->ignore, c->ignore_count);
  if (ign >= 0 && (!c->has_select || ign >= sel)) on = false;
  return on;
}

bool psa_config_rule_enabled(const psa_config *cfg, const psa_config *cli, const psa_rule *rule,
                             const char *relpath) {
  bool on = S_layer(cli, rule, S_layer(cfg, rule, true));
  if (!on || !cfg) return on;
  for (size_t i = 0; i < cfg->per_file_ignore_count; i++) {
    const psa_config_path_ignore *pi = &cfg->per_file_ignores[i];
    if (relpath && psa_config_path_matches(pi->glob, relpath) &&
        S_best(rule, pi->selectors, pi->selector_count) >= 0)
      return false;
  }
  return true;
}

static int S_override(const psa_config *c, const psa_rule *r, psa_severity *out) {
  int best = -1;
  for (size_t i = 0; c && i < c->severity_count; i++) {
    int s = S_specificity(r, c->severities[i].selector);
    if (s > best) {
      best = s;
      *out = c->severities[i].severity;
    }
  }
  return best;
}

psa_severity psa_config_rule_severity(const psa_config *cfg, const psa_config *cli,
                                      const psa_rule *rule, psa_severity found) {
  psa_severity s = found;
  if (S_override(cli, rule, &s) >= 0) return s;
  S_override(cfg, rule, &s);
  return s;
}

psa_severity psa_config_fail_on(const psa_config *cfg, const psa_config *cli) {
  if (cli && cli->has_fail_on) return cli->fail_on;
  if (cfg && cfg->has_fail_on) return cfg->fail_on;
  return PSA_SEV_WARNING;
}

size_t psa_config_max_file_size(const psa_config *cfg, const psa_config *cli) {
  if (cli && cli->has_max_file_size) return cli->max_file_size;
  if (cfg && cfg->has_max_file_size) return cfg->max_file_size;
  return PSA_CONFIG_DEFAULT_MAX_FILE_SIZE;
}

static bool S_script_ext(const char *relpath) {
  return S_ends_ci(relpath, ".ps1") || S_ends_ci(relpath, ".psm1") || S_ends_ci(relpath, ".psd1");
}

bool psa_config_wants_file(const psa_config *cfg, const char *relpath, bool explicit_path,
                           bool cli_include) {
  for (size_t i = 0; cfg && i < cfg->exclude_count; i++)
    if (psa_config_path_matches(cfg->exclude[i], relpath)) return false;
  if (explicit_path || cli_include) return true;
  if (cfg && cfg->has_include) {
    for (size_t i = 0; i < cfg->include_count; i++)
      if (psa_config_path_matches(cfg->include[i], relpath)) return true;
    return false;
  }
  const char *base = strrchr(relpath, '/');
  return S_script_ext(base ? base + 1 : relpath);
}

/* ---- effective configuration as JSON ------------------------------------ */

static cJSON *S_strv_json(const char *const *v, size_t n) {
  cJSON *a = cJSON_CreateArray();
  for (size_t i = 0; i < n; i++) cJSON_AddItemToArray(a, cJSON_CreateString(v[i]));
  return a;
}

static void S_add_opt_string(cJSON *o, const char *key, const char *v) {
  if (v)
    cJSON_AddStringToObject(o, key, v);
  else
    cJSON_AddNullToObject(o, key);
}

char *psa_config_effective_json(const psa_config *cfg, const psa_config *cli, const char *path,
                                const char *relpath) {
  static const char *const S_default_include[] = {"*.ps1", "*.psm1", "*.psd1"};
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "path", path);
  S_add_opt_string(o, "configFile", cfg ? cfg->path : NULL);
  S_add_opt_string(o, "relativePath", relpath);
  if (cfg && cfg->has_select)
    cJSON_AddItemToObject(o, "select",
                          S_strv_json((const char *const *)cfg->select, cfg->select_count));
  else
    cJSON_AddItemToObject(o, "select", S_strv_json((const char *const[]){"all"}, 1));
  cJSON_AddItemToObject(o, "ignore",
                        cfg ? S_strv_json((const char *const *)cfg->ignore, cfg->ignore_count)
                            : cJSON_CreateArray());
  cJSON *pfi = cJSON_AddObjectToObject(o, "perFileIgnores");
  for (size_t i = 0; cfg && i < cfg->per_file_ignore_count; i++)
    cJSON_AddItemToObject(pfi, cfg->per_file_ignores[i].glob,
                          S_strv_json((const char *const *)cfg->per_file_ignores[i].selectors,
                                      cfg->per_file_ignores[i].selector_count));
  cJSON *sev = cJSON_AddObjectToObject(o, "severity");
  for (size_t i = 0; cfg && i < cfg->severity_count; i++)
    cJSON_AddStringToObject(sev, cfg->severities[i].selector,
                            psa_severity_name(cfg->severities[i].severity));
  if (cli && (cli->has_select || cli->ignore_count || cli->severity_count)) {
    cJSON *cl = cJSON_AddObjectToObject(o, "commandLine");
    if (cli->has_select)
      cJSON_AddItemToObject(cl, "select",
                            S_strv_json((const char *const *)cli->select, cli->select_count));
    if (cli->ignore_count)
      cJSON_AddItemToObject(cl, "ignore",
                            S_strv_json((const char *const *)cli->ignore, cli->ignore_count));
    if (cli->severity_count) {
      cJSON *cs = cJSON_AddObjectToObject(cl, "severity");
      for (size_t i = 0; i < cli->severity_count; i++)
        cJSON_AddStringToObject(cs, cli->severities[i].selector,
                                psa_severity_name(cli->severities[i].severity));
    }
  }
  if (cli && cli->has_include)
    cJSON_AddItemToObject(o, "include",
                          S_strv_json((const char *const *)cli->include, cli->include_count));
  else if (cfg && cfg->has_include)
    cJSON_AddItemToObject(o, "include",
                          S_strv_json((const char *const *)cfg->include, cfg->include_count));
  else
    cJSON_AddItemToObject(o, "include", S_strv_json(S_default_include, 3));
  cJSON *ex =
      S_strv_json((const char *const *)(cfg ? cfg->exclude : NULL), cfg ? cfg->exclude_count : 0);
  for (size_t i = 0; cli && i < cli->exclude_count; i++)
    cJSON_AddItemToArray(ex, cJSON_CreateString(cli->exclude[i]));
  cJSON_AddItemToObject(o, "exclude", ex);
  cJSON_AddStringToObject(o, "failOn", psa_severity_name(psa_config_fail_on(cfg, cli)));
  cJSON_AddNumberToObject(o, "maxFileSize", (double)psa_config_max_file_size(cfg, cli));
  cJSON_AddStringToObject(o, "target",
                          psa_graph_target_name(cfg ? cfg->tenant.graph_target : PSA_GRAPH_TARGET_GRAPH));
  cJSON *t = cJSON_AddObjectToObject(o, "tenant");
  S_add_opt_string(t, "appId", cfg ? cfg->tenant.app_id : NULL);
  S_add_opt_string(t, "organization", cfg ? cfg->tenant.organization : NULL);
  S_add_opt_string(t, "certificateThumbprint", cfg ? cfg->tenant.certificate_thumbprint : NULL);
  S_add_opt_string(t, "certificatePath", cfg ? cfg->tenant.certificate_path : NULL);
  cJSON_AddBoolToObject(t, "managedIdentity", cfg && cfg->tenant.managed_identity);
  cJSON *rules = cJSON_AddArrayToObject(o, "rules");
  for (size_t i = 0; cfg && i < cfg->rule_count; i++)
    cJSON_AddItemToArray(rules, psa_user_rule_to_json(cfg->rules[i]));
  /* what is reported at this path, after everything above */
  cJSON *on = cJSON_AddArrayToObject(o, "enabledRules");
  uint32_t n;
  const psa_rule *const *all = psa_rules(&n);
  for (size_t i = 0; i < n + (cfg ? cfg->rule_count : 0); i++) {
    const psa_rule *r = i < n ? all[i] : cfg->rule_list[i - n];
    if (!psa_config_rule_enabled(cfg, cli, r, relpath)) continue;
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "id", r->id);
    cJSON_AddStringToObject(e, "name", r->name);
    cJSON_AddStringToObject(e, "kind", psa_kind_name(r->kind));
    cJSON_AddStringToObject(e, "severity",
                            psa_severity_name(psa_config_rule_severity(cfg, cli, r, psa_rule_severity(r))));
    cJSON_AddItemToArray(on, e);
  }
  char *s = cJSON_Print(o);
  cJSON_Delete(o);
  return s;
}

const char *psa_graph_target_name(psa_graph_target t) {
  return t == PSA_GRAPH_TARGET_ENTRA ? "entra" : "graph";
}

bool psa_graph_target_from_name(const char *name, psa_graph_target *out) {
  if (!name) return false;
  if (!strcmp(name, "graph")) *out = PSA_GRAPH_TARGET_GRAPH;
  else if (!strcmp(name, "entra")) *out = PSA_GRAPH_TARGET_ENTRA;
  else return false;
  return true;
}

/* Rule family PSA5xx: raw HTTP / REST calls with basic credentials, the
 * OAuth password grant and client secrets written in the script. Facts
 * from the domain catalogue, sections 0, 1.1 and 1.10. */
#include <stdio.h>
#include <stdlib.h>

#include "rules/rules.h"

/* ---- shared helpers --------------------------------------------------- */

static bool S_is_web_cmdlet(const psa_command *cmd) {
  return psa_command_is(cmd, "Invoke-RestMethod") || psa_command_is(cmd, "Invoke-WebRequest");
}

/* The constant beginning of a value: the whole string when it folds, else
 * the leading constant parts of an interpolation or concatenation.
 * Returns true when the whole value is constant. */
static bool S_leading(const psa_model *m, const psa_value *v, psa_buf *out, int depth) {
  if (!v || depth > 8) return false;
  const char *s = psa_value_string(m, v);
  if (s) {
    psa_buf_puts(out, s);
    return true;
  }
  if (v->kind == PSA_V_VARIABLE) {
    /* a variable with one assignment: its beginning */
    const psa_variable *var = psa_value_var(v);
    if (var && !var->is_parameter && var->assign_count == 1 && !var->assigns[0].append)
      return S_leading(m, var->assigns[0].value, out, depth + 1);
    return false;
  }
  if (v->kind == PSA_V_CAST) return S_leading(m, v->base, out, depth + 1);
  if (v->kind != PSA_V_INTERP) return false;
  for (uint32_t i = 0; i < v->item_count; i++)
    if (!S_leading(m, v->items[i], out, depth + 1)) return false;
  return true;
}

/* Host of a URI value when its beginning names the host completely
 * ("https://graph.microsoft.com/v1.0/users/$id"); NULL otherwise. A
 * variable assigned several times gives a host when every assignment does
 * and they are the same host or all Microsoft 365 hosts (the first is
 * named). */
static const char *S_uri_host_depth(psa_rule_ctx *ctx, const psa_value *v, int depth) {
  if (!v || depth > 4) return NULL;
  const psa_variable *var = v->kind == PSA_V_VARIABLE ? psa_value_var(v) : NULL;
  if (var && !var->is_parameter && !var->is_foreach && var->assign_count > 1) {
    const char *first = NULL;
    bool same = true, all_m365 = true;
    for (uint32_t i = 0; i < var->assign_count; i++) {
      if (var->assigns[i].append) return NULL;
      const char *h = S_uri_host_depth(ctx, var->assigns[i].value, depth + 1);
      if (!h) return NULL;
      if (!first) first = h;
      else if (psa_strcasecmp(first, h)) same = false;
      if (!psa_host_is_m365(h)) all_m365 = false;
    }
    return same || all_m365 ? first : NULL;
  }
  psa_buf b;
  psa_buf_init(&b);
  bool whole = S_leading(ctx->model, v, &b, 0);
  const char *host = NULL;
  if (b.data) {
    const char *p = strstr(b.data, "://");
    const char *h = p ? p + 3 : b.data;
    bool complete = whole || strpbrk(h, "/:?#") != NULL;
    if (complete && *h) {
      char buf[256];
      psa_uri_host(b.data, buf, sizeof(buf));
      if (*buf) host = psa_ctx_printf(ctx, "%s", buf);
    }
  }
  psa_buf_free(&b);
  return host;
}

static const char *S_uri_host_of(psa_rule_ctx *ctx, const psa_value *v) {
  return S_uri_host_depth(ctx, v, 0);
}

static const char *S_cmd_host(psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_arg *a = psa_command_arg(cmd, "Uri");
  return a && a->value ? S_uri_host_of(ctx, a->value) : NULL;
}

/* A set of values already reported, so one thing is reported once. */
typedef struct {
  const void **items;
  uint32_t count, cap;
} S_seen;

static bool S_seen_add(S_seen *s, const void *p) {
  for (uint32_t i = 0; i < s->count; i++)
    if (s->items[i] == p) return false;
  if (s->count == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 16;
    s->items = psa_xrealloc(s->items, s->cap * sizeof(*s->items));
  }
  s->items[s->count++] = p;
  return true;
}

static void S_seen_free(S_seen *s) {
  free(s->items);
  memset(s, 0, sizeof(*s));
}

/* Every scope of the model: the script, then each function. */
static psa_scope *S_scope_at(const psa_model *m, uint32_t i) {
  return i == 0 ? m->script : m->functions[i - 1].scope;
}

/* A key/value pair of a header or body: from a hashtable literal, or added
 * to a variable later ($h.Key = v, $h['Key'] = v, $h.Add('Key', v)). */
typedef void (*S_entry_fn)(psa_rule_ctx *ctx, const psa_rule *rule, const psa_hash_entry *e,
                           const psa_command *request, S_seen *seen);

/* Visits the entries of a hashtable value and of hashtables nested in it. */
static void S_hash_entries(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *h,
                           const psa_command *request, S_seen *seen, S_entry_fn fn, int depth) {
  if (!h || h->kind != PSA_V_HASH || depth > 4) return;
  for (uint32_t k = 0; k < h->entry_count; k++) {
    fn(ctx, rule, &psa_value_entries(h)[k], request, seen);
    if (psa_value_entries(h)[k].value && psa_value_entries(h)[k].value->kind == PSA_V_HASH)
      S_hash_entries(ctx, rule, psa_value_entries(h)[k].value, request, seen, fn, depth + 1);
  }
}

/* Visits the entries a value may hold: through its producers and the
 * entries added to a variable. */
static void S_value_entries(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *v,
                            const psa_command *request, S_seen *seen, S_entry_fn fn) {
  if (!v) return;
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16);
  for (uint32_t i = 0; i < n; i++) S_hash_entries(ctx, rule, prods[i], request, seen, fn, 0);
  if (v->kind == PSA_V_VARIABLE && psa_value_var(v))
    for (uint32_t k = 0; k < psa_value_var(v)->entry_count; k++)
      fn(ctx, rule, &psa_value_var(v)->entries[k], request, seen);
}

/* Visits every hashtable assigned to a variable, and every entry added to
 * a variable, in every scope (request = NULL). */
static void S_all_entries(psa_rule_ctx *ctx, const psa_rule *rule, S_seen *seen, S_entry_fn fn) {
  const psa_model *m = ctx->model;
  for (uint32_t s = 0; s <= m->function_count; s++)
    for (psa_variable *var = S_scope_at(m, s)->vars; var; var = var->next) {
      for (uint32_t i = 0; i < var->assign_count; i++)
        S_hash_entries(ctx, rule, var->assigns[i].value, NULL, seen, fn, 0);
      for (uint32_t k = 0; k < var->entry_count; k++) fn(ctx, rule, &var->entries[k], NULL, seen);
    }
}

static bool S_key_is(const psa_hash_entry *e, const char *key) {
  return e->key && !psa_strcasecmp(e->key, key);
}

static void S_related_request(psa_rule_ctx *ctx, psa_finding *f, const psa_command *request,
                              const char *what) {
  if (request)
    psa_finding_related(ctx, f, request->span, "%s by %s (line %u)", what, request->name,
                        psa_line_of(ctx, request->span.start));
}

/* ---- PSA501: -Authentication Basic ------------------------------------ */

static void S_check_auth_basic(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!S_is_web_cmdlet(cmd)) continue;
    const psa_arg *a = psa_command_arg(cmd, "Authentication");
    const char *auth = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (!auth || psa_strcasecmp(auth, "Basic")) continue;
    const char *host = S_cmd_host(ctx, cmd);
    bool m365 = host && psa_host_is_m365(host);
    psa_finding *f = psa_report(
        ctx, rule, a->span,
        "%s -Authentication Basic sends the user name and password, only base64-encoded, with "
        "every request%s%s%s; request a token with certificate or managed-identity authentication "
        "and send it with -Authentication Bearer -Token",
        cmd->name, host ? " to " : "", host ? host : "",
        m365 ? ", which Microsoft 365 does not accept" : "");
    if (m365) f->severity = PSA_SEV_ERROR;
    const psa_arg *c = psa_command_arg(cmd, "Credential");
    if (c && !(c->span.start >= cmd->span.start && c->span.end <= cmd->span.end))
      psa_finding_related(ctx, f, c->span, "the credential it sends");
    /* display only: the token has to come from somewhere psauth cannot
     * know (Get-MsalToken, Get-AzAccessToken, a client-credentials request) */
    if (a->via == PSA_BIND_NAMED) {
      psa_fix *fx = psa_finding_add_fix(
          ctx, f, PSA_FIX_DISPLAY,
          "Send a bearer token from certificate or managed-identity sign-in instead");
      psa_span whole = a->span;
      if (c && c->via == PSA_BIND_NAMED && c->span.start >= cmd->span.start &&
          c->span.end <= cmd->span.end && (c->span.end <= whole.start || c->span.start >= whole.end))
        psa_fix_add_edit(ctx, fx, c->span, "-Token $accessToken");
      else
        psa_fix_add_edit(ctx, fx, (psa_span){whole.end, whole.end}, " -Token $accessToken");
      psa_fix_add_edit(ctx, fx, whole, "-Authentication Bearer");
    }
  }
}

/* ---- PSA502: Authorization: Basic header ------------------------------ */

/* Whether a value is "Basic <something>": a constant, or an interpolation
 * or concatenation that starts with "Basic ". */
static bool S_basic_value(psa_rule_ctx *ctx, const psa_value *v) {
  if (!v) return false;
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    psa_buf b;
    psa_buf_init(&b);
    bool whole = S_leading(ctx->model, prods[i], &b, 0);
    const char *s = b.data ? b.data : "";
    bool hit = psa_strncasecmp(s, "Basic ", 6) == 0 && (!whole || s[6] != '\0');
    if (!hit && prods[i]->kind == PSA_V_STATIC_CALL && prods[i]->str &&
        !strcmp(prods[i]->str, "-f") && prods[i]->item_count == 2) {
      /* 'Basic {0}' -f $b64 */
      const char *fmt = psa_value_string(ctx->model, prods[i]->items[0]);
      hit = fmt && psa_strncasecmp(fmt, "Basic ", 6) == 0 && fmt[6] != '\0';
    }
    psa_buf_free(&b);
    if (hit) return true;
  }
  return false;
}

static psa_finding *S_report_basic_header(psa_rule_ctx *ctx, const psa_rule *rule, psa_span at,
                                          const char *host, const psa_command *request) {
  bool m365 = host && psa_host_is_m365(host);
  psa_finding *f = psa_report(
      ctx, rule, at,
      "Authorization header with Basic credentials (user name and password, only "
      "base64-encoded)%s%s%s%s%s; request a token with certificate or managed-identity "
      "authentication and send 'Bearer <token>'",
      request ? " sent by " : "", request ? request->name : "", host ? " to " : "",
      host ? host : "", m365 ? ", which Microsoft 365 does not accept" : "");
  if (m365) f->severity = PSA_SEV_ERROR;
  if (request && !(at.start >= request->span.start && at.end <= request->span.end))
    S_related_request(ctx, f, request, "sent");
  return f;
}

static bool S_span_within(psa_span inner, psa_span outer) {
  return inner.end > inner.start && inner.start >= outer.start && inner.end <= outer.end;
}

/* Display only, as for PSA501: shows where the bearer token goes. The
 * header value is replaced where it is written (the entry or the argument
 * of .Add); a value built elsewhere is left for the reader to follow. */
static void S_bearer_fix(psa_rule_ctx *ctx, psa_finding *f, psa_span within, const psa_value *scheme,
                         const psa_value *value) {
  if (!value || !S_span_within(value->span, within)) return;
  if (scheme && !S_span_within(scheme->span, within)) return;
  psa_fix *fx = psa_finding_add_fix(
      ctx, f, PSA_FIX_DISPLAY, "Send a bearer token from certificate or managed-identity sign-in instead");
  if (scheme) {
    psa_fix_add_edit(ctx, fx, scheme->span, "'Bearer'");
    psa_fix_add_edit(ctx, fx, value->span, "$accessToken");
  } else {
    psa_fix_add_edit(ctx, fx, value->span, "\"Bearer $accessToken\"");
  }
}

static void S_header_entry(psa_rule_ctx *ctx, const psa_rule *rule, const psa_hash_entry *e,
                           const psa_command *request, S_seen *seen) {
  if (!S_key_is(e, "Authorization") || !S_basic_value(ctx, e->value)) return;
  if (!S_seen_add(seen, e->value)) return;
  psa_finding *f =
      S_report_basic_header(ctx, rule, e->span, request ? S_cmd_host(ctx, request) : NULL, request);
  S_bearer_fix(ctx, f, e->span, NULL, e->value);
}

/* The host a WebClient variable talks to: $wc.DownloadString('https://...'). */
static const char *S_webclient_host(psa_rule_ctx *ctx, const psa_value *client) {
  const psa_model *m = ctx->model;
  if (!client || client->kind != PSA_V_VARIABLE || !psa_value_var(client)) return NULL;
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *c = m->calls[i];
    if (c->kind != PSA_V_METHOD_CALL || !psa_value_member(c) || !c->item_count || !c->base ||
        c->base->kind != PSA_V_VARIABLE || psa_value_var(c->base) != psa_value_var(client))
      continue;
    size_t ml = strlen(psa_value_member(c));
    if (!psa_has_prefix_ci(psa_value_member(c), ml, "Download") &&
        !psa_has_prefix_ci(psa_value_member(c), ml, "Upload") &&
        !psa_has_prefix_ci(psa_value_member(c), ml, "Open"))
      continue;
    const char *h = S_uri_host_of(ctx, c->items[0]);
    if (h) return h;
  }
  return NULL;
}

static bool S_is_auth_header_value(const char *t) {
  return t && psa_type_is(t, "System.Net.Http.Headers.AuthenticationHeaderValue");
}

static void S_check_basic_header(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  S_seen seen = {0};
  /* -Headers of Invoke-RestMethod / Invoke-WebRequest, with the target host */
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!S_is_web_cmdlet(cmd)) continue;
    const psa_arg *a = psa_command_arg(cmd, "Headers");
    if (a && a->value) S_value_entries(ctx, rule, a->value, cmd, &seen, S_header_entry);
  }
  /* any other hashtable or dictionary built with an Authorization entry */
  S_all_entries(ctx, rule, &seen, S_header_entry);
  /* $wc.Headers.Add('Authorization', 'Basic ...'), $http.DefaultRequestHeaders.Add(...) */
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *c = m->calls[i];
    if (c->kind != PSA_V_METHOD_CALL || !psa_value_member(c) ||
        psa_strcasecmp(psa_value_member(c), "Add") || c->item_count != 2)
      continue;
    const char *key = psa_value_string(m, c->items[0]);
    if (!key || psa_strcasecmp(key, "Authorization") || !S_basic_value(ctx, c->items[1])) continue;
    if (!S_seen_add(&seen, c->items[1])) continue;
    const psa_value *client = c->base && c->base->kind == PSA_V_MEMBER ? c->base->base : NULL;
    psa_finding *f = S_report_basic_header(ctx, rule, c->span, S_webclient_host(ctx, client), NULL);
    S_bearer_fix(ctx, f, c->span, NULL, c->items[1]);
  }
  /* .Authorization = [AuthenticationHeaderValue]::new('Basic', $b64) */
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *c = m->calls[i];
    if (c->kind != PSA_V_NEW_OBJECT || !S_is_auth_header_value(c->str) || c->item_count != 2)
      continue;
    const char *scheme = psa_value_string(m, c->items[0]);
    if (!scheme || psa_strcasecmp(scheme, "Basic") || !S_seen_add(&seen, c)) continue;
    psa_finding *f = S_report_basic_header(ctx, rule, c->span, NULL, NULL);
    S_bearer_fix(ctx, f, c->span, c->items[0], c->items[1]);
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "New-Object") ||
        !S_is_auth_header_value(psa_rule_arg_string(ctx, cmd, "TypeName")))
      continue;
    const psa_arg *al = psa_command_arg(cmd, "ArgumentList");
    if (!al || !al->value || al->value->kind != PSA_V_ARRAY || al->value->item_count != 2) continue;
    const char *scheme = psa_value_string(m, al->value->items[0]);
    if (!scheme || psa_strcasecmp(scheme, "Basic")) continue;
    psa_finding *f = S_report_basic_header(ctx, rule, cmd->span, NULL, NULL);
    S_bearer_fix(ctx, f, cmd->span, al->value->items[0], al->value->items[1]);
  }
  S_seen_free(&seen);
}

/* ---- PSA503: -AllowUnencryptedAuthentication --------------------------- */

static void S_check_unencrypted(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    const psa_arg *a = psa_command_arg(cmd, "AllowUnencryptedAuthentication");
    if (!a || !psa_command_switch(ctx->model, cmd, "AllowUnencryptedAuthentication")) continue;
    psa_report(ctx, rule, a->span,
               "%s -AllowUnencryptedAuthentication sends credentials or tokens over unencrypted "
               "HTTP, where anyone on the network path can read them; remove it and use an "
               "https:// address",
               cmd->name);
  }
}

/* ---- PSA504: OAuth password grant (ROPC) ------------------------------- */

/* "grant_type=password" as a form field, not grant_type=password_xyz. */
static const char *S_find_password_grant(const char *s) {
  for (const char *p = s; (p = strstr(p, "grant_type=password")) != NULL; p++) {
    char after = p[19];
    bool word = (after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') ||
                (after >= '0' && after <= '9') || after == '_' || after == '-';
    bool starts = p == s || p[-1] == '&' || p[-1] == '?' || p[-1] == ' ' || p[-1] == '\n' ||
                  p[-1] == '"' || p[-1] == '\'';
    if (!word && starts) return p;
  }
  return NULL;
}

#define S_ROPC_MSG                                                                              \
  "OAuth resource owner password credentials grant (grant_type=password)%s%s%s%s: the script "  \
  "sends a user's password to the token endpoint, which cannot satisfy MFA and which Microsoft " \
  "recommends against; use the client credentials grant with a certificate (client_assertion) " \
  "or a managed identity"

static void S_report_ropc(psa_rule_ctx *ctx, const psa_rule *rule, psa_span at,
                          const psa_command *request) {
  const char *host = request ? S_cmd_host(ctx, request) : NULL;
  psa_finding *f = psa_report(ctx, rule, at, S_ROPC_MSG, request ? " sent by " : "",
                              request ? request->name : "", host ? " to " : "", host ? host : "");
  if (request && !(at.start >= request->span.start && at.end <= request->span.end))
    S_related_request(ctx, f, request, "token request sent");
}

static void S_ropc_entry(psa_rule_ctx *ctx, const psa_rule *rule, const psa_hash_entry *e,
                         const psa_command *request, S_seen *seen) {
  if (!S_key_is(e, "grant_type")) return;
  const char *v = psa_value_string(ctx->model, e->value);
  if (!v || psa_strcasecmp(v, "password") || !S_seen_add(seen, e->value)) return;
  S_report_ropc(ctx, rule, e->span, request);
}

/* A string body: constant, or the constant parts of an interpolation. */
static void S_ropc_string(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *v,
                          const psa_command *request, S_seen *seen) {
  const char *s = psa_value_string(ctx->model, v);
  if (s) {
    if (S_find_password_grant(s) && S_seen_add(seen, v)) S_report_ropc(ctx, rule, v->span, request);
    return;
  }
  if (v->kind != PSA_V_INTERP) return;
  for (uint32_t i = 0; i < v->item_count; i++)
    if (v->items[i]->kind == PSA_V_STRING && S_find_password_grant(v->items[i]->str) &&
        S_seen_add(seen, v)) {
      S_report_ropc(ctx, rule, v->span, request);
      return;
    }
}

static void S_check_ropc(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_seen seen = {0};
  PSA_FOR_COMMANDS(ctx, cmd) {
    /* ADAL token helpers given a user name and password acquire the token
     * with them (ADAL's UserPasswordCredential: the same password grant) */
    if (!psa_strcasecmp(cmd->name, "Get-ADALAccessToken") && psa_command_arg(cmd, "Password") &&
        psa_command_arg(cmd, "UserName")) {
      const psa_arg *pw = psa_command_arg(cmd, "Password");
      psa_report(ctx, rule, pw->span,
                 "Get-ADALAccessToken -UserName -Password gets an OAuth token with the user's "
                 "password (resource owner password credentials, through ADAL, whose support "
                 "ended June 30, 2023): no MFA, and the password has to be kept for the script; use app-only "
                 "authentication with a certificate (MSAL, Connect-MgGraph -CertificateThumbprint) "
                 "or a managed identity");
      continue;
    }
    if (!S_is_web_cmdlet(cmd)) continue;
    const psa_arg *a = psa_command_arg(cmd, "Body");
    if (!a || !a->value) continue;
    S_value_entries(ctx, rule, a->value, cmd, &seen, S_ropc_entry);
    const psa_value *prods[16];
    uint32_t n = psa_value_producers(ctx->model, a->value, prods, 16);
    for (uint32_t i = 0; i < n; i++) S_ropc_string(ctx, rule, prods[i], cmd, &seen);
  }
  S_all_entries(ctx, rule, &seen, S_ropc_entry);
  S_seen_free(&seen);
}

/* ---- PSA505: client secret literal ------------------------------------ */

static bool S_placeholder(const char *s, size_t n) {
  if (n == 0) return true;
  if ((s[0] == '<' && s[n - 1] == '>') || (s[0] == '{' && s[n - 1] == '}') ||
      (s[0] == '[' && s[n - 1] == ']') || s[0] == '$')
    return true;
  bool same = true;
  for (size_t i = 1; i < n; i++)
    if (s[i] != s[0]) same = false;
  if (same && (s[0] == '*' || s[0] == 'x' || s[0] == 'X' || s[0] == '.')) return true;
  return false;
}

/* Whether any literal the constant value is made of was reported already. */
static bool S_any_marked(psa_rule_ctx *ctx, const psa_value *v) {
  psa_span spans[16];
  uint32_t n = psa_value_literals(ctx->model, v, spans, 16);
  for (uint32_t i = 0; i < n; i++)
    if (psa_rule_literal_marked(ctx, spans[i])) return true;
  return false;
}

static void S_mark_all(psa_rule_ctx *ctx, const psa_value *v) {
  psa_span spans[16];
  uint32_t n = psa_value_literals(ctx->model, v, spans, 16);
  for (uint32_t i = 0; i < n; i++) psa_rule_mark_literal(ctx, spans[i]);
}

#define S_SECRET_FIX                                                                       \
  "anyone who can read the script can sign in as the app; authenticate it with a "        \
  "certificate (client_assertion) or a managed identity, or at least read the secret from " \
  "a secret vault"

/* Reports a constant secret value 'v' (not yet reported by another rule). */
static void S_report_secret(psa_rule_ctx *ctx, const psa_rule *rule, psa_span at, const char *what,
                            const psa_value *v) {
  const char *s = psa_value_string(ctx->model, v);
  if (!s || S_placeholder(s, strlen(s)) || S_any_marked(ctx, v)) return;
  psa_finding *f = psa_report(ctx, rule, at, "%s holds a client secret written in the script: %s",
                              what, S_SECRET_FIX);
  psa_span lit[1];
  if (psa_value_literals(ctx->model, v, lit, 1) &&
      !(lit[0].start >= at.start && lit[0].end <= at.end))
    psa_finding_related(ctx, f, lit[0], "the literal");
  S_mark_all(ctx, v);
}

static void S_secret_entry(psa_rule_ctx *ctx, const psa_rule *rule, const psa_hash_entry *e,
                           const psa_command *request, S_seen *seen) {
  (void)request;
  (void)seen;
  if (!S_key_is(e, "client_secret") || !e->value) return;
  S_report_secret(ctx, rule, e->span, "hashtable key client_secret", e->value);
}

/* Whether the text has "client_secret=<value>" with the value written out. */
static bool S_form_secret(const char *s) {
  for (const char *p = s; (p = strstr(p, "client_secret=")) != NULL; p++) {
    const char *v = p + 14;
    if (!S_placeholder(v, strcspn(v, "&\"' \r\n"))) return true;
  }
  return false;
}

static void S_secret_string(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *v) {
  const char *s = psa_value_string(ctx->model, v);
  if (s) {
    if (!S_form_secret(s) || S_any_marked(ctx, v)) return;
    psa_report(ctx, rule, v->span,
               "request body with a client_secret value written in the script: %s", S_SECRET_FIX);
    S_mark_all(ctx, v);
    return;
  }
  if (v->kind != PSA_V_INTERP) return;
  for (uint32_t i = 0; i < v->item_count; i++) {
    const psa_value *it = v->items[i];
    if (it->kind != PSA_V_STRING || !S_form_secret(it->str) ||
        psa_rule_literal_marked(ctx, it->span))
      continue;
    psa_report(ctx, rule, v->span,
               "request body with a client_secret value written in the script: %s", S_SECRET_FIX);
    psa_rule_mark_literal(ctx, it->span);
    return;
  }
}

static bool S_printing(const psa_command *cmd) {
  static const char *const names[] = {"Write-Host", "Write-Output", "Write-Verbose",
                                      "Write-Debug", "Write-Information", "Write-Warning",
                                      "Write-Error", "Out-Host", "Read-Host", NULL};
  for (int i = 0; names[i]; i++)
    if (psa_command_is(cmd, names[i])) return true;
  return false;
}

static void S_check_client_secret(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  S_seen seen = {0};
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (S_printing(cmd)) continue;
    /* -ClientSecret '<literal>' on any command */
    const psa_arg *cs = psa_command_arg(cmd, "ClientSecret");
    if (cs && cs->value)
      S_report_secret(ctx, rule, cs->span, psa_ctx_printf(ctx, "%s -ClientSecret", cmd->name),
                      cs->value);
    /* hashtables and form strings passed to commands */
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_value *v = cmd->args[i].value;
      if (!v) continue;
      S_value_entries(ctx, rule, v, cmd, &seen, S_secret_entry);
      const psa_value *prods[16];
      uint32_t n = psa_value_producers(m, v, prods, 16);
      for (uint32_t k = 0; k < n; k++) S_secret_string(ctx, rule, prods[k]);
    }
  }
  /* hashtables and strings assigned to variables */
  S_all_entries(ctx, rule, &seen, S_secret_entry);
  for (uint32_t s = 0; s <= m->function_count; s++)
    for (psa_variable *var = S_scope_at(m, s)->vars; var; var = var->next)
      for (uint32_t i = 0; i < var->assign_count; i++)
        S_secret_string(ctx, rule, var->assigns[i].value);
  S_seen_free(&seen);
}


/* ---- PSA506: -Credential to a Microsoft 365 host ---------------------- */

/* Whether every value of a credential is $null or the Windows default
 * credentials: nothing stored to send. */
static bool S_no_credential(psa_rule_ctx *ctx, const psa_value *v) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++)
    if (prods[i]->kind != PSA_V_NULL) return false;
  return n > 0;
}

static void S_check_credential(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!S_is_web_cmdlet(cmd)) continue;
    const psa_arg *c = psa_command_arg(cmd, "Credential");
    if (!c || !c->value || S_no_credential(ctx, c->value)) continue;
    /* -Authentication Basic is PSA501's; Bearer/OAuth send -Token */
    const psa_arg *a = psa_command_arg(cmd, "Authentication");
    const char *auth = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (a && (!auth || psa_strcasecmp(auth, "None"))) continue;
    const char *host = S_cmd_host(ctx, cmd);
    if (!host || !psa_host_is_m365(host)) continue;
    psa_finding *f = psa_report(
        ctx, rule, c->via == PSA_BIND_NAMED ? c->span : cmd->span,
        "%s -Credential sends a user name and password to %s when the server asks for them; "
        "Microsoft 365 services expect an OAuth token: request one with certificate or "
        "managed-identity authentication and send it with -Authentication Bearer -Token",
        cmd->name, host);
    if (c->via != PSA_BIND_NAMED)
      psa_finding_related(ctx, f, c->span, "-Credential given here");
  }
}

static const char *const S_needles_basic[] = {"basic", NULL};
static const char *const S_needles_header[] = {"authorization", NULL};
static const char *const S_needles_unencrypted[] = {"allowu", NULL};
static const char *const S_needles_ropc[] = {"grant_type", "adalaccesstoken", NULL};
static const char *const S_needles_secret[] = {"client_secret", "clients", NULL};
static const char *const S_needles_credential[] = {"cred", NULL};

static const psa_rule S_auth_basic = {
    "PSA501", "http-basic-authentication", PSA_KIND_BASIC_AUTH_FLAG, PSA_SEV_WARNING,
    "Invoke-RestMethod / Invoke-WebRequest -Authentication Basic", NULL, S_needles_basic,
    S_check_auth_basic};
static const psa_rule S_basic_header = {
    "PSA502", "basic-authorization-header", PSA_KIND_BASIC_HEADER, PSA_SEV_WARNING,
    "Authorization header with a Basic (user name and password) value", NULL, S_needles_header,
    S_check_basic_header};
static const psa_rule S_unencrypted = {
    "PSA503", "allow-unencrypted-authentication", PSA_KIND_BASIC_AUTH_FLAG, PSA_SEV_WARNING,
    "-AllowUnencryptedAuthentication sends credentials over plain HTTP", NULL,
    S_needles_unencrypted, S_check_unencrypted};
static const psa_rule S_ropc = {
    "PSA504", "ropc-password-grant", PSA_KIND_PASSWORD_GRANT, PSA_SEV_WARNING,
    "OAuth token request with grant_type=password (resource owner password credentials)", NULL,
    S_needles_ropc, S_check_ropc};
static const psa_rule S_client_secret = {
    "PSA505", "client-secret-literal", PSA_KIND_CLIENT_SECRET, PSA_SEV_WARNING,
    "Client secret written in the script (client_secret, -ClientSecret)", NULL, S_needles_secret,
    S_check_client_secret};

static const psa_rule S_credential = {
    "PSA506", "http-credential-m365", PSA_KIND_CREDENTIAL_CONNECT, PSA_SEV_WARNING,
    "Invoke-RestMethod / Invoke-WebRequest -Credential to a Microsoft 365 host", NULL,
    S_needles_credential, S_check_credential};

const psa_rule *const psa_rules_http[] = {&S_auth_basic,    &S_basic_header, &S_unencrypted, &S_ropc,
                                          &S_client_secret, &S_credential,   NULL};

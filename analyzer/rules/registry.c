/* The rule registry: every family's table, in ID order, in one list. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "rules/context.h"
#include "rules/facts.h"
#include "rules/rules.h"

const char *const psa_no_needles[] = {NULL};

/* Syntax errors are findings too, reported by the scanner itself. */
const psa_rule psa_rule_parse_error = {
    "PSA001", "parse-error", PSA_KIND_PARSE_ERROR, PSA_SEV_WARNING,
    "The file is not valid PowerShell (an unclosed string, unbalanced braces, pasted console "
    "text); the code around it is still analysed.", NULL,
    psa_no_needles, NULL};

static const psa_rule *const S_core[] = {&psa_rule_parse_error, NULL};

static const psa_rule *const *const S_families[] = {
    S_core, psa_rules_exchange, psa_rules_modules, psa_rules_credentials, psa_rules_mail,
    psa_rules_http, psa_rules_tenant, psa_rules_exo_rest, NULL};

static const psa_rule **S_all;
static uint32_t S_count;
static pthread_once_t S_once = PTHREAD_ONCE_INIT;

static int S_by_id(const void *a, const void *b) {
  return strcmp((*(const psa_rule *const *)a)->id, (*(const psa_rule *const *)b)->id);
}

static void S_init(void) {
  uint32_t n = 0;
  for (int f = 0; S_families[f]; f++)
    for (int i = 0; S_families[f][i]; i++) n++;
  S_all = psa_xmalloc((n ? n : 1) * sizeof(*S_all));
  for (int f = 0; S_families[f]; f++)
    for (int i = 0; S_families[f][i]; i++) S_all[S_count++] = S_families[f][i];
  qsort(S_all, S_count, sizeof(*S_all), S_by_id);
}

const psa_rule *const *psa_rules(uint32_t *count) {
  pthread_once(&S_once, S_init);
  *count = S_count;
  return S_all;
}

const psa_rule *psa_rule_find(const char *id) {
  uint32_t n;
  const psa_rule *const *all = psa_rules(&n);
  for (uint32_t i = 0; i < n; i++)
    if (!psa_strcasecmp(all[i]->id, id) || !strcmp(all[i]->name, id)) return all[i];
  return NULL;
}

/* ---- helpers shared by the families ----------------------------------- */

const char *psa_rule_arg_string(const psa_rule_ctx *ctx, const psa_command *cmd, const char *param) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a || !a->value) return NULL;
  return psa_value_string(ctx->model, a->value);
}

const char *psa_rule_arg_source(psa_rule_ctx *ctx, const psa_command *cmd, const char *param,
                                bool include_defaults) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a || !a->value || (!include_defaults && a->via == PSA_BIND_DEFAULT)) return NULL;
  psa_span v = a->value->span;
  /* a nested script's text is quoted in the file, and a dot-sourced file's
   * span is not in this text: neither can be copied into a fix */
  if (cmd->in_string || v.start > v.end || v.end > ctx->src->text_len) return NULL;
  /* a command's output, -Body ($rows | Out-String) or 'Body' = (...): the
   * value is the pipeline's last command, the argument is the whole
   * parenthesised expression written after the name (or '=') */
  const char *t = ctx->src->text;
  if (a->value->kind == PSA_V_COMMAND && a->span.start <= v.start && v.end <= a->span.end &&
      a->span.end <= ctx->src->text_len) {
    uint32_t s = a->span.start, e = a->span.end;
    if (a->via == PSA_BIND_NAMED && a->param_span.end > a->param_span.start) s = a->param_span.end;
    if (a->via == PSA_BIND_SPLAT) {
      if (a->param_span.end > a->param_span.start) s = a->param_span.end;
      while (s < v.start && t[s] != '=') s++;
      if (s < v.start) s++;
    }
    while (s < v.start && (t[s] == ' ' || t[s] == '\t' || t[s] == ':' || t[s] == '\r' || t[s] == '\n'))
      s++;
    while (e > v.end && strchr(" \t\r\n;", t[e - 1])) e--;
    if (s <= v.start && (t[s] == '(' || (t[s] == '$' && s + 1 < e && t[s + 1] == '(')) &&
        t[e - 1] == ')')
      v = (psa_span){s, e};
  }
  return psa_ctx_printf(ctx, "%.*s", (int)(v.end - v.start), t + v.start);
}

/* One element of an argument-mode list as an expression: a bare word
 * (an expandable string in argument mode) becomes a double-quoted string,
 * which PowerShell expands the same way; anything else is kept. */
static void S_element_expr(psa_buf *b, const char *p, size_t n) {
  while (n && (*p == ' ' || *p == '\t')) p++, n--;
  while (n && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
  if (!n || strchr("'\"$(@[{0123456789-+.", *p)) {
    psa_buf_append(b, p, n);
    return;
  }
  psa_buf_putc(b, '"');
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '`' && i + 1 < n) { /* an escape stays an escape */
      psa_buf_append(b, p + i, 2);
      i++;
      continue;
    }
    if (p[i] == '"') psa_buf_putc(b, '`');
    psa_buf_putc(b, p[i]);
  }
  psa_buf_putc(b, '"');
}

const char *psa_rule_arg_expr(psa_rule_ctx *ctx, const psa_command *cmd, const char *param,
                              bool include_defaults) {
  const char *src = psa_rule_arg_source(ctx, cmd, param, include_defaults);
  if (!src) return NULL;
  /* split at top-level commas: outside quotes, parentheses, braces, brackets */
  psa_buf b;
  psa_buf_init(&b);
  int depth = 0;
  char quote = 0;
  size_t start = 0, n = strlen(src);
  for (size_t i = 0; i <= n; i++) {
    char c = i < n ? src[i] : ',';
    if (i < n && c == '`') {
      i++;
      continue;
    }
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    else if (c == '(' || c == '{' || c == '[') depth++;
    else if ((c == ')' || c == '}' || c == ']') && depth > 0) depth--;
    else if (c == ',' && depth == 0) {
      if (b.len) psa_buf_puts(&b, ", ");
      S_element_expr(&b, src + start, i - start);
      start = i + 1;
    }
  }
  const char *r = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return r;
}

bool psa_contains_ci(const char *text, const char *needle) {
  return psa_find_ci(text, strlen(text), needle) != NULL;
}

const char *psa_uri_host(const char *uri, char *buf, size_t buflen) {
  const char *p = strstr(uri, "://");
  p = p ? p + 3 : uri;
  size_t n = 0;
  while (p[n] && p[n] != '/' && p[n] != ':' && p[n] != '?' && p[n] != '#' && n + 1 < buflen) {
    char c = p[n];
    buf[n] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    n++;
  }
  buf[n] = '\0';
  return buf;
}

static bool S_host_ends(const char *host, const char *suffix) {
  size_t h = strlen(host), s = strlen(suffix);
  if (h < s || strcmp(host + h - s, suffix)) return false;
  return h == s || host[h - s - 1] == '.';
}

bool psa_host_is_m365(const char *host) {
  for (int i = 0; psa_m365_host_suffixes[i]; i++)
    if (S_host_ends(host, psa_m365_host_suffixes[i])) return true;
  return false;
}

void psa_rule_mark_literal(psa_rule_ctx *ctx, psa_span span) {
  psa_rule_state *impl = ctx->impl;
  if (impl->marked_count == impl->marked_cap) {
    impl->marked_cap = impl->marked_cap ? impl->marked_cap * 2 : 8;
    impl->marked = psa_xrealloc(impl->marked, impl->marked_cap * sizeof(*impl->marked));
  }
  impl->marked[impl->marked_count++] = span;
}

bool psa_rule_literal_marked(const psa_rule_ctx *ctx, psa_span span) {
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->marked_count; i++)
    if (impl->marked[i].start == span.start && impl->marked[i].end == span.end) return true;
  return false;
}

bool psa_rule_onprem_only(const psa_rule_ctx *ctx) {
  bool onprem = false, cloud = false;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession") ||
        (!cmd->local_function && (!psa_strcasecmp(cmd->name, "Connect-EXOPSSession") ||
                                  !psa_strcasecmp(cmd->name, "New-ExoPSSession"))))
      cloud = true;
    if (!psa_command_is(cmd, "New-PSSession")) continue;
    const char *conf = psa_rule_arg_string(ctx, cmd, "ConfigurationName");
    const char *uri = psa_rule_arg_string(ctx, cmd, "ConnectionUri");
    char host[256];
    bool m365 = uri && (psa_host_is_m365(psa_uri_host(uri, host, sizeof(host))) ||
                        psa_contains_ci(uri, "/powershell-liveid"));
    /* a URI built from a literal start ("https://ps.outlook.com/...?DelegatedOrg="
     * + $domain): its host is in that start, as PSA101 reads it */
    const psa_arg *ua = uri ? NULL : psa_command_arg(cmd, "ConnectionUri");
    char buf[256];
    const char *head = ua && ua->value ? psa_rule_uri_head(ctx, ua->value, buf, sizeof(buf)) : NULL;
    const char *sep = head ? strstr(head, "://") : NULL;
    if (sep && strchr(sep + 3, '/') && psa_host_is_m365(psa_uri_host(head, host, sizeof(host)))) m365 = true;
    /* an Exchange session to a host the script does not show counts as on
     * premises, as in PSA102 */
    if (m365) cloud = true;
    else if (conf && !psa_strcasecmp(conf, "Microsoft.Exchange")) onprem = true;
  }
  return onprem && !cloud;
}

/* Organisation rules: rules declared in a config's "rules" array. Each one
 * becomes a psa_rule (the first member of psa_user_rule, so the check
 * function gets back to its data with a cast) that the scanner runs after
 * the built-in rules (psa_scan_options.extra_rules).
 *
 * Two forms:
 *  - command rules: a command name or wildcard matched against the model's
 *    resolved names, optionally a parameter that must be bound (by name,
 *    abbreviation, position, splat or $PSDefaultParameterValues: the
 *    model's binding), a parameter that must not be, and a PCRE2 regex on
 *    the bound parameter's constant value;
 *  - string rules: a PCRE2 regex on constant strings (argument values,
 *    variable assignments, hashtable and array items, method arguments).
 */
#include <cjson/cJSON.h>
#include <pcre2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/user_rules.h"
#include "base/glob.h"
#include "psauth/model.h"
#include "base/util.h"

struct psa_user_rule {
  psa_rule rule; /* first: a psa_rule * to it is a psa_user_rule * */
  char *id;
  char *name;
  char *message;
  char *help_uri;
  char *command;      /* as written */
  char *command_glob; /* lower-cased, for matching */
  char *parameter;
  char *absent;
  char *value_regex;
  char *string_regex;
  pcre2_code *value_re;
  pcre2_code *string_re;
};

static void S_check(psa_rule_ctx *ctx, const psa_rule *rule);

const psa_user_rule *psa_user_rule_of(const psa_rule *rule) {
  return rule && rule->check == S_check ? (const psa_user_rule *)rule : NULL;
}

const char *psa_user_rule_help_uri(const psa_user_rule *u) {
  return u->help_uri;
}

const psa_rule *psa_user_rule_rule(const psa_user_rule *u) {
  return &u->rule;
}

void psa_user_rule_free(psa_user_rule *u) {
  if (!u) return;
  free(u->id);
  free(u->name);
  free(u->message);
  free(u->help_uri);
  free(u->command);
  free(u->command_glob);
  free(u->parameter);
  free(u->absent);
  free(u->value_regex);
  free(u->string_regex);
  pcre2_code_free(u->value_re);
  pcre2_code_free(u->string_re);
  free(u);
}

/* ---- parsing ------------------------------------------------------------ */

static const char *const S_keys[] = {"id",      "name",       "kind",        "severity",
                                     "message", "helpUri",    "command",     "parameter",
                                     "absent",  "valueRegex", "stringRegex", NULL};

static void S_fail(char *err, size_t errlen, size_t index, const char *id, const char *key,
                   const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void S_fail(char *err, size_t errlen, size_t index, const char *id, const char *key,
                   const char *fmt, ...) {
  char what[384];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof(what), fmt, ap);
  va_end(ap);
  if (id)
    snprintf(err, errlen, "rules[%zu] (%s): %s: %s", index, id, key, what);
  else
    snprintf(err, errlen, "rules[%zu]: %s: %s", index, key, what);
}

static bool S_id_ok(const char *id) {
  size_t plen = strlen(PSA_USER_RULE_PREFIX), n = strlen(id);
  if (n <= plen || n > 32 || strncmp(id, PSA_USER_RULE_PREFIX, plen) != 0) return false;
  for (size_t i = plen; i < n; i++) {
    char c = id[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '-'))
      return false;
  }
  return true;
}

static bool S_name_ok(const char *name) {
  if (!*name || strlen(name) > 64) return false;
  for (const char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
  return true;
}

static pcre2_code *S_compile(const char *pattern, char *msg, size_t msglen) {
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re =
      pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &code, &offset, NULL);
  if (!re) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(code, buf, sizeof(buf));
    snprintf(msg, msglen, "invalid regular expression: %s at offset %zu", (const char *)buf,
             (size_t)offset);
  }
  return re;
}

static char *S_lower(const char *s) {
  char *r = psa_xstrdup(s);
  for (char *p = r; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
  return r;
}

psa_user_rule *psa_user_rule_parse(const cJSON *obj, size_t index, char *err, size_t errlen) {
  if (!cJSON_IsObject(obj)) {
    snprintf(err, errlen,
             "rules[%zu]: expected an object with \"id\", \"kind\", \"message\" and "
             "\"command\" or \"stringRegex\"",
             index);
    return NULL;
  }
  const cJSON *jid = cJSON_GetObjectItemCaseSensitive(obj, "id");
  if (!cJSON_IsString(jid) || !jid->valuestring[0]) {
    S_fail(err, errlen, index, NULL, "id",
           jid ? "expected a string such as \"" PSA_USER_RULE_PREFIX "001\""
               : "missing (every rule needs an ID such as \"" PSA_USER_RULE_PREFIX "001\")");
    return NULL;
  }
  const char *id = jid->valuestring;
  if (!S_id_ok(id)) {
    S_fail(err, errlen, index, id, "id",
           "'%s' must start with '" PSA_USER_RULE_PREFIX "' followed by letters, digits, '_' "
           "or '-' (at most 32 characters), e.g. \"" PSA_USER_RULE_PREFIX "001\"",
           id);
    return NULL;
  }
  if (psa_rule_find(id)) {
    S_fail(err, errlen, index, id, "id", "'%s' is a built-in rule ID", id);
    return NULL;
  }
  /* every key known, every value a string */
  for (const cJSON *c = obj->child; c; c = c->next) {
    bool known = false;
    for (int k = 0; S_keys[k]; k++)
      if (!strcmp(c->string, S_keys[k])) known = true;
    if (!known) {
      S_fail(err, errlen, index, id, c->string,
             "unknown key (expected id, name, kind, severity, message, helpUri, command, "
             "parameter, absent, valueRegex or stringRegex)");
      return NULL;
    }
    for (const cJSON *d = c->next; d; d = d->next)
      if (!strcmp(c->string, d->string)) {
        S_fail(err, errlen, index, id, c->string, "duplicate key");
        return NULL;
      }
    if (!cJSON_IsString(c) || !c->valuestring[0]) {
      S_fail(err, errlen, index, id, c->string, "expected a non-empty string");
      return NULL;
    }
  }
#define S_STR(key)                                                                                 \
  (cJSON_GetObjectItemCaseSensitive(obj, key)                                                      \
       ? cJSON_GetObjectItemCaseSensitive(obj, key)->valuestring                                   \
       : NULL)
  const char *name = S_STR("name"), *kind = S_STR("kind"), *sev = S_STR("severity");
  const char *message = S_STR("message"), *help = S_STR("helpUri");
  const char *command = S_STR("command"), *parameter = S_STR("parameter");
  const char *absent = S_STR("absent"), *value_regex = S_STR("valueRegex");
  const char *string_regex = S_STR("stringRegex");
#undef S_STR
  psa_kind k;
  if (!kind) {
    S_fail(err, errlen, index, id, "kind",
           "missing (expected a finding kind such as "
           "\"credential-connect\"; see psauth rules)");
    return NULL;
  }
  if (!psa_kind_from_name(kind, &k) || k == PSA_KIND_PARSE_ERROR) {
    char list[512] = "";
    for (int i = 0; i < PSA_KIND__COUNT; i++) {
      if (i == PSA_KIND_PARSE_ERROR) continue;
      size_t n = strlen(list);
      snprintf(list + n, sizeof(list) - n, "%s%s", n ? ", " : "", psa_kind_name((psa_kind)i));
    }
    S_fail(err, errlen, index, id, "kind", "unknown kind '%s' (expected one of: %s)", kind, list);
    return NULL;
  }
  psa_severity s = PSA_SEV_WARNING;
  if (sev && !psa_severity_from_name(sev, &s)) {
    S_fail(err, errlen, index, id, "severity",
           "expected \"error\", \"warning\" or \"info\", "
           "not \"%s\"",
           sev);
    return NULL;
  }
  if (!message) {
    S_fail(err, errlen, index, id, "message", "missing (the text each finding shows)");
    return NULL;
  }
  if (name && !S_name_ok(name)) {
    S_fail(err, errlen, index, id, "name",
           "'%s' must be lower-case letters, digits and '-' "
           "(kebab-case), e.g. \"legacy-tenant-connect\"",
           name);
    return NULL;
  }
  if (name) {
    uint32_t n;
    const psa_rule *const *all = psa_rules(&n);
    for (uint32_t i = 0; i < n; i++)
      if (!strcmp(all[i]->name, name)) {
        S_fail(err, errlen, index, id, "name", "'%s' is the name of built-in rule %s", name,
               all[i]->id);
        return NULL;
      }
    psa_kind dummy;
    if (psa_kind_from_name(name, &dummy) || !strcmp(name, "all")) {
      S_fail(err, errlen, index, id, "name", "'%s' is reserved (a kind or 'all')", name);
      return NULL;
    }
  }
  if (command && string_regex) {
    S_fail(err, errlen, index, id, "stringRegex",
           "a rule has either \"command\" or "
           "\"stringRegex\", not both");
    return NULL;
  }
  if (!command && !string_regex) {
    S_fail(err, errlen, index, id, "command",
           "missing (a rule needs \"command\" or "
           "\"stringRegex\")");
    return NULL;
  }
  if (!command && (parameter || absent || value_regex)) {
    S_fail(err, errlen, index, id,
           parameter ? "parameter"
           : absent  ? "absent"
                     : "valueRegex",
           "only allowed together with \"command\"");
    return NULL;
  }
  if (value_regex && !parameter) {
    S_fail(err, errlen, index, id, "valueRegex",
           "needs \"parameter\" (the regex is matched "
           "against that parameter's value)");
    return NULL;
  }
  char msg[320];
  pcre2_code *value_re = NULL, *string_re = NULL;
  if (value_regex && !(value_re = S_compile(value_regex, msg, sizeof(msg)))) {
    S_fail(err, errlen, index, id, "valueRegex", "%s", msg);
    return NULL;
  }
  if (string_regex && !(string_re = S_compile(string_regex, msg, sizeof(msg)))) {
    S_fail(err, errlen, index, id, "stringRegex", "%s", msg);
    pcre2_code_free(value_re);
    return NULL;
  }

  psa_user_rule *u = psa_xcalloc(1, sizeof(*u));
  u->id = psa_xstrdup(id);
  u->name = name ? psa_xstrdup(name) : S_lower(id);
  u->message = psa_xstrdup(message);
  u->help_uri = help ? psa_xstrdup(help) : NULL;
  u->command = command ? psa_xstrdup(command) : NULL;
  u->command_glob = command ? S_lower(command) : NULL;
  u->parameter = parameter ? psa_xstrdup(parameter) : NULL;
  u->absent = absent ? psa_xstrdup(absent) : NULL;
  u->value_regex = value_regex ? psa_xstrdup(value_regex) : NULL;
  u->string_regex = string_regex ? psa_xstrdup(string_regex) : NULL;
  u->value_re = value_re;
  u->string_re = string_re;
  u->rule.id = u->id;
  u->rule.name = u->name;
  u->rule.kind = k;
  u->rule.severity = s;
  u->rule.summary = u->message;
  u->rule.retirement = NULL;
  u->rule.needles = NULL; /* always run: the scanner does not prefilter for user rules */
  u->rule.check = S_check;
  return u;
}

cJSON *psa_user_rule_to_json(const psa_user_rule *u) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", u->id);
  cJSON_AddStringToObject(o, "name", u->name);
  cJSON_AddStringToObject(o, "kind", psa_kind_name(u->rule.kind));
  cJSON_AddStringToObject(o, "severity", psa_severity_name(u->rule.severity));
  cJSON_AddStringToObject(o, "message", u->message);
  if (u->help_uri) cJSON_AddStringToObject(o, "helpUri", u->help_uri);
  if (u->command) cJSON_AddStringToObject(o, "command", u->command);
  if (u->parameter) cJSON_AddStringToObject(o, "parameter", u->parameter);
  if (u->absent) cJSON_AddStringToObject(o, "absent", u->absent);
  if (u->value_regex) cJSON_AddStringToObject(o, "valueRegex", u->value_regex);
  if (u->string_regex) cJSON_AddStringToObject(o, "stringRegex", u->string_regex);
  return o;
}

/* ---- checking ----------------------------------------------------------- */

static bool S_regex(const pcre2_code *re, const char *s) {
  return psa_re_match(re, s, strlen(s)) >= 0;
}

/* Case-insensitive wildcard match of a resolved command name. */
static bool S_name_matches(const psa_user_rule *u, const char *name) {
  char buf[256];
  size_t n = strlen(name);
  if (n >= sizeof(buf)) return false;
  for (size_t i = 0; i <= n; i++) {
    char c = name[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  return psa_glob_match(u->command_glob, buf);
}

/* The argument bound to 'param' as the model bound it. For a command the
 * binding table knows, the name is resolved the way PowerShell resolves
 * it (alias, unique prefix); for other commands the model keeps parameter
 * names as written, so an abbreviation of 'param' counts too. */
static const psa_arg *S_bound(const psa_command *cmd, const char *param) {
  if (cmd->info) {
    const psa_param_info *p = NULL;
    psa_param_match m = psa_cmd_match_param(cmd->info, param, strlen(param), &p);
    if ((m == PSA_PARAM_EXACT || m == PSA_PARAM_PREFIX) && p) return psa_command_arg(cmd, p->name);
    return psa_command_arg(cmd, param);
  }
  size_t plen = strlen(param);
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (a->via == PSA_BIND_UNBOUND || !a->param || !a->param[0]) continue;
    size_t n = strlen(a->param);
    if (a->param[n - 1] == ':') n--; /* -Name:value */
    if (n && n <= plen && psa_strncasecmp(a->param, param, n) == 0) return a;
  }
  return NULL;
}

static void S_check_command(psa_rule_ctx *ctx, const psa_user_rule *u) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *cmd = m->commands[i];
    if (cmd->dynamic || !cmd->name || !S_name_matches(u, cmd->name)) continue;
    const psa_arg *a = NULL;
    if (u->parameter && !(a = S_bound(cmd, u->parameter))) continue;
    if (u->absent && S_bound(cmd, u->absent)) continue;
    if (u->value_re) {
      const char *v = a->value ? psa_value_string(m, a->value) : NULL;
      if (!v || !S_regex(u->value_re, v)) continue;
    }
    psa_report(ctx, &u->rule, a ? a->span : cmd->span, "%s", u->message);
  }
}

/* String rules: every place a constant string can stand, each literal
 * reported once however many values fold to it. */
typedef struct {
  psa_rule_ctx *ctx;
  const psa_user_rule *u;
  psa_span *seen;
  size_t seen_count, seen_cap;
} S_strings;

static bool S_seen(S_strings *st, psa_span s) {
  for (size_t i = 0; i < st->seen_count; i++)
    if (st->seen[i].start == s.start && st->seen[i].end == s.end) return true;
  if (st->seen_count == st->seen_cap) {
    st->seen_cap = st->seen_cap ? st->seen_cap * 2 : 16;
    st->seen = psa_xrealloc(st->seen, st->seen_cap * sizeof(*st->seen));
  }
  st->seen[st->seen_count++] = s;
  return false;
}

static void S_value(S_strings *st, const psa_value *v, int depth) {
  if (!v || depth > 8) return;
  const psa_model *m = st->ctx->model;
  if (v->kind == PSA_V_ARRAY || v->kind == PSA_V_NEW_OBJECT || v->kind == PSA_V_STATIC_CALL ||
      v->kind == PSA_V_METHOD_CALL) {
    for (uint32_t i = 0; i < v->item_count; i++) S_value(st, v->items[i], depth + 1);
    return;
  }
  if (v->kind == PSA_V_HASH) {
    for (uint32_t i = 0; i < v->entry_count; i++)
      S_value(st, psa_value_entries(v)[i].value, depth + 1);
    return;
  }
  const char *s = psa_value_string(m, v);
  if (!s || !S_regex(st->u->string_re, s)) return;
  psa_span lits[1];
  psa_span at = psa_value_literals(m, v, lits, 1) ? lits[0] : v->span;
  if (S_seen(st, at)) return;
  psa_report(st->ctx, &st->u->rule, at, "%s", st->u->message);
}

static void S_scope_vars(S_strings *st, const psa_scope *scope) {
  if (!scope) return;
  for (const psa_variable *var = scope->vars; var; var = var->next) {
    for (uint32_t i = 0; i < var->assign_count; i++) S_value(st, var->assigns[i].value, 0);
    for (uint32_t i = 0; i < var->entry_count; i++) S_value(st, var->entries[i].value, 0);
  }
}

static void S_check_strings(psa_rule_ctx *ctx, const psa_user_rule *u) {
  const psa_model *m = ctx->model;
  S_strings st = {ctx, u, NULL, 0, 0};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *cmd = m->commands[i];
    for (uint32_t k = 0; k < cmd->arg_count; k++) S_value(&st, cmd->args[k].value, 0);
    S_value(&st, cmd->pipeline_input, 0);
  }
  S_scope_vars(&st, m->script);
  for (uint32_t i = 0; i < m->function_count; i++) S_scope_vars(&st, m->functions[i].scope);
  for (uint32_t i = 0; i < m->member_assign_count; i++) S_value(&st, m->member_assigns[i].value, 0);
  for (uint32_t i = 0; i < m->call_count; i++) S_value(&st, m->calls[i], 0);
  free(st.seen);
}

static void S_check(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_user_rule *u = (const psa_user_rule *)rule;
  if (u->command)
    S_check_command(ctx, u);
  else
    S_check_strings(ctx, u);
}

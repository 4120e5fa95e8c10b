/* Rule family PSA3xx: passwords and secrets in code, in files and in the
 * places scripts keep them (catalogue section 2.1). Everything here follows
 * values through the model, so abbreviations, splats and variables work. */
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>

#include "rules/rules.h"

/* The value a ConvertTo-SecureString call converts: -String, or its
 * pipeline input (Get-Content f | ConvertTo-SecureString). */
static const psa_value *S_ctss_input(const psa_command *cmd) {
  const psa_arg *a = psa_command_arg(cmd, "String");
  if (a && a->value) return a->value;
  return cmd->pipeline_input;
}

static bool S_nonempty_literal(const psa_rule_ctx *ctx, const psa_origin *o) {
  if (o->kind != PSA_ORIGIN_LITERAL) return false;
  const char *s = psa_value_string(ctx->model, o->value);
  return s && *s;
}

static const char *S_file_desc(const psa_rule_ctx *ctx, const psa_origin *o) {
  if (o->value->kind == PSA_V_COMMAND) {
    const psa_command *c = psa_value_cmd(o->value);
    const char *path = psa_rule_arg_string(ctx, c, "Path");
    if (!path) path = psa_rule_arg_string(ctx, c, "LiteralPath");
    if (path) return psa_ctx_printf((psa_rule_ctx *)ctx, "%s %s", c->name, path);
    return c->name;
  }
  return "a file read";
}

/* ---- PSA301 / PSA302 / PSA303: ConvertTo-SecureString -AsPlainText ----- */

static void S_check_ctss(psa_rule_ctx *ctx, const psa_rule *rule, psa_origin_kind want) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "ConvertTo-SecureString")) continue;
    if (!psa_command_switch(ctx->model, cmd, "AsPlainText")) continue;
    const psa_value *in = S_ctss_input(cmd);
    if (!in) continue;
    psa_origin o[16];
    uint32_t n = psa_value_origins(ctx->model, in, o, 16);
    bool literal = false, file = false, only_empty = n > 0;
    for (uint32_t i = 0; i < n; i++) {
      if (S_nonempty_literal(ctx, &o[i])) literal = true;
      if (o[i].kind == PSA_ORIGIN_FILE) file = true;
      if (o[i].kind != PSA_ORIGIN_LITERAL || S_nonempty_literal(ctx, &o[i])) only_empty = false;
    }
    if (only_empty) continue; /* '' is not a password */
    if (want == PSA_ORIGIN_LITERAL) {
      for (uint32_t i = 0; i < n; i++) {
        if (!S_nonempty_literal(ctx, &o[i])) continue;
        psa_span lits[4];
        uint32_t nl = psa_value_literals(ctx->model, o[i].value, lits, 4);
        psa_span at = nl ? lits[0] : o[i].value->span;
        uint32_t lit_line = psa_line_of(ctx, at.start), cmd_line = psa_line_of(ctx, cmd->span.start);
        psa_finding *f =
            lit_line == cmd_line
                ? psa_report(ctx, rule, cmd->span,
                             "ConvertTo-SecureString -AsPlainText of a password written in the "
                             "script; use certificate or managed-identity authentication, or a "
                             "secret vault (Get-Secret)")
                : psa_report(ctx, rule, cmd->span,
                             "ConvertTo-SecureString -AsPlainText of the plaintext password on "
                             "line %u; use certificate or managed-identity authentication, or a "
                             "secret vault (Get-Secret)",
                             lit_line);
        for (uint32_t k = 0; k < nl; k++) {
          psa_finding_related(ctx, f, lits[k], "the password literal");
          psa_rule_mark_literal(ctx, lits[k]);
        }
        break;
      }
    } else if (want == PSA_ORIGIN_FILE) {
      for (uint32_t i = 0; i < n; i++) {
        if (o[i].kind != PSA_ORIGIN_FILE) continue;
        psa_finding *f = psa_report(ctx, rule, o[i].span,
                                    "password read in plain text (%s) and converted with "
                                    "ConvertTo-SecureString -AsPlainText on line %u; use "
                                    "certificate or managed-identity authentication",
                                    S_file_desc(ctx, &o[i]), psa_line_of(ctx, cmd->span.start));
        psa_finding_related(ctx, f, cmd->span, "converted here");
      }
    } else if (!literal && !file) {
      const psa_arg *pt = psa_command_arg(cmd, "AsPlainText");
      psa_report(ctx, rule, pt ? pt->span : cmd->span,
                 "ConvertTo-SecureString -AsPlainText: the secret exists in plain text before "
                 "this line; prefer certificate or managed-identity authentication");
    }
  }
}

static void S_check_ctss_literal(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_check_ctss(ctx, rule, PSA_ORIGIN_LITERAL);
}
static void S_check_ctss_file(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_check_ctss(ctx, rule, PSA_ORIGIN_FILE);
}
static void S_check_ctss_other(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_check_ctss(ctx, rule, PSA_ORIGIN_UNKNOWN);
}

/* ---- PSA304: credential objects built from a literal password ---------- */

static void S_cred_literal_one(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *obj) {
  const psa_value *user, *pw;
  if (!psa_credential_parts(ctx->model, obj, &user, &pw) || !pw) return;
  psa_origin o[8];
  uint32_t n = psa_value_origins(ctx->model, pw, o, 8);
  for (uint32_t i = 0; i < n; i++) {
    if (!S_nonempty_literal(ctx, &o[i])) continue;
    psa_span lits[4];
    uint32_t nl = psa_value_literals(ctx->model, o[i].value, lits, 4);
    if (nl && psa_rule_literal_marked(ctx, lits[0])) continue;
    const char *type = psa_object_type(ctx->model, obj, NULL, NULL);
    psa_finding *f = psa_report(ctx, rule, obj->span,
                                "%s built from the plaintext password on line %u; use "
                                "certificate or managed-identity authentication",
                                type ? type : "credential",
                                psa_line_of(ctx, nl ? lits[0].start : o[i].span.start));
    for (uint32_t k = 0; k < nl; k++) {
      psa_finding_related(ctx, f, lits[k], "the password literal");
      psa_rule_mark_literal(ctx, lits[k]);
    }
    return;
  }
}

static void S_check_cred_literal(psa_rule_ctx *ctx, const psa_rule *rule) {
  for (uint32_t i = 0; i < ctx->model->call_count; i++) S_cred_literal_one(ctx, rule, ctx->model->calls[i]);
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "New-Object")) continue;
    psa_value v = {0};
    v.kind = PSA_V_COMMAND;
    v.by_kind.cmd = (psa_command *)cmd;
    v.span = cmd->span;
    S_cred_literal_one(ctx, rule, &v);
  }
}

/* ---- PSA305: password read from a file into a credential -------------- */

static void S_check_cred_file(psa_rule_ctx *ctx, const psa_rule *rule) {
  /* credential objects whose password is a plain file read (not through
   * ConvertTo-SecureString, which PSA303 covers) */
  uint32_t ncalls = ctx->model->call_count;
  for (uint32_t idx = 0; idx < ncalls + ctx->model->command_count; idx++) {
    psa_value v = {0};
    const psa_value *obj;
    if (idx < ncalls) {
      obj = ctx->model->calls[idx];
    } else {
      const psa_command *cmd = ctx->model->commands[idx - ncalls];
      if (!psa_command_is(cmd, "New-Object")) continue;
      v.kind = PSA_V_COMMAND;
      v.by_kind.cmd = (psa_command *)cmd;
      v.span = cmd->span;
      obj = &v;
    }
    const psa_value *user, *pw;
    if (!psa_credential_parts(ctx->model, obj, &user, &pw) || !pw) continue;
    const psa_value *prods[8];
    uint32_t np = psa_value_producers(ctx->model, pw, prods, 8);
    bool via_ctss = false;
    for (uint32_t i = 0; i < np; i++)
      if (prods[i]->kind == PSA_V_COMMAND &&
          psa_command_is(psa_value_cmd(prods[i]), "ConvertTo-SecureString"))
        via_ctss = true;
    if (via_ctss) continue;
    psa_origin o[8];
    uint32_t n = psa_value_origins(ctx->model, pw, o, 8);
    for (uint32_t i = 0; i < n; i++)
      if (o[i].kind == PSA_ORIGIN_FILE) {
        psa_finding *f = psa_report(ctx, rule, o[i].span,
                                    "password read in plain text (%s) for the credential built on "
                                    "line %u; use certificate or managed-identity authentication",
                                    S_file_desc(ctx, &o[i]), psa_line_of(ctx, obj->span.start));
        psa_finding_related(ctx, f, obj->span, "credential built here");
      }
  }
}

/* ---- PSA306: AES key in the script ------------------------------------ */

static void S_check_key(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "ConvertTo-SecureString") && !psa_command_is(cmd, "ConvertFrom-SecureString"))
      continue;
    const psa_arg *k = psa_command_arg(cmd, "Key");
    if (!k || !k->value) continue;
    const psa_value *prods[8];
    uint32_t n = psa_value_producers(ctx->model, k->value, prods, 8);
    bool in_script = false;
    for (uint32_t i = 0; i < n; i++) {
      const psa_value *p = prods[i];
      if (p->kind == PSA_V_ARRAY || p->kind == PSA_V_NUMBER || p->kind == PSA_V_STRING ||
          p->kind == PSA_V_UNKNOWN /* ranges like 1..16 */)
        in_script = true;
      if (p->kind == PSA_V_CAST && p->base &&
          (p->base->kind == PSA_V_ARRAY || p->base->kind == PSA_V_UNKNOWN))
        in_script = true;
    }
    if (!in_script) continue;
    psa_report(ctx, rule, k->span,
               "%s -Key with a key written in the script: anyone who can read the script can "
               "decrypt the secret; use certificate or managed-identity authentication, or a "
               "secret vault",
               cmd->name);
  }
}

/* ---- PSA307: Import-Clixml credentials -------------------------------- */

static bool S_is_cred_param(const char *p) {
  return p && (!psa_strcasecmp(p, "Credential") || !psa_strcasecmp(p, "Credentials"));
}

static void S_check_clixml(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *a = &cmd->args[i];
      if (!S_is_cred_param(a->param) || !a->value) continue;
      psa_origin o[8];
      uint32_t n = psa_value_origins(ctx->model, a->value, o, 8);
      for (uint32_t k = 0; k < n; k++)
        if (o[k].kind == PSA_ORIGIN_CLIXML) {
          psa_finding *f = psa_report(
              ctx, rule, o[k].span,
              "credential stored with Export-Clixml and used for %s -%s on line %u: protected "
              "only for the same user on the same Windows machine, plain text on Linux and "
              "macOS; use certificate or managed-identity authentication",
              cmd->name, a->param, psa_line_of(ctx, a->span.start));
          psa_finding_related(ctx, f, a->span, "used here");
        }
    }
  }
}

/* ---- PSA308: $PSDefaultParameterValues credentials -------------------- */

static void S_check_defaults(psa_rule_ctx *ctx, const psa_rule *rule) {
  for (uint32_t i = 0; i < ctx->model->default_count; i++) {
    const psa_default_param *d = &ctx->model->defaults[i];
    const char *colon = strrchr(d->pattern, ':');
    if (!colon) continue;
    const char *p = colon + 1;
    if (!S_is_cred_param(p) && psa_strcasecmp(p, "Password") && psa_strcasecmp(p, "ClientSecret"))
      continue;
    psa_report(ctx, rule, d->span,
               "$PSDefaultParameterValues['%s'] passes a stored credential to every matching "
               "call without it showing at the call; use certificate or managed-identity "
               "authentication",
               d->pattern);
  }
}

/* ---- PSA309: secret-named variables, keys and parameters with literals - */

/* Whether the last word of an identifier (camelCase, snake_case,
 * kebab-case), or its last two words joined, is one of 'words'. */
static bool S_name_ends_with(const char *name, size_t n, const char *const *words) {
  /* split off the last word */
  size_t start = 0, prev = 0;
  for (size_t i = 1; i < n; i++) {
    char a = name[i - 1], b = name[i];
    bool boundary = b == '_' || b == '-' || (a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z') ||
                    ((a >= '0' && a <= '9') != (b >= '0' && b <= '9'));
    if (boundary) {
      prev = start;
      start = (b == '_' || b == '-') ? i + 1 : i;
    }
  }
  /* the last word (AdminPassword, AppSecret), or the last two joined
   * (ApiKey, api_key): never a word in the middle ($PasswordFile) */
  char last[64], two[64];
  size_t last_len = 0, two_len = 0;
  for (size_t i = start; i < n && last_len + 1 < sizeof(last); i++) last[last_len++] = name[i];
  last[last_len] = '\0';
  for (size_t i = prev; i < n && two_len + 1 < sizeof(two); i++)
    if (name[i] != '_' && name[i] != '-') two[two_len++] = name[i];
  two[two_len] = '\0';
  /* every parameter of every command comes here: compare lengths first */
  for (int i = 0; words[i]; i++) {
    size_t len = strlen(words[i]);
    if ((len == last_len && !psa_strcasecmp(last, words[i])) ||
        (len == two_len && !psa_strcasecmp(two, words[i])))
      return true;
  }
  return false;
}

static bool S_secret_name(const char *name) {
  static const char *const words[] = {"password", "passwd", "pwd", "pass", "secret",
                                      "passphrase", "apikey", NULL};
  return S_name_ends_with(name, strlen(name), words);
}

static pcre2_code *S_placeholder_re;
static pthread_once_t S_placeholder_once = PTHREAD_ONCE_INIT;

static void S_compile_placeholder(void) {
  /* values that are obviously not real secrets: placeholders and templates */
  S_placeholder_re = psa_re_compile(
      "^(?:<[^>]*>|\\*+|x+|\\.\\.\\.|changeme|todo|tbd|your[ _-]?password.*|\\$\\(.*\\)|\\{\\{.*\\}\\})$",
      PCRE2_ZERO_TERMINATED, PCRE2_CASELESS);
}

static bool S_placeholder(const char *s) {
  pthread_once(&S_placeholder_once, S_compile_placeholder);
  return S_placeholder_re && psa_re_match(S_placeholder_re, s, strlen(s)) >= 0;
}

static void S_secret_literal(psa_rule_ctx *ctx, const psa_rule *rule, const char *what,
                             const char *name, const psa_value *v, psa_span at) {
  if (!v || (v->kind != PSA_V_STRING && v->kind != PSA_V_INTERP)) return;
  const char *s = psa_value_string(ctx->model, v);
  if (!s || !*s || S_placeholder(s)) return;
  if (v->kind == PSA_V_STRING && psa_rule_literal_marked(ctx, v->span)) return;
  psa_finding *f = psa_report(ctx, rule, at,
                              "%s '%s' holds a secret written in the script; read it from a "
                              "secret vault (Get-Secret, Key Vault) or use certificate-based "
                              "authentication",
                              what, name);
  psa_finding_related(ctx, f, v->span, "the literal");
  if (v->kind == PSA_V_STRING) psa_rule_mark_literal(ctx, v->span);
}

static void S_scope_vars(psa_rule_ctx *ctx, const psa_rule *rule, psa_scope *scope) {
  for (psa_variable *var = scope->vars; var; var = var->next) {
    if (!S_secret_name(var->name)) continue;
    for (uint32_t i = 0; i < var->assign_count; i++)
      S_secret_literal(ctx, rule, "variable", psa_ctx_printf(ctx, "$%s", var->name),
                       var->assigns[i].value, var->assigns[i].target_span);
    if (var->is_parameter && var->param_default)
      S_secret_literal(ctx, rule, "parameter default", psa_ctx_printf(ctx, "$%s", var->name),
                       var->param_default, var->decl_span);
  }
}

static void S_hash_secrets(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *h) {
  for (uint32_t k = 0; k < h->entry_count; k++) {
    const psa_hash_entry *e = &psa_value_entries(h)[k];
    if (e->key && S_secret_name(e->key))
      S_secret_literal(ctx, rule, "hashtable key", e->key, e->value, e->key_span);
  }
}

/* A write to the process environment: $env:NAME = v,
 * [Environment]::SetEnvironmentVariable('NAME', v[, target]), or
 * Set-Item / New-Item -Path env:NAME -Value v. */
typedef struct {
  const char *name;
  const psa_value *value;
  psa_span at;   /* where the name is written */
  psa_span stmt; /* the whole write */
} S_env_write;

static uint32_t S_env_writes(psa_rule_ctx *ctx, S_env_write *out, uint32_t max) {
  const psa_model *m = ctx->model;
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->env_assign_count && n < max; i++) {
    const psa_env_assignment *e = &m->env_assigns[i];
    if (!e->append) out[n++] = (S_env_write){e->name, e->value, e->target_span, e->span};
  }
  for (uint32_t i = 0; i < m->call_count && n < max; i++) {
    const psa_value *c = m->calls[i];
    if (c->kind != PSA_V_STATIC_CALL || !c->str || !psa_value_member(c) || c->item_count < 2 ||
        !psa_type_is(c->str, "System.Environment") ||
        psa_strcasecmp(psa_value_member(c), "SetEnvironmentVariable"))
      continue;
    const char *name = psa_value_string(m, c->items[0]);
    if (name && *name) out[n++] = (S_env_write){name, c->items[1], c->items[0]->span, c->span};
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (n >= max) break;
    if (!psa_command_is(cmd, "Set-Item") && !psa_command_is(cmd, "New-Item")) continue;
    const char *path = psa_rule_arg_string(ctx, cmd, "Path");
    const psa_arg *val = psa_command_arg(cmd, "Value");
    if (!path || !val || !val->value || psa_strncasecmp(path, "env:", 4) || !path[4]) continue;
    const char *name = path + 4;
    if (*name == '\\' || *name == '/') name++;
    out[n++] = (S_env_write){name, val->value, psa_command_arg(cmd, "Path")->span, cmd->span};
  }
  return n;
}

static void S_check_secret_names(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  /* literals passed to -Password / -ClientSecret style parameters */
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Write-Host") || psa_command_is(cmd, "Write-Output") ||
        psa_command_is(cmd, "Write-Verbose") || psa_command_is(cmd, "Read-Host"))
      continue;
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *a = &cmd->args[i];
      if (a->via == PSA_BIND_NAMED && a->param && a->value && a->value->kind == PSA_V_STRING &&
          S_secret_name(a->param))
        S_secret_literal(ctx, rule, "parameter", psa_ctx_printf(ctx, "-%s", a->param), a->value,
                         a->param_span);
      if (a->value && a->value->kind == PSA_V_HASH) S_hash_secrets(ctx, rule, a->value);
    }
  }
  S_scope_vars(ctx, rule, m->script);
  for (uint32_t i = 0; i < m->function_count; i++) S_scope_vars(ctx, rule, m->functions[i].scope);
  /* hashtables assigned to variables ($cfg = @{ Password = '...' }) */
  for (psa_variable *var = m->script->vars; var; var = var->next)
    for (uint32_t i = 0; i < var->assign_count; i++)
      if (var->assigns[i].value->kind == PSA_V_HASH) S_hash_secrets(ctx, rule, var->assigns[i].value);
  /* literals written into secret-named environment variables */
  S_env_write w[64];
  uint32_t nw = S_env_writes(ctx, w, 64);
  for (uint32_t i = 0; i < nw; i++)
    if (S_secret_name(w[i].name))
      S_secret_literal(ctx, rule, "environment variable", psa_ctx_printf(ctx, "$env:%s", w[i].name),
                       w[i].value, w[i].at);
}

/* ---- PSA310: revealing a SecureString --------------------------------- */

static void S_check_reveal(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *v = m->calls[i];
    if (v->kind == PSA_V_STATIC_CALL && v->str && psa_value_member(v) &&
        (psa_type_is(v->str, "System.Runtime.InteropServices.Marshal") ||
         psa_type_is(v->str, "Runtime.InteropServices.Marshal")) &&
        !psa_strcasecmp(psa_value_member(v), "SecureStringToBSTR"))
      psa_report(ctx, rule, v->span,
                 "converts a SecureString back to plain text (Marshal.SecureStringToBSTR); the "
                 "password then sits in memory and logs as a string");
    if (v->kind == PSA_V_METHOD_CALL && psa_value_member(v) &&
        !psa_strcasecmp(psa_value_member(v), "GetNetworkCredential"))
      psa_report(ctx, rule, v->span,
                 "GetNetworkCredential() exposes the credential's password as plain text");
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "ConvertFrom-SecureString") &&
        psa_command_switch(m, cmd, "AsPlainText"))
      psa_report(ctx, rule, cmd->span,
                 "ConvertFrom-SecureString -AsPlainText turns the secret back into plain text");
  }
}

/* ---- PSA311: secrets from environment variables ----------------------- */

/* Secrets the script puts into the environment, where every child process
 * and Azure.Identity's EnvironmentCredential (Connect-MgGraph
 * -EnvironmentVariable) read them. Literals are PSA309's. */
static void S_check_env_writes(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_env_write w[64];
  uint32_t nw = S_env_writes(ctx, w, 64);
  for (uint32_t i = 0; i < nw; i++) {
    if (!S_secret_name(w[i].name)) continue;
    const psa_value *v = w[i].value;
    if (psa_value_string(ctx->model, v)) continue; /* a literal ('' included): PSA309 */
    psa_origin o[8];
    uint32_t n = psa_value_origins(ctx->model, v, o, 8);
    bool secret = false;
    for (uint32_t k = 0; k < n; k++)
      if (o[k].kind != PSA_ORIGIN_ENV && !(o[k].value && o[k].value->kind == PSA_V_NULL))
        secret = true;
    if (!secret) continue; /* $null clears it; another variable's copy is already there */
    psa_finding *f = psa_report(
        ctx, rule, w[i].at,
        "stores a secret in the environment variable %s, where every process the script starts "
        "(and Azure.Identity's environment sign-in) can read it; use certificate-based "
        "authentication (AZURE_CLIENT_CERTIFICATE_PATH) or a managed identity",
        w[i].name);
    for (uint32_t k = 0; k < n && k < 2; k++)
      if (o[k].kind != PSA_ORIGIN_UNKNOWN && psa_line_of(ctx, o[k].span.start) != psa_line_of(ctx, w[i].at.start))
        psa_finding_related(ctx, f, o[k].span, "the secret comes from here (%s)",
                            psa_origin_kind_name(o[k].kind));
  }
}

static void S_check_env(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *a = &cmd->args[i];
      if (!a->value) continue;
      bool secret_param = a->param && (S_is_cred_param(a->param) || S_secret_name(a->param) ||
                                       !psa_strcasecmp(a->param, "String"));
      if (!secret_param) continue;
      psa_origin o[8];
      uint32_t n = psa_value_origins(ctx->model, a->value, o, 8);
      for (uint32_t k = 0; k < n; k++)
        if (o[k].kind == PSA_ORIGIN_ENV) {
          /* $env:NAME, or [Environment]::GetEnvironmentVariable('NAME') */
          const char *name = o[k].value->kind == PSA_V_ENV ? o[k].value->str
                             : o[k].value->item_count
                                 ? psa_value_string(ctx->model, o[k].value->items[0])
                                 : NULL;
          if (name && S_secret_name(name))
            psa_report(ctx, rule, o[k].span,
                       "secret read from the environment variable %s for %s -%s; use "
                       "certificate or managed-identity authentication",
                       name, cmd->name, a->param);
        }
    }
  }
  S_check_env_writes(ctx, rule);
}

/* ---- PSA312: SecureString built character by character from a literal -- */

static bool S_contains(psa_span outer, psa_span inner) {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end > outer.start;
}

/* The literals whose characters a collection yields: 'p@ss'.ToCharArray(),
 * [char[]]'p@ss', $pw.ToCharArray() with $pw a constant, or an array of
 * constant characters ('p','@','s','s'). Returns how many spans were written
 * (0: the characters do not come from the script). */
static uint32_t S_char_literals(const psa_model *m, const psa_value *coll, psa_span *out,
                                uint32_t max) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(m, coll, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i], *str = NULL;
    char type[64];
    if (p->kind == PSA_V_METHOD_CALL && psa_value_member(p) &&
        !psa_strcasecmp(psa_value_member(p), "ToCharArray"))
      str = p->base;
    else if (p->kind == PSA_V_CAST && p->str &&
             !strcmp(psa_type_normalize(p->str, type, sizeof(type)), "char[]"))
      str = p->base;
    if (str) {
      const char *s = psa_value_string(m, str);
      if (s && *s) return psa_value_literals(m, str, out, max);
      continue;
    }
    if (p->kind == PSA_V_ARRAY && p->item_count) {
      uint32_t k = 0;
      for (uint32_t j = 0; j < p->item_count; j++) {
        const char *s = psa_value_string(m, p->items[j]);
        if (!s || !*s) return 0;
        if (k < max) k += psa_value_literals(m, p->items[j], out + k, max - k);
      }
      return k;
    }
  }
  return 0;
}

/* The innermost ForEach-Object (or .ForEach()) script block around 'at':
 * the collection that feeds its $_, or NULL. */
static const psa_value *S_pipeline_feeding(const psa_model *m, psa_span at) {
  const psa_value *best = NULL;
  psa_span best_span = {0, 0};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!psa_command_is(c, "ForEach-Object") || !c->pipeline_input) continue;
    for (uint32_t k = 0; k < c->arg_count; k++) {
      const psa_value *v = c->args[k].value;
      if (!v || v->kind != PSA_V_SCRIPTBLOCK || !S_contains(v->span, at)) continue;
      if (!best || S_contains(best_span, v->span)) {
        best = c->pipeline_input;
        best_span = v->span;
      }
    }
  }
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *c = m->calls[i];
    if (c->kind != PSA_V_METHOD_CALL || !psa_value_member(c) ||
        psa_strcasecmp(psa_value_member(c), "ForEach") || !c->base || !c->item_count ||
        c->items[0]->kind != PSA_V_SCRIPTBLOCK || !S_contains(c->items[0]->span, at))
      continue;
    if (!best || S_contains(best_span, c->items[0]->span)) {
      best = c->base;
      best_span = c->items[0]->span;
    }
  }
  return best;
}

/* The collection a foreach loop variable walks at 'at', or NULL. */
static const psa_value *S_loop_feeding(const psa_model *m, const psa_variable *var, psa_span at) {
  const psa_value *best = NULL;
  psa_span best_span = {0, 0};
  for (uint32_t i = 0; i < m->foreach_count; i++) {
    const psa_foreach *l = &m->foreach_loops[i];
    if (l->var != var || !S_contains(l->span, at)) continue;
    if (!best || S_contains(best_span, l->span)) {
      best = l->collection;
      best_span = l->span;
    }
  }
  return best;
}

static bool S_is_var(const psa_value *v, const char *name) {
  return v->kind == PSA_V_VARIABLE && v->str && !psa_strcasecmp(v->str, name);
}

/* The receiver's name for messages and grouping ("$s"), or NULL. */
static const char *S_receiver(psa_rule_ctx *ctx, const psa_value *call) {
  const psa_value *b = call->base;
  if (b && b->kind == PSA_V_VARIABLE && b->str) return psa_ctx_printf(ctx, "$%s", b->str);
  return NULL;
}

/* AppendChar's argument without a [char] cast around it. */
static const psa_value *S_char_arg(const psa_value *v) {
  char type[32];
  while (v->kind == PSA_V_CAST && v->str && v->base &&
         !strcmp(psa_type_normalize(v->str, type, sizeof(type)), "char"))
    v = v->base;
  return v;
}

static void S_check_append_char(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  /* receivers already reported for single literal characters */
  const char *done[16];
  uint32_t ndone = 0;
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *call = m->calls[i];
    if (call->kind != PSA_V_METHOD_CALL || !psa_value_member(call) ||
        psa_strcasecmp(psa_value_member(call), "AppendChar") || call->item_count != 1)
      continue;
    const psa_value *arg = S_char_arg(call->items[0]);
    psa_span lits[16];
    uint32_t nl = 0;
    /* a whole string walked: $_ of ForEach-Object, a foreach variable, $pw[$i] */
    const psa_value *coll = NULL;
    if (S_is_var(arg, "_") || S_is_var(arg, "PSItem")) coll = S_pipeline_feeding(m, call->span);
    else if (arg->kind == PSA_V_VARIABLE && psa_value_var(arg) && psa_value_var(arg)->is_foreach)
      coll = S_loop_feeding(m, psa_value_var(arg), call->span);
    else if (arg->kind == PSA_V_INDEX && arg->base) {
      const char *s = psa_value_string(m, arg->base);
      if (s && *s) nl = psa_value_literals(m, arg->base, lits, 16);
      else coll = arg->base;
    }
    if (coll) nl = S_char_literals(m, coll, lits, 16);
    if (nl) {
      psa_finding *f = psa_report(ctx, rule, call->span,
                                  "SecureString built character by character (AppendChar) from "
                                  "the password literal on line %u: the password is still in the "
                                  "script; use certificate or managed-identity authentication, or "
                                  "a secret vault (Get-Secret)",
                                  psa_line_of(ctx, lits[0].start));
      for (uint32_t k = 0; k < nl; k++) {
        psa_finding_related(ctx, f, lits[k], "the password literal");
        psa_rule_mark_literal(ctx, lits[k]);
      }
      continue;
    }
    /* literal characters one call at a time: one finding per receiver */
    const char *c = psa_value_string(m, arg);
    if (!c || !*c) continue;
    const char *recv = S_receiver(ctx, call);
    bool seen = false;
    for (uint32_t k = 0; recv && k < ndone; k++)
      if (!psa_strcasecmp(done[k], recv)) seen = true;
    if (seen) continue;
    if (recv && ndone < 16) done[ndone++] = recv;
    /* the literal characters appended to the same receiver */
    uint32_t count = 0;
    for (uint32_t j = i; j < m->call_count; j++) {
      const psa_value *o = m->calls[j];
      if (o->kind != PSA_V_METHOD_CALL || !psa_value_member(o) ||
          psa_strcasecmp(psa_value_member(o), "AppendChar") || o->item_count != 1)
        continue;
      const char *r2 = S_receiver(ctx, o);
      if (j != i && (!recv || !r2 || psa_strcasecmp(recv, r2))) continue;
      const psa_value *a2 = S_char_arg(o->items[0]);
      const char *c2 = psa_value_string(m, a2);
      if (!c2 || !*c2) continue;
      count++;
      if (nl < 16) nl += psa_value_literals(m, a2, lits + nl, 16 - nl);
      if (j == i && !recv) break;
    }
    psa_finding *f =
        count > 1
            ? psa_report(ctx, rule, call->span,
                         "SecureString %s built character by character (AppendChar) from %u "
                         "characters written in the script, from line %u: the password is still "
                         "in the script; use certificate or managed-identity authentication, or "
                         "a secret vault (Get-Secret)",
                         recv ? recv : "", count, psa_line_of(ctx, call->span.start))
            : psa_report(ctx, rule, call->span,
                         "SecureString built with AppendChar from a character written in the "
                         "script on line %u: part of the password is in the script; use "
                         "certificate or managed-identity authentication, or a secret vault "
                         "(Get-Secret)",
                         psa_line_of(ctx, nl ? lits[0].start : call->span.start));
    for (uint32_t k = 0; k < nl; k++) {
      psa_finding_related(ctx, f, lits[k], "a password character");
      psa_rule_mark_literal(ctx, lits[k]);
    }
  }
}

/* ---- PSA313: password or credential parameters typed as plain strings -- */

/* Password- and credential-like names by their last word, trailing digits
 * ignored ($Password2): $AdminPassword, $Pwd, $pass_phrase, $O365Cred; not
 * $PasswordFile, $CredentialPath or $PasswordNeverExpires. */
/* An all-lowercase compound with no word boundary to split at
 * ($adminpassword, $userpass, $adminpwd): the password words end it. 'pass'
 * alone ends too many words ($bypass, $compass), so it counts only after an
 * account-like prefix. */
static bool S_lowercase_compound(const char *name, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (name[i] < 'a' || name[i] > 'z') return false;
  static const char *const ends[] = {"password", "passwords", "passwd", "pwd", "passphrase",
                                     "passphrases", NULL};
  for (int i = 0; ends[i]; i++) {
    size_t k = strlen(ends[i]);
    if (n > k && !memcmp(name + n - k, ends[i], k)) return true;
  }
  static const char *const pass_prefixes[] = {"admin", "user", "usr", "svc", "service", "account",
                                              "acct", "tenant", "mail", "smtp", "root", "db",
                                              "sql", "new", "old", "my", "global", NULL};
  if (n > 4 && !memcmp(name + n - 4, "pass", 4))
    for (int i = 0; pass_prefixes[i]; i++)
      if (strlen(pass_prefixes[i]) == n - 4 && !memcmp(name, pass_prefixes[i], n - 4)) return true;
  return false;
}

static bool S_password_param_name(const char *name) {
  static const char *const words[] = {"password", "passwords", "passwd", "pwd", "pass",
                                      "passphrase", "passphrases", "credential", "credentials",
                                      "cred", "creds", NULL};
  size_t n = strlen(name);
  while (n > 1 && name[n - 1] >= '0' && name[n - 1] <= '9') n--;
  return S_name_ends_with(name, n, words) || S_lowercase_compound(name, n);
}

static bool S_credential_word(const char *name) {
  static const char *const words[] = {"credential", "credentials", "cred", "creds", NULL};
  size_t n = strlen(name);
  while (n > 1 && name[n - 1] >= '0' && name[n - 1] <= '9') n--;
  return S_name_ends_with(name, n, words);
}

static void S_scope_params(psa_rule_ctx *ctx, const psa_rule *rule, psa_scope *scope) {
  for (psa_variable *var = scope->vars; var; var = var->next) {
    if (!var->is_parameter || !S_password_param_name(var->name)) continue;
    /* [Credential()] turns a string into a PSCredential by prompting */
    bool cred_attr = false;
    for (uint32_t i = 0; i < var->param_attribute_count; i++)
      if (psa_type_is(var->param_attributes[i], "System.Management.Automation.Credential") ||
          psa_type_is(var->param_attributes[i], "System.Management.Automation.CredentialAttribute"))
        cred_attr = true;
    if (cred_attr) continue;
    char type[64];
    const char *t = var->param_type ? psa_type_normalize(var->param_type, type, sizeof(type)) : NULL;
    bool cred = S_credential_word(var->name);
    if (t && strcmp(t, "string") && strcmp(t, "string[]") &&
        (cred || (strcmp(t, "object") && strcmp(t, "object[]"))))
      continue; /* SecureString, PSCredential, switch, bool, int, ... */
    /* an untyped $Credential almost always receives a PSCredential (the
     * script reads $Credential.UserName or passes it on): only an explicit
     * [string] makes it a plain-text credential */
    if (cred && !t) continue;
    const char *want = cred ? "[PSCredential]" : "[SecureString] (or take a [PSCredential])";
    psa_span at = var->param_name_span.end > var->param_name_span.start ? var->param_name_span
                                                                         : var->decl_span;
    if (t && (!strcmp(t, "object") || !strcmp(t, "object[]")))
      psa_report(ctx, rule, at,
                 "parameter $%s is declared [%s], so a plain string binds to it; declare it %s",
                 var->name, var->param_type, want);
    else if (t)
      psa_report(ctx, rule, at,
                 "parameter $%s is declared [%s]: the %s reaches the script as plain text "
                 "(command line, history, logs); declare it %s",
                 var->name, var->param_type, cred ? "credential" : "password", want);
    else
      psa_report(ctx, rule, at,
                 "parameter $%s has no type, so a plain string binds to it; declare it %s",
                 var->name, want);
  }
}

static void S_check_param_plaintext(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  S_scope_params(ctx, rule, m->script);
  for (uint32_t i = 0; i < m->function_count; i++) S_scope_params(ctx, rule, m->functions[i].scope);
}

/* ---- PSA314: Get-Credential in a script that runs unattended ----------- */

/* Why the script runs with nobody at the console, as a phrase for the
 * message, and where that shows; NULL when nothing says so. */
static const char *S_unattended(psa_rule_ctx *ctx, const psa_command *getcred, psa_span *at) {
  const psa_model *m = ctx->model;
  static const char *const job_cmds[] = {"Start-Job", "Register-ScheduledJob", "Start-ThreadJob",
                                         NULL};
  /* inside the script block of a background or scheduled job */
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    for (int j = 0; job_cmds[j]; j++) {
      if (!psa_command_is(c, job_cmds[j])) continue;
      for (uint32_t k = 0; k < c->arg_count; k++) {
        const psa_value *v = c->args[k].value;
        if (v && v->kind == PSA_V_SCRIPTBLOCK && S_contains(v->span, getcred->span)) {
          *at = c->name_span;
          return psa_ctx_printf(ctx, "it is in the script block of %s on line %u, which runs "
                                "as a background job", c->name,
                                psa_line_of(ctx, c->span.start));
        }
      }
    }
  }
  static const char *const runbook_cmds[] = {"Get-AutomationVariable", "Get-AutomationPSCredential",
                                             "Get-AutomationConnection",
                                             "Get-AutomationCertificate",
                                             "Set-AutomationVariable", NULL};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    for (int j = 0; runbook_cmds[j]; j++)
      if (psa_command_is(c, runbook_cmds[j])) {
        *at = c->name_span;
        return psa_ctx_printf(ctx, "it is an Azure Automation runbook: %s on line %u", c->name,
                              psa_line_of(ctx, c->span.start));
      }
    if (psa_command_is(c, "Push-OutputBinding")) {
      *at = c->name_span;
      return psa_ctx_printf(ctx, "it is an Azure Functions function: Push-OutputBinding on line %u",
                            psa_line_of(ctx, c->span.start));
    }
  }
  return NULL;
}

static void S_check_getcredential(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Get-Credential")) continue;
    /* -Credential $cred hands back an existing credential without a
     * prompt; a user name string still prompts for the password */
    const psa_arg *a = psa_command_arg(cmd, "Credential");
    if (a && a->value && !psa_value_string(ctx->model, a->value)) continue;
    psa_span at;
    const char *why = S_unattended(ctx, cmd, &at);
    if (!why) continue;
    psa_finding *f = psa_report(ctx, rule, cmd->span,
                                "Get-Credential prompts for a password, but this code runs "
                                "unattended (%s): nobody can answer the prompt; use certificate "
                                "or managed-identity authentication",
                                why);
    psa_finding_related(ctx, f, at, "runs unattended because of this");
  }
}


/* ---- shared: every credential construction of the file ----------------- */

/* Calls the visitor with each [T]::new(...) and each New-Object command (as
 * a command value), so rules see both forms of construction. */
static void S_each_construction(psa_rule_ctx *ctx, const psa_rule *rule,
                                void (*visit)(psa_rule_ctx *, const psa_rule *, const psa_value *,
                                              void *),
                                void *data) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->call_count; i++) visit(ctx, rule, m->calls[i], data);
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "New-Object")) continue;
    psa_value v = {0};
    v.kind = PSA_V_COMMAND;
    v.by_kind.cmd = (psa_command *)cmd;
    v.span = cmd->span;
    visit(ctx, rule, &v, data);
  }
}

/* ---- PSA315: DPAPI-encrypted password file into a credential ------------ */

typedef struct {
  const psa_command *done[32];
  uint32_t count;
} S_done;

static bool S_done_add(S_done *d, const psa_command *c) {
  for (uint32_t i = 0; i < d->count; i++)
    if (d->done[i] == c) return false;
  if (d->count < 32) d->done[d->count++] = c;
  return true;
}

static void S_dpapi_one(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *obj, void *data) {
  const psa_value *user, *pw;
  if (!psa_credential_parts(ctx->model, obj, &user, &pw) || !pw) return;
  const psa_value *prods[8];
  uint32_t np = psa_value_producers(ctx->model, pw, prods, 8);
  for (uint32_t i = 0; i < np; i++) {
    if (prods[i]->kind != PSA_V_COMMAND) continue;
    const psa_command *c = psa_value_cmd(prods[i]);
    /* an encrypted standard string without a key: Windows DPAPI; -AsPlainText
     * is PSA302's, a key PSA306's */
    if (!psa_command_is(c, "ConvertTo-SecureString") || psa_command_arg(c, "AsPlainText") ||
        psa_command_arg(c, "Key") || psa_command_arg(c, "SecureKey"))
      continue;
    const psa_value *in = S_ctss_input(c);
    if (!in) continue;
    psa_origin o[8];
    uint32_t n = psa_value_origins(ctx->model, in, o, 8);
    for (uint32_t k = 0; k < n; k++) {
      if (o[k].kind != PSA_ORIGIN_FILE || !S_done_add(data, c)) continue;
      psa_finding *f = psa_report(
          ctx, rule, c->span,
          "password or secret stored encrypted in a file (%s) and decrypted with "
          "ConvertTo-SecureString for "
          "the credential built on line %u: Windows protects it only for the same user on the "
          "same machine, and on Linux and macOS a SecureString is not encrypted at all; use "
          "certificate or managed-identity authentication",
          S_file_desc(ctx, &o[k]), psa_line_of(ctx, obj->span.start));
      if (psa_line_of(ctx, o[k].span.start) != psa_line_of(ctx, c->span.start))
        psa_finding_related(ctx, f, o[k].span, "the file is read here");
      psa_finding_related(ctx, f, obj->span, "credential built here");
      break;
    }
  }
}

static void S_check_dpapi_file(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_done done = {{0}, 0};
  S_each_construction(ctx, rule, S_dpapi_one, &done);
}

/* ---- PSA316: NetworkCredential from a plain-text password --------------- */

/* Whether 'target' holds an object PSA403 or PSA405 reports credentials
 * for: System.Net.Mail.SmtpClient or an EWS ExchangeService. */
static bool S_mail_client(psa_rule_ctx *ctx, const psa_value *target) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, target, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const char *t = psa_object_type(ctx->model, prods[i], NULL, NULL);
    if (t && (psa_type_is(t, "System.Net.Mail.SmtpClient") ||
              psa_type_is(t, "Microsoft.Exchange.WebServices.Data.ExchangeService") ||
              !psa_strcasecmp(t, "ExchangeService")))
      return true;
  }
  return false;
}

/* Whether the construction is assigned to a .Credentials member of a mail
 * client (reported by the mail rules). */
static bool S_for_mail_client(psa_rule_ctx *ctx, const psa_value *obj) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (!ma->member || psa_strcasecmp(ma->member, "Credentials") || !ma->value) continue;
    const psa_value *prods[8];
    uint32_t n = psa_value_producers(m, ma->value, prods, 8);
    for (uint32_t k = 0; k < n; k++)
      if (prods[k] == obj || (obj->kind == PSA_V_COMMAND && prods[k]->kind == PSA_V_COMMAND &&
                              psa_value_cmd(prods[k]) == psa_value_cmd(obj)))
        return S_mail_client(ctx, ma->target);
  }
  return false;
}

static void S_netcred_one(psa_rule_ctx *ctx, const psa_rule *rule, const psa_value *obj, void *data) {
  (void)data;
  const char *type = psa_object_type(ctx->model, obj, NULL, NULL);
  const psa_value *user, *pw;
  if (!type || !psa_type_is(type, "System.Net.NetworkCredential") ||
      !psa_credential_parts(ctx->model, obj, &user, &pw) || !pw)
    return;
  psa_origin o[8];
  uint32_t n = psa_value_origins(ctx->model, pw, o, 8);
  const psa_origin *plain = NULL;
  for (uint32_t i = 0; i < n; i++) {
    /* literals and files are PSA304's and PSA305's */
    if (o[i].kind == PSA_ORIGIN_LITERAL || o[i].kind == PSA_ORIGIN_FILE) return;
    if (o[i].kind == PSA_ORIGIN_READ_HOST || o[i].kind == PSA_ORIGIN_ENV) plain = &o[i];
    if (o[i].kind == PSA_ORIGIN_PARAMETER && psa_value_var(o[i].value)) {
      char t[64];
      const char *pt = psa_value_var(o[i].value)->param_type;
      const char *nt = pt ? psa_type_normalize(pt, t, sizeof(t)) : NULL;
      if (!nt || !strcmp(nt, "string") || !strcmp(nt, "object")) plain = &o[i];
    }
  }
  if (!plain || S_for_mail_client(ctx, obj)) return;
  const char *from = plain->kind == PSA_ORIGIN_READ_HOST ? "typed at Read-Host"
                     : plain->kind == PSA_ORIGIN_ENV
                         ? psa_ctx_printf(ctx, "read from the environment%s%s",
                                          plain->value->kind == PSA_V_ENV ? " variable " : "",
                                          plain->value->kind == PSA_V_ENV ? plain->value->str : "")
                         : psa_ctx_printf(ctx, "passed in as the string parameter $%s",
                                          plain->value->str);
  psa_finding *f = psa_report(ctx, rule, obj->span,
                              "NetworkCredential built from a plain-text password (%s): the "
                              "password travels through the script as an ordinary string; use "
                              "OAuth with certificate or managed-identity authentication, or at "
                              "least a SecureString",
                              from);
  if (psa_line_of(ctx, plain->span.start) != psa_line_of(ctx, obj->span.start))
    psa_finding_related(ctx, f, plain->span, "the password comes from here");
}

static void S_check_netcred(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_each_construction(ctx, rule, S_netcred_one, NULL);
}

/* ---- PSA317: Windows Credential Manager -------------------------------- */

/* Whether the command's output reaches a Connect-* -Credential(s), where
 * PSA201 names it as the credential's origin. */
static bool S_feeds_connect(psa_rule_ctx *ctx, const psa_command *getter) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function || !cmd->name) continue;
    size_t len = strlen(cmd->name);
    if (!psa_has_prefix_ci(cmd->name, len, "Connect-") &&
        psa_strcasecmp(cmd->name, "Add-AzureRmAccount"))
      continue;
    for (uint32_t i = 0; i < cmd->arg_count; i++) {
      const psa_arg *a = &cmd->args[i];
      if (!S_is_cred_param(a->param) || !a->value) continue;
      psa_origin o[8];
      uint32_t n = psa_value_origins(ctx->model, a->value, o, 8);
      for (uint32_t k = 0; k < n; k++)
        if (o[k].cmd == getter) return true;
    }
  }
  return false;
}

static void S_check_credman(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function || !cmd->name || psa_strcasecmp(cmd->name, "Get-StoredCredential"))
      continue;
    if (S_feeds_connect(ctx, cmd)) continue; /* PSA201 */
    const char *target = psa_rule_arg_string(ctx, cmd, "Target");
    psa_report(ctx, rule, cmd->span,
               "Get-StoredCredential reads a stored user name and password%s%s%s from Windows "
               "Credential Manager: the password is kept on the machine for the script; use "
               "certificate or managed-identity authentication",
               target ? " ('" : "", target ? target : "", target ? "')" : "");
  }
}

static const char *const S_needles_ctss[] = {"securestring", NULL};
static const char *const S_needles_cred[] = {"credential", NULL};
static const char *const S_needles_clixml[] = {"clixml", NULL};
static const char *const S_needles_defaults[] = {"psdefaultparametervalues", NULL};
static const char *const S_needles_secret[] = {"pass", "pwd", "secret", "apikey", NULL};
static const char *const S_needles_reveal[] = {"securestringtobstr", "getnetworkcredential",
                                               "convertfrom-securestring", NULL};
static const char *const S_needles_env[] = {"env:", "setenvironmentvariable", NULL};
static const char *const S_needles_append[] = {"appendchar", NULL};
static const char *const S_needles_param[] = {"pass", "pwd", "cred", NULL};
static const char *const S_needles_getcred[] = {"get-credential", NULL};
static const char *const S_needles_dpapi[] = {"convertto-securestring", NULL};
static const char *const S_needles_netcred[] = {"networkcredential", NULL};
static const char *const S_needles_credman[] = {"get-storedcredential", NULL};

static const psa_rule S_ctss_literal = {
    "PSA301", "plaintext-password-securestring", PSA_KIND_PLAINTEXT_PASSWORD, PSA_SEV_ERROR,
    "ConvertTo-SecureString -AsPlainText of a password written in the script", NULL,
    S_needles_ctss, S_check_ctss_literal};
static const psa_rule S_ctss_file = {
    "PSA302", "password-file-securestring", PSA_KIND_PASSWORD_FILE, PSA_SEV_ERROR,
    "Password read from a plain text file and converted with ConvertTo-SecureString -AsPlainText",
    NULL, S_needles_ctss, S_check_ctss_file};
static const psa_rule S_ctss_other = {
    "PSA303", "plaintext-conversion", PSA_KIND_PLAINTEXT_CONVERSION, PSA_SEV_INFO,
    "ConvertTo-SecureString -AsPlainText of a value that is not a literal", NULL, S_needles_ctss,
    S_check_ctss_other};
static const psa_rule S_cred_literal = {
    "PSA304", "credential-literal-password", PSA_KIND_PLAINTEXT_PASSWORD, PSA_SEV_ERROR,
    "PSCredential, NetworkCredential, WebCredentials or SharePointOnlineCredentials built from a "
    "password literal",
    NULL, S_needles_cred, S_check_cred_literal};
static const psa_rule S_cred_file = {
    "PSA305", "credential-password-file", PSA_KIND_PASSWORD_FILE, PSA_SEV_ERROR,
    "Credential built from a password read from a plain text file", NULL, S_needles_cred,
    S_check_cred_file};
static const psa_rule S_key = {
    "PSA306", "securestring-key-in-script", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_WARNING,
    "ConvertTo-SecureString / ConvertFrom-SecureString -Key with the key in the script", NULL,
    S_needles_ctss, S_check_key};
static const psa_rule S_clixml = {
    "PSA307", "clixml-credential", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_INFO,
    "Credential loaded with Import-Clixml", NULL, S_needles_clixml, S_check_clixml};
static const psa_rule S_defaults = {
    "PSA308", "default-parameter-credential", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_WARNING,
    "$PSDefaultParameterValues entry that supplies a credential or password", NULL,
    S_needles_defaults, S_check_defaults};
static const psa_rule S_secret_names = {
    "PSA309", "secret-literal", PSA_KIND_PLAINTEXT_PASSWORD, PSA_SEV_ERROR,
    "String literal assigned to a password- or secret-named variable, key or parameter", NULL,
    S_needles_secret, S_check_secret_names};
static const psa_rule S_reveal = {
    "PSA310", "securestring-reveal", PSA_KIND_PLAINTEXT_CONVERSION, PSA_SEV_WARNING,
    "SecureString converted back to plain text", NULL, S_needles_reveal, S_check_reveal};
static const psa_rule S_env = {
    "PSA311", "secret-from-environment", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_WARNING,
    "Password or secret read from an environment variable into a credential, or stored in one",
    NULL, S_needles_env, S_check_env};

static const psa_rule S_append_char = {
    "PSA312", "securestring-appendchar-literal", PSA_KIND_PLAINTEXT_PASSWORD, PSA_SEV_ERROR,
    "SecureString built with AppendChar from characters written in the script", NULL,
    S_needles_append, S_check_append_char};
static const psa_rule S_param_plaintext = {
    "PSA313", "plaintext-password-parameter", PSA_KIND_PLAINTEXT_PASSWORD, PSA_SEV_WARNING,
    "Password or credential parameter that takes a plain string ([string], [object] or no type)",
    NULL, S_needles_param, S_check_param_plaintext};
static const psa_rule S_getcred_unattended = {
    "PSA314", "get-credential-unattended", PSA_KIND_CREDENTIAL_CONNECT, PSA_SEV_INFO,
    "Get-Credential in a script that runs unattended (runbook, Azure Functions, background job)",
    NULL, S_needles_getcred, S_check_getcredential};

static const psa_rule S_dpapi_file = {
    "PSA315", "dpapi-password-file", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_INFO,
    "Credential built from a password file decrypted with ConvertTo-SecureString (Windows DPAPI, "
    "no key)",
    NULL, S_needles_dpapi, S_check_dpapi_file};
static const psa_rule S_netcred = {
    "PSA316", "network-credential-plaintext", PSA_KIND_PLAINTEXT_CONVERSION, PSA_SEV_WARNING,
    "NetworkCredential built from a plain-text password (Read-Host, environment, string "
    "parameter)",
    NULL, S_needles_netcred, S_check_netcred};
static const psa_rule S_credman = {
    "PSA317", "credential-manager", PSA_KIND_STORED_CREDENTIAL, PSA_SEV_INFO,
    "Password read from Windows Credential Manager (Get-StoredCredential)", NULL,
    S_needles_credman, S_check_credman};

const psa_rule *const psa_rules_credentials[] = {
    &S_ctss_literal, &S_ctss_file,    &S_ctss_other, &S_cred_literal,    &S_cred_file,
    &S_key,          &S_clixml,       &S_defaults,   &S_secret_names,    &S_reveal,
    &S_env,          &S_append_char,  &S_param_plaintext, &S_getcred_unattended,
    &S_dpapi_file,   &S_netcred,      &S_credman,   NULL};

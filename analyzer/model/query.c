/* Questions rules ask the model: bound arguments, constant values, where a
 * value comes from. Every walk here is bounded (depth and count) so cyclic
 * assignments ($a = $b; $b = $a) cannot loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/internal.h"

#define PSA_FOLD_DEPTH 24

const psa_arg *psa_command_arg(const psa_command *cmd, const char *param) {
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (a->via == PSA_BIND_UNBOUND || a->match == PSA_PARAM_AMBIGUOUS || !a->param) continue;
    if (!psa_strcasecmp(a->param, param)) return a;
  }
  return NULL;
}

bool psa_command_switch(const psa_model *m, const psa_command *cmd, const char *param) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a) return false;
  if (!a->value) return true;
  const psa_value *prods[4];
  uint32_t n = psa_value_producers(m, a->value, prods, 4);
  for (uint32_t i = 0; i < n; i++)
    if (prods[i]->kind == PSA_V_BOOL) return prods[i]->truth;
  return true; /* -Switch:$x with $x unknown: assume on */
}

static const char *S_arg_string(const psa_model *m, const psa_command *cmd, const char *param) {
  const psa_arg *a = psa_command_arg(cmd, param);
  return a && a->value ? psa_value_string(m, a->value) : NULL;
}

bool psa_command_is(const psa_command *cmd, const char *name) {
  if (cmd->local_function || !cmd->name) return false;
  /* every rule asks every command: most answers are a first letter away */
  unsigned char a = (unsigned char)cmd->name[0], b = (unsigned char)name[0];
  if ((a | 0x20) != (b | 0x20)) return false;
  return !psa_strcasecmp(cmd->name, name);
}

bool psa_new_object(const psa_model *m, const psa_command *cmd, const char **type, bool *plain) {
  *type = NULL;
  *plain = false;
  if (!psa_command_is(cmd, "New-Object")) return false;
  const psa_arg *t = psa_command_arg(cmd, "TypeName");
  *type = t && t->value ? psa_value_string(m, t->value) : NULL;
  if (!*type) return cmd->arg_count > 0;
  *plain = cmd->arg_count == 1 && t->value->literal && !cmd->pipeline_input;
  return true;
}

/* ---- folding ---------------------------------------------------------- */

static bool S_fold(const psa_model *m, const psa_value *v, psa_buf *out, int depth);

/* Folds a variable once and caches the result on it, so chains of
 * assignments cost linear time; a variable met again while its own value is
 * being folded ($x = $x + 'a') is not constant. */
static bool S_fold_var(const psa_model *m, const psa_value *v, psa_buf *out, int depth) {
  psa_variable *var = psa_value_var(v);
  if (!var || var->is_parameter || var->is_foreach || var->assign_count == 0) return false;
  if (var->fold_state == 1) {
    psa_buf_puts(out, var->folded);
    return true;
  }
  if (var->fold_state) return false;
  var->fold_state = 3;
  /* every assignment must fold to the same string */
  psa_buf first;
  psa_buf_init(&first);
  bool ok = true;
  for (uint32_t i = 0; i < var->assign_count && ok; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->append) {
      ok = false;
      break;
    }
    psa_buf cur;
    psa_buf_init(&cur);
    if (!S_fold(m, a->value, &cur, depth + 1)) ok = false;
    else if (i == 0) {
      psa_buf_append(&first, cur.data ? cur.data : "", cur.len);
    } else if (cur.len != first.len || (cur.len && memcmp(cur.data, first.data, cur.len))) {
      ok = false;
    }
    psa_buf_free(&cur);
  }
  if (ok) {
    psa_model_impl *impl = m->impl;
    var->folded = psa_arena_strndup(&impl->arena, first.data ? first.data : "", first.len);
    psa_buf_puts(out, var->folded);
  }
  var->fold_state = ok ? 1 : 2;
  psa_buf_free(&first);
  return ok;
}

/* .NET composite format: {0}, {1,-10:fmt}; {{ and }} are literal braces. */
static bool S_format(const psa_model *m, const psa_value *fmt, const psa_value *args,
                     psa_buf *out, int depth) {
  psa_buf f;
  psa_buf_init(&f);
  if (!S_fold(m, fmt, &f, depth + 1)) {
    psa_buf_free(&f);
    return false;
  }
  const psa_value *const *items = (const psa_value *const *)&args;
  uint32_t count = 1;
  if (args->kind == PSA_V_ARRAY) {
    items = (const psa_value *const *)args->items;
    count = args->item_count;
  }
  bool ok = true;
  const char *p = f.data ? f.data : "";
  while (*p && ok) {
    if (p[0] == '{' && p[1] == '{') {
      psa_buf_putc(out, '{');
      p += 2;
    } else if (p[0] == '}' && p[1] == '}') {
      psa_buf_putc(out, '}');
      p += 2;
    } else if (p[0] == '{') {
      char *end;
      long idx = strtol(p + 1, &end, 10);
      if (end == p + 1 || idx < 0 || (uint32_t)idx >= count) {
        ok = false;
        break;
      }
      const char *close = strchr(end, '}');
      if (!close || close != end) { /* alignment or format spec: not folded */
        ok = false;
        break;
      }
      ok = S_fold(m, items[idx], out, depth + 1);
      p = close + 1;
    } else {
      psa_buf_putc(out, *p++);
    }
  }
  psa_buf_free(&f);
  return ok;
}

static bool S_fold(const psa_model *m, const psa_value *v, psa_buf *out, int depth) {
  if (!v || depth > PSA_FOLD_DEPTH) return false;
  switch (v->kind) {
    case PSA_V_STRING:
    case PSA_V_NUMBER:
      psa_buf_append(out, v->str, strlen(v->str));
      return true;
    case PSA_V_BOOL:
      psa_buf_puts(out, v->truth ? "True" : "False");
      return true;
    case PSA_V_NULL:
      return true;
    case PSA_V_VARIABLE:
      return S_fold_var(m, v, out, depth);
    case PSA_V_INTERP:
      for (uint32_t i = 0; i < v->item_count; i++)
        if (!S_fold(m, v->items[i], out, depth + 1)) return false;
      return true;
    case PSA_V_CAST: {
      char buf[64];
      const char *t = psa_type_normalize(v->str, buf, sizeof(buf));
      if (!strcmp(t, "string") || !strcmp(t, "uri")) return S_fold(m, v->base, out, depth + 1);
      return false;
    }
    case PSA_V_NEW_OBJECT: {
      /* [System.Uri]::new('...') */
      if (psa_type_is(v->str, "System.Uri") && v->item_count == 1)
        return S_fold(m, v->items[0], out, depth + 1);
      return false;
    }
    case PSA_V_STATIC_CALL:
      if (!strcmp(v->str, "-f") && v->item_count == 2)
        return S_format(m, v->items[0], v->items[1], out, depth);
      if (!strcmp(v->str, "-join") && v->item_count >= 1) {
        const psa_value *arr = v->items[0];
        psa_buf sep;
        psa_buf_init(&sep);
        if (v->item_count == 2 && !S_fold(m, v->items[1], &sep, depth + 1)) {
          psa_buf_free(&sep);
          return false;
        }
        bool ok = true;
        if (arr->kind == PSA_V_ARRAY) {
          for (uint32_t i = 0; i < arr->item_count && ok; i++) {
            if (i && sep.len) psa_buf_append(out, sep.data, sep.len);
            ok = S_fold(m, arr->items[i], out, depth + 1);
          }
        } else {
          ok = S_fold(m, arr, out, depth + 1);
        }
        psa_buf_free(&sep);
        return ok;
      }
      return false;
    default:
      return false;
  }
}

const char *psa_value_string(const psa_model *m, const psa_value *v) {
  if (!v) return NULL;
  if (v->kind == PSA_V_STRING) return v->str;
  psa_buf b;
  psa_buf_init(&b);
  if (!S_fold(m, v, &b, 0)) {
    psa_buf_free(&b);
    return NULL;
  }
  psa_model_impl *impl = m->impl;
  char *s = psa_arena_strndup(&impl->arena, b.data ? b.data : "", b.len);
  psa_buf_free(&b);
  return s;
}

static void S_literals(const psa_model *m, const psa_value *v, psa_span *out, uint32_t max,
                       uint32_t *n, int depth) {
  if (!v || depth > PSA_FOLD_DEPTH || *n >= max) return;
  switch (v->kind) {
    case PSA_V_STRING:
    case PSA_V_NUMBER:
      if (*n < max) out[(*n)++] = v->span;
      return;
    case PSA_V_VARIABLE: {
      psa_variable *var = psa_value_var(v);
      if (!var || var->is_parameter || var->literal_walk) return;
      var->literal_walk = true;
      for (uint32_t i = 0; i < var->assign_count; i++)
        S_literals(m, var->assigns[i].value, out, max, n, depth + 1);
      var->literal_walk = false;
      return;
    }
    case PSA_V_CAST:
      S_literals(m, v->base, out, max, n, depth + 1);
      return;
    case PSA_V_INTERP:
    case PSA_V_STATIC_CALL:
    case PSA_V_NEW_OBJECT:
    case PSA_V_ARRAY:
      for (uint32_t i = 0; i < v->item_count; i++)
        S_literals(m, v->items[i], out, max, n, depth + 1);
      return;
    default:
      return;
  }
}

uint32_t psa_value_literals(const psa_model *m, const psa_value *v, psa_span *out, uint32_t max) {
  uint32_t n = 0;
  S_literals(m, v, out, max, &n, 0);
  return n;
}

/* ---- producers -------------------------------------------------------- */

typedef struct {
  const psa_value **out;
  uint32_t max, n;
  const psa_value *seen[64];
  uint32_t seen_count;
  uint32_t budget; /* steps left: keeps pathological scripts linear */
} S_prod;

#define PSA_PRODUCER_BUDGET 256

static bool S_seen(S_prod *p, const psa_value *v) {
  if (p->budget == 0) return true;
  p->budget--;
  for (uint32_t i = 0; i < p->seen_count; i++)
    if (p->seen[i] == v) return true;
  if (p->seen_count < 64) p->seen[p->seen_count++] = v;
  return false;
}

static void S_emit(S_prod *p, const psa_value *v) {
  for (uint32_t i = 0; i < p->n; i++)
    if (p->out[i] == v) return;
  if (p->n < p->max) p->out[p->n++] = v;
}

static void S_producers(const psa_model *m, const psa_value *v, S_prod *p, int depth);

/* $h.Key / $h['Key'] where $h holds a hashtable: the entry's value. */
static bool S_member_of_hash(const psa_model *m, const psa_value *v, S_prod *p, int depth) {
  const char *key = NULL;
  if (v->kind == PSA_V_MEMBER) key = psa_value_member(v);
  else if (v->kind == PSA_V_INDEX && v->item_count) key = psa_value_string(m, v->items[0]);
  if (!key || !v->base) return false;
  const psa_value *bases[8];
  S_prod bp = {bases, 8, 0, {0}, 0, p->budget};
  S_producers(m, v->base, &bp, depth + 1);
  bool found = false;
  for (uint32_t i = 0; i < bp.n; i++) {
    const psa_value *b = bases[i];
    if (b->kind != PSA_V_HASH) continue;
    for (uint32_t k = 0; k < b->entry_count; k++)
      if (psa_value_entries(b)[k].key && !psa_strcasecmp(psa_value_entries(b)[k].key, key)) {
        S_producers(m, psa_value_entries(b)[k].value, p, depth + 1);
        found = true;
      }
  }
  if (v->base->kind == PSA_V_VARIABLE && psa_value_var(v->base)) {
    const psa_variable *var = psa_value_var(v->base);
    for (uint32_t k = 0; k < var->entry_count; k++)
      if (!psa_strcasecmp(var->entries[k].key, key)) {
        S_producers(m, var->entries[k].value, p, depth + 1);
        found = true;
      }
  }
  return found;
}

/* The function a command calls when it is one the script (or a file it
 * dot-sources) defines; the last definition wins, as in PowerShell. */
static const psa_function *S_function_named(const psa_model *m, const char *name, int depth,
                                            bool own) {
  if (!name || depth > 8) return NULL;
  const psa_function *found = NULL;
  for (uint32_t i = 0; i < m->import_count && !found; i++)
    found = S_function_named(m->imports[i], name, depth + 1, true);
  for (uint32_t i = m->function_count; own && i > 0; i--)
    if (m->functions[i - 1].name && !psa_strcasecmp(m->functions[i - 1].name, name))
      return &m->functions[i - 1];
  return found;
}

static void S_producers(const psa_model *m, const psa_value *v, S_prod *p, int depth) {
  if (!v || depth > PSA_FOLD_DEPTH || S_seen(p, v)) return;
  switch (v->kind) {
    case PSA_V_COMMAND: {
      /* a call of the script's own function: what the function outputs
       * (a session, a credential, a URI) comes to the caller */
      S_emit(p, v);
      const psa_command *cmd = psa_value_cmd(v);
      if (!cmd || cmd->dynamic || (!cmd->local_function && cmd->info)) return;
      /* the binder decided whether the file's own function is defined by
       * then (local_function); a dot-sourced file's functions resolve only
       * names that are no cmdlet */
      const psa_function *f = S_function_named(m, cmd->name, 0, cmd->local_function);
      for (uint32_t i = 0; f && i < f->return_count; i++)
        S_producers(m, f->returns[i], p, depth + 1);
      return;
    }
    case PSA_V_VARIABLE: {
      const psa_variable *var = psa_value_var(v);
      if (!var || var->is_parameter || var->is_foreach || var->assign_count == 0) {
        S_emit(p, v);
        if (var && var->is_parameter && var->param_default)
          S_producers(m, var->param_default, p, depth + 1);
        return;
      }
      for (uint32_t i = 0; i < var->assign_count; i++)
        S_producers(m, var->assigns[i].value, p, depth + 1);
      return;
    }
    case PSA_V_CAST: {
      char buf[64];
      const char *t = psa_type_normalize(v->str, buf, sizeof(buf));
      if (!strcmp(t, "string") || !strcmp(t, "uri") || !strcmp(t, "securestring") ||
          !strcmp(t, "psobject") || !strcmp(t, "object")) {
        S_producers(m, v->base, p, depth + 1);
        return;
      }
      S_emit(p, v);
      return;
    }
    case PSA_V_MEMBER:
    case PSA_V_INDEX:
      if (S_member_of_hash(m, v, p, depth)) return;
      S_emit(p, v);
      return;
    default:
      S_emit(p, v);
      return;
  }
}

uint32_t psa_value_producers(const psa_model *m, const psa_value *v, const psa_value **out,
                             uint32_t max) {
  S_prod p = {out, max, 0, {0}, 0, PSA_PRODUCER_BUDGET};
  S_producers(m, v, &p, 0);
  return p.n;
}

/* ---- types ------------------------------------------------------------ */

const char *psa_type_normalize(const char *type, char *buf, size_t buflen) {
  if (!type) type = "";
  const char *t = type;
  if (psa_has_prefix_ci(t, strlen(t), "System.Management.Automation.")) t += 29;
  else if (psa_has_prefix_ci(t, strlen(t), "System.")) t += 7;
  size_t n = strlen(t);
  if (n >= buflen) n = buflen - 1;
  for (size_t i = 0; i < n; i++) {
    char ch = t[i];
    buf[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
  }
  buf[n] = '\0';
  if (!strcmp(buf, "pscredential")) return "pscredential";
  if (!strcmp(buf, "security.securestring")) return "securestring";
  return buf;
}

bool psa_type_is(const char *written, const char *full_name) {
  char a[160], b[160];
  const char *x = psa_type_normalize(written, a, sizeof(a));
  const char *y = psa_type_normalize(full_name, b, sizeof(b));
  return !strcmp(x, y);
}

static const char *const S_credential_types[] = {
    "System.Management.Automation.PSCredential",
    "System.Net.NetworkCredential",
    "Microsoft.Exchange.WebServices.Data.WebCredentials",
    "Microsoft.SharePoint.Client.SharePointOnlineCredentials",
    NULL};

const char *psa_object_type(const psa_model *m, const psa_value *v, const psa_value *const **args,
                            uint32_t *count) {
  if (args) *args = NULL;
  if (count) *count = 0;
  if (!v) return NULL;
  if (v->kind == PSA_V_NEW_OBJECT) {
    if (args) *args = (const psa_value *const *)v->items;
    if (count) *count = v->item_count;
    return v->str;
  }
  if (v->kind == PSA_V_COMMAND && psa_command_is(psa_value_cmd(v), "New-Object")) {
    const char *type = S_arg_string(m, psa_value_cmd(v), "TypeName");
    const psa_arg *al = psa_command_arg(psa_value_cmd(v), "ArgumentList");
    if (al && al->value) {
      if (al->value->kind == PSA_V_ARRAY) {
        if (args) *args = (const psa_value *const *)al->value->items;
        if (count) *count = al->value->item_count;
      } else {
        if (args) *args = (const psa_value *const *)&al->value;
        if (count) *count = 1;
      }
    }
    return type;
  }
  return NULL;
}

bool psa_credential_parts(const psa_model *m, const psa_value *v, const psa_value **user,
                          const psa_value **password) {
  const psa_value *const *items;
  uint32_t count;
  const char *type = psa_object_type(m, v, &items, &count);
  if (!type) return false;
  bool cred = false;
  for (int i = 0; S_credential_types[i]; i++)
    if (psa_type_is(type, S_credential_types[i])) cred = true;
  if (!cred) return false;
  /* New-Object T -ArgumentList $u,$p arrives as one array argument */
  if (count == 1 && items[0]->kind == PSA_V_ARRAY) {
    count = items[0]->item_count;
    items = (const psa_value *const *)items[0]->items;
  }
  *user = count > 0 ? items[0] : NULL;
  *password = count > 1 ? items[1] : NULL;
  return true;
}

/* ---- origins ---------------------------------------------------------- */

const char *psa_origin_kind_name(psa_origin_kind k) {
  static const char *const names[] = {
      "literal",  "prompt",       "read-host", "read-host-secure", "file",
      "clixml",   "secret-store", "automation-credential", "credential-manager",
      "environment", "parameter", "securestring", "credential", "command", "unknown"};
  return (unsigned)k < sizeof(names) / sizeof(names[0]) ? names[k] : "unknown";
}

/* Commands whose output is their pipeline input, reshaped. */
static bool S_passthrough(const psa_command *c) {
  static const char *const names[] = {"ConvertFrom-Json", "Select-Object", "Where-Object",
                                      "ForEach-Object", "Out-String", "Sort-Object",
                                      "ConvertFrom-Csv", "Select-String", "Tee-Object", NULL};
  for (int i = 0; names[i]; i++)
    if (psa_command_is(c, names[i])) return true;
  return false;
}

/* One origins query: a visited set and a step budget shared by the whole
 * walk, so every value is classified at most once. */
typedef struct {
  const psa_value *seen[128];
  uint32_t seen_count;
  uint32_t budget;
} S_walk;

static _Thread_local S_walk *S_cur_walk;

static bool S_walk_seen(const psa_value *v) {
  S_walk *w = S_cur_walk;
  if (!w) return false;
  if (w->budget == 0) return true;
  w->budget--;
  for (uint32_t i = 0; i < w->seen_count; i++)
    if (w->seen[i] == v) return true;
  if (w->seen_count < 128) w->seen[w->seen_count++] = v;
  return false;
}

static void S_origins(const psa_model *m, const psa_value *v, psa_origin *out, uint32_t max,
                      uint32_t *n, int depth);

static void S_add_origin(psa_origin *out, uint32_t max, uint32_t *n, psa_origin_kind k,
                         const psa_value *v, const psa_command *cmd) {
  if (*n >= max) return;
  for (uint32_t i = 0; i < *n; i++)
    if (out[i].value == v && out[i].kind == k) return;
  out[(*n)++] = (psa_origin){k, v, cmd, v->span};
}

/* The host's credential prompt asks the person at the console like
 * Get-Credential (PSHostUserInterface.PromptForCredential). */
bool psa_value_is_host_prompt(const psa_value *v) {
  if (v->kind != PSA_V_METHOD_CALL || !psa_value_member(v) ||
      psa_strcasecmp(psa_value_member(v), "PromptForCredential"))
    return false;
  const psa_value *ui = v->base;
  if (!ui || ui->kind != PSA_V_MEMBER || !psa_value_member(ui) || psa_strcasecmp(psa_value_member(ui), "UI"))
    return false;
  const psa_value *host = ui->base;
  return host && host->kind == PSA_V_VARIABLE && host->str && !psa_strcasecmp(host->str, "Host");
}

static void S_origin_of(const psa_model *m, const psa_value *v, psa_origin *out, uint32_t max,
                        uint32_t *n, int depth) {
  switch (v->kind) {
    case PSA_V_STRING:
    case PSA_V_NUMBER:
      S_add_origin(out, max, n, PSA_ORIGIN_LITERAL, v, NULL);
      return;
    case PSA_V_INTERP:
      if (psa_value_string(m, v)) {
        S_add_origin(out, max, n, PSA_ORIGIN_LITERAL, v, NULL);
        return;
      }
      for (uint32_t i = 0; i < v->item_count; i++)
        if (v->items[i]->kind != PSA_V_STRING) S_origins(m, v->items[i], out, max, n, depth + 1);
      return;
    case PSA_V_ENV:
      S_add_origin(out, max, n, PSA_ORIGIN_ENV, v, NULL);
      return;
    case PSA_V_VARIABLE:
      S_add_origin(out, max, n,
                   psa_value_var(v) && psa_value_var(v)->is_parameter ? PSA_ORIGIN_PARAMETER
                                                                      : PSA_ORIGIN_UNKNOWN,
                   v, NULL);
      return;
    case PSA_V_COMMAND: {
      const psa_command *c = psa_value_cmd(v);
      psa_origin_kind k = PSA_ORIGIN_COMMAND;
      if (psa_command_is(c, "Get-Credential")) k = PSA_ORIGIN_PROMPT;
      else if (psa_command_is(c, "Read-Host"))
        k = psa_command_switch(m, c, "AsSecureString") ? PSA_ORIGIN_READ_HOST_SECURE
                                                       : PSA_ORIGIN_READ_HOST;
      else if (psa_command_is(c, "Get-Content") || psa_command_is(c, "Import-Csv"))
        k = PSA_ORIGIN_FILE;
      else if (psa_command_is(c, "Import-Clixml")) k = PSA_ORIGIN_CLIXML;
      else if (psa_command_is(c, "Get-Secret") || psa_command_is(c, "Get-AzKeyVaultSecret"))
        k = PSA_ORIGIN_SECRET_STORE;
      else if (psa_command_is(c, "Get-AutomationPSCredential")) k = PSA_ORIGIN_AUTOMATION;
      else if (!c->local_function && !psa_strcasecmp(c->name, "Get-StoredCredential"))
        k = PSA_ORIGIN_CREDENTIAL_MANAGER;
      else if (psa_command_is(c, "ConvertTo-SecureString")) k = PSA_ORIGIN_SECURESTRING;
      else if (psa_command_is(c, "New-Object")) {
        const psa_value *u, *p;
        if (psa_credential_parts(m, v, &u, &p)) k = PSA_ORIGIN_CREDENTIAL;
      } else if (S_passthrough(c) && c->pipeline_input) {
        S_origins(m, c->pipeline_input, out, max, n, depth + 1);
        return;
      }
      S_add_origin(out, max, n, k, v, c);
      return;
    }
    case PSA_V_NEW_OBJECT: {
      const psa_value *u, *p;
      if (psa_credential_parts(m, v, &u, &p)) {
        S_add_origin(out, max, n, PSA_ORIGIN_CREDENTIAL, v, NULL);
        return;
      }
      S_add_origin(out, max, n, PSA_ORIGIN_UNKNOWN, v, NULL);
      return;
    }
    case PSA_V_STATIC_CALL: {
      const char *t = v->str ? v->str : "";
      const char *mb = psa_value_member(v) ? psa_value_member(v) : "";
      if ((psa_type_is(t, "System.IO.File") || psa_type_is(t, "IO.File")) &&
          psa_has_prefix_ci(mb, strlen(mb), "ReadAll")) {
        S_add_origin(out, max, n, PSA_ORIGIN_FILE, v, NULL);
        return;
      }
      if (psa_type_is(t, "System.Environment") && !psa_strcasecmp(mb, "GetEnvironmentVariable")) {
        S_add_origin(out, max, n, PSA_ORIGIN_ENV, v, NULL);
        return;
      }
      if (!strcmp(t, "-f") || !strcmp(t, "-join")) {
        if (psa_value_string(m, v)) {
          S_add_origin(out, max, n, PSA_ORIGIN_LITERAL, v, NULL);
          return;
        }
        for (uint32_t i = 0; i < v->item_count; i++) S_origins(m, v->items[i], out, max, n, depth + 1);
        return;
      }
      S_add_origin(out, max, n, PSA_ORIGIN_UNKNOWN, v, NULL);
      return;
    }
    case PSA_V_CAST:
    case PSA_V_MEMBER:
    case PSA_V_INDEX:
    case PSA_V_METHOD_CALL:
      /* $Host.UI.PromptForCredential(...) shows the same credential prompt
       * as Get-Credential (PSHostUserInterface.PromptForCredential) */
      if (psa_value_is_host_prompt(v)) {
        S_add_origin(out, max, n, PSA_ORIGIN_PROMPT, v, NULL);
        return;
      }
      /* [xml](Get-Content f), $cfg.Password, $x.ToString(): where the base came from */
      if (v->base) {
        S_origins(m, v->base, out, max, n, depth + 1);
        return;
      }
      S_add_origin(out, max, n, PSA_ORIGIN_UNKNOWN, v, NULL);
      return;
    default:
      S_add_origin(out, max, n, PSA_ORIGIN_UNKNOWN, v, NULL);
      return;
  }
}

static void S_origins(const psa_model *m, const psa_value *v, psa_origin *out, uint32_t max,
                      uint32_t *n, int depth) {
  if (!v || depth > PSA_FOLD_DEPTH || S_walk_seen(v)) return;
  const psa_value *prods[32];
  uint32_t np = psa_value_producers(m, v, prods, 32);
  for (uint32_t i = 0; i < np; i++)
    if (prods[i] == v || !S_walk_seen(prods[i])) S_origin_of(m, prods[i], out, max, n, depth);
}

uint32_t psa_value_origins(const psa_model *m, const psa_value *v, psa_origin *out, uint32_t max) {
  uint32_t n = 0;
  S_walk w = {{0}, 0, 1024};
  S_walk *saved = S_cur_walk; /* origins may nest through psa_command_switch */
  S_cur_walk = &w;
  S_origins(m, v, out, max, &n, 0);
  S_cur_walk = saved;
  return n;
}

uint32_t psa_variable_reads(const psa_model *m, const psa_variable *v, psa_span *out, uint32_t max) {
  const psa_model_impl *impl = m->impl;
  uint32_t n = 0;
  for (uint32_t i = 0; i < impl->ref_count; i++) {
    const psa_var_ref *r = &impl->refs[i];
    if (psa_value_var(r->value) != v) continue;
    if (n < max) out[n] = r->value->span;
    n++;
  }
  return n;
}

uint32_t psa_model_var_reads(const psa_model *m, psa_var_read *out, uint32_t max) {
  const psa_model_impl *impl = m->impl;
  uint32_t n = 0;
  for (uint32_t i = 0; i < impl->ref_count; i++) {
    const psa_var_ref *r = &impl->refs[i];
    if (!r->value->str) continue;
    if (n < max) out[n] = (psa_var_read){r->value->str, r->value->span, r->scope, psa_value_var(r->value)};
    n++;
  }
  return n;
}

uint32_t psa_model_unassigned_reads(const psa_model *m, const char **names, psa_span *spans,
                                    uint32_t max) {
  const psa_model_impl *impl = m->impl;
  uint32_t n = 0;
  for (uint32_t i = 0; i < impl->ref_count && n < max; i++) {
    const psa_var_ref *r = &impl->refs[i];
    const psa_variable *v = psa_value_var(r->value);
    if (v && (v->is_parameter || v->is_foreach || v->entry_count)) continue;
    /* "$s = $null" alone (a reset before connecting) assigns nothing to read */
    bool assigned = false;
    for (uint32_t a = 0; v && a < v->assign_count && !assigned; a++)
      assigned = !v->assigns[a].value || v->assigns[a].value->kind != PSA_V_NULL;
    if (assigned) continue;
    names[n] = r->value->str;
    spans[n] = r->value->span;
    n++;
  }
  return n;
}

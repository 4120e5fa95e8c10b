/* The retired modules' connection probes (graph_probe.h). The AzureAD
 * module keeps its tokens in
 * [Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens, null
 * or empty until Connect-AzureAD; Microsoft Graph PowerShell's Get-MgContext
 * returns nothing until Connect-MgGraph (docs/migration-graph.md, sources).
 * So "no tokens" is "no context", and the rewrite keeps each test's truth
 * value. Only the exact forms below are rewritten; any other mention of the
 * old modules' types would be left pointing at an assembly that is gone. */
#include "rules/graph_probe.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "rules/graph_migrate.h"
#include "rules/graphmap.h"

static const char S_session[] = "[Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens";
static const char S_no_context[] = "$null -eq (Get-MgContext)";
static const char S_context[] = "$null -ne (Get-MgContext)";

/* The retired modules' namespaces (as plan.c's exception types), and the
 * types another rewrite already replaces or refuses (graph_license.c,
 * graph_pwdprofile.c count every mention of theirs). */
static const char *const S_namespaces[] = {"Microsoft.Open.", "Microsoft.Online.Administration.", NULL};
static const char *const S_handled[] = {"Microsoft.Open.AzureAD.Model.AssignedLicense",
                                        "Microsoft.Open.AzureAD.Model.PasswordProfile",
                                        "Microsoft.Online.Administration.StrongAuthenticationRequirement", NULL};

/* The connection commands whose availability a Get-Command probe tests. */
static const char *const S_connects[] = {"Connect-AzureAD", "Connect-MsolService", NULL};

/* 1 where the text is code: not in a comment or a string literal (a
 * subexpression inside a double-quoted string counts as string). */
static unsigned char *S_code_mask(const char *t, uint32_t len) {
  unsigned char *m = calloc(len ? len : 1, 1);
  if (!m) return NULL;
  uint32_t i = 0;
  while (i < len) {
    char c = t[i];
    bool start = !i || isspace((unsigned char)t[i - 1]) || strchr(";(){}|", t[i - 1]);
    if (c == '<' && i + 1 < len && t[i + 1] == '#') {
      const char *e = psa_find_ci(t + i + 2, len - i - 2, "#>");
      i = e ? (uint32_t)(e - t) + 2 : len;
    } else if (c == '#' && start) {
      while (i < len && t[i] != '\n') i++;
    } else if (c == '@' && i + 1 < len && (t[i + 1] == '"' || t[i + 1] == '\'')) {
      /* here-string: up to a line that starts with the closing quote and @ */
      char q = t[i + 1];
      i += 2;
      while (i < len && !(t[i] == '\n' && i + 2 < len && t[i + 1] == q && t[i + 2] == '@')) i++;
      i = i + 3 < len ? i + 3 : len;
    } else if (c == '\'') {
      for (i++; i < len; i++)
        if (t[i] == '\'' && !(i + 1 < len && t[i + 1] == '\'' && ++i)) break;
      i++;
    } else if (c == '"') {
      for (i++; i < len; i++) {
        if (t[i] == '`') i++;
        else if (t[i] == '"' && !(i + 1 < len && t[i + 1] == '"' && ++i)) break;
      }
      i++;
    } else {
      m[i++] = 1;
    }
  }
  return m;
}

static bool S_word_char(char c) { return isalnum((unsigned char)c) || c == '_' || c == '.'; }

/* Skips spaces and tabs from 'i'. */
static uint32_t S_blank(const char *t, uint32_t len, uint32_t i) {
  while (i < len && (t[i] == ' ' || t[i] == '\t')) i++;
  return i;
}

/* Whether 'word' (case-insensitive) is at 'i' and ends a token there;
 * sets *end past it. */
static bool S_token(const char *t, uint32_t len, uint32_t i, const char *word, uint32_t *end) {
  size_t n = strlen(word);
  if (i + n > len || psa_strncasecmp(t + i, word, n)) return false;
  if (i + n < len && (S_word_char(t[i + n]) || t[i + n] == ':')) return false;
  *end = i + (uint32_t)n;
  return true;
}

/* The test at 'at' (S_session's start) and its replacement: the span of
 * the whole comparison, and whether it is true without a connection.
 * False for any other use of the token cache. */
static bool S_session_test(const char *t, uint32_t len, uint32_t at, psa_span *sp, bool *none) {
  uint32_t e = at + (uint32_t)strlen(S_session);
  bool count = false;
  if (S_token(t, len, e, ".Count", &e)) count = true;
  else if (e < len && S_word_char(t[e])) return false;
  uint32_t o = S_blank(t, len, e), v;
  static const struct {
    const char *op, *operand;
    bool count, none;
  } forms[] = {
      {"-eq", "$null", false, true}, {"-ne", "$null", false, false}, {"-eq", "0", true, true},
      {"-lt", "1", true, true},      {"-gt", "0", true, false},     {"-ne", "0", true, false},
      {"-ge", "1", true, false},
  };
  for (size_t k = 0; k < sizeof(forms) / sizeof(forms[0]); k++) {
    if (forms[k].count != count || !S_token(t, len, o, forms[k].op, &v) || v >= len ||
        (t[v] != ' ' && t[v] != '\t'))
      continue;
    if (!S_token(t, len, S_blank(t, len, v), forms[k].operand, &v)) continue;
    *sp = (psa_span){at, v};
    *none = forms[k].none;
    return true;
  }
  /* $null -eq [..]::AccessTokens / $null -ne [..]::AccessTokens */
  if (count) return false;
  uint32_t b = at;
  while (b && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  if (b < 4 || t[b - 3] != '-' || (t[b - 4] != ' ' && t[b - 4] != '\t')) return false;
  bool eq = !psa_strncasecmp(t + b - 2, "eq", 2), ne = !psa_strncasecmp(t + b - 2, "ne", 2);
  if (!eq && !ne) return false;
  b -= 4;
  while (b && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  if (b < 5 || psa_strncasecmp(t + b - 5, "$null", 5) || (b > 5 && S_word_char(t[b - 6]))) return false;
  *sp = (psa_span){b - 5, e};
  *none = eq;
  return true;
}

/* "A -or B" / "A -and B" with both tests the same: one test. */
static uint32_t S_merge(const char *t, uint32_t len, psa_gprobe_edit *out, uint32_t n, uint32_t first) {
  for (uint32_t k = first; k + 1 < n;) {
    psa_gprobe_edit *a = &out[k], *b = &out[k + 1];
    uint32_t i = S_blank(t, len, a->span.end), e;
    bool joined = (S_token(t, len, i, "-or", &e) || S_token(t, len, i, "-and", &e)) &&
                  S_blank(t, len, e) == b->span.start && e < b->span.start;
    if (joined && !strcmp(a->text, b->text)) {
      a->span.end = b->span.end;
      memmove(b, b + 1, (n - k - 2) * sizeof(*b));
      n--;
    } else {
      k++;
    }
  }
  return n;
}

/* The literal name a Get-Command asks for (its -Name, or its first
 * positional argument: psauth's cmdlet table does not list Get-Command, so
 * that arrives unbound), or NULL. */
static const psa_arg *S_command_name(const psa_model *m, const psa_command *c, const char **name) {
  if (c->in_string || !psa_command_is(c, "Get-Command")) return NULL;
  const psa_arg *a = psa_command_arg(c, "Name");
  for (uint32_t i = 0; !a && i < c->arg_count; i++)
    if (c->args[i].via == PSA_BIND_POSITIONAL || c->args[i].via == PSA_BIND_UNBOUND) a = &c->args[i];
  *name = a && a->value && a->value->literal ? psa_value_string(m, a->value) : NULL;
  return *name ? a : NULL;
}

/* The span of 'word' inside the argument's value, or false. */
static bool S_name_span(const psa_model *m, const psa_arg *a, const char *word, const char *text, uint32_t len,
                        psa_span *name) {
  psa_span v = a->value->span;
  if (v.end > len + m->base || v.start < m->base) return false;
  const char *at = psa_find_ci(text + v.start - m->base, v.end - v.start, word);
  if (!at) return false;
  uint32_t o = (uint32_t)(at - text);
  *name = (psa_span){o + m->base, o + m->base + (uint32_t)strlen(word)};
  return true;
}

/* A Get-Command probe of a connection the fix rewrites: the name's span. */
static bool S_command_probe(const psa_model *m, const psa_command *c, bool azuread, bool msol,
                            const char *text, uint32_t len, psa_span *name) {
  const char *s;
  const psa_arg *a = S_command_name(m, c, &s);
  if (!a) return false;
  for (int i = 0; S_connects[i]; i++) {
    if (psa_strcasecmp(s, S_connects[i]) || (i == 0 && !azuread) || (i == 1 && !msol)) continue;
    return S_name_span(m, a, S_connects[i], text, len, name);
  }
  return false;
}

/* if (Get-Command Get-AzureADMSGroup -ErrorAction SilentlyContinue) { ... }:
 * a probe of one of the migrated module's cmdlets is false once the module
 * is gone, so the branch it guards changes. The probe asks for the cmdlet
 * the map rewrites that one to (Get-Command Get-MgGroup), which the
 * rewritten script has exactly when it can make the rewritten calls; a
 * cmdlet the map gives no Graph (or, with --target entra, Entra) form has
 * no such probe: *why says so. Returns whether 'c' is such a probe. */
static bool S_cmdlet_probe(psa_rule_ctx *ctx, const psa_command *c, bool azuread, bool msol, psa_span *name,
                           const char **to, const char **why) {
  const psa_model *m = ctx->model;
  const char *s;
  const psa_arg *a = S_command_name(m, c, &s);
  const psa_gm_cmdlet *map = a ? psa_graphmap_find(s) : NULL;
  if (!map || !map->module) return false;
  bool is_msol = !psa_strcasecmp(map->module, "MSOnline");
  if (is_msol ? !msol : !azuread) return false;
  if (!S_name_span(m, a, s, ctx->src->text, (uint32_t)ctx->src->text_len, name)) return false;
  bool entra = psa_graph_target_entra(ctx);
  *to = entra ? map->entra : map->graph;
  if (!*to)
    *why = psa_ctx_printf(ctx, "Get-Command %s (line %u) tests for a cmdlet of the %s module that has no %s "
                          "form, so what it guards must be decided by hand", s, psa_line_of(ctx, c->span.start), map->module,
                          entra ? "Microsoft Entra PowerShell" : "Microsoft Graph PowerShell");
  return true;
}

/* Whether offset 'o' is in a catch clause's type list (plan.c decides
 * those catches). */
static bool S_in_catch_types(const psa_model *m, uint32_t o) {
  for (uint32_t i = 0; i < m->catch_count; i++)
    if (m->catches[i].types.end && o >= m->catches[i].types.start && o < m->catches[i].types.end)
      return true;
  return false;
}

/* Whether the type name at 'o' is written as a type: [T], New-Object T,
 * -TypeName T. */
static bool S_type_position(const char *t, uint32_t o) {
  if (o && t[o - 1] == '[') return true;
  uint32_t b = o;
  while (b && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  if (b == o) return false;
  return (b >= 10 && !psa_strncasecmp(t + b - 10, "New-Object", 10)) ||
         (b >= 9 && !psa_strncasecmp(t + b - 9, "-TypeName", 9));
}

const char *psa_gprobe_scan(psa_rule_ctx *ctx, bool azuread, bool msol, psa_gprobe_edit *out,
                            uint32_t max, uint32_t *n) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t len = (uint32_t)ctx->src->text_len;
  *n = 0;
  const char *cmd_why = NULL;
  for (uint32_t i = 0; i < m->command_count && *n < max; i++) {
    psa_span name;
    const char *to = NULL;
    if (S_command_probe(m, m->commands[i], azuread, msol, t, len, &name))
      to = "Connect-MgGraph";
    else if (!cmd_why && S_cmdlet_probe(ctx, m->commands[i], azuread, msol, &name, &to, &cmd_why) && !to)
      continue;
    if (to)
      out[(*n)++] = (psa_gprobe_edit){name, to,
                                      psa_ctx_printf(ctx, "Get-Command %.*s", (int)(name.end - name.start),
                                                     t + name.start - m->base),
                                      m->commands[i]};
  }
  if (cmd_why) return cmd_why;
  unsigned char *code = S_code_mask(t, len);
  if (!code) return NULL;
  uint32_t tests = *n;
  const char *why = NULL;
  for (uint32_t o = 0; o < len && !why; o++) {
    if (!code[o] || (t[o] != 'M' && t[o] != 'm') || (o && S_word_char(t[o - 1]))) continue;
    const char *ns = NULL;
    for (int k = 0; S_namespaces[k] && !ns; k++)
      if (!psa_strncasecmp(t + o, S_namespaces[k], strlen(S_namespaces[k]))) ns = S_namespaces[k];
    if (!ns || !S_type_position(t, o) || S_in_catch_types(m, o + m->base)) continue;
    bool handled = false;
    for (int k = 0; S_handled[k] && !handled; k++)
      handled = !psa_strncasecmp(t + o, S_handled[k], strlen(S_handled[k]));
    if (handled) continue;
    psa_span sp;
    bool none;
    if (azuread && o && !psa_strncasecmp(t + o - 1, S_session, strlen(S_session)) &&
        S_session_test(t, len, o - 1, &sp, &none) && *n < max) {
      out[(*n)++] = (psa_gprobe_edit){{sp.start + m->base, sp.end + m->base},
                                      none ? S_no_context : S_context,
                                      "AzureAD's AzureSession::AccessTokens", NULL};
      o = sp.end;
      continue;
    }
    uint32_t e = o;
    while (e < len && S_word_char(t[e])) e++;
    while (e > o && t[e - 1] == '.') e--;
    why = psa_ctx_printf(ctx,
                         "line %u uses the %s type %.*s, which is gone with the module and which "
                         "psauth does not rewrite: replace it by hand (a session test: "
                         "Get-MgContext)",
                         psa_line_of(ctx, o + m->base), ns[10] == 'O' && ns[11] == 'p' ? "AzureAD" : "MSOnline",
                         (int)(e - o), t + o);
  }
  free(code);
  *n = S_merge(t, len, out, *n, tests);
  return why;
}

/* ---- install instructions in a rewritten check's messages -------------- */

static const char *const S_messages[] = {"Write-Host", "Write-Error", "Write-Warning",
                                         "Write-Output", "Write-Verbose", NULL};
static const char *const S_legacy_modules[] = {"AzureADPreview", "AzureAD", "MSOnline", NULL};

/* The if statement whose condition holds 'at' (an if or elseif clause's
 * condition: in the clause, before its block). */
static const psa_block *S_if_testing(const psa_model *m, psa_span at) {
  const psa_block *best = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if ((b->kind != PSA_BLOCK_IF && b->kind != PSA_BLOCK_ELSEIF) || at.start < b->span.start ||
        at.end > b->body.start)
      continue;
    if (!best || b->span.start >= best->span.start) best = b;
  }
  return best;
}

/* "Install-Module [-Name] AzureAD" at 'o' in a string: the module name's span. */
static bool S_install_name(const char *t, uint32_t len, uint32_t o, psa_span *name) {
  uint32_t e;
  if (!S_token(t, len, o, "Install-Module", &e)) return false;
  uint32_t v = S_blank(t, len, e);
  if (v == e) return false;
  if (S_token(t, len, v, "-Name", &e)) {
    v = S_blank(t, len, e);
    if (v == e) return false;
  }
  for (int k = 0; S_legacy_modules[k]; k++)
    if (S_token(t, len, v, S_legacy_modules[k], &e) && (e >= len || !S_word_char(t[e]) || t[e] == '.')) {
      if (e < len && t[e] == '.' && e + 1 < len && S_word_char(t[e + 1])) return false;
      *name = (psa_span){v, e};
      return true;
    }
  return false;
}

uint32_t psa_gprobe_install_hints(psa_rule_ctx *ctx, const psa_command *check, const char *modules,
                                  psa_gprobe_edit *out, uint32_t max) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t len = (uint32_t)ctx->src->text_len;
  if (!modules || check->in_string) return 0;
  const psa_block *b = S_if_testing(m, check->span);
  if (!b && check->assigned_to) {
    /* $AadModule = Get-Module AzureAD -ListAvailable; if ($null -eq $AadModule) */
    psa_span reads[16];
    uint32_t nr = psa_variable_reads(m, check->assigned_to, reads, 16);
    for (uint32_t i = 0; i < nr && i < 16 && !b; i++)
      if (reads[i].start > check->span.end) b = S_if_testing(m, reads[i]);
  }
  if (!b || b->statement.end > len + m->base) return 0;
  unsigned char *code = S_code_mask(t, len);
  if (!code) return 0;
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->command_count && n < max; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || c->span.start < b->statement.start || c->span.end > b->statement.end) continue;
    bool message = false;
    for (int k = 0; S_messages[k] && !message; k++) message = psa_command_is(c, S_messages[k]);
    if (!message) continue;
    for (uint32_t o = c->span.start - m->base; o < c->span.end - m->base && n < max; o++) {
      psa_span name;
      if (code[o] || (t[o] != 'I' && t[o] != 'i') || !S_install_name(t, len, o, &name)) continue;
      out[n++] = (psa_gprobe_edit){{name.start + m->base, name.end + m->base}, modules,
                                   "Install-Module", NULL};
      o = name.end;
    }
  }
  free(code);
  return n;
}

void psa_gprobe_add_edits(psa_rule_ctx *ctx, psa_fix *fx, const psa_gprobe_edit *edits, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    bool inside = false;
    for (uint32_t k = 0; k < fx->edit_count && !inside; k++)
      inside = edits[i].span.start < fx->edits[k].range.end && fx->edits[k].range.start < edits[i].span.end;
    if (!inside) psa_fix_add_edit(ctx, fx, edits[i].span, edits[i].text);
  }
}

/* Statements a rewrite leaves unread: a splatted hashtable only the
 * rewritten call read (once it is gone, the credential it held is read by
 * nothing the fix keeps), and settings of the old transport the new call
 * has no place for ($SMTPServer, $SMTPPort). */
#include <ctype.h>
#include <string.h>

#include "rules/context.h"
#include "rules/rules.h"

/* Whether a replacement of 'fx' names $name (a rewrite that kept a value
 * as $Params.Key still reads the table). */
static bool S_replacement_names(const psa_fix *fx, const char *name) {
  size_t n = strlen(name);
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    const char *r = fx->edits[e].replacement;
    for (const char *p = r; p && (p = psa_find_ci(p, strlen(p), name)); p += n) {
      bool word = p > r && strchr("$@:{", p[-1]) &&
                  !(isalnum((unsigned char)p[n]) || p[n] == '_');
      if (word) return true;
    }
  }
  return false;
}

bool psa_fix_drop_splat(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd,
                        const psa_arg *arg) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  if (!arg || arg->via != PSA_BIND_SPLAT || cmd->statement_span.end > n) return false;
  /* the table whose single assignment holds the bound value */
  const psa_variable *hash = NULL;
  for (const psa_scope *sc = cmd->scope; sc && !hash; sc = sc->parent)
    for (const psa_variable *v = sc->vars; v && !hash; v = v->next) {
      if (v->assign_count != 1 || v->entry_count || v->is_parameter || !v->name) continue;
      const psa_assignment *a = &v->assigns[0];
      if (a->value && a->value->kind == PSA_V_HASH && !a->append && !a->type &&
          a->span.end <= n && a->span.start <= arg->span.start && arg->span.end <= a->span.end)
        hash = v;
    }
  if (!hash) return false;
  const psa_assignment *a = &hash->assigns[0];
  /* the statement is the assignment itself (not one the parser's error
   * recovery grew around it), at the level of the call or above it */
  if (a->target_span.start != a->span.start || a->target_span.end > a->span.end ||
      (a->span.start < cmd->statement_span.end && cmd->statement_span.start < a->span.end))
    return false;
  /* Get-Variable / Set-Variable / Remove-Variable name variables as text */
  if (psa_find_ci(t, n, "-Variable") || S_replacement_names(fx, hash->name)) return false;
  /* every mention of the name ($p, @p, $script:p, ${p}): the assignment's
   * target or the rewritten call, which the fix replaces */
  bool replaced = false;
  for (uint32_t e = 0; e < fx->edit_count && !replaced; e++)
    replaced = fx->edits[e].range.start <= cmd->span.start &&
               cmd->span.end <= fx->edits[e].range.end;
  if (!replaced) return false;
  size_t len = strlen(hash->name);
  for (const char *p = t; (p = psa_find_ci(p, (size_t)(t + n - p), hash->name)); p += len) {
    uint32_t at = (uint32_t)(p - t), end = at + (uint32_t)len;
    bool word = at > 0 && strchr("$@:{", t[at - 1]) &&
                (end >= n || !(isalnum((unsigned char)t[end]) || t[end] == '_'));
    if (!word) continue;
    bool ours = (at >= a->target_span.start && end <= a->target_span.end) ||
                (at >= cmd->span.start && end <= cmd->span.end);
    if (!ours) return false;
  }
  psa_fix_add_edit(ctx, fx, psa_fix_deletion_span(ctx, fx, a->span, NULL), "");
  return true;
}

void psa_fix_drop_splats(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd) {
  for (uint32_t i = 0; i < cmd->arg_count; i++)
    if (cmd->args[i].via == PSA_BIND_SPLAT && psa_fix_drop_splat(ctx, fx, cmd, &cmd->args[i]))
      return;
}

/* Whether every read of 'var' is inside an edit of 'fx' whose new text
 * does not name it again. */
static bool S_read_only_by_fix(const psa_rule_ctx *ctx, const psa_fix *fx,
                               const psa_variable *var) {
  psa_span reads[16];
  uint32_t n = psa_variable_reads(ctx->model, var, reads, 16);
  if (n > 16) return false;
  for (uint32_t i = 0; i < n; i++) {
    bool in = false;
    for (uint32_t e = 0; e < fx->edit_count && !in; e++)
      in = fx->edits[e].range.start <= reads[i].start && reads[i].end <= fx->edits[e].range.end;
    if (!in) return false;
  }
  return true;
}

void psa_fix_drop_unread_settings(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd,
                                  const char *const *params) {
  static const char *const about[] = {"smtp", "server", "port", "relay", NULL};
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  for (int i = 0; params[i]; i++) {
    const psa_arg *arg = psa_command_arg(cmd, params[i]);
    if (!arg || arg->via != PSA_BIND_NAMED || !arg->value || arg->value->kind != PSA_V_VARIABLE)
      continue;
    const psa_variable *var = psa_value_var(arg->value);
    if (!var || !var->name || var->is_parameter || var->is_foreach || var->entry_count ||
        var->assign_count != 1 || S_replacement_names(fx, var->name))
      continue;
    /* a value of its own ($SMTPPort = "587"), made in this file at the
     * script's level or the call's function */
    const psa_assignment *a = &var->assigns[0];
    const psa_value *v = a->value;
    if (!v || a->append || a->span.end > n || a->target_span.start != a->span.start ||
        (v->kind != PSA_V_STRING && v->kind != PSA_V_NUMBER) || !v->literal)
      continue;
    const psa_scope *sc = cmd->scope;
    while (sc && sc != var->scope) sc = sc->parent;
    if (!sc || !S_read_only_by_fix(ctx, fx, var)) continue;
    bool done = false; /* twice in one call (-SmtpServer $s -Port $s) */
    for (uint32_t e = 0; e < fx->edit_count && !done; e++)
      done = fx->edits[e].range.start <= a->span.start && a->span.end <= fx->edits[e].range.end;
    if (done) continue;
    /* the file-wide checks last, only for a setting that would go: a name
     * read as text (Get-Variable SMTPServer), and a file that does not
     * parse, where a read may hide in the error and the lines around it
     * are where the parser's recovery is fragile */
    if (psa_find_ci(t, n, "-Variable") || psa_fix_file_has_syntax_error(ctx)) return;
    psa_fix_add_edit(ctx, fx, psa_fix_deletion_span(ctx, fx, a->span, about), "");
  }
}

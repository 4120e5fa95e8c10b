/* A splatted hashtable that only a rewritten call read: once the call is
 * rewritten from its values, the hashtable is plumbing too, and with it
 * gone the credential it held is read by nothing the fix keeps. */
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

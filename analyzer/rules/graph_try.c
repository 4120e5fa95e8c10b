/* Try blocks around rewritten MSOnline / AzureAD calls. The AzureAD
 * cmdlets report a failure as a terminating error (an ApiException that
 * even -ErrorAction SilentlyContinue does not hold back), so a catch around
 * one ran on every failure; Microsoft Graph PowerShell reports the same
 * failure as a non-terminating error, which a catch sees only with
 * -ErrorAction Stop (docs/migration-graph.md, "Errors inside try"). */
#include "rules/graph_try.h"

#include <string.h>

#include "base/util.h"

static bool S_within(psa_span outer, psa_span inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

bool psa_graph_first_in_try(const psa_model *m, const char *text, uint32_t text_len,
                            const psa_command *cmd) {
  if (cmd->statement_span.start != cmd->span.start || cmd->statement_span.end != cmd->span.end)
    return false;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    psa_span body = m->catches[i].try_body;
    if (!S_within(body, cmd->span) || body.end > text_len || body.start >= cmd->span.start) continue;
    /* only blanks between the try's brace and the call (an outer try's
     * clauses come first: look on to the inner ones) */
    uint32_t k = body.start + 1;
    while (k < cmd->span.start && text[k] && strchr(" \t\r\n", text[k])) k++;
    if (k == cmd->span.start) return true;
  }
  return false;
}

/* Whether the script block at 'sb' runs where it is written: a block of
 * ForEach-Object / Where-Object, or `& { }` / `. { }`. */
static bool S_block_runs_in_place(const psa_model *m, psa_span sb) {
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->span.start > sb.start) break;
    if (!S_within(c->span, sb)) continue;
    if (c->invoke_operator && c->name_value && c->name_value->span.start == sb.start &&
        c->name_value->span.end == sb.end)
      return true;
    if (!psa_command_is(c, "ForEach-Object") && !psa_command_is(c, "Where-Object")) continue;
    for (uint32_t k = 0; k < c->arg_count; k++) {
      const psa_arg *a = &c->args[k];
      /* -Begin, -Process, -End and the filter all run in the pipeline */
      if (a->value && a->value->kind == PSA_V_SCRIPTBLOCK && a->value->span.start == sb.start &&
          a->value->span.end == sb.end)
        return true;
    }
  }
  return false;
}

/* Whether something between the try body and the call may run the call
 * elsewhere: a function defined in the try, or a script block other than
 * an in-place one. */
static bool S_runs_elsewhere(const psa_model *m, psa_span body, const psa_command *cmd) {
  for (uint32_t i = 0; i < m->function_count; i++)
    if (S_within(body, m->functions[i].span) && S_within(m->functions[i].span, cmd->span)) return true;
  for (uint32_t i = 0; i < m->script_block_count; i++) {
    psa_span sb = m->script_blocks[i];
    if (sb.start >= cmd->span.start) break;
    if (S_within(body, sb) && S_within(sb, cmd->span) && !S_block_runs_in_place(m, sb)) return true;
  }
  return false;
}

/* A splat psauth could not read ("@params" with no argument bound from
 * it) may hold -ErrorAction. */
static bool S_unread_splat(const char *text, uint32_t text_len, const psa_command *cmd) {
  for (uint32_t i = 0; i < cmd->arg_count; i++)
    if (cmd->args[i].via == PSA_BIND_SPLAT) return false;
  if (cmd->span.end > text_len) return true;
  for (uint32_t k = cmd->name_span.end; k + 1 < cmd->span.end; k++)
    if (text[k] == '@' && (text[k + 1] == '_' || ((text[k + 1] | 0x20) >= 'a' && (text[k + 1] | 0x20) <= 'z')) &&
        strchr(" \t\r\n(", text[k - 1]))
      return true;
  return false;
}

/* Whether the call's scope set $ErrorActionPreference = 'Stop' before it,
 * unconditionally: at the scope's own level (in no if/loop/try/catch/script
 * block the call is not also in), and no other value set after that. */
static bool S_preference_stop(const psa_model *m, const psa_command *cmd) {
  const psa_variable *var = NULL;
  for (const psa_variable *v = cmd->scope ? cmd->scope->vars : NULL; v; v = v->next)
    if (!psa_strcasecmp(v->name, "ErrorActionPreference")) var = v;
  if (!var) return false;
  bool stop = false;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->span.end > cmd->span.start) continue;
    const psa_value *v = a->value;
    bool is_stop = v && v->kind == PSA_V_STRING && v->str && !psa_strcasecmp(v->str, "Stop");
    if (!is_stop) {
      stop = false; /* another value after a Stop undoes it */
      continue;
    }
    bool nested = false;
    for (uint32_t k = 0; k < m->block_count && !nested; k++)
      nested = S_within(m->blocks[k].body, a->span) && !S_within(m->blocks[k].body, cmd->span);
    for (uint32_t k = 0; k < m->catch_count && !nested; k++)
      nested = (S_within(m->catches[k].try_body, a->span) && !S_within(m->catches[k].try_body, cmd->span)) ||
               (S_within(m->catches[k].body, a->span) && !S_within(m->catches[k].body, cmd->span));
    for (uint32_t k = 0; k < m->script_block_count && !nested; k++)
      nested = S_within(m->script_blocks[k], a->span) && !S_within(m->script_blocks[k], cmd->span);
    stop = !nested;
  }
  return stop;
}

bool psa_graph_try_needs_stop(const psa_model *m, const char *text, uint32_t text_len,
                              const psa_command *cmd) {
  if (cmd->in_string || psa_command_arg(cmd, "ErrorAction")) return false;
  /* -EA written on a cmdlet psauth binds by name only */
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const char *w = cmd->args[i].written;
    if (w && (!psa_strcasecmp(w, "EA") || !psa_strncasecmp(w, "ErrorA", 6))) return false;
  }
  bool in_try = false;
  for (uint32_t i = 0; i < m->catch_count && !in_try; i++) {
    psa_span body = m->catches[i].try_body;
    in_try = S_within(body, cmd->span) && !S_runs_elsewhere(m, body, cmd);
  }
  if (!in_try || S_unread_splat(text, text_len, cmd)) return false;
  return !S_preference_stop(m, cmd);
}

/* A delegated sign-in that the rewrite would leave behind a long wait.
 *
 * The original asked for the account at the top ($cred = Get-Credential),
 * waited (Start-Sleep -Seconds 900, a polling loop, Wait-Job) and then made
 * the session with that credential. The delegated rewrite drops the prompt
 * and signs in where the session was made: the person who started the
 * script would be asked to sign in a quarter of an hour later. Where the
 * script's text makes it safe, the new connection takes the prompt's place
 * instead; else it stays and the plan says why. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/context.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* Cmdlets that wait for something else to finish. */
static const char *const S_wait_cmdlets[] = {"Wait-Job", "Wait-Process", "Wait-Event", NULL};

/* What must run before a connection that comes later in the script: the
 * module's installation or loading, the session's security settings, and
 * the cleanup of earlier sessions (moving the connection above them could
 * break it, or close it again). */
static const char *const S_setup_cmdlets[] = {
    "Install-Module",        "Import-Module",    "Update-Module",    "Install-PackageProvider",
    "Set-ExecutionPolicy",   "Register-PSRepository", "Remove-PSSession", "Disconnect-ExchangeOnline",
    "Disconnect-MgGraph",    "Disconnect-MicrosoftTeams", "Disconnect-SPOService",
    "Disconnect-PnPOnline",  "Disconnect-AzAccount", NULL};

/* A wait of a minute or more: Start-Sleep's -Seconds / -Milliseconds as
 * a constant, or a duration the script computes (not knowable: a wait
 * all the same). */
static bool S_long_sleep(const psa_rule_ctx *ctx, const psa_command *c) {
  if (!psa_command_is(c, "Start-Sleep")) return false;
  static const struct {
    const char *param;
    double minute;
  } units[] = {{"Seconds", 60}, {"Milliseconds", 60000}, {"Duration", 0}, {NULL, 0}};
  for (int i = 0; units[i].param; i++) {
    const psa_arg *a = psa_command_arg(c, units[i].param);
    if (!a || !a->value) continue;
    const char *s = psa_value_string(ctx->model, a->value);
    if (!s || !units[i].minute) return true;
    char *end;
    double v = strtod(s, &end);
    return end != s && v >= units[i].minute;
  }
  return false;
}

/* Whether 'c' lies in a loop that also lies in [from, to): a polling
 * loop waits however short each sleep is. */
static bool S_in_loop_between(const psa_model *m, const psa_command *c, uint32_t from, uint32_t to) {
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP && b->span.start >= from && b->span.end <= to &&
        b->body.start <= c->span.start && c->span.end <= b->body.end)
      return true;
  }
  return false;
}

/* The first long wait that runs in [from, to), or NULL. */
static const psa_command *S_long_wait(const psa_rule_ctx *ctx, uint32_t from, uint32_t to) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || c->span.start < from || c->span.end > to) continue;
    bool wait = S_long_sleep(ctx, c) ||
                (psa_command_is(c, "Start-Sleep") && S_in_loop_between(ctx->model, c, from, to)) ||
                (psa_command_is(c, "Start-Process") && psa_command_arg(c, "Wait"));
    for (int i = 0; S_wait_cmdlets[i] && !wait; i++) wait = psa_command_is(c, S_wait_cmdlets[i]);
    if (wait) return c;
  }
  return NULL;
}

/* A statement in [from, to) the connection must still follow, or NULL
 * (*what names it). */
static const char *S_setup_between(const psa_rule_ctx *ctx, uint32_t from, uint32_t to,
                                   uint32_t *at) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || c->span.start < from || c->span.end > to) continue;
    for (int i = 0; S_setup_cmdlets[i]; i++)
      if (psa_command_is(c, S_setup_cmdlets[i])) {
        *at = c->span.start;
        return S_setup_cmdlets[i];
      }
  }
  const char *hit = psa_find_ci(ctx->src->text + from, to - from, "SecurityProtocol");
  if (hit) {
    *at = (uint32_t)(hit - ctx->src->text);
    return "the TLS setting";
  }
  return NULL;
}

char *psa_fix_rewritten_lines(psa_rule_ctx *ctx, const psa_fix *fx, psa_span lines) {
  const char *t = ctx->src->text;
  uint32_t order[32], n = 0;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    psa_span r = fx->edits[e].range;
    bool inside = r.start >= lines.start && r.end <= lines.end;
    bool overlaps = r.start < lines.end && lines.start < r.end;
    if (overlaps && !inside) return NULL;
    /* (an insertion at the first line's start belongs above it) */
    if (!inside || (r.start == r.end && r.start == lines.start)) continue;
    if (n == 32) return NULL;
    order[n++] = e;
  }
  for (uint32_t i = 1; i < n; i++)
    for (uint32_t j = i; j > 0 && fx->edits[order[j]].range.start < fx->edits[order[j - 1]].range.start; j--) {
      uint32_t x = order[j];
      order[j] = order[j - 1];
      order[j - 1] = x;
    }
  size_t cap = lines.end - lines.start + 1;
  for (uint32_t i = 0; i < n; i++) cap += strlen(fx->edits[order[i]].replacement);
  char *out = psa_arena_alloc(&ctx->impl->arena, cap);
  size_t len = 0;
  uint32_t at = lines.start;
  for (uint32_t i = 0; i < n; i++) {
    const psa_edit *ed = &fx->edits[order[i]];
    if (ed->range.start < at) return NULL; /* overlapping edits */
    memcpy(out + len, t + at, ed->range.start - at);
    len += ed->range.start - at;
    size_t rl = strlen(ed->replacement);
    memcpy(out + len, ed->replacement, rl);
    len += rl;
    at = ed->range.end;
  }
  memcpy(out + len, t + at, lines.end - at);
  len += lines.end - at;
  out[len] = 0;
  return out;
}

/* A variable the new connection reads ('name') that does not hold its
 * value yet at 'place': assigned at or after it, or not assigned in the
 * file at all (a name psauth cannot follow). Variables PowerShell sets and
 * values another edit declares above 'place' (the tenant values) hold. */
static bool S_unset_at(const psa_rule_ctx *ctx, const psa_command *conn, const char *name,
                       uint32_t place) {
  static const char *const automatic[] = {"true", "false", "null", "PSScriptRoot", "PSCommandPath",
                                          "HOME", "Host", "PID", NULL};
  for (int i = 0; automatic[i]; i++)
    if (!psa_strcasecmp(name, automatic[i])) return false;
  if (!psa_strncasecmp(name, "env:", 4)) return false;
  char decl[96];
  snprintf(decl, sizeof(decl), "$%s =", name);
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t f = 0; f < impl->finding_count; f++)
    for (uint32_t k = 0; k < impl->findings[f].fix_count; k++) {
      const psa_fix *o = &impl->findings[f].fixes[k];
      for (uint32_t e = 0; e < o->edit_count; e++)
        if (o->edits[e].range.start <= place && o->edits[e].replacement &&
            psa_find_ci(o->edits[e].replacement, strlen(o->edits[e].replacement), decl))
          return false;
    }
  for (const psa_scope *sc = conn->scope; sc; sc = sc->parent)
    for (const psa_variable *v = sc->vars; v; v = v->next) {
      if (!v->name || psa_strcasecmp(v->name, name)) continue;
      if (v->is_parameter) return false;
      if (!v->assign_count) return true;
      for (uint32_t i = 0; i < v->assign_count; i++)
        if (v->assigns[i].span.end > place) return true;
      return false;
    }
  return true;
}

bool psa_fix_first_unset(const psa_rule_ctx *ctx, const psa_command *conn, const char *text,
                          uint32_t place, char *name, size_t cap) {
  for (const char *p = strchr(text, '$'); p; p = strchr(p + 1, '$')) {
    size_t n = 0;
    while ((isalnum((unsigned char)p[1 + n]) || p[1 + n] == '_' || p[1 + n] == ':') && n + 1 < cap) n++;
    if (!n) continue;
    memcpy(name, p + 1, n);
    name[n] = 0;
    if (S_unset_at(ctx, conn, name, place)) return true;
  }
  return false;
}

/* The plan entry of the connection at 'at' (a delegated target), or NULL. */
static psa_plan_entry *S_delegated_entry(const psa_rule_ctx *ctx, psa_span at) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind == PSA_PLAN_CONNECTION && e->target && e->mode == PSA_SIGNIN_INTERACTIVE &&
        e->span.start < at.end && at.start < e->span.end)
      return e;
  }
  return NULL;
}

void psa_fix_connect_at_prompt(psa_rule_ctx *ctx, psa_fix *fx, psa_span conn_span,
                               const psa_value *credential, uint32_t readers) {
  const psa_variable *var = credential ? psa_value_var(credential) : NULL;
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  if (!var || var->assign_count != 1 || var->is_parameter || !var->assigns[0].value) return;
  const psa_assignment *a = &var->assigns[0];
  const psa_command *prompt = psa_value_cmd(a->value);
  if (!prompt || !psa_command_is(prompt, "Get-Credential") || a->span.end > len) return;
  const psa_command *conn = NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->span.start == conn_span.start && c->span.end == conn_span.end) conn = c;
  }
  psa_plan_entry *entry = S_delegated_entry(ctx, conn_span);
  if (!conn || !entry || conn->in_string || a->span.end > conn->statement_span.start ||
      conn->statement_span.end > len)
    return;
  /* the prompt's statement goes with this fix, as whole lines, or becomes
   * a prompt for the user name (S_prompt_to_user_name: "$AdminUpn =
   * Read-Host ..."), after which the connection then follows */
  psa_edit *gone = NULL;
  for (uint32_t e = 0; e < fx->edit_count && !gone; e++) {
    psa_edit *ed = &fx->edits[e];
    if (ed->range.start <= a->span.start && a->span.end <= ed->range.end &&
        (!*ed->replacement || (ed->replacement[0] == '$' && strstr(ed->replacement, "Read-Host"))))
      gone = ed;
  }
  bool user_prompt = gone && *gone->replacement;
  if (!gone || gone->joint ||
      (!user_prompt && ((gone->range.start > 0 && t[gone->range.start - 1] != '\n') ||
                        (gone->range.end < len && t[gone->range.end - 1] != '\n'))))
    return;
  psa_span gone_range = gone->range;
  const char *user_text = gone->replacement;
  const psa_command *wait = S_long_wait(ctx, a->span.end, conn->statement_span.start);
  if (!wait) return;
  unsigned wait_line = psa_line_of(ctx, wait->span.start);
  unsigned prompt_line = psa_line_of(ctx, a->span.start);
  const char *why = NULL;
  char name[64];
  uint32_t setup_at = 0;
  const char *setup = S_setup_between(ctx, a->span.end, conn->statement_span.start, &setup_at);
  psa_span lines = psa_fix_statement_span(ctx, conn->statement_span);
  char *text = NULL;
  if (readers != 1)
    why = "the prompt also signed in another rewritten connection";
  else if (!psa_plan_same_straight_line(ctx->model, t, len, prompt, conn))
    why = "a branch, loop, function or try block lies between the prompt and the connection";
  else if (setup)
    why = psa_ctx_printf(ctx, "%s on line %u must run before the connection", setup,
                         psa_line_of(ctx, setup_at));
  else if (lines.start == 0 || t[lines.start - 1] != '\n' || lines.end > len ||
           (lines.end < len && t[lines.end - 1] != '\n') ||
           !(text = psa_fix_rewritten_lines(ctx, fx, lines)) || !psa_find_ci(text, strlen(text), "Connect-"))
    why = "the connection shares its line with other statements";
  else if (psa_fix_first_unset(ctx, conn, text, gone->range.start, name, sizeof(name)))
    why = psa_ctx_printf(ctx, "it reads $%s, which is not set yet at the prompt's place", name);
  if (why) {
    entry->why = psa_ctx_printf(ctx,
                                "%s; the sign-in stays after the wait (%s on line %u), so the person "
                                "is asked there, not at the start where the prompt was (line %u): %s",
                                entry->why, wait->name, wait_line, prompt_line, why);
    return;
  }
  /* the connection's edits move with it: its lines go, the prompt's lines
   * become the connection */
  uint32_t k = 0;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    psa_span r = fx->edits[e].range;
    bool moved = r.start >= lines.start && r.end <= lines.end &&
                 !(r.start == r.end && r.start == lines.start);
    if (!moved) fx->edits[k++] = fx->edits[e];
  }
  fx->edit_count = k;
  /* ('gone' may have moved in the array: find it again); a user-name
   * prompt stays, the connection on the next line */
  if (user_prompt) {
    size_t tl = strlen(text);
    if (tl && text[tl - 1] == '\n') text[tl - 1] = 0;
    text = psa_ctx_printf(ctx, "%s\n%s", user_text, text);
  }
  for (uint32_t e = 0; e < fx->edit_count; e++)
    if (fx->edits[e].range.start == gone_range.start && fx->edits[e].range.end == gone_range.end &&
        fx->edits[e].replacement == user_text)
      fx->edits[e].replacement = text;
  psa_fix_add_edit(ctx, fx, lines, "");
  entry->why = psa_ctx_printf(ctx,
                              "%s; it signs in on line %u, %s, before the wait (%s on line %u), so "
                              "the person signs in at the start as before",
                              entry->why, prompt_line,
                              user_prompt ? "right after the prompt for the user name"
                                          : "where the Get-Credential prompt asked for the account",
                              wait->name, wait_line);
}

/* The planner's decisions for one scan: per connection the target (app-only
 * certificate, managed identity, delegated sign-in, removal of a legacy
 * branch next to the script's own certificate branch) or a refusal with its
 * reason, recorded for `psauth fix --plan`; and the building blocks the
 * rewrites share (sign-in arguments per cmdlet, branch removal). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/context.h"
#include "rules/facts.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* ---- recording ---------------------------------------------------------- */

static void S_push(psa_rule_ctx *ctx, psa_plan_entry e) {
  psa_rule_state *impl = ctx->impl;
  if (e.kind == PSA_PLAN_REFUSED)
    for (uint32_t i = 0; i < impl->plan_count; i++) {
      psa_plan_entry *o = &impl->plan[i];
      if (o->kind == PSA_PLAN_CONNECTION && o->span.start == e.span.start &&
          o->span.end == e.span.end && o->rule_id && e.rule_id && !strcmp(o->rule_id, e.rule_id)) {
        o->target = NULL; /* planned, then refused while the edits were made */
        o->why = e.why;
        return;
      }
    }
  /* one entry per (span, kind, rule): rules may plan the same call twice */
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    const psa_plan_entry *o = &impl->plan[i];
    if (o->kind == e.kind && o->span.start == e.span.start && o->span.end == e.span.end &&
        ((!o->rule_id && !e.rule_id) || (o->rule_id && e.rule_id && !strcmp(o->rule_id, e.rule_id))))
      return;
  }
  if (impl->plan_count == impl->plan_cap) {
    impl->plan_cap = impl->plan_cap ? impl->plan_cap * 2 : 8;
    impl->plan = psa_xrealloc(impl->plan, impl->plan_cap * sizeof(*impl->plan));
  }
  impl->plan[impl->plan_count++] = e;
}

void psa_plan_refuse(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *subject,
                     const char *reason) {
  psa_plan_entry e = {PSA_PLAN_REFUSED, span, rule ? rule->id : NULL,
                      psa_ctx_printf(ctx, "%s", subject ? subject : ""), PSA_SIGNIN_UNKNOWN, NULL,
                      NULL, psa_ctx_printf(ctx, "%s", reason)};
  S_push(ctx, e);
}

void psa_plan_note(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *subject,
                   psa_signin_mode mode, const char *evidence, const char *target,
                   const char *why) {
  psa_plan_entry e = {PSA_PLAN_CONNECTION, span, rule ? rule->id : NULL,
                      psa_ctx_printf(ctx, "%s", subject ? subject : ""), mode,
                      evidence ? psa_ctx_printf(ctx, "%s", evidence) : NULL,
                      target ? psa_ctx_printf(ctx, "%s", target) : NULL,
                      psa_ctx_printf(ctx, "%s", why ? why : "")};
  S_push(ctx, e);
}

void psa_plan_retarget(psa_rule_ctx *ctx, const char *rule_id, psa_span span, const char *target,
                       const char *why) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = impl->plan_count; i-- > 0;) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || e->span.start != span.start || !e->rule_id ||
        strcmp(e->rule_id, rule_id) || !e->target)
      continue;
    e->target = psa_ctx_printf(ctx, "%s", target);
    e->why = psa_ctx_printf(ctx, "%s", why);
    return;
  }
}

void psa_plan_rewrite(psa_rule_ctx *ctx, const psa_rule *rule, psa_span span, const char *subject,
                      const char *target, const char *why) {
  psa_plan_entry e = {PSA_PLAN_REWRITE, span, rule ? rule->id : NULL,
                      psa_ctx_printf(ctx, "%s", subject ? subject : ""), PSA_SIGNIN_UNKNOWN, NULL,
                      psa_ctx_printf(ctx, "%s", target ? target : ""),
                      psa_ctx_printf(ctx, "%s", why ? why : "")};
  S_push(ctx, e);
}

/* Whether a plan entry explains 'fx' of finding 'f': the same rule, not
 * refused, at the finding or at one of the fix's edits (a connection
 * inserted before the first call). */
static bool S_entry_covers(const psa_plan_entry *e, const psa_finding *f, const psa_fix *fx) {
  if (e->kind == PSA_PLAN_REFUSED || !e->target || !e->rule_id || strcmp(e->rule_id, f->rule->id))
    return false;
  if (e->span.start == f->span.start) return true;
  for (uint32_t i = 0; i < fx->edit_count; i++)
    if (e->span.start >= fx->edits[i].range.start && e->span.start <= fx->edits[i].range.end)
      return true;
  return false;
}

/* The cmdlet a finding is about: the command starting where it does. */
static const char *S_finding_subject(const psa_rule_ctx *ctx, const psa_finding *f) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++)
    if (m->commands[i]->span.start == f->span.start && m->commands[i]->name)
      return m->commands[i]->name;
  return f->rule->name;
}

void psa_plan_cover_fixes(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    const psa_finding *f = &impl->findings[i];
    if (!f->rule) continue;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      const psa_fix *fx = &f->fixes[k];
      if (fx->applicability == PSA_FIX_DISPLAY || !fx->edit_count) continue;
      bool covered = false;
      for (uint32_t p = 0; p < impl->plan_count && !covered; p++)
        covered = S_entry_covers(&impl->plan[p], f, fx);
      if (!covered)
        psa_plan_rewrite(ctx, f->rule, f->span, S_finding_subject(ctx, f), fx->title,
                         fx->applicability == PSA_FIX_SAFE
                             ? "behaviour preserved"
                             : "applied with --unsafe-fixes: review the result");
    }
  }
}

bool psa_plan_unread(const psa_rule_ctx *ctx, psa_span span) {
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->unread_count; i++)
    if (span.start <= impl->unread[i].end && span.end >= impl->unread[i].start) return true;
  return false;
}

/* ---- legacy branch next to the script's own modern branch --------------- */

static bool S_within(psa_span outer, psa_span inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

static bool S_keyword_at(const char *t, uint32_t n, uint32_t at, const char *kw) {
  size_t k = strlen(kw);
  return at + k <= n && !psa_strncasecmp(t + at, kw, k);
}

/* Fills the cut of a REMOVE_BRANCH plan: the innermost clause holding the
 * legacy connection whose if statement has another clause holding the
 * modern one. */
static bool S_find_branch(const psa_rule_ctx *ctx, const psa_command *legacy,
                          const psa_command *modern, psa_conn_plan *p) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  const psa_block *best = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP || !S_within(b->body, legacy->statement_span)) continue;
    if (!S_within(b->statement, modern->span) || S_within(b->body, modern->span)) continue;
    if (!best || S_within(best->body, b->body)) best = b;
  }
  if (!best || best->statement.end > n) return false;
  /* the clause after it in the same statement, if any */
  const psa_block *next = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP || b->statement.start != best->statement.start ||
        b->statement.end != best->statement.end || b->span.start <= best->span.start)
      continue;
    if (!next || b->span.start < next->span.start) next = b;
  }
  if (best->kind != PSA_BLOCK_IF) {
    /* elseif / else: from the end of the clause before it */
    uint32_t s = best->span.start;
    while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\t' || t[s - 1] == '\n' || t[s - 1] == '\r'))
      s--;
    p->cut = (psa_span){s, best->span.end};
    return true;
  }
  if (!next) return false;
  if (next->kind == PSA_BLOCK_ELSEIF && S_keyword_at(t, n, next->span.start, "elseif")) {
    p->cut = (psa_span){best->span.start, next->span.start};
    p->rekey = (psa_span){next->span.start, next->span.start + 6};
    return true;
  }
  if (next->kind == PSA_BLOCK_ELSE && next->body.end > next->body.start + 1) {
    p->unwrap = best->statement;
    p->unwrap_body = next->body;
    return true;
  }
  return false;
}

/* The start of the comment lines just above 'at' that only described the
 * password branch (they mention a credential or password), or 'at'. */
static uint32_t S_comment_above(const psa_rule_ctx *ctx, uint32_t at) {
  const char *t = ctx->src->text;
  uint32_t ls = at;
  while (ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '\t')) ls--;
  uint32_t from = at;
  while (ls > 0 && t[ls - 1] == '\n') {
    uint32_t pe = ls - 1, ps = pe;
    if (pe > 0 && t[pe - 1] == '\r') pe--;
    while (ps > 0 && t[ps - 1] != '\n') ps--;
    uint32_t k = ps;
    while (k < pe && (t[k] == ' ' || t[k] == '\t')) k++;
    size_t len = pe - k;
    if (k >= pe || t[k] != '#' || (k + 1 < pe && t[k + 1] == '>') ||
        !(psa_find_ci(t + k, len, "credential") || psa_find_ci(t + k, len, "password") ||
          psa_find_ci(t + k, len, "non-MFA") || psa_find_ci(t + k, len, "unattended")))
      break;
    ls = ps;
    from = ps;
  }
  return from;
}

/* Whether every variable named in 'cut' is one of 'names' (or $null,
 * $true, $false, which defaults use). */
static bool S_names_only(const char *t, psa_span cut, const char *const *names, uint32_t nn) {
  for (uint32_t q = cut.start; q < cut.end; q++) {
    if (t[q] != '$') continue;
    uint32_t a = q + 1, b = a;
    while (b < cut.end && (isalnum((unsigned char)t[b]) || t[b] == '_' || t[b] == ':')) b++;
    if (b == a) continue;
    bool known = (b - a == 4 && !psa_strncasecmp(t + a, "null", 4)) ||
                 (b - a == 4 && !psa_strncasecmp(t + a, "true", 4)) ||
                 (b - a == 5 && !psa_strncasecmp(t + a, "false", 5));
    for (uint32_t i = 0; i < nn && !known; i++)
      known = strlen(names[i]) == b - a && !psa_strncasecmp(t + a, names[i], b - a);
    if (!known) return false;
    q = b - 1;
  }
  return true;
}

void psa_fix_remove_branch(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p) {
  const char *t = ctx->src->text;
  psa_span gone = p->cut;
  if (p->unwrap.end > p->unwrap.start) {
    /* if (legacy) {...} else { modern }: the else block's statements */
    uint32_t s = p->unwrap_body.start + 1, e = p->unwrap_body.end - 1;
    while (s < e && (t[s] == ' ' || t[s] == '\t')) s++;
    if (s < e && t[s] == '\r') s++;
    if (s < e && t[s] == '\n') s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r'))
      e--;
    /* the first line keeps the if statement's indentation */
    uint32_t k = s;
    while (k < e && (t[k] == ' ' || t[k] == '\t')) k++;
    uint32_t from = S_comment_above(ctx, p->unwrap.start);
    const char *indent = psa_fix_indent(ctx, p->unwrap.start);
    psa_fix_add_edit(ctx, fx, (psa_span){from, p->unwrap.end},
                     psa_ctx_printf(ctx, "%s%.*s", from == p->unwrap.start ? "" : indent,
                                    (int)(e - k), t + k));
    gone = (psa_span){from, p->unwrap.end};
  } else {
    if (p->rekey.end > p->rekey.start) {
      uint32_t from = S_comment_above(ctx, p->cut.start);
      const char *indent = psa_fix_indent(ctx, p->cut.start);
      psa_fix_add_edit(ctx, fx, (psa_span){from, p->rekey.end},
                       from == p->cut.start ? "if" : psa_ctx_printf(ctx, "%sif", indent));
      gone = (psa_span){from, p->rekey.start};
    } else {
      psa_fix_add_edit(ctx, fx, p->cut, "");
    }
  }
  /* script parameters only the removed clause read (-UserName, -Password) */
  const psa_model *m = ctx->model;
  const psa_variable *gone_params[16];
  uint32_t nd = 0;
  for (psa_variable *v = m->script->vars; v && nd < 16; v = v->next) {
    if (!v->is_parameter || v->assign_count || v->decl_span.end > ctx->src->text_len) continue;
    psa_span reads[32];
    uint32_t nr = psa_variable_reads(m, v, reads, 32);
    if (!nr || nr > 32) continue;
    bool all_gone = true;
    for (uint32_t i = 0; i < nr && all_gone; i++)
      all_gone = S_within(gone, reads[i]) &&
                 !(p->unwrap.end > p->unwrap.start && S_within(p->unwrap_body, reads[i]));
    if (all_gone) gone_params[nd++] = v;
  }
  psa_fix_remove_params(ctx, fx, gone_params, nd);
}

/* White space between parameters: blanks, line breaks when 'eol', and the
 * no-break space (U+00A0, UTF-8 C2 A0) that PowerShell reads as white space
 * and that scripts copied from web pages indent with. The index past it,
 * going forwards (S_ws_fwd) or backwards (S_ws_back). */
static uint32_t S_ws_fwd(const char *t, uint32_t n, uint32_t i, bool eol) {
  for (;;) {
    if (i < n && (t[i] == ' ' || t[i] == '\t' || (eol && (t[i] == '\r' || t[i] == '\n')))) i++;
    else if (i + 1 < n && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA0) i += 2;
    else return i;
  }
}

static uint32_t S_ws_back(const char *t, uint32_t i, bool eol) {
  for (;;) {
    if (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || (eol && (t[i - 1] == '\r' || t[i - 1] == '\n'))))
      i--;
    else if (i > 1 && (unsigned char)t[i - 1] == 0xA0 && (unsigned char)t[i - 2] == 0xC2) i -= 2;
    else return i;
  }
}

void psa_fix_remove_params(psa_rule_ctx *ctx, psa_fix *fx, const psa_variable *const *vars,
                           uint32_t count) {
  const char *t = ctx->src->text;
  psa_span decls[16];
  const char *names[16];
  uint32_t nd = 0;
  for (uint32_t i = 0; i < count && nd < 16; i++) {
    /* the script's parameters, or a function's (S_function_param_plumbing) */
    if (!vars[i]->is_parameter || !vars[i]->scope ||
        (vars[i]->scope != ctx->model->script && vars[i]->scope->kind != PSA_SCOPE_FUNCTION) ||
        vars[i]->decl_span.end > ctx->src->text_len)
      continue;
    names[nd] = vars[i]->name;
    decls[nd++] = vars[i]->decl_span;
  }
  /* in source order */
  for (uint32_t i = 1; i < nd; i++)
    for (uint32_t j = i; j > 0 && decls[j].start < decls[j - 1].start; j--) {
      psa_span x = decls[j];
      decls[j] = decls[j - 1];
      decls[j - 1] = x;
      const char *y = names[j];
      names[j] = names[j - 1];
      names[j - 1] = y;
    }
  uint32_t n = ctx->src->text_len;
  for (uint32_t i = 0; i < nd;) {
    /* a run of declarations separated only by commas and blanks */
    uint32_t j = i;
    for (;;) {
      if (j + 1 >= nd) break;
      uint32_t q = S_ws_fwd(t, decls[j + 1].start, decls[j].end, true);
      if (q < decls[j + 1].start && t[q] == ',') q = S_ws_fwd(t, decls[j + 1].start, q + 1, true);
      if (q != decls[j + 1].start) break;
      j++;
    }
    uint32_t s = decls[i].start, e = decls[j].end;
    uint32_t q = S_ws_fwd(t, n, e, true);
    if (q < n && t[q] == ',') {
      /* more parameters follow: up to the next one, whole lines when the
       * run stands on lines of its own */
      q = S_ws_fwd(t, n, q + 1, false);
      uint32_t ls = S_ws_back(t, s, false);
      if ((ls == 0 || t[ls - 1] == '\n') && q < n && (t[q] == '\n' || t[q] == '\r')) {
        if (t[q] == '\r') q++;
        if (q < n && t[q] == '\n') q++;
        s = S_comment_above(ctx, ls); /* with the comment lines that describe them */
        /* the blank line that set the run apart goes too, when nothing but
         * the list's '(' or another blank line stands above it */
        uint32_t above = s > 0 ? s - 1 : 0;
        while (above > 0 && strchr(" \t\r", t[above - 1])) above--;
        if (s > 0 && above > 0 && (t[above - 1] == '(' || t[above - 1] == '\n'))
          for (uint32_t r = q; r < n;) {
            while (r < n && (t[r] == ' ' || t[r] == '\t' || t[r] == '\r')) r++;
            if (r >= n || t[r] != '\n') break;
            q = ++r;
          }
      }
      e = q;
    } else {
      /* the run ends the list: take the comma before it, if any */
      uint32_t b = S_ws_back(t, s, true);
      if (b > 0 && t[b - 1] == ',') s = b - 1;
      /* the run is the whole list: "param(\n\t\t\n    )" becomes "param()" */
      uint32_t close = S_ws_fwd(t, n, e, true);
      if (b > 0 && t[b - 1] == '(' && close < n && t[close] == ')') {
        s = b;
        e = close;
      }
    }
    /* safety net: the cut names no variable but the removed parameters (a
     * misread declaration must not take its neighbour with it) */
    if (S_names_only(t, (psa_span){s, e}, names + i, j - i + 1))
      psa_fix_add_edit(ctx, fx, (psa_span){s, e}, "");
    i = j + 1;
  }
}

/* A connection of the same cmdlet that signs in interactively with modern
 * authentication (no credential, no token), in another clause of an if
 * statement that holds 'connect'. */
static const psa_command *S_interactive_sibling(const psa_rule_ctx *ctx, const psa_command *connect) {
  const psa_model *m = ctx->model;
  if (psa_command_is(connect, "New-PSSession")) return NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP || !S_within(b->body, connect->statement_span)) continue;
    for (uint32_t k = 0; k < m->command_count; k++) {
      const psa_command *c = m->commands[k];
      if (c == connect || !psa_command_is(c, connect->name) || !S_within(b->statement, c->span) ||
          S_within(b->body, c->span))
        continue;
      if (psa_command_arg(c, "Credential") || psa_command_arg(c, "Credentials")) continue;
      if (psa_plan_signin_mode(m, c) == PSA_SIGNIN_INTERACTIVE) return c;
    }
  }
  return NULL;
}

/* ---- several tenants ---------------------------------------------------- */

/* The source text of a connection's credential argument, for comparing
 * connections ("$SourceCred" vs "$TargetCred"). */
static const char *S_cred_text(const psa_rule_ctx *ctx, const psa_command *c) {
  const psa_arg *a = psa_command_arg(c, psa_command_is(c, "Connect-PnPOnline") ? "Credentials"
                                                                               : "Credential");
  if (!a || !a->value || a->value->span.end > ctx->src->text_len) return NULL;
  psa_span s = a->value->span;
  return psa_ctx_printf((psa_rule_ctx *)ctx, "%.*s", (int)(s.end - s.start), ctx->src->text + s.start);
}

/* Whether a value reads a foreach loop variable (directly or through one
 * assignment): the connection is made per item of the loop. */
static bool S_reads_loop_var(const psa_model *m, const psa_value *v, int depth) {
  if (!v || depth > 6) return false;
  if (v->kind == PSA_V_VARIABLE && psa_value_var(v)) {
    if (psa_value_var(v)->is_foreach) return true;
    for (uint32_t i = 0; i < psa_value_var(v)->assign_count && i < 4; i++)
      if (S_reads_loop_var(m, psa_value_var(v)->assigns[i].value, depth + 1)) return true;
    return false;
  }
  if (v->base && S_reads_loop_var(m, v->base, depth + 1)) return true;
  for (uint32_t i = 0; i < v->item_count; i++)
    if (S_reads_loop_var(m, v->items[i], depth + 1)) return true;
  /* a credential read per item: Import-Clixml -Path "$($tenant.Name).xml" */
  const psa_command *c = psa_value_cmd(v);
  for (uint32_t i = 0; c && i < c->arg_count; i++)
    if (S_reads_loop_var(m, c->args[i].value, depth + 1)) return true;
  const psa_hash_entry *e = psa_value_entries(v);
  for (uint32_t i = 0; e && i < v->entry_count; i++)
    if (S_reads_loop_var(m, e[i].value, depth + 1)) return true;
  return false;
}

/* The script's own tenant values (defined with the sign-in arguments below). */
static const char *S_own(psa_rule_ctx *ctx, const psa_command *at, const char *const *names);
static const char *S_own_arg(psa_rule_ctx *ctx, const psa_command *conn, const char *const *params);
static const char *const S_own_app[] = {"AppId", "ApplicationId", "ClientId", "AppClientId", NULL};
static const char *const S_own_thumb[] = {"CertificateThumbprint", "CertificateThumbPrint",
                                          "Thumbprint", "CertThumbprint", NULL};
/* (names like $TenantName or $Tenant often hold the short name, as in
 * https://$TenantName-admin.sharepoint.com: not reused) */
static const char *const S_own_domain[] = {"Organization", "TenantDomain", "OrganizationName", NULL};
static const char *const S_own_tenant[] = {"TenantId", "Organization", "TenantDomain", NULL};
static const char *const S_arg_app[] = {"AppId", "ClientId", "ApplicationId", NULL};
static const char *const S_arg_thumb[] = {"CertificateThumbprint", "Thumbprint", NULL};
static const char *const S_arg_domain[] = {"Organization", NULL};
static const char *const S_arg_tenant[] = {"TenantId", "Tenant", "Organization", NULL};

/* A tenant's name from its credential variable ($SourceCred -> "Source",
 * $credTarget -> "Target"), or NULL. */
static const char *S_tenant_prefix(psa_rule_ctx *ctx, const char *cred) {
  if (!cred || cred[0] != '$') return NULL;
  const char *n = cred + 1;
  if (!psa_strncasecmp(n, "global:", 7) || !psa_strncasecmp(n, "script:", 7)) n += 7;
  size_t len = strlen(n);
  for (size_t i = 0; i < len; i++)
    if (!isalnum((unsigned char)n[i]) && n[i] != '_') return NULL;
  static const char *const words[] = {"Credentials", "Credential", "Creds", "Cred", NULL};
  bool cut = false;
  for (int i = 0; words[i] && !cut; i++) {
    size_t k = strlen(words[i]);
    if (len > k && !psa_strncasecmp(n + len - k, words[i], k)) {
      len -= k;
      cut = true;
    } else if (len > k && !psa_strncasecmp(n, words[i], k)) {
      n += k;
      len -= k;
      cut = true;
    }
  }
  while (len && n[len - 1] == '_') len--;
  while (len && n[0] == '_') n++, len--;
  /* a name without "cred" in it names the tenant itself ($partner) */
  if (!len || len > 24 || isdigit((unsigned char)n[0]) || (!cut && len < 3)) return NULL;
  char *r = psa_ctx_printf(ctx, "%.*s", (int)len, n);
  r[0] = (char)toupper((unsigned char)r[0]);
  return r;
}

/* Why a connection made once per item of a loop is left as it is, or NULL:
 * the loop item goes into its arguments (a tenant per iteration). PnP
 * connects per site: a site URL per item with one credential is one
 * tenant's sites, rewritten in place. */
static const char *S_loop_refusal(const psa_model *m, const psa_command *connect) {
  psa_span loop;
  if (!psa_plan_outer_loop(m, connect->span.start, &loop)) return NULL;
  for (uint32_t i = 0; i < connect->arg_count; i++)
    if (S_reads_loop_var(m, connect->args[i].value, 0) &&
        !(psa_command_is(connect, "Connect-PnPOnline") && connect->args[i].param &&
          !psa_strcasecmp(connect->args[i].param, "Url")))
      return "it connects once per item of a loop (a tenant per iteration?): app-only "
             "sign-in needs each tenant's organization and consent; psauth leaves the "
             "loop as it is";
  return NULL;
}

/* ---- scheduled password branch -> certificate branch -------------------- */

/* A script parameter declared [<type>] (the user name or password of the
 * scheduled mode), read only inside 'within'. */
static bool S_typed_param_within(const psa_rule_ctx *ctx, const psa_value *v, psa_span within,
                                 const char *type) {
  if (!v || v->kind != PSA_V_VARIABLE || !psa_value_var(v)) return false;
  const psa_variable *p = psa_value_var(v);
  if (!p->is_parameter || p->scope != ctx->model->script || !p->param_type ||
      psa_strcasecmp(p->param_type, type) || p->assign_count || p->entry_count ||
      p->param_name_span.end > ctx->src->text_len || p->param_name_span.end <= p->param_name_span.start)
    return false;
  psa_span reads[8];
  uint32_t n = psa_variable_reads(ctx->model, p, reads, 8);
  if (n > 8) return false;
  for (uint32_t i = 0; i < n; i++)
    if (reads[i].start < within.start || reads[i].end > within.end) return false;
  return true;
}

static bool S_string_param_within(const psa_rule_ctx *ctx, const psa_value *v, psa_span within) {
  return S_typed_param_within(ctx, v, within, "string");
}

/* The type literal written before a [securestring] parameter's name
 * ("[SecureString]", "[System.Security.SecureString]"), or {0,0}. */
static psa_span S_securestring_type(const psa_rule_ctx *ctx, const psa_variable *p) {
  const char *t = ctx->src->text;
  uint32_t e = p->param_name_span.start;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
  if (e == 0 || t[e - 1] != ']') return (psa_span){0, 0};
  uint32_t b = e - 1;
  while (b > 0 && t[b] != '[' && e - b < 40) b--;
  if (t[b] != '[') return (psa_span){0, 0};
  size_t len = e - 1 - (b + 1);
  if ((len == 12 && !psa_strncasecmp(t + b + 1, "securestring", 12)) ||
      (len == 28 && !psa_strncasecmp(t + b + 1, "System.Security.SecureString", 28)))
    return (psa_span){b, e};
  return (psa_span){0, 0};
}

/* if (<user and password given>) { $s = ConvertTo-SecureString $Password;
 * $c = New-Object PSCredential $UserName, $s; Connect-ExchangeOnline
 * -Credential $c } else { <interactive> }, with nothing else reading the
 * parameters and no $Organization/$ClientId/$CertificateThumbprint yet:
 * the branch converts exactly. Fills cond and the parameters. */
static bool S_cert_branch(const psa_rule_ctx *ctx, const psa_command *connect, psa_conn_plan *out) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  if (!psa_command_is(connect, "Connect-ExchangeOnline") || connect->invoke_operator) return false;
  /* other named parameters stay (-ShowProgress); sign-in ones would clash */
  static const char *const clash[] = {"AppId", "CertificateThumbprint", "Certificate",
                                      "CertificateFilePath", "CertificatePassword", "Organization",
                                      "UserPrincipalName", "ManagedIdentity", "AccessToken",
                                      "DelegatedOrganization", "Device", "InlineCredential", NULL};
  for (uint32_t i = 0; i < connect->arg_count; i++)
    if (connect->args[i].via != PSA_BIND_NAMED) return false;
  for (int i = 0; clash[i]; i++)
    if (psa_command_arg(connect, clash[i])) return false;
  const psa_arg *cred = psa_command_arg(connect, "Credential");
  if (!cred || cred->via != PSA_BIND_NAMED || !cred->value || cred->value->kind != PSA_V_VARIABLE ||
      !psa_value_var(cred->value) || psa_value_var(cred->value)->assign_count != 1)
    return false;
  static const char *const taken[] = {"Organization", "ClientId", "CertificateThumbprint", NULL};
  for (int i = 0; taken[i]; i++)
    if (psa_model_variable(m, m->script, taken[i])) return false;
  /* the if clause holding the connection */
  const psa_block *clause = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP || !S_within(b->body, connect->statement_span)) continue;
    if (!clause || S_within(clause->body, b->body)) clause = b;
  }
  if (!clause || clause->kind != PSA_BLOCK_IF || clause->statement.end > ctx->src->text_len) return false;
  uint32_t cs = clause->span.start + 2, ce = clause->body.start;
  while (cs < ce && isspace((unsigned char)t[cs])) cs++;
  while (ce > cs && isspace((unsigned char)t[ce - 1])) ce--;
  if (ce <= cs || t[cs] != '(' || t[ce - 1] != ')') return false;
  /* the credential: built in the clause from the two parameters */
  const psa_assignment *ca = &psa_value_var(cred->value)->assigns[0];
  if (!S_within(clause->body, ca->span)) return false;
  const psa_value *user = NULL, *pw = NULL;
  if (!ca->value || !psa_credential_parts(m, ca->value, &user, &pw) || !pw) return false;
  if (pw->kind != PSA_V_VARIABLE || !psa_value_var(pw) || psa_value_var(pw)->assign_count != 1)
    return false;
  const psa_assignment *pa = &psa_value_var(pw)->assigns[0];
  if (!S_within(clause->body, pa->span) || !pa->value || pa->value->kind != PSA_V_COMMAND ||
      !psa_value_cmd(pa->value) ||
      !psa_command_is(psa_value_cmd(pa->value), "ConvertTo-SecureString"))
    return false;
  const psa_arg *str = psa_command_arg(psa_value_cmd(pa->value), "String");
  psa_span scope = {cs, clause->body.end};
  if (!str || !S_string_param_within(ctx, str->value, scope) ||
      !S_string_param_within(ctx, user, scope) || psa_value_var(str->value) == psa_value_var(user))
    return false;
  /* the condition reads both and nothing else */
  uint32_t vars = 0;
  for (uint32_t k = cs; k < ce; k++) if (t[k] == '$') vars++;
  if (vars != 2) return false;
  out->cond = (psa_span){cs, ce};
  out->user_param = psa_value_var(user);
  out->password_param = psa_value_var(str->value);
  return true;
}

static bool S_partner_session(psa_rule_ctx *ctx, const psa_command *connect, bool *unknown);

/* Whether 'inner' (a statement block's inside) holds only the statements
 * 'keep' (assignment spans), blanks, ';' and comments. */
static bool S_only_statements(const char *t, psa_span inner, const psa_span *keep, uint32_t n) {
  for (uint32_t k = inner.start; k < inner.end;) {
    bool in = false;
    for (uint32_t i = 0; i < n && !in; i++)
      if (k >= keep[i].start && k < keep[i].end) {
        k = keep[i].end;
        in = true;
      }
    if (in) continue;
    char c = t[k];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
      k++;
    } else if (c == '<' && k + 1 < inner.end && t[k + 1] == '#') {
      while (k + 1 < inner.end && !(t[k] == '#' && t[k + 1] == '>')) k++;
      k += 2;
    } else if (c == '#') {
      while (k < inner.end && t[k] != '\n') k++;
    } else {
      return false;
    }
  }
  return true;
}

/* The clause (if / else) of one if statement whose body holds 'span'
 * directly (no inner clause or loop between). */
static const psa_block *S_clause_of(const psa_model *m, psa_span span) {
  const psa_block *best = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (!S_within(b->body, span)) continue;
    if (!best || S_within(best->body, b->body)) best = b;
  }
  return best && best->kind != PSA_BLOCK_LOOP ? best : NULL;
}

/* One connection after if (<-UserName and -Password given>) { $s =
 * ConvertTo-SecureString $Password ...; $c = New-Object PSCredential
 * $UserName, $s } else { $c = Get-Credential }: the scheduled mode and a
 * person share it. When the shape is exact, the password branch can sign
 * in with a certificate from new script parameters (as a CERT_BRANCH) and
 * the prompt's branch with the module's delegated sign-in, each connection
 * in its own branch: fills the plan and returns NULL. Otherwise the reason
 * (it names what blocks). */
static const char *S_split_branch(psa_rule_ctx *ctx, const psa_command *connect,
                                  const char *target_cmdlet, psa_conn_plan *out) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  if (psa_strcasecmp(target_cmdlet, "Connect-ExchangeOnline") &&
      psa_strcasecmp(target_cmdlet, "Connect-IPPSSession"))
    return psa_ctx_printf(ctx,
                          "psauth splits such a connection into a certificate branch and a "
                          "delegated one only for Exchange Online and Security & Compliance, not "
                          "for %s",
                          target_cmdlet);
  const psa_arg *cred = psa_command_arg(connect, "Credential");
  const psa_variable *cv = cred && cred->value && cred->via == PSA_BIND_NAMED ? psa_value_var(cred->value) : NULL;
  if (!cv || cred->value->kind != PSA_V_VARIABLE || cv->assign_count != 2 || connect->invoke_operator)
    return "the credential is not one variable assigned once in each branch";
  psa_span reads[4];
  uint32_t nr = psa_variable_reads(m, cv, reads, 4);
  for (uint32_t i = 0; i < nr && i < 4; i++)
    if (!S_within(connect->span, reads[i])) {
      const psa_command *other = NULL;
      for (uint32_t k = 0; k < m->command_count; k++) {
        const psa_command *c = m->commands[k];
        if (c != connect && S_within(c->span, reads[i]) && (!other || S_within(other->span, c->span)))
          other = c;
      }
      return psa_ctx_printf(ctx, "$%s is also read on line %u%s%s: both sign-ins would have to "
                                 "change together",
                            cv->name, psa_line_of(ctx, reads[i].start), other ? ", by " : "",
                            other ? (other->written ? other->written : other->name) : "");
    }
  bool dorg_unknown = false;
  if (S_partner_session(ctx, connect, &dorg_unknown) || dorg_unknown)
    return "it signs in to a customer tenant (?DelegatedOrg=), which Microsoft's app-only "
           "authentication does not support";
  if (psa_plan_outer_loop(m, connect->span.start, &(psa_span){0, 0}))
    return "it connects inside a loop";
  static const char *const taken[] = {"Organization", "ClientId", "CertificateThumbprint", NULL};
  for (int i = 0; taken[i]; i++)
    if (psa_model_variable(m, m->script, taken[i]))
      return psa_ctx_printf(ctx, "the script already has a $%s, which the certificate parameters "
                                 "would take",
                            taken[i]);
  /* no second certificate connection next to the script's own */
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c != connect && !c->in_string && psa_plan_service(m, c) == psa_plan_service(m, connect) &&
        psa_plan_is_modern_connect(m, c))
      return psa_ctx_printf(ctx, "the script already connects with a certificate or managed "
                                 "identity on line %u",
                            psa_line_of(ctx, c->span.start));
  }
  /* which assignment is the prompt, which the parameters' credential */
  const psa_assignment *pa = NULL, *ca = NULL;
  for (uint32_t i = 0; i < 2; i++) {
    const psa_assignment *as = &cv->assigns[i];
    const psa_command *c = as->value && as->value->kind == PSA_V_COMMAND ? psa_value_cmd(as->value) : NULL;
    if (as->append) return "the credential is appended to";
    if (c && psa_command_is(c, "Get-Credential")) pa = as;
    else ca = as;
  }
  if (!pa || !ca) return "one branch does not prompt with Get-Credential";
  const psa_block *then = S_clause_of(m, ca->span), *other = S_clause_of(m, pa->span);
  if (!then || !other || then->kind != PSA_BLOCK_IF || other->kind != PSA_BLOCK_ELSE ||
      then->statement.start != other->statement.start || then->statement.end > n)
    return "the credential is not built in the if and prompted for in its else";
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_ELSEIF && b->statement.start == then->statement.start)
      return "the if statement has an elseif";
  }
  /* the connection right after the if statement, at its level */
  if (connect->statement_span.start < then->statement.end ||
      !S_only_statements(t, (psa_span){then->statement.end, connect->statement_span.start}, NULL, 0) ||
      S_clause_of(m, connect->statement_span) != S_clause_of(m, then->statement))
    return psa_ctx_printf(ctx, "other statements run between the if statement (line %u) and the "
                               "connection",
                          psa_line_of(ctx, then->statement.start));
  /* the parameters' credential: New-Object PSCredential $UserName, $s with
   * $s = ConvertTo-SecureString $Password ..., both in the if clause */
  const psa_value *user = NULL, *pw = NULL;
  if (!ca->value || !psa_credential_parts(m, ca->value, &user, &pw) || !pw ||
      pw->kind != PSA_V_VARIABLE || !psa_value_var(pw))
    return "the password branch builds the credential in a way psauth does not follow";
  uint32_t cs = then->span.start + 2, ce = then->body.start;
  while (cs < ce && isspace((unsigned char)t[cs])) cs++;
  while (ce > cs && isspace((unsigned char)t[ce - 1])) ce--;
  if (ce <= cs || t[cs] != '(' || t[ce - 1] != ')')
    return "the if condition is not in parentheses";
  psa_span scope = {cs, then->body.end};
  /* the password: a [securestring] parameter as it is, or a [string] one
   * through ConvertTo-SecureString in the same clause */
  const psa_variable *sv = psa_value_var(pw), *pwp = NULL;
  const psa_assignment *sa = NULL;
  out->split_type = (psa_span){0, 0};
  if (sv->is_parameter) {
    out->split_type = S_securestring_type(ctx, sv);
    if (!(S_typed_param_within(ctx, pw, scope, "securestring") ||
          S_typed_param_within(ctx, pw, scope, "System.Security.SecureString")) ||
        !out->split_type.end)
      return "the password is a script parameter psauth does not follow (not [string] or "
             "[securestring], or read elsewhere)";
    pwp = sv;
  } else {
    if (sv->assign_count != 1)
      return "the password branch builds the credential in a way psauth does not follow";
    sa = &sv->assigns[0];
    const psa_command *conv = sa->value && sa->value->kind == PSA_V_COMMAND ? psa_value_cmd(sa->value) : NULL;
    if (!conv || !psa_command_is(conv, "ConvertTo-SecureString") || !S_within(then->body, sa->span))
      return "the password branch builds the credential in a way psauth does not follow";
    nr = psa_variable_reads(m, sv, reads, 4);
    for (uint32_t i = 0; i < nr && i < 4; i++)
      if (!S_within(ca->span, reads[i]))
        return psa_ctx_printf(ctx, "$%s is also read on line %u", sv->name,
                              psa_line_of(ctx, reads[i].start));
    const psa_arg *str = psa_command_arg(conv, "String");
    if (!str || !S_string_param_within(ctx, str->value, scope))
      return "the password is not a [string] script parameter read only by the condition and "
             "the credential";
    pwp = psa_value_var(str->value);
  }
  if (!S_string_param_within(ctx, user, scope) || pwp == psa_value_var(user))
    return "the user name is not a [string] script parameter read only by the condition and the "
           "credential";
  /* the condition tests the two parameters and nothing else */
  const char *names[2] = {psa_value_var(user)->name, pwp->name};
  if (!S_names_only(t, (psa_span){cs, ce}, names, 2))
    return "the if condition tests more than the user name and password";
  /* each branch holds only its part of the credential */
  psa_span keep_then[2] = {ca->span, sa ? sa->span : ca->span}, keep_else[1] = {pa->span};
  if (!S_only_statements(t, (psa_span){then->body.start + 1, then->body.end - 1}, keep_then, 2) ||
      !S_only_statements(t, (psa_span){other->body.start + 1, other->body.end - 1}, keep_else, 1))
    return psa_ctx_printf(ctx, "the if statement (line %u) does more than build the credential",
                          psa_line_of(ctx, then->statement.start));
  /* the user name the prompt suggests (Get-Credential -UserName $u) */
  const psa_command *prompt = psa_value_cmd(pa->value);
  const psa_arg *ua = psa_command_arg(prompt, "UserName");
  out->split_user = NULL;
  if (ua && ua->value && ua->via == PSA_BIND_NAMED && ua->value->span.end <= n &&
      (ua->value->kind == PSA_V_STRING || (ua->value->kind == PSA_V_VARIABLE && psa_value_var(ua->value))))
    out->split_user = psa_ctx_printf(ctx, "%.*s", (int)(ua->value->span.end - ua->value->span.start),
                                     t + ua->value->span.start);
  out->cond = (psa_span){cs, ce};
  out->user_param = psa_value_var(user);
  out->password_param = pwp;
  out->split_cred = ca->span;
  out->split_secure = sa ? sa->span : (psa_span){0, 0};
  out->split_prompt = pa->span;
  return NULL;
}

/* Where a script parameter's declaration starts (its attributes, or its
 * name when they are not before it); '*line' gets the start of that line
 * and '*text' the first character after its indentation. */
static uint32_t S_param_decl_start(const char *t, const psa_variable *param, uint32_t *line,
                                   uint32_t *text) {
  psa_span un = param->param_name_span, decl = param->decl_span;
  uint32_t anchor = decl.end > decl.start && decl.start <= un.start ? decl.start : un.start;
  uint32_t ls = anchor;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  uint32_t ie = ls;
  while (ie < anchor && (t[ie] == ' ' || t[ie] == '\t')) ie++;
  *line = ls;
  *text = ie;
  return anchor;
}

/* The parameters and the condition of a CERT_BRANCH / SPLIT_BRANCH plan:
 * -UserName becomes -Organization and -ClientId, -Password
 * -CertificateThumbprint, and the condition tests the three. */
static void S_cert_params(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p) {
  const char *t = ctx->src->text;
  psa_span un = p->user_param->param_name_span;
  /* [string]$Organization goes on a line of its own before the user name's
   * declaration (attributes included), which becomes $ClientId */
  uint32_t ls, ie, anchor = S_param_decl_start(t, p->user_param, &ls, &ie);
  if (ie == anchor && t[anchor] == '[') {
    psa_fix_add_edit(ctx, fx, (psa_span){ls, ls},
                     psa_ctx_printf(ctx, "%.*s[string]$Organization,\n", (int)(ie - ls), t + ls));
    psa_fix_add_edit(ctx, fx, un, "$ClientId");
  } else {
    psa_fix_add_edit(ctx, fx, un, "$Organization, [string]$ClientId");
  }
  psa_fix_add_edit(ctx, fx, p->password_param->param_name_span, "$CertificateThumbprint");
  psa_fix_add_edit(ctx, fx, p->cond,
                   "(($Organization -ne \"\") -and ($ClientId -ne \"\") -and "
                   "($CertificateThumbprint -ne \"\"))");
}

void psa_fix_cert_branch(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p,
                         const psa_command *connect, const psa_arg *cred) {
  S_cert_params(ctx, fx, p);
  psa_fix_add_edit(ctx, fx, cred->span,
                   psa_command_arg(connect, "ShowBanner")
                       ? "-AppId $ClientId -CertificateThumbprint $CertificateThumbprint "
                         "-Organization $Organization"
                       : "-AppId $ClientId -CertificateThumbprint $CertificateThumbprint "
                         "-Organization $Organization -ShowBanner:$false");
  psa_fix_remove_plumbing(ctx, fx, cred->value);
  psa_fix_cert_branch_docs(ctx, fx, p);
}

void psa_fix_split_branch(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p,
                          psa_span connect_stmt, const char *cert_line,
                          const char *delegated_line) {
  S_cert_params(ctx, fx, p);
  if (p->split_type.end > p->split_type.start) psa_fix_add_edit(ctx, fx, p->split_type, "[string]");
  if (p->split_secure.end > p->split_secure.start)
    psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, p->split_secure), "");
  /* a comment over the credential statement that only described it
   * ("#Build credentials object") would now stand over a connection */
  psa_span stmts[2] = {p->split_cred, p->split_prompt};
  for (int i = 0; i < 2; i++) {
    uint32_t from = psa_fix_comment_naming_removed(ctx, fx, stmts[i]);
    uint32_t ls = stmts[i].start;
    while (ls > 0 && (ctx->src->text[ls - 1] == ' ' || ctx->src->text[ls - 1] == '\t')) ls--;
    if (from < ls) psa_fix_add_edit(ctx, fx, (psa_span){from, ls}, "");
  }
  psa_fix_add_edit(ctx, fx, p->split_cred, cert_line);
  psa_fix_add_edit(ctx, fx, p->split_prompt, delegated_line);
  /* the shared connection goes with a comment that only introduced it
   * ("#Create remote Powershell session") */
  static const char *const about[] = {"session", "connect", NULL};
  psa_fix_add_edit(ctx, fx,
                   psa_fix_span_with_comment_about(ctx, fx, psa_fix_statement_span(ctx, connect_stmt),
                                                   about),
                   "");
  psa_fix_cert_branch_docs(ctx, fx, p);
}

/* A connection to a customer tenant through a partner's sign-in: an EXO V1
 * -DelegatedOrganization, or a remote session whose ConnectionUri carries
 * ?DelegatedOrg= (psa_plan_delegated_org: a constant, a variable holding
 * one, an expandable string or a concatenation); *unknown when the URI is
 * built at run time so that psauth cannot tell. */
static bool S_partner_session(psa_rule_ctx *ctx, const psa_command *connect, bool *unknown) {
  *unknown = false;
  if (psa_command_arg(connect, "DelegatedOrganization")) return true;
  if (!psa_command_is(connect, "New-PSSession")) return false;
  char buf[256];
  const char *text;
  psa_dorg_kind k = psa_plan_delegated_org(ctx->model, connect, &text, buf, sizeof(buf));
  *unknown = k == PSA_DORG_UNKNOWN;
  return k == PSA_DORG_LITERAL || k == PSA_DORG_EXPR || k == PSA_DORG_UNREADABLE;
}

/* Whether the connection's credential is built from a user name that is a
 * parameter of the function the connection is in ($cred = New-Object
 * PSCredential ("$Username", ...) in function Connect-Azure { param($Username,
 * ...) }), not a script parameter. */
static bool S_function_user_param(const psa_model *m, const psa_command *connect) {
  if (!connect->scope || connect->scope->kind != PSA_SCOPE_FUNCTION) return false;
  const psa_arg *a = psa_command_arg(connect, "Credential");
  const psa_variable *cred = a && a->value ? psa_value_var(a->value) : NULL;
  if (!cred || cred->assign_count != 1 || !cred->assigns[0].value) return false;
  const psa_value *user = NULL, *pw = NULL;
  if (!psa_credential_parts(m, cred->assigns[0].value, &user, &pw) || !user) return false;
  if (user->kind == PSA_V_INTERP && user->item_count == 1) user = user->items[0];
  const psa_variable *u = user ? psa_value_var(user) : NULL;
  return u && u->is_parameter && u->scope == connect->scope;
}

/* The file's own delegated connection with 'cmdlet' (Connect-MgGraph
 * -Scopes ..., Connect-ExchangeOnline -UserPrincipalName ...): no app,
 * certificate, managed identity, token or credential argument. NULL when
 * there is none. */
static const psa_command *S_own_delegated(const psa_model *m, const char *cmdlet) {
  static const char *const app_args[] = {
      "ClientId",       "AppId",           "CertificateThumbprint", "CertificateSubjectName",
      "Certificate",    "CertificateFilePath", "Identity",          "ManagedIdentity",
      "AccessToken",    "ClientSecretCredential", "EnvironmentVariable", "Credential", NULL};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || c->local_function || !psa_command_is(c, cmdlet)) continue;
    bool app = false;
    for (int k = 0; app_args[k] && !app; k++) app = psa_command_arg(c, app_args[k]) != NULL;
    if (!app) return c;
  }
  return NULL;
}

bool psa_plan_connection(psa_rule_ctx *ctx, const psa_rule *rule, const psa_command *connect,
                         const char *target_cmdlet, psa_conn_plan *out) {
  const psa_model *m = ctx->model;
  memset(out, 0, sizeof(*out));
  psa_plan_signin(m, connect, &out->si, out->scratch, sizeof(out->scratch));
  const char *subject = connect->alias ? connect->alias : connect->name;
  const char *refuse = NULL;
  psa_service svc = out->si.service;
  if (svc == PSA_SERVICE_EXCHANGE || svc == PSA_SERVICE_COMPLIANCE)
    refuse = psa_plan_exo_scope_refusal(m, connect);
  /* Exchange Online has no Unified Messaging: a rewrite would sign in to a
   * service where the script's UM steps fail */
  const psa_command *um =
      !refuse && svc == PSA_SERVICE_EXCHANGE ? psa_plan_exchange_um_use(m, connect) : NULL;
  if (um)
    refuse = psa_ctx_printf(ctx,
                            "%s on line %u is an Exchange Unified Messaging cmdlet, which only "
                            "on-premises Exchange Server has: Unified Messaging in Exchange "
                            "Online is out of support since " PSA_DATE_EXO_UM_OFF
                            " (voicemail moved to Cloud Voicemail, auto attendants to Cloud Auto Attendant), so "
                            "Connect-ExchangeOnline would give the script no UM cmdlets; rework "
                            "its UM steps first",
                            um->name, psa_line_of(ctx, um->span.start));
  if (!refuse && connect->in_string)
    refuse = "it is inside a string run as a script; the replacement would need that string's "
             "quoting";
  char job[160];
  if (!refuse && psa_plan_job_block(m, connect, job, sizeof(job)))
    refuse = psa_ctx_printf(ctx,
                            "it runs in %s, a job in a PowerShell process of its own: that "
                            "process has no console for a sign-in prompt and does not see this "
                            "script's variables (the tenant values a rewrite would read); give "
                            "the job app-only sign-in with its values passed in (-ArgumentList "
                            "or $using:) by hand",
                            job);
  if (!refuse) switch (out->si.mode) {
      case PSA_SIGNIN_TOKEN:
        if (out->si.at.end > out->si.at.start && out->si.at.end <= ctx->src->text_len &&
            psa_find_ci(ctx->src->text + out->si.at.start, out->si.at.end - out->si.at.start,
                        "DelegatedOrg=")) {
          /* a partner's token for a customer tenant */
          refuse = "it signs in to a customer tenant with a partner's OAuth token "
                   "(BasicAuthToOAuthConversion with ?DelegatedOrg=): Microsoft's partner "
                   "connection instructions use Connect-ExchangeOnline -DelegatedOrganization "
                   "with the partner administrator's sign-in, not -AccessToken, so there is no "
                   "exact mapping to apply unseen (see the suggestion)";
          break;
        }
        refuse = psa_ctx_printf(ctx,
                                "it signs in with %s: there is no exact mapping to a modern "
                                "sign-in for it (see the suggestion)",
                                out->si.evidence);
        break;
      case PSA_SIGNIN_MODERN:
        if (out->si.modern == connect) return false; /* nothing to migrate */
        if (S_find_branch(ctx, connect, out->si.modern, out)) {
          out->target = PSA_TARGET_REMOVE_BRANCH;
          out->why = psa_ctx_printf(ctx,
                                    "its certificate or managed identity connection (line %u) is "
                                    "already there: nothing is added",
                                    psa_line_of(ctx, out->si.modern->span.start));
        } else if (!(refuse = S_loop_refusal(m, connect))) {
          refuse = psa_ctx_printf(ctx,
                                  "the script already connects with a certificate or managed "
                                  "identity on line %u, outside this statement's if/else: "
                                  "psauth adds no second certificate connection; remove this "
                                  "legacy one by hand",
                                  psa_line_of(ctx, out->si.modern->span.start));
        }
        break;
      case PSA_SIGNIN_UNKNOWN:
        if (out->si.shared_prompt) {
          /* the scheduled mode and a person share one connection: each
           * gets its own in its branch when the shape is exact */
          const char *why_not = S_split_branch(ctx, connect, target_cmdlet, out);
          if (!why_not) {
            out->target = PSA_TARGET_SPLIT_BRANCH;
            out->why = "the password branch is the script's scheduled mode, gated on script "
                       "parameters, and the other branch prompts a person: the password branch "
                       "connects with a certificate from new parameters (-Organization, "
                       "-ClientId, -CertificateThumbprint; callers pass those instead), the "
                       "prompt's branch with the module's interactive modern sign-in, and the "
                       "shared connection goes";
            break;
          }
          refuse = psa_ctx_printf(ctx,
                                  "%s; psauth gives each its own connection (a certificate branch "
                                  "and a delegated one) only where that is exact, and here %s",
                                  out->si.evidence, why_not);
          break;
        }
        if (out->si.from_parameters || out->si.evidence_says_who) { /* the evidence says who */
          refuse = out->si.evidence;
          break;
        }
        refuse = psa_ctx_printf(ctx,
                                "%s: psauth cannot tell whether a person or a scheduled job "
                                "signs in here",
                                out->si.evidence);
        break;
      case PSA_SIGNIN_INTERACTIVE:
        out->target = PSA_TARGET_DELEGATED;
        out->why = "a person keeps signing in, with modern authentication (MFA)";
        break;
      case PSA_SIGNIN_UNATTENDED: {
        /* a helper function's user name and password parameters are the
         * only evidence of a job, while the file signs a person in to the
         * same service itself: one script, one sign-in mode, the person's */
        const psa_command *own = out->si.from_parameters && S_function_user_param(m, connect) &&
                                         !S_interactive_sibling(ctx, connect)
                                     ? S_own_delegated(m, target_cmdlet)
                                     : NULL;
        if (own) {
          out->si.mode = PSA_SIGNIN_INTERACTIVE;
          out->si.evidence = "a helper function's user name and password parameters, in a file "
                             "that signs a person in itself";
          out->target = PSA_TARGET_DELEGATED;
          out->drop_params = true;
          out->why = psa_ctx_printf(
              ctx,
              "the file's own %s on line %u signs a person in (delegated) and only the "
              "function's password parameters would say a job runs this one: one script, one "
              "sign-in mode, so this connection is delegated too and the parameters go",
              own->name, psa_line_of(ctx, own->span.start));
          break;
        }
        /* if (-UserName/-Password given) { password sign-in } else { the
         * module's own interactive sign-in }: the password branch goes and
         * the modern interactive one stays (a second, certificate branch
         * would stay gated on -UserName/-Password) */
        const psa_command *inter = out->si.from_parameters ? S_interactive_sibling(ctx, connect) : NULL;
        psa_conn_plan probe;
        memset(&probe, 0, sizeof(probe));
        if (inter && S_find_branch(ctx, connect, inter, &probe) && S_cert_branch(ctx, connect, out)) {
          out->target = PSA_TARGET_CERT_BRANCH;
          out->why = psa_ctx_printf(ctx,
                                    "the password branch is the script's scheduled mode, gated on "
                                    "script parameters; the other branch (line %u) is the "
                                    "interactive sign-in and stays: the password parameters become "
                                    "certificate ones (-Organization, -ClientId, "
                                    "-CertificateThumbprint; callers pass those instead)",
                                    psa_line_of(ctx, inter->span.start));
          break;
        }
        if (inter && S_find_branch(ctx, connect, inter, &probe)) {
          /* deleting the branch (and its parameters) would break every
           * scheduled caller that passes them, with no unattended sign-in
           * left; the certificate branch needs new script parameters */
          refuse = psa_ctx_printf(ctx,
                                  "the password branch is the script's scheduled mode, gated on "
                                  "script parameters, and the other branch (line %u) is the "
                                  "interactive sign-in: removing it would break scheduled callers; "
                                  "give the scheduled mode a certificate branch with its own "
                                  "parameters (app id, tenant, certificate thumbprint)",
                                  psa_line_of(ctx, inter->span.start));
          break;
        }
        /* operations Microsoft Graph allows only for a signed-in user: an
         * app-only or managed identity rewrite would break them */
        static const char *const delegated_only[] = {
            "Submit-PnPTeamsChannelMessage", "New-MgTeamChannelMessage",
            "New-MgTeamChannelMessageReply", "New-MgChatMessage", NULL};
        for (uint32_t i = 0; i < m->command_count && !refuse; i++)
          for (int k = 0; delegated_only[k] && !refuse; k++)
            if (!m->commands[i]->local_function && m->commands[i]->name &&
                !psa_strcasecmp(m->commands[i]->name, delegated_only[k]))
              refuse = psa_ctx_printf(
                  ctx,
                  "the script posts Teams messages (%s, line %u), which Microsoft Graph allows "
                  "only for a signed-in user (the application permission is for imports only): "
                  "an app-only or managed identity connection would break it",
                  delegated_only[k], psa_line_of(ctx, m->commands[i]->span.start));
        if (refuse) break;
        /* Teams cmdlets Microsoft lists as unsupported with application-based
         * authentication (New-Team, ...): an app-only or managed identity
         * connection would break them. The GCC High / DoD-only entries count
         * when the connection names a Teams environment. */
        if (!psa_strcasecmp(target_cmdlet, "Connect-MicrosoftTeams")) {
          const psa_command *u =
              psa_plan_teams_app_only_unsupported(m, psa_command_arg(connect, "TeamsEnvironmentName") != NULL);
          if (u) {
            refuse = psa_ctx_printf(
                ctx,
                "the script calls %s (line %u), which Microsoft's page \"Application-based "
                "authentication in Teams PowerShell Module\" lists as not supported with "
                "application-based authentication: an app-only or managed identity connection "
                "would break it; keep a person's sign-in for it (Connect-MicrosoftTeams, "
                "interactive) or move that call to a delegated session",
                u->name, psa_line_of(ctx, u->span.start));
            break;
          }
        }
        bool dorg_unknown;
        if (S_partner_session(ctx, connect, &dorg_unknown)) {
          refuse = "it signs in to a customer tenant as a partner administrator (?DelegatedOrg=, "
                   "-DelegatedOrganization): "
                   "Microsoft's app-only (certificate) authentication does not support delegated "
                   "partner access, so there is no unattended rewrite to apply unseen; a person's "
                   "sign-in (Connect-ExchangeOnline -DelegatedOrganization) or the customer "
                   "tenant's own app registration is the way";
          break;
        }
        if (dorg_unknown) {
          refuse = "the connection URI is built at run time, so psauth cannot tell whether it "
                   "names a customer tenant (?DelegatedOrg=), which Microsoft's app-only "
                   "authentication does not support";
          break;
        }
        /* a runbook's managed identity unless a certificate was asked for */
        bool mi = ctx->tenant->managed_identity || out->si.uses_managed_identity ||
                  (out->si.runbook && !ctx->tenant->certificate_thumbprint &&
                   !ctx->tenant->certificate_path);
        out->target = mi ? PSA_TARGET_MANAGED_IDENTITY : PSA_TARGET_APP_ONLY;
        out->why = mi ? (ctx->tenant->managed_identity
                             ? "a job: managed identity (--managed-identity)"
                         : out->si.uses_managed_identity
                             ? "a job: the managed identity the script already uses"
                             : psa_plan_runbook_why(ctx, out->si.runbook))
                      : "a job: app-only certificate sign-in, no stored password";
        /* a connection per item of a loop (tenants of a partner) */
        refuse = S_loop_refusal(m, connect);
        /* other unattended connections of the service with another credential:
         * source and target tenants keep distinct values, each its own
         * $<Tenant>AppId / $<Tenant>Organization / $<Tenant>CertificateThumbprint
         * named after its credential ($SourceCred -> $SourceOrganization) */
        const char *mine = S_cred_text(ctx, connect);
        for (uint32_t i = 0; i < m->command_count && !refuse && mine; i++) {
          const psa_command *c = m->commands[i];
          if (c == connect || psa_plan_service(m, c) != svc || psa_plan_is_modern_connect(m, c))
            continue;
          const char *other = S_cred_text(ctx, c);
          if (!other || !psa_strcasecmp(other, mine)) continue;
          if (psa_plan_signin_mode(m, c) != PSA_SIGNIN_UNATTENDED) continue;
          const char *mp = S_tenant_prefix(ctx, mine), *op = S_tenant_prefix(ctx, other);
          const psa_tenant *tv = ctx->tenant;
          /* configured values or the script's own ones would be the same
           * for both tenants */
          bool one_set = tv->app_id || tv->organization || tv->certificate_thumbprint ||
                         tv->certificate_path || S_own(ctx, connect, S_own_app) ||
                         S_own(ctx, connect, S_own_tenant) || S_own(ctx, connect, S_own_thumb) ||
                         S_own_arg(ctx, connect, S_arg_app) || S_own_arg(ctx, connect, S_arg_tenant);
          /* every tenant of the service, in source order: each rewrite
           * declares them all, so that the declaration blocks are one */
          psa_buf all;
          psa_buf_init(&all);
          for (uint32_t k = 0; k < m->command_count && mp && op; k++) {
            const psa_command *o = m->commands[k];
            if (psa_plan_service(m, o) != svc || psa_plan_is_modern_connect(m, o)) continue;
            const char *ot = o == connect ? mine : S_cred_text(ctx, o);
            if (!ot || (o != connect && psa_plan_signin_mode(m, o) != PSA_SIGNIN_UNATTENDED)) continue;
            /* a connection per item of a loop is refused on its own */
            psa_span ol, ml;
            if (o != connect && psa_plan_outer_loop(m, o->span.start, &ol) &&
                !(psa_plan_outer_loop(m, connect->span.start, &ml) && ml.start == ol.start))
              continue;
            const char *px = S_tenant_prefix(ctx, ot);
            if (!px) {
              op = NULL;
              break;
            }
            if (!psa_find_ci(all.data ? all.data : "", all.len, psa_ctx_printf(ctx, ",%s,", px)))
              psa_buf_printf(&all, "%s%s,", all.len ? "" : ",", px);
          }
          if (mp && op && psa_strcasecmp(mp, op) && !one_set) {
            out->tenant_prefix = mp;
            out->tenant_all = psa_ctx_printf(ctx, "%s", all.data ? all.data : "");
            psa_buf_free(&all);
            out->why = psa_ctx_printf(
                ctx,
                "%s; the script signs in to several tenants (another credential, %s, on line "
                "%u): this one keeps its own $%sAppId, $%sOrganization and "
                "$%sCertificateThumbprint",
                out->why, other, psa_line_of(ctx, c->span.start), mp, mp, mp);
            break;
          }
          psa_buf_free(&all);
          refuse = psa_ctx_printf(ctx,
                                  "another connection to the same service signs in with a "
                                  "different credential (%s, line %u): they may be different "
                                  "tenants, %s",
                                  other, psa_line_of(ctx, c->span.start),
                                  one_set ? "and the one set of app-only values given (configured "
                                            "or the script's own) would merge them"
                                          : "and psauth cannot name them apart from their "
                                            "credentials' names");
        }
        break;
      }
    }
  if (refuse) {
    out->target = PSA_TARGET_REFUSED;
    out->why = refuse;
    psa_plan_note(ctx, rule, connect->span, subject, out->si.mode, out->si.evidence, NULL, refuse);
    return false;
  }
  const char *what = NULL;
  switch (out->target) {
    case PSA_TARGET_APP_ONLY:
      what = psa_ctx_printf(ctx, "%s, app-only certificate", target_cmdlet);
      break;
    case PSA_TARGET_MANAGED_IDENTITY:
      what = !psa_strcasecmp(target_cmdlet, "Connect-IPPSSession")
                 ? "Connect-IPPSSession, app-only certificate (it has no managed identity sign-in)"
                 : psa_ctx_printf(ctx, "%s, managed identity", target_cmdlet);
      break;
    case PSA_TARGET_DELEGATED:
      what = psa_ctx_printf(ctx, "%s, delegated (interactive) sign-in", target_cmdlet);
      break;
    case PSA_TARGET_REMOVE_BRANCH:
      what = "keep the script's own connection; remove the legacy branch";
      break;
    case PSA_TARGET_CERT_BRANCH:
      what = psa_ctx_printf(ctx, "%s, app-only certificate in the scheduled branch", target_cmdlet);
      break;
    case PSA_TARGET_SPLIT_BRANCH:
      what = psa_ctx_printf(ctx,
                            "%s, app-only certificate in the scheduled branch and delegated "
                            "(interactive) sign-in in the prompt's branch",
                            target_cmdlet);
      break;
    default: break;
  }
  psa_plan_note(ctx, rule, connect->span, subject, out->si.mode, out->si.evidence, what, out->why);
  return true;
}

/* ---- sign-in arguments per cmdlet -------------------------------------- */

/* Each cmdlet's parameter names (cmdlet-parameters.json, catalogue 1.6). */
typedef struct {
  const char *cmdlet;
  const char *lead;       /* before the certificate arguments (-ServicePrincipal) */
  const char *app, *tenant, *thumb;
  const char *file;       /* certificate file parameter, or NULL: -Certificate object */
  const char *mi;         /* managed identity switch, or NULL: none */
  bool mi_tenant;         /* the managed identity form needs the tenant too */
  bool domain;            /* the tenant must be the .onmicrosoft.com domain */
} S_form;

static const S_form S_forms[] = {
    {"Connect-ExchangeOnline", NULL, "-AppId", "-Organization", "-CertificateThumbprint",
     "-CertificateFilePath", "-ManagedIdentity", true, true},
    {"Connect-IPPSSession", NULL, "-AppId", "-Organization", "-CertificateThumbprint",
     "-CertificateFilePath", NULL, false, true},
    {"Connect-MicrosoftTeams", NULL, "-ApplicationId", "-TenantId", "-CertificateThumbprint", NULL,
     "-Identity", false, false},
    {"Connect-SPOService", NULL, "-ClientId", "-TenantId", "-CertificateThumbprint",
     "-CertificatePath", "-ManagedIdentity", false, false},
    {"Connect-PnPOnline", NULL, "-ClientId", "-Tenant", "-Thumbprint", "-CertificatePath",
     "-ManagedIdentity", false, false},
    {"Connect-AzAccount", "-ServicePrincipal", "-ApplicationId", "-Tenant",
     "-CertificateThumbprint", "-CertificatePath", "-Identity", false, false},
    {"Connect-AzureRmAccount", "-ServicePrincipal", "-ApplicationId", "-Tenant",
     "-CertificateThumbprint", "-CertificatePath", "-Identity", false, false},
    {"Add-AzureRmAccount", "-ServicePrincipal", "-ApplicationId", "-Tenant",
     "-CertificateThumbprint", "-CertificatePath", "-Identity", false, false},
    {"Connect-MgGraph", NULL, "-ClientId", "-TenantId", "-CertificateThumbprint", NULL, "-Identity",
     false, false},
    {NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, false}};

/* A variable the script itself holds a tenant value in, visible at 'at'. */
/* Whether an assignment's value comes from a retired module's call: its
 * own (Get-MsolAccountSku) or one of a variable it reads ($d = Get-Msol...;
 * $TenantDomain = $d[0].AccountName + ...), which fails or goes with it. */
static bool S_legacy_derived(const psa_rule_ctx *ctx, const psa_assignment *as, int depth) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->name && !c->local_function && c->span.start >= as->span.start &&
        c->span.end <= as->span.end && psa_legacy_directory_module(c->name))
      return true;
  }
  if (depth >= 3 || as->span.end > ctx->src->text_len) return false;
  const char *t = ctx->src->text;
  /* the script's variables it reads (a function's locals are not followed) */
  for (const psa_variable *w = m->script->vars; w; w = w->next) {
    if (!w->name || !w->assign_count) continue;
    size_t n = strlen(w->name);
    bool reads = false;
    for (uint32_t k = as->span.start; k < as->span.end && !reads; k++)
      reads = t[k] == '$' && k + 1 + n <= as->span.end &&
              !psa_strncasecmp(t + k + 1, w->name, n) &&
              (k + 1 + n == as->span.end ||
               !(isalnum((unsigned char)t[k + 1 + n]) || t[k + 1 + n] == '_'));
    /* the variable being assigned itself is not a read of it */
    if (reads && as->target_span.start < as->target_span.end &&
        as->target_span.end - as->target_span.start == n + 1 &&
        !psa_strncasecmp(t + as->target_span.start + 1, w->name, n)) {
      bool other = false;
      for (uint32_t k = as->target_span.end; k < as->span.end && !other; k++)
        other = t[k] == '$' && k + 1 + n <= as->span.end &&
                !psa_strncasecmp(t + k + 1, w->name, n);
      reads = other;
    }
    if (!reads) continue;
    for (uint32_t q = 0; q < w->assign_count; q++)
      if (&w->assigns[q] != as && S_legacy_derived(ctx, &w->assigns[q], depth + 1)) return true;
  }
  return false;
}

/* Whether the script's variable 'v' holds its value when 'at' runs: a
 * parameter, or an assignment that runs before it on every path
 * (psa_plan_runs_before: earlier, at its level or an enclosing one, and at
 * the script's level before the call of a function that connects) and
 * does not come from a retired module's call. A value set later, or read
 * from MSOnline while that connection goes, is $null at the connection. */
static bool S_own_reaches(const psa_rule_ctx *ctx, const psa_variable *v, const psa_command *at) {
  if (v->is_parameter) return true;
  if (!at) return true;
  for (uint32_t i = 0; i < v->assign_count; i++) {
    const psa_assignment *as = &v->assigns[i];
    if (as->append || S_legacy_derived(ctx, as, 0)) continue;
    if (psa_plan_runs_before(ctx->model, ctx->src->text, ctx->src->text_len, as->span, v->scope,
                             at))
      return true;
  }
  return false;
}

/* Whether every assignment of 'v' is a string constant with a blank in it
 * ($Organization = "Northwind Traders", a report's header): no tenant id,
 * domain, app id or thumbprint has one, so the variable is the script's
 * own business, not a sign-in value. */
static bool S_own_prose(const psa_rule_ctx *ctx, const psa_variable *v) {
  if (v->is_parameter || !v->assign_count) return false;
  for (uint32_t i = 0; i < v->assign_count; i++) {
    const psa_value *val = v->assigns[i].value;
    if (!val || val->kind != PSA_V_STRING || val->span.end > ctx->src->text_len ||
        !memchr(ctx->src->text + val->span.start, ' ', val->span.end - val->span.start))
      return false;
  }
  return true;
}

static const char *S_own(psa_rule_ctx *ctx, const psa_command *at, const char *const *names) {
  for (int i = 0; names[i]; i++) {
    psa_variable *v = psa_model_variable(ctx->model, at ? at->scope : NULL, names[i]);
    if (!v || (!v->is_parameter && !v->assign_count)) continue;
    if (!S_own_reaches(ctx, v, at) || S_own_prose(ctx, v)) continue;
    const psa_scope *root = v->scope;
    while (root && root->parent) root = root->parent;
    if (root != ctx->model->script) continue; /* a dot-sourced file's */
    return psa_ctx_printf(ctx, "$%s", v->name);
  }
  return NULL;
}


/* A value the script's own modern connections already give (the
 * -Organization of its Connect-ExchangeOnline -ManagedIdentity, the
 * -AppId of its certificate connection), as source text, or NULL. */
/* Whether the variables of a value copied from another command to the
 * connection 'at' hold their values there: a value assigned after it (or
 * only in another function) would reach the new line as $null, as
 * `Connect-MgGraph -ClientId $pfxClientId` above the `$pfxClientId =
 * Get-Content ...` that a later Connect-PnPOnline reads. */
static bool S_value_reaches(const psa_rule_ctx *ctx, const psa_value *v, const psa_command *at) {
  if (!at || !v) return true;
  if (v->kind == PSA_V_STRING || v->kind == PSA_V_NUMBER || v->kind == PSA_V_BOOL) return true;
  if (v->kind == PSA_V_INTERP) {
    for (uint32_t i = 0; i < v->item_count; i++)
      if (!S_value_reaches(ctx, v->items[i], at)) return false;
    return true;
  }
  if (v->kind != PSA_V_VARIABLE || !v->str) return false;
  const psa_variable *var = psa_model_variable(ctx->model, at->scope, v->str);
  return var && (var->is_parameter || var->assign_count) && S_own_reaches(ctx, var, at);
}

static const char *S_own_arg(psa_rule_ctx *ctx, const psa_command *conn, const char *const *params) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || !psa_plan_is_modern_connect(m, c)) continue;
    for (int k = 0; params[k]; k++) {
      const psa_arg *a = psa_command_arg(c, params[k]);
      if (a && a->via == PSA_BIND_SPLAT && a->param_span.end <= ctx->src->text_len &&
          c->span.end <= ctx->src->text_len) {
        /* Connect-AzureAD @connection: the hashtable's entry, $connection.Key */
        const char *t = ctx->src->text;
        const char *at = memchr(t + c->span.start, '@', c->span.end - c->span.start);
        uint32_t n = 0;
        while (at && at + 1 + n < t + c->span.end &&
               (isalnum((unsigned char)at[1 + n]) || at[1 + n] == '_'))
          n++;
        psa_span key = a->param_span;
        bool plain = key.end > key.start && key.end - key.start < 64;
        for (uint32_t q = key.start; plain && q < key.end; q++)
          plain = isalnum((unsigned char)t[q]) || t[q] == '_';
        if (at && n && plain)
          return psa_ctx_printf(ctx, "$%.*s.%.*s", (int)n, at + 1, (int)(key.end - key.start),
                                t + key.start);
        continue;
      }
      if (!a || !a->value || a->via != PSA_BIND_NAMED || a->value->span.end > ctx->src->text_len)
        continue;
      if (!S_value_reaches(ctx, a->value, conn)) continue;
      psa_span v = a->value->span;
      const char *t = ctx->src->text + v.start;
      uint32_t n = v.end - v.start;
      if (!n || n > 120 || memchr(t, '\n', n) || memchr(t, '(', n)) continue;
      return psa_ctx_printf(ctx, "%.*s", (int)n, t);
    }
  }
  return NULL;
}


const char *psa_plan_runbook_why(psa_rule_ctx *ctx, const psa_command *evidence) {
  return psa_ctx_printf(ctx,
                        "a job in an Azure Automation runbook (%s on line %u): the Automation "
                        "account's managed identity, Microsoft's sign-in for runbooks since Run As "
                        "accounts retired on 30 September 2023",
                        evidence->name, psa_line_of(ctx, evidence->span.start));
}

const char *psa_fix_signin_args(psa_rule_ctx *ctx, const psa_command *at, const char *cmdlet,
                                psa_target target, bool have_tenant) {
  const S_form *f = NULL;
  for (int i = 0; S_forms[i].cmdlet; i++)
    if (!psa_strcasecmp(S_forms[i].cmdlet, cmdlet)) f = &S_forms[i];
  if (!f) return NULL;
  const psa_tenant *t = ctx->tenant;
  /* the script's own values first: configured values are the fallback */
  const char *app = S_own(ctx, at, S_own_app);
  if (!app) app = S_own_arg(ctx, at, S_arg_app);
  if (!app) app = psa_fix_tenant_value(ctx, PSA_TENANT_APP_ID);
  const char *tenant = S_own(ctx, at, f->domain ? S_own_domain : S_own_tenant);
  if (!tenant) tenant = S_own_arg(ctx, at, f->domain ? S_arg_domain : S_arg_tenant);
  if (!tenant) tenant = psa_fix_tenant_value(ctx, PSA_TENANT_ORGANIZATION);
  psa_buf b;
  psa_buf_init(&b);
  if (target == PSA_TARGET_MANAGED_IDENTITY && f->mi) {
    psa_buf_puts(&b, f->mi);
    if (f->mi_tenant && !have_tenant) psa_buf_printf(&b, " %s %s", f->tenant, tenant);
  } else {
    const char *thumb = S_own(ctx, at, S_own_thumb);
    if (!thumb) thumb = S_own_arg(ctx, at, S_arg_thumb);
    if (f->lead) psa_buf_printf(&b, "%s ", f->lead);
    if (!thumb && t->certificate_path && !t->certificate_thumbprint) {
      if (f->file)
        psa_buf_printf(&b, "%s %s", f->file, psa_ctx_quote(ctx, t->certificate_path));
      else /* -Certificate takes an X509Certificate2 object */
        psa_buf_printf(&b, "-Certificate (Get-PfxCertificate -FilePath %s)",
                       psa_ctx_quote(ctx, t->certificate_path));
    } else {
      psa_buf_printf(&b, "%s %s", f->thumb,
                     thumb ? thumb : psa_fix_tenant_value(ctx, PSA_TENANT_THUMBPRINT));
    }
    psa_buf_printf(&b, " %s %s", f->app, app);
    if (!have_tenant) psa_buf_printf(&b, " %s %s", f->tenant, tenant);
  }
  char *r = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return r;
}

const char *psa_fix_signin_args_for(psa_rule_ctx *ctx, const psa_command *at, const char *cmdlet,
                                    const psa_conn_plan *plan, bool have_tenant) {
  const char *args = psa_fix_signin_args(ctx, at, cmdlet, plan->target, have_tenant);
  if (!args || !plan->tenant_prefix) return args;
  /* the default $Exo* names become the tenant's own */
  psa_buf b;
  psa_buf_init(&b);
  for (const char *p = args; *p;) {
    static const char *const names[] = {"$ExoAppId", "$ExoOrganization", "$ExoCertificateThumbprint",
                                        NULL};
    bool hit = false;
    for (int i = 0; names[i] && !hit; i++) {
      size_t k = strlen(names[i]);
      if (!strncmp(p, names[i], k) && !isalnum((unsigned char)p[k])) {
        psa_buf_printf(&b, "$%s%s", plan->tenant_prefix, names[i] + 4);
        p += k;
        hit = true;
      }
    }
    if (!hit) psa_buf_putc(&b, *p++);
  }
  const char *r = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return r;
}

/* The text of a span with its surrounding blanks (and one trailing ';')
 * trimmed, as an arena string. */
static const char *S_trimmed_text(psa_rule_ctx *ctx, uint32_t s, uint32_t e) {
  const char *t = ctx->src->text;
  while (s < e && strchr(" \t\r\n", t[s])) s++;
  while (e > s && strchr(" \t\r\n;", t[e - 1])) e--;
  return psa_ctx_printf(ctx, "%.*s", (int)(e - s), t + s);
}

uint32_t psa_if_clauses(const psa_model *m, const psa_block *if_block,
                        const psa_block **else_block) {
  uint32_t clauses = 0;
  *else_block = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP || b->statement.start != if_block->statement.start ||
        b->statement.end != if_block->statement.end)
      continue;
    clauses++;
    if (b->kind == PSA_BLOCK_ELSE) *else_block = b;
  }
  return clauses;
}

bool psa_fix_collapse_if(psa_rule_ctx *ctx, psa_fix *fx, psa_span stmt, const char *new_text,
                         const char *(*else_text)(psa_rule_ctx *, const psa_command *)) {
  const psa_model *m = ctx->model;
  const psa_block *in = NULL, *other = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->body.end > ctx->src->text_len || !S_within(b->body, stmt)) continue;
    if (!in || S_within(in->body, b->body)) in = b;
  }
  if (!in || in->kind != PSA_BLOCK_IF) return false;
  if (psa_if_clauses(m, in, &other) != 2 || !other) return false;
  /* the if block holds only this statement */
  const char *mine = S_trimmed_text(ctx, in->body.start + 1, in->body.end - 1);
  const char *whole = S_trimmed_text(ctx, stmt.start, stmt.end);
  if (strcmp(mine, whole)) return false;
  const char *theirs = S_trimmed_text(ctx, other->body.start + 1, other->body.end - 1);
  if (else_text) {
    /* the else block's single command, as its own rewrite makes it */
    const psa_command *c = NULL;
    for (uint32_t i = 0; i < m->command_count; i++)
      if (S_within(other->body, m->commands[i]->span) && !strcmp(theirs, S_trimmed_text(ctx, m->commands[i]->statement_span.start, m->commands[i]->statement_span.end)))
        c = m->commands[i];
    theirs = c ? else_text(ctx, c) : NULL;
  }
  if (!theirs || strcmp(theirs, new_text)) return false;
  psa_fix_add_edit(ctx, fx, in->statement, new_text);
  return true;
}

/* The first entry of rule 'rule_id' for the command at 'span' that 'keep'
 * accepts. */
static const psa_plan_entry *S_entry_at(const psa_rule_ctx *ctx, const char *rule_id,
                                        psa_span span, bool (*keep)(const psa_plan_entry *)) {
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    const psa_plan_entry *e = &impl->plan[i];
    if (e->rule_id && !strcmp(e->rule_id, rule_id) && e->span.start == span.start &&
        e->span.end == span.end && keep(e))
      return e;
  }
  return NULL;
}

static bool S_is_connection(const psa_plan_entry *e) { return e->kind == PSA_PLAN_CONNECTION; }
static bool S_is_refusal(const psa_plan_entry *e) { return !e->target; }

const psa_plan_entry *psa_plan_connection_at(const psa_rule_ctx *ctx, const char *rule_id,
                                             psa_span span) {
  return S_entry_at(ctx, rule_id, span, S_is_connection);
}

const psa_plan_entry *psa_plan_refused_at(const psa_rule_ctx *ctx, const char *rule_id,
                                          psa_span span) {
  return S_entry_at(ctx, rule_id, span, S_is_refusal);
}

bool psa_plan_rps_all_migrate(const psa_rule_ctx *ctx) {
  const psa_rule_state *impl = ctx->impl;
  bool any = false;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    const psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->rule_id ||
        (strcmp(e->rule_id, "PSA101") && strcmp(e->rule_id, "PSA110")))
      continue;
    if (!e->target) return false;
    any = true;
  }
  return any;
}

const psa_plan_entry *psa_plan_refused_connection(const psa_rule_ctx *ctx, const char *rule_id) {
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    const psa_plan_entry *e = &impl->plan[i];
    if (e->rule_id && !strcmp(e->rule_id, rule_id) && !e->target) return e;
  }
  return NULL;
}

/* ---- a caller's credential parameters become certificate ones ---------- */

/* The [string] script parameter a credential part reads: the variable
 * itself, or the -String of the ConvertTo-SecureString its one assignment
 * runs ($sec = ConvertTo-SecureString $Password -AsPlainText -Force). */
static const psa_variable *S_string_param_of(const psa_model *m, const psa_value *v) {
  if (v && v->kind == PSA_V_VARIABLE && psa_value_var(v) && !psa_value_var(v)->is_parameter &&
      psa_value_var(v)->assign_count == 1) {
    const psa_value *av = psa_value_var(v)->assigns[0].value;
    if (!av || av->kind != PSA_V_COMMAND || !psa_value_cmd(av) ||
        !psa_command_is(psa_value_cmd(av), "ConvertTo-SecureString"))
      return NULL;
    const psa_arg *s = psa_command_arg(psa_value_cmd(av), "String");
    v = s ? s->value : NULL;
  }
  if (!v || v->kind != PSA_V_VARIABLE || !psa_value_var(v)) return NULL;
  const psa_variable *p = psa_value_var(v);
  if (!p->is_parameter || p->scope != m->script || !p->param_type ||
      psa_strcasecmp(p->param_type, "string") || p->assign_count || p->entry_count)
    return NULL;
  return p;
}

/* Whether an edit of 'fx' deletes the declaration of 'p' (index in *at). */
static bool S_deleted_decl(const psa_fix *fx, const psa_variable *p, uint32_t *at) {
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    const psa_edit *ed = &fx->edits[e];
    if (!*ed->replacement && ed->range.start <= p->param_name_span.start &&
        p->param_name_span.end <= ed->range.end) {
      *at = e;
      return true;
    }
  }
  return false;
}

/* The replacement text with the placeholder tenant variables renamed to
 * the script parameters. */
static const char *S_rename_placeholders(psa_rule_ctx *ctx, const char *s, bool *hit) {
  static const char *const from[] = {"$ExoAppId", "$ExoOrganization", "$ExoCertificateThumbprint",
                                     NULL};
  static const char *const to[] = {"$ClientId", "$Organization", "$CertificateThumbprint", NULL};
  psa_buf b;
  psa_buf_init(&b);
  for (const char *p = s; *p;) {
    bool done = false;
    for (int i = 0; from[i] && !done; i++) {
      size_t k = strlen(from[i]);
      if (!strncmp(p, from[i], k) && !isalnum((unsigned char)p[k]) && p[k] != '_') {
        psa_buf_puts(&b, to[i]);
        p += k;
        done = *hit = true;
      }
    }
    if (!done) psa_buf_putc(&b, *p++);
  }
  const char *r = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return r;
}

bool psa_fix_params_to_cert(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                            const psa_command *connect, const psa_value *cred) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  if (!cred || cred->kind != PSA_V_VARIABLE || !psa_value_var(cred) ||
      psa_value_var(cred)->assign_count != 1)
    return false;
  const psa_value *user = NULL, *pw = NULL;
  const psa_value *built = psa_value_var(cred)->assigns[0].value;
  if (!built || !psa_credential_parts(m, built, &user, &pw) || !user || !pw) return false;
  const psa_variable *up = S_string_param_of(m, user), *pp = S_string_param_of(m, pw);
  if (!up || !pp || up == pp) return false;
  static const char *const taken[] = {"Organization", "ClientId", "CertificateThumbprint", NULL};
  for (int i = 0; taken[i]; i++)
    if (psa_model_variable(m, m->script, taken[i])) return false;
  /* the fix deleted both declarations (nothing else reads them) and reads
   * the placeholders in their place */
  uint32_t eu, ep;
  if (!S_deleted_decl(fx, up, &eu) || !S_deleted_decl(fx, pp, &ep)) return false;
  /* the placeholders' declaration block (psa_fix_declare_tenant) goes */
  static const char *const decls[] = {"$ExoAppId = '", "$ExoOrganization = '",
                                      "$ExoCertificateThumbprint = '", NULL};
  uint32_t header = fx->edit_count;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    const psa_edit *ed = &fx->edits[e];
    bool all = ed->range.start == ed->range.end;
    for (int i = 0; decls[i] && all; i++) all = strstr(ed->replacement, decls[i]) != NULL;
    if (all) header = e;
  }
  static const char *const reads[] = {"$ExoAppId", "$ExoOrganization", "$ExoCertificateThumbprint",
                                      NULL};
  for (int i = 0; reads[i]; i++) {
    bool read = false;
    for (uint32_t e = 0; e < fx->edit_count && !read; e++)
      read = e != header && strstr(fx->edits[e].replacement, reads[i]);
    if (!read) return false;
  }
  if (header == fx->edit_count) return false;
  /* keep the declarations: drop the edits that deleted them */
  uint32_t k = 0;
  for (uint32_t e = 0; e < fx->edit_count; e++)
    if (e != eu && e != ep && e != header) fx->edits[k++] = fx->edits[e];
  fx->edit_count = k;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    bool hit = false;
    fx->edits[e].replacement = S_rename_placeholders(ctx, fx->edits[e].replacement, &hit);
  }
  /* $Organization before the user name's declaration, like it (its
   * attributes too, unless they describe the user name) */
  psa_span un = up->param_name_span;
  uint32_t ls, ie, anchor = S_param_decl_start(t, up, &ls, &ie);
  if (ie == anchor && t[anchor] == '[') {
    const char *head = psa_ctx_printf(ctx, "%.*s", (int)(un.start - ls), t + ls);
    if (psa_find_ci(head, strlen(head), "help") || strchr(head, '#') || strchr(head, '<'))
      head = psa_ctx_printf(ctx, "%.*s[string]", (int)(ie - ls), t + ls);
    psa_fix_add_edit(ctx, fx, (psa_span){ls, ls},
                     psa_ctx_printf(ctx, "%s$Organization,\n", head));
    psa_fix_add_edit(ctx, fx, un, "$ClientId");
  } else {
    psa_fix_add_edit(ctx, fx, un, "$Organization, [string]$ClientId");
  }
  psa_fix_add_edit(ctx, fx, pp->param_name_span, "$CertificateThumbprint");
  psa_conn_plan docs;
  memset(&docs, 0, sizeof(docs));
  docs.user_param = up;
  docs.password_param = pp;
  psa_fix_cert_branch_docs(ctx, fx, &docs);
  psa_plan_rewrite(ctx, rule, un, psa_ctx_printf(ctx, "-%s/-%s parameters", up->name, pp->name),
                   "-Organization, -ClientId, -CertificateThumbprint parameters",
                   psa_ctx_printf(ctx,
                                  "the caller passed the password of the %s sign-in as script "
                                  "parameters, which nothing else reads: it passes the app's "
                                  "certificate values instead, and the rewritten connection reads "
                                  "them",
                                  connect->name));
  return true;
}

/* Safety checks run on the planned fixes before their plumbing is added
 * (psa_fix_finish): a rewrite that would sign a script in as two identities,
 * read a variable only some paths assign, read a session object the new
 * connection does not return, or compare a directory role by a name
 * Microsoft Graph does not use, is withdrawn and the plan says why
 * (session 13, plan22; docs/fixes.md). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "rules/context.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* The rules of one Microsoft Graph migration: the connections and their
 * calls move together (S_graph_connections_together in fixkit.c). */
static bool S_graph_rule(const char *id) {
  return id && (!strcmp(id, "PSA202") || !strcmp(id, "PSA203") || !strcmp(id, "PSA204") ||
                !strcmp(id, "PSA205"));
}

/* Drops the applicable fixes of finding 'fi' (display fixes stay), keeps
 * the plumbing requests of the others pointing at their fixes, and turns
 * the finding's plan entry into a refusal with 'why'. */
static void S_withdraw(psa_rule_ctx *ctx, uint32_t fi, const char *why) {
  psa_rule_state *impl = ctx->impl;
  psa_finding *f = &impl->findings[fi];
  uint32_t map[64], kept = 0;
  bool dropped = false;
  for (uint32_t k = 0; k < f->fix_count; k++) {
    if (f->fixes[k].applicability != PSA_FIX_DISPLAY) {
      dropped = true;
      if (k < 64) map[k] = UINT32_MAX;
      continue;
    }
    if (k < 64) map[k] = kept;
    f->fixes[kept++] = f->fixes[k];
  }
  if (!dropped) return;
  f->fix_count = kept;
  uint32_t left = 0;
  for (uint32_t i = 0; i < impl->plumbing_count; i++) {
    psa_plumbing p = impl->plumbing[i];
    if (p.finding == fi) {
      if (p.fix >= 64 || map[p.fix] == UINT32_MAX) continue;
      p.fix = map[p.fix];
    }
    impl->plumbing[left++] = p;
  }
  impl->plumbing_count = left;
  for (uint32_t e = 0; e < impl->plan_count; e++) {
    psa_plan_entry *pe = &impl->plan[e];
    if (pe->rule_id && f->rule && !strcmp(pe->rule_id, f->rule->id) &&
        pe->span.start == f->span.start && pe->target) {
      pe->kind = PSA_PLAN_REFUSED;
      pe->target = NULL;
      pe->why = why;
    }
  }
}

/* Whether finding 'fi' has a fix that would be applied. */
static bool S_offered(const psa_rule_ctx *ctx, uint32_t fi) {
  const psa_finding *f = &ctx->impl->findings[fi];
  for (uint32_t k = 0; k < f->fix_count; k++)
    if (f->fixes[k].applicability != PSA_FIX_DISPLAY) return true;
  return false;
}

/* The whole Microsoft Graph migration of the file (connections and call
 * rewrites) is withdrawn with one reason. */
static void S_withdraw_graph(psa_rule_ctx *ctx, const char *why) {
  for (uint32_t i = 0; i < ctx->impl->finding_count; i++) {
    const psa_finding *f = &ctx->impl->findings[i];
    if (f->rule && S_graph_rule(f->rule->id) && S_offered(ctx, i)) S_withdraw(ctx, i, why);
  }
}

/* Withdraws finding 'fi' of rule 'rule_id' with what waits for it: a
 * Microsoft Graph connection's call rewrites (and the other Graph
 * connections), a remote PowerShell connection's Get-EXO* swaps (PSA701,
 * which run only under Connect-ExchangeOnline). */
static void S_withdraw_with(psa_rule_ctx *ctx, uint32_t fi, const char *rule_id, const char *why) {
  S_withdraw(ctx, fi, why);
  if (S_graph_rule(rule_id)) S_withdraw_graph(ctx, why);
  if (strcmp(rule_id, "PSA101") && strcmp(rule_id, "PSA110")) return;
  for (uint32_t i = 0; i < ctx->impl->finding_count; i++) {
    const psa_finding *f = &ctx->impl->findings[i];
    if (f->rule && !strcmp(f->rule->id, "PSA701") && S_offered(ctx, i))
      S_withdraw(ctx, i,
                 psa_ctx_printf(ctx,
                                "the remote PowerShell connection on line %u stays (see its "
                                "refusal), and the Get-EXO* cmdlets run only under "
                                "Connect-ExchangeOnline",
                                psa_line_of(ctx, ctx->impl->findings[fi].span.start)));
  }
}

/* The command whose span is 'at', or NULL. */
static const psa_command *S_command_at(const psa_rule_ctx *ctx, psa_span at) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->span.start == at.start && c->span.end == at.end) return c;
  }
  return NULL;
}

/* The credential variable a connection signs in with (-Credential $c,
 * PnP's -Credentials $c), or NULL. */
static const psa_variable *S_credential_of(const psa_command *c) {
  if (!c) return NULL;
  const psa_arg *a = psa_command_arg(c, "Credential");
  if (!a) a = psa_command_arg(c, "Credentials");
  return a && a->value && a->value->kind == PSA_V_VARIABLE ? psa_value_var(a->value) : NULL;
}

/* Whether 'text' (len bytes) names $name as a whole variable ($global:name
 * and $script:name too). */
static bool S_text_names(const char *text, size_t len, const char *name) {
  size_t n = strlen(name);
  for (size_t i = 0; i + 1 < len && n; i++) {
    if (text[i] != '$') continue;
    size_t q = i + 1;
    if (q + 7 <= len && (!psa_strncasecmp(text + q, "global:", 7) || !psa_strncasecmp(text + q, "script:", 7)))
      q += 7;
    if (q + n <= len && !psa_strncasecmp(text + q, name, n) &&
        (q + n == len || (!isalnum((unsigned char)text[q + n]) && text[q + n] != '_')))
      return true;
  }
  return false;
}

/* The finding of rule 'rule_id' at 'span', or UINT32_MAX. */
static uint32_t S_finding_at(const psa_rule_ctx *ctx, const char *rule_id, psa_span span) {
  for (uint32_t i = 0; i < ctx->impl->finding_count; i++) {
    const psa_finding *f = &ctx->impl->findings[i];
    if (f->rule && !strcmp(f->rule->id, rule_id) && f->span.start == span.start) return i;
  }
  return UINT32_MAX;
}

/* Whether refused entry 'r' is CSOM code signing in with a user's
 * password (SharePointOnlineCredentials, PSA209): it needs the password
 * itself, so a prompt that feeds it stays whatever else is rewritten. */
static bool S_csom_consumer(const psa_plan_entry *r) {
  return r->rule_id && !strcmp(r->rule_id, "PSA209");
}

/* Connections fed by one credential move together or not at all: when a
 * consumer of the credential stays (a refused connection, a CSOM
 * SharePointOnlineCredentials built from it), the rewritten ones would sign
 * the script in as another identity (an app, a managed identity, a person
 * with MFA) while that consumer keeps the password and the account: the
 * rewrites are withdrawn, naming the consumer and its line (review18 34,
 * 38). Replaces the session 10 (plan13) decision to rewrite the others. */
static bool S_one_identity(psa_rule_ctx *ctx, const bool *refused_before, uint32_t before) {
  psa_rule_state *impl = ctx->impl;
  const char *text = ctx->src->text;
  bool changed = false;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    /* a job's stored password: a person's prompt signs the same person in
     * with MFA after a delegated rewrite, one identity still */
    /* (a sign-in nothing uses, removed, adds no identity) */
    /* but a person's password that CSOM keeps reading (S_csom_consumer)
     * makes the person type it and sign in again with MFA on every run */
    bool prompt = e->mode == PSA_SIGNIN_INTERACTIVE;
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || !e->rule_id ||
        (e->mode != PSA_SIGNIN_UNATTENDED && !prompt) || !strncmp(e->target, "removed", 7))
      continue;
    const psa_variable *cred = S_credential_of(S_command_at(ctx, e->span));
    if (!cred || !cred->name) continue;
    /* the consumer refused on its own first, then one withdrawn with it */
    const psa_plan_entry *stays = NULL;
    for (uint32_t k = 0; k < 2 * impl->plan_count && !stays; k++) {
      uint32_t j = k % impl->plan_count;
      const psa_plan_entry *r = &impl->plan[j];
      if ((k < impl->plan_count) != (j < before && refused_before[j])) continue;
      if (j == i || r->target || !r->subject || r->kind != PSA_PLAN_REFUSED ||
          r->span.start == e->span.start || (prompt && !S_csom_consumer(r)))
        continue;
      if (r->span.end > ctx->src->text_len || r->span.start >= r->span.end) continue;
      const psa_command *rc = S_command_at(ctx, r->span);
      if (rc && S_credential_of(rc) ? S_credential_of(rc) == cred
                                    : S_text_names(text + r->span.start, r->span.end - r->span.start, cred->name))
        stays = r;
    }
    if (!stays) continue;
    uint32_t fi = S_finding_at(ctx, e->rule_id, e->span);
    if (fi == UINT32_MAX || !S_offered(ctx, fi)) continue;
    const char *why = prompt ? psa_ctx_printf(
        ctx,
        "the password typed at the prompt for $%s also signs in CSOM (%s on line %u), which "
        "psauth cannot migrate (see its refusal): a delegated sign-in here would ask the person "
        "to sign in again with MFA while CSOM still asks for the password and fails where "
        "password sign-in is blocked; migrate the CSOM code first (PnP.PowerShell: "
        "Connect-PnPOnline -Interactive -ClientId with your own Entra ID app registration, "
        "then Get-PnPContext), then run psauth again to move the whole script together",
        cred->name, stays->subject, psa_line_of(ctx, stays->span.start)) : psa_ctx_printf(
        ctx,
        "the credential $%s also signs in %s on line %u, which stays as it is (see its "
        "refusal): connections fed by one credential are migrated together or not at all, or "
        "the script would run as two identities (this one modern, that one still the stored "
        "account and password)",
        cred->name, stays->subject, psa_line_of(ctx, stays->span.start));
    S_withdraw_with(ctx, fi, e->rule_id, why);
    changed = true;
  }
  return changed;
}

/* Whether every value the credential variable holds is built from the user
 * name $user (New-Object PSCredential($user, $pw)): the old sign-in needed
 * the credential, so $user has its value wherever the credential had one,
 * as when both are set by the same OK button of a form (review20 13). */
static bool S_credential_built_from(const psa_model *m, const psa_variable *cred,
                                    const psa_variable *user) {
  if (!cred || !user || !cred->assign_count) return false;
  for (uint32_t a = 0; a < cred->assign_count; a++) {
    const psa_value *u = NULL, *pw = NULL;
    const psa_value *v = cred->assigns[a].value;
    if (cred->assigns[a].append || !v || !psa_credential_parts(m, v, &u, &pw) || !u ||
        psa_value_var(u) != user)
      return false;
  }
  return true;
}

/* A variable a rewrite reads must be assigned on every path that reaches
 * the rewritten command: "-UserPrincipalName $upn" where $upn is assigned
 * only in the branch that prompts (the other takes a -Credential
 * parameter) would sign in with an empty user name there (review18 45). */
static void S_partial_reads(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    const psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || !e->rule_id) continue;
    const psa_command *c = S_command_at(ctx, e->span);
    uint32_t fi = S_finding_at(ctx, e->rule_id, e->span);
    if (!c || fi == UINT32_MAX) continue;
    const psa_finding *f = &impl->findings[fi];
    const char *why = NULL;
    for (uint32_t k = 0; k < f->fix_count && !why; k++) {
      if (f->fixes[k].applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t x = 0; x < f->fixes[k].edit_count && !why; x++) {
        const char *r = f->fixes[k].edits[x].replacement;
        static const char *const flags[] = {"-UserPrincipalName $", "-AccountId $"};
        for (int g = 0; g < 2 && r && !why; g++) {
          const char *hit = strstr(r, flags[g]);
          if (!hit) continue;
          const char *name = hit + strlen(flags[g]);
          size_t n = 0;
          while (isalnum((unsigned char)name[n]) || name[n] == '_') n++;
          if (!n || name[n] == ':' || name[n] == '.') continue;
          char buf[64];
          if (n >= sizeof(buf)) continue;
          memcpy(buf, name, n);
          buf[n] = 0;
          const psa_variable *v = psa_model_variable(m, c->scope, buf);
          if (!v || v->is_parameter || v->is_foreach || !v->assign_count) continue;
          bool always = false;
          for (uint32_t a = 0; a < v->assign_count && !always; a++)
            always = psa_plan_runs_before(m, ctx->src->text, ctx->src->text_len, v->assigns[a].span,
                                          v->scope, c);
          if (always || S_credential_built_from(m, S_credential_of(c), v)) continue;
          why = psa_ctx_printf(ctx,
                               "the rewrite would sign in as $%s, which is assigned on line %u "
                               "only on some paths to line %u (in a branch, loop or function); "
                               "on the others it would be empty: give it a value on every path, "
                               "then run psauth again",
                               buf, psa_line_of(ctx, v->assigns[0].span.start),
                               psa_line_of(ctx, c->span.start));
        }
      }
    }
    if (why) S_withdraw_with(ctx, fi, e->rule_id, why);
  }
}

/* What Connect-AzureAD returned (its session: Account, TenantId,
 * TenantDomain, ...) read later: Connect-MgGraph returns nothing, so the
 * read would be empty; Get-MgContext has TenantId and Account but no
 * TenantDomain, so no rewrite is exact for every member (review18 33). */
static void S_session_result_read(psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < ctx->impl->plan_count; i++) {
    const psa_plan_entry *e = &ctx->impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || !e->rule_id || strcmp(e->rule_id, "PSA203"))
      continue;
    const psa_command *c = S_command_at(ctx, e->span);
    if (!c) continue;
    for (uint32_t r = 0; r < m->member_count; r++) {
      const psa_value *mv = m->members[r];
      const psa_variable *v = mv->base ? psa_value_var(mv->base) : NULL;
      if (!v) continue;
      bool from_connect = false;
      for (uint32_t a = 0; a < v->assign_count && !from_connect; a++) {
        const psa_value *val = v->assigns[a].value;
        from_connect = val && val->kind == PSA_V_COMMAND && psa_value_cmd(val) == c;
      }
      if (!from_connect) continue;
      const char *member = psa_value_member(mv);
      S_withdraw_graph(ctx, psa_ctx_printf(
                                ctx,
                                "line %u reads $%s.%s, the session Connect-AzureAD returned on line "
                                "%u; Connect-MgGraph returns nothing (its session is Get-MgContext, "
                                "which has TenantId and Account, not the AzureAD session's other "
                                "members): rewrite that read by hand, then migrate",
                                psa_line_of(ctx, mv->span.start), v->name, member ? member : "?",
                                psa_line_of(ctx, c->span.start)));
      return;
    }
  }
}

/* Directory role names that AzureAD / MSOnline (Azure AD Graph) used and
 * Microsoft Graph does not: the directoryRole of that template is displayed
 * under another name there, so a comparison with the old name finds no
 * role. Sources: docs/facts.md `entra-role-names`. Only the role activated
 * in every tenant (Company Administrator) has an exact rewrite: its
 * template id, which Get-MgDirectoryRole -DirectoryRoleId takes. */
static const struct {
  const char *legacy, *graph, *template_id;
} S_role_names[] = {
    {"Company Administrator", "Global Administrator", "62e90394-69f5-4237-9190-012177145e10"},
    {"CRM Service Administrator", "Dynamics 365 Administrator", NULL},
    {"Lync Service Administrator", "Skype for Business Administrator", NULL},
    {"Device Administrators", "Azure AD Joined Device Local Administrator", NULL},
    {NULL, NULL, NULL}};

/* Whether offset 'p' is in an MSOnline / AzureAD call that stays as it
 * is (no applied fix edits it): that module still knows the old name. */
static bool S_in_kept_legacy_call(const psa_rule_ctx *ctx, uint32_t p) {
  const psa_rule_state *impl = ctx->impl;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->span.start > p || p >= c->span.end || !c->name) continue;
    if (!psa_find_ci(c->name, strlen(c->name), "-Msol") && !psa_find_ci(c->name, strlen(c->name), "-AzureAD"))
      continue;
    bool edited = false;
    for (uint32_t i = 0; i < impl->finding_count && !edited; i++)
      for (uint32_t k = 0; k < impl->findings[i].fix_count && !edited; k++) {
        const psa_fix *fx = &impl->findings[i].fixes[k];
        if (fx->applicability == PSA_FIX_DISPLAY) continue;
        for (uint32_t x = 0; x < fx->edit_count && !edited; x++)
          edited = fx->edits[x].range.start < c->span.end && fx->edits[x].range.end > c->span.start;
      }
    if (!edited) return true;
  }
  return false;
}

/* A rewritten Get-AzureADDirectoryRole -Filter "DisplayName eq 'Company
 * Administrator'" reads the role by its template id instead; any other
 * mention of an old role name in a file whose directory cmdlets move to
 * Microsoft Graph withdraws that migration, naming the line. */
static void S_role_names_check(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  bool graph = false;
  for (uint32_t i = 0; i < impl->finding_count && !graph; i++)
    graph = impl->findings[i].rule && S_graph_rule(impl->findings[i].rule->id) && S_offered(ctx, i);
  if (!graph) return;
  for (int r = 0; S_role_names[r].legacy; r++) {
    const char *name = S_role_names[r].legacy;
    size_t n = strlen(name);
    /* the exact rewrite: a Get-AzureADDirectoryRole -Filter "DisplayName eq
     * '<name>'" that becomes Get-MgDirectoryRole reads the role by its
     * template id (the cmdlet takes a role's object id or template id) */
    if (S_role_names[r].template_id) {
      PSA_FOR_COMMANDS(ctx, c) {
        if (!psa_command_is(c, "Get-AzureADDirectoryRole") || c->in_string) continue;
        const psa_arg *fa = psa_command_arg(c, "Filter");
        const char *fv = fa && fa->value && fa->via == PSA_BIND_NAMED
                             ? psa_value_string(ctx->model, fa->value)
                             : NULL;
        if (!fv || psa_strncasecmp(fv, "DisplayName eq '", 16) || psa_strncasecmp(fv + 16, name, n) ||
            strcmp(fv + 16 + n, "'") || c->arg_count != 1)
          continue;
        for (uint32_t i = 0; i < impl->finding_count; i++) {
          psa_finding *f = &impl->findings[i];
          for (uint32_t k = 0; k < f->fix_count; k++) {
            psa_fix *fx = &f->fixes[k];
            bool renames = false;
            for (uint32_t x = 0; x < fx->edit_count && !renames; x++)
              renames = fx->applicability != PSA_FIX_DISPLAY && fx->edits[x].replacement &&
                        fx->edits[x].range.start >= c->span.start &&
                        fx->edits[x].range.end <= c->span.end &&
                        strstr(fx->edits[x].replacement, "Get-MgDirectoryRole");
            if (!renames) continue;
            /* the filter argument may already be an edit of its own (copied) */
            const char *by_id =
                psa_ctx_printf(ctx, "-DirectoryRoleId '%s'", S_role_names[r].template_id);
            bool replaced = false;
            for (uint32_t x = 0; x < fx->edit_count && !replaced; x++)
              if (fx->edits[x].range.start == fa->span.start && fx->edits[x].range.end == fa->span.end) {
                fx->edits[x].replacement = by_id;
                replaced = true;
              }
            if (!replaced) psa_fix_add_edit(ctx, fx, fa->span, by_id);
          }
        }
      }
    }
    /* any other mention of the old name in the code (outside comments) */
    for (size_t p = 0; p + n <= len; p++) {
      if (psa_strncasecmp(t + p, name, n)) continue;
      if (p == 0 || (t[p - 1] != '\'' && t[p - 1] != '"') || (t[p + n] != '\'' && t[p + n] != '"'))
        continue;
      /* a comment line is prose, not a comparison */
      size_t ls = p;
      while (ls > 0 && t[ls - 1] != '\n') ls--;
      while (ls < p && (t[ls] == ' ' || t[ls] == '\t')) ls++;
      if (t[ls] == '#') continue;
      /* the filter just rewritten to the template id */
      bool rewritten = false;
      for (uint32_t i = 0; i < impl->finding_count && !rewritten; i++) {
        const psa_finding *f = &impl->findings[i];
        for (uint32_t k = 0; k < f->fix_count && !rewritten; k++) {
          if (f->fixes[k].applicability == PSA_FIX_DISPLAY) continue;
          for (uint32_t x = 0; x < f->fixes[k].edit_count && !rewritten; x++) {
            const psa_edit *ed = &f->fixes[k].edits[x];
            rewritten = ed->range.start <= p && p + n <= ed->range.end && ed->replacement &&
                        S_role_names[r].template_id &&
                        strstr(ed->replacement, S_role_names[r].template_id);
          }
        }
      }
      if (rewritten || S_in_kept_legacy_call(ctx, (uint32_t)p)) continue;
      S_withdraw_graph(
          ctx, psa_ctx_printf(
                   ctx,
                   "line %u names the directory role '%s', the AzureAD/MSOnline name of the role "
                   "now displayed as '%s'%s%s%s: under Microsoft Graph a comparison with the old "
                   "name finds no role; compare the role's RoleTemplateId instead, then migrate",
                   psa_line_of(ctx, (uint32_t)p), name, S_role_names[r].graph,
                   S_role_names[r].template_id ? " (role template " : "",
                   S_role_names[r].template_id ? S_role_names[r].template_id : "",
                   S_role_names[r].template_id ? ")" : ""));
      return;
    }
  }
}

const char *psa_fix_partial_splat(psa_rule_ctx *ctx, const psa_command *cmd, const char *param) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a || a->via != PSA_BIND_SPLAT || a->span.end > ctx->src->text_len) return NULL;
  /* the statement that sets the entry: $p.Key = v, or $p = @{Key = v} */
  const psa_model *m = ctx->model;
  psa_span at = {0, 0};
  for (uint32_t i = 0; i < m->member_assign_count && !at.end; i++)
    if (m->member_assigns[i].span.start <= a->span.start && a->span.end <= m->member_assigns[i].span.end)
      at = m->member_assigns[i].span;
  for (const psa_scope *sc = cmd->scope; sc && !at.end; sc = sc->parent)
    for (const psa_variable *v = sc->vars; v && !at.end; v = v->next)
      for (uint32_t k = 0; k < v->assign_count && !at.end; k++)
        if (v->assigns[k].span.start <= a->span.start && a->span.end <= v->assigns[k].span.end)
          at = v->assigns[k].span;
  if (!at.end) return NULL;
  if (psa_plan_runs_before(m, ctx->src->text, ctx->src->text_len, at, cmd->scope, cmd)) return NULL;
  return psa_ctx_printf(ctx,
                        "%s -%s on line %u comes from a splatted hashtable whose %s entry is set "
                        "on line %u only on some paths (a choice the script makes at run time); "
                        "written as -%s on the new connection it would apply on every run: pass it "
                        "to Connect-ExchangeOnline the same way by hand",
                        cmd->name, param, psa_line_of(ctx, cmd->span.start), param,
                        psa_line_of(ctx, a->span.start), param);
}

/* Whether 'c' opens Exchange Online PowerShell sessions: a remote
 * PowerShell New-PSSession or an EXO V1 connection. */
static bool S_opens_exo_sessions(const psa_rule_ctx *ctx, const psa_command *c) {
  if (!c || c->local_function || !c->name) return false;
  if (!psa_strcasecmp(c->name, "New-ExoPSSession") || !psa_strcasecmp(c->name, "Connect-EXOPSSession"))
    return true;
  return psa_command_is(c, "New-PSSession") &&
         psa_plan_service(ctx->model, c) != PSA_SERVICE_NONE;
}

/* A connection rewrite also turns the file's "Get-PSSession |
 * Remove-PSSession" cleanups into Disconnect-ExchangeOnline. While another
 * session-opening Exchange connection of the file is refused, such a
 * cleanup would leave its PowerShell sessions open (review19 35): the edit
 * goes and the plan says why. The reach is the whole file, also for a
 * cleanup inside a function: Get-PSSession finds every session of the
 * runspace, so a function's cleanup also removes the sessions another
 * function opened before it was called (switching tenants). (The
 * connection's own Remove-PSSession $session stays with it.) */
static void S_cleanup_of_kept(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    if (!f->rule || (strcmp(f->rule->id, "PSA101") && strcmp(f->rule->id, "PSA110"))) continue;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      psa_fix *fx = &f->fixes[k];
      uint32_t kept = 0;
      for (uint32_t e = 0; e < fx->edit_count; e++) {
        psa_edit *ed = &fx->edits[e];
        const psa_command *rm = NULL;
        PSA_FOR_COMMANDS(ctx, c) {
          if (psa_command_is(c, "Remove-PSSession") && c->pipeline_input &&
              c->pipeline_input->kind == PSA_V_COMMAND && c->statement_span.start == ed->range.start &&
              c->statement_span.end == ed->range.end)
            rm = c;
        }
        const psa_plan_entry *refused = NULL;
        for (uint32_t p = 0; rm && p < impl->plan_count && !refused; p++) {
          const psa_plan_entry *pe = &impl->plan[p];
          if (!pe->target && pe->rule_id &&
              (!strcmp(pe->rule_id, "PSA101") || !strcmp(pe->rule_id, "PSA110")) &&
              S_opens_exo_sessions(ctx, S_command_at(ctx, pe->span)))
            refused = pe;
        }
        if (!refused) {
          fx->edits[kept++] = *ed;
          continue;
        }
        psa_plan_refuse(ctx, f->rule, rm->span, rm->name,
                        psa_ctx_printf(ctx,
                                       "the Exchange connection on line %u stays (see its "
                                       "refusal), and this cleanup removes the PowerShell "
                                       "sessions it opens: Disconnect-ExchangeOnline would leave "
                                       "them open",
                                       psa_line_of(ctx, refused->span.start)));
      }
      fx->edit_count = kept;
    }
  }
}

/* Whether the condition of loop 'b' (the text outside its body) names
 * $cred, or a variable the body assigns (the session, a flag, a count):
 * the loop runs again when a sign-in failed. The variables of 'scope' and
 * its parents. Into '*name' the variable. */
static bool S_retry_condition(const psa_rule_ctx *ctx, const psa_block *b, const psa_scope *scope,
                              const psa_variable *cred, const char **name) {
  const char *t = ctx->src->text;
  psa_span parts[2] = {{b->span.start, b->body.start}, {b->body.end, b->span.end}};
  for (int p = 0; p < 2; p++) {
    if (parts[p].end <= parts[p].start) continue;
    if (S_text_names(t + parts[p].start, parts[p].end - parts[p].start, cred->name)) {
      *name = cred->name;
      return true;
    }
    for (const psa_scope *sc = scope; sc; sc = sc->parent)
      for (const psa_variable *v = sc->vars; v; v = v->next) {
      if (!v->name || !S_text_names(t + parts[p].start, parts[p].end - parts[p].start, v->name)) continue;
      for (uint32_t a = 0; a < v->assign_count; a++)
        if (v->assigns[a].span.start >= b->body.start && v->assigns[a].span.end <= b->body.end) {
          *name = v->name;
          return true;
        }
    }
  }
  return false;
}

/* Whether $cred is read anywhere but in the connections the plan rewrites
 * (the loop's null tests, ".UserName"): then the prompt stays after the
 * rewrite. Read only by them, the prompt goes with them (and a retry loop
 * around a try keeps working, case plan-retry-prompt-guard). */
static bool S_read_beyond_connections(const psa_rule_ctx *ctx, const psa_variable *cred) {
  psa_span reads[64];
  uint32_t nr = psa_variable_reads(ctx->model, cred, reads, 64);
  if (nr > 64) return true;
  for (uint32_t i = 0; i < nr; i++) {
    bool in_connection = false;
    for (uint32_t k = 0; k < ctx->impl->plan_count && !in_connection; k++) {
      const psa_plan_entry *e = &ctx->impl->plan[k];
      in_connection = e->kind == PSA_PLAN_CONNECTION && e->target && e->span.start <= reads[i].start &&
                      reads[i].end <= e->span.end;
    }
    if (!in_connection) return true;
  }
  return false;
}

/* A delegated rewrite of a connection whose credential a prompt inside the
 * same retry loop fills ("do { $c = Get-Credential; $s = New-PSSession
 * -Credential $c ... } until ($s -or -not $c)") is withdrawn (review20 01,
 * 02): the loop's tests still read the prompt (so the person types a
 * password nothing uses, then signs in again in the modern window), and a
 * cancelled or failed modern sign-in throws instead of leaving the value
 * the loop tests unset, so the retry and its error message are never
 * reached. An exact rewrite changes the loop itself (prompt, try/catch,
 * condition), which is the person's call. */
static void S_retry_loop_prompt(psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < ctx->impl->plan_count; i++) {
    const psa_plan_entry *e = &ctx->impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || !e->rule_id || e->mode != PSA_SIGNIN_INTERACTIVE)
      continue;
    const psa_command *c = S_command_at(ctx, e->span);
    const psa_variable *cred = S_credential_of(c);
    if (!cred || !cred->name) continue;
    for (uint32_t a = 0; a < cred->assign_count; a++) {
      const psa_value *v = cred->assigns[a].value;
      const psa_command *gc = v ? psa_value_cmd(v) : NULL;
      if (!v || !((gc && psa_command_is(gc, "Get-Credential")) || psa_value_is_host_prompt(v))) continue;
      psa_span at = cred->assigns[a].span;
      const psa_block *loop = NULL;
      const char *name = NULL;
      for (uint32_t k = 0; k < m->block_count && !loop; k++) {
        const psa_block *b = &m->blocks[k];
        if (b->kind == PSA_BLOCK_LOOP && b->body.start <= at.start && at.end <= b->body.end &&
            b->body.start <= c->span.start && c->span.end <= b->body.end && S_retry_condition(ctx, b, c->scope, cred, &name))
          loop = b;
      }
      if (!loop || !S_read_beyond_connections(ctx, cred)) continue;
      /* a connection already in a try inside the loop reaches its catch */
      bool in_try = false;
      for (uint32_t k = 0; k < m->catch_count && !in_try; k++)
        in_try = m->catches[k].statement.start >= loop->body.start && m->catches[k].statement.end <= loop->body.end &&
                 m->catches[k].try_body.start <= c->span.start && c->span.end <= m->catches[k].try_body.end;
      uint32_t fi = S_finding_at(ctx, e->rule_id, e->span);
      if (fi == UINT32_MAX || !S_offered(ctx, fi)) break;
      S_withdraw_with(
          ctx, fi, e->rule_id,
          psa_ctx_printf(ctx,
                         "the %s prompt on line %u and this connection sit in a retry loop (line %u, "
                         "its condition reads $%s): after a delegated rewrite the loop would still "
                         "ask for a password nothing uses before the modern sign-in window%s; "
                         "rewrite the loop by hand (ask for the user name, connect in try/catch, "
                         "loop until the connection exists), then migrate",
                         gc ? "Get-Credential" : "$Host.UI.PromptForCredential", psa_line_of(ctx, at.start),
                         psa_line_of(ctx, loop->span.start), name,
                         in_try ? ", once per retry"
                                : ", and a cancelled or failed modern sign-in throws instead of "
                                  "reaching the loop's retry"));
      break;
    }
  }
}

void psa_fix_safety(psa_rule_ctx *ctx) {
  S_retry_loop_prompt(ctx);
  S_role_names_check(ctx);
  S_session_result_read(ctx);
  S_partial_reads(ctx);
  S_cleanup_of_kept(ctx);
  uint32_t before = ctx->impl->plan_count;
  bool *refused = psa_xcalloc(before ? before : 1, sizeof(bool));
  for (uint32_t i = 0; i < before; i++) refused[i] = ctx->impl->plan[i].kind == PSA_PLAN_REFUSED;
  for (int pass = 0; pass < 4 && S_one_identity(ctx, refused, before); pass++) {
  }
  free(refused);
}

/* Which fixes wait for which (psa_fix.provides/needs; the fix engine and
 * the scan's last checks drop the waiting ones when a provider is not
 * applied, session 14, plan27): the Get-EXO* swaps (PSA701) and the WinRM
 * Basic setting's removal (PSA105) run only once every remote PowerShell
 * connection is Connect-ExchangeOnline (PSA101, PSA110); the MSOnline and
 * AzureAD call rewrites (PSA204, PSA205) only once their connections
 * (PSA202, PSA203) are Connect-MgGraph (the same units S_withdraw_with
 * withdraws together while planning). */
static const struct {
  const char *rule, *provides, *needs;
} S_units[] = {
    {"PSA101", "exo-rps", NULL},  {"PSA110", "exo-rps", NULL}, {"PSA701", NULL, "exo-rps"},
    {"PSA105", NULL, "exo-rps"},  {"PSA202", "graph", NULL},   {"PSA203", "graph", NULL},
    {"PSA204", NULL, "graph"},    {"PSA205", NULL, "graph"},
};

void psa_fix_units(psa_rule_ctx *ctx) {
  for (uint32_t i = 0; i < ctx->impl->finding_count; i++) {
    psa_finding *f = &ctx->impl->findings[i];
    for (size_t u = 0; f->rule && u < sizeof(S_units) / sizeof(S_units[0]); u++) {
      if (strcmp(f->rule->id, S_units[u].rule)) continue;
      for (uint32_t k = 0; k < f->fix_count; k++) {
        f->fixes[k].provides = S_units[u].provides;
        f->fixes[k].needs = S_units[u].needs;
      }
    }
  }
}

/* Withholds every fix of the file (an unresolved merge conflict, scan.c):
 * the findings and their display fixes stay; every planned rewrite becomes
 * a refusal with 'why', and a fix the plan did not list gets one. */
void psa_fix_withhold_all(psa_rule_ctx *ctx, const char *why) {
  psa_rule_state *impl = ctx->impl;
  uint32_t planned = impl->plan_count;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    uint32_t kept = 0;
    const char *title = NULL;
    for (uint32_t k = 0; k < f->fix_count; k++)
      if (f->fixes[k].applicability == PSA_FIX_DISPLAY) f->fixes[kept++] = f->fixes[k];
      else if (!title) title = f->fixes[k].title;
    f->fix_count = kept;
    /* a fix the plan did not list (a safe one) is refused there too */
    bool listed = false;
    for (uint32_t p = 0; p < planned && title && !listed; p++)
      listed = impl->plan[p].rule_id && f->rule && !strcmp(impl->plan[p].rule_id, f->rule->id) &&
               impl->plan[p].span.start == f->span.start;
    if (title && !listed) psa_plan_refuse(ctx, f->rule, f->span, title, why);
  }
  for (uint32_t p = 0; p < impl->plan_count; p++) {
    psa_plan_entry *e = &impl->plan[p];
    if (!e->target) continue;
    if (e->kind == PSA_PLAN_REWRITE) e->kind = PSA_PLAN_REFUSED;
    e->target = NULL;
    e->why = why;
  }
}

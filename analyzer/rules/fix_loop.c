/* A connection the original made per item of a loop, made once before it.
 *
 * Old scripts often opened (and closed) their remote PowerShell session or
 * MSOnline sign-in inside the loop over the users they process: the session
 * was cheap to make and an idle one timed out. The rewritten
 * Connect-ExchangeOnline / Connect-MgGraph / Connect-IPPSSession is not:
 * each call loads the module's session again, and a person's sign-in would
 * be asked once per item. When nothing the connection reads changes from
 * one iteration to the next (no loop variable, no variable the loop
 * assigns), the rewritten connection goes once right before the loop, its
 * in-loop disconnect goes, and one disconnect follows the loop when the
 * original closed its session each iteration. A connection whose inputs
 * vary per item (a tenant per iteration) stays where it is. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "rules/context.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* The services whose rewritten connection is one session for the whole
 * script (PnP and SharePoint connect per site: they stay in place). */
static bool S_hoistable_service(psa_service s) {
  return s == PSA_SERVICE_EXCHANGE || s == PSA_SERVICE_COMPLIANCE || s == PSA_SERVICE_GRAPH;
}

/* The commands that close a connection of each service in the loop. */
static const struct {
  psa_service service;
  const char *cmdlet;
} S_closers[] = {{PSA_SERVICE_EXCHANGE, "Remove-PSSession"},
                 {PSA_SERVICE_EXCHANGE, "Disconnect-ExchangeOnline"},
                 {PSA_SERVICE_COMPLIANCE, "Remove-PSSession"},
                 {PSA_SERVICE_COMPLIANCE, "Disconnect-ExchangeOnline"},
                 {PSA_SERVICE_GRAPH, "Disconnect-MgGraph"},
                 {PSA_SERVICE_GRAPH, "Disconnect-AzureAD"},
                 {PSA_SERVICE_GRAPH, "Disconnect-Entra"},
                 {PSA_SERVICE_NONE, NULL}};

/* Whether 'c' closes a connection of 'service'. */
static bool S_closes(const psa_command *c, psa_service service) {
  for (int i = 0; S_closers[i].cmdlet; i++)
    if (S_closers[i].service == service && psa_command_is(c, S_closers[i].cmdlet)) return true;
  return false;
}

/* The variable 'name' as seen from 'scope', or NULL when the file never
 * declares it (set by the caller: the loop does not change it). */
static const psa_variable *S_lookup(const psa_scope *scope, const char *name) {
  for (const psa_scope *sc = scope; sc; sc = sc->parent)
    for (const psa_variable *v = sc->vars; v; v = v->next)
      if (v->name && !psa_strcasecmp(v->name, name)) return v;
  return NULL;
}

/* The first variable the text 'span' reads ($x, @splat) that may change
 * from one iteration of 'loop' to the next: the loop's item ($_, $PSItem,
 * a foreach variable) or a variable assigned inside the loop. Into 'name';
 * false when everything it reads is the same each time. */
static bool S_loop_variant(const psa_rule_ctx *ctx, const psa_command *conn, psa_span span,
                           psa_span loop, char *name, size_t cap) {
  const char *t = ctx->src->text;
  for (uint32_t i = span.start; i < span.end; i++) {
    if (t[i] != '$' && t[i] != '@') continue;
    uint32_t s = i + 1, n = 0;
    if (s < span.end && t[s] == '{') s++;
    while (s + n < span.end && (isalnum((unsigned char)t[s + n]) || t[s + n] == '_' || t[s + n] == ':') &&
           n + 1 < cap)
      n++;
    if (!n) continue;
    memcpy(name, t + s, n);
    name[n] = 0;
    const char *bare = strchr(name, ':') ? strrchr(name, ':') + 1 : name;
    if (!psa_strcasecmp(bare, "_") || !psa_strcasecmp(bare, "PSItem")) return true;
    const psa_variable *v = S_lookup(conn->scope, bare);
    if (!v) continue;
    if (v->is_foreach && v->decl_span.start >= loop.start && v->decl_span.end <= loop.end) return true;
    for (uint32_t k = 0; k < v->assign_count; k++)
      if (v->assigns[k].span.start >= loop.start && v->assigns[k].span.end <= loop.end) return true;
    /* ($params.Credential = $tenantCred in the loop, for New-PSSession @params) */
    for (uint32_t k = 0; k < v->entry_count; k++)
      if (v->entries[k].span.start >= loop.start && v->entries[k].span.end <= loop.end) return true;
    i = s + n - 1;
  }
  return false;
}

/* The fix of the finding at 'span' that rewrites the connection there. */
static psa_fix *S_connection_fix(psa_rule_ctx *ctx, psa_span span, psa_span lines) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t f = 0; f < impl->finding_count; f++) {
    psa_finding *fd = &impl->findings[f];
    if (fd->span.start != span.start || fd->span.end != span.end) continue;
    for (uint32_t k = 0; k < fd->fix_count; k++) {
      psa_fix *fx = &fd->fixes[k];
      if (fx->applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++) {
        psa_span r = fx->edits[e].range;
        if (r.start < lines.end && lines.start < r.end && fx->edits[e].replacement &&
            psa_find_ci(fx->edits[e].replacement, strlen(fx->edits[e].replacement), "Connect-"))
          return fx;
      }
    }
  }
  return NULL;
}

/* Whether 'at' lies in a try body (or catch) inside 'loop': the script
 * handles a failed connection per item there (skips the item), which a
 * connection before the loop would not do. */
static bool S_in_try_within(const psa_model *m, uint32_t at, psa_span loop) {
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if (k->statement.start < loop.start || k->statement.end > loop.end) continue;
    if ((at >= k->try_body.start && at < k->try_body.end) || (at >= k->body.start && at < k->body.end))
      return true;
  }
  return false;
}

/* Whether the loop statement 'loop' (a while / do / for statement) is the
 * connection's retry loop: its condition reads the connection's own
 * variable (do { $s = New-PSSession ... } until ($s)) or a flag the body
 * sets to $true / $false / $? ($ok = $?; while (-not $connected)). Made
 * once before it, the loop would test a value nothing sets any more. Into
 * 'name' the variable. */
static bool S_retry_loop(const psa_rule_ctx *ctx, const psa_command *conn, psa_span loop, char *name,
                         size_t cap) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  const psa_block *b = NULL;
  for (uint32_t i = 0; i < m->block_count && !b; i++)
    if (m->blocks[i].kind == PSA_BLOCK_LOOP && m->blocks[i].span.start == loop.start &&
        m->blocks[i].span.end == loop.end)
      b = &m->blocks[i];
  if (!b) return false; /* ForEach-Object, .ForEach(): no condition */
  psa_span parts[2] = {{b->span.start, b->body.start}, {b->body.end, b->span.end}};
  for (int p = 0; p < 2; p++)
    for (uint32_t i = parts[p].start; i < parts[p].end; i++) {
      if (t[i] != '$') continue;
      uint32_t n = 0;
      while (i + 1 + n < parts[p].end && (isalnum((unsigned char)t[i + 1 + n]) || t[i + 1 + n] == '_') &&
             n + 1 < cap)
        n++;
      if (!n) continue;
      memcpy(name, t + i + 1, n);
      name[n] = 0;
      const psa_variable *v = S_lookup(conn->scope, name);
      for (uint32_t k = 0; v && k < v->assign_count; k++) {
        const psa_assignment *a = &v->assigns[k];
        if (a->span.start < b->body.start || a->span.end > b->body.end) continue;
        if (a->span.start <= conn->span.start && conn->span.end <= a->span.end) return true;
        const char *rhs = t + a->target_span.end;
        uint32_t rl = a->span.end > a->target_span.end ? a->span.end - a->target_span.end : 0;
        if (psa_find_ci(rhs, rl, "$true") || psa_find_ci(rhs, rl, "$false") || psa_find_ci(rhs, rl, "$?"))
          return true;
      }
      i += n;
    }
  return false;
}

/* Whether an if/elseif/else clause inside 'loop' holds 'at': only some
 * passes connect. */
static bool S_guarded(const psa_model *m, uint32_t at, psa_span loop) {
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind != PSA_BLOCK_LOOP && b->statement.start > loop.start && b->statement.end <= loop.end &&
        at >= b->body.start && at < b->body.end)
      return true;
  }
  return false;
}

/* The rewritten lines 'text' re-indented: the first line's
 * indentation becomes 'indent' in every line. */
static char *S_reindent(psa_rule_ctx *ctx, const char *text, const char *indent) {
  size_t old = 0;
  while (text[old] == ' ' || text[old] == '\t') old++;
  psa_buf b;
  psa_buf_init(&b);
  for (const char *p = text; *p;) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) + 1 : strlen(p);
    size_t cut = 0;
    while (cut < old && cut < len && (p[cut] == ' ' || p[cut] == '\t')) cut++;
    psa_buf_printf(&b, "%s%.*s", len > cut && p[cut] != '\n' ? indent : "", (int)(len - cut), p + cut);
    p += len;
  }
  char *r = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return r;
}

/* The line start of 'at' when only blanks stand before it on its line, or
 * UINT32_MAX. */
static uint32_t S_line_start_alone(const char *t, uint32_t at) {
  uint32_t s = at;
  while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\t')) s--;
  return s == 0 || t[s - 1] == '\n' ? s : UINT32_MAX;
}

/* Above the comment lines right above the loop statement at 'anchor' (a
 * line start): they describe the loop, which they stay next to. */
static uint32_t S_above_comments(const char *t, uint32_t anchor) {
  while (anchor > 0) {
    uint32_t prev = anchor - 1; /* the previous line's '\n' */
    uint32_t s = prev;
    while (s > 0 && t[s - 1] != '\n') s--;
    uint32_t f = s;
    while (f < prev && (t[f] == ' ' || t[f] == '\t')) f++;
    if (f == prev || t[f] != '#' || (f + 1 < prev && t[f + 1] == '>')) break;
    anchor = s;
  }
  return anchor;
}

/* The fixes' edits that rewrite the closing command at 'span' in 'loop'
 * into a disconnect ("Disconnect-ExchangeOnline -Confirm:$false", in any
 * fix of the file: the Graph calls' rewrite turns Disconnect-AzureAD into
 * Disconnect-MgGraph). With 'indent' they become deletions of the
 * command's lines (and of a comment above that only spoke of closing the
 * session), and the same fix closes the session once after the loop. True
 * when there is such an edit. */
static bool S_closer_edits(psa_rule_ctx *ctx, psa_span span, psa_span loop, const char *indent) {
  static const char *const about[] = {"session", "disconnect", "close", NULL};
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  psa_rule_state *impl = ctx->impl;
  bool found = false;
  for (uint32_t f = 0; f < impl->finding_count; f++)
    for (uint32_t k = 0; k < impl->findings[f].fix_count; k++) {
      psa_fix *fx = &impl->findings[f].fixes[k];
      if (fx->applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++) {
        psa_edit *ed = &fx->edits[e];
        if (ed->range.start > span.start || span.end > ed->range.end || !ed->replacement ||
            psa_strncasecmp(ed->replacement, "Disconnect-", 11))
          continue;
        found = true;
        if (!indent) continue;
        const char *disconnect = ed->replacement;
        ed->range = psa_fix_statement_span(ctx, ed->range);
        ed->replacement = "";
        if (ed->range.start > 0 && t[ed->range.start - 1] == '\n')
          ed->range = psa_fix_span_with_comment_about(ctx, fx, ed->range, about);
        uint32_t after = loop.end;
        while (after < len && t[after] != '\n') after++;
        uint32_t at = after < len ? after + 1 : len;
        const char *line = after < len ? psa_ctx_printf(ctx, "%s%s\n", indent, disconnect)
                                       : psa_ctx_printf(ctx, "\n%s%s", indent, disconnect);
        bool have = false;
        for (uint32_t q = 0; q < fx->edit_count && !have; q++)
          have = fx->edits[q].range.start == at && fx->edits[q].range.end == at &&
                 !strcmp(fx->edits[q].replacement, line);
        if (!have) psa_fix_add_edit(ctx, fx, (psa_span){at, at}, line);
        psa_fix_one_blank_line(ctx, fx);
        break; /* (the fix's edits moved: one closer edit per fix) */
      }
    }
  return found;
}

/* One connection: moves its rewritten lines before the loop, or says in
 * the plan why they stay. */
static bool S_hoist(psa_rule_ctx *ctx, psa_plan_entry *entry, const psa_command *conn,
                    psa_service service, psa_fix **out) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  psa_span loop;
  if (!psa_plan_outer_loop(m, conn->span.start, &loop) || loop.end > len) return false;
  psa_span lines = psa_fix_statement_span(ctx, conn->statement_span);
  psa_fix *fx = S_connection_fix(ctx, conn->span, lines);
  if (!fx) return false;
  unsigned loop_line = psa_line_of(ctx, loop.start);
  const char *why = NULL;
  char name[64];
  uint32_t anchor = S_line_start_alone(t, loop.start);
  char *text = NULL;
  /* (the command only: the variable it is assigned to is the session,
   * which the rewrite no longer keeps) */
  if (S_loop_variant(ctx, conn, conn->span, loop, name, sizeof(name)))
    return false; /* a tenant or credential per pass: as before, in place */
  if (entry->mode == PSA_SIGNIN_INTERACTIVE && S_guarded(m, conn->span.start, loop))
    why = "a person signs in there, and only on the passes whose if/else asks for it: before "
          "the loop the sign-in prompt would come even when no pass needs the connection";
  else if (S_retry_loop(ctx, conn, loop, name, sizeof(name)))
    why = psa_ctx_printf(ctx, "the loop retries the connection until it works (its condition reads $%s)",
                         name);
  else if (S_in_try_within(m, conn->span.start, loop))
    why = "a try/catch inside the loop handles a failed connection per item";
  else if (anchor == UINT32_MAX)
    why = "the loop does not start a line of its own";
  else if (lines.start == 0 || t[lines.start - 1] != '\n' || lines.end > len ||
           (lines.end < len && t[lines.end - 1] != '\n') ||
           !(text = psa_fix_rewritten_lines(ctx, fx, lines)) || !psa_find_ci(text, strlen(text), "Connect-"))
    why = "the connection shares its line with other statements";
  else if (psa_fix_first_unset(ctx, conn, text, anchor, name, sizeof(name)))
    why = psa_ctx_printf(ctx, "it reads $%s, which is not set yet before the loop", name);
  /* a disconnect in the loop no fix rewrites would close the one session
   * before the next item */
  for (uint32_t i = 0; i < m->command_count && !why; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || c->span.start < loop.start || c->span.end > loop.end || !S_closes(c, service))
      continue;
    if (!S_closer_edits(ctx, c->span, loop, NULL))
      why = psa_ctx_printf(ctx, "%s on line %u in the loop is not part of this rewrite", c->name,
                           psa_line_of(ctx, c->span.start));
  }
  if (why) {
    entry->why = psa_ctx_printf(ctx,
                                "%s; it stays inside the loop (line %u), connecting on each "
                                "pass as the original did: %s",
                                entry->why, loop_line, why);
    return false;
  }
  /* the connection's edits leave the loop */
  uint32_t k = 0;
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    psa_span r = fx->edits[e].range;
    bool moved = r.start >= lines.start && r.end <= lines.end && !(r.start == r.end && r.start == lines.start);
    if (!moved) fx->edits[k++] = fx->edits[e];
  }
  fx->edit_count = k;
  /* (the loop's own indentation: 'anchor' is its line's start) */
  const char *indent = psa_fix_indent(ctx, loop.start);
  anchor = S_above_comments(t, anchor);
  psa_fix_add_edit(ctx, fx, lines, "");
  psa_fix_add_edit(ctx, fx, (psa_span){anchor, anchor}, S_reindent(ctx, text, indent));
  /* its in-loop disconnects go (in the fix that rewrote them), one after
   * the loop closes the session as the original did */
  bool disconnect = false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!c->in_string && c->span.start >= loop.start && c->span.end <= loop.end && S_closes(c, service))
      disconnect = S_closer_edits(ctx, c->span, loop, indent) || disconnect;
  }
  entry->why = psa_ctx_printf(ctx,
                              "%s; the original connected on each pass of the loop on line %u with "
                              "the same values each time: the connection is made once, before the "
                              "loop%s",
                              entry->why, loop_line,
                              disconnect ? ", and closed once after it instead of on each pass" : "");
  psa_fix_one_blank_line(ctx, fx);
  *out = fx;
  return true;
}

/* Whether the line starting at 'at' is blank. */
static bool S_blank_line(const char *t, uint32_t len, uint32_t at) {
  while (at < len && (t[at] == ' ' || t[at] == '\t' || t[at] == '\r')) at++;
  return at < len && t[at] == '\n';
}

/* Whether an edit of 'fixes' deletes whole lines from 'from' on (into *r). */
static psa_edit *S_deleted_from(psa_fix **fixes, uint32_t n, uint32_t from) {
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t e = 0; e < fixes[i]->edit_count; e++) {
      psa_edit *ed = &fixes[i]->edits[e];
      if (ed->range.start == from && ed->range.end > from && !*ed->replacement) return ed;
    }
  return NULL;
}

/* The connections' lines that left a loop, between two blank lines (the
 * connections of several fixes one after the other: "blank, Connect-
 * MsolService, New-PSSession, Import-PSSession, blank"): the last deletion
 * of the run takes the blank line below with it, so that one blank line
 * stays (none first in a block). */
static void S_one_blank_line(const psa_rule_ctx *ctx, psa_fix **fixes, uint32_t n) {
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t e = 0; e < fixes[i]->edit_count; e++) {
      psa_edit *first = &fixes[i]->edits[e];
      uint32_t start = first->range.start;
      if (*first->replacement || start == 0 || t[start - 1] != '\n' || first->range.end <= start) continue;
      uint32_t prev = start - 1;
      while (prev > 0 && t[prev - 1] != '\n') prev--;
      /* (or the block's opening line: no blank line first in the block) */
      uint32_t open = start - 1;
      while (open > prev && (t[open - 1] == ' ' || t[open - 1] == '\t' || t[open - 1] == '\r')) open--;
      if (!S_blank_line(t, len, prev) && !(open > prev && t[open - 1] == '{'))
        continue; /* not the run's first deletion */
      psa_edit *last = first, *next;
      while ((next = S_deleted_from(fixes, n, last->range.end))) last = next;
      uint32_t end = last->range.end;
      if (end == 0 || t[end - 1] != '\n' || !S_blank_line(t, len, end)) continue;
      while (end < len && t[end] != '\n') end++;
      if (end < len) last->range.end = end + 1;
    }
}

void psa_fix_connect_before_loops(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  psa_fix *moved[16];
  uint32_t nmoved = 0;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target) continue;
    const psa_command *conn = NULL;
    PSA_FOR_COMMANDS(ctx, c) {
      if (c->span.start == e->span.start && c->span.end == e->span.end) conn = c;
    }
    psa_service service = conn ? psa_plan_service(ctx->model, conn) : PSA_SERVICE_NONE;
    if (!conn || conn->in_string || !S_hoistable_service(service)) continue;
    psa_fix *fx = NULL;
    if (S_hoist(ctx, e, conn, service, &fx) && fx && nmoved < 16) moved[nmoved++] = fx;
  }
  S_one_blank_line(ctx, moved, nmoved);
}

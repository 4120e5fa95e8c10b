/* Rule family PSA1xx: Exchange Online, Security & Compliance and EOP remote
 * PowerShell, the EXO V1 module, and the ExchangeOnlineManagement module used
 * the legacy way. Facts (hosts, dates) from the domain catalogue, sections
 * 0, 1.1-1.5. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/facts.h"
#include "rules/plan.h"
#include "rules/rules.h"

static const psa_endpoint *S_endpoint_for(const char *uri) {
  char host[256];
  psa_uri_host(uri, host, sizeof(host));
  return psa_endpoint_of_host(host);
}

typedef struct {
  bool exchange;            /* -ConfigurationName Microsoft.Exchange */
  bool cloud;               /* URI names a Microsoft 365 endpoint */
  bool basic;               /* -Authentication Basic */
  bool kerberos;
  const psa_endpoint *endpoint;
  const char *uri;
  const psa_arg *uri_arg;
} S_session;

/* The constant start of a URI built as "https://host/path?x=" + $y (or held
 * in a variable assigned once so): the text of its leading literal. */
const char *psa_rule_uri_head(const psa_rule_ctx *ctx, const psa_value *v, char *buf, size_t buflen) {
  for (int depth = 0; v && depth < 3; depth++) {
    if (v->kind == PSA_V_VARIABLE && psa_value_var(v) && psa_value_var(v)->assign_count == 1 &&
        !psa_value_var(v)->is_parameter) {
      v = psa_value_var(v)->assigns[0].value;
      continue;
    }
    if (v->kind == PSA_V_INTERP && v->item_count && v->items[0]->kind == PSA_V_STRING)
      return v->items[0]->str;
    if (v->span.end > ctx->src->text_len || v->span.end <= v->span.start + 2) return NULL;
    const char *t = ctx->src->text + v->span.start;
    uint32_t n = v->span.end - v->span.start;
    if (t[0] != '"' && t[0] != '\'') return NULL;
    uint32_t k = 1;
    while (k < n && t[k] != t[0] && t[k] != '$' && t[k] != '`') k++;
    if (k >= n || k - 1 >= buflen) return NULL;
    snprintf(buf, buflen, "%.*s", (int)(k - 1), t + 1);
    return buf;
  }
  return NULL;
}

static bool S_session_parts(const psa_rule_ctx *ctx, const psa_command *cmd, S_session *s);

static bool S_session_of(const psa_rule_ctx *ctx, const psa_command *cmd, S_session *s) {
  memset(s, 0, sizeof(*s));
  if (!psa_command_is(cmd, "New-PSSession")) return false;
  return S_session_parts(ctx, cmd, s);
}

/* Invoke-Command -ConnectionUri <Exchange Online endpoint> -ScriptBlock
 * {...}: an implicit remote PowerShell session to Exchange Online, as
 * New-PSSession + Invoke-Command -Session (review20 48), with the same
 * parts. False for any other Invoke-Command. */
static bool S_invoke_session_of(const psa_rule_ctx *ctx, const psa_command *cmd, S_session *s) {
  memset(s, 0, sizeof(*s));
  if (!psa_command_is(cmd, "Invoke-Command") || !psa_command_arg(cmd, "ConnectionUri")) return false;
  return S_session_parts(ctx, cmd, s) && s->cloud;
}

static bool S_session_parts(const psa_rule_ctx *ctx, const psa_command *cmd, S_session *s) {
  const char *conf = psa_rule_arg_string(ctx, cmd, "ConfigurationName");
  s->exchange = conf && !psa_strcasecmp(conf, "Microsoft.Exchange");
  s->uri_arg = psa_command_arg(cmd, "ConnectionUri");
  s->uri = s->uri_arg && s->uri_arg->value ? psa_value_string(ctx->model, s->uri_arg->value) : NULL;
  if (s->uri) {
    s->endpoint = S_endpoint_for(s->uri);
    s->cloud = s->endpoint != NULL || psa_contains_ci(s->uri, "/powershell-liveid");
  } else if (s->uri_arg && s->uri_arg->value) {
    /* "https://outlook.office365.com/powershell-liveid?DelegatedOrg=$tenant",
     * "https://outlook.office365.com/powershell-liveid?email=" + $user:
     * the host is in the constant start */
    char buf[256];
    const char *head = psa_rule_uri_head(ctx, s->uri_arg->value, buf, sizeof(buf));
    if (head && strstr(head, "://") && strchr(strstr(head, "://") + 3, '/')) {
      s->endpoint = S_endpoint_for(head);
      s->cloud = s->endpoint != NULL;
    }
  }
  const char *auth = psa_rule_arg_string(ctx, cmd, "Authentication");
  s->basic = auth && !psa_strcasecmp(auth, "Basic");
  s->kerberos = auth && (!psa_strcasecmp(auth, "Kerberos") || !psa_strcasecmp(auth, "Negotiate"));
  return s->exchange || s->cloud;
}

/* Whether PSA101 treats the session as Exchange Online: a Microsoft 365
 * endpoint, or basic authentication to a host not known statically (it may
 * be Exchange Online). A known host that is not a Microsoft 365 endpoint is
 * on-premises: PSA102 (and PSA104 for basic authentication). */
static bool S_maybe_online(const S_session *s) { return s->cloud || (s->basic && !s->uri); }

static const char *S_service_name(const S_session *s) {
  return psa_endpoint_service_name(s->endpoint ? s->endpoint->service : PSA_ENDPOINT_EXO);
}

/* The session commands (New-PSSession ...) that 'cmd' uses when it is
 * Import-PSSession $s, Export-PSSession, Invoke-Command -Session $s,
 * Enter-PSSession $s or Remove-PSSession $s. */
/* The sessions a Remove-PSSession -Name "<literal>" names: the
 * New-PSSession calls of the file given the same -Name (a scheduled job
 * that closes its session by name rather than by variable). */
static uint32_t S_sessions_named(const psa_rule_ctx *ctx, const psa_command *cmd,
                                 const psa_command **out, uint32_t max) {
  const psa_arg *a = psa_command_arg(cmd, "Name");
  const char *name = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
  if (!name || !*name) return 0;
  uint32_t k = 0;
  PSA_FOR_COMMANDS(ctx, c) {
    if (k == max || c == cmd || !psa_command_is(c, "New-PSSession")) continue;
    const psa_arg *na = psa_command_arg(c, "Name");
    const char *given = na && na->value ? psa_value_string(ctx->model, na->value) : NULL;
    if (given && !psa_strcasecmp(given, name)) out[k++] = c;
  }
  return k;
}

static uint32_t S_sessions_used(const psa_rule_ctx *ctx, const psa_command *cmd,
                                const psa_command **out, uint32_t max) {
  if (!psa_command_is(cmd, "Import-PSSession") && !psa_command_is(cmd, "Export-PSSession") &&
      !psa_command_is(cmd, "Invoke-Command") && !psa_command_is(cmd, "Enter-PSSession") &&
      !psa_command_is(cmd, "Remove-PSSession"))
    return 0;
  const psa_arg *a = psa_command_arg(cmd, "Session");
  const psa_value *v = a ? a->value : NULL;
  if (!v && psa_command_is(cmd, "Enter-PSSession")) {
    /* Enter-PSSession $s binds -ComputerName by position; a session works too */
    a = psa_command_arg(cmd, "ComputerName");
    v = a ? a->value : NULL;
  }
  if (!v && cmd->pipeline_input) v = cmd->pipeline_input;
  if (!v && psa_command_is(cmd, "Remove-PSSession")) return S_sessions_named(ctx, cmd, out, max);
  if (!v) return 0;
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16), k = 0;
  for (uint32_t i = 0; i < n && k < max; i++)
    if (prods[i]->kind == PSA_V_COMMAND && psa_value_cmd(prods[i]) != cmd)
      out[k++] = psa_value_cmd(prods[i]);
  /* $Session = <Exchange Online>; ...; $Session = <on-premises>; Import-PSSession
   * $Session: the last session made before the use on the same straight line
   * is the one used; the sessions made before it never reach the use */
  const psa_command *last = NULL;
  for (uint32_t i = 0; i < k; i++)
    if (psa_command_is(out[i], "New-PSSession") && out[i]->span.end <= cmd->span.start &&
        (!last || out[i]->span.start > last->span.start) &&
        psa_plan_same_straight_line(ctx->model, ctx->src->text, ctx->src->text_len, out[i], cmd))
      last = out[i];
  if (last) {
    uint32_t kept = 0;
    for (uint32_t i = 0; i < k; i++)
      if (out[i] == last || out[i]->span.start > cmd->span.start) out[kept++] = out[i];
    k = kept;
  }
  return k;
}

/* Every (session, use) pair of the file, sorted by session, built in one
 * pass so that rules never compare every command with every other. */
typedef struct {
  const psa_command *session, *use;
} S_pair;

typedef struct {
  S_pair *pairs;
  uint32_t count;
} S_uses;

static int S_pair_order(const void *a, const void *b) {
  const S_pair *x = a, *y = b;
  if (x->session != y->session) return (uintptr_t)x->session < (uintptr_t)y->session ? -1 : 1;
  return x->use->span.start < y->use->span.start ? -1 : x->use->span.start > y->use->span.start;
}

static void S_uses_build(const psa_rule_ctx *ctx, S_uses *u) {
  uint32_t cap = 0;
  u->pairs = NULL;
  u->count = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    const psa_command *sess[8];
    uint32_t n = S_sessions_used(ctx, cmd, sess, 8);
    for (uint32_t i = 0; i < n; i++) {
      if (u->count == cap) {
        cap = cap ? cap * 2 : 16;
        u->pairs = psa_xrealloc(u->pairs, cap * sizeof(*u->pairs));
      }
      u->pairs[u->count++] = (S_pair){sess[i], cmd};
    }
  }
  if (u->count) qsort(u->pairs, u->count, sizeof(*u->pairs), S_pair_order);
}

/* The first pair of 'session' (or u->count when it has none). */
static uint32_t S_uses_first(const S_uses *u, const psa_command *session) {
  uint32_t lo = 0, hi = u->count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if ((uintptr_t)u->pairs[mid].session < (uintptr_t)session) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Two loops, as PSA_FOR_COMMANDS: `break` in the body does not end it. */
#define S_FOR_USES(u, sess, use)                                                          \
  for (uint32_t use##_i = S_uses_first((u), (sess));                                     \
       use##_i < (u)->count && (u)->pairs[use##_i].session == (sess); use##_i++)          \
    for (const psa_command *use = (u)->pairs[use##_i].use; use; use = NULL)

static const psa_command *S_exo_session_of_use(const psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_command *sess[8];
  uint32_t n = S_sessions_used(ctx, cmd, sess, 8);
  for (uint32_t i = 0; i < n; i++) {
    S_session ses;
    /* a known Microsoft 365 endpoint only: for a host not known statically
     * PSA101 says "if this is Exchange Online" and lists the uses */
    if (S_session_of(ctx, sess[i], &ses) && ses.cloud) return sess[i];
  }
  return NULL;
}

/* ---- PSA101 ----------------------------------------------------------- */

/* Source text of an argument's value, for carrying it over unchanged. */
static bool S_overlaps(psa_span a, psa_span b) { return a.start < b.end && b.start < a.end; }

static bool S_exchange_cleanup_pipeline(const psa_rule_ctx *ctx, const psa_command *rm);

/* Whether 'inner' lies inside 'outer'. */
static bool S_inside(psa_span outer, psa_span inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/* Whether every read of 'var' lies inside one of the 'n' spans (the
 * statements a fix deletes); false past 32 reads. */
static bool S_reads_inside(const psa_rule_ctx *ctx, const psa_variable *var, const psa_span *spans,
                           uint32_t n) {
  psa_span reads[32];
  uint32_t nr = psa_variable_reads(ctx->model, var, reads, 32);
  if (nr > 32) return false;
  for (uint32_t i = 0; i < nr; i++) {
    bool inside = false;
    for (uint32_t k = 0; k < n && !inside; k++) inside = S_inside(spans[k], reads[i]);
    if (!inside) return false;
  }
  return true;
}

/* The assignment of a connection URI kept in a script-level variable that
 * only this session reads ($uri = "...?email=" + $cred.UserName), which
 * goes with the session; NULL otherwise. */
static const psa_assignment *S_uri_only_assignment(const psa_rule_ctx *ctx, const S_session *s,
                                                   const psa_command *cmd) {
  if (!s->uri_arg || !s->uri_arg->value || s->uri_arg->value->kind != PSA_V_VARIABLE) return NULL;
  const psa_variable *uv = psa_value_var(s->uri_arg->value);
  const psa_scope *root = uv ? uv->scope : NULL;
  while (root && root->parent) root = root->parent;
  if (!uv || root != ctx->model->script || uv->is_parameter || uv->entry_count ||
      uv->assign_count != 1 || uv->ref_count != 1 || uv->assigns[0].span.end > ctx->src->text_len ||
      S_overlaps(uv->assigns[0].span, cmd->statement_span))
    return NULL;
  return &uv->assigns[0];
}

/* Invoke-Command -Session $s -ScriptBlock {...}: the block's statements run
 * locally once Connect-ExchangeOnline has loaded the cmdlets: "& {...}"
 * ($using:x becomes $x). NULL with *why when that is not exact. */
static const char *S_local_invoke(psa_rule_ctx *ctx, const psa_command *use, const char **why) {
  const psa_arg *sb = psa_command_arg(use, "ScriptBlock");
  if (!sb || !sb->value || sb->value->kind != PSA_V_SCRIPTBLOCK ||
      sb->value->span.end > ctx->src->text_len) {
    *why = "Invoke-Command on the session runs a script block psauth cannot see";
    return NULL;
  }
  const char *t = ctx->src->text;
  const psa_arg *ea = NULL;
  for (uint32_t i = 0; i < use->arg_count; i++) {
    const char *p = use->args[i].param;
    if (p && psa_strcasecmp(p, "Session") && psa_strcasecmp(p, "ScriptBlock") &&
        psa_strcasecmp(p, "ErrorAction") && psa_strcasecmp(p, "HideComputerName")) {
      *why = psa_ctx_printf(ctx, "Invoke-Command -%s on the session has no local equivalent", p);
      return NULL;
    }
    if (p && !psa_strcasecmp(p, "ErrorAction")) ea = &use->args[i];
  }
  /* a try/catch that tells remote errors apart: locally they are no
   * RemoteException */
  if (psa_find_ci(t, ctx->src->text_len, "RemoteException")) {
    *why = "the script catches RemoteException, which only a remote session throws; run "
           "locally the errors are of other types";
    return NULL;
  }
  /* members read through the shape the remote session's deserialized
   * objects had (an Exchange enum's .Value, a GUID's .Guid): nothing
   * documents that the objects the ExchangeOnlineManagement module returns
   * locally have them, and a read that becomes $null silently changes a
   * comparison (michevnew DG_members_recursive.ps1: every group would take
   * the distribution-group branch) */
  static const char *const remote_shapes[][2] = {
      {"RecipientTypeDetails", "Value"}, {"RecipientType", "Value"}, {"Guid", "Guid"}};
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_count; i++) {
    const psa_value *v = m->members[i];
    const psa_value *b = v ? v->base : NULL;
    const char *outer = v ? psa_value_member(v) : NULL;
    const char *inner = b && b->kind == PSA_V_MEMBER ? psa_value_member(b) : NULL;
    if (!outer || !inner) continue;
    for (size_t k = 0; k < sizeof remote_shapes / sizeof remote_shapes[0]; k++) {
      if (psa_strcasecmp(inner, remote_shapes[k][0]) || psa_strcasecmp(outer, remote_shapes[k][1]))
        continue;
      *why = psa_ctx_printf(ctx,
                            "the script reads .%s.%s (line %u), a member of the objects the "
                            "remote session returned; run locally, the ExchangeOnlineManagement "
                            "module's objects are not documented to have it: check those reads "
                            "first",
                            remote_shapes[k][0], remote_shapes[k][1], psa_line_of(ctx, v->span.start));
      return NULL;
    }
  }
  /* Invoke-Command -ErrorAction X applies to the block's errors; a
   * preference variable set in "& {...}" does not reach module cmdlets
   * (Exchange Online's are module functions), so X goes onto the block's
   * one command, which must then be the whole of the block */
  uint32_t ea_at = UINT32_MAX;
  const char *ea_text = NULL;
  if (ea) {
    if (!ea->value || ea->span.end > ctx->src->text_len) {
      *why = "Invoke-Command -ErrorAction on the session is not a plain value";
      return NULL;
    }
    const psa_command *first = NULL;
    psa_span stmt = {0, 0};
    bool one = true;
    PSA_FOR_COMMANDS(ctx, c) {
      if (c == use || !S_inside(sb->value->span, c->span)) continue;
      if (!first) {
        first = c;
        stmt = c->statement_span;
      } else if (c->statement_span.start != stmt.start || c->statement_span.end != stmt.end) {
        one = false;
      }
    }
    if (!first || !one || first->span.start != stmt.start || first->dynamic) {
      *why = psa_ctx_printf(ctx,
                            "Invoke-Command -ErrorAction on the session covers a block of "
                            "several statements: run locally, each command would need its "
                            "own -ErrorAction");
      return NULL;
    }
    if (!psa_command_arg(first, "ErrorAction")) {
      ea_at = first->span.end;
      ea_text = psa_ctx_printf(ctx, " %.*s", (int)(ea->span.end - ea->span.start), t + ea->span.start);
    }
  }
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, "& ");
  for (uint32_t i = sb->value->span.start; i < sb->value->span.end; i++) {
    if (i == ea_at) psa_buf_puts(&b, ea_text);
    if (t[i] == '$' && i + 7 <= sb->value->span.end && !psa_strncasecmp(t + i + 1, "using:", 6)) {
      psa_buf_putc(&b, '$');
      i += 6;
      continue;
    }
    psa_buf_putc(&b, t[i]);
  }
  char *r = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return r;
}

/* Whether 'cond' (an if statement's parenthesised test) only tests that the
 * session variable is set: ($s), ($null -ne $s), ($s -ne $null), with an
 * optional global: or script: scope. */
static bool S_session_test(const char *t, psa_span cond, const char *name) {
  char norm[160];
  size_t n = 0;
  for (uint32_t i = cond.start; i < cond.end; i++) {
    if (strchr(" \t\r\n", t[i])) continue;
    if (n + 1 >= sizeof(norm)) return false;
    norm[n++] = (char)tolower((unsigned char)t[i]);
  }
  norm[n] = 0;
  static const char *const scopes[] = {"", "global:", "script:", NULL};
  for (int i = 0; scopes[i]; i++) {
    char v[96];
    snprintf(v, sizeof(v), "$%s%s", scopes[i], name);
    for (char *q = v; *q; q++) *q = (char)tolower((unsigned char)*q);
    char a[200];
    snprintf(a, sizeof(a), "(%s)", v);
    if (!strcmp(norm, a)) return true;
    snprintf(a, sizeof(a), "($null-ne%s)", v);
    if (!strcmp(norm, a)) return true;
    snprintf(a, sizeof(a), "(%s-ne$null)", v);
    if (!strcmp(norm, a)) return true;
  }
  return false;
}

/* A session read compared with $true ("$s -eq $true", "$true -eq $s"):
 * the whole comparison, which becomes the connection's truth test. -eq
 * with a session object on the left compares the object with $true and is
 * never true, with $true on the left it converts the object to Boolean
 * (about_Comparison_Operators): the script meant "is it connected", and
 * "(Get-ConnectionInformation) -eq $true" would be false on every run. */
static psa_span S_true_test(const psa_rule_ctx *ctx, psa_span r) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len, e = r.end;
  while (e < n && (t[e] == ' ' || t[e] == '\t')) e++;
  if (e + 3 <= n && !psa_strncasecmp(t + e, "-eq", 3)) {
    uint32_t v = e + 3;
    while (v < n && (t[v] == ' ' || t[v] == '\t')) v++;
    if (v + 5 <= n && !psa_strncasecmp(t + v, "$true", 5) &&
        (v + 5 == n || !(isalnum((unsigned char)t[v + 5]) || t[v + 5] == '_')))
      return (psa_span){r.start, v + 5};
  }
  uint32_t b = r.start;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  if (b >= 3 && !psa_strncasecmp(t + b - 3, "-eq", 3)) {
    uint32_t v = b - 3;
    while (v > 0 && (t[v - 1] == ' ' || t[v - 1] == '\t')) v--;
    if (v >= 5 && !psa_strncasecmp(t + v - 5, "$true", 5) &&
        (v - 5 == 0 || !(isalnum((unsigned char)t[v - 6]) || t[v - 6] == '_' || t[v - 6] == '$')))
      return (psa_span){v - 5, r.end};
  }
  return r;
}

/* if ($null -ne $s) { Import-PSSession $s } [else {...}]: the import goes,
 * and no empty block is left behind: an if that did nothing else goes
 * whole, an else block stays under the negated test of the new connection
 * ('conn'). The edited span is in *covered (reads of the session there are
 * handled). */
static bool S_import_guard(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *use,
                           const psa_variable *sv, const char *conn, psa_span *covered) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  psa_span st = use->statement_span;
  if (!sv || !sv->name) return false;
  const psa_block *in = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_LOOP || b->statement.end > ctx->src->text_len || !S_inside(b->body, st))
      continue;
    if (!in || S_inside(in->body, b->body)) in = b;
  }
  if (!in || in->kind != PSA_BLOCK_IF) return false;
  for (uint32_t k = in->body.start + 1; k < st.start; k++)
    if (!strchr(" \t\r\n", t[k])) return false;
  for (uint32_t k = st.end; k + 1 < in->body.end; k++)
    if (!strchr(" \t\r\n;", t[k])) return false;
  /* the test: between 'if' and the block */
  uint32_t cs = in->span.start + 2, ce = in->body.start;
  while (cs < ce && strchr(" \t\r\n", t[cs])) cs++;
  while (ce > cs && strchr(" \t\r\n", t[ce - 1])) ce--;
  if (!S_session_test(t, (psa_span){cs, ce}, sv->name)) return false;
  const psa_block *other;
  uint32_t clauses = psa_if_clauses(m, in, &other);
  if (clauses == 1) {
    *covered = in->statement;
    psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, in->statement), "");
    return true;
  }
  if (clauses != 2 || !other) return false;
  *covered = (psa_span){in->statement.start, other->body.start};
  psa_fix_add_edit(ctx, fx, *covered, psa_ctx_printf(ctx, "if ($null -eq %s) ", conn));
  return true;
}

/* Whether 'use' uses the session 'cmd' made: of the commands assigning the
 * variable it names, the last one before it is 'cmd' ($Session reused for
 * an on-premises session later: that one's Import-PSSession is not ours). */
static bool S_use_is_ours(const psa_rule_ctx *ctx, const psa_command *cmd, const psa_command *use) {
  const psa_command *sess[8];
  uint32_t n = S_sessions_used(ctx, use, sess, 8);
  const psa_command *near = NULL;
  for (uint32_t i = 0; i < n; i++)
    if (sess[i]->span.start < use->span.start && (!near || sess[i]->span.start > near->span.start))
      near = sess[i];
  return !near || near == cmd;
}

/* Why a use of the session keeps any rewrite from being made, whatever
 * host the session connects to: the use runs from a string, runs a script
 * block psauth cannot see, or has no Exchange Online equivalent; NULL when
 * the use carries over. The same checks S_rps_use refuses with. */
static const char *S_use_blocker(psa_rule_ctx *ctx, const psa_command *use) {
  unsigned line = psa_line_of(ctx, use->span.start);
  if (use->in_string)
    return psa_ctx_printf(ctx,
                          "line %u runs %s on the session from a string (a script run with "
                          "Invoke-Expression or similar), which psauth does not edit",
                          line, use->name);
  if (psa_command_is(use, "Import-PSSession") || psa_command_is(use, "Remove-PSSession"))
    return NULL;
  if (psa_command_is(use, "Invoke-Command")) {
    const char *why = NULL;
    return S_local_invoke(ctx, use, &why) ? NULL : psa_ctx_printf(ctx, "%s (line %u)", why, line);
  }
  return psa_ctx_printf(ctx, "%s on line %u uses the session and has no Exchange Online equivalent",
                        use->name, line);
}

/* The if statement right after 'st' (blanks and ';' between) whose whole
 * test is that the statement before it failed, with no else: if (!$?),
 * if (-not $?), if ($? -eq $false). Its test (parentheses included) in
 * *cond; NULL for anything else. */
static const psa_block *S_failed_test_after(const psa_rule_ctx *ctx, psa_span st, psa_span *cond) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len, k = st.end;
  while (k < n && strchr(" \t\r\n;", t[k])) k++;
  const psa_block *b = NULL;
  for (uint32_t i = 0; i < m->block_count && !b; i++)
    if (m->blocks[i].kind == PSA_BLOCK_IF && m->blocks[i].span.start == k) b = &m->blocks[i];
  if (!b || b->body.start > n) return NULL;
  const psa_block *other;
  if (psa_if_clauses(m, b, &other) != 1) return NULL;
  uint32_t cs = b->span.start + 2, ce = b->body.start;
  while (cs < ce && strchr(" \t\r\n", t[cs])) cs++;
  while (ce > cs && strchr(" \t\r\n", t[ce - 1])) ce--;
  char norm[32];
  size_t nn = 0;
  for (uint32_t i = cs; i < ce; i++) {
    if (strchr(" \t", t[i])) continue;
    if (nn + 1 >= sizeof(norm)) return NULL;
    norm[nn++] = (char)tolower((unsigned char)t[i]);
  }
  norm[nn] = 0;
  static const char *const forms[] = {"(!$?)",          "(-not$?)",       "(!($?))", "(-not($?))",
                                      "($?-eq$false)", "($false-eq$?)", NULL};
  for (int i = 0; forms[i]; i++)
    if (!strcmp(norm, forms[i])) {
      *cond = (psa_span){cs, ce};
      return b;
    }
  return NULL;
}

/* if (!$?) { ... } right after an Import-PSSession the rewrite removes: it
 * would test whatever statement now stands before it (review20 40). When
 * the connection's own success was tested already ($? read between it and
 * the import), the check goes with the import; otherwise it tests the new
 * connection ('conn'). */
static void S_import_failed_test(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd,
                                 const psa_command *use, const char *conn) {
  psa_span cond;
  const psa_block *b = S_failed_test_after(ctx, use->statement_span, &cond);
  if (!b) return;
  const char *t = ctx->src->text;
  bool tested = cmd->statement_span.end < use->statement_span.start &&
                psa_find_ci(t + cmd->statement_span.end,
                            use->statement_span.start - cmd->statement_span.end, "$?") != NULL;
  if (tested)
    psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, b->statement), "");
  else
    psa_fix_add_edit(ctx, fx, cond, psa_ctx_printf(ctx, "(-not %s)", conn));
}

/* The import's result ($importresults = Import-PSSession $s) read by a
 * cleanup of the session it came from, "Get-PSSession $importresults |
 * Remove-PSSession": the import goes, so that cleanup disconnects instead
 * (as Remove-PSSession $s does), else it would read a variable nothing
 * assigns. Only when the import is the variable's one assignment. */
static void S_import_result_cleanup(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *use,
                                    psa_span *covered, uint32_t *ncovered) {
  const psa_variable *v = use->assigned_to;
  if (!v || v->assign_count != 1) return;
  psa_span reads[16];
  uint32_t nr = psa_variable_reads(ctx->model, v, reads, 16);
  for (uint32_t i = 0; i < nr && i < 16 && *ncovered < 8; i++) {
    PSA_FOR_COMMANDS(ctx, rm) {
      const psa_value *in = rm->pipeline_input;
      const psa_command *g = in && in->kind == PSA_V_COMMAND ? psa_value_cmd(in) : NULL;
      if (!psa_command_is(rm, "Remove-PSSession") || rm->arg_count || rm->invoke_operator || !g ||
          !psa_command_is(g, "Get-PSSession") || g->arg_count != 1 || !g->args[0].value ||
          g->args[0].value->kind != PSA_V_VARIABLE || psa_value_var(g->args[0].value) != v ||
          !S_inside(g->span, reads[i]) || rm->statement_span.end > ctx->src->text_len ||
          rm->statement_span.start != g->span.start || rm->statement_span.end != rm->span.end)
        continue;
      bool done = false;
      for (uint32_t k = 0; k < *ncovered; k++) done = done || S_inside(covered[k], reads[i]);
      if (done) continue;
      covered[(*ncovered)++] = rm->statement_span;
      psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
    }
  }
}

/* One later use of a rewritten session: Import-PSSession goes,
 * Remove-PSSession becomes Disconnect-ExchangeOnline, Invoke-Command runs
 * its block locally; anything else refuses the rewrite (false). */
static bool S_rps_use(psa_rule_ctx *ctx, const psa_rule *rule, const psa_command *cmd, psa_fix *fx,
                      const psa_command *use, const char *conn) {
  const char *blocker = S_use_blocker(ctx, use);
  if (blocker) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name, blocker);
    return false;
  }
  if (psa_command_is(use, "Import-PSSession")) {
    /* with a comment above that only introduced it ("#Import the session") */
    static const char *const about[] = {"import", NULL};
    psa_fix_add_edit(ctx, fx,
                     psa_fix_span_with_comment_about(
                         ctx, fx, psa_fix_statement_span(ctx, use->statement_span), about),
                     "");
    S_import_failed_test(ctx, fx, cmd, use, conn);
  } else if (psa_command_is(use, "Remove-PSSession")) {
    psa_fix_add_edit(ctx, fx, use->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  } else {
    const char *why = NULL;
    psa_fix_add_edit(ctx, fx, use->span, S_local_invoke(ctx, use, &why));
  }
  return true;
}

/* The source text of the token in a BasicAuthToOAuthConversion password
 * ("Bearer $($token.AccessToken)" -> $token.AccessToken), or NULL. */
static const char *S_bearer_expr(psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_model *m = ctx->model;
  const psa_arg *ca = psa_command_arg(cmd, "Credential");
  const psa_value *v = ca ? ca->value : NULL;
  for (int depth = 0; v && depth < 4; depth++) {
    if (v->kind == PSA_V_VARIABLE && psa_value_var(v) && psa_value_var(v)->assign_count == 1) {
      v = psa_value_var(v)->assigns[0].value;
      continue;
    }
    const psa_value *user = NULL, *pw = NULL;
    if (psa_credential_parts(m, v, &user, &pw) && pw && pw != v) {
      v = pw;
      continue;
    }
    if (v->kind == PSA_V_COMMAND && psa_value_cmd(v) &&
        psa_command_is(psa_value_cmd(v), "ConvertTo-SecureString")) {
      const psa_arg *a = psa_command_arg(psa_value_cmd(v), "String");
      v = a ? a->value : NULL;
      continue;
    }
    break;
  }
  if (!v || v->span.end > ctx->src->text_len) return NULL;
  const char *t = ctx->src->text + v->span.start;
  uint32_t n = v->span.end - v->span.start;
  const char *b = psa_find_ci(t, n, "Bearer $(");
  if (!b) return NULL;
  const char *e = b + 9, *end = t + n;
  int nest = 1;
  const char *q = e;
  for (; q < end && nest; q++) {
    if (*q == '(') nest++;
    else if (*q == ')') nest--;
  }
  if (nest || q - 1 <= e || q - e > 120) return NULL;
  return psa_ctx_printf(ctx, "%.*s", (int)(q - 1 - e), e);
}

/* A partner (CSP) token session: the display suggestion with the script's
 * own token and customer expressions, or NULL when they cannot be read. */
static const char *S_partner_token(psa_rule_ctx *ctx, const psa_command *cmd, const S_session *s) {
  const char *tok = S_bearer_expr(ctx, cmd);
  if (!tok || !s->uri_arg || !s->uri_arg->value || s->uri_arg->value->span.end > ctx->src->text_len)
    return NULL;
  psa_span us = s->uri_arg->value->span;
  const char *d = psa_find_ci(ctx->src->text + us.start, us.end - us.start, "DelegatedOrg=");
  if (!d) return NULL;
  d += 13;
  size_t n = 0;
  while (d + n < ctx->src->text + us.end && !strchr("&#\"' \t\r\n", d[n])) n++;
  if (!n) return NULL;
  const char *org = psa_ctx_printf(ctx, "%.*s", (int)n, d);
  /* $($TenantDomainName) -> $TenantDomainName */
  if (n > 4 && org[0] == '$' && org[1] == '(' && org[n - 1] == ')' && org[2] == '$')
    org = psa_ctx_printf(ctx, "%.*s", (int)(n - 3), org + 2);
  else if (org[0] != '$')
    org = psa_ctx_quote(ctx, org);
  return psa_ctx_printf(ctx,
                        "Connect-ExchangeOnline -AccessToken %s -DelegatedOrganization %s "
                        "(ExchangeOnlineManagement 3.1.0 or later; the token must be issued for "
                        "https://outlook.office365.com); or, without a "
                        "token, Connect-ExchangeOnline -DelegatedOrganization %s signed in as the "
                        "partner administrator",
                        tok, org, org);
}

/* Whether a statement is 'c' alone (its output at most dropped). */
static bool S_alone(const psa_rule_ctx *ctx, const psa_command *c) {
  if (c->in_string || c->assigned_to || c->statement_span.end > ctx->src->text_len) return false;
  if (c->statement_span.start == c->span.start && c->statement_span.end == c->span.end)
    return true;
  return psa_plan_output_dropped(ctx->src->text, ctx->src->text_len, c);
}

/* A standalone script's remote PowerShell session that nothing uses (the
 * file calls no Exchange Online or Security & Compliance cmdlet:
 * psa_plan_exchange_unused) goes with its Import-PSSession and
 * Remove-PSSession statements, the cleanup of every session when it is the
 * file's only one, the URI variable and what only fed the credential. False
 * (nothing done) when anything else reads the session. */
static bool S_remove_unused_rps(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                                const psa_command *cmd, const S_session *s, const S_uses *uses) {
  if (!cmd->assigned_to ||
      psa_plan_named_by_others(ctx) ||
      !psa_plan_exchange_unused(ctx->model, ctx->src->path, ctx->src->text, ctx->src->text_len,
                                cmd, NULL, 0))
    return false;
  psa_span del[16];
  uint32_t n = 0;
  del[n++] = cmd->statement_span;
  S_FOR_USES(uses, cmd, use) {
    if (n == 16 || (!psa_command_is(use, "Import-PSSession") &&
                    !psa_command_is(use, "Remove-PSSession")) ||
        !S_alone(ctx, use))
      return false;
    del[n++] = use->statement_span;
  }
  uint32_t sessions = 0;
  PSA_FOR_COMMANDS(ctx, c) {
    if (psa_command_is(c, "New-PSSession")) sessions++;
  }
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string) continue;
    /* a test of the session (Get-PSSession | Where-Object ...) would stay
     * behind without it */
    if (psa_command_is(c, "Get-PSSession")) {
      bool cleanup = false;
      PSA_FOR_COMMANDS(ctx, rm) {
        if (!psa_command_is(rm, "Remove-PSSession") || rm->arg_count || !rm->pipeline_input ||
            rm->statement_span.start != c->span.start || rm->statement_span.end != rm->span.end)
          continue;
        cleanup = (rm->pipeline_input->kind == PSA_V_COMMAND &&
                   psa_value_cmd(rm->pipeline_input) == c && !c->arg_count) ||
                  S_exchange_cleanup_pipeline(ctx, rm);
        if (cleanup && sessions == 1 && n < 16) del[n++] = rm->statement_span;
      }
      if (!cleanup || sessions != 1) return false;
    }
  }
  /* every read of the session variable is in a statement that goes; a
   * reset ($s = $null) goes too */
  const psa_variable *sv = cmd->assigned_to;
  for (uint32_t i = 0; i < sv->assign_count; i++) {
    const psa_assignment *as = &sv->assigns[i];
    if (as->span.start >= cmd->statement_span.start && as->span.end <= cmd->statement_span.end)
      continue;
    if (!as->value || as->value->kind != PSA_V_NULL || as->append || n == 16) return false;
    del[n++] = psa_fix_statement_span(ctx, as->span);
  }
  if (!S_reads_inside(ctx, sv, del, n)) return false;
  if (!psa_plan_clause_keeps_work(ctx->model, ctx->src->text, ctx->src->text_len, cmd, del, n))
    return false;
  const psa_assignment *uri = n < 16 ? S_uri_only_assignment(ctx, s, cmd) : NULL;
  if (uri) del[n++] = psa_fix_statement_span(ctx, uri->span);
  static const char *const about[] = {"exchange", "exo", "session", "remote powershell",
                                      "compliance", "o365", "office 365", "office365", NULL};
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  const psa_value *feeds[1] = {cred ? cred->value : NULL};
  bool scc = s->endpoint && s->endpoint->service == PSA_ENDPOINT_SCC;
  psa_fix_remove_unused_signin(
      ctx, rule, f, cmd, scc ? "Security & Compliance" : "Exchange Online", del, n, about, feeds,
      1, n > 1 ? "; its Import-PSSession/Remove-PSSession statements go too" : NULL);
  return true;
}

/* Whether the file purges the results of a compliance search
 * (New-ComplianceSearchAction -Purge, written out or splatted). */
static bool S_purges(const psa_rule_ctx *ctx) {
  for (uint32_t i = 0; i < ctx->model->command_count; i++) {
    const psa_command *c = ctx->model->commands[i];
    if (c->in_string || !psa_command_is(c, "New-ComplianceSearchAction")) continue;
    if (psa_command_arg(c, "Purge")) return true;
  }
  return false;
}

/* The host of a constant URI ("https://host[:port]/path"), or NULL. */
static const char *S_uri_host(psa_rule_ctx *ctx, const char *uri) {
  const char *h = strstr(uri, "://");
  if (!h) return NULL;
  h += 3;
  size_t n = strcspn(h, "/:?#");
  return n ? psa_ctx_printf(ctx, "%.*s", (int)n, h) : NULL;
}

/* A URI built as "$($uri + $tenant)" (or "($uri + ...)", "$uri + ...")
 * whose leading part is a literal, or a variable assigned one literal once,
 * that names a Microsoft 365 host and ends in "?DelegatedOrg=": a partner's
 * session into a customer tenant chosen at run time (review19 35). That
 * literal, with the line it is written on, or NULL. */
static const char *S_partner_uri_head(psa_rule_ctx *ctx, const psa_command *cmd, const psa_value *v,
                                      uint32_t *line) {
  const char *t = ctx->src->text;
  if (!v || v->span.end > ctx->src->text_len || v->span.end <= v->span.start) return NULL;
  uint32_t k = v->span.start, end = v->span.end;
  if (k + 1 < end && t[k] == '$' && t[k + 1] == '(') k += 2;
  else if (t[k] == '(') k++;
  while (k < end && (t[k] == ' ' || t[k] == '\t')) k++;
  if (k >= end || t[k] != '$') return NULL;
  uint32_t n = k + 1;
  while (n < end && (isalnum((unsigned char)t[n]) || t[n] == '_')) n++;
  if (n == k + 1 || n - k - 1 >= 64) return NULL;
  uint32_t plus = n;
  while (plus < end && (t[plus] == ' ' || t[plus] == '\t')) plus++;
  if (plus >= end || t[plus] != '+') return NULL;
  char name[64];
  snprintf(name, sizeof(name), "%.*s", (int)(n - k - 1), t + k + 1);
  const psa_variable *var = psa_model_variable(ctx->model, cmd->scope, name);
  if (!var || var->is_parameter || var->assign_count != 1 || var->entry_count || var->assigns[0].append ||
      !var->assigns[0].value)
    return NULL;
  const char *head = psa_value_string(ctx->model, var->assigns[0].value);
  if (!head || !S_endpoint_for(head) || !psa_find_ci(head, strlen(head), "DelegatedOrg=")) return NULL;
  *line = psa_line_of(ctx, var->assigns[0].span.start);
  return head;
}

/* Why a session to a host not known statically is left as it is: a
 * partner's session into a customer tenant (S_partner_uri_head), whose
 * blocker is that partner access, not the host; else the host. */
static const char *S_unknown_host_reason(psa_rule_ctx *ctx, const psa_command *cmd, const S_session *s) {
  uint32_t line = 0;
  const char *head = s->uri_arg ? S_partner_uri_head(ctx, cmd, s->uri_arg->value, &line) : NULL;
  if (!head)
    return "the connection URI's host is not known statically (built at run time or passed in): "
           "psauth cannot tell Exchange Online from an on-premises server";
  return psa_ctx_printf(ctx,
                        "the connection URI (\"%s\" on line %u, with the customer's domain added at "
                        "run time) opens a partner's session in a customer tenant (?DelegatedOrg=): "
                        "the blocker is that per-tenant partner access, not the host; psauth does not "
                        "carry a tenant added to the URI's variable over to -DelegatedOrganization: by "
                        "hand it is "
                        "Connect-ExchangeOnline -DelegatedOrganization <the customer's primary "
                        ".onmicrosoft.com domain or tenant ID>, signed in as the partner's admin, "
                        "which works only for a customer that has agreed to the partner's delegated "
                        "management via the CSP program",
                        head, line);
}

static const char *S_get_exchange(const psa_rule_ctx *ctx, const psa_command *g, psa_span *at);

/* A connected Exchange Online (or Security & Compliance) connection of the
 * ExchangeOnlineManagement module, as a pipeline: Get-ConnectionInformation
 * (module 3.0.0 and later) lists the REST connections of the PowerShell
 * instance; State is "Connected" for a connected one and IsEopSession is
 * False for Exchange Online, True for Security & Compliance (its reference,
 * MicrosoftDocs/office-docs-powershell, docs/fixes.md). */
static const char *const S_LIVE_EXO =
    "Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession }";
static const char *const S_LIVE_SCC =
    "Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and $_.IsEopSession }";

/* The probe for a session opened before that the session's New-PSSession
 * is the fallback of:
 *   try { $s = Get-PSSession -InstanceId (Get-AcceptedDomain | select -First 1).RunspaceId.Guid -ErrorAction Stop }
 *   catch { ... $s = New-PSSession ... }
 * The probe is the whole try block, it throws when it finds nothing
 * (-ErrorAction Stop), the try has one untyped catch and the session is in
 * it. A Connect-ExchangeOnline connection is no PowerShell session: left as
 * it is, the probe would fail every time and every run would sign in again.
 * NULL when the file has no such probe. */
static const psa_command *S_runspace_probe(const psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  PSA_FOR_COMMANDS(ctx, g) {
    if (!psa_command_is(g, "Get-PSSession") || g->in_string || g->invoke_operator ||
        g->statement_span.end != g->span.end || g->statement_span.end > ctx->src->text_len)
      continue;
    const psa_arg *ia = psa_command_arg(g, "InstanceId");
    psa_span at;
    if (!ia || !S_get_exchange(ctx, g, &at) || at.start != ia->span.start) continue;
    const char *ea = psa_rule_arg_string(ctx, g, "ErrorAction");
    if (!ea || psa_strcasecmp(ea, "Stop")) continue;
    /* its value goes to the session's variable, or nowhere */
    if (g->assigned_to ? g->assigned_to != cmd->assigned_to
                       : g->statement_span.start != g->span.start)
      continue;
    const psa_catch *only = NULL;
    uint32_t clauses = 0;
    for (uint32_t i = 0; i < m->catch_count; i++) {
      const psa_catch *k = &m->catches[i];
      if (!S_inside(k->try_body, g->statement_span)) continue;
      if (only && (only->statement.start != k->statement.start ||
                   only->statement.end != k->statement.end)) {
        /* a try nested in the probe's: the innermost one counts */
        if (S_inside(only->try_body, k->statement)) {
          only = k;
          clauses = 1;
        }
        continue;
      }
      only = k;
      clauses++;
    }
    if (!only || clauses != 1 || only->types.end > only->types.start ||
        !S_inside(only->body, cmd->span) || only->try_body.end > ctx->src->text_len)
      continue;
    /* the probe is the try block's only statement */
    bool alone = true;
    for (uint32_t k = only->try_body.start + 1; k < g->statement_span.start && alone; k++)
      alone = strchr(" \t\r\n;", t[k]) != NULL;
    for (uint32_t k = g->statement_span.end; k + 1 < only->try_body.end && alone; k++)
      alone = strchr(" \t\r\n;", t[k]) != NULL;
    if (alone) return g;
  }
  return NULL;
}

/* What an if condition ("(...)", parentheses included) tests of the session
 * variable 'name': 1 that it is not open (!$s -or ($s.State -ne "Opened"),
 * or the State test alone), 2 that it is ($s -and $s.State -eq 'Opened', or
 * the State test alone), 0 anything else. A variable that holds no session
 * has no State, so $null.State -ne "Opened" is true: the State test alone
 * says the same as with the $null test. With 'bare' (a file whose probe
 * becomes the same test), !$s and $s alone too. */
static int S_state_test(const char *t, psa_span cond, const char *name, bool bare) {
  char norm[320];
  size_t n = 0;
  for (uint32_t i = cond.start; i < cond.end; i++) {
    if (strchr(" \t\r\n", t[i])) continue;
    if (t[i] == '`' || n + 1 >= sizeof(norm)) return 0;
    norm[n++] = (char)tolower((unsigned char)t[i]);
  }
  norm[n] = 0;
  if (n < 2 || norm[0] != '(' || norm[n - 1] != ')') return 0;
  /* split the inside at its one top-level -or / -and */
  char *in = norm + 1;
  norm[n - 1] = 0;
  char *ops[2] = {in, NULL};
  int join = 0; /* 1 -or, 2 -and */
  int depth = 0;
  for (char *p = in; *p; p++) {
    if (*p == '(') depth++;
    else if (*p == ')') depth--;
    else if (*p == '"' || *p == '\'') {
      char q = *p;
      while (p[1] && p[1] != q) p++;
      if (!p[1]) return 0;
      p++;
    } else if (!depth && *p == '-' && (!strncmp(p, "-or", 3) || !strncmp(p, "-and", 4))) {
      if (join) return 0;
      join = p[1] == 'o' ? 1 : 2;
      *p = 0;
      ops[1] = p + (join == 1 ? 3 : 4);
    }
    if (depth < 0) return 0;
  }
  int kinds[2] = {0, 0}; /* 1 $null test, 2 set test, 3 State not open, 4 State open */
  for (int o = 0; o < (ops[1] ? 2 : 1); o++) {
    char *op = ops[o];
    size_t len = strlen(op);
    if (len > 2 && op[0] == '(' && op[len - 1] == ')') {
      op[len - 1] = 0;
      op++;
    }
    static const char *const scopes[] = {"", "script:", "global:", NULL};
    for (int sc = 0; scopes[sc] && !kinds[o]; sc++) {
      char v[96], want[200];
      snprintf(v, sizeof(v), "$%s%s", scopes[sc], name);
      for (char *q = v; *q; q++) *q = (char)tolower((unsigned char)*q);
      /* each form as (text before the variable, text after it) */
      static const char *const forms[][3] = {
          {"!", "", "1"},          {"-not", "", "1"},        {"!(", ")", "1"},
          {"-not(", ")", "1"},     {"$null-eq", "", "1"},    {"", "-eq$null", "1"},
          {"", "", "2"},           {"$null-ne", "", "2"},    {"", "-ne$null", "2"},
          {"", ".state-ne\"opened\"", "3"},  {"", ".state-ne'opened'", "3"},
          {"", ".state-ine\"opened\"", "3"}, {"", ".state-ine'opened'", "3"},
          {"\"opened\"-ne", ".state", "3"},  {"'opened'-ne", ".state", "3"},
          {"", ".state-eq\"opened\"", "4"},  {"", ".state-eq'opened'", "4"},
          {"", ".state-ieq\"opened\"", "4"}, {"", ".state-ieq'opened'", "4"},
          {"\"opened\"-eq", ".state", "4"},  {"'opened'-eq", ".state", "4"},
      };
      for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]) && !kinds[o]; i++) {
        snprintf(want, sizeof(want), "%s%s%s", forms[i][0], v, forms[i][1]);
        if (!strcmp(op, want)) kinds[o] = forms[i][2][0] - '0';
      }
    }
    if (!kinds[o]) return 0;
  }
  if (!ops[1])
    return kinds[0] == 3 || (bare && kinds[0] == 1)   ? 1
           : kinds[0] == 4 || (bare && kinds[0] == 2) ? 2
                                                      : 0;
  int a = kinds[0] < kinds[1] ? kinds[0] : kinds[1], b = kinds[0] ^ kinds[1] ^ a;
  if (join == 1 && a == 1 && b == 3) return 1;
  if (join == 2 && a == 2 && b == 4) return 2;
  return 0;
}

/* "(Get-PSSession).ComputerName -contains 'outlook.office365.com'" (or
 * -notcontains) with an Exchange Online host: "is there an Exchange Online
 * session", which for a REST connection is exactly
 * (Get-ConnectionInformation) being non-empty (review20 40). The span from
 * the opening parenthesis to the closing quote in *sp, *neg for
 * -notcontains. */
static bool S_inline_contains(const psa_rule_ctx *ctx, const psa_command *g, psa_span *sp, bool *neg) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  if (g->in_string || g->assigned_to || g->arg_count || g->pipeline_input || g->span.start == 0 ||
      t[g->span.start - 1] != '(' || g->span.end >= n)
    return false;
  uint32_t k = g->span.end;
  while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
  if (!psa_has_prefix_ci(t + k, n - k, ").ComputerName")) return false;
  k += 14;
  if (k >= n || (t[k] != ' ' && t[k] != '\t')) return false;
  while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
  if (psa_has_prefix_ci(t + k, n - k, "-contains ")) *neg = false, k += 10;
  else if (psa_has_prefix_ci(t + k, n - k, "-notcontains ")) *neg = true, k += 13;
  else return false;
  while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
  if (k >= n || (t[k] != '"' && t[k] != '\'')) return false;
  uint32_t e = k + 1;
  while (e < n && t[e] != t[k] && t[e] != '$' && t[e] != '`' && t[e] != '\n') e++;
  if (e >= n || t[e] != t[k] || e - k - 1 >= 128) return false;
  char host[128];
  snprintf(host, sizeof(host), "%.*s", (int)(e - k - 1), t + k + 1);
  const psa_endpoint *ep = psa_endpoint_of_host(host);
  if (!ep || ep->service != PSA_ENDPOINT_EXO) return false;
  *sp = (psa_span){g->span.start - 1, e + 1};
  return true;
}

/* A test of the session's own members, "(Get-PSSession).State -eq
 * 'Opened'" or "(Get-PSSession).ConfigurationName -eq
 * 'Microsoft.Exchange'", that a rewrite to Connect-ExchangeOnline would
 * leave false on every run (a REST connection is no PSSession): psauth
 * has no exact Get-ConnectionInformation form for an expression of
 * several such terms, so the connection is refused naming its line
 * (review19 10: Connect-EOL would return $false after every connect).
 * NULL when the file has none. */
static const char *S_pss_member_blocker(psa_rule_ctx *ctx) {
  static const char *const members[] = {"State", "ConfigurationName", "ComputerName", NULL};
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  PSA_FOR_COMMANDS(ctx, g) {
    if (g->in_string || !psa_command_is(g, "Get-PSSession") || g->span.start == 0 || g->span.end + 2 > n)
      continue;
    uint32_t e = g->span.end;
    while (e < n && (t[e] == ' ' || t[e] == '\t')) e++;
    if (t[g->span.start - 1] != '(' || e + 1 >= n || t[e] != ')' || t[e + 1] != '.') continue;
    psa_span exact;
    bool neg;
    if (S_inline_contains(ctx, g, &exact, &neg)) continue; /* PSA113 rewrites it */
    for (int i = 0; members[i]; i++) {
      size_t k = strlen(members[i]);
      if (e + 2 + k <= n && !psa_strncasecmp(t + e + 2, members[i], k) &&
          !(e + 2 + k < n && (isalnum((unsigned char)t[e + 2 + k]) || t[e + 2 + k] == '_')))
        return psa_ctx_printf(ctx,
                              "line %u tests (Get-PSSession).%s, which a Connect-ExchangeOnline "
                              "connection never satisfies (it opens no PowerShell session); "
                              "change that check to Get-ConnectionInformation together with the "
                              "connection",
                              psa_line_of(ctx, g->span.start), members[i]);
    }
  }
  return NULL;
}

/* A -ConnectionUri variable (not a parameter) whose every assignment is a
 * literal Microsoft 365 remote PowerShell URI, assigned more than once
 * (one per switch branch): the reason the session cannot be rewritten as
 * one connection, or NULL when the URI is not of that shape. Different
 * services need two connect cmdlets (review19 43: one New-PSSession for
 * Exchange Online and Security & Compliance, chosen by $_). */
static const char *S_uri_choices(psa_rule_ctx *ctx, const S_session *s) {
  if (!s->uri_arg || !s->uri_arg->value || s->uri_arg->value->kind != PSA_V_VARIABLE) return NULL;
  const psa_variable *uv = psa_value_var(s->uri_arg->value);
  if (!uv || uv->is_parameter || uv->is_foreach || uv->entry_count || uv->assign_count < 2)
    return NULL;
  const psa_endpoint *first = NULL;
  bool mixed = false;
  psa_buf lines, each; /* "14, 17"; "Exchange Online (line 14) or ..." */
  psa_buf_init(&lines);
  psa_buf_init(&each);
  for (uint32_t i = 0; i < uv->assign_count; i++) {
    const psa_assignment *a = &uv->assigns[i];
    const char *u = a->append ? NULL : psa_value_string(ctx->model, a->value);
    const psa_endpoint *e = u ? S_endpoint_for(u) : NULL;
    if (!e || e->service == PSA_ENDPOINT_GERMANY) {
      psa_buf_free(&lines);
      psa_buf_free(&each);
      return NULL;
    }
    if (!first) first = e;
    else if (e->service != first->service) mixed = true;
    unsigned line = psa_line_of(ctx, a->span.start);
    psa_buf_printf(&lines, "%s%u", i ? ", " : "", line);
    psa_buf_printf(&each, "%s%s (line %u)", i ? (i + 1 == uv->assign_count ? " or " : ", ") : "",
                   psa_endpoint_service_name(e->service), line);
  }
  const char *why =
      mixed ? psa_ctx_printf(ctx,
                             "one New-PSSession serves several services ($%s is %s, chosen at run "
                             "time): it has to be split by hand into Connect-ExchangeOnline and "
                             "Connect-IPPSSession, one per service",
                             uv->name, each.data)
            : psa_ctx_printf(ctx,
                             "the connection URI ($%s) is one of several literal %s URIs (lines "
                             "%s): psauth rewrites a session only when its URI has one value",
                             uv->name, psa_endpoint_service_name(first->service), lines.data);
  psa_buf_free(&each);
  psa_buf_free(&lines);
  return why;
}

/* A partner connection rewritten in place in a foreach over the customers
 * (-DelegatedOrganization from the pass's own expression): each pass opens
 * a new REST connection, so the pass ends with Disconnect-ExchangeOnline
 * (review20 46: connections piled up, one per tenant), inserted before the
 * loop's closing brace. Not when the connection sits in an if or a nested
 * block of the pass (then it does not run every pass), nor when the pass
 * already removes sessions (that removal becomes the disconnect), nor for
 * while/do/for loops (retry loops keep their connection). */
static void S_pass_disconnect(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                              const psa_command *cmd) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  const psa_block *loop = NULL, *inner = NULL;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (!S_inside(b->body, cmd->statement_span)) continue;
    if (!inner || S_inside(inner->body, b->body)) inner = b;
    if (b->kind == PSA_BLOCK_LOOP && (!loop || S_inside(loop->body, b->body))) loop = b;
  }
  if (!loop || inner != loop || loop->body.end > n || loop->body.end < 2) return;
  bool each = false;
  for (uint32_t i = 0; i < m->foreach_count && !each; i++)
    each = m->foreach_loops[i].span.start == loop->span.start;
  if (!each) return;
  PSA_FOR_COMMANDS(ctx, c) {
    if (S_inside(loop->body, c->span) &&
        (psa_command_is(c, "Remove-PSSession") || psa_command_is(c, "Disconnect-ExchangeOnline")))
      return;
  }
  /* the closing brace alone on its line; the connection's indentation */
  uint32_t close = loop->body.end - 1, ls = close;
  if (t[close] != '}') return;
  while (ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '\t')) ls--;
  if (ls == 0 || t[ls - 1] != '\n') return;
  uint32_t cl = cmd->statement_span.start, ce = cl;
  while (cl > 0 && t[cl - 1] != '\n') cl--;
  for (uint32_t k = cl; k < ce; k++)
    if (t[k] != ' ' && t[k] != '\t') return; /* not the first statement on its line */
  const char *nl = ls >= 2 && t[ls - 2] == '\r' ? "\r\n" : "\n";
  psa_fix_add_edit(ctx, fx, (psa_span){ls, ls},
                   psa_ctx_printf(ctx, "%.*sDisconnect-ExchangeOnline -Confirm:$false%s",
                                  (int)(ce - cl), t + cl, nl));
  psa_plan_rewrite(ctx, rule, (psa_span){close, close + 1}, "foreach",
                   "Disconnect-ExchangeOnline -Confirm:$false at the end of each pass",
                   "each pass opens a new Connect-ExchangeOnline connection to its customer, "
                   "which nothing closed: the connections would pile up, one per customer");
}

static void S_fix_rps(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                      const psa_command *cmd, const S_session *s, const S_uses *uses) {
  const char *choices = !s->cloud || !s->endpoint ? S_uri_choices(ctx, s) : NULL;
  if (choices) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name, choices);
    return;
  }
  if ((!s->cloud || !s->endpoint) && !(s->uri && S_uri_host(ctx, s->uri))) {
    /* the host is unknown, but a use of the session that blocks any
     * rewrite is the first real blocker: name it rather than the host
     * (review19 09: Invoke-Command with a [ScriptBlock]::Create block) */
    S_FOR_USES(uses, cmd, use) {
      const char *why = S_use_blocker(ctx, use);
      if (!why) continue;
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name, why);
      return;
    }
  }
  if (!s->cloud || !s->endpoint || s->endpoint->service == PSA_ENDPOINT_GERMANY) {
    /* every legacy connection left as it is says why in the plan */
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    s->endpoint && s->endpoint->service == PSA_ENDPOINT_GERMANY
                        ? "a Microsoft Cloud Deutschland endpoint: that cloud has no "
                          "Connect-ExchangeOnline target to carry over to"
                        : s->uri && S_uri_host(ctx, s->uri)
                        ? psa_ctx_printf(ctx,
                                         "the connection URI's host (%s) is not a Microsoft 365 host: "
                                         "check it (psauth moves only Exchange Online and Security & "
                                         "Compliance endpoints to Connect-ExchangeOnline/Connect-IPPSSession)",
                                         S_uri_host(ctx, s->uri))
                        : S_unknown_host_reason(ctx, cmd, s));
    return;
  }
  /* only the Microsoft.Exchange configuration (both endpoints, Exchange
   * Online and Security & Compliance) made a working session: a script
   * asking for another one ("Microsoft.Echange") never connected, and a
   * rewrite would make it start working unreviewed (review19 42) */
  const char *conf = psa_rule_arg_string(ctx, cmd, "ConfigurationName");
  if (conf && !s->exchange) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "-ConfigurationName '%s' is not Microsoft.Exchange: this "
                                   "session never connected to %s; fix the script first",
                                   conf, S_service_name(s)));
    return;
  }
  bool scc = s->endpoint->service == PSA_ENDPOINT_SCC;
  const char *target = scc ? "Connect-IPPSSession" : "Connect-ExchangeOnline";
  if (scc && strcmp(s->endpoint->host, PSA_HOST_SCC)) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    "a sovereign-cloud Security & Compliance endpoint: its Connect-IPPSSession "
                    "parameters (-ConnectionUri, -AzureADAuthorizationEndpointUri) are left to you");
    return;
  }
  if (S_remove_unused_rps(ctx, rule, f, cmd, s, uses)) return;
  const char *check = S_pss_member_blocker(ctx);
  if (check) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name, check);
    return;
  }
  psa_conn_plan plan;
  if (!psa_plan_connection(ctx, rule, cmd, target, &plan)) {
    const char *partner = plan.si.mode == PSA_SIGNIN_TOKEN ? S_partner_token(ctx, cmd, s) : NULL;
    if (partner)
      psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY, partner);
    else if (plan.si.mode == PSA_SIGNIN_TOKEN)
      psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                          psa_ctx_printf(ctx,
                                         "%s -AccessToken <token> -Organization "
                                         "<tenant>.onmicrosoft.com (ExchangeOnlineManagement "
                                         "3.1.0 or later); when the token comes from an Azure "
                                         "managed identity, %s -ManagedIdentity -Organization "
                                         "<tenant>.onmicrosoft.com needs no token at all",
                                         target, target));
    return;
  }
  psa_buf line;
  psa_buf_init(&line);
  psa_fix *fx;
  const char *user_line = NULL;
  bool partner_pass = false; /* -DelegatedOrganization from an expression */
  bool partner = false;      /* any -DelegatedOrganization */
  if (plan.target == PSA_TARGET_REMOVE_BRANCH) {
    fx = psa_finding_add_fix(
        ctx, f, PSA_FIX_UNSAFE,
        "Remove the remote PowerShell branch: the script's own modern connection stays");
    psa_fix_remove_branch(ctx, fx, &plan);
  } else {
    bool split = plan.target == PSA_TARGET_SPLIT_BRANCH;
    if (plan.target == PSA_TARGET_DELEGATED) {
      psa_buf_puts(&line, target);
      if (plan.si.user_source) psa_buf_printf(&line, " -UserPrincipalName %s", plan.si.user_source);
    } else if (split) {
      psa_buf_printf(&line, "%s " PSA_CERT_BRANCH_ARGS, target);
    } else {
      psa_buf_printf(&line, "%s %s", target,
                     psa_fix_signin_args_for(ctx, cmd, target, &plan, false));
    }
    size_t signin_end = line.len;
    if (s->endpoint->environment)
      psa_buf_printf(&line, " -ExchangeEnvironmentName %s", s->endpoint->environment);
    /* ?DelegatedOrg=<d>: a constant, or the script's own expression (the
     * tenant of a partner loop), also through the URI's variable and a
     * concatenation ("...?DelegatedOrg=" + $ClientDomain.Name): without it
     * the partner would act on its own tenant */
    char dbuf[256];
    const char *dorg;
    psa_dorg_kind dk = psa_plan_delegated_org(ctx->model, cmd, &dorg, dbuf, sizeof(dbuf));
    partner_pass = dk == PSA_DORG_EXPR;
    partner = dk == PSA_DORG_EXPR || dk == PSA_DORG_LITERAL;
    if (dk == PSA_DORG_LITERAL)
      psa_buf_printf(&line, " -DelegatedOrganization '%s'", dorg);
    else if (dk == PSA_DORG_EXPR)
      psa_buf_printf(&line, " -DelegatedOrganization %s", dorg);
    else if (dk != PSA_DORG_NONE) {
      psa_buf_free(&line);
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      dk == PSA_DORG_UNREADABLE
                          ? "the ?DelegatedOrg= tenant is built in a way psauth cannot carry over"
                          : "the connection URI is built at run time, so psauth cannot tell whether it "
                            "names a customer tenant (?DelegatedOrg=): a rewrite without "
                            "-DelegatedOrganization would act on the partner's own tenant");
      return;
    }
    /* carry Import-PSSession -Prefix / -CommandName over, from the first
     * import only (S_FOR_USES is two loops: `break` would leave just one) */
    const psa_command *import = NULL;
    const char *partial = NULL;
    S_FOR_USES(uses, cmd, use) {
      if (import || partial || !psa_command_is(use, "Import-PSSession")) continue;
      /* a prefix the script sets only on some runs stays a choice */
      if ((partial = psa_fix_partial_splat(ctx, use, "Prefix")) != NULL) continue;
      const char *prefix = psa_rule_arg_source(ctx, use, "Prefix", false);
      const char *names = psa_rule_arg_source(ctx, use, "CommandName", false);
      if (prefix) psa_buf_printf(&line, " -Prefix %s", prefix);
      if (names) psa_buf_printf(&line, " -CommandName %s", names);
      import = use;
    }
    if (partial) {
      psa_buf_free(&line);
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name, partial);
      return;
    }
    /* common parameters of the session call stay, and those of the import
     * it replaces too (-Verbose:$false of a quiet import) */
    static const char *const common[] = {"ErrorAction", "WarningAction", "ErrorVariable",
                                         "WarningVariable", "Verbose", "Debug", NULL};
    for (int i = 0; common[i]; i++) {
      const psa_arg *ca = psa_command_arg(cmd, common[i]);
      if (!ca && import) ca = psa_command_arg(import, common[i]);
      if (!ca || ca->via != PSA_BIND_NAMED || ca->span.end > ctx->src->text_len) continue;
      psa_buf_printf(&line, " %.*s", (int)(ca->span.end - ca->span.start),
                     ctx->src->text + ca->span.start);
    }
    /* both cmdlets have had -ShowBanner since module 3.2.0 (their references) */
    psa_buf_puts(&line, " -ShowBanner:$false");
    /* a compliance search purge runs only in a search-only session (module
     * 3.9.0 and later; New-ComplianceSearchAction reference, docs/fixes.md) */
    if (scc && S_purges(ctx)) psa_buf_puts(&line, " -EnableSearchOnlySession");
    /* an import whose output the script dropped (a caller reads stdout)
     * stays quiet */
    if (import && psa_plan_output_dropped(ctx->src->text, ctx->src->text_len, import))
      psa_buf_puts(&line, " | Out-Null");
    const char *title =
        plan.target == PSA_TARGET_DELEGATED
            ? (scc ? "Replace the remote PowerShell session with Connect-IPPSSession (interactive "
                     "modern sign-in)"
                   : "Replace the remote PowerShell session with Connect-ExchangeOnline "
                     "(interactive modern sign-in)")
        : plan.target == PSA_TARGET_MANAGED_IDENTITY && !scc
            ? "Replace the remote PowerShell session with Connect-ExchangeOnline (managed identity)"
        : scc ? "Replace the remote PowerShell session with Connect-IPPSSession (certificate, app-only)"
              : "Replace the remote PowerShell session with Connect-ExchangeOnline (certificate, "
                "app-only)";
    if (split) {
      /* the password branch's certificate connection, the prompt's
       * delegated one; the rest of the line is the same for both */
      fx = psa_finding_add_fix(
          ctx, f, PSA_FIX_UNSAFE,
          scc ? "Replace the remote PowerShell session with Connect-IPPSSession in each branch "
                "(certificate for the scheduled mode, interactive modern sign-in for the prompt)"
              : "Replace the remote PowerShell session with Connect-ExchangeOnline in each branch "
                "(certificate for the scheduled mode, interactive modern sign-in for the prompt)");
      const char *delegated =
          plan.split_user
              ? psa_ctx_printf(ctx, "%s -UserPrincipalName %s%s", target, plan.split_user,
                               line.data + signin_end)
              : psa_ctx_printf(ctx, "%s%s", target, line.data + signin_end);
      psa_fix_split_branch(ctx, fx, &plan, cmd->statement_span, line.data, delegated);
    } else {
      fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE, title);
      psa_fix_add_edit(ctx, fx, cmd->statement_span, line.data);
    }
    /* the same with the user name of a Get-Credential prompt that stays
     * (also when the prompt suggests one: the name typed there signs in to
     * the connections that keep the credential) */
    const psa_arg *ca = psa_command_arg(cmd, "Credential");
    if (plan.target == PSA_TARGET_DELEGATED && ca && ca->value &&
        ca->value->kind == PSA_V_VARIABLE && ca->value->span.end <= ctx->src->text_len) {
      const char *rest = line.data + strlen(target);
      if (plan.si.user_source) /* past " -UserPrincipalName <hint>" */
        rest += strlen(" -UserPrincipalName ") + strlen(plan.si.user_source);
      user_line = psa_ctx_printf(ctx, "%s -UserPrincipalName %.*s.UserName%s", target,
                                 (int)(ca->value->span.end - ca->value->span.start),
                                 ctx->src->text + ca->value->span.start, rest);
    }
  }
  psa_buf_free(&line);
  bool branch = plan.target == PSA_TARGET_REMOVE_BRANCH;
  psa_span cut = plan.unwrap.end > plan.unwrap.start ? plan.unwrap : plan.cut;
  /* what stands for the session in tests: Get-ConnectionInformation lists
   * Exchange Online and Security & Compliance connections alike, told apart
   * by IsEopSession (Get-ConnectionInformation reference) */
  bool both = false;
  for (uint32_t i = 0; i < ctx->model->command_count && !both; i++)
    both = psa_plan_service(ctx->model, ctx->model->commands[i]) ==
           (scc ? PSA_SERVICE_EXCHANGE : PSA_SERVICE_COMPLIANCE);
  const char *conn = scc    ? "(Get-ConnectionInformation | Where-Object { $_.IsEopSession })"
                     : both ? "(Get-ConnectionInformation | Where-Object { -not $_.IsEopSession })"
                            : "(Get-ConnectionInformation)";
  psa_span covered[8];
  uint32_t ncovered = 0;
  /* the session's other uses */
  S_FOR_USES(uses, cmd, use) {
    if (S_overlaps(use->statement_span, cmd->statement_span)) continue;
    if (branch && S_inside(cut, use->statement_span)) continue;
    if (!S_use_is_ours(ctx, cmd, use)) continue;
    if (!branch && ncovered < 8 && psa_command_is(use, "Import-PSSession") &&
        cmd->assigned_to && cmd->assigned_to->assign_count >= 1 &&
        S_import_guard(ctx, fx, use, cmd->assigned_to, conn, &covered[ncovered])) {
      ncovered++;
      continue;
    }
    if (!S_rps_use(ctx, rule, cmd, fx, use, conn)) {
      fx->edit_count = 0;
      f->fix_count--;
      return;
    }
    if (!branch && psa_command_is(use, "Import-PSSession"))
      S_import_result_cleanup(ctx, fx, use, covered, &ncovered);
  }
  /* a connect function that returns the session: its callers' uses
   * ($s = Connect-Tenant; Invoke-Command -Session $s ...) */
  const psa_variable *rv = cmd->assigned_to;
  if (rv && cmd->scope && cmd->scope->kind == PSA_SCOPE_FUNCTION && cmd->scope->name) {
    PSA_FOR_COMMANDS(ctx, caller) {
      if (!caller->local_function || psa_strcasecmp(caller->name, cmd->scope->name) ||
          !caller->assigned_to)
        continue;
      PSA_FOR_COMMANDS(ctx, use) {
        const psa_arg *sa = psa_command_arg(use, "Session");
        const psa_value *sv = sa && sa->value ? sa->value : NULL;
        if (!sv && psa_command_is(use, "Remove-PSSession") && use->arg_count)
          sv = use->args[0].value;
        if (!sv || sv->kind != PSA_V_VARIABLE || psa_value_var(sv) != caller->assigned_to) continue;
        if (!S_rps_use(ctx, rule, cmd, fx, use, conn)) {
          fx->edit_count = 0;
          f->fix_count--;
          return;
        }
      }
    }
  }
  /* a probe for a session opened before, whose catch connects: it tests
   * the new connection instead (and throws when there is none, so that the
   * catch connects only then); its assignment of the session variable goes */
  const psa_command *probe = branch ? NULL : S_runspace_probe(ctx, cmd);
  if (probe)
    psa_fix_add_edit(ctx, fx, probe->statement_span,
                     psa_ctx_printf(ctx, "if (-not (%s)) { throw 'No %s connection' }",
                                    scc ? S_LIVE_SCC : S_LIVE_EXO,
                                    scc ? "Security & Compliance" : "Exchange Online"));
  /* other reads of the session variable: $null checks, return $Session;
   * resets ($global:s = $null before connecting) go with the session */
  const psa_variable *sv = cmd->assigned_to;
  uint32_t resets = 0, probes = 0;
  bool global = false;
  for (uint32_t i = 0; sv && i < sv->assign_count; i++) {
    const psa_assignment *as = &sv->assigns[i];
    if (probe && probe->assigned_to == sv && as->span.start == probe->statement_span.start &&
        as->span.end == probe->statement_span.end) {
      probes++;
      continue;
    }
    if (as->value && as->value->kind == PSA_V_NULL && !as->append) resets++;
    if (as->target_span.end <= ctx->src->text_len && as->target_span.end - as->target_span.start > 8 &&
        !psa_strncasecmp(ctx->src->text + as->target_span.start, "$global:", 8))
      global = true;
  }
  if (sv && global && !branch) {
    /* a global session nothing in this file reads after importing it is
     * kept for other scripts (a companion that closes or reuses it) */
    psa_span reads[32];
    uint32_t nr = psa_variable_reads(ctx->model, sv, reads, 32), own = 0;
    for (uint32_t i = 0; i < nr && i < 32; i++) {
      bool imported = false;
      S_FOR_USES(uses, cmd, use) {
        if (S_inside(use->statement_span, reads[i]) && psa_command_is(use, "Import-PSSession"))
          imported = true;
      }
      if (!imported) own++;
    }
    /* a script that connects at its own level and then works with the
     * session itself (Get-Mailbox ...) keeps it for itself: planned like
     * any session variable */
    bool works = cmd->scope && cmd->scope->kind == PSA_SCOPE_SCRIPT &&
                 psa_plan_works_after(ctx->model, cmd->statement_span.end);
    if (!own && !works) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      psa_ctx_printf(ctx,
                                     "the session is kept in the global variable $global:%s, "
                                     "which this file only imports (Import-PSSession) and does "
                                     "no work with: a global session variable may be read by "
                                     "other scripts (one that closes or reuses the session)",
                                     sv->name));
      fx->edit_count = 0;
      f->fix_count--;
      return;
    }
  }
  /* an if that tests whether the session is open (!$s -or ($s.State -ne
   * "Opened"), $s.State -eq 'Opened') tests the new connection, when
   * nothing else assigns the variable */
  bool reads_rewritten = sv && sv->assign_count == 1 + resets + probes && !branch;
  psa_span state_at[8];
  uint32_t nstate = 0;
  if (reads_rewritten) {
    psa_span reads[32];
    uint32_t nr = psa_variable_reads(ctx->model, sv, reads, 32);
    const char *t = ctx->src->text;
    for (uint32_t i = 0; i < nr && i < 32 && ncovered < 8; i++) {
      psa_span r = reads[i];
      if (r.end >= ctx->src->text_len || (t[r.end] != '.' && !probe)) continue;
      bool done = false;
      for (uint32_t k = 0; k < ncovered && !done; k++) done = S_inside(covered[k], r);
      const psa_block *in = NULL;
      for (uint32_t k = 0; k < ctx->model->block_count && !done; k++) {
        const psa_block *b = &ctx->model->blocks[k];
        if ((b->kind == PSA_BLOCK_IF || b->kind == PSA_BLOCK_ELSEIF) && r.start > b->span.start &&
            r.end <= b->body.start && b->body.start <= ctx->src->text_len)
          in = b;
      }
      if (done || !in) continue;
      uint32_t cs = in->span.start + (in->kind == PSA_BLOCK_IF ? 2 : 6), ce = in->body.start;
      while (cs < ce && strchr(" \t\r\n", t[cs])) cs++;
      while (ce > cs && strchr(" \t\r\n", t[ce - 1])) ce--;
      int test = S_state_test(t, (psa_span){cs, ce}, sv->name, probe != NULL);
      if (!test) continue;
      covered[ncovered++] = (psa_span){cs, ce};
      if (nstate < 8) state_at[nstate++] = (psa_span){cs, ce};
      psa_fix_add_edit(ctx, fx, (psa_span){cs, ce},
                       psa_ctx_printf(ctx, test == 1 ? "(-not (%s))" : "(%s)",
                                      scc ? S_LIVE_SCC : S_LIVE_EXO));
    }
  }
  /* a property of the session ($s.State, $s.ComputerName), read anywhere:
   * a Connect-ExchangeOnline connection has no session object */
  if (sv && !branch) {
    psa_span reads[32];
    uint32_t nr = psa_variable_reads(ctx->model, sv, reads, 32);
    const char *t = ctx->src->text;
    for (uint32_t i = 0; i < nr && i < 32; i++) {
      psa_span r = reads[i];
      if (r.end >= ctx->src->text_len || S_inside(cmd->statement_span, r)) continue;
      if (t[r.end] != '.' && t[r.end] != '[') continue;
      bool handled = false;
      S_FOR_USES(uses, cmd, use) {
        if (S_inside(use->statement_span, r)) handled = true;
      }
      for (uint32_t k = 0; k < ncovered; k++)
        if (S_inside(covered[k], r)) handled = true;
      if (handled) continue;
      /* the member as written ($s.ComputerName), or "..." past it */
      uint32_t me = r.end + 1;
      while (me < ctx->src->text_len && me - r.end < 40 &&
             (isalnum((unsigned char)t[me]) || t[me] == '_'))
        me++;
      bool named = t[r.end] == '.' && me > r.end + 1;
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      psa_ctx_printf(ctx, "line %u reads a property of the session ($%s%.*s), "
                                          "which a Connect-ExchangeOnline connection does not "
                                          "have",
                                     psa_line_of(ctx, r.start), sv->name,
                                     named ? (int)(me - r.end) : 4,
                                     named ? t + r.end : t[r.end] == '.' ? "...." : "[..."));
      fx->edit_count = 0;
      f->fix_count--;
      return;
    }
  }
  if (reads_rewritten) {
    for (uint32_t i = 0; i < sv->assign_count; i++) {
      const psa_assignment *as = &sv->assigns[i];
      if (as->value && as->value->kind == PSA_V_NULL && !as->append &&
          !S_overlaps(as->span, cmd->statement_span))
        psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, as->span), "");
    }
    psa_span reads[32];
    uint32_t nr = psa_variable_reads(ctx->model, sv, reads, 32);
    for (uint32_t i = 0; i < nr && i < 32; i++) {
      psa_span r = reads[i];
      if (r.end > ctx->src->text_len || S_inside(cmd->statement_span, r)) continue;
      bool handled = false;
      S_FOR_USES(uses, cmd, use) {
        if (S_inside(use->statement_span, r)) handled = true;
      }
      for (uint32_t k = 0; k < ncovered; k++)
        if (S_inside(covered[k], r)) handled = true;
      if (handled) continue; /* property reads were refused above */
      /* Remove-PSSession $src, $dst: every session listed is an Exchange
       * Online one, so the whole statement disconnects (the same edit in
       * each session's rewrite, applied once) */
      const psa_command *rm = NULL;
      PSA_FOR_COMMANDS(ctx, c) {
        if (psa_command_is(c, "Remove-PSSession") && S_inside(c->span, r) &&
            c->statement_span.end <= ctx->src->text_len)
          rm = c;
      }
      if (rm) {
        const psa_value *list = rm->arg_count ? rm->args[0].value : NULL;
        bool all = list && list->kind == PSA_V_ARRAY && list->item_count > 1;
        for (uint32_t k = 0; all && k < list->item_count; k++) {
          const psa_value *it = list->items[k];
          all = it && it->kind == PSA_V_VARIABLE && psa_value_var(it) &&
                psa_value_var(it)->assign_count;
          for (uint32_t q = 0; all && q < psa_value_var(it)->assign_count; q++) {
            const psa_value *av = psa_value_var(it)->assigns[q].value;
            all = !av || av->kind == PSA_V_NULL ||
                  (av->kind == PSA_V_COMMAND && psa_value_cmd(av) &&
                   psa_plan_service(ctx->model, psa_value_cmd(av)) != PSA_SERVICE_NONE);
          }
        }
        if (!all) {
          psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                          psa_plan_unread(ctx, rm->statement_span)
                              ? psa_ctx_printf(ctx,
                                               "psauth cannot read line %u, where the session is "
                                               "removed (two statements run together?): correct "
                                               "that line, then run psauth again",
                                               psa_line_of(ctx, rm->span.start))
                              : psa_ctx_printf(ctx,
                                               "Remove-PSSession on line %u also removes sessions "
                                               "that are not Exchange Online connections",
                                               psa_line_of(ctx, rm->span.start)));
          fx->edit_count = 0;
          f->fix_count--;
          return;
        }
        if (ncovered < 8) covered[ncovered++] = rm->statement_span;
        psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
        continue;
      }
      psa_fix_add_edit(ctx, fx, S_true_test(ctx, r), conn);
    }
  }
  /* Get-PSSession | Remove-PSSession: every session goes, ours included */
  PSA_FOR_COMMANDS(ctx, rm) {
    if (!psa_command_is(rm, "Remove-PSSession") || !rm->pipeline_input ||
        rm->pipeline_input->kind != PSA_V_COMMAND ||
        !psa_command_is(psa_value_cmd(rm->pipeline_input), "Get-PSSession") ||
        psa_value_cmd(rm->pipeline_input)->arg_count || rm->arg_count)
      continue;
    if (branch && S_inside(cut, rm->statement_span)) continue;
    if (rm->statement_span.start == psa_value_cmd(rm->pipeline_input)->span.start &&
        rm->statement_span.end == rm->span.end)
      psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  }
  /* Get-PSSession | Where-Object {Exchange} | Remove-PSSession: the same
   * cleanup, in this pass (scan then reports what fix changes) */
  PSA_FOR_COMMANDS(ctx, rm) {
    if (!psa_command_is(rm, "Remove-PSSession") || rm->arg_count || rm->invoke_operator) continue;
    if (branch && S_inside(cut, rm->statement_span)) continue;
    if (S_exchange_cleanup_pipeline(ctx, rm))
      psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  }
  if (branch) return;
  const psa_assignment *uri = S_uri_only_assignment(ctx, s, cmd);
  if (uri) psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, uri->span), "");
  if (plan.target == PSA_TARGET_SPLIT_BRANCH) {
    /* the credential's statements became the two connections */
    psa_fix_stale_messages(ctx, fx, cmd, NULL, s->uri, scc ? "Security & Compliance" : "Exchange Online",
                           scc ? NULL : psa_msg_exchange_names);
    psa_fix_one_blank_line(ctx, fx); /* the session's lines went, not their blanks */
    return;
  }
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  /* New-PSSession @SessionProperties: the hashtable only this session read
   * goes, then its credential is plumbing like a -Credential argument's */
  psa_fix_drop_splats(ctx, fx, cmd);
  if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
  psa_fix_stale_messages(ctx, fx, cmd, cred ? cred->value : NULL, s->uri,
                         scc ? "Security & Compliance" : "Exchange Online",
                         scc ? NULL : psa_msg_exchange_names);
  if (user_line)
    psa_fix_prompt_user(ctx, fx, cred->value, 0, cmd->statement_span, user_line, cmd->span);
  if (partner_pass) S_pass_disconnect(ctx, rule, fx, cmd);
  if (partner) {
    /* the rewrite acts in a customer tenant: say what that needs */
    psa_plan_entry *e = (psa_plan_entry *)psa_plan_connection_at(ctx, rule->id, cmd->span);
    if (e && e->why) e->why = psa_ctx_printf(ctx, "%s; " PSA_FACT_EXO_DELEGATED_ORG, e->why);
  }
  if (cred) psa_fix_request_cert_params(ctx, rule, fx, &plan, cmd, cred->value);
  if (cred && !scc && !plan.tenant_prefix &&
      (plan.target == PSA_TARGET_APP_ONLY || plan.target == PSA_TARGET_MANAGED_IDENTITY))
    psa_fix_org_hint(ctx, cred->value);
  psa_fix_declare_tenant_as(ctx, fx, plan.tenant_prefix, plan.tenant_all);
  /* what the rewrite did to the probe and the state tests, which the plan
   * line "removes or rewrites" does not show (edits within a line) */
  const char *svc = scc ? "Security & Compliance" : "Exchange Online";
  if (probe)
    psa_plan_rewrite(ctx, rule, probe->span, probe->name,
                     psa_ctx_printf(ctx,
                                    "a test of Get-ConnectionInformation that throws when no %s "
                                    "connection is connected, so that the catch still connects "
                                    "only then",
                                    svc),
                     psa_ctx_printf(ctx,
                                    "Get-PSSession finds no %s connection (the module connects "
                                    "without a PowerShell session): the probe would fail every "
                                    "time and every run would sign in again",
                                    scc ? "Connect-IPPSSession" : "Connect-ExchangeOnline"));
  for (uint32_t i = 0; i < nstate; i++)
    psa_plan_rewrite(ctx, rule, state_at[i],
                     psa_ctx_printf(ctx, "$%s%s", sv->name,
                                    psa_find_ci(ctx->src->text + state_at[i].start,
                                                state_at[i].end - state_at[i].start, ".State")
                                        ? ".State"
                                        : ""),
                     psa_ctx_printf(ctx, "a test of the %s connection Get-ConnectionInformation "
                                         "lists as Connected",
                                    svc),
                     psa_ctx_printf(ctx, "%s keeps no session object to test",
                                    scc ? "Connect-IPPSSession" : "Connect-ExchangeOnline"));
}

static void S_check_rps(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_uses uses;
  S_uses_build(ctx, &uses);
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (!S_session_of(ctx, cmd, &s)) continue;
    if (!S_maybe_online(&s)) continue; /* on-premises: PSA102 */
    psa_buf extra;
    psa_buf_init(&extra);
    if (s.endpoint && s.endpoint->environment)
      psa_buf_printf(&extra, "; add -ExchangeEnvironmentName %s", s.endpoint->environment);
    /* a partner's access to a customer tenant: app-only authentication
     * does not support it (docs/fixes.md) */
    bool partner = s.uri && psa_contains_ci(s.uri, "DelegatedOrg=");
    if (partner)
      psa_buf_puts(&extra, "; carry ?DelegatedOrg= over as -DelegatedOrganization");
    if (s.uri && psa_contains_ci(s.uri, "BasicAuthToOAuthConversion"))
      psa_buf_puts(&extra, "; pass the OAuth token with -AccessToken instead of a credential");
    const char *target = s.endpoint && s.endpoint->service == PSA_ENDPOINT_SCC ? "Connect-IPPSSession"
                                                                        : "Connect-ExchangeOnline";
    psa_finding *f;
    if (!s.cloud) {
      /* basic auth to a host that is not a Microsoft 365 endpoint */
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to Exchange remote PowerShell on %s with basic authentication: "
                     "if this is Exchange Online it stopped working (basic auth retired in "
                     "2022-23, remote PowerShell disabled " PSA_DATE_EXO_RPS_OFF ") — use "
                     "Connect-ExchangeOnline %s; on-premises, prefer Kerberos",
                     s.uri ? s.uri : "a host not known statically",
                     psa_plan_signin_mode(ctx->model, cmd) == PSA_SIGNIN_INTERACTIVE
                         ? "with interactive modern sign-in"
                         : "with a certificate");
    } else if (s.uri && !s.endpoint && S_uri_host(ctx, s.uri)) {
      /* Exchange Online's path on a literal host that is no Microsoft 365
       * endpoint (a mistyped outlook.office365.com): said as it is, as the
       * plan's refusal says it */
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to remote PowerShell at %s%s: Exchange Online's path, but %s is "
                     "not a Microsoft 365 remote PowerShell host (check it); Exchange Online remote "
                     "PowerShell was disabled " PSA_DATE_EXO_RPS_OFF ": connect with Connect-ExchangeOnline",
                     s.uri, s.basic ? " with basic authentication" : "", S_uri_host(ctx, s.uri));
    } else if (s.endpoint && s.endpoint->service == PSA_ENDPOINT_GERMANY) {
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to %s remote PowerShell: that cloud closed on " PSA_DATE_GERMANY_CLOSED " "
                     "and the endpoint is dead; remove the connection",
                     S_service_name(&s));
    } else {
      f = psa_report(ctx, rule, cmd->span,
                     "New-PSSession to %s remote PowerShell%s (%s); connect with %s %s%s",
                     S_service_name(&s), s.basic ? " with basic authentication" : "",
                     s.basic ? "basic auth retired in 2022-23, remote PowerShell disabled " PSA_DATE_EXO_RPS_OFF
                             : "remote PowerShell disabled " PSA_DATE_EXO_RPS_OFF,
                     target,
                     partner ? "signed in as the partner administrator (app-only authentication "
                               "does not support delegated partner access)"
                     : psa_plan_signin_mode(ctx->model, cmd) == PSA_SIGNIN_INTERACTIVE
                         ? "with interactive modern sign-in (a person keeps signing in, now with MFA)"
                         : "using a certificate (app-only)",
                     extra.data ? extra.data : "");
    }
    psa_buf_free(&extra);
    S_FOR_USES(&uses, cmd, use) {
      psa_finding_related(ctx, f, use->span, "%s uses this session", use->name);
    }
    /* Exchange Unified Messaging through this session: retired in Exchange
     * Online, so no connection rewrite brings those cmdlets back */
    const psa_command *um = s.endpoint && s.endpoint->service == PSA_ENDPOINT_EXO
                                ? psa_plan_exchange_um_use(ctx->model, cmd)
                                : NULL;
    if (um)
      psa_finding_related(ctx, f, um->span,
                          "%s is an Exchange Unified Messaging cmdlet: Unified Messaging in "
                          "Exchange Online is out of support since " PSA_DATE_EXO_UM_OFF
                          " (Microsoft, \"Exchange Unified Messaging Online migration "
                          "support\"); only on-premises Exchange Server has it",
                          um->name);
    S_fix_rps(ctx, rule, f, cmd, &s, &uses);
  }
  free(uses.pairs);
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (!S_invoke_session_of(ctx, cmd, &s)) continue;
    char buf[256];
    const char *head = s.uri ? s.uri
                       : s.uri_arg && s.uri_arg->value
                           ? psa_rule_uri_head(ctx, s.uri_arg->value, buf, sizeof(buf))
                           : NULL;
    bool partner = head && psa_contains_ci(head, "DelegatedOrg=");
    const char *target = s.endpoint && s.endpoint->service == PSA_ENDPOINT_SCC ? "Connect-IPPSSession"
                                                                        : "Connect-ExchangeOnline";
    psa_finding *f = psa_report(
        ctx, rule, cmd->span,
        "Invoke-Command -ConnectionUri to %s remote PowerShell%s (an implicit session; %s); "
        "connect with %s %s and run the block's cmdlets after it",
        S_service_name(&s), s.basic ? " with basic authentication" : "",
        s.basic ? "basic auth retired in 2022-23, remote PowerShell disabled " PSA_DATE_EXO_RPS_OFF
                : "remote PowerShell disabled " PSA_DATE_EXO_RPS_OFF,
        target,
        partner ? "-DelegatedOrganization <customer>, signed in as the partner administrator "
                  "(app-only authentication does not support delegated partner access)"
                : "with modern authentication");
    /* the block runs in the session: its commands are the script's work,
     * which psauth does not move out of a remote block */
    const psa_arg *sb = psa_command_arg(cmd, "ScriptBlock");
    const char *why = psa_ctx_printf(
        ctx,
        "the commands run in the remote session (%s): psauth does not move commands out of a "
        "remote script block; run them after %s yourself%s",
        sb && sb->value && sb->value->kind == PSA_V_VARIABLE ? "a -ScriptBlock from a variable"
                                                             : "its -ScriptBlock",
        target,
        partner ? "; and the session is a partner's to a customer tenant (?DelegatedOrg=), which "
                  "needs " PSA_FACT_EXO_DELEGATED_ORG_SHORT " and an interactive partner sign-in per "
                  "customer, not app-only"
                : "");
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name, why);
    (void)f;
  }
}

/* ---- PSA102 ----------------------------------------------------------- */

static void S_check_onprem(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (!S_session_of(ctx, cmd, &s) || S_maybe_online(&s)) continue;
    psa_report(ctx, rule, cmd->span,
               "New-PSSession to Exchange remote PowerShell on %s%s: %s; if this is Exchange "
               "Online, use Connect-ExchangeOnline",
               s.uri ? s.uri : "a host not known statically",
               s.kerberos ? " with Kerberos" : s.basic ? " with basic authentication" : "",
               s.basic ? "an on-premises Exchange server, not Exchange Online (PSA104 reports "
                         "the basic authentication)"
                       : "not Exchange Online basic authentication");
  }
}

/* ---- PSA103 ----------------------------------------------------------- */

static void S_check_session_use(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Remove-PSSession")) continue; /* harmless; shown as related */
    const psa_command *s = S_exo_session_of_use(ctx, cmd);
    if (!s) continue;
    /* a Security & Compliance session is replaced by Connect-IPPSSession */
    S_session sess;
    bool scc = S_session_of(ctx, s, &sess) && sess.endpoint && sess.endpoint->service == PSA_ENDPOINT_SCC;
    const char *service = scc ? "a Security & Compliance" : "an Exchange Online";
    const char *connect = scc ? "Connect-IPPSSession" : "Connect-ExchangeOnline";
    psa_finding *f;
    if (psa_command_is(cmd, "Import-PSSession"))
      f = psa_report(ctx, rule, cmd->span,
                     "Import-PSSession of %s remote PowerShell session; %s loads the cmdlets "
                     "itself (carry -Prefix and -CommandName over to it)",
                     service, connect);
    else if (psa_command_is(cmd, "Invoke-Command"))
      f = psa_report(ctx, rule, cmd->span,
                     "Invoke-Command on %s remote PowerShell session; run the cmdlets directly "
                     "after %s",
                     service, connect);
    else
      f = psa_report(ctx, rule, cmd->span,
                     "remote PowerShell session use that stops working with it; use %s", connect);
    psa_finding_related(ctx, f, s->span, "session created here (line %u)",
                        psa_line_of(ctx, s->span.start));
  }
}

/* ---- PSA104: -Authentication Basic on remoting cmdlets ---------------- */

static void S_check_basic_flag(psa_rule_ctx *ctx, const psa_rule *rule) {
  static const char *const remoting[] = {"New-PSSession", "Enter-PSSession", "Invoke-Command",
                                         "New-PSSessionOption", "Connect-WSMan", "New-CimSession",
                                         NULL};
  PSA_FOR_COMMANDS(ctx, cmd) {
    bool is_remoting = false;
    for (int i = 0; remoting[i]; i++)
      if (psa_command_is(cmd, remoting[i])) is_remoting = true;
    if (!is_remoting) continue;
    S_session s;
    if (S_session_of(ctx, cmd, &s) && S_maybe_online(&s)) continue; /* PSA101 says it */
    if (S_invoke_session_of(ctx, cmd, &s)) continue;                 /* and this */
    const psa_arg *a = psa_command_arg(cmd, "Authentication");
    const char *auth = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (!auth || psa_strcasecmp(auth, "Basic")) continue;
    psa_report(ctx, rule, a->span,
               "%s with -Authentication Basic sends the password with every request; Microsoft "
               "365 refuses basic authentication — use certificate-based authentication",
               cmd->name);
  }
}

/* ---- PSA105: WinRM client Basic enabled -------------------------------- */

/* What in the file still needs WinRM client Basic: a session or remote
 * command with -Authentication Basic, an EXO V1 session, a REST module
 * connection asked to use remote PowerShell. NULL when nothing does. */
static const psa_command *S_winrm_basic_user(const psa_rule_ctx *ctx, bool *migrating) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string) continue;
    /* a remote PowerShell session this pass makes Connect-ExchangeOnline
     * (PSA101 plans before PSA105) */
    const psa_plan_entry *e = psa_plan_connection_at(ctx, "PSA101", c->span);
    if (e && e->target) {
      *migrating = true;
      continue;
    }
    if ((!c->local_function && c->name &&
         (!psa_strcasecmp(c->name, "New-ExoPSSession") ||
          !psa_strcasecmp(c->name, "Connect-EXOPSSession"))) ||
        psa_command_arg(c, "UseRPSSession"))
      return c;
    static const char *const remoting[] = {"New-PSSession", "Enter-PSSession", "Invoke-Command",
                                           "New-PSSessionOption", "Connect-WSMan",
                                           "New-CimSession", "New-CimSessionOption", NULL};
    bool is_remoting = false;
    for (int i = 0; remoting[i] && !is_remoting; i++) is_remoting = psa_command_is(c, remoting[i]);
    const psa_arg *a = is_remoting ? psa_command_arg(c, "Authentication") : NULL;
    const char *v = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (a && (!v || psa_contains_ci(v, "basic"))) return c; /* unknown counts as Basic */
  }
  return NULL;
}

/* Removing the setting goes with the Exchange Online connection that
 * needed it: only in a file that now connects with the REST module and
 * has nothing else that authenticates with WinRM Basic (a session still
 * to migrate makes the next pass of the same fix run offer it). */
static void S_fix_winrm(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                        const psa_command *cmd) {
  if (cmd->statement_span.start != cmd->span.start || cmd->statement_span.end != cmd->span.end ||
      cmd->in_string)
    return;
  bool rest = false;
  PSA_FOR_COMMANDS(ctx, c)
    if (!c->in_string && (psa_command_is(c, "Connect-ExchangeOnline") ||
                          psa_command_is(c, "Connect-IPPSSession")))
      rest = true;
  const psa_command *user = S_winrm_basic_user(ctx, &rest);
  if (user) {
    if (!rest) return; /* the session rewrite comes first; its pass decides */
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "line %u still authenticates with WinRM basic authentication "
                                   "(%s): the setting stays while something uses it",
                                   psa_line_of(ctx, user->span.start), user->name));
    return;
  }
  if (!rest) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    "the file has no Exchange Online connection of its own: other scripts on "
                    "this machine may rely on the setting; remove it by hand once none does");
    return;
  }
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                    "Remove the WinRM client basic authentication setting");
  psa_span cut = psa_fix_statement_span(ctx, cmd->statement_span);
  /* with the '#' lines right above it that speak of Basic ("# If basic
   * auth is disabled run this to enable it"), when a blank line or the
   * end of the file follows: they only described this command */
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len, k = cut.end;
  while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
  if (cut.end > cut.start && t[cut.end - 1] == '\n' && (k >= n || t[k] == '\n')) {
    while (cut.start > 0 && t[cut.start - 1] == '\n') {
      uint32_t pe = cut.start - 1, ps = pe;
      while (ps > 0 && t[ps - 1] != '\n') ps--;
      uint32_t c = ps;
      while (c < pe && (t[c] == ' ' || t[c] == '\t')) c++;
      if (c >= pe || t[c] != '#' || (c + 1 < pe && t[c + 1] == '>') ||
          !psa_find_ci(t + c, pe - c, "basic"))
        break;
      cut.start = ps;
    }
  }
  psa_fix_add_edit(ctx, fx, cut, "");
  psa_plan_rewrite(ctx, rule, cmd->span, cmd->name, "removed",
                   "only Exchange Online remote PowerShell needed WinRM client basic "
                   "authentication; the file connects with Connect-ExchangeOnline (REST) and "
                   "nothing else in it uses Basic. Machines where the script already ran keep "
                   "the setting: turn it off there with Set-Item "
                   "WSMan:\\localhost\\Client\\Auth\\Basic $false");
}

static void S_check_winrm(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function) continue;
    bool hit = false;
    if (!psa_strcasecmp(cmd->name, "winrm") || !psa_strcasecmp(cmd->name, "winrm.cmd")) {
      /* winrm set winrm/config/client/auth @{Basic="true"} */
      bool set = false, auth = false, basic = false;
      for (uint32_t i = 0; i < cmd->arg_count; i++) {
        const psa_value *v = cmd->args[i].value;
        const char *s = v ? psa_value_string(ctx->model, v) : NULL;
        if (s && (!psa_strcasecmp(s, "set") || !psa_strcasecmp(s, "s"))) set = true;
        if (s && psa_contains_ci(s, "client/auth")) auth = true;
        /* winrm set ... '@{Basic="true"}': the hashtable quoted for cmd.exe */
        if (s && psa_contains_ci(s, "basic=\"true\"")) basic = true;
        if (v && v->kind == PSA_V_HASH)
          for (uint32_t k = 0; k < v->entry_count; k++) {
            const char *val = psa_value_string(ctx->model, psa_value_entries(v)[k].value);
            if (psa_value_entries(v)[k].key &&
                !psa_strcasecmp(psa_value_entries(v)[k].key, "Basic") && val &&
                !psa_strcasecmp(val, "true"))
              basic = true;
          }
      }
      hit = set && auth && basic;
    } else if (psa_command_is(cmd, "Set-Item")) {
      const char *path = psa_rule_arg_string(ctx, cmd, "Path");
      const char *val = psa_rule_arg_string(ctx, cmd, "Value");
      const psa_arg *va = psa_command_arg(cmd, "Value");
      bool truth = (val && !psa_strcasecmp(val, "true")) ||
                   (va && va->value && va->value->kind == PSA_V_BOOL && va->value->truth);
      hit = path && psa_contains_ci(path, "wsman:") && psa_contains_ci(path, "client\\auth\\basic") && truth;
    } else if (psa_command_is(cmd, "Set-WSManInstance")) {
      const char *uri = psa_rule_arg_string(ctx, cmd, "ResourceURI");
      const psa_arg *vs = psa_command_arg(cmd, "ValueSet");
      if (uri && psa_contains_ci(uri, "client/auth") && vs && vs->value && vs->value->kind == PSA_V_HASH)
        for (uint32_t k = 0; k < vs->value->entry_count; k++) {
          const char *val = psa_value_string(ctx->model, psa_value_entries(vs->value)[k].value);
          if (psa_value_entries(vs->value)[k].key &&
              !psa_strcasecmp(psa_value_entries(vs->value)[k].key, "Basic") && val &&
              !psa_strcasecmp(val, "true"))
            hit = true;
        }
    }
    if (hit) {
      psa_finding *f = psa_report(
          ctx, rule, cmd->span,
          "enables WinRM client basic authentication, which only the retired Exchange "
          "Online remote PowerShell needed; REST-based Connect-ExchangeOnline does not — "
          "remove it");
      S_fix_winrm(ctx, rule, f, cmd);
    }
  }
}

/* ---- PSA110: EXO V1 module -------------------------------------------- */

/* PowerShell's common parameters, which Connect-ExchangeOnline takes as
 * every cmdlet does (about_CommonParameters). */
static bool S_v1_common_param(const char *p) {
  static const char *const common[] = {"ErrorAction", "ErrorVariable", "WarningAction",
                                       "WarningVariable", "Verbose", "Debug",
                                       "InformationAction", "InformationVariable", NULL};
  for (int i = 0; common[i]; i++)
    if (!psa_strcasecmp(p, common[i])) return true;
  return false;
}

/* Which ClickOnce loader file a command names (Import-Module
 * ...ExoPowershellModule.dll, Get-ChildItem -Filter ExoPowershellModule.dll,
 * . CreateExoPSSession.ps1), or NULL. */
static const char *S_v1_loader(const psa_rule_ctx *ctx, const psa_command *cmd) {
  const char *hit = NULL;
  if (cmd->dot_source && psa_contains_ci(cmd->written, "CreateExoPSSession.ps1")) hit = "CreateExoPSSession.ps1";
  /* . "$dir\CreateExoPSSession.ps1": look at the constant parts */
  const psa_value *nv = cmd->name_value;
  for (uint32_t k = 0; !hit && nv && nv->kind == PSA_V_INTERP && k < nv->item_count; k++)
    if (nv->items[k]->kind == PSA_V_STRING &&
        psa_contains_ci(nv->items[k]->str, "CreateExoPSSession.ps1"))
      hit = "CreateExoPSSession.ps1";
  /* . "$loader" where every assignment of $loader finds that file */
  const psa_value *dv = nv && nv->kind == PSA_V_INTERP && nv->item_count == 1 ? nv->items[0] : nv;
  const psa_variable *lv = cmd->dot_source && dv && dv->kind == PSA_V_VARIABLE ? psa_value_var(dv) : NULL;
  bool found_file = lv && lv->assign_count > 0;
  for (uint32_t i = 0; !hit && found_file && i < lv->assign_count; i++) {
    const psa_assignment *a = &lv->assigns[i];
    found_file = a->span.end <= ctx->src->text_len &&
                 psa_find_ci(ctx->src->text + a->span.start, a->span.end - a->span.start,
                             "CreateExoPSSession.ps1");
  }
  if (!hit && found_file) hit = "CreateExoPSSession.ps1";
  for (uint32_t i = 0; !hit && i < cmd->arg_count; i++) {
    const char *s = cmd->args[i].value ? psa_value_string(ctx->model, cmd->args[i].value) : NULL;
    if (!s && cmd->args[i].value && cmd->args[i].value->kind == PSA_V_INTERP) {
      /* "$dir\Microsoft.Exchange.Management.ExoPowershellModule.dll", and
       * the ClickOnce search "$Env:LOCALAPPDATA\Apps\2.0\*\CreateExoPSSession.ps1"
       * (also from a splatted hashtable: review19 04) */
      const psa_value *v = cmd->args[i].value;
      for (uint32_t k = 0; k < v->item_count; k++) {
        if (v->items[k]->kind != PSA_V_STRING) continue;
        if (psa_contains_ci(v->items[k]->str, "ExoPowershellModule.dll")) hit = "ExoPowershellModule.dll";
        if (psa_contains_ci(v->items[k]->str, "CreateExoPSSession.ps1")) hit = "CreateExoPSSession.ps1";
      }
    }
    if (s && psa_contains_ci(s, "ExoPowershellModule.dll")) hit = "ExoPowershellModule.dll";
    if (s && psa_contains_ci(s, "CreateExoPSSession.ps1")) hit = "CreateExoPSSession.ps1";
    /* Import-Module Microsoft.Exchange.Management.ExoPowershellModule: the
     * module by name, installed where PSModulePath finds it */
    if (s && !psa_strcasecmp(s, "Microsoft.Exchange.Management.ExoPowershellModule") &&
        psa_command_is(cmd, "Import-Module"))
      hit = "Microsoft.Exchange.Management.ExoPowershellModule";
  }
  return hit;
}

/* Whether [s, e) is free of the edits 'fx' has so far. */
static bool S_fx_free(const psa_fix *fx, uint32_t s, uint32_t e) {
  for (uint32_t k = 0; k < fx->edit_count; k++)
    if (fx->edits[k].range.start < e && s < fx->edits[k].range.end) return false;
  return true;
}

/* The ClickOnce application of the EXO V1 module ("Microsoft Exchange
 * Online Powershell Module"), which scripts open with Start-Process to
 * install it. */
static bool S_v1_clickonce_url(const char *s) {
  return s && (psa_contains_ci(s, "Microsoft.Online.CSE.PSModule.Client") ||
               psa_contains_ci(s, "cmdletpswmodule.blob.core.windows.net"));
}

/* What install messages call the EXO V1 module, each followed by
 * "module" in the message; longest first. "Exchange Online PowerShell
 * module" is not among them: Microsoft calls ExchangeOnlineManagement so. */
static const char *const S_v1_module_names[] = {"Exchange Online Remote PowerShell", "Exchange Online MFA",
                                                "Exchange MFA", "EXO MFA", "EXO V1", NULL};

/* The EXO V1 module's names in [s, e) of the text become
 * "ExchangeOnlineManagement" where "module" follows (whole words; the
 * word "module" stays as written). 'ok' says which offsets may change: a
 * message's literal words, or a comment. */
static void S_v1_rename_module(psa_rule_ctx *ctx, psa_fix *fx, uint32_t s, uint32_t e,
                               bool (*ok)(const psa_rule_ctx *, const psa_command *, uint32_t),
                               const psa_command *w) {
  const char *t = ctx->src->text;
  for (uint32_t at = s; at < e; at++) {
    if (at > s && (isalnum((unsigned char)t[at - 1]) || t[at - 1] == '-')) continue;
    for (int i = 0; S_v1_module_names[i]; i++) {
      size_t n = strlen(S_v1_module_names[i]);
      uint32_t k = at + (uint32_t)n;
      if (k + 7 > e || psa_strncasecmp(t + at, S_v1_module_names[i], n) || t[k] != ' ' ||
          psa_strncasecmp(t + k + 1, "module", 6) || (k + 7 < e && isalnum((unsigned char)t[k + 7])))
        continue;
      bool all = true;
      for (uint32_t p = at; p < k && all; p++) all = !ok || ok(ctx, w, p);
      if (!all || !S_fx_free(fx, at, k)) continue;
      psa_fix_add_edit(ctx, fx, (psa_span){at, k}, "ExchangeOnlineManagement");
      at = k;
      break;
    }
  }
}

/* Whether offset 'p' is in a literal word of the message of 'w' (a
 * positional or remaining argument, or -Object/-Message/-Prompt), or in
 * the blanks between two of them: "Write-Host Please install Exchange
 * Online MFA Module." is five bareword arguments. */
static bool S_v1_message_char(const psa_rule_ctx *ctx, const psa_command *w, uint32_t p) {
  const char *t = ctx->src->text;
  uint32_t lo = UINT32_MAX, hi = 0;
  for (uint32_t i = 0; i < w->arg_count; i++) {
    const psa_arg *a = &w->args[i];
    const psa_value *v = a->value;
    bool msg = a->via == PSA_BIND_POSITIONAL || a->via == PSA_BIND_UNBOUND ||
               (a->param && (!psa_strcasecmp(a->param, "Object") || !psa_strcasecmp(a->param, "Message") ||
                             !psa_strcasecmp(a->param, "Prompt")));
    if (!msg || !v) continue;
    if (v->span.start <= p && p < v->span.end) return v->kind == PSA_V_STRING && v->literal;
    if (v->span.start < lo) lo = v->span.start;
    if (v->span.end > hi) hi = v->span.end;
  }
  return p > lo && p < hi && (t[p] == ' ' || t[p] == '\t');
}

/* "#Importing Exchange MFA Module" on the comment line right above a
 * rewritten loader statement 'st' names ExchangeOnlineManagement. */
static void S_v1_comment_above(psa_rule_ctx *ctx, psa_fix *fx, psa_span st) {
  const char *t = ctx->src->text;
  uint32_t ls = st.start, cs, hash, ce;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  if (psa_comment_line_above(t, ls, &cs, &hash, &ce)) S_v1_rename_module(ctx, fx, hash, ce, NULL, NULL);
}

/* The install prompt of the EXO V1 loader check, once the loader variable
 * 'av' holds the installed ExchangeOnlineManagement instead: in an if
 * statement whose condition tests it ("If ($m -eq $null) {...}", or its
 * else clause),
 * Start-Process of the V1 ClickOnce installer becomes Install-Module
 * ExchangeOnlineManagement (the module the rewritten check looks for,
 * installed for the current user as the ClickOnce application was), and
 * the messages and prompts that name the V1 module ("Please install
 * Exchange Online MFA Module") name ExchangeOnlineManagement. Other text
 * (a blog's address, "Exchange Online PowerShell Module is required")
 * stays. */
static void S_v1_install_prompt(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                                const psa_variable *av) {
  const psa_model *m = ctx->model;
  psa_span reads[16], bodies[8];
  uint32_t nr = psa_variable_reads(m, av, reads, 16), nb = 0;
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *k = &m->blocks[i];
    if (k->kind != PSA_BLOCK_IF && k->kind != PSA_BLOCK_ELSEIF) continue;
    bool tests = false, inside = false;
    for (uint32_t r = 0; r < nr && r < 16; r++)
      tests = tests || (reads[r].start >= k->span.start && reads[r].end <= k->body.start);
    /* the whole if statement: "if ($m) {...} else { install prompt }" */
    for (uint32_t b = 0; b < nb; b++)
      inside = inside || (k->statement.start >= bodies[b].start && k->statement.end <= bodies[b].end);
    if (tests && !inside && nb < 8) bodies[nb++] = k->statement;
  }
  static const char *const writers[] = {"Write-Host", "Write-Output", "Write-Warning", "Write-Error",
                                        "Write-Verbose", "Read-Host", NULL};
  PSA_FOR_COMMANDS(ctx, c) {
    bool in = false;
    for (uint32_t b = 0; b < nb; b++) in = in || (c->span.start >= bodies[b].start && c->span.end <= bodies[b].end);
    if (!in || c->in_string || c->local_function || c->statement_span.end > ctx->src->text_len) continue;
    if (psa_command_is(c, "Start-Process")) {
      bool clickonce = false;
      for (uint32_t i = 0; i < c->arg_count; i++)
        clickonce = clickonce || (c->args[i].value &&
                                  S_v1_clickonce_url(psa_value_string(ctx->model, c->args[i].value)));
      psa_span st = c->statement_span;
      if (clickonce && st.start == c->span.start && st.end == c->span.end && !c->assigned_to &&
          S_fx_free(fx, st.start, st.end)) {
        psa_fix_add_edit(ctx, fx, st, "Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser");
        psa_plan_rewrite(ctx, rule, c->span, c->name,
                         "Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser",
                         "it opened the EXO V1 ClickOnce installer when the loader check found no "
                         "module; the check now looks for ExchangeOnlineManagement, which this "
                         "installs for the current user, and the prompts around it name that module");
      }
      continue;
    }
    bool writer = false;
    for (int i = 0; writers[i]; i++) writer = writer || psa_command_is(c, writers[i]);
    if (writer) S_v1_rename_module(ctx, fx, c->span.start, c->span.end, S_v1_message_char, c);
  }
}

/* Whether the loader statement 'c' loads the module for another EXO V1
 * connection than 'conn': one that runs right after it on the same
 * straight line of statements (its own event handler or function), where
 * 'conn' does not. That connection keeps its loader while it stays. */
static bool S_v1_loader_of_other(const psa_rule_ctx *ctx, const psa_command *c,
                                 const psa_command *conn) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  if (c->span.end <= conn->span.start && psa_plan_same_straight_line(m, t, n, c, conn)) return false;
  PSA_FOR_COMMANDS(ctx, o) {
    if (o == conn || o->local_function || !o->name ||
        (psa_strcasecmp(o->name, "New-ExoPSSession") && psa_strcasecmp(o->name, "Connect-EXOPSSession")))
      continue;
    if (c->span.end <= o->span.start && psa_plan_same_straight_line(m, t, n, c, o)) return true;
  }
  return false;
}

/* The variable a loader statement assigns ($m = Get-ChildItem ...
 * CreateExoPSSession.ps1, or "$m = $((Get-ChildItem ...).FullName)", which
 * the model sees as a statement that starts with the variable), and where
 * its value starts; NULL when it assigns none. */
static const psa_variable *S_v1_loader_var(psa_rule_ctx *ctx, const psa_command *c, uint32_t *value_at) {
  psa_span st = c->statement_span;
  const char *t = ctx->src->text;
  *value_at = c->span.start;
  if (c->assigned_to || st.end > ctx->src->text_len || t[st.start] != '$') return c->assigned_to;
  uint32_t k = st.start + 1;
  while (k < st.end && (isalnum((unsigned char)t[k]) || t[k] == '_' || t[k] == ':')) k++;
  const char *nm = psa_ctx_printf(ctx, "%.*s", (int)(k - st.start - 1), t + st.start + 1);
  const char *colon = strrchr(nm, ':');
  while (k < st.end && (t[k] == ' ' || t[k] == '\t')) k++;
  if (k >= st.end || t[k] != '=' || t[k + 1] == '=') return NULL;
  k++;
  while (k < st.end && (t[k] == ' ' || t[k] == '\t')) k++;
  *value_at = k;
  return psa_model_variable(ctx->model, c->scope, colon ? colon + 1 : nm);
}

/* The statements that only find or load the EXO V1 module, as one unit:
 * the loader statements (S_v1_loader), the variables they assign (roots),
 * and what is built only from those and from constants naming the module's
 * files: $dll = "...ExoPowershellModule.dll", $path =
 * [IO.Path]::Combine($root, $dll), a splatted @{ Path = "...\Apps\2.0\*\
 * CreateExoPSSession.ps1" }, and Import-Module $path (review19 36, 04).
 * These go together with the rewrite; a built variable read by anything
 * else blocks it (S_v1_unit_blocker). */
typedef struct {
  const psa_variable *vars[16];
  bool root[16];
  uint32_t nv;
  psa_span st[32];
  uint32_t ns;
} S_v1_unit;

static bool S_v1_unit_has(const S_v1_unit *u, const psa_variable *v) {
  for (uint32_t i = 0; i < u->nv; i++)
    if (u->vars[i] == v) return true;
  return false;
}

static bool S_v1_unit_covers(const S_v1_unit *u, psa_span r) {
  for (uint32_t i = 0; i < u->ns; i++)
    if (r.start >= u->st[i].start && r.end <= u->st[i].end) return true;
  return false;
}

static void S_v1_unit_add_st(S_v1_unit *u, psa_span st) {
  if (!S_v1_unit_covers(u, st) && u->ns < 32) u->st[u->ns++] = st;
}

/* Whether [s] reads unit variables (*unit) or other ones (*other); the
 * variables of 'scope' and of the script are looked at. */
static void S_v1_span_reads(const psa_rule_ctx *ctx, const psa_scope *scope, const S_v1_unit *u,
                            psa_span sp, bool *unit, bool *other) {
  const psa_scope *scopes[2] = {scope, ctx->model->script};
  for (int k = 0; k < 2; k++) {
    if (!scopes[k] || (k == 1 && scopes[0] == scopes[1])) continue;
    for (const psa_variable *v = scopes[k]->vars; v; v = v->next) {
      psa_span reads[16];
      uint32_t nr = psa_variable_reads(ctx->model, v, reads, 16);
      for (uint32_t i = 0; i < nr && i < 16; i++) {
        if (reads[i].start < sp.start || reads[i].end > sp.end) continue;
        if (S_v1_unit_has(u, v)) *unit = true;
        else *other = true;
      }
    }
  }
}

/* Whether an assignment of a variable only holds part of the V1 module's
 * discovery: a constant naming its files, a hashtable naming them (a
 * splat for the search), or an expression of unit variables that runs no
 * command. */
static bool S_v1_unit_value(const psa_rule_ctx *ctx, const psa_scope *scope, const S_v1_unit *u,
                            const psa_assignment *a) {
  if (!a->value || a->append || !a->list.end || a->span.end > ctx->src->text_len) return false;
  const psa_value *v = a->value;
  const char *t = ctx->src->text + v->span.start;
  size_t n = v->span.end - v->span.start;
  bool names = psa_find_ci(t, n, "CreateExoPSSession.ps1") || psa_find_ci(t, n, "ExoPowershellModule.dll");
  if (v->kind == PSA_V_STRING || v->kind == PSA_V_HASH) return names;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->span.start >= a->span.start && c->span.end <= a->span.end) return false;
  }
  bool unit = false, other = false;
  S_v1_span_reads(ctx, scope, u, v->span, &unit, &other);
  return unit && !other;
}

static void S_v1_unit_build(psa_rule_ctx *ctx, S_v1_unit *u) {
  memset(u, 0, sizeof(*u));
  const psa_scope *scopes[8];
  uint32_t nsc = 0;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !S_v1_loader(ctx, c)) continue;
    S_v1_unit_add_st(u, c->statement_span);
    uint32_t at;
    const psa_variable *v = S_v1_loader_var(ctx, c, &at);
    if (v && !S_v1_unit_has(u, v) && u->nv < 16) {
      u->root[u->nv] = true;
      u->vars[u->nv++] = v;
    }
    bool seen = false;
    for (uint32_t i = 0; i < nsc; i++) seen = seen || scopes[i] == c->scope;
    if (!seen && c->scope && nsc < 8) scopes[nsc++] = c->scope;
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (uint32_t k = 0; k < nsc; k++)
      for (const psa_variable *v = scopes[k]->vars; v; v = v->next) {
        if (S_v1_unit_has(u, v) || v->is_parameter || v->is_foreach || !v->assign_count || u->nv == 16)
          continue;
        bool all = true;
        for (uint32_t i = 0; i < v->assign_count && all; i++)
          all = S_v1_unit_value(ctx, scopes[k], u, &v->assigns[i]);
        if (!all) continue;
        u->vars[u->nv++] = v;
        for (uint32_t i = 0; i < v->assign_count; i++) S_v1_unit_add_st(u, v->assigns[i].span);
        grew = true;
      }
    /* Import-Module $path, . $loader: loads what the unit found */
    PSA_FOR_COMMANDS(ctx, c) {
      if (c->in_string || S_v1_unit_covers(u, c->statement_span)) continue;
      /* ". $loader" has no name value: the model keeps the name as written */
      const psa_value *nv = c->name_value;
      if (c->dot_source && nv && nv->kind == PSA_V_INTERP && nv->item_count == 1) nv = nv->items[0];
      const psa_variable *dv = nv && nv->kind == PSA_V_VARIABLE ? psa_value_var(nv) : NULL;
      if (c->dot_source && !nv && c->name && c->name[0] == '$' && c->scope) {
        /* ". $loader" or ". $found.FullName" */
        size_t k = 1;
        while (isalnum((unsigned char)c->name[k]) || c->name[k] == '_') k++;
        dv = psa_model_variable(ctx->model, c->scope, psa_ctx_printf(ctx, "%.*s", (int)(k - 1), c->name + 1));
      }
      if (c->dot_source && dv && S_v1_unit_has(u, dv) && c->statement_span.start <= c->span.start &&
          c->statement_span.end == c->span.end) {
        S_v1_unit_add_st(u, c->statement_span);
        grew = true;
        continue;
      }
      if (!psa_command_is(c, "Import-Module")) continue;
      for (uint32_t i = 0; i < c->arg_count; i++) {
        const psa_value *av = c->args[i].value;
        if (c->args[i].via == PSA_BIND_POSITIONAL || (c->args[i].param && !psa_strcasecmp(c->args[i].param, "Name")))
          if (av && av->kind == PSA_V_VARIABLE && S_v1_unit_has(u, psa_value_var(av)) &&
              c->statement_span.start == c->span.start) {
            S_v1_unit_add_st(u, c->statement_span);
            grew = true;
          }
      }
    }
  }
}

/* Why the V1 discovery unit cannot go with the rewrite: a variable built
 * from the module's path (not a loader's own result, which the rewrite
 * turns into the installed ExchangeOnlineManagement) read by a statement
 * outside the unit; NULL when nothing blocks. */
static const char *S_v1_unit_blocker(psa_rule_ctx *ctx, const S_v1_unit *u) {
  for (uint32_t i = 0; i < u->nv; i++) {
    if (u->root[i]) continue;
    psa_span reads[16];
    uint32_t nr = psa_variable_reads(ctx->model, u->vars[i], reads, 16);
    for (uint32_t r = 0; r < nr && r < 16; r++)
      if (!S_v1_unit_covers(u, reads[r]))
        return psa_ctx_printf(ctx,
                              "$%s holds part of the EXO V1 module's path (line %u) and line %u reads it "
                              "for something else than loading that module, so the module lookup cannot "
                              "simply go",
                              u->vars[i]->name, psa_line_of(ctx, u->vars[i]->assigns[0].span.start),
                              psa_line_of(ctx, reads[r].start));
    if (nr > 16) return "a variable built from the EXO V1 module's path is read too often to follow";
  }
  return NULL;
}

/* Whether statement 'c' of the unit reads a loader's own variable that
 * stays (read outside the unit: it becomes the installed
 * ExchangeOnlineManagement module, so "Import-Module $m" keeps working). */
static bool S_v1_reads_kept_root(const psa_rule_ctx *ctx, const S_v1_unit *u, const psa_command *c) {
  for (uint32_t i = 0; i < u->nv; i++) {
    if (!u->root[i]) continue;
    psa_span reads[16];
    uint32_t nr = psa_variable_reads(ctx->model, u->vars[i], reads, 16);
    bool here = false, outside = nr > 16;
    for (uint32_t r = 0; r < nr && r < 16; r++) {
      if (reads[r].start >= c->statement_span.start && reads[r].end <= c->statement_span.end) here = true;
      if (!S_v1_unit_covers(u, reads[r])) outside = true;
    }
    if (here && outside) return true;
  }
  return false;
}

/* Whether the file imports a module with -Global anywhere: then the
 * import that replaces the loader keeps that scope (a function's import
 * is otherwise gone when it returns; review19 36). */
static bool S_imports_global(const psa_rule_ctx *ctx) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (!c->in_string && psa_command_is(c, "Import-Module") && psa_command_arg(c, "Global")) return true;
  }
  return false;
}

/* The loader goes with the EXO V1 connection: the first statement of the
 * discovery unit (S_v1_unit) becomes Import-Module ExchangeOnlineManagement,
 * the others are deleted (identical edits in several fixes are applied
 * once). */
static void S_fix_v1_loader(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                            const psa_command *conn) {
  S_v1_unit u;
  S_v1_unit_build(ctx, &u);
  psa_span done[32];
  uint32_t nd = 0;
  bool first = true, prompted = false, seen_loader = false;
  const char *t = ctx->src->text;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !S_v1_unit_covers(&u, c->statement_span)) continue;
    /* any command of the statement (Import-Module $(Get-ChildItem ...))
     * may be what ties it to another connection */
    bool other = false;
    PSA_FOR_COMMANDS(ctx, d) {
      if (d->statement_span.start == c->statement_span.start &&
          d->statement_span.end == c->statement_span.end && S_v1_loader_of_other(ctx, d, conn))
        other = true;
    }
    if (other) continue;
    psa_span st = c->statement_span;
    bool inside = false;
    for (uint32_t i = 0; i < nd; i++)
      if (st.start >= done[i].start && st.end <= done[i].end) inside = true;
    if (inside || nd == 32 || st.end > ctx->src->text_len) continue;
    /* a unit statement that is not a loader (Import-Module $path) goes
     * only with a loader of this connection before it */
    if (!S_v1_loader(ctx, c) && (!seen_loader || S_v1_reads_kept_root(ctx, &u, c))) continue;
    seen_loader = true;
    done[nd++] = st;
    uint32_t value_at;
    const psa_variable *av = S_v1_loader_var(ctx, c, &value_at);
    if (av && av->ref_count > 0 && S_v1_loader(ctx, c)) {
      /* $m = Get-ChildItem ... ExoPowershellModule.dll, and if ($m) {...}:
       * the check becomes whether the module is installed */
      bool read_elsewhere = false;
      psa_span reads[16];
      uint32_t nr = psa_variable_reads(ctx->model, av, reads, 16);
      for (uint32_t i = 0; i < nr && i < 16; i++)
        if (!S_v1_unit_covers(&u, reads[i])) read_elsewhere = true;
      if (read_elsewhere || nr > 16) {
        /* $m = Get-ChildItem ... | Sort-Object ... | Select-Object -First 1:
         * the whole pipeline is the value */
        psa_span val = {value_at, st.end};
        /* Get-Module -ListAvailable returns one object per installed
         * version, and Import-Module $m imports each of them: only the
         * newest is kept, so $m is one module (as the loader's
         * Select -First 1 gave one path) or $null when it is not installed
         * (if (!$m), $m.Length -eq 0 and $m -eq $null keep their meaning) */
        psa_fix_add_edit(ctx, fx, val,
                         "Get-Module -ListAvailable -Name ExchangeOnlineManagement | "
                         "Sort-Object -Property Version -Descending | Select-Object -First 1");
        if (!prompted) S_v1_install_prompt(ctx, rule, fx, av);
        S_v1_comment_above(ctx, fx, st);
        prompted = true;
        continue;
      }
    }
    if (first) {
      /* an Import-Module's common parameters stay (-ErrorAction Stop) */
      const char *line = "Import-Module ExchangeOnlineManagement";
      if (S_imports_global(ctx)) line = "Import-Module ExchangeOnlineManagement -Global";
      for (uint32_t i = 0; psa_command_is(c, "Import-Module") && st.start == c->span.start &&
                           i < c->arg_count; i++) {
        const psa_arg *ca = &c->args[i];
        if (ca->param && S_v1_common_param(ca->param) && ca->span.end <= st.end)
          line = psa_ctx_printf(ctx, "%s %.*s", line, (int)(ca->span.end - ca->span.start),
                                t + ca->span.start);
      }
      psa_fix_add_edit(ctx, fx, st, line);
      S_v1_comment_above(ctx, fx, st);
    }
    else psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, st), "");
    first = false;
    /* $dir = (Get-ChildItem ... CreateExoPSSession.ps1 ...).DirectoryName read
     * only by the loader */
    const psa_value *nv = c->name_value;
    for (uint32_t k = 0; nv && nv->kind == PSA_V_INTERP && k < nv->item_count; k++) {
      const psa_value *it = nv->items[k];
      if (it->kind != PSA_V_VARIABLE || !psa_value_var(it) || psa_value_var(it)->ref_count != 1 ||
          psa_value_var(it)->assign_count != 1 || psa_value_var(it)->is_parameter)
        continue;
      psa_span as = psa_value_var(it)->assigns[0].span;
      bool handled = false;
      for (uint32_t i = 0; i < nd; i++)
        if (as.start < done[i].end && done[i].start < as.end) handled = true;
      if (!handled && nd < 32 && as.end <= ctx->src->text_len && as.end <= st.start) {
        done[nd++] = as;
        psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, as), "");
      }
    }
  }
  /* the unit's other assignments ($dll = "...dll", $path = Combine(...),
   * the search's splat) go once nothing that stays reads them */
  for (bool grew = true; grew && nd > 0;) {
    grew = false;
    for (uint32_t i = 0; i < u.nv; i++) {
      const psa_variable *v = u.vars[i];
      if (u.root[i]) continue;
      bool gone = false;
      for (uint32_t k = 0; k < nd && !gone; k++)
        gone = v->assigns[0].span.start >= done[k].start && v->assigns[0].span.end <= done[k].end;
      if (gone) continue;
      psa_span reads[16];
      uint32_t nr = psa_variable_reads(ctx->model, v, reads, 16);
      bool all = nr <= 16;
      for (uint32_t r = 0; r < nr && r < 16 && all; r++) {
        bool in = false;
        for (uint32_t k = 0; k < nd && !in; k++) in = reads[r].start >= done[k].start && reads[r].end <= done[k].end;
        all = in;
      }
      if (!all || nd + v->assign_count > 32) continue;
      for (uint32_t k = 0; k < v->assign_count; k++) {
        done[nd++] = v->assigns[k].span;
        psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, v->assigns[k].span), "");
      }
      grew = true;
    }
  }
}

/* The file's guards for the EXO V1 cmdlets, "if (Get-Command
 * Connect-EXOPSSession -ErrorAction SilentlyContinue)", test for 'target'
 * once the file connects with it: a test of a retired cmdlet would keep
 * the new connection from running where only ExchangeOnlineManagement is
 * installed (review19 36). Only a Get-Command of that one constant name
 * changes. */
static void S_v1_guards(psa_rule_ctx *ctx, psa_fix *fx, const char *target) {
  const char *t = ctx->src->text;
  PSA_FOR_COMMANDS(ctx, g) {
    if (g->in_string || !psa_command_is(g, "Get-Command")) continue;
    const psa_arg *name = NULL;
    uint32_t names = 0;
    for (uint32_t i = 0; i < g->arg_count; i++) {
      const psa_arg *a = &g->args[i];
      if (a->via == PSA_BIND_POSITIONAL || a->via == PSA_BIND_UNBOUND ||
          (a->param && !psa_strcasecmp(a->param, "Name")))
        name = a, names++;
    }
    const char *s = names == 1 && name->value ? psa_value_string(ctx->model, name->value) : NULL;
    if (!s || (psa_strcasecmp(s, "Connect-EXOPSSession") && psa_strcasecmp(s, "New-ExoPSSession")))
      continue;
    psa_span v = name->value->span;
    if (v.end > ctx->src->text_len || v.end <= v.start) continue;
    char q = t[v.start] == '"' || t[v.start] == '\'' ? t[v.start] : 0;
    psa_fix_add_edit(ctx, fx, v, q ? psa_ctx_printf(ctx, "%c%s%c", q, target, q) : target);
  }
}

/* Import-Module (Connect-IPPSSession ...): in EXO V1 the loader's
 * Connect-IPPSSession returned the session's module; the
 * ExchangeOnlineManagement cmdlet returns nothing and loads its cmdlets
 * itself, so Import-Module would fail on $null. The call stays, alone
 * (review19 36). */
static void S_v1_import_call(psa_rule_ctx *ctx, psa_fix *fx) {
  const char *t = ctx->src->text;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !psa_command_is(c, "Import-Module") || c->assigned_to) continue;
    const psa_command *in = NULL;
    bool other = false;
    for (uint32_t i = 0; i < c->arg_count; i++) {
      const psa_arg *a = &c->args[i];
      const psa_value *v = a->value;
      if (a->via == PSA_BIND_POSITIONAL && v && v->kind == PSA_V_COMMAND && psa_value_cmd(v) &&
          (psa_command_is(psa_value_cmd(v), "Connect-IPPSSession") ||
           psa_command_is(psa_value_cmd(v), "Connect-ExchangeOnline")))
        in = psa_value_cmd(v);
      else if (!a->param || (psa_strcasecmp(a->param, "Global") && psa_strcasecmp(a->param, "DisableNameChecking") &&
                             psa_strcasecmp(a->param, "Prefix") && !S_v1_common_param(a->param)))
        other = true;
    }
    if (!in || other || in->span.end > ctx->src->text_len || !S_fx_free(fx, c->span.start, c->span.end))
      continue;
    psa_fix_add_edit(ctx, fx, c->span, psa_ctx_printf(ctx, "%.*s", (int)(in->span.end - in->span.start),
                                                      t + in->span.start));
  }
}

/* A standalone script's EXO V1 connection that nothing uses (the file
 * calls no Exchange Online cmdlet: psa_plan_exchange_unused) goes with its
 * ClickOnce loader statements (whole statements that assign nothing), its
 * Import-PSSession / Remove-PSSession statements and what only fed its
 * credential. False (nothing done) otherwise. */
static bool S_remove_unused_v1(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                               const psa_command *cmd, const S_uses *uses) {
  psa_span del[16];
  uint32_t n = 0;
  del[n++] = cmd->statement_span;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !S_v1_loader(ctx, c)) continue;
    psa_span st = c->statement_span;
    bool seen = false;
    for (uint32_t k = 0; k < n && !seen; k++) seen = st.start >= del[k].start && st.end <= del[k].end;
    if (seen) continue;
    /* a loader whose result the script keeps ($m = ..., if ($m)) stays a
     * question for the V1 rewrite */
    if (n == 16 || c->assigned_to || st.end > ctx->src->text_len || ctx->src->text[st.start] == '$' ||
        !c->scope || c->scope->kind != PSA_SCOPE_SCRIPT)
      return false;
    del[n++] = st;
  }
  if (n == 1) return false; /* no loader: the V1 rewrite is a rename */
  S_FOR_USES(uses, cmd, use) {
    if (n == 16 || (!psa_command_is(use, "Import-PSSession") &&
                    !psa_command_is(use, "Remove-PSSession")) ||
        !S_alone(ctx, use))
      return false;
    del[n++] = use->statement_span;
  }
  const psa_variable *sv = cmd->assigned_to;
  if (sv) {
    if (sv->assign_count != 1 || !S_reads_inside(ctx, sv, del, n)) return false;
  }
  if (psa_plan_named_by_others(ctx) ||
      !psa_plan_exchange_unused(ctx->model, ctx->src->path, ctx->src->text, ctx->src->text_len,
                                cmd, del, n) ||
      !psa_plan_clause_keeps_work(ctx->model, ctx->src->text, ctx->src->text_len, cmd, del, n))
    return false;
  static const char *const about[] = {"exchange", "exo", "session", "2fa", "mfa", "o365",
                                      "office 365", "office365", NULL};
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  const psa_arg *upn = psa_command_arg(cmd, "UserPrincipalName");
  const psa_value *feeds[2] = {cred ? cred->value : NULL, upn ? upn->value : NULL};
  psa_fix_remove_unused_signin(ctx, rule, f, cmd, "Exchange Online", del, n, about, feeds, 2,
                               "; its EXO V1 module loader and session statements go too");
  return true;
}

/* The host of a V1 connection's -ConnectionUri, lower case, when it is a
 * constant https URI; NULL otherwise. */
static const char *S_v1_uri_host(psa_rule_ctx *ctx, const psa_value *v) {
  const char *uri = v ? psa_value_string(ctx->model, v) : NULL;
  if (!uri || psa_strncasecmp(uri, "https://", 8)) return NULL;
  const char *h = uri + 8;
  size_t n = strcspn(h, "/?#:");
  char *out = psa_ctx_printf(ctx, "%.*s", (int)n, h);
  for (char *q = out; *q; q++) *q = (char)tolower((unsigned char)*q);
  return out;
}

static void S_check_v1(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_uses uses;
  S_uses_build(ctx, &uses);
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function) continue;
    bool connect_v1 = !psa_strcasecmp(cmd->name, "Connect-EXOPSSession");
    bool new_v1 = !psa_strcasecmp(cmd->name, "New-ExoPSSession");
    if (connect_v1 || new_v1) {
      psa_finding *f = psa_report(ctx, rule, cmd->span,
                 "%s is the Exchange Online Remote PowerShell Module (EXO V1), which can no longer "
                 "connect (" PSA_DATE_EXO_V1_CONNECT_END "); use %s from the "
                 "ExchangeOnlineManagement module",
                 cmd->name,
                 psa_plan_service(ctx->model, cmd) == PSA_SERVICE_COMPLIANCE ? "Connect-IPPSSession"
                                                                             : "Connect-ExchangeOnline");
      if (cmd->invoke_operator || cmd->in_string) continue;
      /* [-UserPrincipalName u] [-DelegatedOrganization d] [-Credential c]
       * [-ConnectionUri default]: Connect-ExchangeOnline has the same */
      bool simple = true, has_cred = false;
      /* -ConnectionUri of the worldwide service: Exchange Online's is the
       * default of Connect-ExchangeOnline, Security & Compliance's that of
       * Connect-IPPSSession, which takes the same sign-in parameters
       * (Connect-IPPSSession reference); other hosts are not mapped */
      const char *target = "Connect-ExchangeOnline", *uri_why = NULL;
      for (uint32_t i = 0; simple && i < cmd->arg_count; i++) {
        const char *p = cmd->args[i].param;
        if (!p || cmd->args[i].via != PSA_BIND_NAMED) simple = false;
        else if (!psa_strcasecmp(p, "ConnectionUri")) {
          const char *host = S_v1_uri_host(ctx, cmd->args[i].value);
          if (host && !strcmp(host, "ps.compliance.protection.outlook.com")) target = "Connect-IPPSSession";
          else if (!host || strcmp(host, "outlook.office365.com")) {
            simple = false;
            uri_why = host ? psa_ctx_printf(ctx, "its -ConnectionUri names %s, which psauth maps to no "
                                                 "connection cmdlet's default endpoint", host)
                           : "its -ConnectionUri is not a constant psauth can read";
          }
        }
        else if (!psa_strcasecmp(p, "Credential")) has_cred = true;
        else if (psa_strcasecmp(p, "UserPrincipalName") && psa_strcasecmp(p, "DelegatedOrganization") &&
                 !S_v1_common_param(p))
          simple = false;
      }
      if (!simple) {
        psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                        uri_why ? uri_why
                                : "it has parameters (or positional arguments) Connect-ExchangeOnline does "
                                  "not take the same way");
        continue;
      }
      bool ipps = !strcmp(target, "Connect-IPPSSession");
      if (S_remove_unused_v1(ctx, rule, f, cmd, &uses)) continue;
      bool loader = false;
      PSA_FOR_COMMANDS(ctx, c) {
        if (S_v1_loader(ctx, c)) loader = true;
      }
      if (connect_v1 && !has_cred && !loader && !ipps) {
        /* the interactive form: only the name changes (safe) */
        psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE,
                                          "Use Connect-ExchangeOnline (ExchangeOnlineManagement)");
        psa_fix_add_edit(ctx, fx, cmd->name_span, "Connect-ExchangeOnline");
        S_v1_guards(ctx, fx, "Connect-ExchangeOnline");
        psa_plan_note(ctx, rule, cmd->span, cmd->name, PSA_SIGNIN_INTERACTIVE,
                      "no credential: the module prompts for sign-in",
                      "Connect-ExchangeOnline, delegated (interactive) sign-in",
                      "the same parameters exist on Connect-ExchangeOnline");
        continue;
      }
      const char *check = S_pss_member_blocker(ctx);
      if (check) {
        psa_plan_refuse(ctx, rule, cmd->span, cmd->name, check);
        continue;
      }
      if (loader) {
        S_v1_unit u;
        S_v1_unit_build(ctx, &u);
        const char *why = S_v1_unit_blocker(ctx, &u);
        if (why) {
          psa_plan_refuse(ctx, rule, cmd->span, cmd->name, why);
          continue;
        }
      }
      psa_conn_plan plan;
      if (!psa_plan_connection(ctx, rule, cmd, target, &plan)) continue;
      if (plan.target == PSA_TARGET_REMOVE_BRANCH) {
        psa_fix *fx = psa_finding_add_fix(
            ctx, f, PSA_FIX_UNSAFE,
            "Remove the EXO V1 branch: the script's own modern connection stays");
        psa_fix_remove_branch(ctx, fx, &plan);
        continue;
      }
      psa_buf line;
      psa_buf_init(&line);
      psa_buf_puts(&line, target);
      if (plan.target == PSA_TARGET_DELEGATED) {
        const char *upn = psa_rule_arg_source(ctx, cmd, "UserPrincipalName", false);
        if (upn) psa_buf_printf(&line, " -UserPrincipalName %s", upn);
        else if (plan.si.user_source)
          psa_buf_printf(&line, " -UserPrincipalName %s", plan.si.user_source);
      } else {
        psa_buf_printf(&line, " %s",
                       psa_fix_signin_args(ctx, cmd, target, plan.target, false));
      }
      const char *dorg = psa_rule_arg_source(ctx, cmd, "DelegatedOrganization", false);
      if (dorg) psa_buf_printf(&line, " -DelegatedOrganization %s", dorg);
      /* common parameters carry over (-WarningAction SilentlyContinue) */
      for (uint32_t i = 0; i < cmd->arg_count; i++) {
        const psa_arg *ca = &cmd->args[i];
        if (ca->param && S_v1_common_param(ca->param) && ca->span.end <= ctx->src->text_len)
          psa_buf_printf(&line, " %.*s", (int)(ca->span.end - ca->span.start),
                         ctx->src->text + ca->span.start);
      }
      bool carried = false;
      const char *partial = NULL;
      S_FOR_USES(&uses, cmd, use) {
        if (carried || partial || !psa_command_is(use, "Import-PSSession")) continue;
        /* a prefix the script sets only on some runs stays a choice */
        if ((partial = psa_fix_partial_splat(ctx, use, "Prefix")) != NULL) continue;
        const char *prefix = psa_rule_arg_source(ctx, use, "Prefix", false);
        if (prefix) psa_buf_printf(&line, " -Prefix %s", prefix);
        carried = true;
      }
      if (partial) {
        psa_buf_free(&line);
        psa_plan_refuse(ctx, rule, cmd->span, cmd->name, partial);
        continue;
      }
      psa_buf_puts(&line, " -ShowBanner:$false");
      psa_fix *fx = psa_finding_add_fix(
          ctx, f, plan.target == PSA_TARGET_DELEGATED && !has_cred ? PSA_FIX_SAFE : PSA_FIX_UNSAFE,
          psa_ctx_printf(ctx, "Use %s (ExchangeOnlineManagement) and drop the ClickOnce loader", target));
      psa_fix_add_edit(ctx, fx, new_v1 ? cmd->statement_span : cmd->span, line.data);
      psa_buf_free(&line);
      const psa_arg *cred0 = psa_command_arg(cmd, "Credential");
      S_FOR_USES(&uses, cmd, use) {
        if (S_overlaps(use->statement_span, cmd->statement_span)) continue;
        if (psa_command_is(use, "Import-PSSession"))
          psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, use->statement_span), "");
        else if (psa_command_is(use, "Remove-PSSession"))
          psa_fix_add_edit(ctx, fx, use->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
      }
      S_fix_v1_loader(ctx, rule, fx, cmd);
      S_v1_guards(ctx, fx, target);
      if (loader) S_v1_import_call(ctx, fx);
      psa_fix_stale_messages(ctx, fx, cmd, cred0 ? cred0->value : NULL, NULL, NULL, psa_msg_v1_names);
      psa_fix_drop_splats(ctx, fx, cmd); /* Connect-EXOPSSession @params */
      const psa_arg *cred = psa_command_arg(cmd, "Credential");
      if (cred && cred->value) psa_fix_remove_plumbing(ctx, fx, cred->value);
      psa_fix_declare_tenant(ctx, fx);
      continue;
    }
    const char *hit = S_v1_loader(ctx, cmd);
    if (hit)
      psa_report(ctx, rule, cmd->span,
                 "loads the EXO V1 ClickOnce module (%s), which can no longer connect (December 31, "
                 "2022); use Import-Module ExchangeOnlineManagement",
                 hit);
  }
  free(uses.pairs);
}

/* ---- PSA111: -UseRPSSession ------------------------------------------ */

static void S_check_rps_switch(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Connect-ExchangeOnline") && !psa_command_is(cmd, "Connect-IPPSSession"))
      continue;
    const psa_arg *a = psa_command_arg(cmd, "UseRPSSession");
    if (!a) continue;
    bool on = psa_command_switch(ctx->model, cmd, "UseRPSSession");
    psa_finding *f = psa_report(
        ctx, rule, a->span,
        on ? "%s -UseRPSSession connects over remote PowerShell, disabled in Exchange Online since "
             PSA_DATE_EXO_RPS_OFF " (switch deprecated in module 3.9.2); remove it"
           : "%s -UseRPSSession:$false is the default since module 3.2.0 and the switch is "
             "deprecated (3.9.2); remove it",
        cmd->name);
    if (!on) f->severity = PSA_SEV_INFO;
    /* remove the argument and the white space before it; every copy of it
     * when it is given twice (PowerShell refuses that anyway), or a second
     * `psauth fix` would remove the next one */
    if (a->via != PSA_BIND_NAMED) continue;
    psa_span dels[8];
    uint32_t ndel = 0;
    bool whole = true;
    for (uint32_t i = 0; i < cmd->arg_count && whole; i++) {
      const psa_arg *b = &cmd->args[i];
      if (b->via != PSA_BIND_NAMED || b->match == PSA_PARAM_AMBIGUOUS || !b->param ||
          psa_strcasecmp(b->param, "UseRPSSession"))
        continue;
      psa_span del = b->span;
      while (del.start > 0 &&
             (ctx->src->text[del.start - 1] == ' ' || ctx->src->text[del.start - 1] == '\t'))
        del.start--;
      /* only a whole token: when the grammar split "-UseRPSS.com" after the
       * parameter, removing it would glue ".com" onto the argument before */
      char next = del.end < ctx->src->text_len ? ctx->src->text[del.end] : '\n';
      bool sep = del.start < b->span.start || (del.start && ctx->src->text[del.start - 1] == '\n');
      whole = ndel < sizeof dels / sizeof *dels && sep && strchr(" \t\r\n;|)}", next);
      dels[ndel++ % (sizeof dels / sizeof *dels)] = del;
    }
    if (!whole) continue; /* no fix: the finding stays for a person to look at */
    psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE, "Remove -UseRPSSession");
    for (uint32_t i = 0; i < ndel; i++) psa_fix_add_edit(ctx, fx, dels[i], "");
  }
}

/* ---- PSA112: ExchangeOnlineManagement older than 3.0 ------------------ */

static bool S_version_below_3(const char *v) {
  return v && v[0] >= '0' && v[0] <= '2' && (v[1] == '.' || v[1] == '\0');
}

static void S_old_module_report(psa_rule_ctx *ctx, const psa_rule *rule, psa_span at,
                                const char *version) {
  psa_report(ctx, rule, at,
             "ExchangeOnlineManagement %s relies on remote PowerShell for most cmdlets "
             "(REST-only from 3.0.0); require 3.0.0 or later (3.2.0 for Security & Compliance)",
             version);
}

static void S_check_old_module(psa_rule_ctx *ctx, const psa_rule *rule) {
  /* #Requires -Modules @{ModuleName=...; RequiredVersion/MaximumVersion=...}:
   * ModuleVersion is a minimum and a bare name no pin at all */
  for (uint32_t i = 0; i < ctx->model->requires_count; i++) {
    const psa_requires *r = &ctx->model->requires[i];
    for (uint32_t k = 0; k < r->module_count; k++) {
      const psa_required_module *rm = &r->modules[k];
      if (psa_strcasecmp(rm->name, "ExchangeOnlineManagement")) continue;
      if (S_version_below_3(rm->required_version))
        S_old_module_report(ctx, rule, rm->required_span, rm->required_version);
      else if (S_version_below_3(rm->maximum_version))
        S_old_module_report(ctx, rule, rm->maximum_span, rm->maximum_version);
    }
  }
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Install-Module") && !psa_command_is(cmd, "Import-Module") &&
        !psa_command_is(cmd, "Update-Module"))
      continue;
    const char *name = psa_rule_arg_string(ctx, cmd, "Name");
    if (!name || psa_strcasecmp(name, "ExchangeOnlineManagement")) continue;
    static const char *const params[] = {"RequiredVersion", "MaximumVersion", NULL};
    for (int i = 0; params[i]; i++) {
      const psa_arg *a = psa_command_arg(cmd, params[i]);
      const char *v = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
      if (S_version_below_3(v)) S_old_module_report(ctx, rule, a->span, v);
    }
  }
}


/* ---- PSA113 / PSA114: Get-PSSession and Remove-PSSession for Exchange -- */

/* Whether the file connects to Exchange Online or Security & Compliance
 * with the ExchangeOnlineManagement module. */
static const psa_command *S_rest_connect(const psa_rule_ctx *ctx) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession"))
      return cmd;
  }
  return NULL;
}

/* Whether the text of a span names Exchange remote PowerShell: the
 * configuration name or an Exchange Online / SCC / EOP host. The model keeps
 * no values for comparisons, so a filter script block is searched as text. */
static bool S_text_names_exchange(const psa_rule_ctx *ctx, psa_span span) {
  size_t n = span.end > span.start ? span.end - span.start : 0;
  if (psa_find_ci(ctx->src->text + span.start, n, "microsoft.exchange")) return true;
  for (int i = 0; psa_exchange_host_needles[i]; i++)
    if (psa_find_ci(ctx->src->text + span.start, n, psa_exchange_host_needles[i])) return true;
  return false;
}

static bool S_string_names_exchange(const char *s) {
  if (!s) return false;
  if (psa_contains_ci(s, "Microsoft.Exchange")) return true;
  /* '*outlook.com' style patterns: the host part of the pattern */
  const char *h = s;
  while (*h == '*' || *h == '.') h++;
  return S_endpoint_for(h) != NULL || psa_contains_ci(s, "outlook.com") ||
         psa_contains_ci(s, "office365.com");
}

/* Why a Get-PSSession call itself selects Exchange sessions, or NULL:
 * -ConfigurationName Microsoft.Exchange, -ComputerName / -ConnectionUri of an
 * Exchange Online host, or -InstanceId taken from the RunspaceId of output
 * (the session an Exchange cmdlet ran in) in a file that connects to
 * Exchange Online. */
static const char *S_get_exchange(const psa_rule_ctx *ctx, const psa_command *g, psa_span *at) {
  const psa_arg *a = psa_command_arg(g, "ConfigurationName");
  const char *conf = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
  if (conf && !psa_strcasecmp(conf, "Microsoft.Exchange")) {
    *at = a->span;
    return "-ConfigurationName Microsoft.Exchange";
  }
  static const char *const hosts[] = {"ComputerName", "ConnectionUri", NULL};
  for (int i = 0; hosts[i]; i++) {
    a = psa_command_arg(g, hosts[i]);
    const char *h = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (h && S_endpoint_for(h)) {
      *at = a->span;
      return hosts[i][1] == 'o' ? "-ComputerName of an Exchange Online host"
                                : "-ConnectionUri of an Exchange Online endpoint";
    }
  }
  /* (Get-AcceptedDomain).RunspaceId: only output of implicit remoting
   * carries it; Skype for Business Online cmdlets (*-Cs*) are PSA208's */
  a = psa_command_arg(g, "InstanceId");
  if (a && a->value) {
    const psa_value *prods[8];
    uint32_t n = psa_value_producers(ctx->model, a->value, prods, 8);
    for (uint32_t i = 0; i < n; i++) {
      bool runspace = false;
      const psa_command *src = NULL;
      for (const psa_value *v = prods[i]; v; v = v->base) {
        if (v->kind == PSA_V_MEMBER && psa_value_member(v) &&
            !psa_strcasecmp(psa_value_member(v), "RunspaceId"))
          runspace = true;
        const psa_value *p[2];
        if (runspace && !v->base && psa_value_producers(ctx->model, v, p, 2) &&
            p[0]->kind == PSA_V_COMMAND)
          src = psa_value_cmd(p[0]);
      }
      while (src && src->pipeline_input && src->pipeline_input->kind == PSA_V_COMMAND &&
             psa_command_is(src, "Select-Object"))
        src = psa_value_cmd(src->pipeline_input);
      if (runspace && (S_rest_connect(ctx) ||
                       (src && !src->local_function && !psa_contains_ci(src->name, "-Cs")))) {
        *at = a->span;
        return "-InstanceId of the runspace an Exchange cmdlet ran in";
      }
    }
  }
  return NULL;
}

/* PowerShell's -like on [p, p+pn) against s (case-insensitive; * and ?;
 * no [ ] sets: a pattern with them does not match here). */
static bool S_like(const char *p, size_t pn, const char *s) {
  if (!pn) return !*s;
  if (*p == '[') return false;
  if (*p == '*') return S_like(p + 1, pn - 1, s) || (*s && S_like(p, pn, s + 1));
  if (!*s) return false;
  if (*p != '?' && tolower((unsigned char)*p) != tolower((unsigned char)*s)) return false;
  return S_like(p + 1, pn - 1, s + 1);
}

/* Whether a filter's text tests "ConfigurationName -like '<pattern>'" with
 * a pattern that matches Microsoft.Exchange (the configuration of Exchange
 * Online and Security & Compliance sessions): "*Exchange*" (review19 04). */
static bool S_text_likes_exchange(const psa_rule_ctx *ctx, psa_span span) {
  const char *t = ctx->src->text;
  uint32_t end = span.end <= ctx->src->text_len ? span.end : ctx->src->text_len;
  for (uint32_t at = span.start; at + 17 < end; at++) {
    if (psa_strncasecmp(t + at, "ConfigurationName", 17)) continue;
    uint32_t k = at + 17;
    while (k < end && (t[k] == ' ' || t[k] == '\t')) k++;
    if (k + 6 > end || psa_strncasecmp(t + k, "-like", 5) || (t[k + 5] != ' ' && t[k + 5] != '\t')) continue;
    k += 5;
    while (k < end && (t[k] == ' ' || t[k] == '\t')) k++;
    if (k >= end || (t[k] != '"' && t[k] != '\'')) continue;
    char q = t[k++];
    uint32_t e = k;
    while (e < end && t[e] != q && t[e] != '$' && t[e] != '`') e++;
    if (e < end && t[e] == q && S_like(t + k, e - k, "Microsoft.Exchange")) return true;
  }
  return false;
}

static bool S_opens_sessions(const psa_rule_ctx *ctx, bool exchange_only);

/* The quoted literals a filter compares "<x>.<member>" with (-eq, -like,
 * any case; -ieq, -ilike): calls 'each' with each; false when there is
 * none. */
static bool S_member_literals(const psa_rule_ctx *ctx, psa_span span, const char *member,
                              bool (*each)(const char *lit, size_t n)) {
  const char *t = ctx->src->text;
  uint32_t end = span.end <= ctx->src->text_len ? span.end : ctx->src->text_len;
  size_t ml = strlen(member);
  bool any = false;
  for (uint32_t at = span.start + 1; at + ml < end; at++) {
    if (t[at - 1] != '.' || psa_strncasecmp(t + at, member, ml)) continue;
    uint32_t k = at + ml;
    if (isalnum((unsigned char)t[k]) || t[k] == '_') continue;
    while (k < end && (t[k] == ' ' || t[k] == '\t')) k++;
    static const char *const ops[] = {"-eq", "-like", "-ieq", "-ilike", NULL};
    size_t on = 0;
    for (int i = 0; ops[i] && !on; i++) {
      size_t n = strlen(ops[i]);
      if (k + n < end && !psa_strncasecmp(t + k, ops[i], n) && (t[k + n] == ' ' || t[k + n] == '\t'))
        on = n;
    }
    if (!on) continue;
    k += on;
    while (k < end && (t[k] == ' ' || t[k] == '\t')) k++;
    if (k >= end || (t[k] != '"' && t[k] != '\'')) continue;
    uint32_t e = k + 1;
    while (e < end && t[e] != t[k] && t[e] != '$' && t[e] != '`') e++;
    if (e >= end || t[e] != t[k]) continue;
    any = true;
    if (!each(t + k + 1, e - k - 1)) return false;
  }
  return any;
}

/* A session name pattern that cannot match the ExchangeOnlineManagement
 * module's own sessions. */
static bool S_not_exo_name(const char *lit, size_t n) {
  return !S_like(lit, n, PSA_EXO_SESSION_NAME);
}

/* A computer name that is no Microsoft 365 host ("ex01.contoso.local"). */
static bool S_not_m365_host(const char *lit, size_t n) {
  char h[128];
  if (n >= sizeof(h)) return false;
  snprintf(h, sizeof(h), "%.*s", (int)n, lit);
  return !S_string_names_exchange(h);
}

/* Whether a filter on Microsoft.Exchange sessions selects on-premises
 * Exchange Server sessions, not Exchange Online ones (review20 45): its
 * ComputerName is compared only with hosts that are no Microsoft 365 host,
 * or (in a file that opens no Exchange Online session itself) its Name
 * only with patterns the ExchangeOnlineManagement module's sessions never
 * match ('ExchangeSession*'). */
static bool S_where_onprem(const psa_rule_ctx *ctx, psa_span span) {
  if (S_member_literals(ctx, span, "ComputerName", S_not_m365_host)) return true;
  size_t n = span.end > span.start ? span.end - span.start : 0;
  for (int i = 0; psa_exchange_host_needles[i]; i++)
    if (psa_find_ci(ctx->src->text + span.start, n, psa_exchange_host_needles[i])) return false;
  return !S_opens_sessions(ctx, true) && S_member_literals(ctx, span, "Name", S_not_exo_name);
}

/* Whether a Where-Object call filters on Exchange: the simplified syntax
 * (Where-Object ConfigurationName -eq 'Microsoft.Exchange') or a script
 * block that names it or tests the configuration with a matching -like. */
static bool S_where_exchange(const psa_rule_ctx *ctx, const psa_command *w) {
  for (uint32_t i = 0; i < w->arg_count; i++) {
    const psa_value *v = w->args[i].value;
    if (!v) continue;
    if (v->kind == PSA_V_SCRIPTBLOCK &&
        (S_text_names_exchange(ctx, v->span) || S_text_likes_exchange(ctx, v->span)))
      return !S_where_onprem(ctx, v->span);
    if (S_string_names_exchange(psa_value_string(ctx->model, v))) return true;
  }
  return false;
}

/* The Get-PSSession call a session value comes from, through variables,
 * Where-Object, Select-Object, Sort-Object and .Where({...}); *exchange
 * tells whether the call or a filter on the way selects Exchange sessions. */
typedef struct {
  const psa_command *get;
  bool exchange;
  const char *why;
  psa_span at;
} S_pss;

static bool S_pss_of(const psa_rule_ctx *ctx, const psa_value *v, S_pss *out, int depth) {
  if (!v || depth > 4) return false;
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i];
    if (p->kind == PSA_V_COMMAND && psa_command_is(psa_value_cmd(p), "Get-PSSession")) {
      out->get = psa_value_cmd(p);
      out->why = S_get_exchange(ctx, psa_value_cmd(p), &out->at);
      out->exchange = out->why != NULL;
      return true;
    }
    if (p->kind == PSA_V_COMMAND && psa_value_cmd(p)->pipeline_input &&
        (psa_command_is(psa_value_cmd(p), "Where-Object") ||
         psa_command_is(psa_value_cmd(p), "Select-Object") ||
         psa_command_is(psa_value_cmd(p), "Sort-Object"))) {
      if (!S_pss_of(ctx, psa_value_cmd(p)->pipeline_input, out, depth + 1)) continue;
      if (!out->exchange && psa_command_is(psa_value_cmd(p), "Where-Object") &&
          S_where_exchange(ctx, psa_value_cmd(p))) {
        out->exchange = true;
        out->why = "a filter on Exchange sessions";
        out->at = psa_value_cmd(p)->span;
      }
      return true;
    }
    if (p->kind == PSA_V_METHOD_CALL && psa_value_member(p) &&
        !psa_strcasecmp(psa_value_member(p), "Where") && p->base) {
      if (!S_pss_of(ctx, p->base, out, depth + 1)) continue;
      if (!out->exchange && p->item_count && S_text_names_exchange(ctx, p->items[0]->span)) {
        out->exchange = true;
        out->why = "a filter on Exchange sessions";
        out->at = p->span;
      }
      return true;
    }
  }
  return false;
}

/* The sessions a Remove-PSSession removes: -Session (by name or position)
 * or its pipeline input. */
static const psa_value *S_removed(const psa_command *rm) {
  const psa_arg *a = psa_command_arg(rm, "Session");
  if (a && a->value) return a->value;
  return rm->pipeline_input;
}

/* A whole statement Get-PSSession | Where-Object {...} | Remove-PSSession
 * whose filter selects Exchange sessions (Get-PSSession | Remove-PSSession
 * without a filter is handled where every session goes). */
static bool S_exchange_cleanup_pipeline(const psa_rule_ctx *ctx, const psa_command *rm) {
  S_pss via = {0};
  if (!rm->pipeline_input || !S_pss_of(ctx, S_removed(rm), &via, 0) || !via.exchange) return false;
  if (via.get->assigned_to || via.get == psa_value_cmd(rm->pipeline_input)) return false;
  return rm->statement_span.start == via.get->span.start && rm->statement_span.end == rm->span.end;
}

/* Whether the file opens a remote PowerShell session itself (then the
 * sessions Get-PSSession finds may be its own). */
static bool S_opens_sessions(const psa_rule_ctx *ctx, bool exchange_only) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (S_session_of(ctx, cmd, &s)) return true;
    if (!exchange_only && psa_command_is(cmd, "New-PSSession")) return true;
    if (!cmd->local_function &&
        (!psa_strcasecmp(cmd->name, "New-ExoPSSession") ||
         !psa_strcasecmp(cmd->name, "Connect-EXOPSSession") ||
         !psa_strcasecmp(cmd->name, "New-CsOnlineSession")))
      return true;
    if ((psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession")) &&
        psa_command_arg(cmd, "UseRPSSession") && psa_command_switch(ctx->model, cmd, "UseRPSSession"))
      return true;
  }
  return false;
}

/* Whether the session check 'g' runs right after a refused connection
 * that opens an Exchange Online PowerShell session (a basic-auth
 * New-PSSession or an EXO V1 cmdlet psauth leaves as it is), on the same
 * straight line of statements: that branch still makes a PSSession, so its
 * check stays (review19 04, the Security & Compliance branch). */
static bool S_check_of_kept_session(const psa_rule_ctx *ctx, const psa_command *g) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function || cmd->span.end > g->span.start) continue;
    S_session s;
    bool cloud = psa_command_is(cmd, "New-PSSession") && S_session_of(ctx, cmd, &s) && S_maybe_online(&s);
    bool v1 = cmd->name && (!psa_strcasecmp(cmd->name, "New-ExoPSSession") ||
                            !psa_strcasecmp(cmd->name, "Connect-EXOPSSession"));
    if ((cloud || v1) && psa_plan_refused_at(ctx, v1 ? "PSA110" : "PSA101", cmd->span) &&
        psa_plan_same_straight_line(ctx->model, ctx->src->text, ctx->src->text_len, cmd, g))
      return true;
  }
  return false;
}

/* Whether an EXO V1 connect (Connect-EXOPSSession, New-ExoPSSession) that
 * the plan does not refuse becomes Connect-ExchangeOnline in this pass: its
 * checks are rewritten in the same pass, so scan reports what fix applies
 * (the fix's second pass saw the new connect; cli.fixcount). */
static bool S_v1_connect_rewritten(const psa_rule_ctx *ctx) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->in_string || !cmd->name ||
        (psa_strcasecmp(cmd->name, "Connect-EXOPSSession") && psa_strcasecmp(cmd->name, "New-ExoPSSession")))
      continue;
    if (!psa_plan_refused_at(ctx, "PSA110", cmd->span)) return true;
  }
  return false;
}

/* A parenthesised check "(Get-PSSession | Where-Object {...Exchange...})"
 * or "(Get-PSSession -ConfigurationName Microsoft.Exchange)", as in
 * if (!(...)) { connect }: once the file connects with
 * Connect-ExchangeOnline, the check is Get-ConnectionInformation. */
static void S_fix_pss_check(psa_rule_ctx *ctx, psa_finding *f, const psa_command *g) {
  /* a connection PSA101 rewrites in this pass counts: scan then reports
   * what fix applies */
  if ((!S_rest_connect(ctx) && !psa_plan_rps_all_migrate(ctx) && !S_v1_connect_rewritten(ctx)) ||
      g->assigned_to || g->in_string || S_check_of_kept_session(ctx, g))
    return;
  const psa_command *last = g;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->pipeline_input && c->pipeline_input->kind == PSA_V_COMMAND &&
        psa_value_cmd(c->pipeline_input) == last) {
      if (last != g || !psa_command_is(c, "Where-Object") || c->assigned_to) return;
      last = c;
    }
  }
  /* nothing may follow the filter in the pipeline */
  PSA_FOR_COMMANDS(ctx, c) {
    if (last != g && c->pipeline_input && c->pipeline_input->kind == PSA_V_COMMAND &&
        psa_value_cmd(c->pipeline_input) == last)
      return;
  }
  if (last == g) {
    for (uint32_t i = 0; i < g->arg_count; i++)
      if (!g->args[i].param || psa_strcasecmp(g->args[i].param, "ConfigurationName")) return;
  } else if (g->arg_count) {
    return;
  }
  const char *t = ctx->src->text;
  uint32_t b = g->span.start, e = last->span.end;
  if (e > ctx->src->text_len) return;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  while (e < ctx->src->text_len && (t[e] == ' ' || t[e] == '\t')) e++;
  if (b == 0 || t[b - 1] != '(' || e >= ctx->src->text_len || t[e] != ')') return;
  /* a filter that also wants the session opened ($_.State -eq 'Opened')
   * keeps that: a REST connection's State is Connected
   * (Get-ConnectionInformation reference) */
  size_t ln = last->span.end - last->span.start;
  bool opened = last != g && psa_find_ci(t + last->span.start, ln, "State") &&
                (psa_find_ci(t + last->span.start, ln, "'Opened'") ||
                 psa_find_ci(t + last->span.start, ln, "\"Opened\""));
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                    "Check the connection with Get-ConnectionInformation");
  psa_fix_add_edit(ctx, fx, (psa_span){g->span.start, last->span.end},
                   opened ? "Get-ConnectionInformation | Where-Object State -eq 'Connected'"
                          : "Get-ConnectionInformation");
}

/* One term of an "already connected" test on a session's members:
 * "$s.ConfigurationName -ne 'Microsoft.Exchange'", "$s.State -eq
 * 'Opened'", "$s.ComputerName -ne 'outlook.office365.com'",
 * "$s.ComputerName -contains 'outlook.office365.com'". Gives the
 * operator's polarity (*eq) and whether it tests the state. */
static bool S_guard_term(const char *t, size_t n, const char *var, bool *eq, bool *state) {
  while (n && (*t == ' ' || *t == '\t' || *t == '(')) t++, n--;
  while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == ')')) n--;
  size_t vn = strlen(var);
  if (n < vn + 2 || t[0] != '$' || psa_strncasecmp(t + 1, var, vn) || t[vn + 1] != '.') return false;
  const char *m = t + vn + 2;
  size_t rest = n - vn - 2;
  static const char *const members[] = {"ConfigurationName", "State", "ComputerName", NULL};
  int which = -1;
  for (int i = 0; members[i] && which < 0; i++) {
    size_t k = strlen(members[i]);
    if (rest > k && !psa_strncasecmp(m, members[i], k) && (m[k] == ' ' || m[k] == '\t')) which = i;
  }
  if (which < 0) return false;
  m += strlen(members[which]);
  rest -= strlen(members[which]);
  while (rest && (*m == ' ' || *m == '\t')) m++, rest--;
  /* -contains / -notcontains: the member of every session the variable
   * holds ("$s.ComputerName -contains 'outlook.office365.com'"), true when
   * any one matches, as -eq on one session (review20 40) */
  static const struct {
    const char *op;
    bool eq;
  } ops[] = {{"-eq ", true}, {"-ne ", false}, {"-contains ", true}, {"-notcontains ", false}};
  size_t on = 0;
  for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]) && !on; i++) {
    size_t k = strlen(ops[i].op);
    if (rest >= k && !psa_strncasecmp(m, ops[i].op, k)) on = k, *eq = ops[i].eq;
  }
  if (!on) return false;
  m += on, rest -= on;
  while (rest && (*m == ' ' || *m == '\t')) m++, rest--;
  if (rest < 2 || (*m != '"' && *m != '\'') || m[rest - 1] != *m) return false;
  char val[128];
  if (rest - 2 >= sizeof(val) || memchr(m + 1, '$', rest - 2)) return false;
  snprintf(val, sizeof(val), "%.*s", (int)(rest - 2), m + 1);
  *state = which == 1;
  if (which == 0) return !psa_strcasecmp(val, "Microsoft.Exchange");
  if (which == 1) return !psa_strcasecmp(val, "Opened");
  return psa_endpoint_of_host(val) != NULL;
}

/* "$s = Get-PSSession" whose variable is read only in one if condition
 * that tests its members for an Exchange Online session, all with -ne
 * joined by -or (not connected) or all with -eq joined by -and
 * (connected): the condition's inner text, and the test that replaces it
 * ("-not $s", "$s"). NULL when the shape is anything else. */
static const char *S_member_guard(psa_rule_ctx *ctx, const psa_command *g, psa_span *cond,
                                  bool *state) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  const psa_variable *var = g->assigned_to;
  if (!var || !var->name || var->is_parameter || g->in_string || g->pipeline_input) return NULL;
  for (uint32_t i = 0; i < g->arg_count; i++)
    if (g->args[i].via != PSA_BIND_DEFAULT) return NULL;
  const psa_assignment *as = NULL;
  for (uint32_t i = 0; i < var->assign_count; i++)
    if (var->assigns[i].value && psa_value_cmd(var->assigns[i].value) == g) as = &var->assigns[i];
  if (!as || as->span.end != g->span.end || as->append) return NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->pipeline_input && c->pipeline_input->kind == PSA_V_COMMAND && psa_value_cmd(c->pipeline_input) == g)
      return NULL;
  }
  psa_span reads[8];
  uint32_t n = psa_variable_reads(m, var, reads, 8);
  if (!n || n > 8 || n != var->ref_count) return NULL;
  const psa_block *b = NULL;
  for (uint32_t i = 0; i < m->block_count && !b; i++) {
    const psa_block *k = &m->blocks[i];
    if ((k->kind == PSA_BLOCK_IF || k->kind == PSA_BLOCK_ELSEIF) && k->span.start <= reads[0].start &&
        reads[0].end <= k->body.start && k->span.start >= as->span.end)
      b = k;
  }
  if (!b || b->body.start > ctx->src->text_len) return NULL;
  for (uint32_t i = 0; i < n; i++)
    if (reads[i].start < b->span.start || reads[i].end > b->body.start) return NULL;
  /* the parentheses of the condition */
  uint32_t open = b->span.start, close = b->body.start;
  while (open < close && t[open] != '(') open++;
  while (close > open && t[close - 1] != ')') close--;
  if (close <= open + 1) return NULL;
  close--;
  psa_span in = {open + 1, close};
  /* split on -or / -and; one kind of joint only */
  int joint = 0; /* 1: -or, 2: -and */
  bool eq_all = false, first = true, any_state = false;
  uint32_t k = in.start, from = in.start, terms = 0;
  int depth = 0;
  while (k <= in.end) {
    bool end = k == in.end;
    int here = 0;
    if (!end) {
      if (t[k] == '(') depth++;
      if (t[k] == ')') depth--;
      if (t[k] == '"' || t[k] == '\'') {
        char q = t[k++];
        while (k < in.end && t[k] != q) k++;
        k++;
        continue;
      }
      if (!depth && t[k] == '-' && k + 4 <= in.end && !psa_strncasecmp(t + k, "-or ", 4)) here = 1;
      if (!depth && t[k] == '-' && k + 5 <= in.end && !psa_strncasecmp(t + k, "-and ", 5)) here = 2;
    }
    if (end || here) {
      if (here && joint && here != joint) return NULL;
      if (here) joint = here;
      bool eq = false, st = false;
      if (!S_guard_term(t + from, k - from, var->name, &eq, &st)) return NULL;
      if (!first && eq != eq_all) return NULL;
      eq_all = eq, first = false, any_state = any_state || st, terms++;
      if (end) break;
      k += here == 1 ? 4 : 5;
      from = k;
      continue;
    }
    k++;
  }
  if (terms != n || (joint == 1 && eq_all) || (joint == 2 && !eq_all)) return NULL;
  *cond = in;
  *state = any_state;
  return psa_ctx_printf(ctx, eq_all ? "$%s" : "-not $%s", var->name);
}

/* "Get-PSSession | Format-Table" (or alone as a statement), listing the
 * sessions of a file whose only sessions are Exchange Online remote
 * PowerShell ones: it showed the Exchange connection, which
 * Get-ConnectionInformation shows once the file connects with
 * Connect-ExchangeOnline. The span to replace (the Get-PSSession call). */
static bool S_session_listing(const psa_rule_ctx *ctx, const psa_command *g) {
  if (g->assigned_to || g->in_string || g->pipeline_input || g->invoke_operator) return false;
  for (uint32_t i = 0; i < g->arg_count; i++)
    if (g->args[i].via != PSA_BIND_DEFAULT) return false;
  const psa_command *next = NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->pipeline_input && c->pipeline_input->kind == PSA_V_COMMAND) {
      const psa_command *in = psa_value_cmd(c->pipeline_input);
      if (in == g) next = c;
      else if (next && in == next) return false;
    }
  }
  if (next && !psa_command_is(next, "Format-Table") && !psa_command_is(next, "Format-List"))
    return false;
  psa_span st = g->statement_span;
  if (st.start != g->span.start || st.end != (next ? next->span.end : g->span.end)) return false;
  bool any = false;
  PSA_FOR_COMMANDS(ctx, c) {
    S_session s;
    if (psa_command_is(c, "Enter-PSSession")) return false;
    if (!psa_command_is(c, "New-PSSession")) continue;
    if (!S_session_of(ctx, c, &s) || !s.cloud) return false;
    any = true;
  }
  return any;
}

/* "$s = Get-PSSession | Where-Object {...Exchange Online host...}" whose
 * variable is only tested afterwards ("if ($s)", "$s -eq $null", "!$s",
 * "$s.Count -ge 1"), in a file that connects with Connect-ExchangeOnline:
 * the probe becomes the live connections of Get-ConnectionInformation (of
 * Security & Compliance when the filter names its host), which the tests
 * read the same way. Not for a filter that negates (it may look for an
 * on-premises session), nor a variable assigned twice. */
static void S_fix_pss_var_probe(psa_rule_ctx *ctx, psa_finding *f, const psa_command *g) {
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  if ((!S_rest_connect(ctx) && !psa_plan_rps_all_migrate(ctx)) || g->in_string || g->arg_count ||
      g->assigned_to || f->fix_count)
    return;
  const psa_command *w = NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    if (!c->pipeline_input || c->pipeline_input->kind != PSA_V_COMMAND) continue;
    const psa_command *in = psa_value_cmd(c->pipeline_input);
    if (in == g) {
      if (w || !psa_command_is(c, "Where-Object")) return;
      w = c;
    } else if (w && in == w) {
      return;
    }
  }
  const psa_variable *var = w ? w->assigned_to : NULL;
  if (!var || var->assign_count != 1 || var->is_parameter || var->is_foreach || var->entry_count ||
      !S_where_exchange(ctx, w) || w->arg_count != 1 || !w->args[0].value ||
      w->args[0].value->kind != PSA_V_SCRIPTBLOCK)
    return;
  const psa_assignment *as = &var->assigns[0];
  if (as->span.end != w->span.end || !as->list.end || as->span.end > len) return;
  psa_span fs = w->args[0].value->span;
  size_t fn = fs.end - fs.start;
  static const char *const negations[] = {"-not", "-ne ", "!", "-isnot", NULL};
  for (int i = 0; negations[i]; i++)
    if (psa_find_ci(t + fs.start, fn, negations[i])) return;
  bool scc = psa_find_ci(t + fs.start, fn, "compliance") != NULL;
  if (!scc && !psa_find_ci(t + fs.start, fn, "outlook.")) return;
  psa_span reads[16];
  uint32_t n = psa_variable_reads(ctx->model, var, reads, 16);
  if (!n || n > 16 || n != var->ref_count) return;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t k = reads[i].end, b = reads[i].start;
    if (k + 6 <= len && !psa_strncasecmp(t + k, ".Count", 6)) {
      k += 6;
      while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
      if (!psa_has_prefix_ci(t + k, len - k, "-ge 1") && !psa_has_prefix_ci(t + k, len - k, "-gt 0") &&
          !psa_has_prefix_ci(t + k, len - k, "-eq 0") && !psa_has_prefix_ci(t + k, len - k, "-lt 1"))
        return;
      continue;
    }
    if (k < len && (t[k] == '.' || t[k] == '[')) return;
    while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    bool test = (k < len && t[k] == ')' && b > 0 && (t[b - 1] == '(' || t[b - 1] == '!')) ||
                psa_has_prefix_ci(t + k, len - k, "-ne $null") ||
                psa_has_prefix_ci(t + k, len - k, "-eq $null") ||
                (b >= 4 && !psa_strncasecmp(t + b - 4, "-not", 4)) ||
                (b >= 9 && !psa_strncasecmp(t + b - 9, "$null -ne", 9)) ||
                (b >= 9 && !psa_strncasecmp(t + b - 9, "$null -eq", 9));
    if (!test) return;
  }
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                    "Check the connection with Get-ConnectionInformation");
  psa_fix_add_edit(ctx, fx, (psa_span){g->span.start, w->span.end}, scc ? S_LIVE_SCC : S_LIVE_EXO);
}

static void S_check_get_pssession(psa_rule_ctx *ctx, const psa_rule *rule) {
  if (psa_rule_onprem_only(ctx)) return; /* Exchange Server keeps remote PowerShell */
  const psa_model *m = ctx->model;
  PSA_FOR_COMMANDS(ctx, g) {
    if (!psa_command_is(g, "Get-PSSession")) continue;
    /* ([Bool](Get-PSSession | ...) -Or [Bool](Get-ConnectionInformation)):
     * the check finds the REST connection already (review20 45) */
    bool ors = false;
    PSA_FOR_COMMANDS(ctx, c) {
      if (psa_command_is(c, "Get-ConnectionInformation") && S_inside(g->statement_span, c->span))
        ors = true;
    }
    if (ors) continue;
    S_pss found = {g, false, NULL, {0, 0}};
    found.why = S_get_exchange(ctx, g, &found.at);
    found.exchange = found.why != NULL;
    bool removed = false;
    /* filters and removals downstream of this call */
    PSA_FOR_COMMANDS(ctx, c) {
      S_pss via = {0};
      if (psa_command_is(c, "Remove-PSSession")) {
        if (S_pss_of(ctx, S_removed(c), &via, 0) && via.get == g) removed = true;
        continue;
      }
      if (found.exchange || !psa_command_is(c, "Where-Object") || !c->pipeline_input) continue;
      if (S_pss_of(ctx, c->pipeline_input, &via, 0) && via.get == g && S_where_exchange(ctx, c)) {
        found.exchange = true;
        found.why = "a filter on Exchange sessions";
        found.at = c->span;
      }
    }
    for (uint32_t i = 0; !found.exchange && i < m->call_count; i++) {
      const psa_value *w = m->calls[i];
      S_pss via = {0};
      if (w->kind == PSA_V_METHOD_CALL && psa_value_member(w) &&
          !psa_strcasecmp(psa_value_member(w), "Where") && w->item_count &&
          S_pss_of(ctx, w->base, &via, 0) && via.get == g &&
          S_text_names_exchange(ctx, w->items[0]->span)) {
        found.exchange = true;
        found.why = "a filter on Exchange sessions";
        found.at = w->span;
      }
    }
    /* $s = Get-PSSession; if ($s.ConfigurationName -ne "Microsoft.Exchange"
     * -or $s.State -ne "Opened") { connect } */
    psa_span cond = {0, 0};
    bool state = false;
    const char *test = !found.exchange && !removed ? S_member_guard(ctx, g, &cond, &state) : NULL;
    if (test) {
      found.exchange = true;
      found.why = "tests of the session's members";
      found.at = cond;
    }
    psa_span inl = {0, 0};
    bool neg = false;
    bool contains = !found.exchange && !removed && S_inline_contains(ctx, g, &inl, &neg);
    if (contains) {
      found.exchange = true;
      found.why = "a test of its ComputerName for an Exchange Online host";
      found.at = inl;
    }
    bool listing = !found.exchange && !removed && S_session_listing(ctx, g);
    if (listing) {
      found.exchange = true;
      found.why = "no filter (the file's only sessions are Exchange Online ones)";
      found.at = g->span;
    }
    if (!found.exchange || removed) continue; /* removals: PSA114 */
    psa_finding *f = psa_report(
        ctx, rule, g->span,
        "Get-PSSession with %s checks for an Exchange Online connection, but Get-PSSession does "
        "not return the REST connections of Connect-ExchangeOnline and Connect-IPPSSession "
        "(ExchangeOnlineManagement 3.0.0 and later), so the check never finds one; use "
        "Get-ConnectionInformation",
        found.why);
    if (psa_line_of(ctx, found.at.start) != psa_line_of(ctx, g->span.start))
      psa_finding_related(ctx, f, found.at, "the Exchange filter (line %u)",
                          psa_line_of(ctx, found.at.start));
    if (test && (S_rest_connect(ctx) || psa_plan_rps_all_migrate(ctx))) {
      /* a REST connection has no ConfigurationName: the members' test would
       * always say "not connected", so it tests the connection itself */
      psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                        "Check the connection with Get-ConnectionInformation");
      psa_fix_add_edit(ctx, fx, g->span,
                       state ? "Get-ConnectionInformation | Where-Object State -eq 'Connected'"
                             : "Get-ConnectionInformation");
      psa_fix_add_edit(ctx, fx, cond, test);
      continue;
    }
    if (contains && (S_rest_connect(ctx) || psa_plan_rps_all_migrate(ctx)) &&
        !S_check_of_kept_session(ctx, g)) {
      psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                        "Check the connection with Get-ConnectionInformation");
      /* if ((Get-PSSession).ComputerName -contains ...): the test's own
       * parentheses are enough */
      const char *t = ctx->src->text;
      uint32_t k = inl.end;
      while (k < ctx->src->text_len && (t[k] == ' ' || t[k] == '\t')) k++;
      bool own = inl.start > 0 && t[inl.start - 1] == '(' && k < ctx->src->text_len && t[k] == ')';
      psa_fix_add_edit(ctx, fx, inl,
                       neg ? "-not (Get-ConnectionInformation)"
                       : own ? "Get-ConnectionInformation"
                             : "(Get-ConnectionInformation)");
      continue;
    }
    if (listing && (S_rest_connect(ctx) || psa_plan_rps_all_migrate(ctx))) {
      psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                        "List the connection with Get-ConnectionInformation");
      psa_fix_add_edit(ctx, fx, g->span, "Get-ConnectionInformation");
      continue;
    }
    S_fix_pss_check(ctx, f, g);
    S_fix_pss_var_probe(ctx, f, g);
  }
}

/* The EXO V1 connection (Connect-EXOPSSession, New-ExoPSSession) when it is
 * the only thing in the file that opens PowerShell sessions, else NULL. */
/* A refused connection of this pass that opens Exchange Online PowerShell
 * sessions: an EXO V1 connection, or a remote session PSA101 reports (to a
 * Microsoft 365 endpoint, or with basic authentication to a host built at
 * run time: "...powershell-liveid?DelegatedOrg=" + $domain, review19 35).
 * Its sessions are what a Get-PSSession cleanup closes, so that cleanup
 * stays. NULL when there is none. */
static const psa_plan_entry *S_kept_exo_connection(const psa_rule_ctx *ctx) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (cmd->local_function) continue;
    S_session s;
    bool cloud = psa_command_is(cmd, "New-PSSession") && S_session_of(ctx, cmd, &s) &&
                 S_maybe_online(&s);
    bool v1 = !psa_strcasecmp(cmd->name ? cmd->name : "", "New-ExoPSSession") ||
              !psa_strcasecmp(cmd->name ? cmd->name : "", "Connect-EXOPSSession");
    if (!cloud && !v1) continue;
    const psa_plan_entry *e = psa_plan_refused_at(ctx, v1 ? "PSA110" : "PSA101", cmd->span);
    if (e) return e;
  }
  return NULL;
}

static const psa_command *S_v1_sessions_only(const psa_rule_ctx *ctx) {
  const psa_command *v1 = NULL;
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_session s;
    if (S_session_of(ctx, cmd, &s) || psa_command_is(cmd, "New-PSSession")) return NULL;
    if (cmd->local_function) continue;
    if (!psa_strcasecmp(cmd->name, "New-CsOnlineSession")) return NULL;
    if (!psa_strcasecmp(cmd->name, "New-ExoPSSession") ||
        !psa_strcasecmp(cmd->name, "Connect-EXOPSSession"))
      v1 = v1 ? v1 : cmd;
    if ((psa_command_is(cmd, "Connect-ExchangeOnline") || psa_command_is(cmd, "Connect-IPPSSession")) &&
        psa_command_arg(cmd, "UseRPSSession") && psa_command_switch(ctx->model, cmd, "UseRPSSession"))
      return NULL;
  }
  return v1;
}

/* "$s = Get-PSSession | Where-Object {...Exchange...}" whose variable is
 * read only to test it ($s -ne $null, if ($s)) and to remove it
 * ("$s | Remove-PSSession", "Remove-PSSession $s"), in a file that connects
 * with Connect-ExchangeOnline: the probe becomes Get-ConnectionInformation
 * and the removal Disconnect-ExchangeOnline, in one fix (either alone
 * would leave the other reading the wrong kind of object). With 'f' NULL,
 * only whether it would. */
static bool S_fix_session_var(psa_rule_ctx *ctx, psa_finding *f, const psa_command *rm,
                              const psa_command *get) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  const psa_value *v = S_removed(rm);
  const psa_variable *var = v ? psa_value_var(v) : NULL;
  if (!var || var->assign_count != 1 || var->is_parameter || var->is_foreach || rm->invoke_operator)
    return false;
  bool piped = rm->pipeline_input == v && rm->statement_span.start == v->span.start;
  bool alone = !rm->pipeline_input && rm->statement_span.start == rm->span.start;
  if (!(piped || alone) || rm->statement_span.end != rm->span.end) return false;
  /* the probe: Get-PSSession [| Where-Object {...}] as the whole value */
  const psa_command *last = get;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->pipeline_input && c->pipeline_input->kind == PSA_V_COMMAND &&
        psa_value_cmd(c->pipeline_input) == last) {
      if (last != get || !psa_command_is(c, "Where-Object") || !S_where_exchange(ctx, c)) return false;
      last = c;
    }
  }
  PSA_FOR_COMMANDS(ctx, c) {
    if (last != get && c->pipeline_input && c->pipeline_input->kind == PSA_V_COMMAND &&
        psa_value_cmd(c->pipeline_input) == last)
      return false;
  }
  psa_span probe_at;
  if (last->assigned_to != var || get->in_string ||
      (last == get && !S_get_exchange(ctx, get, &probe_at)))
    return false;
  for (uint32_t i = 0; i < get->arg_count; i++)
    if (last != get && get->args[i].via != PSA_BIND_DEFAULT) return false;
  const psa_assignment *as = &var->assigns[0];
  if (as->span.end != last->span.end || as->span.end > ctx->src->text_len) return false;
  /* every read tests the variable or is the removal */
  psa_span reads[16];
  uint32_t n = psa_variable_reads(m, var, reads, 16);
  if (n > 16 || n != var->ref_count) return false;
  /* the removal is the only read: the probe stays as it is, the removal
   * is the usual one */
  if (n == 1 && alone) return false;
  if (n == 1) {
    if (!f) return true;
    psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE, "Disconnect with Disconnect-ExchangeOnline");
    psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
    return true;
  }
  for (uint32_t i = 0; i < n; i++) {
    if (reads[i].start == v->span.start) continue;
    uint32_t k = reads[i].end;
    if (k >= ctx->src->text_len || t[k] == '.' || t[k] == '[') return false;
    while (k < ctx->src->text_len && (t[k] == ' ' || t[k] == '\t')) k++;
    uint32_t b = reads[i].start;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    bool test = (k < ctx->src->text_len && t[k] == ')' && b > 0 &&
                 (t[b - 1] == '(' || t[b - 1] == '!')) ||
                psa_has_prefix_ci(t + k, ctx->src->text_len - k, "-ne $null") ||
                psa_has_prefix_ci(t + k, ctx->src->text_len - k, "-eq $null") ||
                (b >= 4 && !psa_strncasecmp(t + b - 4, "-ne ", 4)) ||
                (b >= 4 && !psa_strncasecmp(t + b - 4, "-eq ", 4)) ||
                (b >= 4 && !psa_strncasecmp(t + b - 4, "-not", 4));
    if (!test) return false;
  }
  if (!f) return true;
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                    "Check the connection with Get-ConnectionInformation and "
                                    "disconnect with Disconnect-ExchangeOnline");
  psa_fix_add_edit(ctx, fx, (psa_span){get->span.start, last->span.end}, "Get-ConnectionInformation");
  psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
  return true;
}

/* Whether 'o' removes a remote PowerShell session the file opens to a
 * Microsoft 365 endpoint ("Remove-PSSession $Session"), which PSA101's
 * rewrite turns into Disconnect-ExchangeOnline. */
static bool S_removes_own_session(const psa_rule_ctx *ctx, const psa_command *o) {
  const psa_value *v = S_removed(o);
  const psa_value *prods[8];
  uint32_t n = v ? psa_value_producers(ctx->model, v, prods, 8) : 0;
  for (uint32_t i = 0; i < n && i < 8; i++) {
    S_session s;
    if (prods[i]->kind == PSA_V_COMMAND && S_session_of(ctx, psa_value_cmd(prods[i]), &s) && s.cloud)
      return true;
  }
  return false;
}

/* The disconnect that already runs next to 'rm' on the same straight line
 * of statements (before or after it): a Disconnect-ExchangeOnline, or the
 * removal of the file's own Exchange Online session that becomes one. Then
 * 'rm' (a removal by host) would only be a second disconnect. NULL when
 * there is none. */
static const psa_command *S_disconnect_beside(const psa_rule_ctx *ctx, const psa_command *rm) {
  const psa_model *m = ctx->model;
  PSA_FOR_COMMANDS(ctx, o) {
    if (o == rm || o->in_string || o->invoke_operator) continue;
    bool disc = psa_command_is(o, "Disconnect-ExchangeOnline");
    if (!disc && !(psa_command_is(o, "Remove-PSSession") && psa_plan_rps_all_migrate(ctx) &&
                   S_removes_own_session(ctx, o)))
      continue;
    bool before = o->span.end <= rm->span.start;
    if (before ? psa_plan_same_straight_line(m, ctx->src->text, ctx->src->text_len, o, rm)
               : psa_plan_same_straight_line(m, ctx->src->text, ctx->src->text_len, rm, o))
      return o;
  }
  return NULL;
}

/* A file that opens no session of its own but works with Exchange Online
 * (an Exchange cmdlet) or runs another script that may connect for it:
 * the command that says so, or NULL. */
static const psa_command *S_connected_elsewhere(const psa_rule_ctx *ctx) {
  const psa_command *script = psa_plan_script_call(ctx->model);
  if (script) return script;
  PSA_FOR_COMMANDS(ctx, c) {
    if (!c->local_function && !c->in_string && c->name && psa_exchange_cmdlet(c->name) &&
        !psa_command_is(c, "Connect-ExchangeOnline") && !psa_command_is(c, "Connect-IPPSSession") &&
        !psa_command_is(c, "Disconnect-ExchangeOnline") && !psa_command_is(c, "Get-ConnectionInformation"))
      return c;
  }
  return NULL;
}

static void S_check_remove_pssession(psa_rule_ctx *ctx, const psa_rule *rule) {
  if (psa_rule_onprem_only(ctx)) return;
  const psa_command *connect = S_rest_connect(ctx);
  /* EXO V1 sessions: PSA110 rewrites their connection to
   * Connect-ExchangeOnline, after which this cleanup closes nothing. Report
   * it now, so that scan shows what psauth fix will change (otherwise the
   * cleanup is only found on fix's second pass). */
  const psa_command *v1 = S_v1_sessions_only(ctx);
  if (v1 && !connect) connect = v1;
  const psa_command *disconnect = NULL;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (psa_command_is(cmd, "Disconnect-ExchangeOnline")) disconnect = cmd;
  }
  bool own_exchange = !v1 && S_opens_sessions(ctx, true);
  bool own_any = !v1 && S_opens_sessions(ctx, false);
  PSA_FOR_COMMANDS(ctx, rm) {
    if (!psa_command_is(rm, "Remove-PSSession")) continue;
    S_pss via = {0};
    if (!S_pss_of(ctx, S_removed(rm), &via, 0)) {
      /* Remove-PSSession -ComputerName outlook.office365.com: the Exchange
       * sessions by host, as the filters above select them */
      if (S_removed(rm) || psa_command_arg(rm, "Name") || psa_command_arg(rm, "Id") ||
          psa_command_arg(rm, "InstanceId"))
        continue;
      via.why = S_get_exchange(ctx, rm, &via.at);
      if (!via.why) continue;
      via.get = rm;
      via.exchange = true;
    }
    /* "$s = Get-PSSession | Where-Object {...}; $s | Remove-PSSession": the
     * variable's value is the filter's output */
    const psa_variable *rv = S_removed(rm) ? psa_value_var(S_removed(rm)) : NULL;
    bool waits_for_rps = false;
    if (!via.exchange && rv && via.get != rm) {
      PSA_FOR_COMMANDS(ctx, w) {
        if (w->assigned_to == rv && psa_command_is(w, "Where-Object") && w->pipeline_input &&
            w->pipeline_input->kind == PSA_V_COMMAND && psa_value_cmd(w->pipeline_input) == via.get &&
            S_where_exchange(ctx, w)) {
          via.exchange = true;
          via.why = "a filter on Exchange sessions";
          via.at = w->span;
        }
      }
    }
    /* Exchange sessions the file creates are PSA101's; every session,
     * only in a file that connects with the module and opens none. The
     * sessions of a host are nobody's use: they are reported once the
     * file's sessions become Connect-ExchangeOnline, in the pass PSA101
     * plans that (scan then reports what fix applies). */
    const psa_command *at = connect, *elsewhere = NULL;
    if (via.get == rm) {
      if (own_exchange && !psa_plan_rps_all_migrate(ctx)) continue;
      if (!at) {
        PSA_FOR_COMMANDS(ctx, c) {
          S_session cs;
          if (!at && S_session_of(ctx, c, &cs)) at = c;
        }
      }
      /* Remove-PSSession -ComputerName outlook.office365.com in a script
       * whose connection is made before it runs (by a connect script it
       * calls, or by the admin): remote PowerShell is disabled, so that
       * connection can only be Connect-ExchangeOnline now, which this
       * removal does not close */
      if (!at && !own_any) elsewhere = S_connected_elsewhere(ctx);
      if (!at && !elsewhere) continue;
    } else if (via.exchange ? own_exchange : (own_any || !connect)) {
      /* a probe of an earlier run's session, held in a variable, in a file
       * whose own sessions PSA101 rewrites in this pass: fixed with them,
       * so that scan shows what fix applies */
      if (!(via.exchange && own_exchange && !connect && rv && psa_plan_rps_all_migrate(ctx) &&
            S_fix_session_var(ctx, NULL, rm, via.get)))
        continue;
      waits_for_rps = true;
    }
    psa_finding *f;
    if (waits_for_rps)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the Exchange sessions that Get-PSSession finds (%s): once "
                     "the file's own sessions are Connect-ExchangeOnline (PSA101), whose REST "
                     "connection is not a PowerShell session, this closes nothing; use "
                     "Disconnect-ExchangeOnline -Confirm:$false",
                     via.why);
    else if (v1)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the EXO V1 sessions of %s on line %u: once that "
                     "connection is Connect-ExchangeOnline (PSA110), its REST connection is not a "
                     "PowerShell session and this closes nothing; use Disconnect-ExchangeOnline "
                     "-Confirm:$false",
                     v1->name, psa_line_of(ctx, v1->span.start));
    else if (via.get == rm && own_exchange)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the Exchange sessions by %s: once the session of line "
                     "%u is Connect-ExchangeOnline (PSA101), whose REST connection is not a "
                     "PowerShell session, this closes nothing; use Disconnect-ExchangeOnline "
                     "-Confirm:$false",
                     via.why, psa_line_of(ctx, at->span.start));
    else if (elsewhere)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the Exchange sessions by %s, opened %s: Exchange "
                     "Online remote PowerShell is disabled (" PSA_DATE_EXO_RPS_OFF "), so that "
                     "connection can only be Connect-ExchangeOnline, whose REST connection is not "
                     "a PowerShell session, and this closes nothing; use Disconnect-ExchangeOnline "
                     "-Confirm:$false",
                     via.why,
                     elsewhere == psa_plan_script_call(ctx->model)
                         ? psa_ctx_printf(ctx, "by the script run on line %u (which psauth does "
                                               "not see into)",
                                          psa_line_of(ctx, elsewhere->span.start))
                         : psa_ctx_printf(ctx, "before this script runs (it calls %s on line %u "
                                               "and opens no connection itself)",
                                          elsewhere->name, psa_line_of(ctx, elsewhere->span.start)));
    else if (via.get == rm)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the Exchange sessions by %s: the REST connections of "
                     "Connect-ExchangeOnline and Connect-IPPSSession (ExchangeOnlineManagement "
                     "3.0.0 and later) are not PowerShell sessions, so this closes nothing; use "
                     "Disconnect-ExchangeOnline -Confirm:$false",
                     via.why);
    else if (via.exchange)
      f = psa_report(ctx, rule, rm->span,
                     "Remove-PSSession of the Exchange sessions that Get-PSSession finds (%s): "
                     "the REST connections of Connect-ExchangeOnline and Connect-IPPSSession "
                     "(ExchangeOnlineManagement 3.0.0 and later) are not PowerShell sessions, so "
                     "this closes nothing; use Disconnect-ExchangeOnline -Confirm:$false",
                     via.why);
    else
      f = psa_report(ctx, rule, rm->span,
                     "Get-PSSession | Remove-PSSession after %s on line %u: its REST connection "
                     "is not a PowerShell session, so this does not close it; use "
                     "Disconnect-ExchangeOnline -Confirm:$false",
                     connect->name, psa_line_of(ctx, connect->span.start));
    if (via.exchange && !(via.at.start >= rm->statement_span.start && via.at.end <= rm->statement_span.end))
      psa_finding_related(ctx, f, via.at, "the Exchange sessions are selected here (line %u)",
                          psa_line_of(ctx, via.at.start));
    /* a removal by host beside a disconnect (one already written, or the
     * own session's removal PSA101 turns into one): it would be a second
     * Disconnect-ExchangeOnline, so it goes */
    const psa_command *twin = via.get == rm && !rm->invoke_operator &&
                                      rm->statement_span.start == rm->span.start &&
                                      rm->statement_span.end == rm->span.end
                                  ? S_disconnect_beside(ctx, rm)
                                  : NULL;
    if (twin && !S_kept_exo_connection(ctx)) {
      if (twin != disconnect)
        psa_finding_related(ctx, f, twin->span, "this removal becomes Disconnect-ExchangeOnline (line %u)",
                            psa_line_of(ctx, twin->span.start));
      else
        psa_finding_related(ctx, f, twin->span, "Disconnect-ExchangeOnline is already called here");
      psa_fix *fx = psa_finding_add_fix(ctx, f, twin == disconnect ? PSA_FIX_SAFE : PSA_FIX_UNSAFE,
                                        "Remove it: Disconnect-ExchangeOnline already closes the connection");
      psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, rm->statement_span), "");
      continue;
    }
    /* a cleanup before the connection (of the connections a previous run
     * left) is no duplicate of the disconnect at the end */
    if (disconnect && !(at && rm->span.end <= at->span.start)) {
      psa_finding_related(ctx, f, disconnect->span, "Disconnect-ExchangeOnline is already called here");
      continue;
    }
    /* the whole statement is the Get-PSSession ... | Remove-PSSession
     * pipeline, or Remove-PSSession alone */
    bool pipeline = rm->statement_span.start == via.get->span.start &&
                    rm->statement_span.end == rm->span.end && !via.get->assigned_to;
    bool alone = rm->statement_span.start == rm->span.start && rm->statement_span.end == rm->span.end &&
                 !rm->pipeline_input;
    if (!pipeline && via.get != rm && S_fix_session_var(ctx, f, rm, via.get)) continue;
    if (rm->invoke_operator || !(pipeline || alone)) continue;
    /* removing every session also closed sessions of other servers the
     * caller opened: then the rewrite changes behaviour */
    /* ... and so did one that waits for PSA101's (unsafe) rewrite, or for
     * the connect script it runs */
    bool waits = via.get == rm && (own_exchange || elsewhere);
    /* an Exchange Online remote PowerShell or EXO V1 connection this pass
     * leaves as it is still opens the PowerShell sessions this removal
     * closes; Disconnect-ExchangeOnline would leave them open */
    const psa_plan_entry *kept = S_kept_exo_connection(ctx);
    if (kept) {
      psa_plan_refuse(ctx, rule, rm->span, rm->name,
                      psa_ctx_printf(ctx,
                                     "the Exchange Online connection on line %u stays (see its "
                                     "refusal), and its PowerShell sessions are what this closes",
                                     psa_line_of(ctx, kept->span.start)));
      continue;
    }
    psa_fix *fx = psa_finding_add_fix(ctx, f, via.exchange && !waits ? PSA_FIX_SAFE : PSA_FIX_UNSAFE,
                                      "Disconnect with Disconnect-ExchangeOnline");
    psa_fix_add_edit(ctx, fx, rm->statement_span, "Disconnect-ExchangeOnline -Confirm:$false");
    if (elsewhere && elsewhere != psa_plan_script_call(ctx->model))
      psa_plan_rewrite(ctx, rule, rm->span, rm->name, "Disconnect-ExchangeOnline -Confirm:$false",
                       psa_ctx_printf(ctx,
                                      "the script opens no connection and calls %s on line %u, "
                                      "so it runs after an Exchange Online connection made "
                                      "before it: remote PowerShell is disabled, so that "
                                      "connection is Connect-ExchangeOnline, which this removal "
                                      "does not close",
                                      elsewhere->name, psa_line_of(ctx, elsewhere->span.start)));
    else if (elsewhere)
      psa_plan_rewrite(ctx, rule, rm->span, rm->name, "Disconnect-ExchangeOnline -Confirm:$false",
                       psa_ctx_printf(ctx,
                                      "the Exchange Online connection is made by the script run "
                                      "on line %u, which psauth does not see into: remote "
                                      "PowerShell is disabled, so that script must connect with "
                                      "Connect-ExchangeOnline (migrate it too), and then this "
                                      "removal closes nothing",
                                      psa_line_of(ctx, elsewhere->span.start)));
  }
}

/* ---- PSA115: -ConnectionUri with the default endpoint ------------------ */

static void S_check_default_uri(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    bool exo = psa_command_is(cmd, "Connect-ExchangeOnline");
    if (!exo && !psa_command_is(cmd, "Connect-IPPSSession")) continue;
    const psa_arg *a = psa_command_arg(cmd, "ConnectionUri");
    const char *uri = a && a->value ? psa_value_string(ctx->model, a->value) : NULL;
    if (!uri) continue;
    /* the defaults (catalogue 1.1); a query string (?DelegatedOrg=) makes
     * it another address */
    const char *def = exo ? PSA_URI_EXO_DEFAULT : PSA_URI_SCC_DEFAULT;
    size_t n = strlen(uri), dn = strlen(def);
    if (n && uri[n - 1] == '/') n--;
    if (n != dn || psa_strncasecmp(uri, def, dn)) continue;
    psa_finding *f = psa_report(
        ctx, rule, a->via == PSA_BIND_NAMED ? a->span : cmd->span,
        "%s -ConnectionUri %s/ names the default endpoint; remove the parameter", cmd->name, def);
    if (a->via != PSA_BIND_NAMED) {
      psa_finding_related(ctx, f, a->span, "-ConnectionUri given here");
      continue;
    }
    if (a->span.start < cmd->span.start || a->span.end > cmd->span.end) continue;
    psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_SAFE, "Remove the default -ConnectionUri");
    psa_fix_add_edit(ctx, fx, psa_fix_argument_span(ctx, a->span), "");
  }
}

static const char *const S_needles_rps[] = {"new-pssession", "nsn", "microsoft.exchange", NULL};
static const char *const S_needles_use[] = {"pssession", "invoke-command", "icm", "ipsn", "etsn", NULL};
static const char *const S_needles_basic[] = {"basic", NULL};
static const char *const S_needles_winrm[] = {"basic", NULL};
static const char *const S_needles_v1[] = {"exopssession", "exopowershellmodule", NULL};
static const char *const S_needles_rpsswitch[] = {"userps", NULL};
static const char *const S_needles_module[] = {"exchangeonlinemanagement", NULL};
static const char *const S_needles_getpss[] = {"get-pssession", "gsn", NULL};
static const char *const S_needles_rmpss[] = {"remove-pssession", "rsn", NULL};
static const char *const S_needles_uri[] = {"powershell-liveid", NULL};

static const psa_rule S_rps = {
    "PSA101", "exo-remote-powershell", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_ERROR,
    "New-PSSession to Exchange Online, Security & Compliance or EOP remote PowerShell",
    "Remote PowerShell disabled for all tenants " PSA_DATE_EXO_RPS_OFF "; basic auth off from January 2023",
    S_needles_rps, S_check_rps};
static const psa_rule S_onprem = {
    "PSA102", "exchange-onprem-session", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_INFO,
    "Remote PowerShell session to an Exchange server that is not Exchange Online", NULL,
    S_needles_rps, S_check_onprem};
static const psa_rule S_use = {
    "PSA103", "exo-session-use", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_ERROR,
    "Import-PSSession, Invoke-Command or Enter-PSSession on an Exchange Online remote PowerShell session",
    "Remote PowerShell disabled for all tenants " PSA_DATE_EXO_RPS_OFF, S_needles_use, S_check_session_use};
static const psa_rule S_basic = {
    "PSA104", "remoting-basic-auth", PSA_KIND_BASIC_AUTH_FLAG, PSA_SEV_WARNING,
    "-Authentication Basic on a PowerShell remoting cmdlet", NULL, S_needles_basic,
    S_check_basic_flag};
static const psa_rule S_winrm = {
    "PSA105", "winrm-basic-enabled", PSA_KIND_BASIC_AUTH_FLAG, PSA_SEV_WARNING,
    "Enables WinRM client basic authentication", NULL, S_needles_winrm, S_check_winrm};
static const psa_rule S_v1 = {
    "PSA110", "exo-v1-module", PSA_KIND_EXO_V1, PSA_SEV_ERROR,
    "Exchange Online Remote PowerShell Module (EXO V1): Connect-EXOPSSession, New-ExoPSSession, "
    "the ClickOnce loader",
    "Support ended " PSA_DATE_EXO_V1_SUPPORT_END "; connections impossible since " PSA_DATE_EXO_V1_CONNECT_END, S_needles_v1,
    S_check_v1};
static const psa_rule S_rpsswitch = {
    "PSA111", "exo-use-rps-session", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_ERROR,
    "Connect-ExchangeOnline / Connect-IPPSSession -UseRPSSession",
    "Remote PowerShell disabled " PSA_DATE_EXO_RPS_OFF "; switch deprecated in module 3.9.2",
    S_needles_rpsswitch, S_check_rps_switch};
static const psa_rule S_module = {
    "PSA112", "exo-module-before-v3", PSA_KIND_LEGACY_MODULE, PSA_SEV_ERROR,
    "ExchangeOnlineManagement pinned below version 3.0.0 (Install/Import/Update-Module or #Requires)",
    "Versions before 3.0.0 depend on remote PowerShell, disabled " PSA_DATE_EXO_RPS_OFF,
    S_needles_module, S_check_old_module};

static const psa_rule S_getpss = {
    "PSA113", "exo-get-pssession-check", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_WARNING,
    "Get-PSSession used to find an Exchange Online connection (Microsoft.Exchange, an Exchange "
    "Online host, an Exchange cmdlet's RunspaceId)",
    NULL, S_needles_getpss, S_check_get_pssession};
static const psa_rule S_rmpss = {
    "PSA114", "exo-remove-pssession", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_INFO,
    "Remove-PSSession meant to close an Exchange Online connection the file does not open as a "
    "session",
    NULL, S_needles_rmpss, S_check_remove_pssession};
static const psa_rule S_default_uri = {
    "PSA115", "exo-default-connection-uri", PSA_KIND_LEGACY_EXO_RPS, PSA_SEV_INFO,
    "Connect-ExchangeOnline / Connect-IPPSSession -ConnectionUri with the default endpoint",
    NULL, S_needles_uri, S_check_default_uri};

const psa_rule *const psa_rules_exchange[] = {&S_rps,    &S_onprem, &S_use,       &S_basic,
                                              &S_winrm,  &S_v1,     &S_rpsswitch, &S_module,
                                              &S_getpss, &S_rmpss,  &S_default_uri, NULL};

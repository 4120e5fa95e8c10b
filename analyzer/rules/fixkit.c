/* Building blocks for fixes shared by the rule families: statement
 * deletion that keeps the surrounding lines intact, the certificate-based
 * connection line with the tenant values, and the one-time declaration of
 * tenant variables near the top of the script. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/context.h"
#include "rules/graph_migrate.h"
#include "rules/plan.h"
#include "rules/rules.h"

psa_span psa_fix_statement_span(const psa_rule_ctx *ctx, psa_span stmt) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  uint32_t s = stmt.start, e = stmt.end;
  if (e > n || s > e) return stmt; /* another file's span: the edit is dropped later */
  uint32_t ls = s;
  while (ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '\t')) ls--;
  bool line_start = ls == 0 || t[ls - 1] == '\n' || t[ls - 1] == '\r';
  uint32_t le = e;
  while (le < n && (t[le] == ' ' || t[le] == '\t')) le++;
  if (le < n && t[le] == ';') {
    le++;
    while (le < n && (t[le] == ' ' || t[le] == '\t')) le++;
  }
  bool line_end = le == n || t[le] == '\n' || t[le] == '\r';
  if (line_start && line_end) {
    /* the statement owns its lines: take the line break too */
    if (le < n && t[le] == '\r') le++;
    if (le < n && t[le] == '\n') le++;
    return (psa_span){ls, le};
  }
  if (le < n && t[e] == ';') e++;
  return (psa_span){s, e};
}

psa_span psa_fix_argument_span(const psa_rule_ctx *ctx, psa_span arg) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  uint32_t s = arg.start;
  while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\t')) s--;
  /* "    -Param value `" alone on a continued line: the line goes, so no
   * line is left holding only a backtick */
  if (s == 0 || t[s - 1] == '\n') {
    uint32_t q = arg.end;
    while (q < n && (t[q] == ' ' || t[q] == '\t')) q++;
    if (q < n && t[q] == '`') {
      q++;
      if (q < n && t[q] == '\r') q++;
      if (q < n && t[q] == '\n') return (psa_span){s, q + 1};
    }
    /* the command's last line: the continuation backtick ending the line
     * before goes with it, so none is left dangling before a blank line */
    uint32_t p = s;
    if (p > 0 && t[p - 1] == '\n') p--;
    if (p > 0 && t[p - 1] == '\r') p--;
    uint32_t tick = p;
    while (tick > 0 && (t[tick - 1] == ' ' || t[tick - 1] == '\t')) tick--;
    if (tick > 0 && t[tick - 1] == '`' && (tick < 2 || t[tick - 2] != '`')) {
      uint32_t b = tick - 1;
      while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
      if (b > 0 && t[b - 1] != '\n' && t[b - 1] != '\r') return (psa_span){b, arg.end};
    }
  }
  return (psa_span){s, arg.end};
}

const char *psa_ctx_quote(psa_rule_ctx *ctx, const char *v) {
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_putc(&b, '\'');
  for (const char *p = v; *p; p++) {
    if (*p == '\'') psa_buf_putc(&b, '\'');
    psa_buf_putc(&b, *p);
  }
  psa_buf_putc(&b, '\'');
  char *r = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return r;
}

/* A variable the script already assigns (e.g. from an earlier psauth fix). */
static bool S_assigned(const psa_rule_ctx *ctx, const char *name) {
  psa_variable *v = psa_model_variable(ctx->model, ctx->model->script, name);
  return v && v->assign_count > 0;
}

/* The script's own tenant: the one script-level variable assigned once,
 * before the first connection, a value whose text ends in
 * ".onmicrosoft.com" and names no user ('@') ($fullDomain = "devcmp" + $n +
 * ".onmicrosoft.com",
 * $tenant = 'contoso.onmicrosoft.com'); NULL when there is none or several
 * (a source and a target tenant are the planner's business). */
static const char *S_script_tenant(psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t first_connect = UINT32_MAX;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !c->name) continue;
    if ((psa_command_is(c, "New-PSSession") || !psa_strncasecmp(c->name, "Connect-", 8)) &&
        c->span.start < first_connect)
      first_connect = c->span.start;
  }
  const psa_variable *found = NULL;
  for (const psa_variable *v = m->script->vars; v; v = v->next) {
    if (v->is_parameter || v->is_foreach || v->assign_count != 1 || !v->name) continue;
    const psa_assignment *a = &v->assigns[0];
    const psa_value *val = a->value;
    if (!val || (val->kind != PSA_V_STRING && val->kind != PSA_V_INTERP) || a->append ||
        val->span.end > ctx->src->text_len || val->span.end <= val->span.start)
      continue;
    uint32_t e = val->span.end;
    while (e > val->span.start && (t[e - 1] == '"' || t[e - 1] == '\'' || t[e - 1] == ' ')) e--;
    static const char suffix[] = ".onmicrosoft.com";
    uint32_t n = sizeof(suffix) - 1;
    if (e - val->span.start < n || psa_strncasecmp(t + e - n, suffix, n)) continue;
    /* a user name (admin@contoso.onmicrosoft.com) is not the tenant */
    if (memchr(t + val->span.start, '@', e - val->span.start)) continue;
    if (a->span.start >= first_connect) continue;
    /* and it has run wherever the script connects (not set in a branch or
     * a function of its own) */
    bool reaches = true;
    PSA_FOR_COMMANDS(ctx, c) {
      if (c->in_string || !c->name || !reaches) continue;
      if (psa_command_is(c, "New-PSSession") || !psa_strncasecmp(c->name, "Connect-", 8))
        reaches = psa_plan_runs_before(m, t, ctx->src->text_len, a->span, v->scope, c);
    }
    if (!reaches) continue;
    if (found) return NULL;
    found = v;
  }
  return found ? psa_ctx_printf(ctx, "$%s", found->name) : NULL;
}

const char *psa_fix_tenant_value(psa_rule_ctx *ctx, psa_tenant_field f) {
  const psa_tenant *t = ctx->tenant;
  const char *own = NULL;
  switch (f) {
    case PSA_TENANT_APP_ID: return t->app_id ? psa_ctx_quote(ctx, t->app_id) : "$ExoAppId";
    case PSA_TENANT_ORGANIZATION:
      /* the script's own value first: configured values are the fallback */
      own = S_script_tenant(ctx);
      if (own) return own;
      return t->organization ? psa_ctx_quote(ctx, t->organization) : "$ExoOrganization";
    case PSA_TENANT_THUMBPRINT:
      return t->certificate_thumbprint ? psa_ctx_quote(ctx, t->certificate_thumbprint)
                                       : "$ExoCertificateThumbprint";
  }
  return "";
}

const char *psa_fix_splat_ref(psa_rule_ctx *ctx, const psa_command *cmd, const psa_arg *a) {
  if (!a || a->via != PSA_BIND_SPLAT || cmd->span.end > ctx->src->text_len) return NULL;
  const char *t = ctx->src->text;
  psa_span key = a->param_span;
  if (key.end <= key.start || key.end - key.start >= 64 || key.end > ctx->src->text_len)
    return NULL;
  for (uint32_t q = key.start; q < key.end; q++)
    if (!isalnum((unsigned char)t[q]) && t[q] != '_') return NULL;
  /* the splat token: '@' after a blank, then a variable name; exactly one */
  const char *name = NULL;
  uint32_t n = 0;
  for (uint32_t q = cmd->span.start + 1; q < cmd->span.end; q++) {
    if (t[q] != '@' || (t[q - 1] != ' ' && t[q - 1] != '\t')) continue;
    uint32_t k = 0;
    while (q + 1 + k < cmd->span.end && (isalnum((unsigned char)t[q + 1 + k]) || t[q + 1 + k] == '_'))
      k++;
    if (!k) continue;
    if (name) return NULL; /* two splats: which one holds the key is not known here */
    name = t + q + 1;
    n = k;
  }
  if (!name) return NULL;
  return psa_ctx_printf(ctx, "$%.*s.%.*s", (int)n, name, (int)(key.end - key.start), t + key.start);
}

const char *psa_fix_cert_params(psa_rule_ctx *ctx, const char *app_param, const char *org_param,
                                const char *thumb_param) {
  const psa_tenant *t = ctx->tenant;
  if (t->managed_identity && !strcmp(app_param, "-AppId"))
    return psa_ctx_printf(ctx, "-ManagedIdentity %s %s", org_param,
                          psa_fix_tenant_value(ctx, PSA_TENANT_ORGANIZATION));
  if (t->certificate_path && !strcmp(app_param, "-AppId"))
    return psa_ctx_printf(ctx, "-CertificateFilePath %s -AppId %s %s %s",
                          psa_ctx_quote(ctx, t->certificate_path),
                          psa_fix_tenant_value(ctx, PSA_TENANT_APP_ID), org_param,
                          psa_fix_tenant_value(ctx, PSA_TENANT_ORGANIZATION));
  return psa_ctx_printf(ctx, "%s %s %s %s %s %s", thumb_param,
                        psa_fix_tenant_value(ctx, PSA_TENANT_THUMBPRINT), app_param,
                        psa_fix_tenant_value(ctx, PSA_TENANT_APP_ID), org_param,
                        psa_fix_tenant_value(ctx, PSA_TENANT_ORGANIZATION));
}

static bool S_fix_reads(const psa_fix *fx, const char *var) {
  size_t n = strlen(var);
  for (uint32_t e = 0; e < fx->edit_count; e++)
    for (const char *p = fx->edits[e].replacement; (p = psa_find_ci(p, strlen(p), var)); p += n) {
      char c = p[n];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
        return true;
    }
  return false;
}

void psa_fix_declare_tenant(psa_rule_ctx *ctx, psa_fix *fx) { psa_fix_declare_tenant_as(ctx, fx, NULL, NULL); }

/* When the script's first statement is a named block (begin, process, end,
 * dynamicparam: "BEGIN {"), moves *at to the start of the line after its
 * '{' and returns the indentation of that block's first line ("" when the
 * block's body starts on the brace's line, where *at is after the brace
 * and a line break is written); NULL when the script has no named blocks. */
static const char *S_named_block_body(psa_rule_ctx *ctx, uint32_t *at) {
  static const char *const names[] = {"begin", "process", "end", "dynamicparam", NULL};
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len, p = ctx->model->first_statement;
  if (p >= n) return NULL;
  size_t len = 0;
  for (int k = 0; names[k] && !len; k++) {
    size_t kl = strlen(names[k]);
    if (p + kl <= n && !psa_strncasecmp(t + p, names[k], kl) &&
        (p + kl == n || !(isalnum((unsigned char)t[p + kl]) || t[p + kl] == '_' || t[p + kl] == '-')))
      len = kl;
  }
  if (!len) return NULL;
  uint32_t q = p + (uint32_t)len;
  while (q < n && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r' || t[q] == '\n')) q++;
  if (q >= n || t[q] != '{') return NULL;
  q++;
  uint32_t e = q;
  while (e < n && (t[e] == ' ' || t[e] == '\t')) e++;
  if (e < n && t[e] == '\r') e++;
  if (e < n && t[e] == '\n') {
    /* the body starts on the next line: take that line's indentation */
    uint32_t ls = e + 1, ie = ls;
    while (ie < n && (t[ie] == ' ' || t[ie] == '\t')) ie++;
    *at = ls;
    return psa_ctx_printf(ctx, "%.*s", (int)(ie - ls), t + ls);
  }
  *at = q;
  return "";
}

/* Where the declaration block of the placeholders goes: before the first
 * statement (and the comment lines directly above it), or first in the
 * script's first named block; *indent is that block's indentation (NULL
 * when the script has no named blocks). */
uint32_t psa_fix_header_at(psa_rule_ctx *ctx, const char **indent) {
  uint32_t at = ctx->model->first_statement;
  const char *t0 = ctx->src->text;
  /* keep a comment that introduces the first statement next to it: go back
   * over '#' lines directly above (no blank line between) */
  for (;;) {
    uint32_t ls = at;
    while (ls > 0 && t0[ls - 1] != '\n') ls--;
    if (ls != at && ls + 0 < at) {
      /* 'at' is not at a line start: stop */
      bool blank = true;
      for (uint32_t i = ls; i < at; i++)
        if (t0[i] != ' ' && t0[i] != '\t') blank = false;
      if (!blank) break;
      at = ls;
    }
    if (at == 0) break;
    uint32_t pe = at - 1; /* the previous line's break */
    uint32_t ps = pe;
    while (ps > 0 && t0[ps - 1] != '\n') ps--;
    uint32_t k = ps;
    while (k < pe && (t0[k] == ' ' || t0[k] == '\t')) k++;
    if (k < pe && t0[k] == '#' && !(k + 1 < pe && t0[k + 1] == '>'))
      at = ps;
    else
      break;
  }
  /* a script of named blocks (param() then begin {...} process {...}): a
   * statement before the first block makes PowerShell read the block
   * names as commands, so the declarations go first in that block */
  *indent = S_named_block_body(ctx, &at);
  return at;
}

void psa_fix_declare_tenant_as(psa_rule_ctx *ctx, psa_fix *fx, const char *prefix, const char *all) {
  /* exactly the variables the fix's replacements read: no rewrite reads a
   * variable that is not declared, and none is declared for nothing */
  const char *px = prefix ? prefix : "Exo";
  const char *app = psa_ctx_printf(ctx, "%sAppId", px);
  const char *org = psa_ctx_printf(ctx, "%sOrganization", px);
  const char *thb = psa_ctx_printf(ctx, "%sCertificateThumbprint", px);
  bool need_app = S_fix_reads(fx, psa_ctx_printf(ctx, "$%s", app)) && !S_assigned(ctx, app);
  bool need_org = S_fix_reads(fx, psa_ctx_printf(ctx, "$%s", org)) && !S_assigned(ctx, org);
  bool need_thumb = S_fix_reads(fx, psa_ctx_printf(ctx, "$%s", thb)) && !S_assigned(ctx, thb);
  if (!need_app && !need_org && !need_thumb) return;
  psa_buf b;
  psa_buf_init(&b);
  const char *t0 = ctx->src->text;
  const char *block_indent = NULL;
  uint32_t at = psa_fix_header_at(ctx, &block_indent);
  if (at > 0 && t0[at - 1] != '\n' && t0[at - 1] != '\r') psa_buf_putc(&b, '\n');
  if (prefix) {
    /* one block for every tenant (the same edit in each tenant's rewrite) */
    psa_buf_puts(&b,
                 "# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.\n"
                 "# The script signs in to several tenants: each has its own app registration and\n"
                 "# certificate; the placeholders fail until they are filled in.\n");
    for (const char *p = all && *all ? all + 1 : ""; *p;) {
      size_t k = strcspn(p, ",");
      if (need_app) psa_buf_printf(&b, "$%.*sAppId = '<app-id>'\n", (int)k, p);
      if (need_org) psa_buf_printf(&b, "$%.*sOrganization = '<tenant>.onmicrosoft.com'\n", (int)k, p);
      if (need_thumb)
        psa_buf_printf(&b, "$%.*sCertificateThumbprint = '<certificate-thumbprint>'\n", (int)k, p);
      p += k;
      while (*p == ',') p++;
    }
    need_app = need_org = need_thumb = false;
  } else if (need_thumb)
    psa_buf_puts(&b,
                 "# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.\n"
                 "# Fill in your Entra ID app registration and its certificate (the app needs the\n"
                 "# permissions of each service it connects to); the placeholders fail until then.\n");
  else
    psa_buf_puts(&b,
                 "# TODO(psauth): the Entra ID app registration and tenant of the rewritten\n"
                 "# connections (the app needs the permissions of each service it connects to);\n"
                 "# the placeholders fail until they are filled in.\n");
  if (need_app) psa_buf_printf(&b, "$%s = '<app-id>'\n", app);
  if (need_org) psa_buf_printf(&b, "$%s = '<tenant>.onmicrosoft.com'\n", org);
  if (need_thumb) psa_buf_printf(&b, "$%s = '<certificate-thumbprint>'\n", thb);
  psa_buf_putc(&b, '\n');
  if (block_indent && *block_indent) {
    /* each line with the block's indentation */
    psa_buf ind;
    psa_buf_init(&ind);
    for (const char *l = b.data; *l;) {
      size_t k = strcspn(l, "\n");
      if (k) psa_buf_printf(&ind, "%s%.*s", block_indent, (int)k, l);
      if (l[k] == '\n') psa_buf_putc(&ind, '\n');
      l += k + (l[k] == '\n');
    }
    psa_fix_add_edit(ctx, fx, (psa_span){at, at}, ind.data);
    psa_buf_free(&ind);
  } else {
    psa_fix_add_edit(ctx, fx, (psa_span){at, at}, b.data);
  }
  psa_buf_free(&b);
}

/* Leading white space of the line holding 'offset'. */
const char *psa_fix_indent(psa_rule_ctx *ctx, uint32_t offset) {
  const char *t = ctx->src->text;
  uint32_t s = offset;
  if (s > ctx->src->text_len) return "";
  while (s > 0 && t[s - 1] != '\n' && t[s - 1] != '\r') s--;
  uint32_t e = s;
  while (e < offset && (t[e] == ' ' || t[e] == '\t')) e++;
  return psa_ctx_printf(ctx, "%.*s", (int)(e - s), t + s);
}


/* Whether the line above the line starting at 'at' is a '#' comment line
 * of its own (not the '#>' closing a block comment, not #requires); its
 * start in *start, its first '#' in *hash and its end (before '\n') in
 * *end. */
bool psa_comment_line_above(const char *t, uint32_t at, uint32_t *start, uint32_t *hash,
                            uint32_t *end) {
  if (at == 0) return false;
  uint32_t pe = at - 1, ps = pe;
  while (ps > 0 && t[ps - 1] != '\n') ps--;
  uint32_t k = ps;
  while (k < pe && (t[k] == ' ' || t[k] == '\t')) k++;
  if (k >= pe || t[k] != '#' || (k + 1 < pe && t[k + 1] == '>') ||
      psa_has_prefix_ci(t + k, pe - k, "#requires"))
    return false;
  *start = ps;
  *hash = k;
  *end = pe;
  return true;
}

/* A deleted statement's whole lines, with the comment lines directly above
 * it when they can only have described it: the line below is blank, the
 * end of the file, or deleted by the same fix. */
static const char *const S_credential_words[] = {"cred", "password", "passwd", "pwd",
                                                 "secure string", "securestring", "secret",
                                                 "username", "user name", "key vault", NULL};

static psa_span S_with_comment_about(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp,
                                     const char *const *words);

static psa_span S_with_comment(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp) {
  return S_with_comment_about(ctx, fx, sp, S_credential_words);
}

static psa_span S_comment_above(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp,
                                const char *const *words, bool below_must_be_free);

static psa_span S_with_comment_about(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp,
                                     const char *const *words) {
  return S_comment_above(ctx, fx, sp, words, true);
}

/* The comment lines right above a deleted credential statement that the
 * code below it follows directly ("# Pull credential from Automation
 * assets" over "$cred = Get-AutomationPSCredential ..." over the rewritten
 * connection): they go with it when every line of the run (up to a blank
 * or code line) names what was removed and none speaks of the connection
 * the lines below still make. */
static psa_span S_comment_naming_removed(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp) {
  static const char *const removed[] = {"credential", "password", "passwd", "username",
                                        "user name", "secure string", "securestring",
                                        "key file", "automation asset", NULL};
  static const char *const connection[] = {"connect", "sign in", "sign-in", "signin", "log in",
                                           "login", "logon", "log on", "session",
                                           "authenticat", NULL};
  const char *t = ctx->src->text;
  uint32_t start = sp.start, ps, k, pe;
  while (psa_comment_line_above(t, start, &ps, &k, &pe)) {
    bool names = false, conn = false;
    for (int w = 0; removed[w] && !names; w++) names = psa_find_ci(t + k, pe - k, removed[w]) != NULL;
    for (int w = 0; connection[w] && !conn; w++) conn = psa_find_ci(t + k, pe - k, connection[w]) != NULL;
    if (!names || conn) return sp;
    start = ps;
  }
  /* the run ends at a blank or code line, not in a <# #> block; the
   * file's first lines are its header ("# Tenant inventory, unattended
   * (password from a file)"), about the whole script */
  if (start == sp.start) return sp;
  if (start == 0) return sp;
  {
    uint32_t ae = start - 1, as = ae;
    while (as > 0 && t[as - 1] != '\n') as--;
    uint32_t q = as;
    while (q < ae && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r')) q++;
    if (q < ae && t[q] == '#') return sp;
  }
  for (uint32_t e = 0; e < fx->edit_count; e++)
    if (fx->edits[e].range.start < sp.start && fx->edits[e].range.end > start) return sp;
  return (psa_span){start, sp.end};
}

static psa_span S_comment_above(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp,
                                const char *const *words, bool below_must_be_free) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  if (sp.end > n || (sp.start > 0 && t[sp.start - 1] != '\n') || (sp.end > 0 && t[sp.end - 1] != '\n'))
    return sp;
  /* past the deletions of this fix that follow directly */
  uint32_t below = sp.end;
  for (bool moved = true; moved;) {
    moved = false;
    for (uint32_t e = 0; e < fx->edit_count; e++)
      if (fx->edits[e].range.start == below && fx->edits[e].range.end > below &&
          !*fx->edits[e].replacement) {
        below = fx->edits[e].range.end;
        moved = true;
      }
  }
  bool below_free = below >= n;
  if (!below_free) {
    uint32_t k = below;
    while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
    below_free = k == n || t[k] == '\n';
  }
  if (!below_free && below_must_be_free) {
    if (words != S_credential_words) return sp;
    return S_comment_naming_removed(ctx, fx, sp);
  }
  uint32_t start = sp.start, ps, k, pe;
  while (psa_comment_line_above(t, start, &ps, &k, &pe)) {
    /* only comments about the credential ("# get the password from the
     * vault"), not a header that happens to stand above it */
    bool about = false;
    for (int w = 0; words[w] && !about; w++) about = psa_find_ci(t + k, pe - k, words[w]) != NULL;
    if (!about) break;
    start = ps;
  }
  /* the comment must not be where another edit of the fix is */
  for (uint32_t e = 0; e < fx->edit_count; e++)
    if (fx->edits[e].range.start < sp.start && fx->edits[e].range.end > start) return sp;
  return (psa_span){start, sp.end};
}

uint32_t psa_fix_comment_naming_removed(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span stmt) {
  const char *t = ctx->src->text;
  uint32_t ls = stmt.start;
  while (ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '\t')) ls--;
  if (ls > 0 && t[ls - 1] != '\n') return stmt.start;
  return S_comment_naming_removed(ctx, fx, (psa_span){ls, stmt.end}).start;
}

psa_span psa_fix_span_with_comment_about(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp,
                                         const char *const *words) {
  return S_with_comment_about(ctx, fx, sp, words);
}

/* A statement with the comment that ends its line ("$pw = ... # the
 * password"): the comment was about it and would be left dangling. */
static psa_span S_with_line_comment(const psa_rule_ctx *ctx, psa_span stmt) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len, k = stmt.end;
  if (k > n) return stmt;
  while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
  if (k >= n || t[k] != '#') return stmt;
  while (k < n && t[k] != '\n' && t[k] != '\r') k++;
  return (psa_span){stmt.start, k};
}

psa_span psa_fix_if_alone(const psa_rule_ctx *ctx, psa_span stmt) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  const psa_block *in = NULL; /* the innermost clause holding the statement */
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->body.end > ctx->src->text_len || stmt.start < b->body.start || stmt.end > b->body.end)
      continue;
    if (!in || (b->body.start >= in->body.start && b->body.end <= in->body.end)) in = b;
  }
  /* an if clause with no elseif or else after it */
  if (!in || in->kind != PSA_BLOCK_IF || in->span.end != in->statement.end) return stmt;
  bool alone = true;
  for (uint32_t k = in->body.start + 1; k < stmt.start && alone; k++)
    alone = strchr(" \t\r\n", t[k]) != NULL;
  for (uint32_t k = stmt.end; k + 1 < in->body.end && alone; k++)
    alone = strchr(" \t\r\n;", t[k]) != NULL;
  return alone ? in->statement : stmt;
}

/* The span that deletes a statement; the whole if statement when the
 * statement is all an if (without else) does: "if (!$Mfa) { $c =
 * Get-Credential }" would be left empty. */
static psa_span S_alone_in_if(const psa_rule_ctx *ctx, psa_span stmt) {
  psa_span in = psa_fix_if_alone(ctx, stmt);
  bool alone = in.start != stmt.start || in.end != stmt.end;
  return psa_fix_statement_span(ctx, alone ? in : S_with_line_comment(ctx, stmt));
}

psa_span psa_fix_deletion_span(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span stmt,
                               const char *const *about) {
  return S_with_comment_about(ctx, fx, S_alone_in_if(ctx, stmt),
                              about ? about : S_credential_words);
}

/* Whether 'text' reads $name (or $scope:name) as a whole variable name. */
static bool S_names_var(const char *text, const char *name) {
  size_t n = strlen(name);
  for (const char *p = strchr(text, '$'); p && n; p = strchr(p + 1, '$')) {
    const char *q = p + 1, *colon = strchr(q, ':');
    if (colon && colon - q <= 7 && (!psa_strncasecmp(q, "global:", 7) ||
                                    !psa_strncasecmp(q, "script:", 7)))
      q += 7;
    if (!psa_strncasecmp(q, name, n) && !isalnum((unsigned char)q[n]) && q[n] != '_') return true;
  }
  return false;
}

/* Whether the file has a syntax error (PSA001, reported before the rules
 * run) or lines psauth's parser could not read (not reported as the user's
 * error, but just as unread): then the model may miss reads in the
 * statements around them. */
bool psa_fix_file_has_syntax_error(const psa_rule_ctx *ctx) {
  const psa_rule_state *impl = ctx->impl;
  if (impl->unread_count) return true;
  for (uint32_t i = 0; i < impl->finding_count; i++)
    if (impl->findings[i].rule == &psa_rule_parse_error) return true;
  return false;
}

/* The same counted in the text ($name not assigned, outside comments):
 * for a file with a syntax error ("-Credential $cred." at its end is no
 * read in the model). */
static uint32_t S_text_reads_outside_but(const psa_rule_ctx *ctx, const psa_fix *fx,
                                         const char *name, const psa_span *skip,
                                         uint32_t skip_count, bool renamed_count) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len, len = (uint32_t)strlen(name), outside = 0;
  if (!len) return 0;
  for (uint32_t i = 0; i < n; i++) {
    if (t[i] == '<' && i + 1 < n && t[i + 1] == '#') { /* block comment */
      while (i + 1 < n && !(t[i] == '#' && t[i + 1] == '>')) i++;
      continue;
    }
    if (t[i] == '#' && (i == 0 || strchr(" \t\n;}", t[i - 1]))) {
      while (i < n && t[i] != '\n') i++;
      continue;
    }
    if (t[i] != '$' || i + 1 + len > n || psa_strncasecmp(t + i + 1, name, len) ||
        isalnum((unsigned char)t[i + 1 + len]) || t[i + 1 + len] == '_')
      continue;
    uint32_t k = i + 1 + len;
    while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
    if (k < n && t[k] == '=' && (k + 1 >= n || t[k + 1] != '=')) continue; /* assigned */
    bool in = false;
    for (uint32_t e = 0; e < fx->edit_count && !in; e++)
      in = fx->edits[e].range.start <= i && i < fx->edits[e].range.end &&
           !(renamed_count && S_names_var(fx->edits[e].replacement, name));
    for (uint32_t q = 0; q < skip_count && !in; q++) in = skip[q].start <= i && i < skip[q].end;
    if (!in) outside++;
  }
  return outside;
}

/* Reads of 'var' outside the edits of 'fx' (an edit whose new text names
 * the variable again keeps its read) and outside the 'skip' spans
 * (statements deleted with it). */
static uint32_t S_reads_outside_but(const psa_rule_ctx *ctx, const psa_fix *fx,
                                    const psa_variable *var, const psa_span *skip,
                                    uint32_t skip_count) {
  psa_span reads[64];
  uint32_t n = psa_variable_reads(ctx->model, var, reads, 64);
  if (n > 64) return n;
  char name[80];
  snprintf(name, sizeof(name), "%s", var->name ? var->name : "");
  uint32_t outside = 0;
  for (uint32_t i = 0; i < n; i++) {
    bool in = false;
    for (uint32_t e = 0; e < fx->edit_count && !in; e++) {
      const psa_edit *ed = &fx->edits[e];
      in = ed->range.start <= reads[i].start && reads[i].end <= ed->range.end &&
           !(*name && ed->replacement && S_names_var(ed->replacement, name));
    }
    for (uint32_t k = 0; k < skip_count && !in; k++)
      in = skip[k].start <= reads[i].start && reads[i].end <= skip[k].end;
    if (!in) outside++;
  }
  if (*name && psa_fix_file_has_syntax_error(ctx)) {
    uint32_t text = S_text_reads_outside_but(ctx, fx, name, skip, skip_count, true);
    if (text > outside) outside = text;
  }
  return outside;
}

/* The source text of a span. */
static bool S_text_is(const psa_rule_ctx *ctx, psa_span sp, const char *want) {
  size_t n = strlen(want);
  return sp.end <= ctx->src->text_len && sp.end - sp.start == n &&
         !psa_strncasecmp(ctx->src->text + sp.start, want, n);
}

/* Statements that copy the credential (or its password or user name) into
 * a variable nothing reads: "$credential = $targetCredential", "$pw =
 * $cred.Password", "$user = $cred.UserName". Up to 'max' assignment spans;
 * the user-name copies only 'with_user'. */
static uint32_t S_dead_copies(const psa_rule_ctx *ctx, const psa_variable *cred, psa_span *out,
                              uint32_t max, bool with_user) {
  if (!cred || !cred->name || !cred->scope) return 0;
  uint32_t n = 0;
  for (const psa_variable *v = cred->scope->vars; v && n < max; v = v->next) {
    if (v == cred || v->is_parameter || v->entry_count || v->assign_count != 1 || !v->name ||
        v->scope != cred->scope)
      continue;
    const psa_assignment *a = &v->assigns[0];
    if (!a->value || a->append || a->span.end > ctx->src->text_len ||
        a->value->span.end > a->span.end)
      continue;
    psa_span reads[1];
    if (psa_variable_reads(ctx->model, v, reads, 1)) continue;
    char want[4][112];
    snprintf(want[0], sizeof(want[0]), "$%s", cred->name);
    snprintf(want[1], sizeof(want[1]), "$%s.Password", cred->name);
    snprintf(want[2], sizeof(want[2]), "$%s.GetNetworkCredential().Password", cred->name);
    snprintf(want[3], sizeof(want[3]), "$%s.UserName", cred->name);
    bool copy = false;
    for (int w = 0; w < (with_user ? 4 : 3) && !copy; w++)
      copy = S_text_is(ctx, a->value->span, want[w]);
    /* a whole statement of its own, not a link of "$a = $b = ..." */
    for (const psa_variable *o = cred->scope->vars; o && copy; o = o->next)
      for (uint32_t i = 0; o != v && i < o->assign_count && copy; i++)
        copy = !(o->assigns[i].span.start < a->span.end && a->span.start < o->assigns[i].span.end);
    if (copy) out[n++] = a->span;
  }
  return n;
}

/* The message cmdlets whose statement only tells the person something. */
static const char *const S_message_cmdlets[] = {"Write-Output",      "Write-Host",
                                                "Write-Verbose",     "Write-Information",
                                                "Write-Warning",     NULL};

/* Whether the text of 'sp' names no variable but 'name' (and $true,
 * $false, $null): a message that tells nothing else. */
static bool S_reads_only(const psa_rule_ctx *ctx, psa_span sp, const char *name) {
  static const char *const constants[] = {"true", "false", "null", NULL};
  const char *t = ctx->src->text;
  for (uint32_t i = sp.start; i < sp.end && i < ctx->src->text_len; i++) {
    if (t[i] != '$' || i + 1 >= sp.end || t[i + 1] == '(') continue;
    uint32_t k = i + 1;
    while (k < sp.end && (isalnum((unsigned char)t[k]) || t[k] == '_' || t[k] == ':')) k++;
    size_t n = k - i - 1;
    bool ok = n == strlen(name) && !psa_strncasecmp(t + i + 1, name, n);
    for (int c = 0; constants[c] && !ok; c++)
      ok = n == strlen(constants[c]) && !psa_strncasecmp(t + i + 1, constants[c], n);
    if (!ok) return false;
  }
  return true;
}

/* Whether a message tells who signs in ("Connecting to Office 365 as
 * $user...", "Signed in as $user"): false once an app signs in. A report
 * line that only names the user ("Quota set by $AdminUser") is not one. */
static bool S_says_sign_in(const char *s, size_t n) {
  static const char *const words[] = {"connect", "sign in", "signed in", "signing in", "log in",
                                      "logged in", "logging in", "login", "logon", "authenticat",
                                      NULL};
  for (int i = 0; words[i]; i++)
    if (psa_find_ci(s, n, words[i])) return true;
  return false;
}

/* Messages whose only use of the credential is its user name ("Write-Output
 * \"using account $($cred.UserName)\""), each a whole statement of its own:
 * a rewrite that no longer signs in as that account (app-only, managed
 * identity) makes them wrong, and they alone would keep the credential read
 * (an Automation credential asset that must then still exist); with
 * 'plain', messages that print the user-name variable the credential was
 * built from as the account that signs in ("Connecting to Office 365 as
 * $Office365Username...", S_says_sign_in). Up to 'max'
 * statement spans, appended at out[n..]; a message that names anything but
 * $cred.UserName (another variable, the password) is not one. */
static uint32_t S_user_name_messages(const psa_rule_ctx *ctx, const psa_variable *cred, bool plain,
                                     psa_span *out, uint32_t n, uint32_t max) {
  if (!cred || !cred->name) return n;
  psa_span reads[32], msgs[32];
  bool user_only[32];
  uint32_t nr = psa_variable_reads(ctx->model, cred, reads, 32), nm = 0;
  if (nr > 32) return n;
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  for (uint32_t i = 0; i < nr; i++) {
    const psa_command *msg = NULL;
    PSA_FOR_COMMANDS(ctx, c) {
      if (c->in_string || c->statement_span.start > reads[i].start ||
          reads[i].end > c->statement_span.end)
        continue;
      bool is_msg = false;
      for (int m = 0; S_message_cmdlets[m] && !is_msg; m++)
        is_msg = psa_command_is(c, S_message_cmdlets[m]);
      if (is_msg && c->statement_span.start == c->span.start && c->statement_span.end == c->span.end)
        msg = c;
    }
    if (!msg) continue;
    uint32_t e = reads[i].end;
    /* 'plain': the variable is the user name itself ("Connecting as
     * $Office365Username", the name the credential was built from) */
    psa_span ms = msg->statement_span;
    bool user = S_reads_only(ctx, ms, cred->name) &&
                (plain ? !(e + 1 < len && t[e] == '.' && (isalpha((unsigned char)t[e + 1]) || t[e + 1] == '_')) &&
                             S_says_sign_in(t + ms.start, ms.end - ms.start)
                       : e + 9 <= len && !psa_strncasecmp(t + e, ".UserName", 9) &&
                             !(e + 9 < len && (isalnum((unsigned char)t[e + 9]) || t[e + 9] == '_')));
    uint32_t k = 0;
    while (k < nm && msgs[k].start != msg->statement_span.start) k++;
    if (k == nm) {
      msgs[nm] = msg->statement_span;
      user_only[nm++] = true;
    }
    user_only[k] = user_only[k] && user;
  }
  for (uint32_t k = 0; k < nm && n < max; k++)
    if (user_only[k]) out[n++] = msgs[k];
  return n;
}

/* Whether 'sp' holds only blanks, comments, braces, ';' and the 'keep'
 * spans. */
static bool S_only_spans(const char *t, psa_span sp, const psa_span *keep, uint32_t nk) {
  for (uint32_t i = sp.start; i < sp.end; i++) {
    bool in = false;
    for (uint32_t k = 0; k < nk && !in; k++)
      if (keep[k].start <= i && i < keep[k].end) {
        i = keep[k].end - 1;
        in = true;
      }
    if (in) continue;
    if (t[i] == '#') {
      while (i + 1 < sp.end && t[i + 1] != '\n') i++;
      continue;
    }
    if (!isspace((unsigned char)t[i]) && t[i] != '{' && t[i] != '}' && t[i] != ';') return false;
  }
  return true;
}

/* A credential parameter's reuse probe: "if (-not $Credential) {
 * $Credential = Get-Credential }" (also "!$c", "$null -eq $c", "$c -eq
 * $null"; no else), whose clause holds only prompts into the parameter and
 * messages. Once the rewrite no longer reads the parameter the probe only
 * assigns a variable nothing reads: the whole if statement is dead. Gives
 * its span; every assignment of the parameter must lie in it. */
static bool S_reuse_probe(const psa_rule_ctx *ctx, const psa_variable *var, psa_span *probe) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  if (!var->is_parameter || !var->name || !var->assign_count || var->assign_count > 4 ||
      var->entry_count)
    return false;
  const psa_assignment *a0 = &var->assigns[0];
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind != PSA_BLOCK_IF || b->span.end != b->statement.end ||
        b->span.start != b->statement.start || b->statement.end > ctx->src->text_len ||
        !(b->body.start <= a0->span.start && a0->span.end <= b->body.end))
      continue;
    /* the condition: the test of the parameter, nothing else */
    uint32_t open = b->span.start, close = b->body.start;
    while (open < close && t[open] != '(') open++;
    while (close > open && t[close - 1] != ')') close--;
    if (close <= open + 1) return false;
    char cond[128], want[4][112];
    uint32_t n = 0;
    for (uint32_t k = open + 1; k < close - 1 && n + 1 < sizeof(cond); k++)
      if (!isspace((unsigned char)t[k])) cond[n++] = t[k];
    cond[n] = 0;
    snprintf(want[0], sizeof(want[0]), "-not$%s", var->name);
    snprintf(want[1], sizeof(want[1]), "!$%s", var->name);
    snprintf(want[2], sizeof(want[2]), "$null-eq$%s", var->name);
    snprintf(want[3], sizeof(want[3]), "$%s-eq$null", var->name);
    bool test = false;
    for (int w = 0; w < 4 && !test; w++) test = !psa_strcasecmp(cond, want[w]);
    if (!test) return false;
    /* the clause: prompts into the parameter and messages only */
    psa_span keep[12];
    uint32_t nk = 0;
    for (uint32_t k = 0; k < var->assign_count; k++) {
      const psa_assignment *a = &var->assigns[k];
      const psa_command *c = a->value ? psa_value_cmd(a->value) : NULL;
      if (!c || !psa_command_is(c, "Get-Credential") || a->append ||
          !(b->body.start <= a->span.start && a->span.end <= b->body.end))
        return false;
      keep[nk++] = a->span;
    }
    PSA_FOR_COMMANDS(ctx, c) {
      if (nk == 12) break;
      if (c->statement_span.start < b->body.start || c->statement_span.end > b->body.end) continue;
      for (int w = 0; S_message_cmdlets[w]; w++)
        if (psa_command_is(c, S_message_cmdlets[w])) {
          keep[nk++] = c->statement_span;
          break;
        }
    }
    if (!S_only_spans(t, b->body, keep, nk)) return false;
    *probe = b->statement;
    return true;
  }
  return false;
}

/* Deletes the copies S_dead_copies found, the last first. */
static void S_delete_copies(psa_rule_ctx *ctx, psa_fix *fx, psa_span *copies, uint32_t n,
                            uint32_t readers) {
  for (uint32_t i = n; i-- > 0;) {
    uint32_t last = 0; /* the lowest still to do is copies[0..i]: take the latest */
    for (uint32_t k = 1; k <= i; k++)
      if (copies[k].start > copies[last].start) last = k;
    psa_span sp = copies[last];
    copies[last] = copies[i];
    copies[i] = sp;
    psa_fix_add_edit(ctx, fx, S_with_comment(ctx, fx, S_alone_in_if(ctx, sp)), "");
    fx->edits[fx->edit_count - 1].joint = readers > 1;
  }
}

/* Whether every assignment of 'var' is a prompt (Get-Credential, Read-Host)
 * that hands back nothing it was given: a variable assigned by several
 * prompts ("$cred = Get-Credential" before each sign-in) goes whole. */
/* A user name written out more than once ([string]$username = "svc";
 * later $userName = "admin@...", the same variable to PowerShell): every
 * assignment a constant string. */
static bool S_all_constant_names(const psa_variable *var) {
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_value *v = var->assigns[i].value;
    if (!v || var->assigns[i].append || v->kind != PSA_V_STRING) return false;
  }
  return var->assign_count > 0;
}

/* The credential variable a password is read out of: $c.Password, or
 * $c.GetNetworkCredential().Password (a clear-text copy), or NULL. */
static const psa_value *S_password_of(const psa_value *v) {
  if (!v || v->kind != PSA_V_MEMBER || !psa_value_member(v) || psa_strcasecmp(psa_value_member(v), "Password"))
    return NULL;
  const psa_value *b = v->base;
  if (b && b->kind == PSA_V_METHOD_CALL && psa_value_member(b) &&
      !psa_strcasecmp(psa_value_member(b), "GetNetworkCredential") && !b->item_count)
    b = b->base;
  return b && b->kind == PSA_V_VARIABLE ? b : NULL;
}

/* A call of the script's own credential helper (.\GetRemoteCredentials.ps1
 * $user, Get-MyCred): a command psauth has no table entry for, whose result
 * is assigned as a [PSCredential] or whose name says it gets credentials.
 * Its first variable argument (the user name it looks up), or the call itself
 * when it has none; NULL when it is no such helper. */
static bool S_credential_helper(const psa_assignment *a, const psa_command *c, const psa_value **arg) {
  *arg = NULL;
  if (!c || !c->name || c->info || c->dynamic || c->in_string) return false;
  bool typed = a->type && psa_find_ci(a->type, strlen(a->type), "PSCredential");
  if (!typed && !psa_find_ci(c->name, strlen(c->name), "cred")) return false;
  for (uint32_t i = 0; i < c->arg_count && !*arg; i++)
    if (c->args[i].value && c->args[i].value->kind == PSA_V_VARIABLE) *arg = c->args[i].value;
  return true;
}

static bool S_all_prompts(const psa_variable *var) {
  uint32_t prompts = 0;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_value *v = var->assigns[i].value;
    /* an empty initialisation ($cred = "" or $null before the prompt) is
     * plumbing too when nothing but the rewrites reads the variable */
    if (v && !var->assigns[i].append &&
        (v->kind == PSA_V_NULL || (v->kind == PSA_V_STRING && v->str && !v->str[0])))
      continue;
    prompts++;
    if (v && !var->assigns[i].append && psa_value_is_host_prompt(v)) continue;
    if (!v || v->kind != PSA_V_COMMAND || !psa_value_cmd(v) || var->assigns[i].append ||
        (!psa_command_is(psa_value_cmd(v), "Get-Credential") && !psa_command_is(psa_value_cmd(v), "Read-Host")) ||
        psa_command_arg(psa_value_cmd(v), "Credential"))
      return false;
  }
  return prompts > 0;
}

/* "$user = $password = $secure = ConvertTo-SecureString $password ..." (a
 * template whose values were never filled in, so each line runs on into
 * the next): where the deletion of 'var''s link starts: the first of the
 * enclosing links nothing else reads (the outer ones still read stay);
 * UINT32_MAX when another variable's assignment overlaps in another way. */
static uint32_t S_chain_start(const psa_rule_ctx *ctx, const psa_fix *fx, const psa_variable *var,
                              const psa_assignment *a) {
  /* the links share the statement; each starts at its target */
  uint32_t start = a->target_span.start, end = a->span.end;
  const psa_scope *sc = ctx->model->script;
  for (bool moved = true; moved;) {
    moved = false;
    for (const psa_variable *o = sc->vars; o; o = o->next)
      for (uint32_t i = 0; o != var && i < o->assign_count; i++) {
        const psa_assignment *oa = &o->assigns[i];
        if (!(oa->span.start < a->span.end && a->span.start < oa->span.end)) continue;
        uint32_t at = oa->target_span.start;
        if (at >= start || o->is_parameter || o->entry_count || o->assign_count != 1) continue;
        /* the next link out: no other link between it and 'start' */
        bool nearest = true;
        for (const psa_variable *q = sc->vars; q && nearest; q = q->next)
          for (uint32_t k = 0; q != o && k < q->assign_count && nearest; k++) {
            const psa_assignment *qa = &q->assigns[k];
            nearest = !(qa->span.start < a->span.end && a->span.start < qa->span.end &&
                        qa->target_span.start > at && qa->target_span.start < start);
          }
        if (!nearest) continue;
        psa_span del = {at, end};
        bool read = S_reads_outside_but(ctx, fx, o, &del, 1) != 0;
        for (uint32_t e = 0; !read && o->name && e < fx->edit_count; e++)
          read = fx->edits[e].replacement && S_names_var(fx->edits[e].replacement, o->name);
        if (!read) {
          start = at;
          moved = true;
        }
      }
  }
  /* links inside what goes must not be read elsewhere */
  psa_span del = {start, end};
  for (const psa_variable *o = sc->vars; o; o = o->next)
    for (uint32_t i = 0; o != var && i < o->assign_count; i++) {
      const psa_assignment *oa = &o->assigns[i];
      if (!(oa->span.start < a->span.end && a->span.start < oa->span.end)) continue;
      if (oa->target_span.start < start) continue; /* an outer link that stays */
      if (S_reads_outside_but(ctx, fx, o, &del, 1) || o->assign_count != 1) return UINT32_MAX;
      for (uint32_t e = 0; o->name && e < fx->edit_count; e++)
        if (fx->edits[e].replacement && S_names_var(fx->edits[e].replacement, o->name))
          return UINT32_MAX;
    }
  /* a single statement: from its start */
  return start == a->target_span.start ? a->span.start : start;
}

/* Deletes the statements that only fed a credential to the rewritten
 * connection: $c = Get-Credential, $c = New-Object PSCredential(u, $p),
 * $p = ConvertTo-SecureString $x ..., $x = 'literal' — each only when the
 * variable is read nowhere else. A password literal is never copied. */
/* Script parameters the plumbing alone read ([string]$Password fed to
 * ConvertTo-SecureString): their declarations go after it. */
typedef struct {
  const psa_variable *vars[8];
  uint32_t count;
  bool uncalled; /* a function nothing in the file calls: its parameters may go too */
  /* the rewrite no longer signs in as the credential's account (app-only,
   * managed identity): messages that only print its user name go too */
  bool not_as_user;
  /* the user name the credential was built from (its messages, as above) */
  const psa_variable *user_var;
} S_params;

/* Whether a script parameter is read only by plumbing this fix deletes, so
 * that the caller need no longer pass it. $PSBoundParameters and
 * Get-Variable can read a parameter by name: such scripts keep theirs.
 * At depth 0 the parameter is the credential itself ([PSCredential]
 * $Credential): it goes only when the rewrite no longer signs in as its
 * account ('not_as_user': app-only, managed identity; a delegated rewrite
 * reads its user name) and no other script of the scan set runs this one
 * (its callers pass it: psa_plan_named_by_others; the plan says so); its
 * other readers are then the other rewrites and the 'skip' statements
 * that go with it. */
static bool S_param_plumbing(const psa_rule_ctx *ctx, const psa_fix *fx, const psa_variable *var,
                             int depth, uint32_t readers, bool not_as_user, const psa_span *skip,
                             uint32_t skip_count) {
  /* (at depth 0 its assignments must lie in what goes with it: a reuse
   * probe) */
  for (uint32_t i = 0; i < var->assign_count; i++) {
    bool in = false;
    for (uint32_t k = 0; depth == 0 && k < skip_count && !in; k++)
      in = skip[k].start <= var->assigns[i].span.start && var->assigns[i].span.end <= skip[k].end;
    if (!in) return false;
  }
  if (!var->is_parameter || (depth == 0 && (!not_as_user || psa_plan_named_by_others(ctx))) ||
      var->scope != ctx->model->script || var->entry_count || !var->name ||
      var->decl_span.end > ctx->src->text_len ||
      S_reads_outside_but(ctx, fx, var, skip, skip_count) != (depth ? 0 : readers - 1))
    return false;
  psa_span reads[1];
  if (!psa_variable_reads(ctx->model, var, reads, 1)) return false;
  static const char *const by_name[] = {"PSBoundParameters", "Get-Variable", "$args",
                                        "MyInvocation", NULL};
  for (int i = 0; by_name[i]; i++)
    if (psa_find_ci(ctx->src->text, ctx->src->text_len, by_name[i])) return false;
  /* a fix that rewrites the declaration itself (-UserName/-Password made
   * certificate parameters) keeps it */
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    psa_span r = fx->edits[e].range;
    if (r.start < var->decl_span.end && var->decl_span.start < r.end) return false;
    if (fx->edits[e].replacement && S_names_var(fx->edits[e].replacement, var->name)) return false;
  }
  /* read by several rewrites: none of the file's fixes may sign in with it
   * (Connect-ExchangeOnline -UserPrincipalName $AdminUpn), else only some
   * of them would carry the joint deletion */
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; readers > 1 && i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      const psa_fix *o = &impl->findings[i].fixes[k];
      for (uint32_t e = 0; e < o->edit_count; e++)
        if (o->edits[e].replacement && S_names_var(o->edits[e].replacement, var->name)) return false;
    }
  return true;
}

/* What a ConvertTo-SecureString reads: its -String, or the variable or
 * password file piped into it ($plain | ConvertTo-SecureString ...,
 * Get-Content $file | ConvertTo-SecureString -Key $key), and its key. */
static void S_secure_string_source(const psa_command *c, const psa_value **next,
                                   const psa_value **key) {
  const psa_arg *str = psa_command_arg(c, "String");
  *next = str ? str->value : NULL;
  const psa_value *in = c->pipeline_input;
  if (!*next && in && in->kind == PSA_V_VARIABLE) *next = in;
  if (!*next && in && in->kind == PSA_V_COMMAND && psa_value_cmd(in)) {
    const psa_arg *path = psa_command_arg(psa_value_cmd(in), "Path");
    if (path && path->value && path->value->kind == PSA_V_VARIABLE) *next = path->value;
  }
  const psa_arg *k = psa_command_arg(c, "Key");
  if (!k) k = psa_command_arg(c, "SecureKey");
  *key = k ? k->value : NULL;
}

/* The password argument of a credential construction: a variable, or a
 * ConvertTo-SecureString written inline (New-Object PSCredential
 * -ArgumentList $u, $($plain | ConvertTo-SecureString -AsPlainText
 * -Force)), whose source variable is then the next link; the deleted
 * construction held its only read of that source. */
static const psa_value *S_inline_password_source(const psa_value *p, const psa_value **key) {
  if (!p || p->kind != PSA_V_COMMAND || !psa_value_cmd(p) ||
      !psa_command_is(psa_value_cmd(p), "ConvertTo-SecureString"))
    return p;
  const psa_value *next = NULL;
  S_secure_string_source(psa_value_cmd(p), &next, key);
  return next;
}

static void S_remove_plumbing(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *v, int depth,
                              uint32_t readers, S_params *params);
static bool S_fix_kept(const psa_rule_ctx *ctx, const psa_plumbing *p);

/* A credential variable assigned by several prompts and still read
 * elsewhere ($365Logon = Get-Credential for a connection left as it is,
 * then again for the rewritten ones): judged one assignment at a time
 * (psa_fix_reaching_unread), a prompt whose every read is in the rewrites
 * asking for this plumbing goes, and the user name it suggested with it. */
static void S_remove_unread_prompts(psa_rule_ctx *ctx, psa_fix *fx, const psa_variable *var,
                                    uint32_t readers, S_params *params) {
  const psa_rule_state *impl = ctx->impl;
  if (!var->name || var->assign_count < 2 || var->assign_count > 16) return;
  for (uint32_t e = 0; e < fx->edit_count; e++)
    if (fx->edits[e].replacement && S_names_var(fx->edits[e].replacement, var->name)) return;
  /* the rewrites' edits that drop their reads (not one that reads it again) */
  psa_span covered[64];
  uint32_t nc = 0;
  for (uint32_t i = 0; i < impl->plumbing_count; i++) {
    const psa_plumbing *q = &impl->plumbing[i];
    if (psa_value_var(q->credential) != var || !S_fix_kept(ctx, q)) continue;
    const psa_fix *qf = &impl->findings[q->finding].fixes[q->fix];
    for (uint32_t e = 0; e < qf->edit_count && nc < 64; e++)
      if (!(qf->edits[e].replacement && S_names_var(qf->edits[e].replacement, var->name)))
        covered[nc++] = qf->edits[e].range;
  }
  bool unread[16];
  if (!psa_fix_reaching_unread(ctx, var, covered, nc, unread)) return;
  uint32_t gone = 0;
  for (uint32_t i = 0; i < var->assign_count; i++) gone += unread[i];
  if (gone == 0 || gone == var->assign_count) return; /* all unread: not this path's case */
  for (uint32_t i = var->assign_count; i-- > 0;) {
    const psa_assignment *a = &var->assigns[i];
    const psa_value *v = a->value;
    const psa_command *c = v ? psa_value_cmd(v) : NULL;
    if (!unread[i] || !c || !psa_command_is(c, "Get-Credential") ||
        psa_command_arg(c, "Credential") || a->target_span.start != a->span.start)
      continue;
    bool done = false;
    for (uint32_t e = 0; e < fx->edit_count && !done; e++)
      done = fx->edits[e].range.start < a->span.end && a->span.start < fx->edits[e].range.end;
    if (done) continue;
    psa_fix_add_edit(ctx, fx, S_with_comment(ctx, fx, S_alone_in_if(ctx, a->span)), "");
    fx->edits[fx->edit_count - 1].joint = readers > 1;
    const psa_arg *hint = psa_command_arg(c, "UserName");
    if (hint && hint->value && hint->value->kind == PSA_V_VARIABLE)
      S_remove_plumbing(ctx, fx, hint->value, 1, readers, params);
  }
}

/* The command that reads a stored credential or password file in a
 * deleted assignment's value: Import-Clixml / Get-Content, also as the
 * input of ConvertTo-SecureString (Get-Content $f | ConvertTo-SecureString,
 * ConvertTo-SecureString (Get-Content $f)). */
static const psa_command *S_file_reader(const psa_value *val) {
  const psa_command *c = val && val->kind == PSA_V_COMMAND ? psa_value_cmd(val) : NULL;
  if (c && psa_command_is(c, "ConvertTo-SecureString")) {
    const psa_arg *str = psa_command_arg(c, "String");
    const psa_value *in = str && str->value ? str->value : c->pipeline_input;
    c = in && in->kind == PSA_V_COMMAND ? psa_value_cmd(in) : NULL;
  }
  return c && (psa_command_is(c, "Import-Clixml") || psa_command_is(c, "Get-Content")) ? c : NULL;
}

/* Whether the file a removed reader read is still named outside the
 * deletions of 'fx' and the writer's statement 'writer' (another reader, a
 * Test-Path, a message): then its writer stays. */
static bool S_file_named_elsewhere(const psa_rule_ctx *ctx, const psa_fix *fx,
                                   const psa_value *path, psa_span writer) {
  if (path->kind == PSA_V_VARIABLE)
    return S_reads_outside_but(ctx, fx, psa_value_var(path), &writer, 1) != 0;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  /* the literal's own text, without its quotes */
  uint32_t ps = path->span.start, pe = path->span.end;
  if (pe > n || pe <= ps) return true;
  if (pe - ps >= 2 && (t[ps] == '"' || t[ps] == '\'') && t[pe - 1] == t[ps]) ps++, pe--;
  uint32_t len = pe - ps;
  if (len < 3) return true;
  for (uint32_t i = 0; i + len <= n; i++) {
    if (psa_strncasecmp(t + i, t + ps, len)) continue;
    bool gone = writer.start <= i && i + len <= writer.end;
    for (uint32_t e = 0; e < fx->edit_count && !gone; e++)
      gone = fx->edits[e].range.start <= i && i + len <= fx->edits[e].range.end &&
             !*fx->edits[e].replacement;
    if (!gone) return true;
  }
  return false;
}

/* Whether a writer's statement is its pipeline alone ("Get-Credential |
 * Export-Clixml $f", "(Get-Credential).Password | ConvertFrom-SecureString
 * | Set-Content $f"): nothing else of the statement would go with it. */
static bool S_writer_alone(const psa_rule_ctx *ctx, const psa_command *w) {
  psa_span st = w->statement_span;
  if (st.end > ctx->src->text_len || w->span.end != st.end || w->assigned_to) return false;
  uint32_t first = w->span.start;
  for (const psa_command *c = w; c;) {
    const psa_value *in = c->pipeline_input;
    first = c->span.start;
    if (!in) break;
    if (in->kind != PSA_V_COMMAND || !psa_value_cmd(in)) {
      first = in->span.start;
      break;
    }
    c = psa_value_cmd(in);
  }
  return first == st.start && !memchr(ctx->src->text + st.start, '{', st.end - st.start);
}

/* The file a Test-Path tests: its -Path or -LiteralPath, or its first
 * positional argument, which psauth's cmdlet table leaves unbound (-Path is
 * Test-Path's position 0: "Test-Path [-Path] <String[]>", Microsoft Learn,
 * Test-Path reference). */
static const psa_value *S_tested_file(const psa_command *c) {
  const psa_value *v = psa_plan_file_arg(c);
  for (uint32_t k = 0; !v && k < c->arg_count; k++)
    if (c->args[k].via == PSA_BIND_UNBOUND && !c->args[k].written && c->args[k].value) v = c->args[k].value;
  return v;
}

/* Whether the if statement 'st' only tests for the credential file at
 * 'path' (a Test-Path of it, which it must have) and writes it: every other
 * command is the writer 'w' or a command piped into it, a Write-* message,
 * or, with 'prompt_var', a Get-Credential assigned to that variable. */
static bool S_guard_only_writes(const psa_model *m, psa_span st, const psa_value *path,
                                const psa_command *w, const psa_variable *prompt_var) {
  bool tested = false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->span.start < st.start || c->span.end > st.end) continue;
    if (psa_command_is(c, "Test-Path") && psa_plan_same_file(m, S_tested_file(c), path)) {
      tested = true;
      continue;
    }
    bool in_writer = false; /* the writer and its pipeline */
    for (const psa_command *x = w; x && !in_writer;) {
      in_writer = x == c;
      const psa_value *pin = x->pipeline_input;
      x = pin && pin->kind == PSA_V_COMMAND ? psa_value_cmd(pin) : NULL;
    }
    bool prompt = prompt_var && psa_command_is(c, "Get-Credential") && c->assigned_to == prompt_var;
    bool message = c->name && !c->dynamic && !psa_strncasecmp(c->name, "Write-", 6);
    if (!in_writer && !prompt && !message) return false;
  }
  return tested;
}

/* A first-run guard around a credential file's writer: "if (!(Test-Path
 * $f)) { Write-Host 'enter it once'; Read-Host -AsSecureString |
 * ConvertFrom-SecureString | Out-File $f }", an if without elseif/else
 * whose commands are a Test-Path of the same file, the writer's pipeline
 * and messages (Write-*), setting no variable. It only set up the file the
 * deleted reader read, so the whole if goes (review18 36). The if
 * statement's span, or {0,0}. */
static psa_span S_setup_guard(const psa_rule_ctx *ctx, const psa_command *w, const psa_value *path) {
  const psa_model *m = ctx->model;
  const psa_block *in = NULL;
  for (uint32_t b = 0; b < m->block_count; b++) {
    const psa_block *k = &m->blocks[b];
    if (w->span.start >= k->body.start && w->span.end <= k->body.end &&
        (!in || (k->body.start >= in->body.start && k->body.end <= in->body.end)))
      in = k;
  }
  psa_span none = {0, 0};
  if (!in || in->kind != PSA_BLOCK_IF || in->statement.end > ctx->src->text_len) return none;
  psa_span st = in->statement;
  for (uint32_t b = 0; b < m->block_count; b++) /* no elseif or else */
    if (m->blocks[b].statement.start == st.start && m->blocks[b].kind != PSA_BLOCK_IF) return none;
  if (!S_guard_only_writes(m, st, path, w, NULL)) return none;
  for (const psa_variable *x = w->scope ? w->scope->vars : NULL; x; x = x->next)
    for (uint32_t i = 0; i < x->assign_count; i++)
      if (x->assigns[i].span.start >= st.start && x->assigns[i].span.end <= st.end) return none;
  return st;
}

/* The writers of the credential file a deleted reader read
 * (psa_plan_credential_writers: Get-Credential | Export-Clixml P before
 * $c = Import-Clixml P) go with it when nothing else names the file, and
 * then what only they read (the credential piped in, the key). */
static void S_remove_writers(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *reader,
                             int depth, uint32_t readers, S_params *params) {
  psa_cred_writer w[4];
  uint32_t n = reader ? psa_plan_credential_writers(ctx->model, reader, w, 4) : 0;
  const psa_value *path = n ? psa_plan_file_arg(reader) : NULL;
  for (uint32_t i = 0; i < n && path; i++) {
    const psa_command *c = w[i].writer;
    if (c->scope != reader->scope || !S_writer_alone(ctx, c)) continue;
    /* an if around it may go with it ("if (!(Test-Path $f)) {...}"); a loop
     * the reader is not in may not */
    bool other_loop = false;
    for (uint32_t b = 0; b < ctx->model->block_count && !other_loop; b++) {
      psa_span body = ctx->model->blocks[b].body;
      other_loop = ctx->model->blocks[b].kind == PSA_BLOCK_LOOP && c->span.start >= body.start &&
                   c->span.end <= body.end &&
                   !(reader->span.start >= body.start && reader->span.end <= body.end);
    }
    if (other_loop) continue;
    psa_span sp = S_alone_in_if(ctx, c->statement_span);
    psa_span guard = S_setup_guard(ctx, c, path);
    if (guard.end) sp = psa_fix_statement_span(ctx, guard);
    /* alone in a clause that does not go with it (an if with an else): an
     * empty "{ }" would be left */
    const psa_block *in = NULL;
    for (uint32_t b = 0; b < ctx->model->block_count; b++) {
      const psa_block *k = &ctx->model->blocks[b];
      if (c->span.start >= k->body.start && c->span.end <= k->body.end &&
          (!in || (k->body.start >= in->body.start && k->body.end <= in->body.end)))
        in = k;
    }
    if (in && !guard.end && !(sp.start <= in->body.start && in->body.end <= sp.end) &&
        in->body.end <= ctx->src->text_len) {
      bool empty = true;
      for (uint32_t k = in->body.start + 1; k + 1 < in->body.end && empty; k++)
        empty = (k >= sp.start && k < sp.end) || strchr(" \t\r\n;", ctx->src->text[k]);
      if (empty) continue;
    }
    bool done = false;
    for (uint32_t e = 0; e < fx->edit_count && !done; e++)
      done = fx->edits[e].range.start < sp.end && sp.start < fx->edits[e].range.end;
    if (done || S_file_named_elsewhere(ctx, fx, path, sp)) continue;
    /* a comment naming the credential right above the writer is about
     * storing it, even when the script's sign-in follows on the next line */
    psa_fix_add_edit(ctx, fx, S_comment_above(ctx, fx, sp, S_credential_words, false), "");
    fx->edits[fx->edit_count - 1].joint = readers > 1;
    /* what it wrote: a credential or password variable, the prompt's user
     * name, the key it was encrypted with */
    const psa_arg *io = psa_command_arg(c, psa_command_is(c, "Set-Content") ? "Value" : "InputObject");
    const psa_value *v = io && io->value ? io->value : c->pipeline_input;
    const psa_value *key = NULL;
    const psa_command *conv = v && v->kind == PSA_V_COMMAND ? psa_value_cmd(v) : NULL;
    if (conv && psa_command_is(conv, "ConvertFrom-SecureString")) {
      const psa_arg *ss = psa_command_arg(conv, "SecureString");
      const psa_arg *k = psa_command_arg(conv, "Key");
      if (!k) k = psa_command_arg(conv, "SecureKey");
      key = k ? k->value : NULL;
      v = ss && ss->value ? ss->value : conv->pipeline_input;
    }
    while (v && v->kind == PSA_V_MEMBER && v->base) v = v->base;
    const psa_command *pr = v && v->kind == PSA_V_COMMAND ? psa_value_cmd(v) : NULL;
    const psa_arg *hint = pr && psa_command_is(pr, "Get-Credential") ? psa_command_arg(pr, "UserName") : NULL;
    if (v && v->kind == PSA_V_VARIABLE) S_remove_plumbing(ctx, fx, v, depth + 1, readers, params);
    if (hint && hint->value && hint->value->kind == PSA_V_VARIABLE)
      S_remove_plumbing(ctx, fx, hint->value, depth + 1, readers, params);
    if (key && key->kind == PSA_V_VARIABLE) S_remove_plumbing(ctx, fx, key, depth + 1, readers, params);
  }
}

/* A parameter of one of the file's functions that only the plumbing read
 * ($Office365AdminPassword fed to ConvertTo-SecureString inside
 * ConnectTo-ExchangeOnline): when every call of the function in the file
 * passes it by name (or not at all), its declaration goes, and so does its
 * argument in each call; what those arguments read (the script's own
 * -Office365Password parameter) is the next link. Not for a module or a
 * script others name (callers elsewhere), nor when a call passes it by
 * position or splatting. Returns whether the parameter was taken.
 * At depth 0 the parameter is the credential itself (function
 * Connect-Exo { param([PSCredential]$Credential) ... }): only when the
 * rewrite no longer signs in as its account (params->not_as_user); 'skip'
 * are the statements that go with it (user-name messages). */
static bool S_function_param_plumbing(psa_rule_ctx *ctx, psa_fix *fx, const psa_variable *var, int depth,
                                      uint32_t readers, S_params *params, const psa_span *skip,
                                      uint32_t skip_count) {
  const psa_model *m = ctx->model;
  if (!var->is_parameter || (depth == 0 && !params->not_as_user) || readers != 1 || !var->scope ||
      var->scope->kind != PSA_SCOPE_FUNCTION || !var->scope->name || var->assign_count || var->entry_count ||
      !var->name || var->decl_span.end > ctx->src->text_len || params->count >= 8 ||
      S_reads_outside_but(ctx, fx, var, skip, depth ? 0 : skip_count) || psa_plan_named_by_others(ctx))
    return false;
  const char *path = ctx->src->path;
  size_t pl = path ? strlen(path) : 0;
  if (pl >= 5 && !psa_strcasecmp(path + pl - 5, ".psm1")) return false;
  static const char *const by_name[] = {"PSBoundParameters", "Get-Variable", "$args", "MyInvocation", NULL};
  for (int i = 0; by_name[i]; i++)
    if (psa_find_ci(ctx->src->text, ctx->src->text_len, by_name[i])) return false;
  /* an alias ([Alias('pw')]) is another name callers may use */
  if (psa_find_ci(ctx->src->text + var->decl_span.start, var->decl_span.end - var->decl_span.start, "Alias"))
    return false;
  uint32_t defs = 0;
  for (uint32_t f = 0; f < m->function_count; f++)
    defs += m->functions[f].name && !psa_strcasecmp(m->functions[f].name, var->scope->name);
  if (defs != 1) return false;
  /* every call: the argument named so (none passed is fine) */
  const psa_arg *args[16];
  const psa_value *vals[16];
  uint32_t na = 0, calls = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!c->name || psa_strcasecmp(c->name, var->scope->name)) continue;
    if (!c->local_function || c->in_string || c->dynamic) return false;
    calls++;
    for (uint32_t k = 0; k < c->arg_count; k++) {
      const psa_arg *a = &c->args[k];
      if (a->via == PSA_BIND_SPLAT || a->via == PSA_BIND_POSITIONAL || a->via == PSA_BIND_UNBOUND) return false;
      /* an abbreviation of the name (-Office365AdminP) binds to it too */
      const char *w = a->written ? a->written : a->param;
      if (w && *w && psa_strcasecmp(w, var->name) && !psa_strncasecmp(var->name, w, strlen(w))) return false;
      if (!a->param || psa_strcasecmp(a->param, var->name)) continue;
      if (a->via != PSA_BIND_NAMED || na == 16 || a->span.end > ctx->src->text_len) return false;
      vals[na] = a->value;
      args[na++] = a;
    }
  }
  if (!calls && !params->uncalled) return false;
  for (uint32_t i = 0; i < params->count; i++)
    if (params->vars[i] == var) return true;
  params->vars[params->count++] = var;
  for (uint32_t i = 0; i < na; i++) {
    psa_fix_add_edit(ctx, fx, psa_fix_argument_span(ctx, args[i]->span), "");
    fx->edits[fx->edit_count - 1].joint = readers > 1;
  }
  for (uint32_t i = 0; i < na; i++)
    if (vals[i] && vals[i]->kind == PSA_V_VARIABLE) S_remove_plumbing(ctx, fx, vals[i], depth + 1, readers, params);
  return true;
}

/* A first-run setup around a stored credential's reader ($c assigned
 * several times): the last assignment reads the file (`$c = Import-Clixml
 * $f`), an if statement before it whose condition tests the file
 * (`Test-Path $f`) holds its writer of a prompt (`$c = Get-Credential; $c |
 * Export-Clixml $f`) and otherwise only messages (Write-*), and the other
 * assignments are `$c = $null` resets. Then the whole if statement and the
 * resets go with the reader: they only wrote the file the rewrite no longer
 * reads. Gives the if statement's span, the reader's assignment and the
 * resets' spans (up to 4). */
static bool S_first_run_setup(const psa_rule_ctx *ctx, const psa_variable *var, psa_span *if_stmt,
                              const psa_assignment **reader_assign, psa_span *resets,
                              uint32_t *reset_count) {
  const psa_model *m = ctx->model;
  *reset_count = 0;
  if (var->is_parameter || var->entry_count || var->assign_count < 2 || !m->text || m->base)
    return false;
  const psa_assignment *last = NULL;
  for (uint32_t i = 0; i < var->assign_count; i++)
    if (!last || var->assigns[i].span.start > last->span.start) last = &var->assigns[i];
  const psa_command *reader = last->append ? NULL : S_file_reader(last->value);
  if (!reader || last->list.end <= last->list.start) return false;
  psa_cred_writer w[4];
  uint32_t n = psa_plan_credential_writers(m, reader, w, 4);
  const psa_command *writer = NULL;
  for (uint32_t i = 0; i < n && !writer; i++) {
    const psa_command *c = w[i].writer;
    const psa_arg *io = psa_command_arg(c, "InputObject");
    const psa_value *in = io && io->value ? io->value : c->pipeline_input;
    if (!w[i].every_run && w[i].prompt && in && in->kind == PSA_V_VARIABLE && psa_value_var(in) == var)
      writer = c;
  }
  if (!writer) return false;
  /* the if statement that holds it, a whole statement of the reader's list */
  const psa_block *blk = NULL;
  for (uint32_t b = 0; b < m->block_count; b++) {
    const psa_block *k = &m->blocks[b];
    if (k->kind != PSA_BLOCK_LOOP && writer->span.start >= k->body.start && writer->span.end <= k->body.end &&
        (!blk || (k->body.start >= blk->body.start && k->body.end <= blk->body.end)))
      blk = k;
  }
  if (!blk || blk->statement.end > last->span.start || blk->statement.start < last->list.start ||
      blk->statement.end > ctx->src->text_len)
    return false;
  for (uint32_t b = 0; b < m->block_count; b++) /* no loop or other clause around the if only */
    if (m->blocks[b].body.start < blk->statement.start && blk->statement.end <= m->blocks[b].body.end &&
        !(m->blocks[b].body.start < last->span.start && last->span.end <= m->blocks[b].body.end))
      return false;
  psa_span st = blk->statement;
  const psa_value *path = psa_plan_file_arg(reader);
  if (!S_guard_only_writes(m, st, path, writer, var)) return false;
  /* no other variable is set in it */
  for (const psa_variable *x = var->scope ? var->scope->vars : NULL; x; x = x->next)
    for (uint32_t i = 0; x != var && i < x->assign_count; i++)
      if (x->assigns[i].span.start >= st.start && x->assigns[i].span.end <= st.end) return false;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a == last || (a->span.start >= st.start && a->span.end <= st.end)) continue;
    if (!a->value || a->value->kind != PSA_V_NULL || a->append || a->list.start != last->list.start ||
        a->list.end != last->list.end || *reset_count >= 4)
      return false;
    resets[(*reset_count)++] = a->span;
  }
  *if_stmt = st;
  *reader_assign = last;
  return true;
}

/* The parameter that names a stored credential in its store (an Azure
 * Automation asset, a SecretManagement secret, a Credential Manager
 * target), or "" for other readers. */
static const char *S_store_name_param(const psa_command *c) {
  static const struct {
    const char *cmdlet, *param;
  } names[] = {{"Get-AutomationPSCredential", "Name"},
               {"Get-Secret", "Name"},
               {"Get-StoredCredential", "Target"},
               {NULL, NULL}};
  for (int i = 0; names[i].cmdlet; i++)
    if (psa_command_is(c, names[i].cmdlet)) return names[i].param;
  return "";
}

static void S_remove_plumbing(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *v, int depth,
                              uint32_t readers, S_params *params) {
  /* "$Username" (a string that is only the variable) is the variable */
  if (v && v->kind == PSA_V_INTERP && v->item_count == 1 && v->items[0] &&
      v->items[0]->kind == PSA_V_VARIABLE)
    v = v->items[0];
  if (!v || depth > 4 || v->kind != PSA_V_VARIABLE || !psa_value_var(v)) return;
  const psa_variable *var = psa_value_var(v);
  /* A variable a dot-sourced file assigns lives in that file's model: its
   * assignment's span is an offset into the other file's text, so an edit
   * made from it would cut this file at a random place. psauth fix never
   * writes dot-sourced files, so their plumbing stays. */
  const psa_scope *root = var->scope;
  while (root && root->parent) root = root->parent;
  if (root != ctx->model->script) return;
  /* (read by several rewrites: the declaration goes with their joint
   * deletions, only when all of them are applied; psa_fix_finish) */
  /* the rewrites are its only readers; deeper links are read only by the
   * statements this fix deletes or rewrites (the one deleted just before,
   * a connection URI built from the user name) */
  /* copies nothing reads ("$credential = $cred", "$pw = $cred.Password")
   * go with it */
  psa_span copies[17];
  uint32_t copy_count = S_dead_copies(ctx, var, copies, 8, true);
  if (depth == 0 && params->not_as_user)
    copy_count = S_user_name_messages(ctx, var, false, copies, copy_count, 16);
  /* the user name the credential was built from: its messages (below) */
  psa_span msgs[8];
  uint32_t msg_count = depth && params->not_as_user && var == params->user_var
                           ? S_user_name_messages(ctx, var, true, msgs, 0, 8)
                           : 0;
  psa_span probe;
  if (depth == 0 && params->not_as_user && S_reuse_probe(ctx, var, &probe))
    copies[copy_count++] = probe;
  if (S_function_param_plumbing(ctx, fx, var, depth, readers, params, copies, copy_count)) {
    if (depth == 0) S_delete_copies(ctx, fx, copies, copy_count, readers);
    return;
  }
  if (params->count < 8 && S_param_plumbing(ctx, fx, var, depth, readers, params->not_as_user,
                                            depth ? msgs : copies, depth ? msg_count : copy_count)) {
    for (uint32_t i = 0; i < params->count; i++)
      if (params->vars[i] == var) return;
    params->vars[params->count++] = var;
    /* the rewrite's own credential parameter: its copies and messages go
     * with it (a user-name parameter: its messages) */
    if (depth == 0) S_delete_copies(ctx, fx, copies, copy_count, readers);
    else S_delete_copies(ctx, fx, msgs, msg_count, readers);
    return;
  }
  /* a first-run setup of the file the reader reads (S_first_run_setup):
   * its writer's read of the variable goes with it */
  psa_span setup_if = {0, 0}, resets[4];
  uint32_t reset_count = 0;
  const psa_assignment *setup_reader = NULL;
  bool setup = depth == 0 && S_first_run_setup(ctx, var, &setup_if, &setup_reader, resets, &reset_count);
  psa_span skip[18];
  memcpy(skip, copies, copy_count * sizeof(*skip));
  if (setup) skip[copy_count] = setup_if;
  if (S_reads_outside_but(ctx, fx, var, skip, copy_count + (setup ? 1 : 0)) !=
          (depth ? 0 : readers - 1) ||
      var->is_parameter || var->entry_count || !var->assign_count ||
      (var->assign_count != 1 && !setup && !S_all_prompts(var) &&
       !(depth && S_all_constant_names(var)))) {
    /* still read: a prompt whose value only the rewrites read may go */
    if (depth == 0) S_remove_unread_prompts(ctx, fx, var, readers, params);
    return;
  }
  /* a variable the new code names (the sender of a rewritten mail, even
   * when the old code only had it in single quotes) is never plumbing */
  for (uint32_t e = 0; var->name && e < fx->edit_count; e++)
    if (fx->edits[e].replacement && S_names_var(fx->edits[e].replacement, var->name)) return;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *ai = &var->assigns[i];
    if ((ai->span.start < ctx->model->first_statement && depth == 0) ||
        ai->span.end > ctx->src->text_len) /* made in a dot-sourced file */
      return;
    for (uint32_t e = 0; e < fx->edit_count; e++) /* deleted already (a chain's link) */
      if (fx->edits[e].range.start <= ai->span.start && ai->span.end <= fx->edits[e].range.end)
        return;
  }
  const psa_assignment *a = &var->assigns[0];
  if (setup) {
    /* the setup and the resets go (bottom up), then the reader below */
    for (uint32_t i = reset_count; i-- > 0;) {
      psa_fix_add_edit(ctx, fx, S_with_comment(ctx, fx, S_alone_in_if(ctx, resets[i])), "");
      fx->edits[fx->edit_count - 1].joint = readers > 1;
    }
    psa_fix_add_edit(ctx, fx, S_with_comment(ctx, fx, psa_fix_statement_span(ctx, setup_if)), "");
    fx->edits[fx->edit_count - 1].joint = readers > 1;
    a = setup_reader;
  } else if (var->assign_count > 1) {
    /* prompts only: every one goes (bottom up, so that a comment above a
     * run of deleted lines goes with them) */
    S_delete_copies(ctx, fx, copies, copy_count, readers);
    for (uint32_t i = var->assign_count; i-- > 0;) {
      psa_span sp = S_with_comment(ctx, fx, S_alone_in_if(ctx, var->assigns[i].span));
      psa_fix_add_edit(ctx, fx, sp, "");
      fx->edits[fx->edit_count - 1].joint = readers > 1;
    }
    return;
  }
  /* "$user = $password = ..." (a value on the next line of a template):
   * the statement assigns other variables too; the links still read stay */
  uint32_t start = S_chain_start(ctx, fx, var, a);
  if (start == UINT32_MAX) return;
  const psa_value *val = a->value;
  const psa_value *next = NULL, *user = NULL, *key = NULL, *parts = NULL;
  /* (Get-Content $f | ConvertTo-SecureString): the parenthesised pipeline */
  while (val->kind == PSA_V_COMMAND && psa_value_cmd(val) && psa_value_cmd(val)->pipeline_input &&
         psa_value_cmd(val)->pipeline_input->kind == PSA_V_COMMAND &&
         (psa_command_is(psa_value_cmd(val), "Select-Object") ||
          /* Read-Host -AsSecureString | ConvertFrom-SecureString: the prompt */
          psa_command_is(psa_value_cmd(val), "ConvertFrom-SecureString")))
    val = psa_value_cmd(val)->pipeline_input;
  if (val->kind == PSA_V_COMMAND) {
    const psa_command *c = psa_value_cmd(val);
    /* where a stored password or credential is read: the read goes, and a
     * variable holding the file's path when only it read that */
    static const char *const stores[] = {"Get-Credential", "Read-Host", "Import-Clixml",
                                          "Get-AutomationPSCredential", "Get-StoredCredential",
                                          "Get-Secret", "Get-AzKeyVaultSecret", "Get-Content",
                                          NULL};
    bool reader = false;
    for (int i = 0; stores[i]; i++)
      if (psa_command_is(c, stores[i])) reader = true;
    if (reader && psa_command_is(c, "Get-Credential")) {
      /* Get-Credential -Credential $built: the credential it hands back */
      const psa_arg *given = psa_command_arg(c, "Credential");
      if (given && given->value && given->value->kind == PSA_V_VARIABLE) next = given->value;
      /* Get-Credential -UserName $adminUpn: the prompt's user name suggestion
       * (a Read-Host before it) is a link too; a rewrite that signs in with
       * it (-UserPrincipalName $adminUpn) names it, so it stays there */
      const psa_arg *hint = psa_command_arg(c, "UserName");
      if (hint && hint->value && hint->value->kind == PSA_V_VARIABLE) user = hint->value;
    } else if (reader && psa_command_arg(c, S_store_name_param(c))) {
      /* Get-AutomationPSCredential -Name $PSCredName: the asset's name,
       * often a runbook parameter, is the next link */
      const psa_arg *name = psa_command_arg(c, S_store_name_param(c));
      if (name->value && name->value->kind == PSA_V_VARIABLE) next = name->value;
    } else if (reader) {
      const psa_arg *path = psa_command_arg(c, "Path");
      if (!path) path = psa_command_arg(c, "LiteralPath");
      if (path && path->value && path->value->kind == PSA_V_VARIABLE) next = path->value;
    } else if (psa_command_is(c, "ConvertTo-SecureString")) {
      S_secure_string_source(c, &next, &key);
    } else if (psa_command_is(c, "Join-Path")) {
      /* the path of a stored credential file whose reader and writer went */
    } else if (depth && S_credential_helper(a, c, &user)) {
      /* the script's own credential helper: the read goes, and the user
       * name it was given when nothing else reads that */
    } else {
      const psa_value *p;
      if (!psa_credential_parts(ctx->model, val, &user, &p)) return;
      next = S_inline_password_source(p, &key);
    }
  } else if (psa_value_is_host_prompt(val)) {
    /* $Host.UI.PromptForCredential(...): a prompt like Get-Credential */
  } else if (val->kind == PSA_V_NEW_OBJECT) {
    const psa_value *p;
    if (!psa_credential_parts(ctx->model, val, &user, &p)) return;
    next = S_inline_password_source(p, &key);
  } else if (depth && S_password_of(val)) {
    /* $plain = $c.GetNetworkCredential().Password: the credential it was
     * read out of is the next link */
    next = S_password_of(val);
  } else if (depth && val->kind == PSA_V_MEMBER && val->base && val->base->kind == PSA_V_VARIABLE) {
    /* $username = $settings.username: a value copied out of the script's
     * settings, which stay (other reads) */
  } else if (val->kind == PSA_V_CAST && val->base && val->base->kind == PSA_V_COMMAND) {
    /* [string](Get-Content $file) */
  } else if (val->kind != PSA_V_STRING && val->kind != PSA_V_ARRAY && val->kind != PSA_V_INTERP) {
    return;
  }
  S_delete_copies(ctx, fx, copies, copy_count, readers);
  psa_span sp = S_with_comment(ctx, fx, S_alone_in_if(ctx, (psa_span){start, a->span.end}));
  psa_fix_add_edit(ctx, fx, sp, "");
  fx->edits[fx->edit_count - 1].joint = readers > 1;
  /* the statement that wrote the file it read, from a prompt or a
   * credential, when nothing else names the file */
  S_remove_writers(ctx, fx, S_file_reader(val), depth, readers, params);
  /* (a variable, or a string that is only one: "$Password") */
  if (next) S_remove_plumbing(ctx, fx, next, depth + 1, readers, params);
  /* the user name variable too, when nothing else reads it */
  if (user) {
    params->user_var = user->kind == PSA_V_VARIABLE ? psa_value_var(user) : NULL;
    S_remove_plumbing(ctx, fx, user, depth + 1, readers, params);
    params->user_var = NULL;
  }
  /* the AES key a stored password was encrypted with ([byte[]]$key = ...) */
  if (key && key->kind == PSA_V_VARIABLE) S_remove_plumbing(ctx, fx, key, depth + 1, readers, params);
  /* "$dir\$PasswordFile": a file name variable only the read used
   * ($MSPasswordFile = "pw.txt") goes; a directory the script reads
   * elsewhere stays (S_reads_outside_but) */
  const psa_command *rd = S_file_reader(val);
  const psa_arg *path = rd ? psa_command_arg(rd, "Path") : NULL;
  if (path && path->value && path->value->kind == PSA_V_INTERP) parts = path->value;
  for (uint32_t i = 0; parts && i < parts->item_count; i++)
    if (parts->items[i] && parts->items[i]->kind == PSA_V_VARIABLE)
      S_remove_plumbing(ctx, fx, parts->items[i], depth + 1, readers, params);
}

/* The credential stays (its user name is still read): a statement that
 * only copies its password out ($pw = $cred.Password, or
 * .GetNetworkCredential().Password) into a variable nothing reads goes. */
static void S_remove_password_copies(psa_rule_ctx *ctx, psa_fix *fx, const psa_variable *cred) {
  if (!cred || !cred->name) return;
  const char *t = ctx->src->text;
  for (const psa_variable *v = ctx->model->script->vars; v; v = v->next) {
    if (v == cred || v->is_parameter || v->entry_count || v->assign_count != 1) continue;
    const psa_assignment *a = &v->assigns[0];
    if (!a->value || a->span.end > ctx->src->text_len || a->value->span.end > a->span.end) continue;
    psa_span reads[2];
    if (psa_variable_reads(ctx->model, v, reads, 2)) continue;
    uint32_t s = a->value->span.start, n = a->value->span.end - s;
    char want[2][96];
    snprintf(want[0], sizeof(want[0]), "$%s.Password", cred->name);
    snprintf(want[1], sizeof(want[1]), "$%s.GetNetworkCredential().Password", cred->name);
    bool copy = false;
    for (int w = 0; w < 2 && !copy; w++)
      copy = n == strlen(want[w]) && !psa_strncasecmp(t + s, want[w], n);
    if (!copy) continue;
    psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, S_with_line_comment(ctx, a->span)), "");
  }
}

/* Deletions of one fix that only blanks or ';' separate ("$pw = ...; $cred
 * = New-Object ..." on one line) become one, so that the line goes whole
 * instead of leaving its blanks behind. */
static void S_merge_deletions(const psa_rule_ctx *ctx, psa_fix *fx) {
  const char *t = ctx->src->text;
  for (bool merged = true; merged;) {
    merged = false;
    for (uint32_t i = 0; i < fx->edit_count && !merged; i++)
      for (uint32_t j = 0; j < fx->edit_count && !merged; j++) {
        psa_edit *a = &fx->edits[i], *b = &fx->edits[j];
        if (i == j || *a->replacement || *b->replacement || a->joint != b->joint ||
            a->range.end > b->range.start || b->range.end > ctx->src->text_len ||
            (a->range.end > 0 && t[a->range.end - 1] == '\n')) /* whole lines already */
          continue;
        uint32_t k = a->range.end;
        while (k < b->range.start && (t[k] == ' ' || t[k] == '\t' || t[k] == ';')) k++;
        if (k != b->range.start) continue;
        /* the joined statements may now own their line */
        a->range = psa_fix_statement_span(ctx, (psa_span){a->range.start, b->range.end});
        fx->edits[j] = fx->edits[--fx->edit_count];
        merged = true;
      }
  }
}

/* Whether the line starting at 'at' is blank (or 'at' is the end). */
static bool S_blank_line_at(const char *t, uint32_t n, uint32_t at, uint32_t *next) {
  uint32_t k = at;
  while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
  if (k < n && t[k] != '\n') return false;
  if (next) *next = k < n ? k + 1 : k;
  return true;
}

void psa_fix_one_blank_line(const psa_rule_ctx *ctx, psa_fix *fx) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  for (uint32_t i = 0; i < fx->edit_count; i++) {
    psa_span r = fx->edits[i].range;
    if (*fx->edits[i].replacement || fx->edits[i].joint || r.end > n ||
        (r.start > 0 && t[r.start - 1] != '\n') ||
        (r.end > 0 && t[r.end - 1] != '\n'))
      continue;
    bool first = true; /* the first edit of a run of deletions */
    for (uint32_t k = 0; k < fx->edit_count && first; k++) {
      /* a block inserted there that ends in a blank line of its own (the
       * tenant values' declaration) stands for the blank line above */
      const char *in = fx->edits[k].replacement;
      size_t il = in ? strlen(in) : 0;
      bool blank_block = fx->edits[k].range.start == r.start && il >= 2 && in[il - 1] == '\n' &&
                         in[il - 2] == '\n';
      first = fx->edits[k].range.end != r.start || k == i || blank_block;
    }
    if (!first) continue;
    uint32_t last = i; /* the run's last edit */
    for (bool moved = true; moved;) {
      moved = false;
      for (uint32_t k = 0; k < fx->edit_count; k++)
        if (k != last && fx->edits[k].range.start == fx->edits[last].range.end &&
            fx->edits[k].range.end > fx->edits[k].range.start && !*fx->edits[k].replacement) {
          last = k;
          moved = true;
        }
    }
    /* the file's first lines: a blank line left at the top goes too */
    uint32_t prev = r.start ? r.start - 1 : 0;
    while (prev > 0 && t[prev - 1] != '\n') prev--;
    uint32_t end = fx->edits[last].range.end, after;
    if (end >= n || (r.start > 0 && !S_blank_line_at(t, n, prev, NULL)) ||
        !S_blank_line_at(t, n, end, &after))
      continue;
    bool free = true;
    for (uint32_t k = 0; k < fx->edit_count && free; k++)
      free = fx->edits[k].range.start >= after || fx->edits[k].range.end <= end;
    if (free) fx->edits[last].range.end = after;
  }
}

void psa_fix_remove_plumbing(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *credential) {
  if (!credential || credential->kind != PSA_V_VARIABLE || !psa_value_var(credential)) return;
  psa_rule_state *impl = ctx->impl;
  /* the finding holding fx: normally the last one reported */
  for (uint32_t i = impl->finding_count; i-- > 0;) {
    const psa_finding *f = &impl->findings[i];
    if (fx < f->fixes || fx >= f->fixes + f->fix_count) continue;
    if (impl->plumbing_count == impl->plumbing_cap) {
      impl->plumbing_cap = impl->plumbing_cap ? impl->plumbing_cap * 2 : 8;
      impl->plumbing =
          psa_xrealloc(impl->plumbing, impl->plumbing_cap * sizeof(*impl->plumbing));
    }
    impl->plumbing[impl->plumbing_count++] =
        (psa_plumbing){.finding = i, .fix = (uint32_t)(fx - f->fixes), .credential = credential};
    return;
  }
}

/* The plumbing removal 'fx' registered for 'credential' (the latest), or
 * NULL. */
static psa_plumbing *S_plumbing_of(psa_rule_ctx *ctx, const psa_fix *fx,
                                   const psa_value *credential) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = impl->plumbing_count; i-- > 0;) {
    psa_plumbing *p = &impl->plumbing[i];
    if (p->credential == credential && &impl->findings[p->finding].fixes[p->fix] == fx) return p;
  }
  return NULL;
}

void psa_fix_request_cert_params(psa_rule_ctx *ctx, const psa_rule *rule, psa_fix *fx,
                                 const psa_conn_plan *plan, const psa_command *connect,
                                 const psa_value *credential) {
  if (plan->target != PSA_TARGET_APP_ONLY || !plan->si.from_parameters || plan->tenant_prefix)
    return;
  psa_plumbing *p = S_plumbing_of(ctx, fx, credential);
  if (!p) return;
  p->cert_connect = connect;
  p->cert_rule = rule;
}

void psa_fix_prompt_user(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *credential,
                         uint32_t edit, psa_span range, const char *text, psa_span conn) {
  psa_plumbing *p = S_plumbing_of(ctx, fx, credential);
  if (!p) return;
  p->user_hint = true;
  p->user_edit = edit;
  p->user_range = range;
  p->user_text = text;
  p->user_conn = conn;
}

/* Whether only blanks, comment lines and text the fix edits lie between
 * 'from' and 'to' (the message and the connection are next to each other
 * once the fix has run). */
static bool S_adjacent(const psa_rule_ctx *ctx, const psa_fix *fx, uint32_t from, uint32_t to) {
  const char *t = ctx->src->text;
  for (uint32_t k = from; k < to; k++) {
    if (t[k] == ' ' || t[k] == '\t' || t[k] == '\r' || t[k] == '\n' || t[k] == ';') continue;
    if (t[k] == '#') {
      while (k < to && t[k] != '\n') k++;
      continue;
    }
    bool edited = false;
    for (uint32_t e = 0; e < fx->edit_count && !edited; e++)
      if (fx->edits[e].range.start <= k && k < fx->edits[e].range.end) {
        edited = true;
        k = fx->edits[e].range.end - 1;
      }
    if (!edited) return false;
  }
  return true;
}

/* What a message announcing a removed sign-in calls the old service, and
 * what the rewritten connection signs in to instead (longest first: a
 * shorter name inside a longer one's hit is not replaced again). */
const psa_msg_rename psa_msg_graph_names[] = {
    {"Microsoft Online Services", "Microsoft Graph"},
    {"Microsoft Online", "Microsoft Graph"},
    {"Azure Active Directory", "Microsoft Graph"},
    {"MSOnline", "Microsoft Graph"},
    {"Azure AD", "Microsoft Graph"},
    {"AzureAD", "Microsoft Graph"},
    {"MSOL", "Microsoft Graph"},
    {NULL, NULL}};
/* New-PSSession to Exchange Online -> Connect-ExchangeOnline: the REST
 * module, not remote PowerShell */
const psa_msg_rename psa_msg_exchange_names[] = {
    {"Exchange Online remote PowerShell", "Exchange Online PowerShell"},
    {NULL, NULL}};

/* Connect-EXOPSSession / New-ExoPSSession -> Connect-ExchangeOnline: the
 * messages named the EXO V1 (ClickOnce) module by what it did; the module
 * now loaded is ExchangeOnlineManagement. "Exchange Online PowerShell
 * module" is not among them: Microsoft calls ExchangeOnlineManagement so. */
const psa_msg_rename psa_msg_v1_names[] = {
    {"Exchange Online Remote PowerShell module", "ExchangeOnlineManagement module"},
    {"Exchange Online MFA module", "ExchangeOnlineManagement module"},
    {"Exchange MFA module", "ExchangeOnlineManagement module"},
    {"EXO MFA module", "ExchangeOnlineManagement module"},
    {"EXO V1 module", "ExchangeOnlineManagement module"},
    {NULL, NULL}};

/* Whether [s, e) of 't' is free of the fix's edits. */
static bool S_untouched(const psa_fix *fx, uint32_t s, uint32_t e) {
  for (uint32_t k = 0; k < fx->edit_count; k++)
    if (fx->edits[k].range.start < e && s < fx->edits[k].range.end) return false;
  return true;
}

/* The old service's names in one message literal [vs, ve) become the new
 * one's: whole words only ("MSOL", not the "Msol" of "Get-MsolUser"). */
static void S_rename_service(psa_rule_ctx *ctx, psa_fix *fx, uint32_t vs, uint32_t ve,
                             const psa_msg_rename *names) {
  const char *t = ctx->src->text;
  for (int i = 0; names && names[i].old; i++) {
    size_t on = strlen(names[i].old);
    for (uint32_t at = vs; at + on <= ve; at++) {
      if (psa_strncasecmp(t + at, names[i].old, on)) continue;
      bool before = at > vs && (isalnum((unsigned char)t[at - 1]) || t[at - 1] == '-');
      bool after = at + on < ve && (isalnum((unsigned char)t[at + on]) || t[at + on] == '-');
      if (before || after || !S_untouched(fx, at, at + (uint32_t)on)) continue;
      psa_fix_add_edit(ctx, fx, (psa_span){at, at + (uint32_t)on}, names[i].new_name);
      at += (uint32_t)on - 1;
    }
  }
}

/* A message next to the rewritten connection that names its endpoint
 * (Write-Host "Connecting to https://ps.outlook.com/powershell/"): it
 * would describe a connection the script no longer makes, so the endpoint
 * in the message becomes the service's name. Only a literal right before
 * or after the connection (S_adjacent), and only the URI exactly as the
 * connection wrote it (with or without its last '/'). A message that names
 * the old service ("Connecting to Microsoft Online...", 'names') names the
 * new one; only in Write-Host/-Output/-Verbose/-Information (a progress
 * bar's activity is not an announcement). */
static void S_stale_messages(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *cmd,
                             const char *uri, const char *svc, const psa_msg_rename *names) {
  static const char *const writers[] = {"Write-Host", "Write-Output", "Write-Verbose",
                                        "Write-Information", "Write-Progress", NULL};
  size_t un = uri ? strlen(uri) : 0;
  while (un && uri[un - 1] == '/') un--;
  if (un < 12) uri = NULL;
  if (!uri && !names) return;
  const char *t = ctx->src->text;
  PSA_FOR_COMMANDS(ctx, w) {
    bool writer = false;
    for (int i = 0; writers[i]; i++) writer = writer || psa_command_is(w, writers[i]);
    if (!writer || w->in_string || w->statement_span.end > ctx->src->text_len) continue;
    psa_span ws = w->statement_span, cs = cmd->statement_span;
    if (ws.end <= cs.start ? !S_adjacent(ctx, fx, ws.end, cs.start)
                           : ws.start < cs.end || !S_adjacent(ctx, fx, cs.end, ws.start))
      continue;
    bool announces = !psa_command_is(w, "Write-Progress");
    for (uint32_t a = 0; a < w->arg_count; a++) {
      const psa_value *v = w->args[a].value;
      if (!v || !v->literal || v->kind != PSA_V_STRING || v->span.end > ctx->src->text_len) continue;
      const char *hit = uri ? psa_find_ci(t + v->span.start, v->span.end - v->span.start, uri) : NULL;
      if (hit) {
        psa_span sp = {(uint32_t)(hit - t), (uint32_t)(hit - t + un)};
        if (sp.end < v->span.end && t[sp.end] == '/') sp.end++;
        if (S_untouched(fx, sp.start, sp.end)) psa_fix_add_edit(ctx, fx, sp, svc);
      }
      /* (a -ForegroundColor's value is a literal too: only the message) */
      if (announces && (w->args[a].via == PSA_BIND_POSITIONAL || w->args[a].via == PSA_BIND_UNBOUND ||
                        (w->args[a].param && (!psa_strcasecmp(w->args[a].param, "Object") ||
                                              !psa_strcasecmp(w->args[a].param, "Message") ||
                                              !psa_strcasecmp(w->args[a].param, "InputObject") ||
                                              !psa_strcasecmp(w->args[a].param, "MessageData")))))
        S_rename_service(ctx, fx, v->span.start, v->span.end, names);
    }
  }
}

/* The domain of a UPN in a tenant's initial domain ("admin@contoso.
 * onmicrosoft.com" -> "contoso.onmicrosoft.com"): one label before
 * .onmicrosoft.com, so not contoso.mail.onmicrosoft.com nor a custom
 * domain, which Connect-ExchangeOnline -Organization does not take
 * (source exo-organization in docs/facts.md). NULL otherwise. */
static const char *S_initial_domain(psa_rule_ctx *ctx, const char *upn) {
  static const char suffix[] = ".onmicrosoft.com";
  const char *at = upn ? strchr(upn, '@') : NULL;
  if (!at || at == upn || strchr(at + 1, '@')) return NULL;
  for (const char *c = upn; c < at; c++)
    if (!(isalnum((unsigned char)*c) || strchr("._-'+", *c))) return NULL;
  const char *label = at + 1;
  size_t n = strlen(label), sn = sizeof(suffix) - 1;
  if (n <= sn || psa_strcasecmp(label + n - sn, suffix)) return NULL;
  for (size_t k = 0; k < n - sn; k++)
    if (!(isalnum((unsigned char)label[k]) || (label[k] == '-' && k > 0))) return NULL;
  return psa_ctx_printf(ctx, "%s", label);
}

void psa_fix_org_hint(psa_rule_ctx *ctx, const psa_value *credential) {
  const psa_variable *var = credential && credential->kind == PSA_V_VARIABLE ? psa_value_var(credential) : NULL;
  if (!var || var->assign_count != 1 || var->is_parameter || !var->assigns[0].value) return;
  const psa_value *user = NULL, *password = NULL;
  if (!psa_credential_parts(ctx->model, var->assigns[0].value, &user, &password) || !user) return;
  /* a literal, or a variable holding one ("$user = 'admin@...'") */
  if (user->kind == PSA_V_INTERP && user->item_count == 1) user = user->items[0];
  if (user->kind == PSA_V_VARIABLE) {
    const psa_variable *uv = psa_value_var(user);
    if (!uv || uv->assign_count != 1 || uv->is_parameter || uv->entry_count || !uv->assigns[0].value)
      return;
    user = uv->assigns[0].value;
  }
  if (user->kind != PSA_V_STRING || !user->literal) return;
  const char *domain = S_initial_domain(ctx, user->str);
  if (!domain) return;
  psa_rule_state *impl = ctx->impl;
  if (!impl->org_hint) impl->org_hint = domain;
  else if (psa_strcasecmp(impl->org_hint, domain)) impl->org_hint_conflict = true;
}

void psa_fix_drop_uncalled_params(psa_rule_ctx *ctx, psa_fix *fx, const psa_value *credential) {
  psa_plumbing *p = credential ? S_plumbing_of(ctx, fx, credential) : NULL;
  if (p) p->uncalled_params = true;
}

void psa_fix_stale_messages(psa_rule_ctx *ctx, psa_fix *fx, const psa_command *conn,
                            const psa_value *credential, const char *uri, const char *svc,
                            const psa_msg_rename *names) {
  S_stale_messages(ctx, fx, conn, uri, svc, names);
  /* again once the plumbing between message and connection is deleted */
  psa_plumbing *p = credential ? S_plumbing_of(ctx, fx, credential) : NULL;
  if (!p) return;
  p->msg_conn = conn;
  p->msg_uri = uri;
  p->msg_svc = svc;
  p->msg_names = names;
}

/* Whether 'v' is a credential prompt: Get-Credential, or
 * $Host.UI.PromptForCredential(...), which shows the same dialog
 * (PSHostUserInterface.PromptForCredential). */
static bool S_is_credential_prompt(const psa_value *v);

/* The prompt's name in a plan line. */
static const char *S_prompt_label(const psa_value *v) {
  return psa_value_is_host_prompt(v) ? "$Host.UI.PromptForCredential" : "Get-Credential";
}

static bool S_is_credential_prompt(const psa_value *v) {
  if (!v) return false;
  if (psa_value_is_host_prompt(v)) return true;
  return v->kind == PSA_V_COMMAND && psa_value_cmd(v) && psa_command_is(psa_value_cmd(v), "Get-Credential");
}

/* Whether a credential parameter is read for its user name only once the
 * fix's edits are made: every read of it in the file lies in a range the
 * fix replaces, or is $var.UserName, and the rewrite passes $var.UserName.
 * A Mandatory [PSCredential] then still prompts for a password nothing
 * uses (review20 09); its type stays, the plan says why. */
static bool S_param_user_name_only(psa_rule_ctx *ctx, const psa_fix *fx, const psa_variable *var,
                                   const char *user_text) {
  if (!var->is_parameter || !var->name || !user_text || !psa_contains_ci(user_text, ".UserName"))
    return false;
  psa_span reads[32];
  uint32_t n = psa_variable_reads(ctx->model, var, reads, 32);
  if (!n || n > 32) return false;
  const char *text = ctx->src->text;
  size_t len = ctx->src->text_len;
  for (uint32_t i = 0; i < n; i++) {
    bool replaced = false;
    for (uint32_t k = 0; k < fx->edit_count && !replaced; k++)
      replaced = fx->edits[k].range.start <= reads[i].start && reads[i].end <= fx->edits[k].range.end &&
                 fx->edits[k].range.start < fx->edits[k].range.end;
    if (replaced) continue;
    if (reads[i].end + 9 > len || psa_strncasecmp(text + reads[i].end, ".UserName", 9) ||
        (reads[i].end + 9 < len && (isalnum((unsigned char)text[reads[i].end + 9]) ||
                                    text[reads[i].end + 9] == '_')))
      return false;
  }
  return true;
}

/* The plan's note on such a parameter. */
static const char *S_user_name_only_note(psa_rule_ctx *ctx, const psa_variable *var) {
  return psa_ctx_printf(ctx,
                        "; the [PSCredential] parameter -%s is read only for its user name now, "
                        "yet PowerShell still asks the person for its password: psauth keeps the "
                        "parameter's type, since callers that pass a credential object would "
                        "break; once they pass a user name, make it a [string] user name",
                        var->name);
}

/* The prompt a credential value comes from, through variables assigned
 * only from it ($Global:admin = $cred after $cred = Get-Credential: a
 * credential cached for the session, review20 40), or NULL. */
static const psa_value *S_prompt_via(const psa_value *v, int depth) {
  if (!v || depth > 3) return NULL;
  if (S_is_credential_prompt(v)) return v;
  const psa_variable *var = v->kind == PSA_V_VARIABLE ? psa_value_var(v) : NULL;
  if (!var || var->is_parameter || var->assign_count != 1 || var->assigns[0].append) return NULL;
  return S_prompt_via(var->assigns[0].value, depth + 1);
}

/* The credential stays: when it comes from a Get-Credential prompt, the
 * rewrite passes the user name typed there (psa_fix_prompt_user), also
 * when the prompt suggests one (-UserName, -Credential 'name'): the other
 * connections keep signing in with what was typed, and both must be the
 * same admin. */
static void S_prompt_user(psa_rule_ctx *ctx, psa_fix *fx, const psa_plumbing *p) {
  const psa_variable *var = psa_value_var(p->credential);
  if (!p->user_hint || !var || p->user_edit >= fx->edit_count) return;
  /* a [string] parameter is the user name itself (the planner's user
   * source, passed as it is), not a credential to read .UserName from */
  char t[64];
  const char *nt = var->is_parameter && var->param_type
                       ? psa_type_normalize(var->param_type, t, sizeof(t))
                       : NULL;
  if (nt && !strcmp(nt, "string")) return;
  /* a function's parameter: the callers' prompts (the planner found the
   * sign-in interactive through them) stay where they are */
  if (!var->assign_count && !(var->is_parameter && var->scope && var->scope->kind == PSA_SCOPE_FUNCTION)) {
    /* a script's [PSCredential] parameter the person is asked for: the
     * rewrite reads its user name; say when that is all it reads */
    if (!var->is_parameter || !S_param_user_name_only(ctx, fx, var, p->user_text)) return;
    psa_rule_state *impl = ctx->impl;
    for (uint32_t i = 0; i < impl->plan_count; i++) {
      psa_plan_entry *e = &impl->plan[i];
      if (e->kind == PSA_PLAN_CONNECTION && e->target && e->span.start == p->user_conn.start &&
          e->span.end == p->user_conn.end && e->evidence && !strncmp(e->evidence, "a [PSCredential]", 16))
        e->why = psa_ctx_printf(ctx, "%s%s", e->why, S_user_name_only_note(ctx, var));
    }
    return;
  }
  for (uint32_t i = 0; i < var->assign_count; i++)
    if (!S_prompt_via(var->assigns[i].value, 0)) return;
  fx->edits[p->user_edit].range = p->user_range;
  fx->edits[p->user_edit].replacement = p->user_text;
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || e->span.start != p->user_conn.start ||
        e->span.end != p->user_conn.end)
      continue;
    /* a [PSCredential] parameter the person gives (no prompt of the file) */
    if (var->is_parameter && e->evidence && !strncmp(e->evidence, "a [PSCredential]", 16))
      e->why = psa_ctx_printf(ctx,
                              "%s; the -%s parameter stays (its callers give it), so the user "
                              "name given there signs in%s",
                              e->why, var->name,
                              S_param_user_name_only(ctx, fx, var, p->user_text)
                                  ? S_user_name_only_note(ctx, var)
                                  : "");
    else if (!strstr(e->why, " prompt stays: its guard")) /* (S_guarded_prompt_stays said why) */
      e->why = psa_ctx_printf(ctx,
                              "%s; the %s prompt stays (the script still reads the "
                              "credential), so the user name typed there signs in",
                              e->why, var->assign_count ? S_prompt_label(S_prompt_via(var->assigns[0].value, 0)) : "Get-Credential");
  }
}

/* Whether any variable of the file (any scope) is called 'name'. */
static bool S_name_taken(const psa_model *m, const char *name) {
  for (const psa_variable *v = m->script->vars; v; v = v->next)
    if (v->name && !psa_strcasecmp(v->name, name)) return true;
  for (uint32_t f = 0; f < m->function_count; f++)
    for (const psa_variable *v = m->functions[f].scope ? m->functions[f].scope->vars : NULL; v;
         v = v->next)
      if (v->name && !psa_strcasecmp(v->name, name)) return true;
  return false;
}

/* Whether an edit of a fix other than 'fx' touches 'sp'. */
static bool S_other_fix_edits(const psa_rule_ctx *ctx, const psa_fix *fx, psa_span sp) {
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      const psa_fix *o = &impl->findings[i].fixes[k];
      if (o == fx || o->applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < o->edit_count; e++)
        if (o->edits[e].range.start < sp.end && sp.start < o->edits[e].range.end) return true;
    }
  return false;
}

/* The plan's reason for the connection 'p' rewrites, with 'what' in place
 * of "the Get-Credential prompt stays ..." (S_prompt_user). */
static void S_prompt_why(psa_rule_ctx *ctx, const psa_plumbing *p, const char *what) {
  psa_rule_state *impl = ctx->impl;
  /* a rewrite that dropped the credential has no user-name edit: its
   * finding names the connection */
  psa_span conn = p->user_hint ? p->user_conn : impl->findings[p->finding].span;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || e->span.start != conn.start ||
        e->span.end != conn.end || !e->why)
      continue;
    const char *cut = strstr(e->why, "; the Get-Credential prompt stays");
    if (!cut) cut = strstr(e->why, "; the $Host.UI.PromptForCredential prompt stays");
    e->why = psa_ctx_printf(ctx, "%.*s; %s", cut ? (int)(cut - e->why) : (int)strlen(e->why),
                            e->why, what);
  }
}

/* S_prompt_to_user_name when the prompt was pre-filled from $name: the
 * prompt goes, and the rewrite, each "$c.UserName" and the guard read $name. */
static void S_prompt_from_variable(psa_rule_ctx *ctx, psa_fix *fx, const psa_plumbing *p,
                                   const psa_assignment *a, const char *name, psa_span *copies,
                                   uint32_t nc, uint32_t readers, const psa_span *members,
                                   uint32_t nm, psa_span guard_read) {
  const psa_variable *var = psa_value_var(p->credential);
  if (p->user_hint) {
    const char *ut = p->user_text;
    const char *hit = psa_find_ci(ut, strlen(ut), psa_ctx_printf(ctx, "$%s.UserName", var->name));
    if (!hit) return;
    fx->edits[p->user_edit].replacement = psa_ctx_printf(
        ctx, "%.*s$%s%s", (int)(hit - ut), ut, name, hit + strlen(var->name) + 10);
  }
  S_delete_copies(ctx, fx, copies, nc, readers);
  psa_fix_add_edit(ctx, fx, psa_fix_deletion_span(ctx, fx, a->span, NULL), "");
  psa_fix_one_blank_line(ctx, fx);
  for (uint32_t i = 0; i < nm; i++)
    psa_fix_add_edit(ctx, fx, members[i], psa_ctx_printf(ctx, "$%s", name));
  if (guard_read.end) psa_fix_add_edit(ctx, fx, guard_read, psa_ctx_printf(ctx, "$%s", name));
  S_prompt_why(ctx, p,
               psa_ctx_printf(ctx,
                              "nothing uses the password of the Get-Credential prompt any more "
                              "and $%s, which pre-filled it, holds the user name: the prompt "
                              "goes and $%s signs in",
                              name, name));
}

/* The clause whose condition reads the credential to prompt only once: "if
 * (!$c) { ...; $c = Get-Credential }" (no else). The read 'r' must lie in
 * the condition of an if clause whose body holds the prompt 'a'. */
static const psa_block *S_prompt_guard(const psa_model *m, psa_span r, psa_span a) {
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind == PSA_BLOCK_IF && b->span.end == b->statement.end && b->span.start <= r.start &&
        r.end <= b->body.start && b->body.start <= a.start && a.end <= b->body.end)
      return b;
  }
  return NULL;
}

/* The condition of "if ($c -ne $null) {...}" (or "$null -ne $c", "$c")
 * when 'r' is its only text and the if statement follows the prompt 'a' in
 * the same block: the test that the person did not cancel the prompt. Its
 * span (inside the parentheses), or {0,0}. Read-Host returns "" when
 * nothing is typed, so the condition becomes the name itself (truthy). */
static psa_span S_prompt_test_after(const psa_rule_ctx *ctx, psa_span r, psa_span a) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  psa_span none = {0, 0};
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind != PSA_BLOCK_IF || b->span.start != b->statement.start || b->span.start < a.end ||
        r.start < b->span.start || r.end > b->body.start)
      continue;
    /* only blanks and comments between the prompt and the if */
    for (uint32_t k = a.end; k < b->span.start; k++) {
      if (t[k] == '#') {
        while (k < b->span.start && t[k] != '\n') k++;
        continue;
      }
      if (!isspace((unsigned char)t[k])) return none;
    }
    uint32_t open = b->span.start, close = b->body.start;
    while (open < r.start && t[open] != '(') open++;
    while (close > r.end && t[close - 1] != ')') close--;
    if (open >= r.start || close <= r.end) return none;
    psa_span in = {open + 1, close - 1};
    while (in.start < in.end && isspace((unsigned char)t[in.start])) in.start++;
    while (in.end > in.start && isspace((unsigned char)t[in.end - 1])) in.end--;
    const char *before = t + in.start, *after = t + r.end;
    size_t nb = r.start - in.start, na = in.end - r.end;
    if ((nb == 0 && na == 0) || (nb == 0 && na == 10 && !psa_strncasecmp(after, " -ne $null", 10)) ||
        (na == 0 && nb == 10 && !psa_strncasecmp(before, "$null -ne ", 10)))
      return in;
    return none;
  }
  return none;
}

/* The variable "Get-Credential -UserName $email" suggests, when it can stand
 * for the user name everywhere the credential's is read: the same scope,
 * and (with a guard clause "if (!$c)") assigned inside that clause, so the
 * guard can test it instead. */
static const psa_variable *S_hint_variable(const psa_variable *cred, const psa_arg *hint,
                                           const psa_block *guard) {
  const psa_variable *u = hint && hint->value ? psa_value_var(hint->value) : NULL;
  if (!u || u == cred || !u->name || u->scope != cred->scope || u->entry_count) return NULL;
  if (!guard) return u->assign_count || u->is_parameter ? u : NULL;
  for (uint32_t i = 0; i < u->assign_count; i++)
    if (guard->body.start <= u->assigns[i].span.start && u->assigns[i].span.end <= guard->body.end)
      return u;
  return NULL;
}

/* What a user-name prompt's message says in place of a credential's
 * words: longest first, so that "Username and Password" is one phrase. */
static const char *const S_credential_phrases[] = {
    "user name and password", "username and password", "username & password", "username/password",
    "user name/password",     "login and password",    "user id and password", "credentials",
    "credential",             "creds",                 "password",             NULL};

/* Whether the sentence [s, e) of a message speaks of multi-factor sign-in,
 * which the modern sign-in now does ("This will not work with MFA"). */
static bool S_mfa_sentence(const char *s, size_t n) {
  static const char *const words[] = {"MFA", "2FA", "multi-factor", "multifactor", "two-factor", NULL};
  for (int i = 0; words[i]; i++) {
    const char *hit = psa_find_ci(s, n, words[i]);
    size_t k = strlen(words[i]);
    if (hit && (hit == s || !isalnum((unsigned char)hit[-1])) &&
        (hit + k == s + n || !isalnum((unsigned char)hit[k])))
      return true;
  }
  return false;
}

/* The message of a Get-Credential prompt kept for its user name, reworded
 * for the Read-Host that now asks only for the name (review18 18, 37): a
 * credential's words ("credentials", "Username and Password", "password")
 * become "user name (UPN)", the rest of the script's wording stays (it names
 * the account, the tenant); a sentence about MFA goes (the modern sign-in
 * does MFA), and so does a trailing colon (Read-Host appends one: Microsoft
 * Learn, Read-Host, example 1). 'q' is the message as written, quotes
 * included; words of a variable or member ($cred, .Password) stay. NULL
 * when the text is not a one-line quoted string. */
static const char *S_user_name_message(psa_rule_ctx *ctx, const char *q) {
  size_t n = strlen(q);
  if (n < 2 || (q[0] != '"' && q[0] != '\'') || q[n - 1] != q[0] || strchr(q, '\n')) return NULL;
  psa_buf b;
  psa_buf_init(&b);
  /* sentence by sentence (". " ends one), dropping those about MFA */
  const char *body = q + 1, *end = q + n - 1;
  for (const char *s = body; s < end;) {
    const char *dot = s;
    while (dot < end && !(*dot == '.' && (dot + 1 == end || dot[1] == ' '))) dot++;
    const char *e = dot < end ? dot + 1 : end;
    if (!S_mfa_sentence(s, (size_t)(e - s))) {
      for (const char *k = s; k < e;) {
        const char *hit = NULL;
        size_t len = 0;
        bool word_start = k == body || !(isalnum((unsigned char)k[-1]) || k[-1] == '_' || k[-1] == '$' ||
                                         k[-1] == '.' || k[-1] == '-' || k[-1] == ':' || k[-1] == '{');
        for (int i = 0; word_start && S_credential_phrases[i] && !hit; i++) {
          len = strlen(S_credential_phrases[i]);
          if ((size_t)(e - k) >= len && !psa_strncasecmp(k, S_credential_phrases[i], len) &&
              (k + len == e || !(isalnum((unsigned char)k[len]) || k[len] == '_')))
            hit = k;
        }
        if (!hit) {
          psa_buf_putc(&b, *k++);
          continue;
        }
        /* a capital only where a sentence starts ("Password", not "Administrator Username") */
        const char *prev = k;
        while (prev > body && prev[-1] == ' ') prev--;
        bool starts = prev == body || strchr(".!?", prev[-1]);
        psa_buf_printf(&b, "%s", starts && isupper((unsigned char)*k) ? "User name (UPN)" : "user name (UPN)");
        k += len;
      }
    }
    s = e;
    while (s < end && *s == ' ' && !b.len) s++;
  }
  /* no blank, colon or full stop at the end: Read-Host adds ": " */
  size_t len = b.len;
  while (len && strchr(" :.", b.data[len - 1])) len--;
  const char *out = len ? psa_ctx_printf(ctx, "%c%.*s%c", q[0], (int)len, b.data, q[0]) : NULL;
  psa_buf_free(&b);
  return out;
}

/* The variable a user-name prompt fills in place of the credential 'var':
 * $AdminCredential -> $AdminUpn; NULL when both that and $<var>Upn are
 * taken. */
static const char *S_upn_name(psa_rule_ctx *ctx, const psa_variable *var) {
  char base[80];
  snprintf(base, sizeof(base), "%s", var->name);
  static const char *const suffixes[] = {"Credentials", "Credential", "Creds", "Cred", NULL};
  for (int i = 0; suffixes[i]; i++) {
    size_t k = strlen(suffixes[i]), bn = strlen(base);
    if (bn >= k && !psa_strcasecmp(base + bn - k, suffixes[i])) {
      base[bn - k] = 0;
      break;
    }
  }
  const char *name = psa_ctx_printf(ctx, "%sUpn", *base ? base : "Admin");
  if (S_name_taken(ctx->model, name)) name = psa_ctx_printf(ctx, "%sUpn", var->name);
  return S_name_taken(ctx->model, name) ? NULL : name;
}

/* Past the words of 'words' (blanks between them; a word that starts
 * with one of "a|b" alternatives), from 'k' in 't'; 0 when they differ.
 * Each word must end at a word boundary. */
static uint32_t S_match_words(const char *t, uint32_t len, uint32_t k, const char *const *words) {
  for (int w = 0; words[w]; w++) {
    while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
    /* "a|b|": the alternatives, an empty last one makes the word optional */
    const char *alt = words[w];
    bool found = false;
    for (bool last = false; !found && !last;) {
      const char *bar = strchr(alt, '|');
      uint32_t n = bar && bar != alt ? (uint32_t)(bar - alt) : (uint32_t)strlen(alt);
      if (!bar || bar == alt) last = true; /* "|" alone is the pipe itself */
      bool word = n && isalnum((unsigned char)alt[n - 1]);
      if (k + n <= len && !psa_strncasecmp(t + k, alt, n) &&
          (!word || k + n == len || !(isalnum((unsigned char)t[k + n]) || t[k + n] == '_' || t[k + n] == '-'))) {
        found = true;
        k += n;
      }
      if (!last) alt = bar + 1;
    }
    if (!found) return 0;
  }
  return k;
}

/* Where a read of the credential's user name that starts at 'e' (right
 * after "$c", which starts at 's') ends: ".UserName" or
 * ".GetNetworkCredential().UserName" (the same name for a UPN), or the
 * pipeline "$c | Select-Object UserName | ForEach-Object {$_.UserName}"
 * (or "-ExpandProperty UserName") when "$c" starts it; any case; 0 for
 * another read. */
static uint32_t S_user_name_read_end(const char *t, uint32_t len, uint32_t s, uint32_t e) {
  static const char *const forms[] = {".UserName", ".GetNetworkCredential().UserName", NULL};
  for (int i = 0; forms[i]; i++) {
    uint32_t k = (uint32_t)strlen(forms[i]);
    if (e + k > len || psa_strncasecmp(t + e, forms[i], k)) continue;
    if (e + k < len && (isalnum((unsigned char)t[e + k]) || t[e + k] == '_' || t[e + k] == '(')) continue;
    return e + k;
  }
  uint32_t b = s;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  if (b > 0 && !strchr("=(\n", t[b - 1])) return 0;
  static const char *const expand[] = {"|", "Select-Object|select", "-ExpandProperty|-Expand",
                                       "UserName", NULL};
  static const char *const pick[] = {"|", "Select-Object|select", "-Property|", "UserName", "|",
                                     "ForEach-Object|foreach|%", "{", "$_.UserName", "}", NULL};
  uint32_t end = S_match_words(t, len, e, expand);
  if (!end) end = S_match_words(t, len, e, pick);
  if (!end) return 0;
  /* the whole pipeline: nothing follows it on the line but its end */
  uint32_t k = end;
  while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
  return k == len || strchr("\r\n;)}#", t[k]) ? end : 0;
}

/* A one-line message as written (quotes included), or NULL. */
static const char *S_message_text(psa_rule_ctx *ctx, const psa_value *v) {
  const char *t = ctx->src->text;
  psa_span ms = v->span;
  if (ms.end > ctx->src->text_len || ms.end <= ms.start || memchr(t + ms.start, '\n', ms.end - ms.start))
    return NULL;
  return psa_ctx_printf(ctx, "%.*s", (int)(ms.end - ms.start), t + ms.start);
}

/* The prompt of the Read-Host that asks for the user name in place of the
 * credential prompt 'v' (S_is_credential_prompt): its message worded for
 * the user name (S_user_name_message), or a plain one. Get-Credential:
 * -Message and -UserName only ('*hint' gets the latter).
 * $Host.UI.PromptForCredential(caption, message, userName, targetName):
 * an empty userName (a pre-filled one is a hint this does not follow), its
 * message, else its caption, when that is a one-line literal. NULL when
 * the prompt has other arguments. */
static const char *S_user_name_prompt(psa_rule_ctx *ctx, const psa_value *v, const psa_arg **hint) {
  const char *plain = "'User name (UPN) to sign in with'";
  const psa_value *text = NULL;
  *hint = NULL;
  if (psa_value_is_host_prompt(v)) {
    if (v->item_count != 4 || v->items[2]->kind != PSA_V_STRING || !v->items[2]->str || *v->items[2]->str)
      return NULL;
    for (int k = 1; k >= 0 && !text; k--)
      if (v->items[k]->kind == PSA_V_STRING && v->items[k]->str && *v->items[k]->str) text = v->items[k];
  } else {
    const psa_command *gc = psa_value_cmd(v);
    if (!gc || !psa_command_is(gc, "Get-Credential")) return NULL;
    for (uint32_t i = 0; i < gc->arg_count; i++) {
      const psa_arg *g = &gc->args[i];
      if (g->via == PSA_BIND_DEFAULT) continue;
      if (!g->param || g->via != PSA_BIND_NAMED || !g->value) return NULL;
      if (!psa_strcasecmp(g->param, "Message")) text = g->value;
      else if (!psa_strcasecmp(g->param, "UserName")) *hint = g;
      else return NULL;
    }
  }
  if (!text) return plain;
  const char *q = S_message_text(ctx, text);
  if (!q) return NULL;
  const char *asks = S_user_name_message(ctx, q);
  return asks ? asks : q;
}

/* A guard "if (!$c) { $c = <prompt> }" reads $c before the script's only
 * assignment: it skips the prompt when $c was set before the script got
 * there (an Azure Automation runbook's credential asset, the caller's
 * scope, an earlier run in the same session), the script's other,
 * unattended mode. A Read-Host for the user name would re-key the guard to
 * a variable nothing outside sets, so that mode would stop at Read-Host
 * (review20 33): the prompt stays, and the plan says why. */
static const char *const S_unattended_words[] = {"Azure Automation", "automation account",
                                                  "runbook", "Get-AutomationPSCredential", NULL};

/* Whether the file says it also runs unattended, with the credential set
 * before the guard (review20 33's help: "ready to be used with an
 * automation account ... through an automation credential"). Without such
 * words the guard only spares a second prompt in the same console, and the
 * prompt becomes a Read-Host for the user name (review20 44, merged so). */
static bool S_names_unattended_mode(const psa_rule_ctx *ctx) {
  for (int i = 0; S_unattended_words[i]; i++)
    if (psa_find_ci(ctx->src->text, ctx->src->text_len, S_unattended_words[i])) return true;
  return false;
}

static void S_guarded_prompt_stays(psa_rule_ctx *ctx, const psa_plumbing *p, const psa_variable *var,
                                   const psa_block *guard, const psa_assignment *a) {
  S_prompt_why(ctx, p,
               psa_ctx_printf(ctx,
                              "the %s prompt stays: its guard on line %u skips it when $%s is set "
                              "before the script reaches it (an Azure Automation credential, the "
                              "caller's scope, an earlier run), and a Read-Host for the user name "
                              "would be asked in that unattended mode too",
                              S_prompt_label(a->value), psa_line_of(ctx, guard->span.start), var->name));
}

/* The prompt stays only for its user name (S_prompt_user): when nothing
 * else reads the credential but "$c.UserName", the password it asks for is
 * used by nothing. When the prompt is pre-filled from a variable
 * ("-UserName $email") that variable holds the name: the prompt goes and
 * each "$c.UserName" reads $email. Otherwise "$c = Get-Credential -Message
 * m" becomes "$cUpn = Read-Host -Prompt m" and each "$c.UserName" reads the
 * new variable (a literal -UserName suggestion is typed in). A guard "if
 * (!$c)" around the prompt tests the name instead. Only for a credential
 * this one rewrite reads (another fix might be left out). */
static void S_prompt_to_user_name(psa_rule_ctx *ctx, psa_fix *fx, const psa_plumbing *p,
                                  uint32_t readers) {
  const psa_variable *var = psa_value_var(p->credential);
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  /* (no user hint: the rewrite signs in without the credential, e.g. a
   * delegated Connect-SPOService, and the script reads only its name) */
  if (readers != 1 || !var || !var->name || var->is_parameter || var->entry_count ||
      var->assign_count != 1 ||
      (p->user_hint &&
       (p->user_edit >= fx->edit_count || fx->edits[p->user_edit].replacement != p->user_text)))
    return;
  const psa_assignment *a = &var->assigns[0];
  const psa_value *v = a->value;
  if (!S_is_credential_prompt(v) || a->append || a->type || a->span.end > len ||
      a->span.start < ctx->model->first_statement || S_other_fix_edits(ctx, fx, a->span))
    return;
  const psa_arg *hint = NULL;
  const char *prompt = S_user_name_prompt(ctx, v, &hint);
  if (!prompt) return;
  /* the reads left: .UserName only (the rewrite's own, copies that go) */
  psa_span copies[8];
  uint32_t nc = 0, found = S_dead_copies(ctx, var, copies, 8, true);
  for (uint32_t i = 0; i < found; i++) {
    bool done = false; /* a password copy S_remove_password_copies took */
    for (uint32_t e = 0; e < fx->edit_count && !done; e++)
      done = fx->edits[e].range.start <= copies[i].start && copies[i].end <= fx->edits[e].range.end;
    if (!done && !S_other_fix_edits(ctx, fx, copies[i])) copies[nc++] = copies[i];
  }
  psa_span reads[64], members[64], guard_read = {0, 0};
  const psa_block *guard = NULL;
  uint32_t nr = psa_variable_reads(ctx->model, var, reads, 64), nm = 0;
  if (nr > 64) return;
  size_t vn = strlen(var->name);
  for (uint32_t i = 0; i < nr; i++) {
    bool covered = false;
    for (uint32_t e = 0; e < fx->edit_count && !covered; e++)
      covered = fx->edits[e].range.start <= reads[i].start &&
                reads[i].end <= fx->edits[e].range.end;
    for (uint32_t k = 0; k < found && !covered; k++)
      covered = copies[k].start <= reads[i].start && reads[i].end <= copies[k].end;
    if (covered) continue;
    uint32_t e = reads[i].end, end = S_user_name_read_end(t, len, reads[i].start, e);
    if (!end) {
      if (guard_read.end || (e < len && t[e] == '.') || S_other_fix_edits(ctx, fx, reads[i])) return;
      /* "if ($c -ne $null) {...}" after the prompt: the typed name is tested */
      psa_span cond = S_prompt_test_after(ctx, reads[i], a->span);
      if (cond.end) {
        guard_read = cond;
        continue;
      }
      if (!(guard = S_prompt_guard(ctx->model, reads[i], a->span))) return;
      if (S_names_unattended_mode(ctx)) {
        S_guarded_prompt_stays(ctx, p, var, guard, a);
        return;
      }
      guard_read = reads[i];
      continue;
    }
    psa_span sp = {reads[i].start, end};
    if (S_other_fix_edits(ctx, fx, sp)) return;
    members[nm++] = sp;
  }
  /* a file with a syntax error: reads the model missed keep the prompt */
  if (psa_fix_file_has_syntax_error(ctx) && S_text_reads_outside_but(ctx, fx, var->name, copies, found, false) > nm)
    return;
  const psa_variable *named = S_hint_variable(var, hint, guard);
  if (named) {
    S_prompt_from_variable(ctx, fx, p, a, named->name, copies, nc, readers, members, nm, guard_read);
    return;
  }
  const char *name = S_upn_name(ctx, var);
  if (!name) return;
  /* the rewrite's "-UserPrincipalName $c.UserName" */
  if (p->user_hint) {
    const char *ut = p->user_text;
    const char *hit = psa_find_ci(ut, strlen(ut), psa_ctx_printf(ctx, "$%s.UserName", var->name));
    if (!hit) return;
    fx->edits[p->user_edit].replacement =
        psa_ctx_printf(ctx, "%.*s$%s%s", (int)(hit - ut), ut, name, hit + vn + 10);
  } else if (!nm) {
    return; /* nothing reads the name: S_remove_plumbing's business */
  }
  S_delete_copies(ctx, fx, copies, nc, readers);
  psa_fix_one_blank_line(ctx, fx);
  psa_fix_add_edit(ctx, fx, a->span,
                   psa_ctx_printf(ctx, "$%s = Read-Host -Prompt %s", name, prompt));
  for (uint32_t i = 0; i < nm; i++)
    psa_fix_add_edit(ctx, fx, members[i], psa_ctx_printf(ctx, "$%s", name));
  if (guard_read.end) psa_fix_add_edit(ctx, fx, guard_read, psa_ctx_printf(ctx, "$%s", name));
  S_prompt_why(ctx, p,
               psa_ctx_printf(ctx,
                              "nothing uses the password of the %s prompt any more, so "
                              "it becomes a Read-Host prompt for the user name ($%s)%s",
                              S_prompt_label(a->value), name, p->user_hint ? ", which signs in" : ", which the script reads"));
}

/* Whether a fix other than the 'n' in 'fxs' edits 'sp'. */
static bool S_edited_by_others(const psa_rule_ctx *ctx, psa_fix *const *fxs, uint32_t n, psa_span sp) {
  const psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      const psa_fix *o = &impl->findings[i].fixes[k];
      bool ours = o->applicability == PSA_FIX_DISPLAY;
      for (uint32_t j = 0; j < n && !ours; j++) ours = fxs[j] == o;
      for (uint32_t e = 0; !ours && e < o->edit_count; e++)
        if (o->edits[e].range.start < sp.end && sp.start < o->edits[e].range.end) return true;
    }
  return false;
}

/* S_prompt_to_user_name for a prompt several rewrites read (one
 * Get-Credential for an Exchange Online session and a Connect-MsolService,
 * both made delegated): the password it asks for is used by none of them.
 * Each of those rewrites gets the same edits (the prompt becomes a
 * Read-Host for the user name, each "$c.UserName" reads that), and each
 * "-UserPrincipalName $c.UserName" of theirs names it. Only the plain
 * shape: a -Message at most, every other read in one of the rewrites or a
 * ".UserName", no copies. A rewrite applied without the others would leave
 * the credential read with nothing assigning it, which fix refuses
 * (PSA_FIXNOTE_DANGLING). Run with the first of them; marks them all. */
static void S_prompt_to_user_name_shared(psa_rule_ctx *ctx, psa_plumbing *p) {
  psa_rule_state *impl = ctx->impl;
  const psa_variable *var = psa_value_var(p->credential);
  const char *t = ctx->src->text;
  uint32_t len = ctx->src->text_len;
  if (!var || !var->name || var->is_parameter || var->entry_count || var->assign_count != 1) return;
  psa_plumbing *ps[8];
  psa_fix *fxs[8];
  uint32_t n = 0;
  for (uint32_t k = 0; k < impl->plumbing_count; k++) {
    psa_plumbing *q = &impl->plumbing[k];
    if (psa_value_var(q->credential) != var || !S_fix_kept(ctx, q)) continue;
    psa_fix *f = &impl->findings[q->finding].fixes[q->fix];
    bool seen = false;
    for (uint32_t i = 0; i < n && !seen; i++) seen = fxs[i] == f;
    if (seen) continue;
    if (n == 8) return;
    ps[n] = q;
    fxs[n++] = f;
  }
  if (n < 2 || ps[0] != p || psa_fix_file_has_syntax_error(ctx)) return;
  const psa_assignment *a = &var->assigns[0];
  const psa_value *v = a->value;
  if (!S_is_credential_prompt(v) || a->append || a->type || a->span.end > len ||
      a->span.start < ctx->model->first_statement)
    return;
  const psa_arg *hint = NULL;
  const char *prompt = S_user_name_prompt(ctx, v, &hint);
  if (!prompt || hint) return;
  psa_span copies[8];
  if (S_dead_copies(ctx, var, copies, 8, true)) return;
  /* each user-name edit is made as S_prompt_user makes it (its range and
   * text), below, once every check has passed */
  for (uint32_t i = 0; i < n; i++)
    if (ps[i]->user_hint &&
        (ps[i]->user_edit >= fxs[i]->edit_count || !ps[i]->user_text ||
         !psa_find_ci(ps[i]->user_text, strlen(ps[i]->user_text), psa_ctx_printf(ctx, "$%s.UserName", var->name))))
      return;
  /* what edits the prompt: these rewrites only */
  if (S_edited_by_others(ctx, fxs, n, a->span)) return;
  psa_span reads[64], members[64], guard_read = {0, 0};
  uint32_t nr = psa_variable_reads(ctx->model, var, reads, 64), nm = 0;
  if (nr > 64) return;
  for (uint32_t i = 0; i < nr; i++) {
    bool covered = false;
    for (uint32_t j = 0; j < n && !covered; j++) {
      psa_span ur = ps[j]->user_range;
      covered = ps[j]->user_hint && ur.start <= reads[i].start && reads[i].end <= ur.end;
      for (uint32_t e = 0; e < fxs[j]->edit_count && !covered; e++)
        covered = fxs[j]->edits[e].range.start <= reads[i].start && reads[i].end <= fxs[j]->edits[e].range.end;
    }
    if (covered) continue;
    uint32_t e = reads[i].end, end = S_user_name_read_end(t, len, reads[i].start, e);
    if (!end) {
      /* "if (!$c) { $c = <prompt> }": the guard tests the typed name */
      const psa_block *guard = NULL;
      if (guard_read.end || (e < len && t[e] == '.') || S_edited_by_others(ctx, fxs, n, reads[i]) ||
          !(guard = S_prompt_guard(ctx->model, reads[i], a->span)))
        return;
      if (S_names_unattended_mode(ctx)) {
        for (uint32_t j = 0; j < n; j++) S_guarded_prompt_stays(ctx, ps[j], var, guard, a);
        return;
      }
      guard_read = reads[i];
      continue;
    }
    psa_span sp = {reads[i].start, end};
    for (uint32_t j = 0; j < n; j++)
      for (uint32_t x = 0; x < fxs[j]->edit_count; x++)
        if (fxs[j]->edits[x].range.start < sp.end && sp.start < fxs[j]->edits[x].range.end) return;
    if (S_edited_by_others(ctx, fxs, n, sp)) return;
    members[nm++] = sp;
  }
  const char *name = S_upn_name(ctx, var);
  if (!name) return;
  for (uint32_t j = 0; j < n; j++) {
    psa_fix *fx = fxs[j];
    if (ps[j]->user_hint) {
      const char *ut = ps[j]->user_text;
      const char *hit = psa_find_ci(ut, strlen(ut), psa_ctx_printf(ctx, "$%s.UserName", var->name));
      fx->edits[ps[j]->user_edit].range = ps[j]->user_range;
      fx->edits[ps[j]->user_edit].replacement =
          psa_ctx_printf(ctx, "%.*s$%s%s", (int)(hit - ut), ut, name, hit + strlen(var->name) + 10);
    }
    psa_fix_add_edit(ctx, fx, a->span, psa_ctx_printf(ctx, "$%s = Read-Host -Prompt %s", name, prompt));
    for (uint32_t i = 0; i < nm; i++) psa_fix_add_edit(ctx, fx, members[i], psa_ctx_printf(ctx, "$%s", name));
    if (guard_read.end) psa_fix_add_edit(ctx, fx, guard_read, psa_ctx_printf(ctx, "$%s", name));
    psa_fix_one_blank_line(ctx, fx);
  }
  for (uint32_t j = 0; j < n; j++) {
    S_prompt_why(ctx, ps[j],
                 psa_ctx_printf(ctx,
                                "nothing uses the password of the %s prompt any more (the "
                                "%u rewrites that read it sign in with modern authentication), so it "
                                "becomes a Read-Host prompt for the user name ($%s)%s",
                                S_prompt_label(a->value), n, name, ps[j]->user_hint ? ", which signs in" : ", which the script reads"));
    ps[j]->prompt_done = true;
  }
}

/* Whether the file goes on prompting for another account: a Get-Credential
 * assigned to a variable other than 'var' that no rewrite takes over (it
 * feeds a connection left as it is: another tenant, on-premises). */
static bool S_other_prompt(const psa_rule_ctx *ctx, const psa_variable *var) {
  const psa_model *m = ctx->model;
  const psa_rule_state *impl = ctx->impl;
  /* the prompt written to the credential file 'var' is read from ($s =
   * Get-Credential; $s | Export-Clixml $f; $cred = Import-Clixml $f) is
   * this account's, not another one */
  psa_cred_writer w[4];
  uint32_t nw = var->assign_count == 1
                    ? psa_plan_credential_writers(m, S_file_reader(var->assigns[0].value), w, 4)
                    : 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!psa_command_is(c, "Get-Credential") || c->in_string || !c->assigned_to ||
        c->assigned_to == var)
      continue;
    bool written = false;
    for (uint32_t k = 0; k < nw && !written; k++) written = w[k].prompt == c;
    if (written) continue;
    bool rewritten = false;
    for (uint32_t k = 0; k < impl->plumbing_count && !rewritten; k++)
      rewritten = psa_value_var(impl->plumbing[k].credential) == c->assigned_to;
    if (!rewritten) return true;
  }
  return false;
}

static bool S_same_request(const psa_plumbing *a, const psa_plumbing *b) {
  return a->finding == b->finding && a->fix == b->fix;
}

/* Whether a rewrite will be offered at all: the scanner drops fixes that
 * edit inside a nested script's string or outside the file, and a
 * credential such a call reads must stay. */
static bool S_fix_kept(const psa_rule_ctx *ctx, const psa_plumbing *p) {
  const psa_rule_state *impl = ctx->impl;
  const psa_fix *fx = &impl->findings[p->finding].fixes[p->fix];
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    psa_span r = fx->edits[e].range;
    if (r.start > r.end || r.end > ctx->src->text_len || psa_model_edit_in_nested(ctx->model, r))
      return false;
  }
  return true;
}

/* Cmdlets the rewrites write, with their modules: a script that defines a
 * function of the same name (a Disconnect-ExchangeOnline wrapper around
 * Get-PSSession | Remove-PSSession) would otherwise call its own function,
 * or itself. */
static const struct {
  const char *name, *module;
} S_written[] = {{"Connect-ExchangeOnline", "ExchangeOnlineManagement"},
                 {"Disconnect-ExchangeOnline", "ExchangeOnlineManagement"},
                 {"Connect-IPPSSession", "ExchangeOnlineManagement"},
                 {"Get-ConnectionInformation", "ExchangeOnlineManagement"},
                 {"Connect-MgGraph", "Microsoft.Graph.Authentication"},
                 {"Disconnect-MgGraph", "Microsoft.Graph.Authentication"},
                 {"Get-MgContext", "Microsoft.Graph.Authentication"},
                 {"Send-MgUserMail", "Microsoft.Graph.Users.Actions"},
                 {"Connect-MicrosoftTeams", "MicrosoftTeams"},
                 {"Disconnect-MicrosoftTeams", "MicrosoftTeams"},
                 {"Connect-SPOService", "Microsoft.Online.SharePoint.PowerShell"},
                 {"Connect-PnPOnline", "PnP.PowerShell"},
                 {"Connect-AzAccount", "Az.Accounts"},
                 {NULL, NULL}};

/* A function's name without the scope modifier it was defined with
 * (function Global:Connect-ExchangeOnline defines Connect-ExchangeOnline). */
static const char *S_function_name(const char *name) {
  static const char *const scopes[] = {"global:", "script:", "local:", "private:"};
  for (size_t i = 0; name && i < sizeof(scopes) / sizeof(scopes[0]); i++)
    if (!psa_strncasecmp(name, scopes[i], strlen(scopes[i]))) return name + strlen(scopes[i]);
  return name;
}

/* Whether the file, or a file it dot-sources, defines a function 'name'. */
static bool S_shadowed(const psa_rule_ctx *ctx, const char *name) {
  const psa_model *m = ctx->model;
  for (uint32_t f = 0; f < m->function_count; f++)
    if (m->functions[f].name && !psa_strcasecmp(S_function_name(m->functions[f].name), name))
      return true;
  for (uint32_t i = 0; i < ctx->impl->import_count; i++) {
    const psa_model *im = ctx->impl->imports[i].model;
    for (uint32_t f = 0; im && f < im->function_count; f++)
      if (im->functions[f].name && !psa_strcasecmp(S_function_name(im->functions[f].name), name))
        return true;
  }
  return false;
}

static const char *S_qualify(psa_rule_ctx *ctx, const char *text) {
  const char *out = text;
  for (int w = 0; S_written[w].name; w++) {
    if (!S_shadowed(ctx, S_written[w].name)) continue;
    size_t n = strlen(S_written[w].name);
    psa_buf b;
    psa_buf_init(&b);
    const char *p = out;
    for (const char *hit; (hit = psa_find_ci(p, strlen(p), S_written[w].name)); p = hit + n) {
      psa_buf_append(&b, p, (size_t)(hit - p));
      char before = hit > out ? hit[-1] : ' ';
      char after = hit[n];
      bool command = !(isalnum((unsigned char)before) || before == '\\' || before == '-' ||
                       before == '_' || before == '$') &&
                     !(isalnum((unsigned char)after) || after == '-' || after == '_');
      if (command) psa_buf_printf(&b, "%s\\", S_written[w].module);
      psa_buf_append(&b, hit, n);
    }
    psa_buf_puts(&b, p);
    out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
    psa_buf_free(&b);
  }
  return out;
}

/* Whether the script names a legacy module in a quoted string that the
 * module edits do not rewrite (Import-Module, Install-Module and Get-Module
 * arguments are theirs): a guard such as
 * `Get-Module | ... -match "AzureAD*"` would stop the rewritten script. */
static bool S_names_legacy_module(psa_rule_ctx *ctx) {
  static const char *const names[] = {"AzureADPreview", "AzureAD", "MSOnline"};
  const char *t = ctx->src->text;
  size_t len = ctx->src->text_len;
  const psa_model *m = ctx->model;
  for (size_t i = 0; i + 1 < len; i++) {
    if (t[i] != '"' && t[i] != '\'') continue;
    size_t b = i + 1; /* "*AzureAD*" as well as "AzureAD*" */
    while (b < len && t[b] == '*') b++;
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
      size_t n = strlen(names[k]);
      if (b + n >= len || psa_strncasecmp(t + b, names[k], n)) continue;
      size_t e = b + n;
      while (e < len && t[e] == '*') e++;
      if (e >= len || t[e] != t[i]) continue;
      bool edited = false;
      for (uint32_t c = 0; c < m->command_count && !edited; c++) {
        const psa_command *cmd = m->commands[c];
        edited = (psa_command_is(cmd, "Import-Module") || psa_command_is(cmd, "Install-Module") ||
                  psa_command_is(cmd, "Get-Module") || psa_command_is(cmd, "Get-InstalledModule")) &&
                 cmd->span.start <= i && e < cmd->span.end;
      }
      if (!edited) return true;
    }
  }
  return false;
}

/* Variables a hosting product sets before it runs the script, and the
 * host: a script that reads one without assigning it runs in that host,
 * and the host's own connection signs in for it (ScriptRunner: the
 * $SRXEnv host environment variable, the SRXEnv module on the PowerShell
 * Gallery; its Action Packs' MSOnline/AzureAD actions never connect: the
 * host runs them in the rights context configured for them). */
static const struct {
  const char *var, *host;
} S_host_vars[] = {{"SRXEnv", "ScriptRunner's PowerShell host"}, {NULL, NULL}};

/* The first read of a host variable of S_host_vars outside comments, when
 * the file never assigns it: its table index, *at its offset; -1 when
 * none. */
static int S_host_variable(const psa_rule_ctx *ctx, uint32_t *at) {
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  for (int h = 0; S_host_vars[h].var; h++) {
    uint32_t len = (uint32_t)strlen(S_host_vars[h].var), first = UINT32_MAX;
    bool assigned = false;
    for (uint32_t i = 0; i < n && !assigned; i++) {
      if (t[i] == '<' && i + 1 < n && t[i + 1] == '#') { /* block comment */
        while (i + 1 < n && !(t[i] == '#' && t[i + 1] == '>')) i++;
        continue;
      }
      if (t[i] == '#' && (i == 0 || strchr(" \t\n;}", t[i - 1]))) {
        while (i < n && t[i] != '\n') i++;
        continue;
      }
      if (t[i] != '$' || i + 1 + len > n || psa_strncasecmp(t + i + 1, S_host_vars[h].var, len) ||
          isalnum((unsigned char)t[i + 1 + len]) || t[i + 1 + len] == '_')
        continue;
      uint32_t k = i + 1 + len;
      while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
      if (k < n && t[k] == '=' && (k + 1 >= n || t[k + 1] != '=')) assigned = true;
      else if (first == UINT32_MAX) first = i;
    }
    if (!assigned && first != UINT32_MAX) {
      *at = first;
      return h;
    }
  }
  return -1;
}

/* ---- who runs a file that does not connect (session 15, plan35) -------- */

/* Commands that show a person is at the console: a prompt, a grid, a
 * pause ('strong'), or output written to the host (Write-Host: weak, since
 * scheduled scripts write it too). */
static const struct {
  const char *cmd;
  bool strong;
} S_person_cmds[] = {
    {"Read-Host", true}, {"Get-Credential", true}, {"Out-GridView", true},
    {"Show-Command", true}, {"Pause", true}, {"Write-Host", false},
    {"Format-Table", false}, {"Format-List", false}, {"Out-Host", false},
};

/* Commands whose output, at the end of a statement nothing assigns or
 * redirects, is a report on the console (weak: a host may capture it). */
static const char *const S_console_tail[] = {"Select-Object", "Where-Object", "Sort-Object",
                                             "ForEach-Object", "Group-Object", "Measure-Object",
                                             NULL};

/* Whether 'c' ends a statement of the script's own level whose output
 * nothing takes (no assignment, no redirection): the console shows it. */
static bool S_console_output(psa_rule_ctx *ctx, const psa_command *c) {
  bool tail = false;
  for (int k = 0; S_console_tail[k] && !tail; k++) tail = psa_command_is(c, S_console_tail[k]);
  if (!tail || !c->scope || c->scope->kind != PSA_SCOPE_SCRIPT || c->span.end != c->statement_span.end)
    return false;
  const char *t = ctx->src->text;
  uint32_t s = c->statement_span.start;
  if (c->statement_span.end > ctx->src->text_len || t[s] == '$' || t[s] == '[' || t[s] == '(') return false;
  for (uint32_t k = s; k < c->statement_span.end; k++)
    if (t[k] == '>') return false;
  return true;
}

/* Commands that show an unattended host runs the file: it reports to the
 * event log or a transcript rather than to a person. */
static const char *const S_unattended_cmds[] = {"Write-EventLog", "Start-Transcript", NULL};

/* Words in a module path the file loads that name a host that runs jobs
 * (C:\Automation\...\D_Database_Modules.psm1: review20 19, a ticket bot). */
static const char *const S_host_path_words[] = {"automation", "bot", "job", "scheduled", "runbook", NULL};

/* The first sign that a person runs the file (*strong: a prompt), or NULL. */
static const char *S_person_evidence(psa_rule_ctx *ctx, bool *strong) {
  const char *weak = NULL;
  *strong = false;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !c->name) continue;
    for (size_t k = 0; k < sizeof(S_person_cmds) / sizeof(S_person_cmds[0]); k++) {
      if (!psa_command_is(c, S_person_cmds[k].cmd)) continue;
      const char *what = psa_ctx_printf(ctx, "%s on line %u", S_person_cmds[k].cmd,
                                        psa_line_of(ctx, c->span.start));
      /* coloured output is for a person's eyes */
      if (S_person_cmds[k].strong || psa_command_arg(c, "ForegroundColor") ||
          psa_command_arg(c, "BackgroundColor")) {
        *strong = true;
        return what;
      }
      if (!weak) weak = what;
    }
    /* a connection of another service that signs a person in */
    if (!strncmp(c->name, "Connect-", 8) && psa_plan_signin_mode(ctx->model, c) == PSA_SIGNIN_INTERACTIVE &&
        !psa_command_is(c, "Connect-MsolService") && !psa_command_is(c, "Connect-AzureAD")) {
      *strong = true;
      return psa_ctx_printf(ctx, "the interactive %s on line %u", c->name, psa_line_of(ctx, c->span.start));
    }
    if (!weak && S_console_output(ctx, c))
      weak = psa_ctx_printf(ctx, "the report %s writes to the console on line %u", c->name,
                            psa_line_of(ctx, c->span.start));
  }
  return weak;
}

/* Whether the literal 'v' is a log file's path ("...\run.log"). */
static bool S_log_path(const psa_model *m, const psa_value *v) {
  const char *s = v ? psa_value_string(m, v) : NULL;
  size_t n = s ? strlen(s) : 0;
  return n > 4 && !psa_strcasecmp(s + n - 4, ".log");
}

/* The first sign that an unattended host runs the file (an event log, a
 * log file, a job host's module), or NULL. */
static const char *S_unattended_evidence(psa_rule_ctx *ctx) {
  const psa_model *m = ctx->model;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !c->name) continue;
    unsigned line = psa_line_of(ctx, c->span.start);
    for (int k = 0; S_unattended_cmds[k]; k++)
      if (psa_command_is(c, S_unattended_cmds[k]))
        return psa_ctx_printf(ctx, "it reports with %s (line %u), not to a person", c->name, line);
    if (psa_command_is(c, "Out-File") || psa_command_is(c, "Add-Content") ||
        psa_command_is(c, "Set-Content") || psa_command_is(c, "Tee-Object")) {
      const psa_arg *p = psa_command_arg(c, "FilePath");
      if (!p) p = psa_command_arg(c, "Path");
      if (p && S_log_path(m, p->value))
        return psa_ctx_printf(ctx, "it writes a log file (%s, line %u)", c->name, line);
    }
    if (psa_command_is(c, "Import-Module")) {
      const psa_arg *a = psa_command_arg(c, "Name");
      const char *s = a && a->value ? psa_value_string(m, a->value) : NULL;
      if (!s || (!strchr(s, '\\') && !strchr(s, '/'))) continue;
      for (int w = 0; S_host_path_words[w]; w++)
        if (psa_find_ci(s, strlen(s), S_host_path_words[w]))
          return psa_ctx_printf(ctx, "it loads its host's module %s (line %u)", s, line);
    }
  }
  return NULL;
}

/* A standalone script (a .ps1 whose legacy calls all run at its own level
 * or in functions it calls) without a connection of its own, every call
 * with an exact rewrite: its admin ran it in a console signed in with
 * MSOnline/AzureAD, so the call rewrites get one delegated Connect-MgGraph
 * with the scopes they need, in the same fix, in front of the first
 * statement leading to a call and out of any loop or if clause (the mail
 * rewrite's placement). False (nothing added) for a module, a library of
 * uncalled functions, or calls that need a person. */
static bool S_graph_script_connects(psa_rule_ctx *ctx, bool *guarded,
                                    const psa_command **script, const char **why) {
  psa_rule_state *impl = ctx->impl;
  const psa_model *m = ctx->model;
  const char *path = ctx->src->path;
  size_t n = path ? strlen(path) : 0;
  *why = NULL;
  if (n < 4 || psa_strcasecmp(path + n - 4, ".ps1")) {
    *why = "the file is a module (not a .ps1 script): whatever imports it signs in, still with "
           "MSOnline/AzureAD, so its calls are migrated together with that connection";
    return false;
  }
  /* a script it runs may be what signs in (a connect script of its own) */
  *script = psa_plan_script_call(m);
  if (*script) return false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    /* what signs in may be elsewhere: a dot-sourced file, a Connect-*
     * wrapper psauth does not know (it may sign in with the old module);
     * and an Azure Automation runbook cannot prompt */
    /* Connect-Office365, connectto-365: a name that says it connects */
    bool wrapper = c->name && !psa_strncasecmp(c->name, "Connect", 7) && (!c->info || c->local_function);
    if (c->dot_source || wrapper) {
      *why = psa_ctx_printf(ctx,
                            "the file %s %s (line %u)%s, which may be what signs in (with "
                            "MSOnline/AzureAD): migrate that sign-in first, then these calls "
                            "with it",
                            c->dot_source ? "dot-sources" : "calls", c->written ? c->written : c->name,
                            psa_line_of(ctx, c->span.start),
                            c->dot_source ? "" : ", a command psauth does not know whose name says it connects");
      return false;
    }
    if (psa_command_is(c, "Get-AutomationVariable") ||
        psa_command_is(c, "Get-AutomationPSCredential") ||
        psa_command_is(c, "Get-AutomationConnection")) {
      *why = psa_ctx_printf(ctx,
                            "the file is an Azure Automation runbook (%s on line %u), which "
                            "cannot sign a person in: it needs the Automation account's managed "
                            "identity with Graph application permissions, granted by hand",
                            c->name, psa_line_of(ctx, c->span.start));
      return false;
    }
  }
  psa_graph_plan *plan = psa_graph_plan_get(ctx);
  /* a hosted script: the host signs in for it (a ScriptRunner action); a
   * Connect-MgGraph of its own would ask for a second sign-in, as whoever
   * runs it, beside the host's */
  uint32_t host_at = 0;
  int host = S_host_variable(ctx, &host_at);
  if (host >= 0) {
    bool done = psa_graph_plan_exact(plan) && psa_graph_plan_complete(plan);
    *why = psa_ctx_printf(
        ctx,
        "the file runs in %s ($%s on line %u, which the host sets), whose connection signs in "
        "for it, still with MSOnline/AzureAD: migrate these calls together with the host's "
        "connection, %s",
        S_host_vars[host].host, S_host_vars[host].var, psa_line_of(ctx, host_at),
        done ? psa_ctx_printf(ctx, "which then signs in to Microsoft Graph (%s)",
                              psa_graph_delegated_line(ctx, plan, NULL))
             : psa_ctx_printf(ctx, "and these calls need a person first: %s",
                              psa_graph_plan_pending(ctx, plan)));
    return false;
  }
  /* a library: its calls are in functions nothing at the script's level
   * calls (profile functions, a toolbox dot-sourced by other scripts) */
  for (uint32_t i = 0; i < psa_graph_plan_calls(plan); i++) {
    const char *fn = NULL;
    const psa_command *call = psa_graph_plan_call(plan, i);
    const psa_command *site = psa_plan_call_site(m, call, &fn, NULL);
    if (!site || (site->scope && site->scope->kind == PSA_SCOPE_FUNCTION)) {
      bool done = psa_graph_plan_complete(plan);
      *why = psa_ctx_printf(
          ctx,
          "%s on line %u is in %s%s, which nothing at the file's own level calls: the file is "
          "a library of functions, and whatever loads and runs them signs in first, still with "
          "MSOnline/AzureAD; migrate them together with that connection%s%s",
          call->name, psa_line_of(ctx, call->span.start), fn ? "the function " : "a function",
          fn ? fn : "", done ? "" : " (and these calls need a person first: ",
          done ? "" : psa_ctx_printf(ctx, "%s)", psa_graph_plan_pending(ctx, plan)));
      return false;
    }
  }
  if (!psa_graph_plan_exact(plan) || !psa_graph_plan_complete(plan)) {
    /* a standalone script: what blocks is the calls that need a person */
    *why = psa_ctx_printf(ctx,
                          "the file does not connect itself (it runs in a console signed in "
                          "with MSOnline/AzureAD), and psauth adds Connect-MgGraph for it only "
                          "when every call has an exact rewrite; these need a person first: %s",
                          psa_graph_plan_pending(ctx, plan));
    return false;
  }
  /* a sign-in prompt only where a person runs the file: an unattended host
   * (a bot, a scheduler) would hang on it or fail (review20 19), and its own
   * connection is what has to move */
  bool strong = false;
  const char *person = S_person_evidence(ctx, &strong);
  const char *host_sign = S_unattended_evidence(ctx);
  const char *app_perms = psa_graph_plan_permissions(ctx, plan, true);
  if (host_sign && !strong) {
    *why = psa_ctx_printf(
        ctx,
        "the file does not connect itself and an unattended host runs it (%s%s): a sign-in prompt "
        "would hang or fail with no one there, so psauth adds no connection; the host's connection "
        "moves to Microsoft Graph (app-only or managed identity%s%s) and these calls move with it",
        host_sign, person ? psa_ctx_printf(ctx, "; %s alone does not show a person", person) : "",
        app_perms ? ", application permissions: " : "", app_perms ? app_perms : "");
    return false;
  }
  /* no sign either way: a report or admin script without a connection of
   * its own ran in a console someone signed in (reviewers merged the added
   * delegated connection, gr20); a host's signs above refuse instead */
  if (S_names_legacy_module(ctx)) {
    *guarded = true;
    return false;
  }
  uint32_t anchor = UINT32_MAX;
  for (uint32_t i = 0; i < psa_graph_plan_calls(plan); i++) {
    const psa_command *site = psa_plan_call_site(m, psa_graph_plan_call(plan, i), NULL, NULL);
    if (!site || (site->scope && site->scope->kind == PSA_SCOPE_FUNCTION)) return false;
    uint32_t at = psa_plan_connect_anchor(m, site, true);
    if (at < anchor) anchor = at;
  }
  psa_finding *owner = NULL;
  psa_fix *fx = NULL;
  for (uint32_t i = 0; i < impl->finding_count && !fx; i++) {
    psa_finding *f = &impl->findings[i];
    if (!f->rule || (strcmp(f->rule->id, "PSA204") && strcmp(f->rule->id, "PSA205"))) continue;
    for (uint32_t k = 0; k < f->fix_count && !fx; k++)
      if (f->fixes[k].applicability != PSA_FIX_DISPLAY) {
        owner = f;
        fx = &f->fixes[k];
      }
  }
  if (!fx || anchor == UINT32_MAX || anchor > ctx->src->text_len) return false;
  anchor = psa_graph_gate_anchor(ctx, anchor);
  const char *tenant = psa_graph_named_tenant(ctx, plan, anchor);
  const char *line = psa_graph_delegated_line(ctx, plan, tenant);
  if (!psa_graph_target_entra(ctx)) line = psa_ctx_printf(ctx, "%s -NoWelcome", line);
  psa_fix_add_edit(ctx, fx, (psa_span){anchor, anchor},
                   psa_ctx_printf(ctx, "%s\n%s", line, psa_fix_indent(ctx, anchor)));
  fx->title = psa_ctx_printf(ctx, "%s; the script signs in itself: %s", fx->title, line);
  /* #Requires -Modules AzureAD and friends travel with the calls: left as
   * they are, the script would not start once the old module is gone (an
   * Import-Module line is PSA202/PSA203's, offered with the same edits) */
  bool imports = false;
  for (uint32_t i = 0; i < m->command_count && !imports; i++)
    imports = psa_command_is(m->commands[i], "Import-Module") ||
              psa_command_is(m->commands[i], "Install-Module");
  if (!imports) psa_graph_plan_module_edits(ctx, plan, fx);
  psa_plan_note(ctx, owner->rule, (psa_span){anchor, anchor}, "Connect-MgGraph",
                PSA_SIGNIN_INTERACTIVE,
                person ? psa_ctx_printf(ctx,
                                        "no connection in the file: it runs in a console already "
                                        "signed in (a person runs it: %s)",
                                        person)
                       : "no connection in the file: it runs in a console already signed in (nothing "
                         "in it shows a scheduler or host; if one runs it, give that host app-only "
                         "sign-in instead of this prompt)",
                line,
                tenant ? psa_ctx_printf(ctx,
                                        "the script assumed a console signed in with "
                                        "MSOnline/AzureAD; it now signs in to Microsoft Graph "
                                        "itself with the scopes its calls need, in the tenant its "
                                        "connections name (%s), not the account's home tenant",
                                        tenant)
                       : "the script assumed a console signed in with MSOnline/AzureAD; it now signs in "
                         "to Microsoft Graph itself with the scopes its calls need");
  return true;
}

/* Every plan line that says 'was' says 'now' there instead (a connection
 * another fix moved or shared). */
static void S_plan_why_swap(psa_rule_ctx *ctx, const char *was, const char *now) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    const char *hit = e->why ? strstr(e->why, was) : NULL;
    if (hit)
      e->why = psa_ctx_printf(ctx, "%.*s%s%s", (int)(hit - e->why), e->why, now, hit + strlen(was));
  }
}

/* The one Connect-MgGraph another rewrite adds (a mail send's, edit 'ed'
 * of 'fx') also signs in the file's rewritten MSOnline/AzureAD calls: it
 * moves in front of the first of them when that runs earlier (at the
 * script's level, out of any loop or clause that does not hold them all),
 * and names the permissions of both (one connection, the union). */
static void S_graph_connection_first(psa_rule_ctx *ctx, psa_graph_plan *plan, psa_fix *fx,
                                     psa_edit *ed) {
  const psa_model *m = ctx->model;
  if (ed->range.start != ed->range.end || ed->range.start > ctx->src->text_len) return;
  uint32_t anchor = ed->range.start;
  for (uint32_t i = 0; i < psa_graph_plan_calls(plan); i++) {
    if (!psa_graph_plan_call_exact(plan, i)) continue;
    const psa_command *site = psa_plan_call_site(m, psa_graph_plan_call(plan, i), NULL, NULL);
    if (!site) continue;
    uint32_t at = psa_plan_connect_anchor(m, site, true);
    if (at < anchor) anchor = at;
  }
  for (uint32_t i = 0; i < psa_graph_plan_calls(plan); i++) {
    const psa_command *site = psa_graph_plan_call_exact(plan, i)
                                  ? psa_plan_call_site(m, psa_graph_plan_call(plan, i), NULL, NULL)
                                  : NULL;
    if (site) anchor = psa_plan_anchor_holding(m, anchor, site);
  }
  const char *r = ed->replacement;
  if (anchor < ed->range.start) {
    /* the same lines with the new line's indentation */
    const char *from = psa_ctx_printf(ctx, "\n%s", psa_fix_indent(ctx, ed->range.start));
    const char *to = psa_ctx_printf(ctx, "\n%s", psa_fix_indent(ctx, anchor));
    psa_buf b;
    psa_buf_init(&b);
    size_t n = strlen(from);
    const char *p = r;
    for (const char *hit; (hit = strstr(p, from)); p = hit + n) {
      psa_buf_append(&b, p, (size_t)(hit - p));
      psa_buf_puts(&b, to);
    }
    psa_buf_puts(&b, p);
    r = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
    psa_buf_free(&b);
    uint32_t old_line = psa_line_of(ctx, ed->range.start);
    ed->range = (psa_span){anchor, anchor};
    /* the plan's line of the connection follows it */
    S_plan_why_swap(ctx, psa_ctx_printf(ctx, "signs in once, on line %u, before the first send", old_line),
                    psa_ctx_printf(ctx,
                                   "signs in once, on line %u, before the first Microsoft Graph "
                                   "call (the rewritten MSOnline/AzureAD calls need it too)",
                                   psa_line_of(ctx, anchor)));
  }
  /* one connection for both: the permissions of the rewritten calls too */
  static const struct {
    const char *was, *pre, *post;
    bool application;
  } S_perm[] = {
      {"application permission Mail.Send", "application permissions Mail.Send, ", "", true},
      {"needs the Mail.Send permission", "needs the Mail.Send, ", " permissions", false},
      {"-Scopes Mail.Send ", "-Scopes Mail.Send, ", " ", false},
      /* a send from another user's mailbox (mail.c, Mail.Send.Shared) */
      {"needs the Mail.Send and Mail.Send.Shared permissions",
       "needs the Mail.Send, Mail.Send.Shared, ", " permissions", false},
      {"-Scopes Mail.Send, Mail.Send.Shared ", "-Scopes Mail.Send, Mail.Send.Shared, ", " ", false},
  };
  for (size_t k = 0; k < sizeof(S_perm) / sizeof(S_perm[0]); k++) {
    const char *hit = strstr(r, S_perm[k].was);
    const char *perms = psa_graph_plan_permissions(ctx, plan, S_perm[k].application);
    if (!hit || !perms) continue;
    r = psa_ctx_printf(ctx, "%.*s%s%s%s%s", (int)(hit - r), r, S_perm[k].pre, perms,
                       S_perm[k].post, hit + strlen(S_perm[k].was));
  }
  ed->replacement = r;
  /* the placeholders the connection reads are declared where it now goes
   * (the script's first statement): the connection follows them */
  for (uint32_t k = 0; k < fx->edit_count; k++) {
    psa_edit *d = &fx->edits[k];
    if (d == ed || d->range.start != anchor || d->range.end != anchor || !d->replacement ||
        !strstr(d->replacement, "TODO(psauth)"))
      continue;
    d->replacement = psa_ctx_printf(ctx, "%s%s", d->replacement, r);
    uint32_t at = (uint32_t)(ed - fx->edits);
    memmove(ed, ed + 1, (fx->edit_count - at - 1) * sizeof(*ed));
    fx->edit_count--;
    break;
  }
}

/* Walks the edits of the file's offered (not display-only) fixes that
 * replace 'range' with 'text': the next one from *cur on, with its fix in
 * *fx, or NULL. */
typedef struct {
  uint32_t finding, fix, edit;
} S_edit_cursor;

static psa_edit *S_next_offered_edit(psa_rule_state *impl, psa_span range, const char *text,
                                     S_edit_cursor *cur, psa_fix **fx) {
  for (; cur->finding < impl->finding_count; cur->finding++, cur->fix = 0) {
    psa_finding *f = &impl->findings[cur->finding];
    for (; cur->fix < f->fix_count; cur->fix++, cur->edit = 0) {
      psa_fix *x = &f->fixes[cur->fix];
      if (x->applicability == PSA_FIX_DISPLAY) continue;
      while (cur->edit < x->edit_count) {
        psa_edit *ed = &x->edits[cur->edit++];
        if (ed->range.start == range.start && ed->range.end == range.end && ed->replacement &&
            !strcmp(ed->replacement, text)) {
          *fx = x;
          return ed;
        }
      }
    }
  }
  return NULL;
}

/* MSOnline / AzureAD call rewrites (PSA204, PSA205) in a file that neither
 * connects to Microsoft Graph nor gets a connection from another rewrite
 * (a library, or a script run after something else signed in with the old
 * module), unless it is a standalone script that can sign in itself: not
 * offered, since the calls would run unauthenticated; the plan says so. */
static void S_graph_calls_need_connection(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if ((psa_command_is(c, "Connect-MsolService") || psa_command_is(c, "Connect-AzureAD")) &&
        !c->in_string)
      return; /* a connection of its own: PSA202/PSA203 and the rules decide */
  }
  /* the script's own Microsoft Graph connection, when it runs before every
   * rewritten call; one in a loop, a branch or after a call signs nothing
   * in for it */
  psa_graph_plan *plan = psa_graph_plan_get(ctx);
  const psa_command *unreached = NULL;
  const psa_command *own = psa_graph_plan_own_connection(ctx, plan, &unreached);
  if (own && !unreached) return;
  psa_fix *connects = NULL;
  psa_edit *connect_edit = NULL;
  for (uint32_t i = 0; i < impl->finding_count && !connects && !own; i++) {
    psa_finding *f = &impl->findings[i];
    if (f->rule && (!strcmp(f->rule->id, "PSA204") || !strcmp(f->rule->id, "PSA205"))) continue;
    for (uint32_t k = 0; k < f->fix_count && !connects; k++) {
      if (f->fixes[k].applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < f->fixes[k].edit_count && !connects; e++) {
        psa_edit *ed = &f->fixes[k].edits[e];
        const char *r = ed->replacement;
        if (r && (strstr(r, "Connect-MgGraph") || strstr(r, "Connect-Entra"))) {
          connects = &f->fixes[k];
          connect_edit = ed;
        }
      }
    }
  }
  /* a script it runs may be what signs in: as in a file that adds no
   * connection, its calls wait for that script (a mail rewrite's own
   * connection does not change that) */
  const psa_command *script = psa_plan_script_call(m);
  bool guard = false;
  if (!script && connects) {
    /* every send's fix carries the same insert (applied once): all move */
    psa_span was = connect_edit->range;
    const char *text = connect_edit->replacement;
    S_edit_cursor cur = {0, 0, 0};
    psa_fix *fx;
    for (psa_edit *ed; (ed = S_next_offered_edit(impl, was, text, &cur, &fx)) != NULL;) {
      S_graph_connection_first(ctx, plan, fx, ed);
      cur.edit = fx->edit_count; /* one a fix */
    }
    return;
  }
  const char *why = NULL;
  if (!script && !own && S_graph_script_connects(ctx, &guard, &script, &why)) return;
  const char *via = NULL;
  if (own && !script) {
    const psa_command *site = psa_plan_call_site(m, unreached, NULL, NULL);
    if (!site) site = unreached;
    via = psa_ctx_printf(
        ctx,
        "the file's own %s on line %u does not run before %s on line %u (%s): whatever signs in "
        "before these calls still uses MSOnline/AzureAD; connect once before the first of them, "
        "then migrate them",
        own->name, psa_line_of(ctx, own->span.start), unreached->name,
        psa_line_of(ctx, unreached->span.start),
        own->span.start > site->span.start
            ? "it runs after that call"
            : "it sits in a block, a loop, branch, try or function, that does not hold that call");
  } else if (script && script->span.end <= ctx->src->text_len) {
    /* the call as written, up to the end of its first line */
    psa_span at = script->span;
    uint32_t e = at.start;
    while (e < at.end && ctx->src->text[e] != '\n' && ctx->src->text[e] != '\r') e++;
    via = psa_ctx_printf(ctx,
                         "the file runs another script, %.*s (line %u), which psauth does not see "
                         "into and which may be what signs in (with MSOnline/AzureAD, or remote "
                         "PowerShell): migrate that script first, then these calls with it",
                         (int)(e - at.start), ctx->src->text + at.start,
                         psa_line_of(ctx, at.start));
  }
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    if (!f->rule || (strcmp(f->rule->id, "PSA204") && strcmp(f->rule->id, "PSA205"))) continue;
    uint32_t kept = 0;
    for (uint32_t k = 0; k < f->fix_count; k++)
      if (f->fixes[k].applicability == PSA_FIX_DISPLAY) f->fixes[kept++] = f->fixes[k];
    if (kept == f->fix_count) {
      /* nothing offered: the calls that need a person say why in the plan */
      if (!psa_graph_plan_complete(plan))
        psa_plan_refuse(ctx, f->rule, f->span, strcmp(f->rule->id, "PSA204") ? "AzureAD" : "MSOnline",
                        psa_ctx_printf(ctx, "these calls of the file need a person first: %s",
                                       psa_graph_plan_pending(ctx, plan)));
      continue;
    }
    f->fix_count = kept;
    psa_plan_refuse(ctx, f->rule, f->span, strcmp(f->rule->id, "PSA204") ? "AzureAD" : "MSOnline",
                    via ? via
                    : why   ? why
                    : guard ? "the file does not connect to Microsoft Graph itself and names the "
                            "MSOnline/AzureAD module in a string (a check that the module is loaded "
                            "would stop the rewritten script): migrate that check with its calls"
                          : "the file does not connect to Microsoft Graph itself: whatever signs in "
                            "before it (a caller, the console) still uses MSOnline/AzureAD, so its calls "
                            "are migrated together with that connection");
  }
}

/* Two Connect-MsolService / Connect-AzureAD of one file (a scheduled
 * branch and an interactive one): when one stays (refused) and the
 * module's calls stay with it, the other does not become Connect-MgGraph
 * either, or the calls would run without their module's connection on its
 * path. Its rewrite is withdrawn and the plan says why. (A mail rewrite
 * that counts on that connection keeps it: not withdrawn then.) */
static void S_graph_connections_together(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_plan_entry *kept = psa_plan_refused_connection(ctx, "PSA202");
  if (!kept) kept = psa_plan_refused_connection(ctx, "PSA203");
  if (!kept) return;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    const psa_finding *f = &impl->findings[i];
    if (!f->rule || (strcmp(f->rule->id, "PSA204") && strcmp(f->rule->id, "PSA205") &&
                     strcmp(f->rule->id, "PSA401")))
      continue;
    for (uint32_t k = 0; k < f->fix_count; k++)
      if (f->fixes[k].applicability != PSA_FIX_DISPLAY) return; /* the calls move, or a mail */
  }
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    if (!f->rule || (strcmp(f->rule->id, "PSA202") && strcmp(f->rule->id, "PSA203"))) continue;
    uint32_t left = 0;
    bool dropped = false;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      const psa_fix *fx = &f->fixes[k];
      bool graph = false;
      for (uint32_t e = 0; e < fx->edit_count && !graph; e++)
        graph = fx->edits[e].replacement && (strstr(fx->edits[e].replacement, "Connect-MgGraph") ||
                                             strstr(fx->edits[e].replacement, "Connect-Entra"));
      if (fx->applicability != PSA_FIX_DISPLAY && graph) {
        dropped = true;
        continue;
      }
      f->fixes[left++] = *fx;
    }
    if (!dropped) continue;
    f->fix_count = left;
    const char *module = strcmp(f->rule->id, "PSA202") ? "AzureAD" : "MSOnline";
    const char *why = psa_ctx_printf(
        ctx,
        "the %s connection on line %u stays (see its refusal), and the file's %s calls stay "
        "with it: this one stays too, or on this path those calls would run with no %s "
        "connection",
        module, psa_line_of(ctx, kept->span.start), module, module);
    for (uint32_t e = 0; e < impl->plan_count; e++) {
      psa_plan_entry *pe = &impl->plan[e];
      if (pe->rule_id && !strcmp(pe->rule_id, f->rule->id) && pe->span.start == f->span.start &&
          pe->target) {
        pe->kind = PSA_PLAN_REFUSED;
        pe->target = NULL;
        pe->why = why;
      }
    }
  }
}

/* "Get-PSSession | Remove-PSSession" closed every remote session, the
 * Skype for Business Online one (New-CsOnlineSession) too; the Exchange
 * rewrite makes it Disconnect-ExchangeOnline, and when PSA208 makes that
 * session a Connect-MicrosoftTeams, the cleanup disconnects Teams as well
 * (Disconnect-MicrosoftTeams), if the connection has run on every path to
 * it; otherwise the plan says the Teams connection is left open. */
static void S_teams_cleanup(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_model *m = ctx->model;
  const psa_finding *teams = NULL;
  for (uint32_t i = 0; i < impl->finding_count && !teams; i++) {
    const psa_finding *f = &impl->findings[i];
    if (!f->rule || strcmp(f->rule->id, "PSA208")) continue;
    for (uint32_t k = 0; k < f->fix_count && !teams; k++)
      for (uint32_t e = 0; e < f->fixes[k].edit_count && !teams; e++)
        if (f->fixes[k].applicability != PSA_FIX_DISPLAY && f->fixes[k].edits[e].replacement &&
            strstr(f->fixes[k].edits[e].replacement, "Connect-MicrosoftTeams"))
          teams = f;
  }
  if (!teams) return;
  const psa_command *session = NULL;
  PSA_FOR_COMMANDS(ctx, c) {
    if (psa_command_is(c, "New-CsOnlineSession") && c->span.start == teams->span.start) session = c;
  }
  if (!session) return;
  PSA_FOR_COMMANDS(ctx, rm) {
    if (!psa_command_is(rm, "Remove-PSSession") || !rm->pipeline_input ||
        rm->pipeline_input->kind != PSA_V_COMMAND ||
        !psa_command_is(psa_value_cmd(rm->pipeline_input), "Get-PSSession") ||
        rm->statement_span.end > ctx->src->text_len)
      continue;
    S_edit_cursor cur = {0, 0, 0};
    psa_fix *fx;
    psa_edit *ed = S_next_offered_edit(impl, rm->statement_span,
                                       "Disconnect-ExchangeOnline -Confirm:$false", &cur, &fx);
    if (!ed) continue;
    if (psa_plan_runs_before(m, ctx->src->text, ctx->src->text_len,
                             session->statement_span, session->scope, rm)) {
      ed->replacement = psa_ctx_printf(ctx, "%s\n%sDisconnect-MicrosoftTeams",
                                       ed->replacement,
                                       psa_fix_indent(ctx, rm->statement_span.start));
    } else {
      psa_plan_refuse(
          ctx, teams->rule, rm->span, "Get-PSSession | Remove-PSSession",
          psa_ctx_printf(ctx,
                         "it becomes Disconnect-ExchangeOnline, which does not close the "
                         "Microsoft Teams connection that replaces the session of line "
                         "%u; that connection runs only on some paths to line %u (in a "
                         "branch, loop or function), so an unconditional "
                         "Disconnect-MicrosoftTeams could run with no Teams connection: "
                         "close it by hand where it is opened",
                         psa_line_of(ctx, session->span.start),
                         psa_line_of(ctx, rm->span.start)));
    }
    return;
  }
}

/* How often the file's text names $name (as S_names_var), comments and
 * strings included: a count the model cannot miss. */
static uint32_t S_text_mentions(const char *text, const char *name) {
  uint32_t n = 0;
  size_t k = strlen(name);
  for (const char *p = strchr(text, '$'); p && k; p = strchr(p + 1, '$')) {
    const char *q = p + 1;
    if (*q == '{') q++;
    const char *colon = strchr(q, ':');
    if (colon && colon - q <= 7 && (!psa_strncasecmp(q, "global:", 7) ||
                                    !psa_strncasecmp(q, "script:", 7)))
      q += 7;
    if (!psa_strncasecmp(q, name, k) && !isalnum((unsigned char)q[k]) && q[k] != '_') n++;
  }
  return n;
}

/* A link of a dead credential ('stmt' builds it): a script-level variable
 * assigned once (a whole statement), named nowhere else in the text, read
 * only inside 'stmt'. */
static const psa_variable *S_dead_link(const psa_rule_ctx *ctx, const psa_value *v, psa_span stmt) {
  const psa_variable *u = v && v->kind == PSA_V_VARIABLE ? psa_value_var(v) : NULL;
  if (!u || !u->name || u->scope != ctx->model->script || u->assign_count != 1 || u->is_parameter ||
      u->entry_count || !u->assigns[0].list.end || u->assigns[0].span.end > stmt.start ||
      u->assigns[0].span.start < ctx->model->first_statement)
    return NULL;
  psa_span r[4];
  uint32_t nr = psa_variable_reads(ctx->model, u, r, 4);
  if (nr != 1 || r[0].start < stmt.start || r[0].end > stmt.end) return NULL;
  return S_text_mentions(ctx->src->text, u->name) == 2 ? u : NULL;
}

/* ConvertTo-SecureString -AsPlainText of a string written in the script. */
static bool S_plaintext_literal(const psa_value *v) {
  const psa_command *c = v && v->kind == PSA_V_COMMAND ? psa_value_cmd(v) : NULL;
  if (!c || !psa_command_is(c, "ConvertTo-SecureString") || !psa_command_arg(c, "AsPlainText"))
    return false;
  const psa_arg *a = psa_command_arg(c, "String");
  return a && a->value && a->value->kind == PSA_V_STRING;
}

/* A PSCredential built from a password written in the script that nothing
 * reads ("$pw = ConvertTo-SecureString 'x' -AsPlainText -Force; $c =
 * New-Object PSCredential $user, $pw" and no $c anywhere else): once a
 * rewrite modernised the file's sign-in, it is a leftover password and
 * goes with that rewrite, with its password and user-name variables when
 * only it reads them. Script level only, before the rewritten connection;
 * the variables must not be named anywhere else in the text (a file that
 * dot-sources this one could still read them: not when it connects itself
 * with another account, which is this shape). */
static void S_dead_literal_credentials(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_model *m = ctx->model;
  if (psa_fix_file_has_syntax_error(ctx)) return;
  for (const psa_variable *c = m->script->vars; c; c = c->next) {
    if (!c->name || c->assign_count != 1 || c->is_parameter || c->entry_count) continue;
    const psa_assignment *a = &c->assigns[0];
    const psa_value *user = NULL, *pw = NULL;
    const char *type = psa_object_type(m, a->value, NULL, NULL);
    if (!a->list.end || a->span.start < m->first_statement || !type ||
        !psa_type_is(type, "System.Management.Automation.PSCredential") ||
        !psa_credential_parts(m, a->value, &user, &pw) || psa_variable_reads(m, c, NULL, 0) ||
        S_text_mentions(ctx->src->text, c->name) != 1)
      continue;
    const psa_variable *pv = S_dead_link(ctx, pw, a->span);
    if (!(pv ? S_plaintext_literal(pv->assigns[0].value) : S_plaintext_literal(pw))) continue;
    const psa_variable *uv = S_dead_link(ctx, user, a->span);
    if (uv && uv->assigns[0].value->kind != PSA_V_STRING) uv = NULL;
    /* the rewrite after it at the script's level that modernised a sign-in */
    psa_fix *fx = NULL;
    psa_plumbing *owner = NULL;
    for (uint32_t i = 0; i < impl->plumbing_count && !fx; i++) {
      psa_plumbing *p = &impl->plumbing[i];
      const psa_variable *pc = psa_value_var(p->credential);
      if (!pc || pc == c || pc->scope != m->script || !S_fix_kept(ctx, p) ||
          impl->findings[p->finding].span.start < a->span.end)
        continue;
      fx = &impl->findings[p->finding].fixes[p->fix];
      owner = p;
    }
    if (!fx) continue;
    psa_span spans[3] = {uv ? uv->assigns[0].span : (psa_span){0, 0},
                         pv ? pv->assigns[0].span : (psa_span){0, 0}, a->span};
    bool clash = false;
    for (int k = 0; k < 3 && !clash; k++)
      clash = spans[k].end && S_other_fix_edits(ctx, fx, spans[k]);
    for (uint32_t e = 0; e < fx->edit_count && !clash; e++)
      clash = fx->edits[e].replacement &&
              (S_names_var(fx->edits[e].replacement, c->name) ||
               (pv && S_names_var(fx->edits[e].replacement, pv->name)) ||
               (uv && S_names_var(fx->edits[e].replacement, uv->name)));
    if (clash) continue;
    for (int k = 2; k >= 0; k--)
      if (spans[k].end) psa_fix_add_edit(ctx, fx, psa_fix_deletion_span(ctx, fx, spans[k], NULL), "");
    psa_fix_one_blank_line(ctx, fx);
    for (uint32_t i = 0; i < impl->plan_count; i++) {
      psa_plan_entry *e = &impl->plan[i];
      psa_span conn = impl->findings[owner->finding].span;
      if (e->kind != PSA_PLAN_CONNECTION || !e->target || !e->why || e->span.start != conn.start ||
          e->span.end != conn.end)
        continue;
      e->why = psa_ctx_printf(ctx,
                              "%s; the credential $%s built on line %u from a password written in "
                              "the script is read by nothing and goes too",
                              e->why, c->name, psa_line_of(ctx, a->span.start));
    }
  }
}

/* Whether a message asks for what a sign-in prompt asked: a password, a
 * credential, the account or its user name ("Enter the admin account to
 * sign in with"), and does not speak of connecting (which still happens). */
static bool S_asks_sign_in(const char *s, size_t n) {
  static const char *const words[] = {"password", "credential", "user name", "username", "account",
                                      "login",    "log in",     "logon",     "sign in",  "sign-in",
                                      "upn",      NULL};
  if (psa_find_ci(s, n, "connect")) return false;
  for (int i = 0; words[i]; i++)
    if (psa_find_ci(s, n, words[i])) return true;
  return false;
}

/* A message on the line right above a deleted Get-Credential or Read-Host
 * prompt that asks for what the prompt asked ("Enter your Office 365
 * Administrator Username and Password", "Please enter your credentials",
 * "Enter the admin account"): the prompt went, the modern sign-in asks
 * itself, so the message goes with it. A plain string literal of
 * Write-Host/-Output, alone on its line (S_asks_sign_in). */
static void S_prompt_messages(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const char *t = ctx->src->text;
  for (uint32_t i = 0; i < impl->plumbing_count; i++) {
    psa_plumbing *p = &impl->plumbing[i];
    if (!S_fix_kept(ctx, p)) continue;
    psa_fix *fx = &impl->findings[p->finding].fixes[p->fix];
    for (uint32_t e = 0, n = fx->edit_count; e < n; e++) {
      psa_span r = fx->edits[e].range;
      if (!fx->edits[e].replacement || *fx->edits[e].replacement || r.start < 2 ||
          r.end > ctx->src->text_len || t[r.start - 1] != '\n' ||
          (!psa_find_ci(t + r.start, r.end - r.start, "Get-Credential") &&
           !psa_find_ci(t + r.start, r.end - r.start, "Read-Host")))
        continue;
      uint32_t le = r.start - 1, ls = le;
      while (ls > 0 && t[ls - 1] != '\n') ls--;
      PSA_FOR_COMMANDS(ctx, c) {
        if (c->statement_span.start < ls || c->statement_span.end > le || c->in_string ||
            !(psa_command_is(c, "Write-Host") || psa_command_is(c, "Write-Output")) || !c->arg_count)
          continue;
        const psa_arg *a = &c->args[0];
        bool plain = a->via != PSA_BIND_NAMED && a->value && a->value->kind == PSA_V_STRING;
        for (uint32_t k = 1; k < c->arg_count && plain; k++)
          plain = c->args[k].via == PSA_BIND_NAMED;
        psa_span sp = plain ? a->value->span : (psa_span){0, 0};
        if (!plain || !S_asks_sign_in(t + sp.start, sp.end - sp.start)) continue;
        uint32_t k = ls;
        while (k < c->statement_span.start && (t[k] == ' ' || t[k] == '\t')) k++;
        if (k != c->statement_span.start || S_other_fix_edits(ctx, fx, c->statement_span)) continue;
        bool taken = false;
        for (uint32_t x = 0; x < fx->edit_count && !taken; x++)
          taken = fx->edits[x].range.start < le && ls < fx->edits[x].range.end;
        if (!taken) psa_fix_add_edit(ctx, fx, (psa_span){ls, r.start}, "");
      }
    }
  }
}

/* The credential variable a connection command signs in with, or NULL. */
static const psa_variable *S_conn_credential(const psa_rule_ctx *ctx, psa_span at) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->span.start != at.start || c->span.end != at.end) continue;
    const psa_arg *a = psa_command_arg(c, "Credential");
    if (!a) a = psa_command_arg(c, "Credentials");
    return a && a->value && a->value->kind == PSA_V_VARIABLE ? psa_value_var(a->value) : NULL;
  }
  return NULL;
}

/* A job's stored password that signs in several connections, some made
 * app-only and one left as it is (refused): the password stays in the file
 * for that one. psauth still rewrites the others (each is right on its own,
 * and keeps working once password sign-in is blocked); the plan says so on
 * both, so that nobody reads "no stored password" as the file's state. */
static void S_password_kept_notes(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || e->mode != PSA_SIGNIN_UNATTENDED) continue;
    const psa_variable *cred = S_conn_credential(ctx, e->span);
    if (!cred) continue;
    for (uint32_t k = 0; k < impl->plan_count; k++) {
      psa_plan_entry *r = &impl->plan[k];
      if (k == i || r->target || !r->subject || S_conn_credential(ctx, r->span) != cred) continue;
      unsigned line = psa_line_of(ctx, r->span.start);
      e->why = psa_ctx_printf(ctx,
                              "%s; but the stored password stays in the file: %s on line %u, left as "
                              "it is, still signs in with it (migrate that one to remove the password)",
                              e->why, r->subject, line);
      break;
    }
  }
}

/* A retired module's connection refused (Connect-MsolService,
 * Connect-AzureAD) in a file whose other connections are rewritten (a
 * connect-everything helper, review18 21): each rewritten connection's plan
 * line says that the file stays half-migrated, naming the refused one, so
 * nobody reads it as the file's state. (On the rewritten lines, not the
 * refusal: fix --plan prints a later pass's refusal again when its text
 * changes, and in that pass nothing is rewritten any more.) */
static void S_half_migrated_notes(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_plan_entry *refused = NULL;
  for (uint32_t i = 0; i < impl->plan_count && !refused; i++) {
    const psa_plan_entry *e = &impl->plan[i];
    if (e->kind == PSA_PLAN_REFUSED && e->subject &&
        (!psa_strcasecmp(e->subject, "Connect-MsolService") || !psa_strcasecmp(e->subject, "Connect-AzureAD")))
      refused = e;
  }
  for (uint32_t i = 0; refused && i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || !e->why) continue;
    e->why = psa_ctx_printf(ctx,
                            "%s; but %s on line %u is refused (see its line), so the file stays "
                            "half-migrated until that connection is replaced",
                            e->why, refused->subject, psa_line_of(ctx, refused->span.start));
  }
}

/* The removed parameters of the file's functions: each function's help
 * and examples stop naming them (two per function at most, as a
 * credential's user name and password). */
static void S_drop_function_param_help(psa_rule_ctx *ctx, psa_fix *fx, const S_params *params) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < params->count; i++) {
    const psa_scope *sc = params->vars[i]->scope;
    bool seen = sc == m->script;
    for (uint32_t j = 0; j < i && !seen; j++) seen = params->vars[j]->scope == sc;
    if (seen) continue;
    const char *names[3] = {NULL, NULL, NULL};
    uint32_t nn = 0, first_decl = UINT32_MAX;
    for (uint32_t j = i; j < params->count; j++) {
      if (params->vars[j]->scope != sc) continue;
      if (nn < 3) names[nn] = params->vars[j]->name;
      nn++;
      if (params->vars[j]->decl_span.start < first_decl) first_decl = params->vars[j]->decl_span.start;
    }
    const psa_function *fn = NULL;
    for (uint32_t f = 0; f < m->function_count && !fn; f++)
      if (m->functions[f].scope == sc) fn = &m->functions[f];
    if (fn && nn <= 2) psa_fix_drop_function_param_help(ctx, fx, fn, names[0], names[1], first_decl);
  }
}

/* The plan entry of the rewrite of 'p' when it signs in as an application
 * (certificate or managed identity) instead of the credential's account:
 * the planner found the credential unattended and chose a target; NULL
 * otherwise. */
static psa_plan_entry *S_app_entry(const psa_rule_ctx *ctx, const psa_plumbing *p) {
  psa_rule_state *impl = ctx->impl;
  psa_span f = impl->findings[p->finding].span;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind == PSA_PLAN_CONNECTION && e->target && e->mode == PSA_SIGNIN_UNATTENDED &&
        e->span.start < f.end && f.start < e->span.end)
      return e;
  }
  return NULL;
}

static bool S_signs_in_as_app(const psa_rule_ctx *ctx, const psa_plumbing *p) {
  return S_app_entry(ctx, p) != NULL;
}

/* The plan of an app-only or managed-identity rewrite whose credential was
 * the script's own parameter: it went ('gone'; whoever passes it must stop,
 * an advanced script refuses an unknown parameter) or stays unread because
 * another script of the scan set runs this one. */
static void S_credential_param_note(psa_rule_ctx *ctx, const psa_plumbing *p, bool gone) {
  const psa_variable *var = psa_value_var(p->credential);
  psa_plan_entry *e = S_app_entry(ctx, p);
  if (!e || !var || !var->is_parameter || var->scope != ctx->model->script || !var->name) return;
  if (gone)
    e->why = psa_ctx_printf(ctx,
                            "%s; the -%s parameter goes (nothing reads it now): the schedule, "
                            "webhook or caller that passed it must stop passing it",
                            e->why, var->name);
  else if (psa_plan_named_by_others(ctx))
    e->why = psa_ctx_printf(ctx,
                            "%s; the -%s parameter stays, unread: another script of the scan set "
                            "runs this one and may pass it (remove it with that caller)",
                            e->why, var->name);
}

/* The plan of a delegated rewrite whose -Credential was the script's own
 * [string] parameter (a user name PowerShell prompted for): the
 * parameter stays, as a person's script is called with it (by name or by
 * position, and an advanced script refuses an unknown one), but when the
 * rewrite no longer reads it the plan says so (review20 38). */
static void S_string_param_note(psa_rule_ctx *ctx, const psa_plumbing *p, const psa_fix *fx) {
  const psa_variable *var = psa_value_var(p->credential);
  char t[64];
  const char *nt = var && var->is_parameter && var->param_type
                       ? psa_type_normalize(var->param_type, t, sizeof(t))
                       : NULL;
  if (!nt || strcmp(nt, "string") || var->scope != ctx->model->script || !var->name ||
      S_reads_outside_but(ctx, fx, var, NULL, 0))
    return;
  psa_rule_state *impl = ctx->impl;
  psa_span f = impl->findings[p->finding].span;
  for (uint32_t i = 0; i < impl->plan_count; i++) {
    psa_plan_entry *e = &impl->plan[i];
    if (e->kind != PSA_PLAN_CONNECTION || !e->target || e->mode != PSA_SIGNIN_INTERACTIVE ||
        e->span.start >= f.end || f.start >= e->span.end)
      continue;
    e->why = psa_ctx_printf(ctx,
                            "%s; the -%s parameter stays, unread now: whoever runs the script "
                            "may pass it (by name or position), so remove it with them",
                            e->why, var->name);
    return;
  }
}

/* The plan of an app-only or managed-identity rewrite after which the
 * script's own user-name and password parameters go (-Office365Username
 * and -Office365Password fed the credential): whoever runs the script with
 * them must stop passing them (an advanced script refuses an unknown
 * parameter). */
static void S_script_params_note(psa_rule_ctx *ctx, const psa_plumbing *p, const S_params *params) {
  psa_plan_entry *e = S_app_entry(ctx, p);
  if (!e) return;
  psa_buf b;
  psa_buf_init(&b);
  uint32_t n = 0;
  for (uint32_t k = 0; k < params->count; k++) {
    const psa_variable *v = params->vars[k];
    /* (the credential parameter itself: S_credential_param_note) */
    if (v->scope != ctx->model->script || !v->name || v == psa_value_var(p->credential)) continue;
    psa_buf_printf(&b, "%s-%s", n ? " and " : "", v->name);
    n++;
  }
  if (n)
    e->why = psa_ctx_printf(ctx,
                            "%s; the script's %s parameter%s go%s (nothing reads %s now): the "
                            "schedule, webhook or caller that passed %s must stop passing %s",
                            e->why, b.data, n > 1 ? "s" : "", n > 1 ? "" : "es", n > 1 ? "them" : "it",
                            n > 1 ? "them" : "it", n > 1 ? "them" : "it");
  psa_buf_free(&b);
}

/* ---- one Microsoft Graph connection (session 15, plan35) ---------------- */

static bool S_span_within(psa_span outer, psa_span inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/* Whether the catch body 'b' ends the script or the function as its last
 * statement (exit, throw, return, break): code after the try then runs
 * only when the try body ran to its end. */
static bool S_catch_leaves(const char *t, psa_span b) {
  if (b.end < b.start + 2) return false;
  uint32_t e = b.end - 1; /* the closing brace */
  while (e > b.start && isspace((unsigned char)t[e - 1])) e--;
  uint32_t s = e;
  while (s > b.start + 1 && t[s - 1] != '\n' && t[s - 1] != ';' && t[s - 1] != '{') s--;
  while (s < e && isspace((unsigned char)t[s])) s++;
  static const char *const words[] = {"exit", "throw", "return", "break", NULL};
  for (int w = 0; words[w]; w++) {
    size_t n = strlen(words[w]);
    if (e - s >= n && !psa_strncasecmp(t + s, words[w], n) &&
        (e - s == n || !isalnum((unsigned char)t[s + n])))
      return true;
  }
  return false;
}

/* Whether the connection 'conn' (rewritten as 'line') has signed in before
 * 'b' on every path: it runs before it (psa_plan_runs_before), or it sits
 * straight in a try body, stops on its error (-ErrorAction Stop), every
 * catch of that try leaves, and the try statement runs before 'b'. */
static bool S_connection_reaches(psa_rule_ctx *ctx, const psa_command *conn, const char *line,
                                 const psa_command *b) {
  const psa_model *m = ctx->model;
  const char *t = ctx->src->text;
  uint32_t n = ctx->src->text_len;
  if (psa_plan_runs_before(m, t, n, conn->statement_span, conn->scope, b)) return true;
  if (!strstr(line, "-ErrorAction Stop")) return false;
  const psa_catch *inner = NULL;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if (!S_span_within(k->try_body, conn->span)) continue;
    if (!inner || S_span_within(inner->try_body, k->try_body)) inner = k;
  }
  if (!inner) return false;
  for (uint32_t i = 0; i < m->block_count; i++)
    if (S_span_within(inner->try_body, m->blocks[i].body) && S_span_within(m->blocks[i].body, conn->span))
      return false;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if (k->statement.start != inner->statement.start) continue;
    if (k->body.end > n || !S_catch_leaves(t, k->body)) return false;
  }
  return psa_plan_runs_before(m, t, n, inner->statement, conn->scope, b);
}

/* The comment lines of an inserted block ("# ...\n"), re-indented with
 * 'indent', each followed by a newline and 'indent'. */
static const char *S_comment_lines(psa_rule_ctx *ctx, const char *r, const char *indent, bool skip_first) {
  psa_buf b;
  psa_buf_init(&b);
  bool first = true;
  for (const char *p = r; *p;) {
    const char *eol = strchr(p, '\n');
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    const char *q = p;
    while (q < p + len && (*q == ' ' || *q == '\t')) q++;
    if (*q == '#') {
      if (!(skip_first && first))
        psa_buf_printf(&b, "%.*s\n%s", (int)(p + len - q), q, indent);
      first = false;
    }
    p += len + (eol ? 1 : 0);
  }
  const char *out = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return out;
}

/* 'line' (a delegated Connect-MgGraph) asking for Mail.Send too, and
 * Mail.Send.Shared when a send goes from another user's mailbox. */
static const char *S_scopes_with_mail(psa_rule_ctx *ctx, const char *line, bool shared) {
  const char *want = shared ? "'Mail.Send', 'Mail.Send.Shared'" : "'Mail.Send'";
  if (psa_find_ci(line, strlen(line), shared ? "Mail.Send.Shared" : "Mail.Send")) return line;
  if (shared && psa_find_ci(line, strlen(line), "Mail.Send")) want = "'Mail.Send.Shared'";
  const char *sc = strstr(line, " -Scopes ");
  if (sc) {
    const char *end = sc + strlen(" -Scopes ");
    while (*end && !(end[0] == ' ' && end[1] == '-')) end++;
    return psa_ctx_printf(ctx, "%.*s, %s%s", (int)(end - line), line, want, end);
  }
  const char *nw = strstr(line, " -NoWelcome");
  if (!nw) nw = line + strlen(line);
  return psa_ctx_printf(ctx, "%.*s -Scopes %s%s", (int)(nw - line), line, want, nw);
}

/* Whether two Connect-MgGraph lines name the same identity: the same
 * value (the word after it) for each of the sign-in parameters either
 * names (two app registrations of one script are two identities). */
static bool S_same_identity(const char *a, const char *b) {
  static const char *const params[] = {" -ClientId ", " -CertificateThumbprint ", " -Certificate ",
                                       " -TenantId ", " -Identity", NULL};
  for (int k = 0; params[k]; k++) {
    const char *x = strstr(a, params[k]), *y = strstr(b, params[k]);
    if (!x && !y) continue;
    if (!x || !y) return false;
    x += strlen(params[k]);
    y += strlen(params[k]);
    size_t nx = strcspn(x, " \n"), ny = strcspn(y, " \n");
    if (nx != ny || strncmp(x, y, nx)) return false;
  }
  return true;
}

/* A mail rewrite (PSA401) adds its own Connect-MgGraph before the first
 * send; the file's Connect-MsolService / Connect-AzureAD, rewritten as
 * Connect-MgGraph for the directory calls (PSA202/PSA203), signs the same
 * identity in (both app-only with the tenant's certificate, both managed
 * identity, or both a person) and has run before every send: the file
 * gets one connection, that one, with the union of the permissions (the
 * delegated -Scopes gets Mail.Send; the app-only notes of the send's
 * insert go in front of it), and the sends wait for it (needs "graph").
 * review20 08 and 29: two identical Connect-MgGraph lines. */
static void S_graph_one_connection(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  const psa_command *conn = NULL;
  psa_edit *cedit = NULL;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    if (!f->rule || (strcmp(f->rule->id, "PSA202") && strcmp(f->rule->id, "PSA203"))) continue;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      psa_fix *fx = &f->fixes[k];
      if (fx->applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++) {
        psa_edit *ed = &fx->edits[e];
        if (!ed->replacement || strncmp(ed->replacement, "Connect-MgGraph ", 16)) continue;
        PSA_FOR_COMMANDS(ctx, c) {
          if (c->span.start != ed->range.start || c->span.end != ed->range.end || c->in_string) continue;
          if (!psa_command_is(c, "Connect-MsolService") && !psa_command_is(c, "Connect-AzureAD")) continue;
          if (!conn || c->span.start < conn->span.start) {
            conn = c;
            cedit = ed;
          }
        }
      }
    }
  }
  if (!conn || conn->statement_span.start != conn->span.start) return;
  /* the comment lines go on the connection's own line: only blanks before it */
  for (uint32_t k = conn->span.start; k > 0 && ctx->src->text[k - 1] != '\n'; k--)
    if (ctx->src->text[k - 1] != ' ' && ctx->src->text[k - 1] != '\t') return;
  const char *line = cedit->replacement;
  bool c_identity = strstr(line, " -Identity") != NULL;
  bool c_app = c_identity || strstr(line, " -CertificateThumbprint ") || strstr(line, " -Certificate ");
  /* every send's insert, all reached, all of the same kind */
  enum { MAX = 64 };
  psa_fix *fixes[MAX];
  psa_edit *inserts[MAX];
  const psa_finding *sends[MAX];
  uint32_t count = 0;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    if (!f->rule || strcmp(f->rule->id, "PSA401")) continue;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      psa_fix *fx = &f->fixes[k];
      if (fx->applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++) {
        psa_edit *ed = &fx->edits[e];
        const char *r = ed->replacement;
        if (!r || ed->range.start != ed->range.end || !strstr(r, "Connect-MgGraph ")) continue;
        if (strstr(r, "Get-MgContext")) return; /* a function's own guarded sign-in */
        bool identity = strstr(r, " -Identity") != NULL;
        bool app = identity || strstr(r, " -CertificateThumbprint ") || strstr(r, " -Certificate ");
        const char *mine = strstr(r, "Connect-MgGraph ");
        if (app != c_app || identity != c_identity || count == MAX || !S_same_identity(line, mine)) return;
        fixes[count] = fx;
        inserts[count] = ed;
        sends[count++] = f;
      }
    }
  }
  if (!count) return;
  for (uint32_t i = 0; i < count; i++) {
    const psa_command *send = NULL;
    PSA_FOR_COMMANDS(ctx, c) {
      if (c->span.start == sends[i]->span.start && psa_command_is(c, "Send-MailMessage")) send = c;
    }
    if (!send || !S_connection_reaches(ctx, conn, line, send)) return;
  }
  const char *indent = psa_fix_indent(ctx, conn->span.start);
  uint32_t old_line = psa_line_of(ctx, inserts[0]->range.start);
  /* a send from another user's mailbox asks Mail.Send.Shared (mail.c): its
   * insert's scopes and TODO (Send As / Full Access) come along */
  uint32_t shared = count;
  for (uint32_t i = 0; i < count && shared == count; i++)
    if (strstr(inserts[i]->replacement, "Mail.Send.Shared")) shared = i;
  cedit->replacement =
      c_app ? psa_ctx_printf(ctx, "%s%s", S_comment_lines(ctx, inserts[0]->replacement, indent, false), line)
      : shared < count
          ? psa_ctx_printf(ctx, "%s%s", S_comment_lines(ctx, inserts[shared]->replacement, indent, false),
                           S_scopes_with_mail(ctx, line, true))
          : S_scopes_with_mail(ctx, line, false);
  for (uint32_t i = 0; i < count; i++) {
    psa_fix *fx = fixes[i];
    uint32_t at = (uint32_t)(inserts[i] - fx->edits);
    memmove(inserts[i], inserts[i] + 1, (fx->edit_count - at - 1) * sizeof(*inserts[i]));
    fx->edit_count--;
    fx->needs = "graph";
  }
  /* the plan names the one connection */
  S_plan_why_swap(ctx,
                  psa_ctx_printf(ctx, "Connect-MgGraph signs in once, on line %u, before the first send",
                                 old_line),
                  psa_ctx_printf(ctx,
                                 "the Connect-MgGraph that replaces %s on line %u signs in for the "
                                 "sends too (one connection for the file, with %s)",
                                 conn->name, psa_line_of(ctx, conn->span.start),
                                 c_app            ? "the Mail.Send application permission among the app's"
                                 : shared < count ? "Mail.Send and Mail.Send.Shared among its -Scopes"
                                                  : "Mail.Send among its -Scopes"));
}

void psa_fix_finish(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  psa_fix_safety(ctx);
  S_graph_calls_need_connection(ctx);
  S_graph_connections_together(ctx);
  S_graph_one_connection(ctx);
  S_teams_cleanup(ctx);
  /* shadowed cmdlet names in every replacement, module-qualified */
  bool any_function = false;
  for (int w = 0; S_written[w].name && !any_function; w++) any_function = S_shadowed(ctx, S_written[w].name);
  for (uint32_t i = 0; any_function && i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      psa_fix *fx = &impl->findings[i].fixes[k];
      if (fx->applicability == PSA_FIX_DISPLAY) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++)
        fx->edits[e].replacement = S_qualify(ctx, fx->edits[e].replacement);
    }
  for (uint32_t i = 0; i < impl->plumbing_count; i++) {
    psa_plumbing *p = &impl->plumbing[i];
    const psa_variable *var = psa_value_var(p->credential);
    if (!S_fix_kept(ctx, p)) continue;
    /* distinct rewrites reading this variable; skip repeats of one request */
    uint32_t readers = 0;
    bool repeat = false;
    for (uint32_t k = 0; k < impl->plumbing_count; k++) {
      const psa_plumbing *q = &impl->plumbing[k];
      if (psa_value_var(q->credential) != var || !S_fix_kept(ctx, q)) continue;
      bool seen = false;
      for (uint32_t j = 0; j < k && !seen; j++)
        seen = psa_value_var(impl->plumbing[j].credential) == var &&
               S_same_request(&impl->plumbing[j], q);
      if (seen) {
        if (k == i) repeat = true;
        continue;
      }
      readers++;
    }
    if (repeat) continue;
    psa_fix *fx = &impl->findings[p->finding].fixes[p->fix];
    if (p->prompt_done) { /* S_prompt_to_user_name_shared made its edits */
      if (p->msg_conn) S_stale_messages(ctx, fx, p->msg_conn, p->msg_uri, p->msg_svc, p->msg_names);
      continue;
    }
    uint32_t before = fx->edit_count;
    /* a script that prompts for two accounts (a source and a target
     * tenant): the modern sign-in keeps the account this prompt asked for,
     * as a user-name prompt (S_prompt_to_user_name), else it could pick
     * the other one (one rewrite reading it: see S_prompt_to_user_name) */
    S_params params = {.count = 0, .uncalled = p->uncalled_params,
                       .not_as_user = S_signs_in_as_app(ctx, p)};
    if (!p->user_hint || readers != 1 || !S_other_prompt(ctx, var))
      S_remove_plumbing(ctx, fx, p->credential, 0, readers, &params);
    /* the script's own parameters that go: its usage lines and help stop
     * naming them (unless a certificate branch turns them into certificate
     * parameters: psa_fix_params_to_cert rewrites the usage lines itself) */
    const char *gone[2] = {NULL, NULL};
    uint32_t ng = 0, first_decl = UINT32_MAX;
    uint32_t params_from = fx->edit_count;
    if (params.count) {
      psa_fix_remove_params(ctx, fx, params.vars, params.count);
      /* read by several rewrites ($cred built from -UserId/-Password for
       * both MSOnline and Exchange Online): gone only when all are applied */
      for (uint32_t e = params_from; e < fx->edit_count; e++) fx->edits[e].joint = readers > 1;
      for (uint32_t k = 0; k < params.count; k++)
        if (params.vars[k]->scope == ctx->model->script) {
          if (ng < 2) gone[ng] = params.vars[k]->name;
          ng++;
          if (params.vars[k]->decl_span.start < first_decl) first_decl = params.vars[k]->decl_span.start;
        }
    }
    if (params.not_as_user) {
      bool param_gone = false;
      for (uint32_t k = 0; k < params.count; k++) param_gone = param_gone || params.vars[k] == var;
      S_credential_param_note(ctx, p, param_gone);
    }
    if (!params.not_as_user) S_string_param_note(ctx, p, fx);
    if (fx->edit_count == before) {
      S_prompt_user(ctx, fx, p);
      S_remove_password_copies(ctx, fx, var);
      S_prompt_to_user_name(ctx, fx, p, readers);
      psa_fix_connect_at_prompt(ctx, fx, impl->findings[p->finding].span, p->credential, readers);
      if (readers > 1) S_prompt_to_user_name_shared(ctx, p);
    } else {
      S_merge_deletions(ctx, fx);
      psa_fix_connect_at_prompt(ctx, fx, impl->findings[p->finding].span, p->credential, readers);
      /* (not for a credential other rewrites read too: its parameters go
       * with all of them, the same joint edits in each) */
      bool to_cert = p->cert_connect && readers == 1 &&
                     psa_fix_params_to_cert(ctx, p->cert_rule, fx, p->cert_connect, p->credential);
      /* (parameters turned into certificate parameters stay, renamed) */
      if (params.not_as_user && !to_cert) S_script_params_note(ctx, p, &params);
      uint32_t help_from = fx->edit_count;
      if (ng && ng <= 2 && !to_cert) {
        psa_fix_drop_param_usage(ctx, fx, gone[0], gone[1]);
        psa_fix_drop_param_help(ctx, fx, gone[0], gone[1], first_decl);
      }
      S_drop_function_param_help(ctx, fx, &params);
      for (uint32_t e = help_from; e < fx->edit_count; e++) fx->edits[e].joint = readers > 1;
      psa_fix_one_blank_line(ctx, fx);
      psa_plan_stale_help(ctx, &impl->findings[p->finding], fx);
    }
    if (p->msg_conn) S_stale_messages(ctx, fx, p->msg_conn, p->msg_uri, p->msg_svc, p->msg_names);
  }
  psa_fix_connect_before_loops(ctx);
  S_dead_literal_credentials(ctx);
  S_prompt_messages(ctx);
  free(impl->plumbing);
  impl->plumbing = NULL;
  psa_fix_app_registration(ctx);
  psa_graph_plan_free(impl->graph_plan);
  impl->graph_plan = NULL;
  impl->plumbing_count = impl->plumbing_cap = 0;
  S_password_kept_notes(ctx);
  S_half_migrated_notes(ctx);
  psa_plan_cover_fixes(ctx);
  psa_fix_units(ctx);
}

/* The script's own module loader given a module's name ("If (LoadModule
 * -name LyncOnlineConnector)", "Import-MyModule MSOnline", where the
 * function imports the name it is given: Import-Module -Name $Name). Such
 * loaders usually stop the script when the module is missing, which a
 * retired module is on a current machine: the rewrite that replaces the
 * module gives the loader the new name. The literal value given, or NULL. */
const psa_value *psa_fix_loader_arg(const psa_rule_ctx *ctx, const psa_command *cmd,
                                   const char *const *names) {
  const psa_model *m = ctx->model;
  if (!cmd->local_function || cmd->in_string || cmd->invoke_operator || !cmd->name) return NULL;
  const psa_function *fn = NULL;
  for (uint32_t i = 0; i < m->function_count; i++)
    if (m->functions[i].name && !psa_strcasecmp(m->functions[i].name, cmd->name))
      fn = fn ? NULL : &m->functions[i];
  if (!fn || !fn->scope || cmd->arg_count != 1) return NULL;
  const psa_arg *a = &cmd->args[0];
  const psa_value *v = a->value;
  bool named = false;
  for (int k = 0; v && v->kind == PSA_V_STRING && v->literal && v->str && names[k] && !named; k++)
    named = !psa_strcasecmp(v->str, names[k]);
  if (!named || v->span.end > ctx->src->text_len) return NULL;
  /* the parameter it binds to: by name, or the function's only parameter */
  const psa_variable *param = NULL;
  uint32_t params = 0;
  for (const psa_variable *q = fn->scope->vars; q; q = q->next)
    if (q->is_parameter) {
      params++;
      if (a->written && q->name && !psa_strcasecmp(a->written, q->name)) param = q;
    }
  if (!param && params == 1 && a->via != PSA_BIND_NAMED)
    for (const psa_variable *q = fn->scope->vars; q && !param; q = q->next)
      if (q->is_parameter) param = q;
  if (!param || param->assign_count) return NULL;
  /* the name reaches a module command that loads, installs or looks for
   * it: an installer ("if (-not (Get-Module -ListAvailable -Name $m)) {
   * Install-Module $m }") given a retired module installs it, not Graph */
  static const char *const loaders[] = {"Import-Module", "Install-Module", "Update-Module",
                                        "Get-Module", NULL};
  PSA_FOR_COMMANDS(ctx, im) {
    bool loader = false;
    for (int k = 0; loaders[k] && !loader; k++) loader = psa_command_is(im, loaders[k]);
    if (!loader || im->span.start < fn->span.start || im->span.end > fn->span.end) continue;
    if (psa_command_is(im, "Get-Module") && !psa_command_arg(im, "ListAvailable")) continue;
    const psa_arg *n = psa_command_arg(im, "Name");
    if (n && n->value && psa_value_var(n->value) == param) return v;
  }
  return NULL;
}

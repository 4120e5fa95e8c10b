/* The app registration the rewritten connections of one file share: once
 * every rule has made its fixes, the placeholder variables get names that
 * say what they are for the services the file connects to, and the TODO
 * comment above them says what to grant, per service. Done over all the
 * fixes of the file at once, because the declaration block is one edit
 * that every rewrite repeats (identical edits are applied once). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/context.h"
#include "rules/graph_migrate.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* What the app (or managed identity) of each target connection needs.
 * Sources: docs/facts.md, keys exo-app-only, spo-app-only, teams-app-only,
 * graph-app-only; the Microsoft Graph permissions are the file's own
 * (psa_graph_plan_permissions, Mail.Send for a Send-MgUserMail rewrite). */
#define S_SHAREPOINT_GRANT "Sites.FullControl.All (SharePoint)"

typedef struct {
  const char *cmdlet;
  const char *service;
  const char *grant;   /* NULL: the file's Microsoft Graph permissions */
  bool tenant_id;      /* its -TenantId takes the tenant's id (a GUID) */
} S_service;

static const S_service S_services[] = {
    {"Connect-ExchangeOnline", "Exchange Online",
     "Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator",
     false},
    {"Connect-IPPSSession", "Security & Compliance",
     "Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Compliance Administrator",
     false},
    {"Connect-MgGraph", "Microsoft Graph", NULL, false},
    {"Connect-PnPOnline", "SharePoint (PnP)", S_SHAREPOINT_GRANT, false},
    {"Connect-SPOService", "SharePoint (SPO)", S_SHAREPOINT_GRANT, true},
    {"Connect-MicrosoftTeams", "Teams",
     "the Entra role and Graph permissions of Microsoft Learn \"Application-based authentication in Teams PowerShell Module\"",
     true},
    {"Connect-AzAccount", "Azure", "Azure roles on the resources it manages", false},
    {NULL, NULL, NULL, false}};

#define S_NSERVICES (sizeof(S_services) / sizeof(S_services[0]) - 1)

static const char *const S_placeholders[] = {"$ExoAppId", "$ExoOrganization",
                                             "$ExoCertificateThumbprint", NULL};
/* the values of the declaration block: a variable holding one is ours */
static const char *const S_placeholder_values[] = {"'<app-id>'", "'<tenant>.onmicrosoft.com'",
                                                   "'<certificate-thumbprint>'", "'<tenant-id>'",
                                                   NULL};

typedef struct {
  bool used[S_NSERVICES];  /* an app-only or managed-identity connection */
  bool mi[S_NSERVICES];    /* ... with a managed identity */
  bool cert[S_NSERVICES];  /* ... with a certificate */
  bool reads[S_NSERVICES]; /* ... reading a placeholder */
  bool mail;               /* a Send-MgUserMail rewrite */
} S_scan;

static bool S_word_end(char c) { return !(isalnum((unsigned char)c) || c == '_' || c == '-'); }

static bool S_has(const char *line, size_t n, const char *word) {
  size_t k = strlen(word);
  for (const char *p = line; (p = psa_find_ci(p, n - (size_t)(p - line), word)); p += k)
    if ((size_t)(p - line) + k >= n || S_word_end(p[k])) return true;
  return false;
}

/* The service whose connection cmdlet the line runs, or -1. */
static int S_line_service(const char *line, size_t n) {
  for (int i = 0; S_services[i].cmdlet; i++)
    if (S_has(line, n, S_services[i].cmdlet)) return i;
  return -1;
}

static bool S_line_reads_placeholder(const char *line, size_t n) {
  for (int i = 0; S_placeholders[i]; i++)
    if (S_has(line, n, S_placeholders[i])) return true;
  return false;
}

static void S_scan_text(const char *s, int fallback, S_scan *sc) {
  static const char *const cert[] = {"-CertificateThumbprint", "-Thumbprint", "-CertificateFilePath",
                                     "-CertificatePath", "-Certificate", NULL};
  for (const char *l = s; *l;) {
    size_t n = strcspn(l, "\n");
    int svc = S_line_service(l, n);
    if (svc < 0) svc = fallback;
    if (svc >= 0) {
      bool mi = S_has(l, n, "-Identity") || S_has(l, n, "-ManagedIdentity");
      bool app = false;
      for (int k = 0; cert[k] && !app; k++) app = S_has(l, n, cert[k]);
      if (mi || app) {
        sc->used[svc] = true;
        sc->mi[svc] |= mi;
        sc->cert[svc] |= app;
      }
      /* an interactive sign-in reads the app id too (PnP's -ClientId) */
      sc->reads[svc] |= S_line_reads_placeholder(l, n);
    }
    if (S_has(l, n, "Send-MgUserMail")) sc->mail = true;
    l += n + (l[n] == '\n');
  }
}

/* The service of the connection command an edit changes part of
 * ("-Credential $c" -> "-CertificateThumbprint ..."), or -1: its
 * replacement lines name no cmdlet then. An insert at a command's start
 * (the declaration block before a first statement that connects) is not
 * in it. */
static int S_edit_service(const psa_rule_ctx *ctx, const psa_edit *ed) {
  int best = -1;
  uint32_t best_len = UINT32_MAX;
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || !c->name || c->span.start >= ed->range.start || ed->range.end > c->span.end)
      continue;
    for (int i = 0; S_services[i].cmdlet; i++)
      if (psa_command_is(c, S_services[i].cmdlet) && c->span.end - c->span.start < best_len) {
        best = i;
        best_len = c->span.end - c->span.start;
      }
  }
  return best;
}

static bool S_offered(const psa_fix *fx) {
  return fx->applicability != PSA_FIX_DISPLAY && fx->edit_count;
}

/* Whether the script has a variable 'name' of its own: a parameter, a loop
 * variable, one read and never assigned, or one assigned anything but a
 * placeholder value of an earlier psauth fix. */
static bool S_scope_has(const psa_rule_ctx *ctx, const psa_scope *sc, const char *name) {
  const char *t = ctx->src->text;
  for (const psa_variable *v = sc ? sc->vars : NULL; v; v = v->next) {
    if (!v->name || psa_strcasecmp(v->name, name)) continue;
    if (v->is_parameter || v->is_foreach || !v->assign_count) return true;
    for (uint32_t a = 0; a < v->assign_count; a++) {
      const psa_value *val = v->assigns[a].value;
      if (!val || val->span.end > ctx->src->text_len) return true;
      bool ours = false;
      for (int k = 0; S_placeholder_values[k] && !ours; k++) {
        size_t n = strlen(S_placeholder_values[k]);
        ours = val->span.end - val->span.start == n && !strncmp(t + val->span.start, S_placeholder_values[k], n);
      }
      if (!ours) return true;
    }
  }
  return false;
}

static bool S_taken(const psa_rule_ctx *ctx, const char *name) {
  const psa_model *m = ctx->model;
  if (S_scope_has(ctx, m->script, name)) return true;
  for (uint32_t f = 0; f < m->function_count; f++)
    if (S_scope_has(ctx, m->functions[f].scope, name)) return true;
  return false;
}

typedef struct {
  const char *app, *org, *thumb, *tid; /* with the '$' */
} S_names;

/* Neutral names when a service other than Exchange Online / Security &
 * Compliance reads the placeholders; a prefix when the script already has
 * one of them. */
static bool S_pick_names(psa_rule_ctx *ctx, const S_scan *sc, S_names *out) {
  bool neutral = false;
  for (size_t i = 0; i < S_NSERVICES; i++)
    if (sc->reads[i] && strcmp(S_services[i].cmdlet, "Connect-ExchangeOnline") &&
        strcmp(S_services[i].cmdlet, "Connect-IPPSSession"))
      neutral = true;
  if (!neutral) return false;
  static const char *const prefixes[] = {"", "M365", "Psauth", NULL};
  for (int p = 0; prefixes[p]; p++) {
    const char *app = psa_ctx_printf(ctx, "%sAppId", prefixes[p]);
    const char *org = psa_ctx_printf(ctx, "%sOrganization", prefixes[p]);
    const char *thumb = psa_ctx_printf(ctx, "%sCertificateThumbprint", prefixes[p]);
    const char *tid = psa_ctx_printf(ctx, "%sTenantId", prefixes[p]);
    if (S_taken(ctx, app) || S_taken(ctx, org) || S_taken(ctx, thumb) || S_taken(ctx, tid)) continue;
    out->app = psa_ctx_printf(ctx, "$%s", app);
    out->org = psa_ctx_printf(ctx, "$%s", org);
    out->thumb = psa_ctx_printf(ctx, "$%s", thumb);
    out->tid = psa_ctx_printf(ctx, "$%s", tid);
    return true;
  }
  return false;
}

/* 's' with the placeholders renamed; on the line of a cmdlet whose
 * -TenantId takes the tenant's id, the organization is that id. */
static const char *S_rename(psa_rule_ctx *ctx, const char *s, int fallback, const S_names *nm) {
  if (!strstr(s, "$Exo")) return s;
  psa_buf b;
  psa_buf_init(&b);
  for (const char *l = s; *l;) {
    size_t n = strcspn(l, "\n");
    int svc = S_line_service(l, n);
    if (svc < 0) svc = fallback;
    bool tid = svc >= 0 && S_services[svc].tenant_id;
    const char *to[] = {nm->app, tid ? nm->tid : nm->org, nm->thumb};
    for (size_t i = 0; i < n;) {
      bool hit = false;
      for (int k = 0; S_placeholders[k] && !hit; k++) {
        size_t kl = strlen(S_placeholders[k]);
        if (i + kl <= n && !strncmp(l + i, S_placeholders[k], kl) &&
            (i + kl == n || !(isalnum((unsigned char)l[i + kl]) || l[i + kl] == '_'))) {
          psa_buf_puts(&b, to[k]);
          i += kl;
          hit = true;
        }
      }
      if (!hit) psa_buf_putc(&b, l[i++]);
    }
    if (l[n] == '\n') psa_buf_putc(&b, '\n');
    l += n + (l[n] == '\n');
  }
  const char *r = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
  psa_buf_free(&b);
  return r;
}

/* The TODO comment: what the sign-in is, and what to grant per service. */
static const char *S_comment(psa_rule_ctx *ctx, const S_scan *sc, bool thumb, bool decls) {
  bool any_mi = false, any_cert = false;
  for (size_t i = 0; i < S_NSERVICES; i++) {
    any_mi |= sc->mi[i];
    any_cert |= sc->cert[i];
  }
  psa_buf b;
  psa_buf_init(&b);
  if (any_mi && !any_cert)
    psa_buf_printf(&b, "# TODO(psauth): managed-identity sign-in for the rewritten connections.\n"
                       "%s# Grant the managed identity (app role assignments):\n",
                   decls ? "# The placeholders fail until they are filled in.\n" : "");
  else if (thumb)
    psa_buf_puts(&b, "# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.\n"
                     "# Fill in your Entra ID app registration and its certificate; the placeholders\n"
                     "# fail until then. Grant the app (application permissions, admin consent):\n");
  else
    psa_buf_puts(&b, "# TODO(psauth): the Entra ID app registration and tenant of the rewritten\n"
                     "# connections; the placeholders fail until they are filled in. Grant the app\n"
                     "# (application permissions, admin consent):\n");
  bool listed = false;
  for (size_t i = 0; i < S_NSERVICES; i++) {
    if (!sc->used[i]) continue;
    const char *grant = S_services[i].grant;
    /* one line for the services one grant serves (PnP and SPO) */
    bool earlier = false;
    for (size_t j = 0; j < i && grant; j++) earlier |= sc->used[j] && S_services[j].grant && !strcmp(S_services[j].grant, grant);
    if (earlier) continue;
    const char *service = S_services[i].service;
    for (size_t j = i + 1; j < S_NSERVICES && grant; j++)
      if (sc->used[j] && S_services[j].grant && !strcmp(S_services[j].grant, grant))
        service = psa_ctx_printf(ctx, "%s, %s", service, S_services[j].service);
    if (!grant) {
      const char *perms = psa_graph_plan_permissions(ctx, psa_graph_plan_get(ctx), true);
      if (sc->mail)
        perms = perms && *perms && !strstr(perms, "Mail.Send")
                    ? psa_ctx_printf(ctx, "%s, Mail.Send", perms)
                    : (perms && *perms ? perms : "Mail.Send");
      grant = perms && *perms ? perms : "the permissions of the Microsoft Graph cmdlets the script runs";
    }
    /* both kinds in one file: say which services sign in as the identity */
    psa_buf_printf(&b, "#   %s%s: %s\n", service,
                   any_mi && any_cert && sc->mi[i] ? " (managed identity)" : "", grant);
    listed = true;
  }
  if (!listed) psa_buf_puts(&b, "#   the permissions of each service it connects to\n");
  const char *r = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return r;
}

/* The declaration block's parts: the text before its first comment line
 * (a line break), the indentation of its lines, its "$X = '...'" lines and
 * what follows them (the blank line). False when 'r' is not such a block
 * or declares several tenants (those keep their own comment). */
typedef struct {
  const char *lead, *indent, *tail;
  const char *decl[8];
  uint32_t ndecl;
} S_block;

static bool S_parse_block(psa_rule_ctx *ctx, const char *r, S_block *out) {
  const char *c = strstr(r, "# TODO(psauth): ");
  if (!c || strstr(r, "several tenants")) return false;
  const char *ls = c;
  while (ls > r && (ls[-1] == ' ' || ls[-1] == '\t')) ls--;
  memset(out, 0, sizeof(*out));
  out->lead = psa_ctx_printf(ctx, "%.*s", (int)(ls - r), r);
  out->indent = psa_ctx_printf(ctx, "%.*s", (int)(c - ls), ls);
  size_t il = (size_t)(c - ls);
  const char *l = ls;
  while (*l && !strncmp(l, out->indent, il) && l[il] == '#') l += strcspn(l, "\n") + (l[strcspn(l, "\n")] == '\n');
  while (*l && !strncmp(l, out->indent, il) && l[il] == '$') {
    size_t n = strcspn(l, "\n");
    if (out->ndecl == 8) return false;
    out->decl[out->ndecl++] = psa_ctx_printf(ctx, "%.*s", (int)(n - il), l + il);
    l += n + (l[n] == '\n');
  }
  out->tail = l;
  return true;
}

static const char *S_build_block(psa_rule_ctx *ctx, const S_block *bl, const char *comment,
                                 const char *const *decls, uint32_t ndecl) {
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, bl->lead);
  for (const char *l = comment; *l;) {
    size_t n = strcspn(l, "\n");
    psa_buf_printf(&b, "%s%.*s\n", bl->indent, (int)n, l);
    l += n + (l[n] == '\n');
  }
  for (uint32_t i = 0; i < ndecl; i++) psa_buf_printf(&b, "%s%s\n", bl->indent, decls[i]);
  psa_buf_puts(&b, bl->tail);
  const char *r = psa_ctx_printf(ctx, "%s", b.data);
  psa_buf_free(&b);
  return r;
}

static bool S_fix_reads(const psa_fix *fx, const char *var, uint32_t skip) {
  size_t n = strlen(var);
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    if (e == skip) continue;
    for (const char *p = fx->edits[e].replacement; (p = strstr(p, var)); p += n)
      if (!(isalnum((unsigned char)p[n]) || p[n] == '_')) return true;
  }
  return false;
}

/* The index of the fix's declaration block edit, or edit_count. */
static uint32_t S_block_edit(const psa_fix *fx, uint32_t at) {
  for (uint32_t e = 0; e < fx->edit_count; e++)
    if (fx->edits[e].range.start == at && fx->edits[e].range.end == at &&
        strstr(fx->edits[e].replacement, "# TODO(psauth): "))
      return e;
  return fx->edit_count;
}

/* The organization's declaration takes the tenant a removed credential's
 * user name named (psa_fix_org_hint), when it is the block's only one and
 * still the placeholder: "$ExoOrganization = 'contoso.onmicrosoft.com'". */
static void S_org_from_hint(psa_rule_ctx *ctx, const char **decls, uint32_t n) {
  const psa_rule_state *impl = ctx->impl;
  if (!impl->org_hint || impl->org_hint_conflict) return;
  static const char value[] = " = '<tenant>.onmicrosoft.com'";
  uint32_t found = UINT32_MAX, count = 0;
  for (uint32_t i = 0; i < n; i++) {
    const char *eq = strstr(decls[i], value);
    if (!eq || eq[sizeof(value) - 1]) continue;
    count++;
    found = i;
  }
  if (count != 1) return;
  const char *d = decls[found];
  decls[found] = psa_ctx_printf(ctx, "%.*s = '%s'", (int)(strstr(d, value) - d), d, impl->org_hint);
}

void psa_fix_app_registration(psa_rule_ctx *ctx) {
  psa_rule_state *impl = ctx->impl;
  S_scan sc;
  memset(&sc, 0, sizeof(sc));
  for (uint32_t i = 0; i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      const psa_fix *fx = &impl->findings[i].fixes[k];
      if (!S_offered(fx)) continue;
      for (uint32_t e = 0; e < fx->edit_count; e++)
        S_scan_text(fx->edits[e].replacement, S_edit_service(ctx, &fx->edits[e]), &sc);
    }
  bool any = false, reads = false;
  for (size_t i = 0; i < S_NSERVICES; i++) {
    any |= sc.used[i];
    reads |= sc.reads[i];
  }
  if (!any && !reads) return;
  S_names nm = {NULL, NULL, NULL, NULL};
  bool rename = S_pick_names(ctx, &sc, &nm);
  if (!any) {
    /* interactive sign-ins only (Connect-PnPOnline -Interactive -ClientId):
     * the names say what they are for; the block's comment stays */
    for (uint32_t i = 0; rename && i < impl->finding_count; i++)
      for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
        psa_fix *fx = &impl->findings[i].fixes[k];
        for (uint32_t e = 0; e < fx->edit_count; e++)
          fx->edits[e].replacement =
              S_rename(ctx, fx->edits[e].replacement, S_edit_service(ctx, &fx->edits[e]), &nm);
      }
    return;
  }
  const char *indent = NULL;
  uint32_t at = psa_fix_header_at(ctx, &indent);
  /* the declarations every block makes (one block for all rewrites) */
  const char *all_decls[8];
  uint32_t nall = 0;
  bool thumb = false;
  for (uint32_t i = 0; i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      psa_fix *fx = &impl->findings[i].fixes[k];
      for (uint32_t e = 0; rename && e < fx->edit_count; e++)
        fx->edits[e].replacement =
            S_rename(ctx, fx->edits[e].replacement, S_edit_service(ctx, &fx->edits[e]), &nm);
      if (!S_offered(fx)) continue;
      uint32_t be = S_block_edit(fx, at);
      S_block bl;
      if (be == fx->edit_count || !S_parse_block(ctx, fx->edits[be].replacement, &bl)) continue;
      for (uint32_t d = 0; d < bl.ndecl; d++) {
        const char *decl = bl.decl[d];
        size_t vn = strcspn(decl, " =");
        const char *var = psa_ctx_printf(ctx, "%.*s", (int)vn, decl);
        /* with renamed names, a declaration of the organization that only
         * -TenantId lines read becomes the tenant id's */
        if (rename && !strcmp(var, nm.org) && !S_fix_reads(fx, nm.org, be) &&
            S_fix_reads(fx, nm.tid, be))
          decl = psa_ctx_printf(ctx, "%s = '<tenant-id>'", nm.tid);
        bool seen = false;
        for (uint32_t j = 0; j < nall; j++) seen |= !strcmp(all_decls[j], decl);
        if (!seen && nall < 8) all_decls[nall++] = decl;
        thumb |= strstr(decl, "CertificateThumbprint") != NULL;
      }
      if (rename && S_fix_reads(fx, nm.tid, be) && S_fix_reads(fx, nm.org, be)) {
        const char *decl = psa_ctx_printf(ctx, "%s = '<tenant-id>'", nm.tid);
        bool seen = false;
        for (uint32_t j = 0; j < nall; j++) seen |= !strcmp(all_decls[j], decl);
        if (!seen && nall < 8) all_decls[nall++] = decl;
      }
    }
  /* in a fixed order: app, organization, tenant id, thumbprint */
  static const char *const order[] = {"AppId =", "Organization =", "TenantId =", "Thumbprint =", NULL};
  const char *sorted[8];
  uint32_t ns = 0;
  for (int o = 0; order[o]; o++)
    for (uint32_t j = 0; j < nall; j++)
      if (strstr(all_decls[j], order[o])) sorted[ns++] = all_decls[j];
  const char *comment = S_comment(ctx, &sc, thumb, ns > 0);
  S_org_from_hint(ctx, sorted, ns);
  for (uint32_t i = 0; i < impl->finding_count; i++)
    for (uint32_t k = 0; k < impl->findings[i].fix_count; k++) {
      psa_fix *fx = &impl->findings[i].fixes[k];
      if (!S_offered(fx)) continue;
      uint32_t be = S_block_edit(fx, at);
      S_block bl;
      if (be < fx->edit_count) {
        if (!S_parse_block(ctx, fx->edits[be].replacement, &bl)) continue;
        /* Exchange-only names keep each fix's own declarations */
        if (!rename) S_org_from_hint(ctx, bl.decl, bl.ndecl);
        const char *const *decls = rename ? sorted : bl.decl;
        uint32_t nd = rename ? ns : bl.ndecl;
        fx->edits[be].replacement = S_build_block(ctx, &bl, comment, decls, nd);
        continue;
      }
      /* a managed-identity rewrite declares nothing: the comment alone
       * says what to grant, in the same place */
      S_scan own;
      memset(&own, 0, sizeof(own));
      for (uint32_t e = 0; e < fx->edit_count; e++)
        S_scan_text(fx->edits[e].replacement, S_edit_service(ctx, &fx->edits[e]), &own);
      bool mi = false;
      for (size_t s = 0; s < S_NSERVICES; s++) mi |= own.mi[s];
      if (!mi) continue;
      const char *t = ctx->src->text;
      memset(&bl, 0, sizeof(bl));
      bl.lead = at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r' ? "\n" : "";
      bl.indent = indent ? indent : "";
      bl.tail = "\n";
      psa_fix_add_edit(ctx, fx, (psa_span){at, at}, S_build_block(ctx, &bl, comment, sorted, ns));
    }
}

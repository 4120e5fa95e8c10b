/* Rule family PSA4xx: mail submission and mailbox access with passwords —
 * SMTP AUTH (Send-MailMessage, System.Net.Mail.SmtpClient, MailKit),
 * IMAP/POP password logins, and Exchange Web Services with basic or
 * Windows credentials. Facts (hosts, dates) from the domain catalogue,
 * sections 0, 1.1, 1.8 and 1.9. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/facts.h"
#include "rules/plan.h"
#include "rules/rules.h"

/* ---- hosts ------------------------------------------------------------ */

/* What an SMTP/IMAP/POP server value names, ordered so that the most
 * relevant of several possible values wins. */
typedef enum {
  S_HOST_NONE,    /* no value at all */
  S_HOST_OTHER,   /* a known host that is not Microsoft 365 (or empty) */
  S_HOST_UNKNOWN, /* not knowable statically */
  S_HOST_M365,    /* another Microsoft 365 host (outlook.office365.com ...) */
  S_HOST_HVE,     /* smtp-hve.office365.com: High Volume Email */
  S_HOST_SMTP     /* smtp.office365.com, smtp-legacy.office365.com: SMTP AUTH */
} S_host_class;

typedef struct {
  S_host_class cls;
  const char *host;  /* the host of the winning value, or NULL */
  const psa_value *value;
} S_host;

static S_host_class S_classify_host(const char *host) {
  if (!*host) return S_HOST_OTHER;
  for (int i = 0; psa_smtp_auth_hosts[i]; i++)
    if (!strcmp(host, psa_smtp_auth_hosts[i])) return S_HOST_SMTP;
  if (!strcmp(host, PSA_HOST_SMTP_HVE)) return S_HOST_HVE;
  /* <tenant>.mail.protection.outlook.com: Direct Send / relay, not SMTP AUTH */
  size_t n = strlen(host), sn = strlen(PSA_HOST_DIRECT_SEND_SUFFIX);
  if (n > sn && !strcmp(host + n - sn, PSA_HOST_DIRECT_SEND_SUFFIX)) return S_HOST_OTHER;
  return psa_host_is_m365(host) ? S_HOST_M365 : S_HOST_OTHER;
}

/* Classifies every value 'v' may hold; the most relevant class wins. */
static void S_host_of(psa_rule_ctx *ctx, const psa_value *v, S_host *out) {
  if (!v) return;
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const char *s = psa_value_string(ctx->model, prods[i]);
    S_host_class cls = S_HOST_UNKNOWN;
    const char *host = NULL;
    if (prods[i]->kind == PSA_V_NULL) {
      cls = S_HOST_OTHER;
    } else if (s) {
      char buf[256];
      psa_uri_host(s, buf, sizeof(buf));
      cls = S_classify_host(buf);
      host = psa_ctx_printf(ctx, "%s", buf);
    }
    if (cls > out->cls) {
      out->cls = cls;
      out->host = host;
      out->value = prods[i];
    }
  }
}

/* ---- shared helpers --------------------------------------------------- */

static bool S_type_named(const char *type, const char *full, const char *bare) {
  return type && (psa_type_is(type, full) || (bare && !psa_strcasecmp(type, bare)));
}

/* A construction among the producers of 'v' whose type passes 'pred'. */
static const psa_value *S_constructed(psa_rule_ctx *ctx, const psa_value *v,
                                      bool (*pred)(const char *type), const char **type_out,
                                      const psa_value *const **args, uint32_t *count) {
  if (!v) return NULL;
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16);
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *const *a;
    uint32_t c;
    const char *t = psa_object_type(ctx->model, prods[i], &a, &c);
    if (t && pred(t)) {
      /* New-Object T -ArgumentList @($a, $b) arrives as one array */
      if (c == 1 && a[0]->kind == PSA_V_ARRAY) {
        c = a[0]->item_count;
        a = (const psa_value *const *)a[0]->items;
      }
      if (type_out) *type_out = t;
      if (args) *args = a;
      if (count) *count = c;
      return prods[i];
    }
  }
  return NULL;
}

/* The span of a construction value: the New-Object command or [T]::new(). */
static psa_span S_value_span(const psa_value *v) {
  return v->kind == PSA_V_COMMAND && psa_value_cmd(v) ? psa_value_cmd(v)->span : v->span;
}

static bool S_within(psa_span inner, psa_span outer) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

static bool S_same_var(const psa_value *a, const psa_value *b) {
  return a && b && a->kind == PSA_V_VARIABLE && b->kind == PSA_V_VARIABLE && psa_value_var(a) &&
         psa_value_var(a) == psa_value_var(b);
}

/* Whether every value 'v' may hold is $null or the Windows default
 * credentials ([CredentialCache]::DefaultNetworkCredentials). */
static bool S_no_password(psa_rule_ctx *ctx, const psa_value *v) {
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  if (!n) return true;
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i];
    if (p->kind == PSA_V_NULL) continue;
    if (p->kind == PSA_V_BOOL && !p->truth) continue;
    if (p->kind == PSA_V_STATIC_CALL && p->str &&
        (psa_type_is(p->str, "System.Net.CredentialCache") ||
         !psa_strcasecmp(p->str, "CredentialCache")))
      continue;
    return false;
  }
  return true;
}

/* Related location: where a known host is written, when outside 'at'. */
static void S_host_related(psa_rule_ctx *ctx, psa_finding *f, const S_host *h, psa_span at,
                           const char *from) {
  if (!h->value || !h->host || S_within(h->value->span, at)) return;
  psa_finding_related(ctx, f, h->value->span, "the server %s%s", h->host, from ? from : "");
}

/* Related locations: where the credential or password comes from. */
static void S_origin_related(psa_rule_ctx *ctx, psa_finding *f, const psa_value *v,
                             const char *label) {
  psa_origin o[4];
  uint32_t n = psa_value_origins(ctx->model, v, o, 4);
  for (uint32_t i = 0; i < n; i++) {
    const char *what;
    switch (o[i].kind) {
      case PSA_ORIGIN_LITERAL: what = "written in the script"; break;
      case PSA_ORIGIN_PROMPT:
        what = o[i].cmd ? "prompted for with Get-Credential" : "prompted for with $Host.UI.PromptForCredential";
        break;
      case PSA_ORIGIN_READ_HOST:
      case PSA_ORIGIN_READ_HOST_SECURE: what = "typed in at Read-Host"; break;
      case PSA_ORIGIN_FILE: what = "read from a file"; break;
      case PSA_ORIGIN_CLIXML: what = "loaded with Import-Clixml"; break;
      case PSA_ORIGIN_SECRET_STORE: what = "read from a secret vault"; break;
      case PSA_ORIGIN_AUTOMATION: what = "an Azure Automation credential asset"; break;
      case PSA_ORIGIN_CREDENTIAL_MANAGER: what = "read from the Windows Credential Manager"; break;
      case PSA_ORIGIN_ENV: what = "read from an environment variable"; break;
      case PSA_ORIGIN_PARAMETER: what = "passed in as a parameter"; break;
      case PSA_ORIGIN_SECURESTRING: what = "built with ConvertTo-SecureString"; break;
      case PSA_ORIGIN_CREDENTIAL: {
        const char *t = psa_object_type(ctx->model, o[i].value, NULL, NULL);
        what = t ? psa_ctx_printf(ctx, "a %s built here", t) : "built here";
        break;
      }
      case PSA_ORIGIN_COMMAND:
        what = o[i].cmd ? psa_ctx_printf(ctx, "the output of %s", o[i].cmd->name) : NULL;
        break;
      default: what = NULL; break;
    }
    if (what) psa_finding_related(ctx, f, o[i].span, "the %s: %s", label, what);
  }
}

/* ---- Send-MailMessage ------------------------------------------------- */

typedef struct {
  const psa_arg *cred;
  S_host server;
  const char *from;   /* where the server comes from, for messages */
} S_sendmail;

static bool S_sendmail_of(psa_rule_ctx *ctx, const psa_command *cmd, S_sendmail *s) {
  memset(s, 0, sizeof(*s));
  if (!psa_command_is(cmd, "Send-MailMessage")) return false;
  s->cred = psa_command_arg(cmd, "Credential");
  if (!s->cred || !s->cred->value || S_no_password(ctx, s->cred->value)) return false;
  const psa_arg *sa = psa_command_arg(cmd, "SmtpServer");
  const psa_value *sv = NULL;
  s->from = "";
  if (sa && sa->value) {
    sv = sa->value;
    if (sa->via == PSA_BIND_DEFAULT) s->from = " (from $PSDefaultParameterValues)";
  } else if (ctx->model->ps_email_server) {
    sv = ctx->model->ps_email_server;
    s->from = " (from $PSEmailServer)";
  }
  if (sv) S_host_of(ctx, sv, &s->server);
  if (s->server.cls == S_HOST_NONE) s->server.cls = S_HOST_UNKNOWN;
  return true;
}

/* ---- System.Net.Mail.SmtpClient ---------------------------------------- */

static bool S_is_netmail_smtpclient(const char *t) {
  return S_type_named(t, "System.Net.Mail.SmtpClient", NULL);
}

typedef struct {
  const psa_member_assignment *creds; /* $smtp.Credentials = ... */
  const psa_value *construction;
  S_host host;
} S_smtpclient;

static bool S_smtpclient_of(psa_rule_ctx *ctx, const psa_member_assignment *ma, S_smtpclient *s) {
  memset(s, 0, sizeof(*s));
  if (!ma->member || psa_strcasecmp(ma->member, "Credentials") || !ma->value) return false;
  const psa_value *const *args;
  uint32_t count;
  s->construction = S_constructed(ctx, ma->target, S_is_netmail_smtpclient, NULL, &args, &count);
  if (!s->construction || S_no_password(ctx, ma->value)) return false;
  s->creds = ma;
  if (count >= 1) S_host_of(ctx, args[0], &s->host);
  /* $smtp.Host = '...' on the same variable */
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *h = &m->member_assigns[i];
    if (h->member && !psa_strcasecmp(h->member, "Host") && S_same_var(h->target, ma->target))
      S_host_of(ctx, h->value, &s->host);
  }
  if (s->host.cls == S_HOST_NONE) s->host.cls = S_HOST_UNKNOWN;
  return true;
}

/* ---- MailKit clients --------------------------------------------------- */

typedef enum { S_PROTO_UNKNOWN, S_PROTO_SMTP, S_PROTO_IMAP, S_PROTO_POP } S_proto;

static bool S_is_mailkit_smtp(const char *t) {
  return S_type_named(t, "MailKit.Net.Smtp.SmtpClient", "SmtpClient");
}
static bool S_is_mailkit_imap(const char *t) {
  return S_type_named(t, "MailKit.Net.Imap.ImapClient", "ImapClient");
}
static bool S_is_mailkit_pop(const char *t) {
  return S_type_named(t, "MailKit.Net.Pop3.Pop3Client", "Pop3Client");
}
static bool S_is_mailkit_client(const char *t) {
  return S_is_mailkit_smtp(t) || S_is_mailkit_imap(t) || S_is_mailkit_pop(t);
}
static bool S_is_sasl(const char *t) {
  return t && psa_contains_ci(t, "SaslMechanism");
}

typedef struct {
  const psa_value *call;     /* $client.Authenticate($user, $pass) */
  const psa_value *connect;  /* $client.Connect(host, port, ...) or NULL */
  const psa_value *construction;
  S_host host;
  S_proto proto;
} S_mailkit;

static S_proto S_proto_of_port(const char *port) {
  if (!port) return S_PROTO_UNKNOWN;
  if (!strcmp(port, "993") || !strcmp(port, "143")) return S_PROTO_IMAP;
  if (!strcmp(port, "995") || !strcmp(port, "110")) return S_PROTO_POP;
  if (!strcmp(port, "587") || !strcmp(port, "25") || !strcmp(port, "465")) return S_PROTO_SMTP;
  return S_PROTO_UNKNOWN;
}

static bool S_mailkit_of(psa_rule_ctx *ctx, const psa_value *v, S_mailkit *s) {
  memset(s, 0, sizeof(*s));
  if (v->kind != PSA_V_METHOD_CALL || !psa_value_member(v) ||
      psa_strcasecmp(psa_value_member(v), "Authenticate") || v->item_count != 2 || !v->base)
    return false;
  /* Authenticate(SaslMechanismOAuth2, CancellationToken) is the OAuth form */
  if (S_constructed(ctx, v->items[0], S_is_sasl, NULL, NULL, NULL)) return false;
  s->call = v;
  const char *type = NULL;
  s->construction = S_constructed(ctx, v->base, S_is_mailkit_client, &type, NULL, NULL);
  if (type)
    s->proto = S_is_mailkit_smtp(type) ? S_PROTO_SMTP
               : S_is_mailkit_imap(type) ? S_PROTO_IMAP
                                         : S_PROTO_POP;
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *c = m->calls[i];
    if (c->kind != PSA_V_METHOD_CALL || !psa_value_member(c) ||
        psa_strcasecmp(psa_value_member(c), "Connect") || c->item_count < 1 ||
        !S_same_var(c->base, v->base))
      continue;
    s->connect = c;
    S_host_of(ctx, c->items[0], &s->host);
    if (s->proto == S_PROTO_UNKNOWN && c->item_count >= 2)
      s->proto = S_proto_of_port(psa_value_string(m, c->items[1]));
  }
  /* without a MailKit client or a Connect() call this is some other API */
  if (!s->construction && !s->connect) return false;
  if (s->host.cls == S_HOST_NONE) s->host.cls = S_HOST_UNKNOWN;
  if (s->proto == S_PROTO_UNKNOWN && (s->host.cls == S_HOST_SMTP || s->host.cls == S_HOST_HVE))
    s->proto = S_PROTO_SMTP;
  return true;
}

/* ---- PSA401: Send-MailMessage with SMTP AUTH to Microsoft 365 --------- */

/* The first literal of an address argument (the value, or a literal a
 * variable holds) that 'match' accepts, shortened for a message; NULL when
 * none does. */
static const char *S_address_literal(psa_rule_ctx *ctx, const psa_arg *a,
                                     bool (*match)(const char *t, uint32_t len)) {
  if (!a || !a->value) return NULL;
  psa_span lits[16];
  uint32_t n = psa_value_literals(ctx->model, a->value, lits, 16);
  for (uint32_t i = 0; i < n && i < 16; i++) {
    if (lits[i].end > ctx->src->text_len || lits[i].end <= lits[i].start) continue;
    const char *t = ctx->src->text + lits[i].start;
    uint32_t len = lits[i].end - lits[i].start;
    if (match(t, len)) return psa_ctx_printf(ctx, "%.*s", (int)(len > 60 ? 60 : len), t);
  }
  return NULL;
}

/* Outlook.com's SMTP host (facts: personal SMTP hosts). */
static bool S_personal_smtp_host(const char *host) {
  for (int k = 0; psa_personal_smtp_hosts[k]; k++)
    if (!psa_strcasecmp(host, psa_personal_smtp_hosts[k])) return true;
  return false;
}

/* An address written as a literal ("x@y"). */
static bool S_is_address(const char *t, uint32_t len) { return memchr(t, '@', len) != NULL; }

/* "Name <address>" */
static bool S_has_display_name(const char *t, uint32_t len) {
  const char *lt = memchr(t, '<', len);
  return lt && memchr(lt, '@', len - (uint32_t)(lt - t)) && memchr(lt, '>', len - (uint32_t)(lt - t));
}

/* An address at an Outlook.com domain (facts: personal mail domains): a
 * personal Microsoft account, not a mailbox of an organization. */
static bool S_is_personal_address(const char *t, uint32_t len) {
  const char *at = memchr(t, '@', len);
  if (!at) return false;
  const char *dom = at + 1;
  uint32_t dlen = (uint32_t)(t + len - dom);
  while (dlen && strchr("'\">; ", dom[dlen - 1])) dlen--;
  for (int k = 0; psa_personal_mail_domains[k]; k++) {
    size_t kl = strlen(psa_personal_mail_domains[k]);
    if (dlen == kl && !psa_strncasecmp(dom, psa_personal_mail_domains[k], kl)) return true;
  }
  return false;
}

/* Whether a value may be several strings: the output of a command, which
 * PowerShell joined with spaces when it bound it to -Body [string], while a
 * Graph message's content takes one string (an array is not converted).
 * Out-String, Get-Content -Raw and ConvertTo-Json give one string. */
static bool S_may_be_lines(psa_rule_ctx *ctx, const psa_value *v, int depth) {
  if (!v || depth > 4) return false;
  const psa_command *c = psa_value_cmd(v);
  if (c) {
    if (psa_command_is(c, "Out-String") || psa_command_is(c, "ConvertTo-Json")) return false;
    if (psa_command_is(c, "Get-Content") || psa_command_is(c, "gc") || psa_command_is(c, "cat"))
      return !psa_command_switch(ctx->model, c, "Raw");
    return psa_command_is(c, "ConvertTo-Html") || psa_command_is(c, "Import-Csv") ||
           psa_command_is(c, "Select-String");
  }
  const psa_variable *var = psa_value_var(v);
  if (!var || var->is_parameter || var->is_foreach) return false;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->type || a->append || a->span.start >= v->span.start) continue;
    if (S_may_be_lines(ctx, a->value, depth + 1)) return true;
  }
  return false;
}

/* One mailbox of a constant address value: "Name <address>" (the name
 * may be in double quotes) or a bare address; the name NULL when none.
 * False for anything else (several addresses in one string, a comment). */
static bool S_split_mailbox(const char *s, const char **name, const char **address,
                            psa_rule_ctx *ctx) {
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  const char *lt = memchr(s, '<', n);
  const char *a = s, *ae = s + n, *nm = NULL, *ne = NULL;
  if (lt) {
    if (!n || s[n - 1] != '>' || memchr(lt + 1, '<', (size_t)(s + n - lt - 1))) return false;
    a = lt + 1;
    ae = s + n - 1;
    nm = s;
    ne = lt;
    while (ne > nm && (ne[-1] == ' ' || ne[-1] == '\t')) ne--;
    if (ne - nm >= 2 && nm[0] == '"' && ne[-1] == '"') {
      nm++;
      ne--;
    }
    for (const char *q = nm; q < ne; q++)
      if (*q == '<' || *q == '>' || *q == '"' || *q == ',' || *q == ';' || *q == '(' || *q == '$' ||
          *q == '`')
        return false;
    if (ne == nm) nm = NULL;
  }
  const char *at = NULL;
  for (const char *q = a; q < ae; q++) {
    if (*q == '@') {
      if (at) return false;
      at = q;
    } else if (!(isalnum((unsigned char)*q) || strchr(".-_+'", *q))) {
      return false;
    }
  }
  if (!at || at == a || at + 1 == ae) return false;
  *address = psa_ctx_printf(ctx, "%.*s", (int)(ae - a), a);
  *name = NULL;
  if (nm) {
    psa_buf b;
    psa_buf_init(&b);
    for (const char *q = nm; q < ne; q++) {
      if (*q == '\'') psa_buf_putc(&b, '\'');
      psa_buf_putc(&b, *q);
    }
    *name = psa_ctx_printf(ctx, "%s", b.data ? b.data : "");
    psa_buf_free(&b);
  }
  return true;
}

/* The constant strings of an address argument: one (the value, or the one
 * literal a variable holds) or an array of literals; 0 when not constant. */
static uint32_t S_address_strings(psa_rule_ctx *ctx, const psa_arg *a, const char **out,
                                  uint32_t max) {
  if (!a || !a->value || a->via != PSA_BIND_NAMED) return 0;
  const psa_value *v = a->value;
  if (v->kind == PSA_V_ARRAY) {
    if (!v->item_count || v->item_count > max) return 0;
    for (uint32_t i = 0; i < v->item_count; i++) {
      const psa_value *it = v->items[i];
      if (!it || it->kind != PSA_V_STRING || !(out[i] = psa_value_string(ctx->model, it)))
        return 0;
    }
    return v->item_count;
  }
  const char *str = psa_value_string(ctx->model, v);
  if (!str || !max) return 0;
  out[0] = str;
  return 1;
}

/* The Graph value of an address argument written with display names
 * ("Name <address>"): for -From the address as a literal, for a list the
 * recipients with name and address; NULL when an address is not constant
 * or not one mailbox. */
static const char *S_split_addresses(psa_rule_ctx *ctx, const psa_arg *a, bool sender) {
  const char *strs[16];
  uint32_t n = S_address_strings(ctx, a, strs, 16);
  if (!n || (sender && n != 1)) return NULL;
  psa_buf b;
  psa_buf_init(&b);
  for (uint32_t i = 0; i < n; i++) {
    const char *name, *address;
    if (!S_split_mailbox(strs[i], &name, &address, ctx)) {
      psa_buf_free(&b);
      return NULL;
    }
    if (sender)
      psa_buf_printf(&b, "'%s'", address);
    else if (name)
      psa_buf_printf(&b, "%s@{ emailAddress = @{ name = '%s'; address = '%s' } }", i ? ", " : "",
                     name, address);
    else
      psa_buf_printf(&b, "%s@{ emailAddress = @{ address = '%s' } }", i ? ", " : "", address);
  }
  const char *r = psa_ctx_printf(ctx, sender ? "%s" : "@(%s)", b.data ? b.data : "");
  psa_buf_free(&b);
  return r;
}

/* The message importance for a -Priority value, as PowerShell source:
 * 'high' for a literal, "$p.ToLower()" for a variable assigned only
 * literal levels in this file; NULL otherwise. */
static const char *S_importance(psa_rule_ctx *ctx, const psa_value *v) {
  static const char *const levels[] = {"high", "normal", "low", NULL};
  if (!v) return NULL;
  const char *pv = psa_value_string(ctx->model, v);
  for (int k = 0; pv && levels[k]; k++)
    if (!psa_strcasecmp(pv, levels[k])) return psa_ctx_printf(ctx, "'%s'", levels[k]);
  const psa_variable *var = v->kind == PSA_V_VARIABLE ? psa_value_var(v) : NULL;
  if (!var || var->is_parameter || var->is_foreach || !var->assign_count || var->entry_count ||
      v->span.end > ctx->src->text_len)
    return NULL;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->append || a->type || !a->value || a->span.end > ctx->src->text_len ||
        a->value->kind != PSA_V_STRING)
      return NULL;
    const char *lv = psa_value_string(ctx->model, a->value);
    bool level = false;
    for (int k = 0; lv && levels[k]; k++) level = level || !psa_strcasecmp(lv, levels[k]);
    if (!level) return NULL;
  }
  return psa_ctx_printf(ctx, "%.*s.ToLower()", (int)(v->span.end - v->span.start),
                        ctx->src->text + v->span.start);
}

/* Reads -DeliveryNotificationOption (a name, 'A, B', or A, B): sets
 * *receipt for OnSuccess; returns the first value with no counterpart (or
 * the argument when it is not written out), NULL when every value maps. */
static const char *S_notification_options(psa_rule_ctx *ctx, const psa_value *v, bool *receipt) {
  if (!v) return "without a value";
  const psa_value *one[1] = {v};
  const psa_value *const *items = v->kind == PSA_V_ARRAY ? (const psa_value *const *)v->items : one;
  uint32_t n = v->kind == PSA_V_ARRAY ? v->item_count : 1;
  for (uint32_t i = 0; i < n; i++) {
    const char *s = psa_value_string(ctx->model, items[i]);
    if (!s) return "(a value psauth cannot read)";
    for (const char *p = s; *p;) {
      while (*p == ' ' || *p == ',') p++;
      size_t len = strcspn(p, ", ");
      if (!len) break;
      if (len == 9 && !psa_strncasecmp(p, "OnSuccess", 9)) *receipt = true;
      else if (!(len == 9 && !psa_strncasecmp(p, "OnFailure", 9)) &&
               !(len == 4 && !psa_strncasecmp(p, "None", 4)))
        return psa_ctx_printf(ctx, "%.*s", (int)len, p);
      p += len;
    }
  }
  return NULL;
}

/* Whether the send's -Credential is only ever a credential prompt of the
 * function 'cmd' runs in (Get-Credential, $Host.UI.PromptForCredential):
 * the function asks a person on each call, so it can sign that person in
 * to Microsoft Graph itself, wherever it is called from. */
static bool S_prompted_in_function(psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  const psa_scope *fn = cmd->scope;
  if (!cred || !cred->value || !fn || fn->kind != PSA_SCOPE_FUNCTION) return false;
  psa_origin o[4];
  uint32_t n = psa_value_origins(ctx->model, cred->value, o, 4);
  if (!n || n > 4) return false;
  for (uint32_t i = 0; i < n; i++)
    if (o[i].kind != PSA_ORIGIN_PROMPT || o[i].span.start < fn->span.start || o[i].span.end > fn->span.end)
      return false;
  return true;
}

/* Send-MailMessage → Connect-MgGraph + Send-MgUserMail with the message
 * built from -From/-To/-Cc/-Bcc/-Subject/-Body/-BodyAsHtml/-Attachments
 * (catalogue 1.6 and 1.8). Only for calls whose parameters all map. */
/* Text without one pair of surrounding quotes, for comparing addresses. */
static const char *S_unquoted(psa_rule_ctx *ctx, const char *t) {
  size_t n = t ? strlen(t) : 0;
  if (n >= 2 && (t[0] == '\'' || t[0] == '"') && t[n - 1] == t[0])
    return psa_ctx_printf(ctx, "%.*s", (int)(n - 2), t + 1);
  return t;
}

/* Whether a send's sender is provably the account that signs in to
 * Microsoft Graph delegated: -From reads the credential's own user name
 * ($cred.UserName, or the variable the credential is built from), or names
 * the account the prompt asks for (Get-Credential -UserName). A fixed
 * mailbox other than that is another user's: delegated Send-MgUserMail
 * -UserId <it> (POST /users/<it>/sendMail) needs Mail.Send.Shared, Send As
 * or Send on Behalf, and Full Access on it (docs/facts.md graph-send-shared,
 * review20 41). */
static bool S_from_signed_in(psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_arg *fa = psa_command_arg(cmd, "From");
  const psa_arg *ca = psa_command_arg(cmd, "Credential");
  if (!fa || !fa->value || !ca || !ca->value) return false;
  const psa_variable *cv = psa_value_var(ca->value);
  /* -From $cred.UserName, also through a variable ($MsgFrom =
   * $cred.UserName) or a splatted hashtable's entry */
  const psa_value *prods[8];
  uint32_t np = cv ? psa_value_producers(ctx->model, fa->value, prods, 8) : 0;
  bool user_name = np && np <= 8;
  for (uint32_t i = 0; i < np && i < 8 && user_name; i++) {
    const psa_value *fv = prods[i];
    user_name = fv->kind == PSA_V_MEMBER && psa_value_member(fv) &&
                !psa_strcasecmp(psa_value_member(fv), "UserName") && fv->base &&
                psa_value_var(fv->base) == cv;
  }
  if (user_name) return true;
  /* -From $user where the credential is New-Object PSCredential($user, ...) */
  const psa_variable *from_var = psa_value_var(fa->value);
  for (uint32_t a = 0; cv && from_var && a < cv->assign_count; a++) {
    const psa_value *u = NULL, *pw = NULL;
    if (cv->assigns[a].value && psa_credential_parts(ctx->model, cv->assigns[a].value, &u, &pw) &&
        u && psa_value_var(u) == from_var)
      return true;
  }
  /* the account the prompt suggests, as written */
  psa_signin si;
  char scratch[512];
  psa_plan_signin(ctx->model, cmd, &si, scratch, sizeof(scratch));
  const char *from = psa_rule_arg_source(ctx, cmd, "From", true);
  return si.user_source && from &&
         !psa_strcasecmp(S_unquoted(ctx, si.user_source), S_unquoted(ctx, from));
}

/* Whether some send of the file goes from a mailbox that is not provably
 * the signed-in user's: the one connection psauth writes (shared by the
 * sends of a scope) then asks for Mail.Send.Shared too. */
static bool S_sends_as_other(psa_rule_ctx *ctx) {
  PSA_FOR_COMMANDS(ctx, c) {
    if (psa_command_is(c, "Send-MailMessage") && !c->in_string && psa_command_arg(c, "Credential") &&
        !S_from_signed_in(ctx, c))
      return true;
  }
  return false;
}

static void S_fix_sendmail(psa_rule_ctx *ctx, const psa_rule *rule, psa_finding *f,
                           const psa_command *cmd) {
  /* Outlook.com's server: no Microsoft 365 mailbox is known to send here */
  S_sendmail sm;
  if (S_sendmail_of(ctx, cmd, &sm) && sm.server.host && S_personal_smtp_host(sm.server.host)) {
    const char *sender = S_address_literal(ctx, psa_command_arg(cmd, "From"), S_is_address);
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "the server %s is Outlook.com's, for personal Microsoft "
                                   "accounts (Microsoft 365's is smtp.office365.com): psauth "
                                   "moves a send to Send-MgUserMail only from a mailbox of a "
                                   "Microsoft 365 organization%s%s%s",
                                   sm.server.host, sender ? "; if the sender " : "",
                                   sender ? sender : "", sender ? " is one, move it by hand" : ""));
    return;
  }
  static const char *const mapped[] = {"From", "To", "Cc", "Bcc", "Subject", "Body", "BodyAsHtml",
                                       "Attachments", "SmtpServer", "Port", "UseSsl", "Credential",
                                       "Encoding", "Priority", "DeliveryNotificationOption",
                                       NULL};
  /* every send left as it is says why in the plan */
  if (cmd->invoke_operator || cmd->pipeline_input) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    cmd->pipeline_input
                        ? "its message comes from the pipeline: the Send-MgUserMail message is "
                          "built from parameters written in the call"
                        : "it is called through & or a variable: only a call written by name is "
                          "rewritten");
    return;
  }
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (a->via == PSA_BIND_UNBOUND || !a->param) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      psa_ctx_printf(ctx,
                                     "an argument psauth cannot bind to a parameter (line %u): "
                                     "the message would be built from a guess",
                                     psa_line_of(ctx, a->span.start)));
      return;
    }
    if (a->via == PSA_BIND_DEFAULT) continue;
    bool ok = false;
    for (int k = 0; mapped[k]; k++)
      if (!psa_strcasecmp(a->param, mapped[k])) ok = true;
    const psa_param_info *pi = cmd->info ? psa_cmd_param(cmd->info, a->param) : NULL;
    if (pi && pi->is_common && a->via == PSA_BIND_NAMED) ok = true; /* carried over */
    if (!ok) {
      /* e.g. -Priority, -DeliveryNotificationOption: manual */
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      psa_ctx_printf(ctx,
                                     "-%s has no counterpart psauth writes in the "
                                     "Send-MgUserMail message: left for manual migration",
                                     a->param));
      return;
    }
  }
  const char *from = psa_rule_arg_source(ctx, cmd, "From", true);
  /* -From '$sender' with $sender assigned in the script: single quotes made
   * the old sender the literal text "$sender", never an address; the
   * variable is what the author meant, and the only place to set it */
  if (from && from[0] == '\'' && from[1] == '$') {
    size_t n = strlen(from);
    bool name = n > 3 && n < 64 && from[n - 1] == '\'';
    for (size_t i = 2; name && i + 1 < n; i++)
      name = isalnum((unsigned char)from[i]) || from[i] == '_';
    char var[64];
    if (name) snprintf(var, sizeof(var), "%.*s", (int)(n - 3), from + 2);
    psa_variable *v = name ? psa_model_variable(ctx->model, cmd->scope, var) : NULL;
    if (v && v->assign_count && !v->is_parameter) from = psa_ctx_printf(ctx, "$%s", var);
  }
  const char *to = psa_rule_arg_expr(ctx, cmd, "To", true);
  const char *subject = psa_rule_arg_expr(ctx, cmd, "Subject", true);
  /* -Priority High|Normal|Low: the Graph message's importance (message
   * resource: low, normal, high); a literal, or a variable every assignment
   * of which is such a literal (lower-cased: the enum's member names) */
  const char *importance = NULL;
  const psa_arg *pa = psa_command_arg(cmd, "Priority");
  if (pa) {
    importance = S_importance(ctx, pa->value);
    if (!importance) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      "-Priority is not High, Normal or Low written in the script (a literal, or "
                      "a variable assigned only such literals): the message's importance is left "
                      "for manual migration");
      return;
    }
  }
  /* -DeliveryNotificationOption: OnSuccess asks for a delivery receipt (the
   * message's isDeliveryReceiptRequested); None leaves it to the server and
   * OnFailure is what Exchange Online does anyway (it sends the sender a
   * non-delivery report); Delay and Never have no counterpart */
  bool receipt = false;
  const psa_arg *dna = psa_command_arg(cmd, "DeliveryNotificationOption");
  if (dna) {
    const char *bad = S_notification_options(ctx, dna->value, &receipt);
    if (bad) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      psa_ctx_printf(ctx,
                                     "-DeliveryNotificationOption %s has no counterpart psauth "
                                     "writes in the Send-MgUserMail message (a Graph message "
                                     "requests only a delivery receipt): left for manual migration",
                                     bad));
      return;
    }
  }
  if (!from || !to || !subject) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx, "%s is not given (or not given as a value psauth can "
                                        "carry over): Send-MgUserMail needs it",
                                   !from ? "-From" : !to ? "-To" : "-Subject"));
    return;
  }
  /* "Name <address>": Send-MailMessage took display names, Graph's -UserId
   * and emailAddress.address take the address alone */
  static const char *const address_params[] = {"From", "To", "Cc", "Bcc", NULL};
  /* constant values are split: -UserId gets the address, a recipient
   * emailAddress.name and .address (the graph value per parameter) */
  const char *split[4] = {NULL, NULL, NULL, NULL};
  for (int k = 0; address_params[k]; k++) {
    const psa_arg *aa = psa_command_arg(cmd, address_params[k]);
    const char *shown = S_address_literal(ctx, aa, S_has_display_name);
    if (!shown) continue;
    if ((split[k] = S_split_addresses(ctx, aa, k == 0))) continue;
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "-%s is written with a display name (%s) in a value that is "
                                   "not one constant mailbox per address: Send-MgUserMail's "
                                   "-UserId and a recipient's emailAddress.address take the "
                                   "address alone (a display name goes in emailAddress.name); "
                                   "left for manual migration",
                                   address_params[k], shown));
    return;
  }
  if (split[0]) from = split[0];
  const char *body = psa_rule_arg_expr(ctx, cmd, "Body", true);
  /* lines read with Get-Content (or an HTML table from ConvertTo-Html):
   * Send-MailMessage got them joined with spaces; [string] joins them the
   * same way, where content = $lines would send an array Graph refuses */
  const psa_arg *body_arg = psa_command_arg(cmd, "Body");
  if (body && body_arg && S_may_be_lines(ctx, body_arg->value, 0))
    body = psa_ctx_printf(ctx, "[string]%s", body);
  const char *cc = psa_rule_arg_expr(ctx, cmd, "Cc", true);
  const char *bcc = psa_rule_arg_expr(ctx, cmd, "Bcc", true);
  const char *att = psa_rule_arg_expr(ctx, cmd, "Attachments", true);
  bool html = psa_command_switch(ctx->model, cmd, "BodyAsHtml");
  const char *in = psa_fix_indent(ctx, cmd->statement_span.start);
  /* how the mail is sent today decides the Graph sign-in: a person who types
   * the password signs in to Graph interactively; a job app-only */
  psa_signin si;
  char scratch[512];
  psa_plan_signin(ctx->model, cmd, &si, scratch, sizeof(scratch));
  /* a credential this file never sets (a variable of the session that runs
   * it, a commented-out Get-Credential): a person or a job, psauth cannot
   * tell, and the sign-in differs */
  if (si.mode == PSA_SIGNIN_UNKNOWN) {
    /* evidence that names who signs in (a person's tool with a stored
     * password) is the reason itself */
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    si.evidence_says_who && si.evidence
                        ? psa_ctx_printf(ctx, "%s", si.evidence)
                        : "the credential is not set in this file, so psauth cannot tell whether a "
                          "person (delegated Connect-MgGraph -Scopes Mail.Send) or a scheduled job "
                          "(app-only, the Mail.Send application permission) sends this mail");
    return;
  }
  const char *personal = S_address_literal(ctx, psa_command_arg(cmd, "From"), S_is_personal_address);
  if (personal) {
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "the sender (%s) is an Outlook.com address, a personal "
                                   "Microsoft account and not a mailbox of a Microsoft 365 "
                                   "organization: an app cannot send as it with Microsoft Graph "
                                   "(application permissions are granted in an organization); "
                                   "left for a person to choose the sending account",
                                   personal));
    return;
  }
  bool delegated = si.mode == PSA_SIGNIN_INTERACTIVE;
  psa_target target = ctx->tenant->managed_identity || si.uses_managed_identity ||
                              (si.runbook && !ctx->tenant->certificate_thumbprint &&
                               !ctx->tenant->certificate_path)
                          ? PSA_TARGET_MANAGED_IDENTITY
                          : PSA_TARGET_APP_ONLY;
  /* one connection, before the first send of the scope, outside any loop */
  bool connected = false;
  const psa_command *late = NULL;
  const psa_command *first = cmd;
  PSA_FOR_COMMANDS(ctx, c) {
    /* the script's own Connect-MgGraph signs the send in only when it has
     * run before it on every path (not one later, in a branch or a loop) */
    if (!connected && psa_command_is(c, "Connect-MgGraph") && !c->in_string) {
      if (psa_plan_runs_before(ctx->model, ctx->src->text, ctx->src->text_len, c->span, c->scope,
                               cmd))
        connected = true;
      else if (!late)
        late = c;
    }
    /* a Connect-MsolService / Connect-AzureAD that becomes Connect-MgGraph */
    if ((psa_command_is(c, "Connect-MsolService") || psa_command_is(c, "Connect-AzureAD")) &&
        c->span.start < cmd->span.start && !c->in_string) {
      char why[320];
      const char *reason = NULL;
      psa_signin_mode mode = psa_plan_signin_mode(ctx->model, c);
      /* not a helper's connection, which stays (modules.c refuses it) */
      if (psa_plan_graph_cmdlets_migratable(ctx->model, c, &reason, why, sizeof(why)) &&
          psa_plan_directory_calls(ctx->model, ctx->src->text, ctx->src->text_len) &&
          mode != PSA_SIGNIN_TOKEN && mode != PSA_SIGNIN_UNKNOWN)
        connected = true;
    }
    if (c != cmd && psa_command_is(c, "Send-MailMessage") && c->scope == cmd->scope &&
        c->span.start < first->span.start && !c->in_string)
      first = c;
  }
  if (!connected && late) {
    /* a second connection here could sign in as another identity or tenant
     * than the script's own: left to a person */
    psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                    psa_ctx_printf(ctx,
                                   "the file's own Connect-MgGraph on line %u does not run before "
                                   "this send on every path (it comes later, or sits in a "
                                   "branch, loop or function): where the send signs in to "
                                   "Microsoft Graph is a person's choice",
                                   psa_line_of(ctx, late->span.start)));
    return;
  }
  /* a send inside a function connects where the script first calls it
   * (a function called per item would connect per item) */
  const char *fn = NULL;
  bool never_called = false;
  const psa_command *site = psa_plan_call_site(ctx->model, first, &fn, &never_called);
  /* a function the file never calls (a library's, like other rewrites in
   * uncalled functions): when it prompts for the credential itself, it
   * connects itself, before its first send, unless a connection with
   * Mail.Send is already there (a caller's, or its own earlier call) */
  bool own_connect = false;
  if (!site) {
    own_connect = !connected && never_called && delegated && S_prompted_in_function(ctx, cmd);
    if (!connected && !own_connect) {
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name,
                      psa_ctx_printf(ctx,
                                     "it sends from the function %s, which this file %s: "
                                     "where to run Connect-MgGraph once is the caller's choice",
                                     fn ? fn : "(unnamed)",
                                     never_called ? "never calls" : "only calls from itself"));
      return;
    }
    site = first;
  }
  uint32_t anchor = psa_plan_connect_anchor(ctx->model, site, false);
  /* out of an if clause (a loop, a try) that holds the first send but not
   * a later one: that one would run with no connection otherwise */
  PSA_FOR_COMMANDS(ctx, c) {
    if (!psa_command_is(c, "Send-MailMessage") || c->in_string || c->scope != cmd->scope) continue;
    const psa_command *other = own_connect ? c : psa_plan_call_site(ctx->model, c, NULL, NULL);
    if (other && other->span.start > anchor)
      anchor = psa_plan_anchor_holding(ctx->model, anchor, other);
  }
  /* the first send in a try whose catch (or code after it) sends too: a
   * failure before the connection inside the try would leave those sends
   * unconnected, so the connection goes before the try statement */
  for (uint32_t k = 0; k < ctx->model->catch_count; k++) {
    const psa_catch *ct = &ctx->model->catches[k];
    if (site->span.start < ct->try_body.start || site->span.end > ct->try_body.end ||
        ct->statement.start >= anchor)
      continue;
    bool later = false;
    for (uint32_t i = 0; i < ctx->model->command_count && !later; i++) {
      const psa_command *c = ctx->model->commands[i];
      later = psa_command_is(c, "Send-MailMessage") && c->scope == site->scope && !c->in_string &&
              c->span.start >= ct->try_body.end;
    }
    if (later) anchor = ct->statement.start;
  }
  const char *ain = psa_fix_indent(ctx, anchor);
  /* a delegated send from a mailbox that is not the signed-in user's own */
  bool shared = delegated && S_sends_as_other(ctx);
  const char *todo =
      shared ? psa_ctx_printf(ctx,
                              "# TODO(psauth): the signed-in user needs the Mail.Send and "
                              "Mail.Send.Shared permissions, and Send As or Send on Behalf\n%s"
                              "# rights and Full Access on the mailbox the mail is sent from, "
                              "unless they sign in as that mailbox\n",
                              ain)
             : "# TODO(psauth): the signed-in user needs the Mail.Send permission\n";
  const char *scopes = shared ? "Mail.Send, Mail.Send.Shared" : "Mail.Send";
  const char *line =
      own_connect
          ? psa_ctx_printf(ctx,
                           "%s%s"
                           "if ((Get-MgContext).Scopes -notcontains '%s') {\n%s    "
                           "Connect-MgGraph -Scopes %s -NoWelcome\n%s}\n",
                           todo, ain, shared ? "Mail.Send.Shared" : "Mail.Send", ain, scopes, ain)
      : delegated
          ? psa_ctx_printf(ctx,
                           "%s%s"
                           "Connect-MgGraph -Scopes %s -NoWelcome\n",
                           todo, ain, scopes)
          : psa_ctx_printf(ctx,
                           "# TODO(psauth): the app registration needs the Microsoft Graph "
                           "application permission Mail.Send\n"
                           "%s# Mail.Send as an application permission can send as every mailbox; to limit the\n"
                           "%s# app to the sender's mailbox use Exchange Online RBAC for Applications (role\n"
                           "%s# \"Application Mail.Send\" with a management scope) instead of the consent.\n"
                           "%sConnect-MgGraph %s -NoWelcome\n",
                           ain, ain, ain, ain, psa_fix_signin_args(ctx, cmd, "Connect-MgGraph", target, false));
  psa_buf common;
  psa_buf_init(&common);
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    const psa_param_info *pi = cmd->info && a->param ? psa_cmd_param(cmd->info, a->param) : NULL;
    if (pi && pi->is_common && a->via == PSA_BIND_NAMED)
      psa_buf_printf(&common, " %.*s", (int)(a->span.end - a->span.start), ctx->src->text + a->span.start);
  }
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_printf(&b, "Send-MgUserMail -UserId %s -BodyParameter @{\n", from);
  psa_buf_printf(&b, "%s    message = @{\n", in);
  psa_buf_printf(&b, "%s        subject = %s\n", in, subject);
  psa_buf_printf(&b, "%s        body = @{ contentType = '%s'; content = %s }\n", in,
                 html ? "HTML" : "Text", body ? body : "''");
  const char *lists[3][2] = {{"toRecipients", to}, {"ccRecipients", cc}, {"bccRecipients", bcc}};
  for (int i = 0; i < 3; i++)
    if (split[i + 1])
      psa_buf_printf(&b, "%s        %s = %s\n", in, lists[i][0], split[i + 1]);
    else if (lists[i][1])
      psa_buf_printf(&b,
                     "%s        %s = @(%s | ForEach-Object { @{ emailAddress = @{ address = $_ } } })\n",
                     in, lists[i][0], lists[i][1]);
  if (importance)
    psa_buf_printf(&b, "%s        importance = %s\n", in, importance);
  if (receipt)
    psa_buf_printf(&b, "%s        isDeliveryReceiptRequested = $true\n", in);
  /* .NET resolves a relative path against the process's current directory,
   * not PowerShell's location (about_Locations), where Send-MailMessage
   * -Attachments looked: Convert-Path turns it into the provider path first */
  if (att)
    psa_buf_printf(&b,
                   "%s        attachments = @(%s | ForEach-Object { @{ '@odata.type' = "
                   "'#microsoft.graph.fileAttachment'; name = (Split-Path $_ -Leaf); contentBytes = "
                   "[Convert]::ToBase64String([IO.File]::ReadAllBytes((Convert-Path -LiteralPath $_))) } })\n",
                   in, att);
  /* no saveToSentItems: Graph saves to Sent Items by default (user: sendMail),
   * as SMTP AUTH client submission did (docs/fixes.md, PSA401) */
  psa_buf_printf(&b, "%s    }\n%s}%s", in, in, common.data ? common.data : "");
  psa_buf_free(&common);
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_UNSAFE,
                                    delegated ? "Send with Send-MgUserMail (Microsoft Graph, delegated)"
                                              : "Send with Send-MgUserMail (Microsoft Graph, app-only)");
  if (!connected) {
    /* the connection line goes where the first send (or its loop) starts,
     * with that line's indentation; the same insert from every send of
     * the scope is applied once */
    psa_fix_add_edit(ctx, fx, (psa_span){anchor, anchor}, psa_ctx_printf(ctx, "%s%s", line, ain));
    psa_fix_add_edit(ctx, fx, cmd->statement_span, b.data);
  } else {
    psa_fix_add_edit(ctx, fx, cmd->statement_span, b.data);
  }
  psa_buf_free(&b);
  /* a variable that held a split address for this send only goes */
  for (int k = 0; k < 4; k++) {
    const psa_arg *aa = split[k] ? psa_command_arg(cmd, address_params[k]) : NULL;
    const psa_variable *v =
        aa && aa->value->kind == PSA_V_VARIABLE ? psa_value_var(aa->value) : NULL;
    if (!v || v->is_parameter || v->is_foreach || v->assign_count != 1 || v->entry_count ||
        v->assigns[0].span.end > ctx->src->text_len)
      continue;
    psa_span reads[8];
    uint32_t nr = psa_variable_reads(ctx->model, v, reads, 8);
    bool only = nr <= 8;
    for (uint32_t i = 0; i < nr && only; i++)
      only = reads[i].start >= cmd->statement_span.start && reads[i].end <= cmd->statement_span.end;
    if (only) psa_fix_add_edit(ctx, fx, psa_fix_statement_span(ctx, v->assigns[0].span), "");
  }
  const psa_arg *cred = psa_command_arg(cmd, "Credential");
  if (cred && cred->value &&
      (cred->via == PSA_BIND_NAMED || psa_fix_drop_splat(ctx, fx, cmd, cred)))
    psa_fix_remove_plumbing(ctx, fx, cred->value);
  static const char *const smtp_settings[] = {"SmtpServer", "Port", NULL};
  psa_fix_drop_unread_settings(ctx, fx, cmd, smtp_settings);
  psa_fix_declare_tenant(ctx, fx);
  psa_plan_note(
      ctx, rule, cmd->span, cmd->name, si.mode, si.evidence,
      delegated ? "Send-MgUserMail, delegated (interactive) sign-in"
      : target == PSA_TARGET_MANAGED_IDENTITY ? "Send-MgUserMail, managed identity"
                                              : "Send-MgUserMail, app-only certificate",
      psa_ctx_printf(
          ctx,
          "SMTP AUTH basic authentication goes: the message is sent through Microsoft Graph from "
          "the mailbox %s (the %s needs the Mail.Send %s permission%s); %s",
          from, delegated ? "signed-in user" : "app", delegated ? "delegated" : "application",
          !shared ? ""
          : S_from_signed_in(ctx, cmd)
              ? ", and Mail.Send.Shared for another send of the file from a mailbox that is not "
                "provably the signed-in user's"
              : ", and Mail.Send.Shared with Send As or Send on Behalf rights and Full Access on "
                "that mailbox: it is not provably the signed-in user's own",
          connected ? "the script's own Connect-MgGraph signs in"
          : own_connect
              ? psa_ctx_printf(ctx,
                               "the function %s, which this file never calls, prompted for the "
                               "password on each call: it now signs in to Microsoft Graph itself "
                               "on line %u, before its first send, unless a connection with "
                               "Mail.Send is already there (a caller's, or its own earlier call)",
                               fn ? fn : "(unnamed)", psa_line_of(ctx, anchor))
              : psa_ctx_printf(ctx, "Connect-MgGraph signs in once, on line %u, before "
                                    "the first send",
                               psa_line_of(ctx, anchor))));
}

/* The refusal of a send whose SMTP server is not known: why it is not
 * known (a value set elsewhere, or no -SmtpServer at all, so that
 * $PSEmailServer decides), and what would have to hold to move it. */
static const char *S_unknown_server_reason(psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_arg *sa = psa_command_arg(cmd, "SmtpServer");
  const char *why;
  if ((sa && sa->value) || ctx->model->ps_email_server) {
    why = "the SMTP server is not known in this file (a parameter, or a value set at run time)";
  } else {
    why = "the send names no SMTP server, so it goes through $PSEmailServer, which this file "
          "does not set";
  }
  const char *sender = S_address_literal(ctx, psa_command_arg(cmd, "From"), S_is_address);
  return psa_ctx_printf(ctx,
                        "%s: psauth moves a send to Send-MgUserMail only when the server is "
                        "Microsoft 365's; if the server is smtp.office365.com%s%s%s, move it "
                        "by hand",
                        why, sender ? " and the sender " : "", sender ? sender : "",
                        sender ? " a Microsoft 365 mailbox" : "");
}

/* How the send signs in to Microsoft Graph, as the plan does it: a person
 * who types the password signs in delegated (Mail.Send), a job app-only. */
static const char *S_graph_signin_advice(const psa_rule_ctx *ctx, const psa_command *cmd) {
  if (psa_plan_signin_mode(ctx->model, cmd) == PSA_SIGNIN_INTERACTIVE)
    return "with delegated sign-in (Connect-MgGraph -Scopes Mail.Send: the person who typed the "
           "password signs in, now with MFA)";
  return "using app-only authentication";
}

static void S_check_sendmail(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_sendmail s;
    if (!S_sendmail_of(ctx, cmd, &s)) continue;
    psa_finding *f;
    if (s.server.host && S_personal_smtp_host(s.server.host)) {
      f = psa_report(ctx, rule, cmd->span,
                     "%s authenticates to %s%s with a password: Outlook.com's SMTP server, for "
                     "personal Microsoft accounts, which requires modern authentication (OAuth2) "
                     "and is retiring basic authentication; a Microsoft 365 mailbox sends with "
                     "Send-MgUserMail (Microsoft Graph) instead",
                     cmd->name, s.server.host, s.from);
      if (cmd->statement_span.start == cmd->span.start && cmd->statement_span.end == cmd->span.end &&
          psa_command_is(cmd, "Send-MailMessage"))
        S_fix_sendmail(ctx, rule, f, cmd); /* refused there, with the reason */
    } else if (s.server.cls == S_HOST_SMTP || s.server.cls == S_HOST_M365) {
      f = psa_report(ctx, rule, cmd->span,
                     "%s authenticates to %s%s with a credential (SMTP AUTH basic "
                     "authentication), which Microsoft disables by default for existing tenants at "
                     "the end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF " (final removal date to be "
                     "announced in the " PSA_DATE_SMTP_AUTH_REMOVAL_NEWS "); send with Send-MgUserMail (Microsoft Graph) %s",
                     cmd->name, s.server.host, s.from, S_graph_signin_advice(ctx, cmd));
      /* the whole statement is replaced: only when it is this command alone */
      if (cmd->statement_span.start == cmd->span.start && cmd->statement_span.end == cmd->span.end &&
          psa_command_is(cmd, "Send-MailMessage"))
        S_fix_sendmail(ctx, rule, f, cmd);
    } else if (s.server.cls == S_HOST_UNKNOWN) {
      f = psa_report(ctx, rule, cmd->span,
                     "%s authenticates with a credential to an SMTP server not known statically%s: "
                     "if this server is Microsoft 365 (smtp.office365.com), SMTP AUTH basic "
                     "authentication is disabled by default for existing tenants at the end of "
                     PSA_DATE_SMTP_AUTH_DEFAULT_OFF "; send with Send-MgUserMail (Microsoft Graph) %s",
                     cmd->name, s.from, S_graph_signin_advice(ctx, cmd));
      f->severity = PSA_SEV_INFO;
      /* every send the scan reports says in the plan why it stays */
      psa_plan_refuse(ctx, rule, cmd->span, cmd->name, S_unknown_server_reason(ctx, cmd));
    } else {
      continue; /* HVE: PSA402; other hosts are not Microsoft 365 */
    }
    S_host_related(ctx, f, &s.server, cmd->span, s.from);
    S_origin_related(ctx, f, s.cred->value, "credential");
  }
}

/* ---- PSA402: High Volume Email with basic credentials ----------------- */

static void S_check_hve(psa_rule_ctx *ctx, const psa_rule *rule) {
#define S_HVE_MSG                                                                           \
  "%s to the High Volume Email endpoint %s with a password: basic authentication for HVE is " \
  "allowed until September 2028; plan the move to OAuth"
  PSA_FOR_COMMANDS(ctx, cmd) {
    S_sendmail s;
    if (!S_sendmail_of(ctx, cmd, &s) || s.server.cls != S_HOST_HVE) continue;
    psa_finding *f = psa_report(ctx, rule, cmd->span, S_HVE_MSG, cmd->name, s.server.host);
    S_host_related(ctx, f, &s.server, cmd->span, s.from);
    S_origin_related(ctx, f, s.cred->value, "credential");
  }
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    S_smtpclient s;
    if (!S_smtpclient_of(ctx, &m->member_assigns[i], &s) || s.host.cls != S_HOST_HVE) continue;
    psa_finding *f =
        psa_report(ctx, rule, s.creds->span, S_HVE_MSG, "SmtpClient sends", s.host.host);
    psa_finding_related(ctx, f, S_value_span(s.construction), "SmtpClient created here");
    S_host_related(ctx, f, &s.host, S_value_span(s.construction), NULL);
    S_origin_related(ctx, f, s.creds->value, "credential");
  }
  for (uint32_t i = 0; i < m->call_count; i++) {
    S_mailkit s;
    if (!S_mailkit_of(ctx, m->calls[i], &s) || s.host.cls != S_HOST_HVE) continue;
    psa_finding *f = psa_report(ctx, rule, s.call->span, S_HVE_MSG, "MailKit signs in",
                                s.host.host);
    psa_finding_related(ctx, f, s.connect->span, "connects here");
    S_host_related(ctx, f, &s.host, s.connect->span, NULL);
  }
#undef S_HVE_MSG
}

/* ---- PSA403: System.Net.Mail.SmtpClient with credentials -------------- */

static void S_check_smtpclient(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    S_smtpclient s;
    if (!S_smtpclient_of(ctx, &m->member_assigns[i], &s)) continue;
    psa_finding *f;
    if (s.host.cls == S_HOST_SMTP || s.host.cls == S_HOST_M365) {
      f = psa_report(ctx, rule, s.creds->span,
                     "System.Net.Mail.SmtpClient sends to %s with a user name and password "
                     "(SMTP AUTH basic authentication), which Microsoft disables by default for "
                     "existing tenants at the end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF " (final removal date to be "
                     "announced in the " PSA_DATE_SMTP_AUTH_REMOVAL_NEWS "); send with Send-MgUserMail (Microsoft "
                     "Graph) using app-only authentication — SmtpClient itself is not recommended "
                     "for new code",
                     s.host.host);
    } else if (s.host.cls == S_HOST_UNKNOWN) {
      f = psa_report(ctx, rule, s.creds->span,
                     "System.Net.Mail.SmtpClient sends with a user name and password to a server "
                     "not known statically: if this server is Microsoft 365 (smtp.office365.com), "
                     "SMTP AUTH basic authentication is disabled by default for existing tenants "
                     "at the end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF "; send with Send-MgUserMail (Microsoft Graph) "
                     "using app-only authentication");
      f->severity = PSA_SEV_INFO;
    } else {
      continue;
    }
    psa_finding_related(ctx, f, S_value_span(s.construction), "SmtpClient created here (line %u)",
                        psa_line_of(ctx, S_value_span(s.construction).start));
    S_host_related(ctx, f, &s.host, S_value_span(s.construction), NULL);
    S_origin_related(ctx, f, s.creds->value, "credential");
    /* no rewrite: every send the scan reports still says why in the plan */
    const psa_value *send = NULL;
    for (uint32_t k = 0; k < m->call_count && !send; k++) {
      const psa_value *c = m->calls[k];
      if (c->kind == PSA_V_METHOD_CALL && psa_value_member(c) &&
          S_same_var(c->base, s.creds->target) &&
          (!psa_strcasecmp(psa_value_member(c), "Send") ||
           !psa_strcasecmp(psa_value_member(c), "SendAsync") ||
           !psa_strcasecmp(psa_value_member(c), "SendMailAsync")))
        send = c;
    }
    psa_plan_refuse(
        ctx, rule, s.creds->span, "System.Net.Mail.SmtpClient",
        send ? psa_ctx_printf(ctx,
                              "psauth rewrites Send-MailMessage calls, not SmtpClient: move the "
                              "%s() on line %u to Send-MgUserMail (Microsoft Graph, Mail.Send) by "
                              "hand, with the client's setup and its NetworkCredential",
                              psa_value_member(send), psa_line_of(ctx, send->span.start))
             : "psauth rewrites Send-MailMessage calls, not SmtpClient: move its sends to "
               "Send-MgUserMail (Microsoft Graph, Mail.Send) by hand, with the client's setup and "
               "its NetworkCredential");
  }
}

/* ---- PSA404: MailKit Authenticate(user, password) ---------------------- */

static void S_check_mailkit(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->call_count; i++) {
    S_mailkit s;
    if (!S_mailkit_of(ctx, m->calls[i], &s)) continue;
    if (s.host.cls == S_HOST_HVE || s.host.cls == S_HOST_OTHER) continue;
    static const char *const oauth =
        "authenticate with MailKit's SaslMechanismOAuth2 and an OAuth token instead";
    psa_finding *f;
    if (s.host.cls == S_HOST_SMTP || (s.host.cls == S_HOST_M365 && s.proto == S_PROTO_SMTP)) {
      f = psa_report(ctx, rule, s.call->span,
                     "MailKit SMTP password login to %s (SMTP AUTH basic authentication), which "
                     "Microsoft disables by default for existing tenants at the end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF
                     " (final removal date to be announced in the " PSA_DATE_SMTP_AUTH_REMOVAL_NEWS "); %s, or "
                     "send with Send-MgUserMail (Microsoft Graph)",
                     s.host.host, oauth);
    } else if (s.host.cls == S_HOST_M365) {
      f = psa_report(ctx, rule, s.call->span,
                     "MailKit %s password login to %s: basic authentication for IMAP and POP in "
                     "Exchange Online is permanently off since January 2023; %s",
                     s.proto == S_PROTO_POP ? "POP" : s.proto == S_PROTO_IMAP ? "IMAP" : "IMAP/POP",
                     s.host.host, oauth);
      f->severity = PSA_SEV_ERROR;
    } else if (s.proto == S_PROTO_SMTP) {
      f = psa_report(ctx, rule, s.call->span,
                     "SMTP password login (MailKit Authenticate with a user name and password) to "
                     "a server not known statically: if this is Microsoft 365, SMTP AUTH basic "
                     "authentication is disabled by default for existing tenants at the end of "
                     PSA_DATE_SMTP_AUTH_DEFAULT_OFF "; %s",
                     oauth);
    } else if (s.proto != S_PROTO_UNKNOWN) {
      f = psa_report(ctx, rule, s.call->span,
                     "%s password login (MailKit Authenticate with a user name and password) to a "
                     "server not known statically: if this is Exchange Online, basic "
                     "authentication for IMAP and POP is permanently off since January 2023; %s",
                     s.proto == S_PROTO_POP ? "POP" : "IMAP", oauth);
    } else {
      f = psa_report(ctx, rule, s.call->span,
                     "mail password login (MailKit Authenticate with a user name and password) to "
                     "a server not known statically: if this is Microsoft 365, IMAP/POP basic "
                     "authentication is permanently off since January 2023 and SMTP AUTH basic "
                     "authentication is disabled by default at the end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF "; %s",
                     oauth);
    }
    if (s.connect) {
      psa_finding_related(ctx, f, s.connect->span, "connects here");
      S_host_related(ctx, f, &s.host, s.connect->span, NULL);
    }
    else if (s.construction)
      psa_finding_related(ctx, f, S_value_span(s.construction), "client created here");
    S_origin_related(ctx, f, s.call->items[1], "password");
    psa_plan_refuse(ctx, rule, s.call->span, "MailKit Authenticate",
                    "psauth does not rewrite MailKit: sign in with SaslMechanismOAuth2 and a token, "
                    "or move the mail to Microsoft Graph, by hand");
  }
}

/* ---- EWS -------------------------------------------------------------- */

static bool S_is_ews_service(const char *t) {
  return S_type_named(t, "Microsoft.Exchange.WebServices.Data.ExchangeService", "ExchangeService");
}
static bool S_is_webcredentials(const char *t) {
  return S_type_named(t, "Microsoft.Exchange.WebServices.Data.WebCredentials", "WebCredentials");
}
static bool S_is_netcredential(const char *t) {
  return S_type_named(t, "System.Net.NetworkCredential", NULL);
}

/* Where an ExchangeService variable points: $svc.Url = '...'. */
static void S_ews_host(psa_rule_ctx *ctx, const psa_value *svc, S_host *out) {
  memset(out, 0, sizeof(*out));
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *u = &m->member_assigns[i];
    if (u->member && !psa_strcasecmp(u->member, "Url") && S_same_var(u->target, svc))
      S_host_of(ctx, u->value, out);
  }
  if (out->cls == S_HOST_NONE) out->cls = S_HOST_UNKNOWN; /* AutodiscoverUrl, or not set */
}

/* Whether the producers of 'v' include the construction 'c' (a command
 * value for New-Object, or the [T]::new() value). */
static bool S_produces(psa_rule_ctx *ctx, const psa_value *v, const psa_command *cmd,
                       const psa_value *c) {
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16);
  for (uint32_t i = 0; i < n; i++)
    if ((cmd && prods[i]->kind == PSA_V_COMMAND && psa_value_cmd(prods[i]) == cmd) ||
        (c && prods[i] == c))
      return true;
  return false;
}

static const char *const S_ews_fix =
    "use OAuthCredentials with a token, and plan the move to Microsoft Graph: EWS in Exchange "
    "Online is disabled in phases from " PSA_DATE_EWS_DISABLE_START " and shut down on " PSA_DATE_EWS_SHUTDOWN;

/* Display only: the catalogue's replacement (section 6). The token has to
 * come from an app registration psauth cannot know, and app-only access
 * also needs ImpersonatedUserId and X-AnchorMailbox, so this is a pointer,
 * not a rewrite. */
static void S_ews_oauth_fix(psa_rule_ctx *ctx, psa_finding *f, psa_span at, psa_span replace,
                            bool as_command) {
  if (replace.end <= replace.start || replace.start < at.start || replace.end > at.end) return;
  psa_fix *fx = psa_finding_add_fix(ctx, f, PSA_FIX_DISPLAY,
                                    "Sign in to EWS with OAuthCredentials and an OAuth token");
  /* a command stays a command; an expression must stay an expression */
  psa_fix_add_edit(ctx, fx, replace,
                   as_command
                       ? "New-Object Microsoft.Exchange.WebServices.Data.OAuthCredentials($accessToken)"
                       : "[Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($accessToken)");
}

/* One WebCredentials construction: find the service it is assigned to. */
static void S_report_webcredentials(psa_rule_ctx *ctx, const psa_rule *rule, psa_span at,
                                    const psa_command *cmd, const psa_value *c) {
  const psa_model *m = ctx->model;
  const psa_member_assignment *assigned = NULL;
  for (uint32_t i = 0; i < m->member_assign_count && !assigned; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (ma->member && !psa_strcasecmp(ma->member, "Credentials") &&
        S_produces(ctx, ma->value, cmd, c))
      assigned = ma;
  }
  S_host host = {S_HOST_UNKNOWN, NULL, NULL};
  if (assigned) S_ews_host(ctx, assigned->target, &host);
  psa_finding *f;
  if (host.cls == S_HOST_OTHER) {
    f = psa_report(ctx, rule, at,
                   "EWS WebCredentials (user name and password) for the Exchange server %s, "
                   "which is not Exchange Online: basic authentication for EWS is not supported in "
                   "Exchange Online, so if these mailboxes move there, use OAuthCredentials with a "
                   "token or Microsoft Graph",
                   host.host ? host.host : "named in the script");
    f->severity = PSA_SEV_INFO;
  } else {
    f = psa_report(ctx, rule, at,
                   "EWS WebCredentials (user name and password)%s%s: basic authentication for EWS "
                   "is not supported in Exchange Online; %s",
                   host.host ? " for " : "", host.host ? host.host : "", S_ews_fix);
  }
  if (host.cls != S_HOST_OTHER) S_ews_oauth_fix(ctx, f, at, at, cmd != NULL);
  if (assigned)
    psa_finding_related(ctx, f, assigned->span, "assigned to the service's Credentials here");
  /* WebCredentials(user, password[, domain]) */
  const psa_value *pw = NULL;
  if (c && c->item_count >= 2) {
    pw = c->items[1];
  } else if (cmd) {
    const psa_arg *al = psa_command_arg(cmd, "ArgumentList");
    if (al && al->value && al->value->kind == PSA_V_ARRAY && al->value->item_count >= 2)
      pw = al->value->items[1];
  }
  if (pw) S_origin_related(ctx, f, pw, "password");
}

/* ---- PSA405: EWS basic credentials ------------------------------------ */

static void S_check_ews_basic(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  /* New-Object ...WebCredentials(...) */
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "New-Object")) continue;
    const char *type = psa_rule_arg_string(ctx, cmd, "TypeName");
    if (!S_is_webcredentials(type) || !psa_command_arg(cmd, "ArgumentList")) continue;
    S_report_webcredentials(ctx, rule, cmd->span, cmd, NULL);
  }
  /* [...WebCredentials]::new(...) */
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *v = m->calls[i];
    if (v->kind != PSA_V_NEW_OBJECT || !S_is_webcredentials(v->str) || !v->item_count) continue;
    S_report_webcredentials(ctx, rule, v->span, NULL, v);
  }
  /* $svc.Credentials = NetworkCredential / $cred.GetNetworkCredential() */
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (!ma->member || psa_strcasecmp(ma->member, "Credentials") || !ma->value) continue;
    const psa_value *svc = S_constructed(ctx, ma->target, S_is_ews_service, NULL, NULL, NULL);
    if (!svc) continue;
    const psa_value *netcred = S_constructed(ctx, ma->value, S_is_netcredential, NULL, NULL, NULL);
    if (!netcred) {
      const psa_value *prods[8];
      uint32_t n = psa_value_producers(m, ma->value, prods, 8);
      for (uint32_t k = 0; k < n; k++)
        if (prods[k]->kind == PSA_V_METHOD_CALL && psa_value_member(prods[k]) &&
            !psa_strcasecmp(psa_value_member(prods[k]), "GetNetworkCredential"))
          netcred = prods[k];
    }
    if (!netcred) continue;
    S_host host;
    S_ews_host(ctx, ma->target, &host);
    psa_finding *f;
    if (host.cls == S_HOST_OTHER) {
      f = psa_report(ctx, rule, ma->span,
                     "ExchangeService signs in with a NetworkCredential (user name and password) "
                     "to the Exchange server %s, which is not Exchange Online: basic "
                     "authentication for EWS is not supported in Exchange Online, so if these "
                     "mailboxes move there, use OAuthCredentials with a token or Microsoft Graph",
                     host.host ? host.host : "named in the script");
      f->severity = PSA_SEV_INFO;
    } else {
      f = psa_report(ctx, rule, ma->span,
                     "ExchangeService signs in with a NetworkCredential (user name and password)"
                     "%s%s: basic authentication for EWS is not supported in Exchange Online; %s",
                     host.host ? " to " : "", host.host ? host.host : "", S_ews_fix);
      S_ews_oauth_fix(ctx, f, ma->span, ma->value->span, false);
    }
    psa_finding_related(ctx, f, S_value_span(svc), "ExchangeService created here (line %u)",
                        psa_line_of(ctx, S_value_span(svc).start));
    S_origin_related(ctx, f, ma->value, "credential");
  }
}

/* ---- PSA406: EWS UseDefaultCredentials -------------------------------- */

static void S_check_ews_default(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (!ma->member || psa_strcasecmp(ma->member, "UseDefaultCredentials") || !ma->value) continue;
    const psa_value *prods[4];
    uint32_t n = psa_value_producers(m, ma->value, prods, 4);
    bool on = false;
    for (uint32_t k = 0; k < n; k++)
      if (prods[k]->kind == PSA_V_BOOL && prods[k]->truth) on = true;
    if (!on) continue;
    const psa_value *svc = S_constructed(ctx, ma->target, S_is_ews_service, NULL, NULL, NULL);
    if (!svc) continue;
    S_host host;
    S_ews_host(ctx, ma->target, &host);
    if (host.cls == S_HOST_OTHER) continue; /* Windows sign-in to on-premises Exchange */
    psa_finding *f = psa_report(
        ctx, rule, ma->span,
        "ExchangeService.UseDefaultCredentials = $true signs in%s%s with the Windows account "
        "running the script, a sign-in meant for on-premises Exchange; for Exchange Online %s",
        host.host ? " to " : "", host.host ? host.host : "", S_ews_fix);
    psa_finding_related(ctx, f, S_value_span(svc), "ExchangeService created here (line %u)",
                        psa_line_of(ctx, S_value_span(svc).start));
  }
}


/* ---- PSA407: Send-MailMessage is obsolete ------------------------------ */

/* <tenant>.mail.protection.outlook.com: the MX endpoint that Direct Send
 * submits to without signing in. */
static bool S_direct_send_host(const char *host) {
  size_t n = host ? strlen(host) : 0;
  return n > 28 && !strcmp(host + n - 28, ".mail.protection.outlook.com");
}

/* The Direct Send host a server value names, or NULL. */
static const char *S_direct_send_of(psa_rule_ctx *ctx, const psa_value *v, const psa_value **at) {
  if (!v) return NULL;
  const psa_value *prods[8];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 8);
  for (uint32_t i = 0; i < n; i++) {
    const char *s = psa_value_string(ctx->model, prods[i]);
    char buf[256];
    if (s && S_direct_send_host(psa_uri_host(s, buf, sizeof(buf)))) {
      if (at) *at = prods[i];
      return psa_ctx_printf(ctx, "%s", buf);
    }
  }
  return NULL;
}

/* The server of a Send-MailMessage call: -SmtpServer (or its default), else
 * $PSEmailServer. */
static const psa_value *S_sendmail_server(psa_rule_ctx *ctx, const psa_command *cmd) {
  const psa_arg *sa = psa_command_arg(cmd, "SmtpServer");
  if (sa && sa->value) return sa->value;
  return ctx->model->ps_email_server;
}

static void S_check_sendmail_obsolete(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Send-MailMessage")) continue;
    S_sendmail s;
    if (S_sendmail_of(ctx, cmd, &s)) {
      /* PSA401 (Microsoft 365 or unknown server) and PSA402 (HVE) say more */
      if (s.server.cls != S_HOST_OTHER) continue;
    } else if (S_direct_send_of(ctx, S_sendmail_server(ctx, cmd), NULL)) {
      continue; /* PSA408 */
    }
    psa_report(ctx, rule, cmd->name_span,
               "%s is obsolete: Microsoft documents that it does not guarantee a secure "
               "connection to SMTP servers; for Microsoft 365 mailboxes send with "
               "Send-MgUserMail (Microsoft Graph)",
               cmd->alias ? cmd->alias : cmd->name);
  }
}

/* ---- PSA408: Direct Send ---------------------------------------------- */

#define S_DIRECT_MSG                                                                          \
  "%s submits to %s without signing in (Direct Send): no password is involved, so the basic " \
  "authentication retirements do not affect it, but it delivers only to recipients in your "   \
  "own organisation; to send as an app, use Send-MgUserMail (Microsoft Graph)"

static void S_check_direct_send(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Send-MailMessage")) continue;
    const psa_arg *cred = psa_command_arg(cmd, "Credential");
    if (cred && cred->value && !S_no_password(ctx, cred->value)) continue;
    const psa_value *at = NULL;
    const char *host = S_direct_send_of(ctx, S_sendmail_server(ctx, cmd), &at);
    if (!host) continue;
    psa_finding *f = psa_report(ctx, rule, cmd->span, S_DIRECT_MSG, "Send-MailMessage", host);
    if (at && !S_within(at->span, cmd->span))
      psa_finding_related(ctx, f, at->span, "the server %s", host);
  }
  /* System.Net.Mail.SmtpClient to the MX endpoint with no Credentials */
  for (uint32_t i = 0; i < m->call_count + m->command_count; i++) {
    psa_value tmp = {0};
    const psa_value *c;
    if (i < m->call_count) {
      c = m->calls[i];
      if (c->kind != PSA_V_NEW_OBJECT) continue;
    } else {
      const psa_command *cmd = m->commands[i - m->call_count];
      if (!psa_command_is(cmd, "New-Object")) continue;
      tmp.kind = PSA_V_COMMAND;
      tmp.by_kind.cmd = (psa_command *)cmd;
      tmp.span = cmd->span;
      c = &tmp;
    }
    const psa_value *const *args;
    uint32_t count;
    const char *type = psa_object_type(m, c, &args, &count);
    if (!S_is_netmail_smtpclient(type)) continue;
    if (count == 1 && args[0]->kind == PSA_V_ARRAY) {
      count = args[0]->item_count;
      args = (const psa_value *const *)args[0]->items;
    }
    const psa_value *at = NULL;
    const char *host = count >= 1 ? S_direct_send_of(ctx, args[0], &at) : NULL;
    bool creds = false;
    for (uint32_t k = 0; k < m->member_assign_count; k++) {
      const psa_member_assignment *ma = &m->member_assigns[k];
      if (!ma->member || !S_produces(ctx, ma->target, c == &tmp ? psa_value_cmd(&tmp) : NULL,
                                     c == &tmp ? NULL : c))
        continue;
      if (!psa_strcasecmp(ma->member, "Host") && !host) host = S_direct_send_of(ctx, ma->value, &at);
      if ((!psa_strcasecmp(ma->member, "Credentials") && ma->value && !S_no_password(ctx, ma->value)) ||
          (!psa_strcasecmp(ma->member, "UseDefaultCredentials") && !S_no_password(ctx, ma->value)))
        creds = true;
    }
    if (!host || creds) continue;
    psa_span span = S_value_span(c);
    psa_finding *f = psa_report(ctx, rule, span, S_DIRECT_MSG, "System.Net.Mail.SmtpClient", host);
    if (at && !S_within(at->span, span)) psa_finding_related(ctx, f, at->span, "the server %s", host);
  }
}


/* ---- PSA409: EWS in Exchange Online is retiring ------------------------- */

static bool S_is_oauthcredentials(const char *t) {
  return S_type_named(t, "Microsoft.Exchange.WebServices.Data.OAuthCredentials", "OAuthCredentials");
}

/* One ExchangeService construction and what the script does with it. */
typedef struct {
  const void *key;       /* the New-Object command or the [T]::new() value */
  psa_span span;
  S_host host;
  bool basic;            /* WebCredentials / NetworkCredential: PSA405 */
  bool default_creds;    /* UseDefaultCredentials = $true: PSA406 */
  bool oauth;            /* OAuthCredentials */
  const psa_member_assignment *creds;
} S_ews_service;

static const void *S_construction_key(const psa_value *v) {
  return v->kind == PSA_V_COMMAND ? (const void *)psa_value_cmd(v) : (const void *)v;
}

static void S_check_ews_retiring(psa_rule_ctx *ctx, const psa_rule *rule) {
  const psa_model *m = ctx->model;
  S_ews_service svcs[32];
  uint32_t ns = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (ns < 32 && psa_command_is(cmd, "New-Object") &&
        S_is_ews_service(psa_rule_arg_string(ctx, cmd, "TypeName")))
      svcs[ns++] = (S_ews_service){cmd, cmd->span, {S_HOST_NONE, NULL, NULL}, false, false, false, NULL};
  }
  for (uint32_t i = 0; i < m->call_count && ns < 32; i++)
    if (m->calls[i]->kind == PSA_V_NEW_OBJECT && S_is_ews_service(m->calls[i]->str))
      svcs[ns++] = (S_ews_service){m->calls[i], m->calls[i]->span, {S_HOST_NONE, NULL, NULL},
                                   false, false, false, NULL};
  for (uint32_t i = 0; i < m->member_assign_count; i++) {
    const psa_member_assignment *ma = &m->member_assigns[i];
    if (!ma->member || !ma->value) continue;
    const psa_value *c = S_constructed(ctx, ma->target, S_is_ews_service, NULL, NULL, NULL);
    if (!c) continue;
    S_ews_service *sv = NULL;
    for (uint32_t k = 0; k < ns; k++)
      if (svcs[k].key == S_construction_key(c)) sv = &svcs[k];
    if (!sv) continue;
    if (!psa_strcasecmp(ma->member, "Url")) {
      S_host_of(ctx, ma->value, &sv->host);
    } else if (!psa_strcasecmp(ma->member, "Credentials")) {
      sv->creds = ma;
      if (S_constructed(ctx, ma->value, S_is_oauthcredentials, NULL, NULL, NULL)) sv->oauth = true;
      if (S_constructed(ctx, ma->value, S_is_webcredentials, NULL, NULL, NULL) ||
          S_constructed(ctx, ma->value, S_is_netcredential, NULL, NULL, NULL))
        sv->basic = true;
      const psa_value *prods[8];
      uint32_t n = psa_value_producers(m, ma->value, prods, 8);
      for (uint32_t k = 0; k < n; k++)
        if (prods[k]->kind == PSA_V_METHOD_CALL && psa_value_member(prods[k]) &&
            !psa_strcasecmp(psa_value_member(prods[k]), "GetNetworkCredential"))
          sv->basic = true;
    } else if (!psa_strcasecmp(ma->member, "UseDefaultCredentials") && !S_no_password(ctx, ma->value)) {
      sv->default_creds = true;
    }
  }
  for (uint32_t i = 0; i < ns; i++) {
    S_ews_service *sv = &svcs[i];
    /* on-premises Exchange keeps EWS; basic and Windows sign-in are
     * reported with the retirement by PSA405 and PSA406 */
    if (sv->host.cls == S_HOST_OTHER || sv->basic || sv->default_creds) continue;
    bool exo = sv->host.cls >= S_HOST_M365 || sv->oauth;
    psa_finding *f = psa_report(
        ctx, rule, sv->span,
        "Exchange Web Services (EWS Managed API ExchangeService)%s%s%s: EWS in Exchange Online is "
        "disabled in phases from " PSA_DATE_EWS_DISABLE_START " and shut down on " PSA_DATE_EWS_SHUTDOWN ", OAuth included; "
        "move to Microsoft Graph (for example Get-MgUserMessage, Send-MgUserMail)",
        sv->host.host ? " for " : "", sv->host.host ? sv->host.host : "",
        exo ? "" : ", if the mailboxes are in Exchange Online");
    if (!exo) f->severity = PSA_SEV_INFO;
    if (sv->creds) psa_finding_related(ctx, f, sv->creds->span, "signs in here");
    if (sv->host.value) S_host_related(ctx, f, &sv->host, sv->span, NULL);
  }
  /* EWS SOAP requests sent by hand */
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Invoke-RestMethod") && !psa_command_is(cmd, "Invoke-WebRequest"))
      continue;
    const char *uri = psa_rule_arg_string(ctx, cmd, "Uri");
    char host[256];
    if (!uri || !psa_contains_ci(uri, "/EWS/Exchange.asmx") ||
        !psa_host_is_m365(psa_uri_host(uri, host, sizeof(host))))
      continue;
    psa_report(ctx, rule, cmd->span,
               "%s sends an EWS request to %s: EWS in Exchange Online is disabled in phases from "
               PSA_DATE_EWS_DISABLE_START " and shut down on " PSA_DATE_EWS_SHUTDOWN ", OAuth included; move to Microsoft "
               "Graph",
               cmd->name, host);
  }
}

static const char *const S_needles_sendmail[] = {"send-mailmessage", NULL};
static const char *const S_needles_hve[] = {"hve", NULL};
static const char *const S_needles_smtpclient[] = {"smtpclient", NULL};
static const char *const S_needles_mailkit[] = {"authenticate", NULL};
static const char *const S_needles_ews_basic[] = {"webcredentials", "networkcredential", NULL};
static const char *const S_needles_ews_default[] = {"usedefaultcredentials", NULL};
static const char *const S_needles_obsolete[] = {"send-mailmessage", NULL};
static const char *const S_needles_direct[] = {"mail.protection.outlook.com", NULL};
static const char *const S_needles_ews_retiring[] = {"exchangeservice", "exchange.asmx", NULL};

static const psa_rule S_sendmail_rule = {
    "PSA401", "smtp-auth-send-mailmessage", PSA_KIND_SMTP_BASIC, PSA_SEV_WARNING,
    "Send-MailMessage with a credential to the Microsoft 365 SMTP AUTH endpoint",
    "SMTP AUTH basic authentication disabled by default for existing tenants end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF
    "; final removal date to be announced in " PSA_DATE_SMTP_AUTH_REMOVAL_NEWS_SHORT,
    S_needles_sendmail, S_check_sendmail};
static const psa_rule S_hve_rule = {
    "PSA402", "smtp-hve", PSA_KIND_SMTP_BASIC, PSA_SEV_INFO,
    "SMTP with a password to High Volume Email (smtp-hve.office365.com)",
    "Basic authentication for High Volume Email allowed until September 2028", S_needles_hve,
    S_check_hve};
static const psa_rule S_smtpclient_rule = {
    "PSA403", "smtp-client-credentials", PSA_KIND_SMTP_BASIC, PSA_SEV_WARNING,
    "System.Net.Mail.SmtpClient with Credentials for the Microsoft 365 SMTP AUTH endpoint",
    "SMTP AUTH basic authentication disabled by default for existing tenants end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF
    "; final removal date to be announced in " PSA_DATE_SMTP_AUTH_REMOVAL_NEWS_SHORT,
    S_needles_smtpclient, S_check_smtpclient};
static const psa_rule S_mailkit_rule = {
    "PSA404", "mailkit-password-login", PSA_KIND_SMTP_BASIC, PSA_SEV_WARNING,
    "MailKit SmtpClient / ImapClient / Pop3Client Authenticate(user, password)",
    "IMAP/POP basic authentication off in Exchange Online since January 2023; SMTP AUTH basic "
    "disabled by default end of " PSA_DATE_SMTP_AUTH_DEFAULT_OFF,
    S_needles_mailkit, S_check_mailkit};
static const psa_rule S_ews_basic_rule = {
    "PSA405", "ews-basic-credentials", PSA_KIND_EWS_BASIC, PSA_SEV_ERROR,
    "EWS Managed API with WebCredentials or a NetworkCredential (user name and password)",
    "Basic authentication for EWS unsupported in Exchange Online; EWS disabled in phases from "
    PSA_DATE_EWS_DISABLE_START ", shut down " PSA_DATE_EWS_SHUTDOWN,
    S_needles_ews_basic, S_check_ews_basic};
static const psa_rule S_ews_default_rule = {
    "PSA406", "ews-default-credentials", PSA_KIND_EWS_BASIC, PSA_SEV_WARNING,
    "EWS ExchangeService.UseDefaultCredentials = $true",
    "EWS in Exchange Online disabled in phases from " PSA_DATE_EWS_DISABLE_START ", shut down " PSA_DATE_EWS_SHUTDOWN,
    S_needles_ews_default, S_check_ews_default};

static const psa_rule S_obsolete_rule = {
    "PSA407", "send-mailmessage-obsolete", PSA_KIND_DEPRECATED_CMDLET, PSA_SEV_INFO,
    "Send-MailMessage, an obsolete cmdlet (calls PSA401, PSA402 and PSA408 do not report)", NULL,
    S_needles_obsolete, S_check_sendmail_obsolete};
static const psa_rule S_direct_rule = {
    "PSA408", "smtp-direct-send", PSA_KIND_NO_AUTHENTICATION, PSA_SEV_INFO,
    "SMTP without sign-in to <tenant>.mail.protection.outlook.com (Direct Send)", NULL,
    S_needles_direct, S_check_direct_send};
static const psa_rule S_ews_retiring_rule = {
    "PSA409", "ews-retiring", PSA_KIND_API_RETIREMENT, PSA_SEV_WARNING,
    "EWS Managed API or EWS SOAP requests against Exchange Online, OAuth included",
    "EWS in Exchange Online disabled in phases from " PSA_DATE_EWS_DISABLE_START ", shut down " PSA_DATE_EWS_SHUTDOWN,
    S_needles_ews_retiring, S_check_ews_retiring};

const psa_rule *const psa_rules_mail[] = {&S_sendmail_rule,  &S_hve_rule,        &S_smtpclient_rule,
                                          &S_mailkit_rule,   &S_ews_basic_rule,  &S_ews_default_rule,
                                          &S_obsolete_rule,  &S_direct_rule,     &S_ews_retiring_rule,
                                          NULL};

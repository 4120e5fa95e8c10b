/* Rule family PSA6xx: tenant configuration that turns modern authentication
 * off or keeps legacy (basic) authentication usable: Set-OrganizationConfig,
 * authentication policies and their assignment, SMTP AUTH, SharePoint Online
 * legacy protocols, Set-User -RemotePowerShellEnabled and application access
 * policies. Facts from the domain catalogue, sections 1.9 and 1.11 (and
 * section 0 for dates). */
#include <stdio.h>
#include <stdlib.h>

#include "rules/rules.h"

/* ---- shared: constant truth of a Boolean or switch argument ------------ */

/* What the producers of a Boolean argument say. 'known' is false when any
 * producer is not a constant ($true/$false or a number): a parameter, a
 * command's output... Then the rules stay silent. */
typedef struct {
  bool known;
  bool can_true, can_false;
  psa_span true_at, false_at; /* the constant that makes it so */
} S_truth;

static S_truth S_truth_of(const psa_rule_ctx *ctx, const psa_value *v) {
  S_truth t = {true, false, false, {0, 0}, {0, 0}};
  const psa_value *prods[16];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 16);
  if (n == 0) t.known = false;
  for (uint32_t i = 0; i < n; i++) {
    const psa_value *p = prods[i];
    bool truth;
    if (p->kind == PSA_V_BOOL) {
      truth = p->truth;
    } else if (p->kind == PSA_V_NUMBER && p->str) {
      /* Boolean parameters take numbers too: 0 is false, anything else true */
      truth = strtod(p->str, NULL) != 0.0;
    } else {
      t.known = false;
      continue;
    }
    if (truth && !t.can_true) {
      t.can_true = true;
      t.true_at = p->span;
    } else if (!truth && !t.can_false) {
      t.can_false = true;
      t.false_at = p->span;
    }
  }
  return t;
}

/* Whether a Boolean parameter is bound to a constant of the given truth
 * (every producer constant). Returns the argument, or NULL. */
static const psa_arg *S_bool_arg(const psa_rule_ctx *ctx, const psa_command *cmd, const char *param,
                                 bool want, psa_span *at) {
  const psa_arg *a = psa_command_arg(cmd, param);
  if (!a || !a->value) return NULL; /* a Boolean parameter needs a value */
  S_truth t = S_truth_of(ctx, a->value);
  if (!t.known) return NULL;
  if (want && t.can_true) {
    *at = t.true_at;
    return a;
  }
  if (!want && t.can_false) {
    *at = t.false_at;
    return a;
  }
  return NULL;
}

/* Whether a switch parameter is switched on: given without a value, or with
 * a value whose producers are constants and one of them is true. Unlike
 * psa_command_switch, an unknown value ($param) does not count as on. */
static bool S_switch_on(const psa_rule_ctx *ctx, const psa_arg *a) {
  if (!a->value) return true;
  S_truth t = S_truth_of(ctx, a->value);
  return t.known && t.can_true;
}

/* Where a finding about one argument goes: the argument when it is written
 * at the call, else the call (the splatted hashtable entry or the
 * $PSDefaultParameterValues entry becomes a related location). */
static psa_span S_site(const psa_command *cmd, const psa_arg *a) {
  return a->via == PSA_BIND_SPLAT || a->via == PSA_BIND_DEFAULT ? cmd->span : a->span;
}

/* Points at the splatted hashtable entry or $PSDefaultParameterValues entry
 * an argument comes from. */
static void S_relate_entry(psa_rule_ctx *ctx, psa_finding *f, const psa_arg *a) {
  if (a->via == PSA_BIND_SPLAT)
    psa_finding_related(ctx, f, a->span, "-%s comes from this splatted hashtable (line %u)",
                        a->param, psa_line_of(ctx, a->span.start));
  else if (a->via == PSA_BIND_DEFAULT)
    psa_finding_related(ctx, f, a->span, "-%s comes from $PSDefaultParameterValues (line %u)",
                        a->param, psa_line_of(ctx, a->span.start));
}

/* Also points at the constant when it sits on another line than the
 * argument ($x = $false ... -Param $x). */
static void S_relate_value(psa_rule_ctx *ctx, psa_finding *f, const psa_arg *a, psa_span at,
                           const char *what) {
  S_relate_entry(ctx, f, a);
  if (psa_line_of(ctx, at.start) != psa_line_of(ctx, a->span.start))
    psa_finding_related(ctx, f, at, "%s here (line %u)", what, psa_line_of(ctx, at.start));
}


/* ---- PSA601: Set-OrganizationConfig -OAuth2ClientProfileEnabled $false -- */

static void S_check_oauth2_off(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Set-OrganizationConfig")) continue;
    psa_span at;
    const psa_arg *a = S_bool_arg(ctx, cmd, "OAuth2ClientProfileEnabled", false, &at);
    if (!a) continue;
    psa_finding *f = psa_report(
        ctx, rule, S_site(cmd, a),
        "%s -OAuth2ClientProfileEnabled $false turns modern authentication off for Outlook "
        "clients in the whole organisation, leaving them on legacy authentication; set it to "
        "$true or remove the line",
        cmd->name);
    S_relate_value(ctx, f, a, at, "$false set");
  }
}

/* ---- PSA602: authentication policies that allow basic authentication -- */

static const char *const S_basic_protocols[] = {
    "ActiveSync", "Autodiscover", "Imap", "Mapi", "OfflineAddressBook", "OutlookService",
    "Pop", "Powershell", "ReportingWebServices", "Rpc", "Smtp", "WebServices", NULL};

static bool S_is_policy_cmd(const psa_command *cmd) {
  return psa_command_is(cmd, "New-AuthenticationPolicy") ||
         psa_command_is(cmd, "Set-AuthenticationPolicy");
}

/* The -AllowBasicAuth* switches a New-/Set-AuthenticationPolicy turns on:
 * their protocols go to 'list' (comma-separated), their arguments to 'on'
 * (room for every protocol). Shared by PSA602 and PSA607. */
static uint32_t S_basic_allowed(const psa_rule_ctx *ctx, const psa_command *cmd, psa_buf *list,
                                bool *smtp, bool *others, const psa_arg **on) {
  uint32_t on_count = 0;
  *smtp = *others = false;
  for (int i = 0; S_basic_protocols[i]; i++) {
    char param[64];
    snprintf(param, sizeof(param), "AllowBasicAuth%s", S_basic_protocols[i]);
    const psa_arg *a = psa_command_arg(cmd, param);
    if (!a || !S_switch_on(ctx, a)) continue;
    psa_buf_printf(list, "%s%s", list->len ? ", " : "", S_basic_protocols[i]);
    if (!strcmp(S_basic_protocols[i], "Smtp")) *smtp = true;
    else *others = true;
    on[on_count++] = a;
  }
  return on_count;
}

static void S_check_auth_policy(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!S_is_policy_cmd(cmd)) continue;
    psa_buf list;
    psa_buf_init(&list);
    bool smtp, others;
    const psa_arg *on[16];
    uint32_t on_count = S_basic_allowed(ctx, cmd, &list, &smtp, &others, on);
    if (!on_count) {
      psa_buf_free(&list);
      continue;
    }
    const char *why;
    if (smtp && others)
      why = "SMTP AUTH still accepts basic authentication until Microsoft removes it (off by "
            "default for existing tenants at the end of December 2026), so the Smtp switch "
            "keeps passwords usable; the other protocols lost basic authentication in Exchange "
            "Online in 2022-23, so their switches no longer have an effect there";
    else if (smtp)
      why = "SMTP AUTH still accepts basic authentication until Microsoft removes it (off by "
            "default for existing tenants at the end of December 2026), so this keeps "
            "passwords usable for client submission";
    else
      why = "basic authentication for these protocols was switched off in Exchange Online in "
            "2022-23, so the switches no longer have an effect there";
    psa_finding *f = psa_report(ctx, rule, cmd->span,
                                "%s allows basic authentication for %s: %s; remove the "
                                "-AllowBasicAuth* switches and move the clients to OAuth",
                                cmd->name, list.data, why);
    for (uint32_t i = 0; i < on_count; i++) S_relate_entry(ctx, f, on[i]);
    psa_buf_free(&list);
  }
}

/* ---- PSA603: SMTP AUTH turned on -------------------------------------- */

static void S_check_smtp_auth(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    bool org = psa_command_is(cmd, "Set-TransportConfig");
    if (!org && !psa_command_is(cmd, "Set-CASMailbox")) continue;
    psa_span at;
    /* $false enables; $null (inherit the organisation's setting) is fine */
    const psa_arg *a = S_bool_arg(ctx, cmd, "SmtpClientAuthenticationDisabled", false, &at);
    if (!a) continue;
    psa_finding *f;
    if (org) {
      f = psa_report(ctx, rule, S_site(cmd, a),
                     "%s -SmtpClientAuthenticationDisabled $false turns SMTP AUTH client "
                     "submission on for every mailbox, where it still accepts basic "
                     "authentication (off by default for existing tenants at the end of "
                     "December 2026); keep it disabled for the organisation and enable it per "
                     "mailbox only where a client submits with OAuth",
                     cmd->name);
    } else {
      const char *who = psa_rule_arg_string(ctx, cmd, "Identity");
      f = psa_report(ctx, rule, S_site(cmd, a),
                     "%s -SmtpClientAuthenticationDisabled $false turns SMTP AUTH on for %s%s%s; "
                     "that is the documented way for a mailbox that submits with OAuth, but if "
                     "its client signs in with a password, move it to OAuth or Microsoft Graph "
                     "(Send-MgUserMail)",
                     cmd->name, who && *who ? "mailbox '" : "this mailbox", who && *who ? who : "",
                     who && *who ? "'" : "");
      f->severity = PSA_SEV_INFO;
    }
    S_relate_value(ctx, f, a, at, "$false set");
  }
}

/* ---- PSA604: Set-SPOTenant -LegacyAuthProtocolsEnabled $true ----------- */

static void S_check_spo_legacy(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Set-SPOTenant")) continue;
    psa_span at;
    const psa_arg *a = S_bool_arg(ctx, cmd, "LegacyAuthProtocolsEnabled", true, &at);
    if (!a) continue;
    psa_finding *f = psa_report(
        ctx, rule, S_site(cmd, a),
        "%s -LegacyAuthProtocolsEnabled $true re-enables legacy (IDCRL) sign-in to SharePoint "
        "Online: blocked by default from February 16, 2026, the window to turn it back on "
        "ended April 30, 2026 and it is blocked for good from May 1, 2026; remove the line and "
        "use apps with certificate or managed-identity authentication",
        cmd->name);
    S_relate_value(ctx, f, a, at, "$true set");
  }
}

/* ---- PSA605: Set-User -RemotePowerShellEnabled ------------------------- */

static void S_check_rps_setting(psa_rule_ctx *ctx, const psa_rule *rule) {
  bool onprem = psa_rule_onprem_only(ctx);
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!psa_command_is(cmd, "Set-User")) continue;
    const psa_arg *a = psa_command_arg(cmd, "RemotePowerShellEnabled");
    if (!a || onprem) continue; /* on-premises Exchange keeps the parameter */
    const char *value = "";
    if (a->value) {
      S_truth t = S_truth_of(ctx, a->value);
      if (t.known && t.can_true != t.can_false) value = t.can_true ? " $true" : " $false";
    }
    psa_finding *f = psa_report(ctx, rule, S_site(cmd, a),
                                "%s -RemotePowerShellEnabled is being deprecated in Exchange "
                                "Online; use -EXOModuleEnabled%s instead, which always holds the "
                                "same value (Get-User -Filter still needs "
                                "RemotePowerShellEnabled)",
                                cmd->name, value);
    S_relate_entry(ctx, f, a);
  }
}

/* ---- PSA606: New-ApplicationAccessPolicy ------------------------------ */

static void S_check_app_access_policy(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    /* Set-/Test-ApplicationAccessPolicy keep existing policies working; the
     * catalogue asks only that no new ones are created */
    if (!psa_command_is(cmd, "New-ApplicationAccessPolicy")) continue;
    /* not in the binding table (the reference data lacks it): the message
     * needs no argument, so only the command name matters */
    psa_report(ctx, rule, cmd->span,
               "New-ApplicationAccessPolicy creates an application access policy, and Microsoft is replacing those with "
               "Role Based Access Control for Applications: instead of a new policy, scope the "
               "app with New-ManagementScope and New-ManagementRoleAssignment -App <service "
               "principal> -Role <application role, e.g. \"Application Mail.Send\"> "
               "-CustomResourceScope <scope>, and check the result with "
               "Test-ServicePrincipalAuthorization");
  }
}

/* ---- PSA607: assigning a policy that allows basic authentication ------- */

/* An authentication policy that this script lets use basic authentication. */
typedef struct {
  const char *name;          /* its constant name, or NULL */
  const psa_variable *var;   /* else the variable that names it */
  const psa_command *cmd;    /* the New-/Set-AuthenticationPolicy */
  const char *protocols;     /* "Smtp, Pop" */
} S_basic_policy;

#define S_MAX_POLICIES 32

/* The variable a policy name is read from, when its value is not constant:
 * a parameter or a variable assigned at most once, so that two reads name
 * the same policy. */
static const psa_variable *S_name_var(const psa_value *v) {
  if (!v || v->kind != PSA_V_VARIABLE || !psa_value_var(v)) return NULL;
  return psa_value_var(v)->assign_count <= 1 ? psa_value_var(v) : NULL;
}

static uint32_t S_collect_basic_policies(psa_rule_ctx *ctx, S_basic_policy *out) {
  uint32_t n = 0;
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (n == S_MAX_POLICIES || !S_is_policy_cmd(cmd)) continue;
    const psa_arg *id = psa_command_arg(
        cmd, psa_command_is(cmd, "New-AuthenticationPolicy") ? "Name" : "Identity");
    if (!id || !id->value) continue;
    psa_buf list;
    psa_buf_init(&list);
    bool smtp, others;
    const psa_arg *on[16];
    if (S_basic_allowed(ctx, cmd, &list, &smtp, &others, on)) {
      S_basic_policy *p = &out[n];
      p->name = psa_value_string(ctx->model, id->value);
      p->var = p->name ? NULL : S_name_var(id->value);
      p->cmd = cmd;
      p->protocols = psa_ctx_printf(ctx, "%s", list.data);
      if (p->name || p->var) n++;
    }
    psa_buf_free(&list);
  }
  return n;
}

static void S_check_policy_assign(psa_rule_ctx *ctx, const psa_rule *rule) {
  S_basic_policy pols[S_MAX_POLICIES];
  uint32_t n = S_collect_basic_policies(ctx, pols);
  if (!n) return; /* a policy defined elsewhere is not known: no finding */
  PSA_FOR_COMMANDS(ctx, cmd) {
    bool org = psa_command_is(cmd, "Set-OrganizationConfig");
    if (!org && !psa_command_is(cmd, "Set-User")) continue;
    const psa_arg *a =
        psa_command_arg(cmd, org ? "DefaultAuthenticationPolicy" : "AuthenticationPolicy");
    if (!a || !a->value) continue;
    const char *want = psa_value_string(ctx->model, a->value);
    const psa_variable *want_var = want ? NULL : S_name_var(a->value);
    const S_basic_policy *hit = NULL;
    for (uint32_t i = 0; i < n && !hit; i++)
      if ((want && pols[i].name && !psa_strcasecmp(want, pols[i].name)) ||
          (want_var && pols[i].var == want_var))
        hit = &pols[i];
    if (!hit) continue;
    const char *shown = want ? psa_ctx_printf(ctx, "'%s'", want)
                             : psa_ctx_printf(ctx, "$%s", want_var->name);
    const char *who = org ? "the organisation's default authentication policy"
                          : "a user's authentication policy";
    psa_finding *f = psa_report(ctx, rule, S_site(cmd, a),
                                "%s assigns %s as %s, and this script lets that policy use basic "
                                "authentication for %s (line %u); review the policy: remove its "
                                "-AllowBasicAuth* switches, or assign a policy that blocks basic "
                                "authentication",
                                cmd->name, shown, who, hit->protocols,
                                psa_line_of(ctx, hit->cmd->span.start));
    S_relate_entry(ctx, f, a);
    psa_finding_related(ctx, f, hit->cmd->span, "%s allows basic authentication for %s here",
                        shown, hit->protocols);
  }
}

/* ---- PSA608: -BlockLegacyAuth*:$false (Exchange Server 2019 / SE) ------ */

/* The protocols of the on-premises -BlockLegacyAuth* switches (Exchange
 * Server 2019 and SE only; Exchange Online has -AllowBasicAuth* instead). */
static const char *const S_legacy_protocols[] = {"ActiveSync", "Autodiscover", "Imap", "Mapi",
                                                 "OfflineAddressBook", "Pop", "Rpc",
                                                 "WebServices", NULL};

/* The argument written right after a switch given without a value, when it
 * is the literal $false: `-Switch $false` does not pass $false to the
 * switch, it turns the switch on and binds $false elsewhere. */
static const psa_arg *S_stray_false(const psa_rule_ctx *ctx, const psa_command *cmd,
                                    const psa_arg *sw) {
  if (sw->value || sw->via != PSA_BIND_NAMED || cmd->span_approx) return NULL;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *b = &cmd->args[i];
    if (b->via != PSA_BIND_POSITIONAL && b->via != PSA_BIND_UNBOUND) continue;
    if (!b->value || b->value->kind != PSA_V_BOOL || b->value->truth) continue;
    if (b->span.start < sw->span.end || b->span.start > ctx->src->text_len) continue;
    bool adjacent = true; /* only blanks (or a line continuation) between */
    for (uint32_t o = sw->span.end; o < b->span.start && adjacent; o++) {
      char c = ctx->src->text[o];
      adjacent = c == ' ' || c == '\t' || c == '`' || c == '\r' || c == '\n';
    }
    if (adjacent) return b;
  }
  return NULL;
}

static void S_check_block_legacy_off(psa_rule_ctx *ctx, const psa_rule *rule) {
  PSA_FOR_COMMANDS(ctx, cmd) {
    if (!S_is_policy_cmd(cmd)) continue;
    psa_buf list;
    psa_buf_init(&list);
    const psa_arg *off[8];
    psa_span at[8];
    uint32_t off_count = 0;
    for (int i = 0; S_legacy_protocols[i]; i++) {
      char param[64];
      snprintf(param, sizeof(param), "BlockLegacyAuth%s", S_legacy_protocols[i]);
      const psa_arg *a = psa_command_arg(cmd, param);
      if (!a) continue;
      if (a->value) {
        S_truth t = S_truth_of(ctx, a->value);
        if (!t.known || !t.can_false) continue;
        psa_buf_printf(&list, "%s%s", list.len ? ", " : "", S_legacy_protocols[i]);
        at[off_count] = t.false_at;
        off[off_count++] = a;
        continue;
      }
      const psa_arg *stray = S_stray_false(ctx, cmd, a);
      if (!stray) continue;
      /* the author meant :$false but got the opposite: say so, once here */
      psa_report(ctx, rule, (psa_span){a->span.start, stray->span.end},
                 "-%s $false does not allow legacy authentication for %s: a switch takes a "
                 "value only after a colon, so PowerShell turns the switch on (legacy "
                 "authentication stays blocked) and passes $false on as %s; write "
                 "-%s:$false if legacy authentication is meant to be allowed, else drop the "
                 "$false",
                 a->param, S_legacy_protocols[i],
                 stray->via == PSA_BIND_POSITIONAL
                     ? psa_ctx_printf(ctx, "the value of -%s", stray->param)
                     : "a positional argument, which the cmdlet rejects",
                 a->param);
    }
    if (off_count) {
      psa_finding *f = psa_report(
          ctx, rule, off_count == 1 ? S_site(cmd, off[0]) : cmd->span,
          "%s -BlockLegacyAuth*:$false allows legacy authentication (Basic, Digest and Windows "
          "authentication) again for %s in this on-premises authentication policy (Exchange "
          "Server 2019 CU2 or later, Exchange Server SE); review whether the clients it applies "
          "to still need it, and keep legacy authentication blocked where they can use modern "
          "authentication",
          cmd->name, list.data);
      for (uint32_t i = 0; i < off_count; i++) S_relate_value(ctx, f, off[i], at[i], "$false set");
    }
    psa_buf_free(&list);
  }
}

static const char *const S_needles_orgconfig[] = {"set-organizationconfig", NULL};
static const char *const S_needles_authpolicy[] = {"authenticationpolicy", NULL};
static const char *const S_needles_smtp[] = {"set-transportconfig", "set-casmailbox", NULL};
static const char *const S_needles_spo[] = {"set-spotenant", NULL};
static const char *const S_needles_setuser[] = {"set-user", NULL};
static const char *const S_needles_appaccess[] = {"new-applicationaccesspolicy", NULL};

static const psa_rule S_oauth2_off = {
    "PSA601", "oauth2-client-profile-disabled", PSA_KIND_TENANT_CONFIG, PSA_SEV_WARNING,
    "Set-OrganizationConfig -OAuth2ClientProfileEnabled $false (modern authentication off for "
    "Outlook clients)",
    NULL, S_needles_orgconfig, S_check_oauth2_off};
static const psa_rule S_auth_policy = {
    "PSA602", "auth-policy-allows-basic", PSA_KIND_TENANT_CONFIG, PSA_SEV_WARNING,
    "New-AuthenticationPolicy / Set-AuthenticationPolicy with an -AllowBasicAuth* switch on",
    "Basic authentication off in Exchange Online from January 2023 (SMTP AUTH excluded; off by "
    "default for existing tenants end of December 2026)",
    S_needles_authpolicy, S_check_auth_policy};
static const psa_rule S_smtp_auth = {
    "PSA603", "smtp-client-auth-enabled", PSA_KIND_TENANT_CONFIG, PSA_SEV_WARNING,
    "Set-TransportConfig or Set-CASMailbox -SmtpClientAuthenticationDisabled $false (SMTP AUTH "
    "turned on)",
    "SMTP AUTH basic authentication off by default for existing tenants end of December 2026",
    S_needles_smtp, S_check_smtp_auth};
static const psa_rule S_spo_legacy = {
    "PSA604", "spo-legacy-auth-enabled", PSA_KIND_TENANT_CONFIG, PSA_SEV_WARNING,
    "Set-SPOTenant -LegacyAuthProtocolsEnabled $true (legacy IDCRL sign-in to SharePoint Online)",
    "IDCRL blocked by default February 16, 2026; permanently blocked May 1, 2026",
    S_needles_spo, S_check_spo_legacy};
static const psa_rule S_rps_setting = {
    "PSA605", "remote-powershell-enabled-setting", PSA_KIND_TENANT_CONFIG, PSA_SEV_INFO,
    "Set-User -RemotePowerShellEnabled, deprecated in Exchange Online in favour of "
    "-EXOModuleEnabled",
    NULL, S_needles_setuser, S_check_rps_setting};

static const psa_rule S_app_access_policy = {
    "PSA606", "application-access-policy", PSA_KIND_TENANT_CONFIG, PSA_SEV_INFO,
    "New-ApplicationAccessPolicy (application access policies are being replaced by RBAC for "
    "Applications)",
    NULL, S_needles_appaccess, S_check_app_access_policy};
static const psa_rule S_policy_assign = {
    "PSA607", "assigns-basic-auth-policy", PSA_KIND_TENANT_CONFIG, PSA_SEV_INFO,
    "Set-User -AuthenticationPolicy / Set-OrganizationConfig -DefaultAuthenticationPolicy with a "
    "policy the script lets use basic authentication",
    NULL, S_needles_authpolicy, S_check_policy_assign};
static const psa_rule S_block_legacy_off = {
    "PSA608", "block-legacy-auth-off", PSA_KIND_TENANT_CONFIG, PSA_SEV_INFO,
    "New-/Set-AuthenticationPolicy -BlockLegacyAuth*:$false (legacy authentication allowed in "
    "Exchange Server 2019 / SE)",
    NULL, S_needles_authpolicy, S_check_block_legacy_off};

const psa_rule *const psa_rules_tenant[] = {&S_oauth2_off,        &S_auth_policy,   &S_smtp_auth,
                                            &S_spo_legacy,        &S_rps_setting,
                                            &S_app_access_policy, &S_policy_assign,
                                            &S_block_legacy_off,  NULL};

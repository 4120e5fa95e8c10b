/* Rule family PSA7xx: the REST-optimised Get-EXO* cmdlets of the
 * ExchangeOnlineManagement module. Since module 3.0.0 every Exchange Online
 * cmdlet runs over REST under its old name, so a rename is optional and
 * unsafe in general (other output, other parameters). The rule only speaks
 * when the rename is checkable from the code: the properties the script
 * reads are listed, and no parameter or filter stands in the way.
 * Facts from the domain catalogue, section 3 (3.1 mapping, 3.2 behaviour
 * differences) and the cmdlet parameter table. */
#include <stdio.h>

#include "rules/plan.h"
#include "rules/rules.h"

typedef struct {
  const char *legacy;
  const char *exo;
  /* parameters only the legacy cmdlet has (catalogue 3.1), then those
   * reserved for internal use on the EXO cmdlet: either blocks the rename */
  const char *const *blocked;
  /* the Minimum property set, when the EXO cmdlet has -Properties (NULL:
   * no -Properties on the EXO cmdlet) */
  const char *const *minimum;
  /* the properties the EXO cmdlet returns, when the catalogue lists them
   * and there is no -Properties to ask for more (NULL: not listed) */
  const char *const *returns;
  /* properties -Filter cannot use on the EXO cmdlet (catalogue 3.2 #6) */
  const char *const *bad_filter;
  /* properties that cannot be asked for with -Properties (catalogue 3.2 #2) */
  const char *const *unmappable;
} S_pair;

static const char *const S_blocked_mailbox[] = {
    "SortBy", "IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames",
    "IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames",
    "IncludeAcceptMessagesOnlyFromWithDisplayNames", "IncludeEmailAddressDisplayNames",
    "IncludeForwardingAddressWithDisplayNames", "IncludeGrantSendOnBehalfToWithDisplayNames",
    "Async", "GroupMailbox", "Migration", "PublicFolder", NULL};
static const char *const S_blocked_recipient[] = {
    "AuthenticationType", "BookmarkDisplayName", "Capabilities", "IncludeBookmarkObject",
    "IncludeManagerWithDisplayName", "PropertySet", "SortBy", "RecipientPreviewFilter",
    "Properties", NULL};
static const char *const S_blocked_cas[] = {
    "ActiveSyncSuppressReadReceipt", "Credential", "RecalculateHasActiveSyncDevicePartnership",
    "RecipientTypeDetails", "SortBy", "ActiveSyncDebugLogging", "GetImapProtocolLog",
    "GetPopProtocolLog", "IgnoreDefaultScope", "ReadIsOptimizedForAccessibility", "SendLogsTo",
    NULL};
static const char *const S_blocked_mbxperm[] = {
    "Credential", "GroupMailbox", "IncludeSoftDeletedUserPermissions",
    "IncludeUnresolvedPermissions", "IncludeUserWithDisplayName", "ReadFromDomainController",
    "UseCustomRouting", NULL};
static const char *const S_blocked_rcptperm[] = {"IncludeTrusteeWithPrimarySmtpAddress",
                                                 "ReadFromDomainController", NULL};
static const char *const S_blocked_stats[] = {"UseCustomRouting", "IncludeMoveHistory",
                                              "IncludeMoveReport", NULL};
static const char *const S_blocked_folderstats[] = {"Database", "IncludeAnalysis", "ResultSize",
                                                    "SkipCount", "StoreMailboxIdentity",
                                                    "UseCustomRouting", NULL};
static const char *const S_blocked_folderperm[] = {"ResultSize", "SkipCount", "UseCustomRouting",
                                                   NULL};
static const char *const S_blocked_mobile[] = {"UseCustomRouting", "GetMailboxLog",
                                               "NotificationEmailAddresses",
                                               "ShowRecoveryPassword", NULL};

static const char *const S_min_mailbox[] = {
    "Alias", "DisplayName", "DistinguishedName", "EmailAddresses", "ExchangeVersion",
    "ExternalDirectoryObjectId", "Guid", "Id", "Name", "OrganizationId", "PrimarySmtpAddress",
    "RecipientType", "RecipientTypeDetails", "UserPrincipalName", NULL};
static const char *const S_min_recipient[] = {"ExchangeVersion", "ExternalDirectoryObjectId",
                                              "Name", "OrganizationId", "RecipientType",
                                              "RecipientTypeDetails", NULL};
static const char *const S_min_cas[] = {
    "ActiveSyncEnabled", "DisplayName", "ECPEnabled", "EmailAddresses", "EwsEnabled",
    "ExchangeVersion", "Guid", "Identity", "ImapEnabled", "MAPIEnabled", "Name", "OWAEnabled",
    "OrganizationId", "PopEnabled", "PrimarySmtpAddress", "ServerLegacyDN", NULL};
static const char *const S_min_stats[] = {"DeletedItemCount", "DisplayName", "ItemCount",
                                          "MailboxGuid", "TotalDeletedItemSize",
                                          "TotalItemSize", NULL};
static const char *const S_returns_mbxperm[] = {"Identity", "User", "AccessRights",
                                                "IsInherited", "Deny", NULL};

static const char *const S_badfilter_mailbox[] = {
    "DeletedItemFlags", "LanguagesRaw", "MasterAccountSid", "MemberOfGroup",
    "RequireAllSendersAreAuthenticated", "SCLDeleteThresholdInt", "SCLJunkThresholdInt",
    "SCLQuarantineThresholdInt", "SCLRejectThresholdInt", NULL};
static const char *const S_badfilter_recipient[] = {"CountryCode", "ExternalDirectoryObjectId",
                                                    "MasterAccountSid", "MemberOfGroup",
                                                    "Members", NULL};
static const char *const S_badfilter_cas[] = {"MemberOfGroup", "ExternalDirectoryObjectId", NULL};

static const char *const S_unmappable_mailbox[] = {"WhenCreated", "IsDirSynced", NULL};

static const S_pair S_pairs[] = {
    {"Get-Mailbox", "Get-EXOMailbox", S_blocked_mailbox, S_min_mailbox, NULL, S_badfilter_mailbox,
     S_unmappable_mailbox},
    {"Get-Recipient", "Get-EXORecipient", S_blocked_recipient, S_min_recipient, NULL,
     S_badfilter_recipient, NULL},
    {"Get-CASMailbox", "Get-EXOCasMailbox", S_blocked_cas, S_min_cas, NULL, S_badfilter_cas, NULL},
    {"Get-MailboxPermission", "Get-EXOMailboxPermission", S_blocked_mbxperm, NULL,
     S_returns_mbxperm, NULL, NULL},
    {"Get-RecipientPermission", "Get-EXORecipientPermission", S_blocked_rcptperm, NULL, NULL, NULL,
     NULL},
    {"Get-MailboxStatistics", "Get-EXOMailboxStatistics", S_blocked_stats, S_min_stats, NULL, NULL,
     NULL},
    {"Get-MailboxFolderStatistics", "Get-EXOMailboxFolderStatistics", S_blocked_folderstats, NULL,
     NULL, NULL, NULL},
    {"Get-MailboxFolderPermission", "Get-EXOMailboxFolderPermission", S_blocked_folderperm, NULL,
     NULL, NULL, NULL},
    {"Get-MobileDeviceStatistics", "Get-EXOMobileDeviceStatistics", S_blocked_mobile, NULL, NULL,
     NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL, NULL, NULL}};

static bool S_in(const char *const *list, const char *name) {
  for (int i = 0; list && list[i]; i++)
    if (!psa_strcasecmp(list[i], name)) return true;
  return false;
}

/* ---- the properties a Select-Object reads ------------------------------ */

#define S_MAX_PROPS 64

typedef struct {
  const char *names[S_MAX_PROPS];
  uint32_t count;
} S_props;

static bool S_plain_name(const char *s) {
  if (!*s) return false;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
          *p == '_'))
      return false; /* wildcards, dotted paths, anything else */
  return true;
}

static bool S_add_prop(const psa_rule_ctx *ctx, const psa_value *v, S_props *out) {
  if (v->kind != PSA_V_STRING && v->kind != PSA_V_INTERP && v->kind != PSA_V_VARIABLE)
    return false; /* hashtables (calculated properties), script blocks, ... */
  const char *s = psa_value_string(ctx->model, v);
  if (!s || !S_plain_name(s) || out->count == S_MAX_PROPS) return false;
  for (uint32_t i = 0; i < out->count; i++)
    if (!psa_strcasecmp(out->names[i], s)) return true;
  out->names[out->count++] = s;
  return true;
}

/* A constant list of plain property names: 'Name', "A", 'B', @('A', 'B'),
 * or a variable with one such assignment. */
static bool S_prop_list(const psa_rule_ctx *ctx, const psa_value *v, S_props *out) {
  const psa_value *prods[4];
  uint32_t n = psa_value_producers(ctx->model, v, prods, 4);
  if (n != 1) return false;
  const psa_value *p = prods[0];
  if (p->kind == PSA_V_ARRAY) {
    if (!p->item_count) return false;
    for (uint32_t i = 0; i < p->item_count; i++)
      if (!S_add_prop(ctx, p->items[i], out)) return false;
    return true;
  }
  return S_add_prop(ctx, p, out);
}

/* Whether the Select-Object call reads a known, constant list of properties
 * and nothing else: one property list (positional or -Property), plus
 * optionally -First, -Last, -Skip, -SkipLast, -Unique. */
static bool S_selected(const psa_rule_ctx *ctx, const psa_command *sel, S_props *out) {
  bool have = false;
  for (uint32_t i = 0; i < sel->arg_count; i++) {
    const psa_arg *a = &sel->args[i];
    if (a->via == PSA_BIND_DEFAULT) return false;
    bool list;
    if (a->via == PSA_BIND_UNBOUND || a->via == PSA_BIND_POSITIONAL) {
      list = true;
    } else {
      const char *p = a->param ? a->param : "";
      size_t n = strlen(p);
      /* Select-Object is not in the cmdlet table: its parameters keep the
       * spelling of the script; "Prop" is the shortest unambiguous prefix
       * of -Property once -ProgressAction and -PipelineVariable count */
      list = n >= 4 && n <= 8 && !psa_strncasecmp(p, "Property", n);
      if (!list && psa_strcasecmp(p, "First") && psa_strcasecmp(p, "Last") &&
          psa_strcasecmp(p, "Skip") && psa_strcasecmp(p, "SkipLast") && psa_strcasecmp(p, "Unique"))
        return false;
    }
    if (!list) continue;
    if (have || !a->value || !S_prop_list(ctx, a->value, out)) return false;
    have = true;
  }
  return have;
}

/* The Select-Object that takes the command's output directly. */
static const psa_command *S_select_after(const psa_rule_ctx *ctx, const psa_command *cmd) {
  PSA_FOR_COMMANDS(ctx, c) {
    const psa_value *in = c->pipeline_input;
    if (in && in->kind == PSA_V_COMMAND && psa_value_cmd(in) == cmd)
      return psa_command_is(c, "Select-Object") ? c : NULL;
  }
  return NULL;
}

/* ---- -Filter ------------------------------------------------------------ */

/* Whether an OPATH filter is one the EXO cmdlet takes: no unsupported
 * property, only the documented operators, wildcards only at the start or
 * end of a quoted value (catalogue 3.2 #6). */
static bool S_filter_ok(const char *f, const S_pair *pair) {
  for (int i = 0; pair->bad_filter && pair->bad_filter[i]; i++)
    if (psa_contains_ci(f, pair->bad_filter[i])) return false;
  static const char *const ops[] = {"and", "or", "not", "eq", "ne", "lt", "gt", "like", "notlike",
                                    NULL};
  for (const char *p = f; *p; p++) {
    if (*p == '\'' || *p == '"') {
      const char *q = strchr(p + 1, *p);
      if (!q) return false;
      for (const char *w = p + 2; w < q - 1; w++)
        if (*w == '*') return false; /* 'A*B' */
      p = q;
      continue;
    }
    if (*p == '-' && ((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z'))) {
      size_t n = 1;
      while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z')) n++;
      bool known = false;
      for (int i = 0; ops[i] && !known; i++)
        if (strlen(ops[i]) == n - 1 && !psa_strncasecmp(p + 1, ops[i], n - 1)) known = true;
      if (!known) return false;
      p += n - 1;
    }
  }
  return true;
}

/* ---- on-premises scripts ------------------------------------------------ */


/* ---- PSA701 --------------------------------------------------------------- */

/* Whether the legacy call's parameters all carry over to the EXO cmdlet.
 * Sets *positional when a parameter is bound by position that the EXO
 * cmdlet takes only by name. */
static bool S_params_carry_over(const psa_rule_ctx *ctx, const psa_command *cmd,
                                const S_pair *pair, const psa_cmd_info *exo, bool *positional,
                                const char **filter) {
  const psa_param_info *pos[8];
  size_t npos = psa_cmd_positionals(exo, NULL, 0, pos, 8);
  *positional = false;
  *filter = NULL;
  for (uint32_t i = 0; i < cmd->arg_count; i++) {
    const psa_arg *a = &cmd->args[i];
    if (a->via == PSA_BIND_UNBOUND || a->via == PSA_BIND_DEFAULT || !a->param) return false;
    if (a->match == PSA_PARAM_UNKNOWN || a->match == PSA_PARAM_AMBIGUOUS) return false;
    if (S_in(pair->blocked, a->param)) return false;
    /* on-premises-only parameters (-Server, -Database, ...) are not on the
     * EXO cmdlet either */
    if (!psa_cmd_param(exo, a->param)) return false;
    if (a->via == PSA_BIND_POSITIONAL) {
      bool ok = false;
      for (size_t k = 0; k < npos && k < 8; k++)
        if (!psa_strcasecmp(pos[k]->name, a->param)) ok = true;
      if (!ok) *positional = true;
    }
    if (!psa_strcasecmp(a->param, "Filter")) {
      const char *f = a->value ? psa_value_string(ctx->model, a->value) : NULL;
      if (!f || !*f || !S_filter_ok(f, pair)) return false;
      *filter = f;
    }
  }
  return true;
}

static void S_check_exo_cmdlet(psa_rule_ctx *ctx, const psa_rule *rule) {
  bool onprem = psa_rule_onprem_only(ctx);
  if (onprem) return;
  /* remote PowerShell connections (New-PSSession, EXO V1) still in the file */
  bool rps = false;
  PSA_FOR_COMMANDS(ctx, c) {
    psa_service sv = psa_plan_service(ctx->model, c);
    if (sv == PSA_SERVICE_EXCHANGE &&
        (psa_command_is(c, "New-PSSession") ||
         (!c->local_function && c->name && (!psa_strcasecmp(c->name, "New-ExoPSSession") ||
                                            !psa_strcasecmp(c->name, "Connect-EXOPSSession")))))
      rps = true;
  }
  psa_plan_scope scope;
  psa_plan_scope_init(ctx->model, &scope);
  PSA_FOR_COMMANDS(ctx, cmd) {
    const S_pair *pair = NULL;
    for (int i = 0; S_pairs[i].legacy && !pair; i++)
      if (psa_command_is(cmd, S_pairs[i].legacy)) pair = &S_pairs[i];
    if (!pair || cmd->pipeline_input || cmd->in_string) continue;
    const psa_cmd_info *exo = psa_cmdtable_find(pair->exo, strlen(pair->exo));
    if (!exo) continue;
    const psa_command *sel = S_select_after(ctx, cmd);
    S_props props = {{0}, 0};
    if (!sel || !S_selected(ctx, sel, &props)) continue;
    bool positional;
    const char *filter;
    if (!S_params_carry_over(ctx, cmd, pair, exo, &positional, &filter)) continue;
    /* the properties to ask for */
    psa_buf add, read;
    psa_buf_init(&add);
    psa_buf_init(&read);
    bool ok = true;
    for (uint32_t i = 0; i < props.count; i++) {
      const char *p = props.names[i];
      psa_buf_printf(&read, "%s%s", read.len ? ", " : "", p);
      if (S_in(pair->unmappable, p)) ok = false;
      if (pair->returns && !S_in(pair->returns, p)) ok = false;
      if (pair->minimum && !S_in(pair->minimum, p))
        psa_buf_printf(&add, "%s%s", add.len ? "," : "", p);
    }
    if (ok) {
      psa_buf how;
      psa_buf_init(&how);
      if (add.len)
        psa_buf_printf(&how, "%s -Properties %s can replace it in this bulk read (-Properties "
                             "adds what its Minimum property set lacks)",
                       pair->exo, add.data);
      else if (pair->minimum)
        psa_buf_printf(&how, "%s can replace it in this bulk read (its Minimum property set "
                             "has %s)",
                       pair->exo, props.count == 1 ? "it" : "them all");
      else
        psa_buf_printf(&how, "%s can replace it in this bulk read", pair->exo);
      if (positional)
        psa_buf_printf(&how, "; write -Identity out by name, %s takes no positional argument",
                       pair->exo);
      psa_finding *f = psa_report(
          ctx, rule, cmd->span,
          "%s output is read only for %s: the REST-optimised %s; %s, so review the result "
          "before switching",
          cmd->name, read.data, how.data,
          pair->minimum ? "its output differs (only the Minimum property set unless -Properties "
                          "or -PropertySets asks for more)"
                        : "its output and the identity values it accepts can differ");
      psa_finding_related(ctx, f, sel->span, "properties read here (line %u)",
                          psa_line_of(ctx, sel->span.start));
      /* unsafe fix: the EXO cmdlet with -Properties, when nothing is
       * positional (a positional identity would need -Identity spelled out) */
      const char *refuse = psa_plan_scope_refusal(&scope, cmd);
      if (!refuse && scope.onprem)
        refuse = "the script also manages on-premises Exchange, where the Get-EXO* cmdlets do "
                 "not exist, and psauth cannot tell which organisation this call reads";
      if (!refuse && rps)
        refuse = "the script still connects with remote PowerShell, whose imported session has "
                 "no Get-EXO* cmdlets (offered once the connection is Connect-ExchangeOnline)";
      /* a connection rewrite planned in this pass makes the Get-EXO* cmdlet
       * available: offer it now, so that scan reports what fix applies */
      if (refuse && rps && !psa_plan_scope_refusal(&scope, cmd) && !scope.onprem &&
          psa_plan_rps_all_migrate(ctx))
        refuse = NULL;
      if (refuse) psa_plan_refuse(ctx, rule, cmd->span, cmd->name, refuse);
      if (!refuse && !positional && !cmd->invoke_operator && !cmd->module && !cmd->alias &&
          !psa_command_arg(cmd, "Properties")) {
        psa_fix *fx = psa_finding_add_fix(
            ctx, f, PSA_FIX_UNSAFE,
            psa_ctx_printf(ctx, "Use %s (output differs: review before switching)", pair->exo));
        psa_fix_add_edit(ctx, fx, cmd->name_span, pair->exo);
        if (add.len)
          psa_fix_add_edit(ctx, fx, (psa_span){cmd->span.end, cmd->span.end},
                           psa_ctx_printf(ctx, " -Properties %s", add.data));
        psa_plan_rewrite(
            ctx, rule, cmd->span, cmd->name,
            add.len ? psa_ctx_printf(ctx, "%s -Properties %s", pair->exo, add.data) : pair->exo,
            psa_ctx_printf(ctx,
                           "a bulk read of %s only, which the REST cmdlet returns; its output "
                           "differs (review the result)",
                           read.data));
      }
      psa_buf_free(&how);
    }
    psa_buf_free(&add);
    psa_buf_free(&read);
  }
  psa_plan_scope_free(&scope);
}

static const char *const S_needles_exo[] = {"get-mailbox", "get-recipient", "get-casmailbox",
                                            "get-mobiledevicestatistics", NULL};

static const psa_rule S_exo_cmdlet = {
    "PSA701", "get-exo-cmdlet-available", PSA_KIND_REST_CMDLET, PSA_SEV_INFO,
    "Get-Mailbox, Get-Recipient, Get-CASMailbox and six other bulk reads whose Get-EXO* "
    "counterpart is a checked drop-in for the properties the script reads",
    NULL, S_needles_exo, S_check_exo_cmdlet};

const psa_rule *const psa_rules_exo_rest[] = {&S_exo_cmdlet, NULL};

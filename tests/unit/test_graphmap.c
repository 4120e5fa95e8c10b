/* The MSOnline/AzureAD -> Microsoft Graph map (rules/graphmap.h): lookups,
 * and that every Microsoft Graph / Microsoft Entra cmdlet and parameter the
 * table writes is in the checked-in list taken from Microsoft's published
 * command reference (analyzer/data/graph-cmdlets.txt). */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "rules/graphmap.h"

typedef struct {
  char name[96];
  char params[1024]; /* " A B C " or "" when not checked */
} S_known;

static S_known S_list[512];
static size_t S_count;

static void S_load(void) {
  char path[1024];
  snprintf(path, sizeof(path), "%s/analyzer/data/graph-cmdlets.txt", PSA_SOURCE_DIR);
  FILE *f = fopen(path, "r");
  CHECK(f != NULL);
  if (!f) return;
  char line[4096];
  while (fgets(line, sizeof(line), f)) {
    if (line[0] == '#' || line[0] == '\n') continue;
    char *name = strtok(line, "\t");
    char *module = strtok(NULL, "\t");
    char *params = strtok(NULL, "\t");
    char *source = strtok(NULL, "\t\n");
    CHECK(name && module && params && source);
    if (!name || !params || S_count == sizeof(S_list) / sizeof(S_list[0])) continue;
    S_known *k = &S_list[S_count++];
    snprintf(k->name, sizeof(k->name), "%s", name);
    if (strcmp(params, "-")) snprintf(k->params, sizeof(k->params), " %s ", params);
  }
  fclose(f);
}

static const S_known *S_find(const char *name) {
  for (size_t i = 0; i < S_count; i++)
    if (!strcasecmp(S_list[i].name, name)) return &S_list[i];
  return NULL;
}

/* Whether the list has 'param' for 'cmdlet' (and the cmdlet's parameters were checked). */
static bool S_has_param(const char *cmdlet, const char *param) {
  const S_known *k = S_find(cmdlet);
  if (!k || !k->params[0]) return false;
  char needle[128];
  snprintf(needle, sizeof(needle), " %s ", param);
  return strstr(k->params, needle) != NULL;
}

static void S_check_name(const char *name, const char *legacy) {
  bool ok = S_find(name) != NULL;
  if (!ok) fprintf(stderr, "%s: %s is not in graph-cmdlets.txt\n", legacy, name);
  CHECK(ok);
}

static void S_check_param(const char *cmdlet, const char *param, const char *legacy) {
  bool ok = S_has_param(cmdlet, param);
  if (!ok) fprintf(stderr, "%s: %s -%s is not in graph-cmdlets.txt\n", legacy, cmdlet, param);
  CHECK(ok);
}

/* Cmdlet names quoted in a note ("use Get-MgUser ...") must exist too. */
static void S_check_note(regex_t *re, const char *text, const char *legacy) {
  const char *p = text;
  regmatch_t m;
  while (p && !regexec(re, p, 1, &m, 0)) {
    char name[96];
    int n = (int)(m.rm_eo - m.rm_so);
    snprintf(name, sizeof(name), "%.*s", n < 95 ? n : 95, p + m.rm_so);
    S_check_name(name, legacy);
    p += m.rm_eo;
  }
}

static void test_lookups(void) {
  const psa_gm_cmdlet *c = psa_graphmap_find("get-msoluser");
  CHECK(c != NULL);
  if (!c) return;
  CHECK_STR(c->graph, "Get-MgUser");
  CHECK_STR(c->graph_module, "Microsoft.Graph.Users");
  CHECK_STR(c->module, "MSOnline");
  CHECK(c->exact);
  const psa_gm_param *p = psa_gm_param_find(c, "userprincipalname");
  CHECK(p && p->kind == PSA_GM_RENAME && !strcmp(p->to, "UserId"));
  p = psa_gm_param_find(c, "TenantId");
  CHECK(p && p->kind == PSA_GM_NONE && p->note);
  p = psa_gm_param_find(c, "SearchString");
  CHECK(p && p->kind == PSA_GM_FILTER && p->tmpl && strstr(p->tmpl, "{0}"));
  /* switches (legacyref): -All, also abbreviated (-ReturnDel binds to the
   * switch ReturnDeletedUsers only; -U is the start of several parameters) */
  CHECK_STR(psa_gm_switch_find(c, "all"), "All");
  CHECK_STR(psa_gm_switch_find(c, "ReturnDel"), "ReturnDeletedUsers");
  CHECK(psa_gm_switch_find(c, "UserPrincipalName") == NULL);
  CHECK(psa_gm_switch_find(c, "U") == NULL);
  CHECK(c->output && !strcmp(c->output->name, "user") && c->output->select);
  const psa_gm_prop *pr = psa_gm_prop_find(c->output, "BlockCredential");
  CHECK(pr && pr->expr && pr->select && !strcmp(pr->select, "AccountEnabled"));
  pr = psa_gm_prop_find(c->output, "objectid");
  CHECK(pr && pr->to && !strcmp(pr->to, "Id"));
  pr = psa_gm_prop_find(c->output, "StrongAuthenticationRequirements");
  CHECK(pr && pr->none);
  CHECK_STR(psa_gm_object_same(c->output, "userprincipalname"), "UserPrincipalName");
  CHECK(psa_gm_object_same(c->output, "IsLicensed") == NULL);
  const psa_gm_cmdlet *s = psa_graphmap_find("Set-MsolUser");
  CHECK(s && (p = psa_gm_param_find(s, "BlockCredential")) && p->kind == PSA_GM_INVERT &&
        !strcmp(p->to, "AccountEnabled"));
  const psa_gm_cmdlet *a = psa_graphmap_find("Get-AzureADUser");
  CHECK(a && a->entra && !strcmp(a->entra, "Get-EntraUser"));
  const psa_gm_cmdlet *r = psa_graphmap_find("New-AzureADServiceAppRoleAssignment");
  CHECK(r && r->choose_count == 2 && !strcmp(r->choose_param, "ObjectId") &&
        !strcmp(r->choose_equals[0], "ResourceId") &&
        !strcmp(r->choose_graph[0], "New-MgServicePrincipalAppRoleAssignedTo"));
  /* the Entra output table: Get-EntraServicePrincipal adds ObjectId alone;
   * Get-EntraGroupMember's objects carry the REST properties as their own */
  const psa_gm_cmdlet *sp = psa_graphmap_find("Get-AzureADServicePrincipal");
  CHECK(sp && sp->entra_add_count == 1 && !strcmp(sp->entra_adds[0], "ObjectId") && !sp->entra_flat);
  const psa_gm_cmdlet *gm = psa_graphmap_find("Get-AzureADGroupMember");
  CHECK(gm && gm->entra_flat && gm->entra_add_count == 1);
  CHECK(a->entra_add_count == 10 && a->entra_flat);
  CHECK(psa_graphmap_find("Get-NotACmdlet") == NULL);
  CHECK(psa_graphmap_find(NULL) == NULL);
  CHECK(psa_graphmap_source("mgmap") && strstr(psa_graphmap_source("mgmap"), "MgCommandMapping.json"));
}

static void test_against_list(void) {
  S_load();
  CHECK(S_count > 50);
  regex_t re;
  CHECK(!regcomp(&re, "[A-Z][a-z]+-(Mg|Entra)[A-Za-z0-9]+", REG_EXTENDED));
  size_t n = psa_graphmap_count();
  CHECK(n >= 100);
  for (size_t i = 0; i < n; i++) {
    const psa_gm_cmdlet *c = psa_graphmap_at(i);
    CHECK(c->source_count > 0);
    for (size_t k = 0; k < c->source_count; k++) CHECK(psa_graphmap_source(c->sources[k]) != NULL);
    if (c->graph) S_check_name(c->graph, c->legacy);
    if (c->entra) S_check_name(c->entra, c->legacy);
    /* every Entra cmdlet with an output object has its added properties recorded */
    if (c->entra && c->output) CHECK(c->entra_adds != NULL);
    for (size_t j = 0; j < c->choose_count; j++) {
      S_check_name(c->choose_graph[j], c->legacy);
      CHECK(psa_gm_param_find(c, c->choose_param) && psa_gm_param_find(c, c->choose_equals[j]));
    }
    if (c->note) S_check_note(&re, c->note, c->legacy);
    for (size_t k = 0; k < c->param_count; k++)
      if (c->params[k].note) S_check_note(&re, c->params[k].note, c->legacy);
    if (!c->exact) continue;
    /* every parameter an exact rewrite writes */
    for (size_t k = 0; k < c->param_count; k++) {
      const psa_gm_param *p = &c->params[k];
      if (p->kind == PSA_GM_WHERE) {
        /* the pipeline stage reads a property the output object has */
        CHECK(c->output && psa_gm_object_same(c->output, p->select));
        continue;
      }
      if (p->kind == PSA_GM_MFA_DISABLE) {
        /* the call becomes the entry 'select' names: its cmdlet takes the parameter */
        const psa_gm_cmdlet *alt = psa_graphmap_find(p->select);
        CHECK(alt && alt->exact && alt->graph);
        if (alt && alt->graph) S_check_param(alt->graph, p->to, c->legacy);
        continue;
      }
      if (p->kind == PSA_GM_DELETED_ITEM) {
        /* the call becomes the entry 'select' names; the switch itself goes
         * (that entry's own parameters are checked as its own) */
        const psa_gm_cmdlet *alt = psa_graphmap_find(p->select);
        CHECK(alt && alt->exact && alt->graph && !p->to);
        continue;
      }
      if (p->kind == PSA_GM_BY_KEY) {
        /* the call becomes the entry 'select' names, which renames the key
         * (its parameters are checked as its own) and adds no paging */
        const psa_gm_cmdlet *alt = psa_graphmap_find(p->select);
        const psa_gm_param *key = alt ? psa_gm_param_find(alt, p->from) : NULL;
        CHECK(alt && alt->exact && alt->graph && !alt->paging && key && key->kind == PSA_GM_RENAME);
        continue;
      }
      if (p->kind != PSA_GM_NONE && p->kind != PSA_GM_DROP) {
        S_check_param(c->graph, p->to, c->legacy);
        /* a cmdlet the call may choose takes the same parameters */
        for (size_t j = 0; j < c->choose_count; j++) S_check_param(c->choose_graph[j], p->to, c->legacy);
      }
      if (p->extra) {
        char buf[128];
        snprintf(buf, sizeof(buf), "%s", p->extra);
        for (char *t = strtok(buf, " "); t; t = strtok(NULL, " "))
          if (t[0] == '-') S_check_param(c->graph, t + 1, c->legacy);
      }
    }
    if (c->paging) {
      char buf[64];
      snprintf(buf, sizeof(buf), "%s", c->paging);
      for (char *t = strtok(buf, " "); t; t = strtok(NULL, " "))
        if (t[0] == '-') S_check_param(c->graph, t + 1, c->legacy);
    }
    if (c->output && c->output->select) S_check_param(c->graph, "Property", c->legacy);
    /* Set-MgUserLicense needs both lists */
    for (size_t k = 0; k < c->param_count; k++)
      if (c->params[k].kind == PSA_GM_LICENSE_ADD || c->params[k].kind == PSA_GM_LICENSE_REMOVE) {
        S_check_param(c->graph, "AddLicenses", c->legacy);
        S_check_param(c->graph, "RemoveLicenses", c->legacy);
      }
  }
  /* the connection rewrites */
  S_check_param("Connect-MgGraph", "Scopes", "connection");
  S_check_param("Connect-MgGraph", "ClientId", "connection");
  S_check_param("Connect-MgGraph", "TenantId", "connection");
  S_check_param("Connect-MgGraph", "CertificateThumbprint", "connection");
  S_check_param("Connect-Entra", "Scopes", "connection");
  S_check_param("Connect-Entra", "ClientId", "connection");
  S_check_param("Connect-Entra", "TenantId", "connection");
  S_check_param("Connect-Entra", "CertificateThumbprint", "connection");
  S_check_name("Get-MgSubscribedSku", "SKU helper");
  S_check_param("Get-MgSubscribedSku", "All", "SKU helper");
  regfree(&re);
  /* the list is not vacuous: a name and a parameter it lacks fail */
  CHECK(!S_find("Get-MgMadeUpCmdlet"));
  CHECK(!S_has_param("Get-MgUser", "SearchString"));
  CHECK(S_has_param("Get-MgUser", "UserId"));
}

/* Every cmdlet of the real-script sample with two calls or more (see
 * docs/migration-graph.md) that is a module cmdlet is in the table. */
static void test_sample_coverage(void) {
  static const char *const sample[] = {
      "Get-MsolUser", "Get-AzureADUser", "Get-AzureADTenantDetail", "Get-AzureADServicePrincipal",
      "Get-MsolPartnerContract", "Set-MsolUserLicense", "Get-MsolAccountSku", "Set-MsolUser",
      "Get-AzureADAuditDirectoryLogs", "Get-AzureADSubscribedSku", "Get-AzureADAuditSignInLogs",
      "Get-AzureADDirectoryRole", "Get-AzureADGroup", "Get-AzureADDirectoryRoleMember",
      "Set-AzureADUser", "Get-MsolCompanyInformation", "Get-AzureADCurrentSessionInfo",
      "Get-MsolDomain", "Get-MsolGroup", "Get-AzureADDirectorySetting", "Get-AzureADGroupMember",
      "Remove-AzureADUserExtension", "Disconnect-AzureAD", "Get-AzureADDevice",
      "Get-AzureADObjectByObjectId", "Get-AzureADApplication", "Get-AzureADMSGroup",
      "New-AzureADServiceAppRoleAssignment", "New-AzureADServicePrincipal", "Remove-MsolUser",
      "Set-MsolUserPassword", "Get-AzureADMSPrivilegedResource",
      "Get-AzureADServicePrincipalOAuth2PermissionGrant", "Get-MsolRole", "Get-MsolRoleMember",
      "Set-AzureADServicePrincipal", "Set-AzureADUserLicense", "Add-AzureADDirectoryRoleMember",
      "Get-AzureADDomain", "Get-AzureADGroupOwner", "Get-AzureADMSPrivilegedRoleAssignment",
      "Get-AzureADMSPrivilegedRoleDefinition", "Revoke-AzureADUserAllRefreshToken", "Set-MsolGroup",
      "Set-MsolUserPrincipalName", "Get-AzureADMSConditionalAccessPolicy",
      "Get-AzureADServicePrincipalOwner", "Get-AzureADUserMembership", "Get-MsolDevice",
      "Get-MsolUserRole", "New-MsolServicePrincipalCredential", "Remove-AzureADApplication",
      "Remove-AzureADGroupMember", "Get-AzureADDirectoryRoleTemplate",
      "Get-AzureADDirectorySettingTemplate", "Get-AzureADServiceAppRoleAssignedTo",
      "Get-AzureADServiceAppRoleAssignment", "Get-MsolGroupMember", "Remove-AzureADUser",
      "Set-AzureADDirectorySetting", "Set-AzureADGroup", "Add-AzureADGroupMember",
      "Add-MsolGroupMember", "Enable-AzureADDirectoryRole", "Get-AzureADApplicationExtensionProperty",
      "Get-AzureADApplicationPasswordCredential", "Get-AzureADApplicationSignInSummary",
      "Get-AzureADContract", "Get-AzureADGroupAppRoleAssignment", "Get-AzureADMSRoleAssignment",
      "Get-AzureADMSRoleDefinition", "Get-AzureADOAuth2PermissionGrant",
      "Get-AzureADUserAppRoleAssignment", "Get-AzureADUserOAuth2PermissionGrant",
      "Get-AzureADUserRegisteredDevice", "Get-MsolServicePrincipal", "Get-MsolSubscription",
      "New-AzureADApplication", "New-AzureADDirectorySetting", "New-AzureADMSNamedLocationPolicy",
      "New-MsolLicenseOptions", "Remove-AzureADDevice", "Remove-AzureADGroup",
      "Remove-AzureADOAuth2PermissionGrant", "Remove-MsolAdministrativeUnit", "Set-AzureADDevice",
      "Set-AzureADMSGroup", "Set-AzureADMSNamedLocationPolicy", NULL};
  for (int i = 0; sample[i]; i++) {
    bool ok = psa_graphmap_find(sample[i]) != NULL;
    if (!ok) fprintf(stderr, "sample cmdlet %s is not in the map\n", sample[i]);
    CHECK(ok);
  }
}

int main(void) {
  test_lookups();
  test_against_list();
  test_sample_coverage();
  return psa_test_done("graphmap");
}

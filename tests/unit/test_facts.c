/* The facts table (rules/facts.c): every source key it uses is listed in
 * docs/facts.md, hosts are lower-case, every remote PowerShell endpoint is a
 * Microsoft 365 host, and lookups find what the rules expect. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rules/facts.h"
#include "rules/rules.h"

static char *S_read(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof(buf) - 1, f);
  fclose(f);
  buf[n] = '\0';
  return buf;
}

static bool S_listed(const char *doc, const char *key) {
  char cell[128];
  snprintf(cell, sizeof(cell), "| `%s` |", key);
  return doc && strstr(doc, cell) != NULL;
}

static bool S_lower(const char *s) {
  for (; *s; s++)
    if (isupper((unsigned char)*s)) return false;
  return true;
}

int main(void) {
  const char *doc = S_read(PSA_SOURCE_DIR "/docs/facts.md");
  CHECK(doc != NULL);
  int dates = 0;
  for (const psa_fact_date *d = psa_fact_dates; d->what; d++) {
    CHECK(S_listed(doc, d->source));
    CHECK(d->date && *d->date);
    dates++;
  }
  CHECK(dates >= 4);
  for (const psa_endpoint *e = psa_rps_endpoints; e->host; e++) {
    CHECK(S_listed(doc, e->source));
    CHECK(S_lower(e->host));
    /* the closed Office 365 Germany's *.outlook.de hosts are not counted
     * as Microsoft 365 hosts (only outlook.office.de is) */
    if (e->service != PSA_ENDPOINT_GERMANY) CHECK(psa_host_is_m365(e->host));
    CHECK(psa_endpoint_of_host(e->host) == e);
  }
  CHECK(S_listed(doc, PSA_SOURCE_M365_URLS));
  CHECK(S_listed(doc, PSA_SOURCE_SMTP_SUBMISSION));
  CHECK(S_listed(doc, PSA_SOURCE_SMTP_HVE));
  /* analyzer/data/teams-app-only.txt names its source there */
  CHECK(S_listed(doc, "teams-app-only"));
  for (const char *const *h = psa_smtp_auth_hosts; *h; h++) {
    CHECK(S_lower(*h));
    CHECK(psa_host_is_m365(*h));
  }
  CHECK(psa_host_is_m365(PSA_HOST_SMTP_HVE));
  /* other US Government hosts count as GCC High Exchange Online */
  const psa_endpoint *gov = psa_endpoint_of_host("outlook.gov.office365.us");
  CHECK(gov == psa_endpoint_gcc_high);
  CHECK_STR(gov ? gov->environment : NULL, "O365USGovGCCHigh");
  CHECK(psa_endpoint_of_host("mail.contoso.com") == NULL);
  CHECK_STR(psa_endpoint_service_name(psa_endpoint_of_host(PSA_HOST_SCC)->service),
            "Security & Compliance");
  CHECK(strstr(PSA_URI_SCC_DEFAULT, PSA_HOST_SCC) != NULL);
  /* look-alike modules are not the retired AzureAD module */
  for (const psa_module_lookalike *l = psa_azuread_lookalikes; l->noun_prefix; l++)
    CHECK(S_listed(doc, l->source));
  CHECK_STR(psa_legacy_directory_module("Get-MsolUser"), "MSOnline");
  CHECK_STR(psa_legacy_directory_module("get-azureadgroupmember"), "AzureAD");
  CHECK_STR(psa_legacy_directory_module("Get-AzureADMSGroup"), "AzureAD");
  CHECK(psa_legacy_directory_module("Get-AzureADIRTenantId") == NULL);
  CHECK(psa_legacy_directory_module("Connect-AzureADIR") == NULL);
  CHECK(psa_legacy_directory_module("Set-AzureADKerberosServer") == NULL);
  CHECK(psa_legacy_directory_module("Get-MgUser") == NULL);
  CHECK_STR(psa_legacy_directory_module("Disconnect-AzureAD"), "AzureAD");
  CHECK(psa_legacy_directory_module("AzureADUser") == NULL);
  return psa_test_done("facts");
}

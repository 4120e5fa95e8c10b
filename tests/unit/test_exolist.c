/* The Exchange Online / Security & Compliance cmdlet list the planner
 * decides "uses Exchange" with (analyzer/data/exchange-cmdlets.txt, compiled
 * in; rules/plan_exo.c): cmdlets of both services and of the
 * ExchangeOnlineManagement module are in it, case-insensitively; the
 * directory modules, Microsoft Graph, PowerShell's own cmdlets and
 * on-premises-only ones are not; and the lists are in the build as the
 * files in the source tree say (one name per line, header comments). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rules/plan.h"

static void test_members(void) {
  static const char *const exo[] = {"Get-Mailbox", "get-mailbox", "Set-Mailbox", "Get-EXOMailbox",
                                    "Connect-ExchangeOnline", "Connect-IPPSSession",
                                    "Get-ConnectionInformation", "New-ComplianceSearch",
                                    "Start-ComplianceSearch", "Get-DistributionGroupMember",
                                    "Add-MailboxPermission", "Get-MessageTrace", NULL};
  for (int i = 0; exo[i]; i++) {
    bool ok = psa_exchange_cmdlet(exo[i]);
    if (!ok) fprintf(stderr, "%s is not in exchange-cmdlets.txt\n", exo[i]);
    CHECK(ok);
  }
  /* not Exchange Online: directory modules, Graph, PowerShell, and
   * Exchange Server only (Get-ExchangeServer is on-premises) */
  static const char *const other[] = {"Get-MsolUser", "Get-AzureADUser", "Get-MgUser",
                                      "Write-Host", "Get-Content", "New-PSSession",
                                      "Get-ExchangeServer", "", NULL};
  for (int i = 0; other[i]; i++) CHECK(!psa_exchange_cmdlet(other[i]));
  CHECK(!psa_exchange_cmdlet(NULL));
}

/* every name line of the data file is found (the embedded copy is that file) */
static void test_against_file(void) {
  FILE *f = fopen(PSA_SOURCE_DIR "/analyzer/data/exchange-cmdlets.txt", "r");
  CHECK(f != NULL);
  if (!f) return;
  char line[256];
  int names = 0, found = 0;
  while (fgets(line, sizeof(line), f)) {
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\t\r\n")] = '\0';
    names++;
    if (psa_exchange_cmdlet(line)) found++;
    else fprintf(stderr, "%s not found\n", line);
  }
  fclose(f);
  CHECK(names > 900);
  CHECK_INT(found, names);
}

int main(void) {
  test_members();
  test_against_file();
  return psa_test_done("exolist");
}

/* The cmdlet parameter table: lookups, PowerShell's name matching and
 * positional order. Expectations were worked out by hand from
 * analyzer/data/cmdlets.json (5.1 and 7.4 parameters together). */
#include "psauth/cmdtable.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "harness.h"

static const psa_cmd_info *S_cmd(const char *name) { return psa_cmdtable_find(name, strlen(name)); }

/* Matches 'typed' on 'cmd_name' and checks the outcome; want_param NULL means
 * *out must be NULL. */
static void S_match(const char *cmd_name, const char *typed, psa_param_match want,
                    const char *want_param) {
  int before = psa_test_fail_count;
  const psa_cmd_info *cmd = S_cmd(cmd_name);
  CHECK(cmd != NULL);
  static const psa_param_info sentinel = {0};
  const psa_param_info *got = &sentinel;
  psa_param_match m = psa_cmd_match_param(cmd, typed, strlen(typed), &got);
  CHECK_INT(m, want);
  if (want_param) {
    CHECK(got != NULL && got != &sentinel);
    if (got && got != &sentinel) CHECK_STR(got->name, want_param);
  } else {
    CHECK(got == NULL);
  }
  if (psa_test_fail_count != before) fprintf(stderr, "    (matching %s -%s)\n", cmd_name, typed);
}

/* Every prefix of 'word', from one character up: AMBIGUOUS through length
 * 'ambiguous_through', then PREFIX, and EXACT for the whole word. */
static void S_prefixes(const char *cmd_name, const char *word, size_t ambiguous_through,
                       const char *param) {
  char buf[64];
  size_t n = strlen(word);
  CHECK(n < sizeof(buf));
  for (size_t len = 1; len <= n && len < sizeof(buf); len++) {
    memcpy(buf, word, len);
    buf[len] = '\0';
    if (len <= ambiguous_through) S_match(cmd_name, buf, PSA_PARAM_AMBIGUOUS, NULL);
    else if (len < n) S_match(cmd_name, buf, PSA_PARAM_PREFIX, param);
    else S_match(cmd_name, buf, PSA_PARAM_EXACT, param);
  }
}

/* psa_cmd_positionals with 'bound' (NULL-terminated) must give exactly 'want'
 * (NULL-terminated). */
static void S_positionals(const char *cmd_name, const char *const *bound, const char *const *want) {
  int before = psa_test_fail_count;
  size_t nbound = 0, nwant = 0;
  while (bound[nbound]) nbound++;
  while (want[nwant]) nwant++;
  const psa_param_info *out[16] = {0};
  size_t n = psa_cmd_positionals(S_cmd(cmd_name), bound, nbound, out, 16);
  CHECK_INT(n, nwant);
  for (size_t i = 0; i < nwant && i < n && i < 16; i++) CHECK_STR(out[i] ? out[i]->name : NULL, want[i]);
  if (psa_test_fail_count != before) {
    fprintf(stderr, "    (positionals of %s after", cmd_name);
    for (size_t i = 0; i < nbound; i++) fprintf(stderr, " -%s", bound[i]);
    fprintf(stderr, ")\n");
  }
}

static void S_alias(const char *alias, const char *want, bool want_only51) {
  int before = psa_test_fail_count;
  bool only51 = !want_only51;
  const char *got = psa_cmdtable_resolve_alias(alias, strlen(alias), &only51);
  CHECK_STR(got, want);
  CHECK(only51 == want_only51);
  if (psa_test_fail_count != before) fprintf(stderr, "    (alias %s)\n", alias);
}

static void *S_thread(void *arg) {
  (void)arg;
  return (void *)S_cmd("New-PSSession");
}

static void test_first_use_from_threads(void) {
  /* The table is built on first use; racing first uses must all see it. */
  pthread_t th[4];
  for (int i = 0; i < 4; i++) CHECK(pthread_create(&th[i], NULL, S_thread, NULL) == 0);
  for (int i = 0; i < 4; i++) {
    void *r = NULL;
    CHECK(pthread_join(th[i], &r) == 0);
    CHECK(r != NULL && r == (void *)S_cmd("New-PSSession"));
  }
}

static void test_find(void) {
  CHECK(psa_cmdtable_cmd_count() >= 77);
  CHECK(psa_cmdtable_alias_count() >= 192);

  const psa_cmd_info *nsn = S_cmd("New-PSSession");
  CHECK(nsn != NULL);
  CHECK_STR(psa_cmd_name(nsn), "New-PSSession");
  CHECK_STR(psa_cmd_module(nsn), "Microsoft.PowerShell.Core");
  CHECK(S_cmd("new-pssession") == nsn);
  CHECK(S_cmd("NEW-PSSESSION") == nsn);
  CHECK(psa_cmdtable_find("New-PSSessionOption", 13) == nsn); /* counted, not NUL-terminated */
  CHECK(S_cmd("New-PSSessionOption") != NULL && S_cmd("New-PSSessionOption") != nsn);
  CHECK(S_cmd("New-PSSessio") == NULL);
  CHECK(S_cmd("New-PSSessionX") == NULL);
  CHECK(S_cmd("Get-Foo") == NULL);
  CHECK(S_cmd("nsn") == NULL); /* an alias is not a cmdlet name */
  CHECK(psa_cmdtable_find("", 0) == NULL);
  CHECK(psa_cmdtable_find(NULL, 0) == NULL);
  CHECK(S_cmd("Connect-ExchangeOnline") != NULL);
  CHECK(S_cmd("connect-mggraph") != NULL);
  CHECK(S_cmd("Get-AutomationPSCredential") != NULL);

  CHECK_STR(psa_cmd_default_set(nsn), "ComputerName");
  CHECK(psa_cmd_default_set(S_cmd("Get-Mailbox")) == NULL); /* the page marks none */
  CHECK(!psa_cmd_supports_should_process(nsn));
  CHECK(psa_cmd_supports_should_process(S_cmd("Set-Content")));
  const char *const *ca = psa_cmd_aliases(nsn);
  CHECK(ca != NULL && ca[0] != NULL && strcmp(ca[0], "nsn") == 0 && ca[1] == NULL);
  ca = psa_cmd_aliases(S_cmd("Connect-ExchangeOnline"));
  CHECK(ca != NULL && ca[0] == NULL);
  ca = psa_cmd_aliases(S_cmd("Connect-MgGraph"));
  CHECK(ca != NULL && ca[0] != NULL && strcmp(ca[0], "Connect-Graph") == 0);

  /* 5.1 and 7.4 parameters together: 20 in both, 8 in 7.4 only. */
  CHECK_INT(psa_cmd_param_count(nsn), 28);
  CHECK(psa_cmd_param_at(nsn, 28) == NULL);
  bool seen_hostname = false, seen_verbose = false;
  for (size_t i = 0; i < psa_cmd_param_count(nsn); i++) {
    const psa_param_info *p = psa_cmd_param_at(nsn, i);
    CHECK(p != NULL && !p->is_common);
    if (p && strcmp(p->name, "HostName") == 0) seen_hostname = true;
    if (p && strcmp(p->name, "Verbose") == 0) seen_verbose = true;
  }
  CHECK(seen_hostname);
  CHECK(!seen_verbose);
}

static void test_param_info(void) {
  const psa_cmd_info *nsn = S_cmd("New-PSSession");
  const psa_param_info *p = psa_cmd_param(nsn, "computername");
  CHECK(p != NULL);
  if (p) {
    CHECK_STR(p->name, "ComputerName");
    CHECK_STR(p->type, "System.String[]");
    CHECK(p->aliases && p->aliases[0] && strcmp(p->aliases[0], "Cn") == 0 && !p->aliases[1]);
    CHECK(!p->is_switch);
    CHECK(!p->is_common);
    CHECK(!psa_param_takes_remaining(p));
  }
  p = psa_cmd_param(nsn, "AllowRedirection");
  CHECK(p && p->is_switch && p->aliases && !p->aliases[0]);
  p = psa_cmd_param(nsn, "Credential");
  CHECK(p && !p->is_switch && strcmp(p->type, "System.Management.Automation.PSCredential") == 0);
  CHECK(psa_cmd_param(nsn, "Cred") == NULL); /* exact names only */
  CHECK(psa_cmd_param(nsn, "Cn") == NULL);   /* not aliases */
  p = psa_cmd_param(nsn, "Verbose");
  CHECK(p && p->is_common && p->is_switch);
  p = psa_cmd_param(nsn, "ErrorAction");
  CHECK(p && p->is_common && !p->is_switch);
  CHECK(psa_cmd_param(nsn, "WhatIf") == NULL); /* no SupportsShouldProcess */
  CHECK(psa_cmd_param(nsn, "UseTransaction") == NULL);
  p = psa_cmd_param(S_cmd("Set-Content"), "WhatIf");
  CHECK(p && p->is_common && p->is_switch);
  CHECK(psa_cmd_param(S_cmd("ConvertTo-SecureString"), "AsPlainText") &&
        psa_cmd_param(S_cmd("ConvertTo-SecureString"), "AsPlainText")->is_switch);
  p = psa_cmd_param(S_cmd("Write-Host"), "Object");
  CHECK(p && psa_param_takes_remaining(p));
  p = psa_cmd_param(S_cmd("Read-Host"), "Prompt");
  CHECK(p && psa_param_takes_remaining(p));
  /* Added by a binder other than the cmdlet's: not the cmdlet's own. */
  p = psa_cmd_param(S_cmd("Get-Content"), "UseTransaction");
  CHECK(p && p->is_common);
  p = psa_cmd_param(S_cmd("Import-Clixml"), "IncludeTotalCount");
  CHECK(p && p->is_common);
  p = psa_cmd_param(S_cmd("Get-Content"), "Raw");
  CHECK(p && !p->is_common);
  CHECK(psa_cmd_param(NULL, "Credential") == NULL);
}

static void test_match_new_pssession(void) {
  /* New-PSSession's -A*: AllowRedirection, ApplicationName, Authentication. */
  S_prefixes("New-PSSession", "Authentication", 1, "Authentication");
  /* -C*: CertificateThumbprint, ComputerName (alias Cn), ConfigurationName,
   * ConnectionUri (aliases URI, CU), ContainerId, Credential and, in 7.4,
   * ConnectingTimeout. */
  S_prefixes("New-PSSession", "Credential", 1, "Credential");
  S_prefixes("New-PSSession", "ConfigurationName", 3, "ConfigurationName"); /* C Co Con */
  S_prefixes("New-PSSession", "ComputerName", 2, "ComputerName");           /* C Co */
  S_prefixes("New-PSSession", "ContainerId", 3, "ContainerId");             /* C Co Con */
  S_prefixes("New-PSSession", "CertificateThumbprint", 1, "CertificateThumbprint");
  /* ConnectionUri vs 7.4's ConnectingTimeout share "Connecti". */
  S_prefixes("New-PSSession", "ConnectionUri", 8, "ConnectionUri");
  S_prefixes("New-PSSession", "ConnectingTimeout", 8, "ConnectingTimeout");

  S_match("New-PSSession", "auth", PSA_PARAM_PREFIX, "Authentication");
  S_match("New-PSSession", "Au", PSA_PARAM_PREFIX, "Authentication");
  S_match("New-PSSession", "AUTHENTICATION", PSA_PARAM_EXACT, "Authentication");
  S_match("New-PSSession", "aUtHeNtIcAtIoNx", PSA_PARAM_UNKNOWN, NULL);
  S_match("New-PSSession", "Al", PSA_PARAM_PREFIX, "AllowRedirection");
  S_match("New-PSSession", "Ap", PSA_PARAM_PREFIX, "ApplicationName");
  S_match("New-PSSession", "Cn", PSA_PARAM_EXACT, "ComputerName");
  S_match("New-PSSession", "CN", PSA_PARAM_EXACT, "ComputerName");
  S_match("New-PSSession", "CU", PSA_PARAM_EXACT, "ConnectionUri");
  S_match("New-PSSession", "uri", PSA_PARAM_EXACT, "ConnectionUri");
  S_match("New-PSSession", "U", PSA_PARAM_AMBIGUOUS, NULL); /* URI UseSSL UserName UseWindowsPowerShell */
  S_match("New-PSSession", "VMGuid", PSA_PARAM_EXACT, "VMId");
  S_match("New-PSSession", "VMG", PSA_PARAM_PREFIX, "VMId");
  S_match("New-PSSession", "Foo", PSA_PARAM_UNKNOWN, NULL);
  S_match("New-PSSession", "", PSA_PARAM_UNKNOWN, NULL);

  /* -Name:value: one trailing colon is ignored. */
  S_match("New-PSSession", "Credential:", PSA_PARAM_EXACT, "Credential");
  S_match("New-PSSession", "Cred:", PSA_PARAM_PREFIX, "Credential");
  S_match("New-PSSession", "C:", PSA_PARAM_AMBIGUOUS, NULL);
  S_match("New-PSSession", ":", PSA_PARAM_UNKNOWN, NULL);

  /* Counted text: only 'len' bytes count. */
  const psa_param_info *p = NULL;
  CHECK_INT(psa_cmd_match_param(S_cmd("New-PSSession"), "CredentialXYZ", 4, &p), PSA_PARAM_PREFIX);
  CHECK(p && strcmp(p->name, "Credential") == 0);
  CHECK_INT(psa_cmd_match_param(S_cmd("New-PSSession"), "Credential", 10, NULL), PSA_PARAM_EXACT);
  CHECK_INT(psa_cmd_match_param(NULL, "Credential", 10, &p), PSA_PARAM_UNKNOWN);
  CHECK(p == NULL);
}

static void test_match_aliases(void) {
  S_match("Send-MailMessage", "ComputerName", PSA_PARAM_EXACT, "SmtpServer");
  S_match("Send-MailMessage", "computer", PSA_PARAM_PREFIX, "SmtpServer");
  S_match("Send-MailMessage", "SmtpServer", PSA_PARAM_EXACT, "SmtpServer");
  S_match("Send-MailMessage", "sub", PSA_PARAM_EXACT, "Subject");
  S_match("Send-MailMessage", "S", PSA_PARAM_AMBIGUOUS, NULL); /* SmtpServer Subject */
  S_match("Send-MailMessage", "BAH", PSA_PARAM_EXACT, "BodyAsHtml");
  S_match("Send-MailMessage", "Bo", PSA_PARAM_AMBIGUOUS, NULL); /* Body BodyAsHtml */
  S_match("Send-MailMessage", "Body", PSA_PARAM_EXACT, "Body");
  S_match("Send-MailMessage", "PsPath", PSA_PARAM_EXACT, "Attachments");

  S_match("Connect-MgGraph", "Credential", PSA_PARAM_EXACT, "ClientSecretCredential");
  S_match("Connect-MgGraph", "SecretCredential", PSA_PARAM_EXACT, "ClientSecretCredential");
  S_match("Connect-MgGraph", "Cred", PSA_PARAM_PREFIX, "ClientSecretCredential");
  S_match("Connect-MgGraph", "ClientS", PSA_PARAM_PREFIX, "ClientSecretCredential");
  S_match("Connect-MgGraph", "Client", PSA_PARAM_AMBIGUOUS, NULL); /* ClientId ClientSecretCredential ClientTimeout */
  S_match("Connect-MgGraph", "AppId", PSA_PARAM_EXACT, "ClientId");
  S_match("Connect-MgGraph", "MSI", PSA_PARAM_EXACT, "Identity");
  S_match("Connect-MgGraph", "Certificate", PSA_PARAM_EXACT, "Certificate");
  S_match("Connect-MgGraph", "CertificateT", PSA_PARAM_PREFIX, "CertificateThumbprint");
  /* CertificateSubjectName (aliases CertificateSubject, CertificateName). */
  S_match("Connect-MgGraph", "CertificateN", PSA_PARAM_PREFIX, "CertificateSubjectName");
  S_match("Connect-MgGraph", "CertificateS", PSA_PARAM_PREFIX, "CertificateSubjectName");
  S_match("Connect-MgGraph", "Cert", PSA_PARAM_AMBIGUOUS, NULL);

  /* The page gives -Certificate the alias CertificateThumbprint, also a
   * parameter's name: the table drops the alias. */
  S_match("Connect-MicrosoftTeams", "CertificateThumbprint", PSA_PARAM_EXACT, "CertificateThumbprint");
  S_match("Connect-MicrosoftTeams", "CertificateT", PSA_PARAM_PREFIX, "CertificateThumbprint");
  S_match("Connect-MicrosoftTeams", "Certificate", PSA_PARAM_EXACT, "Certificate");
  /* 5.1's -TimeoutSec and 7.4's -ConnectionTimeoutSeconds (alias TimeoutSec). */
  S_match("Invoke-RestMethod", "TimeoutSec", PSA_PARAM_EXACT, "TimeoutSec");
  S_match("Invoke-RestMethod", "Timeout", PSA_PARAM_PREFIX, "TimeoutSec");
  S_match("Invoke-RestMethod", "ConnectionTimeoutSeconds", PSA_PARAM_EXACT, "ConnectionTimeoutSeconds");
  /* -StrictMode is only in the 7.4 page's SYNTAX, not in PowerShell. */
  S_match("Invoke-Command", "StrictMode", PSA_PARAM_UNKNOWN, NULL);
  S_match("Invoke-Command", "Command", PSA_PARAM_EXACT, "ScriptBlock");
  S_match("Write-Host", "Msg", PSA_PARAM_EXACT, "Object");
}

static void test_match_common(void) {
  S_match("New-PSSession", "Verb", PSA_PARAM_PREFIX, "Verbose");
  S_match("New-PSSession", "verbose", PSA_PARAM_EXACT, "Verbose");
  S_match("New-PSSession", "vb", PSA_PARAM_EXACT, "Verbose");
  S_match("New-PSSession", "ErrorA", PSA_PARAM_PREFIX, "ErrorAction");
  S_match("New-PSSession", "ea", PSA_PARAM_EXACT, "ErrorAction");
  S_match("New-PSSession", "Error", PSA_PARAM_AMBIGUOUS, NULL); /* ErrorAction ErrorVariable */
  S_match("New-PSSession", "Er", PSA_PARAM_AMBIGUOUS, NULL);
  S_match("New-PSSession", "Ou", PSA_PARAM_AMBIGUOUS, NULL); /* OutVariable OutBuffer */
  S_match("New-PSSession", "OutB", PSA_PARAM_PREFIX, "OutBuffer");
  S_match("New-PSSession", "Pro", PSA_PARAM_PREFIX, "ProgressAction");
  S_match("New-PSSession", "proga", PSA_PARAM_EXACT, "ProgressAction");
  S_match("New-PSSession", "Pi", PSA_PARAM_PREFIX, "PipelineVariable");
  S_match("New-PSSession", "wa", PSA_PARAM_EXACT, "WarningAction");

  /* Own parameter against common ones: exactly one own wins. */
  S_match("New-PSSession", "E", PSA_PARAM_PREFIX, "EnableNetworkAccess");   /* vs ErrorAction, ErrorVariable */
  S_match("New-PSSession", "I", PSA_PARAM_PREFIX, "KeyFilePath");           /* alias IdentityFilePath vs Information* */
  S_match("New-PSSession", "D", PSA_PARAM_PREFIX, "Debug");                 /* no own -D* */
  S_match("Send-MailMessage", "D", PSA_PARAM_PREFIX, "DeliveryNotificationOption"); /* vs Debug */
  S_match("Send-MailMessage", "De", PSA_PARAM_PREFIX, "DeliveryNotificationOption");
  S_match("Send-MailMessage", "Deb", PSA_PARAM_PREFIX, "Debug");
  S_match("Send-MailMessage", "Pr", PSA_PARAM_PREFIX, "Priority");          /* vs ProgressAction */
  S_match("Connect-MgGraph", "D", PSA_PARAM_PREFIX, "UseDeviceCode");       /* aliases Device*, vs Debug */
  /* Two own ones (VMId, VMName) and a common one: ambiguous. */
  S_match("New-PSSession", "V", PSA_PARAM_AMBIGUOUS, NULL);
  S_match("New-PSSession", "VM", PSA_PARAM_AMBIGUOUS, NULL);
  S_match("Connect-ExchangeOnline", "D", PSA_PARAM_AMBIGUOUS, NULL);

  /* -WhatIf/-Confirm exist only with SupportsShouldProcess. */
  S_match("New-PSSession", "WhatIf", PSA_PARAM_UNKNOWN, NULL);
  S_match("New-PSSession", "wi", PSA_PARAM_UNKNOWN, NULL);
  S_match("New-PSSession", "Confirm", PSA_PARAM_UNKNOWN, NULL);
  S_match("New-PSSession", "W", PSA_PARAM_AMBIGUOUS, NULL); /* WarningAction WarningVariable */
  S_match("Set-Content", "WhatIf", PSA_PARAM_EXACT, "WhatIf");
  S_match("Set-Content", "wi", PSA_PARAM_EXACT, "WhatIf");
  S_match("Set-Content", "Wh", PSA_PARAM_PREFIX, "WhatIf");
  S_match("Set-Content", "cf", PSA_PARAM_EXACT, "Confirm");
  S_match("Set-Content", "Conf", PSA_PARAM_PREFIX, "Confirm");
  S_match("Set-Content", "W", PSA_PARAM_AMBIGUOUS, NULL); /* WarningAction WarningVariable WhatIf */
  S_match("Connect-MicrosoftTeams", "Wh", PSA_PARAM_PREFIX, "WhatIf");

  /* -UseTransaction and paging parameters are not the cmdlet's own. */
  S_match("Get-Content", "usetx", PSA_PARAM_EXACT, "UseTransaction");
  S_match("Get-Content", "UseT", PSA_PARAM_PREFIX, "UseTransaction");
  S_match("Import-Clixml", "I", PSA_PARAM_AMBIGUOUS, NULL); /* IncludeTotalCount Information* */
  S_match("Import-Clixml", "Inc", PSA_PARAM_PREFIX, "IncludeTotalCount");
  S_match("Import-Clixml", "F", PSA_PARAM_PREFIX, "First");
  S_match("Import-Clixml", "Sk", PSA_PARAM_PREFIX, "Skip");
}

static void test_positionals(void) {
  static const char *const none[] = {NULL};

  S_positionals("ConvertTo-SecureString", none, (const char *const[]){"String", "SecureKey", NULL});
  S_positionals("ConvertTo-SecureString", (const char *const[]){"AsPlainText", NULL},
                (const char *const[]){"String", "Force", NULL});
  S_positionals("ConvertTo-SecureString", (const char *const[]){"String", NULL},
                (const char *const[]){"SecureKey", NULL});
  S_positionals("ConvertTo-SecureString", (const char *const[]){"Key", NULL},
                (const char *const[]){"String", NULL});

  S_positionals("New-PSSession", none, (const char *const[]){"ComputerName", NULL});
  S_positionals("New-PSSession", (const char *const[]){"Credential", NULL},
                (const char *const[]){"ComputerName", NULL});
  S_positionals("New-PSSession", (const char *const[]){"AllowRedirection", NULL},
                (const char *const[]){"ConnectionUri", NULL});
  S_positionals("New-PSSession", (const char *const[]){"ConnectionUri", NULL}, none);
  S_positionals("New-PSSession", (const char *const[]){"KeyFilePath", NULL},
                (const char *const[]){"HostName", NULL});
  /* No set holds both. */
  S_positionals("New-PSSession", (const char *const[]){"ConnectionUri", "HostName", NULL}, none);
  /* Names that are not parameters, and common parameters, do not narrow. */
  S_positionals("New-PSSession", (const char *const[]){"Verbose", "NoSuchThing", NULL},
                (const char *const[]){"ComputerName", NULL});

  /* Invoke-Command: the pages put -ScriptBlock at 0 beside -ComputerName,
   * -Session, ...; PowerShell's source has it at 1 there (0 only in
   * InProcess), and the table follows the source. */
  S_positionals("Invoke-Command", none, (const char *const[]){"ScriptBlock", NULL});
  S_positionals("Invoke-Command", (const char *const[]){"CertificateThumbprint", NULL},
                (const char *const[]){"ComputerName", "ScriptBlock", NULL});
  S_positionals("Invoke-Command", (const char *const[]){"JobName", NULL},
                (const char *const[]){"Session", "ScriptBlock", NULL});
  S_positionals("Invoke-Command", (const char *const[]){"AllowRedirection", NULL},
                (const char *const[]){"ConnectionUri", "ScriptBlock", NULL});
  S_positionals("Invoke-Command", (const char *const[]){"ScriptBlock", NULL}, none);
  S_positionals("Invoke-Command", (const char *const[]){"ScriptBlock", "Port", NULL},
                (const char *const[]){"ComputerName", NULL});
  /* Enter-PSSession -Credential: positional only in the VM sets (source). */
  S_positionals("Enter-PSSession", none, (const char *const[]){"ComputerName", NULL});
  S_positionals("Enter-PSSession", (const char *const[]){"VMName", NULL},
                (const char *const[]){"Credential", NULL});
  /* Get-Credential: page says 1, source 0; alone in its set either way. */
  S_positionals("Get-Credential", none, (const char *const[]){"Credential", NULL});
  S_positionals("Get-Credential", (const char *const[]){"Message", NULL},
                (const char *const[]){"UserName", NULL});

  /* ValueFromRemainingArguments parameters are skipped. */
  S_positionals("Write-Host", none, none);
  S_positionals("Read-Host", none, none);

  /* No default set documented: the first set with a positional parameter. */
  S_positionals("Get-Mailbox", none, (const char *const[]){"Identity", NULL});
  S_positionals("Get-Mailbox", (const char *const[]){"Anr", NULL}, none);
  S_positionals("Connect-SPOService", none, (const char *const[]){"Url", "ClientTag", NULL});

  S_positionals("Send-MailMessage", none,
                (const char *const[]){"To", "Subject", "Body", "SmtpServer", NULL});
  S_positionals("Send-MailMessage", (const char *const[]){"subject", NULL},
                (const char *const[]){"To", "Body", "SmtpServer", NULL});
  S_positionals("Connect-MgGraph", none, (const char *const[]){"Scopes", "TenantId", NULL});
  S_positionals("Connect-MgGraph", (const char *const[]){"CertificateThumbprint", NULL},
                (const char *const[]){"ClientId", "CertificateSubjectName", NULL});
  S_positionals("Invoke-RestMethod", none, (const char *const[]){"Uri", NULL});

  /* 'max' bounds what is written, not what is counted. */
  const psa_param_info *out[3] = {NULL, NULL, NULL};
  CHECK_INT(psa_cmd_positionals(S_cmd("Send-MailMessage"), NULL, 0, out, 2), 4);
  CHECK(out[0] && strcmp(out[0]->name, "To") == 0);
  CHECK(out[1] && strcmp(out[1]->name, "Subject") == 0);
  CHECK(out[2] == NULL);
  CHECK_INT(psa_cmd_positionals(S_cmd("Send-MailMessage"), NULL, 0, NULL, 0), 4);
  CHECK_INT(psa_cmd_positionals(NULL, NULL, 0, out, 3), 0);
}

static void test_command_aliases(void) {
  S_alias("nsn", "New-PSSession", false);
  S_alias("NSN", "New-PSSession", false);
  S_alias("ipsn", "Import-PSSession", true);
  S_alias("rsn", "Remove-PSSession", false);
  S_alias("icm", "Invoke-Command", false);
  S_alias("irm", "Invoke-RestMethod", false);
  S_alias("iwr", "Invoke-WebRequest", false);
  S_alias("gc", "Get-Content", false);
  S_alias("ipcsv", "Import-Csv", false);
  S_alias("curl", "Invoke-WebRequest", true);
  S_alias("wget", "Invoke-WebRequest", true);
  S_alias("WGET", "Invoke-WebRequest", true);
  S_alias("iex", "Invoke-Expression", false);
  S_alias("Login-AzAccount", "Connect-AzAccount", false);
  S_alias("connect-graph", "Connect-MgGraph", false);
  S_alias("gci", "Get-ChildItem", false); /* target not in the cmdlet list */

  bool only51 = true;
  CHECK(psa_cmdtable_resolve_alias("New-PSSession", 13, &only51) == NULL);
  CHECK(!only51);
  CHECK(psa_cmdtable_resolve_alias("ns", 2, NULL) == NULL);
  CHECK(psa_cmdtable_resolve_alias("nsnx", 4, NULL) == NULL);
  CHECK(psa_cmdtable_resolve_alias("", 0, NULL) == NULL);
  CHECK_STR(psa_cmdtable_resolve_alias("icmX", 3, NULL), "Invoke-Command");

  /* An alias of a known cmdlet resolves to something psa_cmdtable_find knows. */
  const char *target = psa_cmdtable_resolve_alias("nsn", 3, NULL);
  CHECK(target && psa_cmdtable_find(target, strlen(target)) == S_cmd("New-PSSession"));
}

int main(void) {
  test_first_use_from_threads();
  test_find();
  test_param_info();
  test_match_new_pssession();
  test_match_aliases();
  test_match_common();
  test_positionals();
  test_command_aliases();
  return psa_test_done("cmdtable");
}

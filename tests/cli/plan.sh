#!/bin/sh
# psauth fix --plan and the planner's refusals at the command line.
# Usage: plan.sh PSAUTH SOURCE_DIR
#
#  (a) --plan prints each connection's sign-in mode, target and why, and
#      what goes, and writes nothing;
#  (b) a file where every rewrite is refused (an MSOnline call that needs a
#      person): fix exits 1 (findings remain), never 2, and the file stays;
#  (c) a fix that would leave a variable read with nothing assigning it is
#      dropped and reported by name;
#  (d) a Windows-1252 file whose fixed text is plain ASCII is written;
#  (e) --interactive shows the plan before asking;
#  (f) the plan in the JSON and HTML reports;
#  (g) partner token sessions and kept prompts in the plan;
#  (h) a Send-MailMessage left as it is has a refusal, and so has an
#      SmtpClient send;
#  (i) legacy connections psauth does not rewrite (Connect-SPOnline,
#      New-CsOnlineSession imported with -Prefix) and a connection helper's Connect-MsolService
#      have a refusal with its reason, never silence;
#  (j) a standalone script checking for the old module by name keeps its
#      MSOnline/AzureAD calls, with that reason.
set -u
psauth=$1
src=$2
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
. "$(dirname "$0")/../cli-lib.sh"
cd "$t" || exit 2

# (a)
cat > helper.ps1 <<'PS'
$cred = Get-Credential -UserName 'admin@contoso.com'
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic
Import-PSSession $s | Out-Null
Get-Mailbox -Identity 'someone@contoso.com'
PS
cp helper.ps1 helper.orig
"$psauth" fix --plan --unsafe-fixes helper.ps1 > plan.out 2> plan.err
rc=$?
check "(a) --plan exits 1 when fixes would apply" [ "$rc" = 1 ]
check "(a) the plan names the sign-in mode" grep -q "New-PSSession \[PSA101\]: interactive (a Get-Credential prompt)" plan.out
check "(a) the plan names the target" grep -q -- "-> Connect-ExchangeOnline, delegated (interactive) sign-in" plan.out
check "(a) the plan lists what goes" grep -q "removes or rewrites lines 1, 3" plan.out
check "(a) --plan writes nothing" cmp -s helper.ps1 helper.orig

# (b)
cat > msol.ps1 <<'PS'
Connect-MsolService -Credential (Get-Credential)
Get-MsolUser -All | Select-Object UserPrincipalName, StrongAuthenticationRequirements
PS
cp msol.ps1 msol.orig
"$psauth" fix --unsafe-fixes msol.ps1 > /dev/null 2>&1
rc=$?
check "(b) only refusals: exit 1, not 2" [ "$rc" = 1 ]
check "(b) the refused file is unchanged" cmp -s msol.ps1 msol.orig
"$psauth" fix --plan --unsafe-fixes msol.ps1 > msol.plan 2>/dev/null
check "(b) the refusal says why" grep -q "refused: these calls of the file need a person first: Get-MsolUser on line 2" msol.plan

# (c)
cat > dangling.ps1 <<'PS'
$c = Import-Clixml C:\jobs\exo.xml
if ($Gov) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.us/powershell-liveid/ -Credential $c -Authentication Basic
} else {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic
}
Import-PSSession $s
Write-Output $s
PS
"$psauth" fix --unsafe-fixes dangling.ps1 > /dev/null 2> dangling.err
check "(c) the dropped fix is reported with the variable" grep -q "fix dropped: the result would read \$s with nothing left assigning it" dangling.err
check "(c) the variable is still assigned" grep -q '\$s = New-PSSession' dangling.ps1
# (c2) the same with a global variable reset to $null first: the reset
# assigns nothing the later reads could use
cat > dangling2.ps1 <<'PS'
$global:s = $null
$c = Import-Clixml C:\jobs\exo.xml
if ($Gov) {
    $global:s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.us/powershell-liveid/ -Credential $c -Authentication Basic
} else {
    $global:s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic
}
Import-PSSession $global:s
Write-Output $global:s
PS
"$psauth" fix --unsafe-fixes dangling2.ps1 > /dev/null 2> dangling2.err
check "(c2) a global reset to \$null does not hide the dropped fix" grep -q "fix dropped: the result would read \$s with nothing left assigning it" dangling2.err

# (c3) a global session this file only imports: refused with the reason
"$psauth" fix --plan --unsafe-fixes "$src/tests/cases/plan/plan-global-session-shared/input.ps1" > global.plan 2>/dev/null
check "(c3) a global session is refused: other scripts may read it" grep -q "a global session variable may be read by other scripts" global.plan

# (c4) the session's state read next to a second assignment: refused
cat > state.ps1 <<'PS'
if (!$session -or ($session.State -ne "Opened")) {
    $session = Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Select-Object -First 1
    if (!$session) {
        $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential (Get-Credential) -Authentication Basic -AllowRedirection
        Import-PSSession $session | Out-Null
    }
}
Get-Mailbox
PS
"$psauth" fix --plan --unsafe-fixes state.ps1 > state.plan 2>/dev/null
check "(c4) a script that reads \$session.State is refused" grep -q 'line 1 reads a property of the session (\$session\.' state.plan

# (c5) a connection left as it is has a plan entry: a URI passed in
cat > uri.ps1 <<'PS'
param([string]$Uri, [pscredential]$Credential)
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $Uri -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $s
PS
"$psauth" fix --plan --unsafe-fixes uri.ps1 > uri.plan 2>/dev/null
check "(c5) an unknown host has a refusal in the plan" grep -q "refused: the connection URI's host is not known statically" uri.plan

# (c6) later passes do not print an earlier pass's refusal again
cat > twice.ps1 <<'PS'
$c = Get-Credential
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic -AllowRedirection
Import-PSSession $s
Connect-MsolService -Credential $c
Get-MsolUser -All
PS
"$psauth" fix --plan --unsafe-fixes twice.ps1 > twice.plan 2>/dev/null
check "(c6) a refusal is printed once" [ "$(grep -c 'Connect-MsolService' twice.plan)" = 1 ]
check "(c6) ... with the original line number" grep -q "line 4: Connect-MsolService" twice.plan

# (d)
printf '$pw = ConvertTo-SecureString "Sch\366nwetter1" -AsPlainText -Force\n$c = New-Object System.Management.Automation.PSCredential("svc@contoso.com", $pw)\nConnect-ExchangeOnline -Credential $c\n' > cp1252.ps1
"$psauth" fix --unsafe-fixes cp1252.ps1 > /dev/null 2>&1
rc=$?
check "(d) a Windows-1252 file with an ASCII result: not an error" [ "$rc" != 2 ]
check "(d) ... and written" grep -q "Connect-ExchangeOnline -CertificateThumbprint" cp1252.ps1

# (e)
cp helper.orig review.ps1
printf 'n\n' | "$psauth" fix -i --unsafe-fixes review.ps1 > review.out 2>/dev/null < /dev/null
check "(e) the interactive review starts with the plan" grep -q "New-PSSession \[PSA101\]: interactive" review.out

# (f) the plan is in the JSON and HTML reports, and merge keeps it
"$psauth" scan --no-config --format json review.ps1 > review.json 2>/dev/null
check "(f) JSON: the file's plan names the connection's sign-in mode and target" \
  grep -q '"signIn":[[:space:]]*"interactive"' review.json
check "(f) JSON: the plan entry says what it becomes" grep -q '"target":[[:space:]]*"Connect-ExchangeOnline' review.json
"$psauth" merge --format json review.json > merged.json 2>/dev/null
check "(f) merge keeps the plan" cmp -s review.json merged.json
"$psauth" scan --no-config --format html review.ps1 > review.html 2>/dev/null
check "(f) HTML: the script's rewrite plan is shown" grep -q 'Rewrite plan' review.html
# (g) a partner token session: refused with its reason, the suggestion
#     carries the script's own token and customer expressions; a kept prompt
#     says that its user name signs in
cat > partner.ps1 <<'PS'
param([string]$Customer, [string]$Refresh, [string]$Upn)
$token = New-PartnerAccessToken -ApplicationId 'a0c73c16-a7e3-4564-9a95-2bdf47383716' -RefreshToken $Refresh -Scopes 'https://outlook.office365.com/.default' -Tenant $Customer
$pw = ConvertTo-SecureString "Bearer $($token.AccessToken)" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($Upn, $pw)
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://ps.outlook.com/powershell-liveid?DelegatedOrg=$($Customer)&BasicAuthToOAuthConversion=true" -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s | Out-Null
PS
"$psauth" fix --plan --unsafe-fixes partner.ps1 > partner.plan 2>/dev/null
check "(g) a partner token session is refused with its reason" grep -q "refused: it signs in to a customer tenant with a partner's OAuth token" partner.plan
"$psauth" scan -q partner.ps1 > partner.scan 2>/dev/null
check "(g) ... and the suggestion uses the script's token and customer" \
  grep -q 'Connect-ExchangeOnline -AccessToken $token.AccessToken -DelegatedOrganization $Customer' partner.scan
cat > kept.ps1 <<'PS'
$cred = Get-Credential
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic
Import-PSSession $s | Out-Null
Set-Mailbox -Identity 'it@contoso.com' -AuditEnabled $true
Write-Host "Working as $($cred.UserName)"
$cred | Export-Clixml -Path .\cred.xml
PS
"$psauth" fix --plan --unsafe-fixes kept.ps1 > kept.plan 2>/dev/null
check "(g) a kept prompt: the plan says its user name signs in" grep -q "the Get-Credential prompt stays" kept.plan
# a prompt kept only for its user name asks for the user name alone
sed '$d' kept.ps1 > upn.ps1
"$psauth" fix --plan --unsafe-fixes upn.ps1 > upn.plan 2>/dev/null
check "(g) a prompt read only for its user name becomes a user-name prompt in the plan" \
  grep -q "becomes a Read-Host prompt for the user name (\$AdminUpn)" upn.plan
# (h) a send left as it is says why
cat > mail.ps1 <<'PS'
$cred = Import-Clixml -Path C:\Jobs\smtp.xml
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From a@contoso.com -To b@contoso.com -Subject x -DeliveryNotificationOption Delay
$level = 'High'
if ($args) { $level = $args[0] }
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From a@contoso.com -To b@contoso.com -Subject y -Priority $level
PS
"$psauth" fix --plan --unsafe-fixes mail.ps1 > mail.plan 2>/dev/null
check "(h) an unmapped Send-MailMessage parameter is a refusal with its reason" \
  grep -q "Send-MailMessage \[PSA401\]: refused: -DeliveryNotificationOption Delay has no counterpart" mail.plan
check "(h) a -Priority variable assigned a value not written in the script is a refusal" \
  grep -q "Send-MailMessage \[PSA401\]: refused: -Priority is not High, Normal or Low written in the script" mail.plan
# (h2) an SmtpClient send with a NetworkCredential has a plan line
cat > client.ps1 <<'PS'
$c = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)
$c.EnableSsl = $true
$c.Credentials = New-Object System.Net.NetworkCredential('a@contoso.com', 'x')
$c.Send('a@contoso.com', 'b@contoso.com', 'subject', 'body')
PS
"$psauth" fix --plan --unsafe-fixes client.ps1 > client.plan 2>/dev/null
check "(h2) an SmtpClient send is in the plan with its reason" \
  grep -q "System.Net.Mail.SmtpClient \[PSA403\]: refused: psauth rewrites Send-MailMessage calls, not SmtpClient: move the Send() on line 4" client.plan
# (i)
cat > legacy.ps1 <<'PS'
$creds = Get-Credential
Connect-SPOnline -Url https://contoso.sharepoint.com -Credential $creds
$cs = New-CsOnlineSession -Credential $creds
Import-PSSession $cs -Prefix Sfb | Out-Null
Connect-MsolService -Credential $creds
. .\Next-Steps.ps1
PS
"$psauth" fix --plan --unsafe-fixes legacy.ps1 > legacy.plan 2>/dev/null
check "(i) Connect-SPOnline has a refusal" \
  grep -q "Connect-SPOnline \[PSA206\]: refused: the legacy PnP connection has no exact rewrite" legacy.plan
check "(i) New-CsOnlineSession has a refusal" \
  grep -q "New-CsOnlineSession \[PSA208\]: refused: the Skype for Business Online Connector is retired and Connect-MicrosoftTeams (MicrosoftTeams module) replaces it, loading the Cs\* cmdlets itself; not rewritten here because Import-PSSession on line 4 imports the Cs\* cmdlets with -Prefix" legacy.plan
check "(i) a helper's Connect-MsolService is refused: the scripts after it need MSOnline" \
  grep -q "Connect-MsolService \[PSA202\]: refused: MSOnline was retired in April-May 2025 and this connection no longer works; the file calls none of the module's cmdlets" legacy.plan
# (j) a standalone script that checks for the old module by name keeps its calls, and says why
cat > guard.ps1 <<'PS'
If (!((Get-Module | Select-Object Name) -match "AzureAD*")) { Write-Host "Connect to Azure AD first"; break }
(Get-AzureADUser -ObjectId $upn).DisplayName
PS
"$psauth" fix --plan --unsafe-fixes guard.ps1 > guard.plan 2>/dev/null
check "(j) a module check by name: the calls' refusal names it" \
  grep -q "AzureAD \[PSA205\]: refused: the file does not connect to Microsoft Graph itself and names the MSOnline/AzureAD module in a string" guard.plan
echo "plan: $pass passed, $fail failed"
[ "$fail" = 0 ]

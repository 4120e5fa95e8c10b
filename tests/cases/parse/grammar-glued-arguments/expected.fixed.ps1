# Arguments glued together without a blank: a string and a variable after a
# comma, a string after a method call, two variables in one bare word.
param([switch]$secure, [string]$domain = "@contoso.com")
Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
$mailboxes = Import-Csv .\shared.csv
foreach ($mailbox in $mailboxes) {
    $account = Get-MgUser -UserId $mailbox.UserPrincipalName -Property AccountEnabled, Id, DisplayName, BusinessPhones, GivenName, JobTitle, Mail, MobilePhone, OfficeLocation, PreferredLanguage, Surname, UserPrincipalName
    if ($account.AccountEnabled) {
        Write-Host -ForegroundColor Yellow $mailbox.DisplayName,"["$mailbox.UserPrincipalName"] - sign-in enabled"
        if ($secure) {
            Update-MgUser -UserId $account.Id -AccountEnabled:$false
            Write-Host -ForegroundColor Green "*** SECURED"$mailbox.DisplayName,"["$account.UserPrincipalName"]"
        }
    }
    $size = $mailbox.SizeMB -as [double]
    Write-Host $account.DisplayName,"=",$size.ToString('N0'),"MB"
}
$alias = Read-Host "Alias"
$user = Get-MgUser -UserId $alias$domain -Property DisplayName, Id
Write-Host Found $user.DisplayName for $alias$domain

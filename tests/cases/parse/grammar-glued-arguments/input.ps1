# Arguments glued together without a blank: a string and a variable after a
# comma, a string after a method call, two variables in one bare word.
param([switch]$secure, [string]$domain = "@contoso.com")
Connect-AzureAD
$mailboxes = Import-Csv .\shared.csv
foreach ($mailbox in $mailboxes) {
    $account = Get-AzureADUser -ObjectId $mailbox.UserPrincipalName
    if ($account.AccountEnabled) {
        Write-Host -ForegroundColor Yellow $mailbox.DisplayName,"["$mailbox.UserPrincipalName"] - sign-in enabled"
        if ($secure) {
            Set-AzureADUser -ObjectId $account.ObjectId -AccountEnabled $false
            Write-Host -ForegroundColor Green "*** SECURED"$mailbox.DisplayName,"["$account.UserPrincipalName"]"
        }
    }
    $size = $mailbox.SizeMB -as [double]
    Write-Host $account.DisplayName,"=",$size.ToString('N0'),"MB"
}
$alias = Read-Host "Alias"
$user = Get-AzureADUser -ObjectId $alias$domain
Write-Host Found $user.DisplayName for $alias$domain

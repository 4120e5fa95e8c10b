# A script moved from MSOnline to AzureAD kept its catch for MSOnline exceptions: AzureAD calls throw their own
# ApiException, so that catch never ran for them and their errors went on out of the try. The rewritten calls
# get -ErrorAction Stop, so their errors still stop the try and pass the catch by, as before
param([Parameter(Mandatory)][string]$UserPrincipalName)
Connect-MgGraph -Scopes 'GroupMember.Read.All', 'User.Read.All' -NoWelcome
try {
    $account = Get-MgUser -ErrorAction Stop -UserId $UserPrincipalName -Property DisplayName, Id
    $groups = Get-MgUser -ErrorAction Stop -UserId $UserPrincipalName | ForEach-Object { Get-MgUserMemberOf -UserId $_.Id -ErrorAction Stop }
    Write-Host "$($account.DisplayName) is in $(@($groups).Count) groups"
} catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
    Write-Host "The Office 365 account was not found." -ForegroundColor Red
    return
}

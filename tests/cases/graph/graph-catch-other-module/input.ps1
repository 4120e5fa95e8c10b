# A script moved from MSOnline to AzureAD kept its catch for MSOnline exceptions: AzureAD calls throw their own
# ApiException, so that catch never ran for them and their errors went on out of the try. The rewritten calls
# get -ErrorAction Stop, so their errors still stop the try and pass the catch by, as before
param([Parameter(Mandatory)][string]$UserPrincipalName)
Connect-AzureAD
try {
    $account = Get-AzureADUser -ObjectId $UserPrincipalName
    $groups = Get-AzureADUser -ObjectId $UserPrincipalName | Get-AzureADUserMembership
    Write-Host "$($account.DisplayName) is in $(@($groups).Count) groups"
} catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
    Write-Host "The Office 365 account was not found." -ForegroundColor Red
    return
}

# Catches for MSOnline exceptions around AzureAD calls that the rewrite cannot keep the same: a call with
# -ErrorAction SilentlyContinue (AzureAD threw anyway; Graph would hold the error back), and a catch that also
# lists another type, which AzureAD's errors did reach. Nothing is edited
param([Parameter(Mandatory)][string]$UserPrincipalName)
Connect-AzureAD
try {
    $account = Get-AzureADUser -ObjectId $UserPrincipalName -ErrorAction SilentlyContinue
    Write-Host "$($account.DisplayName) found"
} catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
    Write-Host "The Office 365 account was not found." -ForegroundColor Red
}
try {
    Remove-AzureADUser -ObjectId $UserPrincipalName
} catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException], [System.Exception] {
    Write-Host "The account was not removed." -ForegroundColor Red
}

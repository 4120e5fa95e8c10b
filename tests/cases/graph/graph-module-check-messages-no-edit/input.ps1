# Resets the password profile of the service accounts (AzureAD).
if (-not (Get-Module -ListAvailable -Name AzureAD)) {
    Write-Error "Please run Install-Module AzureAD first."
    return
}
Connect-AzureAD
foreach ($account in Get-AzureADUser -SearchString "svc-") {
    Set-AzureADUserPassword -ObjectId $account.ObjectId -Password (Read-Host -AsSecureString "New password for $($account.UserPrincipalName)")
}

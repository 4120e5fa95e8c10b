# Disabled users, hidden from the address list. Fill in the app registration below.
$connection = @{
    ApplicationID = ''
    TenantID = ''
    CertificateThumbprint = ''
}

Connect-AzureAD @connection
$disabled = Get-AzureADUser -All $true | Where-Object { $_.AccountEnabled -eq $false }
$disabled | Select-Object UserPrincipalName

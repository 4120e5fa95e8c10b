# Disabled users, hidden from the address list. Fill in the app registration below.
$connection = @{
    ApplicationID = ''
    TenantID = ''
    CertificateThumbprint = ''
}

Connect-MgGraph -ClientId $connection.ApplicationID -TenantId $connection.TenantID -CertificateThumbprint $connection.CertificateThumbprint
$disabled = Get-MgUser -All -Property AccountEnabled, UserPrincipalName, Id | Where-Object { $_.AccountEnabled -eq $false }
$disabled | Select-Object UserPrincipalName

# Exports every user for the profile wizard; signs in when needed.
$TempFile = Join-Path $env:TEMP 'users.csv'
try
{
    Get-MgUser -ErrorAction Stop -All -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName | Export-Csv -Path $TempFile -NoTypeInformation
}
catch
{
    # Connect to Azure AD. This shows a prompt.
    Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome | Out-Null
    Get-MgUser -All -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName | Export-Csv -Path $TempFile -NoTypeInformation
}
Write-Host "Users written to $TempFile"

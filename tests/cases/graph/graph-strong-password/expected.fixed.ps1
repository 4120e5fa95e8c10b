# -StrongPasswordRequired: Graph keeps it as DisableStrongPassword in the user's PasswordPolicies,
# next to DisablePasswordExpiration; the helper sets or clears that one policy and keeps the others
# psauth: Graph keeps MSOnline's password settings in the user's PasswordPolicies string
# ('DisablePasswordExpiration, DisableStrongPassword' or 'None'); this reads it and gives it
# back with one policy set or cleared and the others kept.
function ConvertTo-GraphPasswordPolicies([string]$UserId, [string]$Policy, [bool]$On) {
    $now = (Get-MgUser -UserId $UserId -Property PasswordPolicies).PasswordPolicies
    $policies = @("$now" -split ',' | ForEach-Object { $_.Trim() } |
        Where-Object { $_ -and $_ -ne 'None' -and $_ -ne $Policy })
    if ($On) { $policies += $Policy }
    if ($policies) { $policies -join ', ' } else { 'None' }
}

Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$upn = 'adele@contoso.com'
Update-MgUser -UserId $upn -PasswordPolicies (ConvertTo-GraphPasswordPolicies $upn 'DisableStrongPassword' $true)
Update-MgUser -UserId 'megan@contoso.com' -PasswordPolicies (ConvertTo-GraphPasswordPolicies 'megan@contoso.com' 'DisableStrongPassword' $false)
Get-MgUser -UserId $upn -Property UserPrincipalName, PasswordPolicies, Id | Select-Object 'UserPrincipalName', @{Name = 'StrongPasswordRequired'; Expression = {($_.PasswordPolicies -notmatch 'DisableStrongPassword')}}

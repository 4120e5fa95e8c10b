# New starter: the account is named by a string built from variables only, which the password
# policy helper may evaluate a second time to the same text
param(
    [Parameter(Mandatory)][string]$Alias,
    [string]$Domain = 'contoso.com'
)
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
Update-MgUser -UserId "$Alias@$Domain" -PasswordPolicies (ConvertTo-GraphPasswordPolicies "$Alias@$Domain" 'DisableStrongPassword' $false)
Write-Output "Strong passwords required for $Alias@$Domain"

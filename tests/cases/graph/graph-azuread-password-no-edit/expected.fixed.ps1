# Set-AzureADUserPassword without -ForceChangePasswordNextLogin (AzureAD documented no default), and with -EnforceChangePasswordPolicy: nothing is edited
Connect-AzureAD
$secure = Read-Host -AsSecureString -Prompt "New password"
Set-AzureADUserPassword -ObjectId "adele@contoso.com" -Password $secure
Set-AzureADUserPassword -ObjectId "alex@contoso.com" -Password $secure -ForceChangePasswordNextLogin $true -EnforceChangePasswordPolicy $true

# Opens the tenant sessions the team's other scripts use, then saves a
# list of the guest accounts for the weekly check.
$adminCred = Get-Credential -Message "Tenant administrator"

$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $adminCred -Authentication Basic -AllowRedirection
Import-PSSession $exo -DisableNameChecking

Connect-MsolService -Credential $adminCred
Get-MsolUser -All | Where-Object { $_.UserType -eq "Guest" } | Select-Object UserPrincipalName, DisplayName | Out-File .\guests.txt

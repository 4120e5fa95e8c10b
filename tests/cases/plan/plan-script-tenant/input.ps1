# Nightly clean-up of a numbered lab tenant: .\LabCleanup.ps1 -Lab 7 works in lab7.onmicrosoft.com.
param([Parameter(Mandatory)][int]$Lab)

$labDomain = "lab" + $Lab + ".onmicrosoft.com"
$adminUpn = "admin@" + $labDomain
$password = Get-Content -Path "D:\lab\admin.txt" | ConvertTo-SecureString
$labCred = New-Object System.Management.Automation.PSCredential($adminUpn, $password)

$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $labCred -Authentication Basic -AllowRedirection
Import-PSSession $exo -DisableNameChecking | Out-Null
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Name -like 'test-*' } | Remove-Mailbox -Confirm:$false
Remove-PSSession $exo

<#
.SYNOPSIS
Exports the members of every distribution group.
Run with -Scheduled from Task Scheduler (reads the saved service account),
or interactively (prompts for an admin account).
#>
param (
    [switch]$Scheduled,
    [PSCredential]$AdminCredential
)

function Connect-ExchangeSession {
    param ([PSCredential]$Cred)
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Cred -Authentication Basic -AllowRedirection
    Import-PSSession $session -DisableNameChecking | Out-Null
}

if ($Scheduled) {
    $password = Get-Content "C:\Scripts\svc-exo.txt" | ConvertTo-SecureString
    $svcCred = New-Object System.Management.Automation.PSCredential ("svc-exo@contoso.com", $password)
    Connect-ExchangeSession -Cred $svcCred
} elseif ($AdminCredential) {
    Connect-ExchangeSession -Cred $AdminCredential
} else {
    Connect-ExchangeSession -Cred (Get-Credential -Message "Exchange Online admin")
}

Get-DistributionGroup -ResultSize Unlimited | ForEach-Object {
    $group = $_
    Get-DistributionGroupMember -Identity $group.Identity | Select-Object @{n='Group';e={$group.DisplayName}}, PrimarySmtpAddress
} | Export-Csv -Path "C:\Reports\DLMembers.csv" -NoTypeInformation

<#
.SYNOPSIS
    Reports the mailbox sizes of every user mailbox in the tenant.
.PARAMETER AdminUser
    The administrator account used to connect.
.PARAMETER AdminPassword
    The administrator's password.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$AdminUser,
    [Parameter(Mandatory = $true)]
    [string]$AdminPassword
)

$ReportPath = Join-Path $PSScriptRoot 'MailboxSizes.csv'

$secure = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential($AdminUser, $secure)
$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $credential -Authentication Basic -AllowRedirection
Import-PSSession $exo -DisableNameChecking | Out-Null

$mailboxes = Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox | Select-Object UserPrincipalName, DisplayName
$rows = foreach ($mbx in $mailboxes) {
    $stats = Get-MailboxStatistics -Identity $mbx.UserPrincipalName
    [pscustomobject]@{
        User  = $mbx.UserPrincipalName
        Name  = $mbx.DisplayName
        Size  = $stats.TotalItemSize
    }
}
$rows | Export-Csv -Path $ReportPath -NoTypeInformation
Write-Output "Report for $AdminUser's tenant written to $ReportPath"

Remove-PSSession $exo

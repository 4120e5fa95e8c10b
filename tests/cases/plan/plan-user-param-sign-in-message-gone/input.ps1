<#
.SYNOPSIS
    Nightly export of mailbox sizes for the capacity report.
.PARAMETER UserName
    Exchange Online administrator account.
.PARAMETER Password
    Its password.
.EXAMPLE
    .\Export-MailboxSizes.ps1 -UserName admin@contoso.onmicrosoft.com -Password 'P@ssw0rd'
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$UserName,
    [Parameter(Mandatory = $true)]
    [string]$Password,
    [string]$OutFile = "C:\Reports\MailboxSizes.csv"
)

Write-Output "Signing in to Exchange Online as $UserName"
$secure = ConvertTo-SecureString $Password -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential($UserName, $secure)
Connect-ExchangeOnline -Credential $credential -ShowBanner:$false

Get-EXOMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics |
    Select-Object DisplayName, TotalItemSize, ItemCount |
    Export-Csv -Path $OutFile -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
Write-Output "Mailbox sizes written to $OutFile"

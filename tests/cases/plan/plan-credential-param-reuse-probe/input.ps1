<#
.SYNOPSIS
    Applies the Sales retention policy to the department's mailboxes (Azure Automation, daily schedule).
.PARAMETER Credential
    Credential of the Exchange administrator; asked for when not given.
.PARAMETER Department
    The department whose mailboxes get the policy.
#>
param(
    [Parameter(Mandatory = $true)]
    [PSCredential]$Credential,
    [string]$Department = 'Sales'
)
$Policy = Get-AutomationVariable -Name 'SalesRetentionPolicy'
if (-not $Credential) {
    Write-Warning "No credential given, asking for one"
    $Credential = Get-Credential
}

Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
Get-EXOMailbox -Filter "Department -eq '$Department'" -ResultSize Unlimited |
    ForEach-Object { Set-Mailbox -Identity $_.UserPrincipalName -RetentionPolicy $Policy }
Disconnect-ExchangeOnline -Confirm:$false

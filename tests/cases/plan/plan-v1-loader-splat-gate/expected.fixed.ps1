<#
.SYNOPSIS
    Lists the mailboxes that forward mail outside the company.
.PARAMETER MFA
    Sign in with the Exchange Online MFA module instead of a stored credential.
#>
param (
    [switch] $MFA,
    [string] $AdminUpn = "helpdesk@northwind.com"
)

if ($MFA) {
    $exoScript = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1
    if (-not $exoScript) {
        Write-Error "ExchangeOnlineManagement module not found, install it from the Exchange admin center"
        return
    }
    Import-Module ExchangeOnlineManagement
    Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false
}

Get-Mailbox -ResultSize Unlimited |
    Where-Object { $_.ForwardingSmtpAddress -and $_.ForwardingSmtpAddress -notlike "*@northwind.com" } |
    Select-Object DisplayName, ForwardingSmtpAddress

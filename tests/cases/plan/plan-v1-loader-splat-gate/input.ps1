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
    $search = @{
        Path        = "$env:LOCALAPPDATA\Apps\2.0\"
        Filter      = 'CreateExoPSSession.ps1'
        Recurse     = $true
        ErrorAction = 'SilentlyContinue'
    }
    $exoScript = Get-ChildItem @search | Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $exoScript) {
        Write-Error "Exchange Online MFA module not found, install it from the Exchange admin center"
        return
    }
    . $exoScript.FullName
    Connect-EXOPSSession -UserPrincipalName $AdminUpn
}

Get-Mailbox -ResultSize Unlimited |
    Where-Object { $_.ForwardingSmtpAddress -and $_.ForwardingSmtpAddress -notlike "*@northwind.com" } |
    Select-Object DisplayName, ForwardingSmtpAddress

<#
.SYNOPSIS
  Exports inbox rules that forward mail outside the organization.
.EXAMPLE
  .\Get-ForwardingRules.ps1 -Organization contoso.onmicrosoft.com -ClientId <id> -CertificateThumbprint <t>
#>
param (
    [Parameter(Mandatory = $false)]
    [string]$UserName,
    [string]$Password,
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint,
    [switch]$IncludeDisabled
)

function Connect-Exo {
    Write-Host 'Connecting to Exchange Online...'
    # Non-MFA account: the credential can be passed as parameters for scheduling
    if (($UserName -ne '') -and ($Password -ne '')) {
        $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
        $Credential = New-Object System.Management.Automation.PSCredential $UserName, $SecuredPassword
        Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
    }
    elseif ($Organization -ne '' -and $ClientId -ne '' -and $CertificateThumbprint -ne '') {
        Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
    }
    else {
        Connect-ExchangeOnline -ShowBanner:$false
    }
}

Connect-Exo
Get-EXOMailbox -ResultSize Unlimited | ForEach-Object {
    Get-InboxRule -Mailbox $_.UserPrincipalName | Where-Object { $_.ForwardTo -or $_.RedirectTo }
} | Export-Csv .\ForwardingRules.csv -NoTypeInformation

<#
.SYNOPSIS
    Exports the mailboxes that have litigation hold enabled.
.EXAMPLE
    .\Export-HoldMailboxes.ps1 -UserName admin@contoso.com -Password 'P@ss'
#>
param(
    [string]$Organization,
    [string]$ClientId = "",
    [string]$CertificateThumbprint = "",
    [string]$OutFile = ".\HoldMailboxes.csv"
)

function Open-ExchangeConnection {
    # For scheduled runs, pass an Entra ID app's certificate instead: -Organization, -ClientId and -CertificateThumbprint
    if (($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne "")) {
        Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
    }
    else {
        Connect-ExchangeOnline -ShowBanner:$false
    }
}

Open-ExchangeConnection
Get-EXOMailbox -ResultSize Unlimited -Filter "LitigationHoldEnabled -eq `$true" -Properties LitigationHoldDate |
    Select-Object DisplayName, PrimarySmtpAddress, LitigationHoldDate |
    Export-Csv $OutFile -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false

<#
.SYNOPSIS
    Starts a compliance search for the incident-response integration and prints its name as JSON.
.EXAMPLE
    .\input.ps1 -Organization "<tenant>.onmicrosoft.com" -ClientId "<app-id>" -CertificateThumbprint "<certificate-thumbprint>" -Query 'subject:"invoice"'
#>
[CmdletBinding()]
Param(
    [Parameter(Mandatory = $true)]
    [string]$Organization,
    [Parameter(Mandatory = $true)]
    [string]$ClientId,

    [Parameter(Mandatory = $true)]
    [string]$CertificateThumbprint,

    [Parameter(Mandatory = $true)]
    [string]$Query
)

$WarningPreference = "SilentlyContinue"

$searchName = "IncidentSearch" + ([guid]::NewGuid().ToString() -replace '-')

Connect-IPPSSession -CertificateThumbprint $CertificateThumbprint -AppId $ClientId -Organization $Organization -CommandName *Compliance* -ShowBanner:$false | Out-Null

New-ComplianceSearch -Name $searchName -ExchangeLocation All -ContentMatchQuery $Query | Out-Null
Start-ComplianceSearch -Identity $searchName

@{ search = $searchName } | ConvertTo-Json

Disconnect-ExchangeOnline -Confirm:$false

<#
.SYNOPSIS
    Starts a compliance search for the incident-response integration and prints its name as JSON.
.EXAMPLE
    .\input.ps1 -UserName ir-bot@contoso.onmicrosoft.com -Password $secret -Query 'subject:"invoice"'
#>
[CmdletBinding()]
Param(
    [Parameter(Mandatory = $true)]
    [string]$UserName,

    [Parameter(Mandatory = $true)]
    [string]$Password,

    [Parameter(Mandatory = $true)]
    [string]$Query
)

$WarningPreference = "SilentlyContinue"
$securePassword = ConvertTo-SecureString $Password -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ($UserName, $securePassword)

$searchName = "IncidentSearch" + ([guid]::NewGuid().ToString() -replace '-')

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $credential -Authentication Basic -AllowRedirection
Import-PSSession $session -CommandName *Compliance* -AllowClobber -DisableNameChecking | Out-Null

New-ComplianceSearch -Name $searchName -ExchangeLocation All -ContentMatchQuery $Query | Out-Null
Start-ComplianceSearch -Identity $searchName

@{ search = $searchName } | ConvertTo-Json

Remove-PSSession $session

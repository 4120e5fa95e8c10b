# Connect.ps1 - dot-source from the admin profile, then: Connect-Tenant -Upn admin@fabrikam.onmicrosoft.com
function Connect-Tenant {
    param (
        [Parameter(Mandatory = $true)]
        [string] $Upn,
        [switch] $Compliance
    )
    if (-not (Get-Command Connect-ExchangeOnline -ErrorAction SilentlyContinue)) {
        Import-Module ExchangeOnlineManagement
    }
    if ($Compliance) {
        Connect-IPPSSession -UserPrincipalName $Upn | Out-Null
        Write-Host "Connected to Security & Compliance as $Upn"
    }
    else {
        Connect-ExchangeOnline -UserPrincipalName $Upn -ShowBanner:$false
        Write-Host "Connected to Exchange Online as $Upn"
    }
}

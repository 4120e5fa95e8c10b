# Connect.ps1 - dot-source from the admin profile, then: Connect-Tenant -Upn admin@fabrikam.onmicrosoft.com
function Connect-Tenant {
    param (
        [Parameter(Mandatory = $true)]
        [string] $Upn,
        [switch] $Compliance
    )
    if (-not (Get-Command Connect-EXOPSSession -ErrorAction SilentlyContinue)) {
        $clickOnce = Get-ChildItem -Path "$env:LOCALAPPDATA\Apps\2.0\" -Filter CreateExoPSSession.ps1 -Recurse | Select-Object -First 1
        . "$($clickOnce.DirectoryName)\CreateExoPSSession.ps1"
    }
    if ($Compliance) {
        Import-Module (Connect-IPPSSession -UserPrincipalName $Upn) -DisableNameChecking | Out-Null
        Write-Host "Connected to Security & Compliance as $Upn"
    }
    else {
        Connect-EXOPSSession -UserPrincipalName $Upn
        Write-Host "Connected to Exchange Online as $Upn"
    }
}

<#
    Helpdesk module: connects the admin tools this console needs.
    Import with: Import-Module .\HelpdeskTools.psm1
#>

function Connect-HelpdeskAD {
    Import-Module ActiveDirectory -Global
}

function Connect-HelpdeskExchange {
    param (
        [Parameter(Mandatory)]
        [string] $AdminUpn
    )
    try {
        $exoDir = Split-Path -Parent (Get-ChildItem -Path "$env:LOCALAPPDATA\Apps\2.0" -Filter CreateExoPSSession.ps1 -Recurse | Select-Object -First 1).FullName
        $exoDll = Join-Path $exoDir 'Microsoft.Exchange.Management.ExoPowershellModule.dll'
        $exoLoader = "$exoDir\CreateExoPSSession.ps1"
        Import-Module $exoDll -Global -ErrorAction Stop
        . $exoLoader
        $session = New-ExoPSSession -UserPrincipalName $AdminUpn
        Import-Module (Import-PSSession $session -AllowClobber -DisableNameChecking) -Global | Out-Null
        Write-Host "Connected to Exchange Online as $AdminUpn" -ForegroundColor Green
    }
    catch {
        Write-Warning "Exchange Online connection failed: $($_.Exception.Message)"
    }
}

Export-ModuleMember -Function Connect-HelpdeskAD, Connect-HelpdeskExchange

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
        Import-Module ExchangeOnlineManagement -Global
        Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false
        Write-Host "Connected to Exchange Online as $AdminUpn" -ForegroundColor Green
    }
    catch {
        Write-Warning "Exchange Online connection failed: $($_.Exception.Message)"
    }
}

Export-ModuleMember -Function Connect-HelpdeskAD, Connect-HelpdeskExchange

<#
.SYNOPSIS
Lists the members of every distribution group with their primary SMTP address.
Sign in with an MFA-enabled admin account.
#>
param(
    [string]$OutputFile = ".\DistributionGroupMembers_$((Get-Date -Format yyyy-MM-dd)).csv"
)

#Check for the ExchangeOnlineManagement module
$ExoModule = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1
if ($ExoModule -eq $null)
{
    Write-Host "`nThe ExchangeOnlineManagement module is not installed." -ForegroundColor Yellow
    $Answer = Read-Host Install the ExchangeOnlineManagement Module now? [Y] Yes [N] No
    if ($Answer -match "[yY]")
    {
        Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser
        Read-Host "Press Enter once the installation has finished"
        $ExoModule = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1
        if ($ExoModule -eq $null)
        {
            Write-Host ExchangeOnlineManagement module is still not available -ForegroundColor Red
            Exit
        }
    }
    else
    {
        Write-Host "See https://contoso.example/it/exchange-powershell for the installation steps."
        Exit
    }
}

#Importing ExchangeOnlineManagement Module
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -WarningAction SilentlyContinue -ShowBanner:$false
Write-Host "Connected with the ExchangeOnlineManagement module" -ForegroundColor Green

$Results = foreach ($Group in Get-DistributionGroup -ResultSize Unlimited)
{
    foreach ($Member in Get-DistributionGroupMember -Identity $Group.Identity -ResultSize Unlimited)
    {
        [PSCustomObject]@{
            Group  = $Group.DisplayName
            Member = $Member.DisplayName
            Email  = $Member.PrimarySmtpAddress
        }
    }
}
$Results | Export-Csv -Path $OutputFile -NoTypeInformation
Write-Host "Report saved to $OutputFile"

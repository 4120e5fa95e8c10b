<#
.SYNOPSIS
Lists the members of every distribution group with their primary SMTP address.
Sign in with an MFA-enabled admin account.
#>
param(
    [string]$OutputFile = ".\DistributionGroupMembers_$((Get-Date -Format yyyy-MM-dd)).csv"
)

#Check for the EXO MFA module
$ExoModule = ((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1)
if ($ExoModule -eq $null)
{
    Write-Host "`nThe Exchange Online MFA module is not installed." -ForegroundColor Yellow
    $Answer = Read-Host Install the Exchange Online MFA Module now? [Y] Yes [N] No
    if ($Answer -match "[yY]")
    {
        Start-Process "iexplore.exe" "https://cmdletpswmodule.blob.core.windows.net/exopsmodule/Microsoft.Online.CSE.PSModule.Client.application"
        Read-Host "Press Enter once the installation has finished"
        $ExoModule = ((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1)
        if ($ExoModule -eq $null)
        {
            Write-Host Exchange Online MFA module is still not available -ForegroundColor Red
            Exit
        }
    }
    else
    {
        Write-Host "See https://contoso.example/it/exchange-powershell for the installation steps."
        Exit
    }
}

#Importing Exchange MFA Module
. "$ExoModule"
Connect-EXOPSSession -PSSessionOption (New-PSSessionOption -IdleTimeout 3600000) -WarningAction SilentlyContinue
Write-Host "Connected with the Exchange Online MFA module" -ForegroundColor Green

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

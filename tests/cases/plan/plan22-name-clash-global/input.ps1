<#
  Profile helper: Connect-ExchangeOnline for the admin console.
  Dot-source it from $PROFILE; it replaces the module's command of the same name.
#>
function Global:Connect-ExchangeOnline {
    [CmdletBinding()]
    param (
        [switch]$Quiet
    )

    $adminCred = Get-Credential -Message 'Exchange Online administrator'
    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://outlook.office365.com/powershell-liveid/' -Credential $adminCred -Authentication Basic -AllowRedirection
    Import-Module (Import-PSSession $exo -AllowClobber -DisableNameChecking) -Global
    if (-not $Quiet) {
        Write-Host 'Connected to Exchange Online' -ForegroundColor Green
    }
}

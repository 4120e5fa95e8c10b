# Connect-Exo.ps1 - used by the tenant scripts of the support team:
#   . .\Connect-Exo.ps1 -Mfa -Upn admin@litware.com
#   . .\Connect-Exo.ps1 -Credential $svcCred
param (
    [switch] $Mfa,
    [string] $Upn,
    [pscredential] $Credential
)

if ($Mfa) {
    Connect-ExchangeOnline -UserPrincipalName $Upn
    if (Get-ConnectionInformation) {
        Write-Host "Connected to Exchange Online (MFA)" -ForegroundColor Green
    }
}
else {
    $exoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/?DelegatedOrg=$Upn" -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $exoSession -DisableNameChecking | Out-Null
    if (Get-PSSession | Where-Object { $_.ConfigurationName -like '*Exchange*' }) {
        Write-Host "Connected to Exchange Online" -ForegroundColor Green
    }
}

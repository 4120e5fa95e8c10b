# PartnerTools.ps1 - helpers for our own tenant and for customer tenants
$AdminCred = Get-Credential -Message "Partner admin"
$CustomerUris = Import-PowerShellDataFile "$PSScriptRoot\customers.psd1"

function Connect-OwnTenant {
    Get-PSSession | Remove-PSSession
    $own = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
    Import-PSSession $own -AllowClobber | Out-Null
}

function Connect-CustomerTenant {
    param([string]$ConnectionUri)
    Get-PSSession | Remove-PSSession
    $customer = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $ConnectionUri -Credential $AdminCred -Authentication Basic -AllowRedirection
    Import-PSSession $customer -AllowClobber | Out-Null
}

Connect-OwnTenant
Get-Mailbox -ResultSize 10 | Format-Table DisplayName, PrimarySmtpAddress
Connect-CustomerTenant -ConnectionUri $CustomerUris['fabrikam']
Get-Mailbox -ResultSize 10 | Format-Table DisplayName, PrimarySmtpAddress

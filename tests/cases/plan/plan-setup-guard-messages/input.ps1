# Nightly: forwarders report for the Exchange team
$CredPath = "C:\Scripts\Credentials\exo-report.xml"

if (-not (Test-Path -Path $CredPath)) {
    Write-Warning "Credential file not found, creating it"
    Get-Credential -Message "Exchange Online report account" | Export-Clixml -Path $CredPath
    Write-Host "Saved to $CredPath"
}
$Cred = Import-Clixml -Path $CredPath

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Cred -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null

Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, PrimarySmtpAddress, ForwardingSmtpAddress |
    Export-Csv "C:\Scripts\Reports\forwarders.csv" -NoTypeInformation

Remove-PSSession $Session

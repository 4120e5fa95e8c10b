# Nightly export of the shared mailbox sizes; the first run asks for the
# account and saves it next to the script.
$CredFile = "$PSScriptRoot\exo-report.xml"
if (Test-Path $CredFile) {
    $ReportCred = Import-Clixml -Path $CredFile
}
else {
    $ReportCred = Get-Credential -Message "Reporting account"
    $ReportCred | Export-Clixml -Path $CredFile
}

$Exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $ReportCred -Authentication Basic -AllowRedirection
Import-PSSession $Exo | Out-Null
Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize | Export-Csv "$PSScriptRoot\shared-sizes.csv" -NoTypeInformation
Remove-PSSession $Exo

$cred = Get-Credential -Message "Exchange Online admin"
$result = Invoke-Command -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -ConfigurationName Microsoft.Exchange -Credential $cred -Authentication Basic -AllowRedirection -ScriptBlock {
    Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress
}
$result | Export-Csv .\shared-mailboxes.csv -NoTypeInformation

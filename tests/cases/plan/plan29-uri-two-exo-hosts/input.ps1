# Weekly mailbox size report (runs from the admin's desktop)
$UserCredential = Get-Credential

if ($env:USERDNSDOMAIN -like '*legacy*') {
    $ExoUrl = 'https://ps.outlook.com/powershell/'
} else {
    $ExoUrl = 'https://outlook.office365.com/powershell-liveid/'
}

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $ExoUrl -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking

Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics |
    Select-Object DisplayName, TotalItemSize |
    Export-Csv .\MailboxSizes.csv -NoTypeInformation

Remove-PSSession $Session

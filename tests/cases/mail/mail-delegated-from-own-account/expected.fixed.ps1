# Mails the weekly licence report from the operator's own mailbox: the person
# who runs it types their sign-in address, then their password.
param([string]$ReportTo = "it-team@contoso.com")

$report = Get-Content -Path .\licences.html -Raw
$upn = Read-Host "Your sign-in address"
# TODO(psauth): the signed-in user needs the Mail.Send permission
Connect-MgGraph -Scopes Mail.Send -NoWelcome
Send-MgUserMail -UserId $upn -BodyParameter @{
    message = @{
        subject = "Licence report"
        body = @{ contentType = 'HTML'; content = $report }
        toRecipients = @($ReportTo | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

<#
.SYNOPSIS
    Mails the daily mailbox-size report to the messaging team.

.DESCRIPTION
    Picks up the newest CSV produced by the mailbox report job, builds a small
    HTML summary and sends it through Exchange Online SMTP client submission.
    If Send-MailMessage fails (it has on the Server 2012 R2 box), the script
    falls back to System.Net.Mail.SmtpClient directly.

.PARAMETER CredentialFile
    Clixml file made with: Get-Credential | Export-Clixml <file>
#>
param(
    [string]$ReportFolder = 'C:\Reports\Exchange',
    [string]$CredentialFile = 'C:\Scripts\Creds\smtp-reports.xml',
    [string[]]$Recipients = @('messaging-team@contoso.com', 'it-ops@contoso.com')
)

$cred = Import-Clixml -Path $CredentialFile
$from = 'reports@contoso.com'

$latest = Get-ChildItem -Path $ReportFolder -Filter 'MailboxSizes_*.csv' |
    Sort-Object LastWriteTime -Descending | Select-Object -First 1
if (-not $latest) {
    Write-Host "No report found in $ReportFolder" -ForegroundColor Yellow
    return
}

$rows = Import-Csv -Path $latest.FullName
$top = $rows | Sort-Object { [double]$_.SizeGB } -Descending | Select-Object -First 10
$html = $top | ConvertTo-Html -Fragment -Property DisplayName, PrimarySmtp, SizeGB, LastLogonTime | Out-String
$body = "<p>Mailboxes in report: $($rows.Count)</p><h3>Ten largest</h3>$html"
$subject = "Mailbox size report $(Get-Date -Format 'dd MMM yyyy')"

try {
    Write-Host "Sending $($latest.Name) to $($Recipients -join ', ')"
    Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
        -From $from -To $Recipients -Subject $subject -Body $body -BodyAsHtml `
        -Attachments $latest.FullName -ErrorAction Stop
}
catch {
    Write-Host "Send-MailMessage failed ($($_.Exception.Message)); trying SmtpClient" -ForegroundColor Yellow
    $user = $cred.UserName
    $pass = $cred.GetNetworkCredential().Password

    $message = New-Object System.Net.Mail.MailMessage
    $message.From = $from
    foreach ($r in $Recipients) { $message.To.Add($r) }
    $message.Subject = $subject
    $message.Body = $body
    $message.IsBodyHtml = $true
    $message.Attachments.Add((New-Object System.Net.Mail.Attachment($latest.FullName)))

    $smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
    $smtp.EnableSsl = $true
    $smtp.Credentials = New-Object System.Net.NetworkCredential($user, $pass)
    try {
        $smtp.Send($message)
        Write-Host 'Sent via SmtpClient' -ForegroundColor Green
    }
    finally {
        $message.Dispose()
        $smtp.Dispose()
    }
}

param(
    [string]$SMTPServer,
    [int]$SMTPPort = 587,
    [string]$Username,
    [string]$Password,
    [string]$To
)
$secure = ConvertTo-SecureString $Password -AsPlainText -Force
$creds = New-Object System.Management.Automation.PSCredential ($Username, $secure)
Send-MailMessage -From $Username -To $To -Subject 'Server health report' -Body (Get-Content .\health.txt -Raw) -SmtpServer $SMTPServer -Port $SMTPPort -UseSsl -Credential $creds

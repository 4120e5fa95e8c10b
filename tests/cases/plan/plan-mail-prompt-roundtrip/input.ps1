# Sends a test message with an attachment so that a new mailbox has some content.
param(
    [Parameter(Mandatory = $true)][string]$Sender,
    [Parameter(Mandatory = $true)][string]$Recipient,
    [Parameter(Mandatory = $true)][string]$Attachment
)

$stored = Read-Host "Password for $Sender" -AsSecureString | ConvertFrom-SecureString
$credential = New-Object System.Management.Automation.PSCredential -ArgumentList $Sender, ($stored | ConvertTo-SecureString)

Send-MailMessage -From $Sender -To $Recipient -Subject 'Seed message' -Body 'Seed content for the new mailbox.' -Attachments $Attachment -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $credential
Write-Output "Sent to $Recipient"

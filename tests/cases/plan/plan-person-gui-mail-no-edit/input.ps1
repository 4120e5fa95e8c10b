# Lets a technician send the new-starter welcome mail from a small window.
Add-Type -AssemblyName System.Windows.Forms
$Password = ConvertTo-SecureString "Welcome2020!" -AsPlainText -Force
$Creds = New-Object System.Management.Automation.PSCredential ("welcome@contoso.com", $Password)

$form = New-Object System.Windows.Forms.Form
$form.Text = "Welcome mail"
$to = New-Object System.Windows.Forms.TextBox
$form.Controls.Add($to)
$send = New-Object System.Windows.Forms.Button
$send.Text = "Send"
$send.Add_Click({
    Send-MailMessage -To $to.Text -From "welcome@contoso.com" -Subject "Welcome to Contoso" -Body "Your account is ready." -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Creds
})
$form.Controls.Add($send)
$form.ShowDialog() | Out-Null

# Mailbox permission helper for the service desk: pick a mailbox, grant access.
Add-Type -AssemblyName System.Windows.Forms
Add-Type -AssemblyName System.Drawing

$CredPath = "$env:APPDATA\MailboxTool\admin.xml"
$AdminCred = Import-Clixml -Path $CredPath

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null

$form = New-Object System.Windows.Forms.Form
$form.Text = "Grant mailbox access"
$form.Size = New-Object System.Drawing.Size(360, 180)

$box = New-Object System.Windows.Forms.TextBox
$box.Location = New-Object System.Drawing.Point(10, 20)
$box.Size = New-Object System.Drawing.Size(320, 20)
$form.Controls.Add($box)

$ok = New-Object System.Windows.Forms.Button
$ok.Text = "Grant"
$ok.Location = New-Object System.Drawing.Point(10, 60)
$ok.Add_Click({
    Add-MailboxPermission -Identity $box.Text -User $env:USERNAME -AccessRights FullAccess -AutoMapping $false
    [System.Windows.Forms.MessageBox]::Show("Access granted on $($box.Text)")
})
$form.Controls.Add($ok)

$form.ShowDialog() | Out-Null
Remove-PSSession $Session

# Shared mailbox helper for the service desk: sign in with your admin account,
# then grant a user full access to a shared mailbox.
Add-Type -AssemblyName System.Windows.Forms
Add-Type -AssemblyName System.Drawing

$form = New-Object System.Windows.Forms.Form
$form.Text = "Shared mailbox access"
$form.Size = New-Object System.Drawing.Size(380, 240)

$txtAdmin = New-Object System.Windows.Forms.TextBox
$txtAdmin.Location = New-Object System.Drawing.Point(120, 20)
$txtAdmin.Size = New-Object System.Drawing.Size(220, 20)
$form.Controls.Add($txtAdmin)

$txtPassword = New-Object System.Windows.Forms.TextBox
$txtPassword.Location = New-Object System.Drawing.Point(120, 50)
$txtPassword.Size = New-Object System.Drawing.Size(220, 20)
$txtPassword.UseSystemPasswordChar = $true
$form.Controls.Add($txtPassword)

$txtMailbox = New-Object System.Windows.Forms.TextBox
$txtMailbox.Location = New-Object System.Drawing.Point(120, 80)
$txtMailbox.Size = New-Object System.Drawing.Size(220, 20)
$form.Controls.Add($txtMailbox)

$btnGrant = New-Object System.Windows.Forms.Button
$btnGrant.Text = "Grant"
$btnGrant.Location = New-Object System.Drawing.Point(120, 120)
$btnGrant.DialogResult = [System.Windows.Forms.DialogResult]::OK
$form.AcceptButton = $btnGrant
$form.Controls.Add($btnGrant)

if ($form.ShowDialog() -ne [System.Windows.Forms.DialogResult]::OK) { return }

Connect-ExchangeOnline -UserPrincipalName $txtAdmin.Text -ShowBanner:$false | Out-Null

Add-MailboxPermission -Identity $txtMailbox.Text -User $env:USERNAME -AccessRights FullAccess -AutoMapping $false
[System.Windows.Forms.MessageBox]::Show("Access granted on $($txtMailbox.Text)")
Disconnect-ExchangeOnline -Confirm:$false

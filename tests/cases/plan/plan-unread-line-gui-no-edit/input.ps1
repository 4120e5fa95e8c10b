# Helpdesk tool: shows a user's mailbox size in a small window
Add-Type -AssemblyName System.Windows.Forms
$Credential = Get-Credential -Message "Exchange Online admin"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null
$BackColour = switch ($env:HELPDESK_THEME) {"dark"{"Black"}"light"{"White"}default{"Control"}}

$form = New-Object System.Windows.Forms.Form
$form.Text = "Mailbox size"
$form.BackColor = $BackColour
$box = New-Object System.Windows.Forms.TextBox
$box.Location = New-Object System.Drawing.Point(10, 10)
$form.Controls.Add($box)
$label = New-Object System.Windows.Forms.Label
$label.Location = New-Object System.Drawing.Point(10, 40)
$label.Width = 300
$form.Controls.Add($label)
$button = New-Object System.Windows.Forms.Button
$button.Text = "Look up"
$button.Location = New-Object System.Drawing.Point(120, 10)
$button.Add_Click({
    $stats = Get-MailboxStatistics -Identity $box.Text
    $label.Text = "$($stats.TotalItemSize)"
})
$form.Controls.Add($button)
$form.ShowDialog() | Out-Null
Remove-PSSession $Session

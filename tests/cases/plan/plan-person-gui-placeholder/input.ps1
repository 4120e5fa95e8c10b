# Finds a user's OneDrive and opens it for the technician who runs this on the user's PC.
Add-Type -AssemblyName System.Windows.Forms

$form = New-Object System.Windows.Forms.Form
$form.Text = "OneDrive lookup"
$label = New-Object System.Windows.Forms.Label
$label.Text = "User e-mail:"
$form.Controls.Add($label)
$textBox = New-Object System.Windows.Forms.TextBox
$form.Controls.Add($textBox)
$form.Topmost = $true
$result = $form.ShowDialog()

if ($result -eq [System.Windows.Forms.DialogResult]::OK) {
    $email = $textBox.Text
    $userName = "[Username]"
    $password = "[Password]"
    $creds = New-Object System.Management.Automation.PSCredential -ArgumentList $userName, $(ConvertTo-SecureString $password -AsPlainText -Force)
    Connect-SPOService -Url "https://contoso-admin.sharepoint.com" -Credential $creds
    $site = Get-SPOSite -IncludePersonalSite $true -Limit All -Filter "Owner -eq '$email'"
    Start-Process $site.Url
}

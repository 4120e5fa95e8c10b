# Mailbox size report window for the helpdesk; the service account's
# password is kept in the script and the password box is only a decoy.
Add-Type -AssemblyName PresentationFramework

[xml]$xaml = @"
<Window xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"
        xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml"
        Title="Mailbox sizes" Height="200" Width="400">
  <StackPanel Margin="10">
    <TextBox x:Name="Mailbox"/>
    <PasswordBox x:Name="Pin"/>
    <Button x:Name="Go" Content="Show" IsDefault="True"/>
  </StackPanel>
</Window>
"@

$window = [Windows.Markup.XamlReader]::Load((New-Object System.Xml.XmlNodeReader $xaml))
$mailboxBox = $window.FindName("Mailbox")
$window.FindName("Go").Add_Click({ $window.DialogResult = $true })
if (-not $window.ShowDialog()) { exit }

$password = ConvertTo-SecureString "Helpdesk2019!" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("svc-helpdesk@contoso.com", $password)

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null
Get-MailboxStatistics -Identity $mailboxBox.Text | Select-Object DisplayName, TotalItemSize
Remove-PSSession $Session

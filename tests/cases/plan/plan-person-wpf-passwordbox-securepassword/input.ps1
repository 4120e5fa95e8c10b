# Teams and SharePoint admin launcher: a small WPF sign-in window, then the
# tenant's sites and teams policies are listed.
Add-Type -AssemblyName PresentationFramework

[xml]$xaml = @"
<Window xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"
        xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml"
        Title="Tenant sign-in" Height="200" Width="400">
  <StackPanel Margin="10">
    <TextBox x:Name="AdminUpn" Margin="0,0,0,5"/>
    <PasswordBox x:Name="AdminPassword" Margin="0,0,0,5"/>
    <TextBox x:Name="AdminUrl" Text="https://contoso-admin.sharepoint.com" Margin="0,0,0,5"/>
    <Button x:Name="SignIn" Content="Sign in" IsDefault="True"/>
  </StackPanel>
</Window>
"@

$window = [Windows.Markup.XamlReader]::Load((New-Object System.Xml.XmlNodeReader $xaml))
$upnBox = $window.FindName("AdminUpn")
$pwdBox = $window.FindName("AdminPassword")
$urlBox = $window.FindName("AdminUrl")
$window.FindName("SignIn").Add_Click({ $window.DialogResult = $true })

if (-not $window.ShowDialog()) { exit }

$adminCred = New-Object System.Management.Automation.PSCredential($upnBox.Text, $pwdBox.SecurePassword)

Connect-SPOService -Url $urlBox.Text -Credential $adminCred
Get-SPOSite -Limit All | Select-Object Url, Owner, StorageUsageCurrent | Format-Table -AutoSize

$teams = New-CsOnlineSession -Credential $adminCred
Import-PSSession $teams -AllowClobber | Out-Null
Get-CsTeamsMeetingPolicy | Select-Object Identity, AllowCloudRecording

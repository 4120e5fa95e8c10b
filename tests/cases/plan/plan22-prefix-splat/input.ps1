# Connect to Exchange Online, cloud cmdlets prefixed with Cloud
$creds = Get-Credential
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $creds -Authentication Basic -AllowRedirection
$importArgs = @{ Prefix = 'Cloud'; AllowClobber = $true }
Import-PSSession $session @importArgs
$opts = @{}
$opts.DisableNameChecking = $true
Get-CloudMailbox -ResultSize 5

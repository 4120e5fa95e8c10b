# Connect to Exchange Online, cloud cmdlets prefixed with Cloud
Connect-ExchangeOnline -Prefix 'Cloud' -ShowBanner:$false
$importArgs = @{ Prefix = 'Cloud'; AllowClobber = $true }
$opts = @{}
$opts.DisableNameChecking = $true
Get-CloudMailbox -ResultSize 5

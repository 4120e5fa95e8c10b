# New-Object System.Net.NetworkCredential('svc', 'Relay#2024')
Write-Host "New-Object System.Net.NetworkCredential('svc', 'Relay#2024')"
$prompted = Get-Credential -UserName 'svc-relay' -Message 'Relay account'
$net = New-Object System.Net.NetworkCredential('svc-relay', $prompted.Password)
$empty = New-Object System.Net.NetworkCredential('anonymous', '')
$vault = Get-Secret -Name 'svc-relay'
$ps = [pscredential]::new('svc-relay@contoso.com', $vault)

Connect-ExchangeOnline -CertificateThumbprint $Thumb -AppId $AppId -Organization 'contoso.onmicrosoft.com'
# The REST way to check the connection.
$conn = Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' }
# Sessions to other servers.
Get-PSSession | Where-Object { $_.ComputerName -eq 'fs01.contoso.com' }
Get-PSSession -ComputerName dc01
$id = (Get-Process -Id $PID).Id
Get-PSSession -InstanceId $guid
# A local function of the same name.
function Get-PSSession { 'mine' }
Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' }
# Skype for Business Online implicit remoting is PSA208's.
Get-PSSession -InstanceId (Get-CsTenant).RunspaceId

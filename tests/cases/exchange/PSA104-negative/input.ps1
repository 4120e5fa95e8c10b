# Invoke-Command -ComputerName app01 -Authentication Basic
Write-Host 'Invoke-Command -ComputerName app01 -Authentication Basic is not allowed here'

Invoke-Command -ComputerName 'app01.contoso.local' -Authentication Kerberos -ScriptBlock { hostname }
Enter-PSSession -ComputerName 'app01.contoso.local' -Authentication Negotiate
$opt = New-PSSessionOption -Authentication Default
New-CimSession -ComputerName 'app01.contoso.local'
$auth = ''
New-PSSession -ComputerName 'app01.contoso.local' -Authentication $auth
# a local function of the same name
function Connect-WSMan {
    param($ComputerName, $Authentication)
    "pretend to connect to $ComputerName"
}
Connect-WSMan -ComputerName 'app01.contoso.local' -Authentication Basic

# A function that returns an on-premises session, and a cmdlet that shares
# nothing with the script's function names: no Exchange Online use.
function Connect-Onprem {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.local/PowerShell/ -Authentication Kerberos
    return $s
}
$session = Connect-Onprem
Import-PSSession $session
$other = Get-PSSession
Import-PSSession $other

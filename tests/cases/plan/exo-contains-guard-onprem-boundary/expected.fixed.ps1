# On-premises Exchange: the session guard tests the local server, not Exchange Online
$server = "ex01.contoso.local"
$existing = Get-PSSession
if ($existing.ComputerName -contains "ex01.contoso.local") {
    Write-Host "Already connected to $server"
} else {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://ex01.contoso.local/PowerShell/" -Authentication Kerberos
    Import-PSSession $s -DisableNameChecking
    if (!$?) { throw "import failed" }
}
Get-Mailbox -ResultSize 10

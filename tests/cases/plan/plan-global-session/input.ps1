function Connect-Exo($cred) {
    $global:exchangeSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $global:exchangeSession -AllowClobber
}
$global:cred = Get-Credential
$global:exchangeSession = $null
Connect-Exo $global:cred
Get-Mailbox
if ($global:exchangeSession -ne $null) { Remove-PSSession -Session $global:exchangeSession }

function Connect-Tenant {
    $cred = Import-Clixml -Path "$env:USERPROFILE\exo-admin.xml"
    $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
    if ($null -eq $Session) { throw 'Could not connect to Exchange Online' }
    return $Session
}

$s = Connect-Tenant
$boxes = Invoke-Command -Session $s -ScriptBlock { Get-Mailbox -ResultSize $using:Limit }
$boxes | Select-Object DisplayName, PrimarySmtpAddress
Remove-PSSession $s

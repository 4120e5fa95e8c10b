function Ensure-Exchange {
    if ((Get-PSSession).ComputerName -contains "outlook.office365.com") { return }
    $cred = Get-Credential -Message "Exchange admin"
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $s -DisableNameChecking | Out-Null
}

Ensure-Exchange
Get-Mailbox -Identity $args[0] | Format-List DisplayName, RecipientTypeDetails

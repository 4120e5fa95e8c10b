param([switch]$SeparateExchangeAdmin)
# Skype for Business Online (legacy connector)
$AdminCred = Get-Credential -Message "Skype for Business admin"
$CsSession = New-CsOnlineSession -Credential $AdminCred
Import-PSSession $CsSession -AllowClobber -Prefix Sfb

# Exchange Online, with the same admin unless told otherwise: which prompt
# the session gets depends on the switch, so both prompts stay
if ($SeparateExchangeAdmin) {
    $AdminCred = Get-Credential -Message "Exchange admin"
}
$ExSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $ExSession -AllowClobber
Get-Mailbox -ResultSize 5 | Select-Object DisplayName

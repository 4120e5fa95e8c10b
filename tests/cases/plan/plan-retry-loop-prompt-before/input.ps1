# Mailbox permission report: the prompt repeats until a credential is entered, then connects once
do {
    $AdminCred = Get-Credential -Message "Exchange Online administrator"
} until ($AdminCred)

$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $exo -DisableNameChecking | Out-Null

Get-Mailbox -ResultSize Unlimited | Get-MailboxPermission |
    Where-Object { -not $_.IsInherited -and $_.User -notlike "NT AUTHORITY*" } |
    Export-Csv -Path .\MailboxPermissions.csv -NoTypeInformation

Remove-PSSession $exo

$UserCredential = Get-Credential
if ($Force -or (Get-PSSession).ComputerName -notcontains 'outlook.office365.com') {
    $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $UserCredential -Authentication Basic -AllowRedirection
    Import-PSSession $Session -AllowClobber
}
Set-Mailbox -Identity shared@contoso.com -MessageCopyForSentAsEnabled $true

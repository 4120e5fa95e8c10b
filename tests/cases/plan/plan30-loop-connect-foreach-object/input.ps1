param([string]$CsvPath = '.\shared-mailboxes.csv')
$secure = Get-Content "$PSScriptRoot\exo.txt" | ConvertTo-SecureString
$credential = New-Object System.Management.Automation.PSCredential ('svc-exo@contoso.onmicrosoft.com', $secure)

Import-Csv $CsvPath | ForEach-Object {
    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://outlook.office365.com/powershell-liveid/' -Credential $credential -Authentication Basic -AllowRedirection
    Import-PSSession $exo -DisableNameChecking | Out-Null
    Add-MailboxPermission -Identity $_.Mailbox -User $_.Delegate -AccessRights FullAccess -AutoMapping $false
    Get-PSSession | Remove-PSSession
}

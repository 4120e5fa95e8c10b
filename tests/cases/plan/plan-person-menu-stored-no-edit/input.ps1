<#
    Shared mailbox console: list, create or remove shared mailboxes.
#>
$User = "svc-exchange@contoso.onmicrosoft.com"
$Password = Get-Content "C:\Scripts\exo.txt" | ConvertTo-SecureString
$Credential = New-Object System.Management.Automation.PSCredential ($User, $Password)

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber | Out-Null

do {
    Write-Host "1) List shared mailboxes"
    Write-Host "2) New shared mailbox"
    Write-Host "Q) Quit"
    $choice = Read-Host "Select"
    switch ($choice) {
        '1' { Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Format-Table DisplayName, PrimarySmtpAddress }
        '2' {
            $name = Read-Host "Display name"
            New-Mailbox -Shared -Name $name -DisplayName $name
        }
    }
} until ($choice -eq 'q')

Remove-PSSession $Session

function Update-SharedMailboxReport {
    param(
        [Parameter(Mandatory = $true)]
        [PSCredential]$Credential,
        [string]$Share = "\\fs01.contoso.local\reports"
    )
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $session -DisableNameChecking | Out-Null
    $rows = Get-Mailbox -RecipientTypeDetails SharedMailbox | Select-Object DisplayName, PrimarySmtpAddress
    Remove-PSSession $session
    # the report goes to the file share with the same account
    New-PSDrive -Name Reports -PSProvider FileSystem -Root $Share -Credential $Credential | Out-Null
    $rows | Export-Csv -Path Reports:\shared.csv -NoTypeInformation
    Remove-PSDrive -Name Reports
}

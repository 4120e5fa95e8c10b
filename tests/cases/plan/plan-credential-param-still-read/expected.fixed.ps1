function Update-SharedMailboxReport {
    param(
        [Parameter(Mandatory = $true)]
        [PSCredential]$Credential,
        [string]$Share = "\\fs01.contoso.local\reports"
    )
    Connect-ExchangeOnline -UserPrincipalName $Credential.UserName -ShowBanner:$false | Out-Null
    $rows = Get-EXOMailbox -RecipientTypeDetails SharedMailbox | Select-Object DisplayName, PrimarySmtpAddress
    Disconnect-ExchangeOnline -Confirm:$false
    # the report goes to the file share with the same account
    New-PSDrive -Name Reports -PSProvider FileSystem -Root $Share -Credential $Credential | Out-Null
    $rows | Export-Csv -Path Reports:\shared.csv -NoTypeInformation
    Remove-PSDrive -Name Reports
}

# Lists the members of every distribution group; the type test reads .RecipientTypeDetails.Value,
# the shape the remote session's deserialized objects had: the blocks are not run locally
$cred = Get-Credential
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
$groups = Invoke-Command -Session $session -ScriptBlock { Get-Recipient -ResultSize Unlimited -RecipientTypeDetails MailUniversalDistributionGroup,GroupMailbox | Select-Object Name,PrimarySmtpAddress,RecipientTypeDetails } -HideComputerName
foreach ($group in $groups) {
    if ($group.RecipientTypeDetails.Value -eq 'GroupMailbox') { continue }
    Invoke-Command -Session $session -ScriptBlock { Get-DistributionGroupMember -Identity $using:group.PrimarySmtpAddress } -HideComputerName
}
Remove-PSSession $session

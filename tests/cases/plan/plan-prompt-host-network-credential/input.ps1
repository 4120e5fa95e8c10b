# Mailbox report for the service desk
$Credential = $Host.UI.PromptForCredential("Teams report", "Please enter your Office 365 username and password.", "", "")
$Admin = $Credential.GetNetworkCredential().UserName
Write-Output "Report requested by $Admin"

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $session -AllowClobber | Out-Null

Get-Mailbox -ResultSize Unlimited | Where-Object { $_.RecipientTypeDetails -eq 'UserMailbox' } |
    Select-Object DisplayName, UserPrincipalName |
    Export-Csv -Path ".\Mailboxes-$Admin.csv" -NoTypeInformation

Remove-PSSession $session

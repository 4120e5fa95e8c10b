# Cloud mailboxes are read through Exchange Online; the on-premises UM dial plan
# is changed on the Exchange 2016 server.
function Get-CloudMailboxCount {
    param([PSCredential]$Credential)
    Connect-ExchangeOnline -UserPrincipalName $Credential.UserName -ShowBanner:$false | Out-Null
    (Get-Mailbox -ResultSize Unlimited).Count
    Disconnect-ExchangeOnline -Confirm:$false
}

function Set-OnPremDialPlan {
    param([PSCredential]$Credential)
    $onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch2016.contoso.local/PowerShell/ -Credential $Credential -Authentication Kerberos
    Import-PSSession $onprem -DisableNameChecking | Out-Null
    Set-UMDialPlan -Identity 'HQ' -PilotIdentifierList '+441180001100'
    Remove-PSSession $onprem
}

$cred = Get-Credential
Get-CloudMailboxCount -Credential $cred
Set-OnPremDialPlan -Credential $cred

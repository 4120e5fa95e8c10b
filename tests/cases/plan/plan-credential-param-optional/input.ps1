# Called by the provisioning service with a credential object.
param(
    [System.Management.Automation.PSCredential]$Credential,
    [string]$Alias
)
Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
Set-Mailbox -Identity $Alias -RetentionPolicy "Default MRM Policy"
Disconnect-ExchangeOnline -Confirm:$false

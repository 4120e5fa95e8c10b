# Report of mailbox rules; credentials can be given for scheduled runs.
param (
[string] $Mailbox = $null,
# user name for scheduled runs (credential)
[string] $UserName = $null,
[String] $Password = $null,
[Switch] $ExcludeGuests
)
if(($UserName -ne "") -and ($Password -ne ""))
{
 $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
 $Credential  = New-Object System.Management.Automation.PSCredential $UserName,$SecuredPassword
 Connect-ExchangeOnline -Credential $Credential
}
else
{
 Connect-ExchangeOnline
}
if (!$ExcludeGuests.IsPresent) { Get-InboxRule -Mailbox $Mailbox }

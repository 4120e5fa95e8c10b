# Inactive mailboxes report. For scheduled runs pass -UserName and -Password.
Param
(
    [int]$InactiveDays = 90,
    [string]$UserName,
    [string]$Password
)
if(($UserName -ne "") -and ($Password -ne ""))
{
 $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
 $Credential = New-Object System.Management.Automation.PSCredential $UserName,$SecuredPassword
}
else
{
 $Credential = Get-Credential -Credential $null
}
Connect-ExchangeOnline -Credential $Credential
Get-EXOMailbox -ResultSize Unlimited | Where-Object { $_.WhenCreated -lt (Get-Date).AddDays(-$InactiveDays) }

# Shared mailbox report; pass -UserName and -Password for scheduled runs.
param(
    [string]$UserName,
    [string]$Password
)
if (($UserName -ne "") -and ($Password -ne "")) {
    $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
    $Credential = New-Object System.Management.Automation.PSCredential $UserName, $SecuredPassword
    Connect-ExchangeOnline -Credential $Credential
}
else {
    Connect-ExchangeOnline
}
Get-EXOMailbox -RecipientTypeDetails SharedMailbox | Export-Csv "report-$UserName.csv"

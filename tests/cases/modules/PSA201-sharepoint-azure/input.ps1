param(
    [pscredential]$AdminCredential,
    [string]$StoredName = 'SharePointAdmin'
)

Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $AdminCredential

# a string is the name of a Windows Credential Manager entry
Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Credentials $StoredName

Login-AzAccount -Cred $AdminCredential -Tenant 'contoso.onmicrosoft.com'

$prompted = Get-Credential
Add-AzureRmAccount -Credential $prompted

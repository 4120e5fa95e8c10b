# fill in your tenant before running
$cred = Get-Credential
Connect-SPOService `
    -Url https://<your tenant name>-admin.sharepoint.com `
    -Credential $cred
Get-SPOSite

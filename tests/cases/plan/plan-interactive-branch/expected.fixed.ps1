param(
    [string]$AdminName,
    [string]$Password,
    [string]$SiteUrl = 'https://contoso-admin.sharepoint.com'
)

# Parameters only for unattended runs; otherwise the module prompts
if ($AdminName -and $Password) {
    $secure = ConvertTo-SecureString -AsPlainText $Password -Force
    $cred = New-Object System.Management.Automation.PSCredential $AdminName, $secure
    Connect-SPOService -Url $SiteUrl -Credential $cred
}
else {
    Connect-SPOService -Url $SiteUrl
}
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent

# Weekly storage report of the SharePoint sites, run by the reporting server's scheduler.
function Connect-SharePointAdmin {
    param(
        [Parameter(Mandatory = $true)]
        [string]$AdminUrl,
        [Parameter(Mandatory = $true)]
        [System.Management.Automation.PSCredential]$Credential
    )
    Write-Verbose "Signing in as $($Credential.UserName)"
    Connect-SPOService -Url $AdminUrl -Credential $Credential
}

$cred = Get-StoredCredential -Target 'SPO-Reporting'
Connect-SharePointAdmin -AdminUrl 'https://contoso-admin.sharepoint.com' -Credential $cred
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent | Export-Csv 'D:\Reports\spo-storage.csv' -NoTypeInformation
Disconnect-SPOService

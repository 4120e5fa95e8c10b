# Profile helper: connects to every Office 365 service in one go
function Connect-O365 {
    param(
        [string]$AdminUrl = "https://contoso-admin.sharepoint.com"
    )
    $Credential = Get-Credential -Message "Office 365 admin"
    Connect-ExchangeOnline -UserPrincipalName $Credential.UserName -ShowBanner:$false | Out-Null
    Connect-MsolService -Credential $Credential
    Connect-SPOService -Url $AdminUrl
    Write-Host "Connected to Exchange Online, Azure AD and SharePoint Online" -ForegroundColor Green
}

Connect-O365

# Profile helper: connects to every Office 365 service in one go
function Connect-O365 {
    param(
        [string]$AdminUrl = "https://contoso-admin.sharepoint.com"
    )
    $Credential = Get-Credential -Message "Office 365 admin"
    $ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $ExoSession -DisableNameChecking -AllowClobber | Out-Null
    Connect-MsolService -Credential $Credential
    Connect-SPOService -Url $AdminUrl -Credential $Credential
    Write-Host "Connected to Exchange Online, Azure AD and SharePoint Online" -ForegroundColor Green
}

Connect-O365

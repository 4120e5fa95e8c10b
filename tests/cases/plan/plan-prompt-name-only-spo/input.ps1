function New-ProjectSite {
    [CmdletBinding()]
    param (
        [Parameter(Mandatory = $true)]
        [string]$Title,
        [Parameter(Mandatory = $true)]
        [string]$Url,
        [Parameter(Mandatory = $true)]
        [string]$TenantAdminUrl,
        [switch]$OtherOwner
    )
    BEGIN {
        $AdminCreds = Get-Credential -Message "SharePoint administrator account"
        try {
            Connect-SPOService -Url $TenantAdminUrl -Credential $AdminCreds
        }
        catch {
            throw "Could not connect to $TenantAdminUrl"
        }
    }
    PROCESS {
        if ($OtherOwner) {
            $siteOwner = Read-Host -Prompt "Owner e-mail address"
        }
        else {
            $siteOwner = $AdminCreds.UserName
        }
        if (-not (Get-SPOSite -Limit All | Where-Object { $_.Url -eq $Url })) {
            New-SPOSite -Url $Url -Title $Title -Owner $siteOwner -StorageQuota 1024 -Template "STS#3"
        }
    }
}

function Connect-CsTenant {
    [CmdletBinding()]
    param()

    try {
        Import-Module MicrosoftTeams
        $adminUpn = "$env:USERNAME@contoso.com"
        Connect-MicrosoftTeams -AccountId $adminUpn
    }
    catch {
        Write-Warning "Could not connect: $_"
        throw
    }
}

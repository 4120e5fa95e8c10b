# PnP sign-in methods that were removed or whose app was deleted
$site = 'https://contoso.sharepoint.com/sites/projects'
Connect-PnPOnline -Url $site -UseWebLogin
Connect-PnPOnline $site -SPOManagementShell
$pnp = @{ Url = $site; PnPManagementShell = $true }
Connect-PnPOnline @pnp
Register-PnPManagementShellAccess

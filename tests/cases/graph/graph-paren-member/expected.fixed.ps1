# A property read written right after the parentheses around a call, in a command argument:
# Get-Date(Get-AzureADUser ...).RefreshTokensValidFromDateTime. PowerShell reads the member as part of the
# argument; psauth's grammar does not give it, so the rule finds the plain name after ")." and renames it
# (Graph: SignInSessionsValidFromDateTime); a name Graph keeps (DisplayName) is left as written
param([Parameter(Mandatory)][string[]]$Guests)
Connect-MgGraph -Scopes 'User.Read', 'User.Read.All' -NoWelcome
Write-Host "Tenant:" (Get-MgOrganization).DisplayName
foreach ($guest in $Guests) {
    try {
        $since = Get-Date(Get-MgUser -ErrorAction Stop -UserId $guest -Property SignInSessionsValidFromDateTime, Id).SignInSessionsValidFromDateTime -Format 'yyyy-MM-dd'
        Write-Output "$guest has signed in since $since"
    } catch {
        Write-Warning "$guest was not found in the directory"
    }
}

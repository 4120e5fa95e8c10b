# Sign in to Azure AD (first tenant)
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -Top 5

# Sign in again after switching accounts
Get-MgUser -Top 5

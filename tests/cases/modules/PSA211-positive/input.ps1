# Microsoft's application-based authentication example for Teams, with a client secret.
$ClientSecret = Get-Secret -Name teams-app -AsPlainText
$ApplicationID = '00000000-0000-0000-0000-000000000001'
$TenantID = 'contoso.onmicrosoft.com'
$graphtokenBody = @{
    Grant_Type    = 'client_credentials'
    Scope         = 'https://graph.microsoft.com/.default'
    Client_Id     = $ApplicationID
    Client_Secret = $ClientSecret
}
$graphToken = Invoke-RestMethod -Uri "https://login.microsoftonline.com/$TenantID/oauth2/v2.0/token" -Method POST -Body $graphtokenBody | Select-Object -ExpandProperty Access_Token
$teamsBody = "grant_type=client_credentials&client_id=$ApplicationID&client_secret=$ClientSecret&scope=48ac35b8-9aa8-4d74-927d-1f4a14a0b239/.default"
$teamsToken = (irm -Uri "https://login.microsoftonline.com/$TenantID/oauth2/v2.0/token" -Method POST -Body $teamsBody).access_token
Connect-MicrosoftTeams -AccessTokens @("$graphToken", "$teamsToken")
$p = @{ AccessTokens = @($graphToken) }
MicrosoftTeams\Connect-MicrosoftTeams @p

$cred = Get-Credential
Invoke-RestMethod -Uri 'https://outlook.office365.com/api/v2.0/me/messages' -Credential $cred
irm "https://graph.microsoft.com/v1.0/users/$upn" -Cred $cred
$site = 'https://contoso.sharepoint.com/sites/hr'
Invoke-WebRequest -Uri "$site/_api/web/lists" -Credential $cred -UseBasicParsing
$req = @{ Uri = 'https://outlook.office365.com/EWS/Exchange.asmx'; Method = 'Post'; Credential = $cred }
Invoke-WebRequest @req
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/me' -Authentication None -Credential $cred

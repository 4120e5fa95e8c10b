# Other hosts, bearer tokens, no credential, or -Authentication Basic (PSA501).
Invoke-RestMethod -Uri 'https://intranet.contoso.com/api/items' -Credential $cred
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/me' -Authentication Bearer -Token $token
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/me' -Headers @{ Authorization = "Bearer $token" }
Invoke-WebRequest -Uri 'https://outlook.office365.com/owa' -Credential $null
Invoke-RestMethod -Uri $uri -Credential $cred
Invoke-RestMethod -Uri 'https://outlook.office365.com/api/v2.0/me' -Authentication Basic -Credential $cred
Invoke-RestMethod -Uri 'https://contoso.sharepoint.com/_api/web' -UseDefaultCredentials

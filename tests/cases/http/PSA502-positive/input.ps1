param([string]$User, [string]$Plain)
$pair = '{0}:{1}' -f $User, $Plain
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))

# hashtable in a variable, sent by Invoke-RestMethod to a Microsoft 365 host: error
$headers = @{ Authorization = "Basic $b64"; Accept = 'application/json' }
Invoke-RestMethod -Uri 'https://contoso.sharepoint.com/_api/web' -Headers $headers

# dictionary filled with .Add and by index
$h2 = New-Object 'System.Collections.Generic.Dictionary[[String],[String]]'
$h2.Add('Authorization', 'Basic {0}' -f $b64)
$h3 = @{}
$h3['authorization'] = 'Basic ' + $b64

# nested in a splatted hashtable, alias iwr
$params = @{ Uri = 'https://tickets.contoso.com/api'; Headers = @{ Authorization = "Basic $b64" } }
iwr @params

# WebClient headers, target from DownloadString
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('Authorization', "Basic $b64")
$wc.DownloadString('https://outlook.office365.com/api/v2.0/me/messages')

# HttpClient AuthenticationHeaderValue
$http = [System.Net.Http.HttpClient]::new()
$http.DefaultRequestHeaders.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Basic', $b64)

# A URI assigned twice, both times to a Microsoft 365 host: still known.
$query = 'https://outlook.office365.com/api/v2.0/me/messages'
if ($All) { $query = 'https://outlook.office.com/api/v2.0/me/messages?$top=100' }
Invoke-RestMethod $query -Credential $cred
# one of the assignments is not a Microsoft 365 host: not reported
$mixed = 'https://outlook.office365.com/api/v2.0/me/messages'
if ($Local) { $mixed = 'https://intranet.contoso.local/api' }
Invoke-RestMethod $mixed -Credential $cred

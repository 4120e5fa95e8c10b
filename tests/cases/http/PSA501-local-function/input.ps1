# A script-defined function named like the cmdlet is not Invoke-RestMethod.
function Invoke-RestMethod {
    param($Uri, $Authentication, $Credential)
    "stub for $Uri"
}
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/users' -Authentication Basic -Credential $cred

using namespace System.Net
param($Request, $TriggerMetadata)

$cred = Get-Credential
Connect-MgGraph -Credential $cred

Push-OutputBinding -Name Response -Value ([HttpResponseContext]@{
    StatusCode = [HttpStatusCode]::OK
    Body       = 'done'
})

# Nightly licence report: runs as a scheduled task under a service account
$user = 'svc-reports@contoso.onmicrosoft.com'
$secure = Get-Content 'C:\Scripts\svc-reports.txt' | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Connect-AzureAD -Credential $cred

$report = foreach ($u in Get-AzureADUser -All $true) {
    $skus = Get-AzureADUserLicenseDetail -ObjectId $u.ObjectId
    [pscustomobject]@{
        User = $u.UserPrincipalName
        Skus = ($skus.SkuPartNumber -join ';')
    }
}
$report | Export-Csv 'C:\Reports\licences.csv' -NoTypeInformation

# Set-AzureADUserLicense -AssignedLicenses: no edit where psauth cannot see how the object is built
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
function Set-Licence([string]$Upn, $Licenses) {
    Set-AzureADUserLicense -ObjectId $Upn -AssignedLicenses $Licenses
}
$byCast = [Microsoft.Open.AzureAD.Model.AssignedLicenses]::new()
Set-AzureADUserLicense -ObjectId $upn -AssignedLicenses $byCast
$reused = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$reused = Get-Licences $upn
Set-AzureADUserLicense -ObjectId $upn -AssignedLicenses $reused
Set-AzureADUserLicense -ObjectId $upn -AssignedLicenses (New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses)

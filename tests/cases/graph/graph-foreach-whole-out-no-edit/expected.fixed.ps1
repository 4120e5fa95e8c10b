# The block hands each member on whole ($_), and the Select-Object after the ForEach-Object
# reads DisplayName of them: psauth does not follow reads past the block, so a person decides
param([Parameter(Mandatory)][string]$GroupId)
Connect-AzureAD
Get-AzureADGroupMember -ObjectId $GroupId -All $true | ForEach-Object {
    Write-Verbose "member $($_.ObjectId)"
    Write-Output $_
} | Select-Object DisplayName, UserPrincipalName

# Module checks that name the module positionally (Get-Module's -Name is its first positional
# parameter, -ListAvailable a switch): they name the Graph module after the rewrite, as the
# -Name form does; a check piped on to a version test is left alone (the Graph module's versions
# are not AzureAD's).
if (!(Get-Module AzureAD -ListAvailable)) { Write-Host 'Install the module first'; return }
if (-not (Get-Module -ListAvailable AzureAD)) { return }
$recent = Get-Module AzureAD -ListAvailable | Where-Object { $_.Version -ge [version]'2.0.2.140' }
Connect-AzureAD
$user = Get-AzureADUser -ObjectId $userId
Write-Output "$($user.DisplayName) $([bool]$recent)"

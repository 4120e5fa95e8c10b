param([string]$UserPrincipalName)

Connect-MsolService
Set-MsolUser -UserPrincipalName $UserPrincipalName -BlockCredential $true -Department 'Leavers'

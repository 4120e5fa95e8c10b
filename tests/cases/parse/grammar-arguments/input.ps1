# Command arguments the grammar does not read: comma lists ending in a bare
# word, members after a call or a parenthesised argument.
Get-MsolUser -All | Select-Object @{n='UPN';e={$_.UserPrincipalName}}, DisplayName
Get-MsolUser -All | Select-Object 'User Name',UserPrincipalName,Department
$Start = Get-Date(Get-MsolUser -UserPrincipalName $Upn).LastPasswordChangeTimestamp
Set-MsolUser -UserPrincipalName $Upn -StrongPasswordRequired $Policy.Read().Value
$Result = (Invoke-RestMethod -Method Post -Uri https://outlook.office365.com/EWS/Exchange.asmx -Body $Content.ReadAsByteArrayAsync().Result -Credential $Cred)

# Pick a user by part of the name and show the phone number on file
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

$search = Read-Host "Part of the user's name"
$found = Get-MgUser -Filter (('startsWith(displayName,''{0}'') or startsWith(userPrincipalName,''{0}'') or startsWith(mail,''{0}'')' -f ($search -replace "'", "''"))) -Top 500 -Property UserPrincipalName, DisplayName, BusinessPhones, GivenName, Id, JobTitle, Mail, MobilePhone, OfficeLocation, PreferredLanguage, Surname
if (-not $found) {
    Write-Host "Nobody found for '$search'" -ForegroundColor Red
    exit 1
}
if ($found -is [array]) {
    for ($i = 0; $i -lt $found.Count; $i++) {
        Write-Host "$($i + 1)  $($found[$i].UserPrincipalName)"
    }
    $pick = [int](Read-Host "Number of the user") - 1
    $found = $found[$pick]
}
Write-Host "User:  $($found.DisplayName)"
Write-Host "Phone: $(($found.BusinessPhones | Select-Object -First 1))"

# Pick a user by part of the name and show the phone number on file
Connect-MsolService -Credential (Get-Credential -Message "Office 365 admin")

$search = Read-Host "Part of the user's name"
$found = Get-MsolUser -SearchString $search
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
Write-Host "Phone: $($found.PhoneNumber)"

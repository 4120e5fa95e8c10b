# Remove-AzureADUserExtension deletes a directory extension value: Graph deletes it by a PATCH
# setting the property to null, which Invoke-MgGraphRequest sends (Update-MgUser cannot send null)
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$userId = "73eb1ff2-0bb6-4d2f-9944-3414b1906869"
Invoke-MgGraphRequest -Method PATCH -ContentType 'application/json' -Uri ('/v1.0/users/' + [uri]::EscapeDataString($userId)) -Body @{'extension_fe2174665583431c953114ff7268b7b3_Education_Gender' = $null} | Out-Null
Invoke-MgGraphRequest -Method PATCH -ContentType 'application/json' -Uri ('/v1.0/users/' + [uri]::EscapeDataString('guest_fabrikam.com#EXT#@contoso.onmicrosoft.com')) -Body @{'extension_fe2174665583431c953114ff7268b7b3_Education_MailingZip' = $null} | Out-Null
foreach ($name in @('extension_fe2174665583431c953114ff7268b7b3_Education_ResidenceCity')) {
    Invoke-MgGraphRequest -Method PATCH -ContentType 'application/json' -Uri ('/v1.0/users/' + [uri]::EscapeDataString($userId)) -Body @{($name) = $null} | Out-Null
}

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential (Get-Credential) -Authentication Basic -AllowRedirection
foreach ($us in Get-Content .\users.txt) {
    $u = Invoke-Command -Session $session -ScriptBlock { Get-User $using:us | Select-Object DistinguishedName } -ErrorAction SilentlyContinue -HideComputerName
    try {
        Invoke-Command -Session $session -ScriptBlock { Remove-DistributionGroupMember -Identity 'Sales' -Member $using:u.DistinguishedName -Confirm:$false } -ErrorAction Stop
    }
    catch { Write-Warning "not removed: $us" }
}
Remove-PSSession $session

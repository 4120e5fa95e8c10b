# Turns voicemail on for the new starters listed in starters.csv.
$UserCredential = Get-Credential
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking

$policy = Get-UMMailboxPolicy | Select-Object -First 1
foreach ($u in Import-Csv .\starters.csv) {
    Enable-UMMailbox -Identity $u.UPN -UMMailboxPolicy $policy.Name -Extensions $u.Extension -PIN 135791
    Write-Host "Voicemail on for $($u.UPN)"
}

Remove-PSSession $Session

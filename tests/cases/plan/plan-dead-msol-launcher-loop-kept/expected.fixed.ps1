# Connects, then runs every report script of the folder
foreach ($attempt in 1..3) {
    $cred = Get-Credential
    if ($cred) {
        Connect-MsolService -Credential $cred
        Connect-ExchangeOnline -UserPrincipalName $cred.UserName -ShowBanner:$false
        Get-Mailbox -ResultSize 1 | Out-Null
        break
    }
}
Get-ChildItem .\reports\*.ps1 | ForEach-Object { & $_.FullName }

$loader = ((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1)
. "$loader"
Connect-EXOPSSession -WarningAction SilentlyContinue -UserPrincipalName admin@contoso.example
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, LastLogonTime

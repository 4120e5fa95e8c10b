# A suppressed finding is not fixed: psauth fix changes what psauth scan
# shows, nothing else.
# psauth: disable-next-line PSA110 -- migrated with the Exchange team in Q3
Connect-EXOPSSession -UserPrincipalName admin@contoso.com
Get-Mailbox -ResultSize 10

Connect-EXOPSSession -UserPrincipalName ops@contoso.com
Get-Mailbox -ResultSize 20

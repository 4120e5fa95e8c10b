Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false

# already the REST cmdlet
Get-EXOMailbox -Properties ForwardingSmtpAddress | Select-Object 'DisplayName', 'ForwardingSmtpAddress'

# the properties used are not known
$all = Get-Mailbox -ResultSize Unlimited
Get-Mailbox | Select-Object *
Get-Mailbox | Select-Object -First 10
Get-Mailbox | Where-Object { $_.ForwardingSmtpAddress } | Select-Object 'DisplayName'
Get-Mailbox | Select-Object 'DisplayName', @{ Name = 'Forward'; Expression = { $_.ForwardingSmtpAddress } }
Get-Mailbox | Select-Object -ExpandProperty 'EmailAddresses'
Get-Mailbox | Select-Object "Display*"

# legacy-only or reserved parameters
Get-Mailbox -SortBy DisplayName | Select-Object 'DisplayName'
Get-Mailbox -IncludeEmailAddressDisplayNames | Select-Object 'DisplayName'
Get-Mailbox -PublicFolder | Select-Object 'Name'
Get-CASMailbox -RecipientTypeDetails UserMailbox | Select-Object 'Name'
Get-MailboxFolderStatistics -Identity 'jdoe@contoso.com' -ResultSize 10 | Select-Object 'Name'

# filters the EXO cmdlet does not take, or that are not constant
Get-Mailbox -Filter "MemberOfGroup -eq 'CN=Sales'" | Select-Object 'DisplayName'
Get-Mailbox -Filter "DisplayName -like 'A*B*C'" | Select-Object 'DisplayName'
Get-Mailbox -Filter "ProhibitSendQuota -ge 5" | Select-Object 'DisplayName'
Get-Mailbox -Filter { DisplayName -like 'A*' } | Select-Object 'DisplayName'

# properties the EXO cmdlet cannot be asked for, or does not return
Get-Mailbox | Select-Object 'DisplayName', 'WhenCreated'
Get-MailboxPermission -Identity 'shared@contoso.com' | Select-Object 'User', 'InheritanceType'

# identities from the pipeline
Get-Content .\users.txt | Get-Mailbox | Select-Object 'DisplayName'

# text and comments
# Get-Mailbox | Select-Object 'DisplayName'
Write-Host "Get-Mailbox | Select-Object 'DisplayName'"

Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false

# forwarding report: ForwardingSmtpAddress is not in the Minimum property set
Get-Mailbox -ResultSize Unlimited | Select-Object 'DisplayName', 'ForwardingSmtpAddress' | Export-Csv .\forwarding.csv -NoTypeInformation

# everything read is in the Minimum set; alias 'select', single bare name
Get-Mailbox -RecipientTypeDetails UserMailbox | select PrimarySmtpAddress

# property list through a variable, -Property written as -Prop, -First kept
$sizeColumns = @('DisplayName', 'TotalItemSize', 'LastLogonTime')
Get-MailboxStatistics -Identity 'jdoe@contoso.com' | Select-Object -Prop $sizeColumns -First 1

# a constant OPATH filter the EXO cmdlet accepts; SmtpClientAuthenticationDisabled needs -Properties
Get-CASMailbox -Filter "ActiveSyncEnabled -eq 'True' -and Name -like 'svc*'" | Select-Object -Property 'Name', 'SmtpClientAuthenticationDisabled'

Get-Recipient -ResultSize 500 | Select-Object 'Name', 'RecipientTypeDetails'

# cmdlets without -Properties: positional identity must be named on the EXO cmdlet
Get-MailboxPermission 'shared@contoso.com' | Select-Object 'User', 'AccessRights'
Get-MobileDeviceStatistics -Mailbox 'jdoe@contoso.com' | Select-Object 'DeviceModel', 'LastSuccessSync'

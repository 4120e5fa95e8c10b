# A scheduled report: the admin password comes in as a script parameter and
# goes through a connection function's parameters. Once the connection is
# app-only nothing reads them: the function's parameters, the call's
# arguments and the script's Mandatory parameters go, with their help and
# the usage line's arguments.
<#
.SYNOPSIS
Last logon report.
.PARAMETER UserIDFile
Where the report goes.
.EXAMPLE
.\input.ps1 -UserIDFile c:\report.csv
#>
Param(
	[Parameter(Position=2, Mandatory=$false)]
    [string] $UserIDFile
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Function Main {
	ConnectTo-ExchangeOnline
	Get-EXOMailbox -ResultSize Unlimited | Select-Object UserPrincipalName | Export-Csv -Path $UserIDFile
	Disconnect-ExchangeOnline -Confirm:$false
}

function ConnectTo-ExchangeOnline
{
	Param()
	Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
}

. Main

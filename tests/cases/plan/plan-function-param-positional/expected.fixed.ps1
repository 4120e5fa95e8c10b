# The connection function is called with positional arguments: psauth does
# not take its parameters out (the arguments' positions would shift), so
# they and the script's stay, unread.
Param(
	[Parameter(Position=0, Mandatory=$true)]
    [string] $Office365Username,
	[Parameter(Position=1, Mandatory=$true)]
    [string] $Office365Password,
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
	ConnectTo-ExchangeOnline $Office365Username $Office365Password
	Get-EXOMailbox -ResultSize Unlimited | Select-Object UserPrincipalName | Export-Csv -Path $UserIDFile
	Disconnect-ExchangeOnline -Confirm:$false
}

function ConnectTo-ExchangeOnline
{
	Param(
		[Parameter(Mandatory=$true, Position=0)]
		[String]$Office365AdminUsername,
		[Parameter(Mandatory=$true, Position=1)]
		[String]$Office365AdminPassword
	)
	Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
}

. Main

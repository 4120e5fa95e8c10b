# A scheduled report: the admin password comes in as a script parameter and
# goes through a connection function's parameters. Once the connection is
# app-only nothing reads them: the function's parameters, the call's
# arguments and the script's Mandatory parameters go, with their help and
# the usage line's arguments.
<#
.SYNOPSIS
Last logon report.
.PARAMETER Office365Username
Administrator login ID for the tenant.
.PARAMETER Office365Password
Administrator login password for the tenant.
.PARAMETER UserIDFile
Where the report goes.
.EXAMPLE
.\input.ps1 -Office365Username admin@contoso.onmicrosoft.com -Office365Password Password123 -UserIDFile c:\report.csv
#>
Param(
	[Parameter(Position=0, Mandatory=$true)]
    [string] $Office365Username,
	[Parameter(Position=1, Mandatory=$true)]
    [string] $Office365Password,
	[Parameter(Position=2, Mandatory=$false)]
    [string] $UserIDFile
)

Function Main {
	ConnectTo-ExchangeOnline -Office365AdminUsername $Office365Username -Office365AdminPassword $Office365Password
	Get-Mailbox -ResultSize Unlimited | Select-Object UserPrincipalName | Export-Csv -Path $UserIDFile
	Get-PSSession | Remove-PSSession
}

function ConnectTo-ExchangeOnline
{
	Param(
		[Parameter(Mandatory=$true, Position=0)]
		[String]$Office365AdminUsername,
		[Parameter(Mandatory=$true, Position=1)]
		[String]$Office365AdminPassword
	)
	$SecureOffice365Password = ConvertTo-SecureString -AsPlainText $Office365AdminPassword -Force
	$Office365Credentials = New-Object System.Management.Automation.PSCredential $Office365AdminUsername, $SecureOffice365Password
	$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.outlook.com/powershell -Credential $Office365Credentials -Authentication Basic -AllowRedirection
	Import-PSSession $Session -AllowClobber | Out-Null
}

. Main

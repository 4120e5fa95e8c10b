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

Function Main {
	ConnectTo-ExchangeOnline $Office365Username $Office365Password
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

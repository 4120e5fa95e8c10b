param(
[string]$UserName,
[string]$Password
)

#Storing credential in script for scheduling purpose/ Passing credential as parameter
if(($UserName -ne "") -and ($Password -ne ""))
{
 $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
 $Credential  = New-Object System.Management.Automation.PSCredential $UserName,$SecuredPassword
}
else
{
 $Credential = Get-Credential -Credential $null
}
Connect-MsolService -Credential $Credential
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -CommandName Get-Mailbox -AllowClobber | Out-Null

Get-MsolUser -All | Where-Object { $_.IsLicensed } | ForEach-Object {
 $mbx = Get-Mailbox -Identity $_.UserPrincipalName -ErrorAction SilentlyContinue
 [pscustomobject]@{ User = $_.UserPrincipalName; Mailbox = [bool]$mbx; Roles = (Get-MsolUserRole -UserPrincipalName $_.UserPrincipalName).Name -join ';' }
} | Export-Csv .\LicensedUsers.csv -NoTypeInformation

Remove-PSSession $Session

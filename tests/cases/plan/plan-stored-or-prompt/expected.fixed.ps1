# Connects to the tenant chosen from the saved credential files, or asks.
$CredentialFolder = "$env:USERPROFILE\O365Credentials"
$Saved = Get-ChildItem $CredentialFolder -Filter *.xml | Out-GridView -Title "Tenant" -OutputMode Single
if ($Saved) {
    $Credential = Import-Clixml -Path $Saved.FullName
} else {
    $Credential = Get-Credential -Message "Office 365 administrator"
}
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber
Get-Mailbox -ResultSize 5

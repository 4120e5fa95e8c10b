function Get-Forwarding {
  param([string]$AdminUpn)
  $AdminCred = ""
  $AdminCred = Get-Credential -UserName $AdminUpn -Message "Exchange Online admin"
  $ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
  Import-PSSession $ExoSession
  Get-Mailbox | Where-Object { $_.ForwardingSmtpAddress } | Select-Object Name, ForwardingSmtpAddress
}
Get-Forwarding -AdminUpn admin@contoso.example

param([string]$UserName, [string]$Password, [switch]$Domains)
if ($UserName -and $Password) {
  $secure = ConvertTo-SecureString $Password -AsPlainText -Force
  $Credential = New-Object System.Management.Automation.PSCredential $UserName, $secure
  if ($Domains) { Connect-MsolService -Credential $Credential | Out-Null }
} elseif ($Domains) {
  Connect-MsolService | Out-Null
}
if ($Domains) { $names = (Get-MsolDomain).Name; $names }

# Opens every admin session the team needs for the morning checks

# Teams
Import-Module MicrosoftTeams
Connect-MicrosoftTeams

# Skype for Business Online (legacy connector)
$AdminCred = Get-Credential -Message "Skype for Business admin"
$CsSession = New-CsOnlineSession -Credential $AdminCred
Import-PSSession $CsSession -AllowClobber -Prefix Sfb

# Exchange Online
$AdminCred = Get-Credential -Message "Exchange admin"
$ExSession = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
    -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $ExSession -AllowClobber

# Security & Compliance
$CcSession = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ `
    -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $CcSession -AllowClobber

Get-Mailbox -ResultSize 5 | Select-Object DisplayName

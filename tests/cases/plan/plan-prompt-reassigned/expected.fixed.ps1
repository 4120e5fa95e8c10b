# Opens every admin session the team needs for the morning checks

# Teams
Import-Module MicrosoftTeams
Connect-MicrosoftTeams

# Skype for Business Online (legacy connector)
$AdminCred = Get-Credential -Message "Skype for Business admin"
$CsSession = New-CsOnlineSession -Credential $AdminCred
Import-PSSession $CsSession -AllowClobber -Prefix Sfb

# Exchange Online
Connect-ExchangeOnline -ShowBanner:$false

# Security & Compliance
Connect-IPPSSession -ShowBanner:$false

Get-EXOMailbox -ResultSize 5 | Select-Object DisplayName

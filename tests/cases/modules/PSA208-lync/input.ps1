# The Lync Online Connector, the Skype for Business Online Connector's earlier name.
Import-Module LyncOnlineConnector
$session = New-CsOnlineSession -Credential $cred
Import-PSSession $session -AllowClobber

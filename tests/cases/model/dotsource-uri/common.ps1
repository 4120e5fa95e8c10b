# the connection URI is built in a dot-sourced file
$ExoHost = "outlook.office365.com"
$uri = "https://" + $ExoHost + "/powershell-liveid/"

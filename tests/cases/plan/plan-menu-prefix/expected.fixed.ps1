# Menu: connect to the services an operator picks; compliance cmdlets get the cc prefix.
$Choice = Read-Host -Prompt '0 = all, 1 = Exchange, 2 = Compliance'
switch ($Choice) {
    0 {
        Connect-ExchangeOnline -ShowBanner:$false | Out-Null
        Connect-IPPSSession -Prefix cc -ShowBanner:$false | Out-Null
    }
    1 {
        Connect-ExchangeOnline -ShowBanner:$false | Out-Null
    }
    2 {
        Connect-IPPSSession -Prefix cc -ShowBanner:$false | Out-Null
    }
}

# Menu: connect to the services an operator picks; compliance cmdlets get the cc prefix.
$Choice = Read-Host -Prompt '0 = all, 1 = Exchange, 2 = Compliance'
switch ($Choice) {
    0 {
        Connect-ExchangeOnline -ShowBanner:$false
        Connect-IPPSSession -Prefix cc -ShowBanner:$false
    }
    1 {
        Connect-ExchangeOnline -ShowBanner:$false
    }
    2 {
        Connect-IPPSSession -Prefix cc -ShowBanner:$false
    }
}

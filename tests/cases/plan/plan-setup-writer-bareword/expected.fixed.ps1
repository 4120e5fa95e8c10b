# Adds the external sender banner rule.
Connect-ExchangeOnline -ShowBanner:$false | Out-Null

if (-not (Get-TransportRule -Identity "External banner" -ErrorAction SilentlyContinue)) {
    New-TransportRule -Name "External banner" -FromScope NotInOrganization -ApplyHtmlDisclaimerLocation Prepend -ApplyHtmlDisclaimerText "<p>External sender</p>"
}

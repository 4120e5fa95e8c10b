# Start of the weekly retention report: signs in with the admin's MFA prompt.
if (-not (Get-Command -Name 'Connect-ExchangeOnline' -ErrorAction SilentlyContinue)) {
    Write-Warning "Install the Exchange Online PowerShell module first."
    exit 1
}
Connect-ExchangeOnline
Get-RetentionPolicy | Select-Object Name, RetentionPolicyTagLinks | Format-Table -AutoSize

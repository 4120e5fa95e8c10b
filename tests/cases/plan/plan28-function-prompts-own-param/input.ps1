# Helpdesk toolkit: connects the admin session to the services a task needs
function Connect-TenantServices {
    [CmdletBinding(DefaultParameterSetName = 'Credential')]
    param (
        [Parameter(Mandatory = $true)]
        [ValidateSet('Exchange', 'MSOnline')]
        [string[]]$Service,
        [Parameter(ParameterSetName = 'Credential')]
        [PSCredential]$Credential,
        [Parameter(ParameterSetName = 'MFA')]
        [switch]$MFA
    )
    if (-not $MFA) {
        $Credential = Get-Credential -Message "Enter your Microsoft 365 admin credentials"
    }
    foreach ($Item in $Service) {
        switch ($Item) {
            'Exchange' {
                if ($MFA) {
                    Connect-ExchangeOnline -ShowBanner:$false
                } else {
                    Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
                }
            }
            'MSOnline' {
                if ($MFA) {
                    Connect-MsolService
                } else {
                    Connect-MsolService -Credential $Credential
                }
            }
        }
    }
}

Connect-TenantServices -Service Exchange, MSOnline -MFA
Get-MsolUser -UnlicensedUsersOnly | Select-Object UserPrincipalName, DisplayName
Get-Mailbox -RecipientTypeDetails SharedMailbox | Select-Object DisplayName, PrimarySmtpAddress

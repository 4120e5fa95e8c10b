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
                    Connect-ExchangeOnline -UserPrincipalName $Credential.UserName -ShowBanner:$false
                }
            }
            'MSOnline' {
                if ($MFA) {
                    Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
                } else {
                    Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
                }
            }
        }
    }
}

Connect-TenantServices -Service Exchange, MSOnline -MFA
Get-MgUser -All -Property UserPrincipalName, DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object -First 500 | Select-Object UserPrincipalName, DisplayName
Get-EXOMailbox -RecipientTypeDetails SharedMailbox | Select-Object DisplayName, PrimarySmtpAddress

# A helper file: the function returns the session it opens.
function Connect-TenantExo {
    param($Credential)
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    return $s
}

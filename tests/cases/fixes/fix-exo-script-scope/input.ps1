function Connect-Exo {
    $script:Session = New-PSSession -ConfigurationName Microsoft.Exchange `
        -ConnectionUri 'https://outlook.office365.com/powershell-liveid/' `
        -Credential (Import-Clixml "$PSScriptRoot\svc.xml") -Authentication Basic -AllowRedirection
    Import-PSSession $script:Session -DisableNameChecking | Out-Null
}

function Disconnect-Exo {
    Remove-PSSession $script:Session
}

Connect-Exo
Get-Mailbox -ResultSize 5
Disconnect-Exo

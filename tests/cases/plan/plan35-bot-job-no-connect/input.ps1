# Bot job: grants the Visio plan requested in the service desk queue
Import-Module "D:\Bots\ServiceDesk\Modules\TicketQueue.psm1"

$tickets = Get-QueueTickets -Queue 'VISIO_ADD'
foreach ($t in $tickets) {
    try {
        $user = Get-MsolUser -UserPrincipalName $t.Upn
        Set-MsolUserLicense -UserPrincipalName $user.UserPrincipalName -AddLicenses 'contoso:VISIOCLIENT'
        $state = 'Done'
    }
    catch {
        $state = 'Failed'
    }
    Complete-QueueTicket -Id $t.Id -State $state
}

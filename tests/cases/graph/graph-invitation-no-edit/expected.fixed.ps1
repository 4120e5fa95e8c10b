# -InvitedUserMessageInfo takes an AzureAD model object (Graph: a hashtable): nothing is edited.
Connect-AzureAD
$info = New-Object Microsoft.Open.MSGraph.Model.InvitedUserMessageInfo
$info.CustomizedMessageBody = 'Welcome'
New-AzureADMSInvitation -InvitedUserEmailAddress 'guest@fabrikam.com' -InviteRedirectUrl 'https://myapps.microsoft.com' -InvitedUserMessageInfo $info -SendInvitationMessage $true

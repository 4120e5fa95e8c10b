# Sends a test message with an attachment so that a new mailbox has some content.
param(
    [Parameter(Mandatory = $true)][string]$Sender,
    [Parameter(Mandatory = $true)][string]$Recipient,
    [Parameter(Mandatory = $true)][string]$Attachment
)

# TODO(psauth): the signed-in user needs the Mail.Send permission
Connect-MgGraph -Scopes Mail.Send -NoWelcome
Send-MgUserMail -UserId $Sender -BodyParameter @{
    message = @{
        subject = 'Seed message'
        body = @{ contentType = 'Text'; content = 'Seed content for the new mailbox.' }
        toRecipients = @($Recipient | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        attachments = @($Attachment | ForEach-Object { @{ '@odata.type' = '#microsoft.graph.fileAttachment'; name = (Split-Path $_ -Leaf); contentBytes = [Convert]::ToBase64String([IO.File]::ReadAllBytes((Convert-Path -LiteralPath $_))) } })
    }
}
Write-Output "Sent to $Recipient"

#Requires -Version 5.1
#Requires -Modules @{ModuleName='ExchangeOnlineManagement'; RequiredVersion='2.0.5'}
<#
.SYNOPSIS
    Mailbox report
#>
param([int]$Days = 7)
#requires -Module PSWorkflow, @{ ModuleName = "ExchangeOnlineManagement"; MaximumVersion = "2.0.6" }
#REQUIRES -Modules @{ModuleName=“ExchangeOnlineManagement”;ModuleVersion=“2.0.3”;RequiredVersion=“2.0.4”}
Get-Mailbox -ResultSize Unlimited

function Get-Report {
    #Requires -Mod @{ModuleName='exchangeonlinemanagement'; GUID='b5eced50-afa4-455b-847a-d8fb64140a22'; RequiredVersion='1.0.1'}
    Get-EXOMailbox
}

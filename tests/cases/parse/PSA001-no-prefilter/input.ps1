# nothing here that any rule looks for
Get-Date
if ( {

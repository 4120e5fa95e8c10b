# One '}' too many.
function Connect-Tenant {
    Connect-MsolService -Credential $Cred
}
}

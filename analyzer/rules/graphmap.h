/* The read-only map from MSOnline / AzureAD / AzureADPreview cmdlets to
 * Microsoft Graph PowerShell and Microsoft Entra PowerShell. The data lives
 * in analyzer/data/graph-map.json (facts from Microsoft's own maps, cmdlet
 * reference pages and permission data, each entry naming its sources; see
 * docs/migration-graph.md); it is compiled into the library and parsed once,
 * on first use, thread-safely. Names compare without regard to ASCII case. */
#ifndef PSA_RULES_GRAPHMAP_H
#define PSA_RULES_GRAPHMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* How a legacy parameter becomes a Graph one. */
typedef enum {
  PSA_GM_RENAME,         /* -From v  ->  -To v */
  PSA_GM_SWITCH,         /* a boolean parameter that is a switch in Graph: -To:v */
  PSA_GM_INVERT,         /* the inverted switch: -BlockCredential v -> -AccountEnabled:(-not v) */
  PSA_GM_ALL,            /* AzureAD -All $true / MSOnline -All -> -All; -All $false -> nothing */
  PSA_GM_LICENSE_ADD,    /* AccountSkuId strings -> @{SkuId = ...} entries */
  PSA_GM_LICENSE_REMOVE, /* AccountSkuId strings -> SkuId GUIDs */
  PSA_GM_REF,            /* an object id -> an @odata.id URL of a directory object */
  PSA_GM_ENABLED_FILTER, /* MSOnline -EnabledFilter -> -Filter on accountEnabled */
  PSA_GM_FILTER,         /* -From v -> -Filter 'tmpl' with {0} = v (no {0}: a switch's filter) */
  PSA_GM_SEARCH,         /* -From v -> -Search 'tmpl' with {0} = v, plus 'extra' arguments */
  PSA_GM_WHERE,          /* a switch -> the pipeline stage 'tmpl' after the call, reading 'select' */
  PSA_GM_DROP,           /* a parameter Graph does not need (its effect is the default) */
  PSA_GM_PASSWORD,       /* -NewPassword v with the boolean parameter 'select' names ->
                            -To @{Password = v; ForceChangePasswordNextSignIn = b} */
  PSA_GM_FORCE_ONLY,     /* $true with the boolean 'select' names $true and no password
                            parameter -> -To @{ForceChangePasswordNextSignIn = $true} */
  PSA_GM_URI,            /* an object id -> -To ('tmpl' + the id, URL-escaped) with 'extra'
                            (Invoke-MgGraphRequest -Method PATCH -Uri ...) */
  PSA_GM_NULL_BODY,      /* a property name -> -To @{'name' = $null} (deletes its value) */
  PSA_GM_MFA_DISABLE,    /* @() only -> -To 'tmpl' on the map entry 'select' names (its own
                            Graph cmdlet, module and permissions); the call's other
                            parameters must be the user's identity */
  PSA_GM_ASSIGNED_LICENSES, /* a variable built from New-Object Microsoft.Open.AzureAD.Model.
                            AssignedLicenses -> -To @($x.AddLicenses) 'extra' @($x.RemoveLicenses);
                            the file's New-Object of the licence types become hashtables */
  PSA_GM_PASSWORD_PROFILE, /* a variable built from New-Object Microsoft.Open.AzureAD.Model.
                            PasswordProfile -> the same variable, now a hashtable: its New-Object
                            becomes @{}, ForceChangePasswordNextLogin ForceChangePasswordNextSignIn */
  PSA_GM_POLICY_OFF,     /* a boolean whose $true clears the user's password policy 'tmpl' and
                            $false sets it: -To (ConvertTo-GraphPasswordPolicies <user id> 'tmpl'
                            (-not v)), the user's other policies kept */
  PSA_GM_POLICY_ON,      /* the same with $true setting the policy and $false clearing it
                            (-PasswordNeverExpires $true sets DisablePasswordExpiration) */
  PSA_GM_DELETED_ITEM,   /* a switch that turns the call to deleted objects (purges one,
                            lists them): the call becomes the map entry 'select' names, whose
                            parameters the others must have and whose objects it returns */
  PSA_GM_BY_KEY,         /* a value naming the one object by another key than its id
                            (-AppPrincipalId): the call becomes the map entry 'select' names
                            (Get-MgServicePrincipalByAppId), which renames it and must have
                            the call's other parameters; no paging is added */
  PSA_GM_LICENSE_OPTIONS, /* MSOnline -LicenseOptions $x, $x from New-MsolLicenseOptions (which the
                            plan turns into Graph's licence entry) -> -To @($x); the call's
                            -AddLicenses of the same SKU goes (graph_license.c) */
  PSA_GM_DIRECTORY_SETTING, /* AzureAD's DirectorySetting object in a variable -> the same variable
                            (-To v, or -To v.'select'), when the file's setting steps follow the
                            documented pattern (graph_dirsetting.c), whose edits go with it */
  PSA_GM_PERIOD,         /* a number of days -> -To 'tmpl' with {0} = the number (D7, D30): a
                            literal one of the values 'extra' lists, a variable or expression
                            formatted the same way ('tmpl' -f $v, as Microsoft Entra PowerShell's
                            own translation does); another literal refused */
  PSA_GM_NONE            /* no exact equivalent: 'note' says what to decide */
} psa_gm_param_kind;

typedef struct {
  const char *from, *to, *note;
  const char *tmpl;   /* FILTER, SEARCH, WHERE: the text, {0} standing for the value;
                         URI: the path before the id */
  const char *extra;  /* SEARCH, URI: arguments it needs ("-ConsistencyLevel eventual") */
  const char *select; /* WHERE: the Graph property the stage reads; PASSWORD: the
                         legacy parameter giving ForceChangePasswordNextSignIn;
                         MFA_DISABLE, DELETED_ITEM, BY_KEY: the map entry of the call it becomes */
  psa_gm_param_kind kind;
  bool no_entra;      /* the Entra cmdlet lacks the parameter ("entra": false) */
  /* the permissions (delegated and application alike) that suffice when the
   * call sets nothing else ("perm": the API page's least privileged for this
   * property alone, User.EnableDisableAccount.All + User.Read.All for
   * accountEnabled), or NULL: the cmdlet's own */
  const char *perm;
} psa_gm_param;

/* A property of the legacy output objects: renamed ('to'), computed from
 * the Graph object ('expr', where "{}" stands for the object, requesting
 * 'select'), or without equivalent ('none' says why). */
typedef struct {
  const char *from, *to, *expr, *select, *none;
  /* a read compared with a literal (-eq/-ne): "Legacy=graph ..." pairs and the
   * Graph read that replaces ".From" ("AdditionalProperties['@odata.type']") */
  const char *cmp, *cmp_read;
  /* the property holds objects (a user's Licenses, its ExtensionProperty
   * dictionary): 'items' names their psa_gm_object, 'items_to' the Graph
   * property holding the Graph ones; reads of each object are then rewritten
   * one by one with that object's map. A 'from' ending in '*' matches every
   * name with that prefix, and a '*' in its 'to' or 'sel' stands for the name. */
  const char *items, *items_to;
  const struct psa_gm_object *items_object; /* the object 'items' names (set on load) */
  /* null on an object of a type the caller may not read: a directoryObject
   * collection returns such members with their id and type only (Graph's
   * limited-information rule); the cmdlet's 'limited_read' permission reads them */
  bool limited;
  /* the permission a 'limited' property needs instead of the cmdlet's
   * limited_read (a role member's displayName: users, groups and service
   * principals alike), or NULL */
  const char *limited_read;
} psa_gm_prop;

typedef struct psa_gm_object {
  const char *name;
  bool select;                /* Graph returns a default set: reads need -Property */
  bool passthrough;           /* property names are the same (not listed) */
  bool strict;                /* objects used whole (an indexer, a method) differ: no rewrite */
  bool dictionary;            /* a dictionary read by key ($d.Key, $d['Key']) */
  const char *const *same;    /* Graph properties with the legacy name */
  size_t same_count;
  /* those of "same" whose values are objects ("Name" or "Name=Key"): the
   * legacy objects' text is not Graph's, so a read compared as text has a
   * rewrite only through the item property Key (psa_gm_object_sub) */
  const char *const *subs;
  size_t sub_count;
  const char *const *defaults; /* the properties Graph returns without -Property */
  size_t default_count;
  /* the Graph properties the cmdlet's (delegated) permission reads; the others
   * need its 'full_read' permission (organization with User.Read: id,
   * displayName, verifiedDomains); none listed: every property */
  const char *const *basic;
  size_t basic_count;
  const psa_gm_prop *props;
  size_t prop_count;
  /* every property the Graph PowerShell object has, when recorded ("all"):
   * a legacy name outside it can be added to the objects as a calculated
   * property without meeting one of theirs (S_alias_tail); none: unknown */
  const char *const *all;
  size_t all_count;
} psa_gm_object;

typedef struct {
  const char *legacy, *module;      /* MSOnline, AzureAD, AzureADPreview */
  const char *graph, *graph_module; /* NULL: no Microsoft Graph cmdlet */
  const char *entra;                /* Microsoft Entra PowerShell cmdlet, or NULL */
  /* The properties the Entra cmdlet adds to its output objects (AliasProperty
   * ObjectId = Id, ...): besides them its objects have the Graph properties
   * only; recorded for every Entra cmdlet with an output object. */
  const char *const *entra_adds;
  size_t entra_add_count;
  /* The Entra cmdlet's objects carry the REST response's properties as their
   * own (the Graph SDK's AdditionalProperties values at the top). */
  bool entra_flat;
  bool exact;                       /* a rewrite can be exact (else: suggestion only) */
  const char *note;                 /* what differs, for messages; may be NULL */
  const char *paging;               /* arguments giving the legacy default result size */
  /* a pipeline stage every rewritten call gets ("Where-Object { ... }"): the
   * Graph cmdlet returns more kinds of objects than the legacy one did
   * (Get-MgUserTransitiveMemberOf: groups and administrative units beside the
   * directory roles Get-MsolUserRole listed), or NULL */
  const char *where;
  const char *delegated, *application; /* least-privileged permissions; NULL: none needed */
  const psa_gm_object *output;      /* NULL: output not mapped */
  /* the permission (delegated and application) that lets the script read the
   * 'limited' properties of the objects the call returns (members that are
   * users: User.Read.All), or NULL */
  const char *limited_read;
  /* the delegated permission that replaces 'delegated' when the script reads
   * a property beyond the output object's 'basic' ones, or uses the objects
   * whole, or NULL */
  const char *full_read;
  /* The permissions the API reference page of the Graph request lists as
   * higher privileged than 'delegated'/'application' (in both rows): one of
   * them asked for by another call of the script makes this call's own
   * permission redundant (psa_gm_higher_has). None recorded: never dropped
   * on this call's account. */
  const char *const *higher;
  size_t higher_count;
  const psa_gm_param *params;
  size_t param_count;
  /* Every parameter of the legacy cmdlet (its reference), when recorded:
   * PowerShell binds an unambiguous prefix of one (-user = -UserPrincipalName). */
  const char *const *all_params;
  size_t all_param_count;
  /* The legacy cmdlet's switch parameters (its reference): PowerShell binds
   * no following word to them, only -Name:value. */
  const char *const *switches;
  size_t switch_count;
  const char *const *sources;       /* keys of psa_graphmap_source */
  size_t source_count;
  /* A Graph cmdlet chosen by the call: when the value written for
   * 'choose_param' is the one written for choose_equals[i], the call becomes
   * choose_graph[i] (else: a suggestion). 'graph' names the usual one. */
  const char *choose_param;
  const char *const *choose_equals;
  const char *const *choose_graph;
  size_t choose_count;
} psa_gm_cmdlet;

/* Whether the permission 'held' grants everything 'perm' does (the map's
 * "impliedBy" table, from the API reference's permission lists): a scope
 * list with both names 'perm' needlessly. */
bool psa_graphmap_implies(const char *held, const char *perm);
/* Whether c's API reference page lists 'perm' as a higher privileged
 * permission for the call (c->higher). */
bool psa_gm_higher_has(const psa_gm_cmdlet *c, const char *perm);
/* The entry for a legacy cmdlet, or NULL. */
const psa_gm_cmdlet *psa_graphmap_find(const char *legacy);
size_t psa_graphmap_count(void);
const psa_gm_cmdlet *psa_graphmap_at(size_t i);
/* The parameter entry for a legacy parameter name, or for the one parameter
 * of the cmdlet's recorded full list that the name is a prefix of; or NULL. */
const psa_gm_param *psa_gm_param_find(const psa_gm_cmdlet *c, const char *name);
/* How many of the cmdlet's recorded parameters 'name' is a prefix of (0: none, or no list). */
size_t psa_gm_param_prefix_count(const psa_gm_cmdlet *c, const char *name);
/* The switch parameter of the legacy cmdlet that 'name' (as written, maybe a
 * prefix) binds to, or NULL. */
const char *psa_gm_switch_find(const psa_gm_cmdlet *c, const char *name);
/* The property entry for a legacy property name, or NULL. */
const psa_gm_prop *psa_gm_prop_find(const psa_gm_object *o, const char *name);
/* The Graph spelling of a property the object has under the same name, or NULL. */
const char *psa_gm_object_same(const psa_gm_object *o, const char *name);
/* Whether the same-name property 'name' holds objects (the map's "subs");
 * *key is then the item property a text comparison of the legacy objects
 * compares on Graph's (AssignedLicenses: SkuId), or NULL when none. */
bool psa_gm_object_sub(const psa_gm_object *o, const char *name, const char **key);
/* "title, publisher: repository path @commit" of a source key, or NULL. */
const char *psa_graphmap_source(const char *key);
/* Number of source keys and the i-th key (for documentation and tests). */
size_t psa_graphmap_source_count(void);
const char *psa_graphmap_source_key(size_t i);

/* Prints the map's entries for the legacy cmdlets of one module
 * ("MSOnline", or "AzureAD" for AzureAD and AzureADPreview) that the model
 * calls: target cmdlets, parameters, output properties, permissions,
 * sources. Returns how many cmdlets it printed. */
struct psa_model;
size_t psa_graphmap_explain(const struct psa_model *m, const char *module, bool entra, FILE *out);

#endif

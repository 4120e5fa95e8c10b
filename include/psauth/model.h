/* The semantic model of one script: commands with resolved names and
 * parameter bindings, constant values, variables and where values come from.
 * Rules ask this model; they never walk syntax trees themselves.
 *
 * Everything here lives in the model's arena and stays valid until
 * psa_model_free(). Offsets are UTF-8 text offsets into the source, shifted
 * by the model's 'base': the scanned file has base 0, and each dot-sourced
 * file's model gets a base past the files before it, so that a span says
 * which file it lies in (see psa_model_span_file()).
 *
 * Nested scripts: the constant text of `powershell -Command '...'`,
 * `Start-Process powershell -ArgumentList '-Command', '...'`,
 * `Invoke-Expression '...'` and `[scriptblock]::Create('...')` is parsed as
 * PowerShell too, and its commands join the model with in_string set. Their
 * spans point into the string literal in the file (mapped through its
 * quoting), or at the whole string when the text was folded from several
 * pieces (span_approx).
 */
#ifndef PSAUTH_MODEL_H
#define PSAUTH_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "psauth/cmdtable.h"
#include "psauth/parse.h"
#include "psauth/source.h"

typedef struct psa_model psa_model;
typedef struct psa_value psa_value;
typedef struct psa_command psa_command;
typedef struct psa_variable psa_variable;
typedef struct psa_scope psa_scope;

typedef enum {
  PSA_V_UNKNOWN,     /* not knowable statically */
  PSA_V_STRING,      /* constant string: str (folded) */
  PSA_V_NUMBER,      /* str holds the literal text */
  PSA_V_BOOL,        /* $true / $false: 'truth' */
  PSA_V_NULL,
  PSA_V_ARRAY,       /* items */
  PSA_V_HASH,        /* entries */
  PSA_V_SCRIPTBLOCK,
  PSA_V_VARIABLE,    /* var (NULL when never assigned in scope), str = name */
  PSA_V_ENV,         /* $env:NAME: str = NAME */
  PSA_V_COMMAND,     /* output of cmd */
  PSA_V_NEW_OBJECT,  /* .NET construction: str = type name, items = arguments */
  PSA_V_STATIC_CALL, /* [str]::member(items) */
  PSA_V_METHOD_CALL, /* base.member(items) */
  PSA_V_MEMBER,      /* base.member */
  PSA_V_INDEX,       /* base[items[0]] */
  PSA_V_CAST,        /* [str] base */
  PSA_V_INTERP       /* string built from parts (items) that are not all constant */
} psa_value_kind;

typedef struct {
  const char *key;   /* constant key, or NULL */
  psa_span key_span;
  psa_span span;     /* the whole entry (key = value) */
  psa_value *value;
} psa_hash_entry;

/* A large script has a value for every 18 bytes or so: the fields are in
 * an order without padding, and the fields only one kind of value has share
 * their place (56 bytes). Read them with psa_value_member/cmd/var/entries,
 * which give NULL for the other kinds. */
struct psa_value {
  psa_value_kind kind;
  bool truth;
  bool literal;          /* one literal in the code (not folded from several) */
  bool single_quoted;    /* a verbatim ('...') literal */
  uint8_t literal_count; /* 1: a STRING written as one literal (its span), else 0 */
  psa_span span;
  const char *str;
  psa_value *base;
  psa_value **items;
  union {
    const char *member;      /* NEW_OBJECT, STATIC_CALL, METHOD_CALL, MEMBER */
    psa_hash_entry *entries; /* HASH */
    psa_command *cmd;        /* COMMAND */
    psa_variable *var;       /* VARIABLE (NULL when never assigned in scope) */
  } by_kind;
  uint32_t item_count;
  uint32_t entry_count;
};

static inline const char *psa_value_member(const psa_value *v) {
  return v->kind == PSA_V_NEW_OBJECT || v->kind == PSA_V_STATIC_CALL ||
                 v->kind == PSA_V_METHOD_CALL || v->kind == PSA_V_MEMBER
             ? v->by_kind.member
             : NULL;
}
static inline psa_hash_entry *psa_value_entries(const psa_value *v) {
  return v->kind == PSA_V_HASH ? v->by_kind.entries : NULL;
}
static inline psa_command *psa_value_cmd(const psa_value *v) {
  return v->kind == PSA_V_COMMAND ? v->by_kind.cmd : NULL;
}
static inline psa_variable *psa_value_var(const psa_value *v) {
  return v->kind == PSA_V_VARIABLE ? v->by_kind.var : NULL;
}

typedef struct {
  psa_value *value;
  psa_span span;           /* the assignment statement */
  psa_span target_span;    /* the variable as written on the left */
  const char *type;        /* [type]$x = ... or NULL */
  bool append;             /* += */
  psa_span list;           /* the statement list (script, block body) of which the
                              assignment is a whole statement, {0,0} when it is part
                              of a larger one (if ($x = ...), $a = $b = ...) or of a
                              text parsed in pieces: the statements after it in that
                              list run after it, each time the list runs */
} psa_assignment;

struct psa_variable {
  const char *name;        /* without '$' and scope modifier */
  psa_scope *scope;
  psa_assignment *assigns;
  uint32_t assign_count;
  uint32_t assign_cap;
  psa_hash_entry *entries; /* $h.Key = v, $h['Key'] = v, $h.Add('Key', v) */
  uint32_t entry_count;
  uint32_t entry_cap;
  bool is_parameter;
  bool is_foreach;         /* foreach ($x in ...) loop variable */
  const char *param_type;  /* declared type of a parameter */
  const char *const *param_attributes; /* other attributes' names as written
                                          ("Parameter", "Credential", ...) */
  uint32_t param_attribute_count;
  psa_value *param_default;
  psa_span decl_span;
  psa_span param_name_span; /* the parameter's $Name in its declaration */
  psa_variable *next;      /* next variable of the same scope */
  const char *folded;      /* cache of the constant value (model_query.c) */
  uint8_t fold_state;      /* 0 not yet, 1 constant, 2 not constant, 3 in progress */
  bool literal_walk;       /* on the stack of psa_value_literals */
  uint32_t ref_count;      /* reads of the variable ($x as a value) in the file */
};

typedef enum {
  PSA_SCOPE_SCRIPT,
  PSA_SCOPE_FUNCTION
} psa_scope_kind;

struct psa_scope {
  psa_scope_kind kind;
  const char *name;        /* function name, or NULL for the script */
  psa_scope *parent;
  psa_variable *vars;
  psa_span span;
};

typedef enum {
  PSA_BIND_NAMED,
  PSA_BIND_POSITIONAL,
  PSA_BIND_SPLAT,
  PSA_BIND_DEFAULT,        /* from $PSDefaultParameterValues */
  PSA_BIND_UNBOUND         /* a positional argument no parameter took */
} psa_bind_via;

typedef struct {
  const char *param;       /* canonical parameter name (or as written when unknown) */
  const char *written;     /* as written, without '-' (NULL for positional) */
  psa_bind_via via;
  psa_param_match match;
  psa_span param_span;     /* the -Name token, or the hashtable key */
  psa_span span;           /* the whole argument: -Name value, or the entry */
  psa_value *value;        /* NULL: a switch given without a value */
  bool colon;              /* -Name:value form */
} psa_arg;

struct psa_command {
  const char *name;        /* resolved canonical name */
  const char *written;     /* as written (after any module qualifier) */
  const char *module;      /* module qualifier as written, or NULL */
  const char *alias;       /* alias used, or NULL */
  const psa_cmd_info *info;
  psa_value *name_value;   /* & <expr> / . <expr>: the expression naming the command */
  psa_arg *args;
  psa_value *pipeline_input; /* previous element of the pipeline, or NULL */
  psa_variable *assigned_to;
  psa_scope *scope;
  psa_span span;           /* the command itself */
  psa_span name_span;
  psa_span statement_span; /* the whole statement, incl. any assignment */
  uint32_t arg_count;
  uint32_t depth_in_pipeline;
  uint32_t seq;            /* creation order (ties in 'commands' order) */
  bool local_function;     /* the script defines a function of this name */
  bool dynamic;            /* name not known (& $cmd) */
  bool invoke_operator;    /* called with & or . */
  bool dot_source;
  bool in_string;          /* parsed from a constant string (nested script): rules may
                              report it; fixes never edit inside the string */
  bool span_approx;        /* in_string, and the text was folded from several pieces:
                              every span of it is the string (or argument) as a whole */
};

typedef struct {
  psa_value *target;       /* base.member = value */
  const char *member;
  psa_value *value;
  psa_span span;
} psa_member_assignment;

/* $env:NAME = value: a write to the process environment, which child
 * processes and libraries (Azure.Identity) read. */
typedef struct {
  const char *name;        /* NAME, without "env:" */
  psa_value *value;
  psa_span span;           /* the assignment statement */
  psa_span target_span;    /* $env:NAME as written on the left */
  bool append;             /* += */
} psa_env_assignment;

typedef struct {
  const char *pattern;     /* "Cmd:Param" key, wildcards allowed */
  psa_value *value;
  psa_span span;
  psa_span key_span;
} psa_default_param;

typedef struct {
  const char *name;
  psa_span span;
  psa_scope *scope;
  /* What the function outputs, as far as psauth follows it: the values of
   * 'return <value>' and of statements that are only a variable
   * ('$session'). Callers' values flow through these (psa_value_producers). */
  psa_value **returns;
  uint32_t return_count, return_cap;
} psa_function;

/* A foreach ($x in <collection>) statement. */
typedef struct {
  psa_variable *var;       /* the loop variable */
  psa_value *collection;
  psa_span span;           /* the whole statement */
} psa_foreach;

/* A clause of an if statement or a loop, for placing and removing
 * connections: which branch a statement is in, and whether it repeats. */
typedef enum {
  PSA_BLOCK_IF,       /* if (cond) {...}: span from 'if' to the block's end */
  PSA_BLOCK_ELSEIF,   /* elseif (cond) {...} */
  PSA_BLOCK_ELSE,     /* else {...} */
  PSA_BLOCK_LOOP      /* foreach / for / while / do statement: span is the statement */
} psa_block_kind;

typedef struct {
  psa_block_kind kind;
  psa_span span;       /* the clause (keyword to closing brace), or the loop */
  psa_span body;       /* its statement block, braces included */
  psa_span statement;  /* the whole if statement (the loop itself for loops) */
} psa_block;

/* A catch clause of a try statement: a connection that sits in one runs
 * only when the try's commands throw the clause's exception types. */
typedef struct {
  psa_span span;       /* the clause, 'catch' to its closing brace */
  psa_span types;      /* its type list ("[A], [B]"), {0,0} when untyped */
  psa_span body;       /* its statement block, braces included */
  psa_span try_body;   /* the try's statement block, braces included */
  psa_span statement;  /* the whole try statement */
  bool last;           /* the try's last catch clause */
} psa_catch;

/* One module of a #Requires -Modules statement: a bare name or a
 * @{ModuleName=...; ...} specification. Versions are as written, NULL when
 * absent; a span is {0,0} when its value is absent. */
typedef struct {
  const char *name;
  const char *module_version;   /* ModuleVersion: the minimum */
  const char *required_version; /* RequiredVersion: exactly this one */
  const char *maximum_version;  /* MaximumVersion */
  psa_span span;                /* the name or the whole @{...} */
  psa_span required_span, maximum_span;
} psa_required_module;

/* A #Requires statement (PowerShell reads one anywhere in a script, as a
 * line comment that starts with "#requires"). */
typedef struct {
  psa_span span;                /* the comment line */
  psa_required_module *modules; /* from -Modules (any unique prefix of it) */
  uint32_t module_count;
} psa_requires;

typedef struct {
  psa_command *cmd;        /* the dot-sourcing command */
  const char *path;        /* resolved constant path as written, or NULL */
} psa_dot_source;

struct psa_model {
  const psa_source *src;
  const char *text;
  psa_command **commands;  /* in source order */
  uint32_t command_count;
  psa_scope *script;
  psa_function *functions;
  uint32_t function_count;
  psa_member_assignment *member_assigns;
  uint32_t member_assign_count;
  psa_default_param *defaults;
  uint32_t default_count;
  psa_value **calls;          /* [T]::new / [T]::M() / $x.M() values, in walk order */
  uint32_t call_count;
  psa_value **members;        /* base.member reads (PSA_V_MEMBER), in walk order */
  uint32_t member_count;
  psa_dot_source *dot_sources;
  uint32_t dot_source_count;
  psa_value *ps_email_server; /* $PSEmailServer, when assigned */
  psa_env_assignment *env_assigns; /* $env:NAME = ..., in walk order */
  uint32_t env_assign_count;
  psa_foreach *foreach_loops; /* in walk order */
  uint32_t foreach_count;
  psa_block *blocks;          /* if/elseif/else clauses and loops, in walk order */
  uint32_t block_count;
  psa_catch *catches;         /* catch clauses of try statements, in walk order */
  uint32_t catch_count;
  psa_span *script_blocks;    /* { ... } script block expressions (not function bodies), in walk
                                 order; none for nested scripts */
  uint32_t script_block_count;
  psa_requires *requires;     /* #Requires statements, in walk order */
  uint32_t requires_count;
  const psa_model **imports;  /* models of dot-sourced files (not owned) */
  uint32_t import_count;
  bool depth_limited;         /* nesting deeper than the limit was skipped */
  uint32_t base;              /* offset of this file's text in the span space */
  psa_span *nested;           /* string literals whose text was parsed as a nested
                                 script: edits must not fall inside one */
  uint32_t nested_count;
  uint32_t first_statement;   /* offset of the script's first top-level statement
                                 (after comment-based help and param()) */
  struct psa_model_impl *impl; /* the builder's state (model/internal.h) */
};

/* Builds the model of one parsed file. */
psa_model *psa_model_build(const psa_source *src, const psa_parse_result *parse);
/* The same with every span shifted by 'base' (for dot-sourced files: give
 * each a base at or past the end of the previous file's span space). */
/* Deepest syntax nesting the model walks; deeper parts are skipped and
 * depth_limited is set. Also the most a caller may ask for: the walk is
 * recursive and must stay far from a thread's stack limit. */
#define PSA_MODEL_MAX_DEPTH 400

/* As psa_model_build_at, walking at most max_depth levels (0 or more than
 * PSA_MODEL_MAX_DEPTH: PSA_MODEL_MAX_DEPTH). */
psa_model *psa_model_build_limited(const psa_source *src, const psa_parse_result *parse,
                                   uint32_t base, uint32_t max_depth);
/* As psa_model_build_limited for a text parsed in pieces (psauth/parse.h:
 * psa_parse_chunks_begin; 'parse' is the result it fills): each piece's
 * tree is walked and deleted before the next piece is parsed, and the
 * recovered fragments are walked after all pieces, in the order the whole
 * text's trees would be. NULL when the parse stopped at its memory limit
 * (parse->over_budget). The caller ends the chunks afterwards. */
psa_model *psa_model_build_chunked(const psa_source *src, psa_parse_chunks *chunks,
                                   const psa_parse_result *parse, uint32_t max_depth);
psa_model *psa_model_build_at(const psa_source *src, const psa_parse_result *parse,
                              uint32_t base);

/* The model (this one or an imported one, recursively) whose file holds
 * span 's', or NULL when none does. */
const psa_model *psa_model_span_file(const psa_model *m, psa_span s);

/* Whether an edit of 'range' would change the inside of a string that was
 * parsed as a nested script without replacing the whole string. */
bool psa_model_edit_in_nested(const psa_model *m, psa_span range);
void psa_model_free(psa_model *model);

/* Adds the top-level definitions of a dot-sourced file's model to the scope
 * of 'model' (variables and functions). The imported model must outlive it. */
void psa_model_import(psa_model *model, const psa_model *imported);

/* The argument bound to the canonical parameter 'param' (case-insensitive),
 * named, positional, splatted or from $PSDefaultParameterValues; NULL if none. */
const psa_arg *psa_command_arg(const psa_command *cmd, const char *param);

/* Whether a switch parameter is on: given without value, or with a value
 * that is constant true. */
bool psa_command_switch(const psa_model *m, const psa_command *cmd, const char *param);

/* Name tests, case-insensitive, on the resolved name; false for local functions. */
bool psa_command_is(const psa_command *cmd, const char *name);

/* A New-Object call: false for any other command (and for New-Object with
 * no argument). Otherwise *type is the type name given to -TypeName (NULL
 * when it cannot be known: computed, or given another way) and *plain
 * whether the call is the bare shape a rewrite can replace by a hashtable:
 * -TypeName its only argument, written as a literal, nothing piped in. */
bool psa_new_object(const psa_model *m, const psa_command *cmd, const char **type, bool *plain);

/* The constant string of a value, following variables with a single
 * constant assignment, concatenation, -f, -join, interpolation and casts.
 * NULL when not knowable. The string is in the model's arena. */
const char *psa_value_string(const psa_model *m, const psa_value *v);

/* Spans of the literals that make up the constant value (for pointing at the
 * literal a finding is about). Returns the count (<= max). */
uint32_t psa_value_literals(const psa_model *m, const psa_value *v, psa_span *out, uint32_t max);

/* The values a value may come from: follows variables (every assignment in
 * scope, imports included), parentheses, [string]/[uri]/[securestring]
 * casts and element access into constant hashtables. Writes at most 'max'
 * producers and returns how many were written. Cycles are cut. */
uint32_t psa_value_producers(const psa_model *m, const psa_value *v, const psa_value **out,
                             uint32_t max);

/* The places the file reads variable 'v' ($v as a value); returns how many
 * there are (writes at most 'max'). */
uint32_t psa_variable_reads(const psa_model *m, const psa_variable *v, psa_span *out, uint32_t max);

/* A read of a variable ($x as a value, any scope modifier): its name, span,
 * the scope it was read from (the script's for $script:/$global:) and the
 * variable it resolves to lexically (NULL: none). PowerShell resolves names
 * dynamically (about_Scopes: a called function is a child scope of its
 * caller), so a read may be of a caller's variable the lexical resolution
 * did not give it. */
typedef struct {
  const char *name;
  psa_span span;
  const psa_scope *scope;
  const psa_variable *var;
} psa_var_read;

/* Every variable read of the file (not of the files it dot-sources), in
 * walk order: writes at most 'max', returns how many there are. */
uint32_t psa_model_var_reads(const psa_model *m, psa_var_read *out, uint32_t max);

/* Reads of variables that the file never assigns (no assignment but
 * "$x = $null", not a parameter or loop variable): names and spans, at most
 * 'max'. Automatic
 * variables ($_, $PSScriptRoot, ...) are among them. */
uint32_t psa_model_unassigned_reads(const psa_model *m, const char **names, psa_span *spans,
                                    uint32_t max);

/* Looks up a variable visible from 'scope' by name (case-insensitive). */
psa_variable *psa_model_variable(const psa_model *m, psa_scope *scope, const char *name);

/* Where a credential, password or secret comes from. */
typedef enum {
  PSA_ORIGIN_LITERAL,        /* a constant in the code */
  PSA_ORIGIN_PROMPT,         /* Get-Credential, $Host.UI.PromptForCredential() */
  PSA_ORIGIN_READ_HOST,      /* Read-Host (plain) */
  PSA_ORIGIN_READ_HOST_SECURE,
  PSA_ORIGIN_FILE,           /* Get-Content, Import-Csv, [IO.File]::Read*, XML/JSON from files */
  PSA_ORIGIN_CLIXML,         /* Import-Clixml */
  PSA_ORIGIN_SECRET_STORE,   /* Get-Secret, Get-AzKeyVaultSecret */
  PSA_ORIGIN_AUTOMATION,     /* Get-AutomationPSCredential */
  PSA_ORIGIN_CREDENTIAL_MANAGER, /* Get-StoredCredential */
  PSA_ORIGIN_ENV,            /* $env:X, [Environment]::GetEnvironmentVariable */
  PSA_ORIGIN_PARAMETER,      /* script or function parameter */
  PSA_ORIGIN_SECURESTRING,   /* ConvertTo-SecureString: see 'cmd' */
  PSA_ORIGIN_CREDENTIAL,     /* PSCredential / NetworkCredential / ... construction */
  PSA_ORIGIN_COMMAND,        /* output of another command */
  PSA_ORIGIN_UNKNOWN
} psa_origin_kind;

typedef struct {
  psa_origin_kind kind;
  const psa_value *value;    /* the producing value */
  const psa_command *cmd;    /* for command origins */
  psa_span span;
} psa_origin;

/* Classifies the producers of 'v'. Returns the count written (<= max). */
uint32_t psa_value_origins(const psa_model *m, const psa_value *v, psa_origin *out, uint32_t max);
/* $Host.UI.PromptForCredential(...) (any case): the host's credential prompt,
 * a PSA_ORIGIN_PROMPT like Get-Credential but a method call, not a command. */
bool psa_value_is_host_prompt(const psa_value *v);

const char *psa_origin_kind_name(psa_origin_kind k);

/* For a credential construction (New-Object PSCredential(u, p),
 * [pscredential]::new(u, p), NetworkCredential, WebCredentials,
 * SharePointOnlineCredentials): the user and password argument values. */
bool psa_credential_parts(const psa_model *m, const psa_value *v, const psa_value **user,
                          const psa_value **password);

/* The .NET type a value constructs: [T]::new(...), New-Object T ...; NULL
 * otherwise. The argument list (possibly NULL) goes to args and count. */
const char *psa_object_type(const psa_model *m, const psa_value *v, const psa_value *const **args,
                            uint32_t *count);

/* Normalises a .NET type name: strips "System." and a leading
 * "System.Management.Automation.", lower-cases, and maps accelerators
 * (pscredential → psc..., securestring). Writes into buf. */
const char *psa_type_normalize(const char *type, char *buf, size_t buflen);

/* Whether a type name (as written) names the given full type, accepting
 * the accelerator and any "System." prefix omission. */
bool psa_type_is(const char *written, const char *full_name);

/* Prints the model as JSON (for `psauth model` and tests). Returns a
 * malloc'd string. */
char *psa_model_to_json(const psa_model *m);

#endif

/* Private state shared by the model's modules (build, bind, query, json). */
#ifndef PSA_MODEL_INTERNAL_H
#define PSA_MODEL_INTERNAL_H

#include "psauth/model.h"
#include "base/util.h"

typedef enum { PSA_RAW_PARAM, PSA_RAW_ARG, PSA_RAW_SPLAT } psa_raw_kind;

/* A command element as written, before binding. */
typedef struct {
  char *name;            /* PARAM: name without '-'; SPLAT: variable name */
  psa_value *value;      /* ARG, or PARAM given as -Name:value */
  psa_span span;
  uint8_t kind;          /* psa_raw_kind (a large script has millions) */
  bool colon;
  bool splat_script;     /* SPLAT: $script: or $global: (else the command's scope) */
} psa_raw_element;

typedef struct {
  psa_command *cmd;
  char *name_text;       /* command name as written, or NULL */
  psa_raw_element *elements;
  uint32_t element_count;
  uint32_t element_cap;
  uint8_t nest_depth;    /* 0: in the file; n: inside n nested scripts */
} psa_raw_command;

typedef struct {
  psa_value *value;      /* a PSA_V_VARIABLE to resolve */
  psa_scope *scope;      /* where it was read */
} psa_var_ref;

typedef struct {
  psa_value *var_value;  /* the hashtable variable */
  const char *key;
  psa_span key_span;
  psa_span span;
  psa_value *value;
} psa_entry_ref;

typedef struct psa_model_impl {
  psa_arena arena;
  psa_value *values_next;          /* the rest of the current run of values */
  uint32_t values_left;
  const psa_parse_result *parse;   /* during the build only */
  psa_raw_command **raws;
  uint32_t raw_count, raw_cap;
  psa_var_ref *refs;
  uint32_t ref_count, ref_cap;
  psa_entry_ref *entry_refs;
  uint32_t entry_ref_count, entry_ref_cap;
  uint32_t call_cap, command_cap, function_cap, member_assign_cap, default_cap, dot_source_cap, import_cap,
      foreach_cap, requires_cap, env_assign_cap, block_cap, member_cap,
      catch_cap, script_block_cap;
  /* variables by (scope, lower-case name): open addressing, so lookups stay
   * constant-time in scripts with thousands of variables */
  psa_variable **var_slots;
  uint32_t var_slot_cap, var_count;
  /* function names, sorted case-insensitively after the walk */
  psa_function **fn_sorted;
  /* aliases defined in the script with Set-Alias / New-Alias */
  struct { const char *alias; const char *target; } *aliases;
  uint32_t alias_count, alias_cap;
  /* what resolve and bind have already done: nested scripts are walked
   * after the first binding and only their additions are processed */
  uint32_t refs_done, entry_refs_done, raws_done, fn_indexed, calls_done;
  uint32_t nested_cap, nested_scripts, nested_bytes;
  psa_scope **own_scopes;   /* script scopes of nested processes (to free) */
  uint32_t own_scope_count, own_scope_cap;
  uint32_t max_depth; /* see psa_model_build_limited */
  /* names (variables, members, parameters, commands) kept once each while
   * the model is built: open addressing, at most half full */
  char **names;
  uint32_t name_cap, name_count;
} psa_model_impl;

/* The arena's one copy of the name s[0, n) (it must never be written). */
char *psa_model__name(psa_model_impl *impl, const char *s, size_t n);

psa_variable *psa_model__declare(psa_model *m, psa_scope *scope, const char *name);
psa_variable *psa_model__find_var(const psa_model *m, const psa_scope *scope, const char *name);
void psa_model__index_functions(psa_model *m);
void psa_model__resolve(psa_model *m);
void psa_model__bind(psa_model *m);
/* Reads the #Requires statement at 'span' (a comment line or the
 * grammar's requires_statement) into m->requires (model_requires.c).
 * 'span' is in m->text's own offsets, before the model's base. */
void psa_model__requires(psa_model *m, psa_span span);

/* Unescapes the inside of a string literal ('...' when !expandable, "..."
 * otherwise; typographic quotes as PowerShell reads them). When 'map' is not
 * NULL it receives, for each output byte and for the end, the offset (plus
 * 'base') of the input byte it came from; it needs room for end-p+1 entries. */
void psa_model__unescape(psa_buf *b, const char *p, const char *end, bool expandable,
                         uint32_t *map, uint32_t base);
/* Inner text range of a quoted literal [p, end) (quotes and @' '@ stripped). */
void psa_model__literal_inner(const char *p, const char *end, bool here, const char **s,
                              const char **e);

/* Walks a nested script: 'pr' is the parse of 'text'; spans go through 'map'
 * (or are all 'anchor' when map is NULL); variables live in 'scope'. The
 * commands it adds are bound before it returns. */
void psa_model__walk_nested(psa_model *m, const psa_parse_result *pr, const char *text,
                            const uint32_t *map, psa_span anchor, psa_scope *scope,
                            uint8_t nest_depth);
/* Finds nested scripts among the commands and calls, parses and walks them
 * (model_nested.c). */
void psa_model__nested(psa_model *m);

#endif

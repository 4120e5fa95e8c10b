/* The model as JSON, for `psauth model FILE` and for tests. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/internal.h"

static const char *const S_kind_names[] = {
    "unknown", "string", "number", "bool", "null", "array", "hash", "scriptblock",
    "variable", "env", "command", "new-object", "static-call", "method-call",
    "member", "index", "cast", "interpolation"};

static const char *const S_via_names[] = {"named", "positional", "splat", "default", "unbound"};
static const char *const S_match_names[] = {"exact", "prefix", "unknown", "ambiguous"};

static void S_pos(const psa_model *m, cJSON *o, const char *key, uint32_t offset) {
  uint32_t line, col;
  /* a value from a dot-sourced file: its own file's position and name */
  const psa_model *fm = psa_model_span_file(m, (psa_span){offset, offset});
  if (!fm) fm = m;
  psa_source_position(fm->src, offset - fm->base, &line, &col);
  char buf[1100];
  if (fm != m)
    snprintf(buf, sizeof(buf), "%.1024s:%u:%u", fm->src->path ? fm->src->path : "", line, col);
  else
    snprintf(buf, sizeof(buf), "%u:%u", line, col);
  cJSON_AddStringToObject(o, key, buf);
}

static cJSON *S_value(const psa_model *m, const psa_value *v, int depth) {
  cJSON *o = cJSON_CreateObject();
  if (!v) return o;
  cJSON_AddStringToObject(o, "kind", S_kind_names[v->kind]);
  S_pos(m, o, "at", v->span.start);
  if (v->kind == PSA_V_VARIABLE || v->kind == PSA_V_ENV) cJSON_AddStringToObject(o, "name", v->str);
  if (v->kind == PSA_V_COMMAND) cJSON_AddStringToObject(o, "command", psa_value_cmd(v)->name);
  if ((v->kind == PSA_V_NEW_OBJECT || v->kind == PSA_V_STATIC_CALL || v->kind == PSA_V_CAST) &&
      v->str)
    cJSON_AddStringToObject(o, "type", v->str);
  if (psa_value_member(v)) cJSON_AddStringToObject(o, "member", psa_value_member(v));
  const char *s = psa_value_string(m, v);
  if (s) cJSON_AddStringToObject(o, "value", s);
  if (v->kind == PSA_V_HASH) {
    cJSON *keys = cJSON_AddArrayToObject(o, "keys");
    for (uint32_t i = 0; i < v->entry_count; i++)
      cJSON_AddItemToArray(
          keys,
          cJSON_CreateString(psa_value_entries(v)[i].key ? psa_value_entries(v)[i].key : "?"));
  }
  if (depth < 3 && (v->kind == PSA_V_NEW_OBJECT || v->kind == PSA_V_ARRAY) && v->item_count) {
    cJSON *items = cJSON_AddArrayToObject(o, "items");
    for (uint32_t i = 0; i < v->item_count; i++)
      cJSON_AddItemToArray(items, S_value(m, v->items[i], depth + 1));
  }
  psa_origin origins[16];
  uint32_t n = psa_value_origins(m, v, origins, 16);
  if (n && !(n == 1 && origins[0].value == v && v->kind == PSA_V_STRING)) {
    cJSON *arr = cJSON_AddArrayToObject(o, "origins");
    for (uint32_t i = 0; i < n; i++) {
      cJSON *org = cJSON_CreateObject();
      cJSON_AddStringToObject(org, "kind", psa_origin_kind_name(origins[i].kind));
      S_pos(m, org, "at", origins[i].span.start);
      if (origins[i].cmd) cJSON_AddStringToObject(org, "command", origins[i].cmd->name);
      cJSON_AddItemToArray(arr, org);
    }
  }
  return o;
}

/* A member or environment assignment: {<key>: name, at, value}. */
static void S_assignment(const psa_model *m, cJSON *list, const char *key, const char *name,
                         psa_span span, const psa_value *value) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, key, name);
  S_pos(m, o, "at", span.start);
  cJSON_AddItemToObject(o, "value", S_value(m, value, 0));
  cJSON_AddItemToArray(list, o);
}

char *psa_model_to_json(const psa_model *m) {
  cJSON *root = cJSON_CreateObject();
  cJSON_AddStringToObject(root, "path", m->src->path);
  cJSON *cmds = cJSON_AddArrayToObject(root, "commands");
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", c->name);
    if (strcmp(c->written, c->name)) cJSON_AddStringToObject(o, "written", c->written);
    if (c->alias) cJSON_AddStringToObject(o, "alias", c->alias);
    if (c->module) cJSON_AddStringToObject(o, "module", c->module);
    if (c->local_function) cJSON_AddBoolToObject(o, "localFunction", 1);
    if (c->dynamic) cJSON_AddBoolToObject(o, "dynamic", 1);
    if (c->dot_source) cJSON_AddBoolToObject(o, "dotSource", 1);
    if (c->in_string) cJSON_AddBoolToObject(o, "inString", 1);
    if (c->span_approx) cJSON_AddBoolToObject(o, "spanApprox", 1);
    cJSON_AddBoolToObject(o, "known", c->info != NULL);
    S_pos(m, o, "at", c->span.start);
    if (c->pipeline_input) cJSON_AddItemToObject(o, "pipelineInput", S_value(m, c->pipeline_input, 2));
    if (c->assigned_to) cJSON_AddStringToObject(o, "assignedTo", c->assigned_to->name);
    cJSON *args = cJSON_AddArrayToObject(o, "args");
    for (uint32_t k = 0; k < c->arg_count; k++) {
      const psa_arg *a = &c->args[k];
      cJSON *ao = cJSON_CreateObject();
      if (a->param) cJSON_AddStringToObject(ao, "param", a->param);
      if (a->written && (!a->param || strcmp(a->written, a->param)))
        cJSON_AddStringToObject(ao, "written", a->written);
      cJSON_AddStringToObject(ao, "via", S_via_names[a->via]);
      if (a->match != PSA_PARAM_EXACT) cJSON_AddStringToObject(ao, "match", S_match_names[a->match]);
      S_pos(m, ao, "at", a->span.start);
      if (a->value) cJSON_AddItemToObject(ao, "value", S_value(m, a->value, 0));
      else cJSON_AddBoolToObject(ao, "switch", 1);
      cJSON_AddItemToArray(args, ao);
    }
    cJSON_AddItemToArray(cmds, o);
  }
  if (m->default_count) {
    cJSON *defs = cJSON_AddArrayToObject(root, "defaultParameterValues");
    for (uint32_t i = 0; i < m->default_count; i++) {
      cJSON *d = cJSON_CreateObject();
      cJSON_AddStringToObject(d, "key", m->defaults[i].pattern);
      S_pos(m, d, "at", m->defaults[i].span.start);
      cJSON_AddItemToArray(defs, d);
    }
  }
  if (m->requires_count) {
    cJSON *reqs = cJSON_AddArrayToObject(root, "requires");
    for (uint32_t i = 0; i < m->requires_count; i++) {
      const psa_requires *r = &m->requires[i];
      cJSON *o = cJSON_CreateObject();
      S_pos(m, o, "at", r->span.start);
      cJSON *mods = cJSON_AddArrayToObject(o, "modules");
      for (uint32_t k = 0; k < r->module_count; k++) {
        const psa_required_module *rm = &r->modules[k];
        cJSON *mo = cJSON_CreateObject();
        cJSON_AddStringToObject(mo, "name", rm->name);
        S_pos(m, mo, "at", rm->span.start);
        if (rm->module_version) cJSON_AddStringToObject(mo, "moduleVersion", rm->module_version);
        if (rm->required_version)
          cJSON_AddStringToObject(mo, "requiredVersion", rm->required_version);
        if (rm->maximum_version) cJSON_AddStringToObject(mo, "maximumVersion", rm->maximum_version);
        cJSON_AddItemToArray(mods, mo);
      }
      cJSON_AddItemToArray(reqs, o);
    }
  }
  if (m->function_count) {
    cJSON *fns = cJSON_AddArrayToObject(root, "functions");
    for (uint32_t i = 0; i < m->function_count; i++)
      cJSON_AddItemToArray(fns, cJSON_CreateString(m->functions[i].name));
  }
  if (m->member_assign_count) {
    cJSON *mas = cJSON_AddArrayToObject(root, "memberAssignments");
    for (uint32_t i = 0; i < m->member_assign_count; i++) {
      const psa_member_assignment *ma = &m->member_assigns[i];
      S_assignment(m, mas, "member", ma->member, ma->span, ma->value);
    }
  }
  if (m->env_assign_count) {
    cJSON *ens = cJSON_AddArrayToObject(root, "envAssignments");
    for (uint32_t i = 0; i < m->env_assign_count; i++) {
      const psa_env_assignment *e = &m->env_assigns[i];
      S_assignment(m, ens, "name", e->name, e->span, e->value);
    }
  }
  char *s = cJSON_Print(root);
  cJSON_Delete(root);
  return s;
}

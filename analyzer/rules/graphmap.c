/* Loads analyzer/data/graph-map.json (embedded as psa_graph_map_json) once
 * into an immutable table; see graphmap.h. */
#include "rules/graphmap.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "psauth/model.h"

extern const unsigned char psa_graph_map_json[];
extern const size_t psa_graph_map_json_len;

typedef struct {
  psa_arena arena;
  psa_gm_object *objects;
  size_t object_count;
  psa_gm_cmdlet *cmdlets; /* sorted by legacy name, case-insensitively */
  size_t cmdlet_count;
  const char **source_keys, **source_texts;
  size_t source_count;
  /* "impliedBy": a permission and the ones that grant all it grants */
  const char **implied;
  const char *const **implied_by; /* each permission's implying ones, as words */
  size_t *implied_by_count;
  size_t implied_count;
} S_table;

static S_table S_tab;
static pthread_once_t S_once = PTHREAD_ONCE_INIT;

/* The table is compiled in: a broken one is a build error, not input. */
static void S_corrupt(const char *what, const char *where) {
  fprintf(stderr, "psauth: internal error: graph-map.json: %s%s%s\n", what, where ? ": " : "",
          where ? where : "");
  abort();
}

static const char *S_str(psa_arena *a, const cJSON *obj, const char *key, bool required,
                         const char *where) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (cJSON_IsString(v) && v->valuestring[0]) return psa_arena_strdup(a, v->valuestring);
  if (required || (v && !cJSON_IsNull(v) && !cJSON_IsString(v))) S_corrupt(key, where);
  return NULL;
}

/* A space-separated list of names as an array. */
static const char *const *S_words(psa_arena *a, const char *text, size_t *count) {
  *count = 0;
  if (!text) return NULL;
  size_t n = 0;
  for (const char *p = text; *p;) {
    while (*p == ' ') p++;
    if (!*p) break;
    n++;
    while (*p && *p != ' ') p++;
  }
  const char **out = psa_arena_alloc(a, sizeof(*out) * (n ? n : 1));
  for (const char *p = text; *p;) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *s = p;
    while (*p && *p != ' ') p++;
    out[(*count)++] = psa_arena_strndup(a, s, (size_t)(p - s));
  }
  return out;
}

static psa_gm_param_kind S_kind(const char *k, const char *where) {
  static const struct {
    const char *name;
    psa_gm_param_kind kind;
  } kinds[] = {{"rename", PSA_GM_RENAME},
               {"switch", PSA_GM_SWITCH},
               {"invert", PSA_GM_INVERT},
               {"all", PSA_GM_ALL},
               {"license-add", PSA_GM_LICENSE_ADD},
               {"license-remove", PSA_GM_LICENSE_REMOVE},
               {"ref", PSA_GM_REF},
               {"enabled-filter", PSA_GM_ENABLED_FILTER},
               {"filter", PSA_GM_FILTER},
               {"search", PSA_GM_SEARCH},
               {"where", PSA_GM_WHERE},
               {"drop", PSA_GM_DROP},
               {"password", PSA_GM_PASSWORD},
               {"password-force-only", PSA_GM_FORCE_ONLY},
               {"uri", PSA_GM_URI},
               {"null-body", PSA_GM_NULL_BODY},
               {"mfa-disable", PSA_GM_MFA_DISABLE},
               {"policy-off", PSA_GM_POLICY_OFF},
               {"policy-on", PSA_GM_POLICY_ON},
               {"assigned-licenses", PSA_GM_ASSIGNED_LICENSES},
               {"password-profile", PSA_GM_PASSWORD_PROFILE},
               {"deleted-item", PSA_GM_DELETED_ITEM},
               {"by-key", PSA_GM_BY_KEY},
               {"license-options", PSA_GM_LICENSE_OPTIONS},
               {"directory-setting", PSA_GM_DIRECTORY_SETTING},
               {"days-period", PSA_GM_PERIOD},
               {"none", PSA_GM_NONE}};
  for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
    if (k && !strcmp(k, kinds[i].name)) return kinds[i].kind;
  S_corrupt("unknown parameter kind", where);
  return PSA_GM_NONE;
}

static void S_build_object(psa_arena *a, psa_gm_object *o, const cJSON *it) {
  o->name = psa_arena_strdup(a, it->string);
  o->select = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(it, "select"));
  o->passthrough = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(it, "passthrough"));
  o->strict = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(it, "strict"));
  o->dictionary = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(it, "dictionary"));
  const cJSON *same = cJSON_GetObjectItemCaseSensitive(it, "same");
  o->same = S_words(a, cJSON_IsString(same) ? same->valuestring : NULL, &o->same_count);
  const cJSON *subs = cJSON_GetObjectItemCaseSensitive(it, "subs");
  o->subs = S_words(a, cJSON_IsString(subs) ? subs->valuestring : NULL, &o->sub_count);
  const cJSON *def = cJSON_GetObjectItemCaseSensitive(it, "default");
  o->defaults = S_words(a, cJSON_IsString(def) ? def->valuestring : NULL, &o->default_count);
  const cJSON *all = cJSON_GetObjectItemCaseSensitive(it, "all");
  o->all = S_words(a, cJSON_IsString(all) ? all->valuestring : NULL, &o->all_count);
  const cJSON *basic = cJSON_GetObjectItemCaseSensitive(it, "basic");
  o->basic = S_words(a, cJSON_IsString(basic) ? basic->valuestring : NULL, &o->basic_count);
  const cJSON *props = cJSON_GetObjectItemCaseSensitive(it, "props");
  if (!cJSON_IsArray(props)) S_corrupt("object without props", o->name);
  o->prop_count = (size_t)cJSON_GetArraySize(props);
  psa_gm_prop *ps = psa_arena_alloc(a, sizeof(*ps) * (o->prop_count ? o->prop_count : 1));
  size_t i = 0;
  const cJSON *p;
  cJSON_ArrayForEach(p, props) {
    psa_gm_prop *q = &ps[i++];
    q->from = S_str(a, p, "from", true, o->name);
    q->to = S_str(a, p, "to", false, q->from);
    q->expr = S_str(a, p, "expr", false, q->from);
    q->select = S_str(a, p, "sel", false, q->from);
    q->none = S_str(a, p, "none", false, q->from);
    q->cmp = S_str(a, p, "cmp", false, q->from);
    q->cmp_read = S_str(a, p, "cmpread", q->cmp != NULL, q->from);
    q->items = S_str(a, p, "items", false, q->from);
    q->items_to = S_str(a, p, "itemsTo", q->items != NULL, q->from);
    q->limited = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(p, "limited"));
    q->limited_read = S_str(a, p, "limitedRead", false, q->from);
    if (q->limited_read && !q->limited) S_corrupt("limitedRead on a property that is not limited", q->from);
    if (!!q->to + !!q->expr + !!q->none != 1) S_corrupt("property needs one of to/expr/none", q->from);
  }
  o->props = ps;
}

static const psa_gm_object *S_object(const S_table *t, const char *name, const char *where) {
  for (size_t i = 0; i < t->object_count; i++)
    if (!strcmp(t->objects[i].name, name)) return &t->objects[i];
  S_corrupt("unknown output object", where);
  return NULL;
}

static void S_build_cmdlet(S_table *t, psa_gm_cmdlet *c, const cJSON *it) {
  psa_arena *a = &t->arena;
  c->legacy = S_str(a, it, "legacy", true, NULL);
  c->module = S_str(a, it, "module", true, c->legacy);
  c->graph = S_str(a, it, "graph", false, c->legacy);
  c->graph_module = S_str(a, it, "graphModule", false, c->legacy);
  c->entra = S_str(a, it, "entra", false, c->legacy);
  c->exact = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(it, "exact"));
  c->note = S_str(a, it, "note", false, c->legacy);
  c->paging = S_str(a, it, "paging", false, c->legacy);
  c->where = S_str(a, it, "where", false, c->legacy);
  c->delegated = S_str(a, it, "delegated", false, c->legacy);
  c->application = S_str(a, it, "application", false, c->legacy);
  const char *out = S_str(a, it, "output", false, c->legacy);
  c->output = out ? S_object(t, out, c->legacy) : NULL;
  c->limited_read = S_str(a, it, "limitedRead", false, c->legacy);
  c->full_read = S_str(a, it, "fullRead", false, c->legacy);
  const cJSON *higher = cJSON_GetObjectItemCaseSensitive(it, "higher");
  if (higher && !cJSON_IsString(higher)) S_corrupt("bad 'higher'", c->legacy);
  c->higher = S_words(a, higher ? higher->valuestring : NULL, &c->higher_count);
  if (c->full_read && (!c->output || !c->output->basic_count)) S_corrupt("fullRead without basic", c->legacy);
  if (c->limited_read && !c->output) S_corrupt("limitedRead without output", c->legacy);
  if (c->exact && !c->graph) S_corrupt("exact without a Graph cmdlet", c->legacy);
  const cJSON *adds = cJSON_GetObjectItemCaseSensitive(it, "entraAdds");
  if (c->entra && c->output && !cJSON_IsString(adds)) S_corrupt("Entra output without entraAdds", c->legacy);
  c->entra_adds = S_words(a, cJSON_IsString(adds) ? adds->valuestring : NULL, &c->entra_add_count);
  c->entra_flat = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(it, "entraFlat"));
  const cJSON *params = cJSON_GetObjectItemCaseSensitive(it, "params");
  if (!cJSON_IsArray(params)) S_corrupt("missing params", c->legacy);
  c->param_count = (size_t)cJSON_GetArraySize(params);
  psa_gm_param *ps = psa_arena_alloc(a, sizeof(*ps) * (c->param_count ? c->param_count : 1));
  size_t i = 0;
  const cJSON *p;
  cJSON_ArrayForEach(p, params) {
    psa_gm_param *q = &ps[i++];
    q->from = S_str(a, p, "from", true, c->legacy);
    q->kind = S_kind(S_str(a, p, "k", true, c->legacy), c->legacy);
    q->to = S_str(a, p, "to",
                  q->kind != PSA_GM_NONE && q->kind != PSA_GM_WHERE && q->kind != PSA_GM_DROP &&
                      q->kind != PSA_GM_DELETED_ITEM && q->kind != PSA_GM_BY_KEY,
                  c->legacy);
    q->note = S_str(a, p, "note", false, c->legacy);
    bool templated = q->kind == PSA_GM_FILTER || q->kind == PSA_GM_SEARCH || q->kind == PSA_GM_WHERE ||
                     q->kind == PSA_GM_URI || q->kind == PSA_GM_MFA_DISABLE || q->kind == PSA_GM_POLICY_OFF ||
                     q->kind == PSA_GM_POLICY_ON || q->kind == PSA_GM_PERIOD;
    q->tmpl = S_str(a, p, "tmpl", templated, c->legacy);
    q->extra = S_str(a, p, "extra", q->kind == PSA_GM_ASSIGNED_LICENSES || q->kind == PSA_GM_PERIOD,
                     c->legacy);
    q->no_entra = cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(p, "entra"));
    q->perm = S_str(a, p, "perm", false, c->legacy);
    q->select = S_str(a, p, "sel",
                      q->kind == PSA_GM_WHERE || q->kind == PSA_GM_PASSWORD || q->kind == PSA_GM_MFA_DISABLE ||
                          q->kind == PSA_GM_FORCE_ONLY || q->kind == PSA_GM_DELETED_ITEM ||
                          q->kind == PSA_GM_BY_KEY,
                      c->legacy);
  }
  c->params = ps;
  /* one Where-Object stage per call: the cmdlet's own or a parameter's */
  for (size_t k = 0; c->where && k < c->param_count; k++)
    if (ps[k].kind == PSA_GM_WHERE) S_corrupt("'where' beside a 'where' parameter", c->legacy);
  const cJSON *all = cJSON_GetObjectItemCaseSensitive(it, "allParams");
  if (all && !cJSON_IsString(all)) S_corrupt("allParams", c->legacy);
  c->all_params = S_words(a, all ? all->valuestring : NULL, &c->all_param_count);
  for (size_t k = 0; c->all_param_count && k < c->param_count; k++) {
    bool listed = false;
    for (size_t j = 0; j < c->all_param_count && !listed; j++)
      listed = !psa_strcasecmp(c->all_params[j], ps[k].from);
    if (!listed) S_corrupt("a mapped parameter missing from allParams", c->legacy);
  }
  const cJSON *sw = cJSON_GetObjectItemCaseSensitive(it, "switches");
  if (sw && !cJSON_IsString(sw)) S_corrupt("switches", c->legacy);
  c->switches = S_words(a, sw ? sw->valuestring : NULL, &c->switch_count);
  const cJSON *src = cJSON_GetObjectItemCaseSensitive(it, "src");
  if (!cJSON_IsArray(src) || !cJSON_GetArraySize(src)) S_corrupt("entry without sources", c->legacy);
  c->source_count = (size_t)cJSON_GetArraySize(src);
  const char **keys = psa_arena_alloc(a, sizeof(*keys) * c->source_count);
  i = 0;
  cJSON_ArrayForEach(p, src) {
    if (!cJSON_IsString(p)) S_corrupt("bad source key", c->legacy);
    bool known = false;
    for (size_t k = 0; k < t->source_count && !known; k++)
      if (!strcmp(t->source_keys[k], p->valuestring)) {
        keys[i++] = t->source_keys[k];
        known = true;
      }
    if (!known) S_corrupt("unknown source key", p->valuestring);
  }
  c->sources = keys;
  const cJSON *choose = cJSON_GetObjectItemCaseSensitive(it, "choose");
  if (choose) {
    const cJSON *cases = cJSON_GetObjectItemCaseSensitive(choose, "cases");
    c->choose_param = S_str(a, choose, "param", true, c->legacy);
    if (!cJSON_IsArray(cases) || !cJSON_GetArraySize(cases)) S_corrupt("'choose' without cases", c->legacy);
    c->choose_count = (size_t)cJSON_GetArraySize(cases);
    const char **eq = psa_arena_alloc(a, sizeof(*eq) * c->choose_count);
    const char **gr = psa_arena_alloc(a, sizeof(*gr) * c->choose_count);
    i = 0;
    cJSON_ArrayForEach(p, cases) {
      eq[i] = S_str(a, p, "equals", true, c->legacy);
      gr[i++] = S_str(a, p, "graph", true, c->legacy);
    }
    c->choose_equals = eq;
    c->choose_graph = gr;
  }
}

static int S_cmdlet_cmp(const void *x, const void *y) {
  return psa_strcasecmp(((const psa_gm_cmdlet *)x)->legacy, ((const psa_gm_cmdlet *)y)->legacy);
}

static void S_init(void) {
  S_table *t = &S_tab;
  psa_arena_init(&t->arena);
  psa_arena *a = &t->arena;
  cJSON *root = cJSON_ParseWithLength((const char *)psa_graph_map_json, psa_graph_map_json_len);
  if (!cJSON_IsObject(root)) S_corrupt("not a JSON object", NULL);
  const cJSON *sources = cJSON_GetObjectItemCaseSensitive(root, "sources");
  const cJSON *objects = cJSON_GetObjectItemCaseSensitive(root, "objects");
  const cJSON *cmdlets = cJSON_GetObjectItemCaseSensitive(root, "cmdlets");
  if (!cJSON_IsObject(sources) || !cJSON_IsObject(objects) || !cJSON_IsArray(cmdlets))
    S_corrupt("missing 'sources', 'objects' or 'cmdlets'", NULL);
  const cJSON *it;
  size_t i = 0;
  t->source_count = (size_t)cJSON_GetArraySize(sources);
  t->source_keys = psa_arena_alloc(a, sizeof(char *) * (t->source_count ? t->source_count : 1));
  t->source_texts = psa_arena_alloc(a, sizeof(char *) * (t->source_count ? t->source_count : 1));
  cJSON_ArrayForEach(it, sources) {
    if (!cJSON_IsString(it)) S_corrupt("bad source", it->string);
    t->source_keys[i] = psa_arena_strdup(a, it->string);
    t->source_texts[i++] = psa_arena_strdup(a, it->valuestring);
  }
  const cJSON *implied = cJSON_GetObjectItemCaseSensitive(root, "impliedBy");
  if (implied && !cJSON_IsObject(implied)) S_corrupt("bad 'impliedBy'", NULL);
  i = 0;
  t->implied_count = implied ? (size_t)cJSON_GetArraySize(implied) : 0;
  t->implied = psa_arena_alloc(a, sizeof(char *) * (t->implied_count ? t->implied_count : 1));
  t->implied_by = psa_arena_alloc(a, sizeof(*t->implied_by) * (t->implied_count ? t->implied_count : 1));
  t->implied_by_count = psa_arena_alloc(a, sizeof(size_t) * (t->implied_count ? t->implied_count : 1));
  if (implied) {
    cJSON_ArrayForEach(it, implied) {
      if (!cJSON_IsString(it)) S_corrupt("bad impliedBy entry", it->string);
      t->implied[i] = psa_arena_strdup(a, it->string);
      t->implied_by[i] = S_words(a, it->valuestring, &t->implied_by_count[i]);
      i++;
    }
  }
  i = 0;
  t->object_count = (size_t)cJSON_GetArraySize(objects);
  t->objects = psa_arena_alloc(a, sizeof(*t->objects) * (t->object_count ? t->object_count : 1));
  cJSON_ArrayForEach(it, objects) S_build_object(a, &t->objects[i++], it);
  for (i = 0; i < t->object_count; i++)
    for (size_t k = 0; k < t->objects[i].prop_count; k++)
      if (t->objects[i].props[k].items) {
        /* objects name each other: resolved once all are built (the props
         * array is this table's own, const only to readers) */
        psa_gm_prop *q = (psa_gm_prop *)&t->objects[i].props[k];
        q->items_object = S_object(t, q->items, q->from);
      }
  i = 0;
  t->cmdlet_count = (size_t)cJSON_GetArraySize(cmdlets);
  t->cmdlets = psa_arena_alloc(a, sizeof(*t->cmdlets) * (t->cmdlet_count ? t->cmdlet_count : 1));
  cJSON_ArrayForEach(it, cmdlets) S_build_cmdlet(t, &t->cmdlets[i++], it);
  qsort(t->cmdlets, t->cmdlet_count, sizeof(*t->cmdlets), S_cmdlet_cmp);
  for (i = 1; i < t->cmdlet_count; i++)
    if (!S_cmdlet_cmp(&t->cmdlets[i - 1], &t->cmdlets[i]))
      S_corrupt("cmdlet listed twice", t->cmdlets[i].legacy);
  cJSON_Delete(root);
}

static const S_table *S_get(void) {
  pthread_once(&S_once, S_init);
  return &S_tab;
}

const psa_gm_cmdlet *psa_graphmap_find(const char *legacy) {
  if (!legacy) return NULL;
  const S_table *t = S_get();
  size_t lo = 0, hi = t->cmdlet_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = psa_strcasecmp(legacy, t->cmdlets[mid].legacy);
    if (!c) return &t->cmdlets[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

bool psa_graphmap_implies(const char *held, const char *perm) {
  const S_table *t = S_get();
  if (!held || !perm) return false;
  for (size_t i = 0; i < t->implied_count; i++) {
    if (psa_strcasecmp(t->implied[i], perm)) continue;
    for (size_t k = 0; k < t->implied_by_count[i]; k++)
      if (!psa_strcasecmp(t->implied_by[i][k], held)) return true;
  }
  return false;
}

bool psa_gm_higher_has(const psa_gm_cmdlet *c, const char *perm) {
  for (size_t i = 0; c && perm && i < c->higher_count; i++)
    if (!psa_strcasecmp(c->higher[i], perm)) return true;
  return false;
}

size_t psa_graphmap_count(void) { return S_get()->cmdlet_count; }

const psa_gm_cmdlet *psa_graphmap_at(size_t i) {
  const S_table *t = S_get();
  return i < t->cmdlet_count ? &t->cmdlets[i] : NULL;
}

const psa_gm_param *psa_gm_param_find(const psa_gm_cmdlet *c, const char *name) {
  for (size_t i = 0; c && name && i < c->param_count; i++)
    if (!psa_strcasecmp(c->params[i].from, name)) return &c->params[i];
  if (!c || !name || !*name) return NULL;
  /* a prefix: one of the cmdlet's own parameters (they win prefix ties with
   * the common parameters, as in PowerShell's binder) */
  const char *full = NULL;
  size_t n = strlen(name);
  for (size_t i = 0; i < c->all_param_count; i++) {
    if (psa_strncasecmp(c->all_params[i], name, n)) continue;
    if (full) return NULL; /* ambiguous: PowerShell refuses the call */
    full = c->all_params[i];
  }
  for (size_t i = 0; full && i < c->param_count; i++)
    if (!psa_strcasecmp(c->params[i].from, full)) return &c->params[i];
  return NULL;
}

size_t psa_gm_param_prefix_count(const psa_gm_cmdlet *c, const char *name) {
  size_t n = name ? strlen(name) : 0, count = 0;
  for (size_t i = 0; c && n && i < c->all_param_count; i++)
    if (!psa_strncasecmp(c->all_params[i], name, n)) count++;
  return count;
}

const char *psa_gm_switch_find(const psa_gm_cmdlet *c, const char *name) {
  size_t n = name ? strlen(name) : 0;
  if (!c || !n) return NULL;
  const char *full = NULL;
  for (size_t i = 0; i < c->switch_count; i++) {
    if (!psa_strcasecmp(c->switches[i], name)) return c->switches[i];
    if (!psa_strncasecmp(c->switches[i], name, n)) {
      if (full) return NULL; /* a prefix of two switches: PowerShell refuses it */
      full = c->switches[i];
    }
  }
  /* a prefix also of another parameter in the full list is ambiguous */
  return full && psa_gm_param_prefix_count(c, name) <= 1 ? full : NULL;
}

const psa_gm_prop *psa_gm_prop_find(const psa_gm_object *o, const char *name) {
  for (size_t i = 0; o && name && i < o->prop_count; i++)
    if (!psa_strcasecmp(o->props[i].from, name)) return &o->props[i];
  /* "extension_*": every name with the prefix (and more after it) */
  for (size_t i = 0; o && name && i < o->prop_count; i++) {
    size_t n = strlen(o->props[i].from);
    if (n > 1 && o->props[i].from[n - 1] == '*' && strlen(name) > n - 1 &&
        !psa_strncasecmp(o->props[i].from, name, n - 1))
      return &o->props[i];
  }
  return NULL;
}

const char *psa_gm_object_same(const psa_gm_object *o, const char *name) {
  for (size_t i = 0; o && name && i < o->same_count; i++)
    if (!psa_strcasecmp(o->same[i], name)) return o->same[i];
  return NULL;
}

bool psa_gm_object_sub(const psa_gm_object *o, const char *name, const char **key) {
  size_t n = name ? strlen(name) : 0;
  for (size_t i = 0; o && n && i < o->sub_count; i++) {
    const char *w = o->subs[i];
    if (psa_strncasecmp(w, name, n) || (w[n] && w[n] != '=')) continue;
    if (key) *key = w[n] == '=' && w[n + 1] ? w + n + 1 : NULL;
    return true;
  }
  return false;
}

const char *psa_graphmap_source(const char *key) {
  const S_table *t = S_get();
  for (size_t i = 0; key && i < t->source_count; i++)
    if (!strcmp(t->source_keys[i], key)) return t->source_texts[i];
  return NULL;
}

size_t psa_graphmap_source_count(void) { return S_get()->source_count; }

const char *psa_graphmap_source_key(size_t i) {
  const S_table *t = S_get();
  return i < t->source_count ? t->source_keys[i] : NULL;
}

static const char *S_kind_text(psa_gm_param_kind k) {
  switch (k) {
    case PSA_GM_SWITCH: return " (a switch: -Name:$value)";
    case PSA_GM_INVERT: return " (inverted: -AccountEnabled:(-not $value))";
    case PSA_GM_ALL: return " (-All $true -> -All; -All $false -> dropped)";
    case PSA_GM_LICENSE_ADD: return " (AccountSkuId strings -> @{SkuId = ...} entries via Get-MgSubscribedSku)";
    case PSA_GM_LICENSE_REMOVE: return " (AccountSkuId strings -> SkuId GUIDs via Get-MgSubscribedSku)";
    case PSA_GM_REF: return " (object id -> https://graph.microsoft.com/v1.0/directoryObjects/<id>)";
    case PSA_GM_ENABLED_FILTER: return " (EnabledOnly/DisabledOnly -> 'accountEnabled eq true/false')";
    case PSA_GM_FILTER: return " (an OData filter)";
    case PSA_GM_SEARCH: return " (a $search expression)";
    case PSA_GM_PASSWORD: return " (@{Password = $value; ForceChangePasswordNextSignIn = ...})";
    case PSA_GM_FORCE_ONLY: return " ($true only: @{ForceChangePasswordNextSignIn = $true}, no password)";
    case PSA_GM_NULL_BODY: return " (@{'<name>' = $null}: the value is deleted)";
    case PSA_GM_MFA_DISABLE: return " (@() only: the call becomes the other entry's cmdlet)";
    case PSA_GM_DELETED_ITEM: return " (the call becomes the other entry's cmdlet on the deleted object)";
    case PSA_GM_BY_KEY: return " (the call becomes the other entry's cmdlet, which gets the object by this key)";
    case PSA_GM_POLICY_OFF: return " ($true clears, $false sets the password policy; the user's other policies kept)";
    case PSA_GM_POLICY_ON: return " ($true sets, $false clears the password policy; the user's other policies kept)";
    case PSA_GM_ASSIGNED_LICENSES:
      return " (a New-Object AssignedLicenses variable -> its AddLicenses and RemoveLicenses lists)";
    case PSA_GM_PASSWORD_PROFILE:
      return " (a New-Object PasswordProfile variable -> a hashtable @{Password; ForceChangePasswordNextSignIn})";
    case PSA_GM_DIRECTORY_SETTING:
      return " (a setting variable: its $s['Name'] become ($s.Values | Where-Object { $_.Name -eq 'Name' }).Value)";
    default: return "";
  }
}

static void S_explain_one(const psa_gm_cmdlet *c, bool entra, FILE *out) {
  fprintf(out, "\n%s (%s)\n", c->legacy, c->module);
  if (c->graph)
    fprintf(out, "  Microsoft Graph PowerShell: %s (%s)%s\n", c->graph, c->graph_module,
            c->exact ? "" : " - no exact rewrite: psauth suggests, a person decides");
  else
    fprintf(out, "  Microsoft Graph PowerShell: none\n");
  if (c->entra) fprintf(out, "  Microsoft Entra PowerShell: %s%s\n", c->entra, entra ? " (the target)" : "");
  for (size_t i = 0; i < c->choose_count; i++)
    fprintf(out, "  When -%s is the value of -%s: %s\n", c->choose_param, c->choose_equals[i],
            c->choose_graph[i]);
  if (c->note) fprintf(out, "  Note: %s\n", c->note);
  if (c->paging) fprintf(out, "  Without a paging parameter: %s is added\n", c->paging);
  if (c->where) fprintf(out, "  Every call gets: | %s\n", c->where);
  for (size_t i = 0; i < c->param_count; i++) {
    const psa_gm_param *p = &c->params[i];
    if (p->kind == PSA_GM_NONE)
      fprintf(out, "  -%s: no exact equivalent; %s\n", p->from, p->note ? p->note : "");
    else if (p->kind == PSA_GM_DROP)
      fprintf(out, "  -%s: dropped; %s\n", p->from, p->note ? p->note : "");
    else if (p->kind == PSA_GM_WHERE)
      fprintf(out, "  -%s -> | %s\n", p->from, p->tmpl);
    else if (p->kind == PSA_GM_DELETED_ITEM || p->kind == PSA_GM_BY_KEY) {
      const psa_gm_cmdlet *alt = psa_graphmap_find(p->select);
      fprintf(out, "  -%s -> %s%s; %s\n", p->from, alt && alt->graph ? alt->graph : p->select, S_kind_text(p->kind),
              p->note ? p->note : "");
    }
    else if (p->kind == PSA_GM_URI)
      fprintf(out, "  -%s -> %s -%s ('%s' + the id, URL-escaped)\n", p->from, p->extra ? p->extra : "", p->to,
              p->tmpl);
    else if (p->kind == PSA_GM_PERIOD)
      fprintf(out, "  -%s -> -%s '%s' ({0} = the number of days, one of: %s)\n", p->from, p->to, p->tmpl,
              p->extra);
    else if (p->kind == PSA_GM_FILTER || p->kind == PSA_GM_SEARCH)
      fprintf(out, "  -%s -> -%s '%s'%s%s\n", p->from, p->to, p->tmpl, p->extra ? " " : "",
              p->extra ? p->extra : "");
    else
      fprintf(out, "  -%s -> -%s%s\n", p->from, p->to, S_kind_text(p->kind));
  }
  if (c->output) {
    const psa_gm_object *o = c->output;
    fprintf(out, "  Output (%s)%s:\n", o->name,
            o->select ? "; Graph returns a default property set: psauth adds -Property for what the script reads" : "");
    for (size_t i = 0; i < o->prop_count; i++) {
      const psa_gm_prop *p = &o->props[i];
      if (p->to) fprintf(out, "    .%s -> .%s\n", p->from, p->to);
      else if (p->expr) fprintf(out, "    .%s -> %s\n", p->from, p->expr);
      else fprintf(out, "    .%s: %s\n", p->from, p->none);
    }
  }
  fprintf(out, "  Permissions: delegated %s; application %s\n", c->delegated ? c->delegated : "none",
          c->application ? c->application : "none");
  fprintf(out, "  Sources:");
  for (size_t i = 0; i < c->source_count; i++) fprintf(out, " %s", c->sources[i]);
  fprintf(out, "\n");
}

size_t psa_graphmap_explain(const psa_model *m, const char *module, bool entra, FILE *out) {
  const psa_gm_cmdlet *seen[256];
  size_t n = 0;
  bool msol = !strcmp(module, "MSOnline");
  for (uint32_t i = 0; m && i < m->command_count; i++) {
    const psa_command *cmd = m->commands[i];
    if (cmd->local_function || cmd->dynamic || !cmd->name) continue;
    const psa_gm_cmdlet *c = psa_graphmap_find(cmd->name);
    if (!c || (msol != !strcmp(c->module, "MSOnline"))) continue;
    bool dup = false;
    for (size_t k = 0; k < n && !dup; k++) dup = seen[k] == c;
    if (dup || n == sizeof(seen) / sizeof(seen[0])) continue;
    seen[n++] = c;
    S_explain_one(c, entra, out);
  }
  if (n) {
    const S_table *t = S_get();
    fprintf(out, "\nSources:\n");
    for (size_t i = 0; i < t->source_count; i++)
      fprintf(out, "  %s: %s\n", t->source_keys[i], t->source_texts[i]);
  }
  return n;
}

/* Following dot-sourced files (. .\common.ps1) so that variables and
 * functions they define are known where they are used. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"
#include "base/array.h"

#define PSA_DOTSOURCE_DEPTH 4
#define PSA_DOTSOURCE_FILES 32

/* The path a dot-sourcing command names, relative to the script's folder:
 * a constant, "$PSScriptRoot\x.ps1", or (Join-Path $PSScriptRoot x.ps1). */
static char *S_target(const psa_model *m, const psa_command *cmd, const char *dir) {
  psa_buf b;
  psa_buf_init(&b);
  const psa_value *nv = cmd->name_value;
  bool ok = false;
  if (!nv && cmd->written && *cmd->written) {
    psa_buf_puts(&b, cmd->written);
    ok = true;
  } else if (nv && nv->kind == PSA_V_INTERP && nv->item_count == 2 &&
             nv->items[0]->kind == PSA_V_VARIABLE && !psa_strcasecmp(nv->items[0]->str, "PSScriptRoot") &&
             nv->items[1]->kind == PSA_V_STRING) {
    psa_buf_puts(&b, nv->items[1]->str);
    ok = true;
  } else if (nv && nv->kind == PSA_V_COMMAND && psa_command_is(psa_value_cmd(nv), "Join-Path")) {
    const psa_arg *p = psa_command_arg(psa_value_cmd(nv), "Path");
    const psa_arg *c = psa_command_arg(psa_value_cmd(nv), "ChildPath");
    const char *child = c && c->value ? psa_value_string(m, c->value) : NULL;
    if (p && p->value && p->value->kind == PSA_V_VARIABLE &&
        !psa_strcasecmp(p->value->str, "PSScriptRoot") && child) {
      psa_buf_putc(&b, '/');
      psa_buf_puts(&b, child);
      ok = true;
    }
  } else if (nv) {
    const char *s = psa_value_string(m, nv);
    if (s) {
      psa_buf_puts(&b, s);
      ok = true;
    }
  }
  if (!ok || !b.data) {
    psa_buf_free(&b);
    return NULL;
  }
  /* Windows separators; a drive-letter path cannot be resolved here */
  for (char *p = b.data; *p; p++)
    if (*p == '\\') *p = '/';
  if (b.data[0] && b.data[1] == ':') {
    psa_buf_free(&b);
    return NULL;
  }
  const char *rel = b.data;
  while (rel[0] == '.' && rel[1] == '/') rel += 2;
  while (*rel == '/') rel++;
  char *full = psa_xmalloc(strlen(dir) + strlen(rel) + 2);
  strcpy(full, dir);
  strcat(full, "/");
  strcat(full, rel);
  psa_buf_free(&b);
  return full;
}

static char *S_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return psa_xstrdup(".");
  if (slash == path) return psa_xstrdup("/");
  return psa_xstrndup(path, (size_t)(slash - path));
}

typedef struct {
  char *seen[PSA_DOTSOURCE_FILES];
  uint32_t seen_count;
} S_visited;

static void S_load(psa_parser *parser, psa_rule_state *impl, const char *path, psa_model *model,
                   const psa_scan_options *opts, S_visited *v, int depth, const psa_span *anchor) {
  if (depth >= PSA_DOTSOURCE_DEPTH) return;
  char *dir = S_dirname(path);
  for (uint32_t i = 0; i < model->dot_source_count; i++) {
    char *target = S_target(model, model->dot_sources[i].cmd, dir);
    if (!target) continue;
    char *real = realpath(target, NULL);
    if (!real) {
      free(target);
      continue;
    }
    bool dup = v->seen_count >= PSA_DOTSOURCE_FILES;
    for (uint32_t k = 0; k < v->seen_count && !dup; k++)
      if (!strcmp(v->seen[k], real)) dup = true;
    if (dup) {
      free(real);
      free(target);
      continue;
    }
    v->seen[v->seen_count++] = real;
    psa_load_status st;
    char msg[128];
    psa_source *src = opts->load_dot_source ? opts->load_dot_source(opts->load_payload, real) : NULL;
    if (!src) src = psa_source_load(real, opts->max_file_bytes, &st, msg, sizeof(msg));
    /* each file gets its own stretch of the span space, after the others,
     * so a span names its file */
    if (!impl->next_base) impl->next_base = model->base + model->src->text_len + 1;
    if (src && src->text_len >= UINT32_MAX - impl->next_base) {
      psa_source_free(src);
      src = NULL;
    }
    if (!src) {
      free(target);
      continue;
    }
    psa_grow(impl->imports, impl->import_count, impl->import_cap);
    psa_import *imp = &impl->imports[impl->import_count++];
    imp->src = src;
    if (target[0] == '.' && target[1] == '/') memmove(target, target + 2, strlen(target + 2) + 1);
    imp->path = target;
    imp->anchor = anchor ? *anchor : model->dot_sources[i].cmd->span;
    psa_span own = imp->anchor;
    psa_parse(parser, src->text, src->text_len, !opts->no_recovery, &imp->parse);
    imp->model = psa_model_build_limited(src, &imp->parse, impl->next_base, opts->max_depth);
    impl->next_base += src->text_len + 1;
    /* its own dot-sourced files first, so their definitions chain */
    S_load(parser, impl, real, imp->model, opts, v, depth + 1, &own);
    psa_model_import(model, imp->model);
  }
  free(dir);
}

void psa_dotsource_load(psa_parser *parser, psa_rule_state *impl, const char *path,
                        psa_model *model, const psa_scan_options *opts) {
  S_visited v = {{0}, 0};
  char *self = realpath(path, NULL);
  if (self) v.seen[v.seen_count++] = self; /* a file dot-sourcing itself */
  S_load(parser, impl, path, model, opts, &v, 0, NULL);
  for (uint32_t i = 0; i < v.seen_count; i++) free(v.seen[i]);
}

void psa_dotsource_free(psa_rule_state *impl) {
  /* models may import each other: free every model before any source */
  for (uint32_t i = 0; i < impl->import_count; i++) psa_model_free(impl->imports[i].model);
  for (uint32_t i = 0; i < impl->import_count; i++) {
    psa_parse_result_free(&impl->imports[i].parse);
    psa_source_free(impl->imports[i].src);
    free(impl->imports[i].path);
  }
  free(impl->imports);
  impl->imports = NULL;
  impl->import_count = impl->import_cap = 0;
}

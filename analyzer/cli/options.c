/* Option parsing and messages shared by the CLI's commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "cli/cli.h"
#include "base/array.h"
#include "base/util.h"

void psa_cli_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "psauth: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void psa_cli_discover_error(void *payload, const psa_discover_entry *e) {
  fprintf(stderr, "psauth: %s: %s\n", e->path, e->message);
  if (e->explicit_path) *(bool *)payload = true;
}

/* ---- lists -------------------------------------------------------------- */

void psa_cli_list_add(psa_cli_list *l, const char *s) {
  psa_push(l->items, l->count, l->cap, psa_xstrdup(s));
}

void psa_cli_list_free(psa_cli_list *l) {
  for (size_t i = 0; i < l->count; i++) free(l->items[i]);
  free(l->items);
}

static void S_strv_add_csv(char ***v, size_t *count, const char *csv) {
  const char *p = csv;
  while (*p) {
    const char *c = strchr(p, ',');
    size_t n = c ? (size_t)(c - p) : strlen(p);
    if (n) {
      *v = psa_xrealloc(*v, (*count + 1) * sizeof(char *));
      (*v)[(*count)++] = psa_xstrndup(p, n);
    }
    if (!c) break;
    p = c + 1;
  }
}

int psa_cli_read_lines(const char *file, psa_cli_list *out) {
  FILE *f = strcmp(file, "-") ? fopen(file, "r") : stdin;
  if (!f) {
    fprintf(stderr, "psauth: --files-from %s: %s\n", file, strerror(errno));
    return -1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) > 0) {
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
    if (!n) continue;
    psa_cli_list_add(out, line);
  }
  free(line);
  if (f != stdin) fclose(f);
  return 0;
}

/* ---- discovery ------------------------------------------------------------ */

/* Whether 'path' is 'root' or lies under it, as discovery joins them. */
static bool S_under(const char *path, const char *root) {
  size_t len = strlen(root);
  if (strncmp(path, root, len)) return false;
  return !path[len] || path[len] == '/' || (len && root[len - 1] == '/');
}

void psa_cli_warn_empty_paths(const char *const *paths, size_t n, const psa_discover_list *list,
                              const char *const *kept, size_t nkept, bool include_globs) {
  for (size_t p = 0; p < n; p++) {
    bool any = false;
    for (size_t i = 0; i < list->count && !any; i++)
      any = list->entries[i].kind == PSA_DISCOVER_ERROR && S_under(list->entries[i].path, paths[p]);
    for (size_t i = 0; i < nkept && !any; i++) any = S_under(kept[i], paths[p]);
    if (any) continue;
    fprintf(stderr, "psauth: warning: %s: no scripts found (%s)\n", paths[p],
            include_globs ? "no file matches the include patterns"
                          : "no *.ps1, *.psm1 or *.psd1 file, or all excluded");
  }
}

size_t psa_cli_warn_empty_jobs(const char *const *paths, size_t n, const psa_jobs *files,
                               bool include_globs) {
  const char **kept = psa_xcalloc(files->count + 1, sizeof(char *));
  for (size_t i = 0; i < files->count; i++) kept[i] = files->jobs[i].path;
  psa_cli_warn_empty_paths(paths, n, &files->list, kept, files->count, include_globs);
  free(kept);
  size_t discovered = 0;
  for (size_t i = 0; i < files->list.count; i++)
    if (files->list.entries[i].kind != PSA_DISCOVER_ERROR) discovered++;
  return discovered;
}

/* ---- the command-line settings layer ------------------------------------ */

int psa_cli_settings_option(psa_cli_settings *s, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  static const char *const with_arg[] = {"--select", "--ignore", "--severity", "--fail-on",
                                         "--max-file-size", "--config", NULL};
  bool takes = false;
  for (int k = 0; with_arg[k]; k++)
    if (!strcmp(a, with_arg[k])) takes = true;
  if (!takes && strcmp(a, "--no-config") != 0) return 0;
  if (takes && *i + 1 >= argc) {
    psa_cli_err("option %s needs an argument", a);
    return -1;
  }
  const char *v = takes ? argv[++*i] : NULL;
  psa_config *c = s->cli;
  if (!strcmp(a, "--no-config")) s->no_config = true;
  else if (!strcmp(a, "--config")) s->config_path = v;
  else if (!strcmp(a, "--select")) {
    S_strv_add_csv(&c->select, &c->select_count, v);
    c->has_select = c->select_count > 0;
  } else if (!strcmp(a, "--ignore")) {
    S_strv_add_csv(&c->ignore, &c->ignore_count, v);
  } else if (!strcmp(a, "--severity")) {
    const char *eq = strchr(v, '=');
    psa_severity sev;
    if (!eq || eq == v || !psa_severity_from_name(eq + 1, &sev)) {
      psa_cli_err("--severity takes RULE=LEVEL (LEVEL error, warning or info), not '%s'", v);
      return -1;
    }
    c->severities = psa_xrealloc(c->severities, (c->severity_count + 1) * sizeof(*c->severities));
    c->severities[c->severity_count].selector = psa_xstrndup(v, (size_t)(eq - v));
    c->severities[c->severity_count++].severity = sev;
  } else if (!strcmp(a, "--fail-on")) {
    if (!psa_severity_from_name(v, &c->fail_on)) {
      psa_cli_err("--fail-on takes error, warning or info, not '%s'", v);
      return -1;
    }
    c->has_fail_on = true;
  } else if (!strcmp(a, "--max-file-size")) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (*end || end == v || v[0] == '-' || errno) {
      psa_cli_err("--max-file-size takes a number of bytes, not '%s'", v);
      return -1;
    }
    c->has_max_file_size = true;
    c->max_file_size = (size_t)n;
  }
  return 1;
}

int psa_cli_settings_check(const psa_cli_settings *s) {
  if (s->config_path && s->no_config) {
    psa_cli_err("--config and --no-config cannot be used together");
    return -1;
  }
  return 0;
}

int psa_cli_check_selectors(const psa_config *cli, psa_config_finder *finder) {
  size_t nloaded;
  const psa_config *const *loaded = psa_config_finder_loaded(finder, &nloaded);
  size_t total = cli->select_count + cli->ignore_count + cli->severity_count;
  for (size_t i = 0; i < total; i++) {
    const char *sel = i < cli->select_count ? cli->select[i]
                      : i < cli->select_count + cli->ignore_count
                          ? cli->ignore[i - cli->select_count]
                          : cli->severities[i - cli->select_count - cli->ignore_count].selector;
    bool known = psa_config_selector_known(NULL, sel);
    for (size_t k = 0; !known && k < nloaded; k++)
      known = psa_config_selector_known(loaded[k], sel);
    if (!known) {
      psa_cli_err("no rule, rule prefix or kind is called '%s' (see psauth rules)", sel);
      return -1;
    }
  }
  return 0;
}

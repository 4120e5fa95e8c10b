/* psauth: the command-line front end over libpsauth. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "psauth/cmdtable.h"
#include "psauth/discover.h"
#include "psauth/finding.h"
#include "psauth/model.h"
#include "psauth/parse.h"
#include "psauth/results.h"
#include "psauth/scan.h"
#include "psauth_version.h"
#include "util.h"

#define EXIT_CLEAN 0
#define EXIT_FINDINGS 1
#define EXIT_USAGE 2

static const char S_usage[] =
    "usage: psauth <command> [options] [args]\n"
    "\n"
    "Finds legacy and basic authentication and stored passwords in PowerShell\n"
    "scripts that talk to Microsoft 365.\n"
    "\n"
    "commands:\n"
    "  scan [PATH...]      scan files and directories (default: .)\n"
    "  rules               list the rules (--format json for JSON)\n"
    "  explain RULE        print a rule's documentation\n"
    "  parse FILE          print the syntax tree (for rule authors)\n"
    "  model FILE          print the semantic model as JSON\n"
    "\n"
    "options:\n"
    "  -h, --help          show help (psauth COMMAND --help for a command)\n"
    "  -V, --version       show the version\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "2 usage error or an explicit path that cannot be read.\n";

static const char S_scan_usage[] =
    "usage: psauth scan [options] [PATH...]\n"
    "\n"
    "Scans files and directories (default: the current directory). Directories\n"
    "are walked for *.ps1, *.psm1 and *.psd1; files named explicitly are always\n"
    "scanned.\n"
    "\n"
    "options:\n"
    "  --format FMT            text (default), json, sarif, html, csv, markdown,\n"
    "                          github, junit or gitlab\n"
    "  --report FMT=FILE       also write a report in FMT to FILE (repeatable)\n"
    "  --color WHEN            always, never or auto (default; honours NO_COLOR)\n"
    "  --show-source           print the source line and a caret under each finding\n"
    "  --statistics            print counts per rule instead of the findings\n"
    "  -o, --output FILE       write the report to FILE instead of standard output\n"
    "  --include GLOB          scan only files matching GLOB (repeatable)\n"
    "  --exclude GLOB          skip files and directories matching GLOB (repeatable)\n"
    "  --files-from FILE       read paths to scan from FILE, one per line (- = stdin)\n"
    "  --hidden                also walk hidden directories and .git\n"
    "  --follow-symlinks       follow symbolic links while walking\n"
    "  --max-file-size BYTES   skip larger files (default 10485760)\n"
    "  --fail-on SEVERITY      error, warning (default) or info\n"
    "  --exit-zero             exit 0 even when findings are reported\n"
    "  --select ID[,ID]        report only these rules (IDs, ID prefixes or kinds)\n"
    "  --ignore ID[,ID]        do not report these rules (IDs, ID prefixes or kinds)\n"
    "  --no-recovery           do not re-parse statements around syntax errors\n"
    "  --no-prefilter          parse every file, even when no rule could match\n"
    "  -q, --quiet             print findings only, no summary\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "2 usage error or an explicit path that cannot be read.\n";

static void S_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void S_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "psauth: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

/* ---- selection -------------------------------------------------------- */

typedef struct {
  char **items;
  size_t count;
} S_list;

static void S_list_add_csv(S_list *l, const char *csv) {
  const char *p = csv;
  while (*p) {
    const char *c = strchr(p, ',');
    size_t n = c ? (size_t)(c - p) : strlen(p);
    if (n) {
      l->items = psa_xrealloc(l->items, (l->count + 1) * sizeof(char *));
      l->items[l->count++] = psa_xstrndup(p, n);
    }
    if (!c) break;
    p = c + 1;
  }
}

static void S_list_free(S_list *l) {
  for (size_t i = 0; i < l->count; i++) free(l->items[i]);
  free(l->items);
}

static bool S_rule_matches(const psa_rule *r, const char *sel) {
  if (!psa_strcasecmp(sel, "ALL")) return true;
  if (!psa_strncasecmp(r->id, sel, strlen(sel))) return true; /* ID or prefix */
  if (!strcmp(r->name, sel)) return true;
  return !strcmp(psa_kind_name(r->kind), sel);
}

static bool S_rule_known(const char *sel) {
  uint32_t n;
  const psa_rule *const *rules = psa_rules(&n);
  for (uint32_t i = 0; i < n; i++)
    if (S_rule_matches(rules[i], sel)) return true;
  return false;
}

typedef struct {
  S_list select, ignore;
} S_filter;

static bool S_reported(const S_filter *f, const psa_rule *r) {
  if (f->select.count) {
    bool any = false;
    for (size_t i = 0; i < f->select.count; i++)
      if (S_rule_matches(r, f->select.items[i])) any = true;
    if (!any) return false;
  }
  for (size_t i = 0; i < f->ignore.count; i++)
    if (S_rule_matches(r, f->ignore.items[i])) return false;
  return true;
}

/* ---- scan ------------------------------------------------------------- */

static bool S_filter_cb(void *payload, const psa_file_result *file, psa_finding *f) {
  (void)file;
  return S_reported(payload, f->rule);
}

typedef struct {
  psa_format format;
  char *path;
} S_report_target;

static int S_read_lines(const char *file, S_list *out) {
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
    out->items = psa_xrealloc(out->items, (out->count + 1) * sizeof(char *));
    out->items[out->count++] = psa_xstrdup(line);
  }
  free(line);
  if (f != stdin) fclose(f);
  return 0;
}

static int S_scan(int argc, char **argv) {
  S_list paths = {0}, includes = {0}, excludes = {0};
  S_filter filter = {{0}, {0}};
  const char *output = NULL;
  psa_format format = PSA_FORMAT_TEXT;
  S_report_target *extra = NULL;
  size_t extra_count = 0;
  psa_report_options ropts = {0};
  int color = -1; /* -1 auto */
  psa_discover_options dopts = {0};
  psa_scan_options sopts = {0};
  sopts.max_file_bytes = 10 * 1024 * 1024;
  psa_severity fail_on = PSA_SEV_WARNING;
  bool exit_zero = false, quiet = false, opts_done = false;
  int rc = EXIT_CLEAN;

#define NEED_ARG()                                              \
  do {                                                          \
    if (i + 1 >= argc) {                                        \
      S_err("option %s needs an argument", a);                  \
      rc = EXIT_USAGE;                                          \
      goto done;                                                \
    }                                                           \
  } while (0)

  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (opts_done || a[0] != '-' || !strcmp(a, "-")) {
      S_list_add_csv(&paths, a); /* paths rarely hold commas; keep as-is below */
      paths.count--;
      free(paths.items[paths.count]);
      paths.items[paths.count++] = psa_xstrdup(a);
      continue;
    }
    if (!strcmp(a, "--")) opts_done = true;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(S_scan_usage, stdout);
      goto done;
    } else if (!strcmp(a, "--format")) {
      NEED_ARG();
      if (!psa_format_from_name(argv[++i], &format)) {
        S_err("unknown format '%s' (expected text, json, sarif, html, csv, markdown, github, "
              "junit or gitlab)", argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
    } else if (!strcmp(a, "--report")) {
      NEED_ARG();
      const char *spec = argv[++i];
      const char *eq = strchr(spec, '=');
      char name[32];
      psa_format f;
      if (!eq || (size_t)(eq - spec) >= sizeof(name) || !eq[1]) {
        S_err("--report takes FORMAT=FILE, not '%s'", spec);
        rc = EXIT_USAGE;
        goto done;
      }
      memcpy(name, spec, (size_t)(eq - spec));
      name[eq - spec] = '\0';
      if (!psa_format_from_name(name, &f)) {
        S_err("unknown report format '%s' in --report", name);
        rc = EXIT_USAGE;
        goto done;
      }
      extra = psa_xrealloc(extra, (extra_count + 1) * sizeof(*extra));
      extra[extra_count].format = f;
      extra[extra_count++].path = psa_xstrdup(eq + 1);
    } else if (!strncmp(a, "--color", 7)) {
      const char *v = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : "");
      if (!strcmp(v, "always")) color = 1;
      else if (!strcmp(v, "never")) color = 0;
      else if (!strcmp(v, "auto")) color = -1;
      else {
        S_err("--color takes always, never or auto, not '%s'", v);
        rc = EXIT_USAGE;
        goto done;
      }
    } else if (!strcmp(a, "--statistics")) {
      ropts.statistics = true;
    } else if (!strcmp(a, "--show-source")) {
      ropts.show_source = true;
    } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
      NEED_ARG();
      output = argv[++i];
    } else if (!strcmp(a, "--include")) {
      NEED_ARG();
      includes.items = psa_xrealloc(includes.items, (includes.count + 1) * sizeof(char *));
      includes.items[includes.count++] = psa_xstrdup(argv[++i]);
    } else if (!strcmp(a, "--exclude")) {
      NEED_ARG();
      excludes.items = psa_xrealloc(excludes.items, (excludes.count + 1) * sizeof(char *));
      excludes.items[excludes.count++] = psa_xstrdup(argv[++i]);
    } else if (!strcmp(a, "--files-from")) {
      NEED_ARG();
      if (S_read_lines(argv[++i], &paths) < 0) {
        rc = EXIT_USAGE;
        goto done;
      }
    } else if (!strcmp(a, "--hidden")) dopts.hidden = true;
    else if (!strcmp(a, "--follow-symlinks")) dopts.follow_symlinks = true;
    else if (!strcmp(a, "--max-file-size")) {
      NEED_ARG();
      char *end;
      unsigned long long v = strtoull(argv[++i], &end, 10);
      if (*end || end == argv[i]) {
        S_err("--max-file-size takes a number of bytes, not '%s'", argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
      sopts.max_file_bytes = (size_t)v;
    } else if (!strcmp(a, "--fail-on")) {
      NEED_ARG();
      if (!psa_severity_from_name(argv[++i], &fail_on)) {
        S_err("--fail-on takes error, warning or info, not '%s'", argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
    } else if (!strcmp(a, "--exit-zero")) exit_zero = true;
    else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) quiet = true;
    else if (!strcmp(a, "--no-recovery")) sopts.no_recovery = true;
    else if (!strcmp(a, "--no-prefilter")) sopts.no_prefilter = true;
    else if (!strcmp(a, "--select") || !strcmp(a, "--ignore")) {
      NEED_ARG();
      S_list *l = a[2] == 's' ? &filter.select : &filter.ignore;
      size_t before = l->count;
      S_list_add_csv(l, argv[++i]);
      for (size_t k = before; k < l->count; k++)
        if (!S_rule_known(l->items[k])) {
          S_err("no rule, rule prefix or kind is called '%s' (see psauth rules)", l->items[k]);
          rc = EXIT_USAGE;
          goto done;
        }
    } else {
      S_err("unknown option '%s' (see psauth scan --help)", a);
      rc = EXIT_USAGE;
      goto done;
    }
  }
  if (!paths.count) {
    paths.items = psa_xmalloc(sizeof(char *));
    paths.items[paths.count++] = psa_xstrdup(".");
  }
  dopts.include = (const char *const *)includes.items;
  dopts.include_count = includes.count;
  dopts.exclude = (const char *const *)excludes.items;
  dopts.exclude_count = excludes.count;

  FILE *out = stdout;
  if (output && !(out = fopen(output, "w"))) {
    fprintf(stderr, "psauth: cannot write %s: %s\n", output, strerror(errno));
    rc = EXIT_USAGE;
    goto done;
  }

  psa_discover_list list = {0};
  psa_discover((const char *const *)paths.items, paths.count, &dopts, &list);
  psa_parser *parser = psa_parser_new();
  psa_results results = {0};
  bool explicit_error = false;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (size_t i = 0; i < list.count; i++) {
    const psa_discover_entry *e = &list.entries[i];
    if (e->kind == PSA_DISCOVER_ERROR) {
      fprintf(stderr, "psauth: %s: %s\n", e->path, e->message);
      if (e->explicit_path) explicit_error = true;
      continue;
    }
    psa_file_result r;
    psa_scan_file(parser, e->path, &sopts, &r);
    if (r.status != PSA_FILE_OK) {
      fprintf(stderr, "psauth: %s: %s%s\n", r.path, r.status == PSA_FILE_SKIPPED ? "skipped: " : "",
              r.message);
      if (r.status == PSA_FILE_ERROR && e->explicit_path) explicit_error = true;
    }
    psa_results_add(&results, &r, S_filter_cb, &filter);
    psa_file_result_free(&r);
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  results.elapsed_seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  psa_parser_free(parser);
  psa_discover_list_free(&list);

  bool failing = false;
  for (size_t i = 0; i < results.file_count; i++)
    for (uint32_t k = 0; k < results.files[i].finding_count; k++)
      if (results.files[i].findings[k].severity >= fail_on) failing = true;

  const char *no_color = getenv("NO_COLOR");
  ropts.quiet = quiet;
  ropts.color = color == 1 || (color == -1 && !output && isatty(STDOUT_FILENO) &&
                               !(no_color && *no_color) && format == PSA_FORMAT_TEXT);
  char errbuf[256];
  if (psa_report_write(&results, format, &ropts, out, errbuf, sizeof(errbuf)) < 0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    explicit_error = true;
  }
  psa_report_options plain = ropts;
  plain.color = false;
  for (size_t i = 0; i < extra_count; i++) {
    FILE *rf = fopen(extra[i].path, "w");
    if (!rf) {
      fprintf(stderr, "psauth: cannot write %s: %s\n", extra[i].path, strerror(errno));
      explicit_error = true;
      continue;
    }
    if (psa_report_write(&results, extra[i].format, &plain, rf, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s: %s\n", extra[i].path, errbuf);
      explicit_error = true;
    }
    if (fclose(rf) != 0) {
      fprintf(stderr, "psauth: cannot write %s: %s\n", extra[i].path, strerror(errno));
      explicit_error = true;
    }
  }
  psa_results_free(&results);
  if (out != stdout && fclose(out) != 0) {
    fprintf(stderr, "psauth: cannot write %s: %s\n", output, strerror(errno));
    explicit_error = true;
  }
  if (explicit_error) rc = EXIT_USAGE;
  else if (failing && !exit_zero) rc = EXIT_FINDINGS;

done:
  for (size_t i = 0; i < extra_count; i++) free(extra[i].path);
  free(extra);
  S_list_free(&paths);
  S_list_free(&includes);
  S_list_free(&excludes);
  S_list_free(&filter.select);
  S_list_free(&filter.ignore);
  return rc;
#undef NEED_ARG
}

/* ---- debug commands --------------------------------------------------- */

static psa_source *S_load_one(const char *path) {
  psa_load_status st;
  char msg[256];
  psa_source *src = psa_source_load(path, 0, &st, msg, sizeof(msg));
  if (!src) fprintf(stderr, "psauth: %s: %s\n", path, msg);
  return src;
}

static void S_dump(FILE *out, const psa_source *src, TSNode n, int depth) {
  /* iterative pre-order walk with explicit depth tracking */
  TSTreeCursor c = ts_tree_cursor_new(n);
  int d = depth;
  for (;;) {
    TSNode cur = ts_tree_cursor_current_node(&c);
    if (ts_node_is_named(cur) || ts_node_is_missing(cur)) {
      uint32_t line, col;
      psa_source_position(src, ts_node_start_byte(cur), &line, &col);
      const char *field = ts_tree_cursor_current_field_name(&c);
      fprintf(out, "%*s%s%s%s%s %u:%u", d * 2, "", field ? field : "", field ? ": " : "",
              ts_node_is_missing(cur) ? "MISSING " : "", ts_node_type(cur), line, col);
      if (ts_node_child_count(cur) == 0) {
        uint32_t s = ts_node_start_byte(cur), e = ts_node_end_byte(cur);
        fputs(" \"", out);
        for (uint32_t i = s; i < e && i - s < 60; i++) {
          char ch = src->text[i];
          if (ch == '\n') fputs("\\n", out);
          else if (ch == '\r') fputs("\\r", out);
          else if (ch == '"' || ch == '\\') fprintf(out, "\\%c", ch);
          else fputc(ch, out);
        }
        fputc('"', out);
      }
      fputc('\n', out);
    }
    if (ts_tree_cursor_goto_first_child(&c)) {
      d++;
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
      d--;
    }
  }
}

static int S_parse_cmd(int argc, char **argv, bool model) {
  bool recover = true;
  if (argc >= 1 && !strcmp(argv[0], "--no-recovery")) {
    recover = false;
    argc--;
    argv++;
  }
  if (argc < 1 || !strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) {
    printf("usage: psauth %s [--no-recovery] FILE\n", model ? "model" : "parse");
    return argc < 1 ? EXIT_USAGE : EXIT_CLEAN;
  }
  psa_source *src = S_load_one(argv[0]);
  if (!src) return EXIT_USAGE;
  psa_parser *p = psa_parser_new();
  psa_parse_result pr;
  psa_parse(p, src->text, src->text_len, recover, &pr);
  if (model) {
    psa_model *m = psa_model_build(src, &pr);
    char *s = psa_model_to_json(m);
    puts(s);
    free(s);
    psa_model_free(m);
  } else {
    S_dump(stdout, src, ts_tree_root_node(pr.main.tree), 0);
    for (uint32_t i = 0; i < pr.error_count; i++) {
      uint32_t line, col;
      psa_source_position(src, pr.errors[i].start, &line, &col);
      printf("error region %u:%u\n", line, col);
    }
    for (uint32_t i = 0; i < pr.fragment_count; i++) {
      uint32_t line, col;
      psa_source_position(src, pr.fragments[i].range.start, &line, &col);
      printf("recovered statement %u:%u\n", line, col);
      S_dump(stdout, src, ts_tree_root_node(pr.fragments[i].tree), 1);
    }
  }
  psa_parse_result_free(&pr);
  psa_parser_free(p);
  psa_source_free(src);
  return EXIT_CLEAN;
}

static int S_rules_cmd(int argc, char **argv) {
  bool json = argc >= 2 && !strcmp(argv[0], "--format") && !strcmp(argv[1], "json");
  if (argc && !json) {
    if (!strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) {
      puts("usage: psauth rules [--format text|json]");
      return EXIT_CLEAN;
    }
    if (!(argc >= 2 && !strcmp(argv[0], "--format") && !strcmp(argv[1], "text"))) {
      S_err("unknown argument '%s' (see psauth rules --help)", argv[0]);
      return EXIT_USAGE;
    }
  }
  uint32_t n;
  const psa_rule *const *rules = psa_rules(&n);
  cJSON *arr = json ? cJSON_CreateArray() : NULL;
  for (uint32_t i = 0; i < n; i++) {
    const psa_rule *r = rules[i];
    if (json) {
      cJSON *o = cJSON_CreateObject();
      cJSON_AddStringToObject(o, "id", r->id);
      cJSON_AddStringToObject(o, "name", r->name);
      cJSON_AddStringToObject(o, "kind", psa_kind_name(r->kind));
      cJSON_AddStringToObject(o, "severity", psa_severity_name(r->severity));
      cJSON_AddStringToObject(o, "summary", r->summary);
      if (r->retirement) cJSON_AddStringToObject(o, "retirement", r->retirement);
      cJSON_AddItemToArray(arr, o);
    } else {
      printf("%-7s %-34s %-8s %-21s %s\n", r->id, r->name, psa_severity_name(r->severity),
             psa_kind_name(r->kind), r->summary);
    }
  }
  if (json) {
    char *s = cJSON_Print(arr);
    puts(s);
    free(s);
    cJSON_Delete(arr);
  }
  return EXIT_CLEAN;
}

extern const unsigned char psa_rule_docs[];
extern const size_t psa_rule_docs_len;

static int S_explain_cmd(int argc, char **argv) {
  if (argc < 1 || !strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) {
    puts("usage: psauth explain RULE   (an ID such as PSA101, or a rule name)");
    return argc < 1 ? EXIT_USAGE : EXIT_CLEAN;
  }
  const psa_rule *r = psa_rule_find(argv[0]);
  if (!r) {
    S_err("no rule called '%s' (see psauth rules)", argv[0]);
    return EXIT_USAGE;
  }
  /* the docs pages are compiled in: "\x1e<ID>\n<page>" records */
  const char *docs = (const char *)psa_rule_docs;
  char key[32];
  snprintf(key, sizeof(key), "\x1e%s\n", r->id);
  const char *p = strstr(docs, key);
  if (!p) {
    printf("%s %s (%s, %s)\n\n%s\n", r->id, r->name, psa_kind_name(r->kind),
           psa_severity_name(r->severity), r->summary);
    return EXIT_CLEAN;
  }
  p += strlen(key);
  const char *e = strchr(p, '\x1e');
  fwrite(p, 1, e ? (size_t)(e - p) : strlen(p), stdout);
  return EXIT_CLEAN;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(S_usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(S_usage, stdout);
    return EXIT_CLEAN;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    uint32_t n;
    psa_rules(&n);
    printf("psauth %s (%u rules, %zu cmdlets and %zu aliases in the binding table)\n",
           PSAUTH_VERSION, n, psa_cmdtable_cmd_count(), psa_cmdtable_alias_count());
    return EXIT_CLEAN;
  }
  if (!strcmp(cmd, "scan")) return S_scan(argc - 2, argv + 2);
  if (!strcmp(cmd, "fix")) return psa_cli_fix(argc - 2, argv + 2);
  if (!strcmp(cmd, "rules")) return S_rules_cmd(argc - 2, argv + 2);
  if (!strcmp(cmd, "explain")) return S_explain_cmd(argc - 2, argv + 2);
  if (!strcmp(cmd, "parse")) return S_parse_cmd(argc - 2, argv + 2, false);
  if (!strcmp(cmd, "model")) return S_parse_cmd(argc - 2, argv + 2, true);
  S_err("unknown command '%s' (see psauth --help)", cmd);
  return EXIT_USAGE;
}

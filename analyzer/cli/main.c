/* psauth: the command-line front end over libpsauth. */
#include <cjson/cJSON.h>
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "psauth/baseline.h"
#include "psauth/cmdtable.h"
#include "psauth/config.h"
#include "rules/graphmap.h"
#include "psauth/discover.h"
#include "psauth/finding.h"
#include "psauth/model.h"
#include "psauth/parse.h"
#include "psauth/results.h"
#include "psauth/scan.h"
#include "psauth/suppress.h"
#include "psauth_version.h"
#include "base/util.h"

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
    "  config [PATH]       print the configuration that applies to PATH as JSON\n"
    "  rules               list the rules (--format json for JSON)\n"
    "  explain RULE        print a rule's documentation\n"
    "  parse FILE          print the syntax tree (for rule authors)\n"
    "  model FILE          print the semantic model as JSON\n"
    "  merge JSON...       combine JSON reports of several runs into one report\n"
    "\n"
    "options:\n"
    "  -h, --help          show help (psauth COMMAND --help for a command)\n"
    "  -V, --version       show the version\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "2 usage or configuration error, or an explicit path that cannot be read.\n";

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
    "  --max-file-size BYTES   skip larger files (default 10485760; 0: no limit)\n"
    "  --max-findings-per-file N  report at most N findings per file (default 1000)\n"
    "  --max-nesting N         analyse syntax nested at most N levels deep (1-400, default 400)\n"
    "  --fail-on SEVERITY      error, warning (default) or info\n"
    "  --exit-zero             exit 0 even when findings are reported\n"
    "  --select ID[,ID]        report only these rules (IDs, ID prefixes, names or kinds)\n"
    "  --ignore ID[,ID]        do not report these rules (IDs, ID prefixes, names or kinds)\n"
    "  --severity ID=LEVEL     report a rule (or prefix, kind) as error, warning or info\n"
    "  --config FILE           use FILE, not the nearest psauth.json or .psauth.json\n"
    "  --no-config             ignore config files\n"
    "  --baseline FILE         report only findings that FILE does not list\n"
    "  --write-baseline FILE   record the findings in FILE (then exit 0)\n"
    "  --report-unused-suppressions\n"
    "                          warn (on stderr) about suppressions that suppress nothing\n"
    "  --target graph|entra    what MSOnline/AzureAD calls are rewritten to: Microsoft\n"
    "                          Graph PowerShell (default) or Microsoft Entra PowerShell\n"
    "  -j, --jobs N            scan on N threads (default: one per CPU; output order\n"
    "                          does not depend on it)\n"
    "  --no-dot-source         do not read dot-sourced scripts (. .\\common.ps1)\n"
    "  --parse-only            stop after parsing: report syntax errors only (benchmarks)\n"
    "  --no-recovery           do not re-parse statements around syntax errors\n"
    "  --no-prefilter          parse every file, even when no rule could match\n"
    "  -q, --quiet             print findings only, no summary\n"
    "\n"
    "Settings come from the nearest psauth.json or .psauth.json above each file\n"
    "(see docs/configuration.md); command-line options override them.\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "2 usage or configuration error, or an explicit path that cannot be read.\n";

static void S_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void S_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "psauth: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

/* ---- lists -------------------------------------------------------------- */

typedef struct {
  char **items;
  size_t count;
} S_list;

static void S_list_add(S_list *l, const char *s) {
  l->items = psa_xrealloc(l->items, (l->count + 1) * sizeof(char *));
  l->items[l->count++] = psa_xstrdup(s);
}

static void S_list_free(S_list *l) {
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
    S_list_add(out, line);
  }
  free(line);
  if (f != stdin) fclose(f);
  return 0;
}

/* ---- the command-line settings layer ------------------------------------ */

typedef struct {
  psa_config *cli;          /* --select, --ignore, --severity, --fail-on, --max-file-size */
  const char *config_path;  /* --config FILE */
  bool no_config;           /* --no-config */
} S_settings;

/* Options shared by scan and config. Returns 1 when argv[*i] was one (and
 * consumed), 0 when it is not, -1 after a usage error was printed. */
static int S_settings_option(S_settings *s, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  static const char *const with_arg[] = {"--select", "--ignore", "--severity", "--fail-on",
                                         "--max-file-size", "--config", NULL};
  bool takes = false;
  for (int k = 0; with_arg[k]; k++)
    if (!strcmp(a, with_arg[k])) takes = true;
  if (!takes && strcmp(a, "--no-config") != 0) return 0;
  if (takes && *i + 1 >= argc) {
    S_err("option %s needs an argument", a);
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
      S_err("--severity takes RULE=LEVEL (LEVEL error, warning or info), not '%s'", v);
      return -1;
    }
    c->severities = psa_xrealloc(c->severities, (c->severity_count + 1) * sizeof(*c->severities));
    c->severities[c->severity_count].selector = psa_xstrndup(v, (size_t)(eq - v));
    c->severities[c->severity_count++].severity = sev;
  } else if (!strcmp(a, "--fail-on")) {
    if (!psa_severity_from_name(v, &c->fail_on)) {
      S_err("--fail-on takes error, warning or info, not '%s'", v);
      return -1;
    }
    c->has_fail_on = true;
  } else if (!strcmp(a, "--max-file-size")) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (*end || end == v || v[0] == '-' || errno) {
      S_err("--max-file-size takes a number of bytes, not '%s'", v);
      return -1;
    }
    c->has_max_file_size = true;
    c->max_file_size = (size_t)n;
  }
  return 1;
}

static int S_settings_check(const S_settings *s) {
  if (s->config_path && s->no_config) {
    S_err("--config and --no-config cannot be used together");
    return -1;
  }
  return 0;
}

/* Every selector given on the command line must name something: a built-in
 * rule, prefix or kind, or a rule of one of the configs in use. */
static int S_check_cli_selectors(const psa_config *cli, psa_config_finder *finder) {
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
      S_err("no rule, rule prefix or kind is called '%s' (see psauth rules)", sel);
      return -1;
    }
  }
  return 0;
}

/* ---- scan ------------------------------------------------------------- */

/* What the filter knows about the file being added to the results. The same
 * filter runs for the baseline's fingerprints and then for the report, so it
 * must decide the same way both times; 'final' marks the second run. */
typedef struct {
  const psa_config *cfg;
  const psa_config *cli;
  const char *relpath;
  psa_suppressions *supp;
  const bool *baselined;   /* per kept finding: known to the baseline */
  uint32_t kept;
  bool final;
  psa_severity fail_on;
  bool failing;
  size_t baseline_matched;
} S_file_filter;

static bool S_filter_cb(void *payload, const psa_file_result *file, psa_finding *f) {
  S_file_filter *x = payload;
  (void)file;
  if (x->supp && psa_suppressions_match(x->supp, f->rule, f->span)) return false;
  if (!psa_config_rule_enabled(x->cfg, x->cli, f->rule, x->relpath)) return false;
  f->severity = psa_config_rule_severity(x->cfg, x->cli, f->rule, f->severity);
  if (!x->final) return true;
  uint32_t k = x->kept++;
  if (x->baselined && x->baselined[k]) {
    x->baseline_matched++;
    return false;
  }
  if (f->severity >= x->fail_on) x->failing = true;
  return true;
}

typedef struct {
  psa_format format;
  char *path;
} S_report_target;

/* A file to scan, with the config that applies to it. */
typedef struct {
  const char *path;
  const psa_config *cfg;
  char *relpath;
  bool explicit_path;
} S_job;

/* Suppression diagnostics of one file (--report-unused-suppressions):
 * appended to 'out' as "path:line:col: warning: ..." lines. Returns how
 * many. */
static size_t S_unused(const char *path, const psa_suppressions *s, const psa_config *cfg,
                       psa_buf *out) {
  size_t n = 0;
  for (uint32_t i = 0; i < s->count; i++) {
    const psa_suppression *x = &s->items[i];
    if (x->used) continue;
    bool known = psa_config_selector_known(cfg, x->selector);
    /* attributes naming PSScriptAnalyzer's rules are not ours to report */
    if (x->kind == PSA_SUPPRESS_ATTRIBUTE && !known) continue;
    psa_buf_printf(out, "%s:%u:%u: warning: unused suppression '%s'%s\n", path, x->line, x->col,
                   x->selector, known ? "" : " (no rule, rule prefix or kind is called that)");
    n++;
  }
  for (uint32_t i = 0; i < s->problem_count; i++) {
    psa_buf_printf(out, "%s:%u:%u: warning: %s\n", path, s->problems[i].line, s->problems[i].col,
                   s->problems[i].message);
    n++;
  }
  return n;
}

typedef struct {
  const psa_baseline *baseline; /* --baseline, or NULL */
  size_t matched;               /* findings it hid */
  const psa_baseline_entry **stale;
  size_t stale_count;
} S_baseline_summary;

/* The report, plus what only the CLI knows: the baseline's counts (a line
 * after the text summary; "baseline" and summary counts in JSON). */
static int S_write_report(const psa_results *r, psa_format format, const psa_report_options *o,
                          const S_baseline_summary *b, FILE *out, char *err, size_t errlen) {
  if (!b->baseline || (format != PSA_FORMAT_JSON && format != PSA_FORMAT_TEXT))
    return psa_report_write(r, format, o, out, err, errlen);
  if (format == PSA_FORMAT_TEXT) {
    if (psa_report_write(r, format, o, out, err, errlen) < 0) return -1;
    if (!o->quiet)
      fprintf(out, "baseline %s: %zu finding%s not shown, %zu baseline entr%s no longer match%s\n",
              b->baseline->path, b->matched, b->matched == 1 ? "" : "s", b->stale_count,
              b->stale_count == 1 ? "y" : "ies", b->stale_count == 1 ? "es" : "");
    return 0;
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  if (!mem) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  int rc = psa_report_write(r, format, o, mem, err, errlen);
  fclose(mem);
  cJSON *root = rc == 0 ? cJSON_ParseWithLength(buf, len) : NULL;
  free(buf);
  if (rc < 0) return -1;
  if (!root) {
    snprintf(err, errlen, "could not add the baseline to the JSON report");
    return -1;
  }
  cJSON *sum = cJSON_GetObjectItemCaseSensitive(root, "summary");
  if (sum) {
    cJSON_AddNumberToObject(sum, "baselineMatched", (double)b->matched);
    cJSON_AddNumberToObject(sum, "baselineStale", (double)b->stale_count);
  }
  cJSON *jb = cJSON_AddObjectToObject(root, "baseline");
  cJSON_AddStringToObject(jb, "file", b->baseline->path);
  cJSON_AddNumberToObject(jb, "matched", (double)b->matched);
  cJSON *st = cJSON_AddArrayToObject(jb, "stale");
  for (size_t i = 0; i < b->stale_count; i++) {
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "rule", b->stale[i]->rule);
    cJSON_AddStringToObject(e, "path", b->stale[i]->path);
    cJSON_AddStringToObject(e, "fingerprint", b->stale[i]->fingerprint);
    cJSON_AddStringToObject(e, "message", b->stale[i]->message);
    cJSON_AddItemToArray(st, e);
  }
  char *text = cJSON_Print(root);
  cJSON_Delete(root);
  fputs(text, out);
  fputc('\n', out);
  free(text);
  return 0;
}

/* Everything the per-file step needs; psa_scan_many() hands it the files
 * of one run of jobs (from 'first') in order, on this thread. */
typedef struct {
  psa_parser *parser;      /* for files the prefilter skipped (unused suppressions) */
  const S_job *jobs;
  size_t first;
  const psa_config *cli;
  psa_results *results;
  psa_baseline *baseline;  /* --baseline */
  psa_baseline *written;   /* --write-baseline */
  bool report_unused, no_recovery;
  psa_buf *unused;
  size_t unused_count, baseline_matched;
  bool failing, explicit_error;
} S_run;

static void S_scan_sink(void *payload, size_t index, psa_file_result *r) {
  S_run *run = payload;
  const S_job *job = &run->jobs[run->first + index];
  const psa_config *cfg = job->cfg;
  if (r->status != PSA_FILE_OK) {
    fprintf(stderr, "psauth: %s: %s%s\n", r->path, r->status == PSA_FILE_SKIPPED ? "skipped: " : "",
            r->message);
    if (r->status == PSA_FILE_ERROR && job->explicit_path) run->explicit_error = true;
  } else if (r->message) {
    /* analysed, but a resource limit cut part of it short */
    fprintf(stderr, "psauth: %s: %s\n", r->path, r->message);
  }
  /* suppressions need the tree; a file the prefilter skipped has no
   * findings, so it is parsed only to report its unused suppressions */
  psa_suppressions supp;
  memset(&supp, 0, sizeof(supp));
  if (r->src && r->may_suppress) {
    if (r->parsed) {
      psa_suppressions_collect(r->src, &r->parse, &supp);
    } else if (run->report_unused) {
      psa_parse_result pr;
      psa_parse(run->parser, r->src->text, r->src->text_len, !run->no_recovery, &pr);
      psa_suppressions_collect(r->src, &pr, &supp);
      psa_parse_result_free(&pr);
    }
  }
  S_file_filter ff;
  memset(&ff, 0, sizeof(ff));
  ff.cfg = cfg;
  ff.cli = run->cli;
  ff.relpath = job->relpath;
  ff.supp = &supp;
  ff.fail_on = psa_config_fail_on(cfg, run->cli);
  bool *known = NULL;
  if (run->written) psa_baseline_scan_file(run->written, r, S_filter_cb, &ff, true, NULL);
  if (run->baseline) psa_baseline_scan_file(run->baseline, r, S_filter_cb, &ff, false, &known);
  ff.final = true;
  ff.baselined = known;
  psa_results_add(run->results, r, S_filter_cb, &ff);
  run->baseline_matched += ff.baseline_matched;
  if (ff.failing) run->failing = true;
  if (run->report_unused) {
    size_t n = S_unused(r->path, &supp, cfg, run->unused);
    run->unused_count += n;
    if (n && PSA_SEV_WARNING >= ff.fail_on) run->failing = true;
  }
  free(known);
  psa_suppressions_free(&supp);
}

static int S_scan(int argc, char **argv) {
  S_list paths = {0}, includes = {0}, excludes = {0};
  S_settings settings = {psa_config_new(), NULL, false};
  psa_config *cli = settings.cli;
  const char *output = NULL, *baseline_path = NULL, *write_baseline_path = NULL;
  psa_format format = PSA_FORMAT_TEXT;
  S_report_target *extra = NULL;
  size_t extra_count = 0;
  psa_report_options ropts = {0};
  int color = -1; /* -1 auto */
  psa_discover_options dopts = {0};
  psa_scan_options sopts = {0};
  bool exit_zero = false, quiet = false, opts_done = false, report_unused = false;
  bool have_target = false;
  psa_graph_target graph_target = PSA_GRAPH_TARGET_GRAPH;
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned njobs = ncpu < 1 ? 1 : ncpu > 64 ? 64 : (unsigned)ncpu;
  int rc = EXIT_CLEAN;
  psa_config_finder *finder = NULL;
  S_job *jobs = NULL;
  size_t job_count = 0;
  psa_baseline baseline = {0}, written = {0};
  bool have_baseline = false, have_written = false;
  char errbuf[1024];

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
      S_list_add(&paths, a);
      continue;
    }
    int so = S_settings_option(&settings, argc, argv, &i);
    if (so < 0) {
      rc = EXIT_USAGE;
      goto done;
    }
    if (so > 0) continue;
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
      S_list_add(&includes, argv[++i]);
    } else if (!strcmp(a, "--exclude")) {
      NEED_ARG();
      S_list_add(&excludes, argv[++i]);
    } else if (!strcmp(a, "--files-from")) {
      NEED_ARG();
      if (S_read_lines(argv[++i], &paths) < 0) {
        rc = EXIT_USAGE;
        goto done;
      }
    } else if (!strcmp(a, "--target")) {
      NEED_ARG();
      if (!psa_graph_target_from_name(argv[++i], &graph_target)) {
        S_err("--target takes graph or entra, not '%s'", argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
      have_target = true;
    } else if (!strcmp(a, "--baseline")) {
      NEED_ARG();
      baseline_path = argv[++i];
    } else if (!strcmp(a, "--write-baseline")) {
      NEED_ARG();
      write_baseline_path = argv[++i];
    } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
      NEED_ARG();
      char *end;
      long n = strtol(argv[++i], &end, 10);
      if (*end || end == argv[i] || n < 0 || n > 256) {
        S_err("--jobs takes a number of threads from 1 to 256 (0: one per CPU), not '%s'",
              argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
      if (n > 0) njobs = (unsigned)n;
    } else if (!strcmp(a, "--max-findings-per-file") || !strcmp(a, "--max-nesting")) {
      NEED_ARG();
      bool nesting = !strcmp(a, "--max-nesting");
      char *end;
      long n = strtol(argv[++i], &end, 10);
      if (*end || end == argv[i] || n < 1 || n > (nesting ? PSA_MODEL_MAX_DEPTH : 1000000)) {
        S_err(nesting ? "--max-nesting takes a depth from 1 to 400, not '%s'"
                      : "--max-findings-per-file takes a number from 1 to 1000000, not '%s'",
              argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
      if (nesting) sopts.max_depth = (uint32_t)n;
      else sopts.max_findings = (uint32_t)n;
    } else if (!strcmp(a, "--report-unused-suppressions")) report_unused = true;
    else if (!strcmp(a, "--parse-only")) sopts.parse_only = true;
    else if (!strcmp(a, "--no-dot-source")) sopts.no_dot_source = true;
    else if (!strcmp(a, "--hidden")) dopts.hidden = true;
    else if (!strcmp(a, "--follow-symlinks")) dopts.follow_symlinks = true;
    else if (!strcmp(a, "--exit-zero")) exit_zero = true;
    else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) quiet = true;
    else if (!strcmp(a, "--no-recovery")) sopts.no_recovery = true;
    else if (!strcmp(a, "--no-prefilter")) sopts.no_prefilter = true;
    else {
      S_err("unknown option '%s' (see psauth scan --help)", a);
      rc = EXIT_USAGE;
      goto done;
    }
  }
  if (S_settings_check(&settings) < 0) {
    rc = EXIT_USAGE;
    goto done;
  }
  if (!paths.count) S_list_add(&paths, ".");
  finder = psa_config_finder_new(settings.config_path, settings.no_config, errbuf, sizeof(errbuf));
  if (!finder) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    rc = EXIT_USAGE;
    goto done;
  }

  /* Discovery. Without --include, walks take every file and the config of
   * each file decides (its include globs, or the script extensions). */
  static const char *const S_every_file[] = {"*"};
  bool cli_include = includes.count > 0;
  if (cli_include) {
    dopts.include = (const char *const *)includes.items;
    dopts.include_count = includes.count;
  } else if (!settings.no_config) {
    dopts.include = S_every_file;
    dopts.include_count = 1;
  }
  dopts.exclude = (const char *const *)excludes.items;
  dopts.exclude_count = excludes.count;
  psa_discover_list list = {0};
  psa_discover((const char *const *)paths.items, paths.count, &dopts, &list);
  bool explicit_error = false;
  for (size_t i = 0; i < list.count; i++) {
    const psa_discover_entry *e = &list.entries[i];
    if (e->kind == PSA_DISCOVER_ERROR) {
      fprintf(stderr, "psauth: %s: %s\n", e->path, e->message);
      if (e->explicit_path) explicit_error = true;
      continue;
    }
    const psa_config *cfg;
    char *rel;
    if (psa_config_lookup(finder, e->path, false, &cfg, &rel, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s\n", errbuf);
      psa_discover_list_free(&list);
      rc = EXIT_USAGE;
      goto done;
    }
    if (!psa_config_wants_file(cfg, rel, e->explicit_path, cli_include)) {
      free(rel);
      continue;
    }
    jobs = psa_xrealloc(jobs, (job_count + 1) * sizeof(*jobs));
    jobs[job_count++] = (S_job){e->path, cfg, rel, e->explicit_path};
  }
  if (S_check_cli_selectors(cli, finder) < 0) {
    psa_discover_list_free(&list);
    rc = EXIT_USAGE;
    goto done;
  }
  if (baseline_path) {
    if (psa_baseline_load(&baseline, baseline_path, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s\n", errbuf);
      psa_discover_list_free(&list);
      rc = EXIT_USAGE;
      goto done;
    }
    have_baseline = true;
  }
  if (write_baseline_path) {
    if (psa_baseline_init(&written, write_baseline_path, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s\n", errbuf);
      psa_discover_list_free(&list);
      rc = EXIT_USAGE;
      goto done;
    }
    have_written = true;
  }

  FILE *out = stdout;
  if (output && !(out = fopen(output, "w"))) {
    fprintf(stderr, "psauth: cannot write %s: %s\n", output, strerror(errno));
    psa_discover_list_free(&list);
    rc = EXIT_USAGE;
    goto done;
  }

  psa_results results = {0};
  psa_buf unused;
  psa_buf_init(&unused);
  S_run run;
  memset(&run, 0, sizeof(run));
  run.parser = psa_parser_new();
  run.jobs = jobs;
  run.cli = cli;
  run.results = &results;
  run.baseline = have_baseline ? &baseline : NULL;
  run.written = have_written ? &written : NULL;
  run.report_unused = report_unused;
  run.no_recovery = sopts.no_recovery;
  run.unused = &unused;
  S_baseline_summary bsum = {have_baseline ? &baseline : NULL, 0, NULL, 0};
  const char **job_paths = psa_xmalloc((job_count ? job_count : 1) * sizeof(*job_paths));
  for (size_t j = 0; j < job_count; j++) job_paths[j] = jobs[j].path;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  /* runs of files under the same config share their scan options */
  for (size_t j = 0; j < job_count;) {
    size_t k = j + 1;
    while (k < job_count && jobs[k].cfg == jobs[j].cfg) k++;
    const psa_config *cfg = jobs[j].cfg;
    psa_scan_options o = sopts;
    o.release_trees = true; /* the sink reads trees only for suppressions */
    o.max_file_bytes = psa_config_max_file_size(cfg, cli);
    if (cfg) {
      o.tenant = cfg->tenant;
      o.extra_rules = cfg->rule_list;
      o.extra_rule_count = cfg->rule_count;
    }
    if (have_target) o.tenant.graph_target = graph_target;
    run.first = j;
    psa_scan_many(job_paths + j, k - j, &o, njobs, S_scan_sink, &run);
    j = k;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  results.elapsed_seconds =
      (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  psa_parser_free(run.parser);
  free(job_paths);
  bsum.matched = run.baseline_matched;
  bool failing = run.failing;
  size_t unused_count = run.unused_count;
  if (run.explicit_error) explicit_error = true;

  if (have_baseline) bsum.stale_count = psa_baseline_stale(&baseline, &bsum.stale);
  if (have_written) {
    if (psa_baseline_write(&written, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s\n", errbuf);
      explicit_error = true;
    } else {
      fprintf(stderr, "psauth: wrote %zu baseline entr%s to %s\n", written.count,
              written.count == 1 ? "y" : "ies", written.path);
      failing = false; /* what was found is now the baseline */
    }
  }

  const char *no_color = getenv("NO_COLOR");
  ropts.quiet = quiet;
  ropts.color = color == 1 || (color == -1 && !output && isatty(STDOUT_FILENO) &&
                               !(no_color && *no_color) && format == PSA_FORMAT_TEXT);
  if (S_write_report(&results, format, &ropts, &bsum, out, errbuf, sizeof(errbuf)) < 0) {
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
    if (S_write_report(&results, extra[i].format, &plain, &bsum, rf, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s: %s\n", extra[i].path, errbuf);
      explicit_error = true;
    }
    if (fclose(rf) != 0) {
      fprintf(stderr, "psauth: cannot write %s: %s\n", extra[i].path, strerror(errno));
      explicit_error = true;
    }
  }
  if (unused.len) fputs(unused.data, stderr);
  if (unused_count)
    fprintf(stderr, "psauth: %zu unused or malformed suppression%s\n", unused_count,
            unused_count == 1 ? "" : "s");
  psa_buf_free(&unused);
  free(bsum.stale);
  psa_results_free(&results);
  psa_discover_list_free(&list);
  if (out != stdout && fclose(out) != 0) {
    fprintf(stderr, "psauth: cannot write %s: %s\n", output, strerror(errno));
    explicit_error = true;
  }
  if (explicit_error) rc = EXIT_USAGE;
  else if (failing && !exit_zero) rc = EXIT_FINDINGS;

done:
  for (size_t i = 0; i < extra_count; i++) free(extra[i].path);
  free(extra);
  for (size_t j = 0; j < job_count; j++) free(jobs[j].relpath);
  free(jobs);
  if (have_baseline) psa_baseline_free(&baseline);
  if (have_written) psa_baseline_free(&written);
  psa_config_finder_free(finder);
  psa_config_free(cli);
  S_list_free(&paths);
  S_list_free(&includes);
  S_list_free(&excludes);
  return rc;
#undef NEED_ARG
}

/* ---- config ------------------------------------------------------------- */

static const char S_config_usage[] =
    "usage: psauth config [options] [PATH]\n"
    "\n"
    "Prints the effective configuration for PATH (a file or directory, default .)\n"
    "as JSON: the psauth.json or .psauth.json that applies (the nearest one found\n"
    "walking up from PATH), its settings with defaults filled in, and the rules\n"
    "reported there with their severities.\n"
    "\n"
    "options:\n"
    "  --config FILE           use FILE instead of looking for one\n"
    "  --no-config             ignore config files\n"
    "  --select, --ignore, --severity, --fail-on, --max-file-size   as for scan\n";

static int S_config_cmd(int argc, char **argv) {
  S_settings settings = {psa_config_new(), NULL, false};
  const char *path = NULL;
  int rc = EXIT_USAGE;
  psa_config_finder *finder = NULL;
  char errbuf[1024];
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(S_config_usage, stdout);
      rc = EXIT_CLEAN;
      goto done;
    }
    int so = S_settings_option(&settings, argc, argv, &i);
    if (so < 0) goto done;
    if (so > 0) continue;
    if (a[0] == '-' && strcmp(a, "-") != 0) {
      S_err("unknown option '%s' (see psauth config --help)", a);
      goto done;
    }
    if (path) {
      S_err("config takes one PATH");
      goto done;
    }
    path = a;
  }
  if (S_settings_check(&settings) < 0) goto done;
  if (!path) path = ".";
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "psauth: %s: %s\n", path, strerror(errno));
    goto done;
  }
  finder = psa_config_finder_new(settings.config_path, settings.no_config, errbuf, sizeof(errbuf));
  if (!finder) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    goto done;
  }
  const psa_config *cfg;
  char *rel;
  if (psa_config_lookup(finder, path, S_ISDIR(st.st_mode), &cfg, &rel, errbuf, sizeof(errbuf)) <
      0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    goto done;
  }
  if (S_check_cli_selectors(settings.cli, finder) == 0) {
    char *json = psa_config_effective_json(cfg, settings.cli, path, rel);
    puts(json);
    free(json);
    rc = EXIT_CLEAN;
  }
  free(rel);
done:
  psa_config_finder_free(finder);
  psa_config_free(settings.cli);
  return rc;
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

/* `psauth rules`: the built-in rules, then the organisation rules of the
 * config that applies to the current directory. */
/* psauth merge: JSON reports of several runs (sharded CI jobs) into one
 * report in any format, as a single run over everything would give. */
static int S_merge_cmd(int argc, char **argv) {
  psa_format format = PSA_FORMAT_TEXT;
  const char *output = NULL;
  psa_results results = {0};
  int rc = EXIT_CLEAN, inputs = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      puts("usage: psauth merge [--format FMT] [-o FILE] RESULT.json...\n\n"
           "Combines JSON reports (psauth scan --format json) into one report in any format.");
      psa_results_free(&results);
      return EXIT_CLEAN;
    }
    if (!strcmp(a, "--format") && i + 1 < argc) {
      if (!psa_format_from_name(argv[++i], &format)) {
        S_err("unknown format '%s'", argv[i]);
        rc = EXIT_USAGE;
        break;
      }
      continue;
    }
    if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && i + 1 < argc) {
      output = argv[++i];
      continue;
    }
    if (a[0] == '-') {
      S_err("unknown option '%s' (see psauth merge --help)", a);
      rc = EXIT_USAGE;
      break;
    }
    FILE *f = fopen(a, "rb");
    if (!f) {
      S_err("%s: %s", a, strerror(errno));
      rc = EXIT_USAGE;
      break;
    }
    psa_buf b;
    psa_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) psa_buf_append(&b, chunk, n);
    fclose(f);
    char err[256];
    if (psa_results_read_json(&results, b.data ? b.data : "", b.len, err, sizeof(err)) < 0) {
      S_err("%s: %s", a, err);
      psa_buf_free(&b);
      rc = EXIT_USAGE;
      break;
    }
    psa_buf_free(&b);
    inputs++;
  }
  if (rc == EXIT_CLEAN && !inputs) {
    S_err("merge needs at least one JSON report (see psauth merge --help)");
    rc = EXIT_USAGE;
  }
  if (rc == EXIT_CLEAN) {
    FILE *out = output ? fopen(output, "w") : stdout;
    char err[256];
    psa_report_options ro = {0};
    if (!out) {
      S_err("cannot write %s", output);
      rc = EXIT_USAGE;
    } else {
      if (psa_report_write(&results, format, &ro, out, err, sizeof(err)) < 0) {
        S_err("%s", err);
        rc = EXIT_USAGE;
      }
      if (out != stdout) fclose(out);
    }
  }
  psa_results_free(&results);
  return rc;
}

static int S_rules_cmd(int argc, char **argv) {
  bool json = false, no_config = false;
  const char *config_path = NULL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      puts("usage: psauth rules [--format text|json] [--config FILE | --no-config]\n"
           "(organisation rules of the config for the current directory are listed last)");
      return EXIT_CLEAN;
    }
    if (!strcmp(a, "--format") && i + 1 < argc &&
        (!strcmp(argv[i + 1], "json") || !strcmp(argv[i + 1], "text"))) {
      json = !strcmp(argv[++i], "json");
    } else if (!strcmp(a, "--config") && i + 1 < argc) {
      config_path = argv[++i];
    } else if (!strcmp(a, "--no-config")) {
      no_config = true;
    } else {
      S_err("unknown argument '%s' (see psauth rules --help)", a);
      return EXIT_USAGE;
    }
  }
  char errbuf[1024];
  const psa_config *cfg = NULL;
  char *rel = NULL;
  psa_config_finder *finder = psa_config_finder_new(config_path, no_config, errbuf, sizeof(errbuf));
  if (!finder || psa_config_lookup(finder, ".", true, &cfg, &rel, errbuf, sizeof(errbuf)) < 0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    psa_config_finder_free(finder);
    return EXIT_USAGE;
  }
  free(rel);
  uint32_t n;
  const psa_rule *const *rules = psa_rules(&n);
  size_t total = n + (cfg ? cfg->rule_count : 0);
  cJSON *arr = json ? cJSON_CreateArray() : NULL;
  for (size_t i = 0; i < total; i++) {
    const psa_rule *r = i < n ? rules[i] : cfg->rule_list[i - n];
    const psa_user_rule *u = psa_user_rule_of(r);
    if (json) {
      cJSON *o = cJSON_CreateObject();
      cJSON_AddStringToObject(o, "id", r->id);
      cJSON_AddStringToObject(o, "name", r->name);
      cJSON_AddStringToObject(o, "kind", psa_kind_name(r->kind));
      cJSON_AddStringToObject(o, "severity", psa_severity_name(r->severity));
      cJSON_AddStringToObject(o, "summary", r->summary);
      if (r->retirement) cJSON_AddStringToObject(o, "retirement", r->retirement);
      if (u) {
        cJSON_AddStringToObject(o, "config", cfg->path);
        const char *help = psa_user_rule_help_uri(u);
        if (help) cJSON_AddStringToObject(o, "helpUri", help);
      }
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
  psa_config_finder_free(finder);
  return EXIT_CLEAN;
}

extern const unsigned char psa_rule_docs[];
extern const size_t psa_rule_docs_len;

/* psauth explain PSA204 FILE: the map's entries for the cmdlets FILE calls. */
static int S_explain_graph(const psa_rule *r, const char *path, bool entra) {
  const char *module = NULL;
  if (!strcmp(r->id, "PSA202") || !strcmp(r->id, "PSA204")) module = "MSOnline";
  if (!strcmp(r->id, "PSA203") || !strcmp(r->id, "PSA205")) module = "AzureAD";
  if (!module) {
    S_err("a FILE is explained only for PSA202-PSA205 (the Microsoft Graph migration)");
    return EXIT_USAGE;
  }
  psa_source *src = S_load_one(path);
  if (!src) return EXIT_USAGE;
  psa_parser *parser = psa_parser_new();
  psa_parse_result pr;
  psa_parse(parser, src->text, src->text_len, true, &pr);
  psa_model *m = psa_model_build(src, &pr);
  printf("\n## The %s cmdlets %s calls, and their Microsoft Graph PowerShell mapping\n", module, path);
  if (!psa_graphmap_explain(m, module, entra, stdout))
    printf("\n%s calls no %s cmdlet psauth maps.\n", path, module);
  psa_model_free(m);
  psa_parse_result_free(&pr);
  psa_parser_free(parser);
  psa_source_free(src);
  return EXIT_CLEAN;
}

static int S_explain_cmd(int argc, char **argv) {
  if (argc < 1 || !strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) {
    puts("usage: psauth explain RULE [FILE]   (an ID such as PSA101, or a rule name; for\n"
         "       PSA202-PSA205 a FILE shows the Microsoft Graph mapping of the cmdlets it calls)");
    return argc < 1 ? EXIT_USAGE : EXIT_CLEAN;
  }
  const psa_rule *r = psa_rule_find(argv[0]);
  if (!r) { /* an organisation rule of the config for the current directory */
    char errbuf[1024];
    const psa_config *cfg = NULL;
    char *rel = NULL;
    psa_config_finder *finder = psa_config_finder_new(NULL, false, errbuf, sizeof(errbuf));
    if (psa_config_lookup(finder, ".", true, &cfg, &rel, errbuf, sizeof(errbuf)) < 0)
      fprintf(stderr, "psauth: %s\n", errbuf);
    free(rel);
    for (size_t i = 0; cfg && !r && i < cfg->rule_count; i++)
      if (!psa_strcasecmp(cfg->rule_list[i]->id, argv[0]) ||
          !strcmp(cfg->rule_list[i]->name, argv[0]))
        r = cfg->rule_list[i];
    if (r) {
      const char *help = psa_user_rule_help_uri(psa_user_rule_of(r));
      printf("%s %s (%s, %s; organisation rule from %s)\n\n%s\n", r->id, r->name,
             psa_kind_name(r->kind), psa_severity_name(r->severity), cfg->path, r->summary);
      if (help) printf("\nMore: %s\n", help);
    }
    psa_config_finder_free(finder);
    if (r) return EXIT_CLEAN;
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
  if (argc >= 2) return S_explain_graph(r, argv[1], argc >= 4 && !strcmp(argv[2], "--target") &&
                                                        !strcmp(argv[3], "entra"));
  return EXIT_CLEAN;
}

int main(int argc, char **argv) {
#ifdef __GLIBC__
  /* A scan takes and gives back a file's worth of memory per file. By
   * default glibc hands the heap's top back to the kernel each time and
   * maps large blocks afresh, so the next file faults the same memory in
   * again page by page (three times the page faults on bench/'s corpus).
   * Peak memory is unchanged; it is only kept for reuse. */
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
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
  if (!strcmp(cmd, "config")) return S_config_cmd(argc - 2, argv + 2);
  if (!strcmp(cmd, "merge")) return S_merge_cmd(argc - 2, argv + 2);
  if (!strcmp(cmd, "fix")) return psa_cli_fix(argc - 2, argv + 2);
  if (!strcmp(cmd, "rules")) return S_rules_cmd(argc - 2, argv + 2);
  if (!strcmp(cmd, "explain")) return S_explain_cmd(argc - 2, argv + 2);
  if (!strcmp(cmd, "parse")) return S_parse_cmd(argc - 2, argv + 2, false);
  if (!strcmp(cmd, "model")) return S_parse_cmd(argc - 2, argv + 2, true);
  S_err("unknown command '%s' (see psauth --help)", cmd);
  return EXIT_USAGE;
}

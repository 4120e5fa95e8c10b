/* psauth scan: discovery, the scan, and the reports. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "psauth/baseline.h"
#include "psauth/config.h"
#include "psauth/discover.h"
#include "psauth/policy.h"
#include "psauth/results.h"
#include "psauth/scan.h"
#include "psauth/shard.h"
#include "base/array.h"
#include "base/util.h"

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
    "  --shard K/N             scan only the K-th of N size-balanced parts of the files\n"
    "                          (CI matrix jobs; combine their JSON with psauth merge)\n"
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

typedef struct {
  psa_format format;
  char *path;
} S_report_target;

/* Everything the per-file step needs; psa_scan_many() hands it the files
 * of one run of jobs (from 'first') in order, on this thread. */
typedef struct {
  psa_parser *parser;      /* for files the prefilter skipped (unused suppressions) */
  const psa_job *jobs;
  size_t first;
  const psa_policy *policy;
  psa_results *results;
  bool no_recovery;
  psa_buf *unused;
  size_t unused_count, baseline_matched;
  bool failing, explicit_error;
} S_run;

static void S_scan_sink(void *payload, size_t index, psa_file_result *r) {
  S_run *run = payload;
  const psa_job *job = &run->jobs[run->first + index];
  if (r->status != PSA_FILE_OK) {
    fprintf(stderr, "psauth: %s: %s%s\n", r->path, r->status == PSA_FILE_SKIPPED ? "skipped: " : "",
            r->message);
    if (r->status == PSA_FILE_ERROR && job->explicit_path) run->explicit_error = true;
  } else if (r->message) {
    /* analysed, but a resource limit cut part of it short */
    fprintf(stderr, "psauth: %s: %s\n", r->path, r->message);
  }
  psa_policy_outcome po;
  psa_policy_apply(run->policy, job->cfg, job->relpath, run->parser, run->no_recovery, r, &po);
  psa_results_add(run->results, r, NULL, NULL);
  run->baseline_matched += po.baseline_matched;
  if (run->policy->collect_unused) {
    char *lines;
    run->unused_count += psa_policy_unused(r->path, job->cfg, &po, &lines);
    if (lines) psa_buf_puts(run->unused, lines);
    free(lines);
  }
  if (po.failing) run->failing = true;
  psa_policy_outcome_free(&po);
}

/* Keeps the jobs of one shard (psauth/shard.h), in their order. */
static void S_shard(psa_jobs *files, const psa_cli_list *roots, unsigned index, unsigned shards) {
  size_t n = files->count;
  psa_shard_item *items = psa_xmalloc((n ? n : 1) * sizeof(*items));
  bool *keep = psa_xmalloc(n ? n : 1);
  for (size_t j = 0; j < n; j++) {
    struct stat st;
    const char *path = files->jobs[j].path;
    items[j].key = psa_shard_key(path, (const char *const *)roots->items, roots->count);
    items[j].size = stat(path, &st) == 0 && st.st_size > 0 ? (uint64_t)st.st_size : 0;
  }
  psa_shard_select(items, n, index, shards, keep);
  size_t kept = 0;
  for (size_t j = 0; j < n; j++) {
    if (keep[j]) files->jobs[kept++] = files->jobs[j];
    else free(files->jobs[j].relpath);
  }
  files->count = kept;
  free(keep);
  free(items);
}

/* Path order (strcmp), the order of the reports: results are streamed to
 * the report spool as each file is done, so the files are scanned in it.
 * Stable, so that a path given twice keeps its entries in order. */
typedef struct {
  const psa_job *job;
  size_t at;
} S_job_key;

static int S_job_order(const void *a, const void *b) {
  const S_job_key *x = a, *y = b;
  int c = strcmp(x->job->path, y->job->path);
  return c ? c : x->at < y->at ? -1 : x->at > y->at;
}

static void S_sort_jobs(psa_jobs *files) {
  size_t n = files->count, j = 1;
  while (j < n && strcmp(files->jobs[j - 1].path, files->jobs[j].path) <= 0) j++;
  if (j >= n) return; /* already in order: the usual case */
  S_job_key *keys = psa_xmalloc(n * sizeof(*keys));
  for (j = 0; j < n; j++) keys[j] = (S_job_key){&files->jobs[j], j};
  qsort(keys, n, sizeof(*keys), S_job_order);
  psa_job *sorted = psa_xmalloc(n * sizeof(*sorted));
  for (j = 0; j < n; j++) sorted[j] = *keys[j].job;
  memcpy(files->jobs, sorted, n * sizeof(*sorted));
  free(sorted);
  free(keys);
}

int psa_cli_scan(int argc, char **argv) {
  psa_cli_list paths = {0}, includes = {0}, excludes = {0};
  psa_cli_settings settings = {psa_config_new(), NULL, false};
  psa_config *cli = settings.cli;
  const char *output = NULL, *baseline_path = NULL, *write_baseline_path = NULL;
  psa_format format = PSA_FORMAT_TEXT;
  S_report_target *extra = NULL;
  size_t extra_count = 0, extra_cap = 0;
  psa_report_options ropts = {0};
  int color = -1; /* -1 auto */
  psa_discover_options dopts = {0};
  psa_scan_options sopts = {0};
  bool have_target = false;
  psa_graph_target graph_target = PSA_GRAPH_TARGET_GRAPH;
  bool exit_zero = false, quiet = false, opts_done = false, report_unused = false;
  unsigned shard_index = 0, shard_count = 0;
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned njobs = ncpu < 1 ? 1 : ncpu > 64 ? 64 : (unsigned)ncpu;
  int rc = EXIT_CLEAN;
  psa_config_finder *finder = NULL;
  psa_jobs files;
  memset(&files, 0, sizeof(files));
  psa_baseline baseline = {0}, written = {0};
  bool have_baseline = false, have_written = false;
  char errbuf[1024];

#define NEED_ARG()                                              \
  do {                                                          \
    if (i + 1 >= argc) {                                        \
      psa_cli_err("option %s needs an argument", a);            \
      rc = EXIT_USAGE;                                          \
      goto done;                                                \
    }                                                           \
  } while (0)

  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (opts_done || a[0] != '-' || !strcmp(a, "-")) {
      psa_cli_list_add(&paths, a);
      continue;
    }
    int so = psa_cli_settings_option(&settings, argc, argv, &i);
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
        psa_cli_err("unknown format '%s' (expected text, json, sarif, html, csv, markdown, github, "
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
        psa_cli_err("--report takes FORMAT=FILE, not '%s'", spec);
        rc = EXIT_USAGE;
        goto done;
      }
      memcpy(name, spec, (size_t)(eq - spec));
      name[eq - spec] = '\0';
      if (!psa_format_from_name(name, &f)) {
        psa_cli_err("unknown report format '%s' in --report", name);
        rc = EXIT_USAGE;
        goto done;
      }
      psa_grow(extra, extra_count, extra_cap);
      extra[extra_count].format = f;
      extra[extra_count++].path = psa_xstrdup(eq + 1);
    } else if (!strncmp(a, "--color", 7)) {
      const char *v = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : "");
      if (!strcmp(v, "always")) color = 1;
      else if (!strcmp(v, "never")) color = 0;
      else if (!strcmp(v, "auto")) color = -1;
      else {
        psa_cli_err("--color takes always, never or auto, not '%s'", v);
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
      psa_cli_list_add(&includes, argv[++i]);
    } else if (!strcmp(a, "--exclude")) {
      NEED_ARG();
      psa_cli_list_add(&excludes, argv[++i]);
    } else if (!strcmp(a, "--files-from")) {
      NEED_ARG();
      if (psa_cli_read_lines(argv[++i], &paths) < 0) {
        rc = EXIT_USAGE;
        goto done;
      }
    } else if (!strcmp(a, "--shard")) {
      NEED_ARG();
      if (!psa_shard_parse(argv[++i], &shard_index, &shard_count)) {
        psa_cli_err("--shard takes K/N with 1 <= K <= N <= %u, not '%s'", PSA_SHARD_MAX, argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
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
        psa_cli_err("--jobs takes a number of threads from 1 to 256 (0: one per CPU), not '%s'",
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
        psa_cli_err(nesting ? "--max-nesting takes a depth from 1 to 400, not '%s'"
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
    else if (!strcmp(a, "--target")) {
      if (i + 1 >= argc) {
        psa_cli_err("option %s needs an argument", a);
        rc = EXIT_USAGE;
        goto done;
      }
      if (!psa_graph_target_from_name(argv[++i], &graph_target)) {
        psa_cli_err("--target takes graph or entra, not '%s'", argv[i]);
        rc = EXIT_USAGE;
        goto done;
      }
      have_target = true;
    } else {
      psa_cli_err("unknown option '%s' (see psauth scan --help)", a);
      rc = EXIT_USAGE;
      goto done;
    }
  }
  if (psa_cli_settings_check(&settings) < 0) {
    rc = EXIT_USAGE;
    goto done;
  }
  if (!paths.count) psa_cli_list_add(&paths, ".");
  finder = psa_config_finder_new(settings.config_path, settings.no_config, errbuf, sizeof(errbuf));
  if (!finder) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    rc = EXIT_USAGE;
    goto done;
  }

  dopts.include = (const char *const *)includes.items;
  dopts.include_count = includes.count;
  dopts.exclude = (const char *const *)excludes.items;
  dopts.exclude_count = excludes.count;
  bool explicit_error = false;
  if (psa_policy_jobs(finder, settings.no_config, (const char *const *)paths.items, paths.count,
                      &dopts, psa_cli_discover_error, &explicit_error, &files, errbuf,
                      sizeof(errbuf)) < 0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    rc = EXIT_USAGE;
    goto done;
  }
  size_t discovered = psa_cli_warn_empty_jobs((const char *const *)paths.items, paths.count,
                                              &files, includes.count > 0);
  if (shard_count > 1) S_shard(&files, &paths, shard_index, shard_count);
  S_sort_jobs(&files);
  const psa_job *jobs = files.jobs;
  size_t job_count = files.count;
  if (explicit_error && !discovered) {
    /* every path failed: nothing was scanned, so no report and no
     * "0 files scanned" summary */
    rc = EXIT_USAGE;
    goto done;
  }
  if (psa_cli_check_selectors(cli, finder) < 0) {
    rc = EXIT_USAGE;
    goto done;
  }
  if (baseline_path) {
    if (psa_baseline_load(&baseline, baseline_path, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s\n", errbuf);
      rc = EXIT_USAGE;
      goto done;
    }
    have_baseline = true;
  }
  if (write_baseline_path) {
    if (psa_baseline_init(&written, write_baseline_path, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s\n", errbuf);
      rc = EXIT_USAGE;
      goto done;
    }
    have_written = true;
  }

  psa_results results = {0};
  /* the reports are written from a spool in $TMPDIR: memory does not grow
   * with the number of files or findings (docs/reports.md) */
  if (psa_results_spool(&results, errbuf, sizeof(errbuf)) < 0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    rc = EXIT_USAGE;
    goto done;
  }
  FILE *out = stdout;
  if (output && !(out = fopen(output, "w"))) {
    psa_results_free(&results);
    fprintf(stderr, "psauth: cannot write %s: %s\n", output, strerror(errno));
    rc = EXIT_USAGE;
    goto done;
  }

  /* the HTML report shows each fix as a diff, made while the text is at
   * hand; the JSON report carries them for `psauth merge` */
  results.fix_diffs = format == PSA_FORMAT_HTML || format == PSA_FORMAT_JSON;
  for (size_t i = 0; i < extra_count; i++)
    if (extra[i].format == PSA_FORMAT_HTML || extra[i].format == PSA_FORMAT_JSON)
      results.fix_diffs = true;
  psa_buf unused;
  psa_buf_init(&unused);
  S_run run;
  memset(&run, 0, sizeof(run));
  psa_policy policy;
  memset(&policy, 0, sizeof(policy));
  policy.cli = cli;
  policy.baseline = have_baseline ? &baseline : NULL;
  policy.record = have_written ? &written : NULL;
  policy.collect_unused = report_unused;
  policy.tenant.graph_target = graph_target;
  policy.graph_target_set = have_target;
  run.parser = psa_parser_new();
  run.jobs = jobs;
  run.policy = &policy;
  run.results = &results;
  run.no_recovery = sopts.no_recovery;
  run.unused = &unused;
  const char **job_paths = psa_xmalloc((job_count ? job_count : 1) * sizeof(*job_paths));
  const char **job_relpaths = psa_xmalloc((job_count ? job_count : 1) * sizeof(*job_relpaths));
  for (size_t j = 0; j < job_count; j++) {
    job_paths[j] = jobs[j].path;
    job_relpaths[j] = jobs[j].relpath;
  }
  /* which scripts others of the set name: helpers the planner keeps */
  size_t named_count = 0;
  char **named = NULL;
  if (job_count > 1) {
    size_t *limits = psa_xmalloc(job_count * sizeof(*limits));
    for (size_t j = 0; j < job_count; j++) limits[j] = psa_config_max_file_size(jobs[j].cfg, cli);
    named = psa_scripts_named_by_others(job_paths, limits, job_count, &named_count);
    free(limits);
  }
  sopts.named_scripts = (const char *const *)named;
  sopts.named_script_count = named_count;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  /* runs of files under the same config share their scan options */
  for (size_t j = 0; j < job_count;) {
    size_t k = j + 1;
    while (k < job_count && jobs[k].cfg == jobs[j].cfg) k++;
    psa_scan_options o;
    psa_policy_scan_options(&policy, jobs[j].cfg, &sopts, &o);
    o.release_trees = true; /* the sink reads trees only for suppressions */
    o.release_model = true; /* and never the model (psa_finding.service) */
    o.relpaths = job_relpaths + j;
    run.first = j;
    psa_scan_many(job_paths + j, k - j, &o, njobs, S_scan_sink, &run);
    j = k;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  results.elapsed_seconds =
      (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  psa_parser_free(run.parser);
  free(job_paths);
  free(job_relpaths);
  psa_scripts_named_free(named, named_count);
  bool failing = run.failing;
  size_t unused_count = run.unused_count;
  if (run.explicit_error) explicit_error = true;

  if (have_baseline) psa_results_set_baseline(&results, &baseline, run.baseline_matched);
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
  if (psa_results_write(&results, format, &ropts, out, errbuf, sizeof(errbuf)) < 0) {
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
    if (psa_results_write(&results, extra[i].format, &plain, rf, errbuf, sizeof(errbuf)) < 0) {
      fprintf(stderr, "psauth: %s: %s\n", extra[i].path, errbuf);
      explicit_error = true;
    }
    if (fclose(rf) != 0) {
      fprintf(stderr, "psauth: cannot write %s: %s\n", extra[i].path, strerror(errno));
      explicit_error = true;
    }
  }
  if (psa_results_spool_status(&results, errbuf, sizeof(errbuf)) < 0) {
    /* a full disk: what was written is incomplete */
    fprintf(stderr, "psauth: %s\n", errbuf);
    explicit_error = true;
  }
  if (unused.len) fputs(unused.data, stderr);
  if (unused_count)
    fprintf(stderr, "psauth: %zu unused or malformed suppression%s\n", unused_count,
            unused_count == 1 ? "" : "s");
  psa_buf_free(&unused);
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
  psa_jobs_free(&files);
  if (have_baseline) psa_baseline_free(&baseline);
  if (have_written) psa_baseline_free(&written);
  psa_config_finder_free(finder);
  psa_config_free(cli);
  psa_cli_list_free(&paths);
  psa_cli_list_free(&includes);
  psa_cli_list_free(&excludes);
  return rc;
#undef NEED_ARG
}

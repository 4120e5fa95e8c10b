/* Fuzz target: the readers of user-supplied configuration and data.
 *
 * Every input goes to all three readers (each is a JSON parse plus checks,
 * so trying all three costs little and one corpus serves them):
 *
 *  1. the JSON report reader behind `psauth merge` (psa_results_read_json).
 *     When it accepts an input, the merged results are written in every
 *     report format, and psauth must read its own JSON report back.
 *  2. the configuration parser (psa_config_parse: psauth.json with
 *     select/ignore, perFileIgnores globs, severities, tenant values and
 *     organisation rules with PCRE2 regexes). When it accepts an input, the
 *     effective configuration must be valid JSON, every rule's definition
 *     must serialise, the decisions (rule enabled, severity, wants_file,
 *     glob matching) run for every rule and a few paths, and a fixed script
 *     is scanned with the organisation rules, which runs their matchers and
 *     regexes on real commands and strings.
 *  3. the baseline reader (psa_baseline_parse, what psa_baseline_load
 *     reads). When it accepts an input, its entries must be sorted, the
 *     fixed script is matched against it, and a baseline written from it
 *     must load back with the same entries (a baseline psauth writes,
 *     psauth reads).
 *
 * A reader that fails must say why (a non-empty message). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "psauth/baseline.h"
#include "psauth/config.h"
#include "psauth/results.h"
#include "psauth/scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define S_MAX_INPUT (1024u * 1024u)

static void S_fail(const char *what, const char *detail) {
  fprintf(stderr, "fuzz_config: invariant broken: %s%s%s\n", what, detail ? ": " : "",
          detail ? detail : "");
  abort();
}

static char *S_write(const psa_results *r, psa_format fmt, size_t *len, int *rc) {
  char *buf = NULL;
  *len = 0;
  *rc = -1;
  FILE *mem = open_memstream(&buf, len);
  if (!mem) return NULL;
  char err[256];
  psa_report_options o = {0};
  *rc = psa_results_write(r, fmt, &o, mem, err, sizeof err);
  fclose(mem);
  return buf;
}

/* ---- 1. reports ---------------------------------------------------------- */

static void S_report(const char *json, size_t size) {
  psa_results r = {0};
  char err[256];
  err[0] = '\0';
  if (psa_results_read_json(&r, json, size, err, sizeof err) != 0) {
    if (!err[0]) S_fail("psa_results_read_json failed without a message", NULL);
    psa_results_free(&r);
    return;
  }
  size_t len;
  int wrc;
  /* every format: merged results can hold findings of unknown rules
   * (rule == NULL), which only a merge produces */
  for (int fmt = PSA_FORMAT_TEXT; fmt <= PSA_FORMAT_GITLAB; fmt++)
    if (fmt != PSA_FORMAT_JSON) free(S_write(&r, (psa_format)fmt, &len, &wrc));
  char *out = S_write(&r, PSA_FORMAT_JSON, &len, &wrc);
  if (out && wrc == 0) {
    psa_results again = {0};
    if (psa_results_read_json(&again, out, len, err, sizeof err) != 0)
      S_fail("psauth cannot read back its own JSON report", err);
    psa_results_free(&again);
  }
  free(out);
  psa_results_free(&r);
}

/* ---- the script configs and baselines are tried on ----------------------- */

/* Commands, parameters and strings that organisation rules (command,
 * parameter, absent, valueRegex, stringRegex) and the built-in rules match. */
static const char S_script[] =
    "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force\n"
    "$cred = New-Object System.Management.Automation.PSCredential ('admin@contoso.com', $pw)\n"
    "Connect-ContosoTenant -Credential $cred -Tenant 'contoso'\n"
    "ContosoTools\\Connect-ContosoTenant -CertificateThumbprint 'ABC'\n"
    "$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "
    "https://ps.contoso.com/powershell/ -Credential $cred -Authentication Basic\n"
    "Import-PSSession $s\n"
    "$key = 'ck_0123456789abcdef0123456789abcdef'\n"
    "Send-MailMessage -SmtpServer smtp.office365.com -Credential $cred -UseSsl -To a@b.c\n"
    "Connect-ExchangeOnline -UseRPSSession\n"
    "Invoke-RestMethod -Uri \"https://x/?k=$key\" -Headers @{Authorization = \"Basic $key\"}\n";
#define S_SCRIPT_PATH "psauth-fuzz.ps1" /* relative: baseline entries can name it */

static psa_parser *S_parser;

static void S_scan(const psa_config *cfg, psa_file_result *out) {
  if (!S_parser) S_parser = psa_parser_new();
  psa_scan_options so = {.no_dot_source = true};
  if (cfg) {
    so.tenant = cfg->tenant;
    so.extra_rules = cfg->rule_list;
    so.extra_rule_count = cfg->rule_count;
  }
  psa_scan_bytes(S_parser, S_SCRIPT_PATH, S_script, sizeof S_script - 1, &so, out);
  if (out->status != PSA_FILE_OK) S_fail("the fixed script did not scan", out->message);
}

/* ---- 2. configs ---------------------------------------------------------- */

static void S_check_json(const char *json, const char *what) {
  if (!json) S_fail(what, "NULL");
  cJSON *doc = cJSON_Parse(json);
  if (!doc) S_fail(what, "not valid JSON");
  cJSON_Delete(doc);
}

static void S_config(const char *json, size_t size) {
  char err[512];
  err[0] = '\0';
  psa_config *cfg = psa_config_parse("fuzz/psauth.json", NULL, json, size, err, sizeof err);
  if (!cfg) {
    if (!err[0]) S_fail("psa_config_parse failed without a message", NULL);
    if (strncmp(err, "fuzz/psauth.json", 16)) S_fail("a config error does not name the file", err);
    return;
  }
  static const char *const paths[] = {"a.ps1", "src/deep/b.Tests.ps1", "vendor/x.psm1",
                                      "legacy/old/c.ps1", "build/out.ps1", ".hidden/d.psd1",
                                      "dir with space/e.txt"};
  size_t npaths = sizeof paths / sizeof *paths;
  for (size_t p = 0; p < npaths; p++) {
    char *eff = psa_config_effective_json(cfg, NULL, paths[p], paths[p]);
    S_check_json(eff, "the effective configuration");
    free(eff);
    (void)psa_config_wants_file(cfg, paths[p], false, false);
    (void)psa_config_wants_file(cfg, paths[p], true, false);
  }
  uint32_t nbuiltin = 0;
  const psa_rule *const *builtin = psa_rules(&nbuiltin);
  for (uint32_t i = 0; i < nbuiltin + cfg->rule_count; i++) {
    const psa_rule *rule = i < nbuiltin ? builtin[i] : cfg->rule_list[i - nbuiltin];
    for (size_t p = 0; p < npaths; p++) (void)psa_config_rule_enabled(cfg, NULL, rule, paths[p]);
    psa_severity s = psa_config_rule_severity(cfg, NULL, rule, rule->severity);
    if (s != PSA_SEV_INFO && s != PSA_SEV_WARNING && s != PSA_SEV_ERROR)
      S_fail("a severity override gives no severity", rule->id);
  }
  for (size_t i = 0; i < cfg->rule_count; i++) {
    if (psa_user_rule_rule(cfg->rules[i]) != cfg->rule_list[i])
      S_fail("rules and rule_list disagree", NULL);
    if (psa_user_rule_of(cfg->rule_list[i]) != cfg->rules[i])
      S_fail("psa_user_rule_of does not find the organisation rule", NULL);
    cJSON *def = psa_user_rule_to_json(cfg->rules[i]);
    char *text = def ? cJSON_PrintUnformatted(def) : NULL;
    S_check_json(text, "an organisation rule's definition");
    free(text);
    cJSON_Delete(def);
  }
  /* the globs of the config against each other's text, as paths */
  for (size_t i = 0; i < cfg->exclude_count; i++)
    for (size_t p = 0; p < npaths; p++) (void)psa_config_path_matches(cfg->exclude[i], paths[p]);
  for (size_t i = 0; i < cfg->per_file_ignore_count; i++)
    (void)psa_config_path_matches(cfg->per_file_ignores[i].glob, cfg->per_file_ignores[i].glob);
  (void)psa_config_fail_on(cfg, NULL);
  (void)psa_config_max_file_size(cfg, NULL);

  psa_file_result r;
  S_scan(cfg, &r);
  for (uint32_t i = 0; i < r.finding_count; i++) {
    const psa_finding *f = &r.findings[i];
    if (!f->rule || !f->message) S_fail("a finding without rule or message", NULL);
    if (f->span.start > f->span.end || f->span.end > r.src->text_len)
      S_fail("an organisation rule's finding lies outside the text", f->rule->id);
  }
  psa_file_result_free(&r);
  psa_config_free(cfg);
}

/* ---- 3. baselines -------------------------------------------------------- */

static char S_tmpdir[256];

static void S_remove_tmpdir(void) { rmdir(S_tmpdir); }

static int S_entry_cmp(const void *a, const void *b) {
  const psa_baseline_entry *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  if (!c) c = strcmp(x->fingerprint, y->fingerprint);
  if (!c) c = strcmp(x->rule, y->rule);
  return c ? c : strcmp(x->message, y->message);
}

static void S_baseline(const char *json, size_t size) {
  psa_baseline b;
  char err[512];
  err[0] = '\0';
  if (psa_baseline_parse(&b, "psauth-fuzz-baseline.json", json, size, err, sizeof err) != 0) {
    if (!err[0]) S_fail("psa_baseline_parse failed without a message", NULL);
    return;
  }
  for (size_t i = 1; i < b.count; i++) {
    int c = strcmp(b.entries[i - 1].path, b.entries[i].path);
    if (c > 0 || (!c && strcmp(b.entries[i - 1].fingerprint, b.entries[i].fingerprint) > 0))
      S_fail("the baseline's entries are not sorted", NULL);
  }
  /* match the fixed script against it, then what is stale */
  psa_file_result r;
  S_scan(NULL, &r);
  bool *known = NULL;
  uint32_t kept = psa_baseline_scan_file(&b, &r, false, &known);
  if (kept && !known) S_fail("psa_baseline_scan_file kept findings without flags", NULL);
  free(known);
  psa_file_result_free(&r);
  const psa_baseline_entry **stale = NULL;
  size_t nstale = psa_baseline_stale(&b, &stale);
  if (nstale > b.count) S_fail("more stale entries than entries", NULL);
  free(stale);

  /* written, then read back: the same entries */
  if (!S_tmpdir[0]) {
    const char *t = getenv("TMPDIR");
    snprintf(S_tmpdir, sizeof S_tmpdir, "%s/psauth-fuzz-XXXXXX", t && t[0] ? t : "/tmp");
    if (!mkdtemp(S_tmpdir)) S_fail("mkdtemp", S_tmpdir);
    atexit(S_remove_tmpdir); /* empty by then: each baseline is unlinked */
  }
  char file[320];
  snprintf(file, sizeof file, "%s/baseline.json", S_tmpdir);
  free(b.path);
  b.path = strdup(file);
  if (!b.path) abort();
  if (psa_baseline_write(&b, err, sizeof err) != 0) S_fail("psa_baseline_write", err);
  psa_baseline again;
  if (psa_baseline_load(&again, file, err, sizeof err) != 0)
    S_fail("psauth cannot read back the baseline it wrote", err);
  if (again.count != b.count) S_fail("the baseline read back has another number of entries", NULL);
  /* entries with the same path and fingerprint may come back in another
   * order (the sort only orders by those two), so compare fully sorted */
  qsort(b.entries, b.count, sizeof *b.entries, S_entry_cmp);
  qsort(again.entries, again.count, sizeof *again.entries, S_entry_cmp);
  for (size_t i = 0; i < b.count; i++)
    if (S_entry_cmp(&b.entries[i], &again.entries[i]))
      S_fail("an entry of the baseline read back differs", b.entries[i].fingerprint);
  unlink(file);
  psa_baseline_free(&again);
  psa_baseline_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > S_MAX_INPUT) return 0;
  /* the readers get exactly 'size' bytes: no NUL terminator promised */
  char *copy = malloc(size ? size : 1);
  if (!copy) return 0;
  if (size) memcpy(copy, data, size);
  S_report(copy, size);
  S_config(copy, size);
  S_baseline(copy, size);
  free(copy);
  return 0;
}

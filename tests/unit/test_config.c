/* Configuration files: parsing and every validation error, discovery
 * (nearest wins, walking up), the decisions (select/ignore layers,
 * per-file ignores, severity overrides, failOn, include/exclude), and
 * organisation rules run by the scanner. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "psauth/config.h"
#include "psauth/scan.h"

static char err[1024];

static psa_config *parse(const char *json) {
  err[0] = '\0';
  return psa_config_parse("cfg.json", "/repo", json, strlen(json), err, sizeof(err));
}

/* The config must not load, and the message must hold every 'want'. */
static void expect_error(const char *json, const char *want1, const char *want2) {
  psa_config *c = parse(json);
  CHECK(c == NULL);
  if (c) {
    fprintf(stderr, "  accepted: %s\n", json);
    psa_config_free(c);
    return;
  }
  CHECK(strncmp(err, "cfg.json", 8) == 0);
  if (want1 && !strstr(err, want1)) fprintf(stderr, "  '%s' not in: %s\n", want1, err);
  CHECK(!want1 || strstr(err, want1));
  if (want2 && !strstr(err, want2)) fprintf(stderr, "  '%s' not in: %s\n", want2, err);
  CHECK(!want2 || strstr(err, want2));
}

static void test_parse_valid(void) {
  psa_config *c = parse(
      "{\"$schema\": \"x\", \"select\": [\"PSA1\", \"plaintext-password\"],"
      " \"ignore\": [\"PSA104\"], \"perFileIgnores\": {\"tests/**\": [\"PSA301\", \"PSA302\"]},"
      " \"severity\": {\"PSA101\": \"info\"}, \"include\": [\"*.ps1\", \"scripts/**\"],"
      " \"exclude\": [\"vendor\"], \"failOn\": \"error\", \"maxFileSize\": 1000,"
      " \"tenant\": {\"appId\": \"11111111-2222-3333-4444-555555555555\","
      "   \"organization\": \"contoso.onmicrosoft.com\","
      "   \"certificateThumbprint\": \"0123456789abcdef0123456789ABCDEF01234567\","
      "   \"certificatePath\": \"C:/certs/app.pfx\", \"managedIdentity\": true},"
      " \"rules\": [{\"id\": \"ORG001\", \"kind\": \"credential-connect\","
      "   \"message\": \"m\", \"command\": \"Connect-Tenant\", \"helpUri\": \"https://x\"}]}");
  CHECK(c != NULL);
  if (!c) {
    fprintf(stderr, "  %s\n", err);
    return;
  }
  CHECK(c->has_select);
  CHECK_INT(c->select_count, 2);
  CHECK_STR(c->ignore[0], "PSA104");
  CHECK_INT(c->per_file_ignore_count, 1);
  CHECK_STR(c->per_file_ignores[0].glob, "tests/**");
  CHECK_INT(c->per_file_ignores[0].selector_count, 2);
  CHECK_INT(c->severity_count, 1);
  CHECK_INT(c->severities[0].severity, PSA_SEV_INFO);
  CHECK(c->has_include);
  CHECK_INT(c->include_count, 2);
  CHECK_STR(c->exclude[0], "vendor");
  CHECK(c->has_fail_on && c->fail_on == PSA_SEV_ERROR);
  CHECK(c->has_max_file_size && c->max_file_size == 1000);
  CHECK_STR(c->tenant.app_id, "11111111-2222-3333-4444-555555555555");
  CHECK_STR(c->tenant.organization, "contoso.onmicrosoft.com");
  CHECK_STR(c->tenant.certificate_thumbprint, "0123456789abcdef0123456789ABCDEF01234567");
  CHECK_STR(c->tenant.certificate_path, "C:/certs/app.pfx");
  CHECK(c->tenant.managed_identity);
  CHECK_INT(c->rule_count, 1);
  CHECK_STR(c->rule_list[0]->id, "ORG001");
  CHECK_STR(c->rule_list[0]->name, "org001");
  CHECK_INT(c->rule_list[0]->severity, PSA_SEV_WARNING);
  CHECK(psa_user_rule_of(c->rule_list[0]) != NULL);
  CHECK_STR(psa_user_rule_help_uri(psa_user_rule_of(c->rule_list[0])), "https://x");
  CHECK(psa_user_rule_of(psa_rule_find("PSA101")) == NULL);
  psa_config_free(c);

  /* empty object, BOM-free, white space after it */
  c = parse("  {}  \n");
  CHECK(c != NULL && !c->has_select && !c->has_fail_on);
  psa_config_free(c);
}

static void test_errors(void) {
  /* JSON syntax: line and column */
  expect_error("{\n  \"ignore\": [\"PSA104\",]\n}", "cfg.json:2:", "invalid JSON");
  expect_error("{} x", "text after", NULL);
  expect_error("[1]", "(top level)", "expected an object");
  expect_error("{\"$schema\": \"x\", \"schemaVersion\": 1, \"findings\": []}", "(top level)",
               "a psauth JSON report, not a configuration");
  /* unknown keys, with a suggestion */
  expect_error("{\"ignroe\": []}", "ignroe: unknown key", "did you mean 'ignore'");
  expect_error("{\"colour\": true}", "colour: unknown key", "expected one of");
  expect_error("{\"tenant\": {\"appid\": \"x\"}}", "tenant.appid: unknown key", "appId");
  expect_error("{\"ignore\": [], \"ignore\": []}", "ignore: duplicate key", NULL);
  /* wrong types */
  expect_error("{\"select\": \"PSA101\"}", "select: expected an array", "got a string");
  expect_error("{\"ignore\": [1]}", "ignore[0]: expected", "got a number");
  expect_error("{\"ignore\": [\"\"]}", "ignore[0]", "empty string");
  expect_error("{\"include\": {}}", "include: expected an array of globs", "got an object");
  expect_error("{\"failOn\": \"fatal\"}", "failOn: expected \"error\", \"warning\" or \"info\"",
               "fatal");
  expect_error("{\"failOn\": 1}", "failOn", "got a number");
  expect_error("{\"maxFileSize\": \"10MB\"}", "maxFileSize: expected a whole number", "string");
  expect_error("{\"maxFileSize\": 1.5}", "maxFileSize", "fractional");
  expect_error("{\"maxFileSize\": -3}", "maxFileSize", "negative");
  expect_error("{\"severity\": [\"PSA101\"]}", "severity: expected an object", "array");
  expect_error("{\"severity\": {\"PSA101\": \"fatal\"}}", "severity.PSA101", "fatal");
  expect_error("{\"severity\": {\"NOPE\": \"info\"}}", "severity.NOPE", "no rule");
  expect_error("{\"perFileIgnores\": [\"x\"]}", "perFileIgnores: expected an object", NULL);
  expect_error("{\"perFileIgnores\": {\"a/**\": \"PSA101\"}}", "perFileIgnores['a/**']",
               "expected an array");
  expect_error("{\"tenant\": []}", "tenant: expected an object", NULL);
  expect_error("{\"tenant\": {\"managedIdentity\": \"yes\"}}", "tenant.managedIdentity",
               "true or false");
  expect_error("{\"tenant\": {\"appId\": \"abc\"}}", "tenant.appId", "GUID");
  expect_error("{\"tenant\": {\"certificateThumbprint\": \"12AB\"}}",
               "tenant.certificateThumbprint", "40 hexadecimal");
  expect_error("{\"tenant\": {\"organization\": \"contoso\"}}", "tenant.organization",
               "contoso.onmicrosoft.com");
  expect_error("{\"$schema\": 3}", "$schema", "expected a string");
  /* selectors */
  expect_error("{\"select\": [\"PSA101\", \"NOPE999\"]}", "select[1]", "'NOPE999'");
  expect_error("{\"ignore\": [\"ORG009\"]}", "ignore[0]", "'ORG009'");
  /* bad globs */
  expect_error("{\"exclude\": [\"/abs/**\"]}", "exclude[0]: bad glob '/abs/**'", "leading '/'");
  expect_error("{\"exclude\": [\"../up\"]}", "exclude[0]", "'..'");
  expect_error("{\"include\": [\"src\\\\legacy\"]}", "include[0]", "separate directories");
  expect_error("{\"include\": [\"[abc\"]}", "include[0]", "unclosed '['");
  expect_error("{\"include\": [\"x\\\\\"]}", "include[0]", "lone");
  expect_error("{\"perFileIgnores\": {\"\": [\"PSA101\"]}}", "perFileIgnores['']", "empty glob");
}

static void test_user_rule_errors(void) {
#define RULE(body) "{\"rules\": [" body "]}"
  expect_error(
      RULE("{\"id\": \"ORG1\", \"kind\": \"nope\", \"message\": \"m\", \"command\": \"X\"}"),
      "rules[0] (ORG1): kind: unknown kind 'nope'", "credential-connect");
  expect_error(
      RULE("{\"id\": \"ORG1\", \"kind\": \"parse-error\", \"message\": \"m\", \"command\": \"X\"}"),
      "rules[0] (ORG1): kind", NULL);
  expect_error(
      RULE("{\"id\": \"XYZ1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\"}"),
      "rules[0] (XYZ1): id: 'XYZ1' must start with 'ORG'", NULL);
  expect_error(
      RULE("{\"id\": \"ORG\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\"}"),
      "rules[0] (ORG): id", NULL);
  expect_error(
      RULE("{\"id\": \"ORG 1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\"}"),
      "id: 'ORG 1'", NULL);
  expect_error(RULE("{\"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\"}"),
               "rules[0]: id: missing", NULL);
  expect_error(
      RULE("{\"id\": \"ORGa\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\"},"
           "{\"id\": \"ORGA\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"Y\"}"),
      "rules[1] (ORGA)", "duplicate rule ID 'ORGa' (also rules[0])");
  expect_error(
      RULE("{\"id\": \"org1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\"}"),
      "rules[0] (org1): id", "must start with 'ORG'");
  expect_error(RULE("{\"id\": \"ORG1\", \"name\": \"same\", \"kind\": \"exo-v1\", \"message\": "
                    "\"m\", \"command\": \"X\"},"
                    "{\"id\": \"ORG2\", \"name\": \"same\", \"kind\": \"exo-v1\", \"message\": "
                    "\"m\", \"command\": \"Y\"}"),
               "rules[1] (ORG2)", "duplicate rule name 'same'");
  expect_error(RULE("{\"id\": \"ORG1\", \"name\": \"exo-remote-powershell\", \"kind\": \"exo-v1\", "
                    "\"message\": \"m\", \"command\": \"X\"}"),
               "rules[0] (ORG1): name", "built-in rule PSA101");
  expect_error(RULE("{\"id\": \"ORG1\", \"name\": \"Bad Name\", \"kind\": \"exo-v1\", \"message\": "
                    "\"m\", \"command\": \"X\"}"),
               "name: 'Bad Name'", "kebab-case");
  expect_error(
      RULE(
          "{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"stringRegex\": \"(ab\"}"),
      "rules[0] (ORG1): stringRegex: invalid regular expression", "at offset 3");
  expect_error(
      RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": \"X\","
           " \"parameter\": \"P\", \"valueRegex\": \"a[\"}"),
      "rules[0] (ORG1): valueRegex: invalid regular expression", "offset");
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": "
                    "\"X\", \"valueRegex\": \"x\"}"),
               "valueRegex: needs \"parameter\"", NULL);
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\"}"),
               "rules[0] (ORG1): command: missing", "stringRegex");
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": "
                    "\"X\", \"stringRegex\": \"x\"}"),
               "not both", NULL);
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"stringRegex\": "
                    "\"x\", \"absent\": \"P\"}"),
               "absent: only allowed together with \"command\"", NULL);
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"command\": \"X\"}"),
               "message: missing", NULL);
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": "
                    "\"X\", \"severity\": \"high\"}"),
               "severity: expected", "high");
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": \"m\", \"command\": "
                    "\"X\", \"cmd\": \"Y\"}"),
               "rules[0] (ORG1): cmd: unknown key", NULL);
  expect_error(RULE("{\"id\": \"ORG1\", \"kind\": \"exo-v1\", \"message\": 5, \"command\": \"X\"}"),
               "message: expected a non-empty string", NULL);
  expect_error(RULE("\"ORG1\""), "rules[0]: expected an object", NULL);
  expect_error("{\"rules\": {}}", "rules: expected an array", NULL);
#undef RULE
  /* a user rule can be named by select, ignore and severity of the same file */
  psa_config *c = parse("{\"select\": [\"ORG\"], \"severity\": {\"ORG7\": \"error\"},"
                        " \"rules\": [{\"id\": \"ORG7\", \"kind\": \"exo-v1\", \"message\": \"m\","
                        " \"command\": \"X\"}]}");
  CHECK(c != NULL);
  psa_config_free(c);
}

static void test_decisions(void) {
  const psa_rule *r101 = psa_rule_find("PSA101"), *r301 = psa_rule_find("PSA301");
  const psa_rule *r302 = psa_rule_find("PSA302");
  CHECK(r101 && r301 && r302);
  if (!r101 || !r301 || !r302) return;
  /* selectors */
  CHECK(psa_rule_selector_matches(r301, "PSA301"));
  CHECK(psa_rule_selector_matches(r301, "psa3"));
  CHECK(psa_rule_selector_matches(r301, "plaintext-password"));
  CHECK(psa_rule_selector_matches(r301, r301->name));
  CHECK(psa_rule_selector_matches(r301, "all"));
  CHECK(!psa_rule_selector_matches(r301, "PSA1"));
  CHECK(psa_config_selector_known(NULL, "PSA3"));
  CHECK(!psa_config_selector_known(NULL, "ORG1"));
  CHECK(!psa_config_selector_known(NULL, ""));

  /* defaults: everything on, rule severity, warning threshold */
  CHECK(psa_config_rule_enabled(NULL, NULL, r101, "a.ps1"));
  CHECK_INT(psa_config_rule_severity(NULL, NULL, r101, PSA_SEV_INFO), PSA_SEV_INFO);
  CHECK_INT(psa_config_fail_on(NULL, NULL), PSA_SEV_WARNING);
  CHECK_INT(psa_config_max_file_size(NULL, NULL), PSA_CONFIG_DEFAULT_MAX_FILE_SIZE);

  /* within a layer the more specific selector wins */
  psa_config *c = parse("{\"select\": [\"PSA3\"], \"ignore\": [\"PSA301\"]}");
  CHECK(!psa_config_rule_enabled(c, NULL, r301, "a.ps1"));
  CHECK(psa_config_rule_enabled(c, NULL, r302, "a.ps1"));
  CHECK(!psa_config_rule_enabled(c, NULL, r101, "a.ps1"));
  psa_config_free(c);
  c = parse("{\"select\": [\"PSA301\"], \"ignore\": [\"PSA3\"]}");
  CHECK(psa_config_rule_enabled(c, NULL, r301, "a.ps1"));
  CHECK(!psa_config_rule_enabled(c, NULL, r302, "a.ps1"));
  psa_config_free(c);
  c = parse("{\"ignore\": [\"plaintext-password\"]}");
  CHECK(!psa_config_rule_enabled(c, NULL, r301, "a.ps1"));
  CHECK(psa_config_rule_enabled(c, NULL, r101, "a.ps1"));

  /* the command line: --select replaces, --ignore adds */
  psa_config *cli = psa_config_new();
  cli->has_select = true;
  cli->select = malloc(sizeof(char *));
  cli->select[0] = strdup("PSA301");
  cli->select_count = 1;
  CHECK(psa_config_rule_enabled(c, cli, r301, "a.ps1"));
  CHECK(!psa_config_rule_enabled(c, cli, r101, "a.ps1"));
  psa_config_free(cli);
  cli = psa_config_new();
  cli->ignore = malloc(sizeof(char *));
  cli->ignore[0] = strdup("PSA101");
  cli->ignore_count = 1;
  CHECK(!psa_config_rule_enabled(c, cli, r101, "a.ps1"));
  CHECK(!psa_config_rule_enabled(c, cli, r301, "a.ps1"));
  CHECK(psa_config_rule_enabled(c, cli, r302, "a.ps1") ==
        !psa_rule_selector_matches(r302, "plaintext-password"));
  psa_config_free(cli);
  psa_config_free(c);

  /* per-file ignores */
  c = parse("{\"perFileIgnores\": {\"tests/**\": [\"PSA301\"], \"*.Tests.ps1\": [\"PSA1\"],"
            " \"legacy\": [\"all\"]}}");
  CHECK(!psa_config_rule_enabled(c, NULL, r301, "tests/unit/a.ps1"));
  CHECK(psa_config_rule_enabled(c, NULL, r301, "src/a.ps1"));
  CHECK(psa_config_rule_enabled(c, NULL, r101, "tests/a.ps1"));
  CHECK(!psa_config_rule_enabled(c, NULL, r101, "src/Get.Tests.ps1"));
  CHECK(!psa_config_rule_enabled(c, NULL, r302, "src/legacy/old.ps1"));
  CHECK(psa_config_rule_enabled(c, NULL, r302, "src/legacyx/old.ps1"));
  psa_config_free(c);

  /* severity overrides: most specific wins; the command line beats the file */
  c = parse("{\"severity\": {\"plaintext-password\": \"info\", \"PSA301\": \"warning\","
            " \"PSA3\": \"error\"}, \"failOn\": \"info\", \"maxFileSize\": 0}");
  CHECK_INT(psa_config_rule_severity(c, NULL, r301, PSA_SEV_ERROR), PSA_SEV_WARNING);
  CHECK_INT(psa_config_rule_severity(c, NULL, r302, PSA_SEV_WARNING), PSA_SEV_ERROR);
  CHECK_INT(psa_config_rule_severity(c, NULL, r101, PSA_SEV_ERROR), PSA_SEV_ERROR);
  CHECK_INT(psa_config_fail_on(c, NULL), PSA_SEV_INFO);
  CHECK_INT(psa_config_max_file_size(c, NULL), 0);
  cli = psa_config_new();
  cli->severities = calloc(1, sizeof(*cli->severities));
  cli->severities[0].selector = strdup("all");
  cli->severities[0].severity = PSA_SEV_INFO;
  cli->severity_count = 1;
  cli->has_fail_on = true;
  cli->fail_on = PSA_SEV_ERROR;
  cli->has_max_file_size = true;
  cli->max_file_size = 5;
  CHECK_INT(psa_config_rule_severity(c, cli, r301, PSA_SEV_ERROR), PSA_SEV_INFO);
  CHECK_INT(psa_config_fail_on(c, cli), PSA_SEV_ERROR);
  CHECK_INT(psa_config_max_file_size(c, cli), 5);
  psa_config_free(cli);
  psa_config_free(c);
}

static void test_files(void) {
  CHECK(psa_config_path_matches("vendor", "vendor/x/a.ps1"));
  CHECK(psa_config_path_matches("vendor", "src/vendor/a.ps1"));
  CHECK(!psa_config_path_matches("vendor", "vendors/a.ps1"));
  CHECK(psa_config_path_matches("*.Tests.ps1", "a/b/x.Tests.ps1"));
  CHECK(psa_config_path_matches("src/legacy", "src/legacy/a.ps1"));
  CHECK(psa_config_path_matches("src/**/old", "src/a/b/old/x.ps1"));
  CHECK(!psa_config_path_matches("src/legacy", "lib/src/legacy/a.ps1"));
  CHECK(psa_config_path_matches("**/gen/*.ps1", "gen/a.ps1"));

  /* defaults: script extensions for walked files, anything explicit */
  CHECK(psa_config_wants_file(NULL, "a.PS1", false, false));
  CHECK(psa_config_wants_file(NULL, "a.psm1", false, false));
  CHECK(!psa_config_wants_file(NULL, "notes.txt", false, false));
  CHECK(psa_config_wants_file(NULL, "notes.txt", true, false));
  CHECK(psa_config_wants_file(NULL, "notes.txt", false, true));
  psa_config *c =
      parse("{\"include\": [\"*.ps1\", \"*.txt\"], \"exclude\": [\"vendor\", \"gen/**\"]}");
  CHECK(psa_config_wants_file(c, "notes.txt", false, false));
  CHECK(!psa_config_wants_file(c, "a.psm1", false, false));
  CHECK(!psa_config_wants_file(c, "vendor/a.ps1", false, false));
  CHECK(!psa_config_wants_file(c, "vendor/a.ps1", true, false)); /* exclude: explicit files too */
  CHECK(!psa_config_wants_file(c, "gen/x/a.ps1", false, true));
  CHECK(psa_config_wants_file(c, "src/a.ps1", false, false));
  psa_config_free(c);
}

/* ---- discovery on a real tree ------------------------------------------- */

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (!f) return;
  fputs(text, f);
  fclose(f);
}

static char root[256];

static char *at(const char *rel) {
  static char buf[4][512];
  static int n;
  char *b = buf[n++ % 4];
  snprintf(b, 512, "%s/%s", root, rel);
  return b;
}

static void test_discovery(void) {
  snprintf(root, sizeof(root), "/tmp/psauth-test-config-XXXXXX");
  if (!mkdtemp(root)) {
    CHECK(!"mkdtemp");
    return;
  }
  mkdir(at("a"), 0700);
  mkdir(at("a/b"), 0700);
  mkdir(at("a/b/c"), 0700);
  mkdir(at("a/d"), 0700);
  mkdir(at("bad"), 0700);
  mkdir(at("both"), 0700);
  write_file(at("psauth.json"), "{\"ignore\": [\"PSA101\"]}");
  write_file(at("a/b/.psauth.json"), "{\"ignore\": [\"PSA102\"]}");
  write_file(at("bad/psauth.json"), "{\"ignore\": 3}");
  write_file(at("both/psauth.json"), "{}");
  write_file(at("both/.psauth.json"), "{}");
  write_file(at("a/b/c/x.ps1"), "Get-Date\n");

  psa_config_finder *f = psa_config_finder_new(NULL, false, err, sizeof(err));
  const psa_config *cfg = NULL, *cfg2 = NULL;
  char *rel = NULL;
  /* nearest wins: a/b/.psauth.json for a/b/c/x.ps1 */
  CHECK_INT(psa_config_lookup(f, at("a/b/c/x.ps1"), false, &cfg, &rel, err, sizeof(err)), 0);
  CHECK(cfg && cfg->ignore_count == 1 && !strcmp(cfg->ignore[0], "PSA102"));
  CHECK_STR(rel, "c/x.ps1");
  free(rel);
  /* walking up past a directory without one */
  CHECK_INT(psa_config_lookup(f, at("a/d/y.ps1"), false, &cfg2, &rel, err, sizeof(err)), 0);
  CHECK(cfg2 && cfg2->ignore_count == 1 && !strcmp(cfg2->ignore[0], "PSA101"));
  CHECK_STR(rel, "a/d/y.ps1");
  free(rel);
  /* cached: the same config object for a sibling */
  const psa_config *again = NULL;
  CHECK_INT(psa_config_lookup(f, at("a/b/z.ps1"), false, &again, &rel, err, sizeof(err)), 0);
  CHECK(again == cfg);
  free(rel);
  /* a directory: the config from the directory itself */
  CHECK_INT(psa_config_lookup(f, at("a/b"), true, &again, &rel, err, sizeof(err)), 0);
  CHECK(again == cfg);
  CHECK_STR(rel, ".");
  free(rel);
  /* a relative path through "./" */
  char cwd[512];
  CHECK(getcwd(cwd, sizeof(cwd)) != NULL);
  CHECK_INT(chdir(at("a")), 0);
  CHECK_INT(psa_config_lookup(f, "./b/c/x.ps1", false, &again, &rel, err, sizeof(err)), 0);
  CHECK(again == cfg);
  CHECK_STR(rel, "c/x.ps1");
  free(rel);
  CHECK_INT(chdir(cwd), 0);
  size_t nloaded;
  psa_config_finder_loaded(f, &nloaded);
  CHECK_INT(nloaded, 2);
  /* errors name the file */
  CHECK_INT(psa_config_lookup(f, at("bad/x.ps1"), false, &again, &rel, err, sizeof(err)), -1);
  CHECK(strstr(err, "bad/psauth.json: ignore: expected an array") != NULL);
  CHECK_INT(psa_config_lookup(f, at("both/x.ps1"), false, &again, &rel, err, sizeof(err)), -1);
  CHECK(strstr(err, "both psauth.json and .psauth.json") != NULL);
  psa_config_finder_free(f);

  /* --config: one file for everything; globs relative to its directory */
  f = psa_config_finder_new(at("a/b/.psauth.json"), false, err, sizeof(err));
  CHECK(f != NULL);
  if (f) {
    CHECK_INT(psa_config_lookup(f, at("a/d/y.ps1"), false, &again, &rel, err, sizeof(err)), 0);
    CHECK(again && !strcmp(again->ignore[0], "PSA102"));
    CHECK(rel && rel[0] == '/'); /* outside its directory: absolute */
    free(rel);
    psa_config_finder_free(f);
  }
  CHECK(psa_config_finder_new(at("missing.json"), false, err, sizeof(err)) == NULL);
  CHECK(strstr(err, "missing.json: cannot read the config file") != NULL);
  /* --no-config */
  f = psa_config_finder_new(NULL, true, err, sizeof(err));
  CHECK_INT(psa_config_lookup(f, "./a/b/c/x.ps1", false, &again, &rel, err, sizeof(err)), 0);
  CHECK(again == NULL);
  CHECK_STR(rel, "a/b/c/x.ps1");
  free(rel);
  psa_config_finder_free(f);

  char *r = psa_path_relative(root, at("a/b/c/x.ps1"));
  CHECK_STR(r, "a/b/c/x.ps1");
  free(r);

  const char *files[] = {"psauth.json",
                         "a/b/.psauth.json",
                         "bad/psauth.json",
                         "both/psauth.json",
                         "both/.psauth.json",
                         "a/b/c/x.ps1",
                         NULL};
  for (int i = 0; files[i]; i++) unlink(at(files[i]));
  const char *dirs[] = {"a/b/c", "a/b", "a/d", "a", "bad", "both", NULL};
  for (int i = 0; dirs[i]; i++) rmdir(at(dirs[i]));
  rmdir(root);
}

static void test_effective_json(void) {
  psa_config *c = parse("{\"ignore\": [\"PSA1\"], \"failOn\": \"error\","
                        " \"rules\": [{\"id\": \"ORG5\", \"kind\": \"exo-v1\", \"message\": \"m\","
                        " \"command\": \"X\", \"severity\": \"info\"}]}");
  CHECK(c != NULL);
  if (!c) return;
  char *j = psa_config_effective_json(c, NULL, "x.ps1", "x.ps1");
  CHECK(strstr(j, "\"configFile\":\t\"cfg.json\"") != NULL);
  CHECK(strstr(j, "\"failOn\":\t\"error\"") != NULL);
  CHECK(strstr(j, "\"id\":\t\"PSA101\"") == NULL); /* ignored: not in enabledRules */
  CHECK(strstr(j, "\"id\":\t\"PSA301\"") != NULL);
  CHECK(strstr(j, "\"id\":\t\"ORG5\"") != NULL);
  CHECK(strstr(j, "\"maxFileSize\":\t10485760") != NULL);
  free(j);
  psa_config_free(c);
}

/* ---- organisation rules through the scanner ----------------------------- */

static psa_parser *parser;

/* Findings of the config's rules (only those) on a script, as "ID@line"
 * joined by spaces. */
static char *run(const psa_config *c, const char *script) {
  static char out[512];
  psa_scan_options o;
  memset(&o, 0, sizeof(o));
  o.extra_rules = c->rule_list;
  o.extra_rule_count = c->rule_count;
  psa_file_result r;
  psa_scan_bytes(parser, "t.ps1", script, strlen(script), &o, &r);
  out[0] = '\0';
  for (uint32_t i = 0; i < r.finding_count; i++) {
    if (!psa_user_rule_of(r.findings[i].rule)) continue;
    uint32_t line, col, el, ec;
    psa_finding_position(&r, &r.findings[i], &line, &col, &el, &ec);
    size_t n = strlen(out);
    snprintf(out + n, sizeof(out) - n, "%s%s@%u", n ? " " : "", r.findings[i].rule->id, line);
  }
  psa_file_result_free(&r);
  return out;
}

static void test_user_rules(void) {
  psa_config *c =
      parse("{\"rules\": ["
            "{\"id\": \"ORG001\", \"kind\": \"credential-connect\", \"message\": \"cred\","
            " \"command\": \"Connect-ExchangeOnline\", \"parameter\": \"Credential\"},"
            "{\"id\": \"ORG002\", \"kind\": \"credential-connect\", \"message\": \"tenant\","
            " \"command\": \"connect-*tenant\", \"parameter\": \"Credential\","
            " \"absent\": \"CertificateThumbprint\"},"
            "{\"id\": \"ORG003\", \"kind\": \"legacy-exo-rps\", \"message\": \"uri\","
            " \"command\": \"New-PSSession\", \"parameter\": \"ConnectionUri\","
            " \"valueRegex\": \"(?i)^https://ps\\\\.contoso\\\\.com/\"},"
            "{\"id\": \"ORG004\", \"kind\": \"plaintext-password\", \"message\": \"key\","
            " \"stringRegex\": \"^tk-[0-9a-f]{8}$\"}]}");
  CHECK(c != NULL);
  if (!c) {
    fprintf(stderr, "  %s\n", err);
    return;
  }
  /* binding: an abbreviation, an alias and a splat all bind -Credential */
  CHECK_STR(run(c, "Connect-ExchangeOnline -Cred $c\n"), "ORG001@1");
  CHECK_STR(run(c, "$p = @{ Credential = $c; ShowBanner = $false }\n"
                   "Connect-ExchangeOnline @p\n"),
            "ORG001@1");
  CHECK_STR(run(c, "Connect-ExchangeOnline -AppId $a -CertificateThumbprint $t\n"), "");
  /* a local function of the name still matches (the org's own wrapper) */
  CHECK_STR(run(c, "function Connect-OrgTenant { param($Credential) }\n"
                   "Connect-OrgTenant -Credential $c\n"),
            "ORG002@2");
  /* commands the binding table does not know: wildcard, case-insensitive,
   * abbreviations of the parameter count, -Absent must not be bound */
  CHECK_STR(run(c, "CONNECT-MYTENANT -cred $c\n"), "ORG002@1");
  CHECK_STR(run(c, "Connect-MyTenant -Credential $c -CertificateThumbprint $t\n"), "");
  CHECK_STR(run(c, "Connect-MyTenant -Credential:$c\n"), "ORG002@1");
  CHECK_STR(run(c, "$s = @{ Credential = $c }\nConnect-MyTenant @s\n"), "ORG002@1");
  CHECK_STR(run(c, "Connect-MyTenant -Other $c\n"), "");
  /* valueRegex on the constant value, through a variable */
  CHECK_STR(run(c, "$u = 'https://ps.contoso.com/powershell'\n"
                   "New-PSSession -ConnectionUri $u\n"
                   "New-PSSession -ConnectionUri https://other.example/ps\n"
                   "New-PSSession -ConnectionUri $unknown\n"),
            "ORG003@2");
  /* stringRegex: arguments, assignments, hashtables; each literal once */
  CHECK_STR(run(c, "$k = 'tk-0123abcd'\n"
                   "Invoke-Thing -Key $k\n"
                   "$h = @{ Key = \"tk-deadbeef\" }\n"
                   "Set-Thing -Value tk-01234567\n"
                   "$notakey = 'tk-0123abcdX'\n"),
            "ORG004@1 ORG004@3 ORG004@4");
  psa_config_free(c);
}

/* docs/psauth-config.schema.json names every kind a rule may have and
 * every key the loader knows. */
static void test_schema_in_sync(void) {
  FILE *f = fopen(PSA_SOURCE_DIR "/docs/psauth-config.schema.json", "r");
  CHECK(f != NULL);
  if (!f) return;
  static char text[65536];
  size_t n = fread(text, 1, sizeof(text) - 1, f);
  text[n] = '\0';
  fclose(f);
  char want[96];
  for (int k = 0; k < PSA_KIND__COUNT; k++) {
    if (k == PSA_KIND_PARSE_ERROR) continue;
    snprintf(want, sizeof(want), "\"%s\"", psa_kind_name((psa_kind)k));
    if (!strstr(text, want)) fprintf(stderr, "  kind %s missing from the schema\n", want);
    CHECK(strstr(text, want) != NULL);
  }
  static const char *const keys[] = {"select",
                                     "ignore",
                                     "perFileIgnores",
                                     "severity",
                                     "include",
                                     "exclude",
                                     "failOn",
                                     "maxFileSize",
                                     "tenant",
                                     "rules",
                                     "appId",
                                     "organization",
                                     "certificateThumbprint",
                                     "certificatePath",
                                     "managedIdentity",
                                     "helpUri",
                                     "command",
                                     "parameter",
                                     "absent",
                                     "valueRegex",
                                     "stringRegex",
                                     NULL};
  for (int i = 0; keys[i]; i++) {
    snprintf(want, sizeof(want), "\"%s\": {", keys[i]);
    if (!strstr(text, want)) fprintf(stderr, "  key %s missing from the schema\n", keys[i]);
    CHECK(strstr(text, want) != NULL);
  }
}

int main(void) {
  parser = psa_parser_new();
  test_schema_in_sync();
  test_parse_valid();
  test_errors();
  test_user_rule_errors();
  test_decisions();
  test_files();
  test_discovery();
  test_effective_json();
  test_user_rules();
  psa_parser_free(parser);
  return psa_test_done("config");
}

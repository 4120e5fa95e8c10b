/* Baselines: write, read back, match findings (also after lines are
 * inserted above them, and when the file is named another way), stale
 * entries, identical statements, and the errors of bad baseline files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "psauth/baseline.h"

static char root[256];
static char err[512];
static psa_parser *parser;

static char *at(const char *rel) {
  static char buf[4][512];
  static int n;
  char *b = buf[n++ % 4];
  snprintf(b, 512, "%s/%s", root, rel);
  return b;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (!f) return;
  fputs(text, f);
  fclose(f);
}

/* Scans a file against the baseline; returns the number of findings and
 * how many the baseline knew. */
static uint32_t check(psa_baseline *b, const char *path, bool record, uint32_t *known_count) {
  psa_scan_options o;
  memset(&o, 0, sizeof(o));
  psa_file_result r;
  psa_scan_file(parser, path, &o, &r);
  bool *known = NULL;
  uint32_t n = psa_baseline_scan_file(b, &r, record, record ? NULL : &known);
  uint32_t k = 0;
  for (uint32_t i = 0; known && i < n; i++) k += known[i];
  if (known_count) *known_count = k;
  free(known);
  psa_file_result_free(&r);
  return n;
}

static const char S_script[] = "$pw = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force\n"
                               "Get-Date\n"
                               "$pw2 = ConvertTo-SecureString 'Summer2024!' -AsPlainText -Force\n";

static void test_roundtrip(void) {
  mkdir(at("src"), 0700);
  write_file(at("src/a.ps1"), S_script);
  psa_baseline b;
  CHECK_INT(psa_baseline_init(&b, at("baseline.json"), err, sizeof(err)), 0);
  CHECK_INT(check(&b, at("src/a.ps1"), true, NULL), 2);
  CHECK_INT(b.count, 2);
  CHECK_STR(b.count ? b.entries[0].path : NULL, "src/a.ps1");
  CHECK_STR(b.count ? b.entries[0].rule : NULL, "PSA301");
  CHECK_INT(psa_baseline_write(&b, err, sizeof(err)), 0);
  psa_baseline_free(&b);

  /* read back: both known, nothing stale */
  CHECK_INT(psa_baseline_load(&b, at("baseline.json"), err, sizeof(err)), 0);
  CHECK_INT(b.count, 2);
  uint32_t known;
  CHECK_INT(check(&b, at("src/a.ps1"), false, &known), 2);
  CHECK_INT(known, 2);
  CHECK_INT(psa_baseline_stale(&b, NULL), 0);
  psa_baseline_free(&b);

  /* lines inserted above, indentation changed, a new finding added, and the
   * file named through another path: the old two still match */
  write_file(at("src/a.ps1"), "# a new header\n"
                              "\n"
                              "Write-Host 'hello'\n"
                              "$pw =   ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force\n"
                              "Get-Date\n"
                              "    $pw2 = ConvertTo-SecureString 'Summer2024!' `\n"
                              "        -AsPlainText -Force\n"
                              "$pw3 = ConvertTo-SecureString 'Autumn2024!' -AsPlainText -Force\n");
  CHECK_INT(psa_baseline_load(&b, at("baseline.json"), err, sizeof(err)), 0);
  char other[600];
  snprintf(other, sizeof(other), "%s/src/../src/a.ps1", root);
  CHECK_INT(check(&b, other, false, &known), 3);
  CHECK_INT(known, 2);
  CHECK_INT(psa_baseline_stale(&b, NULL), 0);
  psa_baseline_free(&b);

  /* a finding removed: its entry is stale; a file never scanned is not */
  write_file(at("src/a.ps1"), "$pw = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force\n");
  write_file(at("src/b.ps1"), S_script);
  CHECK_INT(psa_baseline_init(&b, at("two.json"), err, sizeof(err)), 0);
  check(&b, at("src/b.ps1"), true, NULL);
  CHECK_INT(b.count, 2);
  psa_baseline_write(&b, err, sizeof(err));
  psa_baseline_free(&b);
  CHECK_INT(psa_baseline_load(&b, at("baseline.json"), err, sizeof(err)), 0);
  CHECK_INT(check(&b, at("src/a.ps1"), false, &known), 1);
  CHECK_INT(known, 1);
  const psa_baseline_entry **stale = NULL;
  CHECK_INT(psa_baseline_stale(&b, &stale), 1);
  CHECK_STR(stale ? stale[0]->path : NULL, "src/a.ps1");
  free(stale);
  psa_baseline_free(&b);
  CHECK_INT(psa_baseline_load(&b, at("two.json"), err, sizeof(err)), 0);
  CHECK_INT(psa_baseline_stale(&b, NULL), 0); /* src/b.ps1 exists, was not scanned */
  unlink(at("src/b.ps1"));
  CHECK_INT(psa_baseline_stale(&b, NULL), 2); /* deleted: its entries are stale */
  psa_baseline_free(&b);
  unlink(at("src/a.ps1"));
  unlink(at("baseline.json"));
  unlink(at("two.json"));
  rmdir(at("src"));
}

static void test_identical_statements(void) {
  /* the same statement twice: two entries (occurrence 0 and 1); one baseline
   * entry hides one finding, not both */
  write_file(at("dup.ps1"), "$p = ConvertTo-SecureString 'x1' -AsPlainText -Force\n"
                            "$p = ConvertTo-SecureString 'x1' -AsPlainText -Force\n");
  psa_baseline b;
  CHECK_INT(psa_baseline_init(&b, at("dup.json"), err, sizeof(err)), 0);
  check(&b, at("dup.ps1"), true, NULL);
  CHECK_INT(b.count, 2);
  CHECK(b.count == 2 && strcmp(b.entries[0].fingerprint, b.entries[1].fingerprint) != 0);
  psa_baseline_write(&b, err, sizeof(err));
  psa_baseline_free(&b);
  write_file(at("dup.ps1"), "$p = ConvertTo-SecureString 'x1' -AsPlainText -Force\n"
                            "$p = ConvertTo-SecureString 'x1' -AsPlainText -Force\n"
                            "$p = ConvertTo-SecureString 'x1' -AsPlainText -Force\n");
  CHECK_INT(psa_baseline_load(&b, at("dup.json"), err, sizeof(err)), 0);
  uint32_t known;
  CHECK_INT(check(&b, at("dup.ps1"), false, &known), 3);
  CHECK_INT(known, 2);
  psa_baseline_free(&b);
  unlink(at("dup.ps1"));
  unlink(at("dup.json"));
}

static void expect_load_error(const char *text, const char *want) {
  write_file(at("bad.json"), text);
  psa_baseline b;
  CHECK_INT(psa_baseline_load(&b, at("bad.json"), err, sizeof(err)), -1);
  if (!strstr(err, want)) fprintf(stderr, "  '%s' not in: %s\n", want, err);
  CHECK(strstr(err, want) != NULL);
  CHECK(strstr(err, "bad.json") != NULL);
}

static void test_errors(void) {
  psa_baseline b;
  CHECK_INT(psa_baseline_load(&b, at("missing.json"), err, sizeof(err)), -1);
  CHECK(strstr(err, "missing.json: cannot read the baseline") != NULL);
  CHECK_INT(psa_baseline_init(&b, at("nodir/x.json"), err, sizeof(err)), -1);
  CHECK(strstr(err, "nodir/x.json") != NULL);
  expect_load_error("{", "invalid JSON");
  expect_load_error("{\"version\": 2, \"entries\": []}", "\"version\": 1");
  expect_load_error("{\"version\": 1}", "\"entries\" must be an array");
  expect_load_error("{\"version\": 1, \"entries\": [{\"rule\": \"PSA301\"}]}", "entries[0]");
  unlink(at("bad.json"));
  /* an empty baseline is fine */
  write_file(at("empty.json"), "{\"version\": 1, \"tool\": \"psauth\", \"entries\": []}");
  CHECK_INT(psa_baseline_load(&b, at("empty.json"), err, sizeof(err)), 0);
  CHECK_INT(b.count, 0);
  psa_baseline_free(&b);
  unlink(at("empty.json"));
}

int main(void) {
  snprintf(root, sizeof(root), "/tmp/psauth-test-baseline-XXXXXX");
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  parser = psa_parser_new();
  test_roundtrip();
  test_identical_statements();
  test_errors();
  psa_parser_free(parser);
  rmdir(root);
  return psa_test_done("baseline");
}

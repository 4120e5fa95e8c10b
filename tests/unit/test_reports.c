/* Report formats: each writer is run on results built by hand (with the
 * awkward content real scripts bring: quotes, commas, markup, control
 * characters, invalid UTF-8, "</script>") and on results of a real scan;
 * the output is parsed back (cJSON for the JSON formats, a CSV reader here)
 * and its structure and escaping checked. JSON reports must survive
 * psa_results_read_json and come out byte for byte the same. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/results.h"
#include "psauth/scan.h"
#include "base/util.h"

/* ---- building results by hand ---------------------------------------- */

static psa_result_file *add_file(psa_results *r, const char *path, psa_file_status st,
                                 const char *msg, const char *enc, const char *eol) {
  if (r->file_count == r->file_cap) {
    r->file_cap = r->file_cap ? r->file_cap * 2 : 8;
    r->files = psa_xrealloc(r->files, r->file_cap * sizeof(*r->files));
  }
  psa_result_file *f = &r->files[r->file_count++];
  memset(f, 0, sizeof(*f));
  f->path = psa_xstrdup(path);
  f->status = st;
  f->message = msg ? psa_xstrdup(msg) : NULL;
  f->encoding = enc ? psa_xstrdup(enc) : NULL;
  f->eol = eol ? psa_xstrdup(eol) : NULL;
  f->parsed = st == PSA_FILE_OK;
  return f;
}

static psa_range range(uint32_t l, uint32_t c, uint32_t el, uint32_t ec) {
  psa_range at = {l, c, el, ec};
  return at;
}

static psa_result_finding *add_finding(psa_result_file *f, const char *rule, psa_severity sev,
                                       psa_range at, const char *msg, const char *snippet,
                                       const char *fp) {
  f->findings = psa_xrealloc(f->findings, (f->finding_count + 1) * sizeof(*f->findings));
  psa_result_finding *x = &f->findings[f->finding_count++];
  memset(x, 0, sizeof(*x));
  x->rule = psa_rule_find(rule);
  if (x->rule && strcmp(x->rule->id, rule)) x->rule = NULL;
  x->rule_id = psa_xstrdup(rule);
  x->severity = sev;
  x->at = at;
  x->message = psa_xstrdup(msg);
  x->snippet = psa_xstrdup(snippet);
  x->fingerprint = psa_xstrdup(fp);
  const psa_rule_meta *m = psa_rule_meta_find(rule);
  const psa_rule_fact *fact = psa_rule_fact_at(m, sev);
  x->status = fact ? fact->status : PSA_STATUS_INSECURE;
  x->status_date = fact && fact->date ? psa_xstrdup(fact->date) : NULL;
  x->service = m ? m->service : PSA_SVC_CREDENTIALS;
  x->signin = m ? m->signin : PSA_AUTH_PASSWORD;
  return x;
}

static void add_related(psa_result_finding *x, psa_range at, const char *msg) {
  x->related = psa_xrealloc(x->related, (x->related_count + 1) * sizeof(*x->related));
  x->related[x->related_count].at = at;
  x->related[x->related_count].path = NULL;
  x->related[x->related_count++].message = psa_xstrdup(msg);
}

static psa_result_fix *add_fix(psa_result_finding *x, const char *title, psa_applicability a) {
  x->fixes = psa_xrealloc(x->fixes, (x->fix_count + 1) * sizeof(*x->fixes));
  psa_result_fix *fx = &x->fixes[x->fix_count++];
  memset(fx, 0, sizeof(*fx));
  fx->title = psa_xstrdup(title);
  fx->applicability = a;
  return fx;
}

static void add_edit(psa_result_fix *fx, psa_range at, const char *rep) {
  fx->edits = psa_xrealloc(fx->edits, (fx->edit_count + 1) * sizeof(*fx->edits));
  psa_result_edit *e = &fx->edits[fx->edit_count++];
  memset(e, 0, sizeof(*e));
  e->at = at;
  e->replacement = psa_xstrdup(rep);
}

#define NASTY_MSG "Password \"P,w\" for =cmd|' /C calc'!A0; 100% done\r\nnext::line | `tick` <b>&amp;"
#define NASTY_SNIPPET \
  "$pw = ConvertTo-SecureString 'x</script><script>alert(1)</script><img src=x onerror=alert(1)>' " \
  "-AsPlainText\x01\x0c \xff"

/* Four files: one with awkward findings, one clean (UTF-16), one skipped,
 * one with a rule this version does not know. Sorted by path. */
static void build(psa_results *r) {
  memset(r, 0, sizeof(*r));
  psa_result_file *f = add_file(r, "./dir/a b,&<x>:y.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  f->syntax_errors = 1;
  psa_result_finding *x = add_finding(f, "PSA301", PSA_SEV_ERROR, range(1, 7, 1, 99), NASTY_MSG,
                                      NASTY_SNIPPET, "0123456789abcdef:0");
  add_related(x, range(1, 30, 1, 40), "the password literal");
  psa_result_fix *fx = add_fix(x, "Read the password from a vault", PSA_FIX_UNSAFE);
  add_edit(fx, range(3, 1, 3, 5), "later");
  add_edit(fx, range(1, 30, 1, 40), "(Get-Secret pw)");
  add_edit(fx, range(1, 1, 1, 1), "# inserted\n");
  add_fix(x, "Only a suggestion", PSA_FIX_DISPLAY);
  fx = add_fix(x, "Safe rename", PSA_FIX_SAFE);
  add_edit(fx, range(2, 1, 2, 21), "Connect-ExchangeOnline");
  x = add_finding(f, "PSA201", PSA_SEV_WARNING, range(2, 1, 4, 5),
                  "Connect-MicrosoftTeams -Credential signs in with a user name and password",
                  "Connect-MicrosoftTeams `\n  -Credential $c `\n  -X", "fedcba9876543210:0");
  x->service = PSA_SVC_TEAMS; /* as psa_results_add finds it from the command */
  x = add_finding(f, "PSA204", PSA_SEV_INFO, range(5, 1, 5, 10), "-Msol summary", "=SUM(A1)",
                  "aaaaaaaaaaaaaaaa:0");
  add_file(r, "clean.ps1", PSA_FILE_OK, NULL, "utf-16le", "crlf");
  add_file(r, "skipped.ps1", PSA_FILE_SKIPPED, "binary file (NUL bytes)", NULL, NULL);
  f = add_file(r, "zz.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  add_finding(f, "XYZ999", PSA_SEV_WARNING, range(1, 1, 1, 2), "from another tool", "x", "");
}

/* Runs a writer into a string (caller frees). */
static char *render(const psa_results *r, psa_format fmt, size_t *len) {
  char *buf = NULL;
  size_t n = 0;
  FILE *out = open_memstream(&buf, &n);
  char err[256] = "";
  int rc = psa_results_write(r, fmt, NULL, out, err, sizeof(err));
  fclose(out);
  CHECK_INT(rc, 0);
  if (rc) fprintf(stderr, "%s: %s\n", psa_format_name(fmt), err);
  if (len) *len = n;
  return buf;
}

static size_t count(const char *hay, const char *needle) {
  size_t n = 0, k = strlen(needle);
  for (const char *p = strstr(hay, needle); p; p = strstr(p + k, needle)) n++;
  return n;
}

static const char *jstr(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static double jnum(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsNumber(v) ? v->valuedouble : -1;
}

/* ---- SARIF ------------------------------------------------------------ */

static void test_sarif(void) {
  psa_results r;
  build(&r);
  char *text = render(&r, PSA_FORMAT_SARIF, NULL);
  cJSON *root = cJSON_Parse(text);
  CHECK(root != NULL);
  CHECK(!strncmp(text, "{\n\t\"version\":\t\"2.1.0\"", 21)); /* version first */
  CHECK_STR(jstr(root, "version"), "2.1.0");
  CHECK(strstr(jstr(root, "$schema"), "sarif-schema-2.1.0.json") != NULL);
  cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "runs"), 0);
  cJSON *driver = cJSON_GetObjectItem(cJSON_GetObjectItem(run, "tool"), "driver");
  CHECK_STR(jstr(driver, "name"), "psauth");
  CHECK(jstr(driver, "version") && jstr(driver, "semanticVersion"));
  CHECK_STR(jstr(driver, "informationUri"), "urn:psauth");
  CHECK_STR(jstr(run, "columnKind"), "unicodeCodePoints");
  CHECK_STR(jstr(cJSON_GetObjectItem(run, "automationDetails"), "id"), "psauth/");
  cJSON *root_base = cJSON_GetObjectItem(cJSON_GetObjectItem(run, "originalUriBaseIds"), "%SRCROOT%");
  const char *base_uri = jstr(root_base, "uri");
  CHECK(base_uri && !strncmp(base_uri, "file:///", 8) && base_uri[strlen(base_uri) - 1] == '/');

  /* every rule, plus one descriptor for the unknown ID */
  uint32_t nrules;
  const psa_rule *const *rules = psa_rules(&nrules);
  cJSON *jrules = cJSON_GetObjectItem(driver, "rules");
  CHECK_INT(cJSON_GetArraySize(jrules), nrules + 1);
  for (uint32_t i = 0; i < nrules; i++) {
    cJSON *d = cJSON_GetArrayItem(jrules, (int)i);
    CHECK_STR(jstr(d, "id"), rules[i]->id);
    CHECK_STR(jstr(d, "name"), rules[i]->name);
    const char *sd = jstr(cJSON_GetObjectItem(d, "shortDescription"), "text");
    const char *fd = jstr(cJSON_GetObjectItem(d, "fullDescription"), "text");
    CHECK(sd && *sd && strlen(sd) <= 1024 && sd[strlen(sd) - 1] == '.');
    CHECK(fd && *fd && strlen(fd) <= 1024);
    cJSON *help = cJSON_GetObjectItem(d, "help");
    const char *md = jstr(help, "markdown");
    CHECK(jstr(help, "text") && md);
    char title[64];
    snprintf(title, sizeof(title), "# %s %s", rules[i]->id, rules[i]->name);
    CHECK(md && !strncmp(md, title, strlen(title))); /* the documentation page */
    char uri[64];
    snprintf(uri, sizeof(uri), "urn:psauth:rule:%s", rules[i]->id);
    CHECK_STR(jstr(d, "helpUri"), uri);
    const char *level = jstr(cJSON_GetObjectItem(d, "defaultConfiguration"), "level");
    psa_severity sv = psa_rule_severity(rules[i]);
    const char *want = sv == PSA_SEV_ERROR     ? "error"
                       : sv == PSA_SEV_WARNING ? "warning"
                                                               : "note";
    CHECK_STR(level, want);
    cJSON *props = cJSON_GetObjectItem(d, "properties");
    const char *sec = jstr(props, "security-severity");
    CHECK_STR(sec, sv == PSA_SEV_ERROR     ? "8.0"
                   : sv == PSA_SEV_WARNING ? "5.0"
                                                           : "2.0");
    const psa_rule_meta *meta = psa_rule_meta_find(rules[i]->id);
    CHECK_STR(jstr(props, "status"), psa_status_name(meta->at[meta->severity].status));
    cJSON *tags = cJSON_GetObjectItem(props, "tags");
    CHECK_STR(cJSON_GetArrayItem(tags, 0)->valuestring, "security");
    CHECK_STR(cJSON_GetArrayItem(tags, 1)->valuestring, psa_kind_name(rules[i]->kind));
  }
  CHECK_STR(jstr(cJSON_GetArrayItem(jrules, (int)nrules), "id"), "XYZ999");

  /* results */
  cJSON *results = cJSON_GetObjectItem(run, "results");
  CHECK_INT(cJSON_GetArraySize(results), 4);
  cJSON *res = cJSON_GetArrayItem(results, 0);
  CHECK_STR(jstr(res, "ruleId"), "PSA301");
  int ri = (int)jnum(res, "ruleIndex");
  CHECK_STR(jstr(cJSON_GetArrayItem(jrules, ri), "id"), "PSA301");
  CHECK_STR(jstr(res, "level"), "error");
  const char *msg = jstr(cJSON_GetObjectItem(res, "message"), "text");
  CHECK(msg && msg[strlen(msg) - 1] == '.');
  CHECK(msg && !strncmp(msg, "Password \"P,w\"", 14));
  cJSON *pl = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(res, "locations"), 0),
                                  "physicalLocation");
  cJSON *al = cJSON_GetObjectItem(pl, "artifactLocation");
  CHECK_STR(jstr(al, "uri"), "dir/a%20b,&%3Cx%3E%3Ay.ps1");
  CHECK_STR(jstr(al, "uriBaseId"), "%SRCROOT%");
  CHECK_INT(jnum(al, "index"), 0);
  cJSON *region = cJSON_GetObjectItem(pl, "region");
  CHECK_INT(jnum(region, "startLine"), 1);
  CHECK_INT(jnum(region, "startColumn"), 7);
  CHECK_INT(jnum(region, "endLine"), 1);
  CHECK_INT(jnum(region, "endColumn"), 99);
  CHECK_STR(jstr(cJSON_GetObjectItem(res, "partialFingerprints"), "psauth/v1"), "0123456789abcdef:0");
  cJSON *rel = cJSON_GetArrayItem(cJSON_GetObjectItem(res, "relatedLocations"), 0);
  CHECK_STR(jstr(cJSON_GetObjectItem(rel, "message"), "text"), "the password literal.");
  CHECK_INT(jnum(cJSON_GetObjectItem(cJSON_GetObjectItem(rel, "physicalLocation"), "region"),
                 "startColumn"),
            30);
  /* fixes: the unsafe and the safe one, not the display-only one; the
   * replacements in file order */
  cJSON *fixes = cJSON_GetObjectItem(res, "fixes");
  CHECK_INT(cJSON_GetArraySize(fixes), 2);
  cJSON *f0 = cJSON_GetArrayItem(fixes, 0);
  CHECK_STR(jstr(cJSON_GetObjectItem(f0, "description"), "text"), "Read the password from a vault.");
  CHECK_STR(jstr(cJSON_GetObjectItem(f0, "properties"), "applicability"), "unsafe");
  cJSON *ch = cJSON_GetArrayItem(cJSON_GetObjectItem(f0, "artifactChanges"), 0);
  CHECK_STR(jstr(cJSON_GetObjectItem(ch, "artifactLocation"), "uri"), "dir/a%20b,&%3Cx%3E%3Ay.ps1");
  cJSON *reps = cJSON_GetObjectItem(ch, "replacements");
  CHECK_INT(cJSON_GetArraySize(reps), 3);
  cJSON *rep0 = cJSON_GetArrayItem(reps, 0), *rep2 = cJSON_GetArrayItem(reps, 2);
  CHECK_INT(jnum(cJSON_GetObjectItem(rep0, "deletedRegion"), "startColumn"), 1);
  CHECK_STR(jstr(cJSON_GetObjectItem(rep0, "insertedContent"), "text"), "# inserted\n");
  CHECK_INT(jnum(cJSON_GetObjectItem(rep2, "deletedRegion"), "startLine"), 3);
  CHECK_STR(jstr(cJSON_GetObjectItem(cJSON_GetArrayItem(fixes, 1), "properties"), "applicability"),
            "safe");
  /* a multi-line finding's context region covers its lines */
  cJSON *res1 = cJSON_GetArrayItem(results, 1);
  cJSON *pl1 = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(res1, "locations"), 0),
                                   "physicalLocation");
  CHECK_INT(jnum(cJSON_GetObjectItem(pl1, "contextRegion"), "endLine"), 4);
  CHECK_STR(jstr(cJSON_GetObjectItem(cJSON_GetObjectItem(pl1, "region"), "snippet"), "text"),
            "Connect-MicrosoftTeams `\n  -Credential $c `\n  -X");
  CHECK_STR(jstr(cJSON_GetArrayItem(results, 2), "level"), "note");
  /* the unknown rule points at its own descriptor; no empty fingerprint */
  cJSON *res3 = cJSON_GetArrayItem(results, 3);
  CHECK_INT(jnum(res3, "ruleIndex"), nrules);
  CHECK(cJSON_GetObjectItem(res3, "partialFingerprints") == NULL);
  /* artifacts: every file, with its encoding; the skipped one is a notification */
  cJSON *arts = cJSON_GetObjectItem(run, "artifacts");
  CHECK_INT(cJSON_GetArraySize(arts), 4);
  CHECK_STR(jstr(cJSON_GetArrayItem(arts, 1), "encoding"), "UTF-16LE");
  cJSON *inv = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "invocations"), 0);
  CHECK(cJSON_IsTrue(cJSON_GetObjectItem(inv, "executionSuccessful")));
  cJSON *note = cJSON_GetArrayItem(cJSON_GetObjectItem(inv, "toolExecutionNotifications"), 0);
  CHECK_STR(jstr(note, "level"), "note");
  CHECK(strstr(jstr(cJSON_GetObjectItem(note, "message"), "text"), "skipped.ps1") != NULL);
  cJSON_Delete(root);
  free(text);
  psa_results_free(&r);

  /* absolute paths become file:// URIs without a base */
  memset(&r, 0, sizeof(r));
  psa_result_file *f = add_file(&r, "/tmp/x y/é.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  add_finding(f, "PSA301", PSA_SEV_ERROR, range(1, 1, 1, 2), "m", "s", "0000000000000000:0");
  text = render(&r, PSA_FORMAT_SARIF, NULL);
  root = cJSON_Parse(text);
  run = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "runs"), 0);
  res = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "results"), 0);
  al = cJSON_GetObjectItem(
      cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(res, "locations"), 0),
                          "physicalLocation"),
      "artifactLocation");
  CHECK_STR(jstr(al, "uri"), "file:///tmp/x%20y/%C3%A9.ps1");
  CHECK(cJSON_GetObjectItem(al, "uriBaseId") == NULL);
  cJSON_Delete(root);
  free(text);
  psa_results_free(&r);
}

/* ---- CSV -------------------------------------------------------------- */

/* An RFC 4180 reader: the records of 'text' (after the BOM), each a
 * NULL-terminated array of fields. Checks that records end with CRLF. */
static char ***csv_parse(const char *p, size_t *nrec) {
  char ***recs = NULL;
  *nrec = 0;
  while (*p) {
    char **fields = NULL;
    size_t nf = 0;
    for (;;) {
      psa_buf b;
      psa_buf_init(&b);
      if (*p == '"') {
        p++;
        for (;;) {
          if (!*p) break;
          if (*p == '"' && p[1] == '"') {
            psa_buf_putc(&b, '"');
            p += 2;
          } else if (*p == '"') {
            p++;
            break;
          } else psa_buf_putc(&b, *p++);
        }
      } else {
        while (*p && *p != ',' && *p != '\r' && *p != '\n') psa_buf_putc(&b, *p++);
      }
      fields = psa_xrealloc(fields, (nf + 2) * sizeof(char *));
      fields[nf++] = psa_buf_detach(&b);
      if (*p == ',') {
        p++;
        continue;
      }
      CHECK(p[0] == '\r' && p[1] == '\n');
      if (*p == '\r') p++;
      if (*p == '\n') p++;
      break;
    }
    fields[nf] = NULL;
    recs = psa_xrealloc(recs, (*nrec + 1) * sizeof(*recs));
    recs[(*nrec)++] = fields;
  }
  return recs;
}

static void csv_free(char ***recs, size_t n) {
  for (size_t i = 0; i < n; i++) {
    for (char **f = recs[i]; *f; f++) free(*f);
    free(recs[i]);
  }
  free(recs);
}

static void test_csv(void) {
  psa_results r;
  build(&r);
  size_t len;
  char *text = render(&r, PSA_FORMAT_CSV, &len);
  CHECK(!memcmp(text, "\xEF\xBB\xBF", 3));
  CHECK(!strncmp(text + 3,
                 "path,line,column,end_line,end_column,rule,name,kind,severity,message,"
                 "fingerprint\r\n",
                 80));
  /* no bare LF outside the quoted message with its own line break */
  size_t lf = 0, crlf = 0;
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n') (i && text[i - 1] == '\r') ? crlf++ : lf++;
  CHECK_INT(lf, 0);
  size_t n;
  char ***recs = csv_parse(text + 3, &n);
  CHECK_INT(n, 5); /* header + 4 findings */
  if (n == 5) {
    char **a = recs[1];
    CHECK_STR(a[0], "./dir/a b,&<x>:y.ps1");
    CHECK_STR(a[1], "1");
    CHECK_STR(a[2], "7");
    CHECK_STR(a[3], "1");
    CHECK_STR(a[4], "99");
    CHECK_STR(a[5], "PSA301");
    CHECK_STR(a[6], "plaintext-password-securestring");
    CHECK_STR(a[7], "plaintext-password");
    CHECK_STR(a[8], "error");
    CHECK_STR(a[9], NASTY_MSG);
    CHECK_STR(a[10], "0123456789abcdef:0");
    CHECK_STR(a[11], "insecure"); /* a password written in the script: not "retired" */
    CHECK_STR(a[12], "");
    CHECK_STR(a[13], "credential handling");
    CHECK_STR(a[14], "password");
    CHECK(a[15] == NULL);
    CHECK_STR(recs[3][9], "'-Msol summary"); /* formula neutralised */
    CHECK_STR(recs[4][6], "");                /* unknown rule: no name */
  }
  csv_free(recs, n);
  CHECK(strstr(text, "\"Password \"\"P,w\"\" for") != NULL); /* RFC 4180 quoting */
  free(text);
  psa_results_free(&r);

  /* every formula lead character */
  memset(&r, 0, sizeof(r));
  psa_result_file *f = add_file(&r, "=cmd.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  const char *leads[] = {"=1+1", "+1", "-1", "@SUM(1)", "\tx", "\rx", "ok=1"};
  for (int i = 0; i < 7; i++) add_finding(f, "PSA301", PSA_SEV_ERROR, range(1, 1, 1, 2), leads[i], "", "");
  text = render(&r, PSA_FORMAT_CSV, NULL);
  recs = csv_parse(text + 3, &n);
  CHECK_INT(n, 8);
  if (n == 8) {
    CHECK_STR(recs[1][0], "'=cmd.ps1");
    CHECK_STR(recs[1][9], "'=1+1");
    CHECK_STR(recs[2][9], "'+1");
    CHECK_STR(recs[3][9], "'-1");
    CHECK_STR(recs[4][9], "'@SUM(1)");
    CHECK_STR(recs[5][9], "'\tx");
    CHECK_STR(recs[6][9], "'\rx");
    CHECK_STR(recs[7][9], "ok=1");
  }
  csv_free(recs, n);
  free(text);
  psa_results_free(&r);
}

/* ---- GitHub workflow commands --------------------------------------- */

static void test_github(void) {
  psa_results r;
  build(&r);
  char *text = render(&r, PSA_FORMAT_GITHUB, NULL);
  CHECK_INT(count(text, "\n"), 5); /* 4 findings + the skipped file, one line each */
  CHECK(strstr(text,
               "::error file=dir/a b%2C&<x>%3Ay.ps1,line=1,col=7,endLine=1,endColumn=99,"
               "title=PSA301 plaintext-password-securestring::Password \"P,w\" for =cmd|' /C "
               "calc'!A0; 100%25 done%0D%0Anext::line | `tick` <b>&amp;\n") != NULL);
  /* multi-line: no columns (GitHub drops them) */
  CHECK(strstr(text, "::warning file=dir/a b%2C&<x>%3Ay.ps1,line=2,endLine=4,title=PSA201 "
                     "credential-connect::Connect-MicrosoftTeams") != NULL);
  CHECK(strstr(text, "::notice file=dir/a b%2C&<x>%3Ay.ps1,line=5,col=1,endLine=5,endColumn=10,"
                     "title=PSA204 msonline-cmdlets::-Msol summary\n") != NULL);
  CHECK(strstr(text, "::notice file=skipped.ps1,title=psauth::skipped: binary file (NUL bytes)\n") !=
        NULL);
  CHECK(strstr(text, "title=XYZ999::from another tool\n") != NULL);
  free(text);
  psa_results_free(&r);
}

/* ---- JUnit ------------------------------------------------------------ */

static void test_junit(void) {
  psa_results r;
  build(&r);
  char *text = render(&r, PSA_FORMAT_JUNIT, NULL);
  CHECK(!strncmp(text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 50));
  CHECK_INT(count(text, "<testsuite "), 4);
  CHECK_INT(count(text, "<failure "), 4);
  CHECK_INT(count(text, "<skipped "), 1);
  CHECK(strstr(text, "tests=\"6\" failures=\"4\" errors=\"0\" skipped=\"1\"") != NULL);
  CHECK(strstr(text, "name=\"./dir/a b,&amp;&lt;x&gt;:y.ps1\"") != NULL);
  /* attribute: quotes escaped, line breaks kept as references */
  CHECK(strstr(text, "message=\"Password &quot;P,w&quot; for =cmd|&apos; /C calc&apos;!A0; 100% "
                     "done&#13;&#10;next::line | `tick` &lt;b&gt;&amp;amp;\"") != NULL);
  /* text: markup escaped, characters XML 1.0 forbids dropped, invalid
   * UTF-8 replaced */
  CHECK(strstr(text, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != NULL);
  CHECK(strstr(text, "-AsPlainText \xEF\xBF\xBD") != NULL);
  CHECK(strchr(text, '\x01') == NULL && strchr(text, '\x0c') == NULL);
  CHECK(strstr(text, "<script") == NULL);
  /* the clean file passes */
  CHECK(strstr(text, "<testcase name=\"no legacy authentication found\" classname=\"clean.ps1\" "
                     "file=\"clean.ps1\"/>") != NULL);
  free(text);
  psa_results_free(&r);
}

/* ---- GitLab ----------------------------------------------------------- */

static void test_gitlab(void) {
  psa_results r;
  build(&r);
  char *text = render(&r, PSA_FORMAT_GITLAB, NULL);
  cJSON *root = cJSON_Parse(text);
  CHECK(cJSON_IsArray(root));
  CHECK_INT(cJSON_GetArraySize(root), 4);
  cJSON *a = cJSON_GetArrayItem(root, 0);
  CHECK(!strncmp(jstr(a, "description"), "PSA301: Password", 16));
  CHECK_STR(jstr(a, "check_name"), "PSA301");
  CHECK_STR(jstr(a, "fingerprint"), "0123456789abcdef:0");
  CHECK_STR(jstr(a, "severity"), "critical");
  cJSON *loc = cJSON_GetObjectItem(a, "location");
  CHECK_STR(jstr(loc, "path"), "dir/a b,&<x>:y.ps1");
  CHECK_INT(jnum(cJSON_GetObjectItem(loc, "lines"), "begin"), 1);
  CHECK_STR(jstr(cJSON_GetArrayItem(root, 1), "severity"), "major");
  CHECK_INT(jnum(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(root, 1), "location"),
                                     "lines"),
                 "end"),
            4);
  CHECK_STR(jstr(cJSON_GetArrayItem(root, 2), "severity"), "info");
  /* a finding without a fingerprint still gets a unique one */
  const char *fp3 = jstr(cJSON_GetArrayItem(root, 3), "fingerprint");
  CHECK(fp3 && strlen(fp3) > 16);
  for (int i = 0; i < 4; i++)
    for (int k = i + 1; k < 4; k++)
      CHECK(strcmp(jstr(cJSON_GetArrayItem(root, i), "fingerprint"),
                   jstr(cJSON_GetArrayItem(root, k), "fingerprint")));
  cJSON_Delete(root);
  free(text);
  psa_results_free(&r);
}

/* ---- Markdown --------------------------------------------------------- */

static void test_markdown(void) {
  psa_results r;
  build(&r);
  char *text = render(&r, PSA_FORMAT_MARKDOWN, NULL);
  CHECK(strstr(text, "| Findings | 4 |") != NULL);
  CHECK(strstr(text, "| Errors | 1 |") != NULL);
  /* PSA204 reported at info here: fails today by its status, not its severity */
  CHECK(strstr(text, "| &nbsp;&nbsp;retired: fail today | 1 |") != NULL);
  CHECK(strstr(text, "| &nbsp;&nbsp;secrets written in the script | 1 |") != NULL);
  /* the rule table shows the findings' severity, not the rule's default */
  CHECK(strstr(text, "| `PSA204` | msonline-cmdlets | msonline | info | 1 |") != NULL);
  CHECK(strstr(text, "| Files skipped | 1 |") != NULL);
  /* the path is a code span; the message escaped; | escaped in the table */
  CHECK(strstr(text, "#### `./dir/a b,&<x>:y.ps1` (3)") != NULL);
  CHECK(strstr(text, "| 1:7 | **error** | `PSA301` plaintext-password-securestring | Password "
                     "\"P,w\" for =cmd\\|' /C calc'!A0; 100% done  next::line \\| \\`tick\\` "
                     "\\<b\\>\\&amp; |") != NULL);
  CHECK(strstr(text, "| `XYZ999` |") != NULL);
  CHECK(strstr(text, "| other | | | | 1 |") != NULL);
  CHECK(strstr(text, "Showing the first") == NULL);
  free(text);
  psa_results_free(&r);

  /* backticks in a path, | in a code span in a table, and the cap */
  memset(&r, 0, sizeof(r));
  psa_result_file *f = add_file(&r, "a`b``c.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  for (int i = 0; i < 250; i++)
    add_finding(f, "PSA301", PSA_SEV_ERROR, range((uint32_t)i + 1, 1, (uint32_t)i + 1, 2),
                "$x = 1 and $y", "", "");
  f = add_file(&r, "b|c.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  add_finding(f, "XY|Z", PSA_SEV_ERROR, range(1, 1, 1, 2), "m", "", "");
  text = render(&r, PSA_FORMAT_MARKDOWN, NULL);
  CHECK(strstr(text, "#### ```a`b``c.ps1``` (250)") != NULL);
  CHECK(strstr(text, "\\$x = 1 and \\$y") != NULL); /* no GitHub math */
  CHECK_INT(count(text, "| **error** |"), 200);
  CHECK(strstr(text, "Showing the first 200 of 251 findings") != NULL);
  CHECK(strstr(text, "b|c.ps1") == NULL); /* past the cap */
  free(text);
  psa_results_free(&r);
  memset(&r, 0, sizeof(r));
  f = add_file(&r, "b.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  add_finding(f, "XY|Z", PSA_SEV_ERROR, range(1, 1, 1, 2), "m", "", "");
  text = render(&r, PSA_FORMAT_MARKDOWN, NULL);
  CHECK(strstr(text, "| `XY\\|Z` |") != NULL);
  free(text);
  psa_results_free(&r);
}

/* ---- HTML ------------------------------------------------------------- */

static void test_html(void) {
  psa_results r;
  build(&r);
  char *text = render(&r, PSA_FORMAT_HTML, NULL);
  CHECK(!strncmp(text, "<!DOCTYPE html>", 15));
  /* self-contained: nothing loaded from anywhere */
  CHECK(strstr(text, "default-src 'none'") != NULL);
  CHECK(strstr(text, "script-src 'sha256-") != NULL);
  CHECK(strstr(text, "src=\"") == NULL && strstr(text, "src='") == NULL);
  CHECK(strstr(text, "href=\"http") == NULL);
  CHECK(strstr(text, "<link") == NULL && strstr(text, "@import") == NULL);
  CHECK(strstr(text, "url(") == NULL);
  /* scanned content is escaped everywhere */
  CHECK(strstr(text, "<img") == NULL);
  CHECK(strstr(text, "<script>alert") == NULL);
  CHECK(strstr(text, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x "
                     "onerror=alert(1)&gt;") != NULL);
  CHECK(strstr(text, "./dir/a b,&amp;&lt;x&gt;:y.ps1") != NULL);
  CHECK(strstr(text, "Password &quot;P,w&quot; for =cmd|&#39; /C") != NULL);
  /* exactly two script elements: the JSON data and the page's script */
  CHECK_INT(count(text, "<script"), 2);
  CHECK_INT(count(text, "</script>"), 2);
  const char *data = strstr(text, "<script type=\"application/json\" id=\"psauth-data\">");
  CHECK(data != NULL);
  if (data) {
    const char *end = strstr(data, "</script>");
    CHECK(end != NULL);
    if (end) {
      size_t skip = strlen("<script type=\"application/json\" id=\"psauth-data\">");
      char *json = psa_xstrndup(data + skip, (size_t)(end - data) - skip);
      CHECK(strchr(json, '<') == NULL);
      cJSON *d = cJSON_Parse(json);
      CHECK(d != NULL);
      cJSON *f0 = cJSON_GetArrayItem(cJSON_GetObjectItem(d, "files"), 0);
      CHECK_STR(jstr(f0, "path"), "./dir/a b,&<x>:y.ps1");
      cJSON *x1 = cJSON_GetArrayItem(cJSON_GetObjectItem(f0, "findings"), 1);
      CHECK_STR(jstr(x1, "service"), "Teams");
      CHECK_STR(jstr(x1, "status"), "insecure");
      CHECK_STR(jstr(x1, "kind"), "credential-connect");
      cJSON_Delete(d);
      free(json);
    }
  }
  /* the sections a team lead reads */
  CHECK(strstr(text, "id=\"summary\"") && strstr(text, "id=\"charts\"") &&
        strstr(text, "id=\"inventory\"") && strstr(text, "id=\"plan\"") &&
        strstr(text, "id=\"findings\"") && strstr(text, "id=\"setup\""));
  /* "fails today" counts retired findings only: PSA204's, not PSA301's
   * password literal, which is an error shown as a secret in the script */
  CHECK(strstr(text, "<b>1 script fails today</b>: 1 finding uses") != NULL);
  CHECK(strstr(text, "<b>1 secret is written in the text of 1 script</b>") != NULL);
  CHECK(strstr(text, "<span class=\"status exposed\">secret in the script</span>") != NULL);
  CHECK(strstr(text, "<span class=\"status retired\">retired since 2025-05-31") != NULL);
  CHECK(strstr(text, "No service named") == NULL);
  CHECK_INT(count(text, "<svg class=\"bars\""), 3);
  CHECK(strstr(text, "<td>Teams</td><td><span class=\"chip\">password</span>") != NULL);
  /* the service x sign-in matrix */
  CHECK(strstr(text, "<table class=\"matrix\">") != NULL);
  CHECK(strstr(text, "<tr><th scope=\"row\">credential handling</th>") != NULL);
  CHECK(strstr(text, "Exchange.ManageAsApp") != NULL);
  CHECK(strstr(text, "1. Fails today: fix first") != NULL);
  CHECK(strstr(text, "2. Secrets written in scripts: rotate and remove") != NULL);
  CHECK(strstr(text, "id=\"coverage\"") != NULL); /* the file's syntax error */
  CHECK(strstr(text, "<mark>") != NULL);
  CHECK(strstr(text, "Proposed fix: Read the password from a vault") != NULL);
  CHECK(strstr(text, "id=\"not-scanned\"") != NULL);
  free(text);
  psa_results_free(&r);

  /* nothing found */
  memset(&r, 0, sizeof(r));
  add_file(&r, "clean.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  text = render(&r, PSA_FORMAT_HTML, NULL);
  CHECK(strstr(text, "No legacy authentication, basic authentication or stored passwords were "
                     "found in the 1 script scanned.") != NULL);
  CHECK(strstr(text, "id=\"setup\"") != NULL);
  free(text);
  psa_results_free(&r);
}

/* ---- JSON, read back -------------------------------------------------- */

static int read_into(psa_results *r, const char *json, char *err, size_t errlen) {
  return psa_results_read_json(r, json, strlen(json), err, errlen);
}

static void test_roundtrip(psa_results *r, const char *what) {
  char *first = render(r, PSA_FORMAT_JSON, NULL);
  psa_results back = {0};
  char err[256] = "";
  int rc = read_into(&back, first, err, sizeof(err));
  CHECK_INT(rc, 0);
  if (rc) fprintf(stderr, "%s: %s\n", what, err);
  char *second = render(&back, PSA_FORMAT_JSON, NULL);
  CHECK_STR(second, first);
  /* the other formats agree too (SARIF has the working directory, HTML the
   * date: both are the same within one run) */
  psa_format fmts[] = {PSA_FORMAT_CSV, PSA_FORMAT_GITLAB, PSA_FORMAT_JUNIT, PSA_FORMAT_SARIF};
  for (size_t i = 0; i < sizeof(fmts) / sizeof(*fmts); i++) {
    char *a = render(r, fmts[i], NULL), *b = render(&back, fmts[i], NULL);
    CHECK_STR(b, a);
    free(a);
    free(b);
  }
  free(first);
  free(second);
  psa_results_free(&back);
}

static void test_read_json(void) {
  psa_results r;
  build(&r);
  test_roundtrip(&r, "hand-built");
  /* the unknown rule keeps its ID and has no rule */
  char *json = render(&r, PSA_FORMAT_JSON, NULL);
  psa_results back = {0};
  char err[256];
  CHECK_INT(read_into(&back, json, err, sizeof(err)), 0);
  CHECK_INT(back.file_count, 4);
  CHECK_STR(back.files[3].path, "zz.ps1");
  CHECK(back.files[3].findings[0].rule == NULL);
  CHECK(back.files[0].findings[0].rule == psa_rule_find("PSA301"));
  CHECK_INT(back.files[0].findings[0].fixes[0].edit_count, 3);
  CHECK_INT(back.files[2].status, PSA_FILE_SKIPPED);
  CHECK_STR(back.files[2].message, "binary file (NUL bytes)");
  CHECK_INT(back.files[0].syntax_errors, 1);

  /* merging: a second report replaces the same path and adds new ones */
  psa_results other = {0};
  psa_result_file *f = add_file(&other, "aaa.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  add_finding(f, "PSA309", PSA_SEV_ERROR, range(1, 1, 1, 5), "new", "s", "1111111111111111:0");
  add_file(&other, "zz.ps1", PSA_FILE_OK, NULL, "utf-8", "crlf");
  char *json2 = render(&other, PSA_FORMAT_JSON, NULL);
  CHECK_INT(read_into(&back, json2, err, sizeof(err)), 0);
  CHECK_INT(back.file_count, 5);
  CHECK_STR(back.files[0].path, "./dir/a b,&<x>:y.ps1");
  CHECK_STR(back.files[1].path, "aaa.ps1");
  CHECK_STR(back.files[4].path, "zz.ps1");
  CHECK_INT(back.files[4].finding_count, 0);
  CHECK_STR(back.files[4].eol, "crlf");
  free(json2);
  psa_results_free(&other);
  psa_results_free(&back);
  free(json);
  psa_results_free(&r);

  /* refusals, each with a message */
  static const struct {
    const char *json, *want;
  } bad[] = {
      {"{", "not valid JSON"},
      {"[]", "not an object"},
      {"{\"schemaVersion\":2,\"files\":[],\"findings\":[]}", "schema version 1"},
      {"{\"schemaVersion\":1,\"findings\":[]}", "\"files\" is missing"},
      {"{\"schemaVersion\":1,\"files\":[],\"findings\":[{\"path\":\"a\",\"line\":1,\"column\":1,"
       "\"severity\":\"error\",\"message\":\"m\"}]}",
       "findings[0]: \"rule\" is missing"},
      {"{\"schemaVersion\":1,\"files\":[],\"findings\":[{\"path\":\"a\",\"line\":-1,\"column\":1,"
       "\"rule\":\"PSA301\",\"severity\":\"error\",\"message\":\"m\"}]}",
       "\"line\" is not a whole number"},
      {"{\"schemaVersion\":1,\"files\":[],\"findings\":[{\"path\":\"a\",\"line\":1,\"column\":1,"
       "\"rule\":\"PSA301\",\"severity\":\"fatal\",\"message\":\"m\"}]}",
       "unknown severity \"fatal\""},
      {"{\"schemaVersion\":1,\"files\":[{\"path\":\"a\",\"status\":\"ok\"},{\"path\":\"a\"}],"
       "\"findings\":[]}",
       "listed twice"},
      {"{\"schemaVersion\":1,\"files\":[],\"findings\":[{\"path\":\"a\",\"line\":1,\"column\":1,"
       "\"rule\":\"PSA301\",\"severity\":\"error\",\"message\":\"m\",\"fixes\":[{\"title\":\"t\","
       "\"applicability\":\"maybe\",\"edits\":[]}]}]}",
       "unknown applicability"},
  };
  for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
    psa_results z = {0};
    err[0] = '\0';
    CHECK_INT(read_into(&z, bad[i].json, err, sizeof(err)), -1);
    if (!strstr(err, bad[i].want)) fprintf(stderr, "bad[%zu]: got '%s'\n", i, err);
    CHECK(strstr(err, bad[i].want) != NULL);
    CHECK_INT(z.file_count, 0);
    psa_results_free(&z);
  }
  /* a finding whose file is not listed gets one */
  psa_results z = {0};
  CHECK_INT(read_into(&z,
                      "{\"schemaVersion\":1,\"files\":[],\"findings\":[{\"path\":\"q.ps1\","
                      "\"line\":2,\"column\":3,\"rule\":\"PSA301\",\"severity\":\"info\","
                      "\"message\":\"m\"}]}",
                      err, sizeof(err)),
            0);
  CHECK_INT(z.file_count, 1);
  CHECK_INT(z.files[0].findings[0].at.end_line, 2);
  CHECK_INT(z.files[0].findings[0].severity, PSA_SEV_INFO);
  psa_results_free(&z);
}

/* ---- a real scan through every format --------------------------------- */

static void test_scanned(void) {
  static const char script[] =
      "$pw = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force\n"
      "$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $pw)\n"
      "$s = New-PSSession -ConfigurationName Microsoft.Exchange `\n"
      "  -ConnectionUri https://outlook.office365.com/powershell-liveid/ `\n"
      "  -Credential $cred -Authentication Basic -AllowRedirection\n"
      "Import-PSSession $s\n"
      "Connect-EXOPSSession -UserPrincipalName admin@contoso.com\n"
      "Send-MailMessage -SmtpServer smtp.office365.com -Credential $cred -From a@b.c -To d@e.f "
      "-Subject s # \xc3\xa9\n";
  psa_parser *p = psa_parser_new();
  psa_results r = {0};
  r.fix_diffs = true;
  psa_scan_options opts = {0};
  psa_file_result fr;
  psa_scan_bytes(p, "legacy.ps1", script, strlen(script), &opts, &fr);
  psa_results_add(&r, &fr, NULL, NULL);
  psa_file_result_free(&fr);
  psa_scan_bytes(p, "clean.ps1", "Get-Date\n", 9, &opts, &fr);
  psa_results_add(&r, &fr, NULL, NULL);
  psa_file_result_free(&fr);
  psa_parser_free(p);
  CHECK(r.file_count == 2 && r.files[1].finding_count >= 4);
  for (int fmt = PSA_FORMAT_TEXT; fmt <= PSA_FORMAT_GITLAB; fmt++) {
    size_t len = 0;
    char *text = render(&r, (psa_format)fmt, &len);
    CHECK(text && len > 0);
    free(text);
  }
  test_roundtrip(&r, "scanned");
  /* service and sign-in from the rule metadata and the command */
  char *html = render(&r, PSA_FORMAT_HTML, NULL);
  CHECK(strstr(html, "<td>Exchange Online</td><td><span class=\"chip\">basic auth</span>") !=
        NULL);
  CHECK(strstr(html, "<td>SMTP / IMAP / POP</td>") != NULL);
  CHECK(strstr(html, "No service named") == NULL);
  CHECK(strstr(html, "<pre class=\"diff\">") != NULL);
  CHECK(strstr(html, "<span class=\"add\">+Connect-ExchangeOnline ") != NULL);
  CHECK(strstr(html, "Replace 3:") == NULL); /* no edit lists when the diff is known */
  free(html);
  for (uint32_t k = 0; k < r.files[1].finding_count; k++) {
    const psa_result_finding *x = &r.files[1].findings[k];
    if (!strcmp(x->rule_id, "PSA101")) {
      CHECK_INT(x->service, PSA_SVC_EXO);
      CHECK_INT(x->signin, PSA_AUTH_BASIC);
      CHECK_INT(x->status, PSA_STATUS_RETIRED);
      CHECK_STR(x->status_date, "2023-10-01");
    }
    if (!strcmp(x->rule_id, "PSA110")) CHECK_INT(x->signin, PSA_AUTH_INTERACTIVE);
    /* each fix as diff hunks of the lines it changes, with the old lines */
    for (uint32_t n = 0; n < x->fix_count; n++) {
      const psa_result_fix *fx = &x->fixes[n];
      CHECK(fx->diff != NULL);
      if (!strcmp(x->rule_id, "PSA101") && fx->diff && *fx->diff) {
        CHECK(!strncmp(fx->diff, "@@ -", 4));
        CHECK(strstr(fx->diff, "\n-$s = New-PSSession -ConfigurationName Microsoft.Exchange `\n") !=
              NULL);
        CHECK(strstr(fx->diff, "\n+Connect-ExchangeOnline ") != NULL);
      }
    }
    if (!strcmp(x->rule_id, "PSA401")) CHECK_INT(x->status, PSA_STATUS_RETIRING);
  }
  psa_results_free(&r);
}


/* ---- the spool: every field back, every format the same --------------- */

/* Sets the fields build() leaves empty, so that every field of the
 * results is written to and read from the spool. */
static void enrich(psa_results *r) {
  psa_result_file *f = &r->files[0];
  f->shared_fix_diff = psa_xstrdup("@@ -1,0 +1,2 @@\n+$AppId = '<app-id>'\n+$Org = '<org>'\n");
  f->unanalysed = psa_xcalloc(2, sizeof(*f->unanalysed));
  f->unanalysed[0] = range(7, 1, 9, 4);
  f->unanalysed[1] = range(12, 1, 12, 30);
  f->unanalysed_count = 2;
  f->unanalysed_lines = 4;
  f->plan = psa_xcalloc(3, sizeof(*f->plan));
  f->plan[0] = (psa_result_plan){psa_xstrdup("connection"), 2, psa_xstrdup("Connect-MicrosoftTeams"),
                                 psa_xstrdup("PSA201"), psa_xstrdup("password"),
                                 psa_xstrdup("-Credential $c"), psa_xstrdup("certificate"),
                                 psa_xstrdup("an unattended script")};
  f->plan[1] = (psa_result_plan){psa_xstrdup("refused"), 5, psa_xstrdup("Get-MsolUser"), NULL,
                                 NULL, NULL, NULL, psa_xstrdup("no Graph equivalent")};
  f->plan[2] = (psa_result_plan){psa_xstrdup("rewrite"), 9, psa_xstrdup("Get-Mailbox"),
                                 psa_xstrdup("PSA701"), NULL, NULL, psa_xstrdup("Get-EXOMailbox"),
                                 psa_xstrdup("a bulk read")};
  f->plan_count = 3;
  psa_result_finding *x = &f->findings[0];
  x->status_source = psa_xstrdup("exo-basic-auth");
  x->permissions = psa_xstrdup("User.Read.All, Organization.Read.All");
  x->related[0].path = psa_xstrdup("common.ps1");
  x->signin = PSA_AUTH_BASIC;
  for (uint32_t k = 0; k < x->fix_count; k++) {
    x->fixes[k].diff = psa_xstrdup(k == 1 ? "" : "@@ -1 +1 @@\n-old\n+new\n");
    for (uint32_t e = 0; e < x->fixes[k].edit_count; e++) {
      x->fixes[k].edits[e].start = 10 * k + e;
      x->fixes[k].edits[e].end = 10 * k + e + 3;
    }
  }
  r->files[2].status = PSA_FILE_ERROR; /* a read error with a message */
}

static bool same_str(const char *a, const char *b) {
  return (!a && !b) || (a && b && !strcmp(a, b));
}

static bool same_range(psa_range a, psa_range b) {
  return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col;
}

/* Field by field: what the formats do not print too (edit offsets). */
static bool same_file(const psa_result_file *a, const psa_result_file *b) {
  bool ok = same_str(a->path, b->path) && a->status == b->status &&
            same_str(a->message, b->message) && same_str(a->encoding, b->encoding) &&
            same_str(a->eol, b->eol) && a->parsed == b->parsed &&
            a->syntax_errors == b->syntax_errors && same_str(a->shared_fix_diff, b->shared_fix_diff) &&
            a->unanalysed_count == b->unanalysed_count && a->unanalysed_lines == b->unanalysed_lines &&
            a->plan_count == b->plan_count && a->finding_count == b->finding_count;
  for (uint32_t k = 0; ok && k < a->unanalysed_count; k++)
    ok = same_range(a->unanalysed[k], b->unanalysed[k]);
  for (uint32_t k = 0; ok && k < a->plan_count; k++) {
    const psa_result_plan *p = &a->plan[k], *q = &b->plan[k];
    ok = same_str(p->kind, q->kind) && p->line == q->line && same_str(p->subject, q->subject) &&
         same_str(p->rule, q->rule) && same_str(p->signin, q->signin) &&
         same_str(p->evidence, q->evidence) && same_str(p->target, q->target) &&
         same_str(p->reason, q->reason);
  }
  for (uint32_t k = 0; ok && k < a->finding_count; k++) {
    const psa_result_finding *x = &a->findings[k], *y = &b->findings[k];
    ok = x->rule == y->rule && same_str(x->rule_id, y->rule_id) && x->severity == y->severity &&
         x->service == y->service && x->signin == y->signin && x->status == y->status &&
         same_str(x->status_date, y->status_date) && same_str(x->status_source, y->status_source) &&
         same_range(x->at, y->at) && same_str(x->message, y->message) &&
         same_str(x->snippet, y->snippet) && same_str(x->fingerprint, y->fingerprint) &&
         same_str(x->permissions, y->permissions) && x->related_count == y->related_count &&
         x->fix_count == y->fix_count;
    for (uint32_t n = 0; ok && n < x->related_count; n++)
      ok = same_range(x->related[n].at, y->related[n].at) &&
           same_str(x->related[n].message, y->related[n].message) &&
           same_str(x->related[n].path, y->related[n].path);
    for (uint32_t n = 0; ok && n < x->fix_count; n++) {
      const psa_result_fix *fx = &x->fixes[n], *fy = &y->fixes[n];
      ok = same_str(fx->title, fy->title) && fx->applicability == fy->applicability &&
           same_str(fx->diff, fy->diff) && fx->edit_count == fy->edit_count;
      for (uint32_t e = 0; ok && e < fx->edit_count; e++)
        ok = same_range(fx->edits[e].at, fy->edits[e].at) &&
             fx->edits[e].start == fy->edits[e].start && fx->edits[e].end == fy->edits[e].end &&
             same_str(fx->edits[e].replacement, fy->edits[e].replacement);
    }
  }
  return ok;
}

/* A real scan of one script into 'r'; release_model as psauth scan does. */
static void add_scanned(psa_results *r, bool release_model) {
  static const char script[] =
      "$pw = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force\n"
      "$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $pw)\n"
      "Connect-MicrosoftTeams -Credential $cred\n"
      "Connect-ExchangeOnline -Credential $cred\n"
      "Send-MailMessage -SmtpServer smtp.office365.com -Credential $cred -From a@b.c -To d@e.f\n";
  psa_parser *p = psa_parser_new();
  psa_scan_options opts = {0};
  opts.release_model = release_model;
  psa_file_result fr;
  psa_scan_bytes(p, "~scanned.ps1", script, strlen(script), &opts, &fr);
  CHECK(release_model ? fr.model == NULL : fr.model != NULL);
  psa_results_add(r, &fr, NULL, NULL);
  psa_file_result_free(&fr);
  psa_parser_free(p);
}

static void test_spool(void) {
  setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
  psa_results mem, tmp, sp = {0};
  build(&mem);
  enrich(&mem);
  mem.fix_diffs = true;
  build(&tmp);
  enrich(&tmp);
  char err[512] = "";
  CHECK_INT(psa_results_spool(&sp, err, sizeof(err)), 0);
  sp.fix_diffs = true;
  for (size_t i = 0; i < tmp.file_count; i++) psa_results_append(&sp, &tmp.files[i]);
  psa_results_free(&tmp);
  for (int round = 0; round < 2; round++) {
    /* the second round: a file added after the spool was read */
    CHECK_INT(sp.file_count, mem.file_count);
    psa_results_cursor c;
    psa_results_open(&sp, &c);
    size_t n = 0;
    for (const psa_result_file *f; (f = psa_results_next(&c)); n++)
      CHECK(n < mem.file_count && same_file(f, &mem.files[n]));
    psa_results_close(&c);
    CHECK_INT(n, mem.file_count);
    for (int fmt = PSA_FORMAT_TEXT; fmt <= PSA_FORMAT_GITLAB; fmt++) {
      size_t la = 0, lb = 0;
      char *a = render(&mem, (psa_format)fmt, &la), *b = render(&sp, (psa_format)fmt, &lb);
      CHECK(la > 0 && la == lb && !memcmp(a, b, la));
      if (la != lb || memcmp(a, b, la)) fprintf(stderr, "spool: %s differs\n", psa_format_name(fmt));
      free(a);
      free(b);
    }
    char *json = render(&mem, PSA_FORMAT_JSON, NULL);
    CHECK(strstr(json, "\"sharedFixDiff\"") && strstr(json, "\"statusSource\"") &&
          strstr(json, "\"plan\"") && strstr(json, "\"permissions\"") &&
          strstr(json, "\"reason\":\t\"not-parsed\"") && strstr(json, "\"path\":\t\"common.ps1\""));
    free(json);
    CHECK_INT(psa_results_spool_status(&sp, err, sizeof(err)), 0);
    if (round == 0) {
      add_scanned(&mem, false);
      add_scanned(&sp, true); /* service and sign-in do not need the model */
    }
  }
  psa_results_free(&mem);
  psa_results_free(&sp);
  /* files out of path order cannot be sorted on disk: said, not hidden */
  psa_results un = {0};
  CHECK_INT(psa_results_spool(&un, err, sizeof(err)), 0);
  psa_results two = {0};
  add_file(&two, "b.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  add_file(&two, "a.ps1", PSA_FILE_OK, NULL, "utf-8", "lf");
  psa_results_append(&un, &two.files[0]);
  CHECK_INT(psa_results_spool_status(&un, err, sizeof(err)), 0);
  psa_results_append(&un, &two.files[1]);
  CHECK_INT(psa_results_spool_status(&un, err, sizeof(err)), -1);
  CHECK(strstr(err, "out of path order") != NULL);
  psa_results_free(&two);
  psa_results_free(&un);
  /* a directory that cannot hold it: the message names it */
  const char *was = getenv("TMPDIR");
  char *saved = was ? psa_xstrdup(was) : NULL;
  setenv("TMPDIR", "/nonexistent-psauth-dir", 1);
  psa_results bad = {0};
  CHECK_INT(psa_results_spool(&bad, err, sizeof(err)), -1);
  CHECK(strstr(err, "/nonexistent-psauth-dir/psauth-results-") != NULL);
  CHECK(strstr(err, "No such file or directory") != NULL);
  CHECK(bad.spool == NULL);
  if (saved) setenv("TMPDIR", saved, 1);
  else unsetenv("TMPDIR");
  free(saved);
}

int main(void) {
  test_sarif();
  test_csv();
  test_github();
  test_junit();
  test_gitlab();
  test_markdown();
  test_html();
  test_read_json();
  test_scanned();
  test_spool();
  return psa_test_done("reports");
}

/* The fixer: edits applied byte-exactly, overlaps resolved, unparseable
 * results dropped, writes refused when unsafe, unified diffs. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "psauth/fix.h"
#include "psauth/results.h"
#include "psauth/scan.h"

static psa_parser *parser;
static char dir[] = "/tmp/psauth-fix-XXXXXX";

static void write_file(const char *path, const void *bytes, size_t n) {
  FILE *f = fopen(path, "wb");
  fwrite(bytes, 1, n, f);
  fclose(f);
}

static unsigned char *read_file(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  unsigned char *b = malloc(1 << 20);
  *n = fread(b, 1, 1 << 20, f);
  fclose(f);
  return b;
}

/* Temporary files psauth left in the test directory. */
static int count_temps(void) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *de;
  while (d && (de = readdir(d)))
    if (strstr(de->d_name, ".psauth-")) n++;
  if (d) closedir(d);
  return n;
}

static void fix_file(const char *path, bool unsafe, psa_fix_result *fr, psa_file_result *r) {
  psa_scan_options so = {0};
  psa_scan_file(parser, path, &so, r);
  psa_fix_options fo = {0};
  fo.unsafe = unsafe;
  psa_fix_compute(parser, r, &fo, fr);
}

/* Windows-1252 file with CRLF: only the edited bytes change. */
static void test_bytes_outside_edits(void) {
  char path[256];
  snprintf(path, sizeof(path), "%s/w1252.ps1", dir);
  const char *src =
      "# caf\xe9 \x80 r\xe9sum\xe9\r\n"
      "Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization o -UseRPSSession\r\n"
      "Write-Host 'na\xefve'\r\n";
  write_file(path, src, strlen(src));
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, false, &fr, &r);
  CHECK_INT(r.src->encoding, PSA_ENC_WIN1252);
  CHECK_INT(fr.applied, 1);
  char err[256];
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), 0);
  size_t n;
  unsigned char *got = read_file(path, &n);
  const char *want =
      "# caf\xe9 \x80 r\xe9sum\xe9\r\n"
      "Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization o\r\n"
      "Write-Host 'na\xefve'\r\n";
  CHECK(got && n == strlen(want) && !memcmp(got, want, n));
  free(got);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
  /* a second run finds nothing to fix */
  fix_file(path, false, &fr, &r);
  CHECK(fr.text == NULL);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

static void test_refusals(void) {
  char path[256], err[256];
  snprintf(path, sizeof(path), "%s/ro.ps1", dir);
  const char *src = "Connect-IPPSSession -UseRPSSession\n";
  write_file(path, src, strlen(src));
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, false, &fr, &r);
  CHECK(fr.text != NULL);
  /* changed on disk after it was read */
  write_file(path, "Get-Date\n", 9);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(strstr(err, "changed on disk") != NULL);
  size_t n;
  unsigned char *got = read_file(path, &n);
  CHECK(got && n == 9 && !memcmp(got, "Get-Date\n", 9));
  free(got);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
  /* read-only */
  write_file(path, src, strlen(src));
  chmod(path, 0444);
  fix_file(path, false, &fr, &r);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(strstr(err, "read-only") != NULL);
  got = read_file(path, &n);
  CHECK(got && n == strlen(src) && !memcmp(got, src, n));
  free(got);
  chmod(path, 0644);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
  /* a symbolic link is not written through */
  char link[256];
  snprintf(link, sizeof(link), "%s/link.ps1", dir);
  CHECK_INT(symlink(path, link), 0);
  fix_file(link, false, &fr, &r);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(strstr(err, "symbolic link") != NULL);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
  unlink(link);
  /* the mode is kept and no temporary file is left behind */
  chmod(path, 0750);
  fix_file(path, false, &fr, &r);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), 0);
  struct stat st;
  stat(path, &st);
  CHECK_INT(st.st_mode & 0777, 0750);
  CHECK_INT(count_temps(), 0);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
  /* changed on disk with the same size (and perhaps the same mtime): the
   * bytes are compared, not only size and time */
  write_file(path, src, strlen(src));
  fix_file(path, false, &fr, &r);
  CHECK(fr.text != NULL);
  char same_size[64];
  snprintf(same_size, sizeof(same_size), "%s", src);
  same_size[0] = 'c';
  write_file(path, same_size, strlen(same_size));
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(strstr(err, "changed on disk") != NULL);
  got = read_file(path, &n);
  CHECK(got && n == strlen(same_size) && !memcmp(got, same_size, n));
  free(got);
  /* deleted, or replaced by a directory, since it was read */
  unlink(path);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(access(path, F_OK) != 0);
  CHECK_INT(mkdir(path, 0755), 0);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(strstr(err, "not a regular file") != NULL);
  rmdir(path);
  CHECK_INT(count_temps(), 0);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

/* A run killed between mkstemp and rename leaves .NAME.psauth-XXXXXX; the
 * next write of NAME removes it once it is old, and nothing else. */
static void test_stale_temps(void) {
  char path[256], old_tmp[300], fresh_tmp[300], other_tmp[300], near_miss[300], err[256];
  snprintf(path, sizeof(path), "%s/st.ps1", dir);
  snprintf(old_tmp, sizeof(old_tmp), "%s/.st.ps1.psauth-AbC123", dir);
  snprintf(fresh_tmp, sizeof(fresh_tmp), "%s/.st.ps1.psauth-fresh1", dir);
  snprintf(other_tmp, sizeof(other_tmp), "%s/.other.ps1.psauth-AbC123", dir);
  snprintf(near_miss, sizeof(near_miss), "%s/.st.ps1.psauth-AbC1234", dir);
  const char *src = "Connect-IPPSSession -UseRPSSession\n";
  write_file(path, src, strlen(src));
  const char *paths[] = {old_tmp, other_tmp, near_miss};
  for (int i = 0; i < 3; i++) {
    write_file(paths[i], "x", 1);
    struct timespec times[2] = {{time(NULL) - 3600, 0}, {time(NULL) - 3600, 0}};
    utimensat(AT_FDCWD, paths[i], times, 0);
  }
  write_file(fresh_tmp, "x", 1);
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, false, &fr, &r);
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), 0);
  CHECK(access(old_tmp, F_OK) != 0);   /* stale: removed */
  CHECK(access(fresh_tmp, F_OK) == 0); /* maybe another run's: kept */
  CHECK(access(other_tmp, F_OK) == 0); /* another file's: kept */
  CHECK(access(near_miss, F_OK) == 0); /* not our name shape: kept */
  unlink(fresh_tmp);
  unlink(other_tmp);
  unlink(near_miss);
  unlink(path);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

/* A fix whose own edits overlap is dropped whole (INVALID), not applied
 * with bytes lost; the other fixes still apply. */
static void test_self_overlapping_fix(void) {
  const char *src = "Connect-IPPSSession -UseRPSSession\nConnect-ExchangeOnline -UseRPSSession\n";
  psa_scan_options so = {0};
  psa_file_result r;
  psa_scan_bytes(parser, "x.ps1", src, strlen(src), &so, &r);
  CHECK_INT(r.finding_count, 2);
  if (r.finding_count != 2 || r.findings[0].fix_count != 1) {
    psa_file_result_free(&r);
    return;
  }
  psa_edit bad[2] = {{{0, 10}, "A", false}, {{5, 15}, "B", false}};
  psa_fix broken = {"overlapping", PSA_FIX_SAFE, bad, 2, NULL, NULL};
  psa_fix *saved = r.findings[0].fixes;
  r.findings[0].fixes = &broken;
  psa_fix_options fo = {0};
  psa_fix_result fr;
  psa_fix_compute(parser, &r, &fo, &fr);
  CHECK_INT(fr.note_count, 2);
  CHECK_INT(fr.notes[0].kind, PSA_FIXNOTE_INVALID);
  CHECK_INT(fr.notes[1].kind, PSA_FIXNOTE_APPLIED);
  CHECK(fr.text && !strncmp(fr.text, src, 35)); /* the first line untouched */
  psa_fix_result_free(&fr);
  r.findings[0].fixes = saved;
  psa_file_result_free(&r);
}

/* A fix whose result names a parameter twice (`-Prefix cc -Prefix cc`:
 * PowerShell refuses to bind it) is dropped with the command and parameter
 * named; a parameter the original already repeats does not count. */
static void test_parameter_twice_dropped(void) {
  const char *src = "Connect-IPPSSession -UseRPSSession\nConnect-ExchangeOnline -UseRPSSession\n"
                    "Get-Mailbox -Identity a -Identity b\n";
  psa_scan_options so = {0};
  psa_file_result r;
  psa_scan_bytes(parser, "x.ps1", src, strlen(src), &so, &r);
  CHECK(r.finding_count >= 2);
  if (r.finding_count < 2 || r.findings[0].fix_count != 1) {
    psa_file_result_free(&r);
    return;
  }
  psa_edit twice[1] = {{{0, 34}, "Connect-IPPSSession -Prefix cc -Prefix cc", false}};
  psa_fix broken = {"prefix twice", PSA_FIX_SAFE, twice, 1, NULL, NULL};
  psa_fix *saved = r.findings[0].fixes;
  r.findings[0].fixes = &broken;
  psa_fix_options fo = {0};
  psa_fix_result fr;
  psa_fix_compute(parser, &r, &fo, &fr);
  CHECK(fr.note_count >= 2);
  CHECK_INT(fr.notes[0].kind, PSA_FIXNOTE_TWICE);
  CHECK_STR(fr.notes[0].detail, "Connect-IPPSSession -Prefix");
  CHECK_INT(fr.notes[1].kind, PSA_FIXNOTE_APPLIED);
  CHECK(fr.text && !strncmp(fr.text, src, 35) && !strstr(fr.text, "-Prefix"));
  psa_fix_result_free(&fr);
  r.findings[0].fixes = saved;
  psa_file_result_free(&r);
}

/* A fix that needs another's unit (psa_fix.needs: a Get-EXO* swap that
 * runs only under the rewritten connection) is dropped with it when that
 * one is dropped (here: its result would not parse), the note naming the
 * provider's line; a fix needing nothing still applies (review19 08). */
static void test_dependent_dropped(void) {
  const char *src = "Connect-IPPSSession -UseRPSSession\nConnect-ExchangeOnline -UseRPSSession\n";
  psa_scan_options so = {0};
  psa_file_result r;
  psa_scan_bytes(parser, "x.ps1", src, strlen(src), &so, &r);
  CHECK_INT(r.finding_count, 2);
  if (r.finding_count != 2 || r.findings[0].fix_count != 1 || r.findings[1].fix_count != 1) {
    psa_file_result_free(&r);
    return;
  }
  psa_edit bad[1] = {{{0, 34}, "Connect-IPPSSession -Prefix (", false}};
  psa_fix provider = {"provider", PSA_FIX_SAFE, bad, 1, "unit", NULL};
  psa_fix dependent = r.findings[1].fixes[0];
  dependent.needs = "unit";
  psa_fix *saved0 = r.findings[0].fixes, *saved1 = r.findings[1].fixes;
  r.findings[0].fixes = &provider;
  r.findings[1].fixes = &dependent;
  psa_fix_options fo = {0};
  psa_fix_result fr;
  psa_fix_compute(parser, &r, &fo, &fr);
  CHECK_INT(fr.note_count, 2);
  CHECK_INT(fr.notes[0].kind, PSA_FIXNOTE_SYNTAX);
  CHECK_INT(fr.notes[1].kind, PSA_FIXNOTE_NEEDS);
  CHECK_STR(fr.notes[1].detail, "1");
  CHECK(fr.text == NULL); /* nothing left to apply */
  psa_fix_result_free(&fr);
  /* without the unit the second fix stands alone */
  dependent.needs = NULL;
  psa_fix_compute(parser, &r, &fo, &fr);
  CHECK_INT(fr.notes[1].kind, PSA_FIXNOTE_APPLIED);
  psa_fix_result_free(&fr);
  r.findings[0].fixes = saved0;
  r.findings[1].fixes = saved1;
  psa_file_result_free(&r);
}

/* A Windows-1252 file whose only non-UTF-8 byte goes away in a fix would
 * read back as UTF-8 (its other bytes meaning something else): not written. */
static void test_encoding_flip_refused(void) {
  /* 0xE9 alone is not UTF-8, so the file is Windows-1252; 0xC3 0xA9 then
   * reads as "Ã©" there, but as "é" in UTF-8 */
  const char *src = "Connect-IPPSSession -UseRPSSession # caf\xe9\nWrite-Host 'caf\xc3\xa9'\n";
  char path[256], err[256];
  snprintf(path, sizeof(path), "%s/flip.ps1", dir);
  write_file(path, src, strlen(src));
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, false, &fr, &r);
  CHECK_INT(r.src ? (int)r.src->encoding : -1, PSA_ENC_WIN1252);
  CHECK(fr.text != NULL);
  /* drop the comment with the 0xE9 too, as a rule might */
  char *t = fr.text ? strstr(fr.text, " # caf") : NULL;
  if (t) memmove(t, t + 8, strlen(t + 8) + 1), fr.text_len -= 8;
  CHECK_INT(psa_fix_write(r.src, fr.text, fr.text_len, err, sizeof(err)), -1);
  CHECK(strstr(err, "read back as utf-8") != NULL);
  size_t n;
  unsigned char *got = read_file(path, &n);
  CHECK(got && n == strlen(src) && !memcmp(got, src, n));
  free(got);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

static void test_unsafe_needs_flag(void) {
  char path[256];
  snprintf(path, sizeof(path), "%s/rps.ps1", dir);
  const char *src =
      "$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "
      "https://outlook.office365.com/powershell-liveid/ -Authentication Basic "
      "-Credential (Import-Clixml C:\\Jobs\\exo.xml)\n"
      "Import-PSSession $s\n";
  write_file(path, src, strlen(src));
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, false, &fr, &r);
  CHECK(fr.text == NULL); /* the rewrite is unsafe */
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
  fix_file(path, true, &fr, &r);
  CHECK(fr.text && strstr(fr.text, "Connect-ExchangeOnline -CertificateThumbprint"));
  CHECK(fr.text && !strstr(fr.text, "Import-PSSession"));
  CHECK(fr.text && !strstr(fr.text, "New-PSSession"));
  /* the diff is a unified diff with a/ b/ paths */
  char *d = psa_unified_diff("rps.ps1", r.src->text, r.src->text_len, fr.text, fr.text_len);
  CHECK(!strncmp(d, "--- a/rps.ps1\n+++ b/rps.ps1\n@@ -", 32));
  CHECK(strstr(d, "\n-Import-PSSession $s\n") != NULL);
  free(d);
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

static void test_diff_edges(void) {
  char *d = psa_unified_diff("x", "a\nb\nc", 5, "a\nB\nc", 5);
  CHECK(strstr(d, "-b\n+B\n") != NULL);
  CHECK(strstr(d, "\\ No newline at end of file") != NULL);
  free(d);
  /* a/ b/ take relative paths: absolute and ./ paths lose their prefix */
  d = psa_unified_diff("/abs/x.ps1", "a\n", 2, "b\n", 2);
  CHECK(!strncmp(d, "--- a/abs/x.ps1\n+++ b/abs/x.ps1\n", 32));
  free(d);
  d = psa_unified_diff("./x.ps1", "a\n", 2, "b\n", 2);
  CHECK(!strncmp(d, "--- a/x.ps1\n", 12));
  free(d);
  d = psa_unified_diff("x", "same\n", 5, "same\n", 5);
  CHECK_STR(d, "");
  free(d);
  /* two changes far apart give two hunks */
  char a[4096] = "", b[4096] = "";
  for (int i = 0; i < 40; i++) {
    char line[16];
    snprintf(line, sizeof(line), "l%d\n", i);
    strcat(a, line);
    strcat(b, i == 2 ? "X\n" : i == 35 ? "Y\n" : line);
  }
  d = psa_unified_diff("x", a, (uint32_t)strlen(a), b, (uint32_t)strlen(b));
  int hunks = 0;
  for (const char *p = d; (p = strstr(p, "\n@@ ")); p++) hunks++;
  CHECK_INT(hunks, 2);
  CHECK(strstr(d, "@@ -1,6 +1,6 @@") != NULL);
  CHECK(strstr(d, "@@ -33,7 +33,7 @@") != NULL);
  if (!strstr(d, "@@ -1,6 +1,6 @@")) fputs(d, stderr);
  free(d);
}

/* The display-only suggestions (PSA501, PSA502, PSA405): each one, shown
 * on its own, puts the bearer token or OAuthCredentials where the password
 * went; `psauth fix --unsafe-fixes` never applies them. */
static void test_display_suggestions(void) {
  char path[256];
  snprintf(path, sizeof(path), "%s/display.ps1", dir);
  const char *src =
      "$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\"$u:$p\"))\n"
      "Invoke-RestMethod -Uri https://x.example/api -Authentication Basic -Credential $c\n"
      "$h = @{ Authorization = \"Basic $b64\" }\n"
      "$wc.Headers.Add('Authorization', 'Basic ' + $b64)\n"
      "$hc.DefaultRequestHeaders.Authorization = "
      "[System.Net.Http.Headers.AuthenticationHeaderValue]::new('Basic', $b64)\n"
      "$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService\n"
      "$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($u, $p)\n"
      "$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'\n"
      "$w2 = [Microsoft.Exchange.WebServices.Data.WebCredentials]::new($u, $p)\n"
      "$s2 = [Microsoft.Exchange.WebServices.Data.ExchangeService]::new()\n"
      "$s2.Credentials = New-Object System.Net.NetworkCredential($u, $p)\n";
  write_file(path, src, strlen(src));
  static const char *const want[] = {
      "Invoke-RestMethod -Uri https://x.example/api -Authentication Bearer -Token $accessToken\n",
      "$h = @{ Authorization = \"Bearer $accessToken\" }\n",
      "$wc.Headers.Add('Authorization', \"Bearer $accessToken\")\n",
      "[System.Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $accessToken)\n",
      "$svc.Credentials = New-Object "
      "Microsoft.Exchange.WebServices.Data.OAuthCredentials($accessToken)\n",
      "$w2 = [Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($accessToken)\n",
      "$s2.Credentials = [Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($accessToken)\n",
  };
  bool seen[sizeof(want) / sizeof(*want)] = {false};
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, true, &fr, &r);
  CHECK(fr.text == NULL); /* suggestions only: nothing applied */
  uint32_t displays = 0;
  for (uint32_t i = 0; i < r.finding_count; i++)
    for (uint32_t k = 0; k < r.findings[i].fix_count; k++) {
      const psa_fix *fx = &r.findings[i].fixes[k];
      if (fx->applicability != PSA_FIX_DISPLAY) continue;
      displays++;
      uint32_t len;
      char *t = psa_fix_preview(&r, fx, &len);
      for (size_t w = 0; w < sizeof(want) / sizeof(*want); w++)
        if (t && strstr(t, want[w])) seen[w] = true;
      /* the password never appears in a suggestion's new text */
      for (uint32_t e = 0; e < fx->edit_count; e++) CHECK(!strstr(fx->edits[e].replacement, "$p"));
      free(t);
    }
  CHECK_INT(displays, 7);
  for (size_t w = 0; w < sizeof(want) / sizeof(*want); w++) {
    CHECK(seen[w]);
    if (!seen[w]) fprintf(stderr, "  no suggestion gives: %s", want[w]);
  }
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

static bool accept_psa201(void *payload, const psa_finding *finding, const psa_fix *fix) {
  (void)payload;
  (void)fix;
  return !strcmp(finding->rule->id, "PSA201");
}

/* A credential read by two rewritten connections: its plumbing goes only
 * when both rewrites are applied (joint edits); accepting one of them
 * keeps it, so the other call still has its $cred. */
static void test_shared_plumbing(void) {
  char path[256];
  snprintf(path, sizeof(path), "%s/shared.ps1", dir);
  const char *src =
      "$pw = ConvertTo-SecureString 'Secret1!' -AsPlainText -Force\n"
      "$cred = New-Object System.Management.Automation.PSCredential('a@contoso.com', $pw)\n"
      "Connect-ExchangeOnline -Credential $cred\n"
      "Connect-MsolService -Credential $cred\n"
      "Get-MsolUser -UserPrincipalName 'b@contoso.com' | Select-Object DisplayName\n";
  write_file(path, src, strlen(src));
  psa_fix_result fr;
  psa_file_result r;
  fix_file(path, true, &fr, &r);
  CHECK(fr.text && !strstr(fr.text, "Secret1!") && !strstr(fr.text, "$cred"));
  CHECK(fr.text && strstr(fr.text, "Connect-MgGraph") && strstr(fr.text, "-CertificateThumbprint"));
  uint32_t joint = 0;
  for (uint32_t i = 0; i < r.finding_count; i++)
    for (uint32_t k = 0; k < r.findings[i].fix_count; k++)
      for (uint32_t e = 0; e < r.findings[i].fixes[k].edit_count; e++)
        joint += r.findings[i].fixes[k].edits[e].joint;
  CHECK_INT(joint, 4); /* two statements, in each of the two fixes */
  /* reports carry fixes that are safe to apply one by one: no joint edits */
  psa_results rep = {0};
  psa_results_add(&rep, &r, NULL, NULL);
  uint32_t reported = 0, kept = 0;
  for (uint32_t i = 0; i < rep.files[0].finding_count; i++)
    for (uint32_t k = 0; k < rep.files[0].findings[i].fix_count; k++) {
      const psa_result_fix *x = &rep.files[0].findings[i].fixes[k];
      for (uint32_t e = 0; e < x->edit_count; e++) {
        reported++;
        if (x->edits[e].end > x->edits[e].start && strstr(src + x->edits[e].start, "$pw =") ==
                                                       src + x->edits[e].start)
          kept++;
      }
    }
  CHECK(reported > 0);
  CHECK_INT(kept, 0);
  psa_results_free(&rep);
  /* each fix previewed on its own keeps the plumbing */
  for (uint32_t i = 0; i < r.finding_count; i++)
    for (uint32_t k = 0; k < r.findings[i].fix_count; k++) {
      uint32_t len;
      char *t = psa_fix_preview(&r, &r.findings[i].fixes[k], &len);
      CHECK(t && strstr(t, "$cred = New-Object"));
      free(t);
    }
  psa_fix_result_free(&fr);
  /* only the Exchange rewrite accepted (as in --interactive) */
  psa_fix_options fo = {0};
  fo.unsafe = true;
  fo.accept = accept_psa201;
  psa_fix_compute(parser, &r, &fo, &fr);
  CHECK_INT(fr.applied, 1);
  CHECK(fr.text && strstr(fr.text, "$cred = New-Object") && strstr(fr.text, "Secret1!"));
  CHECK(fr.text && strstr(fr.text, "Connect-MsolService -Credential $cred\n"));
  CHECK(fr.text && !strstr(fr.text, "Connect-ExchangeOnline -Credential"));
  psa_fix_result_free(&fr);
  psa_file_result_free(&r);
}

int main(void) {
  if (!mkdtemp(dir)) return 1;
  parser = psa_parser_new();
  test_bytes_outside_edits();
  test_refusals();
  test_unsafe_needs_flag();
  test_diff_edges();
  test_display_suggestions();
  test_shared_plumbing();
  test_stale_temps();
  test_self_overlapping_fix();
  test_parameter_twice_dropped();
  test_dependent_dropped();
  test_encoding_flip_refused();
  psa_parser_free(parser);
  char cmd[300];
  snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
  if (system(cmd) != 0) return 1;
  return psa_test_done("fix");
}

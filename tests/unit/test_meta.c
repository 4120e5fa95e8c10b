/* Rule metadata (analyzer/rules/meta.c): every registered rule has an
 * entry, and severities mean what docs/reports.md says they mean:
 *   error   = retired on a published date before psa_meta_checked, or a
 *             secret written in the script (status insecure, never retired);
 *   warning = insecure, or retiring on a published date after it;
 *   info    = a suggestion.
 * "Retiring" dates must lie after today (and after psa_meta_checked):
 * when one passes, this test fails until the table is updated.
 * The rule pages state the same default severity. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "psauth/finding.h"
#include "psauth/rulemeta.h"

static bool S_is_date(const char *d) {
  if (!d || strlen(d) != 10) return false;
  for (int i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  return true;
}

/* The later of psa_meta_checked and today (UTC): a "retiring" date that
 * has passed makes this test fail until the table says "retired" (and the
 * severity becomes error), so the reports never call a refused sign-in
 * "retiring". */
static char S_today[16];

static void S_check_fact(const psa_rule_meta *m, psa_severity sev) {
  const psa_rule_fact *f = &m->at[sev];
  if (!f->used) return;
  char what[64];
  snprintf(what, sizeof(what), "%s at %s", m->id, psa_severity_name(sev));
  bool ok = true;
  switch (f->status) {
    case PSA_STATUS_RETIRED:
      ok = sev == PSA_SEV_ERROR && S_is_date(f->date) && strcmp(f->date, psa_meta_checked) <= 0 &&
           f->source && f->note;
      break;
    case PSA_STATUS_RETIRING:
      ok = sev == PSA_SEV_WARNING && S_is_date(f->date) && strcmp(f->date, S_today) > 0 &&
           f->source && f->note;
      break;
    case PSA_STATUS_INSECURE:
      ok = !f->date && (sev == PSA_SEV_WARNING || (sev == PSA_SEV_ERROR && m->exposed));
      break;
    case PSA_STATUS_SUGGESTION: ok = !f->date && sev == PSA_SEV_INFO; break;
    case PSA_STATUS_COVERAGE: ok = !strcmp(m->id, "PSA001"); break;
    default: ok = false;
  }
  if (!ok) fprintf(stderr, "severity/status mismatch: %s is %s\n", what, psa_status_name(f->status));
  CHECK(ok);
  /* an exposed secret is an error only because it is exposed */
  if (m->exposed) CHECK(f->status == PSA_STATUS_INSECURE);
}

/* "Default severity: X" on the rule's page. */
static void S_check_page(const psa_rule *r) {
  char path[512];
  snprintf(path, sizeof(path), "%s/docs/rules/%s.md", PSA_SOURCE_DIR, r->id);
  FILE *fp = fopen(path, "r");
  CHECK(fp != NULL);
  if (!fp) return;
  char line[512];
  bool found = false;
  while (fgets(line, sizeof(line), fp)) {
    const char *p = strstr(line, "Default severity: ");
    if (!p) continue;
    p += strlen("Default severity: ");
    const char *want = psa_severity_name(psa_rule_severity(r));
    bool same = !strncmp(p, want, strlen(want));
    if (!same) fprintf(stderr, "%s: the page says %s", r->id, p);
    CHECK(same);
    found = true;
    break;
  }
  CHECK(found);
  fclose(fp);
}

int main(void) {
  time_t now = time(NULL);
  struct tm tm;
  if (!gmtime_r(&now, &tm) || !strftime(S_today, sizeof(S_today), "%Y-%m-%d", &tm))
    snprintf(S_today, sizeof(S_today), "%s", psa_meta_checked);
  if (strcmp(S_today, psa_meta_checked) < 0)
    snprintf(S_today, sizeof(S_today), "%s", psa_meta_checked);
  uint32_t n;
  const psa_rule *const *rules = psa_rules(&n);
  CHECK(n > 50);
  for (uint32_t i = 0; i < n; i++) {
    const psa_rule_meta *m = psa_rule_meta_find(rules[i]->id);
    if (!m) fprintf(stderr, "%s has no metadata in analyzer/rules/meta.c\n", rules[i]->id);
    CHECK(m != NULL);
    if (!m) continue;
    CHECK(m->at[m->severity].used);
    CHECK(psa_rule_severity(rules[i]) == m->severity);
    for (int s = 0; s < 3; s++) S_check_fact(m, (psa_severity)s);
    CHECK(m->service < PSA_SVC__COUNT);
    CHECK(m->signin < PSA_AUTH__COUNT);
    S_check_page(rules[i]);
  }
  unsigned nm;
  const psa_rule_meta *all = psa_rule_meta_all(&nm);
  CHECK_INT(nm, n);
  for (unsigned i = 0; i < nm; i++) {
    CHECK(psa_rule_find(all[i].id) != NULL);
    for (unsigned j = 0; j < i; j++) CHECK(strcmp(all[i].id, all[j].id) != 0);
  }
  /* the facts named in the issue: AzureAD/MSOnline calls fail today; a
   * secret literal is insecure, not retired; SMTP AUTH is still retiring */
  CHECK_INT(psa_rule_meta_find("PSA204")->severity, PSA_SEV_ERROR);
  CHECK_INT(psa_rule_meta_find("PSA205")->at[PSA_SEV_ERROR].status, PSA_STATUS_RETIRED);
  CHECK_INT(psa_rule_meta_find("PSA309")->at[PSA_SEV_ERROR].status, PSA_STATUS_INSECURE);
  CHECK_STR(psa_rule_meta_find("PSA401")->at[PSA_SEV_WARNING].date, "2026-12-31");
  /* names round-trip */
  for (int s = 0; s < PSA_SVC__COUNT; s++) {
    psa_service back;
    CHECK(psa_service_from_name(psa_service_name((psa_service)s), &back) && back == (psa_service)s);
  }
  for (int s = 0; s < PSA_STATUS__COUNT; s++) {
    psa_status back;
    CHECK(psa_status_from_name(psa_status_name((psa_status)s), &back) && back == (psa_status)s);
  }
  return psa_test_done("meta");
}

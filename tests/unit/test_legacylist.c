/* The command names of the retired directory modules MSOnline, AzureAD and
 * AzureADPreview (analyzer/data/legacy-directory-cmdlets.txt, compiled in;
 * rules/facts.c): every line of the file parses (name<TAB>modules, the
 * modules one of the three), the build holds the file's names, each name is
 * one psauth reports as its module's call, a function named like one (Hawk's
 * Get-AzureADPSPermission) is not, and every MSOnline/AzureAD name of the
 * Graph map is a command of the module it names (else the map would invent
 * one), save the entries that say the reference lists no such command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "harness.h"
#include "rules/facts.h"
#include "rules/graphmap.h"

/* whether the comma-separated modules field lists 'module' */
static bool S_lists(const char *field, const char *module) {
  size_t n = strlen(module);
  for (const char *p = field; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
    if (!strncmp(p, module, n) && (p[n] == ',' || p[n] == '\0')) return true;
  return false;
}

static void test_file(void) {
  FILE *f = fopen(PSA_SOURCE_DIR "/analyzer/data/legacy-directory-cmdlets.txt", "r");
  CHECK(f != NULL);
  if (!f) return;
  char line[256];
  int names = 0, found = 0, declared = -1;
  while (fgets(line, sizeof(line), f)) {
    const char *count = strstr(line, "comma-separated). ");
    if (line[0] == '#') {
      if (count) declared = atoi(count + strlen("comma-separated). "));
      continue;
    }
    line[strcspn(line, "\r\n")] = '\0';
    char *tab = strchr(line, '\t');
    CHECK(tab != NULL);
    if (!tab) continue;
    *tab = '\0';
    const char *mods = tab + 1;
    names++;
    /* Verb-Noun, and modules only from the three */
    const char *dash = strchr(line, '-');
    CHECK(dash && dash > line && dash[1] && !strchr(dash + 1, '-'));
    for (const char *p = mods; *p;) {
      size_t n = strcspn(p, ",");
      bool known = (n == 8 && !strncmp(p, "MSOnline", n)) || (n == 7 && !strncmp(p, "AzureAD", n)) ||
                   (n == 14 && !strncmp(p, "AzureADPreview", n));
      if (!known) fprintf(stderr, "%s: unknown module in '%s'\n", line, mods);
      CHECK(known);
      p += n + (p[n] == ',');
    }
    const char *got = psa_legacy_directory_cmdlet_modules(line);
    if (got && !strcmp(got, mods)) found++;
    else fprintf(stderr, "%s not found with modules %s\n", line, mods);
    /* each is reported as its module's call, by its noun (one AzureAD
     * command is named otherwise: Get-CrossCloudVerificationCode) */
    const char *of = psa_legacy_directory_module(line);
    if (S_lists(mods, "MSOnline")) CHECK_STR(of, "MSOnline");
    else if (psa_strncasecmp(dash + 1, "AzureAD", 7)) CHECK(of == NULL);
    else CHECK_STR(of, "AzureAD");
  }
  fclose(f);
  CHECK(names > 400);
  CHECK_INT(found, names);
  CHECK_INT(declared, names);
  CHECK_INT((int)psa_legacy_directory_cmdlet_count(), names);
}

static void test_names(void) {
  CHECK_STR(psa_legacy_directory_cmdlet_modules("get-msoluser"), "MSOnline");
  CHECK_STR(psa_legacy_directory_cmdlet_modules("Get-AzureADUser"), "AzureAD,AzureADPreview");
  CHECK_STR(psa_legacy_directory_cmdlet_modules("Get-AzureADApplicationSignInSummary"),
            "AzureADPreview");
  CHECK(psa_legacy_directory_cmdlet_modules("Get-AzureADPSPermission") == NULL);
  CHECK(psa_legacy_directory_cmdlet_modules(NULL) == NULL);
  CHECK(psa_legacy_directory_cmdlet_modules("") == NULL);
  /* named like the modules' commands, defined by scripts and modules */
  static const char *const own[] = {"Get-AzureADPSPermission", "Get-MsolUserLicense",
                                    "Get-MsolUserMFA", "Test-AzureADUserExistence",
                                    "Install-AzureADModule", NULL};
  for (int i = 0; own[i]; i++) CHECK(psa_legacy_directory_module(own[i]) == NULL);
}

/* every legacy name of the map is a command of the module the map names */
static void test_map(void) {
  size_t n = psa_graphmap_count();
  CHECK(n >= 100);
  for (size_t i = 0; i < n; i++) {
    const psa_gm_cmdlet *c = psa_graphmap_at(i);
    char name[128];
    snprintf(name, sizeof(name), "%s", c->legacy);
    name[strcspn(name, "#")] = '\0'; /* Get-MsolUser#ReturnDeletedUsers: a variant */
    const char *mods = psa_legacy_directory_cmdlet_modules(name);
    if (!mods) {
      /* only an entry that says so: no rewrite, a note naming the gap */
      bool said = !c->graph && !c->exact && c->note && strstr(c->note, "lists no");
      if (!said) fprintf(stderr, "%s (map) is not a command of MSOnline/AzureAD\n", c->legacy);
      CHECK(said);
      CHECK(psa_legacy_directory_module(name) != NULL);
      continue;
    }
    bool of = S_lists(mods, c->module);
    if (!of) fprintf(stderr, "%s (map: %s) is of %s\n", c->legacy, c->module, mods);
    CHECK(of);
  }
}

int main(void) {
  test_file();
  test_names();
  test_map();
  return psa_test_done("legacylist");
}

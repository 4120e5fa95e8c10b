/* The prefilter: a file is parsed when it holds any rule's needle, in any
 * letter case and anywhere in the text, and not parsed when it holds none.
 * Every needle of every rule is tried (the prefilter drops needles that
 * contain shorter ones and writes the rest as a trie; each must still
 * match). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/finding.h"
#include "psauth/parse.h"
#include "psauth/scan.h"

static bool S_parsed(psa_parser *parser, const char *text, bool no_prefilter) {
  psa_scan_options opts = {0};
  opts.no_prefilter = no_prefilter;
  psa_file_result res;
  psa_scan_bytes(parser, "t.ps1", text, strlen(text), &opts, &res);
  bool parsed = res.parsed;
  psa_file_result_free(&res);
  return parsed;
}

int main(void) {
  psa_parser *parser = psa_parser_new();
  const char *plain = "Get-Date\nWrite-Output 'hello'\n$files = Get-ChildItem -Path C:\\Data\n";
  CHECK(!S_parsed(parser, plain, false));
  CHECK(S_parsed(parser, plain, true));
  CHECK(!S_parsed(parser, "", false));

  uint32_t count;
  const psa_rule *const *rules = psa_rules(&count);
  int needles = 0, missed = 0;
  char text[512];
  for (uint32_t i = 0; i < count; i++) {
    if (!rules[i]->needles) continue;
    for (const char *const *n = rules[i]->needles; *n; n++) {
      /* as written (lower case), in upper case, and in the middle of a line */
      char upper[128];
      size_t len = strlen(*n);
      if (len >= sizeof upper) continue;
      for (size_t k = 0; k <= len; k++) upper[k] = (char)toupper((unsigned char)(*n)[k]);
      const char *forms[] = {*n, upper};
      for (int f = 0; f < 2; f++) {
        snprintf(text, sizeof text, "%sx%sy%s\n", plain, forms[f], plain);
        if (!S_parsed(parser, text, false)) {
          missed++;
          fprintf(stderr, "%s: needle '%s' not found\n", rules[i]->id, forms[f]);
        }
      }
      needles++;
    }
  }
  CHECK(needles > 50);
  CHECK_INT(missed, 0);
  psa_parser_free(parser);
  return psa_test_done("scan");
}

/* psauth fix: applies fixes (work in progress). */
#include <stdio.h>

#include "cli.h"

int psa_cli_fix(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fputs("psauth: fix is not available yet\n", stderr);
  return 2;
}

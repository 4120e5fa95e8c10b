/* Entry points of the CLI's sub-commands that live in their own files. */
#ifndef PSA_CLI_H
#define PSA_CLI_H

/* `psauth fix [options] [PATH...]` (cli/fix.c). */
int psa_cli_fix(int argc, char **argv);
/* `psauth lsp` (cli/lsp.c). */
int psa_cli_lsp(int argc, char **argv);

#endif

#ifndef TREE_SITTER_PWSH_H
#define TREE_SITTER_PWSH_H
/* The generated parser.c defines this; the npm package ships no C header. */
typedef struct TSLanguage TSLanguage;
const TSLanguage *tree_sitter_powershell(void);
#endif

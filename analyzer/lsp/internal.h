/* What the server's files share (server.c, actions.c). */
#ifndef PSA_LSP_INTERNAL_H
#define PSA_LSP_INTERNAL_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdint.h>

#include "lsp/lsp.h"
#include "psauth/config.h"
#include "psauth/scan.h"

/* JSON-RPC and LSP error codes. */
#define PSA_RPC_PARSE_ERROR -32700
#define PSA_RPC_INVALID_REQUEST -32600
#define PSA_RPC_METHOD_NOT_FOUND -32601
#define PSA_RPC_INVALID_PARAMS -32602
#define PSA_RPC_INTERNAL_ERROR -32603
#define PSA_RPC_SERVER_NOT_INITIALIZED -32002
#define PSA_RPC_REQUEST_FAILED -32803

/* window/logMessage types. */
enum { PSA_LSP_MSG_ERROR = 1, PSA_LSP_MSG_WARNING = 2, PSA_LSP_MSG_INFO = 3, PSA_LSP_MSG_LOG = 4 };

/* One open document and its last analysis. */
typedef struct {
  char *uri;
  char *path;            /* the file for file: URIs, else NULL */
  char *text;            /* current UTF-8 text (what the client has) */
  uint32_t len, cap;
  int64_t version;
  bool powershell;       /* analysed at all (a psauth.json is only watched) */
  bool dirty;            /* changed since the last analysis */
  long dirty_since;      /* monotonic ms */
  bool analysed;
  psa_file_result res;   /* the last analysis (res.src->raw is the text it saw) */
  bool *hidden;          /* per finding: suppressed or turned off by the config */
  bool positions;        /* res's offsets map onto the text (UTF-8 with or without BOM) */
  uint32_t bom;          /* bytes of BOM before res.src->text in the snapshot */
  psa_lsp_lines lines;   /* of the snapshot */
  /* res's main tree, told every change since with ts_tree_edit: the next
   * analysis parses incrementally. NULL after a full-text change. */
  TSTree *tree;
  char *real;            /* the file's real path (NULL: none on disk) */
  char **deps;           /* real paths of the files the last analysis dot-sourced */
  size_t dep_count;
} psa_lsp_doc;

struct psa_lsp_server {
  psa_lsp_write_fn write;
  void *payload;
  bool initialized, shutdown;
  int exit_code;
  psa_parser *parser;
  psa_config_finder *finder;
  psa_config *settings;  /* the client's select/ignore/severity: the command-line layer */
  char *config_file;     /* settings.configFile */
  bool no_config;        /* settings.noConfig */
  bool unsafe_fixes;     /* settings.unsafeFixes: fix-all applies unsafe fixes too */
  char *docs_url;        /* settings.ruleDocsUrl, or NULL */
  char *docs_dir;        /* where rule pages were written for file: links */
  const psa_rule **pages_written; /* built-in rules whose page is there */
  size_t pages_written_count;
  bool apply_edit;       /* the client supports workspace/applyEdit */
  bool watch_configs;    /* it can be asked to watch psauth.json files */
  char **folders;        /* workspace folder paths */
  size_t folder_count;
  psa_lsp_doc **docs;
  size_t doc_count;
  int64_t next_id;       /* of requests we send */
};

/* server.c */
void psa_lsp_send(psa_lsp_server *s, cJSON *msg); /* deletes msg */
void psa_lsp_log(psa_lsp_server *s, int type, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void psa_lsp_analyse(psa_lsp_server *s, psa_lsp_doc *d);
/* The scan options for a document (tenant, organisation rules, limits). */
void psa_lsp_scan_options(psa_lsp_server *s, const psa_lsp_doc *d, psa_scan_options *o,
                          const psa_config **cfg, char **relpath);
/* Decides which findings are reported (suppressions, the config and the
 * settings), sets their severities and drops the fixes of the others;
 * hidden[i] (if given) says which are not reported. */
void psa_lsp_hide(psa_lsp_server *s, psa_file_result *res, const psa_config *cfg,
                  const char *relpath, bool *hidden);

/* diagnostics.c */
cJSON *psa_lsp_range_json(const psa_lsp_doc *d, psa_span span);
cJSON *psa_lsp_diagnostic_json(psa_lsp_server *s, const psa_lsp_doc *d, const psa_finding *f);
char *psa_lsp_rule_page(const psa_rule *r); /* markdown; caller frees */

/* actions.c */
cJSON *psa_lsp_code_actions(psa_lsp_server *s, psa_lsp_doc *d, uint32_t start, uint32_t end,
                            const cJSON *only);
cJSON *psa_lsp_hover(psa_lsp_server *s, psa_lsp_doc *d, uint32_t offset);
/* The edit that applies every fix to the document (NULL when none). */
cJSON *psa_lsp_fix_all_edit(psa_lsp_server *s, psa_lsp_doc *d, bool unsafe, uint32_t *applied);

#endif

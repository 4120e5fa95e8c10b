/* psauth lsp: a Language Server Protocol server (docs/lsp.md).
 *
 * The library part, without any I/O of its own: the message framing
 * (Content-Length headers, rpc.c), documents and LSP positions (text.c) and
 * the server (server.c), which is handed one message body at a time and
 * writes its answers through a callback. cli/lsp.c runs it over stdio;
 * tests/fuzz/fuzz_lsp.c runs it over bytes in memory. */
#ifndef PSA_LSP_H
#define PSA_LSP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- framing (rpc.c) ---------------------------------------------------- */

/* Bodies larger than this are skipped unread, with an error answer. */
#define PSA_LSP_MAX_BODY ((size_t)64 * 1024 * 1024)
/* A header block longer than this is not a header: dropped. */
#define PSA_LSP_MAX_HEADER ((size_t)8192)

typedef struct {
  char *buf;
  size_t len, cap;
  size_t start;      /* where unread bytes begin */
  size_t skip;       /* bytes of an oversized body still to drop */
  size_t max_body;
} psa_lsp_reader;

typedef enum {
  PSA_LSP_NEED_MORE,  /* no complete message buffered */
  PSA_LSP_MESSAGE,    /* *body, *len: one message body (valid until the next call) */
  PSA_LSP_BAD_HEADER, /* a header block without a usable Content-Length: dropped */
  PSA_LSP_TOO_LARGE   /* Content-Length above max_body: its body is being dropped */
} psa_lsp_read_status;

void psa_lsp_reader_init(psa_lsp_reader *r, size_t max_body);
void psa_lsp_reader_free(psa_lsp_reader *r);
void psa_lsp_reader_feed(psa_lsp_reader *r, const void *bytes, size_t n);
psa_lsp_read_status psa_lsp_reader_next(psa_lsp_reader *r, const char **body, size_t *len);

/* ---- positions (text.c) ------------------------------------------------- */

/* Line starts of UTF-8 text as LSP counts lines: "\n", "\r\n" and a lone
 * "\r" end a line. */
typedef struct {
  uint32_t *starts;
  uint32_t count; /* at least 1 */
} psa_lsp_lines;

void psa_lsp_lines_build(psa_lsp_lines *l, const char *text, uint32_t len);
void psa_lsp_lines_free(psa_lsp_lines *l);
/* A byte offset as an LSP position: line and UTF-16 code units from the
 * line's start (a 4-byte UTF-8 sequence counts two). */
void psa_lsp_position(const psa_lsp_lines *l, const char *text, uint32_t len, uint32_t offset,
                      uint32_t *line, uint32_t *character);
/* An LSP position as a byte offset: a line past the end means the end of
 * the text, a character past the line's end means the line's end (before
 * its line break), and a character inside a code point moves past it. */
uint32_t psa_lsp_offset(const psa_lsp_lines *l, const char *text, uint32_t len, uint32_t line,
                        uint32_t character);

/* ---- the server (server.c) ---------------------------------------------- */

typedef struct psa_lsp_server psa_lsp_server;

/* Called with each outgoing message body (JSON, not framed). */
typedef void (*psa_lsp_write_fn)(void *payload, const char *json, size_t len);

psa_lsp_server *psa_lsp_server_new(psa_lsp_write_fn write, void *payload);
void psa_lsp_server_free(psa_lsp_server *s);

/* Handles one message body. Never fails: malformed input gets an error
 * answer (or is dropped when it cannot be answered). */
void psa_lsp_server_message(psa_lsp_server *s, const char *body, size_t len);
/* Answers a framing problem the reader found (id null). */
void psa_lsp_server_framing_error(psa_lsp_server *s, psa_lsp_read_status status);

/* Documents changed since their last analysis wait for the input to fall
 * quiet (the debounce): the caller calls this when no message is pending,
 * and also when psa_lsp_server_waiting_ms says a document has waited too
 * long under a flood of changes. Analyses them and publishes diagnostics. */
void psa_lsp_server_analyse_pending(psa_lsp_server *s);
/* Milliseconds the oldest changed document has waited; -1 when none. */
long psa_lsp_server_waiting_ms(const psa_lsp_server *s);

/* -1 while running; the process's exit status after "exit" (0 when
 * "shutdown" came first, 1 otherwise). */
int psa_lsp_server_exit_code(const psa_lsp_server *s);

#endif

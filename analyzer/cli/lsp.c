/* psauth lsp: the language server (analyzer/lsp/) over standard input and
 * output. Documents are analysed when no message is waiting (the
 * debounce), or when one has waited S_MAX_WAIT_MS under a stream of
 * changes that does not stop. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "lsp/lsp.h"

#define S_MAX_WAIT_MS 250

static const char S_usage[] =
    "usage: psauth lsp [--stdio]\n"
    "\n"
    "Runs psauth as a Language Server Protocol server on standard input and\n"
    "output: diagnostics as you type, fixes and suppressions as code actions,\n"
    "rule pages on hover. Editors start it themselves; see docs/lsp.md.\n";

typedef struct {
  FILE *out;
  bool broken;
} S_out;

static void S_write(void *payload, const char *json, size_t len) {
  S_out *o = payload;
  if (o->broken) return;
  if (fprintf(o->out, "Content-Length: %zu\r\n\r\n", len) < 0 ||
      fwrite(json, 1, len, o->out) != len || fflush(o->out) != 0)
    o->broken = true; /* the client is gone: stop at the next read */
}

int psa_cli_lsp(int argc, char **argv) {
  for (int i = 0; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(S_usage, stdout);
      return 0;
    }
    if (strcmp(argv[i], "--stdio") != 0) {
      fprintf(stderr, "psauth: lsp: unknown option '%s' (see psauth lsp --help)\n", argv[i]);
      return 2;
    }
  }
  signal(SIGPIPE, SIG_IGN);
  S_out out = {stdout, false};
  psa_lsp_server *s = psa_lsp_server_new(S_write, &out);
  psa_lsp_reader r;
  psa_lsp_reader_init(&r, 0);
  static char buf[65536];
  int rc = -1;
  while (rc < 0 && !out.broken) {
    long waited = psa_lsp_server_waiting_ms(s);
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    int ready = poll(&p, 1, waited < 0 ? -1 : 0);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (ready == 0 || waited >= S_MAX_WAIT_MS) {
      psa_lsp_server_analyse_pending(s);
      if (ready == 0) continue;
    }
    ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) break; /* the client went away without "exit" */
    psa_lsp_reader_feed(&r, buf, (size_t)n);
    const char *body;
    size_t len;
    psa_lsp_read_status st;
    while (rc < 0 && (st = psa_lsp_reader_next(&r, &body, &len)) != PSA_LSP_NEED_MORE) {
      if (st == PSA_LSP_MESSAGE) psa_lsp_server_message(s, body, len);
      else psa_lsp_server_framing_error(s, st);
      rc = psa_lsp_server_exit_code(s);
    }
  }
  if (rc < 0) rc = psa_lsp_server_exit_code(s) >= 0 ? psa_lsp_server_exit_code(s) : 1;
  psa_lsp_reader_free(&r);
  psa_lsp_server_free(s);
  return rc;
}

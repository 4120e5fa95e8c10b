/* Fuzz target: arbitrary bytes as what a client sends to `psauth lsp`.
 *
 * The bytes go through the message reader (Content-Length framing) in
 * chunks of varying size, as a pipe delivers them, and every message it
 * hands out goes to the server: malformed JSON, wrong types, unknown
 * methods, positions past the end, changes to unknown documents. Pending
 * analyses run every few messages and at the end, as the idle loop would.
 *
 * Besides "no crash, no sanitizer report", it checks that every message the
 * server writes is a JSON object with "jsonrpc": "2.0", and that every
 * request with an id got exactly one answer (a result or an error).
 *
 * Seeds: tests/fuzz/corpus/lsp (whole sessions). Built with libFuzzer
 * (-DPSAUTH_FUZZ=ON) and with tests/fuzz/standalone.c for CTest. */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lsp/lsp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define S_MAX_INPUT (256u * 1024u)

static void S_fail(const char *what) {
  fprintf(stderr, "fuzz_lsp: invariant broken: %s\n", what);
  abort();
}

typedef struct {
  size_t answers; /* responses the server wrote (messages with an id and no method) */
} S_sink;

static void S_write(void *payload, const char *json, size_t len) {
  S_sink *k = payload;
  cJSON *m = cJSON_ParseWithLength(json, len);
  if (!cJSON_IsObject(m)) S_fail("the server wrote something that is not a JSON object");
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(m, "jsonrpc");
  if (!cJSON_IsString(v) || strcmp(v->valuestring, "2.0") != 0)
    S_fail("a message without \"jsonrpc\": \"2.0\"");
  bool has_method = cJSON_GetObjectItemCaseSensitive(m, "method") != NULL;
  bool has_result = cJSON_GetObjectItemCaseSensitive(m, "result") != NULL;
  bool has_error = cJSON_GetObjectItemCaseSensitive(m, "error") != NULL;
  if (!has_method && has_result == has_error) S_fail("an answer needs exactly one of result, error");
  if (!has_method) k->answers++;
  cJSON_Delete(m);
}

/* Requests (id + string method) in one message body. */
static size_t S_requests(const char *body, size_t len) {
  cJSON *m = cJSON_ParseWithLength(body, len);
  size_t n = 0;
  if (cJSON_IsObject(m)) {
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
    const cJSON *method = cJSON_GetObjectItemCaseSensitive(m, "method");
    if ((cJSON_IsNumber(id) || cJSON_IsString(id) || cJSON_IsNull(id)) && cJSON_IsString(method))
      n = 1;
  }
  cJSON_Delete(m);
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* no cache folder: the diagnostics' rule links are not written to disk */
  unsetenv("XDG_CACHE_HOME");
  unsetenv("HOME");
  if (size > S_MAX_INPUT) return 0;
  S_sink sink = {0};
  psa_lsp_server *s = psa_lsp_server_new(S_write, &sink);
  psa_lsp_reader r;
  /* a small body limit, so the oversized-message path is reached too */
  psa_lsp_reader_init(&r, 64 * 1024);
  size_t pos = 0, messages = 0, requests = 0, expected = 0;
  unsigned chunk = size ? (data[0] % 7) * 13 + 1 : 1;
  bool exited = false;
  while (pos < size && !exited) {
    size_t n = size - pos < chunk ? size - pos : chunk;
    psa_lsp_reader_feed(&r, data + pos, n);
    pos += n;
    chunk = chunk * 5 % 997 + 1;
    const char *body;
    size_t len;
    psa_lsp_read_status st;
    while ((st = psa_lsp_reader_next(&r, &body, &len)) != PSA_LSP_NEED_MORE) {
      if (st == PSA_LSP_MESSAGE) {
        requests += S_requests(body, len);
        psa_lsp_server_message(s, body, len);
        if (++messages % 4 == 0) psa_lsp_server_analyse_pending(s);
      } else {
        expected++; /* a framing error is answered once */
        psa_lsp_server_framing_error(s, st);
      }
      if (psa_lsp_server_exit_code(s) >= 0) {
        exited = true;
        break;
      }
    }
  }
  psa_lsp_server_analyse_pending(s);
  /* every request and every framing error got one answer; malformed
   * messages (not JSON, no method) may add answers of their own */
  if (sink.answers < requests + expected) S_fail("a request went unanswered");
  psa_lsp_reader_free(&r);
  psa_lsp_server_free(s);
  return 0;
}

/* JSON-RPC framing: "Content-Length: N\r\n" headers, an empty line, then N
 * bytes of body. The reader is fed whatever arrives and hands out whole
 * bodies; it never trusts a length before it has the bytes, and skips what
 * it cannot use instead of stopping. */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "lsp/lsp.h"

void psa_lsp_reader_init(psa_lsp_reader *r, size_t max_body) {
  memset(r, 0, sizeof(*r));
  r->max_body = max_body ? max_body : PSA_LSP_MAX_BODY;
}

void psa_lsp_reader_free(psa_lsp_reader *r) {
  free(r->buf);
  memset(r, 0, sizeof(*r));
}

void psa_lsp_reader_feed(psa_lsp_reader *r, const void *bytes, size_t n) {
  const char *p = bytes;
  if (r->skip) { /* the rest of an oversized body: never stored */
    size_t k = n < r->skip ? n : r->skip;
    r->skip -= k;
    p += k;
    n -= k;
  }
  if (!n) return;
  if (r->start && r->start == r->len) r->start = r->len = 0;
  if (r->start > r->cap / 2) { /* compact, so a long session stays small */
    memmove(r->buf, r->buf + r->start, r->len - r->start);
    r->len -= r->start;
    r->start = 0;
  }
  if (r->len + n + 1 > r->cap) {
    size_t cap = r->cap ? r->cap : 4096;
    while (cap < r->len + n + 1) cap *= 2;
    r->buf = psa_xrealloc(r->buf, cap);
    r->cap = cap;
  }
  memcpy(r->buf + r->len, p, n);
  r->len += n;
}

/* The end of the header block at h[0, n): index just past the empty line,
 * or 0. "\n\n" is accepted as well as "\r\n\r\n". */
static size_t S_header_end(const char *h, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    if (h[i] != '\n') continue;
    if (h[i + 1] == '\n') return i + 2;
    if (h[i + 1] == '\r' && i + 2 < n && h[i + 2] == '\n') return i + 3;
  }
  return 0;
}

/* The Content-Length value of a header block, or -1 when there is none or
 * it is not a plain decimal number within limits. */
static long long S_content_length(const char *h, size_t n) {
  static const char key[] = "content-length:";
  size_t klen = sizeof(key) - 1;
  long long found = -1;
  size_t i = 0;
  while (i < n) {
    size_t e = i;
    while (e < n && h[e] != '\n') e++;
    size_t line_end = e;
    if (line_end > i && h[line_end - 1] == '\r') line_end--;
    if (line_end - i > klen && !psa_strncasecmp(h + i, key, klen)) {
      size_t p = i + klen;
      while (p < line_end && (h[p] == ' ' || h[p] == '\t')) p++;
      long long v = 0;
      size_t digits = 0;
      while (p < line_end && h[p] >= '0' && h[p] <= '9' && digits < 12) {
        v = v * 10 + (h[p] - '0');
        p++;
        digits++;
      }
      while (p < line_end && (h[p] == ' ' || h[p] == '\t')) p++;
      if (!digits || p != line_end) return -1;
      found = v;
    }
    i = e + 1;
  }
  return found;
}

psa_lsp_read_status psa_lsp_reader_next(psa_lsp_reader *r, const char **body, size_t *len) {
  for (;;) {
    const char *h = r->buf + r->start;
    size_t avail = r->len - r->start;
    /* stray line breaks between messages are not a header */
    size_t lead = 0;
    while (lead < avail && (h[lead] == '\r' || h[lead] == '\n')) lead++;
    r->start += lead;
    h += lead;
    avail -= lead;
    if (!avail) return PSA_LSP_NEED_MORE;
    size_t hend = S_header_end(h, avail < PSA_LSP_MAX_HEADER ? avail : PSA_LSP_MAX_HEADER);
    if (!hend) {
      if (avail < PSA_LSP_MAX_HEADER) return PSA_LSP_NEED_MORE;
      r->start = r->len; /* no header in sight: drop it all */
      return PSA_LSP_BAD_HEADER;
    }
    long long n = S_content_length(h, hend);
    if (n < 0) {
      r->start += hend;
      return PSA_LSP_BAD_HEADER;
    }
    if ((unsigned long long)n > r->max_body) {
      size_t have = avail - hend;
      r->start += hend;
      if ((unsigned long long)have >= (unsigned long long)n) {
        r->start += (size_t)n;
      } else {
        r->skip = (size_t)n - have;
        r->start = r->len;
      }
      return PSA_LSP_TOO_LARGE;
    }
    if (avail - hend < (size_t)n) return PSA_LSP_NEED_MORE;
    *body = h + hend;
    *len = (size_t)n;
    r->start += hend + (size_t)n;
    return PSA_LSP_MESSAGE;
  }
}

/* LSP positions: lines split at "\n", "\r\n" and "\r"; characters counted
 * in UTF-16 code units, as the protocol requires, over UTF-8 text. */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "lsp/lsp.h"

void psa_lsp_lines_build(psa_lsp_lines *l, const char *text, uint32_t len) {
  uint32_t cap = 64, n = 0;
  uint32_t *starts = psa_xmalloc(cap * sizeof(*starts));
  starts[n++] = 0;
  /* memchr finds the breaks (whole documents are measured on every
   * change); the next "\n" and "\r" are remembered, so text with only
   * one kind is still read once */
  const char *end = text + len, *p = text;
  const char *cr = len ? memchr(text, '\r', len) : NULL;
  const char *nl = len ? memchr(text, '\n', len) : NULL;
  while (p < end) {
    if (nl && nl < p) nl = memchr(p, '\n', (size_t)(end - p));
    if (cr && cr < p) cr = memchr(p, '\r', (size_t)(end - p));
    const char *brk = nl && (!cr || nl < cr) ? nl : cr;
    if (!brk) break;
    if (brk == cr && brk + 1 < end && brk[1] == '\n') brk++;
    p = brk + 1;
    if (n == cap) {
      cap *= 2;
      starts = psa_xrealloc(starts, cap * sizeof(*starts));
    }
    starts[n++] = (uint32_t)(p - text);
  }
  l->starts = starts;
  l->count = n;
}

void psa_lsp_lines_free(psa_lsp_lines *l) {
  free(l->starts);
  l->starts = NULL;
  l->count = 0;
}

/* UTF-16 code units of the UTF-8 sequence starting with byte b: none for
 * continuation bytes (counted with their lead), two for 4-byte sequences.
 * Invalid bytes count one each, as an editor shows a replacement for them. */
static uint32_t S_units(unsigned char b) {
  if ((b & 0xC0) == 0x80) return 0;
  return b >= 0xF0 ? 2 : 1;
}

/* The end of line 'line' before its line break. */
static uint32_t S_line_end(const psa_lsp_lines *l, const char *text, uint32_t len, uint32_t line) {
  uint32_t e = line + 1 < l->count ? l->starts[line + 1] : len;
  if (e > l->starts[line] && text[e - 1] == '\n') e--;
  if (e > l->starts[line] && text[e - 1] == '\r') e--;
  return e;
}

void psa_lsp_position(const psa_lsp_lines *l, const char *text, uint32_t len, uint32_t offset,
                      uint32_t *line, uint32_t *character) {
  if (offset > len) offset = len;
  uint32_t lo = 0, hi = l->count;
  while (hi - lo > 1) { /* the last line starting at or before offset */
    uint32_t mid = lo + (hi - lo) / 2;
    if (l->starts[mid] <= offset) lo = mid;
    else hi = mid;
  }
  uint32_t units = 0;
  for (uint32_t i = l->starts[lo]; i < offset; i++) units += S_units((unsigned char)text[i]);
  *line = lo;
  *character = units;
}

uint32_t psa_lsp_offset(const psa_lsp_lines *l, const char *text, uint32_t len, uint32_t line,
                        uint32_t character) {
  if (line >= l->count) return len;
  uint32_t end = S_line_end(l, text, len, line);
  uint32_t i = l->starts[line], units = 0;
  while (i < end && units < character) {
    units += S_units((unsigned char)text[i]);
    i++;
    while (i < end && (text[i] & 0xC0) == 0x80) i++; /* the rest of the code point */
  }
  return i;
}

/* Writing a large JSON document with cJSON one array item at a time, byte
 * for byte as cJSON_Print of the whole tree would: the document's frame is
 * printed once with a marker string where each streamed array goes, and
 * each item is printed alone and indented to the marker's depth. cJSON
 * escapes line breaks inside strings, so every '\n' it prints is layout. */
#include <stdlib.h>
#include <string.h>

#include "report/internal.h"

/* cJSON prints the control characters of the marker as \u0001 and \u0002 */
#define S_MARK_VALUE "\x01psauth-stream\x02"
#define S_MARK_TEXT "\"\\u0001psauth-stream\\u0002\""

static void S_emit(psa_json_frame *fr, const char *p, size_t n) {
  if (!fr->escape_lt) {
    fwrite(p, 1, n, fr->out);
    return;
  }
  for (const char *lt; n && (lt = memchr(p, '<', n)); n -= (size_t)(lt - p) + 1, p = lt + 1) {
    fwrite(p, 1, (size_t)(lt - p), fr->out);
    fputs("\\u003c", fr->out);
  }
  fwrite(p, 1, n, fr->out);
}

cJSON *psa_json_hole(void) { return cJSON_CreateString(S_MARK_VALUE); }

int psa_json_frame_open(psa_json_frame *fr, cJSON *root, bool formatted, FILE *out) {
  memset(fr, 0, sizeof(*fr));
  fr->out = out;
  fr->formatted = formatted;
  fr->text = formatted ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  fr->pos = fr->text;
  return fr->text ? 0 : -1;
}

/* Writes the frame up to the next marker, then "[". */
void psa_json_frame_array(psa_json_frame *fr) {
  const char *m = strstr(fr->pos, S_MARK_TEXT);
  if (!m) m = fr->pos + strlen(fr->pos); /* cannot happen: the caller made the holes */
  S_emit(fr, fr->pos, (size_t)(m - fr->pos));
  /* the depth of the member: the tabs that start its line */
  const char *line = m;
  while (line > fr->text && line[-1] != '\n') line--;
  fr->depth = 0;
  while (line[fr->depth] == '\t') fr->depth++;
  fr->pos = *m ? m + strlen(S_MARK_TEXT) : m;
  fr->items = 0;
  fputc('[', fr->out);
}

void psa_json_frame_item(psa_json_frame *fr, cJSON *item) {
  char *text = fr->formatted ? cJSON_Print(item) : cJSON_PrintUnformatted(item);
  cJSON_Delete(item);
  if (!text) psa_oom(0);
  if (fr->items++) fputs(fr->formatted ? ", " : ",", fr->out);
  psa_json_frame_raw(fr, text);
  free(text);
}

void psa_json_frame_raw(psa_json_frame *fr, const char *text) {
  const char *p = text;
  if (fr->formatted) {
    /* an item of an array in a member at depth d: its lines get d + 1
     * more tabs (cJSON indents array items one level below the member) */
    for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
      S_emit(fr, p, (size_t)(nl - p) + 1);
      for (size_t t = 0; t <= fr->depth; t++) fputc('\t', fr->out);
    }
  }
  S_emit(fr, p, strlen(p));
}

void psa_json_frame_end_array(psa_json_frame *fr) { fputc(']', fr->out); }

void psa_json_frame_close(psa_json_frame *fr) {
  if (fr->text) S_emit(fr, fr->pos, strlen(fr->pos));
  free(fr->text);
  memset(fr, 0, sizeof(*fr));
}

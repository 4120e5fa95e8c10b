/* One function per report format; psa_results_write() dispatches. */
#ifndef PSA_REPORT_INTERNAL_H
#define PSA_REPORT_INTERNAL_H

#include <cjson/cJSON.h>

#include "psauth/results.h"
#include "base/util.h"

struct cJSON;

/* A comma-separated permission list as a JSON array of strings. */
struct cJSON *psa_report_permissions_json(const char *csv);

/* Prints a JSON document (indented, a final newline) and deletes it; -1
 * and "could not render the WHAT" when cJSON cannot. */
int psa_report_print_json(struct cJSON *root, FILE *out, const char *what, char *err,
                          size_t errlen);

typedef int (*psa_report_writer)(const psa_results *r, const psa_report_options *opts, FILE *out,
                                 char *err, size_t errlen);

int psa_report__text(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__json(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__sarif(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__html(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__csv(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__markdown(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__github(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__junit(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);
int psa_report__gitlab(const psa_results *r, const psa_report_options *o, FILE *out, char *err, size_t n);

/* Streaming JSON (jsonstream.c): a frame printed once, holes in it filled
 * with arrays printed one item at a time; the same bytes as printing the
 * whole tree with cJSON. Use: build the frame with psa_json_hole() as the
 * value of each streamed array, open it, then for each hole in order
 * frame_array, frame_item per item (consumes it), frame_end_array; then
 * close (writes the rest). */
typedef struct {
  FILE *out;
  char *text;
  const char *pos;
  size_t depth, items;
  bool formatted;
  bool escape_lt;  /* write '<' as \u003c (JSON inside an HTML script) */
} psa_json_frame;
cJSON *psa_json_hole(void);
int psa_json_frame_open(psa_json_frame *fr, cJSON *root, bool formatted, FILE *out);
void psa_json_frame_array(psa_json_frame *fr);
void psa_json_frame_item(psa_json_frame *fr, cJSON *item);
void psa_json_frame_raw(psa_json_frame *fr, const char *text);
void psa_json_frame_end_array(psa_json_frame *fr);
void psa_json_frame_close(psa_json_frame *fr);

/* The spool (spool.c): psa_results_add and psa_results_free use these. */
void psa_results__spool_add(psa_results *r, const psa_result_file *f);
void psa_results__spool_free(psa_results *r);

#endif

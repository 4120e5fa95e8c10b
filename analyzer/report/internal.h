/* One function per report format; psa_results_write() dispatches. */
#ifndef PSA_REPORT_INTERNAL_H
#define PSA_REPORT_INTERNAL_H

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

#endif

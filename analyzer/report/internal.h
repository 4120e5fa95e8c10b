/* One function per report format; psa_results_write() dispatches. */
#ifndef PSA_REPORT_INTERNAL_H
#define PSA_REPORT_INTERNAL_H

#include "psauth/results.h"
#include "base/util.h"

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

/* Try blocks around rewritten MSOnline / AzureAD calls, found through the
 * model's catch clauses and script blocks (graph_try.c). */
#ifndef PSAUTH_RULES_GRAPH_TRY_H
#define PSAUTH_RULES_GRAPH_TRY_H

#include <stdbool.h>
#include <stdint.h>

#include <psauth/model.h>

/* Whether 'cmd' is the whole first statement of a try block that has a
 * catch ("try { Probe } catch { ... }"). */
bool psa_graph_first_in_try(const psa_model *m, const char *text, uint32_t text_len,
                            const psa_command *cmd);

/* Whether a catch sees a failure of 'cmd' only when its error is
 * terminating: the call sits in the body of a try that has a catch (at any
 * depth, but not in a script block that may run elsewhere: only the blocks
 * of ForEach-Object / Where-Object and `& { }` run in place), has no
 * -ErrorAction of its own (nor one psauth cannot see in a splat), and its
 * scope has not set $ErrorActionPreference = 'Stop' before it. */
bool psa_graph_try_needs_stop(const psa_model *m, const char *text, uint32_t text_len,
                              const psa_command *cmd);

#endif

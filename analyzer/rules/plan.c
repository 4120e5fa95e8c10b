/* The migration planner's model queries: how a connection signs in today
 * (from the credential's origins, token and certificate parameters and the
 * script's other connections), where a statement runs (remote script
 * blocks, on-premises Exchange scripts, loops), and whether an MSOnline /
 * AzureAD connection may be rewritten before its cmdlets are. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules/facts.h"
#include "rules/plan.h"
#include "rules/rules.h"

const char *psa_signin_mode_name(psa_signin_mode m) {
  switch (m) {
    case PSA_SIGNIN_UNATTENDED: return "unattended";
    case PSA_SIGNIN_INTERACTIVE: return "interactive";
    case PSA_SIGNIN_TOKEN: return "token";
    case PSA_SIGNIN_MODERN: return "already modern";
    default: return "unknown";
  }
}

/* ---- services ----------------------------------------------------------- */

typedef struct {
  const char *cmdlet;
  psa_service service;
} S_conn_cmdlet;

static const S_conn_cmdlet S_conn_cmdlets[] = {
    {"Connect-ExchangeOnline", PSA_SERVICE_EXCHANGE},
    {"Connect-IPPSSession", PSA_SERVICE_COMPLIANCE},
    {"Connect-MsolService", PSA_SERVICE_GRAPH},
    {"Connect-AzureAD", PSA_SERVICE_GRAPH},
    {"Connect-MgGraph", PSA_SERVICE_GRAPH},
    {"Connect-SPOService", PSA_SERVICE_SHAREPOINT},
    {"Connect-PnPOnline", PSA_SERVICE_PNP},
    {"Connect-MicrosoftTeams", PSA_SERVICE_TEAMS},
    {"New-CsOnlineSession", PSA_SERVICE_TEAMS},
    {"Connect-AzAccount", PSA_SERVICE_AZURE},
    {"Connect-AzureRmAccount", PSA_SERVICE_AZURE},
    {"Add-AzureRmAccount", PSA_SERVICE_AZURE},
    {NULL, PSA_SERVICE_NONE}};

/* EXO V1 cmdlets come from a module psauth has no table for: by name. */
static bool S_is_v1(const psa_command *cmd) {
  return cmd->name && !cmd->local_function &&
         (!psa_strcasecmp(cmd->name, "Connect-EXOPSSession") ||
          !psa_strcasecmp(cmd->name, "New-ExoPSSession"));
}

psa_service psa_plan_service(const psa_model *m, const psa_command *cmd) {
  if (S_is_v1(cmd)) {
    /* New-ExoPSSession -ConnectionUri https://ps.compliance...: Security & Compliance */
    const psa_arg *u = psa_command_arg(cmd, "ConnectionUri");
    const char *uri = u && u->value ? psa_value_string(m, u->value) : NULL;
    return uri && psa_contains_ci(uri, "compliance") ? PSA_SERVICE_COMPLIANCE : PSA_SERVICE_EXCHANGE;
  }
  if (psa_command_is(cmd, "New-PSSession")) {
    const psa_arg *c = psa_command_arg(cmd, "ConfigurationName");
    const char *conf = c && c->value ? psa_value_string(m, c->value) : NULL;
    const psa_arg *u = psa_command_arg(cmd, "ConnectionUri");
    const char *uri = u && u->value ? psa_value_string(m, u->value) : NULL;
    if (uri && psa_contains_ci(uri, "compliance")) return PSA_SERVICE_COMPLIANCE;
    if ((conf && !psa_strcasecmp(conf, "Microsoft.Exchange")) ||
        (uri && psa_contains_ci(uri, "/powershell-liveid")))
      return PSA_SERVICE_EXCHANGE;
    return PSA_SERVICE_NONE;
  }
  for (int i = 0; S_conn_cmdlets[i].cmdlet; i++)
    if (psa_command_is(cmd, S_conn_cmdlets[i].cmdlet)) return S_conn_cmdlets[i].service;
  return PSA_SERVICE_NONE;
}

/* Parameters that sign in with a certificate or a managed identity
 * (every connection cmdlet's names, from /work/shared/cmdlet-parameters.json). */
static const char *const S_modern_params[] = {
    "CertificateThumbprint", "Certificate", "CertificateFilePath", "CertificatePath",
    "CertificateBase64Encoded", "Thumbprint", "ManagedIdentity", "Identity",
    "CertificateSubjectName", NULL};

static const char *const S_token_params[] = {
    "AccessToken", "AccessTokens", "AadAccessToken", "MsAccessToken", "AdGraphAccessToken",
    "MsGraphAccessToken", "GraphAccessToken", "KeyVaultAccessToken", NULL};

static const char *S_has_any(const psa_command *cmd, const char *const *params) {
  for (int i = 0; params[i]; i++) {
    const psa_arg *a = psa_command_arg(cmd, params[i]);
    if (a && a->via != PSA_BIND_UNBOUND) return params[i];
  }
  return NULL;
}

bool psa_plan_is_modern_connect(const psa_model *m, const psa_command *cmd) {
  if (psa_plan_service(m, cmd) == PSA_SERVICE_NONE || psa_command_is(cmd, "New-PSSession") ||
      S_is_v1(cmd))
    return false;
  if (psa_command_is(cmd, "Connect-MsolService") || psa_command_is(cmd, "Connect-AzureAD"))
    return false; /* the module itself is retired */
  return S_has_any(cmd, S_modern_params) != NULL;
}

static bool S_managed_identity(const psa_model *m, const psa_command *cmd) {
  if (psa_plan_service(m, cmd) == PSA_SERVICE_NONE) return false;
  const psa_arg *a = psa_command_arg(cmd, "ManagedIdentity");
  if (!a) a = psa_command_arg(cmd, "Identity");
  return a && a->via != PSA_BIND_UNBOUND;
}

/* ---- credential evidence ------------------------------------------------ */

typedef struct {
  bool unattended, interactive, parameter;
  bool password_param; /* a plain password passed in as a script parameter */
  bool unknown_param; /* a function parameter no caller in the file gives */
  /* unattended evidence that is no script parameter (Import-Clixml, a
   * file, a vault, a literal): the first one, and how many of each */
  const char *stored_phrase;
  psa_span stored_at;
  uint32_t unattended_notes, parameter_notes;
  const char *prompt_phrase; /* the first interactive evidence */
  psa_span prompt_at;
  const char *phrase; /* the first unattended (else interactive) evidence */
  psa_span at;
  const psa_value *prompt_user; /* Get-Credential -UserName value */
  /* a [PSCredential] parameter a person is asked for (Mandatory, or the
   * [Credential()] attribute), nothing in the file passing it */
  const psa_variable *person_param;
  /* the stored credential is written from a prompt just before it is read
   * (Get-Credential | Export-Clixml P, then Import-Clixml P): the writer
   * and the reader */
  psa_cred_writer setup;
  const psa_command *setup_reader;
  bool form_password; /* typed into a GUI password box (S_form_password_box) */
} S_evidence;

static const psa_cred_writer *S_prompt_writer(const psa_model *m, const psa_command *reader,
                                              psa_cred_writer *buf);

/* A stored credential or password read by 'reader': a prompt written to
 * its file just before makes it a setup step (psa_plan_signin decides). */
static void S_note_setup(const psa_model *m, S_evidence *e, const psa_command *reader) {
  psa_cred_writer w;
  if (!reader || e->setup_reader || !S_prompt_writer(m, reader, &w)) return;
  e->setup = w;
  e->setup_reader = reader;
}

static void S_note(S_evidence *e, bool unattended, const char *phrase, psa_span at) {
  if (unattended && ++e->unattended_notes > e->parameter_notes && !e->stored_phrase) {
    e->stored_phrase = phrase;
    e->stored_at = at;
  }
  if (!unattended && !e->prompt_phrase) {
    e->prompt_phrase = phrase;
    e->prompt_at = at;
  }
  if (unattended) {
    if (!e->unattended) {
      e->phrase = phrase;
      e->at = at;
    }
    e->unattended = true;
  } else {
    if (!e->unattended && !e->interactive) {
      e->phrase = phrase;
      e->at = at;
    }
    e->interactive = true;
  }
}

/* Whether a parameter declaration says Mandatory (not "Mandatory = $false"):
 * the attribute's text before the parameter's name. */
static bool S_param_mandatory(const psa_model *m, const psa_variable *v) {
  if (!m->text || v->decl_span.start < m->base || v->param_name_span.start <= v->decl_span.start ||
      psa_model_span_file(m, v->decl_span) != m)
    return false;
  const char *t = m->text + (v->decl_span.start - m->base);
  size_t n = v->param_name_span.start - v->decl_span.start;
  const char *k = psa_find_ci(t, n, "Mandatory");
  if (!k) return false;
  size_t at = (size_t)(k - t) + 9;
  while (at < n && (t[at] == ' ' || t[at] == '\t')) at++;
  if (at >= n || t[at] != '=') return true;
  for (at++; at < n && (t[at] == ' ' || t[at] == '\t'); at++) {}
  return !(n - at >= 6 && !psa_strncasecmp(t + at, "$false", 6)) && !(at < n && t[at] == '0');
}

/* A credential parameter the person who runs the script (or calls the
 * function) is asked for: typed [PSCredential] and Mandatory or with the
 * [Credential()] attribute. A scheduled task's command line cannot pass a
 * PSCredential object: PowerShell turns a string given there into one by
 * prompting for its password (docs/fixes.md). */
/* Whether the file's help (.EXAMPLE sections) shows the parameter given a
 * variable ("-Credential $svc"): a caller script builds the credential and
 * passes it, as a scheduled wrapper does, so a Mandatory parameter alone is
 * no sign that a person is asked for it. */
static bool S_example_passes(const psa_model *m, const psa_variable *v) {
  if (!m->text || !m->src || !v->name) return false;
  const char *t = m->text;
  size_t len = m->src->text_len, n = strlen(v->name);
  for (const char *ex = psa_find_ci(t, len, ".EXAMPLE"); ex;
       ex = psa_find_ci(ex + 8, len - (size_t)(ex + 8 - t), ".EXAMPLE")) {
    const char *end = psa_find_ci(ex + 8, len - (size_t)(ex + 8 - t), "#>");
    if (!end) end = t + len;
    for (const char *q = ex; q + n + 2 < end; q++) {
      if (*q != '-' || psa_strncasecmp(q + 1, v->name, n)) continue;
      const char *r = q + 1 + n;
      if (*r != ' ' && *r != '\t') continue;
      while (r < end && (*r == ' ' || *r == '\t')) r++;
      if (r < end && *r == '$') return true;
    }
  }
  return false;
}

static bool S_person_credential_param(const psa_model *m, const psa_variable *v) {
  if (!v || !v->is_parameter || !v->param_type || !psa_contains_ci(v->param_type, "PSCredential"))
    return false;
  for (uint32_t i = 0; i < v->param_attribute_count; i++) {
    const char *a = v->param_attributes[i];
    if (a && (!psa_strcasecmp(a, "Credential") ||
              !psa_strcasecmp(a, "System.Management.Automation.Credential") ||
              !psa_strcasecmp(a, "Management.Automation.Credential")))
      return true;
  }
  /* [Credential()] is the prompt by design; a Mandatory parameter the help
   * shows given a variable is a caller's */
  return S_param_mandatory(m, v) && !S_example_passes(m, v);
}

/* Whether the text t[0..n) reads $name (not $nameSuffix). */
static bool S_text_reads_var(const char *t, size_t n, const char *name) {
  size_t k = strlen(name);
  for (const char *q = t; q + k < t + n; q++) {
    if (*q != '$' || psa_strncasecmp(q + 1, name, k)) continue;
    char after = q + 1 + k < t + n ? q[1 + k] : ' ';
    if (!isalnum((unsigned char)after) && after != '_') return true;
  }
  return false;
}

/* A function that prompts for its own credential parameter: "$Credential
 * = Get-Credential" (or $Host.UI.PromptForCredential) in its body, at its
 * top level or under conditions that do not test the parameter (If ($MFA
 * -ne $True) {...}), so a credential given to it is overwritten by the
 * prompt, not used ("if (-not $Credential) {...}" is a fallback and does
 * not count). The prompt's value, or NULL. */
static const psa_value *S_function_prompts_param(const psa_model *m, const psa_variable *pv) {
  if (!pv->is_parameter || !pv->name || !pv->assign_count || !m->text || !m->src) return NULL;
  for (uint32_t i = 0; i < pv->assign_count; i++) {
    const psa_assignment *a = &pv->assigns[i];
    if (a->append || !a->value || a->span.start < m->base ||
        psa_model_span_file(m, a->span) != m)
      continue;
    psa_origin o[4];
    uint32_t n = psa_value_origins(m, a->value, o, 4);
    if (n != 1 || o[0].kind != PSA_ORIGIN_PROMPT) continue;
    /* Get-Credential -Credential $x hands $x back */
    if (o[0].cmd && psa_command_arg(o[0].cmd, "Credential")) continue;
    bool tested = false;
    for (uint32_t b = 0; b < m->block_count && !tested; b++) {
      const psa_block *bl = &m->blocks[b];
      if (bl->kind == PSA_BLOCK_LOOP || !(bl->body.start <= a->span.start && a->span.end <= bl->body.end) ||
          bl->statement.start < m->base || bl->body.start < bl->statement.start)
        continue;
      /* the conditions before the clause (all of them for elseif / else) */
      tested = S_text_reads_var(m->text + (bl->statement.start - m->base),
                                bl->body.start - bl->statement.start, pv->name);
    }
    if (!tested) return a->value;
  }
  return NULL;
}

static const char *S_source_text(const psa_model *m, const psa_value *v, char *buf, size_t len);

/* Whether text t[0..n) sets "<control>.<prop>" for the control written
 * as 'control' (its source text): $txtPass.PasswordChar = '*'. */
static bool S_text_sets_member(const char *t, size_t n, const char *control, const char *prop) {
  size_t k = strlen(control), p = strlen(prop);
  for (const char *q = psa_find_ci(t, n, control); q;
       q = psa_find_ci(q + 1, n - (size_t)(q + 1 - t), control)) {
    const char *r = q + k;
    if (r + 1 + p > t + n || *r != '.' || psa_strncasecmp(r + 1, prop, p)) continue;
    char after = r + 1 + p < t + n ? r[1 + p] : ' ';
    if (!isalnum((unsigned char)after) && after != '_') return true;
  }
  return false;
}

/* Whether a password value is what a person types into the form's
 * password box: a WPF PasswordBox's .Password / .SecurePassword (the file
 * builds one: XAML <PasswordBox>, New-Object ...PasswordBox), or the .Text
 * of a WinForms TextBox the file masks (UseSystemPasswordChar,
 * PasswordChar). The control itself comes from the window (FindName,
 * Set-Variable over the XAML's names, New-Object), not from a file, a
 * literal or a parameter: "$cfg.Password" from a JSON file stays stored. */
static bool S_form_password_box(const psa_model *m, const psa_value *pw) {
  if (!pw || !m->text || !m->src) return false;
  const psa_value *prods[8];
  uint32_t np = psa_value_producers(m, pw, prods, 8);
  if (!np || np > 8) return false;
  for (uint32_t i = 0; i < np; i++) {
    const psa_value *v = prods[i];
    const char *mb = v->kind == PSA_V_MEMBER ? psa_value_member(v) : NULL;
    if (!mb || !v->base) return false;
    char ctl[96];
    const char *ct = S_source_text(m, v->base, ctl, sizeof(ctl));
    if (!ct) return false;
    bool box;
    if (!psa_strcasecmp(mb, "Password") || !psa_strcasecmp(mb, "SecurePassword"))
      box = psa_find_ci(m->text, m->src->text_len, "PasswordBox") != NULL;
    else if (!psa_strcasecmp(mb, "Text"))
      box = S_text_sets_member(m->text, m->src->text_len, ct, "UseSystemPasswordChar") ||
            S_text_sets_member(m->text, m->src->text_len, ct, "PasswordChar");
    else
      box = false;
    if (!box) return false;
    psa_origin o[8];
    uint32_t no = psa_value_origins(m, v->base, o, 8);
    for (uint32_t k = 0; k < no; k++)
      if (o[k].kind != PSA_ORIGIN_UNKNOWN && o[k].kind != PSA_ORIGIN_COMMAND) return false;
  }
  return true;
}

static void S_password_evidence(const psa_model *m, const psa_value *pw, S_evidence *e, int depth) {
  if (!pw || depth > 3) return;
  if (S_form_password_box(m, pw)) {
    /* typed by the person at the window on every run: a sign-in prompt of
     * the script's own (review20 13) */
    e->form_password = true;
    S_note(e, false, "a password the person types into the form's password box", pw->span);
    return;
  }
  psa_origin o[8];
  uint32_t n = psa_value_origins(m, pw, o, 8);
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    any = true;
    switch (o[i].kind) {
      case PSA_ORIGIN_READ_HOST:
      case PSA_ORIGIN_READ_HOST_SECURE:
        S_note(e, false, "a password typed at Read-Host", o[i].span);
        break;
      case PSA_ORIGIN_SECURESTRING: {
        const psa_arg *a = psa_command_arg(o[i].cmd, "String");
        const psa_value *in = a && a->value ? a->value : o[i].cmd->pipeline_input;
        if (in) S_password_evidence(m, in, e, depth + 1);
        else S_note(e, true, "a password converted with ConvertTo-SecureString", o[i].span);
        break;
      }
      case PSA_ORIGIN_LITERAL: S_note(e, true, "a password literal", o[i].span); break;
      case PSA_ORIGIN_FILE:
        S_note(e, true, "a password read from a file", o[i].span);
        S_note_setup(m, e, o[i].cmd);
        break;
      case PSA_ORIGIN_CLIXML:
        S_note(e, true, "a password loaded with Import-Clixml", o[i].span);
        S_note_setup(m, e, o[i].cmd);
        break;
      case PSA_ORIGIN_SECRET_STORE: S_note(e, true, "a password from a vault", o[i].span); break;
      case PSA_ORIGIN_ENV:
        S_note(e, true, "a password from an environment variable", o[i].span);
        break;
      case PSA_ORIGIN_PARAMETER:
        e->parameter = true;
        e->password_param = true;
        e->parameter_notes++;
        S_note(e, true, "a password passed in as a script parameter", o[i].span);
        break;
      case PSA_ORIGIN_AUTOMATION:
        S_note(e, true, "an Azure Automation credential asset", o[i].span);
        break;
      case PSA_ORIGIN_CREDENTIAL_MANAGER:
        S_note(e, true, "a password from Windows Credential Manager", o[i].span);
        break;
      default: {
        /* Read-Host -AsSecureString | ConvertFrom-SecureString, turned back
         * with ConvertTo-SecureString: the round trip keeps the origin */
        const psa_command *c = o[i].cmd;
        if (c && psa_command_is(c, "ConvertFrom-SecureString")) {
          const psa_arg *a = psa_command_arg(c, "SecureString");
          const psa_value *in = a && a->value ? a->value : c->pipeline_input;
          if (in) {
            S_password_evidence(m, in, e, depth + 1);
            break;
          }
        }
        S_note(e, true, "a password the script supplies", o[i].span);
        break;
      }
    }
  }
  if (!any) S_note(e, true, "a password the script supplies", pw->span);
}

static bool S_user_value(const psa_model *m, const psa_value *v);

static void S_credential_evidence(const psa_model *m, const psa_value *v, S_evidence *e, int depth) {
  psa_origin o[8];
  uint32_t n = psa_value_origins(m, v, o, 8);
  for (uint32_t i = 0; i < n; i++) {
    switch (o[i].kind) {
      case PSA_ORIGIN_PROMPT: {
        const psa_arg *u = o[i].cmd ? psa_command_arg(o[i].cmd, "UserName") : NULL;
        const psa_arg *c = o[i].cmd ? psa_command_arg(o[i].cmd, "Credential") : NULL;
        /* Get-Credential -Credential $existing hands the credential back
         * without a prompt; Get-Credential 'user' prompts for that user */
        if (c && c->value && !psa_value_string(m, c->value) && c->value->kind != PSA_V_INTERP &&
            S_user_value(m, c->value) && depth < 3) {
          S_credential_evidence(m, c->value, e, depth + 1);
          break;
        }
        S_note(e, false, o[i].cmd ? "a Get-Credential prompt" : "a $Host.UI.PromptForCredential prompt", o[i].span);
        if (!u) u = c;
        if (u && u->value && !e->prompt_user && S_user_value(m, u->value)) e->prompt_user = u->value;
        break;
      }
      case PSA_ORIGIN_CREDENTIAL: {
        const psa_value *user = NULL, *pw = NULL;
        if (psa_credential_parts(m, o[i].value, &user, &pw) && pw) {
          bool had = e->form_password;
          S_password_evidence(m, pw, e, 0);
          /* the form's user box names the account the person signs in as */
          if (e->form_password && !had && user && !e->prompt_user && S_user_value(m, user))
            e->prompt_user = user;
        } else
          S_note(e, true, "a credential the script builds", o[i].span);
        break;
      }
      case PSA_ORIGIN_PARAMETER: {
        const psa_variable *pv = o[i].value ? psa_value_var(o[i].value) : NULL;
        if (pv && pv->scope && pv->scope->kind == PSA_SCOPE_FUNCTION) {
          /* a function's parameter: what its callers in the file pass */
          bool any = false;
          for (uint32_t k = 0; k < m->command_count && depth < 3; k++) {
            const psa_command *c = m->commands[k];
            if (!c->local_function || !c->name || !pv->scope->name ||
                psa_strcasecmp(c->name, pv->scope->name))
              continue;
            const psa_arg *a = psa_command_arg(c, pv->name);
            const psa_value *given = a ? a->value : NULL;
            if (!a) {
              /* by position: the parameter's place among the function's */
              uint32_t pos = 0, k2 = 0;
              for (const psa_variable *q = pv->scope->vars; q; q = q->next)
                if (q->is_parameter && q->decl_span.start < pv->decl_span.start) pos++;
              for (uint32_t ai = 0; ai < c->arg_count && !given; ai++) {
                const psa_arg *x = &c->args[ai];
                if (x->via != PSA_BIND_POSITIONAL && x->via != PSA_BIND_UNBOUND) continue;
                if (k2++ == pos) given = x->value;
              }
            }
            if (!given) continue;
            any = true;
            S_credential_evidence(m, given, e, depth + 1);
          }
          const psa_value *own_prompt = any ? NULL : S_function_prompts_param(m, pv);
          if (own_prompt) {
            /* the function asks for the credential itself (review19 04) */
            S_note(e, false, "a prompt in the function for its credential parameter", own_prompt->span);
          } else if (!any && S_person_credential_param(m, pv)) {
            e->person_param = pv;
            S_note(e, false, "a [PSCredential] function parameter the caller is asked for", o[i].span);
          } else if (!any) {
            e->unknown_param = true;
          }
          break;
        }
        e->parameter = true;
        if (S_person_credential_param(m, pv)) {
          e->person_param = pv;
          S_note(e, false, "a [PSCredential] script parameter the person who runs it is asked for",
                 o[i].span);
          break;
        }
        e->parameter_notes++;
        S_note(e, true, "a credential passed in as a script parameter", o[i].span);
        break;
      }
      case PSA_ORIGIN_AUTOMATION:
        S_note(e, true, "an Azure Automation credential asset", o[i].span);
        break;
      case PSA_ORIGIN_CLIXML:
        S_note(e, true, "a credential loaded with Import-Clixml", o[i].span);
        S_note_setup(m, e, o[i].cmd);
        break;
      case PSA_ORIGIN_CREDENTIAL_MANAGER:
        S_note(e, true, "a credential from Windows Credential Manager (Get-StoredCredential)",
               o[i].span);
        break;
      case PSA_ORIGIN_SECRET_STORE:
        S_note(e, true, "a credential from a vault", o[i].span);
        break;
      case PSA_ORIGIN_FILE: S_note(e, true, "a credential read from a file", o[i].span); break;
      case PSA_ORIGIN_ENV:
        S_note(e, true, "a credential from an environment variable", o[i].span);
        break;
      case PSA_ORIGIN_READ_HOST:
      case PSA_ORIGIN_READ_HOST_SECURE:
        S_note(e, false, "a credential typed at Read-Host", o[i].span);
        break;
      default: break;
    }
  }
}

/* The source text of a value when it is short and on one line. */
static const char *S_source_text(const psa_model *m, const psa_value *v, char *buf, size_t len) {
  if (!v || v->span.end <= v->span.start || v->span.end - v->span.start >= len) return NULL;
  uint32_t n = v->span.end - v->span.start;
  const char *t = psa_model_span_file(m, v->span) == m ? m->text + (v->span.start - m->base) : NULL;
  if (!t || memchr(t, '\n', n)) return NULL;
  memcpy(buf, t, n);
  buf[n] = 0;
  return buf;
}

/* Whether source text stands as one command-mode argument as it is: a
 * variable with member reads, one quoted string, or a bare word. */
static bool S_one_argument(const char *t) {
  size_t n = strlen(t);
  if (!n) return false;
  if (t[0] == '$') {
    for (size_t i = 1; i < n; i++)
      if (!isalnum((unsigned char)t[i]) && !strchr("_:.${}", t[i])) return false;
    return true;
  }
  if (t[0] == '\'' || t[0] == '"') {
    /* the string's closing quote must be the last character */
    for (size_t i = 1; i < n; i++) {
      if (t[0] == '"' && t[i] == '`') {
        i++;
        continue;
      }
      if (t[i] != t[0]) continue;
      if (i + 1 < n && t[i + 1] == t[0]) {
        i++; /* a doubled quote stands for one */
        continue;
      }
      return i + 1 == n;
    }
    return false;
  }
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)t[i]) && !strchr("@._-", t[i])) return false;
  return true;
}

/* The source text of a value to write as a command argument (-UserPrincipalName
 * <it>): an expression that is not one argument as written ("$env:username" +
 * "@contoso.com", given in parentheses) keeps its parentheses, or PowerShell
 * would bind its pieces to other parameters. */
static const char *S_arg_text(const psa_model *m, const psa_value *v, char *buf, size_t len) {
  if (len < 3) return NULL;
  const char *t = S_source_text(m, v, buf + 1, len - 2);
  if (!t) return NULL;
  if (S_one_argument(t)) return t;
  size_t n = strlen(t);
  buf[0] = '(';
  buf[n + 1] = ')';
  buf[n + 2] = 0;
  return buf;
}

/* Whether a value can be a user name: not $null, not an empty string
 * written there (Get-Credential -Credential $null prompts for both parts). */
static bool S_user_value(const psa_model *m, const psa_value *v) {
  /* the written text only: $AdminUpn = "" is a template the admin fills in */
  char buf[16];
  const char *t = S_source_text(m, v, buf, sizeof(buf));
  return !t || (psa_strcasecmp(t, "$null") && strcmp(t, "''") && strcmp(t, "\"\""));
}

/* Properties that hold a user name as a string: given to -Credential they
 * name the account PowerShell prompts for ($user.UserPrincipalName,
 * $cred.UserName). */
static const char *const S_user_name_members[] = {
    "UserPrincipalName", "UserName", "UPN", "SamAccountName", "Mail", "PrimarySmtpAddress",
    "WindowsEmailAddress", "EmailAddress", "WindowsLiveID", "SignInName",
};

/* What makes one producer a string by its type (NULL: not known to be one):
 * a [string] parameter, an environment variable, an expandable string, a
 * user-name property. */
static const char *S_string_kind(const psa_value *p) {
  switch (p->kind) {
    case PSA_V_STRING:
    case PSA_V_INTERP: return "a string";
    case PSA_V_ENV: return "an environment variable (always a string)";
    case PSA_V_MEMBER: {
      const char *mb = psa_value_member(p);
      for (size_t i = 0; mb && i < sizeof(S_user_name_members) / sizeof(*S_user_name_members); i++)
        if (!psa_strcasecmp(mb, S_user_name_members[i])) return "a user name property (a string)";
      return NULL;
    }
    case PSA_V_VARIABLE: {
      const psa_variable *pv = psa_value_var(p);
      char t[64];
      const char *nt = pv && pv->is_parameter && pv->param_type
                           ? psa_type_normalize(pv->param_type, t, sizeof(t))
                           : NULL;
      if (nt && !strcmp(nt, "string"))
        return pv->scope && pv->scope->kind == PSA_SCOPE_FUNCTION ? "a [string] function parameter"
                                                                  : "a [string] script parameter";
      return NULL;
    }
    default: return NULL;
  }
}

/* Whether the value given to -Credential is a string by its type: a
 * [string] parameter (PowerShell converts whatever a caller passes to a
 * string first), or every value it may hold is one. PowerShell's credential
 * transformation takes a string as the user name and prompts for its
 * password (docs/fixes.md), so a person signs in there. An untyped
 * parameter is not known to be a string: it stays as it was. Returns what
 * makes it a string, else NULL. */
static const char *S_string_credential(const psa_model *m, const psa_value *v) {
  const char *own = v && v->kind == PSA_V_VARIABLE ? S_string_kind(v) : NULL;
  if (own) return own;
  const psa_value *prods[8];
  uint32_t n = v ? psa_value_producers(m, v, prods, 8) : 0;
  if (!n || n >= 8) return NULL;
  const char *kind = NULL;
  for (uint32_t i = 0; i < n; i++) {
    if (prods[i]->kind == PSA_V_NULL) continue; /* "$upn = $null" before it is set */
    const char *k = S_string_kind(prods[i]);
    if (!k) return NULL;
    if (!kind || prods[i]->kind == PSA_V_VARIABLE) kind = k;
  }
  return kind;
}

static bool S_modern_sibling(const psa_model *m, const psa_command *connect, psa_signin *out) {
  /* a certificate / managed identity connection of the same service the
   * script already offers (a parameter-gated branch, or a fallback) */
  if (out->service != PSA_SERVICE_NONE) {
    for (uint32_t i = 0; i < m->command_count; i++) {
      const psa_command *c = m->commands[i];
      if (c == connect || c->in_string) continue;
      psa_service s = psa_plan_service(m, c);
      bool same = s == out->service ||
                  (out->service == PSA_SERVICE_GRAPH && s == PSA_SERVICE_GRAPH);
      if (!same || !psa_plan_is_modern_connect(m, c)) continue;
      /* Connect-MsolService / Connect-AzureAD next to Connect-MgGraph: the
       * Graph connection is another module, not a branch of this one */
      if (out->service == PSA_SERVICE_GRAPH && !psa_command_is(c, connect->name)) continue;
      out->mode = PSA_SIGNIN_MODERN;
      out->evidence = "the script's own certificate or managed identity connection";
      out->modern = c;
      out->at = c->span;
      return true;
    }
  }
  return false;
}

/* The 1-based line of a model offset. */
static uint32_t S_line_of(const psa_model *m, uint32_t offset) {
  uint32_t line = 1;
  if (!m->text || offset < m->base) return line;
  for (uint32_t k = 0; k < offset - m->base && m->text[k]; k++)
    if (m->text[k] == '\n') line++;
  return line;
}

/* Whether a command stops for a person: Read-Host, a Get-Credential
 * prompt, Out-GridView handing back a choice (-PassThru, -OutputMode). */
static bool S_waits_for_person(const psa_model *m, const psa_command *c) {
  (void)m;
  if (psa_command_is(c, "Read-Host")) return true;
  if (psa_command_is(c, "Get-Credential")) return !psa_command_arg(c, "Credential");
  return psa_command_is(c, "Out-GridView") &&
         (psa_command_arg(c, "PassThru") || psa_command_arg(c, "OutputMode"));
}

static const char *S_wait_phrase(const psa_command *c) {
  if (psa_command_is(c, "Out-GridView"))
    return psa_command_arg(c, "PassThru") ? "Out-GridView -PassThru" : "Out-GridView -OutputMode";
  return psa_command_is(c, "Read-Host") ? "Read-Host" : "Get-Credential";
}

/* The first command at the script's own level, outside every if, loop,
 * try, switch, function, script block and parameter default, that waits
 * for a person: it runs on every run, so a person is always there (NULL
 * when there is none). */
static const psa_command *S_always_waits_for_person_but(const psa_model *m, const psa_span *skip,
                                                       uint32_t nskip);

static const psa_command *S_always_waits_for_person(const psa_model *m) {
  return S_always_waits_for_person_but(m, NULL, 0);
}

/* The same, ignoring the commands in the 'skip' spans (statements judged
 * apart). */
static const psa_command *S_always_waits_for_person_but(const psa_model *m, const psa_span *skip,
                                                       uint32_t nskip) {
  if (!m->text) return NULL;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    bool skipped = false;
    for (uint32_t k = 0; k < nskip && !skipped; k++)
      skipped = c->span.start >= skip[k].start && c->span.end <= skip[k].end;
    if (skipped) continue;
    if (c->in_string || c->local_function || c->dynamic || !c->name || !c->scope ||
        c->scope->kind != PSA_SCOPE_SCRIPT || !S_waits_for_person(m, c) ||
        psa_model_span_file(m, c->span) != m || c->statement_span.start < m->base)
      continue;
    bool in_block = false;
    for (uint32_t b = 0; b < m->block_count && !in_block; b++)
      in_block = c->span.start >= m->blocks[b].body.start && c->span.end <= m->blocks[b].body.end;
    /* a parameter's default value runs only when no value is passed */
    for (const psa_variable *q = m->script ? m->script->vars : NULL; q && !in_block; q = q->next)
      in_block = q->is_parameter && q->param_default &&
                 c->span.start >= q->param_default->span.start &&
                 c->span.end <= q->param_default->span.end;
    if (in_block) continue;
    /* no brace open before its statement (a brace in a string or a comment
     * that leaves the count unbalanced makes no claim) */
    int depth = 0;
    bool unbalanced = false;
    for (uint32_t k = 0; k < c->statement_span.start - m->base && m->text[k]; k++) {
      if (m->text[k] == '{') depth++;
      else if (m->text[k] == '}' && --depth < 0) unbalanced = true;
    }
    if (!unbalanced && depth == 0) return c;
  }
  return NULL;
}

/* ---- a script a person drives ------------------------------------------ */

/* Whether the only password evidence is a literal that is a placeholder to
 * fill in: its text in [brackets] or <angle brackets> ("[Password]",
 * "<password>"), quotes aside. */
static bool S_template_literal(const psa_model *m, const S_evidence *e) {
  if (!e->phrase || strcmp(e->phrase, "a password literal") || !m->text ||
      e->at.start < m->base || e->at.end <= e->at.start || psa_model_span_file(m, e->at) != m)
    return false;
  const char *t = m->text + (e->at.start - m->base);
  size_t n = e->at.end - e->at.start;
  if (n >= 2 && (t[0] == '"' || t[0] == '\'') && t[n - 1] == t[0]) t++, n -= 2;
  return n >= 3 && ((t[0] == '[' && t[n - 1] == ']') || (t[0] == '<' && t[n - 1] == '>')) &&
         !memchr(t, '$', n);
}

/* Whether a type name ends with 'tail' (after a dot or as the whole name):
 * "System.Windows.Forms.Form", "Windows.Forms.Form". */
static bool S_type_is(const char *t, const char *tail) {
  size_t n = t ? strlen(t) : 0, k = strlen(tail);
  return n >= k && !psa_strcasecmp(t + n - k, tail) && (n == k || t[n - k - 1] == '.');
}

/* Whether a .NET value shows a window to a person: a Windows Forms form
 * (New-Object System.Windows.Forms.Form), a message box, the forms
 * application loop, a WPF window read from XAML, any ShowDialog() (a form
 * or a file dialog). Loading the assemblies alone is not (charts are drawn
 * with System.Windows.Forms.DataVisualization in unattended reports). */
static bool S_window_call(const psa_value *v) {
  const char *member = psa_value_member(v);
  if (v->kind == PSA_V_METHOD_CALL) return member && !psa_strcasecmp(member, "ShowDialog");
  if (v->kind != PSA_V_STATIC_CALL || !v->str) return false;
  return S_type_is(v->str, "Windows.Markup.XamlReader") ||
         (S_type_is(v->str, "Windows.Forms.MessageBox") && member && !psa_strcasecmp(member, "Show")) ||
         (S_type_is(v->str, "Windows.Forms.Application") && member && !psa_strcasecmp(member, "Run"));
}

/* Whether a command or span lies in a function's body (it runs only when
 * called) or in a string parsed as a script. */
static bool S_in_function(const psa_model *m, psa_span sp) {
  for (uint32_t f = 0; f < m->function_count; f++)
    if (m->functions[f].scope && sp.start >= m->functions[f].scope->span.start &&
        sp.end <= m->functions[f].scope->span.end)
      return true;
  return false;
}

/* Whether a Read-Host runs again and again at the script's level: in a loop
 * (a menu: `do { Show-Menu; $c = Read-Host ... } until (...)`) that no if
 * clause holds (a first-run guard asks once) and no function. */
static bool S_read_host_loop(const psa_model *m, const psa_command *c) {
  if (!psa_command_is(c, "Read-Host") || psa_command_arg(c, "AsSecureString") ||
      c->scope->kind != PSA_SCOPE_SCRIPT || S_in_function(m, c->span))
    return false;
  const psa_block *loop = NULL;
  for (uint32_t b = 0; b < m->block_count; b++)
    if (m->blocks[b].kind == PSA_BLOCK_LOOP && c->span.start >= m->blocks[b].body.start &&
        c->span.end <= m->blocks[b].body.end)
      loop = &m->blocks[b];
  if (!loop) return false;
  for (uint32_t b = 0; b < m->block_count; b++)
    if (m->blocks[b].kind != PSA_BLOCK_LOOP && loop->span.start >= m->blocks[b].body.start &&
        loop->span.end <= m->blocks[b].body.end)
      return false;
  return true;
}

/* Whether a Read-Host asks a person whether to close a connection: its
 * answer is tested by an if whose clause disconnects ($confirm = Read-Host
 * "Disconnect the session? [y/n]"; if ($confirm -eq 'y') { ... |
 * Remove-PSSession }). The connection is otherwise left open for the
 * person's console, so a person runs this code; a job has nobody to answer. */
static bool S_read_host_closes(const psa_model *m, const psa_command *c) {
  if (!psa_command_is(c, "Read-Host") || psa_command_arg(c, "AsSecureString") || !c->assigned_to)
    return false;
  psa_span reads[16];
  uint32_t nr = psa_variable_reads(m, c->assigned_to, reads, 16);
  for (uint32_t i = 0; i < nr && i < 16; i++)
    for (uint32_t b = 0; b < m->block_count; b++) {
      const psa_block *k = &m->blocks[b];
      if ((k->kind != PSA_BLOCK_IF && k->kind != PSA_BLOCK_ELSEIF) ||
          reads[i].start < k->span.start || reads[i].end > k->body.start)
        continue;
      for (uint32_t j = 0; j < m->command_count; j++) {
        const psa_command *d = m->commands[j];
        if (d->name && !d->in_string && d->span.start >= k->body.start &&
            d->span.end <= k->body.end &&
            (psa_command_is(d, "Remove-PSSession") || !psa_strncasecmp(d->name, "Disconnect-", 11)))
          return true;
      }
    }
  return false;
}

const psa_command *psa_plan_person_driver(const psa_model *m, const char **what, psa_span *at) {
  /* the first in the file: the earliest evidence is the one a reader finds */
  const psa_command *cmd = NULL;
  *what = NULL;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || c->dynamic || c->local_function || !c->name ||
        psa_model_span_file(m, c->span) != m || (*what && c->span.start >= at->start))
      continue;
    const psa_arg *a = psa_command_is(c, "New-Object") ? psa_command_arg(c, "TypeName") : NULL;
    const char *name = a && a->value ? psa_value_string(m, a->value) : NULL;
    const char *w = S_type_is(name, "Windows.Forms.Form") ? "a Windows Forms window"
                    : psa_command_is(c, "Out-GridView") &&
                            (psa_command_arg(c, "PassThru") || psa_command_arg(c, "OutputMode"))
                        ? "a choice made in Out-GridView"
                    : S_read_host_loop(m, c)   ? "a Read-Host menu loop"
                    : S_read_host_closes(m, c) ? "a Read-Host asking whether to close the connection"
                                               : NULL;
    if (!w) continue;
    *what = w;
    *at = c->span;
    cmd = c;
  }
  /* [Windows.Markup.XamlReader]::Load($reader), $form.ShowDialog() */
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *v = m->calls[i];
    if (!v || psa_model_span_file(m, v->span) != m || (*what && v->span.start >= at->start) ||
        !S_window_call(v))
      continue;
    *what = v->kind == PSA_V_METHOD_CALL ? "a window shown with ShowDialog()"
            : S_type_is(v->str, "Windows.Markup.XamlReader") ? "a WPF window"
                                                              : "a Windows Forms window";
    *at = v->span;
    cmd = NULL;
  }
  return cmd;
}

/* ---- credential files written in the same script ------------------------ */

/* The file a command reads or writes: its -Path, -LiteralPath or -FilePath
 * (Out-File's) value, positional or named. */
const psa_value *psa_plan_file_arg(const psa_command *c) {
  static const char *const names[] = {"Path", "LiteralPath", "FilePath", NULL};
  for (int i = 0; names[i]; i++) {
    const psa_arg *a = psa_command_arg(c, names[i]);
    if (a && a->value && a->via != PSA_BIND_UNBOUND) return a->value;
  }
  return NULL;
}

/* Whether a value can change between two places: a variable assigned more
 * than once, or a string built from one. */
static bool S_fixed_path(const psa_value *v) {
  if (v->kind == PSA_V_VARIABLE) return !psa_value_var(v) || psa_value_var(v)->assign_count <= 1;
  for (uint32_t i = 0; v->kind == PSA_V_INTERP && i < v->item_count; i++)
    if (v->items[i] && !S_fixed_path(v->items[i])) return false;
  return true;
}

bool psa_plan_same_file(const psa_model *m, const psa_value *a, const psa_value *b) {
  if (!a || !b || !S_fixed_path(a) || !S_fixed_path(b)) return false;
  if (a->kind == PSA_V_VARIABLE || b->kind == PSA_V_VARIABLE)
    return a->kind == b->kind && psa_value_var(a) && psa_value_var(a) == psa_value_var(b);
  const char *sa = psa_value_string(m, a), *sb = psa_value_string(m, b);
  if (sa && sb) return *sa && !psa_strcasecmp(sa, sb);
  /* "$PSScriptRoot\\cred.xml" twice: the same text of the same parts; a
   * bare word ($env:USERPROFILE\\creds.txt as a command argument) is such a
   * string too when it calls nothing (no parentheses) */
  bool bare = a->kind == PSA_V_UNKNOWN && b->kind == PSA_V_UNKNOWN;
  if (sa || sb || !m->text || (!bare && (a->kind != PSA_V_INTERP || b->kind != PSA_V_INTERP)))
    return false;
  uint32_t n = a->span.end - a->span.start;
  if (n == 0 || n != b->span.end - b->span.start || psa_model_span_file(m, a->span) != m ||
      psa_model_span_file(m, b->span) != m || a->span.start < m->base || b->span.start < m->base)
    return false;
  const char *ta = m->text + (a->span.start - m->base);
  if (bare && (ta[0] != '$' || memchr(ta, '(', n) || memchr(ta, ' ', n))) return false;
  return !psa_strncasecmp(ta, m->text + (b->span.start - m->base), n);
}

/* What a credential file writer writes, or NULL when it is no such writer:
 * Export-Clixml of a credential (a prompt, a PSCredential the script
 * builds, a secure string), or ConvertFrom-SecureString piped or given to
 * Out-File / Set-Content. *prompt: the Get-Credential / Read-Host whose
 * answer is written, when it is one. */
static bool S_credential_writer(const psa_model *m, const psa_command *w,
                                const psa_command **prompt) {
  *prompt = NULL;
  bool clixml = psa_command_is(w, "Export-Clixml");
  bool text = psa_command_is(w, "Out-File") || psa_command_is(w, "Set-Content");
  if ((!clixml && !text) || w->in_string || w->dynamic || w->local_function) return false;
  const psa_arg *given = psa_command_arg(w, text && psa_command_is(w, "Set-Content") ? "Value"
                                                                                    : "InputObject");
  const psa_value *v = given && given->value ? given->value : w->pipeline_input;
  if (!v) return false;
  if (text) {
    const psa_command *c = v->kind == PSA_V_COMMAND ? psa_value_cmd(v) : NULL;
    if (!c || !psa_command_is(c, "ConvertFrom-SecureString")) return false;
    const psa_arg *s = psa_command_arg(c, "SecureString");
    v = s && s->value ? s->value : c->pipeline_input;
    if (!v) return true; /* a secure string all the same */
  }
  /* (Get-Credential).Password, $cred.Password */
  while ((v->kind == PSA_V_MEMBER || v->kind == PSA_V_CAST) && v->base) v = v->base;
  psa_origin o[8];
  uint32_t n = psa_value_origins(m, v, o, 8);
  bool credential = text;
  for (uint32_t i = 0; i < n; i++) {
    switch (o[i].kind) {
      case PSA_ORIGIN_PROMPT: {
        /* Get-Credential -Credential $existing hands one back; a user name
         * there ('admin@contoso.com') is a prompt for that user */
        const psa_arg *handed = o[i].cmd ? psa_command_arg(o[i].cmd, "Credential") : NULL;
        if (handed && handed->value && !psa_value_string(m, handed->value) &&
            handed->value->kind != PSA_V_INTERP) {
          credential = true;
          break;
        }
      }
        /* fall through */
      case PSA_ORIGIN_READ_HOST:
      case PSA_ORIGIN_READ_HOST_SECURE:
        if (!*prompt) *prompt = o[i].cmd;
        credential = true;
        break;
      case PSA_ORIGIN_CREDENTIAL:
      case PSA_ORIGIN_SECURESTRING: credential = true; break;
      default: break;
    }
  }
  return credential;
}

uint32_t psa_plan_credential_writers(const psa_model *m, const psa_command *reader,
                                     psa_cred_writer *out, uint32_t max) {
  if (!reader || !m->text || m->base || reader->in_string ||
      psa_model_span_file(m, reader->span) != m ||
      !(psa_command_is(reader, "Import-Clixml") || psa_command_is(reader, "Get-Content")))
    return 0;
  const psa_value *path = psa_plan_file_arg(reader);
  if (!path) return 0;
  uint32_t n = 0, len = m->src ? m->src->text_len : 0; /* base 0: the whole file */
  for (uint32_t i = 0; i < m->command_count && n < max; i++) {
    const psa_command *w = m->commands[i];
    const psa_command *prompt = NULL;
    if (psa_model_span_file(m, w->span) != m || w->statement_span.end > reader->statement_span.start ||
        w->statement_span.end > len || !S_credential_writer(m, w, &prompt) ||
        !psa_plan_same_file(m, psa_plan_file_arg(w), path))
      continue;
    /* Export-Clixml's file holds what Import-Clixml reads; the text one a
     * password Get-Content reads */
    if (psa_command_is(w, "Export-Clixml") != psa_command_is(reader, "Import-Clixml")) continue;
    out[n++] = (psa_cred_writer){w, prompt,
                                 psa_plan_same_straight_line(m, m->text, len, w, reader)};
  }
  return n;
}

/* The writer that makes a stored credential a prompt on every run: one
 * that writes the reader's file from a prompt, in the same straight line
 * of statements before it (NULL when there is none). */
static const psa_cred_writer *S_prompt_writer(const psa_model *m, const psa_command *reader,
                                              psa_cred_writer *buf) {
  psa_cred_writer w[4];
  uint32_t n = psa_plan_credential_writers(m, reader, w, 4);
  for (uint32_t i = 0; i < n; i++)
    if (w[i].prompt && w[i].every_run) {
      *buf = w[i];
      return buf;
    }
  return NULL;
}

/* The reason for a connection whose credential variable is assigned
 * nowhere in the file ("-Credential $UserCredential" next to "$cred =
 * New-Object PSCredential ..."): names the variable and its line, and a
 * credential of the same scope built before the connection that nothing
 * reads (the one the author probably meant), or NULL for other shapes. */
static const char *S_unassigned_credential(const psa_model *m, const psa_command *connect,
                                           const psa_value *v, char *buf, size_t len) {
  if (!v || v->kind != PSA_V_VARIABLE || psa_value_var(v) || !v->str || !*v->str) return NULL;
  uint32_t line = S_line_of(m, v->span.start);
  const psa_variable *built = NULL;
  const psa_assignment *at = NULL;
  for (const psa_scope *sc = connect->scope; sc; sc = sc->parent)
    for (const psa_variable *x = sc->vars; x; x = x->next) {
      if (x->ref_count || x->is_parameter || !x->name) continue;
      for (uint32_t i = 0; i < x->assign_count; i++) {
        const psa_assignment *a = &x->assigns[i];
        const psa_value *u, *p;
        const psa_command *c = a->value ? psa_value_cmd(a->value) : NULL;
        bool cred = a->value && (psa_credential_parts(m, a->value, &u, &p) ||
                                 (c && psa_command_is(c, "Get-Credential")));
        if (cred && a->span.end <= connect->span.start && (!at || a->span.start > at->span.start))
          built = x, at = a;
      }
    }
  if (built)
    snprintf(buf, len,
             "$%s (line %u) is assigned nowhere in this file, while $%s, built on line %u, is "
             "read by nothing: if the connection meant $%s, correct its -Credential and run "
             "psauth again",
             v->str, line, built->name, S_line_of(m, at->span.start), built->name);
  else
    snprintf(buf, len, "$%s (line %u) is assigned nowhere in this file (set by a caller or "
             "another script?)", v->str, line);
  return buf;
}

/* The expression that ends at 'end' after a '+': $name with .Member and
 * [index] reads, or one parenthesised expression; its length or 0. */
static size_t S_simple_expr(const char *t, size_t n) {
  size_t k = 0;
  if (n && t[0] == '(') {
    int depth = 0;
    for (; k < n; k++) {
      depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
      if (!depth) return k + 1 == n ? n : 0;
    }
    return 0;
  }
  if (n < 2 || t[0] != '$') return 0;
  for (k = 1; k < n && (isalnum((unsigned char)t[k]) || t[k] == '_' || t[k] == ':'); k++) {}
  if (k == 1) return 0;
  while (k < n) {
    if (t[k] == '.' && k + 1 < n && (isalpha((unsigned char)t[k + 1]) || t[k + 1] == '_')) {
      for (k++; k < n && (isalnum((unsigned char)t[k]) || t[k] == '_'); k++) {}
    } else if (t[k] == '[') {
      while (k < n && t[k] != ']') k++;
      if (k == n) return 0;
      k++;
    } else {
      return 0;
    }
  }
  return k;
}

psa_dorg_kind psa_plan_delegated_org(const psa_model *m, const psa_command *connect, const char **text,
                                     char *buf, size_t buflen) {
  *text = NULL;
  const psa_arg *u = psa_command_is(connect, "New-PSSession") ? psa_command_arg(connect, "ConnectionUri") : NULL;
  const psa_value *v = u ? u->value : NULL;
  /* a variable assigned once (not a parameter): its value */
  for (int depth = 0; v && v->kind == PSA_V_VARIABLE && depth < 4; depth++) {
    const psa_variable *var = psa_value_var(v);
    if (psa_value_string(m, v)) break; /* a constant after all */
    if (!var || var->is_parameter || var->assign_count != 1 || var->entry_count || var->assigns[0].append ||
        !var->assigns[0].value)
      return PSA_DORG_UNKNOWN;
    v = var->assigns[0].value;
  }
  if (!v) return PSA_DORG_NONE;
  const char *uri = psa_value_string(m, v);
  if (uri) {
    const char *d = psa_find_ci(uri, strlen(uri), "DelegatedOrg=");
    if (!d) return PSA_DORG_NONE;
    d += 13;
    snprintf(buf, buflen, "%.*s", (int)strcspn(d, "&#"), d);
    *text = buf;
    return PSA_DORG_LITERAL;
  }
  uint32_t len = m->src ? m->src->text_len : 0;
  if (!m->text || v->span.end > len || v->span.end <= v->span.start) return PSA_DORG_UNKNOWN;
  const char *t = m->text + v->span.start;
  size_t n = v->span.end - v->span.start;
  /* only strings and their concatenations have text psauth reads */
  if (t[0] != '"' && t[0] != '\'' && t[0] != '(') return PSA_DORG_UNKNOWN;
  const char *d = psa_find_ci(t, n, "DelegatedOrg=");
  if (!d) {
    /* the query string is written out (?email=...), or the URI has none
     * that psauth can see: a part built at run time may add one */
    return memchr(t, '?', n) ? PSA_DORG_NONE : PSA_DORG_UNKNOWN;
  }
  d += 13;
  size_t rest = n - (size_t)(d - t), k = 0;
  if (rest && d[0] == '$' && rest > 1 && d[1] == '(') { /* "...=$($c.Name)" */
    int depth = 0;
    for (k = 1; k < rest; k++) {
      depth += d[k] == '(' ? 1 : d[k] == ')' ? -1 : 0;
      if (!depth) break;
    }
    if (k == rest) return PSA_DORG_UNREADABLE;
    k++;
  } else if (rest && d[0] == '$' && rest > 1 && d[1] == '{') { /* "...=${t}" */
    const char *close = memchr(d, '}', rest);
    if (!close) return PSA_DORG_UNREADABLE;
    k = (size_t)(close - d) + 1;
  } else if (rest && d[0] == '$') { /* "...=$t": a string expands the name only */
    for (k = 1; k < rest && (isalnum((unsigned char)d[k]) || d[k] == '_' || d[k] == ':'); k++) {}
    if (k == 1) return PSA_DORG_UNREADABLE;
  } else if (rest && (d[0] == '"' || d[0] == '\'')) { /* "...=" + $c.Name */
    size_t q = 1;
    while (q < rest && (d[q] == ' ' || d[q] == '\t')) q++;
    if (q == rest || d[q] != '+') return PSA_DORG_UNREADABLE;
    for (q++; q < rest && (d[q] == ' ' || d[q] == '\t'); q++) {}
    size_t e = rest;
    while (e > q && (d[e - 1] == ' ' || d[e - 1] == '\t')) e--;
    size_t x = S_simple_expr(d + q, e - q);
    if (!x && t[0] == '(' && e > q && d[e - 1] == ')') /* ("..." + $c.Name) */
      x = S_simple_expr(d + q, e - 1 - q);
    if (!x || x + 1 >= buflen) return PSA_DORG_UNREADABLE;
    snprintf(buf, buflen, "%.*s", (int)x, d + q);
    *text = buf;
    return PSA_DORG_EXPR;
  } else {
    /* written out up to its end ("...=contoso.com&...$x"), or with a
     * variable inside the tenant */
    for (k = 0; k < rest && !strchr("\"'&#$`", d[k]); k++) {}
    if (!k || (k < rest && (d[k] == '$' || d[k] == '`')) || k + 1 >= buflen) return PSA_DORG_UNREADABLE;
    snprintf(buf, buflen, "%.*s", (int)k, d);
    *text = buf;
    return PSA_DORG_LITERAL;
  }
  /* the expanded value must end the tenant: the closing quote, & or # */
  if (k < rest && !strchr("\"'&#", d[k])) return PSA_DORG_UNREADABLE;
  if (k + 1 >= buflen) return PSA_DORG_UNREADABLE;
  snprintf(buf, buflen, "%.*s", (int)k, d);
  *text = buf;
  return PSA_DORG_EXPR;
}

bool psa_plan_job_block(const psa_model *m, const psa_command *connect, char *scratch,
                        size_t scratch_len) {
  static const char *const jobs[] = {"Start-Job", "Register-ScheduledJob", "Start-ThreadJob", NULL};
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    for (int j = 0; jobs[j]; j++) {
      if (!psa_command_is(c, jobs[j])) continue;
      for (uint32_t k = 0; k < c->arg_count; k++) {
        const psa_value *v = c->args[k].value;
        if (!v || v->kind != PSA_V_SCRIPTBLOCK || connect->span.start < v->span.start ||
            connect->span.end > v->span.end)
          continue;
        snprintf(scratch, scratch_len, "the script block of %s on line %u", c->name,
                 S_line_of(m, c->span.start));
        return true;
      }
    }
  }
  return false;
}

/* The value a credential variable holds at 'connect' when one assignment
 * decides it: the last assignment before the connection is a whole
 * statement of a statement list that holds the connection, and every
 * other assignment of the variable lies before it in the text. Earlier
 * values never reach the connection (`if (Test-Path $f) {} else { $c =
 * Get-Credential; $c | Export-Clixml $f }; $c = Import-Clixml $f`: the
 * prompt only wrote the file). NULL when no single assignment decides. */
static const psa_value *S_deciding_value(const psa_command *connect, const psa_value *v) {
  const psa_variable *var = v && v->kind == PSA_V_VARIABLE ? psa_value_var(v) : NULL;
  if (!var || var->is_parameter || var->assign_count < 2 || var->entry_count) return NULL;
  const psa_assignment *last = NULL;
  for (uint32_t i = 0; i < var->assign_count; i++) {
    const psa_assignment *a = &var->assigns[i];
    if (a->span.start >= connect->span.start) return NULL; /* may reach it again in a loop */
    if (!last || a->span.start > last->span.start) last = a;
  }
  if (!last || !last->value || last->append || last->list.end <= last->list.start ||
      connect->statement_span.start < last->list.start || connect->statement_span.end > last->list.end ||
      last->span.end > connect->statement_span.start || connect->scope != var->scope)
    return NULL;
  return last->value;
}

void psa_plan_signin(const psa_model *m, const psa_command *connect, psa_signin *out,
                     char *scratch, size_t scratch_len) {
  memset(out, 0, sizeof(*out));
  out->service = psa_plan_service(m, connect);
  out->evidence = "no credential, token or certificate given";
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (S_managed_identity(m, c)) out->uses_managed_identity = true;
    if (!out->runbook && !c->in_string &&
        (psa_command_is(c, "Get-AutomationPSCredential") || psa_command_is(c, "Get-AutomationVariable") ||
         psa_command_is(c, "Get-AutomationConnection")))
      out->runbook = c;
  }
  const char *tok = S_has_any(connect, S_token_params);
  if (tok) {
    out->mode = PSA_SIGNIN_TOKEN;
    out->evidence = "an access token (-AccessToken and the like)";
    out->at = psa_command_arg(connect, tok)->span;
    return;
  }
  if (psa_command_is(connect, "New-PSSession")) {
    const psa_arg *u = psa_command_arg(connect, "ConnectionUri");
    const char *uri = u && u->value ? psa_value_string(m, u->value) : NULL;
    /* an expandable URI ("...?DelegatedOrg=$($t)&BasicAuthToOAuthConversion=true")
     * has no static value: its literal text says it too */
    bool oauth = uri && psa_contains_ci(uri, "BasicAuthToOAuthConversion");
    if (!uri && u && u->value && m->text && u->value->span.end > u->value->span.start)
      oauth = psa_find_ci(m->text + u->value->span.start,
                          u->value->span.end - u->value->span.start,
                          "BasicAuthToOAuthConversion") != NULL;
    if (oauth) {
      out->mode = PSA_SIGNIN_TOKEN;
      out->evidence = "an OAuth token passed as the password (BasicAuthToOAuthConversion)";
      out->at = u->span;
      return;
    }
  }
  if (psa_command_is(connect, "Connect-AzureAD") && S_has_any(connect, S_modern_params)) {
    out->mode = PSA_SIGNIN_UNATTENDED; /* the app's certificate carries over to Connect-MgGraph */
    out->evidence = "an app-only certificate sign-in";
    return;
  }
  if (psa_plan_is_modern_connect(m, connect)) {
    out->mode = PSA_SIGNIN_MODERN;
    out->evidence = "a certificate or managed identity";
    out->modern = connect;
    return;
  }
  const char *cred_param = psa_command_is(connect, "Connect-PnPOnline") ? "Credentials" : "Credential";
  const psa_arg *cred = psa_command_arg(connect, cred_param);
  /* a string given as the credential is a user name: PowerShell turns it
   * into a PSCredential by prompting for that user's password (the
   * Credential attribute, implied for PSCredential parameters since
   * PowerShell 5.0; docs/fixes.md). PnP reads a string as a Windows
   * Credential Manager entry instead. */
  const char *user = cred && cred->value && !psa_command_is(connect, "Connect-PnPOnline")
                         ? psa_value_string(m, cred->value)
                         : NULL;
  if (user && *user && S_user_value(m, cred->value)) {
    out->mode = PSA_SIGNIN_INTERACTIVE;
    out->at = cred->span;
    if (!psa_strcasecmp(user, "Get-Credential")) {
      /* "-Credential Get-Credential": a bareword, not a call; the prompt
       * offers "Get-Credential" as the user name */
      out->evidence = "the word Get-Credential given as the credential: PowerShell reads it as a "
                      "user name and prompts for a password";
    } else {
      out->evidence = "a user name given as the credential: PowerShell prompts for its password";
      out->user_source = S_arg_text(m, cred->value, scratch, scratch_len);
    }
    return;
  }
  /* a value that is a string by its type rather than by its text (a
   * [string] parameter holding a UPN, $env:USERNAME, $user.UserPrincipalName):
   * a user name too, so the same prompt (review20 38); PnP again excepted */
  const char *string_kind = cred && cred->value && !user && !psa_command_is(connect, "Connect-PnPOnline")
                                ? S_string_credential(m, cred->value)
                                : NULL;
  if (string_kind) {
    out->mode = PSA_SIGNIN_INTERACTIVE;
    out->at = cred->span;
    char src[96];
    const char *text = S_source_text(m, cred->value, src, sizeof(src));
    snprintf(scratch, scratch_len,
             "%s%s%s given as the credential: PowerShell takes it as a user name and prompts for "
             "its password",
             text ? text : "", text ? ", " : "", string_kind);
    out->evidence = scratch;
    size_t used = strlen(scratch) + 1;
    if (S_user_value(m, cred->value) && used < scratch_len)
      out->user_source = S_arg_text(m, cred->value, scratch + used, scratch_len - used);
    return;
  }
  /* an empty string given as the credential ($cred = "" never filled in):
   * the Credential attribute prompts for a user name and password when the
   * string is empty too (CredentialAttribute.Transform; $null is not
   * transformed for an optional parameter), so a person signs in there */
  bool empty_string = user && !*user && !psa_command_is(connect, "Connect-PnPOnline");
  if (empty_string) {
    /* every value it may hold is the empty string itself ($null folds to
     * "" too, and is not transformed) */
    const psa_value *prods[8];
    uint32_t np = psa_value_producers(m, cred->value, prods, 8);
    for (uint32_t i = 0; i < np && i < 8 && empty_string; i++)
      empty_string = prods[i]->kind == PSA_V_STRING;
    empty_string = empty_string && np && np <= 8;
  }
  if (empty_string) {
    out->mode = PSA_SIGNIN_INTERACTIVE;
    out->at = cred->span;
    const psa_variable *cv = psa_value_var(cred->value);
    if (cv && cv->assign_count)
      snprintf(scratch, scratch_len,
               "an empty string given as the credential ($%s = \"\" on line %u): PowerShell "
               "prompts for the user name and password",
               cv->name, S_line_of(m, cv->assigns[0].span.start));
    else
      snprintf(scratch, scratch_len,
               "an empty string given as the credential: PowerShell prompts for the user name "
               "and password");
    out->evidence = scratch;
    return;
  }
  if (cred && cred->value) {
    S_evidence e = {0};
    const psa_value *decides = S_deciding_value(connect, cred->value);
    S_credential_evidence(m, decides ? decides : cred->value, &e, 0);
    /* an optional credential parameter with a prompt as the fallback is an
     * interactive helper that can also be given a credential */
    bool helper = e.interactive && e.parameter && !e.password_param;
    /* -UserName/-Password script parameters for scheduled runs, else a
     * prompt, into one connection: a job and a person share it */
    bool shared = e.interactive && e.password_param;
    /* an Azure Automation runbook cannot prompt: whatever it does is a job */
    bool runbook = false;
    for (uint32_t i = 0; i < m->command_count && !runbook; i++) {
      const psa_command *c = m->commands[i];
      runbook = psa_command_is(c, "Get-AutomationVariable") ||
                psa_command_is(c, "Get-AutomationPSCredential") ||
                psa_command_is(c, "Get-AutomationConnection");
    }
    /* a prompt written to a file just before the file is read back
     * (Get-Credential | Export-Clixml P; $c = Import-Clixml P): as written
     * it prompts on every run, but a file is written only for runs that
     * read it without a person, so the writer is the job's one-time setup
     * step and the job signs in unattended; a script that waits for a
     * person on every run anyway is that person's (docs/fixes.md) */
    if (e.setup_reader && !e.interactive && !e.parameter && !runbook) {
      const psa_command *w = e.setup.writer, *p = e.setup.prompt;
      uint32_t wl = S_line_of(m, w->span.start), rl = S_line_of(m, e.setup_reader->span.start);
      const char *verb = psa_command_is(w, "Export-Clixml") ? "Export-Clixml" : "ConvertFrom-SecureString";
      /* the writer's own prompt ($c = Get-Credential; $c | Export-Clixml $f) is not another wait */
      psa_span own[2] = {w->statement_span, p->statement_span};
      const psa_command *waits = S_always_waits_for_person_but(m, own, 2);
      if (waits) {
        out->mode = PSA_SIGNIN_INTERACTIVE;
        snprintf(scratch, scratch_len,
                 "a %s prompt on line %u on every run, saved with %s and read back on line "
                 "%u; a person is there (%s on line %u waits too)",
                 S_wait_phrase(p), S_line_of(m, p->span.start), verb, rl, S_wait_phrase(waits),
                 S_line_of(m, waits->span.start));
        /* the account the prompt suggests signs in (Get-Credential -UserName) */
        const psa_arg *u = psa_command_is(p, "Get-Credential") ? psa_command_arg(p, "UserName") : NULL;
        if (!u && psa_command_is(p, "Get-Credential")) u = psa_command_arg(p, "Credential");
        size_t used = strlen(scratch) + 1;
        if (u && u->value && S_user_value(m, u->value) && used < scratch_len)
          out->user_source = S_arg_text(m, u->value, scratch + used, scratch_len - used);
      } else {
        out->mode = PSA_SIGNIN_UNATTENDED;
        snprintf(scratch, scratch_len,
                 "a credential file read on line %u; the %s prompt saved with %s on line %u "
                 "is its one-time setup step (a file is written for the runs that read it "
                 "unattended)",
                 rl, S_wait_phrase(p), verb, wl);
        S_modern_sibling(m, connect, out);
      }
      if (out->mode != PSA_SIGNIN_MODERN) {
        out->evidence = scratch;
        out->at = e.at;
      }
      return;
    }
    /* a stored password in a script a person drives (a GUI, a Read-Host
     * menu, an Out-GridView choice): the password says a job, the script
     * says a person; neither target is right for both */
    const char *driver = NULL;
    psa_span driver_at = {0, 0};
    if (e.unattended && !e.interactive && !e.parameter && !runbook && !e.setup_reader)
      psa_plan_person_driver(m, &driver, &driver_at);
    if (driver && S_template_literal(m, &e)) {
      /* "[Password]" / "<password>": nothing is stored; the person at the
       * tool fills in their own account, and signs in themselves instead */
      out->mode = PSA_SIGNIN_INTERACTIVE;
      snprintf(scratch, scratch_len,
               "a person drives this script (%s on line %u) and the password is a placeholder "
               "to fill in (line %u): the person's own account, which signs in itself instead",
               driver, S_line_of(m, driver_at.start), S_line_of(m, e.at.start));
      out->evidence = scratch;
      out->at = e.at;
      return;
    }
    if (driver) {
      out->mode = PSA_SIGNIN_UNKNOWN;
      snprintf(scratch, scratch_len,
               "a person drives this script (%s on line %u) but it signs in with %s (line %u), "
               "which says a job: app-only would turn the person's tool into an app's sign-in, "
               "a delegated one would drop the stored account it uses; which account signs in "
               "is the maintainer's call",
               driver, S_line_of(m, driver_at.start), e.phrase, S_line_of(m, e.at.start));
      out->evidence = scratch;
      out->evidence_says_who = true;
      out->at = e.at;
      return;
    }
    /* a stored password (a file, Import-Clixml, a vault) or, when there
     * is none, a prompt: the person who types it and the job that later
     * reads the saved one both sign in here */
    bool stored_or_prompt = e.unattended && e.interactive && !e.parameter && !runbook;
    char job[160];
    const psa_command *waits = stored_or_prompt ? S_always_waits_for_person(m) : NULL;
    if (waits) {
      /* a person always runs it: no job reads the saved password */
      out->mode = PSA_SIGNIN_UNKNOWN;
      snprintf(scratch, scratch_len,
               "a person runs this script (%s on line %u waits on every run); the saved "
               "credential it signs in with (a prompt when there is none) picks the account, "
               "which a delegated sign-in would ask the person for instead",
               S_wait_phrase(waits), S_line_of(m, waits->span.start));
      out->evidence = scratch;
      out->evidence_says_who = true;
      out->at = e.at;
    } else if (stored_or_prompt) {
      out->mode = PSA_SIGNIN_UNKNOWN;
      out->evidence = "a stored password or, when there is none, a prompt feeds this one "
                      "connection, so both a person and an unattended run may sign in here: "
                      "delegated sign-in would stop the job, app-only would turn the person's "
                      "sign-in into the app's";
      out->at = e.at;
    } else if (shared) {
      out->mode = PSA_SIGNIN_UNKNOWN;
      out->evidence = "a password passed in as script parameters (the scheduled mode) or else a "
                      "prompt feeds this one connection, so both a job and a person sign in "
                      "here";
      out->at = e.at;
      out->from_parameters = true;
      out->shared_prompt = true;
    } else if (e.stored_phrase && e.interactive && e.parameter && !runbook) {
      /* callers that disagree: a stored credential (an unattended run), a
       * prompt and a credential parameter feed one connection; the
       * parameter alone would make it a prompting helper, but a delegated
       * sign-in would leave the stored credential's run waiting for a
       * person, and app-only would turn the person's sign-in into the
       * app's (review19 10) */
      out->mode = PSA_SIGNIN_UNKNOWN;
      snprintf(scratch, scratch_len,
               "the credential's sources disagree: %s (line %u) says an unattended run, %s (line %u) a "
               "person; "
               "a delegated sign-in would leave the unattended run waiting for a sign-in, app-only "
               "would turn the person's sign-in into the app's: which account signs in for each "
               "caller is the maintainer's call",
               e.stored_phrase, S_line_of(m, e.stored_at.start), e.prompt_phrase,
               S_line_of(m, e.prompt_at.start));
      out->evidence = scratch;
      out->evidence_says_who = true;
      out->at = e.stored_at;
    } else if (runbook && e.interactive && !e.unattended) {
      out->mode = PSA_SIGNIN_UNATTENDED;
      out->evidence = e.person_param
                          ? "a [PSCredential] parameter of an Azure Automation runbook, which its "
                            "schedule or webhook fills: it runs unattended"
                          : "a credential prompt in an Azure Automation runbook, which runs unattended";
      out->at = e.at;
    } else if (e.interactive && !e.unattended && !e.parameter &&
               psa_plan_job_block(m, connect, job, sizeof(job))) {
      /* a background or scheduled job has no console: nobody answers the
       * prompt, so whatever it does is a job's (PSA314) */
      out->mode = PSA_SIGNIN_UNATTENDED;
      snprintf(scratch, scratch_len, "a credential prompt in a job, in %s", job);
      out->evidence = scratch;
      out->at = e.at;
    } else if (e.unattended && !helper) {
      out->mode = PSA_SIGNIN_UNATTENDED;
      out->evidence = e.phrase;
      out->at = e.at;
      out->from_parameters = e.parameter;
      /* a job with its own certificate branch next to the password one */
      S_modern_sibling(m, connect, out);
    } else if (e.interactive) {
      out->mode = PSA_SIGNIN_INTERACTIVE;
      out->evidence = e.phrase;
      out->at = e.at;
      if (e.prompt_user && S_user_value(m, e.prompt_user)) {
        out->user_source = S_arg_text(m, e.prompt_user, scratch, scratch_len);
      } else if (e.person_param && e.person_param->name && !e.unattended) {
        /* the account the person gave for the parameter signs in */
        snprintf(scratch, scratch_len, "$%s.UserName", e.person_param->name);
        out->user_source = scratch;
      }
    } else if (!S_modern_sibling(m, connect, out)) {
      out->mode = PSA_SIGNIN_UNKNOWN;
      const char *unassigned = e.unknown_param ? NULL
                               : S_unassigned_credential(m, connect, cred->value, scratch, scratch_len);
      out->evidence = e.unknown_param
                          ? "a credential passed to a function no caller in this file calls with one"
                      : unassigned ? unassigned
                                   : "a credential whose source is not known";
      out->at = cred->span;
    }
    return;
  }
  /* no credential: a person signs in at the module's own prompt */
  out->mode = PSA_SIGNIN_INTERACTIVE;
  const psa_arg *upn = psa_command_arg(connect, "UserPrincipalName");
  if (!upn) upn = psa_command_arg(connect, "AccountId");
  if (upn && upn->value && S_user_value(m, upn->value)) {
    out->evidence = "a user name for the module's sign-in prompt";
    out->user_source = S_arg_text(m, upn->value, scratch, scratch_len);
    out->at = upn->span;
  } else {
    out->evidence = "no credential: the module prompts for sign-in";
  }
}

psa_signin_mode psa_plan_signin_mode(const psa_model *m, const psa_command *connect) {
  psa_signin s;
  char scratch[512];
  psa_plan_signin(m, connect, &s, scratch, sizeof(scratch));
  return s.mode;
}

/* ---- MSOnline / AzureAD ------------------------------------------------- */

bool psa_plan_graph_cmdlets_migratable(const psa_model *m, const psa_command *connect,
                                       const char **reason, char *scratch, size_t scratch_len) {
  bool msol = psa_command_is(connect, "Connect-MsolService");
  const char *module = msol ? "MSOnline" : "AzureAD";
  uint32_t calls = 0;
  const char *first = NULL;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->local_function || c->dynamic || !c->name || c == connect) continue;
    const char *of = psa_legacy_directory_module(c->name);
    if (!of || strcmp(of, module)) continue;
    if (!psa_strcasecmp(c->name, msol ? "Connect-MsolService" : "Connect-AzureAD")) continue;
    if (!first) first = c->name;
    calls++;
  }
  if (!calls) return true;
  if (reason) {
    snprintf(scratch, scratch_len,
             "the file still calls %u %s cmdlet%s (%s%s), which stop working once the connection "
             "is Connect-MgGraph; migrate them to Microsoft Graph PowerShell first",
             calls, msol ? "MSOnline" : "AzureAD", calls == 1 ? "" : "s", first,
             calls > 1 ? ", ..." : "");
    *reason = scratch;
  }
  return false;
}

/* Probes scripts call to test whether a session already exists; with no
 * arguments but common ones they read nothing the script goes on to use. */
static const char *const S_directory_probes[] = {
    "Get-MsolDomain", "Get-MsolCompanyInformation", "Get-AzureADTenantDetail",
    "Get-AzureADCurrentSessionInfo", "Get-AzureADDomain", NULL};

static bool S_common_param(const char *name) {
  static const char *const common[] = {"ErrorAction", "ErrorVariable", "WarningAction",
                                       "WarningVariable", "InformationAction", "Verbose",
                                       "Debug", "OutVariable", NULL};
  for (int i = 0; name && common[i]; i++)
    if (!psa_strcasecmp(name, common[i])) return true;
  return false;
}

/* Whether the statement around a probe only drops its output ("| Out-Null",
 * "$null = ", "[void]"): the script asks whether the call works, not what
 * it returns. A bare call counts too unless 'explicit' asks for one of
 * those words. */
static bool S_output_dropped(const char *text, uint32_t text_len, const psa_command *c,
                             bool explicit) {
  psa_span st = c->statement_span;
  if (st.end > text_len || c->span.start < st.start || c->span.end > st.end) return false;
  static const char *const words[] = {"Out-Null", "$null", "[void]", NULL};
  bool seen = false;
  for (int part = 0; part < 2; part++) {
    uint32_t k = part ? c->span.end : st.start, end = part ? st.end : c->span.start;
    while (k < end) {
      char ch = text[k];
      if (ch == ' ' || ch == '\t' || ch == '|' || ch == '=' || ch == '(' || ch == ')') {
        k++;
        continue;
      }
      bool word = false;
      for (int w = 0; words[w] && !word; w++) {
        size_t n = strlen(words[w]);
        if (k + n <= end && !psa_strncasecmp(text + k, words[w], n)) {
          k += (uint32_t)n;
          word = true;
        }
      }
      if (!word) return false;
      seen = true;
    }
  }
  return seen || !explicit;
}

bool psa_plan_output_dropped(const char *text, uint32_t text_len, const psa_command *c) {
  return S_output_dropped(text, text_len, c, true);
}

static bool S_directory_probe(const char *text, uint32_t text_len, const psa_command *c) {
  bool named = false;
  for (int i = 0; S_directory_probes[i] && !named; i++) named = psa_command_is(c, S_directory_probes[i]);
  if (!named) return false;
  for (uint32_t k = 0; k < c->arg_count; k++)
    if (c->args[k].via != PSA_BIND_DEFAULT && !S_common_param(c->args[k].param)) return false;
  return S_output_dropped(text, text_len, c, false);
}

/* Verb-MgNoun / Verb-EntraNoun, except the Graph connection's own cmdlets. */
static bool S_graph_cmdlet(const char *name) {
  const char *dash = strchr(name, '-');
  if (!dash) return false;
  if (!psa_strcasecmp(name, "Connect-MgGraph") || !psa_strcasecmp(name, "Disconnect-MgGraph") ||
      !psa_strcasecmp(name, "Get-MgContext") || !psa_strcasecmp(name, "Connect-Entra") ||
      !psa_strcasecmp(name, "Disconnect-Entra") || !psa_strcasecmp(name, "Get-EntraContext"))
    return false;
  /* the mail rewrite's send brings its own Connect-MgGraph (rules/mail.c);
   * it is no use of the directory the old connection served */
  if (!psa_strcasecmp(name, "Send-MgUserMail")) return false;
  return !psa_strncasecmp(dash + 1, "Mg", 2) || !psa_strncasecmp(dash + 1, "Entra", 5);
}

uint32_t psa_plan_directory_calls(const psa_model *m, const char *text, uint32_t text_len) {
  uint32_t calls = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->local_function || c->dynamic || !c->name) continue;
    if (psa_command_is(c, "Connect-MsolService") || psa_command_is(c, "Connect-AzureAD")) continue;
    if (!psa_legacy_directory_module(c->name) && !S_graph_cmdlet(c->name)) continue;
    if (S_directory_probe(text, text_len, c)) continue;
    calls++;
  }
  return calls;
}

const char *psa_plan_no_directory_calls_reason(const char *module, char *scratch, size_t scratch_len) {
  /* the retired module named first (review18 21: a connect-everything
   * helper kept Connect-MsolService beside its rewritten connections with
   * no word that it fails); no Connect-MgGraph without the scopes, which
   * only the callers' cmdlets tell */
  bool msol = !strcmp(module, "MSOnline");
  snprintf(scratch, scratch_len,
           "%s; the file calls none of the module's cmdlets (at most a probe for an existing "
           "session): the scripts run after this connection still need %s, and the Microsoft "
           "Graph scopes they need cannot be read from this file; migrate them first, then "
           "replace this line with Connect-MgGraph and the scopes they need",
           msol ? "MSOnline was retired in April-May 2025 and this connection no longer works"
                : "AzureAD was deprecated March 30, 2024 and is retired after MSOnline",
           module);
  return scratch;
}

/* Commands that prepare or report rather than work: a script whose only
 * statements after a sign-in are these leaves the session for what runs
 * next (a connection helper), whatever it prints on the way. */
static const char *const S_not_work[] = {
    "Write-Host", "Write-Output", "Write-Verbose", "Write-Warning", "Write-Error", "Write-Debug",
    "Write-Information", "Write-Progress", "Out-Null", "Out-Host", "Out-Default", "Read-Host",
    "Get-Credential", "Import-Module", "Install-Module", "Update-Module", "Get-Module",
    "Get-InstalledModule", "Remove-Module", "Find-Module", "Set-ExecutionPolicy",
    "Get-ExecutionPolicy", "Send-MailMessage", "Start-Sleep", "Clear-Host", "Pause",
    "Import-PSSession", "New-PSSession", "Get-PSSession", "Remove-PSSession", "Exit-PSSession",
    "New-ExoPSSession",
    "Enter-PSSession", "Start-Transcript", "Stop-Transcript", "Register-PSRepository",
    "Get-PSRepository", "Set-PSRepository", "Set-Location", "Get-Date", "Get-MgContext",
    "Get-ConnectionInformation", "Send-MgUserMail", "ForEach-Object", "Where-Object",
    "Select-Object", "Sort-Object", "Measure-Object", "Group-Object", "Format-Table", "Format-List",
    NULL};

static bool S_is_work(const psa_command *c) {
  if (!c->name || c->local_function || c->dynamic || c->in_string || c->dot_source) return false;
  if (!psa_strncasecmp(c->name, "Connect-", 8) || !psa_strncasecmp(c->name, "Disconnect-", 11))
    return false;
  for (int i = 0; S_not_work[i]; i++)
    if (psa_command_is(c, S_not_work[i])) return false;
  return strchr(c->name, '-') != NULL; /* a cmdlet, not a native program */
}

/* Whether a command runs another script or a module of the author's own:
 * ". .\x.ps1", "& $PSScriptRoot\x.ps1", ".\x.ps1", Import-Module of a path
 * or a computed name (a launcher: what it loads may need the session). */
static bool S_runs_other_code(const psa_model *m, const psa_command *c) {
  if (c->in_string) return false;
  if (c->dot_source || (c->invoke_operator && (c->dynamic || !c->info))) return true;
  if (c->written && (strchr(c->written, '\\') || strchr(c->written, '/') ||
                     psa_contains_ci(c->written, ".ps1")))
    return true;
  if (!psa_command_is(c, "Import-Module")) return false;
  const psa_arg *a = psa_command_arg(c, "Name");
  if (!a || !a->value) return true;
  const char *s = psa_value_string(m, a->value);
  if (!s) return true;
  return strchr(s, '\\') || strchr(s, '/') || psa_contains_ci(s, ".psm1") ||
         psa_contains_ci(s, ".psd1") || psa_contains_ci(s, ".ps1") || psa_contains_ci(s, ".dll");
}

/* Whether a command name as written is a path to a script: a .ps1, or a
 * path (".\x", "C:\x", "\\server\x", "~/x", "$dir\x"); "Module\Cmdlet",
 * a module-qualified name, is none. */
static bool S_script_path(const char *w) {
  if (!w) return false;
  size_t n = strlen(w);
  while (n && (w[n - 1] == '"' || w[n - 1] == '\'')) n--;
  while (n && (*w == '"' || *w == '\'')) w++, n--;
  if (n >= 4 && !psa_strncasecmp(w + n - 4, ".ps1", 4)) return true;
  if (!memchr(w, '\\', n) && !memchr(w, '/', n)) return false;
  static const char *const native[] = {".exe", ".com", ".bat", ".cmd", NULL};
  for (int k = 0; native[k]; k++)
    if (n >= 4 && !psa_strncasecmp(w + n - 4, native[k], 4)) return false;
  return w[0] == '.' || w[0] == '~' || w[0] == '\\' || w[0] == '/' || w[0] == '$' ||
         (n > 1 && w[1] == ':');
}

const psa_command *psa_plan_script_call(const psa_model *m) {
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || c->local_function) continue;
    if (c->dot_source || (c->invoke_operator && c->dynamic)) return c;
    if (S_script_path(c->written ? c->written : c->name)) return c;
  }
  return NULL;
}

bool psa_plan_works_after(const psa_model *m, uint32_t offset) {
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!S_is_work(c)) continue;
    const psa_command *site = psa_plan_call_site(m, c, NULL, NULL);
    if (site && site->span.start >= offset) return true;
  }
  return false;
}

/* Whether the brace at 'open' opens the body of an if/elseif/else clause,
 * or a try/finally block: a statement in one runs at the script's level. */
static bool S_clause_brace(const psa_model *m, const char *text, uint32_t open) {
  for (uint32_t i = 0; i < m->block_count; i++)
    if (m->blocks[i].kind != PSA_BLOCK_LOOP && m->blocks[i].body.start == open) return true;
  uint32_t k = open;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r' ||
                   text[k - 1] == '\n'))
    k--;
  static const char *const words[] = {"try", "finally", NULL};
  for (int w = 0; words[w]; w++) {
    size_t n = strlen(words[w]);
    if (k >= n && !psa_strncasecmp(text + k - n, words[w], n) &&
        (k == n || !(isalnum((unsigned char)text[k - n - 1]) || text[k - n - 1] == '-' ||
                     text[k - n - 1] == '_')))
      return true;
  }
  return false;
}

/* Whether the file's name or its folder's name says it connects, so that
 * other scripts run it for its sessions: Connect-Office365.ps1, a profile,
 * a sign-in script, or any script in a Connectors/, Login/, Sessions/ or
 * Auth/ folder (the folder as the path names it). A .ps1 only: a module
 * exports functions, whose callers are judged elsewhere. */
static bool S_helper_by_path(const char *path) {
  const char *base = path ? path : "", *folder = NULL;
  for (const char *p = base; *p; p++)
    if (*p == '/' || *p == '\\') {
      folder = base;
      base = p + 1;
    }
  size_t n = strlen(base);
  if (n < 4 || psa_strcasecmp(base + n - 4, ".ps1")) return true;
  static const char *const helper_names[] = {"connect", "profile", "login", "logon", "signin",
                                             "sign-in", NULL};
  for (int i = 0; helper_names[i]; i++)
    if (psa_find_ci(base, n, helper_names[i])) return true;
  if (!folder) return false;
  /* the folder's own name: from the separator before it */
  size_t fn = (size_t)(base - 1 - folder);
  for (const char *p = base - 1; p > folder; p--)
    if (p[-1] == '/' || p[-1] == '\\') {
      fn = (size_t)(base - 1 - p);
      folder = p;
      break;
    }
  static const char *const helper_folders[] = {"connect", "login", "logon", "signin", "sign-in",
                                               "session", "auth", NULL};
  for (int i = 0; helper_folders[i]; i++)
    if (psa_find_ci(folder, fn, helper_folders[i])) return true;
  return false;
}

/* Whether a function's name says it connects for its callers
 * (Connect-O365, Login-Tenant, New-Session): what it signs in to is theirs. */
static bool S_helper_function(const psa_scope *s) {
  static const char *const words[] = {"connect", "login", "logon", "signin", "sign-in",
                                       "session", "auth", NULL};
  if (!s->name) return false;
  for (int i = 0; words[i]; i++)
    if (psa_contains_ci(s->name, words[i])) return true;
  return false;
}

/* The same test for a connection nested in the script's own work: in an
 * if/else clause, a loop, a try block or a function of its own (a script
 * or a module whose function signs in and then does its work). It needs
 * the work after it in the same scope (in the function, not in what its
 * callers do), no other call of the old module (a probe that would then
 * test a module nobody connects), no read of a variable it sets, and a
 * block that keeps a statement once it goes (review20 01, 02, 05, 33). */
/* Cmdlets that set a session up rather than work in it: a bootstrap
 * that writes its configuration, builds the credential and publishes
 * variables for the scripts run next (review20 21) does no work of its
 * own with these. */
static const char *const S_setup_cmdlets[] = {
    "Set-Variable", "New-Variable", "Remove-Variable", "Clear-Variable", "Get-Variable",
    "Import-LocalizedData", "New-Item", "Test-Path", "Get-Content", "Set-Content",
    "ConvertFrom-SecureString", "ConvertTo-SecureString", "New-Object", "Get-ChildItem",
    "Get-PSSession", NULL};

static bool S_real_work(const psa_command *c) {
  if (!S_is_work(c)) return false;
  for (int i = 0; S_setup_cmdlets[i]; i++)
    if (psa_command_is(c, S_setup_cmdlets[i])) return false;
  return true;
}

/* Whether a command publishes a variable for what runs after the script
 * (Set-Variable -Scope Global): the session is meant for others. */
static bool S_publishes(const psa_model *m, const psa_command *c) {
  if (!psa_command_is(c, "Set-Variable") && !psa_command_is(c, "New-Variable")) return false;
  const psa_arg *a = psa_command_arg(c, "Scope");
  const char *v = a && a->value ? psa_value_string(m, a->value) : NULL;
  if (!a) return false;
  return !v || !psa_strcasecmp(v, "Global"); /* a computed scope may be global */
}

static bool S_dead_nested_signin(const psa_model *m, const char *path, const char *text,
                                 uint32_t text_len, const psa_command *connect) {
  if (connect->in_string || connect->invoke_operator || connect->dynamic || !connect->scope)
    return false;
  const psa_scope *scope = connect->scope;
  bool fn = scope->kind == PSA_SCOPE_FUNCTION;
  size_t n = path ? strlen(path) : 0;
  bool module = n >= 5 && !psa_strcasecmp(path + n - 5, ".psm1");
  /* a module's function is judged by its own body; a script by its name */
  if (module ? !fn : S_helper_by_path(path)) return false;
  if (fn && S_helper_function(scope)) return false;
  psa_span st = connect->statement_span;
  if (st.end > text_len || st.start > connect->span.start) return false;
  if (st.start != connect->span.start) {
    psa_span reads[1];
    if (!connect->assigned_to || psa_variable_reads(m, connect->assigned_to, reads, 1)) return false;
  }
  bool work = false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (S_runs_other_code(m, c)) return false;
    if (c != connect && !c->in_string && c->name && !psa_strncasecmp(c->name, "Connect-", 8) &&
        psa_command_is(c, connect->name))
      return false; /* a second connection: a retry or a menu */
    if (!c->local_function && !c->dynamic && c->name && psa_legacy_directory_module(c->name) &&
        !psa_command_is(c, "Connect-MsolService") && !psa_command_is(c, "Connect-AzureAD"))
      return false;
    if (S_publishes(m, c)) return false;
    if (!S_real_work(c)) continue;
    if (fn) {
      work |= c->scope == scope && c->span.start >= st.end;
    } else {
      const psa_command *site = psa_plan_call_site(m, c, NULL, NULL);
      work |= site && site->span.start >= st.end;
    }
  }
  return work && psa_plan_clause_keeps_work(m, text, text_len, connect, &st, 1);
}

bool psa_plan_dead_directory_signin(const psa_model *m, const char *path, const char *text,
                                    uint32_t text_len, const psa_command *connect) {
  return psa_plan_standalone_signin(m, path, text, text_len, connect, false, NULL, 0) ||
         S_dead_nested_signin(m, path, text, text_len, connect);
}

bool psa_plan_standalone_signin(const psa_model *m, const char *path, const char *text,
                                uint32_t text_len, const psa_command *connect, bool in_clauses,
                                const psa_span *going, uint32_t ngoing) {
  if (S_helper_by_path(path)) return false;
  if (connect->in_string || connect->invoke_operator || !connect->scope ||
      connect->scope->kind != PSA_SCOPE_SCRIPT)
    return false;
  /* a statement of its own at the script's top level (not in a clause,
   * loop or try block, which deleting it would leave empty or change) */
  for (uint32_t i = 0; i < m->block_count; i++)
    if (connect->span.start >= m->blocks[i].body.start &&
        connect->span.end <= m->blocks[i].body.end &&
        (!in_clauses || m->blocks[i].kind == PSA_BLOCK_LOOP))
      return false;
  psa_span st = connect->statement_span;
  if (st.end > text_len || st.start > connect->span.start) return false;
  if (st.start != connect->span.start && (!in_clauses || !connect->assigned_to)) return false;
  /* the braces open before it: none, or (in_clauses) if/else clauses and
   * try/finally blocks only */
  uint32_t open[64];
  int depth = 0;
  bool unbalanced = false; /* a '}' with no '{' before it (in a string, a comment) */
  for (uint32_t k = 0; k < st.start; k++) {
    if (text[k] == '{') {
      if (depth >= 0 && depth < 64) open[depth] = k;
      depth++;
    } else if (text[k] == '}' && --depth < 0) {
      unbalanced = true;
    }
  }
  if (depth < 0 || (depth > 0 && (!in_clauses || unbalanced)) || depth > 64) return false;
  for (int d = 0; d < depth; d++)
    if (!S_clause_brace(m, text, open[d])) return false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    bool goes = false;
    for (uint32_t k = 0; k < ngoing && !goes; k++)
      goes = c->span.start >= going[k].start && c->span.end <= going[k].end;
    if (!goes && S_runs_other_code(m, c)) return false;
  }
  return psa_plan_works_after(m, st.end);
}

bool psa_plan_same_straight_line(const psa_model *m, const char *text, uint32_t text_len,
                                 const psa_command *a, const psa_command *b) {
  if (a->in_string || b->in_string || a->scope != b->scope) return false;
  uint32_t from = a->statement_span.end, to = b->statement_span.start;
  if (from > to || to > text_len) return false;
  for (uint32_t i = 0; i < m->block_count; i++) {
    psa_span body = m->blocks[i].body;
    bool in_a = a->span.start >= body.start && a->span.end <= body.end;
    bool in_b = b->span.start >= body.start && b->span.end <= body.end;
    if (in_a != in_b) return false;
  }
  /* a closing brace before an opening one: 'b' is in another block */
  int depth = 0;
  for (uint32_t k = from; k < to; k++) {
    if (text[k] == '{') depth++;
    else if (text[k] == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

/* ---- placement and scope ------------------------------------------------ */

static bool S_within(psa_span outer, psa_span inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/* Whether an Invoke-Command call sends its script block elsewhere. */
static bool S_remote_invoke(const psa_command *c) {
  if (!psa_command_is(c, "Invoke-Command")) return false;
  static const char *const remote[] = {"Session", "ComputerName", "ConnectionUri", "VMName",
                                       "VMId", "ContainerId", "HostName", NULL};
  return S_has_any(c, remote) != NULL;
}

static bool S_onprem_exchange(const psa_model *m, bool *cloud_out) {
  bool onprem = false, cloud = false;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (psa_command_is(c, "Connect-ExchangeOnline") || psa_command_is(c, "Connect-IPPSSession") ||
        S_is_v1(c))
      cloud = true;
    if (c->written && psa_contains_ci(c->written, "RemoteExchange.ps1")) onprem = true;
    for (uint32_t k = 0; k < c->arg_count; k++) {
      const char *s = c->args[k].value ? psa_value_string(m, c->args[k].value) : NULL;
      if (s && psa_contains_ci(s, "RemoteExchange.ps1")) onprem = true;
    }
    if (psa_command_is(c, "Add-PSSnapin")) {
      for (uint32_t k = 0; k < c->arg_count; k++) {
        const char *s = c->args[k].value ? psa_value_string(m, c->args[k].value) : NULL;
        if (s && psa_contains_ci(s, "Exchange")) onprem = true;
      }
    }
    if (psa_command_is(c, "New-PSSession")) {
      const psa_arg *ca = psa_command_arg(c, "ConfigurationName");
      const char *conf = ca && ca->value ? psa_value_string(m, ca->value) : NULL;
      const psa_arg *ua = psa_command_arg(c, "ConnectionUri");
      const char *uri = ua && ua->value ? psa_value_string(m, ua->value) : NULL;
      char host[256];
      bool m365 = uri && (psa_host_is_m365(psa_uri_host(uri, host, sizeof(host))) ||
                          psa_contains_ci(uri, "/powershell-liveid"));
      if (m365) cloud = true;
      else if (conf && !psa_strcasecmp(conf, "Microsoft.Exchange") && uri) onprem = true;
    }
  }
  if (cloud_out) *cloud_out = cloud;
  return onprem;
}

void psa_plan_scope_init(const psa_model *m, psa_plan_scope *sc) {
  memset(sc, 0, sizeof(*sc));
  uint32_t cap = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!S_remote_invoke(c)) continue;
    const psa_arg *sb = psa_command_arg(c, "ScriptBlock");
    if (!sb || !sb->value) continue;
    if (sc->remote_count == cap) {
      cap = cap ? cap * 2 : 8;
      sc->remote_blocks = psa_xrealloc(sc->remote_blocks, cap * sizeof(*sc->remote_blocks));
    }
    sc->remote_blocks[sc->remote_count++] = sb->value->span;
  }
  sc->onprem = S_onprem_exchange(m, &sc->cloud);
}

void psa_plan_scope_free(psa_plan_scope *sc) {
  free(sc->remote_blocks);
  memset(sc, 0, sizeof(*sc));
}

const char *psa_plan_scope_refusal(const psa_plan_scope *sc, const psa_command *cmd) {
  for (uint32_t i = 0; i < sc->remote_count; i++)
    if (S_within(sc->remote_blocks[i], cmd->span))
      return "it runs inside a script block sent to another session (Invoke-Command), where "
             "the local Exchange Online connection does not exist";
  if (sc->onprem && !sc->cloud)
    return "the script manages on-premises Exchange (Exchange Management Shell, the Exchange "
           "snap-in or a session to an Exchange server), where the Exchange Online cmdlets do "
           "not exist";
  return NULL;
}

const char *psa_plan_exo_scope_refusal(const psa_model *m, const psa_command *cmd) {
  psa_plan_scope sc;
  psa_plan_scope_init(m, &sc);
  const char *r = psa_plan_scope_refusal(&sc, cmd);
  psa_plan_scope_free(&sc);
  return r;
}

bool psa_plan_onprem_mixed(const psa_model *m) {
  bool cloud = false;
  return S_onprem_exchange(m, &cloud);
}

bool psa_plan_outer_loop(const psa_model *m, uint32_t offset, psa_span *loop) {
  bool found = false;
  psa_span best = {0, 0};
  psa_span at = {offset, offset};
  for (uint32_t i = 0; i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind != PSA_BLOCK_LOOP || !S_within(b->body, at)) continue;
    if (!found || b->span.start < best.start) best = b->span;
    found = true;
  }
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!psa_command_is(c, "ForEach-Object") || !S_within(c->span, at)) continue;
    /* the whole pipeline repeats what is in the script block */
    psa_span s = c->statement_span;
    if (!found || s.start < best.start) best = s;
    found = true;
  }
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *v = m->calls[i];
    if (v->kind != PSA_V_METHOD_CALL || !psa_value_member(v) ||
        psa_strcasecmp(psa_value_member(v), "ForEach") || !S_within(v->span, at))
      continue;
    if (!found || v->span.start < best.start) best = v->span;
    found = true;
  }
  if (found && loop) *loop = best;
  return found;
}

const psa_command *psa_plan_call_site(const psa_model *m, const psa_command *use, const char **fn,
                                      bool *never_called) {
  const psa_command *site = use;
  for (int depth = 0; site->scope && site->scope->kind == PSA_SCOPE_FUNCTION && depth < 4;
       depth++) {
    const char *name = site->scope->name;
    const psa_command *call = NULL;
    for (uint32_t i = 0; i < m->command_count; i++) {
      const psa_command *c = m->commands[i];
      if (c->local_function && name && !psa_strcasecmp(c->name, name) && !c->in_string &&
          (!call || c->span.start < call->span.start))
        call = c;
    }
    if (!call || call->scope == site->scope) {
      if (fn) *fn = name;
      if (never_called) *never_called = !call;
      return NULL;
    }
    site = call;
  }
  return site;
}

uint32_t psa_plan_connect_anchor(const psa_model *m, const psa_command *site, bool leave_clauses) {
  uint32_t anchor = site->statement_span.start;
  psa_span loop;
  if (psa_plan_outer_loop(m, site->span.start, &loop)) anchor = loop.start;
  psa_span at = {site->span.start, site->span.start};
  for (uint32_t i = 0; leave_clauses && i < m->block_count; i++) {
    const psa_block *b = &m->blocks[i];
    if (b->kind != PSA_BLOCK_LOOP && S_within(b->body, at) && b->statement.start < anchor)
      anchor = b->statement.start;
  }
  return anchor;
}

uint32_t psa_plan_anchor_holding(const psa_model *m, uint32_t anchor, const psa_command *site) {
  psa_span s = site->span;
  for (int round = 0; round < 16; round++) {
    uint32_t out = anchor;
    for (uint32_t i = 0; i < m->block_count; i++) {
      psa_span b = m->blocks[i].body;
      if (anchor > b.start && anchor < b.end && !S_within(b, s) &&
          m->blocks[i].statement.start < out)
        out = m->blocks[i].statement.start;
    }
    for (uint32_t i = 0; i < m->catch_count; i++) {
      const psa_catch *k = &m->catches[i];
      psa_span bodies[2] = {k->try_body, k->body};
      for (int j = 0; j < 2; j++)
        if (anchor > bodies[j].start && anchor < bodies[j].end && !S_within(bodies[j], s) &&
            k->statement.start < out)
          out = k->statement.start;
    }
    if (out == anchor) break;
    anchor = out;
  }
  return anchor;
}

/* psa_plan_runs_before without following 'b' out of its function. */
static bool S_runs_before_here(const psa_model *m, const char *text, uint32_t text_len, psa_span a,
                               const psa_scope *a_scope, const psa_command *b) {
  psa_span bs = b->span;
  if (b->in_string || a.end > bs.start || bs.start > text_len) return false;
  const psa_scope *s = b->scope;
  while (s && s != a_scope) s = s->parent;
  if (!s && a_scope) return false;
  for (uint32_t i = 0; i < m->block_count; i++)
    if (S_within(m->blocks[i].body, a) && !S_within(m->blocks[i].body, bs)) return false;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if ((S_within(k->try_body, a) && !S_within(k->try_body, bs)) ||
        (S_within(k->body, a) && !S_within(k->body, bs)))
      return false;
  }
  /* a command holding 'a' in a script block (ForEach-Object { ... },
   * Invoke-Command { ... }) runs it as often as it likes, or never */
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || !S_within(c->span, a) || S_within(a, c->span)) continue;
    if (!S_within(c->span, bs)) return false;
  }
  for (uint32_t i = 0; i < m->call_count; i++) {
    const psa_value *v = m->calls[i];
    if (v->kind == PSA_V_METHOD_CALL && S_within(v->span, a) && !S_within(a, v->span) &&
        !S_within(v->span, bs))
      return false;
  }
  /* what the model does not know as a block (a switch, a script block in
   * a variable): a brace that closes between them closes a block of 'a' */
  int depth = 0;
  for (uint32_t k = a.end; k < bs.start; k++) {
    if (text[k] == '{') depth++;
    else if (text[k] == '}' && --depth < 0) return false;
  }
  return true;
}

static bool S_runs_before(const psa_model *m, const char *text, uint32_t text_len, psa_span a,
                          const psa_scope *a_scope, const psa_command *b, int depth) {
  if (S_runs_before_here(m, text, text_len, a, a_scope, b)) return true;
  if (depth >= 4 || !b->scope || b->scope->kind != PSA_SCOPE_FUNCTION || !b->scope->name)
    return false;
  uint32_t calls = 0;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!c->local_function || c->in_string || !c->name || psa_strcasecmp(c->name, b->scope->name))
      continue;
    if (c->scope == b->scope) continue; /* a recursive call runs after the first one */
    if (!S_runs_before(m, text, text_len, a, a_scope, c, depth + 1)) return false;
    calls++;
  }
  return calls > 0;
}

bool psa_plan_runs_before(const psa_model *m, const char *text, uint32_t text_len, psa_span a,
                          const psa_scope *a_scope, const psa_command *b) {
  if (a.end > text_len) return false;
  return S_runs_before(m, text, text_len, a, a_scope, b, 0);
}

/* ---- connections in catch clauses ---------------------------------------- */

/* Namespaces of the retired modules' exception types: AzureAD and
 * AzureADPreview ship as Microsoft.Open.* assemblies
 * (Microsoft.Open.Azure.AD.CommonLibrary.dll, Microsoft.Open.AzureAD16.Graph.Client.dll),
 * MSOnline as Microsoft.Online.Administration.Automation.PSModule.dll
 * (docs/fixes.md lists the sources). */
static const struct {
  const char *prefix;
  const char *module;
} S_legacy_exception_namespaces[] = {
    {"Microsoft.Open.", "AzureAD"},
    {"Microsoft.Online.Administration.", "MSOnline"},
};

const char *psa_plan_legacy_exception_module(const char *name, size_t len) {
  while (len && (*name == '[' || *name == ' ' || *name == '\t')) name++, len--;
  for (size_t i = 0; i < sizeof(S_legacy_exception_namespaces) / sizeof(S_legacy_exception_namespaces[0]); i++) {
    size_t n = strlen(S_legacy_exception_namespaces[i].prefix);
    if (len > n && !psa_strncasecmp(name, S_legacy_exception_namespaces[i].prefix, n))
      return S_legacy_exception_namespaces[i].module;
  }
  return NULL;
}

/* Each "[Type]" of a catch clause's type list: how many, and how many
 * belong to a retired module (the first such module in *module). */
static void S_catch_types(const char *text, psa_span types, uint32_t *all, uint32_t *legacy,
                          const char **module) {
  *all = *legacy = 0;
  for (uint32_t k = types.start; k < types.end; k++) {
    if (text[k] != '[') continue;
    uint32_t e = k + 1;
    int depth = 1;
    while (e < types.end && depth) {
      if (text[e] == '[') depth++;
      else if (text[e] == ']') depth--;
      if (depth) e++;
    }
    (*all)++;
    const char *mod = psa_plan_legacy_exception_module(text + k + 1, e - k - 1);
    if (mod) {
      if (!*legacy) *module = mod;
      (*legacy)++;
    }
    k = e;
  }
}

static bool S_stop_on_error(const psa_model *m, const psa_command *c) {
  const psa_arg *ea = psa_command_arg(c, "ErrorAction");
  if (!ea || !ea->value) return false;
  const char *v = psa_value_string(m, ea->value);
  return v && !psa_strcasecmp(v, "Stop");
}

const psa_catch *psa_plan_legacy_catch(const psa_model *m, const char *text, uint32_t text_len,
                                       psa_span at, psa_span *untype, const char **why,
                                       char *scratch, size_t scratch_len) {
  *untype = (psa_span){0, 0};
  *why = NULL;
  const psa_catch *k = NULL;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *c = &m->catches[i];
    /* innermost: catches are in walk order, an inner one after its outer */
    if (at.start >= c->body.start && at.end <= c->body.end) k = c;
  }
  if (!k || !k->types.end || k->types.end > text_len) return NULL;
  uint32_t all, legacy;
  const char *module = NULL;
  S_catch_types(text, k->types, &all, &legacy, &module);
  if (!legacy) return NULL;
  uint32_t line = 0, col = 0;
  psa_source_position(m->src, k->span.start - m->base, &line, &col);
  if (legacy < all) {
    snprintf(scratch, scratch_len,
             "it runs in a catch (line %u) for %s exceptions and others: Microsoft Graph "
             "cmdlets throw none of the %s ones; decide which errors should sign in",
             line, module, module);
    *why = scratch;
    return k;
  }
  if (!k->last) {
    snprintf(scratch, scratch_len,
             "it runs in a catch (line %u) for %s exceptions, which Microsoft Graph cmdlets never "
             "throw, and a catch after it takes the other errors: rewrite the error handling by "
             "hand",
             line, module);
    *why = scratch;
    return k;
  }
  /* the try's first command must be the module's call that fails without
   * a sign-in, stopping the try there */
  const psa_command *first = NULL;
  for (uint32_t i = 0; i < m->command_count && !first; i++) {
    const psa_command *c = m->commands[i];
    if (c->span.start >= k->try_body.start && c->span.end <= k->try_body.end) first = c;
  }
  if (!first || first->local_function || !first->name || !psa_legacy_directory_module(first->name)) {
    snprintf(scratch, scratch_len,
             "it runs in a catch (line %u) for %s exceptions, which Microsoft Graph cmdlets never "
             "throw, and the try does not start with a %s call that would fail without a sign-in: "
             "check Get-MgContext instead, by hand",
             line, module, module);
    *why = scratch;
    return k;
  }
  /* without -ErrorAction the rewrite of that call adds -ErrorAction Stop
   * (psa_plan_catch_probe_needs_stop); another value stays the script's */
  if (psa_command_arg(first, "ErrorAction") && !S_stop_on_error(m, first)) {
    uint32_t fl = 0;
    psa_source_position(m->src, first->span.start - m->base, &fl, &col);
    snprintf(scratch, scratch_len,
             "it runs in a catch (line %u) for %s exceptions, which Microsoft Graph cmdlets never "
             "throw; an untyped catch would not run either, because %s (line %u) has an "
             "-ErrorAction other than Stop and a Microsoft Graph cmdlet reports a missing sign-in "
             "as a non-terminating error: decide how it should fail, or check Get-MgContext",
             line, module, first->name, fl);
    *why = scratch;
    return k;
  }
  /* "catch [A]" -> "catch": from the keyword's end to the list's end */
  *untype = (psa_span){k->span.start + 5, k->types.end};
  return k;
}

/* Commands a try around a sign-in may hold besides the connections:
 * loading modules and building the credential the connection takes. */
static const char *const S_signin_plumbing[] = {
    "New-Object", "ConvertTo-SecureString", "Import-Clixml", "Get-Content",
    "Get-AutomationPSCredential", "Get-AutomationVariable", "Get-StoredCredential", NULL};

static bool S_signin_statement(const psa_command *c) {
  if (c->in_string || !c->name || !S_is_work(c)) return true;
  for (int i = 0; S_signin_plumbing[i]; i++)
    if (psa_command_is(c, S_signin_plumbing[i])) return true;
  return false;
}

uint32_t psa_plan_legacy_try(const psa_model *m, const char *text, uint32_t text_len,
                             const psa_command *connect, psa_span *del, uint32_t max,
                             const char **why, char *scratch, size_t scratch_len) {
  *why = NULL;
  /* the innermost try whose block holds the connection */
  const psa_catch *first = NULL;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *c = &m->catches[i];
    if (connect->span.start >= c->try_body.start && connect->span.end <= c->try_body.end &&
        (!first || c->try_body.start >= first->try_body.start))
      first = c;
  }
  if (!first || first->statement.end > text_len) return 0;
  uint32_t n = 0;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if (k->try_body.start != first->try_body.start || !k->types.end) continue;
    uint32_t all, legacy;
    const char *module = NULL;
    S_catch_types(text, k->types, &all, &legacy, &module);
    if (!legacy) continue;
    uint32_t line = 0, col = 0;
    psa_source_position(m->src, k->span.start - m->base, &line, &col);
    if (legacy < all) {
      snprintf(scratch, scratch_len,
               "it runs in a try whose catch (line %u) lists %s exceptions with others: without "
               "the module the type does not resolve and the catch fails with 'Unable to find "
               "type'; rewrite that error handling by hand",
               line, module);
      *why = scratch;
      return 0;
    }
    /* the try must hold the sign-in only: a failed sign-in is what the
     * clause caught, and what the new cmdlets throw as ordinary errors */
    for (uint32_t q = 0; q < m->command_count; q++) {
      const psa_command *c = m->commands[q];
      if (c->span.start < first->try_body.start || c->span.end > first->try_body.end ||
          S_signin_statement(c))
        continue;
      uint32_t cl = 0;
      psa_source_position(m->src, c->span.start - m->base, &cl, &col);
      snprintf(scratch, scratch_len,
               "it runs in a try whose catch (line %u) is for %s exceptions, and the try also runs "
               "%s (line %u): without the module the type does not resolve, so a failure raises "
               "'Unable to find type' instead of running the catch; rewrite that error handling "
               "by hand",
               line, module, c->name, cl);
      *why = scratch;
      return 0;
    }
    if (n == max) return 0;
    if (k->last) {
      /* "catch [A] {" -> "catch {" */
      del[n++] = (psa_span){k->span.start + 5, k->types.end};
      continue;
    }
    /* a catch after it takes the errors: the clause goes, from the end
     * of what stands before it */
    uint32_t from = first->try_body.end;
    for (uint32_t j = 0; j < m->catch_count; j++) {
      const psa_catch *o = &m->catches[j];
      if (o->try_body.start == first->try_body.start && o->span.end <= k->span.start &&
          o->span.end > from)
        from = o->span.end;
    }
    del[n++] = (psa_span){from, k->span.end};
  }
  return n;
}

bool psa_plan_catch_probe_needs_stop(const psa_model *m, const char *text, uint32_t text_len,
                                     const psa_command *call) {
  if (psa_command_arg(call, "ErrorAction")) return false;
  for (uint32_t i = 0; i < m->catch_count; i++) {
    const psa_catch *k = &m->catches[i];
    if (call->span.start < k->try_body.start || call->span.end > k->try_body.end) continue;
    /* the catch's connection decides (psa_plan_legacy_catch) */
    for (uint32_t c = 0; c < m->command_count; c++) {
      const psa_command *conn = m->commands[c];
      if ((!psa_command_is(conn, "Connect-AzureAD") && !psa_command_is(conn, "Connect-MsolService")) ||
          conn->span.start < k->body.start || conn->span.end > k->body.end)
        continue;
      psa_span untype;
      const char *why;
      char scratch[480];
      const psa_catch *held = psa_plan_legacy_catch(m, text, text_len, conn->span, &untype, &why,
                                                    scratch, sizeof(scratch));
      if (held != k || !untype.end) continue;
      for (uint32_t q = 0; q < m->command_count; q++) {
        const psa_command *first = m->commands[q];
        if (first->span.start >= k->try_body.start && first->span.end <= k->try_body.end)
          return first == call;
      }
    }
  }
  return false;
}

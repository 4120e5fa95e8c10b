// psauth lsp against the command line on real scripts (Node, no packages).
//
//   node bench/lsp-corpus.js PSAUTH LIST
//
// LIST names UTF-8 scripts, one per line, in a scratch copy (psauth fix
// rewrites them). For each, through one `psauth lsp` process:
//   1. didOpen, then the diagnostics: their (rule, start line, end line) must
//      be those of `psauth scan --format json --no-config` for the file;
//   2. "Suppress ID for this line" on up to three findings: applied, the
//      findings of that rule on that line must go, the others stay, and no
//      syntax error appears;
//   3. psauth.fixAll (unsafe fixes too) through workspace/applyEdit: the
//      edit applied to the text must give what `psauth fix --unsafe-fixes`
//      writes to the file;
// and prints the counts, the files that differ, and the time from didOpen
// to the diagnostics. Files that are not UTF-8 are skipped (an editor would
// decode them itself).
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const { connect, applyEdits } = require('../tools/lsp-wire.js');

const [psauth, list] = process.argv.slice(2);
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);

const child = spawn(psauth, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const pending = new Map();
let onDiag = null;
const send = connect(child, (msg) => {
  if (msg.method === 'textDocument/publishDiagnostics') {
    if (onDiag) onDiag(msg.params);
  } else if (msg.method === 'workspace/applyEdit') {
    const r = pending.get('applyEdit');
    if (r) r(msg.params);
    send({ id: msg.id, result: { applied: true } });
  } else if (msg.method === undefined && pending.has(msg.id)) {
    pending.get(msg.id)(msg);
    pending.delete(msg.id);
  }
});
let nextId = 1;
function request(method, params) {
  const id = nextId++;
  return new Promise((r) => { pending.set(id, r); send({ id, method, params }); });
}

const key = (rule, a, b) => `${rule}@${a}-${b}`;

(async () => {
  await request('initialize', { capabilities: { workspace: { applyEdit: true } },
    initializationOptions: { psauth: { noConfig: true, ruleDocsUrl: 'https://example.invalid/rules/' } } });
  send({ method: 'initialized', params: {} });
  const stats = { files: 0, skipped: 0, diagnostics: 0, diagMismatch: [], fixed: 0, fixSame: 0, fixMismatch: [], times: [],
                  suppress: 0, suppressOk: 0, suppressNone: [], suppressBad: [] };
  for (const file of files) {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    } catch (e) {
      stats.skipped++;
      continue;
    }
    stats.files++;
    const uri = 'file://' + file.split('/').map(encodeURIComponent).join('/');
    const t0 = process.hrtime.bigint();
    const got = new Promise((r) => { onDiag = (p) => { if (p.uri === uri) r(p.diagnostics); }; });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'powershell', version: 1, text } } });
    const diags = await got;
    stats.times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    stats.diagnostics += diags.length;
    const mine = diags.map((d) => key(d.code, d.range.start.line + 1, d.range.end.line + 1)).sort();
    let cli = [];
    try {
      const out = execFileSync(psauth, ['scan', '--format', 'json', '--no-config', '--exit-zero', '-q', file], { maxBuffer: 1 << 28 });
      cli = JSON.parse(out).findings.map((f) => key(f.rule, f.line, f.endLine)).sort();
    } catch (e) {
      cli = ['(scan failed)'];
    }
    if (mine.join() !== cli.join()) stats.diagMismatch.push(file);

    // "Suppress for this line" on up to three findings: the finding goes,
    // nothing else changes (no syntax error appears, no other finding goes)
    let version = 1;
    const codeCount = (ds, c) => ds.filter((x) => x.code === c).length;
    for (const d of diags.filter((x) => x.code !== 'PSA001').slice(0, 3)) {
      const actions = (await request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).result;
      const sup = actions.find((a) => a.title === `Suppress ${d.code} for this line`);
      stats.suppress++;
      if (!sup) {
        stats.suppressNone.push(`${file}:${d.range.start.line + 1} ${d.code}`);
        continue;
      }
      const changed = applyEdits(text, sup.edit.changes[uri]);
      const v1 = ++version;
      const after = new Promise((r) => { onDiag = (p) => { if (p.uri === uri && p.version === v1) r(p.diagnostics); }; });
      send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: v1 }, contentChanges: [{ text: changed }] } });
      const ds = await after;
      // gone: the findings of that rule starting on that line (one or more);
      // the others stay (their lines may move by the comment line)
      const here = (x) => x.code === d.code && x.range.start.line === d.range.start.line;
      const gone = diags.filter(here).length;
      // messages name lines ("on line 48"), which the comment line moves
      const keys = (xs) => xs.map((x) => `${x.code} ${x.message.replace(/\d+/g, "#")}`).sort().join('\n');
      const ok = keys(ds) === keys(diags.filter((x) => !here(x))) &&
                 codeCount(ds, 'PSA001') === codeCount(diags, 'PSA001') && ds.length === diags.length - gone;
      if (ok) stats.suppressOk++;
      else stats.suppressBad.push(`${file}:${d.range.start.line + 1} ${d.code}`);
      const v2 = ++version;
      const back = new Promise((r) => { onDiag = (p) => { if (p.uri === uri && p.version === v2) r(p.diagnostics); }; });
      send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: v2 }, contentChanges: [{ text }] } });
      await back;
    }

    const edit = new Promise((r) => pending.set('applyEdit', r));
    const res = await request('workspace/executeCommand', { command: 'psauth.fixAll', arguments: [{ uri, unsafe: true }] });
    let lspFixed = text;
    if (res.result && res.result.applied > 0) {
      const p = await edit;
      lspFixed = applyEdits(text, p.edit.changes[uri]);
    }
    pending.delete('applyEdit');
    send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
    try {
      execFileSync(psauth, ['fix', '--unsafe-fixes', file], { stdio: 'ignore' });
    } catch (e) { /* exit 1: findings left */ }
    const cliFixed = new TextDecoder('utf-8').decode(fs.readFileSync(file));
    if (cliFixed !== text) stats.fixed++;
    if (cliFixed === lspFixed) stats.fixSame++;
    else stats.fixMismatch.push(file);
  }
  const t = stats.times.sort((a, b) => a - b);
  console.log(`files: ${stats.files} (${stats.skipped} not UTF-8, skipped); diagnostics: ${stats.diagnostics}`);
  console.log(`diagnostics equal to psauth scan (rule, lines): ${stats.files - stats.diagMismatch.length}/${stats.files}`);
  for (const f of stats.diagMismatch.slice(0, 10)) console.log(`  differs: ${f}`);
  console.log(`fix all equal to psauth fix --unsafe-fixes: ${stats.fixSame}/${stats.files} (${stats.fixed} files changed by psauth fix)`);
  for (const f of stats.fixMismatch.slice(0, 10)) console.log(`  differs: ${f}`);
  console.log(`suppress for this line: ${stats.suppressOk}/${stats.suppress} remove exactly their findings; ` +
              `${stats.suppressNone.length} without the action, ${stats.suppressBad.length} wrong`);
  for (const f of stats.suppressNone.slice(0, 10)) console.log(`  no action: ${f}`);
  for (const f of stats.suppressBad.slice(0, 10)) console.log(`  wrong: ${f}`);
  if (t.length) console.log(`didOpen to diagnostics: median ${t[Math.floor(t.length / 2)].toFixed(1)} ms, p90 ${t[Math.floor(t.length * 0.9)].toFixed(1)} ms, max ${t[t.length - 1].toFixed(1)} ms`);
  send({ id: 999, method: 'shutdown' });
  send({ method: 'exit' });
  child.on('exit', () => process.exit(stats.diagMismatch.length || stats.fixMismatch.length || stats.suppressBad.length ? 1 : 0));
})();

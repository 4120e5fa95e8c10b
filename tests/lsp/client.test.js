// Drives `psauth lsp` through vscode-jsonrpc (the JSON-RPC layer of VS Code's
// language client): lifecycle, diagnostics, incremental changes, code
// actions, hover, psauth.fixAll, config discovery and bad input.
// usage: node client.test.js PSAUTH WORKDIR   (run by tests/lsp/run-node.sh)
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { applyEdits } = require('../../tools/lsp-wire.js');
const rpc = require('vscode-jsonrpc/node');

const [psauth, workdir] = process.argv.slice(2);
let failures = 0;
function check(cond, what) {
  if (cond) {
    console.log(`ok   ${what}`);
  } else {
    console.log(`FAIL ${what}`);
    failures++;
  }
}

const dir = fs.mkdtempSync(path.join(workdir, 'lsp-node-'));
// a config in the workspace folder: found for the file below
fs.writeFileSync(path.join(dir, 'psauth.json'), JSON.stringify({ severity: { PSA103: 'info' } }));
const file = path.join(dir, 'report.ps1');
const uri = 'file://' + file;
// non-ASCII before the session on its line: columns are UTF-16 code units
const text = [
  '# Rapport hebdomadaire \u{1F4C8} (r\u00e9sum\u00e9)',
  '$cred = Get-Credential',
  '$n = "\u{1F600}"; $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection',
  'Import-PSSession $s',
  'Get-Mailbox | Select-Object DisplayName',
  '',
].join('\n');
fs.writeFileSync(file, text);

const child = spawn(psauth, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
let raw = '';
child.stdout.on('data', (b) => { raw += b.toString('utf8'); });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout),
                                         new rpc.StreamMessageWriter(child.stdin));
const diagnostics = new Map();
const waiters = [];
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  diagnostics.set(p.uri, p);
  for (const w of waiters.splice(0)) w();
});
const applied = [];
conn.onRequest('workspace/applyEdit', (p) => { applied.push(p); return { applied: true }; });
conn.onNotification('window/logMessage', () => {});
const registrations = [];
conn.onRequest('client/registerCapability', (p) => { registrations.push(...p.registrations); return null; });
conn.listen();

function diagnosticsFor(u, version, ms = 10000) {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`no diagnostics for ${u} v${version}`)), ms);
    const look = () => {
      const p = diagnostics.get(u);
      if (p && (version === undefined || p.version === version)) {
        clearTimeout(deadline);
        resolve(p.diagnostics);
      } else {
        waiters.push(look);
      }
    };
    look();
  });
}
async function expectError(promise, code, what) {
  try {
    await promise;
    check(false, `${what}: an error`);
  } catch (e) {
    check(e.code === code, `${what}: error ${code} (got ${e.code})`);
  }
}

(async () => {
  await expectError(conn.sendRequest('textDocument/hover', {}), -32002, 'a request before initialize');
  const init = await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: 'file://' + dir,
    workspaceFolders: [{ uri: 'file://' + dir, name: 'w' }],
    capabilities: { workspace: { applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  const caps = init.capabilities;
  check(caps.textDocumentSync.change === 2, 'incremental text sync');
  check(caps.codeActionProvider.codeActionKinds.includes('quickfix') &&
        caps.codeActionProvider.codeActionKinds.includes('refactor.rewrite'), 'code action kinds');
  check(caps.hoverProvider === true, 'hover provider');
  check(caps.executeCommandProvider.commands.includes('psauth.fixAll'), 'psauth.fixAll command');
  conn.sendNotification('initialized', {});

  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text } });
  let diags = await diagnosticsFor(uri, 1);
  const codes = diags.map((d) => d.code).sort();
  check(codes.includes('PSA101') && codes.includes('PSA103'), `diagnostics PSA101 and PSA103 (got ${codes})`);
  const d101 = diags.find((d) => d.code === 'PSA101');
  const col = text.split('\n')[2].indexOf('New-PSSession');
  check(d101.range.start.line === 2 && d101.range.start.character === col,
        `PSA101 starts at 2:${col} in UTF-16 units (got ${JSON.stringify(d101.range.start)})`);
  check(d101.severity === 1 && d101.source === 'psauth', 'PSA101 is an error from psauth');
  check(d101.codeDescription && /PSA101\.md$/.test(d101.codeDescription.href), 'codeDescription links the rule page');
  const page = d101.codeDescription.href.startsWith('file://') ? fs.readFileSync(d101.codeDescription.href.slice(7), 'utf8') : '';
  check(page.startsWith('# PSA101'), 'the linked rule page exists');
  check(Array.isArray(d101.tags) && d101.tags.includes(2), 'retired API tagged Deprecated');
  check(Array.isArray(d101.relatedInformation) && d101.relatedInformation.length > 0 &&
        d101.relatedInformation[0].location.uri === uri, 'related information in the same file');
  const d103 = diags.find((d) => d.code === 'PSA103');
  check(d103.severity === 3, 'psauth.json of the workspace folder makes PSA103 info');

  // an incremental change: one line inserted at the top
  conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# new first line\n' }],
  });
  let current = '# new first line\n' + text;
  diags = await diagnosticsFor(uri, 2);
  check(diags.find((d) => d.code === 'PSA101').range.start.line === 3, 'incremental change moves PSA101 to line 3');

  // code actions on the session
  const at = diags.find((d) => d.code === 'PSA101').range;
  const actions = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: at, context: { diagnostics: [] } });
  const rewrite = actions.find((a) => a.kind === 'refactor.rewrite' && /PSA101/.test(a.title));
  check(!!rewrite, 'an unsafe rewrite of PSA101 as refactor.rewrite');
  const rewritten = applyEdits(current, rewrite.edit.changes[uri]);
  check(/Connect-ExchangeOnline/.test(rewritten) && !/New-PSSession/.test(rewritten), 'the rewrite replaces New-PSSession with Connect-ExchangeOnline');
  check(rewritten.endsWith('Get-Mailbox | Select-Object DisplayName\n'), 'text after the edits is unchanged');
  const supLine = actions.find((a) => a.title === 'Suppress PSA101 for this line');
  const supFile = actions.find((a) => a.title === 'Suppress PSA101 for this file');
  check(!!supLine && !!supFile && supLine.kind === 'quickfix', 'suppress for this line / file actions');

  // apply the line suppression (a full-text change): PSA101 goes away
  current = applyEdits(current, supLine.edit.changes[uri]);
  // the session is the second statement on its line: a trailing comment
  check(current.split('\n')[3].endsWith('-AllowRedirection  # psauth: disable-line PSA101'),
        'the suppression comment ends the line (the statement does not start it)');
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: current }] });
  diags = await diagnosticsFor(uri, 3);
  check(!diags.some((d) => d.code === 'PSA101') && diags.some((d) => d.code === 'PSA103'), 'suppressed PSA101 is not reported, PSA103 still is');

  // hover on PSA103 (Import-PSSession): the rule's page
  const d = diags.find((x) => x.code === 'PSA103');
  const hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
  check(hover && hover.contents.kind === 'markdown' && /# PSA103/.test(hover.contents.value), 'hover shows the rule page');
  const none = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  check(none === null, 'hover away from findings is null');

  // fix all: an applyEdit request to the client
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text }] });
  const res = await conn.sendRequest('workspace/executeCommand', { command: 'psauth.fixAll', arguments: [{ uri, unsafe: true }] });
  check(res.applied >= 1 && applied.length === 1, `psauth.fixAll applies ${res.applied} fix(es) through workspace/applyEdit`);
  const fixed = applyEdits(text, applied[0].edit.changes[uri]);
  check(/Connect-ExchangeOnline/.test(fixed) && !/New-PSSession/.test(fixed), 'fix all rewrites the connection');

  // a line ending in a backtick cannot take a comment: the directive goes above the statement
  const btUri = 'untitled:backtick.ps1';
  const btText = '    $s = New-PSSession -ConfigurationName Microsoft.Exchange `\n        -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic\n';
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: btUri, languageId: 'powershell', version: 1, text: btText } });
  diags = await diagnosticsFor(btUri, 1);
  const dbt = diags.find((x) => x.code === 'PSA101');
  const btActs = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: btUri }, range: dbt.range, context: { diagnostics: [dbt] } });
  const btSup = btActs.find((a) => a.title === 'Suppress PSA101 for this line');
  const btNew = btSup ? applyEdits(btText, btSup.edit.changes[btUri]) : '';
  check(btNew.startsWith('    # psauth: disable-next-line PSA101\n    $s = New-PSSession'), 'after a backtick line: disable-next-line above the statement, indented');
  conn.sendNotification('textDocument/didChange', { textDocument: { uri: btUri, version: 2 }, contentChanges: [{ text: btNew }] });
  diags = await diagnosticsFor(btUri, 2);
  check(!diags.some((x) => x.code === 'PSA101'), 'and PSA101 is suppressed');

  // a display-only suggestion: shown on hover, never offered as an edit
  const httpUri = 'untitled:http.ps1';
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: httpUri, languageId: 'powershell', version: 1,
    text: '$cred = Get-Credential\nirm -Uri "https://graph.microsoft.com/v1.0/users/$id" -Auth Basic -Credential $cred\n' } });
  diags = await diagnosticsFor(httpUri, 1);
  const d501 = diags.find((x) => x.code === 'PSA501');
  check(!!d501, 'PSA501 on the Basic-authenticated REST call');
  if (d501) {
    const acts = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: httpUri }, range: d501.range, context: { diagnostics: [d501] } });
    check(acts.every((a) => /^Suppress /.test(a.title)), `the suggestion is not an edit (actions: ${acts.map((a) => a.title).join('; ')})`);
    const hv = await conn.sendRequest('textDocument/hover', { textDocument: { uri: httpUri }, position: d501.range.start });
    check(hv && /\*suggestion\*: Send a bearer token/.test(hv.contents.value), 'the suggestion is shown on hover');
  }

  // the config file changes on disk: the client reports it, documents are analysed again
  check(registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' &&
        r.registerOptions.watchers.some((w) => w.globPattern === '**/psauth.json')), 'asks the client to watch psauth.json');
  fs.writeFileSync(path.join(dir, 'psauth.json'), JSON.stringify({ severity: { PSA103: 'warning' } }));
  conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://' + path.join(dir, 'psauth.json'), type: 2 }] });
  const rewarned = await new Promise((resolve) => {
    const deadline = setTimeout(() => resolve(false), 10000);
    const look = () => {
      const p = diagnostics.get(uri);
      if (p && p.diagnostics.some((x) => x.code === 'PSA103' && x.severity === 2)) {
        clearTimeout(deadline);
        resolve(true);
      } else {
        waiters.push(look);
      }
    };
    look();
  });
  check(rewarned, 'a changed psauth.json applies at once (PSA103 now a warning)');

  // dot-sourced files: from the disk, or from the editor when open there
  const common = path.join(dir, 'common.ps1'), main = path.join(dir, 'main.ps1');
  fs.writeFileSync(common, '$ExoUri = "http://exch01.contoso.local/PowerShell/"\n');
  const mainText = '. "$PSScriptRoot\\common.ps1"\n$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $ExoUri -Credential $c -Authentication Basic\n';
  fs.writeFileSync(main, mainText);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file://' + main, languageId: 'powershell', version: 1, text: mainText } });
  diags = await diagnosticsFor('file://' + main, 1);
  check(diags.some((x) => x.code === 'PSA102' && /exch01\.contoso\.local/.test(x.message)), 'the dot-sourced file on disk gives the URI (an on-premises server: PSA102)');
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file://' + common, languageId: 'powershell', version: 1,
    text: '$ExoUri = "https://outlook.office365.com/powershell-liveid/"\n' } });
  // published again: its dot-sourced file changed
  const online = (ds) => ds.some((x) => x.code === 'PSA101' && /Exchange Online remote PowerShell/.test(x.message) && !/exch01/.test(x.message));
  const seen = await new Promise((resolve) => {
    const deadline = setTimeout(() => resolve(false), 10000);
    const look = () => {
      if (online(diagnostics.get('file://' + main).diagnostics)) {
        clearTimeout(deadline);
        resolve(true);
      } else {
        waiters.push(look);
      }
    };
    look();
  });
  check(seen, 'the unsaved text of the open dot-sourced file is used');

  // bad input: the server answers and goes on
  await expectError(conn.sendRequest('psauth/noSuchMethod', {}), -32601, 'unknown method');
  const other = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.ps1' }, range: at, context: { diagnostics: [] } });
  check(Array.isArray(other) && other.length === 0, 'code actions for an unknown document: none');
  await expectError(conn.sendRequest('textDocument/codeAction', { textDocument: { uri } }), -32602, 'code action without a range');
  child.stdin.write('Content-Length: 9\r\n\r\n{"broken"');
  child.stdin.write('Content-Length: abc\r\n\r\n');
  conn.sendNotification('psauth/unknownNotification', {});
  const again = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  check(again === null, 'still answering after malformed messages');
  check(/"code":-32700/.test(raw), 'malformed JSON got a ParseError answer');

  conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  diags = await diagnosticsFor(uri, undefined);
  const shut = await conn.sendRequest('shutdown');
  check(shut === null, 'shutdown answers null');
  await expectError(conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), -32600, 'requests after shutdown');
  const code = await new Promise((resolve) => {
    child.on('exit', (c) => resolve(c));
    conn.sendNotification('exit');
  });
  check(code === 0, `exit after shutdown: status 0 (got ${code})`);
  conn.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.log(`FAIL ${e.stack || e}`);
  child.kill();
  process.exit(1);
});

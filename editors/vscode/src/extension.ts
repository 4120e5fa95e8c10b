// The psauth extension: starts `psauth lsp` for PowerShell files and passes
// the psauth.* settings to it. Everything else (diagnostics, fixes as code
// actions, suppressions, hover) is the server's (docs/lsp.md).
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = vscode.workspace.getConfiguration('psauth').get<string>('path') || 'psauth';
  const serverOptions: ServerOptions = { command, args: ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'powershell' },
      { scheme: 'untitled', language: 'powershell' },
    ],
    synchronize: {
      // sent as workspace/didChangeConfiguration {settings: {psauth: ...}}
      configurationSection: 'psauth',
      // a changed psauth.json is read again
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{psauth.json,.psauth.json}'),
    },
  };
  client = new LanguageClient('psauth', 'psauth', serverOptions, clientOptions);

  // the server's psauth.fixAll takes the document; this one finds it
  context.subscriptions.push(
    vscode.commands.registerCommand('psauth.fixAllInFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!client || !editor || editor.document.languageId !== 'powershell') {
        return;
      }
      const unsafe = vscode.workspace.getConfiguration('psauth').get<boolean>('unsafeFixes') ?? false;
      await client.sendRequest('workspace/executeCommand', {
        command: 'psauth.fixAll',
        arguments: [{ uri: editor.document.uri.toString(), unsafe }],
      });
    }),
  );
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

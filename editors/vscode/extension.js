// Dialscape for VS Code: starts `dialscape lsp` (the Dialscape language server on stdin/stdout)
// for .ucm files. Plain JavaScript, bundled with esbuild into dist/extension.js.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function isExecutableFile(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch (e) {
    return false;
  }
}

// The repository's launcher: a `dialscape` script in the folder or one of its parents.
function findLauncher(folder) {
  let dir = folder;
  for (;;) {
    const candidate = path.join(dir, 'dialscape');
    if (isExecutableFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function folderPaths() {
  return (vscode.workspace.workspaceFolders || [])
    .filter((f) => f.uri.scheme === 'file')
    .map((f) => f.uri.fsPath);
}

// dialscape.server.path if set (relative paths against the first workspace folder,
// ${workspaceFolder} and a leading ~ expanded); else the repository's launcher; else `dialscape` on PATH.
function serverCommand(fallbackFolder) {
  const folders = folderPaths();
  const base = folders[0] || fallbackFolder;
  let configured = (vscode.workspace.getConfiguration('dialscape').get('server.path') || '').trim();
  if (configured) {
    if (base) configured = configured.replace(/\$\{workspaceFolder\}/g, base);
    if (configured.startsWith('~/')) configured = path.join(require('os').homedir(), configured.slice(2));
    if (!path.isAbsolute(configured) && configured.includes(path.sep) && base) {
      configured = path.resolve(base, configured);
    }
    return configured;
  }
  for (const folder of folders.concat(fallbackFolder ? [fallbackFolder] : [])) {
    const launcher = findLauncher(folder);
    if (launcher) return launcher;
  }
  return 'dialscape';
}

function activeUcmFolder() {
  const doc = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
  if (doc && doc.uri.scheme === 'file' && doc.languageId === 'ucm') return path.dirname(doc.uri.fsPath);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.languageId === 'ucm');
  return open ? path.dirname(open.uri.fsPath) : undefined;
}

async function startClient(context) {
  // The server needs a root folder in `initialize`: the workspace folder, or, for a lone
  // file opened without a folder, that file's folder.
  const loneFolder = folderPaths().length === 0 ? activeUcmFolder() : undefined;
  const command = serverCommand(loneFolder);
  const cwd = folderPaths()[0] || loneFolder || (path.isAbsolute(command) ? path.dirname(command) : undefined);

  // No `transport`: with TransportKind.stdio the client appends `--stdio`, which `dialscape lsp`
  // refuses; without it, an Executable speaks over stdin/stdout as it is.
  const serverOptions = { command, args: ['lsp'], options: { cwd } };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'ucm' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.ucm') },
  };
  if (loneFolder) {
    clientOptions.workspaceFolder = { uri: vscode.Uri.file(loneFolder), name: path.basename(loneFolder), index: 0 };
  }

  client = new LanguageClient('dialscape', 'Dialscape language server', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `Dialscape: could not start the language server with "${command} lsp" (${err && err.message ? err.message : err}). ` +
        'Set "dialscape.server.path" to the dialscape launcher.'
    );
  }
}

// Go to definition into the bundled library answers with `dialscape-library:/<file>.ucm`: the
// server sends the text (request `dialscape/libraryFile`), shown read-only as a .ucm document.
const libraryContent = {
  async provideTextDocumentContent(uri) {
    if (!client) throw new Error('The Dialscape language server is not running');
    return client.sendRequest('dialscape/libraryFile', { uri: uri.toString(true) });
  },
};

async function activate(context) {
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider('dialscape-library', libraryContent));
  await startClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('dialscape.restartServer', async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('dialscape.server.path')) {
        await vscode.commands.executeCommand('dialscape.restartServer');
      }
    })
  );
}

async function stopClient() {
  const running = client;
  client = undefined;
  if (running && running.isRunning()) await running.stop().catch(() => undefined);
}

async function deactivate() {
  await stopClient();
}

module.exports = { activate, deactivate };

// Loads the bundled extension (dist/extension.js) against a stand-in `vscode` module, with a
// workspace folder and one .ucm document open, and checks that the language server starts and
// publishes diagnostics for it, then that the extension shuts down. Not VS Code: a check that the
// client and `dialscape lsp` talk. Usage: [DIALSCAPE_SERVER_PATH=...] [DIALSCAPE_TRACE=messages]
// [SMOKE_NO_FOLDER=1 (a lone file, no workspace folder)] node test/smoke-client.js FOLDER FILE.ucm
'use strict';
const Module = require('module');
const path = require('path');
const fs = require('fs');
const { URL, pathToFileURL, fileURLToPath } = require('url');

const [folder, file] = process.argv.slice(2).map((p) => path.resolve(p));
const log = (...a) => console.log('[smoke]', ...a);

function stub(name) {
  const fn = function () { return stub(name + '()'); };
  return new Proxy(fn, {
    get(t, p) {
      if (p === 'then') return undefined;
      if (p === Symbol.toPrimitive) return () => name;
      if (p === 'dispose') return () => {};
      return stub(name + '.' + String(p));
    },
    apply() { return stub(name + '()'); },
    construct() { return stub('new ' + name); },
  });
}

class Disposable { constructor(f) { this.f = f; } dispose() { if (this.f) this.f(); } static from(...d) { return new Disposable(() => d.forEach((x) => x && x.dispose && x.dispose())); } }
class EventEmitter {
  constructor() { this.l = []; this.event = (f) => { this.l.push(f); return new Disposable(() => {}); }; }
  fire(e) { this.l.forEach((f) => f(e)); } dispose() {}
}
class Uri {
  constructor(u) { this._u = u; const x = new URL(u); this.scheme = x.protocol.slice(0, -1); this.path = decodeURIComponent(x.pathname); this.fsPath = this.scheme === 'file' ? fileURLToPath(u) : this.path; this.authority = ''; this.query = ''; this.fragment = ''; }
  static parse(s) { return new Uri(s); }
  static file(p) { return new Uri(pathToFileURL(p).href); }
  toString() { return this._u; } toJSON() { return this._u; }
  with() { return this; }
}
class CancellationTokenSource {
  constructor() { const e = new EventEmitter(); this._e = e; this.token = { isCancellationRequested: false, onCancellationRequested: e.event }; }
  cancel() { this.token.isCancellationRequested = true; this._e.fire(); } dispose() {}
}
class Position { constructor(l, c) { this.line = l; this.character = c; } }
class Range { constructor(a, b, c, d) { if (typeof a === 'number') { this.start = new Position(a, b); this.end = new Position(c, d); } else { this.start = a; this.end = b; } } }
class Diagnostic { constructor(range, message, severity) { this.range = range; this.message = message; this.severity = severity; } }

const text = fs.readFileSync(file, 'utf8');
const doc = {
  uri: Uri.file(file), fileName: file, languageId: 'ucm', version: 1, isClosed: false, isDirty: false, isUntitled: false,
  getText: () => text, lineCount: text.split('\n').length, eol: 1,
};
const published = new Map();
const contentProviders = new Map();
const config = { 'server.path': process.env.DIALSCAPE_SERVER_PATH || '', 'trace.server': process.env.DIALSCAPE_TRACE || 'off' };
const outputLines = [];

const vscode = new Proxy({
  Disposable, EventEmitter, Uri, Position, Range, Diagnostic, CancellationTokenSource,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  version: '1.82.0',
  env: { appName: 'smoke', language: 'en', machineId: 'x', sessionId: 'x', uiKind: 1, appRoot: '/' },
  workspace: new Proxy({
    workspaceFolders: process.env.SMOKE_NO_FOLDER ? undefined : [{ uri: Uri.file(folder), name: path.basename(folder), index: 0 }],
    textDocuments: [doc],
    getConfiguration: (section) => ({ get: (k, d) => (section === 'dialscape' && k in config ? config[k] : d), has: () => false, update: async () => {} }),
    getWorkspaceFolder: () => ({ uri: Uri.file(folder), name: path.basename(folder), index: 0 }),
    registerTextDocumentContentProvider: (scheme, provider) => { contentProviders.set(scheme, provider); return new Disposable(); },
    createFileSystemWatcher: () => ({ onDidCreate: () => new Disposable(), onDidChange: () => new Disposable(), onDidDelete: () => new Disposable(), dispose() {} }),
  }, { get: (t, p) => (p in t ? t[p] : (typeof p === 'string' && p.startsWith('on') ? () => new Disposable() : stub('workspace.' + String(p)))) }),
  window: new Proxy({
    activeTextEditor: { document: doc },
    visibleTextEditors: [],
    createOutputChannel: (n) => ({ name: n, append: (s) => outputLines.push(s), appendLine: (s) => outputLines.push(s), replace() {}, clear() {}, show() {}, hide() {}, dispose() {},
      trace: (s) => outputLines.push(s), debug: (s) => outputLines.push(s), info: (s) => outputLines.push(s), warn: (s) => outputLines.push(s), error: (s) => outputLines.push(s) }),
    showErrorMessage: async (m) => { log('error message:', m); },
    showWarningMessage: async (m) => { log('warning message:', m); },
    showInformationMessage: async () => undefined,
  }, { get: (t, p) => (p in t ? t[p] : (typeof p === 'string' && p.startsWith('on') ? () => new Disposable() : stub('window.' + String(p)))) }),
  languages: new Proxy({
    createDiagnosticCollection: (name) => ({ name, set: (uri, diags) => { if (process.env.DIALSCAPE_TRACE) log('diagnostics.set', String(uri), diags && diags.length); if (uri && diags) published.set(String(uri), diags); }, delete() {}, clear() {}, forEach() {}, get: () => undefined, has: () => false, dispose() {} }),
    match: (selector, d) => (d.languageId === 'ucm' && d.uri.scheme === 'file' ? 10 : 0),
  }, { get: (t, p) => (p in t ? t[p] : (typeof p === 'string' && p.startsWith('on') ? () => new Disposable() : () => new Disposable())) }),
  commands: { registerCommand: () => new Disposable(), executeCommand: async () => undefined },
}, { get: (t, p) => (p in t ? t[p] : stub(String(p))) });

const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return origLoad.apply(this, arguments);
};

process.on('unhandledRejection', (e) => log('unhandled rejection:', e && e.message ? e.message : String(e).slice(0, 300)));
process.on('uncaughtException', (e) => { log('uncaught:', e && e.message ? e.message : String(e).slice(0, 300)); log('output:\n' + outputLines.join('\n').slice(0, 4000)); process.exit(1); });

async function main() {
  const ext = require(path.resolve(__dirname, '..', 'dist', 'extension.js'));
  const context = { subscriptions: [], extensionPath: path.resolve(__dirname, '..'), globalState: { get() {}, update: async () => {} }, workspaceState: { get() {}, update: async () => {} } };
  const t0 = Date.now();
  await ext.activate(context);
  log(`activated in ${Date.now() - t0} ms`);
  const deadline = Date.now() + 20000;
  while (!published.has(doc.uri.toString()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const diags = published.get(doc.uri.toString());
  if (!diags) {
    log('no diagnostics for', doc.uri.toString(), 'within 20 s; output:\n' + outputLines.join('\n'));
    process.exitCode = 1;
  } else {
    log(`diagnostics for ${path.basename(file)} after ${Date.now() - t0} ms: ${diags.length}`);
    for (const d of diags) log(`  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message} [${d.code && d.code.value !== undefined ? d.code.value : d.code}]`);
  }
  // Go to definition into the library opens a dialscape-library: URI: its content comes from the server.
  const library = contentProviders.get('dialscape-library');
  if (!library) {
    log('no content provider for dialscape-library: URIs');
    process.exitCode = 1;
  } else {
    const text = await library.provideTextDocumentContent(Uri.parse('dialscape-library:/ocs2007r2.ucm'));
    if (typeof text !== 'string' || !/^platform ocs2007r2 /m.test(text)) {
      log('dialscape-library:/ocs2007r2.ucm gave', String(text).slice(0, 200));
      process.exitCode = 1;
    } else {
      log(`dialscape-library:/ocs2007r2.ucm: ${text.split('\n').length} lines from the server`);
    }
  }
  await ext.deactivate();
  log('deactivated');
  setTimeout(() => process.exit(process.exitCode || 0), 500).unref();
}
main().catch((e) => { console.error(e); process.exit(2); });

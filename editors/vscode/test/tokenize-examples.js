// Runs the TextMate grammar over .ucm files (default: the repository's examples/) and fails when
// a line has an `invalid` scope, a string that does not close on its line, or a file ends inside
// a block comment. vscode-textmate and vscode-oniguruma come with vscode-tmgrammar-test.
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..');
const grammarPath = path.join(root, 'syntaxes', 'ucm.tmLanguage.json');

function ucmFiles(args) {
  const inputs = args.length ? args : [path.resolve(root, '..', '..', 'examples')];
  const files = [];
  for (const input of inputs) {
    if (fs.statSync(input).isDirectory()) {
      for (const name of fs.readdirSync(input).sort()) if (name.endsWith('.ucm')) files.push(path.join(input, name));
    } else files.push(input);
  }
  return files;
}

async function main() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.ucm' ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('source.ucm');
  const baseDepth = grammar.tokenizeLine('', vsctm.INITIAL).ruleStack.depth;
  const files = ucmFiles(process.argv.slice(2));
  if (files.length === 0) throw new Error('no .ucm files found');
  let problems = 0;
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    let stack = vsctm.INITIAL;
    const counts = { keyword: 0, string: 0, comment: 0, number: 0 };
    const report = (n, msg) => {
      problems++;
      console.log(`${path.relative(process.cwd(), file)}:${n + 1}: ${msg}`);
    };
    lines.forEach((line, n) => {
      const result = grammar.tokenizeLine(line, stack);
      let opened = 0;
      let closed = 0;
      for (const token of result.tokens) {
        const scopes = token.scopes.join(' ');
        const text = line.slice(token.startIndex, token.endIndex);
        if (scopes.includes('invalid')) report(n, `invalid token "${text}" (${scopes})`);
        if (scopes.includes('punctuation.definition.string.begin')) opened++;
        if (scopes.includes('punctuation.definition.string.end')) closed++;
        if (scopes.includes('keyword.')) counts.keyword++;
        else if (scopes.includes('string.')) counts.string++;
        else if (scopes.includes('comment.')) counts.comment++;
        else if (scopes.includes('constant.numeric')) counts.number++;
      }
      if (opened !== closed) report(n, 'a string does not close on its line');
      stack = result.ruleStack;
    });
    if (stack.depth !== baseDepth) report(lines.length - 1, 'the file ends inside a comment or string');
    console.log(
      `${path.relative(process.cwd(), file)}: ${lines.length} lines, ${counts.keyword} keyword, ` +
        `${counts.string} string, ${counts.comment} comment, ${counts.number} number tokens`
    );
  }
  if (problems) {
    console.log(`${problems} problem(s)`);
    process.exit(1);
  }
  console.log(`${files.length} file(s) tokenized without problems`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(2);
});

#!/usr/bin/env node
// The jilin-model command: runs the compiled CLI (build/cli, made by `npm install` or `npm run build`).
const fs = require("fs");
const path = require("path");

const compiled = path.join(__dirname, "..", "build", "cli", "src", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("jilin-model: the CLI is not compiled yet; run `npm run build:cli` in the project first.\n");
  process.exit(1);
}
// Say so when the sources changed after the CLI was compiled (it does not recompile: that takes seconds).
const newest = (dir) => {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
};
const src = path.join(__dirname, "..", "src");
if (fs.existsSync(src) && newest(src) > fs.statSync(compiled).mtimeMs) {
  process.stderr.write("jilin-model: note: src/ changed after the CLI was compiled; run `npm run build:cli` to use the changes.\n");
}
const { run } = require(compiled);
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`jilin-model: unexpected failure: ${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);

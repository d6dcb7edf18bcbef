#!/usr/bin/env node
// The jilin-model command: runs the compiled CLI (build/cli, made by `npm install` or `npm run build`).
const fs = require("fs");
const path = require("path");

const compiled = path.join(__dirname, "..", "build", "cli", "src", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("jilin-model: the CLI is not compiled yet; run `npm run build:cli` in the project first.\n");
  process.exit(1);
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

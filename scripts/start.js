#!/usr/bin/env node
/*
 * `npm start`: builds the add-in and the preview host, serves both at https://localhost:3000 (loopback
 * only) and prints how to sideload manifest.xml into Excel, or to try the wizard in the preview.
 *
 * Certificates come from office-addin-dev-certs' generateCertificates() and are written under
 * .certs/ (git-ignored). Nothing is installed into the system's trust store: Excel on the web and
 * your browser will ask you to trust https://localhost:3000 once (or run
 * `npx office-addin-dev-certs install` yourself if you want the CA trusted system-wide).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { generateCertificates } = require("office-addin-dev-certs");
const { securityHeaders } = require("./lib/securityHeaders");

const ROOT = path.resolve(__dirname, "..");
const CERT_DIR = path.join(ROOT, ".certs");
const CA = path.join(CERT_DIR, "ca.crt");
const CERT = path.join(CERT_DIR, "localhost.crt");
const KEY = path.join(CERT_DIR, "localhost.key");
const HOST = "127.0.0.1";
const PORT = Number(process.env.PORT || 3000);

async function ensureCertificates() {
  if (![CA, CERT, KEY].every((f) => fs.existsSync(f))) {
    fs.mkdirSync(CERT_DIR, { recursive: true, mode: 0o700 });
    await generateCertificates(CA, CERT, KEY, 30);
    console.log(`Generated development certificates in ${path.relative(ROOT, CERT_DIR)}/ (not installed system-wide).`);
  }
  // The private key is readable by its owner only (also one written by an older version).
  fs.chmodSync(CERT_DIR, 0o700);
  fs.chmodSync(KEY, 0o600);
}

function instructions() {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `Jilin Mining Model is served at https://localhost:${PORT}/taskpane.html`,
    "",
    `Try it without Excel: open https://localhost:${PORT}/preview.html (the real task pane beside a`,
    "workbook calculated by HyperFormula; build a model and watch the sheet appear).",
    "",
    "Sideload the add-in:",
    "  Excel on the web: open a workbook > Home > Add-ins > More Settings (or Insert > Add-ins) >",
    `    Upload My Add-in > choose ${manifest}`,
    "  Excel on Windows: put manifest.xml in a shared-folder catalog (File > Options > Trust Center >",
    "    Trusted Add-in Catalogs), restart Excel, then Insert > My Add-ins > Shared Folder.",
    "  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "    and restart Excel; the add-in appears under Insert > My Add-ins.",
    "",
    `First open https://localhost:${PORT}/taskpane.html in your browser and accept the certificate`,
    `(CA in ${path.relative(ROOT, CA)}). Then type =JILIN.BREAKEVEN(13.5, 0.05, 1061.28) in a cell.`,
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}

async function main() {
  await ensureCertificates();
  const addin = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const preview = require(path.join(ROOT, "webpack.preview.config.js"))({}, { mode: "development" });
  const compiler = webpack([
    { ...addin, mode: "development" },
    { ...preview, mode: "development" },
  ]);
  const server = new WebpackDevServer(
    {
      host: HOST,
      port: PORT,
      allowedHosts: ["localhost", "127.0.0.1"],
      // Content-Security-Policy, nosniff, and cross-origin reads only where Office needs them (scripts/lib/securityHeaders.js).
      headers: (req) => securityHeaders(new URL(req.url || "/", "https://localhost").pathname),
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.disable("x-powered-by");
        return middlewares;
      },
      hot: false,
      liveReload: false,
      client: false,
      static: false,
      server: {
        type: "https",
        options: { ca: fs.readFileSync(CA), cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY) },
      },
    },
    compiler,
  );
  await server.start();
  console.log(instructions());

  // Stop cleanly on Ctrl+C (SIGINT), SIGTERM or SIGHUP, and when the process that started this one (npm)
  // goes away without passing the signal on: nothing is left serving the port.
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping (${why})…`);
    const force = setTimeout(() => process.exit(0), 5000);
    force.unref();
    try {
      await server.stop();
    } finally {
      process.exit(0);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stop(signal));
  const parent = process.ppid;
  const watch = setInterval(() => {
    let alive = process.ppid === parent;
    if (alive) {
      try {
        process.kill(parent, 0);
      } catch {
        alive = false;
      }
    }
    if (!alive) void stop("npm exited");
  }, 500);
  watch.unref();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

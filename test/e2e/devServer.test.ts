/*
 * `npm start` as a developer runs it, checked with curl: the headers the development server sends
 * (a Content-Security-Policy, nosniff, no X-Powered-By, cross-origin reads only for what Office reads
 * across origins), a private key readable by its owner only, and a clean stop, both on SIGTERM to the
 * npm process and on Ctrl+C (SIGINT to the whole process group): nothing is left serving the port.
 */
import { execFileSync, spawn, type ChildProcess } from "child_process";
import fs from "fs";
import net from "net";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `npm start` in its own process group and waits until it says where it serves. */
async function start(port: number): Promise<{ npm: ChildProcess; output: () => string }> {
  const npm = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  npm.stdout!.on("data", (d) => (out += String(d)));
  npm.stderr!.on("data", (d) => (out += String(d)));
  const deadline = Date.now() + 120000;
  while (!out.includes("served at")) {
    if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start did not come up:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { npm, output: () => out };
}

/** The response headers of a GET (lower-case names), by curl. */
function headers(port: number, file: string): Record<string, string> {
  const raw = execFileSync("curl", ["-sk", "-D", "-", "-o", "/dev/null", "--max-time", "120", `https://127.0.0.1:${port}/${file}`], { encoding: "utf8" });
  const out: Record<string, string> = {};
  for (const line of raw.split(/\r?\n/).slice(1)) {
    const i = line.indexOf(":");
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  out[":status"] = raw.split(" ")[1] ?? "";
  return out;
}

/** Whether anything answers on the port within `seconds` (the first answer waits for webpack's first build). */
function answers(port: number, seconds = 5): boolean {
  try {
    execFileSync("curl", ["-sk", "-o", "/dev/null", "--max-time", String(seconds), `https://127.0.0.1:${port}/taskpane.html`]);
    return true;
  } catch {
    return false;
  }
}

/** Whether any process of the group is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return what();
}

describe("npm start", () => {
  it("sends the security headers, keeps the key private, and stops on SIGTERM to npm leaving nothing behind", async () => {
    const port = await freePort();
    const { npm } = await start(port);
    try {
      const page = headers(port, "taskpane.html");
      expect(page[":status"]).toBe("200");
      expect(page["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(page["content-security-policy"]).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      expect(page["content-security-policy"]).toMatch(/frame-ancestors 'self' .*https:\/\/\*\.officeapps\.live\.com/);
      expect(page["x-content-type-options"]).toBe("nosniff");
      expect(page["x-powered-by"]).toBeUndefined();
      expect(page["access-control-allow-origin"]).toBeUndefined();
      // Office on the web reads the custom functions' metadata and script from another origin.
      for (const file of ["functions.json", "functions.zh-CN.json", "functions.js"]) {
        const h = headers(port, file);
        expect([file, h[":status"], h["access-control-allow-origin"], h["x-content-type-options"]]).toEqual([file, "200", "*", "nosniff"]);
      }
      // Nothing else is readable across origins: the bundles and their source maps.
      for (const file of ["taskpane.js", "taskpane.js.map", "preview.html"]) {
        const h = headers(port, file);
        expect([file, h["access-control-allow-origin"], h["x-powered-by"]]).toEqual([file, undefined, undefined]);
      }
      expect(fs.statSync(path.join(ROOT, ".certs", "localhost.key")).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(ROOT, ".certs")).mode & 0o077).toBe(0);
    } finally {
      process.kill(npm.pid!, "SIGTERM"); // the npm process alone, as a process manager would stop it
    }
    expect(await until(() => !groupAlive(npm.pid!), 15000)).toBe(true);
    expect(answers(port)).toBe(false);
  }, 240000);

  it("stops on Ctrl+C (SIGINT to the process group) leaving nothing behind", async () => {
    const port = await freePort();
    const { npm, output } = await start(port);
    try {
      expect(answers(port, 120)).toBe(true);
    } finally {
      process.kill(-npm.pid!, "SIGINT");
    }
    expect(await until(() => !groupAlive(npm.pid!), 15000)).toBe(true);
    expect(answers(port)).toBe(false);
    expect(output()).toMatch(/Stopping/);
  }, 240000);
});

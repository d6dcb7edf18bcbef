/*
 * A static file server for end-to-end tests: dist/ (the add-in) and preview-dist/ (the preview host)
 * at one origin on 127.0.0.1 and a free port. Plain HTTP: nothing leaves the machine.
 */
import http from "http";
import fs from "fs";
import path from "path";
import type { AddressInfo } from "net";
// The development server's headers (Content-Security-Policy, nosniff, cross-origin reads), so the pane runs under the same policy here.
const { securityHeaders } = require("../../scripts/lib/securityHeaders.js") as { securityHeaders: (pathname: string) => Record<string, string> };

const ROOT = path.resolve(__dirname, "../..");
const DIRS = [path.join(ROOT, "dist"), path.join(ROOT, "preview-dist")];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    for (const dir of DIRS) {
      const file = path.join(dir, pathname);
      if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", ...securityHeaders(pathname) });
        fs.createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

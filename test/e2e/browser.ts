/*
 * Debian's Chromium driven by playwright-core: no downloaded browser, and no request leaves the
 * machine (everything but the test server is refused; Office.js's CDN URL is answered with the copy
 * in @microsoft/office-js).
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { startServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Launches Chromium; playwright-core gives every launch a fresh temporary profile (user data dir). */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 60000,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A context whose requests stay on the test server; blocked ones are recorded. */
export async function isolatedContext(browser: Browser, origin: string): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, reducedMotion: "reduce" });
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      // Office.js and the files it loads next (strings, host scripts) from @microsoft/office-js.
      const file = path.join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
      }
    }
    blocked.push(url);
    return route.abort();
  });
  return { context, blocked };
}

/**
 * The test server and Chromium for one test file: started before its tests (after creating `shots`,
 * the screenshot folder, when given) and closed after them. Read `server` and `browser` inside tests.
 */
export function previewHost(shots?: string): { readonly server: { url: string; close: () => Promise<void> }; readonly browser: Browser } {
  const host = {} as { server: { url: string; close: () => Promise<void> }; browser: Browser };
  beforeAll(async () => {
    if (shots) fs.mkdirSync(shots, { recursive: true });
    host.server = await startServer();
    host.browser = await launch();
  });
  afterAll(async () => {
    await host.browser?.close();
    await host.server?.close();
  });
  return host;
}

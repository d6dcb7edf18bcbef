/*
 * The task pane at Excel's default widths (350 px on the web, 320 px on Windows, 270 px on Mac): on
 * every step of the wizard, after a build (with the Monte Carlo panel) and with a field in error,
 * nothing sticks out of the pane or is cut off sideways, and the pane never scrolls horizontally.
 * A screenshot of each screen at each width goes to test-results/.
 */
import path from "path";
import type { Frame, Page } from "playwright-core";
import { isolatedContext, previewHost } from "./browser";

jest.setTimeout(240000);

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "pane-widths");
const WIDTHS = [350, 320, 270] as const;
const STEPS = ["Site", "Fleet", "Power", "Market", "Risk", "Finance", "Review"] as const;

const host = previewHost(SHOTS);

/**
 * What sticks out sideways in the pane's document: the page's own horizontal overflow, and every
 * visible element whose box leaves the pane's width (cut off or reachable only by scrolling sideways).
 */
async function overflow(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`the pane scrolls sideways: ${document.documentElement.scrollWidth} px of content in ${width} px`);
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      if (r.right > width + 1 || r.left < -1) {
        const name = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""}`;
        out.push(`${name} "${(el.textContent ?? "").trim().slice(0, 40)}" spans ${Math.round(r.left)}..${Math.round(r.right)} px of ${width}`);
      }
    }
    return out.slice(0, 8);
  });
}

async function open(width: number): Promise<{ page: Page; frame: Frame }> {
  const { context } = await isolatedContext(host.browser, host.server.url);
  const page = await context.newPage();
  await page.goto(`${host.server.url}/preview.html?pane=${width}`);
  await page.waitForFunction(() => (window as any).__preview?.ready === true);
  const handle = await page.$("#pane-frame");
  const frame = (await handle!.contentFrame())!;
  await frame.locator("#step-heading").waitFor();
  return { page, frame };
}

describe.each(WIDTHS)("the pane at %i px", (width) => {
  it("every wizard step, a refused input, the built model and the Monte Carlo panel fit without sideways scrolling", async () => {
    const { page, frame } = await open(width);
    expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(width);
    const problems: string[] = [];
    const check = async (screen: string) => {
      await page.screenshot({ path: path.join(SHOTS, `${width}px-${screen}.png`) });
      for (const p of await overflow(frame)) problems.push(`${screen}: ${p}`);
    };
    for (const [i, title] of STEPS.entries()) {
      if (i > 0) {
        await frame.getByRole("button", { name: "Next" }).click();
        await frame.locator("#step-heading", { hasText: title }).waitFor();
      }
      if (title === "Fleet") await frame.locator("#field-miner").selectOption("Antminer S21 XP Hydro");
      if (title === "Review") await frame.locator("[data-result='NPV']").waitFor();
      await check(title.toLowerCase());
    }
    await frame.getByRole("button", { name: "Build model" }).click();
    await frame.getByText("Model built").waitFor();
    await frame.locator("#mc-paths").waitFor();
    await check("built");
    // The preview keeps its layout with a model in it: the sheet scrolls inside its frame; the formula bar,
    // the sheet tabs and the pane stay in view.
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      view: innerHeight,
      tabs: document.getElementById("tabs")!.getBoundingClientRect().bottom,
      sheet: document.getElementById("scroll")!.scrollHeight > document.getElementById("scroll")!.clientHeight,
    }));
    expect(layout.page).toBeLessThanOrEqual(layout.view);
    expect(layout.tabs).toBeLessThanOrEqual(layout.view);
    expect(layout.sheet).toBe(true);
    await frame.locator("#mc-paths").fill("abc");
    await frame.getByRole("button", { name: "Run Monte Carlo" }).click();
    await frame.getByText(/Paths \(count\) must be a number/).waitFor();
    await check("monte-carlo-refused");
    // Reopened on a workbook with a model, then a refused input on the first step, with its message.
    await page.click("#reopen");
    await frame.getByRole("button", { name: "Edit model" }).waitFor();
    await check("reopened");
    await frame.getByRole("button", { name: "Edit model" }).click();
    await frame.locator("#field-horizonMonths").fill("abc");
    await frame.getByRole("button", { name: "Next" }).click();
    await frame.getByText(/Horizon \(months\) must be/).waitFor();
    await check("refused-input");
    expect(problems).toEqual([]);
    await page.close();
  });
});

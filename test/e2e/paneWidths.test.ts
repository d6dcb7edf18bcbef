/*
 * The task pane at Excel's default widths (350 px on the web, 320 px on Windows, 270 px on Mac), in
 * English and in Chinese (Chinese Office): on every step of the wizard, after a build (with the Monte
 * Carlo panel) and with a field in error, nothing sticks out of the pane or is cut off sideways, and
 * the pane never scrolls horizontally. A screenshot of each screen at each width goes to test-results/.
 */
import path from "path";
import type { Frame, Page } from "playwright-core";
import { isolatedContext, previewHost } from "./browser";

jest.setTimeout(240000);

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "pane-widths");
const WIDTHS = [350, 320, 270] as const;
const STEP_IDS = ["site", "fleet", "power", "market", "risk", "finance", "review"] as const;

/** The texts the test clicks and waits for, as each language's user reads them. */
const TEXTS = {
  en: { query: "", steps: ["Site", "Fleet", "Power", "Market", "Risk", "Finance", "Review"], next: "Next", build: "Build model", built: "Model built", run: "Run Monte Carlo", paths: /Paths \(count\) must be a number/, edit: "Edit model", horizon: /Horizon \(months\) must be/ },
  "zh-CN": { query: "&lang=zh-CN", steps: ["场地", "矿机", "电力", "市场", "风险", "财务", "复核"], next: "下一步", build: "建立模型", built: "模型已建立", run: "运行模拟", paths: /路径数（条）必须是数字/, edit: "编辑模型", horizon: /期限（个月）/ },
} as const;
type Lang = keyof typeof TEXTS;

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

async function open(width: number, lang: Lang): Promise<{ page: Page; frame: Frame }> {
  const { context } = await isolatedContext(host.browser, host.server.url);
  const page = await context.newPage();
  await page.goto(`${host.server.url}/preview.html?pane=${width}${TEXTS[lang].query}`);
  await page.waitForFunction(() => (window as any).__preview?.ready === true);
  const handle = await page.$("#pane-frame");
  const frame = (await handle!.contentFrame())!;
  await frame.locator("#step-heading").waitFor();
  return { page, frame };
}

const CASES = (["en", "zh-CN"] as const).flatMap((lang) => WIDTHS.map((width) => [lang, width] as const));

describe.each(CASES)("the pane in %s at %i px", (lang, width) => {
  const text = TEXTS[lang];
  const shot = (screen: string) => path.join(SHOTS, `${lang === "en" ? "" : `${lang}-`}${width}px-${screen}.png`);
  it("every wizard step, a refused input, the built model and the Monte Carlo panel fit without sideways scrolling", async () => {
    const { page, frame } = await open(width, lang);
    expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(width);
    const problems: string[] = [];
    const check = async (screen: string) => {
      await page.screenshot({ path: shot(screen) });
      for (const p of await overflow(frame)) problems.push(`${screen}: ${p}`);
    };
    for (const [i, id] of STEP_IDS.entries()) {
      if (i > 0) {
        await frame.getByRole("button", { name: text.next }).click();
        await frame.locator("#step-heading", { hasText: text.steps[i] }).waitFor();
      }
      if (id === "fleet") await frame.locator("#field-miner").selectOption("Antminer S21 XP Hydro");
      if (id === "review") await frame.locator("[data-result='NPV']").waitFor();
      await check(id);
    }
    if (lang === "zh-CN") {
      await frame.locator("#field-summaryCurrency").selectOption("CNY");
      await check("review-cny");
    }
    await frame.getByRole("button", { name: text.build }).click();
    await frame.getByText(text.built).waitFor();
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
    await frame.getByRole("button", { name: text.run }).click();
    await frame.getByText(text.paths).waitFor();
    // The message in the screenshot, not below the fold.
    await frame.getByText(text.paths).scrollIntoViewIfNeeded();
    await check("monte-carlo-refused");
    // Reopened on a workbook with a model, then a refused input on the first step, with its message.
    await page.click("#reopen");
    await frame.getByRole("button", { name: text.edit }).waitFor();
    await check("reopened");
    await frame.getByRole("button", { name: text.edit }).click();
    await frame.locator("#field-horizonMonths").fill("abc");
    await frame.getByRole("button", { name: text.next }).click();
    await frame.getByText(text.horizon).first().waitFor();
    await check("refused-input");
    expect(problems).toEqual([]);
    await page.close();
  });
});

/*
 * The ExcelApi requirement set: derived from the Excel members src/ uses (test/support/
 * requirementSets.ts), declared in manifest.xml and in src/taskpane/requirements.ts, and checked at
 * run time by missingRequirement. A member from a newer set fails here, naming the member.
 */
import fs from "fs";
import path from "path";
import { compareVersions, excelApiUsage, type ExcelApiUse } from "../support/requirementSets";
import { EXCEL_API_VERSION, missingRequirement } from "../../src/taskpane/requirements";

const MANIFEST = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const derived = excelApiUsage();

/** The members that need a newer set than `declared`, one line each. */
function newerThan(declared: string, uses: readonly ExcelApiUse[]): string {
  const lines = uses.filter((u) => compareVersions(u.version, declared) > 0).map((u) => `  ${u.member} (ExcelApi ${u.version}) in ${u.file}`);
  return `these members need more than ExcelApi ${declared}:\n${lines.join("\n")}`;
}

function manifestExcelApi(xml: string): string | undefined {
  const sets = /<Requirements>\s*<Sets\b[^>]*>([\s\S]*?)<\/Sets>/.exec(xml)?.[1] ?? "";
  return /<Set\s+Name="ExcelApi"\s+MinVersion="([^"]+)"\s*\/>/.exec(sets)?.[1];
}

const snippet = (text: string) => excelApiUsage([], [{ name: "src/__snippet__.ts", text }]);

describe("ExcelApi requirement set", () => {
  it("src/ uses Excel members, each with an ExcelApi version", () => {
    expect(derived.uses.length).toBeGreaterThan(10);
    expect(derived.uses.map((u) => u.member)).toContain("Excel.Worksheet.getRangeByIndexes");
    for (const u of derived.uses) expect(u.version).toMatch(/^1\.\d+$/);
    expect(derived.version).toBe(derived.uses[0]?.version);
  });

  it("manifest.xml declares it: ExcelApi MinVersion covers src/ and equals EXCEL_API_VERSION", () => {
    const declared = manifestExcelApi(MANIFEST) ?? "(none)";
    if (!(compareVersions(declared, derived.version) >= 0)) throw new Error(`manifest.xml: ${newerThan(declared, derived.uses)}`);
    expect(declared).toBe(EXCEL_API_VERSION);
  });

  it("EXCEL_API_VERSION covers src/", () => {
    if (compareVersions(EXCEL_API_VERSION, derived.version) < 0) {
      throw new Error(`src/taskpane/requirements.ts: ${newerThan(EXCEL_API_VERSION, derived.uses)}`);
    }
  });

  it("compares versions numerically", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.8", "1.8")).toBe(0);
    expect(compareVersions("1.2", "1.12")).toBeLessThan(0);
  });

  describe("detection", () => {
    it("Range.getCellProperties raises the set to 1.9, and names the member", () => {
      const { version, uses } = snippet("export const f = (r: Excel.Range) => r.getCellProperties({ address: true });");
      expect(version).toBe("1.9");
      expect(uses).toContainEqual({ member: "Excel.Range.getCellProperties", version: "1.9", file: "src/__snippet__.ts" });
      expect(newerThan("1.8", uses)).toContain("Excel.Range.getCellProperties (ExcelApi 1.9) in src/__snippet__.ts");
    });

    it("Worksheet.customProperties raises it to 1.12, also through an element access", () => {
      expect(snippet("export const f = (s: Excel.Worksheet) => s.customProperties;").version).toBe("1.12");
      expect(snippet(`export const f = (s: Excel.Worksheet) => s["customProperties"];`).version).toBe("1.12");
    });

    it("reads the options object a call is given (Excel.run's RunOptions.mergeUndoGroup is 1.20)", () => {
      const { version, uses } = snippet("export const f = () => Excel.run({ mergeUndoGroup: true }, async (c) => c.sync());");
      expect(version).toBe("1.20");
      expect(uses.map((u) => u.member)).toEqual(["Excel.RunOptions.mergeUndoGroup"]);
    });

    it("falls back to the enum's tag for its members", () => {
      const { uses } = snippet("export const t = Excel.ChartAxisGroup.secondary;");
      expect(uses).toContainEqual({ member: "Excel.ChartAxisGroup.secondary", version: "1.7", file: "src/__snippet__.ts" });
    });

    it("ignores Office.* (not ExcelApi) and type annotations", () => {
      const office = snippet(`export const s = () => Office.context.document.settings.get("k");`);
      expect(office).toEqual({ version: "1.1", uses: [] });
      expect(snippet("export let p: Excel.CellProperties | undefined;").uses).toEqual([]);
    });
  });
});

describe("missingRequirement", () => {
  const office = (supported: string) => ({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && compareVersions(supported, version ?? "1.1") >= 0,
      },
    },
  });

  it("passes an Excel that supports the set", () => {
    expect(missingRequirement(office(EXCEL_API_VERSION))).toBeUndefined();
    expect(missingRequirement(office("1.20"))).toBeUndefined();
  });

  it("tells an older Excel what it lacks and what to use instead", () => {
    const message = missingRequirement(office("1.1"));
    expect(message).toContain(`ExcelApi ${EXCEL_API_VERSION}`);
    expect(message).toMatch(/^This version of Excel does not support .*Jilin Mining Model.*Microsoft 365.*Excel on the web.*\.$/);
  });

  it("does not block when Office cannot tell (no Office, no context, no requirements)", () => {
    expect(missingRequirement(undefined)).toBeUndefined();
    expect(missingRequirement({})).toBeUndefined();
    expect(missingRequirement({ context: {} })).toBeUndefined();
  });
});

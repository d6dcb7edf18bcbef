/*
 * apply.ts against office-addin-mock: the number of context.sync() calls (two, whatever the
 * horizon), what is queued, and the cleanup of a failed build. The preview host's end-to-end tests
 * prove the written workbook itself.
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildModel, uniqueNamePrefix, uniqueSheetName, BuildError } from "../../src/workbook/apply";

interface Recorded {
  added: string[];
  deleted: string[];
  names: string[];
  namesDeleted: string[];
  formulasWritten: number;
  charts: number;
  activated: string[];
  suspended: number;
}

function fakeRange(rec: Recorded) {
  const format = { fill: {}, font: {}, columnWidth: 0 };
  return {
    format,
    set numberFormat(_v: unknown) {},
    set formulas(v: unknown[][]) { rec.formulasWritten += v.length * (v[0]?.length ?? 0); },
  };
}

function fakeSheet(name: string, rec: Recorded, failOnChart: boolean) {
  const series = () => ({ name: "", setValues() {}, setXAxisValues() {}, chartType: "", axisGroup: "" });
  return {
    name,
    getRangeByIndexes: () => fakeRange(rec),
    getRange: () => fakeRange(rec),
    charts: {
      add: () => {
        if (failOnChart) throw new Error("Chart creation failed");
        rec.charts++;
        return { title: {}, series: { getItemAt: series, add: series }, axes: { valueAxis: { title: {} } }, setPosition() {} };
      },
    },
    freezePanes: { freezeRows() {} },
    activate: () => rec.activated.push(name),
    delete: () => rec.deleted.push(name),
  };
}

/** An Excel mock built with office-addin-mock; context.sync is the mock's, counted by a spy. */
function installExcel(existingSheets: string[], existingNames: string[], failOnChart = false) {
  const rec: Recorded = { added: [], deleted: [], names: [], namesDeleted: [], formulasWritten: 0, charts: 0, activated: [], suspended: 0 };
  const mockData = {
    context: {
      workbook: {
        worksheets: {
          load(this: { items: unknown }) { this.items = existingSheets.map((n) => ({ name: n })); },
          add: (name: string) => { rec.added.push(name); return fakeSheet(name, rec, failOnChart); },
          getItem: (name: string) => fakeSheet(name, rec, false),
          getItemOrNullObject: (name: string) => ({ ...fakeSheet(name, rec, false), isNullObject: !rec.added.includes(name) }),
        },
        names: {
          load(this: { items: unknown }) {
            const all = [...existingNames, ...rec.names];
            this.items = all.map((n) => ({ name: n, delete: () => rec.namesDeleted.push(n) }));
          },
          add: (name: string) => { rec.names.push(name); },
          getItem: (name: string) => ({ delete: () => rec.namesDeleted.push(name) }),
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => { rec.suspended++; } },
    },
    run: async function (this: { context: unknown }, callback: (c: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const excel = new OfficeMockObject(mockData) as unknown as { context: { sync: () => Promise<void> } };
  const syncs = jest.spyOn(excel.context, "sync");
  (globalThis as Record<string, unknown>).Excel = Object.assign(excel, {
    ChartType: { line: "Line", columnClustered: "ColumnClustered", barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
    ChartAxisGroup: { secondary: "Secondary" },
  });
  return { rec, syncs };
}

describe("buildModel", () => {
  it.each([36, 120])("writes a %i-month model with exactly two syncs", async (horizonMonths) => {
    const { rec, syncs } = installExcel(["Sheet1", "Jilin model"], ["Budget"]);
    const result = await buildModel({ inputs: { startDate: "2027-01-01", horizonMonths } });
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(rec.suspended).toBe(1);
    expect(rec.added).toEqual(["Model Jilin site"]);
    expect(result.sheetName).toBe("Model Jilin site");
    expect(rec.activated).toEqual(["Model Jilin site"]);
    expect(rec.deleted).toEqual([]);
    expect(rec.names.length).toBe(result.plan.names.length);
    expect(rec.names.every((n) => n.startsWith("JM_"))).toBe(true);
    expect(rec.charts).toBe(2);
    expect(rec.formulasWritten).toBeGreaterThan(horizonMonths * 25);
  });

  it("rebuilding replaces only the add-in's previous sheet and names, still in two syncs", async () => {
    const { rec, syncs } = installExcel(["Sheet1", "Model Jilin site"], ["JM_BtcPriceUsd", "JM_Pue", "Budget"]);
    const result = await buildModel({ inputs: { startDate: "2027-01-01" }, replace: { sheetName: "Model Jilin site", namePrefix: "JM_" } });
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(result.sheetName).toBe("Model Jilin site (2)");
    expect(result.namePrefix).toBe("JM2_");
    expect(rec.deleted).toEqual(["Model Jilin site"]);
    expect(rec.namesDeleted.sort()).toEqual(["JM_BtcPriceUsd", "JM_Pue"]);
  });

  it("a failure removes the partial sheet and its names and says what went wrong", async () => {
    const { rec } = installExcel(["Sheet1"], ["Budget"], true);
    const error = await buildModel({ inputs: { startDate: "2027-01-01" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toBe("The model could not be built: Chart creation failed. Your workbook is unchanged.");
    expect(rec.deleted).toEqual(["Model Jilin site"]);
    expect(rec.namesDeleted.length).toBeGreaterThan(30);
    expect(rec.namesDeleted).not.toContain("Budget");
  });

  it("invalid inputs fail before anything is written", async () => {
    const { rec } = installExcel(["Sheet1"], []);
    const error = await buildModel({ inputs: { poolFee: 3 } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/poolFee must be a fraction in \[0, 1\) \(got 3\)/);
    expect(rec.added).toEqual([]);
  });
});

describe("unique names", () => {
  it("never reuses a sheet name, respecting Excel's rules", () => {
    expect(uniqueSheetName("Jilin model", ["Sheet1"])).toBe("Jilin model");
    expect(uniqueSheetName("Jilin model", ["jilin MODEL"])).toBe("Jilin model (2)");
    expect(uniqueSheetName("Model a/b:c*d?[e]", [])).toBe("Model a b c d  e");
    const long = uniqueSheetName("M".repeat(40), ["M".repeat(31)]);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith(" (2)")).toBe(true);
  });
  it("picks a name prefix no existing name uses", () => {
    expect(uniqueNamePrefix(["Budget"])).toBe("JM_");
    expect(uniqueNamePrefix(["jm_Pue", "JM2_X"])).toBe("JM3_");
  });
});

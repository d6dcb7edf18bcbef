/*
 * apply.ts against office-addin-mock: the number of context.sync() calls (build 2, rebuild 3, read 1,
 * whatever the horizon), what is queued, and that nothing the add-in did not create is written or
 * deleted. The preview host's tests (applyPreview, e2e) prove the written workbook itself.
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildModel, readModel, uniqueNamePrefix, BuildError } from "../../src/workbook/apply";
import { buildPlan } from "../../src/workbook/plan";
import { companionMarker, markerFormula, markerName, type ModelIdentity } from "../../src/workbook/live";

interface Recorded {
  added: string[];
  deleted: string[];
  names: string[];
  namesDeleted: string[];
  namesUpdated: string[];
  formulasWritten: number;
  validations: number;
  charts: number;
  chartsDeleted: string[];
  activated: string[];
  suspended: number;
  cleared: number;
}

const fresh = (): Recorded => ({ added: [], deleted: [], names: [], namesDeleted: [], namesUpdated: [], formulasWritten: 0, validations: 0, charts: 0, chartsDeleted: [], activated: [], suspended: 0, cleared: 0 });

function fakeRange(rec: Recorded) {
  const dataValidation = { clear() {}, set rule(_v: unknown) { rec.validations++; }, errorAlert: {}, ignoreBlanks: true };
  return {
    format: { fill: {}, font: {}, columnWidth: 0 },
    dataValidation,
    columnHidden: false,
    conditionalFormats: { clearAll() {}, add: () => ({ colorScale: { criteria: {} } }) },
    address: "'Model Jilin site'!A1:B2",
    values: [[null]],
    formulas: [[""]],
    set numberFormat(_v: unknown) {},
    set formulasW(_v: unknown) {},
    load() {},
    clear: () => { rec.cleared++; },
  };
}

function fakeSheet(name: string, id: string, rec: Recorded, failOnChart: boolean, charts: string[] = []) {
  const series = () => ({ name: "", setValues() {}, setXAxisValues() {}, chartType: "", axisGroup: "" });
  const range = () => {
    const r = fakeRange(rec);
    Object.defineProperty(r, "formulas", { set: (v: unknown[][]) => { rec.formulasWritten += v.length * (v[0]?.length ?? 0); }, get: () => [[""]] });
    return r;
  };
  return {
    name,
    id,
    load() {},
    getRangeByIndexes: range,
    getRange: range,
    getUsedRange: range,
    charts: {
      items: charts.map((c) => ({ name: c })),
      load() {},
      add: () => {
        if (failOnChart) throw new Error("Chart creation failed");
        rec.charts++;
        return { title: {}, series: { getItemAt: series, add: series }, axes: { valueAxis: { title: {} } }, setPosition() {} };
      },
      getItem: (c: string) => ({ delete: () => rec.chartsDeleted.push(c) }),
    },
    freezePanes: { freezeRows() {}, freezeAt() {}, unfreeze() {} },
    pageLayout: { setPrintArea() {}, headersFooters: { defaultForAllPages: {} } },
    activate: () => rec.activated.push(name),
    delete: () => rec.deleted.push(name),
  };
}

interface Workbook {
  sheets: { id: string; name: string }[];
  names: { name: string; formula: string }[];
  /** Charts by sheet id. */
  charts?: Record<string, string[]>;
}

/** An Excel mock built with office-addin-mock; context.sync is the mock's, counted by a spy. */
function installExcel(wb: Workbook, failOnChart = false) {
  const rec = fresh();
  const sheetById = (key: string) => {
    const s = wb.sheets.find((x) => x.id === key || x.name === key);
    if (!s) throw Object.assign(new Error("not found"), { code: "ItemNotFound" });
    return fakeSheet(s.name, s.id, rec, false, wb.charts?.[s.id]);
  };
  const mockData = {
    context: {
      workbook: {
        worksheets: {
          load(this: { items: unknown }) { this.items = wb.sheets.map((s, position) => ({ ...s, position })); },
          add: (name: string) => { rec.added.push(name); return fakeSheet(name, `{NEW-${rec.added.length}}`, rec, failOnChart); },
          getItem: sheetById,
        },
        names: {
          load(this: { items: unknown }) { this.items = wb.names.map((n) => ({ ...n })); },
          add: (name: string) => { rec.names.push(name); return { visible: true }; },
          getItem: (name: string) => ({
            delete: () => rec.namesDeleted.push(name),
            set formula(_v: string) { rec.namesUpdated.push(name); },
          }),
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
    PageOrientation: { landscape: "Landscape" },
  });
  return { rec, syncs };
}

const MODEL = { id: "{MODEL-1}", name: "Model Jilin site" };
const SCHEDULE = { id: "{SCHEDULE-1}", name: "Schedule Jilin site" };
const SUMMARY = { id: "{SUMMARY-1}", name: "Summary Jilin site" };
const TOKEN = "0123456789abcdef0123456789abcdef";

/** A workbook that holds a model built with `inputs` (its three sheets), plus the user's own sheet and names. */
function withModel(inputs: object, extraNames: { name: string; formula: string }[] = []) {
  const plan = buildPlan(inputs, { sheetName: MODEL.name, scheduleSheetName: SCHEDULE.name, summarySheetName: SUMMARY.name, namePrefix: "JM_" });
  const marker = markerName(TOKEN);
  const identity: ModelIdentity = {
    sheetId: MODEL.id,
    marker,
    namePrefix: "JM_",
    names: plan.names.map((n) => n.name),
    companions: [
      { role: "schedule", sheetId: SCHEDULE.id, marker: companionMarker(marker, "schedule") },
      { role: "summary", sheetId: SUMMARY.id, marker: companionMarker(marker, "summary") },
    ],
  };
  const wb: Workbook = {
    sheets: [{ id: "{BUDGET}", name: "Budget" }, MODEL, SCHEDULE, SUMMARY],
    names: [
      ...plan.names.map((n) => ({ name: n.name, formula: `=${n.ref}` })),
      { name: identity.marker, formula: markerFormula(MODEL.name) },
      { name: companionMarker(marker, "schedule"), formula: markerFormula(SCHEDULE.name) },
      { name: companionMarker(marker, "summary"), formula: markerFormula(SUMMARY.name) },
      { name: "TaxRate", formula: "=Budget!$B$2" },
      ...extraNames,
    ],
    charts: {
      [MODEL.id]: ["Jilin model 89abcdef: cumulative @x", "Jilin model 89abcdef: btc-vs-power @x", "My own chart"],
      [SUMMARY.id]: ["Jilin model 89abcdef: summary-cumulative @x", "My summary chart"],
    },
  };
  return { identity, wb };
}

describe("buildModel", () => {
  it.each([36, 120])("writes a new %i-month model with exactly two syncs", async (horizonMonths) => {
    const { rec, syncs } = installExcel({ sheets: [{ id: "{S1}", name: "Sheet1" }, { id: "{S2}", name: "Jilin model" }], names: [{ name: "Budget", formula: "=Sheet1!$A$1" }] });
    const result = await buildModel({ inputs: { startDate: "2027-01-01", horizonMonths } });
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(rec.suspended).toBe(1);
    expect(rec.added).toEqual(["Model Jilin site", "Schedule Jilin site", "Summary Jilin site"]);
    expect(result.sheetName).toBe("Model Jilin site");
    expect(rec.activated).toEqual(["Model Jilin site"]);
    expect(rec.deleted).toEqual([]);
    expect(rec.namesDeleted).toEqual([]);
    // The plan's names plus the three hidden markers, all recorded in the identity.
    const markers = [result.identity.marker, ...result.identity.companions!.map((c) => c.marker)];
    expect(rec.names.length).toBe(result.plan.names.length + 3);
    expect(result.identity.names).toEqual(result.plan.names.map((n) => n.name));
    expect(result.identity.marker).toMatch(/^_JilinMiningModel_[0-9a-f]{32}$/);
    expect(result.identity.companions).toEqual([
      { role: "schedule", sheetId: "{NEW-2}", marker: `${result.identity.marker}_Schedule` },
      { role: "summary", sheetId: "{NEW-3}", marker: `${result.identity.marker}_Summary` },
    ]);
    expect(rec.names.filter((n) => !markers.includes(n)).every((n) => n.startsWith("JM_"))).toBe(true);
    expect(rec.charts).toBe(3); // two on the model sheet, one on the summary
    expect(rec.validations).toBe(result.plan.validations.length);
    expect(rec.formulasWritten).toBeGreaterThan(horizonMonths * 25);
  });

  it.each([36, 120])("rebuilds a %i-month model in place with exactly three syncs: same sheets, names updated, nothing of the user's touched", async (horizonMonths) => {
    const { identity, wb } = withModel({ startDate: "2027-01-01" }, [{ name: "JM_Notes", formula: "=Budget!$A$1" }]);
    const { rec, syncs } = installExcel(wb);
    const result = await buildModel({ inputs: { startDate: "2027-01-01", horizonMonths }, replace: { identity, saved: { startDate: "2027-01-01" } } });
    expect(syncs).toHaveBeenCalledTimes(3);
    expect(result.sheetName).toBe(MODEL.name);
    expect(result.identity.sheetId).toBe(MODEL.id);
    expect(result.identity.companions).toEqual(identity.companions);
    expect(rec.added).toEqual([]);
    expect(rec.deleted).toEqual([]);
    expect(rec.namesUpdated.sort()).toEqual([...identity.names].sort());
    expect(rec.names).toEqual([]);
    expect(rec.namesDeleted).toEqual([]);
    expect([...rec.namesUpdated, ...rec.namesDeleted]).not.toContain("JM_Notes");
    expect([...rec.namesUpdated, ...rec.namesDeleted]).not.toContain("TaxRate");
    // Only the add-in's charts of the previous build are replaced; the user's chart stays.
    expect(rec.chartsDeleted.sort()).toEqual(["Jilin model 89abcdef: btc-vs-power @x", "Jilin model 89abcdef: cumulative @x", "Jilin model 89abcdef: summary-cumulative @x"]);
  });

  it("refuses a saved identity whose marker is gone, writing nothing", async () => {
    const { identity, wb } = withModel({ startDate: "2027-01-01" });
    wb.names = wb.names.filter((n) => n.name !== identity.marker);
    const { rec, syncs } = installExcel(wb);
    const error = await buildModel({ inputs: { startDate: "2027-01-01" }, replace: { identity, saved: { startDate: "2027-01-01" } } }).catch((e: unknown) => e);
    expect((error as BuildError).reason).toBe("refused");
    expect((error as Error).message).toMatch(/^The saved model no longer matches this workbook; build a new model\./);
    expect(syncs).toHaveBeenCalledTimes(1);
    expect({ ...rec, cleared: 0 }).toEqual(fresh());
  });

  it("refuses to rebuild over a name the user created with the model's prefix", async () => {
    const { identity, wb } = withModel({ startDate: "2027-01-01", capexItems: [{ label: "a", usd: 1 }] });
    // The new plan (no line items) needs JM_InfrastructureCapexUsd as an input; the user's name of that text is not the model's.
    const ownedNames = identity.names.filter((n) => n !== "JM_CapexItems");
    const { rec } = installExcel(wb);
    const error = await buildModel({ inputs: { startDate: "2027-01-01", horizonMonths: 12 }, replace: { identity: { ...identity, names: ownedNames.filter((n) => n !== "JM_Pue") }, saved: { startDate: "2027-01-01", capexItems: [{ label: "a", usd: 1 }] } } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/the name JM_Pue already exists and was not created by Jilin Mining Model/);
    expect(rec.namesUpdated).toEqual([]);
    expect(rec.cleared).toBe(0);
  });

  // The undo itself is proven against the preview's workbook (applyPreview.test.ts); here, its message
  // and that it never touches what was there before.
  it("a failed new build says what went wrong and deletes nothing that existed before", async () => {
    const { rec } = installExcel({ sheets: [{ id: "{S1}", name: "Sheet1" }], names: [{ name: "Budget", formula: "=Sheet1!$A$1" }] }, true);
    const error = await buildModel({ inputs: { startDate: "2027-01-01" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toBe("The model could not be built: Chart creation failed. Your workbook is unchanged.");
    expect(rec.namesDeleted).toEqual([]);
    expect(rec.deleted).toEqual([]);
  });

  it("invalid inputs fail before anything is read or written", async () => {
    const { rec, syncs } = installExcel({ sheets: [{ id: "{S1}", name: "Sheet1" }], names: [] });
    const error = await buildModel({ inputs: { poolFee: 3 } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/poolFee must be a fraction in \[0, 1\) \(got 3\)/);
    expect(rec.added).toEqual([]);
    expect(syncs).toHaveBeenCalledTimes(0);
  });
});

describe("readModel", () => {
  it.each([36, 120])("checks identity and reads the input cells of a %i-month model in one sync", async (horizonMonths) => {
    const { identity, wb } = withModel({ startDate: "2027-01-01", horizonMonths });
    const { rec, syncs } = installExcel(wb);
    const reading = await readModel({ identity, inputs: { startDate: "2027-01-01", horizonMonths } });
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(reading.kind).toBe("ok");
    expect({ ...rec }).toEqual(fresh());
  });

  it("a missing sheet is refused, not an error", async () => {
    const { identity, wb } = withModel({ startDate: "2027-01-01" });
    wb.sheets = wb.sheets.filter((s) => s.id !== MODEL.id);
    installExcel(wb);
    const reading = await readModel({ identity, inputs: { startDate: "2027-01-01" } });
    expect(reading).toEqual({
      kind: "refused",
      message: "The saved model no longer matches this workbook; build a new model. (the sheet it was built in is no longer in this workbook)",
      text: { key: "addin.refused.sheetGone", params: {} },
    });
  });
});

describe("unique name prefix", () => {
  it("picks a prefix no existing name uses", () => {
    expect(uniqueNamePrefix(["Budget"])).toBe("JM_");
    expect(uniqueNamePrefix(["jm_Pue", "JM2_X"])).toBe("JM3_");
  });
});

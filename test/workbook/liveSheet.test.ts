/*
 * The model sheet as a living workbook, evaluated in HyperFormula: named outputs, the input check
 * (every input's rule from the core's domain, as a formula), data validation built from the same
 * rules, text that stays text, and reading the sheet's inputs back (live.ts).
 */
import { buildPlan, CHECK_INPUTS, INPUTS_OK } from "../../src/workbook/plan";
import { projectModel } from "../../src/core/model/project";
import { SUMMARY_KEYS, MONTH_KEYS } from "../../src/core/model/json";
import { readSheetInputs, parseReference, verifyIdentity, markerFormula, markerName } from "../../src/workbook/live";
import { evaluatePlan, sheetReading } from "../support/hyperformula";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const INPUTS = { startDate: "2027-01-01", horizonMonths: 24, capexItems: [{ label: "Substation", cny: 712000 }, { label: "Cooling", usd: 50000 }] };

describe("named outputs", () => {
  const plan = buildPlan(INPUTS, { today: TODAY });
  const { hf, sheet } = evaluatePlan(plan);
  const p = projectModel(INPUTS, TODAY);
  const value = (name: string) => hf.calculateFormula(`=${name}`, sheet);

  it("every summary figure has a name JM_<Key> (Total where a schedule column has the key) equal to the model", () => {
    for (const key of SUMMARY_KEYS) {
      const base = `JM_${key[0]!.toUpperCase()}${key.slice(1)}`;
      const name = plan.names.some((n) => n.name === `${base}Total`) ? `${base}Total` : base;
      const expected = (p.summary as unknown as Record<string, { toNumber(): number } | undefined>)[key];
      const got = value(name);
      if (expected === undefined) expect(typeof got).toBe("string");
      else expect(Math.abs((got as number) - expected.toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected.toNumber())));
    }
    expect(plan.names.map((n) => n.name)).toEqual(expect.arrayContaining(["JM_NpvUsd", "JM_IrrAnnual", "JM_PaybackMonths", "JM_BtcMinedTotal"]));
  });

  it("every schedule column has a name over its N monthly cells: SUM(JM_BtcMined) is the BTC mined", () => {
    const btc = p.months.reduce((s, m) => s + m.btcMined.toNumber(), 0);
    expect(value("SUM(JM_BtcMined)") as number).toBeCloseTo(btc, 10);
    const cf = hf.calculateFormula("=ROWS(JM_CashFlowUsd)", sheet);
    expect(cf).toBe(24);
    for (const k of MONTH_KEYS.filter((k) => !["date", "curtailed", "btcPriceUsd", "networkHashrateEhS"].includes(k))) {
      expect(plan.names.map((n) => n.name)).toContain(`JM_${k[0]!.toUpperCase()}${k.slice(1)}`);
    }
    // Inputs keep their plain names; the schedule columns of the same key get ByMonth.
    expect(value("JM_BtcPriceUsd")).toBe(91132);
    expect(value("ROWS(JM_BtcPriceUsdByMonth)")).toBe(24);
  });

  it("names are unique (ignoring case); the schedule's columns point into the schedule sheet, every other name into the model sheet", () => {
    const upper = plan.names.map((n) => n.name.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
    const schedule = plan.companions.find((c) => c.role === "schedule")!.sheetName;
    for (const n of plan.names) {
      const sheet = parseReference(`=${n.ref}`)?.sheet;
      expect([n.name, sheet]).toEqual([n.name, n.comment.endsWith("months 1..N") ? schedule : plan.sheetName]);
    }
    expect(plan.names.filter((n) => parseReference(`=${n.ref}`)?.sheet === schedule)).toHaveLength(plan.layout.schedule.columns.length);
  });
});

describe("the input check", () => {
  const plan = buildPlan(INPUTS, { today: TODAY });

  it("says Inputs OK for valid inputs, and the results are numbers", () => {
    const { hf, sheet } = evaluatePlan(plan);
    expect(hf.calculateFormula("=JM_InputCheck", sheet)).toBe(INPUTS_OK);
    expect(typeof hf.calculateFormula("=JM_NpvUsd", sheet)).toBe("number");
  });

  it.each([
    ["MinerCount", -5, "Number of miners must be a number of machines (a whole number) in [1, 10000000]"],
    ["MinerCount", 2.5, "Number of miners must be a number of machines (a whole number) in [1, 10000000]"],
    ["Uptime", 0, "Uptime must be a fraction in (0, 1]"],
    ["PoolFee", 1, "Pool fee must be a fraction in [0, 1)"],
    ["CurtailWhenUnprofitable", "yes", "Switch off unprofitable months must be TRUE or FALSE"],
    ["StartDate", 46024, "Start (first month) must be a date between 1900-01-01 and 9999-12-31, the first day of a month"],
    ["BtcPriceUsd", "abc", "BTC price at start must be a price in USD in [0, 1000000000]"],
  ] as const)("a pasted %s of %p shows its rule in words and no result", (key, bad, message) => {
    const { hf, sheet } = evaluatePlan(plan);
    const at = plan.layout.inputs[key]!;
    hf.setCellContents({ sheet, row: at.row, col: at.col }, [[bad]]);
    expect(hf.calculateFormula("=JM_InputCheck", sheet)).toBe(message);
    expect(hf.calculateFormula("=JM_NpvUsd", sheet)).toBe(CHECK_INPUTS);
  });

  it("validation and the check come from the same rules: one validation per input cell, with the check's message", () => {
    const inputCells = plan.blocks.flatMap((b) => b.cells.flatMap((row, i) => row.map((c, j) => ({ c, row: b.row + i, col: b.col + j })))).filter((x) => x.c.style === "input");
    for (const x of inputCells) {
      const v = plan.validations.find((v) => v.row === x.row && v.col === x.col);
      expect(v).toBeDefined();
    }
    const count = plan.validations.find((v) => v.row === plan.layout.inputs.MinerCount!.row)!;
    expect(count).toMatchObject({ type: "wholeNumber", operator: "between", formula1: "1", formula2: "10000000", message: "Number of miners must be a number of machines (a whole number) in [1, 10000000]" });
    expect(plan.validations.find((v) => v.row === plan.layout.inputs.CurtailWhenUnprofitable!.row)).toMatchObject({ type: "list", source: "TRUE,FALSE" });
    expect(plan.validations.find((v) => v.row === plan.layout.inputs.Uptime!.row)).toMatchObject({ type: "custom" });
  });
});

describe("text stays text", () => {
  it.each(["TRUE", "1e5", "0001", "50%", "#N/A", "2026-01-01", "1,000", "=1+1", "'quoted", "-5"])("a line-item label %p is written as that text", (label) => {
    const plan = buildPlan({ ...INPUTS, capexItems: [{ label, usd: 1 }] }, { today: TODAY });
    const { hf, sheet } = evaluatePlan(plan);
    const first = plan.names.find((n) => n.name === "JM_CapexItems")!;
    expect(hf.calculateFormula(`=INDEX(${first.name},1,1)`, sheet)).toBe(label);
  });
});

describe("reading the sheet back", () => {
  const plan = buildPlan(INPUTS, { sheetName: "Model X", today: TODAY });
  const { names, sheetValues } = sheetReading(plan);

  it("an input whose cell was moved onto another sheet is not read from the model sheet: the layout problem names it", () => {
    const moved = new Map(names);
    moved.set("JM_Pue", "='Jilin schedule'!$A$5");
    const r = readSheetInputs(INPUTS, "JM_", moved, sheetValues(), TODAY);
    expect(r.problem).toMatch(/JM_Pue now points outside the model sheet “Model X” \(cells were moved to another sheet\)/);
    expect(r.changes).toEqual([]);
  });

  it("finds no change in a sheet as built", () => {
    const r = readSheetInputs(INPUTS, "JM_", names, sheetValues(), TODAY);
    expect(r.changes).toEqual([]);
    expect(r.inputs).toEqual(INPUTS);
    expect(r.problem).toBeUndefined();
  });

  it("an edited BTC price, profile month and line item are read as inputs, with the differences listed", () => {
    const at = plan.layout.inputs;
    const items = parseReference(names.get("JM_CapexItems")!)!.address.split(":")[0]!;
    const r = readSheetInputs(INPUTS, "JM_", names, sheetValues([at.BtcPriceUsd!.row, 1, 120000], [at.HydroShareByMonth!.row + 1, 1, 0.5], [Number(items.replace(/\D/g, "")) - 1, 1, 800000]), TODAY);
    expect(r.changes.map((c) => [c.label, c.saved, c.sheet])).toEqual([
      ["BTC price at start", "91,132", "120,000"],
      ["Feb hydro share", "0.1", "0.5"],
      ["Infrastructure capex item 1", "Substation: 712,000 CNY", "Substation: 800,000 CNY"],
    ]);
    expect(r.inputs).toMatchObject({ btcPriceUsd: 120000, capexItems: [{ label: "Substation", cny: 800000 }, { label: "Cooling", usd: 50000 }] });
    expect((r.inputs.hydroShareByMonth as number[])[1]).toBe(0.5);
    // The base scenario follows the model's (edited) price: not a change of its own.
    expect(r.changes.some((c) => c.key.startsWith("scenarios.base"))).toBe(false);
  });

  it("a preset (HIGH) in the saved inputs is no change; an edited probability is followed by the base scenario", () => {
    const preset = { ...INPUTS, annualShutdownProbability: "HIGH" };
    const p2 = buildPlan(preset, { sheetName: "Model X", today: TODAY });
    const names2 = new Map(p2.names.map((n) => [n.name, `=${n.ref}`]));
    const { hf, sheet } = evaluatePlan(p2);
    expect(readSheetInputs(preset, "JM_", names2, { address: "'Model X'!A1", values: hf.getSheetValues(sheet) as unknown[][] }, TODAY).changes).toEqual([]);
    hf.setCellContents({ sheet, row: p2.layout.inputs.AnnualShutdownProbability!.row, col: 1 }, [[0.3]]);
    const r = readSheetInputs(preset, "JM_", names2, { address: "'Model X'!A1", values: hf.getSheetValues(sheet) as unknown[][] }, TODAY);
    expect(r.changes.map((c) => [c.label, c.saved, c.sheet])).toEqual([["Shutdown probability", "0.5", "0.3"]]);
  });

  it("a bad value is carried with the core's message, never dropped", () => {
    const r = readSheetInputs(INPUTS, "JM_", names, sheetValues([plan.layout.inputs.MinerCount!.row, 1, -5]), TODAY);
    expect(r.changes.map((c) => c.label)).toEqual(["Number of miners"]);
    expect(r.problem).toMatch(/^Number of miners \(machines\) must be a number of machines \(a whole number\) in \[1, 10000000\] \(got -5\)/);
  });

  it("a new miner name with the catalogue's figures is that catalogue model; other figures make a custom miner", () => {
    const at = plan.layout.inputs;
    const custom = readSheetInputs(INPUTS, "JM_", names, sheetValues([at.MinerHashrateThS!.row, 1, 300]), TODAY);
    expect(custom.inputs.miner).toMatchObject({ name: "Antminer S21 XP", hashrateThS: 300, powerW: 3645 });
    // The Whatsminer M60S: 184 TH/s, 3,404 W in the catalogue (MicroBT manual, Oct 2024).
    const other = readSheetInputs(INPUTS, "JM_", names, sheetValues([at.MinerModel!.row, 1, "Whatsminer M60S"], [at.MinerHashrateThS!.row, 1, 184], [at.MinerPowerW!.row, 1, 3404]), TODAY);
    expect(other.inputs.miner).toBe("Whatsminer M60S");
    expect(other.inputs.minerPriceUsdPerTh).toBe(25.7); // the price cell still holds the S21 XP's price: kept, not silently replaced
  });

  it("a row inserted in the line items is an item; a deleted one is gone (not put back by a rebuild)", () => {
    const ref = parseReference(names.get("JM_CapexItems")!)!.address;
    const [first, last] = ref.split(":").map((a) => Number(a.replace(/\D/g, "")) - 1) as [number, number];
    // The name grows over an inserted row: simulate with a name one row longer holding a third item.
    const grown = new Map(names);
    grown.set("JM_CapexItems", `='Model X'!$A$${first + 1}:$C$${last + 2}`);
    const inserted = readSheetInputs(INPUTS, "JM_", grown, sheetValues([last + 1, 0, "Spare parts"], [last + 1, 1, 9000], [last + 1, 2, "USD"]), TODAY);
    expect(inserted.inputs.capexItems).toEqual([{ label: "Substation", cny: 712000 }, { label: "Cooling", usd: 50000 }, { label: "Spare parts", usd: 9000 }]);
    expect(inserted.problem).toBeUndefined();
    // The name shrinks over a deleted row.
    const shrunk = new Map(names);
    shrunk.set("JM_CapexItems", `='Model X'!$A$${first + 1}:$C$${first + 1}`);
    const deleted = readSheetInputs(INPUTS, "JM_", shrunk, sheetValues(), TODAY);
    expect(deleted.inputs.capexItems).toEqual([{ label: "Substation", cny: 712000 }]);
    expect(deleted.changes.map((c) => c.label)).toContain("Infrastructure capex items");
  });
});

describe("identity", () => {
  const sheets = [{ id: "{A}", name: "Budget", position: 0 }, { id: "{M}", name: "Old model", position: 1 }, { id: "{N}", name: "Model X", position: 2 }];
  const identity = { sheetId: "{M}", marker: markerName("ab".repeat(16)), namePrefix: "JM_", names: ["JM_Pue", "JM_NpvUsd"] };
  const ok = [{ name: identity.marker, formula: markerFormula("Old model") }, { name: "JM_Pue", formula: "='Old model'!$B$12" }];

  it("follows a renamed sheet by its id and marker, never by its name", () => {
    const v = verifyIdentity(identity, sheets, ok);
    expect(v.ok && v.sheet.name).toBe("Old model");
    // A user's sheet now called by the model's old name is not the model.
    expect(verifyIdentity({ ...identity, sheetId: "{N}" }, sheets, ok).ok).toBe(false);
  });

  it("refuses a recorded name that now points elsewhere, and a missing marker", () => {
    expect(verifyIdentity(identity, sheets, [...ok.slice(0, 1), { name: "JM_Pue", formula: "=Budget!$A$1" }])).toMatchObject({ ok: false, message: expect.stringMatching(/^The saved model no longer matches this workbook; build a new model\./) });
    expect(verifyIdentity(identity, sheets, ok.slice(1)).ok).toBe(false);
  });

  it("a name the user added with the model's prefix is not the model's", () => {
    const v = verifyIdentity(identity, sheets, [...ok, { name: "JM_Notes", formula: "='Old model'!$Z$1" }]);
    expect(v.ok && [...v.names.keys()]).toEqual(["JM_Pue"]);
  });
});

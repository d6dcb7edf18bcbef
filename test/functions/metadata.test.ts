/*
 * Golden test of the custom-function metadata (what Excel stores in users' workbooks). The table
 * (test/support/functionTable.ts) is written from SPEC §2–3, not generated: a renamed function or parameter, a changed type or a
 * required/optional flip fails here loudly. The metadata comes from the same generator the webpack
 * plugin runs (custom-functions-metadata), so this test does not need a build.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { GOLDEN } from "../support/functionTable";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; type: string; optional?: boolean; dimensionality?: string; description?: string }[];
    result: { type: string };
  }[];
}

describe("functions.json", () => {
  let metadata: Metadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(
      [path.resolve(__dirname, "../../src/functions/functions.ts")],
      true,
    );
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson) as Metadata;
  });

  it("has exactly the golden functions, ids equal to names", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(GOLDEN).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(GOLDEN))("%s keeps its parameter names, types and optionality", (id, params) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    const actual = f.parameters.map((p) => {
      const row: unknown[] = [p.name, p.type, p.optional === true];
      if (p.dimensionality && p.dimensionality !== "scalar") row.push(p.dimensionality);
      return row;
    });
    expect(actual).toEqual(params);
    expect(f.result.type).toBe("number");
  });

  it("describes every function and parameter for the Excel user, units included", () => {
    for (const f of metadata.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
    const be = metadata.functions.find((x) => x.id === "BREAKEVEN")!;
    expect(be.parameters[0]!.description).toContain("J/TH");
    expect(be.parameters[2]!.description).toContain("EH/s");
  });

  it("matches the metadata shipped in dist/ by the build", () => {
    const fs = require("fs") as typeof import("fs");
    const shipped = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8"));
    expect(shipped).toEqual(metadata);
  });
});

/* The one mapping from core errors to Excel errors (STYLE §4.5): one case per code, and the message's language. */
import { displayLanguage, excel, toExcelError, toExcelNumber } from "../../src/functions/adapt";
import { D } from "../../src/core/decimal";
import { invalidInput, ModelError } from "../../src/core/errors";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";
import { inDisplayLanguage, setDisplayLanguage } from "../support/displayLanguage";

const asError = (x: unknown) => x as unknown as CustomFunctionsError;

describe("adapt", () => {
  it("INVALID_INPUT → #VALUE! with the message", () => {
    const e = asError(toExcelError(new ModelError("INVALID_INPUT", "pue must be a PUE ratio ≥ 1 (got 0.5)")));
    expect(e).toBeInstanceOf(CustomFunctionsError);
    expect([e.code, e.message]).toEqual(["#VALUE!", "pue must be a PUE ratio ≥ 1 (got 0.5)"]);
  });

  it("NO_SOLUTION → #NUM! without a message (Excel shows messages only on #VALUE! and #N/A)", () => {
    const e = asError(toExcelError(new ModelError("NO_SOLUTION", "no sign change")));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBeUndefined();
  });

  it("UNKNOWN_NAME → #N/A with the message", () => {
    const e = asError(toExcelError(new ModelError("UNKNOWN_NAME", "unknown preset")));
    expect([e.code, e.message]).toEqual(["#N/A", "unknown preset"]);
  });

  it("any other exception still reaches the cell as #VALUE!, never escapes", () => {
    const e = asError(excel(() => { throw new TypeError("boom"); }));
    expect([e.code, e.message]).toEqual(["#VALUE!", "unexpected error: boom"]);
  });

  it("non-finite results are #NUM!, -0 is 0", () => {
    expect(asError(toExcelNumber(D("1e400"))).code).toBe("#NUM!");
    expect(asError(toExcelNumber(D("-1e400"))).code).toBe("#NUM!");
    expect(Object.is(toExcelNumber(D("-0")), 0)).toBe(true);
    expect(toExcelNumber(D("1e-400"))).toBe(0);
    expect(excel(() => D("0.1").plus("0.2"))).toBe(0.3);
  });
});

describe("adapt: the message in Office's display language", () => {
  const bad = () => invalidInput('pool_fee must be a fraction in [0, 1) (got text "abc")', "pool_fee", {
    kind: "notNumber",
    name: "pool_fee",
    subject: { key: "pool_fee" },
    what: "a fraction",
    min: "0",
    max: "1",
    maxOpen: true,
    got: { type: "text", text: "abc" },
  });
  const zh = "pool_fee必须是数值，范围 [0, 1)（输入值：文本“abc”，不是数值）";
  const messageIn = (office: unknown) => {
    const restore = setDisplayLanguage({ office });
    try {
      return asError(toExcelError(bad())).message;
    } finally {
      restore();
    }
  };

  it("is Chinese when Office is in Chinese, by any tag for Simplified Chinese", () => {
    for (const tag of ["zh-CN", "zh-cn", "zh-Hans", "zh-Hans-CN", "zh", "zh-SG"]) expect([tag, messageIn({ context: { displayLanguage: tag } })]).toEqual([tag, zh]);
  });

  it("is English in English Office, in a language the add-in does not have, and wherever the language cannot be read", () => {
    const english = bad().message;
    for (const tag of ["en-US", "en-GB", "fr-FR", "zh-TW", "ja-JP", "", " "]) expect([tag, messageIn({ context: { displayLanguage: tag } })]).toEqual([tag, english]);
    // Excel's JavaScript-only runtime, the tests and the preview: no office.js at all.
    expect(asError(toExcelError(bad())).message).toBe(english);
    // office.js before Office is ready, or a host that tells no language.
    expect(messageIn({})).toBe(english);
    expect(messageIn({ context: undefined })).toBe(english);
    expect(messageIn({ context: {} })).toBe(english);
    expect(messageIn({ context: { displayLanguage: 1031 } })).toBe(english);
    expect(messageIn(undefined)).toBe(english);
    const throwing = Object.defineProperty({}, "context", { get: () => { throw new Error("Office is not ready"); } });
    expect(messageIn(throwing)).toBe(english);
  });

  it("reads the display language at each error, so a cell recalculated once Office is ready is in Chinese", () => {
    const restore = setDisplayLanguage({ office: {} });
    try {
      expect(displayLanguage()).toBe("en");
      (globalThis as unknown as { Office: { context: unknown } }).Office.context = { displayLanguage: "zh-CN" };
      expect(displayLanguage()).toBe("zh-CN");
    } finally {
      restore();
    }
    expect(displayLanguage()).toBe("en");
  });

  describe("with Office in Chinese", () => {
    inDisplayLanguage("zh-CN");

    it("keeps each code's Excel error and whether it shows a message", () => {
      const value = asError(toExcelError(bad()));
      expect([value.code, value.message]).toEqual(["#VALUE!", zh]);
      const name = asError(toExcelError(new ModelError("UNKNOWN_NAME", 'annual_shutdown_probability: unknown preset "MEDIUM"; known presets: LOW, BASE, HIGH', "annual_shutdown_probability", {
        kind: "unknownPreset",
        field: "annual_shutdown_probability",
        subject: { key: "annual_shutdown_probability" },
        name: "MEDIUM",
        known: ["LOW", "BASE", "HIGH"],
      })));
      expect([name.code, name.message]).toEqual(["#N/A", "annual_shutdown_probability没有名为“MEDIUM”的预设；可用的预设：LOW、BASE、HIGH"]);
      const none = asError(toExcelError(new ModelError("NO_SOLUTION", "BREAKEVEN: no BTC is earned", undefined, { kind: "noBtcEarned" })));
      expect([none.code, none.message]).toEqual(["#NUM!", undefined]);
    });

    it("names an error without detail in Chinese and quotes its English; a bug's message stays as raised", () => {
      expect(asError(toExcelError(new ModelError("INVALID_INPUT", "x must be y"))).message).toBe("输入无效：x must be y");
      expect(asError(excel(() => { throw new TypeError("boom"); })).message).toBe("unexpected error: boom");
    });

    it("falls back to the English message should the Chinese one fail to be written", () => {
      const odd = new ModelError("INVALID_INPUT", "a message", "x", { kind: "oneOf", name: "x", options: null as never, got: { type: "blank" } });
      expect(asError(toExcelError(odd)).message).toBe("a message");
    });
  });
});

/*
 * manifest.xml against Microsoft's add-in manifest schemas (test/manifest/xsd, validated
 * offline with xmllint compiled to WebAssembly), plus what the schemas cannot see: every resid
 * resolves, the shared runtime uses one page for Runtime, Page and FunctionFile, the namespace is
 * JILIN, and `npm run build` can move every URL to a production origin.
 */
import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "../..");
// A copy of ../shared/manifest-xsd (Microsoft's schemas, patched for offline use; see xsd/README.md).
const XSD_DIR = path.join(__dirname, "xsd");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteOrigin, productionOrigin } = require("../../scripts/lib/manifestOrigin");

async function validate(xml: string) {
  const xsds = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") });
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read("OfficeAppManifestV1_1.xsd")],
    preload: xsds.filter((f) => f !== "OfficeAppManifestV1_1.xsd").map(read),
  });
}

function attr(tag: string, name: string): string[] {
  return [...MANIFEST.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]+)"`, "g"))].map((m) => m[1] as string);
}

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schemas", async () => {
    const result = await validate(MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the schema check can fail: an unknown element inside VersionOverrides is rejected", async () => {
    const broken = MANIFEST.replace("<Runtimes>", "<Runtimes><Bogus/>");
    expect((await validate(broken)).valid).toBe(false);
    const badGuid = MANIFEST.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>");
    expect((await validate(badGuid)).valid).toBe(false);
  });

  it("every resid resolves to a resource, and every resource is used", () => {
    const ids = new Set(attr("bt:(?:Image|Url|String)", "id"));
    const used = [...MANIFEST.matchAll(/resid="([^"]+)"/g)].map((m) => m[1] as string);
    for (const r of used) expect(ids).toContain(r);
    for (const id of ids) expect(used).toContain(id);
  });

  it("uses one shared runtime: Runtime, custom-functions Page and FunctionFile share a resid", () => {
    const runtime = attr("Runtime", "resid");
    expect(runtime).toHaveLength(1);
    expect(MANIFEST).toMatch(/<Runtime resid="[^"]+" lifetime="long"\/>/);
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"\/>/.exec(MANIFEST)?.[1];
    const functionFile = attr("FunctionFile", "resid");
    expect(page).toBe(runtime[0]);
    expect(functionFile).toEqual(runtime);
    const action = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(MANIFEST)?.[1];
    expect(action).toBe(runtime[0]);
  });

  it("declares the JILIN namespace, ReadWriteDocument and a Home-tab button", () => {
    const ns = /<Namespace resid="([^"]+)"/.exec(MANIFEST)?.[1];
    expect(MANIFEST).toContain(`<bt:String id="${ns}" DefaultValue="JILIN"/>`);
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"/);
    expect(MANIFEST).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  });

  it("has its own GUID (not a template's)", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(MANIFEST)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
  });

  it("points every URL at https://localhost:3000, whose files the build produces", () => {
    const urls = [...MANIFEST.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    const dist = path.join(ROOT, "dist");
    for (const u of urls) expect(fs.existsSync(path.join(dist, new URL(u).pathname))).toBe(true);
  });

  it("is rewritten to a production origin, and still validates", async () => {
    expect(productionOrigin(undefined)).toBe("https://localhost:3000");
    expect(() => productionOrigin("http://insecure.example")).toThrow(/https/);
    const origin = productionOrigin("https://addin.example.com/some/path");
    expect(origin).toBe("https://addin.example.com");
    const rewritten = rewriteOrigin(MANIFEST, origin);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain("https://addin.example.com/functions.json");
    expect((await validate(rewritten)).valid).toBe(true);
  });

  it("has a zh-CN override of every text Excel shows (name, description, ribbon, tooltips) and of the functions' metadata; the JILIN namespace stays", () => {
    const overridden = (open: string) => {
      const at = MANIFEST.indexOf(open);
      expect([open, at >= 0]).toEqual([open, true]);
      const block = MANIFEST.slice(at, MANIFEST.indexOf(">", MANIFEST.indexOf("Override", at)) + 1);
      return /Override Locale="zh-CN" Value="([^"]+)"/.exec(block)?.[1];
    };
    for (const open of ['<DisplayName DefaultValue=', '<Description DefaultValue=']) expect(overridden(open)).toMatch(/[\u4e00-\u9fff]/);
    const strings = [...MANIFEST.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]!);
    expect(strings.length).toBeGreaterThan(4);
    for (const id of strings.filter((s) => s !== "Functions.Namespace")) {
      expect([id, /[\u4e00-\u9fff]/.test(overridden(`<bt:String id="${id}"`) ?? "")]).toEqual([id, true]);
    }
    expect(MANIFEST).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="JILIN"\/>/);
    expect(overridden('<bt:Url id="Functions.Metadata.Url"')).toBe("https://localhost:3000/functions.zh-CN.json");
    expect(overridden("<SupportUrl DefaultValue=")).toBe("https://localhost:3000/help.zh-CN.html");
    expect(overridden('<bt:Url id="GetStarted.LearnMoreUrl"')).toBe("https://localhost:3000/help.zh-CN.html");
    expect(fs.existsSync(path.join(ROOT, "dist", "functions.zh-CN.json"))).toBe(true);
  });

  it("the build copies it to dist/ unchanged when no ADDIN_ORIGIN is set", () => {
    expect(fs.readFileSync(path.join(ROOT, "dist", "manifest.xml"), "utf8")).toBe(MANIFEST);
  });
});

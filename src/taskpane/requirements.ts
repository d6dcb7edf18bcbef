/*
 * The ExcelApi requirement set the add-in needs (also declared in manifest.xml), and the check the
 * task pane makes before it offers to build a model. test/manifest/requirementSet.test.ts derives
 * the set from the Excel members src/ uses and keeps this constant and the manifest in step.
 */
import { addinMessage, addinText, type AddinText } from "../i18n/addin";

export const EXCEL_API_VERSION = "1.9";

/** Office's runtime check: just what `missingRequirement` reads of the `Office` global. */
export interface RequirementHost {
  readonly context?: {
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** Perpetual (one-time purchase) versions still in support, with the last ExcelApi set each has. */
const PERPETUAL: readonly { readonly name: string; readonly lastSet: string }[] = [
  { name: "Excel 2021", lastSet: "1.14" },
  { name: "Excel 2024", lastSet: "1.17" },
];

function atMost(version: string, limit: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [limitMajor = 0, limitMinor = 0] = limit.split(".").map(Number);
  return major < limitMajor || (major === limitMajor && minor <= limitMinor);
}

/**
 * Why this Excel cannot build models, or undefined when it can. When Office gives no requirements
 * object (outside Office, or before Office.onReady) nothing can be told, so nothing is blocked: the
 * manifest already keeps the add-in out of Excel versions without the set.
 */
export function missingRequirementText(office: RequirementHost | undefined): AddinText | undefined {
  const requirements = office?.context?.requirements;
  if (!requirements || requirements.isSetSupported("ExcelApi", EXCEL_API_VERSION)) return undefined;
  const perpetual = PERPETUAL.find((p) => atMost(EXCEL_API_VERSION, p.lastSet));
  return perpetual
    ? addinMessage("addin.requirement.withPerpetual", { version: EXCEL_API_VERSION, perpetual: perpetual.name })
    : addinMessage("addin.requirement.subscriptionOnly", { version: EXCEL_API_VERSION });
}

/** `missingRequirementText` in English. */
export function missingRequirement(office: RequirementHost | undefined): string | undefined {
  const text = missingRequirementText(office);
  return text && addinText(text, "en");
}

/*
 * LibreOffice Calc, headless, as a second real spreadsheet engine: converts an .xlsx to .xlsx with
 * recalculation forced on load (a fresh user profile whose registrymodifications.xcu sets
 * OOXMLRecalcMode = 0, "always recalculate"), so every formula is computed by Calc and its results
 * are cached in the output file. Debian's libreoffice-calc-nogui; .ci/run installs it.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile that always recalculates .xlsx files on load. */
export function freshProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), PROFILE_XCU);
  return dir;
}

/** Recalculates each file in Calc; returns the paths of the recalculated copies (same names, in a new folder). */
export function recalculate(files: readonly string[], profile = freshProfile()): string[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-lo-out-"));
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, ...files], { stdio: "pipe", timeout: 240000 });
  return files.map((f) => {
    const result = path.join(out, path.basename(f));
    if (!fs.existsSync(result)) throw new Error(`LibreOffice did not write ${result}`);
    return result;
  });
}

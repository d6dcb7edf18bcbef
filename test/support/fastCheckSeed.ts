/*
 * One seed for every fast-check property of a run. `FC_SEED=<integer>` replays a run (fast-check
 * prints the seed of a failure). Under CI the seed comes from the commit being tested, so a run of
 * the same commit anywhere (the project's CI, a clean clone on a laptop) draws the same inputs and
 * gives the same verdict, while every new commit still explores new inputs. Elsewhere, a fresh seed
 * each run.
 */
import { execFileSync } from "child_process";
import fc from "fast-check";

function commitSeed(): number | undefined {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: __dirname, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return /^[0-9a-f]{8}/.test(head) ? Number.parseInt(head.slice(0, 8), 16) | 0 : undefined;
  } catch {
    return undefined;
  }
}

const given = process.env.FC_SEED;
const seed = given !== undefined && given !== "" ? Number(given) : process.env.CI ? commitSeed() : undefined;
if (seed !== undefined) {
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${given}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}

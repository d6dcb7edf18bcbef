/*
 * JILIN.* in HyperFormula: a function plugin over functions registered with CustomFunctions.associate,
 * i.e. the shipped functions bundle itself, with each parameter typed from functions.json.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";

export interface FunctionMetadataEntry {
  readonly id: string;
  readonly parameters: readonly { readonly name: string; readonly optional?: boolean; readonly dimensionality?: string }[];
}

export interface FunctionRegistry {
  readonly metadata: readonly FunctionMetadataEntry[];
  readonly get: (id: string) => ((...args: unknown[]) => unknown) | undefined;
}

/** HyperFormula's internal values → what Excel hands a custom function. */
export function toExcelArg(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcelArg));
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // dates, percents
  return v;
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

let registered = false;

export function registerJilinFunctions(registry: FunctionRegistry): void {
  if (registered) return;
  class JilinPlugin extends FunctionPlugin {
    static implementedFunctions: ImplementedFunctions = {};
  }
  for (const f of registry.metadata) {
    const method = `jilin_${f.id.toLowerCase()}`;
    const arity = f.parameters.length;
    JilinPlugin.implementedFunctions[`JILIN.${f.id}`] = {
      method,
      parameters: f.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
    };
    (JilinPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      const self = this as unknown as {
        runFunction: (args: unknown[], state: unknown, meta: unknown, fn: (...a: unknown[]) => unknown) => unknown;
        metadata: (name: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(`JILIN.${f.id}`), (...args: unknown[]) => {
        const fn = registry.get(f.id);
        if (!fn) return new CellError(ErrorType.NAME, `JILIN.${f.id} is not registered`);
        const result = fn(...Array.from({ length: arity }, (_, i) => toExcelArg(args[i])));
        if (typeof result === "object" && result !== null && "code" in result) {
          const e = result as { code: string; message?: string };
          return new CellError(ERROR_TYPES[e.code] ?? ErrorType.VALUE, e.message);
        }
        return result as number;
      });
    };
  }
  const names = Object.fromEntries(registry.metadata.map((f) => [`JILIN.${f.id}`, `JILIN.${f.id}`]));
  HyperFormula.registerFunctionPlugin(JilinPlugin as never, { enGB: names, enUS: names });
  registered = true;
}

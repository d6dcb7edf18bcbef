/*
 * Which ExcelApi requirement set the add-in's source needs. Builds a TypeScript Program over src/
 * (tsconfig.json's options), resolves every name the code uses with the type checker, and reads the
 * "[Api set: ExcelApi 1.N]" tag that @types/office-js puts on each member of the Excel namespace
 * (the member's own JSDoc, else its class's, interface's or enum's). Office.* (common API) and the
 * ExcelApiDesktop/ExcelApiOnline sets are not ExcelApi and are ignored, as are type annotations
 * (they compile away). A conditional tag ("1.1 for get, 1.8 for set") counts as its first version.
 */
import path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_TYPES = toPosix(path.join(ROOT, "node_modules/@types/office-js/index.d.ts"));
const API_SET = /\[Api set: ExcelApi (\d+\.\d+)/;
/** The first ExcelApi set; what code that uses no tagged member needs. */
const BASELINE = "1.1";

export interface ExcelApiUse {
  /** Fully qualified, e.g. "Excel.Range.getCellProperties". */
  readonly member: string;
  readonly version: string;
  /** Relative to the repository root, with forward slashes. */
  readonly file: string;
}

/** A source file that exists only for the analysis (a test snippet); `name` is relative to the root. */
export interface VirtualFile {
  readonly name: string;
  readonly text: string;
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** Numeric comparison of "major.minor" versions: 1.10 > 1.9. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/**
 * Files on disk parsed by an earlier call (lib.dom.d.ts and @types/office-js alone take a second),
 * shared between Programs as a language service does; a test's later calls reuse them.
 */
const parsed = new Map<string, ts.SourceFile>();

function compilerOptions(): ts.CompilerOptions {
  const read = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT).options;
}

/** Every src/**\/*.ts and src/**\/*.tsx file, absolute. */
function sourceFiles(): string[] {
  return ts.sys.readDirectory(path.join(ROOT, "src"), [".ts", ".tsx"]).filter((f) => !f.endsWith(".d.ts"));
}

/** Whether a declaration lies in @types/office-js's Excel namespace (Excel.Interfaces included). */
function inExcelNamespace(decl: ts.Declaration): boolean {
  if (toPosix(decl.getSourceFile().fileName) !== OFFICE_TYPES) return false;
  let outermost: ts.ModuleDeclaration | undefined;
  for (let n: ts.Node | undefined = decl; n; n = n.parent) if (ts.isModuleDeclaration(n)) outermost = n;
  return outermost?.name.text === "Excel";
}

/** The tag's version; for a split tag ("ExcelApi 1.1 for get, 1.8 for set") the highest, to be safe. */
function tagOf(node: ts.Node): string | undefined {
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    const text = doc.getText();
    const found = API_SET.exec(text);
    if (!found) continue;
    const tag = text.slice(found.index, text.indexOf("]", found.index) + 1);
    const versions = [...tag.matchAll(/(\d+\.\d+)/g)].map((m) => m[1] as string);
    return versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  }
  return undefined;
}

function versionOf(decl: ts.Declaration): string | undefined {
  const parent = decl.parent;
  const container = ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isEnumDeclaration(parent) ? parent : undefined;
  return tagOf(decl) ?? (container && tagOf(container));
}

/** The symbol a name refers to: through aliases, and for an object literal's key, the contextual type's property. */
function symbolAt(checker: ts.TypeChecker, name: ts.Node): ts.Symbol | undefined {
  const parent = name.parent;
  if ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) && parent.name === name) {
    const contextual = checker.getContextualType(parent.parent);
    return contextual && checker.getPropertyOfType(contextual, parent.name.getText());
  }
  const symbol = checker.getSymbolAtLocation(name);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** For the callee of a call or `new`, the overload the checker picked; otherwise none. */
function calledDeclaration(checker: ts.TypeChecker, name: ts.Node): ts.Declaration | undefined {
  const callee = ts.isPropertyAccessExpression(name.parent) && name.parent.name === name ? name.parent : name;
  const call = callee.parent;
  if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) {
    return checker.getResolvedSignature(call)?.declaration as ts.Declaration | undefined;
  }
  return undefined;
}

/**
 * The ExcelApi version the given files need (default: every file of src/), and the Excel members
 * that use a tagged set, one entry per member and file, highest version first.
 */
export function excelApiUsage(
  files: readonly string[] = sourceFiles(),
  virtualFiles: readonly VirtualFile[] = [],
): { version: string; uses: ExcelApiUse[] } {
  const options = compilerOptions();
  const virtual = new Map(virtualFiles.map((v) => [toPosix(path.resolve(ROOT, v.name)), v.text]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = virtual.get(toPosix(name));
    if (text !== undefined) return ts.createSourceFile(name, text, language, true);
    const cached = parsed.get(name) ?? getSourceFile.call(host, name, language, ...rest);
    if (cached) parsed.set(name, cached);
    return cached;
  };
  host.fileExists = (name) => virtual.has(toPosix(name)) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(toPosix(name)) ?? readFile.call(host, name);

  const roots = [...files.map((f) => toPosix(path.resolve(ROOT, f))), ...virtual.keys()];
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const uses = new Map<string, ExcelApiUse>();

  for (const root of roots) {
    const sourceFile = program.getSourceFile(root);
    if (!sourceFile) throw new Error(`not in the program: ${root}`);
    const file = path.posix.relative(toPosix(ROOT), root);
    const record = (name: ts.Node) => {
      const symbol = symbolAt(checker, name);
      const called = calledDeclaration(checker, name);
      const decls = (called ? [called] : symbol?.declarations ?? []).filter(inExcelNamespace);
      const versions = decls.map(versionOf).filter((v): v is string => v !== undefined).sort(compareVersions);
      const version = versions[0];
      if (!symbol || !version) return;
      const member = checker.getFullyQualifiedName(symbol);
      uses.set(`${member} ${file}`, { member, version, file });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
      if (ts.isIdentifier(node)) record(node);
      else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) record(node.argumentExpression);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  const list = [...uses.values()].sort((a, b) => compareVersions(b.version, a.version) || a.member.localeCompare(b.member) || a.file.localeCompare(b.file));
  return { version: list[0]?.version ?? BASELINE, uses: list };
}

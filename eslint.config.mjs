// ESLint (flat config): typescript-eslint's recommended rules for all TypeScript, plus the import
// boundaries of the layers:
//   src/core  – pure calculation: no DOM, Office/Excel, React or Node modules, and no host globals;
//               it may use src/data but not the host layers (functions, workbook, taskpane, cli).
//   src/data  – default figures and their sources: imports nothing of ours outside src/data.
// Run with `npm run lint` (also the first step of `npm test`).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Every Node built-in, bare and with the node: prefix (fs, fs/promises, node:fs, …). */
const NODE_MODULES = [...new Set(builtinModules.flatMap((m) => [m, `${m}/*`, `node:${m}`, `node:${m}/*`]))];

const CORE_FORBIDDEN_IMPORTS = {
  patterns: [
    {
      group: NODE_MODULES,
      message: "src/core runs in Excel, the browser and Node alike: no Node modules (pass data in instead).",
    },
    {
      group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "scheduler"],
      message: "src/core has no UI: React and Fluent belong in src/taskpane.",
    },
    {
      group: ["office-*", "@microsoft/office-js", "@microsoft/office-js/*", "@types/office-js", "@types/custom-functions-runtime", "exceljs", "exceljs/*", "hyperformula"],
      message: "src/core knows no host: Office, Excel and workbook libraries belong in src/functions, src/workbook or src/taskpane.",
    },
    {
      group: ["**/functions", "**/functions/*", "**/workbook", "**/workbook/*", "**/taskpane", "**/taskpane/*", "**/cli", "**/cli/*", "**/preview/*"],
      message: "src/core is the bottom layer: it may import src/data, never the host layers.",
    },
  ],
};

const CORE_FORBIDDEN_GLOBALS = [
  ...["document", "window", "navigator", "self", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "Worker"].map((name) => ({
    name,
    message: "src/core uses no DOM or browser globals.",
  })),
  ...["Office", "Excel", "CustomFunctions", "OfficeExtension"].map((name) => ({
    name,
    message: "src/core knows no Office host: adapt in src/functions or src/workbook.",
  })),
  { name: "globalThis", message: "src/core reaches no host through globalThis." },
  ...["process", "require", "module", "Buffer", "__dirname", "__filename", "global"].map((name) => ({
    name,
    message: "src/core uses no Node globals.",
  })),
];

/** Office host namespaces, also forbidden as types (`Excel.Range`), which no-restricted-globals does not see. */
const HOST_NAMESPACES = "/^(Office|Excel|CustomFunctions|OfficeExtension)$/";
const CORE_FORBIDDEN_SYNTAX = [
  {
    selector: `TSQualifiedName > Identifier.left[name=${HOST_NAMESPACES}]`,
    message: "src/core knows no Office host: no Office or Excel types either.",
  },
  {
    selector: `TSTypeReference > Identifier.typeName[name=${HOST_NAMESPACES}]`,
    message: "src/core knows no Office host: no Office or Excel types either.",
  },
];

export default defineConfig(
  globalIgnores(["dist/", "build/", "preview-dist/", "test-results/", "coverage/", "test/manifest/xsd/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // tsc (noUnusedLocals/noUnusedParameters) already reports these; keep the `_name` escape hatch.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The two classic hook rules (the plugin's compiler-based rules are not enabled).
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Plain CommonJS scripts and configs that run under Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Tests: browser callbacks (page.evaluate) are untyped by nature, and a test may require() a module
    // where it is used.
    files: ["test/e2e/**/*.ts", "test/workbook/planMatchesModel.test.ts", "test/functions/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", CORE_FORBIDDEN_IMPORTS],
      "no-restricted-globals": ["error", ...CORE_FORBIDDEN_GLOBALS],
      "no-restricted-syntax": ["error", ...CORE_FORBIDDEN_SYNTAX],
    },
  },
  {
    files: ["src/data/**/*.ts", "src/data/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\.(/|$)",
              message: "src/data imports nothing of ours outside src/data: move what it needs into src/data.",
            },
          ],
        },
      ],
    },
  },
);

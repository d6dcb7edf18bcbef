/** Jest: ts-jest for TypeScript; tests mirror src/ under test/. */
module.exports = {
  testEnvironment: "node",
  // Two workers even on two cores: while one waits on Chromium or LibreOffice the other computes, which
  // halves the run (Jest's default on two cores is one worker).
  maxWorkers: 2,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // tsconfig.json's options, with CommonJS modules for Jest's runtime.
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs" }, diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsRuntime.ts", "<rootDir>/test/support/fastCheckSeed.ts"],
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest's package root; Jest needs the file itself.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

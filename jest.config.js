/** Jest: ts-jest for TypeScript; tests mirror src/ under test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // tsconfig.json's options, with CommonJS modules for Jest's runtime.
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs" }, diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsRuntime.ts"],
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest's package root; Jest needs the file itself.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

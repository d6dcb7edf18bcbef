// Builds the preview host into preview-dist/: preview.html (a HyperFormula workbook as a grid) and
// pane.html (the add-in's real dist/taskpane.js against the preview's Excel and Office stand-ins).
// Served beside dist/ by `npm start`; never part of the add-in (HyperFormula is GPL, dev-only).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (_env, argv) => ({
  devtool: argv.mode === "production" ? false : "source-map",
  target: ["web", "es2020"],
  entry: {
    "preview-runtime": "./preview/runtime.ts",
    preview: "./preview/main.ts",
    "pane-shim": "./preview/paneShim.ts",
  },
  output: { path: path.resolve(__dirname, "preview-dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            // tsconfig.json, narrowed to the bundled files; the preview declares its own host globals.
            configFile: "tsconfig.json",
            onlyCompileBundledFiles: true,
            compilerOptions: { module: "esnext", types: [] },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [new CopyWebpackPlugin({ patterns: [{ from: "preview/preview.html" }, { from: "preview/pane.html" }] })],
});

// Builds dist/: functions.js + functions.json and functions.zh-CN.json (custom functions, the second with
// Chinese descriptions), taskpane.html/js (the pane, which
// also hosts the functions in the shared runtime), assets and manifest.xml.
//
// Production origin: `ADDIN_ORIGIN=https://addin.example.com npm run build` rewrites every
// https://localhost:3000 URL of dist/manifest.xml to that origin. Without it the manifest keeps
// the localhost URLs, which is what `npm start` and sideloading need.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { localizeMetadata } = require("./scripts/lib/localizeMetadata");
const { renderHelp } = require("./scripts/lib/helpPage");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const { DEV_ORIGIN, productionOrigin, rewriteOrigin } = require("./scripts/lib/manifestOrigin");

/**
 * functions.zh-CN.json: the generated functions.json with the Chinese descriptions of
 * src/functions/metadata.zh-CN.json (names unchanged); the manifest points Excel in Chinese to it.
 * Also help.html and help.zh-CN.html, rendered from the two (scripts/lib/helpPage.js).
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const source = compilation.getAsset("functions.json");
        if (!source) return; // the metadata plugin reported its own error
        const tableFile = path.resolve(__dirname, "src/functions/metadata.zh-CN.json");
        compilation.fileDependencies.add(tableFile);
        try {
          const table = JSON.parse(fs.readFileSync(tableFile, "utf8"));
          const english = JSON.parse(source.source.source().toString());
          const localized = localizeMetadata(english, table, "zh-CN");
          compilation.emitAsset("functions.zh-CN.json", new compiler.webpack.sources.RawSource(JSON.stringify(localized, null, 2)));
          // The help pages, from the same metadata (the manifest points Chinese Office to the second).
          compilation.emitAsset("help.html", new compiler.webpack.sources.RawSource(renderHelp(english, "en", "JILIN")));
          compilation.emitAsset("help.zh-CN.html", new compiler.webpack.sources.RawSource(renderHelp(localized, "zh-CN", "JILIN")));
        } catch (e) {
          compilation.errors.push(new compiler.webpack.WebpackError(e.message));
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const origin = argv.mode === "production" ? productionOrigin(process.env.ADDIN_ORIGIN) : DEV_ORIGIN;
  return {
    devtool: argv.mode === "production" ? false : "source-map",
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // tsconfig.json, narrowed to the bundled files and the add-in's host types: no Node or
              // Jest globals type-check in code that runs in Office.
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "esnext", sourceMap: false, types: ["office-js", "custom-functions-runtime"] },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "blocking",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteOrigin(content.toString(), origin),
          },
        ],
      }),
    ],
  };
};

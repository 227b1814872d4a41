/**
 * Two builds from one config, as in Microsoft's add-in template:
 *   the add-in   (default)          → dist/ : taskpane.html, commands.html, help.html, assets/, manifest.xml
 *   the playground (--env playground) → dist/playground/ : the task pane beside an example workbook
 * `webpack serve` serves the add-in on https://localhost:3000 (dev certificates read from
 * ~/.office-addin-dev-certs/) and the playground on http://localhost:3001.
 */
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
const urlDev = "https://localhost:3000/";
// CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION (or set WSOA_PRODUCTION_URL when building).
const urlProd = process.env.WSOA_PRODUCTION_URL ?? "https://www.contoso.com/wsoa-tracker/";

const rules = [
  {
    test: /\.[jt]sx?$/,
    exclude: /node_modules/,
    loader: "esbuild-loader",
    options: { target: "es2020", jsx: "automatic" },
  },
];

/** The manifest with the dev server's URLs swapped for production ones (AppDomain is an origin). */
function productionManifest(xml) {
  return xml.replaceAll("<AppDomain>https://localhost:3000</AppDomain>", `<AppDomain>${new URL(urlProd).origin}</AppDomain>`).replaceAll(urlDev, urlProd);
}

/** https with the dev certificates when they exist; otherwise http, saying why. */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((f) => existsSync(path.join(dir, f)))) {
    return { type: "https", options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(path.join(dir, f))])) };
  }
  console.warn(
    `\n[dev-server] No dev certificates in ${dir}: serving plain http://localhost:3000 instead.\n` +
      "Excel loads add-ins only over https. Create the certificates with `npx office-addin-dev-certs install`\n" +
      "(or `node node_modules/office-addin-dev-certs/cli.js install`), trust ca.crt, then restart.\n",
  );
  return { type: "http" };
}

function addin(production) {
  return {
    name: "addin",
    devtool: "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: { keep: /^playground\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules },
    performance: { hints: false }, // the 300 KiB gzipped budget is checked by scripts/bundle-size.mjs
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? productionManifest(content.toString()) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: true,
    },
  };
}

function playground() {
  return {
    name: "playground",
    devtool: "source-map",
    entry: { playground: "./src/playground/index.tsx" },
    output: { path: path.join(root, "dist/playground"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/playground/playground.html" })],
    devServer: { port: 3001, host: "localhost", server: { type: "http" }, hot: true, open: false },
  };
}

export default (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  return env.playground ? playground() : addin(production);
};

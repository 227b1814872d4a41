// Minimal React + Fluent page for the bundle benchmark: the same loader as the add-in build.
module.exports = {
  entry: `${__dirname}/index.tsx`,
  output: { filename: "minimal.js" },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: { rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }] },
  performance: { hints: false },
};

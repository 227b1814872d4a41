/**
 * The package test (npm run test:package): `npm pack`, install the tarball in an empty folder,
 * run its `wsoa`. Its own run because installing takes a minute and fetches from the registry.
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/package"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 600000,
  maxWorkers: 1,
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
};

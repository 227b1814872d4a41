// Lint: typescript-eslint's recommended rules, plus the fence that keeps the core pure.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "examples/**/*.xlsx", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is pure: no I/O, no Office, no ExcelJS, no React, no clock.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["exceljs", "react", "react-dom", "@fluentui/*", "node:*", "fs", "path", "child_process", "../workbook/*", "../../workbook/*", "../review/*", "../taskpane/*", "../cli/*"], message: "src/core is pure: no I/O, Office, ExcelJS or React." },
        ],
      }],
      "no-restricted-globals": ["error", { name: "Office", message: "src/core must not touch Office.js" }, { name: "Excel", message: "src/core must not touch Office.js" }],
      "no-restricted-syntax": ["error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "The core never reads the clock: take `today` as an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The core never reads the clock: take `today` as an argument." },
      ],
    },
  },
);

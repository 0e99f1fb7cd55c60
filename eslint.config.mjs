// office-addin-lint's recommended setup, plus the one architectural rule: the core stays pure.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "test-output/**", "bench/tmp/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "path", "os", "child_process", "worker_threads", "node:*"], message: "The core is pure: no Node APIs." },
            { group: ["react", "react-dom", "@fluentui/*", "exceljs", "docx", "office-*"], message: "The core is pure: no UI, Office or file libraries." },
            { group: ["../hosts/*", "../taskpane/*", "../web/*", "../cli/*", "../render/*"], message: "The core depends on nothing outside it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process", "require"],
    },
  },
];

// office-addin-lint's recommended setup, plus the one architectural rule: the core stays pure.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "lib/**", "out/**", "node_modules/**", "coverage/**", "test-output/**", "bench/tmp/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Office: "readonly", Excel: "readonly" },
    },
    // TypeScript already rejects undefined names (and knows the DOM and Node types); ESLint's copy of that
    // check only misfires on types and browser globals.
    rules: {
      "no-undef": "off",
      // Chinese text legitimately holds ideographic spaces (　).
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    // The core is pure at any depth (src/core/checks/x.ts importing ../../hosts/file is caught as well as
    // src/core/x.ts importing ../hosts/file): test/unit/lint.test.ts proves each pattern fails the lint.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["fs", "fs/*", "path", "os", "child_process", "worker_threads", "util", "crypto", "stream", "zlib", "node:*"],
              message: "The core is pure: no Node APIs.",
            },
            {
              group: ["react", "react-dom", "react/*", "@fluentui/*", "exceljs", "docx", "jszip", "mammoth", "office-*", "@microsoft/*"],
              message: "The core is pure: no UI, Office or file libraries.",
            },
            {
              group: ["**/hosts", "**/hosts/**", "**/taskpane", "**/taskpane/**", "**/web", "**/web/**", "**/cli", "**/cli/**", "**/render", "**/render/**"],
              message: "The core depends on nothing outside it.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "document",
        "window",
        "navigator",
        "localStorage",
        "sessionStorage",
        "fetch",
        "XMLHttpRequest",
        "Worker",
        "process",
        "require",
        "Buffer",
        "__dirname",
        "__filename",
      ],
    },
  },
];

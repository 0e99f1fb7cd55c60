/**
 * A require hook that runs the project's TypeScript directly (transpile only, like ts-jest's
 * isolatedModules): the bench imports src/ and test/helpers without a build step.
 */
"use strict";
const fs = require("fs");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  sourceMap: false,
  inlineSourceMap: false,
};

for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}

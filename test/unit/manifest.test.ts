/**
 * The add-in manifest, its icons, the production URL rewrite and the pages' security policy.
 * The schema check runs xmllint (Debian: libxml2-utils) against the Office manifest schemas kept in
 * test/schemas/office-manifest (see its README for where they come from), so it runs on any clean clone.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// CommonJS helpers shared with webpack.config.js and the icon script.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionUrl, toProductionManifest, DEV_URL } = require("../../scripts/manifest-url");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodePng, render, SIZES } = require("../../scripts/make-icons");

const root = path.join(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const manifest = fs.readFileSync(manifestPath, "utf8");
const schemaDir = path.join(root, "test", "schemas", "office-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

function hasXmllint(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

function validate(file: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml against the Office schemas (xmllint)", () => {
  it("the schemas are in the repository", () => {
    expect(fs.existsSync(schema)).toBe(true);
  });

  it("validates", () => {
    if (!hasXmllint()) {
      throw new Error(
        "xmllint is missing: apt-get install -y libxml2-utils (the offline manifest check needs it)"
      );
    }
    const result = validate(manifestPath);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("still validates after the production URL rewrite", () => {
    if (!hasXmllint()) throw new Error("xmllint is missing: apt-get install -y libxml2-utils");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, toProductionManifest(manifest, "https://addins.example.gov.cn/budget/"));
    expect(validate(file).ok).toBe(true);
  });

  it("catches a broken manifest (the check can fail)", () => {
    if (!hasXmllint()) throw new Error("xmllint is missing: apt-get install -y libxml2-utils");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(
      file,
      manifest.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Everything</Permissions>"
      )
    );
    expect(validate(file).ok).toBe(false);
  });
});

describe("manifest.xml content", () => {
  it("is a Workbook task pane with ReadWriteDocument and ExcelApi 1.4 as the minimum", () => {
    expect(manifest).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.4"\/>/);
  });

  it("has Chinese overrides for the display name and description", () => {
    expect(manifest).toMatch(
      /<DisplayName DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="绩效自评报告助手"\/>/
    );
    expect(manifest).toMatch(
      /<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="[^"]+"\/>/
    );
  });

  it("puts a button on the Home tab that opens the task pane page", () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toMatch(
      /<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/
    );
    expect(manifest).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
  });

  it("defines every resource it references", () => {
    const referenced = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set(
      [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1])
    );
    expect(referenced.size).toBeGreaterThan(5);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it("uses only https dev URLs on localhost:3000, each pointing at a file the build produces", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    const built = new Set(["taskpane.html", "commands.html", "index.html"]);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = url.slice(DEV_URL.length);
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(root, file))).toBe(true);
      else expect(built).toContain(file);
    }
  });
});

describe("icons", () => {
  it("exist at 16, 32, 64, 80 and 128 px with the right dimensions", () => {
    expect(SIZES).toEqual([16, 32, 64, 80, 128]);
    for (const size of SIZES) {
      expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("are the ones scripts/make-icons.js draws (the committed PNGs are not stale)", () => {
    for (const size of SIZES) {
      const drawn: Buffer = encodePng(size, render(size));
      expect(drawn.equals(fs.readFileSync(path.join(root, "assets", `icon-${size}.png`)))).toBe(
        true
      );
    }
  });

  it("are not blank: the badge green and the page white are both drawn", () => {
    const pixels: Buffer = render(32);
    let green = 0;
    let white = 0;
    let transparent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (a === 0) transparent++;
      else if (g > 100 && r < 40 && b < 90) green++;
      else if (r === 255 && g === 255 && b === 255) white++;
    }
    expect(green).toBeGreaterThan(50);
    expect(white).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(50);
  });
});

describe("production manifest", () => {
  it("replaces every dev URL and the AppDomain with the production URL", () => {
    const prod: string = toProductionManifest(manifest, "https://budget-report.example.gov.cn/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://budget-report.example.gov.cn/taskpane.html"/>'
    );
    expect(prod).toContain("<AppDomain>https://budget-report.example.gov.cn</AppDomain>");
    const sub: string = toProductionManifest(
      manifest,
      "https://intranet.example.gov.cn/addins/budget"
    );
    expect(sub).toContain(
      'DefaultValue="https://intranet.example.gov.cn/addins/budget/assets/icon-32.png"'
    );
    expect(sub).toContain("<AppDomain>https://intranet.example.gov.cn</AppDomain>");
  });

  it("reads ADDIN_PRODUCTION_URL, has no placeholder to fall back on, and refuses http", () => {
    expect(productionUrl({})).toBeUndefined();
    expect(productionUrl({ ADDIN_PRODUCTION_URL: "  " })).toBeUndefined();
    expect(productionUrl({ ADDIN_PRODUCTION_URL: "https://a.example.cn/x" })).toBe(
      "https://a.example.cn/x/"
    );
    expect(() => productionUrl({ ADDIN_PRODUCTION_URL: "http://a.example.cn/" })).toThrow(/https/);
    expect(() => productionUrl({ ADDIN_PRODUCTION_URL: "not a url" })).toThrow(/not a URL/);
  });
});

describe("pages", () => {
  const csp = (html: string) =>
    /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const taskpane = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
  const web = fs.readFileSync(path.join(root, "src/web/index.html"), "utf8");

  it("both have a strict CSP and no inline script", () => {
    for (const html of [taskpane, web]) {
      const policy = csp(html);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("img-src 'self' data: blob:");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/\bsrc=/);
    }
    expect(csp(taskpane)).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp(web)).toContain("script-src 'self';");
  });

  it("loads office.js in the task pane only", () => {
    expect(taskpane).toContain('<script src="<%= officeJsUrl %>"></script>');
    expect(web.match(/<script\b[^>]*>/g) ?? []).toEqual([]);
    expect(web).not.toContain("appsforoffice");
  });
});

describe("build tooling", () => {
  it("the webpack config loads and lists the pages and lazy chunks", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js");
    const config = await makeConfig({}, { mode: "production" });
    expect(config.entry.taskpane).toBe("./src/taskpane/index.tsx");
    expect(config.devServer).toBeUndefined();
    expect(Object.keys(config.optimization.splitChunks.cacheGroups)).toEqual(["exceljs", "docx"]);
    expect(config.optimization.splitChunks.cacheGroups.exceljs.chunks).toBe("async");
    // The pages' CSP has no 'unsafe-eval': no eval-based source maps in any mode.
    const dev = await makeConfig({}, { mode: "development" });
    expect(String(dev.devtool)).not.toContain("eval");
    expect(String(config.devtool)).not.toContain("eval");
  });

  it("a production build writes a manifest only for a real server (ADDIN_PRODUCTION_URL), and says so", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js");
    const manifestCopies = (config: { plugins: { patterns?: { to?: string }[] }[] }) =>
      config.plugins.flatMap((p) => p.patterns ?? []).filter((p) => p.to === "manifest.xml");
    const saved = process.env.ADDIN_PRODUCTION_URL;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      delete process.env.ADDIN_PRODUCTION_URL;
      expect(manifestCopies(await makeConfig({}, { mode: "production" }))).toEqual([]);
      expect(warn.mock.calls.flat().join(" ")).toContain("ADDIN_PRODUCTION_URL is not set");
      // The add-in's own build refuses to run, saying what to set.
      await expect(makeConfig({ addin: true }, { mode: "production" })).rejects.toThrow(
        /needs that server's https address: ADDIN_PRODUCTION_URL=/
      );
      // The dev build keeps localhost.
      expect(manifestCopies(await makeConfig({}, { mode: "development" }))).toHaveLength(1);
      process.env.ADDIN_PRODUCTION_URL = "https://intranet.example.gov.cn/budget/";
      const copies = manifestCopies(await makeConfig({ addin: true }, { mode: "production" })) as {
        transform?: (content: Buffer) => string;
      }[];
      expect(copies).toHaveLength(1);
      expect(copies[0].transform!(fs.readFileSync(manifestPath))).toContain(
        '<SourceLocation DefaultValue="https://intranet.example.gov.cn/budget/taskpane.html"/>'
      );
    } finally {
      warn.mockRestore();
      if (saved === undefined) delete process.env.ADDIN_PRODUCTION_URL;
      else process.env.ADDIN_PRODUCTION_URL = saved;
    }
  });

  it("npm run build:addin stops before building, with one line, when ADDIN_PRODUCTION_URL is missing", () => {
    const script = path.join(__dirname, "../../scripts/require-addin-url.js");
    const env = { ...process.env };
    delete env.ADDIN_PRODUCTION_URL;
    const missing = spawnSync(process.execPath, [script], { env, encoding: "utf8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("ADDIN_PRODUCTION_URL=https://your.server/budget-report/");
    const set = spawnSync(process.execPath, [script], {
      env: { ...env, ADDIN_PRODUCTION_URL: "https://intranet.example.gov.cn/budget/" },
      encoding: "utf8",
    });
    expect(set.status).toBe(0);
    const package_ = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    expect(package_.scripts["build:addin"]).toMatch(/^node scripts\/require-addin-url\.js && /);
  });

  it("OFFICE_JS_LOCAL=1 serves office.js and the Excel scripts it loads from dist/office-js/", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js");
    process.env.OFFICE_JS_LOCAL = "1";
    let config;
    try {
      config = await makeConfig({}, { mode: "production" });
    } finally {
      delete process.env.OFFICE_JS_LOCAL;
    }
    const pages = config.plugins.filter(
      (p: { userOptions?: { filename?: string } }) => p.userOptions?.filename
    );
    const taskpane = pages.find(
      (p: { userOptions: { filename: string } }) => p.userOptions.filename === "taskpane.html"
    );
    expect(taskpane.userOptions.templateParameters.officeJsUrl).toBe("office-js/office.js");
    const copy = config.plugins.find((p: { patterns?: unknown }) => Array.isArray(p.patterns));
    const pattern = copy.patterns.find((p: { to: string }) => p.to.startsWith("office-js/"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { globSync } = require("tinyglobby");
    const files: string[] = globSync(pattern.from, {
      cwd: pattern.context,
      ignore: pattern.globOptions.ignore,
    });
    expect(files).toEqual(
      expect.arrayContaining([
        "office.js",
        "excel-win32-16.01.js",
        "excel-web-16.00.js",
        "zh-cn/office_strings.js",
      ])
    );
    expect(files.some((f) => f.endsWith(".debug.js"))).toBe(false);
  });

  it("bundle-size tells first-load scripts from lazy chunks and checks the budget", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bundleSizes, pageScripts } = require("../../scripts/bundle-size");
    expect(
      pageScripts(
        '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.1234abcd.js></script><script src="b.js"></script>'
      )
    ).toEqual(["taskpane.1234abcd.js", "b.js"]);
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    fs.writeFileSync(
      path.join(dist, "taskpane.html"),
      "<script defer src=taskpane.1234abcd.js></script>"
    );
    fs.writeFileSync(path.join(dist, "taskpane.1234abcd.js"), "x".repeat(1000));
    fs.writeFileSync(path.join(dist, "exceljs.0badf00d.js"), "y".repeat(5000));
    const report = bundleSizes(dist);
    expect(report.pages["taskpane.html"].initial.map((c: { file: string }) => c.file)).toEqual([
      "taskpane.1234abcd.js",
    ]);
    expect(report.lazy.map((c: { name: string }) => c.name)).toEqual(["exceljs"]);
    expect(report.withinBudget).toBe(true);
    expect(report.lazyOnlyUpFront).toEqual([]);
    fs.writeFileSync(
      path.join(dist, "taskpane.html"),
      "<script src=taskpane.1234abcd.js></script><script src=exceljs.0badf00d.js></script>"
    );
    expect(bundleSizes(dist).lazyOnlyUpFront).toEqual(["exceljs"]);
  });

  it("xmllint is on the PATH (CI installs libxml2-utils)", () => {
    expect(
      execFileSync("xmllint", ["--version"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      })
    ).toBeDefined();
  });
});

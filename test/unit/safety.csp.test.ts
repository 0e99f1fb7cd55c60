/**
 * The pages' Content-Security-Policy, directive by directive (docs/design.md §6): scripts only from the add-in's
 * own origin (and, in the task pane, Microsoft's office.js CDN), no inline script or eval, no other
 * origin in any directive, nothing sent anywhere but 'self'. manifest.test.ts checks the policy's main
 * phrases; this checks that nothing else slipped in, and that the pages carry no inline handlers.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const pages = {
  taskpane: fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8"),
  web: fs.readFileSync(path.join(root, "src/web/index.html"), "utf8"),
};

function policy(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error("no CSP meta");
  const out = new Map<string, string[]>();
  for (const directive of content
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    out.set(name, sources);
  }
  return out;
}

/** What each directive may list; anything else (another origin, *, http:, eval…) fails. */
const ALLOWED: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"], // Fluent UI (Griffel) injects <style>; styles only
  "connect-src": ["'self'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'", "'none'"],
  "form-action": ["'self'", "'none'"],
  "frame-src": ["'self'", "'none'"],
  "worker-src": ["'self'", "blob:"],
};

describe.each(Object.entries(pages))("%s page", (name, html) => {
  const csp = policy(html);

  test("every directive lists only allowed sources", () => {
    for (const [directive, sources] of csp) {
      const allowed = [...(ALLOWED[directive] ?? [])];
      if (name === "taskpane" && directive === "script-src") allowed.push(OFFICE_CDN);
      expect({ directive, sources: sources.filter((s) => !allowed.includes(s)) }).toEqual({
        directive,
        sources: [],
      });
    }
  });

  test("default-src 'self', object-src 'none', scripts without inline or eval", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).toContain("'self'");
    expect(scripts.includes(OFFICE_CDN)).toBe(name === "taskpane");
  });

  test("no inline script, inline handler or javascript: URL in the page", () => {
    const plain = html.replace(/<%[^]*?%>/g, "TEMPLATE"); // html-webpack-plugin placeholders
    for (const tag of plain.match(/<script\b[^>]*>[^]*?<\/script>/g) ?? [])
      expect(tag).toMatch(/^<script\b[^>]*\bsrc=[^>]*><\/script>$/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});

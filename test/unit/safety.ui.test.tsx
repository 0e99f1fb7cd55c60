/**
 * React renders workbook text as text (docs/design.md §6): no dangerouslySetInnerHTML anywhere in src/, and a
 * workbook whose labels, reasons and unit name are HTML shows them literally on every tab — no element
 * is created from them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as React from "react";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/core/grid";
import { fakeEngine, fakeHost } from "./taskpane/fakes";
import { seedGrid } from "./recognize/layouts";

configure({ asyncUtilTimeout: 5000 });

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>window.__pwned=1</script>";
const LINK = '<a href="javascript:alert(1)">点我</a>';

beforeAll(() => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|html)$/.test(entry.name) ? [full] : [];
  });
}

test("no dangerouslySetInnerHTML, innerHTML or document.write in src/", () => {
  const offenders = sourceFiles(path.join(__dirname, "../../src")).filter((file) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(
      fs.readFileSync(file, "utf8")
    )
  );
  expect(offenders).toEqual([]);
});

/** The seed 基础数据表 with HTML in a project label, the 项目支出 reasons and the unit name; one total broken. */
function hostileGrid(): Grid {
  const grid = seedGrid();
  const rows = grid.rows.map((row) => row.slice());
  const index = rows.findIndex((row) => String(row[0]?.value ?? "").includes("工会日常工作经费"));
  if (index < 0) throw new Error("seed layout changed");
  rows[index][0] = { value: `    ${IMG}`, indent: 3 };
  const projects = rows.findIndex((row) => String(row[0]?.value ?? "").includes("项目支出"));
  rows[projects][5] = { value: SCRIPT };
  rows[index][5] = { value: SCRIPT };
  const unitRow = rows.findIndex((row) => String(row[0]?.value ?? "").startsWith("单位名称"));
  rows[unitRow][0] = { value: `单位名称：${LINK}` };
  const current = rows[index][4];
  if (current && typeof current.value === "number") rows[index][4] = { value: current.value + 1 };
  return { ...grid, rows };
}

test("HTML in cells shows as text on every tab; no element comes from it", async () => {
  const host = fakeHost({ grids: async () => [hostileGrid()] });
  const { container } = render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
  await screen.findAllByTestId("findings-count", {}, { timeout: 5000 });
  const seen = new Set<string>();
  for (const name of [/数据/, /校验/, /变动/, /^报告$/, /核对报告/]) {
    fireEvent.click(screen.getByRole("tab", { name }));
    if (name.source === "^报告$") await screen.findByTestId("report-preview");
    const text = container.textContent ?? "";
    for (const hostile of [IMG, SCRIPT, LINK]) if (text.includes(hostile)) seen.add(hostile);
    expect(container.querySelectorAll("img, script, iframe, object, embed")).toHaveLength(0);
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(container.querySelector("[onerror], [onclick], [onload]")).toBeNull();
  }
  // Each hostile text was shown somewhere, literally.
  expect([...seen].sort()).toEqual([IMG, LINK, SCRIPT].sort());
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

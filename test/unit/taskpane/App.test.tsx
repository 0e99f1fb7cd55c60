/**
 * The task pane in jsdom: each tab's states (loading, empty, findings, all passed, error) over a fake
 * Host, with the real core pipeline and compose behind a fake engine.
 */
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { UnusableInputError } from "../../../src/core/errors";
import { HostError } from "../../../src/hosts/excel/errors";
import * as fs from "node:fs";
import * as path from "node:path";
import { brokenSeedGrid, fakeEngine, fakeHost, seedGridWithLabel } from "./fakes";
import { seedGrid } from "../recognize/layouts";

// The machine is shared: give re-analysis (debounced 350 ms) room under load.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  // Fluent's positioning and motion code asks for these; jsdom has none.
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function tab(name: RegExp | string) {
  fireEvent.click(screen.getByRole("tab", { name }));
}

async function ready() {
  // The tab label renders twice (Fluent reserves space for the bold selected state).
  await screen.findAllByTestId("findings-count", {}, { timeout: 5000 });
}

describe("loading and errors", () => {
  test("shows progress while the workbook is read", async () => {
    let release: (grids: never[]) => void = () => {};
    const host = fakeHost({ grids: () => new Promise((resolve) => (release = resolve)) });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    expect(await screen.findByText("正在读取工作簿…")).toBeTruthy();
    expect(screen.queryByTestId("findings-count")).toBeNull();
    await act(async () => release([]));
  });

  test("an unusable workbook says what happened and what to do, in the pane's language", async () => {
    const host = fakeHost({
      grids: async () => {
        throw new UnusableInputError(
          "not-xlsx",
          "这不是 .xlsx 文件：请另存为 .xlsx 后再打开。",
          "Not an .xlsx file: save it as .xlsx."
        );
      },
    });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    const bar = await screen.findByTestId("error-bar");
    expect(bar.textContent).toContain("这不是 .xlsx 文件：请另存为 .xlsx 后再打开。");
    expect(bar.textContent).not.toContain("Not an .xlsx");
  });

  test("an empty workbook gives the core's clear message, not a stack trace", async () => {
    const host = fakeHost({ grids: async () => [] });
    render(<App host={host} locale="en-US" engine={fakeEngine()} />);
    const bar = await screen.findByTestId("error-bar");
    expect(bar.textContent).toMatch(/empty/i);
    expect(bar.textContent).not.toMatch(/at \w+ \(/);
    // The tabs still say there is nothing to show.
    tab(/Checks/);
    expect(
      screen.getByText("Check results appear here once a workbook has been read.")
    ).toBeTruthy();
  });

  test("a failing compose keeps the analysis and reports the error", async () => {
    render(<App host={fakeHost()} locale="zh-CN" engine={fakeEngine({ failCompose: true })} />);
    await ready();
    expect((await screen.findByTestId("error-bar")).textContent).toContain("compose broke");
    tab(/变动/);
    expect(screen.getByTestId("change-basic")).toBeTruthy();
  });
});

describe("the web page (a file-source host)", () => {
  function webHost() {
    const host = fakeHost({
      kind: "web",
      capabilities: { selectCell: false, writeSheets: false, highlight: false },
    });
    let name: string | undefined;
    let reads = 0;
    const templates: string[] = [];
    const readGrids = host.readGrids;
    const web = Object.assign(host, {
      openWorkbook: async (file: File) => {
        name = file.name;
      },
      hasWorkbook: () => name !== undefined,
      downloadNewWorkbook: async (fileName: string) => {
        templates.push(fileName);
      },
      workbookName: async () => name,
      readGrids: async () => {
        reads++;
        return readGrids();
      },
    });
    return { web, templates, reads: () => reads };
  }

  test("waits for a file, then reads it; the template downloads; the report downloads without a dialog", async () => {
    const { web, templates, reads } = webHost();
    render(<App host={web} locale="zh-CN" engine={fakeEngine()} />);
    expect(screen.getByText(/还没有打开工作簿/)).toBeTruthy();
    expect(reads()).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "下载空白模板 (.xlsx)" }));
    await waitFor(() => expect(templates).toEqual(["基础数据表-空白模板.xlsx"]));

    const file = new File([new Uint8Array([1])], "常宁市总工会-2023.xlsx");
    fireEvent.change(screen.getByTestId("current-file"), { target: { files: [file] } });
    await ready();
    expect(reads()).toBe(1);
    expect(screen.getByTestId("workbook-name").textContent).toBe("本年：常宁市总工会-2023.xlsx");

    tab(/^报告$/);
    await screen.findByTestId("report-preview");
    fireEvent.click(screen.getByRole("button", { name: "下载含报告的工作簿 (.xlsx)" }));
    await waitFor(() => expect(web.written).toHaveLength(1));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect((await screen.findByTestId("notice-bar")).textContent).toContain(
      "已下载 常宁市总工会-2023-绩效自评报告.xlsx"
    );
  });
});

describe("数据 tab", () => {
  test("shows what was recognised: sheet, range, unit, year and the columns with their headers", async () => {
    render(<App host={fakeHost()} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    const data = screen.getByTestId("data-tab");
    expect(within(data).getByTestId("source-sheet").textContent).toBe("基础数据表");
    expect(data.textContent).toContain("常宁市总工会");
    expect(data.textContent).toContain("2023");
    expect(data.textContent).toContain("A4:F29");
    expect(data.textContent).toContain("2023年决算数");
    expect(data.textContent).toContain("2022年决算数");
  });

  test("a manual correction is saved in the workbook settings and re-runs recognition with it", async () => {
    const host = fakeHost();
    const engine = fakeEngine();
    render(<App host={host} locale="zh-CN" engine={engine} />);
    await ready();
    fireEvent.change(screen.getByTestId("override-current"), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "应用并重新识别" }));
    await waitFor(() => expect(engine.analyzed.length).toBe(2));
    expect(engine.analyzed[1].options?.overrides).toEqual({
      sheet: "基础数据表",
      headerRow: 2,
      columns: { current: 3 },
    });
    await waitFor(() => expect(host.saved.at(-1)?.overrides?.columns).toEqual({ current: 3 }), {
      timeout: 3000,
    });
  });

  test("lists every sheet with its kind, evidence and use; a kind set by hand is saved and used", async () => {
    const selfEvaluation = {
      sheet: "自评表",
      rows: [
        [{ value: "一级指标" }, { value: "二级指标" }, { value: "分值" }, { value: "得分" }],
        [{ value: "投入" }, { value: "预算配置" }, { value: 5 }, { value: 5 }],
      ],
    };
    const host = fakeHost({ grids: async () => [seedGrid(), selfEvaluation] });
    const engine = fakeEngine();
    render(<App host={host} locale="zh-CN" engine={engine} />);
    await ready();
    const list = screen.getByTestId("sheet-list");
    const rows = within(list).getAllByTestId("sheet-row");
    expect(rows.map((r) => r.getAttribute("data-role"))).toEqual(["source", "unused"]);
    expect(rows[0].textContent).toContain("基础数据表");
    expect(rows[0].textContent).toContain("数据来源");
    expect(rows[1].textContent).toContain("自评表（指标评分表）");
    expect(rows[1].textContent).toContain("不含报告所需的金额");
    // The accountant says the 自评表 is a blank sheet: saved in the workbook, recognition runs with it.
    fireEvent.change(within(rows[1]).getByRole("combobox"), { target: { value: "blank" } });
    await waitFor(() => expect(engine.analyzed.length).toBe(2));
    expect(engine.analyzed[1].options?.overrides?.sheetKinds).toEqual({ 自评表: "blank" });
    await waitFor(() => expect(host.saved.at(-1)?.sheetKinds).toEqual({ 自评表: "blank" }), {
      timeout: 3000,
    });
    await waitFor(() =>
      expect(
        within(screen.getByTestId("sheet-list")).getAllByTestId("sheet-row")[1].textContent
      ).toContain("手动指定")
    );
  });

  test("a sheet read without its formats (Excel on the web's limits) says so", async () => {
    const host = fakeHost({ grids: async () => [{ ...seedGrid(), formatsUnread: true }] });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    const row = within(screen.getByTestId("sheet-list")).getAllByTestId("sheet-row")[0];
    expect(within(row).getByTestId("formats-unread").textContent).toContain("只按数值识别");
  });

  test("thresholds are shown in % and 万元, saved in Options units, and change what is flagged", async () => {
    const host = fakeHost();
    const engine = fakeEngine();
    render(<App host={host} locale="zh-CN" engine={engine} />);
    await ready();
    expect((screen.getByTestId("threshold-explainPercent") as HTMLInputElement).value).toBe(
      "10.00"
    );
    expect((screen.getByTestId("threshold-explainFloor") as HTMLInputElement).value).toBe("1.00");
    fireEvent.change(screen.getByTestId("threshold-explainPercent"), { target: { value: "abc" } });
    expect(screen.getByText("请输入数字")).toBeTruthy();
    expect((screen.getByRole("button", { name: "应用阈值" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    fireEvent.change(screen.getByTestId("threshold-explainPercent"), { target: { value: "50" } });
    fireEvent.change(screen.getByTestId("threshold-executionLow"), { target: { value: "70" } });
    fireEvent.click(screen.getByRole("button", { name: "应用阈值" }));
    await waitFor(() => expect(engine.analyzed).toHaveLength(2));
    expect(engine.analyzed[1].options).toMatchObject({
      explainPercent: 5000,
      explainFloor: 1_000_000,
      executionLow: 7000,
      executionHigh: 11000,
    });
    // 工会日常工作经费 fell 27.50%: under a 50% threshold it no longer needs a reason.
    tab(/变动/);
    await waitFor(() => expect(screen.queryAllByText("需说明")).toHaveLength(0));
    await waitFor(() => expect(host.saved.at(-1)?.thresholds?.explainPercent).toBe(5000));
  });

  test("插入空白模板 writes the template sheets through the host", async () => {
    const host = fakeHost();
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "插入空白模板" }));
    await waitFor(() => expect(host.written).toHaveLength(1));
    expect(host.written[0].map((s) => s.name)).toEqual(["基础数据表"]);
    expect((await screen.findByTestId("notice-bar")).textContent).toContain(
      "已插入工作表：基础数据表"
    );
  });
});

describe("校验 tab", () => {
  test("findings grouped by severity then rule, with counts; clicking a cell selects it", async () => {
    const host = fakeHost({ grids: async () => [brokenSeedGrid()] });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    expect(screen.getByTestId("count-error").textContent).toBe("错误 1");
    expect(screen.getByTestId("count-warning").textContent).toBe("警告 12");
    const errors = screen.getByRole("region", { name: "错误" });
    expect(errors.textContent).toContain("SUM-CHILDREN上级不等于下级之和");
    const finding = within(errors).getByTestId("finding");
    expect(finding.textContent).toContain("应为 2,302,188.00");
    expect(finding.textContent).toContain("实际 2,302,088.00");
    expect(finding.textContent).toContain("差额 -100.00");
    fireEvent.click(within(finding).getByTestId("finding-cell"));
    await waitFor(() => expect(host.selected).toEqual([{ sheet: "基础数据表", address: "E7" }]));
  });

  test("a finding on a hidden sheet is not selected blindly: the notice offers to unhide and go", async () => {
    const host = fakeHost({ grids: async () => [brokenSeedGrid()] });
    const calls: { unhide?: boolean }[] = [];
    host.selectCell = async (ref, options = {}) => {
      calls.push(options);
      if (!options.unhide) {
        throw new HostError(
          "SheetHidden",
          `这一项在隐藏的工作表“${ref.sheet}”上。`,
          `This item is on the hidden sheet "${ref.sheet}".`
        );
      }
      host.selected.push(ref);
    };
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    fireEvent.click(
      within(screen.getByRole("region", { name: "错误" })).getByTestId("finding-cell")
    );
    const bar = await screen.findByTestId("notice-bar");
    expect(bar.textContent).toContain("隐藏的工作表“基础数据表”");
    expect(host.selected).toEqual([]);
    fireEvent.click(within(bar).getByTestId("notice-action"));
    await waitFor(() => expect(host.selected).toEqual([{ sheet: "基础数据表", address: "E7" }]));
    expect(calls).toEqual([{}, { unhide: true }]);
    await waitFor(() => expect(screen.queryByTestId("notice-bar")).toBeNull());
  });

  test("the web page cannot select cells: clicking shows the address instead", async () => {
    const host = fakeHost({
      grids: async () => [brokenSeedGrid()],
      capabilities: { selectCell: false },
    });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    fireEvent.click(
      within(screen.getByRole("region", { name: "错误" })).getByTestId("finding-cell")
    );
    expect((await screen.findByTestId("notice-bar")).textContent).toContain("基础数据表!E7");
    expect(host.selected).toEqual([]);
  });

  test("忽略（说明原因） needs a reason, hides the finding and saves the reason", async () => {
    const host = fakeHost({ grids: async () => [brokenSeedGrid()] });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    const errors = screen.getByRole("region", { name: "错误" });
    fireEvent.click(within(errors).getByRole("button", { name: "忽略（说明原因）" }));
    const confirm = within(errors).getByRole("button", { name: "确定忽略" });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(errors).getByTestId("ignore-reason"), {
      target: { value: "已与财务核对" },
    });
    fireEvent.click(confirm);
    expect(screen.getByTestId("count-error").textContent).toBe("错误 0");
    expect(screen.getByText("已忽略 1 项")).toBeTruthy();
    await waitFor(() => expect(host.saved.length).toBeGreaterThan(0), { timeout: 3000 });
    expect(Object.entries(host.saved.at(-1)?.ignored ?? {})).toEqual([
      ["SUM-CHILDREN|基础数据表!E7|code:301", "已与财务核对"],
    ]);
  });

  test("ignored findings stay ignored when the workbook is reopened", async () => {
    const first = fakeHost({ grids: async () => [brokenSeedGrid()] });
    const engine = fakeEngine();
    const { unmount } = render(<App host={first} locale="zh-CN" engine={engine} />);
    await ready();
    const key = "SUM-CHILDREN|基础数据表!E7|code:301";
    unmount();
    render(
      <App
        host={fakeHost({
          grids: async () => [brokenSeedGrid()],
          settings: { version: 1, ignored: { [key]: "尾差" } },
        })}
        locale="zh-CN"
        engine={engine}
      />
    );
    await ready();
    tab(/校验/);
    expect(screen.getByTestId("count-error").textContent).toBe("错误 0");
  });

  test("a clear all-passed state", async () => {
    render(
      <App
        host={fakeHost()}
        locale="zh-CN"
        engine={fakeEngine({ transform: (a) => ({ ...a, findings: [] }) })}
      />
    );
    await ready();
    expect(screen.getAllByTestId("findings-count")[0].textContent).toBe("0");
    tab(/校验/);
    expect(screen.getByTestId("all-passed").textContent).toContain("全部校验通过");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  test("highlights left from an earlier session can be cleared at once; none offered on the web", async () => {
    const host = fakeHost({
      grids: async () => [brokenSeedGrid()],
      settings: {
        version: 1,
        highlights: [{ sheet: "基础数据表", address: "E7", previousFill: null }],
      },
    });
    const { unmount } = render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(host.cleared).toBe(1));
    unmount();
    render(
      <App
        host={fakeHost({
          grids: async () => [brokenSeedGrid()],
          capabilities: { highlight: false },
        })}
        locale="zh-CN"
        engine={fakeEngine()}
      />
    );
    await ready();
    tab(/校验/);
    expect(screen.queryByRole("button", { name: "在表格中标出问题单元格" })).toBeNull();
  });

  test("highlight and clear, only where the host can", async () => {
    const host = fakeHost({ grids: async () => [brokenSeedGrid()] });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    fireEvent.click(screen.getByRole("button", { name: "在表格中标出问题单元格" }));
    await waitFor(() => expect(host.highlighted).toHaveLength(1));
    expect(host.highlighted[0]).toContainEqual({ sheet: "基础数据表", address: "E7" });
    fireEvent.click(await screen.findByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(host.cleared).toBe(1));
  });

  test("says which sheets were protected and left unmarked", async () => {
    const host = fakeHost({ grids: async () => [brokenSeedGrid()] });
    host.highlight = async (refs) => ({
      marked: refs.length - 1,
      protectedSheets: ["三公经费"],
      notMarked: 0,
    });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    fireEvent.click(screen.getByRole("button", { name: "在表格中标出问题单元格" }));
    const bar = await screen.findByTestId("notice-bar");
    expect(bar.textContent).toContain("以下工作表受保护，未做标记：三公经费");
  });

  test("settings too large for the workbook: says what was not saved", async () => {
    const host = fakeHost({ grids: async () => [brokenSeedGrid()] });
    host.saveSettings = async () => ({ dropped: ["texts"] });
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/校验/);
    const errors = screen.getByRole("region", { name: "错误" });
    fireEvent.click(within(errors).getByRole("button", { name: "忽略（说明原因）" }));
    fireEvent.change(within(errors).getByTestId("ignore-reason"), { target: { value: "已核对" } });
    fireEvent.click(within(errors).getByRole("button", { name: "确定忽略" }));
    const bar = await screen.findByTestId("notice-bar", {}, { timeout: 5000 });
    expect(bar.textContent).toContain("未保存报告文字");
  });
});

describe("变动 tab", () => {
  test("the change table with exact percentages; items needing a reason flagged", async () => {
    render(<App host={fakeHost()} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/变动/);
    const basic = screen.getByTestId("change-basic");
    expect(basic.textContent).toContain("基本支出");
    expect(basic.textContent).toContain("2,652,132.00");
    expect(basic.textContent).toContain("2,757,600.00");
    expect(basic.textContent).toContain("105,468.00");
    expect(within(basic).getByTestId("change-percent").textContent).toBe("3.98%");
    expect(
      within(screen.getByTestId("change-publicOperating")).getByTestId("change-percent").textContent
    ).toBe("7.34%");
    const flagged = screen.getAllByText("需说明");
    expect(flagged.length).toBeGreaterThan(0);
    expect(screen.getByText(/项需要说明原因/)).toBeTruthy();
  });

  test("a reason typed for a flagged item is saved and clears its flag", async () => {
    const host = fakeHost();
    const engine = fakeEngine();
    render(<App host={host} locale="zh-CN" engine={engine} />);
    await ready();
    tab(/变动/);
    const row = screen.getAllByText("需说明")[0].closest("tr") as HTMLElement;
    const key = row.getAttribute("data-testid")!.replace(/^change-/, "");
    expect(row.textContent).toContain("工会日常工作经费");
    fireEvent.change(within(row).getByRole("textbox"), { target: { value: "压减会议和培训" } });
    await waitFor(
      () => expect(engine.analyzed.at(-1)?.options?.reasons).toEqual({ [key]: "压减会议和培训" }),
      {
        timeout: 3000,
      }
    );
    await waitFor(
      () => expect(within(screen.getByTestId(`change-${key}`)).queryByText("需说明")).toBeNull(),
      {
        timeout: 3000,
      }
    );
    await waitFor(() => expect(host.saved.at(-1)?.reasons).toEqual({ [key]: "压减会议和培训" }), {
      timeout: 3000,
    });
  });

  test("a reason typed here wins over the sheet's and is used in the report", async () => {
    render(<App host={fakeHost()} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/变动/);
    const row = screen.getByTestId("change-project");
    const input = within(row).getByRole("textbox") as HTMLInputElement;
    expect(input.value).toBe("工会日常工作经费压减");
    fireEvent.change(input, { target: { value: "按要求压减一般性支出" } });
    tab(/^报告$/);
    await waitFor(
      () =>
        expect(screen.getByTestId("report-preview").textContent).toContain(
          "主要原因是按要求压减一般性支出"
        ),
      { timeout: 3000 }
    );
  });

  test("选择上年工作簿: last year's workbook is read in the pane and its figures become 上年", async () => {
    const engine = fakeEngine();
    render(<App host={fakeHost()} locale="zh-CN" engine={engine} />);
    await ready();
    tab(/变动/);
    expect(
      within(screen.getByTestId("change-basic")).getByTestId("change-percent").textContent
    ).toBe("3.98%");
    const prior = new File([new Uint8Array([80, 75, 3, 4])], "常宁市总工会-2022.xlsx");
    fireEvent.change(screen.getByTestId("prior-file"), { target: { files: [prior] } });
    expect(
      await screen.findByText("上年：常宁市总工会-2022.xlsx", {}, { timeout: 3000 })
    ).toBeTruthy();
    expect(engine.readBytes).toEqual([4]);
    await waitFor(() => expect(engine.analyzed.at(-1)?.prior).toHaveLength(1), { timeout: 3000 });
    // The fake's "last year" is this year's seed itself: every change becomes 0.
    await waitFor(() =>
      expect(
        within(screen.getByTestId("change-basic")).getByTestId("change-percent").textContent
      ).toBe("0.00%")
    );
    fireEvent.click(screen.getByRole("button", { name: "不用上年工作簿" }));
    await waitFor(() => expect(engine.analyzed.at(-1)?.prior).toBeUndefined(), { timeout: 3000 });
    await waitFor(() =>
      expect(
        within(screen.getByTestId("change-basic")).getByTestId("change-percent").textContent
      ).toBe("3.98%")
    );
  });

  test("no prior-year figures: says how to get them", async () => {
    const engine = fakeEngine({
      transform: (a) => ({ ...a, changes: a.changes.map((c) => ({ ...c, prior: undefined })) }),
    });
    render(<App host={fakeHost()} locale="zh-CN" engine={engine} />);
    await ready();
    tab(/变动/);
    expect(screen.getByTestId("changes-none").textContent).toContain("选择上年工作簿");
  });
});

describe("报告 tab", () => {
  test("text fields for every section, a preview with placeholders marked", async () => {
    render(<App host={fakeHost()} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/^报告$/);
    const preview = await screen.findByTestId("report-preview");
    expect(preview.textContent).toContain("常宁市总工会2023年度");
    expect(preview.textContent).toContain("比上年增加10.55万元，增长3.98%");
    const marks = preview.querySelectorAll("mark[data-placeholder]");
    expect(Array.from(marks).map((m) => m.textContent)).toContain("【待补充：主要职能】");
    expect(screen.getByTestId("placeholder-count").textContent).toContain("还有 7 处");
    expect(screen.queryByTestId("report-errors")).toBeNull();
    for (const key of [
      "functions",
      "organization",
      "staffing",
      "keyWork",
      "performance",
      "problems",
      "improvements",
      "resultUse",
      "otherMatters",
    ]) {
      expect(screen.getByTestId(`text-${key}`)).toBeTruthy();
    }
  });

  test("typing a text fills its placeholder in the preview and saves it", async () => {
    const host = fakeHost();
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/^报告$/);
    fireEvent.change(screen.getByTestId("text-functions"), {
      target: { value: "<b>维护职工合法权益</b>" },
    });
    await waitFor(
      () =>
        expect(screen.getByTestId("report-preview").textContent).toContain(
          "<b>维护职工合法权益</b>"
        ),
      { timeout: 3000 }
    );
    // Rendered as text, never as HTML.
    expect(screen.getByTestId("report-preview").querySelector("b")).toBeNull();
    expect(screen.getByTestId("placeholder-count").textContent).toContain("还有 6 处");
    await waitFor(
      () => expect(host.saved.at(-1)?.texts?.functions).toBe("<b>维护职工合法权益</b>"),
      { timeout: 3000 }
    );
  });

  test("the sign-off's unit name is prefilled and its date can be typed", async () => {
    const host = fakeHost();
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/^报告$/);
    const preview = await screen.findByTestId("report-preview");
    expect(preview.textContent).toContain("【待补充：报告日期】");
    expect((screen.getByTestId("text-unitName") as HTMLInputElement).value).toBe("常宁市总工会");
    fireEvent.change(screen.getByTestId("text-reportDate"), { target: { value: "2024年5月16日" } });
    await waitFor(() =>
      expect(screen.getByTestId("report-preview").textContent).toContain(
        "常宁市总工会2024年5月16日"
      )
    );
    expect(screen.getByTestId("report-preview").textContent).not.toContain("【待补充：报告日期】");
    await waitFor(() => expect(host.saved.at(-1)?.texts?.reportDate).toBe("2024年5月16日"));
  });

  test("uncorrected errors are pointed out before the report goes out", async () => {
    render(
      <App
        host={fakeHost({ grids: async () => [brokenSeedGrid()] })}
        locale="zh-CN"
        engine={fakeEngine()}
      />
    );
    await ready();
    tab(/^报告$/);
    expect((await screen.findByTestId("report-errors")).textContent).toContain(
      "校验还有 1 个错误未改正"
    );
  });

  test("写入新工作表 warns about undo first, then writes the report sheets", async () => {
    const host = fakeHost();
    render(<App host={host} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/^报告$/);
    await screen.findByTestId("report-preview");
    fireEvent.click(screen.getByRole("button", { name: "写入新工作表" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Ctrl+Z");
    expect(host.written).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole("button", { name: "写入", hidden: true }));
    await waitFor(() => expect(host.written).toHaveLength(1));
    expect(host.written[0].map((s) => s.name)).toEqual(["绩效自评报告", "变动分析", "校验结果"]);
    expect((await screen.findByTestId("notice-bar")).textContent).toContain(
      "已写入新工作表：绩效自评报告、变动分析、校验结果"
    );
  });

  test("导出 Word downloads a .docx named after the report", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:fake";
    };
    URL.revokeObjectURL = () => {};
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicks.push(this.download);
    });
    const engine = fakeEngine();
    render(<App host={fakeHost()} locale="zh-CN" engine={engine} />);
    await ready();
    tab(/^报告$/);
    await screen.findByTestId("report-preview");
    fireEvent.click(screen.getByRole("button", { name: "导出 Word" }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^常宁市总工会2023年度.*\.docx$/);
    expect(created).toHaveLength(1);
    expect(engine.docxCalls).toBe(1);
    click.mockRestore();
  });

  test("without downloads (Mac) the pane offers copying instead", async () => {
    const writeText = jest.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    render(
      <App
        host={fakeHost({ capabilities: { download: false } })}
        locale="zh-CN"
        engine={fakeEngine()}
      />
    );
    await ready();
    tab(/^报告$/);
    await screen.findByTestId("report-preview");
    expect(screen.queryByRole("button", { name: "导出 Word" })).toBeNull();
    expect(screen.getByText(/请用“复制全文”粘贴到 Word/)).toBeTruthy();
    // Let the text made ahead of the click arrive (the engine answers at once here).
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: "复制全文" }));
    // Inside the click handler, before anything is awaited: WebKit refuses the clipboard otherwise.
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.split("\n")[0]).toMatch(/^常宁市总工会2023年度/);
    expect(text).toContain("增长3.98%");
    expect((await screen.findByTestId("notice-bar")).textContent).toContain("已复制");
  });

  test("empty state before a workbook is read", async () => {
    let release: (grids: never[]) => void = () => {};
    render(
      <App
        host={fakeHost({ grids: () => new Promise((r) => (release = r)) })}
        locale="zh-CN"
        engine={fakeEngine()}
      />
    );
    tab(/^报告$/);
    expect(screen.getByText("读取工作簿后在这里编写和导出报告。")).toBeTruthy();
    await act(async () => release([]));
  });
});

describe("workbook text is text", () => {
  test("markup in a label or a typed text is shown literally in every tab, never parsed as HTML", async () => {
    const grid = seedGridWithLabel("基本工资", '<img src=x onerror="window.__pwned=1">基本工资');
    render(
      <App host={fakeHost({ grids: async () => [grid] })} locale="zh-CN" engine={fakeEngine()} />
    );
    await ready();
    tab(/变动/);
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">基本工资')).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
    tab(/^报告$/);
    fireEvent.change(screen.getByTestId("text-problems"), {
      target: { value: '<script>window.__pwned=1</script>=HYPERLINK("x")' },
    });
    await waitFor(() =>
      expect(screen.getByTestId("report-preview").textContent).toContain(
        "<script>window.__pwned=1</script>=HYPERLINK"
      )
    );
    expect(screen.getByTestId("report-preview").querySelector("script")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test("no component uses dangerouslySetInnerHTML", () => {
    const dir = path.resolve(__dirname, "../../../src");
    const offenders: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          /\.tsx?$/.test(entry.name) &&
          fs.readFileSync(full, "utf8").includes("dangerouslySetInnerHTML")
        ) {
          offenders.push(path.relative(dir, full));
        }
      }
    };
    walk(dir);
    expect(offenders).toEqual([]);
  });
});

describe("核对报告 tab", () => {
  const SEED =
    "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

  async function openAuditTab() {
    render(<App host={fakeHost()} locale="zh-CN" engine={fakeEngine()} />);
    await ready();
    tab(/核对报告/);
    return screen.findByTestId("audit-tab");
  }

  test("pasted text: the wrong figure is marked, and clicking it shows the working", async () => {
    await openAuditTab();
    fireEvent.change(screen.getByTestId("audit-paste"), {
      target: { value: SEED.replace("增长7.34%", "增长6.84%") },
    });
    const summary = await screen.findByTestId("audit-summary", {}, { timeout: 5000 });
    // Wrong against its own figures (AUDIT-PCT) and against the workbook read (AUDIT-WORKBOOK).
    expect(summary.textContent).toContain("错误 2 项");
    const text = screen.getByTestId("audit-text");
    expect(text.textContent).toBe(SEED.replace("增长7.34%", "增长6.84%"));
    const marks = [...text.querySelectorAll("mark[data-severity='error']")] as HTMLElement[];
    expect(marks.map((m) => m.textContent).join("")).toBe("增长6.84%");
    fireEvent.click(marks[0]);
    const working = screen.getByTestId("audit-working");
    expect(working.textContent).toContain("应为7.35%");
    expect(working.textContent).toContain("以本年数而非上年数作分母");
  });

  test("against the workbook read: a figure typed wrong is found, and not when the box is cleared", async () => {
    await openAuditTab();
    fireEvent.change(screen.getByTestId("audit-paste"), {
      target: { value: SEED.replace("人员经费完成251.21万元", "人员经费完成252.21万元") },
    });
    await waitFor(() => expect(screen.getAllByTestId("audit-finding").length).toBeGreaterThan(0), {
      timeout: 5000,
    });
    expect(screen.getAllByTestId("audit-finding").map((f) => f.textContent).join(" ")).toContain(
      "与工作簿不符"
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "同时与当前工作簿的数据核对" }));
    await waitFor(() =>
      expect(
        screen.queryAllByTestId("audit-finding").map((f) => f.textContent).join(" ")
      ).not.toContain("与工作簿不符")
    );
  });

  test("a .docx opened from disk is read in order, tables included, and audited", async () => {
    await openAuditTab();
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p(
        "二、支出情况"
      )}${p(SEED)}<w:tbl><w:tr><w:tc>${p("项目")}</w:tc><w:tc>${p("金额")}</w:tc></w:tr></w:tbl>${p(
        "主要原因原因是人员增加。"
      )}</w:body></w:document>`
    );
    const bytes = await zip.generateAsync({ type: "arraybuffer" });
    const file = new File([bytes], "2023年自评报告.docx");
    fireEvent.change(screen.getByTestId("report-file"), { target: { files: [file] } });
    expect((await screen.findByTestId("audit-source", {}, { timeout: 5000 })).textContent).toContain(
      "2023年自评报告.docx"
    );
    const text = await screen.findByTestId("audit-text", {}, { timeout: 5000 });
    expect(text.textContent).toBe(`二、支出情况\n${SEED}\n项目\t金额\n主要原因原因是人员增加。`);
    expect(text.querySelector("mark")?.textContent).toBe("原因原因");
  });
});

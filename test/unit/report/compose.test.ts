import fc from "fast-check";
import { formatWan } from "../../../src/core/money";
import { composeReport } from "../../../src/core/report/compose";
import { flattenReport, runsText } from "../../../src/core/report/numbering";
import type { Report, Section } from "../../../src/core/report/types";
import { makeBook, makeInput, SAMPLE_TEXTS, seedBook } from "../../helpers/report";

const SEED_BASIC =
  "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

function sectionText(section: Section): string[] {
  return section.blocks.flatMap((b) =>
    b.kind === "section" ? [`${b.number}${b.title}`, ...sectionText(b)] : [runsText(b.runs)]
  );
}

function findSection(report: Report, title: string): Section {
  const walk = (sections: Section[]): Section | undefined => {
    for (const s of sections) {
      if (s.title === title) return s;
      const inner = walk(s.blocks.filter((b): b is Section => b.kind === "section"));
      if (inner) return inner;
    }
    return undefined;
  };
  const found = walk(report.sections);
  if (!found) throw new Error(`no section ${title}`);
  return found;
}

describe("compose on the seed figures", () => {
  const { report } = composeReport(makeInput(seedBook()));

  test("the 基本支出 paragraph is the seed's, character for character", () => {
    expect(sectionText(findSection(report, "基本支出情况"))).toEqual([SEED_BASIC]);
  });

  test("every figure in the basic paragraph carries its source cell", () => {
    const paragraph = findSection(report, "基本支出情况").blocks[0];
    if (paragraph.kind !== "paragraph") throw new Error("paragraph expected");
    const figures = paragraph.runs.filter((r) => r.ref);
    expect(figures.every((r) => r.ref?.sheet === "基础数据表" && /^\d+\.\d\d$/.test(r.text))).toBe(
      true
    );
    // No figure hides in plain text (the year is the only number there).
    const plain = paragraph.runs.filter((r) => !r.ref).map((r) => r.text.replace("2023年度", ""));
    expect(plain.join("")).not.toMatch(/\d/);
    expect(figures.map((r) => r.text)).toEqual([
      "275.76",
      "10.55",
      "3.98",
      "251.21",
      "8.87",
      "3.66",
      "24.55",
      "1.68",
      "7.34",
    ]);
  });

  test("title, headings in order, sign-off", () => {
    expect(report.title).toBe("常宁市总工会2023年度部门整体支出绩效自评报告");
    expect(report.sections.map((s) => s.number + s.title)).toEqual([
      "一、部门（单位）基本情况",
      "二、一般公共预算支出情况",
      "三、政府性基金预算支出情况",
      "四、国有资本经营预算支出情况",
      "五、社会保险基金预算支出情况",
      "六、部门整体支出绩效情况",
      "七、存在的问题及原因分析",
      "八、下一步改进措施",
    ]);
    expect(runsText(report.signature.unit)).toBe("常宁市总工会");
    expect(runsText(report.signature.date)).toBe("2024年5月16日");
    expect(report.placeholders).toEqual([]);
  });

  test("section texts", () => {
    expect(sectionText(report.sections[0])).toEqual([
      "1.主要职能",
      SAMPLE_TEXTS.functions,
      "2.机构情况",
      SAMPLE_TEXTS.organization,
      "3.人员情况",
      "2023年本单位编制数25人，年末实有人数24人，与上年持平。",
      "4.年度重点工作",
      "（1）开展职工思想政治引领。",
      "（2）推进基层工会组建。",
    ]);
    expect(sectionText(findSection(report, "项目支出情况"))).toEqual([
      "2023年度，单位一般公共预算项目支出完成2.90万元，比上年减少0.10万元，下降3.33%，主要为工会日常工作经费。",
    ]);
    expect(sectionText(report.sections[2])).toEqual(["本单位2023年度无政府性基金预算支出。"]);
    expect(sectionText(report.sections[3])).toEqual(["本单位2023年度无国有资本经营预算支出。"]);
    expect(sectionText(report.sections[4])).toEqual([
      "2023年度，本单位社会保险缴费支出：机关事业单位基本养老保险缴费24.09万元、职工基本医疗保险缴费14.26万元、职业年金缴费0.00万元、其他社会保障缴费3.77万元。",
    ]);
    expect(sectionText(report.sections[5])).toEqual([
      "（一）预算执行情况",
      "2023年度，本单位一般公共预算支出全年预算数280.00万元，决算数278.66万元，预算执行率99.52%。",
      "（二）绩效目标完成情况",
      SAMPLE_TEXTS.performance,
    ]);
  });

  test("the report never holds undefined, NaN or an empty slot", () => {
    const text = flattenReport(report)
      .map((b) => b.text)
      .join("\n");
    expect(text).not.toMatch(/undefined|NaN|null|\{\w+\}|【待补充/);
  });
});

describe("sections with reasons, projects, 三公", () => {
  test("a basic reason ends the sentence and 其中 starts the next; sub-reasons sit in their clause", () => {
    const book = makeBook([
      {
        key: "basic",
        current: 275760000,
        prior: 265213200,
        reason: "人员调资。",
        children: [
          { key: "personnel", current: 251208800, prior: 242340000, reason: "调增工资" },
          { key: "publicOperating", current: 22873200, prior: 24551200 },
        ],
      },
    ]);
    const { report } = composeReport(makeInput(book));
    expect(sectionText(findSection(report, "基本支出情况"))).toEqual([
      "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，主要原因是人员调资。其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%，主要原因是调增工资；公用经费完成22.87万元，比上年减少1.68万元，下降6.83%。",
    ]);
  });

  test("reasons typed in the task pane win for lines without a change", () => {
    const book = makeBook([{ key: "project", current: 2900000, prior: 0 }]);
    const input = makeInput(book, { reasons: { project: "新增工会日常工作经费。" } });
    input.changes = [];
    const { report } = composeReport(input);
    expect(sectionText(findSection(report, "项目支出情况"))).toEqual([
      "2023年度，单位一般公共预算项目支出完成2.90万元，上年无此项支出，主要原因是新增工会日常工作经费。",
    ]);
  });

  test("projects largest first, the rest summarised", () => {
    const project = (label: string, current: number) => ({
      key: `row:${label}`,
      label,
      current,
      prior: current,
    });
    const book = makeBook([
      {
        key: "project",
        current: 10000000,
        prior: 10000000,
        children: [
          project("职工帮扶", 1000000),
          project("工会日常工作经费", 5000000),
          project("劳模慰问", 2000000),
          project("技能竞赛", 1500000),
          project("宣传经费", 500000),
          project("停止的项目", 0),
        ],
      },
    ]);
    const { report } = composeReport(makeInput(book));
    expect(sectionText(findSection(report, "项目支出情况"))).toEqual([
      "2023年度，单位一般公共预算项目支出完成10.00万元，与上年持平，主要为工会日常工作经费5.00万元、劳模慰问2.00万元、技能竞赛1.50万元等5个项目，其余2个项目合计1.50万元。",
    ]);
  });

  test("property: the projects named are the three largest in a stable sort, the rest summed exactly", () => {
    // The list is built in one pass (a 100 000-project sheet is not sorted to name three); it must say what
    // a stable sort, largest first, would: ties keep sheet order, zero and negative projects are left out.
    const projects = fc.array(
      fc.integer({ min: -300, max: 900 }).map((n) => n * 10000),
      {
        maxLength: 12,
      }
    );
    fc.assert(
      fc.property(projects, (amounts) => {
        const children = amounts.map((current, i) => ({
          key: `row:项目${i + 1}`,
          label: `项目${i + 1}`,
          current,
        }));
        // The 项目支出 total is positive, so the sentence names projects (a total of 0 says "无…").
        const total = amounts.reduce((sum, a) => sum + Math.abs(a), 10000);
        const book = makeBook([{ key: "project", current: total, children }]);
        const text = sectionText(
          findSection(composeReport(makeInput(book)).report, "项目支出情况")
        );
        const positive = children.filter((c) => c.current > 0);
        const ranked = [...positive].sort((a, b) => b.current - a.current);
        const named = ranked.slice(0, 3);
        const item = (c: { label: string; current: number }) =>
          `${c.label}${formatWan(c.current)}万元`;
        const sentence = text.join("");
        if (positive.length === 0) {
          expect(sentence).not.toContain("主要为");
          return;
        }
        let expected: string;
        if (positive.length === 1) expected = `主要为${named[0].label}`;
        else if (positive.length <= 3) expected = `主要为${named.map(item).join("、")}`;
        else {
          const rest = ranked.slice(3).reduce((sum, c) => sum + c.current, 0);
          expected =
            `主要为${named.map(item).join("、")}等${positive.length}个项目，` +
            `其余${positive.length - 3}个项目合计${formatWan(rest)}万元`;
        }
        expect(sentence).toContain(expected);
      }),
      { numRuns: 300 }
    );
  });

  test("two or three projects are all named", () => {
    const book = makeBook([
      {
        key: "project",
        current: 3000000,
        children: [
          { key: "row:A", label: "甲项目", current: 1000000 },
          { key: "row:B", label: "乙项目", current: 2000000 },
        ],
      },
    ]);
    const { report } = composeReport(makeInput(book));
    expect(sectionText(findSection(report, "项目支出情况"))).toEqual([
      "2023年度，单位一般公共预算项目支出完成3.00万元，主要为乙项目2.00万元、甲项目1.00万元。",
    ]);
  });

  test("三公经费: total, change, each part, vehicle split; zero parts said plainly", () => {
    const book = makeBook([
      {
        key: "threePublic",
        current: 5000000,
        prior: 6000000,
        reason: "压减公务接待",
        children: [
          { key: "abroad", current: 0, prior: 0 },
          {
            key: "vehicle",
            current: 3000000,
            prior: 3000000,
            children: [
              { key: "vehiclePurchase", current: 0, prior: 0 },
              { key: "vehicleOperation", current: 3000000, prior: 3000000 },
            ],
          },
          { key: "reception", current: 2000000, prior: 3000000 },
        ],
      },
    ]);
    const { report } = composeReport(makeInput(book));
    expect(sectionText(report.sections[5])).toEqual([
      "（一）“三公”经费控制情况",
      "2023年度，“三公”经费支出完成5.00万元，比上年减少1.00万元，下降16.67%，主要原因是压减公务接待。其中：无因公出国（境）费支出；公务用车购置及运行维护费完成3.00万元，与上年持平（其中公务用车购置费0.00万元，公务用车运行维护费3.00万元）；公务接待费完成2.00万元，比上年减少1.00万元，下降33.33%。",
      "（二）绩效目标完成情况",
      "【待补充：部门整体支出绩效情况】",
    ]);
  });

  test("三公 against its budget: within, or over by how much", () => {
    const within = makeBook([
      { key: "threePublic", current: 3140000, prior: 3322000, budget: 3400000 },
    ]);
    expect(sectionText(composeReport(makeInput(within)).report.sections[5])[1]).toBe(
      "2023年度，“三公”经费支出完成3.14万元，比上年减少0.18万元，下降5.48%，全年预算3.40万元，支出控制在预算以内。"
    );
    const over = makeBook([
      { key: "threePublic", current: 3500000, prior: 3500000, budget: 3400000 },
    ]);
    expect(sectionText(composeReport(makeInput(over)).report.sections[5])[1]).toBe(
      "2023年度，“三公”经费支出完成3.50万元，与上年持平，全年预算3.40万元，超出预算0.10万元。"
    );
  });

  test("one project: its reason explains the total when the total has none", () => {
    const book = makeBook([
      {
        key: "project",
        current: 2900000,
        prior: 3500000,
        children: [
          {
            key: "row:工会日常工作经费",
            label: "工会日常工作经费",
            current: 2900000,
            prior: 3500000,
            reason: "上年含一次性活动经费。",
          },
        ],
      },
    ]);
    expect(sectionText(findSection(composeReport(makeInput(book)).report, "项目支出情况"))).toEqual(
      [
        "2023年度，单位一般公共预算项目支出完成2.90万元，比上年减少0.60万元，下降17.14%，主要原因是上年含一次性活动经费；项目支出主要为工会日常工作经费。",
      ]
    );
  });

  test("a 一般公共预算支出 without 基本/项目 rows asks for them instead of saying there were none", () => {
    const { report } = composeReport(
      makeInput(makeBook([{ key: "generalBudget", current: 100, prior: 100 }]))
    );
    expect(sectionText(report.sections[1]).slice(1)).toEqual([
      "（一）基本支出情况",
      "【待补充：一般公共预算基本支出（工作簿中没有此项）】",
      "（二）项目支出情况",
      "【待补充：一般公共预算项目支出（工作簿中没有此项）】",
    ]);
    expect(report.placeholders).toEqual(
      expect.arrayContaining([
        "一般公共预算基本支出（工作簿中没有此项）",
        "一般公共预算项目支出（工作簿中没有此项）",
      ])
    );
    // Rows present with zeros: a fact, said plainly.
    const zero = composeReport(
      makeInput(
        makeBook([
          { key: "generalBudget", current: 100, prior: 100 },
          { key: "project", current: 0, prior: 0 },
        ])
      )
    ).report;
    expect(sectionText(zero.sections[1])[4]).toBe("本单位2023年度无一般公共预算项目支出。");
  });

  test("三公 parts without a total row open the sentence themselves", () => {
    const book = makeBook([
      { key: "abroad", current: 0, prior: 0 },
      { key: "reception", current: 486000, prior: 532000 },
    ]);
    expect(sectionText(composeReport(makeInput(book)).report.sections[5])[1]).toBe(
      "2023年度，无因公出国（境）费支出；公务接待费完成0.49万元，比上年减少0.05万元，下降8.65%。"
    );
  });

  test("三公 rows present but zero in both years: the none sentence", () => {
    const book = makeBook([{ key: "threePublic", current: 0, prior: 0 }]);
    const { report } = composeReport(makeInput(book));
    expect(sectionText(report.sections[5])[1]).toBe("本单位2023年度无“三公”经费支出。");
  });

  test("funds with figures; staff change in 人", () => {
    const book = makeBook([
      { key: "govFund", current: 12345600, prior: 10000000, reason: "新增专项债项目" },
      { key: "stateCapital", current: 0, prior: 500000 },
      { key: "staffActual", kind: "count", current: 26, prior: 24 },
    ]);
    const { report } = composeReport(makeInput(book));
    expect(sectionText(report.sections[2])).toEqual([
      "2023年度，本单位政府性基金预算支出完成12.35万元，比上年增加2.35万元，增长23.46%，主要原因是新增专项债项目。",
    ]);
    expect(sectionText(report.sections[3])).toEqual([
      "2023年度，本年无国有资本经营预算支出，上年为0.50万元。",
    ]);
    expect(sectionText(findSection(report, "人员情况"))).toEqual([
      "2023年本单位年末实有人数26人，比上年增加2人。",
    ]);
    const fewer = composeReport(
      makeInput(makeBook([{ key: "staffActual", kind: "count", current: 23, prior: 24 }]))
    );
    expect(sectionText(findSection(fewer.report, "人员情况"))).toEqual([
      "2023年本单位年末实有人数23人，比上年减少1人。",
    ]);
  });
});

describe("placeholders and numbering", () => {
  test("empty required texts become visible placeholders and are listed once", () => {
    const book = seedBook({
      texts: { ...SAMPLE_TEXTS, organization: "  ", problems: "" },
      reportDate: "",
    });
    const { report } = composeReport(makeInput(book));
    expect(sectionText(findSection(report, "机构情况"))).toEqual(["【待补充：机构情况】"]);
    expect(sectionText(report.sections[6])).toEqual(["【待补充：存在的问题及原因分析】"]);
    expect(runsText(report.signature.date)).toBe("【待补充：报告日期】");
    expect(report.placeholders).toEqual(["机构情况", "存在的问题及原因分析", "报告日期"]);
    const placeholderRuns = flattenReport(report).flatMap((b) =>
      b.runs.filter((r) => r.placeholder)
    );
    expect(placeholderRuns).toHaveLength(3);
  });

  test("a report date typed in the task pane wins, written without leading zeros", () => {
    const { report } = composeReport(
      makeInput(seedBook(), { texts: { reportDate: "2024-06-03" } })
    );
    expect(runsText(report.signature.date)).toBe("2024年6月3日");
  });

  test("人员情况 says the head counts once: the unit's sentences restating them are left out, others kept", () => {
    const { report } = composeReport(
      makeInput(seedBook(), {
        texts: {
          staffing: "本单位编制数25人，年末实有人数24人。其中退休人员5人。\n在职人员24人，均在编。",
        },
      })
    );
    const lines = sectionText(findSection(report, "人员情况"));
    expect(lines).toEqual([
      "2023年本单位编制数25人，年末实有人数24人，与上年持平。",
      "其中退休人员5人。",
    ]);
    expect(lines.join("").match(/实有人数/g)).toHaveLength(1);
  });

  test("task-pane texts override the sheet's", () => {
    const book = seedBook();
    const { report } = composeReport(makeInput(book, { texts: { organization: "内设4个部室。" } }));
    expect(sectionText(findSection(report, "机构情况"))).toEqual(["内设4个部室。"]);
  });

  test("an empty book still gives every section, numbered without gaps, and placeholders for what it lacks", () => {
    const book = makeBook([], { unit: "", year: null, texts: {} });
    const { report } = composeReport(makeInput(book));
    expect(report.title).toBe("【待补充：单位名称】【待补充：年度】年度部门整体支出绩效自评报告");
    expect(report.sections.map((s) => s.number)).toEqual([
      "一、",
      "二、",
      "三、",
      "四、",
      "五、",
      "六、",
      "七、",
      "八、",
    ]);
    // A book without the rows says nothing about them: no "本单位无…支出" it did not read.
    expect(sectionText(report.sections[1])).toEqual([
      "（一）基本支出情况",
      "【待补充：一般公共预算基本支出（工作簿中没有此项）】",
      "（二）项目支出情况",
      "【待补充：一般公共预算项目支出（工作簿中没有此项）】",
    ]);
    expect(sectionText(report.sections[2])).toEqual([
      "【待补充：政府性基金预算支出（工作簿中没有此项）】",
    ]);
    expect(sectionText(report.sections[4])).toEqual([
      "【待补充：社会保险缴费支出（工作簿中没有此项）】",
    ]);
    expect(report.placeholders).toEqual(
      expect.arrayContaining([
        "单位名称",
        "年度",
        "主要职能",
        "机构情况",
        "人员情况",
        "年度重点工作",
        "报告日期",
      ])
    );
  });

  test.each([
    [false, false, {}, ["七、存在的问题及原因分析", "八、下一步改进措施"]],
    [
      true,
      false,
      {},
      [
        "七、存在的问题及原因分析",
        "八、下一步改进措施",
        "九、部门整体支出绩效自评结果拟应用和公开情况",
      ],
    ],
    [false, true, {}, ["七、存在的问题及原因分析", "八、下一步改进措施", "九、其他需要说明的情况"]],
    [
      true,
      true,
      {},
      [
        "七、存在的问题及原因分析",
        "八、下一步改进措施",
        "九、部门整体支出绩效自评结果拟应用和公开情况",
        "十、其他需要说明的情况",
      ],
    ],
    [
      false,
      false,
      { otherMatters: "无。" },
      ["七、存在的问题及原因分析", "八、下一步改进措施", "九、其他需要说明的情况"],
    ],
  ])(
    "optional sections resultUse=%s otherMatters=%s texts=%j: no gaps",
    (includeResultUse, includeOtherMatters, texts, tail) => {
      const book = seedBook({ texts: { ...SAMPLE_TEXTS, ...texts } });
      const { report } = composeReport(makeInput(book, { includeResultUse, includeOtherMatters }));
      expect(report.sections.slice(6).map((s) => s.number + s.title)).toEqual(tail);
    }
  );

  test("六 with only the unit's text has no sub-sections; with 预算 and 三公 they run （一）（二）（三）", () => {
    const plain = composeReport(makeInput(makeBook([], { texts: SAMPLE_TEXTS }))).report;
    expect(sectionText(plain.sections[5])).toEqual([SAMPLE_TEXTS.performance]);
    const full = composeReport(
      makeInput(
        makeBook(
          [
            { key: "generalBudget", current: 100000000, prior: 90000000, budget: 125000000 },
            { key: "threePublic", current: 100000, prior: 100000 },
          ],
          { texts: SAMPLE_TEXTS }
        )
      )
    ).report;
    expect(sectionText(full.sections[5]).filter((t) => t.startsWith("（"))).toEqual([
      "（一）预算执行情况",
      "（二）“三公”经费控制情况",
      "（三）绩效目标完成情况",
    ]);
    expect(sectionText(full.sections[5])[1]).toBe(
      "2023年度，本单位一般公共预算支出全年预算数125.00万元，决算数100.00万元，预算执行率80.00%。"
    );
  });
});

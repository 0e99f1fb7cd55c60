/**
 * The audit of a report's text (issue 15): each rule on the wording reports really use, the seed's paragraph
 * against its own figures and against the sample workbook, and our own report — as text and as .docx read
 * back — audited clean.
 */
import { auditText, type AuditFinding } from "../../../src/core/audit";
import { findClaims } from "../../../src/core/audit/claims";
import { blankRunningHeaders } from "../../../src/core/audit/runningHeaders";
import { blankPageNumbers, findFigures, softWraps } from "../../../src/core/audit/text";
import { analyze } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report/compose";
import { readFile } from "../../../src/hosts/file/readFile";
import { readReportText } from "../../../src/hosts/file/reportText";
import { renderReport } from "../../../src/render";

/** docs/domain.md §2: the sample's 基本支出 paragraph, as published. */
const SEED_BASIC =
  "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

const rules = (findings: AuditFinding[], severity = "error") =>
  findings.filter((f) => f.severity === severity).map((f) => f.rule);

/** The text's 错误, each as its rule and the figure it marks. */
const errors = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.printed]);

let workbook: { changes: ReturnType<typeof analyze>["changes"] };
beforeAll(async () => {
  workbook = { changes: analyze(await readFile("examples/常宁市总工会-2023.xlsx")).changes };
});

describe("claims", () => {
  it("binds every figure of the seed paragraph to its item, parts under 其中", () => {
    const { items } = findClaims(SEED_BASIC);
    expect(
      items.map((i) => [
        i.printedName,
        i.current?.text,
        i.delta?.figure.text,
        i.rate?.figure.text,
        i.parent?.printedName,
      ])
    ).toEqual([
      ["一般公共预算基本支出", "275.76万元", "10.55万元", "3.98%", undefined],
      ["人员经费", "251.21万元", "8.87万元", "3.66%", "一般公共预算基本支出"],
      ["公用经费", "24.55万元", "1.68万元", "7.34%", "一般公共预算基本支出"],
    ]);
  });

  it("knows the vehicle parts by their short names too (公车购置费, 车辆运行维护费)", () => {
    const text =
      "公务用车购置和运行维护费1,502万元,其中:公车购置费384万元;公车运行维护费1118万元。";
    expect(auditText(text).findings).toEqual([]);
    expect(
      rules(
        auditText(
          "公务用车购置和运行维护费1,502万元,其中:公车购置费374万元;车辆运行维护费1118万元。"
        ).findings
      )
    ).toEqual(["AUDIT-SUM"]);
  });

  it("reads full-width digits, thousands separators and 元 / 亿元", () => {
    const { items } = findClaims(
      "支出总计１,２３４.５６万元，其中基本支出1,000.00万元、项目支出2.3456亿元。"
    );
    expect(items.map((i) => i.current?.digits)).toEqual(["１,２３４.５６", "1,000.00", "2.3456"]);
    expect(items[2].current?.unit).toBe("亿元");
  });
});

describe("the seed paragraph", () => {
  it("gives at most a 提示 against its own 万元 figures (7.34% is right from the 元 data)", () => {
    const result = auditText(SEED_BASIC);
    expect(result.summary.error).toBe(0);
    expect(result.summary.warning).toBe(0);
    expect(result.sentences).toBe(1);
  });

  it("gives nothing against the 元 sample workbook", () => {
    expect(auditText(SEED_BASIC, { workbook }).findings).toEqual([]);
  });

  it("with one figure changed, gives a 错误 against the workbook that quotes it", () => {
    const changed = SEED_BASIC.replace("公用经费完成24.55万元", "公用经费完成24.65万元");
    const result = auditText(changed, { workbook });
    const wrong = result.findings.find(
      (f) => f.rule === "AUDIT-WORKBOOK" && f.severity === "error"
    );
    expect(wrong).toMatchObject({ printed: "24.65万元", expected: "24.55万元", offset: 0 });
    expect(changed.slice(wrong!.mark.start, wrong!.mark.end)).toBe("24.65万元");
  });
});

describe("names that join two items (session 2026-12-07, fifth sitting)", () => {
  it("人员和公用经费 is 基本支出 against the workbook, not 公用经费 by its ending", () => {
    const text = "2023年人员和公用经费275.76万元，比上年增加10.55万元。";
    expect(auditText(text, { workbook }).findings).toEqual([]);
    const changed = text.replace("10.55", "1.68");
    expect(
      auditText(changed, { workbook })
        .findings.filter((f) => f.rule === "AUDIT-WORKBOOK")
        .map((f) => [f.printed, f.expected])
    ).toEqual([["1.68万元", "10.55万元"]]);
  });

  it("an item of other funds than the workbook's is none of its rows (政府性基金, 上级补助收入安排的)", () => {
    for (const text of [
      "2023年政府性基金预算项目支出100.00万元，比上年增加5.00万元。",
      "其中：上级补助收入安排的基本支出30.00万元。",
      "2023年政府性基金预算财政拨款支出50.00万元，其中基本支出20.00万元，项目支出30.00万元。",
    ])
      expect(auditText(text, { workbook }).findings).toEqual([]);
    expect(
      auditText(
        "2023年一般公共预算财政拨款支出278.66万元，其中基本支出20.00万元，项目支出2.90万元。",
        { workbook }
      ).findings.map((f) => [f.rule, f.printed])
    ).toContainEqual(["AUDIT-WORKBOOK", "20.00万元"]);
  });

  it("two items of no one whole joined are neither of them (公务接待费和公务用车运行维护费)", () => {
    const text = "2023年公务接待费和公务用车运行维护费6.20万元，比上年减少0.40万元。";
    expect(auditText(text, { workbook }).findings.map((f) => f.rule)).not.toContain(
      "AUDIT-WORKBOOK"
    );
  });
});

describe("held-out batch of the fifth sitting (session 2026-12-07)", () => {
  it("a 决算's 决算数大于预算数 gives the budget its execution rate is of (天水市幼儿园 2017)", () => {
    const text =
      "2017年度,本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,决算数大于预算数55.93万元,主要原因:2017年度62名职工工资调标个人部分增加。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "100%"]]);
    expect(errors(text.replace("完成年初预算100%", "完成年初预算103.32%"))).toEqual([]);
    expect(
      errors(text.replace("完成年初预算100%", "完成年初预算96.89%").replace("大于", "小于"))
    ).toEqual([]);
  });

  it("a 三公 budget's 其中 sentence, its change on the same basis (同口径) and the 其中 of that change (a 市本级 2019)", () => {
    const text =
      "2019年,市本级一般公共预算支出安排的 “三公”经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。其中:因公出国(境)费同口径比2018年减少9万元,下降15.3%。公务接待费同口径比2018年减少38万元,同口径比2018年下降7.4 %;公务用车购置费同口径比2018年减少334万元,下降90%。公务用车运行费同口径比2018年减少449万元,下降14%。";
    expect(errors(text)).toEqual([]);
    // The parts of the budget, in the sentence after it, add up to it.
    expect(errors(text.replace("因公出国(境)费50万元", "因公出国(境)费60万元"))).toContainEqual([
      "AUDIT-SUM",
      "3328万元",
    ]);
    // The 其中 after the change lists the parts of the 三公 change: 因公出国(境)费 is the one of 50万元.
    const abroad = findClaims(text).items.filter((item) => item.name === "因公出国境费");
    expect(abroad.map((item) => [item.current?.text, item.delta?.figure.text])).toEqual([
      ["50万元", "9万元"],
    ]);
  });

  it("决算数与预算数持平 is level with the budget, not with last year: the rate is still checked", () => {
    const text =
      "2023年度一般公共预算及政府性基金财政拨款“三公”经费支出预算为6.35万元,支出决算为6.35万元,完成预算的100%;较上年增加0.61万元,增长10.63%。决算数与预算数持平的主要原因是预算数为按规定程序调整后的全年预算数。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增加0.61万元", "增加1.61万元"))).toEqual([["AUDIT-PCT", "10.63%"]]);
  });

  it("a change against the item named again after 比2014年 is the item's (“三公”经费决算数据)", () => {
    const text =
      "2015年我局部门决算汇总“三公”经费公共预算财政拨款支出74.6万元,其中公务用车及运行维护费用61.8万元,公务接待费12.8万元。\n2015年“三公”经费决算数据比2014年“三公”经费决算数据减少16.5万元,下降18%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("减少16.5万元", "减少26.5万元"))).toEqual([["AUDIT-PCT", "18%"]]);
  });

  it("kinds that are all of a whole, listed after it with its ending and no 其中, add up to it (安康市 2022)", () => {
    const text =
      "截至2022年底,安康市政府债务余额106.71亿元,一般债务余额87.32亿元,专项债务余额19.39亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("87.32", "97.32"))).toEqual([["AUDIT-SUM", "106.71亿元"]]);
    // Not kinds named with the whole's ending: no list of its parts.
    expect(
      errors(
        "截至2022年底,安康市政府债务余额106.71亿元,一般债券发行97.32亿元,专项债券发行19.39亿元。"
      )
    ).toEqual([]);
  });

  it("a spending change said by the changes of 基本支出 and 项目支出 as its reasons is their sum (长寿区文化馆 2021)", () => {
    const text =
      "(二)支出预算:2021年年初预算数510.84万元,其中:教育支出1.99万元,文化旅游体育与传媒支出376.20万元,社会保障和就业支出97.55万元,卫生健康支出19.21万元,住房保障支出15.89万元。支出较去年增加85.41万元,主要是基本支出增加72.38万元,项目支出增加13.03万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增加85.41万元", "增加95.41万元"))).toEqual([
      ["AUDIT-SUM", "95.41万元"],
    ]);
    // Reasons that are some of the parts only (主要是 a selection) say nothing of the sum.
    expect(
      errors("收入较去年增加95.41万元,主要是行政事业单位养老增加40.70万元,绩效工资增加23.59万元。")
    ).toEqual([]);
  });

  it("what a review of investment cut is what was submitted less what was approved (九江市 2022)", () => {
    const text =
      "其中,市本级完成政府投资项目评审125个,项目送审金额36.05亿元,审定金额30.80亿元,审减金额5.25亿元,平均审减率14.56%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("30.80", "40.80"))).toEqual([["AUDIT-SUM", "5.25亿元"]]);
  });

  it("占财政支出 of a part listed under 一般公共预算支出 is of that whole (安庆市 2021)", () => {
    const text =
      "2021年,全市一般公共预算收入156.1亿元,较上年增长10.2%;一般公共预算支出483亿元,其中民生支出411.6亿元,占财政支出的85.2%,连续3年保持在85%以上。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("85.2%", "95.2%"))).toEqual([["AUDIT-SHARE", "95.2%"]]);
  });

  it("bare shares of a run of parts are of the amount before that the run adds up to (无锡市教育局 2026)", () => {
    const text =
      "无锡市教育局 2026 年收入预算合计 512,434.34 万元，包括本年收入 512,434.34 万元，上年结转结余 0 万元。\n本年一般公共预算收入 475,631.69 万元，占 92.82%；\n本年财政专户管理资金 243 万元，占 0.05%；\n本年事业收入 6,577 万元，占 1.28%；\n本年事业单位经营收入 4,397.65 万元，占 0.86%；\n本年其他收入 25,585 万元，占 4.99%；";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1.28%", "2.28%"))).toEqual([["AUDIT-SHARE", "2.28%"]]);
    // A share after another amount of the item is of that one: "当月…11.1亿元…累计…137.4亿元…占比86.5%" (海口市 2021).
    expect(
      errors(
        "我市地方一般公共预算收入当月完成13.1亿元;累计完成158.9亿元。地方税收收入当月完成11.1亿元;累计完成137.4亿元,占比86.5%。非税收入当月完成2.1亿元;累计完成21.4亿元,占比13.5%。"
      )
    ).toEqual([]);
  });

  it("last year's amounts of a whole and its 其中 add up as this year's do (吴川市 2018)", () => {
    const text =
      "2018年部门预算总收入为835.56万元,其中:一般公共预算拨款835.56万元。2017年部门预算总收入为771.38万元,其中:一般公共预算拨款771.38万元。2018年较2017年部门预算总收入增加64.18万元。";
    expect(errors(text)).toEqual([]);
    const [finding] = auditText(text.replace("拨款771.38", "拨款871.38")).findings;
    expect(finding).toMatchObject({ rule: "AUDIT-SUM", printed: "771.38万元" });
    expect(finding.message).not.toContain("2018年");
  });

  it("a spending budget's 基本支出 and 项目支出 are all of it: their changes make its change", () => {
    const text = "2.支出预算增加118.76万元，其中基本支出增加79.26万元，项目支出增加39.5万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("79.26", "89.26"))).toEqual([["AUDIT-SUM", "118.76万元"]]);
  });

  it("a 年均增长 over a span of years compounds the first amount to the second (壤塘县 2020)", () => {
    const text =
      "“十三五”以来,壤塘县一般公共预算收入从2015年的2007万元上升到2020年的2468万元,年均增长4.22%;财政总收入从2015年的109308万元上升到2020年的194697万元,年均增长12.24%。";
    expect(auditText(text).findings).toEqual([]);
    const [wrong] = auditText(text.replace("年均增长4.22%", "年均增长5.22%")).findings;
    expect(wrong).toMatchObject({ rule: "AUDIT-PCT", severity: "error", expected: "4.22%" });
    // Worked out over one year more (the first year counted): a 提醒 to check the base year (大理州 2025).
    const counted = auditText(
      "一般公共预算支出由2021年的300.33亿元增长到2025年的372.3亿元，年均增长4.4%。"
    ).findings;
    expect(counted.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ["AUDIT-PCT", "warning", "5.5%"],
    ]);
    // Output grows at comparable prices: not from the amounts (深圳市 2025).
    expect(
      auditText("地区生产总值从 2020 年的 2.83 万亿元提高到2025 年的 3.87 万亿元，年均增长 5.5%。")
        .findings
    ).toEqual([]);
  });

  it("what was spent under its budget is the budget less what was spent (国土资源部 2011)", () => {
    const text =
      "财政部批复国土资源部 2011 年“三公经费”财政拨款预算3,786.49万元,实际支出3,535.78万元,比预算减少250.71万元,各单位“三公经费”支出均控制在预算规模内。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("减少250.71", "减少350.71"))).toEqual([["AUDIT-SUM", "350.71万元"]]);
    // A budget's own adjustment against the budget it began with is no difference of what was done (阜新市 2025).
    expect(
      errors(
        "全市一般公共预算支出完成11.15亿元。调整后的支出预算为18.65亿元，比年初预算增加8.04亿元。"
      )
    ).toEqual([]);
  });

  it("income less spending is the balance named right after them (福州市鼓楼区 2021)", () => {
    const text = "收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("49.10", "48.10"))).toEqual([["AUDIT-SUM", "6.50亿元"]]);
  });

  it("funds are the centre's or local: 中央资金 and 地方资金 are all of them (金寨县 2024)", () => {
    const text =
      "纳入绩效评价的资金共43485.32万元,其中:中央资金10401.21万元,地方资金33084.11万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("43485.32", "53485.32"))).toEqual([["AUDIT-SUM", "53485.32万元"]]);
    // An investment others may share in (企业自筹) is no such whole.
    expect(errors("项目总投资5000万元,其中:中央资金1000万元,地方资金3000万元。")).toEqual([]);
  });

  it("parts' budgets listed with a whole's budget add up to it, even where a part is named again (安徽省编办 2016)", () => {
    const text =
      "安徽省机构编制委员会办公室2016年度“三公”经费支出预算为57.9万元,比2015年预算增加2.5万元,增加4.5%。其中:因公出国(境)费支出预算为13.9万元,公务接待费支出预算为9万元,公务用车购置及运行费支出预算为35万元。具体情况如下:\n(一)因公出国(境)费支出13.9万元,2015年预算增加1.7万元,增加13.9%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("支出预算为13.9万元", "支出预算为23.9万元"))).toContainEqual([
      "AUDIT-SUM",
      "57.9万元",
    ]);
  });

  it("a sentence breaking down one budget's spending names items of that budget (广州市 2025)", () => {
    const text =
      "2025年市本级决算数见下表。根据收支平衡原则，2026年支出预算1,372.3亿元（基本支出452.2亿元，占比33%；项目支出920亿元，占比67%），比上年减少31.7亿元，下降2.3%。\n2026年一般公共预算支出预算按用途划分，基本支出预算342.2亿元，占43.3%，比上年增加18.4亿元，上升5.7%；项目支出预算448.5亿元，占56.7%，比上年减少2亿元，下降0.4%。";
    // The 一般公共预算's 基本支出 and 项目支出 are items of their own, not the whole's parts of those names: neither
    // their budgets nor their changes and rates are read into those.
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("上升5.7%", "上升6.7%"))).toEqual([["AUDIT-PCT", "6.7%"]]);
  });

  it("a thousands separator followed by a space breaks no clause (三明市 2019: 3, 156,077万元)", () => {
    const text =
      "加上转移性收入1,421, 486万元、上年结转收入223,595万元，收入总计1,645, 081万元；全市一般公共预算支出完成3, 156,077万元，比上年增支161,347万元，增长5.39%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增长5.39%", "增长5.43%"))).toEqual([["AUDIT-PCT", "5.43%"]]);
  });

  it("a 加 list adds to the whole its parts make up, in a paragraph before too (呼和浩特市 2024)", () => {
    const text =
      "2024年，市本级一般公共预算收入52.18亿元，完成年初预算数45.23亿元的115.37%，超收收入6.95亿元按规定统筹用于化解政府债务。\n加上上级补助收入314.19亿元，下级上解收入86.15亿元，地方政府一般债券转贷收入83.7亿元，上年结余82.19亿元，政府性基金调入2.41亿元，国有资本经营预算调入0.31亿元，动用预算稳定调节基金3.52亿元，收入总计624.65亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("624.65", "634.65"))).toEqual([["AUDIT-SUM", "634.65亿元"]]);
  });

  it("a heading naming a year its body never names, over a body on the year after, is last year's left in (浮梁县 2024)", () => {
    const body =
      "\n浮梁县审计局派出审计组，对2024年度县本级预算执行及决算草案情况进行了审计。\n一、2024年全县财政预算执行情况\n2024年，当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元。";
    const heading = "关于2023年度县本级财政预算执行和其他财政收支审计问题审计情况具体汇报如下:";
    expect(errors(heading + body)).toEqual([["AUDIT-BLANK", "2023年度"]]);
    expect(errors(heading.replace("2023", "2024") + body)).toEqual([]);
    // A first line with figures of its own is no heading (南昌市 2019: "2018年全市共销售体育彩票16.148亿元…").
    expect(errors("2023年全市共销售体育彩票16.148亿元。" + body)).toEqual([]);
  });

  it("a 支付率 is of what was paid and what was not (未支)", () => {
    const text =
      "2023年,巩固拓展脱贫攻坚成果和乡村振兴建设任务资金支付18501.096万元,未支703万元,支付率95%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "95%"]]);
    expect(errors(text.replace("95%", "96.34%"))).toEqual([]);
  });
});

describe("AUDIT-PCT", () => {
  it("names a rate divided by this year instead of last year", () => {
    // 1.68 ÷ 24.55 = 6.84%, where 1.68 ÷ 22.87 = 7.35% was due.
    const [finding] = auditText("公用经费完成24.55万元，比上年增加1.68万元，增长6.84%。").findings;
    expect(finding).toMatchObject({
      rule: "AUDIT-PCT",
      severity: "error",
      printed: "6.84%",
      expected: "7.35%",
    });
    expect(finding.message).toContain("以本年数而非上年数作分母");
  });

  it("names a ratio never multiplied by 100 (减幅0.02% for 2.17%)", () => {
    const [finding] = auditText(
      "一般公共预算支出900.00万元，比上年减少19.94万元，减幅0.02%。"
    ).findings;
    expect(finding).toMatchObject({ rule: "AUDIT-PCT", expected: "2.17%" });
    expect(finding.message).toContain("未乘以100");
  });

  it("checks the execution rate: 决算 ÷ 预算", () => {
    const ok = auditText("基本支出预算数为300.00万元，决算数为275.76万元，预算执行率91.92%。");
    expect(ok.findings).toEqual([]);
    const wrong = auditText("基本支出预算数为300.00万元，决算数为275.76万元，预算执行率108.79%。");
    expect(rules(wrong.findings)).toEqual(["AUDIT-PCT"]);
  });

  it("a rate truncated instead of rounded is a 提示, not a 错误", () => {
    // 100.17 ÷ 3000.00 = 3.339%: printed 3.33 (truncated) — within a unit of the last digit.
    const result = auditText("基本支出完成3100.17万元，上年为3000.00万元，增长3.33%。");
    expect(result.summary.error).toBe(0);
    expect(rules(result.findings, "info")).toEqual(["AUDIT-ROUNDING"]);
  });

  it("a rate no truncation or rounding of the value gives is a 错误 (2.8% for 2.667%)", () => {
    // 3.96% is neither 3.978% truncated (3.97) nor rounded (3.98).
    expect(
      rules(auditText("基本支出完成275.76万元，上年为265.21万元，增长3.96%。").findings)
    ).toEqual(["AUDIT-PCT"]);
    // 防城港市公共资源交易中心 2018: 8.25 ÷ 309.35 = 2.667%, printed 2.8%.
    expect(
      rules(auditText("2018年收入总预算317.6万元,同比增加8.25万元,同比增长2.8%。").findings)
    ).toEqual(["AUDIT-PCT"]);
  });
});

describe("AUDIT-DIRECTION", () => {
  it("减少 then 增长", () => {
    const result = auditText("收入总计比上年减少0.04万元，增长0.01%。");
    expect(rules(result.findings)).toEqual(["AUDIT-DIRECTION"]);
  });

  it("增加 when 本年 is below 上年", () => {
    const result = auditText("项目支出完成2.90万元，上年为3.10万元，比上年增加0.20万元。");
    expect(rules(result.findings)).toContain("AUDIT-DIRECTION");
  });
});

describe("AUDIT-SUM", () => {
  it("基本支出 printed as 基本 + 项目: its parts do not add up", () => {
    const result = auditText("基本支出278.66万元，其中人员经费251.21万元，公用经费24.55万元。");
    expect(rules(result.findings)).toEqual(["AUDIT-SUM"]);
  });

  it("parts that miss their whole by rounding only are consistent", () => {
    expect(
      auditText("基本支出275.76万元，其中人员经费251.21万元，公用经费24.55万元。").findings
    ).toEqual([]);
  });

  it("a selection after 其中 may be less than its total, never more", () => {
    expect(
      auditText("项目支出100.00万元，其中培训费20.00万元、会议费30.00万元。").findings
    ).toEqual([]);
    expect(
      rules(auditText("项目支出100.00万元，其中培训费80.00万元、会议费30.00万元。").findings)
    ).toEqual(["AUDIT-SUM"]);
  });

  it("the change against 本年 − 上年", () => {
    const result = auditText("基本支出完成275.76万元，上年为265.21万元，比上年增加11.55万元。");
    expect(rules(result.findings)).toContain("AUDIT-SUM");
  });
});

describe("AUDIT-SUM: parts listed as numbered items", () => {
  const THREE_PUBLIC = (vehicle: string) =>
    [
      "2023年度“三公”经费财政拨款支出决算为15.37万元，比上年减少2.00万元。具体情况如下：",
      "1.因公出国（境）费支出0万元，与上年持平。",
      `2.公务用车购置及运行维护费支出${vehicle}万元，比上年减少1.00万元。`,
      "3.公务接待费支出1.34万元，比上年减少1.00万元。",
    ].join("\n");

  it("the numbered items after a whole whose parts are known are its parts", () => {
    expect(auditText(THREE_PUBLIC("14.03")).findings).toEqual([]);
    const wrong = auditText(THREE_PUBLIC("15.03")).findings;
    expect(rules(wrong)).toEqual(["AUDIT-SUM"]);
    expect(wrong[0].printed).toBe("15.37万元");
    expect(wrong[0].message).toContain("16.37万元");
  });

  it("an item already listed after 其中 and said again as a numbered item is one part, not two", () => {
    const text = [
      "“三公”经费支出15.37万元，比上年减少3.00万元，其中因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。",
      "1.因公出国（境）费0万元，与上年持平。",
      "2.公务用车购置及运行维护费14.03万元，比上年减少1.00万元。",
      "3.公务接待费1.34万元，比上年减少1.00万元。",
    ].join("\n");
    const { items } = findClaims(text);
    expect(items.filter((item) => item.parent).map((item) => item.delta?.figure.text)).toEqual([
      undefined,
      "1.00万元",
      "1.00万元",
    ]);
    // 0 (持平) − 1.00 − 1.00 is −2.00, not the −3.00 printed for the whole.
    expect(rules(auditText(text).findings)).toEqual(["AUDIT-SUM"]);
  });

  it("numbered lines after a bare 其中： are the parts of the item before it", () => {
    const text = (carried: string) =>
      [
        "(一)收入决算情况。2021年度,收入总计为457.8161万元,其中:",
        "1.财政拨款收入364.6552万元,为财政拨款资金。较上年度决算数减少24.1522万元。",
        "2.事业收入93.1608万元。",
        `3.上年结转和结余${carried}万元。`,
      ].join("\n");
    expect(findClaims(text("0")).items.map((item) => item.parent?.printedName)).toEqual([
      undefined,
      "收入总计",
      "收入总计",
      "收入总计",
    ]);
    expect(auditText(text("0")).findings).toEqual([]);
    // 马关卫生院 2021: with 5.9219万元 carried over, the parts come to 463.7379万元.
    expect(rules(auditText(text("5.9219")).findings)).toEqual(["AUDIT-SUM"]);
  });

  it("numbered reasons after a whole whose parts are not known are not taken for its parts", () => {
    const text = [
      "项目支出100.00万元，主要用于：",
      "1.培训费80.00万元；",
      "2.设备购置费30.00万元。",
    ].join("\n");
    expect(findClaims(text).items.filter((item) => item.parent)).toEqual([]);
  });
});

describe("AUDIT-SUM: parts worked out from their changes and rates", () => {
  const text = (whole: string) =>
    [
      `基本支出较上年增${whole}万元，增幅22%。主要变动原因如下：`,
      "1.工资福利支出较上年增94.22万元，增44%。",
      "2.商品和服务支出较上年增1.11万元，增3.6%。",
      "3.对个人和家庭补助支出较上年（减少）16.23万元，减幅71%。",
    ].join("\n");

  it("the economic classes listed under 基本支出 cannot come to more than it", () => {
    // Last year 268.7 (59.11 ÷ 22%) + 59.11 is at most 334.07 this year; the classes come to at least 343.77.
    const wrong = auditText(text("59.11")).findings;
    expect(rules(wrong)).toEqual(["AUDIT-SUM"]);
    expect(wrong[0].printed).toBe("增59.11万元");
    // 79.10 ÷ 22% + 79.10 = 438.6: the classes (about 346.9) fit.
    expect(auditText(text("79.10")).findings).toEqual([]);
  });

  it("last year's parts worked out from this year's amounts and rates, a part's from its own parts, and a part nothing fixes as at least 0 (涪城区 2019)", () => {
    const text = (purchase: string) =>
      `2019年涪城区“三公”经费预算总额1,938万元,同比增长20.07%;其中:因公出国(境)费43万元,同比下降18.87;公务接待费393万元,同比下降9.24%;公务用车购置和运行维护费1,502万元,其中:公车购置费384万元,同比增长${purchase};公车运行维护费1118万元,同比下降0.8%。`;
    // 增长100%: last year's purchases 192, so 433 + 192 + 1127 = 1752 last year before 因公出国 — more than the
    // 1938 ÷ 1.2007 = 1614 of the whole.
    // (As printed, 同比下降18.87 has no % sign: AUDIT-BLANK says so, whatever the purchases' rate.)
    const errors = (purchase: string) =>
      auditText(text(purchase))
        .findings.filter((f) => f.severity === "error")
        .map((f) => [f.rule, f.printed, f.message]);
    const wrong = errors("100%");
    expect(wrong.map(([rule, printed]) => [rule, printed])).toEqual([
      ["AUDIT-SUM", "增长20.07%"],
      ["AUDIT-BLANK", "18.87"],
    ]);
    expect(wrong[0][2]).toContain("上年合计至少");
    // 增长38300%: last year's purchases 1, and the parts fit.
    expect(errors("38300%").map(([rule, printed]) => [rule, printed])).toEqual([
      ["AUDIT-BLANK", "18.87"],
    ]);
  });

  it("a bare number before a change names no item (较上年5.5减少0.5万元)", () => {
    const { items } = findClaims("公务用车运行维护费5万元，较上年5.5减少0.5万元，下降9%。");
    expect(items.map((item) => [item.printedName, item.delta?.figure.text])).toEqual([
      ["公务用车运行维护费", "0.5万元"],
    ]);
  });
});

describe("AUDIT-SUM: the whole's change and rate against its parts' changes and rates", () => {
  // 寻甸县塘子街道 2023: 11.96万元 = 0 + 4.02 + 7.94; the whole fell 0.41, the car rose 0.05, reception fell 0.46.
  const text = (whole: string, reception: string) =>
    `“三公”经费支出11.96万元，比2022年减少0.41万元，下降${whole}%。其中：因公出国(境)费支出0万元，与上年持平；公务用车购置及运行费支出4.02万元，增加0.05万元，增长1.26%；公务接待费支出7.94万元，减少0.46万元，下降${reception}%。`;

  it("rates that hold each alone but not together give a 错误 on the whole's rate", () => {
    // 0.41 ÷ 12.37 = 3.31%, 0.46 ÷ 8.40 = 5.48%: consistent; 5.47 is 5.476 truncated, rounding only.
    expect(rules(auditText(text("3.31", "5.48")).findings)).toEqual([]);
    expect(rules(auditText(text("3.31", "5.47")).findings)).toEqual([]);
    // As printed: 3.34% asks a fall of at least 0.4118万元, the parts' rates allow at most 0.4084万元.
    const wrong = auditText(text("3.34", "5.44")).findings.filter((f) => f.severity === "error");
    expect(wrong.map((f) => [f.rule, f.printed])).toEqual([["AUDIT-SUM", "3.34%"]]);
    expect(wrong[0].message).toContain("减少0.4118万元–0.4147万元");
  });

  it("says nothing when a part's own change and rate disagree: AUDIT-PCT speaks for that", () => {
    const findings = auditText(text("3.31", "9.00")).findings.filter((f) => f.severity === "error");
    expect(findings.map((f) => f.rule)).toEqual(["AUDIT-PCT"]);
  });
});

describe("AUDIT-SUM: differences from the budget", () => {
  const text = (whole: string, reception: string) =>
    `2020年度“三公”经费15.37万元，较年初预算数减少${whole}万元，其中：因公出国(境)费0万元，公务用车购置及运行维护费14.03万元，较年初预算数减少0.04万元；公务接待费1.34万元，较年初预算数减少${reception}万元。`;

  it("the parts' differences add up to the whole's; a part spent at 0 can only be under its budget", () => {
    expect(auditText(text("0.08", "0.04")).findings).toEqual([]);
    expect(auditText(text("0.10", "0.04")).findings).toEqual([]);
    const wrong = auditText(text("0.04", "0.04")).findings;
    expect(rules(wrong)).toEqual(["AUDIT-SUM"]);
    expect(wrong[0].excerpt).toContain("较年初预算数减少0.04万元");
    expect(wrong[0].message).toContain("因公出国(境)费本年为0");
  });

  it("a rate against the budget is checked against the budget; on a budget of 0 no rate is right", () => {
    // 宣城市直工委 2018: 4.79万元 spent, 4.79万元 more than the 2018 budget — the budget was 0.
    const zero = auditText(
      "因公出国(境)费支出4.79万元,与2018年度预算相比,增加4.79万元,增长100%,增长的原因为参加学习与交流。"
    ).findings;
    expect(rules(zero)).toEqual(["AUDIT-PCT"]);
    expect(zero[0].expected).toBe("预算数为0，增减幅度无从计算");
    // Said as what it is, not as a figure the rate "should be".
    expect(zero[0].message).toMatch(
      /^“增长100%”：增减额4\.79万元、本年数4\.79万元，预算数为0，增减幅度无从计算/
    );
    expect(zero[0].message).toContain("以本年数而非上年数作分母");
    // 0.85 ÷ 1.50 = 56.67%.
    expect(
      auditText("2018年公务接待费支出0.65万元, 与2018年度预算相比,减少0.85万元,下降56.67%。")
        .findings
    ).toEqual([]);
    expect(
      rules(
        auditText("2018年公务接待费支出0.65万元, 与2018年度预算相比,减少0.85万元,下降50.67%。")
          .findings
      )
    ).toEqual(["AUDIT-PCT"]);
  });

  it("last year's budget is last year: 比2021年预算减少 in a text on 2022", () => {
    const text =
      "2022年一般公共预算“三公”经费支出预算为79万元,比上年预算减少49万元,下降38.28%。\n(二)公务接待费支出预算4万元,比2021年预算减少4万元,下降50%。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("the comparison with the budget ends where the next item is named", () => {
    const text =
      "其中:因公出国(境)费为0万元,较上年6万元减少6万元,下降100%,较预算数0万元无增减;公务接待费为122万元,较上年144万元减少22万元,下降15%,较预算数339万元减少217万元,下降64%。";
    const reception = findClaims(text).items.find((item) => item.name === "公务接待费");
    expect([
      reception?.current?.text,
      reception?.budget?.text,
      reception?.budgetRate?.figure.text,
    ]).toEqual(["122万元", "339万元", "64%"]);
    expect(auditText(text).findings).toEqual([]);
  });

  it("the same items named again two paragraphs on, blank lines between, are the same items", () => {
    // 涪陵区武陵山乡 2020: the amounts in one paragraph, the differences from the budget two paragraphs on.
    const text = (whole: string) =>
      [
        "2020年度“三公”经费15.37万元,其中:因公出国(境)费0万元,公务用车购置及运行维护费14.03万元,公务接待费1.34万元。",
        "",
        "2020年度公务用车保有量6 辆。",
        "",
        `经比较,2020年度“三公”经费较年初预算数减少${whole}万元。其中:公务用车购置及运行维护费较年初预算数减少0.04万元;公务接待费较年初预算数减少0.04万元。`,
      ].join("\n");
    expect(auditText(text("0.08")).findings).toEqual([]);
    expect(rules(auditText(text("0.04")).findings)).toEqual(["AUDIT-SUM"]);
  });

  it("a difference from the budget is not a change from last year", () => {
    const { items } = findClaims(text("0.08", "0.04"));
    expect(items.map((item) => item.delta)).toEqual(items.map(() => undefined));
    expect(items[0].budgetDelta?.figure.text).toBe("0.08万元");
  });
});

describe("wording met in the fourth held-out batch", () => {
  it("增收 / 减收 are changes, and a sum of their parts' changes holds (大姚县 2024)", () => {
    const text =
      "一般公共预算收入累计完成24627万元,比上年减收1070万元,下降4.2%。其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16524万元,比上年减收2354万元,下降12.5%。";
    expect(auditText(text).findings).toEqual([]);
    expect(findClaims(text).items.map((item) => item.delta?.direction)).toEqual([-1, 1, -1]);
  });

  it("比上年收入决算221.17万元 is last year's figure (小店区路灯管理所 2016)", () => {
    const text = "2016年收入决算205.27万元,比上年收入决算221.17万元减少15.9万元,减少率为7.19%。";
    expect(findClaims(text).items[0].prior?.text).toBe("221.17万元");
    expect(auditText(text).findings).toEqual([]);
  });

  it("a count is never an amount of a money item (2016年购置2辆公务用车)", () => {
    const text =
      "2017年度公务用车购置及运行维护费支出决算为22.83万元。与上年相比,2017年度公务用车购置及运行维护费支出决算减少21.33万元,下降48.30%。公务用车购置及运行维护费支出减少的主要原因是2016年购置2辆公务用车19.44万元,而2017年没有购置公务用车。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("last year's budget is not what was spent last year (保山市环境保护局 2019)", () => {
    const text =
      "安排公务接待费64000元,比上年预算减15600元,同比下降19.60%。主要是2018年严格执行厉行节约公务接待费支出49865元。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("a share in a sentence on last year is of last year's amounts (德钦县移民局)", () => {
    const text =
      "2017年度支出合计2906万元,其中:基本支出279万元,占总支出的10%;项目支出2626万元,占总支出的90%。2016年度支出合计628万元,其中:基本支出230万元,占总支出的37%;项目支出398万元,占总支出的63%。";
    expect(auditText(text).findings).toEqual([]);
    expect(rules(auditText(text.replace("37%", "47%")).findings)).toContain("AUDIT-SHARE");
  });

  it("shares of each item's own budget, and two breakdowns of one whole, are not added up (黄平县)", () => {
    const text =
      "地方一般公共预算收入完成28,583万元,占调整预算105.47%,从征收部门来看:税务部门完成13,866万元,占调整预算100.93%,占一般公共预算收入的48.51%;财政部门完成14,717万元,占调整预算110.14%,占一般公共预算收入的51.49%。从收入分类来看,税收收入完成11,136万元,占一般公共预算收入的38.96%;非税收入完成17,447万元,占一般公共预算收入的61.04%。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("the text under numbered headings, and after a closing parenthesis, belongs to its item (宜宾市 2017)", () => {
    const text = (total: string) =>
      [
        `2017年“三公”经费支出总额为3825万元,比预算数减少${total}万元。具体情况如下:`,
        "一、因公出国(境)经费",
        "2017年因公出国(境)费99万元,比预算数减少31万元。",
        "二、公务接待费",
        "2017年公务接待费1014万元, 比预算数减少850万元。",
        "三、公务用车购置及运行维护费",
        "2017年公务用车购置及运行维护费2712万元(其中:公务用车购置费0万元,公务用车运行维护费2712万元),比预算数减少107万元。",
      ].join("\n");
    expect(auditText(text("988")).findings).toEqual([]);
    const wrong = auditText(text("1188")).findings;
    expect(rules(wrong)).toEqual(["AUDIT-SUM"]);
    expect(wrong[0].excerpt).toContain("比预算数减少1188万元");
  });
});

describe("wording met in the fifth held-out batch", () => {
  it("a % that ends a heading line is a column's unit (增减值 增减%)", () => {
    expect(
      auditText(
        "项目及编号 2016年度 2017年度 2017比2016增减\n增减值 增减%\n门诊次均费用(元)\n增幅%"
      ).findings
    ).toEqual([]);
  });

  it("包括 lists the item's parts, (含…) lists none, and (1) is a numbering (中国文字博物馆 2013)", () => {
    const text = [
      "决算收入4089.45万元。其中:",
      "1、财政拨款3961.45万元(含基本建设经费1000万元),占本年度收入96.87%。其中:",
      "(1)文化体育与传媒(类)3945.69万元,占财政拨款99.6%。包括文物(款)3845.69万元,文化事业建设费安排的支出(款)100万元。",
      "(2)医疗卫生(类)15.76万元,占财政拨款0.4%。包括医疗保障(款)15.76万元。",
    ].join("\n");
    const parents = new Map(
      findClaims(text).items.map((item) => [item.printedName, item.parent?.printedName])
    );
    expect(parents.get("文物(款)")).toBe("文化体育与传媒(类)");
    expect(parents.get("医疗卫生(类)")).toBe("财政拨款");
    expect(parents.get("含基本建设经费")).toBeUndefined();
    expect(auditText(text).findings).toEqual([]);
  });

  it("收入总计 and 支出总计 of one unit are compared, the unit's name before them (焦作市福利院 2016)", () => {
    const text = "焦作市福利院2016年收入总计 1174.10 万元,支出总计1237.54万元。";
    expect(rules(auditText(text).findings)).toEqual(["AUDIT-TOTALS"]);
  });
});

describe("wording met in the sixth held-out batch", () => {
  it("为年初预算数X万元的Y% is the rate of the budget just printed, and the parts' budgets add up (克州 2021)", () => {
    const text = (rate: string, purchaseBudget: string) =>
      `2021年全州“三公经费”财政拨款支出4,855万元,比上年减支433万元,降低8.19%,为年初预算数6180万元的78.56%。其中:公车购置支出470万元,为年初预算数${purchaseBudget}万元的98.74%;公务用车运行维护费支出3758万元,为年初预算数4688万元的${rate}%;公务接待费支出627万元,为年初预算数1035万元的60.58%;因公出国费支出0万元,为年初预算数1万元的0%`;
    // With 456 the budgets add up to 6180 (the purchase's 98.74% then no longer holds: a separate finding).
    expect(auditText(text("80.16", "456")).findings.filter((f) => f.rule === "AUDIT-SUM")).toEqual(
      []
    );
    const wrong = auditText(text("80.51", "476")).findings;
    expect(wrong.map((f) => [f.rule, f.printed])).toEqual([
      ["AUDIT-SUM", "6180万元"],
      ["AUDIT-PCT", "80.51%"],
    ]);
  });

  it("in a budget text the budget is the year's amount its change is from (大英县金元镇 2023)", () => {
    const text = (rate: string) =>
      `2023年,大英县金元镇人民政府的机关运行经费财政拨款预算为46.8万元,较2022年预算增加15.60万元,增长${rate}%。`;
    expect(auditText(text("50.00")).findings).toEqual([]);
    const wrong = auditText(text("33.33")).findings;
    expect(rules(wrong)).toEqual(["AUDIT-PCT"]);
    expect(wrong[0].message).toContain("以本年数而非上年数作分母");
  });

  it("增长下降 before a figure is a choice left unmade (柳州六座中心校 2023)", () => {
    expect(
      rules(auditText("项目支出预算448万元,同比减少594万元,同比增长下降57%。").findings)
    ).toEqual(["AUDIT-BLANK"]);
  });
});

describe("wording met in the seventh held-out batch", () => {
  it("a change printed after 其中 X may be the whole's (融安县板榄镇初级中学 2021)", () => {
    const text =
      "本部门2021年度总收入534.96万元,其中本年收入525.11万元, 较2020年度决算数减少307.5 万元,下降36.5 %。";
    // 307.5 ÷ (534.96 + 307.5) = 36.5%: right for 总收入, though not for 本年收入 (36.9%).
    expect(auditText(text).findings).toEqual([]);
    expect(rules(auditText(text.replace("36.5 %", "39.5 %")).findings)).toEqual(["AUDIT-PCT"]);
  });

  it("a sentence opening with 其中 lists the parts of the last item with an amount (南开小学 2022)", () => {
    const text =
      "2022年度收入总计2,519.13万元,收入较上年决算数减少106.71万元,下降4.1%,主要原因是(1)本年度财政拨款收入较上年决算数减少112.6万元,下降4.4%,(2)事业收入较上年决算数增加5.89万元,增长11.0%。其中:财政拨款收入2,459.67万元,占97.6%;事业收入59.46万元,占2.4%。";
    const parents = findClaims(text).items.map((item) => item.parent?.printedName);
    expect(parents.filter((name) => name !== undefined)).toEqual([
      "2022年度收入总计",
      "2022年度收入总计",
    ]);
    expect(auditText(text).findings).toEqual([]);
  });

  it("a heading inside a line starts a new section (云锦小学 2022)", () => {
    const text =
      "(一)收入预算:2022年年初预算数7255259.86元,其中:一般公共预算拨款7255259.86元,其他收入0元。(二)支出预算:2022年年初预算数7255259.86元,其中:教育支出预算6873522.26元,社会保障和就业支出预算143654.4元,卫生健康支出预算166256元,住房保障支出预算71827.2元。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("X的具体构成为： lists the parts of X (某县委党校 2020)", () => {
    const text = [
      "本部门2020年度收入总计 231.24万元,其中年初结转和结余0万元;本年收入合计231.24万元,较2019年增加5.24万元,增长2.3 %。",
      "本年收入的具体构成为:财政拨款收入213.24万元,占 100 %;事业收入 0 万元,占 0%;其他收入 0 万元,占0 %。",
    ].join("\n");
    expect(rules(auditText(text).findings).sort()).toEqual(["AUDIT-SHARE", "AUDIT-SUM"]);
    expect(auditText(text.replace("213.24", "231.24")).findings).toEqual([]);
  });
});

describe("wording met in the eighth held-out batch", () => {
  it("与2019498.83万元相比: a year glued to last year's amount is a wrong figure (郪口小学校 2020)", () => {
    const text =
      "2020年度收、支总计424.71万元。与2019498.83万元相比,收、支总计各减少74.12万元,减少14.86%。";
    expect(rules(auditText(text).findings)).toContain("AUDIT-SUM");
    expect(auditText(text.replace("2019498.83", "2019年498.83")).findings).toEqual([]);
  });

  it("包括 after 按…分类 lists a breakdown of the whole, not parts of the item before (余姚市机关事务管理局)", () => {
    const text =
      "2021年收支总预算6927.14万元,支出包括:一般公共服务支出5746.19万元、城乡社区支出1000万元。 1. 按支出功能分类,包括一般公共服务支出5746.19万元,城乡社区支出1000万元。 2.按支出用途分类,包括人员支出1375.97万元,日常公用支出228.67万元,项目支出5322.5万元。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("主要支出事项： details the part just listed (本溪市 2023)", () => {
    const text =
      "市本级一般公共预算支出安排81.6亿元。其中:财力安排支出68.4亿元,比上年预算数增长10.1%,主要支出事项:一般公共服务支出7.1亿元、教育支出7.5亿元、社会保障和就业支出15.4亿元;上级专项、上年结转安排支出13.2亿元。";
    expect(auditText(text).findings).toEqual([]);
  });

  it("其中：其中： is a doubled word", () => {
    expect(rules(auditText("在职在编人员91人,其中:其中:行政在职在编人员5人。").findings)).toEqual([
      "AUDIT-BLANK",
    ]);
  });
});

describe("分别: figures in the order of the names before them", () => {
  it("binds each figure of each 分别 list to its name", () => {
    const text =
      "2023年度一般公共预算财政拨款支出100万元，比上年增加10万元，增长11.11%。其中：基本支出、项目支出分别为80万元、20万元，分别比上年增加5万元、5万元，分别增长6.67%、33.33%。";
    const items = findClaims(text).items.filter((item) => item.parent);
    expect(
      items.map((item) => [
        item.printedName,
        item.current?.text,
        item.delta?.figure.text,
        item.rate?.figure.text,
      ])
    ).toEqual([
      ["基本支出", "80万元", "5万元", "6.67%"],
      ["项目支出", "20万元", "5万元", "33.33%"],
    ]);
    expect(auditText(text).findings).toEqual([]);
    expect(rules(auditText(text.replace("33.33%", "25.00%")).findings)).toEqual(["AUDIT-PCT"]);
  });

  it("shares listed after 分别占 are each of its own item", () => {
    const text = (first: string) =>
      `2023年度人员经费和公用经费分别为80万元和20万元，分别占基本支出的${first}%和20%。基本支出100万元。`;
    expect(auditText(text("80")).findings).toEqual([]);
    expect(rules(auditText(text("70")).findings)).toContain("AUDIT-SHARE");
  });

  it("rates after 分别 with no names before it go to the changes before it, in order", () => {
    const text =
      "与上年相比，收入减少84.55万元、支出总计减少99.6万元，分别下降15.08%、17.80%。2020年度收入476.17万元、支出总计460.06万元。";
    expect(auditText(text).findings).toEqual([]);
    expect(
      findClaims(text).items.map((item) => [item.printedName, item.rate?.figure.text])
    ).toEqual([
      ["收入", "15.08%"],
      ["支出总计", "17.80%"],
    ]);
    // 阁溪 2020 as printed: 84.55 ÷ 476.17 (this year) = 17.76%, printed 18%; last year's 560.72 gives 15%. And
    // 99.6 ÷ 460.06 (this year; 支总计 is 支出总计) = 21.65%, printed 21.6%; last year's 559.66 gives 17.80%.
    const gexi =
      "2020年度收入476.17、支总计460.06万元。与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%。";
    const wrong = auditText(gexi).findings.filter((f) => f.severity === "error");
    expect(wrong.map((f) => [f.rule, f.printed])).toEqual([
      ["AUDIT-PCT", "18%"],
      ["AUDIT-PCT", "21.6%"],
    ]);
    expect(wrong[1].message).toContain("17.8%");
  });

  it("a list after the first one goes on with the same names (…分别为…，占…比例为a、b和c)", () => {
    // 新余市财政局 2025 Q1: 54.54%、1.51%和44.69% add up to 100.74%.
    const text = (shares: string) =>
      `2025年一季度全市政府采购规模为1.32亿元。其中,货物、工程、服务政府采购规模分别为0.72亿元、0.02亿元和0.59亿元,占全市政府采购规模比例为${shares}。`;
    const parts = findClaims(text("54.55%、1.52%和44.70%")).items.filter((item) => item.parent);
    expect(parts.map((item) => [item.printedName, item.shares[0]?.percent.text])).toEqual([
      ["货物", "54.55%"],
      ["工程", "1.52%"],
      ["服务政府采购规模", "44.70%"],
    ]);
    const wrong = auditText(text("54.54%、1.51%和44.69%")).findings;
    expect(rules(wrong)).toEqual(["AUDIT-SHARE"]);
    expect(wrong[0].excerpt).toContain("54.54%、1.51%和44.69%");
  });
});

describe("wording met in the ninth held-out batch", () => {
  // 福建省级“三公”经费 2016 (a news report of the 财政厅's figures): every rate is on this year's base.
  const fujian = (rates: [string, string, string]) =>
    `公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元,下降${rates[0]}和${rates[1]};公务接待费0.27亿元,比2015年减少0.14亿元,下降${rates[2]}。`;

  it("分别 with no names goes to the last items listed side by side; a ；ends its lists", () => {
    const items = findClaims(fujian(["56.3%", "30.6%", "34.1%"])).items;
    expect(
      items.map((item) => [item.printedName, item.delta?.figure.text, item.rate?.figure.text])
    ).toEqual([
      ["公务用车购置及运行费", undefined, undefined],
      ["公务用车购置费", "0.18亿元", "56.3%"],
      ["和公务用车运行费", "0.56亿元", "30.6%"],
      ["公务接待费", "0.14亿元", "34.1%"],
    ]);
    expect(auditText(fujian(["56.3%", "30.6%", "34.1%"])).findings).toEqual([]);
    const wrong = auditText(fujian(["133.1%", "43.7%", "51.7%"])).findings;
    expect(wrong.map((f) => [f.rule, f.printed])).toEqual([
      ["AUDIT-PCT", "133.1%"],
      ["AUDIT-PCT", "43.7%"],
      ["AUDIT-PCT", "51.7%"],
    ]);
  });

  it("降幅达到 is a rate", () => {
    const text = (rate: string) =>
      `2016年省级“三公”经费支出2.29亿元,比上年减少支出0.88亿元,降幅达到${rate}。`;
    expect(auditText(text("27.8%")).findings).toEqual([]);
    expect(rules(auditText(text("38.7%")).findings)).toEqual(["AUDIT-PCT"]);
  });

  it("a number the template asks for, left out, is a blank (大武口区 2018: 第次会议)", () => {
    const blank = (text: string) =>
      auditText(text)
        .findings.filter((f) => f.rule === "AUDIT-BLANK")
        .map((f) => f.printed);
    expect(blank("经大武口区第十届人民代表大会第次会议批准。")).toEqual(["第次"]);
    expect(blank("因公出国(境)费0万元,比上年减少 万元。")).toEqual(["减少 万元"]);
    expect(blank("金额单位为万元。第三次会议批准。比上年减少2万元。")).toEqual([]);
  });
});

describe("wording met in the tenth held-out batch", () => {
  it("a sentence naming two years compares with the earlier: its amounts are last year's (上海市普陀区司法局 2026)", () => {
    const text = (rate: string) =>
      `9、机关事业单位职业年金缴费支出（06项）91.97万元。主要用于：支付职业年金。2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加${rate}。主要原因是：职业年金支出增加。`;
    expect(errors(text("17.93%"))).toEqual([]);
    expect(errors(text("17.66%"))).toEqual([["AUDIT-PCT", "17.66%"]]);
  });

  it("相比2012年的 gives last year's amount (宁波市慈善总会 2013)", () => {
    const text = (rate: string) =>
      `截至2013年12月31日,市慈善总会共募集善款5130万元,相比2012年的3256.8万元,同比增长${rate}。`;
    expect(errors(text("57.5%"))).toEqual([]);
    expect(errors(text("56.7%"))).toEqual([["AUDIT-PCT", "56.7%"]]);
  });

  it("what an amount 主要用于 are its parts, and their shares are of it (上海市普陀区财政局 2024)", () => {
    const text = (share: string) =>
      `一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占${share}；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；`;
    expect(errors(text("71.65%"))).toEqual([]);
    expect(errors(text("71.73%"))).toContainEqual(["AUDIT-SHARE", "71.73%"]);
  });

  it("a heading after a ；starts a new section: the next total is no part of the list before", () => {
    const text =
      "二、收入决算情况说明本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；三、支出决算情况说明本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出603.14万元，占20.51%；";
    expect(errors(text)).toEqual([]);
  });

  it("the parts of a balance may be taken off it (河南省实验中学 2018: 用事业基金弥补收支差额)", () => {
    expect(
      errors("结余7,989,696.80元,其中财政结余9,708,993.94元,用事业基金弥补收支差额1,719,297.14元。")
    ).toEqual([]);
    // Under 收入总计, 用事业基金弥补收支差额 is income: the parts are still not more than the total.
    expect(
      errors("收入总计为100万元,其中:\n1.财政拨款收入80万元。\n2.用事业基金弥补收支差额30万元。")
    ).toContainEqual(["AUDIT-SUM", "100万元"]);
  });

  it("a 合计 after the items of its sentence is all of them", () => {
    const text = (total: string) =>
      `具体支出:办公费175892.73元,水费100456.15元,维修费430047.93元,合计支出${total}元。`;
    expect(errors(text("706396.81"))).toEqual([]);
    expect(errors(text("706496.81"))).toEqual([["AUDIT-SUM", "706496.81元"]]);
  });

  it("more blanks: a reason left out, an alternative left unchosen, a five-character word doubled", () => {
    const blanks = (text: string) =>
      auditText(text)
        .findings.filter((f) => f.rule === "AUDIT-BLANK")
        .map((f) => f.printed);
    expect(blanks("公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。")).toEqual([
      "主要原因是",
    ]);
    expect(blanks("公务用车购置费预算0元，较2017年决算下降(上升)0%。")).toEqual(["下降(上升)"]);
    expect(blanks("主要原因是主要原因是辖区常住人口增加。")).toEqual(["主要原因是主要原因是"]);
    expect(blanks("主要原因是：\n1.人员增加。")).toEqual([]);
  });
});

describe("wording met in the eleventh held-out batch", () => {
  it("shares of a whole the text names, when the items are all its parts (江苏省人大常委会办公厅 2017)", () => {
    const text = (shares: [string, string, string]) =>
      `“三公”经费预算支出中，因公出国（境）费支出 222.5万元，占“三公”经费的 ${shares[0]}；公务用车购置及运行费支出 183.6 万元，占“三公”经费的 ${shares[1]}；公务接待费支出427.5 万元，占“三公”经费的 ${shares[2]}。`;
    expect(errors(text(["26.69%", "22.03%", "51.28%"]))).toEqual([]);
    // Each of 三公 plus 会议费 and 培训费 (2542.6万元): 8.75%, 7.22%, 16.81%.
    expect(errors(text(["8.75%", "7.22%", "16.81%"]))).toEqual([
      ["AUDIT-SHARE", "8.75%"],
      ["AUDIT-SHARE", "7.22%"],
      ["AUDIT-SHARE", "16.81%"],
    ]);
  });

  it("a label before a colon names the amount after it; an amount per unit is no item's (南都公益基金会 2012)", () => {
    const text = (pending: string) =>
      `新批项目:300 万(6 家,每家 50 万) 待拨款:${pending} 万,包括陕妇会 50 万,基金会中心 100 万,乐平基金会 200 万及其他。`;
    const items = findClaims(text("370")).items;
    expect(items.map((item) => [item.printedName, item.current?.text])).toContainEqual([
      "待拨款",
      "370 万",
    ]);
    expect(items.map((item) => item.printedName)).not.toContain("每家");
    expect(errors(text("370"))).toEqual([]);
    expect(errors(text("330"))).toEqual([["AUDIT-SUM", "330 万"]]);
  });

  it("a budget text's rate is on its budget, and a year may be spaced out (江苏省人民检察院 2019, 江苏省政协 2017)", () => {
    const text = (rate: string) =>
      `项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少 ${rate} %。`;
    expect(errors(text("22.21"))).toEqual([]);
    expect(errors(text("13.22"))).toEqual([["AUDIT-PCT", "13.22 %"]]);
    // Last year's budget, in brackets after the comparison, is last year's: 498.72 ÷ 8,648.07 = 5.77%.
    expect(
      errors(
        "2017 年度部门支出预算安排与 2016 年度相比（2016 年度部门支出预算安排为 8,648.07 万元），增加 498.72 万元，增长 5.77%。"
      )
    ).toEqual([]);
  });

  it("——按资金来源 and ——按资金用途 are two breakdowns of one whole (北海市红十字会 2021)", () => {
    const text = [
      "2021年度,北海市红十字会本级财务支出共计340.41万元。具体支出情况如下:",
      "——按资金来源",
      "1.公益性资金支出104.42万元,占总支出的30.67%。",
      "2.政府拨款支出220.43万元,占总支出的64.75%。",
      "3.其他收入支出15.56万元,占总支出的4.57%。",
      "——按资金用途",
      "1.用于人道救助活动支出2.68万元,占总支出的0.79%。",
      "2.用于助学活动支出84.58万元,占总支出的24.85%。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
  });
});

describe("wording met in the twelfth held-out batch", () => {
  it("another budget's income is no part of 一般公共预算收入 (巴南区 2021年6月)", () => {
    expect(
      errors(
        "6月,全区一般公共预算收入累计完成316580万元,增长17.2%,其中:税收收入累计完成238998万元,增长9.7%;非税收入累计完成77582万元,增长48.1%;政府性基金预算收入1616万元;国有资本经营收入1868万元。"
      )
    ).toEqual([]);
  });

  it("what comes before 加上 and what it adds make the 总计 after 后 (涪陵区大木乡 2021, 彭水县 2021)", () => {
    const text = (total: string) =>
      `全区一般公共预算本级支出2243万元,加上上解上级支出1万元,结转下年项目支出106万元后,支出总计${total}万元。`;
    expect(errors(text("2350"))).toEqual([]);
    expect(errors(text("2243"))).toEqual([["AUDIT-SUM", "2243万元"]]);
    // A sentence opening with 加上 adds to the whole named last before it, not to that whole's last part.
    const pengshui = (total: string) =>
      `——全县一般公共预算收入完成13.62亿元,下降3.8%。其中:税收收入8.53亿元,下降9.4%;非税收入5.09亿元,增长7.5%。加上上级补助收入39亿元、地方政府债务收入4.15亿元,以及动用预算稳定调节基金0.05亿元、调入资金7.89亿元、上年结转1.34亿元后,收入总计${total}亿元。`;
    expect(errors(pengshui("66.05"))).toEqual([]);
    // (39亿元, in a text that prints 亿元 to the cent, is 39.00: 66.27 is 0.22 over the parts, 67.05 a whole 1.)
    expect(errors(pengshui("66.27"))).toEqual([["AUDIT-SUM", "66.27亿元"]]);
    expect(errors(pengshui("67.05"))).toEqual([["AUDIT-SUM", "67.05亿元"]]);
  });

  it("增加(或减少) left in print is a choice left unmade (张家川县胡川镇中心小学 2020)", () => {
    expect(
      auditText("上级补助收入0万元。较上年度决算数增加(或减少)0万元,增长(或下降)0%。")
        .findings.filter((f) => f.rule === "AUDIT-BLANK")
        .map((f) => f.printed)
    ).toEqual(["增加(或减少)", "增长(或下降)"]);
  });

  it("an adjustment (调减16000万元) is no change on last year (彭水县 2021 预算调整)", () => {
    expect(
      errors(
        "——本级财政收入拟调整为134000万元,下降5.3%。其中:税收收入拟调整为85000万元,调减16000万元,下降9.7%;非税收入49000万元,保持不变,增长3.6%。"
      )
    ).toEqual([]);
  });
});

describe("wording met in the thirteenth held-out batch", () => {
  it("what 另外 adds is no part of the list (宣汉县庆云学校 2023)", () => {
    expect(
      errors(
        "2023年末教职工总人数84人,其中在职在编人员77人,特岗人员6人,三支一扶1人,另外退休教师81人。"
      )
    ).toEqual([]);
  });

  it("an adjustment ends the list of parts (深圳市福田区民政局 2021)", () => {
    expect(
      errors(
        "2021年中央财政困难群众救助补助资金下达我区111万元,其中低保、特困和临时救助资金100万元,孤儿基本生活保障金11万元,调减40万元,全年实际下达71万元。"
      )
    ).toEqual([]);
  });

  it("a last name more than the whole and than all the parts before it is another total (吴川市经信科技局 2018)", () => {
    expect(
      errors(
        "年初在职人员46人,其中行政人员44人,事业人员2人;离退休人员71人,其中离休6人,退休65人,财政全额供养人员117人。"
      )
    ).toEqual([]);
    // With parts of 0 before it, it is a part: 共有0辆 is wrong.
    expect(errors("单位共有公务用车0辆,其中:轿车0辆、越野车0辆、载客汽车1辆。")).toEqual([
      ["AUDIT-SUM", "0辆"],
    ]);
  });

  it("比报告数 compares with the budget reported, 占年度预算X的P% is an execution rate (竹山县 2020, 延安市某县 2021)", () => {
    expect(
      errors(
        "(1)本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%。其中税收收入完成31283万元、非税收入完成18225万元,税收收入占本级收入的比重为 63.2%。"
      )
    ).toEqual([]);
    const yanan = (rate: string) =>
      `2021年全县财政总收入完成23992万元,占年度预算22443万元的${rate},较上年21012万元,增收2980万元,增幅14.2%。`;
    expect(errors(yanan("106.9%"))).toEqual([]);
    expect(errors(yanan("110.9%"))).toEqual([["AUDIT-PCT", "110.9%"]]);
  });
});

describe("wording met in the fourteenth held-out batch", () => {
  it("万亿元 is a unit; a 其中 may list the parts of an earlier whole of the sentence before (2018年全国行政事业性国有资产)", () => {
    const text = (institutions: string) =>
      `截至2018年底,全国行政事业性国有资产总额33.5万亿元,负债总额9.9万亿元,净资产23.6万亿元。其中,行政单位资产10.1万亿元,事业单位资产${institutions}万亿元。`;
    expect(errors(text("23.4"))).toEqual([]);
    // Parts that fit no whole of the sentence are still more than the last one.
    expect(errors(text("20.4"))).toEqual([["AUDIT-SUM", "23.6万亿元"]]);
  });

  it("what 加上 adds after a 其中 list is no part of it (宁波东钱湖 2021)", () => {
    expect(
      errors(
        "2021年,全区一般公共预算收入14.71亿元,完成预算的83.6%,其中:税收收入13.56亿元;非税收入1.16亿元;加上转移性收入17.93亿元,2021年全区一般公共预算可用资金为32.64亿元。"
      )
    ).toEqual([]);
  });

  it("an empty 其中 is not said at the text's end, where a table or the rest of the text may follow", () => {
    expect(
      errors("2014年本年收入总计为991.38万元,比上年减少392.28万元,减少了28.35%,其中:")
    ).toEqual([]);
  });
});

describe("numbers whose unit ends their list", () => {
  const figures = (text: string) =>
    findFigures({ start: 0, end: text.length, text }).map((f) =>
      f.kind === "amount" ? `${f.digits}${f.unit}` : f.kind === "percent" ? `${f.digits}%` : f.text
    );

  it("take the unit of the figure that ends the list", () => {
    expect(figures("分别为0.72、0.02和0.59亿元")).toEqual(["0.72亿元", "0.02亿元", "0.59亿元"]);
    expect(figures("收入476.17、支出总计460.06万元")).toEqual(["476.17万元", "460.06万元"]);
    expect(figures("分别增长5、6.5%")).toEqual(["5%", "6.5%"]);
  });

  it("a numbering, a year, or a number with other figures between is no part of a list", () => {
    expect(figures("1、因公出国费3万元")).toEqual(["3万元"]);
    expect(figures("2019、2020年分别为5万元")).toEqual(["5万元"]);
    expect(figures("项目1、经费2万元")).toEqual(["2万元"]);
    expect(figures("支出5、较上年增加2个百分点")).toEqual(["2个百分点"]);
  });
});

describe("a bare 收入 or 支出", () => {
  it("goes on with the item before it, unless that item is of the other flow", () => {
    const goesOn = findClaims("“三公”经费预算为20万元，支出决算为18万元。").items;
    expect(goesOn.map((item) => [item.printedName, item.current?.text])).toEqual([
      ["“三公”经费", "18万元"],
    ]);
    const other = findClaims("2020年度收入500万元，支出总计480万元。收入减少20万元。").items;
    expect(other.map((item) => [item.printedName, item.delta?.figure.text])).toEqual([
      ["2020年度收入", "20万元"],
      ["支出总计", undefined],
    ]);
  });
});

describe("two breakdowns of one whole", () => {
  it("are added up each on its own (海东市残疾人联合会: 按支出项目类别, then 按支出功能分类科目)", () => {
    const text = (housing: string) =>
      [
        "(二)支出情况。本年度支出预算376.59万元,比上年减少4.89万元,减少的原因是项目经费减少。其中:",
        "按支出项目类别:1、基本支出246.59万元,包括:人员经费支出215.59万元,公用经费支出31万元;2、项目支出130万元.",
        `按支出功能分类科目:一般公共服务支出361.06万元,保障住房支出${housing}万元。`,
      ].join("\n");
    expect(auditText(text("15.53")).findings).toEqual([]);
    // 361.06 + 25.53 is more than 376.59.
    expect(rules(auditText(text("25.53")).findings)).toEqual(["AUDIT-SUM"]);
  });
});

describe("AUDIT-SHARE", () => {
  it("a share against its whole, and shares beyond 100%", () => {
    const ok = auditText(
      "本年支出合计278.66万元，其中基本支出275.76万元，占98.96%；项目支出2.90万元，占1.04%。"
    );
    expect(ok.findings).toEqual([]);
    const wrong = auditText(
      "本年支出合计278.66万元，其中基本支出275.76万元，占96.96%；项目支出2.90万元，占1.04%。"
    );
    expect(rules(wrong.findings)).toContain("AUDIT-SHARE");
    const over = auditText("基本支出占总支出的60.00%，项目支出占总支出的43.68%。");
    expect(rules(over.findings)).toEqual(["AUDIT-SHARE"]);
  });
});

describe("AUDIT-TOTALS", () => {
  it("收入总计 ≠ 支出总计 in a 决算", () => {
    const text =
      "2023年度收入、支出决算总计均为1,234.56万元。收入总计1234.56万元，支出总计1234.57万元。";
    expect(rules(auditText(text).findings)).toEqual([]);
    const wrong = "2023年度决算：收入总计1234.56万元，支出总计1200.00万元。";
    expect(rules(auditText(wrong).findings)).toEqual(["AUDIT-TOTALS"]);
  });

  it("marks the two totals as the pair they are, for nothing says which is wrong (江津区柏林镇 2021)", () => {
    const text =
      "2021年度财政拨款收入总计2951.23万元,较上年决算数减少834.60万元,下降22.05%。2021年度财政拨款支出总计3084.82万元,较上年决算数减少567.42万元,下降15.54%。";
    const [finding] = auditText(text).findings;
    expect(finding).toMatchObject({ rule: "AUDIT-TOTALS", severity: "error", offset: 0 });
    expect(finding.mark.text).toMatch(/^2951\.23万元,.*3084\.82万元$/);
    // Quoted from the one's sentence to the other's.
    expect(finding.excerpt).toBe(text);
    // Printed far apart, the 支出总计 alone is marked.
    const apart = text.replace("下降22.05%。", "下降22.05%。\n" + "其他情况说明。\n".repeat(3));
    const [alone] = auditText(apart).findings;
    expect(alone.mark.text).toBe("3084.82万元");
  });
});

describe("AUDIT-BLANK: a table's heading", () => {
  it.each([
    "项 目 | 2019年决算数 | 金额 | 占调整预算% | 比上年增长% | |||",
    "项目\t决算数\t占调整预算%\t比上年增长%",
    "科目\t增长率（%）\t占比(%)",
  ])("%s: a column's unit, not a blank", (row) => {
    expect(auditText(row).findings).toEqual([]);
  });

  it("a % with no number in a sentence is still a blank", () => {
    expect(rules(auditText("基本支出较上年增长%，主要是人员增加。").findings)).toEqual([
      "AUDIT-BLANK",
    ]);
  });
});

describe("AUDIT-BLANK", () => {
  it.each([
    ["XX部门2023年度部门决算", "XX"],
    ["基本支出占基本支出预算%。", "%"],
    ["部门决算由组成。", "由组成"],
    ["决算数大小于预算数。", "大小于"],
    ["主要原因原因是人员增加。", "原因原因"],
    ["主要是主要是人员增加。", "主要是主要是"],
    // The template's two words left side by side (江苏省人大常委会办公厅 2019, 江苏省人大办公厅 2018).
    ["其他资金收入预算总计0万元。与上年相比增加(减少)0万元，增长（减少）0%。", "增加(减少)"],
    ["政府性基金收入预算0万元，增长（减少）0%。", "增长（减少）"],
    ["国有资本经营预算收入为0万元，增长（降低）0%。", "增长（降低）"],
  ])("%s", (text, words) => {
    const [finding] = auditText(text).findings;
    expect(finding).toMatchObject({ rule: "AUDIT-BLANK", severity: "error" });
    expect(text.slice(finding.mark.start, finding.mark.end)).toContain(words);
  });
});

describe("our own report", () => {
  it("audits clean as text and as a .docx read back, and says 人员情况 once", async () => {
    const analysis = analyze(await readFile("examples/常宁市总工会-2023.xlsx"));
    const composed = composeReport(analysis);
    const text = (await renderReport("txt", composed)) as string;
    const asText = auditText(text, { workbook: { changes: analysis.changes } });
    expect(asText.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(asText.sentences).toBeGreaterThanOrEqual(8);
    const docx = (await renderReport("docx", composed)) as Uint8Array;
    const read = await readReportText(docx, "report.docx");
    expect(read).toContain(SEED_BASIC);
    const asDocx = auditText(read, { workbook: { changes: analysis.changes } });
    expect(asDocx.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const markdown = (await renderReport("md", composed)) as string;
    const readMarkdown = await readReportText(new TextEncoder().encode(markdown), "report.md");
    expect(readMarkdown).toContain(SEED_BASIC);
    const asMarkdown = auditText(readMarkdown, { workbook: { changes: analysis.changes } });
    expect(asMarkdown.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(asMarkdown.sentences).toBe(asDocx.sentences);
    // The head counts are said once, not by the generated sentence and again by the unit's own text.
    expect(text.match(/年末实有人数/g)).toHaveLength(1);
  });
});

describe("a Markdown report", () => {
  const read = (markdown: string) => readReportText(new TextEncoder().encode(markdown), "报告.md");

  it("is read with its marks blanked in place: none taken for a blank, escapes undone, offsets the file's", async () => {
    const source = [
      "## 一、收支情况",
      "",
      "**2023年收入总计100万元**，比上年增加10万元，增长11.11\\%。",
      "",
      "1. 基本支出60万元",
      "- 项目支出40万元",
    ].join("\n");
    const text = await read(source);
    expect(text.split("\n")).toEqual([
      "   一、收支情况",
      "",
      "  2023年收入总计100万元  ，比上年增加10万元，增长11.11 %。",
      "",
      "1. 基本支出60万元",
      "  项目支出40万元",
    ]);
    expect(text).toHaveLength(source.length);
    expect(auditText(text).findings).toEqual([]);
    // The same text as a .txt keeps its marks: "**" there is a template's placeholder.
    expect(auditText("**2023年收入总计100万元**。").summary.error).toBeGreaterThan(0);
  });

  it("reads a table a row per line, an HTML table's cells separated by | as a Markdown table's are", async () => {
    const source = [
      "收入总计100万元，其中：",
      "| 项目 | 金额 |",
      "|---|---|",
      "| 基本支出 | 60 |",
      "<table><tr><td>项目支出</td><td>40</td></tr><tr><td>合计</td><td>100</td></tr></table>",
    ].join("\n");
    const text = await read(source);
    expect(text).toHaveLength(source.length);
    const cells = (line: string) => line.split("|").map((cell) => cell.trim());
    expect(
      text
        .split("\n")
        .filter((line) => line.includes("|"))
        .map(cells)
    ).toEqual([
      ["", "项目", "金额", ""],
      ["", "基本支出", "60", ""],
      ["项目支出", "40", ""],
      ["合计", "100", ""],
    ]);
  });

  it("a wrong figure in it is found, its offset and mark the file's own", async () => {
    const source = "## 收入\n\n**收入总计100万元**，比上年增加10万元，增长20\\%。";
    const { findings } = auditText(await read(source));
    const finding = findings.find((f) => f.rule === "AUDIT-PCT");
    expect(finding).toBeDefined();
    expect(source.slice(finding!.mark.start, finding!.mark.end)).toBe("增长20\\%");
    expect(source.slice(finding!.offset)).toMatch(/^\*\*收入总计|^收入总计/);
  });
});

describe("the rules", () => {
  it("one module per rule id, named after it, each id worded in both languages", async () => {
    const { AUDIT_RULES, AUDIT_RULE_IDS } = await import("../../../src/core/audit");
    const { messagesFor } = await import("../../../src/i18n");
    const fs = await import("node:fs");
    expect(AUDIT_RULES.map((rule) => rule.id)).toEqual([...AUDIT_RULE_IDS]);
    for (const id of AUDIT_RULE_IDS) {
      const module = id
        .toLowerCase()
        .replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      expect(fs.existsSync(`src/core/audit/rules/${module}.ts`)).toBe(true);
      for (const locale of ["zh-CN", "en-US"] as const)
        expect(messagesFor(locale).audit.ruleNames[id]).toBeTruthy();
    }
  });
});

describe("execution rates as 绩效自评报告 word them", () => {
  it.each([
    ["2023年度部门整体支出全年预算数为300万元，全年执行数为291万元，预算执行率为97%。", 0],
    ["2023年度部门整体支出全年预算数为300万元，全年执行数为291万元，预算执行率为87%。", 1],
    ["项目支出年初预算100.00万元，全年执行95.50万元，执行率95.50%。", 0],
    // 年初 and 全年 budgets both printed (the 自评表's columns): the rate is against one of them.
    [
      "部门整体支出年初预算数为100万元，全年预算数为120万元，全年执行数为110万元，预算执行率为91.67%。",
      0,
    ],
    [
      "部门整体支出年初预算数为100万元，全年预算数为120万元，全年执行数为110万元，预算执行率为81.67%。",
      1,
    ],
    // The difference names its budget: 较年初预算, whichever is printed first.
    ["全年预算120万元，年初预算100万元，实际支出110万元，较年初预算增加10万元，增长10%。", 0],
    ["全年预算120万元，年初预算100万元，实际支出110万元，较年初预算增加10万元，增长8.33%。", 1],
  ])("%s", (text, errors) => {
    expect(auditText(text).summary.error).toBe(errors);
  });
});

describe("a 绩效自评表's funds block printed as a table", () => {
  const HEADING = [
    "项目资金（万元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
  ];
  const table = (rows: string[][], separator = "\t") =>
    [HEADING, ...rows].map((cells) => cells.join(separator)).join("\n");

  it("reads the rows of a .docx table (tab-separated cells) as items with budgets, spending and rate", () => {
    const text = table([
      ["年度资金总额", "100", "120", "110", "10", "91.67%", "9.17"],
      ["其中：当年财政拨款", "100", "120", "110", "—", "91.67%", "—"],
      ["上年结转资金", "", "", "", "—", "", "—"],
      ["其他资金", "", "", "", "—", "", "—"],
    ]);
    const [total, appropriation] = findClaims(text).items;
    expect([
      total.printedName,
      total.current?.text,
      total.budgets.map((b) => b.amount.text),
    ]).toEqual(["年度资金总额", "110", ["100", "120"]]);
    expect(appropriation.parent).toBe(total);
    // 110 ÷ 120 (全年预算数) = 91.67%.
    expect(auditText(text).findings).toEqual([]);
  });

  it("an execution rate no budget gives, and a source of funds more than the total, are 错误", () => {
    const text = table([
      ["年度资金总额", "100", "120", "110", "10", "81.67%", "9.17"],
      ["其中：当年财政拨款", "100", "120", "120", "—", "100%", "—"],
    ]);
    expect(rules(auditText(text).findings).sort()).toEqual(["AUDIT-PCT", "AUDIT-SUM"]);
  });

  it("reads a table a web page shows with | between the cells (贵池区棠溪镇 2022: 年度资金总额 printed as 0)", () => {
    const text = table(
      [
        ["年度资金总额:", "0", "0", "0", "10", "0", "0"],
        ["其中:本年财政拨款", "90", "89.974", "89.974", "", "", ""],
      ],
      " | "
    );
    const wrong = auditText(text).findings;
    expect(rules(wrong)).toEqual(["AUDIT-SUM"]);
    expect(wrong[0].excerpt).toContain("年度资金总额");
  });
});

describe("a comparison with last year printed as a table", () => {
  it("reads 上年数 | 本年数 | 增减额 | 增减率 rows, numbered rows the parts of the 合计 (a .docx table)", () => {
    const table = (reception: string) =>
      [
        "单位：万元",
        ["项目", "上年数", "本年数", "增减额", "增减率"].join("\t"),
        ["合计", "30.66", "15.37", "-15.29", "-49.87%"].join("\t"),
        ["1、因公出国（境）费", "0", "0", "0", ""].join("\t"),
        ["2、公务用车购置及运行维护费", "16.93", "14.03", "-2.90", "-17.13%"].join("\t"),
        ["3、公务接待费", "13.73", reception, "-12.39", "-90.24%"].join("\t"),
      ].join("\n");
    const items = findClaims(table("1.34")).items;
    expect(items.map((item) => [item.printedName, item.parent?.printedName])).toEqual([
      ["合计", undefined],
      ["1、因公出国（境）费", "合计"],
      ["2、公务用车购置及运行维护费", "合计"],
      ["3、公务接待费", "合计"],
    ]);
    expect(items[0].delta).toMatchObject({ direction: -1, figure: { text: "15.29" } });
    expect(auditText(table("1.34")).findings).toEqual([]);
    expect(rules(auditText(table("1.43")).findings)).toContain("AUDIT-SUM");
  });

  it("reads a heading over two columns named on the next line (昌宁县 2015, cells between |)", () => {
    const text = [
      "单位:万元",
      "项 目 | 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 | |",
      "增、减额 | 增、减幅度 | |||",
      "合 计 | 1953.72 | 1957.23 | -3.51 | -0.2% |",
      "1、因公出国(境)费 | 12.23 | 65.98 | 53.75 | 437.7% |",
    ].join("\n");
    const found = auditText(text).findings;
    expect(found.map((f) => [f.rule, f.printed])).toEqual([
      ["AUDIT-DIRECTION", "-3.51"],
      ["AUDIT-SUM", "3.51"],
      ["AUDIT-PCT", "437.7%"],
    ]);
  });
});

describe("a table's 合计 row against the numbered rows under it, whatever its heading", () => {
  // 岳阳市财政金融部 2024 (经费控制情况: 2023年决算数 | 2024年预算数 | 2024年决算数), a cell per line as the page prints it.
  const yueyang = (first: string) =>
    [
      "项目支出: |",
      `${first} |`,
      "1377.9 |",
      "1369.3 |",
      "|||",
      "1、财政评审、财务审计、绩效评价等中介服务 |",
      "1049.4 |",
      "960.00 |",
      "958.7 |",
      "|||",
      "2、财政信息化建设 |",
      "156.6 |",
      "44.50 |",
      "43.6 |",
      "|||",
      "3、金融政策补贴 |",
      "279.3 |",
      "351.40 |",
      "345 |",
      "|||",
      "4、财政综合管理业务经费 |",
      "20 |",
      "20 |",
      "20 |",
      "|||",
      "5.劳务派遣人员经费 |",
      "4 |",
      "2 |",
      "2 |",
    ].join("\n");

  it("adds up every column that holds amounts, when some column shows the rows are all of the total", () => {
    expect(auditText(yueyang("1509.3")).findings).toEqual([]);
    const wrong = auditText(yueyang("1505.3")).findings;
    expect(wrong.map((f) => [f.rule, f.printed, f.expected])).toEqual([
      ["AUDIT-SUM", "1505.3", "1509.3"],
    ]);
    expect(wrong[0].message).toContain("财政信息化建设");
  });

  it("leaves alone rate columns, blocks followed by an unnumbered row of figures, and blocks where no column adds up", () => {
    const rows = (lines: string[]) => auditText(lines.join("\n")).findings;
    // 分值 and 执行率 are no amounts: a part above the total, or a %.
    expect(
      rows(["合计\t100\t80\t10\t95%", "1、A\t50\t40\t10\t90%", "2、B\t50\t40\t10\t99%"])
    ).toEqual([]);
    // "其他" may be a part: 50 + 30 is not all of 100.
    expect(rows(["合计\t100\t80", "1、A\t50\t40", "2、B\t30\t40", "其他\t20\t0"])).toEqual([]);
    // No column adds up: the numbered rows may be a selection.
    expect(rows(["合计\t100\t80", "1、A\t50\t40", "2、B\t30\t20"])).toEqual([]);
    const wrong = rows(["合计\t100\t80", "1、A\t50\t40", "2、B\t50\t30"]);
    expect(wrong.map((f) => [f.rule, f.printed, f.expected])).toEqual([["AUDIT-SUM", "80", "70"]]);
  });
});

describe("AUDIT-SUM: the year's carry-over", () => {
  it("上年结转和结余 + 收入 − 支出 = 年末结转和结余", () => {
    const ok =
      "2023年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，年末结转和结余资金为0.86万元。";
    expect(auditText(ok).findings).toEqual([]);
    const wrong = ok.replace("年末结转和结余资金为0.86万元", "年末结转和结余资金为5862.89万元");
    const [finding] = auditText(wrong).findings;
    expect(finding).toMatchObject({
      rule: "AUDIT-SUM",
      printed: "5862.89万元",
      expected: "0.86万元",
    });
  });
});

describe("AUDIT-SUM: a count against the names it counts", () => {
  it("says a count that no reading of its names gives (南漳县招商服务中心, 南县财政局)", () => {
    expect(
      errors(
        "招商服务中心设9个内设机构，分别为：办公室、投资促进股、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股。"
      )
    ).toEqual([["AUDIT-SUM", "9个内设机构"]]);
    const [finding] = auditText(
      "直属事业单位10个,即县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。"
    ).findings;
    expect([finding.printed, finding.expected]).toEqual(["10个", "9个"]);
  });

  it("reads a list of names the ways it can be read, and leaves lists that are not all or not names", () => {
    for (const text of [
      "下设3个科室：办公室、人事和教育股、财务股。",
      "设4个科室，分别为办公室、人事和教育股、财务股。",
      "设有2个内设机构：办公室（含人事、财务）、业务科。",
      "下设5个股室，包括办公室、财务股。",
      "下设5个股室，分别为办公室、财务股等。",
      "共3个项目：道路建设100万元、绿化50万元。",
      "设有三个科室，分别为办公室、财务科，其中办公室负责日常事务。",
      "共有十二个村，分别为：\n一村\n二村",
    ])
      expect([text, errors(text)]).toEqual([text, []]);
    expect(errors("下设二十一个村，分别为：东村、西村、南村。")).toEqual([
      ["AUDIT-SUM", "二十一个村"],
    ]);
    expect(errors("下设2个股室，包括办公室、财务股、业务股。")).toEqual([["AUDIT-SUM", "2个股室"]]);
  });
});

describe("AUDIT-SUM: a 总支出 printed after the items of its flow", () => {
  it("is their total (成安县交通运输局 2020: 316.38 + 2419.45 printed as 2939.83)", () => {
    expect(
      errors(
        "专项资金支出316.38万元,预算执行率61%,财政资金支出2419.45万元,预算执行率58%,总支出2939.83万元,执行率63% 。"
      )
    ).toEqual([["AUDIT-SUM", "2939.83万元"]]);
    expect(errors("专项资金支出316.38万元，财政资金支出2419.45万元，总支出2735.83万元。")).toEqual(
      []
    );
  });

  it("is not the total of items of another flow, nor of one item", () => {
    expect(errors("项目收入316.38万元，财政资金支出2419.45万元，总支出2939.83万元。")).toEqual([]);
    expect(errors("专项资金支出316.38万元，总支出2939.83万元。")).toEqual([]);
  });
});

describe("AUDIT-SUM: a whole and what 由…构成 says it is made of", () => {
  it("the parts after 由, 加上 among them, are all of the whole before it (铜梁区小林镇 2022)", () => {
    expect(
      errors(
        "全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入、上年结余、动用预算稳定调节基金等1,756.37万元构成。支出总计,867.48万元,由一般公共预算支出1,867.48万元,加上解支出、安排预算稳定调节基金、结转下年等0万元等构成,当年收支平衡。"
      )
    ).toEqual([["AUDIT-SUM", "867.48万元"]]);
    expect(errors("本年收入120万元，由财政拨款收入100万元、其他收入20万元构成。")).toEqual([]);
    expect(errors("本年收入120万元，由财政拨款收入100万元、其他收入10万元构成。")).toEqual([
      ["AUDIT-SUM", "120万元"],
    ]);
  });

  it("what 加上 adds outside a 由…构成 sentence is still no part of a 其中 list", () => {
    expect(
      errors(
        "一般公共预算收入100万元，其中：税收收入80万元、非税收入20万元；加上转移性收入50万元。"
      )
    ).toEqual([]);
  });
});

describe("AUDIT-PCT: an item's budget printed twice in a budget text", () => {
  const WANLI =
    "31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。";

  it("the rate beside the second says which is wrong (上海市普陀区万里街道 2024)", () => {
    const [finding] = auditText(WANLI).findings;
    expect([finding.rule, finding.severity, finding.printed, finding.expected]).toEqual([
      "AUDIT-PCT",
      "error",
      "352.67万元",
      "350.35万元",
    ]);
    expect(finding.message).toContain("348.52万元");
  });

  it("marks the heading when the rate holds for the second", () => {
    expect(errors(WANLI.replace("0.53%", "1.19%"))).toEqual([["AUDIT-PCT", "350.35万元"]]);
  });

  it("says nothing more when the two agree, or in a 决算, where an amount and its budget differ", () => {
    expect(errors(WANLI.replace("352.67", "350.35"))).toEqual([]);
    expect(errors(`${WANLI}2024年决算数350.35万元。`)).toEqual([]);
    // With the rate wrong for both, the rate is the 错误, as before.
    expect(errors(WANLI.replace("0.53%", "9.53%"))).toEqual([["AUDIT-PCT", "9.53%"]]);
  });

  it("checks the rate on the budget alone when the text prints no heading amount", () => {
    expect(
      errors(
        "2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。"
      )
    ).toEqual([["AUDIT-PCT", "0.53%"]]);
  });
});

describe("收、支 cut short before a total", () => {
  it("are 收入 and 支出: the change of 收、支预算总计 is the total's (江苏省人民检察院 2019)", () => {
    expect(
      errors(
        "江苏省人民检察院2019 年度收入、支出预算总计24,169.74 万元，与上年相比收、支预算总计各增加 2214.39万元，增长 10.06 %。"
      )
    ).toEqual([["AUDIT-PCT", "10.06 %"]]);
    expect(
      errors(
        "江苏省人民检察院2019 年度收入、支出预算总计24,169.74 万元，与上年相比收、支预算总计各增加 2214.39万元，增长 10.09 %。"
      )
    ).toEqual([]);
  });
});

describe("wording met in the fifteenth held-out batch", () => {
  it("a whole restated under another name after parts that make it is no part (梁平区安胜镇 2024)", () => {
    const text =
      "编委核定编制20人,年末财政供给人数35人,其中在职18人,退休17人;公共财政拨款开支人数35人(含行政退休17人)。";
    expect(errors(text)).toEqual([]);
    // What a parenthesis after a head count includes is an aside, no part.
    const aside = findClaims(text).items.find((item) => item.printedName.includes("行政退休"));
    expect(aside?.parent).toBeUndefined();
  });

  it("财政拨款收、支总计 is 财政拨款's total, not the unit's (九龙坡区锦苑小学 2024)", () => {
    const text =
      "1.总体情况。2024年度收入总计2246.97万元,支出总计2246.97万元。\n2024年度财政拨款收、支总计2164.97万元。与2023年相比,财政拨款收、支总计各增加134.44万元,增长6.6%。";
    expect(errors(text)).toEqual([]);
    expect(findClaims(text).items.map((item) => item.name)).toContain("财政拨款支出总计");
  });

  it("an amount right after 较… that the rate says is the change has lost its word: a warning (梧州 2024)", () => {
    const text = "其中本年支出568.5万元, 较2023年度决算数38.31万元,下降6.31%。";
    const findings = auditText(text).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.printed, f.expected])).toEqual([
      ["AUDIT-DIRECTION", "warning", "38.31万元", "减少38.31万元"],
    ]);
    // A rate the change does not give leaves the amount last year's, and the direction wrong.
    expect(errors("本年支出606.81万元，较2023年度决算数568.5万元，下降6.31%。")).toEqual([
      ["AUDIT-DIRECTION", "下降6.31%"],
      ["AUDIT-PCT", "6.31%"],
    ]);
  });

  it("a rate right but for its direction is AUDIT-DIRECTION's alone", () => {
    expect(errors("本年支出568.5万元，较2023年度决算数606.81万元，增长6.31%。")).toEqual([
      ["AUDIT-DIRECTION", "增长6.31%"],
    ]);
  });
});

describe("wording met in the fifteenth held-out batch: budget texts", () => {
  const TAILONG =
    "(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,政府性基金预算拨款 0万元,国有资本经营预算收入 0万元,事业收入986.92万元,事业单位经营收入0 万元,其他收入0.10万元。";

  it("in a budget text the whole's budget is its amount, and a part printed 0万元 is not below 0 (万州区太龙镇中心卫生院 2025)", () => {
    expect(errors(TAILONG)).toEqual([["AUDIT-SUM", "1211.02万元"]]);
    expect(errors(TAILONG.replace("0.10万元", "0.00万元"))).toEqual([]);
    // In a 决算 too, what 其中 lists right after a budget are the budget's parts, checked against it.
    expect(errors(`${TAILONG}2025年决算数另行公开。`)).toEqual([["AUDIT-SUM", "1211.02万元"]]);
    // A 决算's budget is not what was spent: parts of what was spent are not checked against it.
    expect(
      errors(
        "2025年决算数另行公开。年初预算数1211.02万元。支出合计1300万元,其中:基本支出1000万元,项目支出300万元。"
      )
    ).toEqual([]);
  });

  it("an amount in a reason is no part of the list (綦江区扶欢中学 2024)", () => {
    const text =
      "2024年一般公共预算财政拨款支出1,196.3万元,比2023年增加23.09万元。其中:基本支出1,181.8万元,比2023年增加13.59万元,主要原因是人数增加;项目支出14.5万元,比2023年增加9.5万元,主要原因是2024安排了10万元的保障性租赁住房支出。";
    expect(errors(text)).toEqual([]);
    const parts = findClaims(text).items.filter((item) => item.parent);
    expect(parts.map((item) => item.printedName)).toEqual(["基本支出", "项目支出"]);
  });

  it("an amount per head said after it, and an amount with no name, are no parts (海南省交通运输厅 2022)", () => {
    const text =
      "“三公”经费预算数为98.65万元,其中:因公出国(境)经费7万元,拟安排出访2批次,计划出国(境)2人,预算费用3.5万元/人,共计7万元。公务用车购置及运行费87.15万元,公务接待费4.5万元。";
    expect(errors(text)).toEqual([]);
  });

  it("占年初预算P% is what was spent as a share of the budget, not a share of the whole (潮安区龙湖镇 2023)", () => {
    const text =
      "一般公共服务支出16599424.17元，其中：人大事务支出323400.00元，占年初预算100%；政府办公室及相关机构支出14557942.17元，占年初预算91.38%。";
    expect(errors(text)).toEqual([]);
    const item = findClaims(text).items.find((i) => i.printedName.includes("人大事务"));
    expect(item?.executionRate?.text).toBe("100%");
  });
});

describe("a bare 收入 / 支出 in the sentence after a list of parts", () => {
  it("goes on with their whole, of that flow", () => {
    const text =
      "收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,事业收入986.82万元,其他收入0.10万元。收入较2024年增加124.29万元。";
    const items = findClaims(text).items;
    expect(items.find((item) => item.delta)?.printedName).toMatch(/^收入预算/);
    // Not a part's: a 支出 after a list of income is of the other flow, and stays its own.
    const other = findClaims(
      "收入预算:1211.02万元,其中:一般公共预算拨款224.10万元,其他收入986.92万元。支出较2024年增加124.29万元。"
    ).items;
    expect(other.find((item) => item.delta)?.parent).toBeUndefined();
  });
});

describe("AUDIT-DIRECTION: a reason that says the item itself moved the other way", () => {
  it("is a 错误 on the reason's words (上海市普陀区万里街道 2024)", () => {
    expect(
      errors(
        "4. “一般公共服务支出（类）宣传事务（款）一般行政管理事务（项）”110.60万元，主要用于宣传事务一般行政管理事务。2023年当年预算执行数为114.00万元，2024年预算安排110.60万元，比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。"
      )
    ).toEqual([["AUDIT-DIRECTION", "宣传事务一般行政管理事务经费增加"]]);
    expect(errors("公用经费支出50万元，比上年减少5万元，下降9.09%，主要原因是支出增加。")).toEqual([
      ["AUDIT-DIRECTION", "支出增加"],
    ]);
  });

  it("leaves reasons about something else, of several clauses, or about last year", () => {
    for (const text of [
      "工资福利支出50万元，比上年减少5万元，下降9.09%，主要原因是退休人员增加。",
      "公用经费支出50万元，比上年减少5万元，下降9.09%，主要原因是人员减少，公用经费增加。",
      "公用经费支出50万元，比上年减少5万元，下降9.09%，主要原因是上年一次性支出增加。",
      "公用经费支出50万元，比上年减少5万元，下降9.09%，主要原因是公用经费减少。",
    ])
      expect([text, errors(text)]).toEqual([text, []]);
  });
});

describe("AUDIT-SUM: wholes and parts named in different sections", () => {
  const PUTUO =
    "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。五、一般公共预算财政拨款支出决算情况说明（一）一般公共预算财政拨款支出决算总体情况一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。";

  it("财政拨款…总计 is at least its 一般公共预算财政拨款支出 (上海市普陀区财政局 2024)", () => {
    const [finding] = auditText(PUTUO).findings.filter((f) => f.severity === "error");
    expect([finding.rule, finding.printed]).toEqual(["AUDIT-SUM", "0.3万元"]);
    expect(finding.message).toContain("一般公共预算财政拨款支出2940.05万元");
    expect(errors(PUTUO.replace("0.3万元", "2940.05万元"))).toEqual([]);
  });

  it("一般公共预算财政拨款支出 is at least its 基本支出 and its 项目支出", () => {
    expect(
      errors(
        "一般公共预算财政拨款支出100万元。\n二、基本支出情况\n基本支出120万元，主要用于人员工资。"
      )
    ).toEqual([["AUDIT-SUM", "100万元"]]);
  });

  it("a heading run into the text names nothing: the name is what follows it", () => {
    const item = findClaims(PUTUO).items.find((i) => i.current?.text === "2940.05万元");
    expect(item?.name).toBe("一般公共预算财政拨款支出");
  });
});

describe("其他资本性支出, the 310 class's name until 2017", () => {
  it("is one of the four classes that make 基本支出 (儋州市人民法院 2018)", () => {
    const text =
      "1.基本支出2956.36万元,其中:工资福利支出2424.00万元,商品和服务支出432.65万元,对个人和家庭的补助93.12万元,其他资本性支出6.5万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "2956.36万元"]]);
    expect(errors(text.replace("6.5万元", "6.59万元"))).toEqual([]);
  });
});

describe("wording met in the sixteenth held-out batch", () => {
  it("超收 / 短收 is the difference from the budget, not an item (甘谷县 2024, 晋中市 2023)", () => {
    const text =
      "一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元，同比下降10.2%，减收4800万元。";
    expect(errors(text)).toEqual([]);
    const [item] = findClaims(text).items;
    expect([
      item.budgetDelta?.direction,
      item.budgetDelta?.figure.text,
      item.rate?.figure.text,
    ]).toEqual([-1, "7431万元", "10.2%"]);
    expect(
      errors(
        "一般公共预算收入累计完成194.57亿元，完成调整预算的101.49%，超收2.85亿元；同比增长4.02%，增收7.51亿元。"
      )
    ).toEqual([]);
  });

  it("a government's totals may close with a balance the text names (甘谷县 2024)", () => {
    const text =
      "收入总计451227万元。\n一般公共预算支出409525万元，支出总计425533万元。\n收入总计451227万元，减支出总计425533万元，财政滚存结余25694万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("财政滚存结余25694万元", "财政滚存结余5694万元"))).toContainEqual([
      "AUDIT-TOTALS",
      "425533万元",
    ]);
  });

  it("a 总额 after a ；is a whole of its own (徐汇区 2023)", () => {
    expect(
      errors(
        "实现归母净利润2.59亿元，同比下降82.43%，其中：归属于徐汇方股东的归母净利润2.48亿元，同比下降81.11%；上缴税费总额29.31亿元，同比上升5.64%。"
      )
    ).toEqual([]);
  });

  it("parts after a ；are beside a list already whole (安康市 2022)", () => {
    const text =
      "2022年，安康市地方政府新增债务限额为49.35亿元，其中：新增一般债务限额18.25亿元，新增专项债务限额31.1亿元；调整使用专项债务限额7.48亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("31.1亿元", "31.0亿元"))).toEqual([["AUDIT-SUM", "49.35亿元"]]);
  });

  it("a 其中 naming again the items said before it lists a part of each (九江市 2022, 国有资产 2018)", () => {
    expect(
      errors(
        "项目送审金额152.48亿元，审定金额134.11亿元，审减金额18.37亿元。其中，市本级项目送审金额36.05亿元，审定金额30.80亿元，审减金额5.25亿元。"
      )
    ).toEqual([]);
    expect(
      errors(
        "全国国有企业资产总额210.4万亿元，负债总额135.0万亿元，国有资本权益总额58.7万亿元。其中，中央国有企业资产总额80.8万亿元、负债总额54.7万亿元、国有资本权益总额16.7万亿元。"
      )
    ).toEqual([]);
    // Parts under a whole that is none of them are added up as before (金口河区 2022).
    expect(
      errors(
        "全年购置轿车0辆、越野车0辆、载客汽车0辆。单位共有公务用车0辆,其中:轿车0辆、越野车0辆、载客汽车1辆。"
      )
    ).toEqual([["AUDIT-SUM", "0辆"]]);
  });

  it("政府性债务债务率 is no doubled word", () => {
    expect(errors("全市政府性债务债务率为68.8%。")).toEqual([]);
    expect(errors("主要原因原因是支出增加。")).toEqual([["AUDIT-BLANK", "原因原因"]]);
  });
});

describe("AUDIT-PCT: ratios named by what they measure", () => {
  it("节约率 is 节约资金 over the budget: what was bought plus what was saved (来凤县 2009, 九江市 2024)", () => {
    expect(
      errors(
        "截止6月30日,我县完成政府采购额4303.58万元,比去年同期2213万元增加2090.58万元,节约资金480.62万元,节约率10.5%。"
      )
    ).toEqual([["AUDIT-PCT", "10.5%"]]);
    expect(
      errors(
        "2024年,全市政府采购规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率达14.41%,创历史新高。"
      )
    ).toEqual([]);
    // A budget printed is the base; so is what was bought, as some reports take it.
    expect(
      errors("采购预算金额110万元，实际采购金额100万元，节约资金10万元，节约率9.09%。")
    ).toEqual([]);
    expect(errors("实际采购金额100万元，节约资金10万元，节约率10%。")).toEqual([]);
  });

  it("资金使用率 is what was paid out over the budget named earlier in the paragraph (临沂市 2018)", () => {
    const text =
      "确定环境空气质量生态补偿资金项目预算金额2399万元,上缴资金额128.5万元。本次评价共涉及14个县区。截至2018年底,已拨付至项目单位资金1651.53万元,资金使用率69.21%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "69.21%"]]);
    expect(errors(text.replace("69.21%", "68.84%"))).toEqual([]);
    // With no base the text names, nothing is said.
    expect(errors("已拨付资金1651.53万元,资金使用率69.21%。")).toEqual([]);
  });

  it("审减率 is 审减金额 over 送审金额 (九江市 2022)", () => {
    const text = "项目送审金额152.48亿元,审定金额134.11亿元,审减金额18.37亿元,平均审减率12.05%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("12.05%", "13.70%"))).toEqual([["AUDIT-PCT", "13.70%"]]);
  });
});

describe("a 决算's budget printed in another section (三江侗族自治县 2018)", () => {
  const SANJIANG =
    "2018年,全县“三公”经费预算919万元(其中一般公共预算经费拨款841万元),与上年预算安排持平。其中:\n一是因公出国(境)费用不安排,与上年持平;\n二是公务接待费预算288万元(其中一般公共预算经费拨款271万元),与上年持平;\n三是公务用车购置及运行维护费预算631万元(其中一般公共预算经费拨款570万元),与上年持平。\n二、2018年“三公”经费决算执行情况\n一是因公出国(境)费用为零,与上年持平。\n二是公务接待费282元,完成预算的97.92%,下降0.35%。";

  it("an execution rate is checked against the budget of the same item and year, and names a lost unit", () => {
    const found = auditText(SANJIANG).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.printed])).toEqual([["AUDIT-PCT", "97.92%"]]);
    expect(found[0].message).toContain("282万元");
    expect(errors(SANJIANG.replace("282元", "282万元"))).toEqual([]);
    // Another year's budget is not this year's.
    expect(errors(SANJIANG.replace("二、2018年", "二、2019年"))).toEqual([]);
  });

  it("a list in parentheses and a 其中 list after it are two breakdowns of the whole", () => {
    const whole = findClaims(SANJIANG).items.find((i) => i.printedName.includes("全县"));
    const breakdowns = new Set(whole?.children.map((child) => child.breakdown));
    expect(whole?.children.map((child) => child.name)).toEqual([
      "一般公共预算经费拨款",
      "公务接待费",
      "公务用车购置及运行维护费",
    ]);
    expect(breakdowns.size).toBe(2);
  });
});

describe("a 绩效自评表's funds block flattened into words and lines", () => {
  const HEADING = "年初\n\n预算数\n\n全年预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n";

  it("reads the heading's columns in order and the 年度资金总额 row under them (零陵区林业局 2021)", () => {
    const text = `${HEADING}年度资金总额\n\n4753.66万元\n\n4753.66万元\n\n3824.26万元\n\n10\n\n100%\n\n10`;
    expect(errors(text)).toEqual([["AUDIT-PCT", "100%"]]);
    expect(errors(text.replace("100%", "80.45%"))).toEqual([]);
  });

  it("reads the fund rows under it (贵池区棠溪镇 2022: a total printed 0 over 90 of 财政拨款)", () => {
    const text =
      "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标";
    expect(errors(text)).toEqual([["AUDIT-SUM", "0"]]);
    expect(
      errors(
        text.replace("年度资金总额: 0 0 0 10 0 0", "年度资金总额: 90 89.974 89.974 10 100% 10")
      )
    ).toEqual([]);
  });

  it("leaves a row with a cell missing (its columns are not known) and a block with tabs", () => {
    expect(
      errors(`${HEADING}年度资金总额\n\n4753.66万元\n\n3824.26万元\n\n10\n\n100%\n\n10`)
    ).toEqual([]);
    expect(
      findClaims(
        "年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t100\t100\t90\t10\t90%\t9"
      ).items.filter((item) => item.name === "年度资金总额").length
    ).toBe(1);
  });
});

describe("wording met in the seventeenth held-out batch", () => {
  it("a parenthesis that opens with 包括 after a share lists the parts of the item before it (广东省 2021)", () => {
    const text =
      "2021年省级一般公共预算总支出安排6571.85亿元,收支平衡。其中,省本级支出1478.55亿元,占总支出的22.5%;对市县税收返还和转移支付4404.78亿元,占总支出的67%(包括一般性转移支付3030.61亿元,占转移支付比重达82%;专项转移支付663.82亿元);上解中央支出598.75亿元,占总支出的9.1%;预备费24亿元,占总支出的0.4%;债务还本支出65.78亿元,占总支出的1%。";
    expect(errors(text)).toEqual([]);
    const transfers = findClaims(text).items.find((i) => i.name === "对市县税收返还和转移支付");
    expect(transfers?.children.map((child) => child.name)).toEqual([
      "一般性转移支付",
      "专项转移支付",
    ]);
  });

  it("a numbered item after a ；is the next of its list, not a part of the 其中 inside the item before (福州市体育局 2020)", () => {
    const text =
      "(一)资助或组织开展全民健身活动1433.1万元,其中补助地方249.41万元。 1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动559.52万元; 3、其他活动219.41万元。";
    expect(errors(text)).toEqual([]);
    const games = findClaims(text).items.find((i) => i.name === "群众性综合运动会");
    expect(games?.children.map((child) => child.name)).toEqual(["补助地方"]);
  });

  it("a period left blank is a template's blank (公开时段:第月至第月)", () => {
    expect(errors("公开时段:第月至第月 | |||||")).toEqual([
      ["AUDIT-BLANK", "第月"],
      ["AUDIT-BLANK", "第月"],
    ]);
    expect(errors("公开时段:第 1 月至第 6 月 |")).toEqual([]);
  });

  it("负增长 is a fall", () => {
    const [item] = findClaims("“三公”经费4.77亿元，同比减少0.61亿元，负增长11.3%。").items;
    expect([item.rate?.direction, item.rate?.figure.text]).toEqual([-1, "11.3%"]);
    expect(errors("“三公”经费4.77亿元，同比减少0.61亿元，负增长13.3%。")).toEqual([
      ["AUDIT-PCT", "13.3%"],
    ]);
  });
});

describe("wording met in the eighteenth held-out batch", () => {
  it("a named ratio is read against every base its paragraph names (某市 2017: 预算规模 and each kind's)", () => {
    const text =
      "2017年,市本级纳入政府集中采购的预算规模为227957.45万元,其中:货物类采购预算金额97926.37万元;服务类采购预算金额88089.43万元。实际采购规模为205460.49万元,其中:服务类实际采购规模77695.85万元。节约资金22496.96万元,节约率为9.87%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("9.87%", "8.87%"))).toEqual([["AUDIT-PCT", "8.87%"]]);
  });

  it("an adjustment's parts that cut are taken off it (东莞市黄江镇 2022)", () => {
    const text =
      "调增镇本级支出预算1.84亿元,包括调增一般专项支出2.73亿元和基本支出6,038万元、调减基建支出1.49亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1.49亿元", "1.19亿元"))).toEqual([["AUDIT-SUM", "1.84亿元"]]);
  });

  it("an amount right after a parenthesis of what is in it or not is the item's named before (东莞市 2019)", () => {
    const text =
      "2019年1-10月,我市共完成总税收1911.58亿元,比上年减少45.78亿元,下降2.34%,其中:\n(一)税务部门征收收入(未扣减出口退税822.05亿元,含海关代征进口货物增值税和消费税税收341.53亿元)1887.70亿元,减少42.29亿元,下降2.19%;\n(二)海关征收关税和船舶吨位税税收23.53亿元,减少3.85亿元,下降14.07%;\n(三)上级划转收入0.35亿元。";
    expect(errors(text)).toEqual([]);
    const tax = findClaims(text).items.find((i) => i.name === "税务部门征收收入");
    expect([tax?.current?.text, tax?.rate?.figure.text]).toEqual(["1887.70亿元", "2.19%"]);
  });

  it("a parenthesis closed that never opened ends the list (浮梁县 2024)", () => {
    const text =
      "全县完成一般公共预算收入7.71亿元,其中:税收收入5.93亿元、非税收入1.78亿元)、上级补助收入21.64亿元、上年结余收入2.82亿元,总收入合计32.17亿元。";
    expect(errors(text)).toEqual([]);
    const revenue = findClaims(text).items.find((i) => i.name === "全县完成一般公共预算收入");
    expect(revenue?.children.map((child) => child.name)).toEqual(["税收收入", "非税收入"]);
  });

  it("the year reported on compared with itself is a template's leftover (吴兴区 2023)", () => {
    const text =
      "2023年全区十三项民生支出较上年增长3.88%。对科学技术、农林水、教育等领域的支出较2023年分别增长15.33%、13.85%和4.61%。";
    expect(errors(text)).toEqual([["AUDIT-BLANK", "较2023年"]]);
    // A passage that names only the year it compares with says nothing of the year it reports on.
    expect(errors("公务接待费支出决算比2021年减少1.24万元，下降13.71%。")).toEqual([]);
    expect(errors("2024年预算安排100万元，比2023年增长10%。")).toEqual([]);
  });
});

describe("a 收入总量 / 支出总量 after its items", () => {
  it("is their total (中江县 2019: 支出总量596,070 over items that add to 595,799)", () => {
    const text =
      "一般公共预算支出559,594万元、上解支出24,562万元、债务还本支出10,940万元、补充预算稳定调节基金157万元、援助其他地区支出546万元,支出总量为596,070万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "596,070万元"]]);
    expect(errors(text.replace("596,070", "595,799"))).toEqual([]);
  });

  it("is what comes before 加上 and what it adds, in the sentence before (杨浦区 2023)", () => {
    const text =
      "2023年,全区一般公共预算收入1549911万元,为调整预算的101.9%。加上市级财政税收返还和补助收入916296万元,上年结转收入、调入资金、动用预算稳定调节基金等969065万元,以及经市政府批准的地方政府一般债务转贷收入120000万元,收入总量为3555272万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("3555272", "3655272"))).toEqual([["AUDIT-SUM", "3655272万元"]]);
  });
});

describe("AUDIT-SUM: what was saved is the budget less what was bought", () => {
  it("checks 节约资金 against 采购预算 − 采购金额 named before it in its sentence", () => {
    const text = "完成政府采购24617.99万元,采购预算25439.38万元,节约资金821.39万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("821.39", "921.39"))).toEqual([["AUDIT-SUM", "921.39万元"]]);
    // 醴陵市 2020 printed 821.5: the figures give at most 821.40, a whole unit of its last digit away — wrong.
    expect(errors(text.replace("821.39", "821.5"))).toEqual([["AUDIT-SUM", "821.5万元"]]);
    // Less than a unit away is rounding (821.44 truncated or rounded up from finer data): a 提示.
    const near = auditText(text.replace("821.39", "821.4")).findings;
    expect(near.map((f) => [f.rule, f.severity])).toEqual([]);
    const truncated = auditText(
      "完成政府采购24617.99万元,采购预算25439.46万元,节约资金821.4万元。"
    ).findings;
    expect(truncated.map((f) => [f.rule, f.severity])).toEqual([["AUDIT-ROUNDING", "info"]]);
  });

  it("leaves a year's plan the purchases are a share of (房县 2015)", () => {
    expect(
      errors(
        "实现政府采购额14007万元,占全年政府采购预算16000万元的87.5%,节约资金1668万元,资金节约率10.64%。"
      )
    ).toEqual([]);
  });
});

describe("a 自评表's 年度资金总额 broken down 按收入性质分 and 按支出性质分", () => {
  // 衡山县关塘乡 2023, a cell per paragraph as the page printed it (blank lines between cells).
  const form = [
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "自评得分",
    "年度资金总额",
    "861.10",
    "2030.12",
    "2030.12",
    "10",
    "100%",
    "10",
    "按收入性质分:2030.12",
    "按支出性质分:1925.67",
    "其中: 一般公共预算:1325.68",
    "其中:基本支出:900.47",
    "政府性基金拨款:118.82",
    "项目支出:1025.20",
    "纳入专户管理的非税收入拨款:",
    "",
    "其他资金:585.62",
  ].join("\n\n");

  it("each is the total of one of the row's columns (衡山县关塘乡 2023: 1925.67 under 2030.12 spent)", () => {
    expect(errors(form)).toEqual([["AUDIT-SUM", "1925.67"]]);
    // Spent as the breakdown says, and broken down the same way by income: nothing to say.
    const spent = form.replace(/2030\.12/g, "1925.67").replace("585.62", "481.17");
    expect(errors(spent)).toEqual([]);
  });

  it("each is its parts added up, a blank cell being 0", () => {
    expect(errors(form.replace("按收入性质分:2030.12", "按收入性质分:2130.12"))).toEqual([
      ["AUDIT-SUM", "2130.12"],
      ["AUDIT-SUM", "1925.67"],
    ]);
    // A part whose figure sits on a line of its own is not read as blank: its breakdown is not added up.
    const apart = form
      .replace("其他资金:585.62", "其他资金:485.62")
      .replace("纳入专户管理的非税收入拨款:", "纳入专户管理的非税收入拨款:\n\n100");
    expect(errors(apart)).toEqual([["AUDIT-SUM", "1925.67"]]);
  });

  it("a breakdown that prints no total is its parts (岳阳市财政金融部 2024: 基本支出20 + 项目支出1369.3 spent)", () => {
    const text = [
      "年初预算数 |",
      "全年预算数 |",
      "全年执行数 |",
      "分值 |",
      "执行率 |",
      "得分 |",
      "||",
      "年度资金总额 |",
      "1397.90 |",
      "1397.90 |",
      "1389.3 |",
      "10 |",
      "99.4% |",
      "10 |",
      "||",
      "按收入性质分: |",
      "按支出性质分: |",
      "|||||||",
      "其中: 一般公共预算:1397.90 |",
      "其中:基本支出:20 |",
      "|||||||",
      "政府性基金拨款: |",
      "项目支出:1369.3 |",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("项目支出:1369.3", "项目支出:1269.3"))).toEqual([
      ["AUDIT-SUM", "1289.3万元"],
    ]);
  });
});

describe("wording met in the twentieth held-out batch", () => {
  it("增值税 is a tax, not 增 and a name (天津市 2015)", () => {
    expect(errors("分主要税种看:增值税138.8亿元,下降0.3%;营业税326.9亿元,增长11.2%。")).toEqual([]);
  });

  it("an item read as a part whose own list names again the parts beside it is a whole of its own (包头市 2022)", () => {
    const text =
      "截至目前,自治区下达我市法定债务限额1,105.3亿元,其中一般债务725.3亿元、专项债务380亿元,全市政府法定债务余额为1,071.65亿元,其中一般债务699.47亿元、专项债务372.18亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("372.18", "382.18"))).toEqual([["AUDIT-SUM", "1,071.65亿元"]]);
  });

  it("a part of one breakdown is no part of its sibling (青岛市教育局 2013: 包括…等支出;)", () => {
    const text =
      "“三公”经费预算支出共491万元。其中,因公出国(境)费预算135万元,包括公务出国(境)的差旅费、伙食补助费等支出;公务用车购置及运行维护费预算247万元,包括燃料费、维修费等支出;公务接待费预算109万元。";
    expect(errors(text)).toEqual([]);
    // "公务用车购置费和运行维护费" is the whole of 公务用车, its 购置 and 运行维护 its parts (济宁高新区 2022).
    expect(
      errors(
        "“三公”经费预算为1032万元。其中:因公出国(境)费0万元;公务用车购置费和运行维护费849万元(其中:公务车购置经费159万元;公务用车运行维护费 690万元);公务接待费 183万元。"
      )
    ).toEqual([]);
  });

  it("a paragraph opening with 其中 lists the parts of the paragraph before; parts after a budget are budgets (外交部 2014)", () => {
    const text = [
      "2014年外交部“三公”经费支出10044.01万元,预算执行比例为88.69%。",
      "其中:因公出国(境)费8657.78万元,预算执行比例为90.13%,公务用车购置及运行费1377.96万元,预算执行比例为97.66%,公务接待费8.27万元,预算执行比例为2.69%。",
      "2014年外交部“三公”经费预算11324.44万元,其中:因公出国(境)费9605.80万元,公务用车购置及运行费1410.94万元,公务接待费307.70万元。",
      "以上为部门决算数据。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("8657.78", "8757.78"))).toEqual([
      ["AUDIT-SUM", "10044.01万元"],
      ["AUDIT-PCT", "90.13%"],
    ]);
    // A part's budget wrong: the budgets do not add up, and its execution rate no longer holds.
    expect(errors(text.replace("9605.80", "9705.80"))).toEqual([
      ["AUDIT-PCT", "90.13%"],
      ["AUDIT-SUM", "11324.44万元"],
    ]);
  });

  it("what was actually spent set beside its budget makes a 决算: the budget is no amount (国土资源部 2011)", () => {
    const text =
      "财政部批复国土资源部2011年“三公经费”财政拨款预算3,786.49万元,实际支出3,535.78万元,比预算减少250.71万元。具体情况如下:\n(1)因公出国(境)费1,139.76万元。\n(2)公务用车购置及运行费 1,177.45 万元。\n(3)公务接待费1,218.57万元。";
    expect(errors(text)).toEqual([]);
  });

  it("比上年 with a name compares that item, not the last listed (崇明区长兴镇 2022)", () => {
    const text =
      "2022年,我镇实现财政总收入203541.54万元,其中,一般转移支付收入(镇本级)180500.00万元,专项转移支付收入23041.54万元。比上年财政总收入238960.28万元减少35418.74万元,下降14.82%。";
    expect(errors(text)).toEqual([]);
    // The change wrong, the rate right by the amounts: the change alone is said wrong.
    expect(errors(text.replace("35418.74", "35318.74"))).toEqual([["AUDIT-SUM", "35318.74万元"]]);
  });
});

describe("the 三公 parts under the names news reports give them", () => {
  it("车辆购置及运行费 is 公务用车, so is “公车”支出, and 出国(境)经费 is 因公出国(境)费 (中央本级 2010)", () => {
    const text =
      "经财政部汇总,2010年中央行政单位、事业单位和其他单位“三公”支出合计94.7亿元。“三公”经费中,出国(境)经费17.73亿元,车辆购置及运行费61.69亿元,公务接待费15.28亿元。“公车”支出占2010年全部“三公”支出的61%,成为占比最大的一项开销。";
    expect(errors(text)).toEqual([["AUDIT-SHARE", "61%"]]);
    expect(errors(text.replace("的61%", "的65%"))).toEqual([]);
  });
});

describe("a whole of both flows (收支总预算)", () => {
  it("lists each side in full, after 其中 and a ； (西南大学 2021: the income side 0.05万元 short)", () => {
    const text =
      "我校 2021 年收支总预算 490,808.40 万元，其中本年收入预算 390,140.45 万元，使用非财政拨款结余 18,953.73 万元，上年结转 81,714.17 万元；本年支出预算 415,808.40 万元，结转下年 75,000.00 万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "490,808.40 万元"]]);
    expect(errors(text.replace("18,953.73", "18,953.78"))).toEqual([]);
  });

  it("or after 收入包括 and 支出包括 (余姚市机关事务 2021)", () => {
    const text =
      "收支总预算6927.14万元,收入包括:一般公共预算拨款收入5927.14万元、政府性基金预算拨款收入1000万元;支出包括:一般公共服务支出5746.19万元、社会保障和就业支出160.97万元、卫生健康支出19.98万元、城乡社区支出1000万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("城乡社区支出1000", "城乡社区支出900"))).toEqual([
      ["AUDIT-SUM", "6927.14万元"],
    ]);
    // One side listed alone may leave out a part it had none of: it is not known to be all.
    expect(errors("收支总预算6927.14万元,收入包括:一般公共预算拨款收入5927.14万元。")).toEqual([]);
  });
});

describe("parts that make another amount of their whole", () => {
  it("are a 警告 naming both, for the parts may be the budget's (a 决算's 三公: parts of 预算11324.44)", () => {
    const text =
      "2014年度部门决算：“三公”经费支出10044.01万元，预算11324.44万元，其中：因公出国(境)费9605.80万元，公务用车购置及运行费1410.94万元，公务接待费307.70万元。";
    const found = auditText(text).findings;
    expect(found.map((f) => [f.rule, f.severity, f.printed])).toEqual([
      ["AUDIT-SUM", "warning", "10044.01万元"],
    ]);
    expect(found[0].message).toContain("11324.44万元");
  });

  it("but a total printed wrong whose parts make what balances it is still a 错误 (铜梁区小林镇 2022)", () => {
    const text =
      "全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入、上年结余、动用预算稳定调节基金等1,756.37万元构成。支出总计,867.48万元,由一般公共预算支出1,867.48万元,加上解支出、安排预算稳定调节基金、结转下年等0万元等构成,当年收支平衡。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "867.48万元"]]);
  });
});

describe("wording met in the twenty-first held-out batch", () => {
  it("a 支出总计 is paired with the 收入总计 printed before it, not after it in its sentence (兴县残联 2021)", () => {
    const text =
      "2021年度收入总计264.91万元,支出总计290.85万元,与2020年相比,上年收入总计213.74万元,支出总计166.76万元。";
    const found = auditText(text).findings.filter((f) => f.rule === "AUDIT-TOTALS");
    expect(found.map((f) => f.mark.text)).toEqual([
      "264.91万元,支出总计290.85万元",
      "213.74万元,支出总计166.76万元",
    ]);
  });

  it("a whole known only by its budget adds up its parts' budgets (徐圩乡 2020: 11.52 over 0 + 11.52 + 35)", () => {
    const text =
      "2020年“三公”经费支出预算为11.52万元,增长0%,与2019年持平。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为11.52万元,公务用车购置及运行费支出预算为35万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "11.52万元"]]);
    expect(errors(text.replace("为35万元", "为0万元"))).toEqual([]);
  });

  it("上年 and a name near it give that item's last year (六枝特区第二中学 2022)", () => {
    const text = "2022年,本部门总收入4089.48万元,较上年增加259.96万元(上年总收入3828.41万元)。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "259.96万元"]]);
    expect(errors(text.replace("259.96", "261.07"))).toEqual([]);
    // 上年结转 is an item of its own, not last year's 结转.
    expect(errors("本年收入100万元,较上年增加5万元(上年结转20万元)。结转20万元用于项目。")).toEqual(
      []
    );
  });

  it("a total that counts the items before it is theirs (环江县 2023: 9个项目共计…)", () => {
    const text =
      "一、资金使用情况\n2023年公益金用于以下项目:安良村篮球场4.00万元、中田屯篮球场4.00万元、门球场维修费4.76万元。3个项目共计12.76万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("12.76", "12.97"))).toEqual([["AUDIT-SUM", "12.97万元"]]);
    // A count that is not the items before it says nothing.
    expect(errors(text.replace("3个项目共计12.76", "2个项目共计8.97"))).toEqual([]);
  });

  it("a 其中 after wholes side by side gives each part to the whole its name begins like (甘肃省 2021)", () => {
    const text =
      "2021年安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:\n1.省级福利彩票公益金2亿元,市县福利彩票公益金1.67亿元。\n2.省级体育彩票公益金3.5亿元,市县彩票公益金1.23亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1.23亿元", "1.43亿元"))).toEqual([["AUDIT-SUM", "2.9亿元"]]);
  });

  it.each([
    ["市县彩票公益金1.23亿元万元,主要用于体育事业。", "亿元万元"],
    ["2021年山西省体育彩票销售额36,5452万元。", "36,5452"],
  ])("an amount printed wrong: %s", (text, words) => {
    const [finding] = auditText(text).findings;
    expect(finding).toMatchObject({ rule: "AUDIT-BLANK", severity: "error", printed: words });
  });

  it("quotes a whole with its parts listed in the sentence after (金寨县麻埠镇 2023)", () => {
    const text =
      "(二)金寨县麻埠镇人民政府2023年度下达上级资金转移支付755.19万元。其中:中央级资金转移支付124.23万元,省级资金转移支付370.83万元,市级资金260.3万元。";
    const [finding] = auditText(text).findings;
    expect(finding.rule).toBe("AUDIT-SUM");
    expect(finding.excerpt).toBe(text);
  });

  it("another unit's name in a sentence the report prints for its own (金寨县白塔畈镇 in 麻埠镇's)", () => {
    const own = "金寨县麻埠镇人民政府2023年度下达上级资金转移支付755.19万元。";
    const text = `(一)${own}\n(二)${own}\n(三)${own.replace("麻埠镇", "白塔畈镇")}`;
    expect(errors(text)).toEqual([["AUDIT-BLANK", "金寨县白塔畈镇"]]);
    // Other towns named in sentences of their own are no slip.
    expect(errors(`${own}\n与金寨县白塔畈镇人民政府联合开展巡查。`)).toEqual([]);
  });
});

describe("a table flattened to a line per row: a label and a bare number under a heading with the unit", () => {
  // 彭水县 2024, 计划生育转移支付 (its lines as the page printed them).
  const table = [
    "计划生育家庭特别扶助制度补助资金(万元)",
    "年度预算资金总额: 321.25 ",
    "其中:中央补助 166.00 ",
    "市级资金 135.00 ",
    "本级资金(包括结转结余) 20.25 ",
  ].join("\n");

  it("reads a total's line and the lines after its 其中 as its parts", () => {
    expect(errors(table)).toEqual([]);
    const wrong = table.replace("市级资金 135.00", "市级资金 136.00");
    const [finding] = auditText(wrong).findings;
    expect([finding.rule, finding.severity, finding.printed]).toEqual([
      "AUDIT-SUM",
      "error",
      "321.25",
    ]);
    // Quoted with the lines of its parts.
    expect(finding.excerpt).toContain("市级资金 136.00");
  });

  it("reads nothing without a unit declared above, nor a score's line", () => {
    expect(errors(table.replace("(万元)", "").replace("135.00", "136.00"))).toEqual([]);
    expect(
      errors("项目资金(万元)\n资金总额: 100.00\n其中:分值 10\n得分 95\n财政拨款 100.00")
    ).toEqual([]);
  });
});

describe("wording met in the twenty-second held-out batch", () => {
  it("totals that differ by what the text says is carried over balance (清流县 2021: 收支相抵,结转下年支出)", () => {
    const text =
      "2021年县级一般公共预算收入45343万元,调入资金6734万元,收入总计52077万元。全县一般公共预算支出35000万元,上解上级支出2814万元,支出总计37814万元,收支相抵,结转下年支出14263万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("14263", "14363"))).toEqual([["AUDIT-TOTALS", "37814万元"]]);
  });

  it("占预算的 is an execution rate, and a share right over another amount of its paragraph is of that one (枣庄市 2017)", () => {
    const text =
      "1-7月份,全市一般公共预算收入完成932687万元,占年度预算的64%。其中:税收收入完成653923万元,占预算的67.9%,税收比重70.1%;“四税”完成278026万元,“四税”比重42.5%。";
    expect(errors(text)).toEqual([]);
    // Right over neither: a share wrong, and with the 税收 share more than the whole between them.
    expect(errors(text.replace("比重42.5%", "比重52.5%"))).toEqual([
      ["AUDIT-SHARE", "122.6%"],
      ["AUDIT-SHARE", "52.5%"],
    ]);
  });

  it("a parenthesis right after a rate lists the parts of its item (昌吉市 2022)", () => {
    const text =
      "一般公共预算收入完成802143万元,其中:(1)地方一般公共预算收入完成404633万元,同比下降0.29%(税收收入199744万元、政府非税收入204889万元);(2)上级补助收入完成294842万元(返还性收入6544万元、一般性转移支付收入256585万元、专项转移支付收入31713万元);(3)调入资金176万元;(4)地方政府一般债务转贷收入58100万元;(5)上年结余收入44392万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("199744", "299744"))).toEqual([["AUDIT-SUM", "404633万元"]]);
  });

  it("a list in brackets right after the whole's amount ends at the bracket (米易县 2022)", () => {
    expect(
      errors(
        "2022年债务增加73,058万元,其中一般债务转贷收入4558万元(新增一般债券11,488万元,再融资债券33,670万元),专项债务转贷收入27,900万元。"
      )
    ).toEqual([["AUDIT-SUM", "4558万元"]]);
  });

  it("占…的比重 names its whole without who it is of (广西 2016), but not a part beside it or more than it", () => {
    const text =
      "今年1-4月,全区一般公共预算支出1091.71亿元,同比增长10.1%;其中民生支出完成868.04亿元,同比增长5.6%,民生支出占一般公共预算支出的比重达79.5%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("79.5%", "79.1%"))).toEqual([["AUDIT-SHARE", "79.1%"]]);
    // 广东省 2021: 转移支付 is 一般性 + 专项, not the 税收返还和转移支付 before them.
    expect(
      errors(
        "其中,对市县税收返还和转移支付4404.78亿元,占总支出的67%(包括一般性转移支付3030.61亿元,占转移支付比重达82%;专项转移支付663.82亿元)。"
      )
    ).toEqual([]);
  });

  it.each([
    // 新宁县马头桥镇 2020
    "县编委核定我镇编制共117人,其中行政编制48人,工勤编制4人,事业编制65人,年末实有在职人员113人,其中执行公务员津补贴人员48人,执行绩效工资人员65人,未超编。",
    // 兰州市西固区人民检察院 2020
    "我院批复编制为52人,其中政法编制52人,现有政法编制人员45人。",
    // 上犹县委党校 2025
    "编制人数小计20人,其中:行政编制人数0人,参照公务员法管理的事业编制人数7人,事业编制人数13人。实有人数小计17人,其中:在职人数小计17人,行政在职人数0人,参照公务员法管理的事业单位在职人数5人,事业单位在职人数12人。",
  ])(
    "posts (编制) and people (实有, 现有) are two counts, and a 小计 has its own parts: %s",
    (text) => {
      expect(errors(text)).toEqual([]);
    }
  );

  it("a part listed under another whole is that one's, not the 一般公共预算财政拨款支出's named after (张家界市统计局 2018)", () => {
    expect(
      errors(
        "2018年本年支出1366.23万元,其中基本支出802.21万元;项目支出564.01万元。\n2018年一般公共预算财政拨款支出668.3万元,占本年支出的48.92%。"
      )
    ).toEqual([]);
  });

  it("what ，含 says an amount includes ends at a ； and the text goes on about that amount (宁夏机关事务管理局 2013)", () => {
    const text =
      "机管局2013年收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加755.18万元,增长20.32%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("20.32%", "22.32%"))).toEqual([["AUDIT-PCT", "22.32%"]]);
  });

  it("in a 决算, 总收入 is the 收入总计 printed just before, and later shares of its list are of it too (西湖区委老干部局 2017)", () => {
    const text =
      "2017年度决算收入、支总计521.99万元。\n本年收入合计521.49万元,占总收入99.90%,包括财政拨款收入494.34万元,占94.70%;其他收入27.14万元,占5.20%。";
    expect(errors(text)).toEqual([]);
  });

  it("another unit's name given as the unit itself (本级) (垫江县裴兴镇 2021: 包家镇人民政府)", () => {
    const text =
      "垫江县裴兴镇人民政府下设党政办、财政办。\n单位构成情况:行政部门1个:包家镇人民政府(本级);事业部门1个:农业服务中心。";
    expect(errors(text)).toEqual([["AUDIT-BLANK", "包家镇"]]);
    expect(errors(text.replace("包家镇", "裴兴镇"))).toEqual([]);
  });
});

describe("wording met in the twenty-third held-out batch", () => {
  it("收支 after the totals is the totals (铜梁区双山镇卫生院 2020: 下降42.78% for 42.76%)", () => {
    const text =
      "1.总体情况2020年度收入总计385.28万元,支出总计385.28万元。收支较上年决算数减少287.87万元,下降了42.78%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "42.78%"]]);
    expect(errors(text.replace("42.78%", "42.76%"))).toEqual([]);
  });

  it("a change that lost its unit is named as such (北碚区 2020: 增加606.12元、增长7.9%)", () => {
    const [finding] = auditText(
      "2020年度收入总计:8254.47万元,支出总计:8254.47万元。收支较上年决算数增加606.12元、增长7.9%。"
    ).findings;
    expect(finding.rule).toBe("AUDIT-PCT");
    expect(finding.message).toContain("606.12万元");
  });

  it("what is carried over from last year is no part of the year's 收入合计 (巫山县铜鼓镇卫生院 2022)", () => {
    expect(
      errors(
        "2022年度收入合计959.78万元,较上年决算数增加105.9万元。其中:财政拨款收入549.33万元,占57.2%;事业收入410.45万元,占42.8%;年初结转和结余200万元。"
      )
    ).toEqual([]);
  });

  it("a share is quoted with the whole it is of, when near (武隆区农业农村委 2021)", () => {
    const text =
      "2021年度收入合计17116.72万元,较上年决算数减少6249.82万元。其中:财政拨款收入13681.64万元,占100%。";
    const [finding] = auditText(text).findings;
    expect(finding).toMatchObject({ rule: "AUDIT-SHARE", severity: "error", offset: 0 });
    expect(finding.excerpt).toBe(text);
  });
});

describe("template blanks met in the twenty-third held-out batch", () => {
  it.each([
    ["现将2018年人均公共文化财政支出目标任务数 万元(按人均达到185元计算)下达给你们。", "万元"],
    ["现下达你区2023年第一批专项补助 万元,并就有关事项通知如下:", "万元"],
    ["我区分配资金34.568.64万元,分配率100.17%。", "34.568.64"],
  ])("%s", (text, printed) => {
    expect(errors(text)).toEqual([["AUDIT-BLANK", printed]]);
  });

  it("a 绩效 table's target and done cells printed alike are no doubled word, nor a heading's (万元、%)", () => {
    expect(
      errors(
        "三级指标年初目标值 (A)实际完成值 (B)得分产出 指标数量指标成本控制不超过预算不超过预算10质量指标保证财政建设补助专款专用专款专用专款专用10"
      )
    ).toEqual([]);
    expect(errors("项目推进情况(个) | 资金拨付情况(万元、%) | ||||||||")).toEqual([]);
    // Outside such a table a doubled word is still one.
    expect(errors("主要原因原因是人员增加。")).toEqual([["AUDIT-BLANK", "原因原因"]]);
  });
});

describe("wording met in the twenty-fourth held-out batch", () => {
  it("收、支总计均为… then 收、支总计各增加… are one item (金口河区和平彝族乡 2023: the wrong denominator)", () => {
    const text =
      "2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,增长29.86%。";
    const [finding] = auditText(text).findings;
    expect([finding.rule, finding.severity, finding.printed]).toEqual([
      "AUDIT-PCT",
      "error",
      "29.86%",
    ]);
    expect(finding.message).toContain("42.56%");
    expect(errors(text.replace("29.86%", "42.56%"))).toEqual([]);
  });
});

describe("shares of a list and their whole", () => {
  it("a 其中 after a reason lists the parts of the whole, not of an amount in the reason (巫山县铜鼓镇卫生院 2022)", () => {
    const text =
      "2022年度支出合计1,159.78万元,较上年决算增加305.9万元,增长35.8%,主要原因是支付了200万元综合楼建设款。其中:基本支出794.01万元,占68.5%;项目支出365.77万元,占31.5%。";
    expect(errors(text)).toEqual([]);
    // One share wrong: it is said, and the shares of the parts that are the whole no longer make 100%.
    expect(errors(text.replace("占68.5%", "占58.5%"))).toEqual([
      ["AUDIT-SHARE", "90.0%"],
      ["AUDIT-SHARE", "58.5%"],
    ]);
  });

  it("shares over another total of the paragraph before are still the wrong denominator (山东省残联 2023)", () => {
    const text =
      "2023年度年初收支预算为50289.2万元,全年预算为63501.78万元,收支总决算63501.78万元,较上年度下降了20.73%。\n本年支出合计61658.08万元,预算执行率为97.10%。年末结转结余1843.7万元。其中,基本支出13645.88万元、占比21.49%,项目支出47881.27万元、占比75.40%,经营支出130.93万元、占比0.21%。";
    expect(errors(text).map(([rule]) => rule)).toContain("AUDIT-SHARE");
  });
});

describe("a whole known only by its budget, in a 决算", () => {
  it("adds up its parts' budgets too, with no rate beside it (found by hand on the built CLI)", () => {
    const text =
      "2020年度决算说明。\n2020年“三公”经费支出预算为11.52万元。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为11.52万元,公务用车购置及运行费支出预算为35万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "11.52万元"]]);
    expect(errors(text.replace("为35万元", "为0万元"))).toEqual([]);
  });
});

describe("wording met auditing whole published documents (江苏省 部门预算 2017–2019, ae86jack/open-budget)", () => {
  it("其中 as what a verb puts things in is no empty 其中 (江苏省政协办公厅 2018)", () => {
    const text =
      "机关运行经费支出1,115.85万元,与上年相比减少2,233.13万元,下降66.69%。主要原因是今年此表统计口径发生变化,项目支出的日常公用经费支出不再列入其中。";
    expect(errors(text)).toEqual([]);
    expect(errors("一般公共预算支出1,115.85万元,其中。")).toEqual([["AUDIT-BLANK", "其中"]]);
  });

  it("a word whose second copy starts 经费 is no doubled word (江苏省政协办公厅 2018)", () => {
    expect(
      errors("本部门预算还包括南京中国近代史遗址博物馆管理建设办公室9名在职人员人员经费。")
    ).toEqual([]);
    expect(errors("本部门预算还包括9名在职人员人员。")).toEqual([["AUDIT-BLANK", "人员人员"]]);
  });
});

describe("figures a whole document changes (mutations of real sentences that must be caught)", () => {
  it("a unit's name and year before the item are who and when (江苏省政协办公厅 2017, one rate changed)", () => {
    const text =
      "江苏省政协办公厅 2017 年度财政拨款预算支出 9,066.79 万元，占本年支出合计的 99.13%。与上年相比，财政拨款支出增加498.72 万元，增长 5.82%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("5.82%", "8.87%"))).toEqual([["AUDIT-PCT", "8.87%"]]);
  });

  it("收、支总预算 is the 收、支总计 the next sentence changes (江苏省高级人民法院 2018, one rate changed)", () => {
    const text =
      "江苏省高级人民法院 2018 年度财政拨款收、支总预算 33172.15万元。与上年相比，财政拨款收、支总计各增加 4322.77 万元，增长 14.98%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("14.98%", "21.42%"))).toEqual([["AUDIT-PCT", "21.42%"]]);
  });

  it("收、支预算 is each side's total; 收、支预算总计 after it is the same total (江苏省政协办公厅 2019, 江苏省委办公厅 2018)", () => {
    const both =
      "江苏省政协办公厅 2019 年度财政拨款收、支预算 13,297.11万元。与上年相比，财政拨款收、支总计各增加 3,226.63 万元，增长 32.04%。";
    expect(errors(both)).toEqual([]);
    expect(errors(both.replace("32.04%", "39.34%"))).toEqual([["AUDIT-PCT", "39.34%"]]);
    const short =
      "江苏省委办公厅2018年度财政拨款收、支总预算24458.43万元。与上年相比收、支预算总计各增加3756.18万元，增长18.14%。";
    expect(errors(short)).toEqual([]);
    expect(errors(short.replace("18.14%", "25.75%"))).toEqual([["AUDIT-PCT", "25.75%"]]);
    // A fund's own 收入预算总计 stays its own, and is no 收入总计 of the unit.
    expect(
      errors(
        "2019年度收入、支出预算总计27664.22万元。其中：1．财政拨款收入预算总计27664.22万元。2．财政专户管理资金收入预算总计0万元。"
      )
    ).toEqual([]);
  });

  it("a share of a total the text does not print is never over 100% (江苏省政协办公厅 2019, one share changed)", () => {
    const text =
      "江苏省政协办公厅 2019 年度财政拨款预算支出 13,297.11万元，占本年支出合计的 99.4%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("99.4%", "106.7%"))).toEqual([["AUDIT-SHARE", "106.7%"]]);
    // A budget or a plan may be exceeded.
    expect(errors("全年支出13,297.11万元，占年初预算总额的 106.7%。")).toEqual([]);
  });

  it("a list goes on in the next sentence when it names a part with its share as the last did (江苏省委办公厅 2017)", () => {
    const text =
      "省委办公厅本年收入预算合计 20849.45 万元，其中：一般公共预算收入 20702.25 万元，占 99.29%。财政专户管理资金 147.20 万元，占 0.71%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("占 0.71%", "占 1.87%")).map(([rule]) => rule)).toContain(
      "AUDIT-SHARE"
    );
  });

  it("收支总决算 and 收、支总计 are one total (国家信访局 2024, one rate changed)", () => {
    const text =
      "国家信访局 2024 年度财政拨款收支总决算 20727.53 万元。与 2023 年度相比，财政拨款收、支总计各增加 5551.7 万元，增长 36.58%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("36.58%", "43.88%"))).toEqual([["AUDIT-PCT", "43.88%"]]);
  });

  it("a 0万元 among amounts printed with cents is none at all (安徽省徽州师范学校 2022, one share changed)", () => {
    const text =
      "安徽省徽州师范学校2022年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0.00%;公务接待费支出决算1.50万元,占88.76%;公务用车购置及运行维护费支出决算0.19万元,占11.24%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("88.76%", "96.06%"))).toEqual([["AUDIT-SHARE", "96.06%"]]);
    // Where every amount is whole 万元, a 0万元 may be anything under half a 万元.
    expect(
      errors(
        "“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算2万元,占67%;公务用车购置及运行维护费支出决算1万元,占33%。"
      )
    ).toEqual([]);
  });
});

describe("wording met in 33 more whole published documents (部门预算 and 决算 of 15 cities, 2019–2026)", () => {
  it("a numbered heading said as a sentence names the amount after it (北京市民政局 2026)", () => {
    const text = [
      "2026 年财政拨款“三公”经费预算 282.16 万元，比 2025年财政拨款“三公”经费年初预算增加 33.50 万元，增长13.47%，主要原因：更新购置公务用车。其中：",
      "（一）因公出国（境）费用。2026 年预算数 159.00 万元，主要用于境外业务培训。",
      "（二）公务接待费。2026 年预算数 1.35 万元，主要用于国内公务接待支出。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    // The change is the "三公" total's, compared with its 年初预算: a wrong rate is still said.
    expect(errors(text.replace("增长13.47%", "增长23.47%"))).toEqual([["AUDIT-PCT", "23.47%"]]);
  });

  it("a long numbered heading said as a sentence names the budget and 决算 after it (国家信访局 2024, one rate changed)", () => {
    const text = [
      "国家信访局 2024 年度财政拨款支出年初预算为 15068.55 万元，支出决算为 13733.8 万元，完成年初预算的 91.14%。其中：",
      "1.一般公共服务（类）信访事务（款）行政运行（项）。年初预算为 5717.32 万元，支出决算为 5757.63 万元，完成年初预算的 100.71%。",
      "2.一般公共服务（类）信访事务（款）一般行政管理事务（项）。年初预算为 590.53 万元，支出决算为 4.7 万元，完成年初预算的0.8%。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("的0.8%", "的2.0%"))).toEqual([["AUDIT-PCT", "2.0%"]]);
  });

  it("a change naming nothing, opening the sentence after a list of parts, is their whole's (长春市信访局 2026)", () => {
    const text =
      "2026年预算支出1682.76万元，其中基本支出预算1208.20万元，占部门预算总支出的71.80%；项目支出预算474.56万元，占部门预算总支出的28.20%。2026年预算比2025年预算增加50.32万元，增长3.08%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增长3.08%", "增长3.58%"))).toEqual([["AUDIT-PCT", "3.58%"]]);
  });

  it("the funds of the projects evaluated are of their budgets, not of the 项目支出 spent (国家信访局 2024)", () => {
    const text =
      "本年支出合计19000.00万元，其中：基本支出15500.58万元，项目支出3499.42万元。\n国家信访局组织对2024年度一般公共预算项目支出全面开展绩效自评，其中，一级项目7个、二级项目16个，共涉及资金5105.75万元，占一般公共预算项目支出总额的100%。";
    expect(errors(text)).toEqual([]);
  });

  it("shares of 本年支出预算 that make 100% over their own amounts are of their sum, not of a total that also holds 年终结转 (北京市民政局 2026)", () => {
    const text = [
      "三、支出预算情况说明",
      "2026 年支出预算 71094.17 万元，比 2025 年年初预算数69043.50 万元增加 2050.67 万元，增长 2.97%。",
      "（一）基本支出。基本支出预算 45980.56 万元，占本年支出预算 66.33%。",
      "（二）项目支出。项目支出预算 23336.75 万元，占本年支出预算 33.67%。",
      "（三）年终结转结余资金 1776.86 万元。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    // One share changed: the shares no longer make their sum's, and each is checked against the total named.
    expect(errors(text.replace("66.33%", "64.33%")).map(([rule]) => rule)).toContain("AUDIT-SHARE");
  });

  it("财政拨款收支总预算 lists each side in full, with words before 收支 (国家信访局 2026)", () => {
    const text =
      "2026 年国家信访局财政拨款收支总预算 18,728.94 万元。收入全部为一般公共预算拨款，包括：一般公共预算当年拨款收入16,474.82 万元、上年结转 2,254.12 万元；支出包括：一般公共服务支出 15,291.3 万元，占 81.65%；教育支出 118.01 万元，占 0.63%；社会保障和就业支出 2,208.19 万元，占 11.79%；住房保障支出 1,111.44 万元，占 5.93%。";
    expect(errors(text)).toEqual([]);
    // As printed: both sides make 18728.94, not the 18,728.91 of their total.
    expect(errors(text.replace("18,728.94", "18,728.91"))).toEqual([
      ["AUDIT-SUM", "18,728.91 万元"],
    ]);
  });

  it("“本表金额转换为万元时” is no amount left out (佛山市轨道交通局 2019)", () => {
    expect(
      errors("注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。")
    ).toEqual([]);
    expect(errors("一般公共预算支出比上年增加万元。")).toEqual([["AUDIT-BLANK", "增加万元"]]);
  });

  it("** alone in a table's cell marks it, and is no blank; in a sentence it is (湖州市财政局 2026)", () => {
    expect(errors("科目编码\t科目名称\t**\n201\t一般公共服务支出\t100.00")).toEqual([]);
    expect(errors("一般公共预算支出比上年增加**万元。")).toEqual([["AUDIT-BLANK", "**"]]);
  });
});

describe("shares listed side by side with no whole printed (the whole each amount over its share implies)", () => {
  const text =
    "2.按支出用途分类，包括人员支出 1487.48 万元，占23.8%；日常公用支出 116.93 万元，占 1.9%；项目支出4651.90 万元，占 74.4%。";

  it("one share the others disagree with is wrong (湖州市退役军人事务局 2026, one share changed)", () => {
    expect(errors(text)).toEqual([]);
    const [finding] = auditText(text.replace("占23.8%", "占31.1%")).findings;
    expect([finding.rule, finding.severity, finding.printed, finding.expected]).toEqual([
      "AUDIT-SHARE",
      "error",
      "31.1%",
      "23.8%",
    ]);
  });

  it("needs three: of two, which one is wrong cannot be told", () => {
    expect(
      errors("包括人员支出 1487.48 万元，占31.1%；日常公用支出 116.93 万元，占 1.9%。")
    ).toEqual([]);
  });

  it("a list that is only some of the whole is checked the same way", () => {
    // Three parts of a 6256.31 whole, not all of it: still one whole.
    const partial =
      "其中人员支出 1487.48 万元，占23.8%；日常公用支出 116.93 万元，占 1.9%；专项业务费 3000.00 万元，占 48.0%。";
    expect(errors(partial)).toEqual([]);
    expect(errors(partial.replace("占 48.0%", "占 58.0%"))).toEqual([["AUDIT-SHARE", "58.0%"]]);
  });
});

describe("budgets worked out from execution rates", () => {
  const text =
    "“三公”经费财政拨款支出预算为76.43万元，2024年度支出决算为46.21万元，完成预算的60.46%。其中：因公出国（境）费支出决算为4.69万元，完成预算的15.63%；公务用车购置及运行费支出决算为40.61万元，完成预算的99.95%；公务接待费支出决算为0.9万元，完成预算的15.52%。";

  it("the parts' budgets (spending over rate) make the whole's printed budget (国家信访局 2024, one rate changed)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("15.63%", "22.31%"))).toEqual([["AUDIT-SUM", "76.43万元"]]);
  });

  it("a colon after the whole's figures opens the list of its parts (中山市委党校 2017)", () => {
    const text =
      "其中两项目涉及公共预算支出共213.37万元,两项目整体预算执行率为90.29%:“校园文化经费”项目支出20.67万元,预算执行率82.68%;“校园场室修缮和设施维护经费”项目支出192.70万元,预算执行率为91.24%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "90.29%"]]);
    expect(errors(text.replace("90.29%", "90.33%"))).toEqual([]);
  });

  it("with no budget printed, the whole's own rate is over their sum", () => {
    const noBudget =
      "两项目支出共213.37万元，预算执行率为90.33%。其中：“校园文化经费”项目支出20.67万元，预算执行率82.68%；“校园场室修缮和设施维护经费”项目支出192.70万元，预算执行率为91.24%。";
    expect(errors(noBudget)).toEqual([]);
    expect(errors(noBudget.replace("90.33%", "90.29%"))).toEqual([["AUDIT-PCT", "90.29%"]]);
  });
});

describe("wording met in 60 more whole documents (a crawler's downloads, measured on arrival)", () => {
  it("shares of parts that are all 0 need not make 100% (无锡市城市管理和综合执法局 2026)", () => {
    expect(
      errors(
        "2026年“三公”经费预算0万元。其中，因公出国（境）费支出 0 万元，占“三公”经费的 0%；公务用车购置及运行维护费支出 0 万元，占“三公”经费的 0%；公务接待费支出 0 万元，占“三公”经费的 0%。"
      )
    ).toEqual([]);
  });

  it.each([
    // 机关党委 is named but, as the text says, not counted.
    "局本级内设处室3个，分别为办公室、人事处、信访处、机关党委（不纳入内设机构数）。",
    // The count is of the 处室 only.
    "局本级内设3个处室及机关党委，分别是办公室、信访处、调查监测处、机关党委。",
    // 综合一处至综合九处 are nine.
    "办公厅设12个处室，分别为：办公室、组织人事处、综合一处至综合九处、秘书处。",
  ])("a count against the names it counts: %s", (text) => {
    expect(errors(text)).toEqual([]);
    expect(errors("设3个内设机构，分别为：办公室、财务科。")).toEqual([
      ["AUDIT-SUM", "3个内设机构"],
    ]);
  });

  it('会议费 and 培训费 beside the "三公" parts are none of them (西安市司法局 2026)', () => {
    const text = [
      "本部门当年一般公共预算“三公”经费预算支出80.11万元，较上年减少4.70万元，下降5.54%。",
      "因公出国（境）经费0.00万元；公务接待费3.01万元，较上年增加0.70万元，增长30.30%；公务用车运行维护费77.10万元，较上年减少5.40万元，下降6.55%；公务用车购置费0.00万元。本部门当年一般公共预算会议费预算支出23.09万元，较上年增加12.84万元，增长125.27%。本部门当年一般公共预算培训费预算支出66.53万元。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
  });

  it("the whole named again in its list ends the list (西安市商务局 2022)", () => {
    const text =
      "2022 年本部门预算收入58124.29 万元，其中一般公共预算拨款收入 57398.06 万元、政府性基金拨款收入 0 万元、事业收入 726.23 万元，上年实户资金 0 万元，2022 年本部门预算收入较上年增加 5764.04 万元，主要原因是专项资金增加；2022年本部门预算支出 58124.29 万元，其中一般公共预算拨款支出 57398.06 万元、政府性基金拨款支出 0 万元、事业支出 726.23 万元，2022 年本部门预算支出较上年增加5764.04 万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("事业收入 726.23", "事业收入 826.23"))).toEqual([
      ["AUDIT-SUM", "58124.29 万元"],
    ]);
  });

  it("after a reason and a ；, the flow named is a new subject (广州市生态环境局 2026)", () => {
    const text =
      "2026年本部门收入预算89,421.55万元，比上年减少6,602.58万元，下降6.9%，主要原因是一是人员增加，基本支出收入预算增加5,505.45万元，二是减少项目收入预算；支出预算89,421.55万元，比上年减少6,602.58万元，下降6.9%。";
    expect(errors(text)).toEqual([]);
  });

  it("“三是比上年增加了…” is a change of the item it names, and the flow after the ； a new subject (广州市发展和改革委员会 2026)", () => {
    const text =
      "2026年本部门收入预算155,723.39万元，比上年减少7,507.97万元，下降4.6%。较大的项目变动，一是比上年减少了补助资金53,790.41万元；二是比上年增加了发展经费30,000万元；三是比上年增加了产业类专项资金16,861.78万元；支出预算155,723.39万元，比上年减少7,507.97万元，下降4.6%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace(/下降4.6%。$/, "下降5.6%。"))).toEqual([["AUDIT-PCT", "5.6%"]]);
  });

  it("a change of 财政拨款支出 after the 一般公共预算财政拨款支出 is that one's (西安市卫生健康委员会 2022)", () => {
    const text =
      "2022年度一般公共预算财政拨款支出年初预算139,217.01万元，支出决算296,047.75万元，完成年初预算的212.65%。与上年相比，财政拨款支出减少17,151.62万元，下降5.48%，下降的主要原因是：北院区建设财政拨款减少。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("下降5.48%", "下降6.48%"))).toEqual([["AUDIT-PCT", "6.48%"]]);
  });

  it("a 项目支出 of all the funds, in another section, is no part of the 一般公共预算's (无锡市教育局 2026)", () => {
    const text = [
      "三、支出预算情况说明",
      "本年支出预算合计131,349.60万元，基本支出 2,531.48 万元，占 1.93%；项目支出 128,818.12 万元，占 98.07%。",
      "七、一般公共预算支出预算情况说明",
      "无锡市教育局（本级）2026 年一般公共预算财政拨款支出预算105,814.6 万元，与上年相比增加 24,193.01 万元，增长 29.64%。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
  });

  it("a 包括 that says what was done, with no amount, lists no parts (深圳市生态环境局 2026)", () => {
    const text =
      "1.生态环境管理项目 1,589.01 万元，主要包括：法制与宣传工作 368.49 万元，主要用于法制建设与宣传普及工作，包括开展系列宣传教育活动及省市区报刊专栏合作；编外人员 911.70 万元，主要用于劳务派遣服务项目劳务费；管理所运行工作 308.82 万元，主要用于下设管理所的日常工作经费。";
    expect(errors(text)).toEqual([]);
  });

  it("低空航空航天 runs words together and doubles none (广州市发展和改革委员会 2026)", () => {
    expect(errors("委本级内设处室包括产业发展处、低空航空航天发展处、服务业处。")).toEqual([]);
    expect(errors("主要用于用于贯彻落实“产业强市”主导战略。")).toEqual([
      ["AUDIT-BLANK", "用于用于"],
    ]);
  });

  it("a document titled as a budget is one, though its duties mention 决算 (苏州市审计局 2026)", () => {
    const text = [
      "苏州市审计局2026年度部门预算",
      "（四）直接审计下列事项：市级财政预算执行情况、决算草案以及其他财政收支情况。",
      "四、财政拨款收支预算总体情况说明苏州市审计局 2026 年度财政拨款收、支总预算 4,651.67 万元。与上年相比，财政拨款收、支总计各增加 47.15 万元，增长1.02%。",
    ].join("\n");
    expect(auditText(text).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(errors(text.replace("增长1.02%", "增长2.30%"))).toEqual([["AUDIT-PCT", "2.30%"]]);
  });

  it("金额转化为万元 is no amount left out", () => {
    expect(errors("注：本表金额转化为万元时，四舍五入可能存在尾差。")).toEqual([]);
  });
});

describe("a rate of a change to this year's amount", () => {
  it("is bounded at the corners of the printed ranges, the change being in it twice (湖州市退役军人事务局 2026)", () => {
    // 25 over 26.10: 95.8%; with 25 meaning 24.5–25.5, 95.70% to 95.86% — never 95.0%.
    const text = "2026 年“三公”经费预算数为1.10 万元，比上年预算数减少 25 万元，下降 95.0%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "95.0%"]]);
    expect(errors(text.replace("95.0%", "95.8%"))).toEqual([]);
  });

  it("from the two amounts alone is 本年 ÷ 上年 − 1, bounded by their ranges", () => {
    // 1 over 26 (each ± 0.5) is a fall of 94.1% to 98.1%; the change divided by 上年 would allow 90.6% to 102%.
    const text = "2026年“三公”经费支出1万元，上年支出26万元，下降91%。";
    expect(errors(text).map(([rule]) => rule)).toContain("AUDIT-PCT");
    expect(errors(text.replace("91%", "96%"))).toEqual([]);
  });
});

describe("rates the whole documents hid (found by changing one rate at a time)", () => {
  it("a rate said to be 基本持平 is still checked (杭州市气象局 2026)", () => {
    const text =
      "2026 年收入预算 5,876.67 万元，比上年执行数增加48.92 万元，增长 0.8%，与上年基本持平。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增长 0.8%", "增长 2.0%"))).toEqual([["AUDIT-PCT", "2.0%"]]);
  });

  it("持平 in a reason is about something else (泉州市人民政府办公室 2026)", () => {
    const text =
      "公务用车购置费 261.90 万元，比上年减少 2.30 万元，下降1.19%。主要原因是: 车改后机关自行管理的公务用车数量与上年相比不变，经费定额与上年持平；本年车辆购置税预算减少。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "1.19%"]]);
  });

  it("a change naming nothing after a count is the money item's (杭州市司法局 2026)", () => {
    const text =
      "公务用车购置支出 151.68万元（含购置税等附加费用），主要用于经批准购置的 5辆公务用车，比上年预算数增加 27.78 万元，增长 22.4%，主要原因是本年度拟更新购置大客车。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增长 22.4%", "增长 32.4%"))).toEqual([["AUDIT-PCT", "32.4%"]]);
  });

  it("上年预算 is last year's amount of a budget", () => {
    const text = "2026年“三公”经费预算1万元，上年预算26万元，下降96%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("96%", "91%"))).toEqual([["AUDIT-PCT", "91%"]]);
  });

  it("a title over three lines says the document is a budget (泉州市人民政府办公室 2026)", () => {
    const text = [
      "2026 年度",
      "泉州市人民政府办公室",
      "部门预算",
      "（一）主要职能：负责市政府决算草案的审核汇总。",
      "（三）公务用车购置及运行费2026 年预算安排 293.90 万元，其中：公务用车运行费32.00 万元，比上年增加 0.00 万元，增长 0.00%，与上年持平；公务用车购置费 261.90 万元，比上年减少 2.30 万元，下降2.09%。",
    ].join("\n");
    expect(errors(text)).toEqual([["AUDIT-PCT", "2.09%"]]);
  });
});

describe("wording met in a fourth batch (西南大学 2021–2024 部门预算与决算, measured on arrival)", () => {
  const INCOME_LIST = [
    "我校 2021 年收入预算 490,808.40 万元（本年预算收入390,140.45 万元），其中：",
    "一般公共预算拨款收入 216,552.53万元，占总收入的 44.12%；事业收入 124,020.47 万元，占总收入的 25.27%;其他收入 49,567.45 万元，占总收入的10.10%；使用非财政拨款结余 18,953.78 万元，占总收入的3.86%；上年结转 81,714.17 万元，占总收入的 16.65%。2021 年本年预算收入 390,140.45 万元，与上年相比减少 1,106.89 万元。",
  ];

  it("after a bare 其中：, a line that lists the parts is the whole list, and ends with its sentence", () => {
    expect(errors(INCOME_LIST.join("\n"))).toEqual([]);
    // Parts that do not make the whole are still found.
    expect(errors(INCOME_LIST.join("\n").replace("81,714.17", "81,914.17"))).toEqual([
      ["AUDIT-SUM", "490,808.40 万元"],
      // Each part's share is of the whole on the line before ("占总收入的"), the changed one's too.
      ["AUDIT-SHARE", "16.65%"],
    ]);
    // Parts a line each, after a bare 其中：, still go on to the next line.
    const linePerPart = "收入总计100万元，其中：\n财政拨款收入60万元。\n事业收入50万元。";
    expect(errors(linePerPart)).toEqual([["AUDIT-SUM", "100万元"]]);
  });

  it("counts of people by title and by supervisor's role are two breakdowns, not one list", () => {
    expect(
      errors(
        "现有专任教师3120 人，其中教授 727 人、副教授 1277 人，博士生导师 535 人、硕士生导师 1699 人。"
      )
    ).toEqual([]);
    // One breakdown over its whole is still wrong.
    expect(errors("现有专任教师3120人，其中教授1727人、副教授1277人、讲师500人。")).toEqual([
      ["AUDIT-SUM", "3120人"],
    ]);
    // Money items whose names read like those are money, and are summed as ever.
    expect(errors("项目支出100万元，其中研究生教育经费60万元、人才引进经费50万元。")).toEqual([
      ["AUDIT-SUM", "100万元"],
    ]);
  });

  it("each part's share of 总收入 is of the whole its line of parts is listed under", () => {
    const text = INCOME_LIST.join("\n").replace("占总收入的 44.12%", "占总收入的 51.42%");
    expect(errors(text)).toEqual([["AUDIT-SHARE", "51.42%"]]);
  });

  it("a numbered line of the functional classification names the figures after its 主要用于 sentence", () => {
    const lines = [
      "（三）一般公共预算财政拨款支出决算具体情况一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。其中：",
      "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。年初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的100.00%。决算数同预算数持平。",
      "2、社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）。主要用于：事业单位退休人员支出。年初预算为 28.11 万元，支出决算为 28.11 万元，完成年初预算的100.00%。",
      "3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：行政事业单位养老保险支出。年初预算为 452.40 万元，支出决算为446.11 万元，完成年初预算的 98.61%。",
    ];
    expect(errors(lines.join("\n"))).toEqual([]);
    // (上海市普陀区规划和自然资源局 2024: each line's rate was lost to the whole's, and a changed one went unseen.)
    expect(errors(lines.join("\n").replace("98.61%", "105.91%"))).toEqual([
      ["AUDIT-PCT", "105.91%"],
    ]);
    // Each line is a part of the whole, not of the line before it.
    const claims = findClaims(lines.join("\n"));
    const whole = claims.items[0];
    expect(claims.items.slice(1).map((item) => item.parent)).toEqual([whole, whole, whole]);
  });

  it.each([
    // 河南省人社厅 2021–2024 职业技能竞赛经费 绩效评价报告: what was planned, then what was spent in fact.
    ["项目共下达预算资金13534.70万元，实际执行12634.70万元，执行率93.35%。", []],
    [
      "项目共下达预算资金13534.70万元，实际执行12634.70万元，执行率100.65%。",
      [["AUDIT-PCT", "100.65%"]],
    ],
    // The passage corpus's 和静县 2021: paid, and its 支付完成率.
    [
      "2021年下达财政专项扶贫资金197万元,截止到2021年12月31日,实际已支付186.98万元,支付完成率为94.91%。",
      [],
    ],
    [
      "2021年下达财政专项扶贫资金197万元,截止到2021年12月31日,实际已支付186.98万元,支付完成率为98.91%。",
      [["AUDIT-PCT", "98.91%"]],
    ],
    ["项目资金到位80万元，实际支出60万元，资金使用率85%。", [["AUDIT-PCT", "85%"]]],
    ["专项资金100万元，已支付80万元，支付率80%。", []],
    // With no rate after them, two amounts are what they say: income, and spending.
    ["本年收入100万元，实际支出90万元。", []],
  ])("an execution rate of what was planned and what was spent in fact: %s", (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });

  it.each([
    // A university's name, then its students.
    ["建立基于西南大学大学生“劳动教育+专业成长”的劳动教育建设区。", []],
    // The template's "{项目名称}项目绩效目标表" after a name that ends in 项目.
    ["（二十三）幼儿普通话教育项目项目绩效目标表（2024 年度）", []],
    ["打造丰富的教育教育资源，并培育优质教育成果。", [["AUDIT-BLANK", "教育教育"]]],
  ])("doubled words: %s", (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });

  // Rows of 2026 部门预算 tables pasted from their PDFs (西安市公安局 政府采购预算表, 无锡市教育局 项目支出表): a code or a
  // school, then the item, then its name in the next cell — no punctuation on the line.
  it.each(["C05040300保安服务保安服务", "梅村高中物业管理费物业管理费"])(
    "a word doubled on a line with no punctuation is a 提示 that two cells ran together: %s",
    (row) => {
      const text = `本单位2026年政府采购预算合计120.00万元。\n${row}\n`;
      expect(errors(text)).toEqual([]);
      const [finding] = auditText(text).findings;
      expect(finding.severity).toBe("info");
      expect(finding.message).toMatch(/单元格/);
      // The same words in a sentence are a slip.
      expect(errors(`本单位${row}，合计120.00万元。`)).toHaveLength(1);
    }
  );
});

describe("scores in a 绩效 report (河南省人社厅 2021–2024 职业技能竞赛经费 绩效评价报告)", () => {
  const SUMMARY =
    "项目总体评价得65.00分，评价等级为“中”，其中：决策指标10.40分，得分率69.33%，扣分项是立项程序规范性；过程指标得11.47分，得分率45.88%，扣分项是管理制度健全性；产出指标19.88分，得分率79.52%；效益指标23.25分，得分率66.43%。";
  const TABLE = [
    "一级指标\t决策\t过程\t产出\t效益\t合计",
    "分值\t15.00\t25.00\t25.00\t35.00\t100.00",
    "得分\t10.40\t11.47\t19.88\t23.25\t65.00",
    "得分率\t69.33%\t45.88%\t79.52%\t66.43%\t65.00%",
  ].join("\n");

  it("as printed, every score agrees with the others", () => {
    expect(
      auditText(`${SUMMARY}\n${TABLE}\n决策指标共15分，评价得分10.40分，得分率69.33%。`).findings
    ).toEqual([]);
  });

  it.each([
    // A first-level score changed: the four (决策, 过程, 产出, 效益) are all of the total.
    [SUMMARY.replace("效益指标23.25分", "效益指标25.25分"), [["AUDIT-SUM", "65.00分"]]],
    ["决策指标共15分，评价得分10.40分，得分率76.63%。", [["AUDIT-PCT", "76.63%"]]],
    [TABLE.replace("\t66.43%", "\t76.43%"), [["AUDIT-PCT", "76.43%"]]],
    [
      TABLE.replace("\t65.00\n", "\t66.00\n"),
      [
        ["AUDIT-SUM", "66.00分"],
        ["AUDIT-PCT", "65.00%"],
      ],
    ],
    // The 分值 of the four make the total's.
    [
      TABLE.replace("\t35.00\t", "\t30.00\t"),
      [
        ["AUDIT-SUM", "100.00分"],
        ["AUDIT-PCT", "66.43%"],
      ],
    ],
    // No score is more than its 分值, which is exact: 10分 is 10.
    ["预算执行率（10分）得分10.5分。", [["AUDIT-SUM", "10.5分"]]],
    ["满意度指标得分9分（满分10分）。", []],
    // A selection of the indicators may be less than the total, never more.
    ["总得分90分，其中产出指标40分、效益指标30分。", []],
    ["综合得分90分，其中产出指标50分、效益指标45分。", [["AUDIT-SUM", "90分"]]],
    // The 自评表's scheme: 预算执行率, 产出, 效益, 满意度.
    [
      "经自评，本部门2023年度部门整体支出绩效自评得分为95.5分，其中：预算执行率得分9.8分，产出指标得分48分，效益指标得分28.7分，满意度指标得分9分。",
      [],
    ],
    [
      "经自评，本部门2023年度部门整体支出绩效自评得分为95.5分，其中：预算执行率得分9.8分，产出指标得分48分，效益指标得分26.7分，满意度指标得分9分。",
      [["AUDIT-SUM", "95.5分"]],
    ],
    // The parts in the sentence after the total, opening with 其中; a project's own 自评得分 is its total.
    [
      "该项目自评得分为92.0分，评价等级为“优”。其中决策指标18.0分，过程指标19.0分，产出指标38.0分，效益指标17.0分。",
      [],
    ],
    [
      "该项目自评得分为92.0分，评价等级为“优”。其中决策指标18.0分，过程指标19.0分，产出指标38.0分，效益指标19.0分。",
      [["AUDIT-SUM", "92.0分"]],
    ],
    // Points taken off are no score of their own.
    [
      "总得分95分，其中：产出指标得分48分，扣2分；效益指标得分28分；预算执行率得分10分；满意度指标得分9分。",
      [],
    ],
    // Scores printed whole, each rounded: a total one point off their sum is rounding, not wrong.
    [
      "自评总得分94分，其中：预算执行率得分9分，产出指标得分48分，效益指标得分27分，满意度指标得分9分。",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
});

describe("a 自评表 whose heading has no cell over the rows' labels (金寨县茶谷和美丽乡村建设服务中心 2023)", () => {
  const TABLE = [
    "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||||||",
    "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | ||||||||",
    "其中:当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — | |||||||",
  ].join("\n");

  it("reads each row's figures one cell later: 338.31 spent of 329.77 is 102.59%", () => {
    expect(errors(TABLE)).toEqual([]);
    expect(errors(TABLE.replace("| 102.59% | |", "| 112.59% | |"))).toEqual([
      ["AUDIT-PCT", "112.59%"],
    ]);
  });
});

describe("a PDF's running header copied into the text (苏州/无锡 2026 部门预算, pages' lines run on)", () => {
  const HEADER = "无锡市应急管理综合行政执法监督局 2026 年度单位预算公开";
  const TEXT = [
    HEADER,
    `一、收支预算总体情况说明${HEADER}收入总计 1,136.23 万元。`,
    `3.住房改革支出（款）购房补贴（项）支出 103.44 万元，与${HEADER}上年相比增加 30.11 万元，增长 41.06%。`,
    `单位预算公开${HEADER}表一`,
  ].join("\n");

  it("is blanked where it stands inside a line, so the change it hid is read and checked", () => {
    expect(errors(TEXT)).toEqual([]);
    expect(errors(TEXT.replace("41.06%", "48.36%"))).toEqual([["AUDIT-PCT", "48.36%"]]);
  });

  it("keeps every offset: a finding points at the text as pasted", () => {
    const text = TEXT.replace("41.06%", "48.36%");
    const [finding] = auditText(text).findings.filter((f) => f.severity === "error");
    expect(text.slice(finding.mark.start, finding.mark.end)).toContain("48.36%");
    expect(finding.excerpt).toHaveLength(
      text.slice(finding.offset, finding.offset + finding.excerpt.length).length
    );
  });

  it("a phrase printed fewer than three times is no header", () => {
    expect(blankRunningHeaders(`${HEADER}\n与${HEADER}相比`)).toBe(`${HEADER}\n与${HEADER}相比`);
  });

  it("a table's code run into it doubles no word (…预算公开 then 公开 01 表)", () => {
    const captions = `${TEXT}\n${HEADER}公开 01 表\n${HEADER}公开 02 表`;
    expect(errors(captions)).toEqual([]);
    // (Before the header was blanked, each caption read as 公开公开, a doubled word.)
    // (Before the header was blanked, each caption read as 公开公开 — on a line with no punctuation, a 提示 that two
    // cells may have run together.)
    const [caption] = auditText(`${HEADER}公开 01 表`).findings;
    expect([caption.rule, caption.severity, caption.printed]).toEqual([
      "AUDIT-BLANK",
      "info",
      "公开公开",
    ]);
  });
});

describe("a numbering printed with a space in its bracket, as PDFs copy it", () => {
  it("（9 ） numbers a new item, not an aside of the one before", () => {
    expect(
      errors(
        "（8）附属单位上缴收入 0 万元，与上年预算数相同。（9 ）其他收入 25,585 万元，与上年相比增加 25,585 万元（去年预算数为 0 万元，无法计算增减比率）。"
      )
    ).toEqual([]);
  });
});

describe("wording met in a fifth batch (published 部门预算 and 绩效评价 text, measured on arrival)", () => {
  /** 长沙市国资委 2020 国企改革稳定专项资金 绩效评价报告 (calinchow-del/renwu, 015_长沙). */
  const CHANGSHA =
    "②困难企业社保欠费补助项目预算3,750万元，实际支出3,706.09万元,预算执行率98.83%。其中：\n消化困难企业历年欠缴社保费挂账及政府兜底企业的社保欠费分年支付预算3,000万元，实际支出3,000万元，预算执行率100%,由市财政直接拨付。\n解决困难国有企业欠缴社保费职工到龄不能退休补助项目预算400万元，实际支出400万元，预算执行率100%。其中：拨付长沙博达资产管理有限公司（原锦尚纺）170万元、长沙保温瓶总厂90万元、长沙博创电工器材有限公司（原电工器材）70万元、长沙市石材有限公司70万元，用于补助以上四家困难企业共67人的社保欠费问题。\n解决困难集体企业欠缴社保费职工到龄不能退休的资金补助预算350万元，实际支出306.09万元，预算执行率87.45%。用于补助长沙市毛毯厂、长沙巧克力食品厂、长沙特种灯泡厂、长沙广播通讯设备实业公司、长沙汽车附件一厂、长沙电器控制设备厂、湖南矿用橡胶有限责任公司、长沙安全绳网厂、长沙市塑料六厂、长沙市第三制鞋厂、长沙市低压开关厂11家企业共47人的社保欠缴问题。\n③困难企业特困救助、职工帮扶资金预算3,087万元，实际支出2,614.42万元，预算执行率84.69%。其中：\n关停企业困难补助预算600万元，实际支出600万元，预算执行率100%。用于：工改办负责的企业22家，资金420.8万元；商改办负责的企业4家，资金48万元；城镇联社负责的企业13家，资金110.4万元；长沙市国有资产经营集团有限公司（以下简称“市国资集团”）负责的企业1家，资金20.8万元。\n三户特困企业特困救助预算57万元，实际支出54.54万元，预算执行率95.68%。主要用于长沙保温瓶厂特困救助。\n留守机构补助资金预算700万元，实际支出447.27万元，预算执行率63.9%。补助了长沙中意体育用品联合留守组、天心区联合留守组、岳麓区联合留守组、雨花区联合留守组、开福区联合留守组、芙蓉区联合留守组、湖南化学试剂总厂留守组、长轴留守组、浏磷留守组、长重留守组、湖药留守组等11家留守机构共27家企业134名留守人员的工资社保等待遇问题。\n国有企业领导班子成员特困补助预算210万元，实际支出202.31万元，预算执行率96.34%。用于：工改办负责的企业657人、商改办负责的企业203人、城镇联社负责的企业74人、市国资委负责的企业46人、市交通运输局负责的企业35人、市供销合作社负责的企业23人、长沙市农业农村局负责的企业6人、市发改委负责的企业22人、长沙燃气实业有限公司负责的企业1人的国有企业领导班子成员特困补助。\n国有企业职教幼教退休教师生活补助预算1,020万元，实际支出1,020万元，预算执行率100%，由市财政直接拨付。\n两节两会慰问预算220万元，实际支出220万元，预算执行率100%。用于：对工改办负责的企业38家，商改办负责的企业7家、城镇联社负责的企业22家、市国资委负责的企业2家。\n应急资金预算280万元，实际支出70万元，预算执行率25%。主要用于黑麋峰村救助资金和产业扶贫资金20万元，湘江化工厂经济适用房遗留问题处理资金50万元。\n④困难企业安全生产隐患整改引导资金预算到位400万元，实际支出385万元，预算执行率96.25%。用于解决28家企业安全生产隐患整改，其中：工改办负责的10家企业，商改办负责的2家企业、城镇联社负责的1家企业、长房集团负责的3家企业、粮食集团负责的4家企业、城发集团负责的1家企业、产投集团负责的3家企业、曙光集团负责的1家企业、龙骧集团负责的1家企业、建发集团负责的2家企业。";

  it("the lines after a bare 其中 are each a part of the item before it; a circled ③ ends them; 主要用于… details the item before", () => {
    expect(errors(CHANGSHA)).toEqual([]);
    // ② 3,706.09 = 3,000 + 400 + 306.09: one part more makes the parts more than the whole.
    // (And 356.09 of 350 is no rate of 87.45%.)
    expect(errors(CHANGSHA.replace("实际支出306.09万元", "实际支出356.09万元"))).toEqual([
      ["AUDIT-SUM", "3,706.09万元"],
      ["AUDIT-PCT", "87.45%"],
    ]);
  });

  /** 中共西安市委宣传部 2021 年部门综合预算 (calinchow-del/renwu, 020_西安). */
  const XIAN =
    "2021 年本部门当年一般公共预算拨款支出 25859.6 万元，较上年增加 19359.12 万元，主要原因是 2021 年专项资金列入部门预算的项目金额比 2020 年增加。\n2、支出按功能科目分类的明细情况。\n2021 年本部门当年一般公共预算支出 25859.6 万元，其中：\n（1）行政运行（2013301）1765.18 万元，较上年增加 254.45 万元，原因是 2021 年公用经费标准调整；\n（2）一般行政管理事务（2013302）3096.4 万元，较上年减少 28.98 万元，原因是 2021 年预算贯彻财政“过紧日子”要求压缩经费；\n（3）培训支出（2050803）109.6 万元，较上年增加 109.6 万元，原因是 2020 年预算培训费计入一般行政管理事务；\n（4）电影（2070607）338.16 万元，较上年减少 22.2 万元，原因是 2021 年电影放映场次预期较 2020 年减少；\n（5）文化产业发展专项支出（2079903）20000 万元，较上年增加 20000 万元，原因是 2020 年预算无内容；\n（6）机关事业单位基本养老保险缴费支出（2080505）145.00 万元，较上年增加 7.73 万元，原因是 2021 年人员工资增加；\n（7）机关事业单位职业年金缴费支出（2080506）72.5 万元，较上年增加 3.87 万元，原因是 2021年人员工资增加；\n（8）其他社会保障和就业支出（2089999）1.58 万元，较上年减少 2.31 万元，原因是 2021 年该明细分类没有生育保险部分，金额减少；\n（9）行政事业单位医疗（2101101）38.74 万元，较上年增加 4.39 万元，原因是 2021 年人员工资增加；\n（10）住房公积金（2210201）192.99 万元，较上年增加 15.96 万元，原因是 2021 年人员工资增加；\n（11）购房补贴（2210203）99.45 万元，较上年增加 16.627 万元，原因是 2021 年我单位申报的购房补贴比 2020 年多。";

  it("parts whose amounts make their whole to the 分 bound its change: it can be less (a line of last year gone), not more", () => {
    // The eleven lines' changes add to +20359.14, 1000.02 more than the whole's +19359.12: a line of 2020 not in 2021.
    expect(errors(XIAN)).toEqual([]);
    // The change printed with the whole named a section before, more than its lines' changes can make.
    const more = XIAN.replace("较上年增加 19359.12 万元", "较上年增加 21359.12 万元");
    expect(errors(more)).toEqual([["AUDIT-SUM", "21359.12 万元"]]);
    const [finding] = auditText(more).findings;
    expect(finding.excerpt).toContain("较上年增加 21359.12 万元");
  });

  /** 稷山县翟店镇卫生院 2021 基本公共卫生服务 项目支出绩效自评表, a table run into one line (keke.chddh.cn). */
  const JISHAN =
    "稷山县项目支出绩效自评表 (2021年度) 项目名称 国家基本公共卫生服务 主管部门 稷山县卫生健康和体育局 年初预算 数 0 项目资金 (万元) 年度资金总额 实施单位 稷山县翟店镇卫生院 全年预算数 全年执行数 分值 执行率 得分 0 207.4538 10 100% 10 207.4538 — 100% — 其中:当年财政拨款 上年结转资金 其他资金 年度 总体 目标 一级 指标 — 国家基本公共卫生服务 国家基本公共卫生服务 年度 实际 指标值 完成值 指标1:居民健康档案 38508人 指标2:发放健康教育资料 不少于12 种 不少于6 种 116次 6次 二级指标 三级指标 指标5:举办健康教育知识讲座 分值 得分 37442人 3 3 14种 1 1 28种 1 1 150次 1 1 150次 1 1 指标6:举办健康教育宣传咨询活动 12次 96次 1 1 指标7:建立预防接种证 221人 221人 2 2 指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标9:0-6岁儿童健康管理数 2089人 2089人 2 2 指标10:0-6岁儿童眼保健操覆盖数 2089人 2089人 2 2 指标11:新生入访视数 214人 214人 2 2 指标12:孕产妇7天访视数 214人 203人 2 1.8 指标13:孕产妇42天访视数 214人 203人 2 1.8 指标14:早孕建册数 120人 69人 2 1 指标15:老年人体检数 5662人 4044人 2 1.4 指标16:高血压规范管理数 3807人 3224人 2 1.9 指标17:高血压随访控制数 3807人 3220人 2 1.8 指标18:糖尿病规范管理数 863人 695人 2 1.8 指标19:糖尿病随访控制数 863人 683人 2 1.7 指标20:严重精神障碍患者管理数 212人 209人 2 1.8 指标21:肺结核健康规范管理数 8例 8例 2 2 指标22:老年人中医药规范管理数 5662人 4044人 2 1.4 指标23:0-36月龄中医药规范管理数 1228人 770人 2 1.8 指标24:传染病及突发公共卫生事件报告 数 指标25:家庭医生签约率 14例 14例 2 2 24694人 22584人 2 1.7";

  it("a whole table run into one line is no sentence: no list of parts runs through its cells", () => {
    expect(errors(JISHAN)).toEqual([]);
  });
});

describe("a whole printed in a smaller unit than its parts", () => {
  // 旺苍县卫生健康局 2021 基本药物制度补助 绩效目标自评表 (scgw.gov.cn): the 村卫生室 whole printed in 元, its parts in 万元.
  const WANGCANG =
    "年度完成基层医疗卫生机构实施基本药物制度补助2300.67万元,中央补助442.43万元,地方财政补助1858.24万元;其中完成村卫生室实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元";

  it("is a 错误 that names the unit its parts make it up in", () => {
    const [finding] = auditText(WANGCANG).findings.filter((f) => f.severity === "error");
    expect([finding.rule, finding.printed, finding.expected]).toEqual([
      "AUDIT-SUM",
      "471.23元",
      "471.23万元",
    ]);
    expect(finding.message).toMatch(/单位写错/);
    // In 万元, as its parts make it, it is right.
    expect(errors(WANGCANG.replace("补助471.23元", "补助471.23万元"))).toEqual([]);
  });
});

describe("a 中央对地方转移支付 自评表's funds block (朝天区体育发展中心 2023 全民健身中心项目, gyct.gov.cn)", () => {
  const BLOCK = [
    "资金投入情况 (万元) |",
    "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) |",
    "年度资金总额: | 2000 | 1157.97 | 57.89% |",
    "其中:中央财政资金 | 2000 | 1157.9 | 57.89% |",
    "地方财政资金 |",
    "其他资金 |",
  ].join("\n");

  it("its rows printed empty are none of the funds: the rows with figures are all of them", () => {
    expect(errors(BLOCK)).toEqual([["AUDIT-SUM", "1157.97"]]);
    expect(errors(BLOCK.replace("1157.9 |", "1157.97 |"))).toEqual([]);
  });

  it("a row of the template not printed leaves the sources unknown", () => {
    expect(errors(BLOCK.replace("\n地方财政资金 |", ""))).toEqual([]);
  });
});

describe("a share moved one unit to make the shares 100% (杭州市司法局 2026 部门预算, calinchow-del/renwu)", () => {
  const PURPOSES =
    "2.按支出用途分类，包括人员支出 58,486.35 万元，占 59.0%；日常公用支出 12,237.94 万元，占 12.3%；项目支出 28,506.17 万元，占 28.7%。";

  it("is a 提示 that names the 尾差调整 when the printed shares add up to 100 exactly", () => {
    const [finding] = auditText(PURPOSES).findings;
    expect([finding.rule, finding.severity, finding.printed]).toEqual([
      "AUDIT-ROUNDING",
      "info",
      "59.0%",
    ]);
    expect(finding.message).toMatch(/尾差调整/);
    // Printed so that they do not, the 提示 is rounding's alone.
    const [plain] = auditText(PURPOSES.replace("占 28.7%", "占 28.6%")).findings;
    expect(plain.message).not.toMatch(/尾差/);
  });
});

describe("wording met in 178 more 2026 部门预算 of the renwu PDFs (measured on arrival)", () => {
  /** 深圳市人民政府口岸办公室 2026 部门预算 (calinchow-del/renwu, 003_深圳): its title, and two of its projects. */
  const PORTS =
    "2026 年深圳市人民政府口岸办公室部门预算\n2.口岸管理业务 40,000.70 万元,主要包括：口岸管养工作38,297.20 万元，用于开展除广深港高铁西九龙站口岸外的 7 个一线口岸、11 个原特区管理线检查站的管理维护工作；深圳陆路口岸安检保障工作 645.74 万元，用于陆路口岸安检设备维护及安检人员费用；广深港高铁西九龙站内地口岸区应急联勤指挥中心运行工作 140.00 万元，用于保障应急联勤指挥中心正常运转；口岸管理养护绩效考核工作 123.18 万元，用于口岸管养绩效考核评价和口岸管养经费专项审计工作等事项；口岸发展及法务工作 546.28 万元，用于优化营商环境工作、法律事务、口岸发展及对港联络工作等；口岸安全应急防控工作 94.56 万元，用于口岸安全应急培训演练、应急物资采购等；资产清查盘点工作 17.91 万元，用于口岸现场资产盘点项目；海空港口岸优化提升项目 19.60 万元，用于海空港口岸优化咨询研究等；新皇岗口岸联检大楼管理咨询服务项目 49.50 万元，用于提前发现并解决新皇岗口岸联检大楼设计建设中的问题的咨询等；莲塘口岸一站式平台运营管理项目上年结转 66.73 万元，用于莲塘口岸一站式专业管理服务。较 2025 年年初预算增加 569.63万元，增幅 1.4%。\n3.上级转移支付项目 10,289.74 万元,主要包括：广深港高铁西九龙站内地口岸区物业管理服务 2,520.00 万元，上年结转122.31 万元，用于广深港高铁西九龙内地口岸区运行维护工作。免除查验没有问题作业服务费 7,083.34 万元，上年结转 564.09万元，用于开展免除查验没有问题企业吊装移位仓储工作。较2025 年年初预算增加 3,567.18 万元，增幅 53.1%。";

  it("主要包括： after an amount lists some of its parts, and a change naming nothing after them is the item's the paragraph opens with", () => {
    expect(errors(PORTS)).toEqual([]);
    // 569.63 ÷ (40,000.70 − 569.63) is 1.44%: printed 2.4%, it is wrong.
    expect(errors(PORTS.replace("增幅 1.4%", "增幅 2.4%"))).toEqual([["AUDIT-PCT", "2.4%"]]);
  });

  /** 深圳市气象局 2026 部门预算: a paragraph's words the PDF ran into another's 用于…. */
  const WEATHER =
    "3.综合管理 1,177.46 万元，主要包括：（1）气象装备供电保障 110.40 万元，用于支撑天气雷达、机房服务器和网络设施的运行电费，设备每天 24 小时运行，实时监测天气变化和进行资料处理；（2）规划与业务管理 54.88 万元，用于项目管理、业务运行管理等；（3）财务管理业务 90.32 万元，用于开展财务管理、内控管理、采购管理、绩效管理等工作；（4）综合事务管理 187.13 万元，用于档案工作辅助支撑、值班保障、办公耗材采购等；（5）法律顾问事务项目 30.50 万元，用于协助项目申报书、合同等法律文书、内部规章制度、重要行政文件的审核，法律咨询服务等；（6）科技与数据管理 33.11 万元，用于履行中国气象学会、广东省气象学会会员职责，积极参与学会主办的技术交流、科技奖励申报、成果评价及推广活动；深化与广东省气象局区域科研合作，立足深圳气象业务需求开展靶向研究，切实提升气象科技创新水平；同时强化网络数据安全评估管理；（7）气象数据要素服务 70.00 万元，用于开展气象数据资源分级分类合规管理、气象基础数据集建设和气象专题数据集研制与市场流通等工作，促进气象数据要素价值加速释放；（8）气象产业发展管理 90.72 万元，用于开展气象产业统计调研、生产性服务业融合发展研究分析、气象产业链孵化服务和气象产业“十五五”发展路线研究等工作，支撑构建较2025 年年初预算增加 29.23 万元，增幅 2.2%，主要原因是按照市财政局最新要求对编外人员劳务费单独编制，故较 2025 年年初预算新增该项目。气象产业统计数据库，明确气象产业“十五五”发展目标、实施路径，推动深圳气象产业高质量发展；";

  it("what is named in a 用于… clause, to the next ；, is part of no list", () => {
    expect(errors(WEATHER)).toEqual([]);
  });

  /** 重庆市委宣传部 2026 部门预算: 政府采购, all of it and then its 一般公共预算拨款 share, each by kind. */
  const PROCUREMENT =
    "（二）政府采购情况。所属各预算单位政府采购预算总额 712.49 万元：政府采购货物预算486.50 万元、政府采购工程预算 0 万元、政府采购服务预算 225.99 万元；其中一般公共预算拨款政府采购 504.98 万元：政府采购货物预算 480.50 万元、政府采购工程预算 0 万元、政府采购服务预算 24.48 万元。";

  it("a 其中 right after a ；lists more of the list's whole, and a colon after its amount opens its own list", () => {
    expect(errors(PROCUREMENT)).toEqual([]);
    expect(errors(PROCUREMENT.replace("服务预算 24.48 万元", "服务预算 34.48 万元"))).toEqual([
      ["AUDIT-SUM", "504.98 万元"],
    ]);
  });

  /** 上海市国资委 2026 部门预算: a section's heading, then 其中 over counts of targets. */
  const SECTIONS =
    "三、政府采购预算情况2026年度本单位政府采购预算5.30万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、政府采购服务预算5.30万元。\n四、绩效目标设置情况2026年度，按照本市预算绩效管理工作的总体要求，本单位实现了绩效目标的全覆盖。其中，编报单位整体绩效目标1个；政策绩效目标0个、涉及预算资金0万元；项目绩效目标共1个，涉及项目预算资金382.00万元。";

  it("a 其中 in a paragraph a numbered heading opens is not about the section before", () => {
    expect(errors(SECTIONS)).toEqual([]);
  });
});

describe("wording met in 178 more 部门预算: 西安 2020–2022 and 烟台 2026 (measured on arrival)", () => {
  it("在职人员编制 counts posts, and those retired are no part of those in service (西安市人社局 2020)", () => {
    const text =
      "四、部门预算收支情况说明截止 2019 年底，本部门在职人员编制 408 人，其中行政编制 91 人、事业编制 317 人；实有在职人员 380 人，其中行政 89 人,事业 291 人；单位管理的离退休人员 203 人。实有在职人员";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("事业编制 317 人", "事业编制 327 人"))).toEqual([
      ["AUDIT-SUM", "408 人"],
    ]);
  });

  it("a 支出总计 naming no account is of the account its paragraph's 收入预算总计 names (西安市人社局 2020)", () => {
    const text =
      "（一）收支预算总体情况本部门收入预算总计 182157.13 万元,支出预算总计 182157.13 万元。收支预算总体较上年减少 12.95 ，减少的主要原因是随着本部门医保、引智、公务员管理、军转解困等职能划出，预算随之减少。\n（二）财政拨款收支情况本部门财政拨款收入预算总计 181807.13 万元，全部为一般公共预算拨款。支出预算总计181807.13 万元，全部为一般公共预算拨款。财政拨款收支预算总体较上年减少12.97 ，减少的主要原因是随着本部门医保、引智、公务员管理、军转解困等职能划出，预算随之减少。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("支出预算总计181807.13", "支出预算总计181807.31"))).toEqual([
      ["AUDIT-TOTALS", "181807.31 万元"],
    ]);
  });

  it("the parts a whole listed, named again and more than the part a 其中 came after, are another breakdown (中共西安市委宣传部 2021)", () => {
    const text =
      "（2）2021 年本部门当年一般公共预算支出 25859.6 万元，其中：机关工资福利支出（501）2079.07万元，较上年增加 248.96 万元，原因是 2021 年人员工资增加；机关商品和服务支出（502）23701.31万元，较上年增加 19036.15 万元，原因是 2021 年专项资金列入部门预算的项目金额比 2020 年增加；机关资本性支出（一）（503）72.75 万元，较上年增加 72.75 万元，原因是 2020 年预算无此内容；对个人和家庭的补助（509）6.47 万元，较上年增加 1.26 万元，原因是 2021 年公用经费标准调整。其中：①人员经费：机关工资福利支出（501）2079.07 万元，较上年增加 248.96 万元，原因是2021 年人员工资增加；对个人和家庭的补助支出（509）6.47 万元，较上年增加 1.26 万元，原因是2021 年退休人员人数增加。②公用经费：商品和服务支出（502）126.00 万元，较上年减少 53.42万元，原因是 2020 年其他交通费列入公用经费。③专项业务经费：商品和服务支出（502）23469.41万元，较上年增加 18983.67 万元，原因是 2021 年专项资金列入部门预算的项目金额比 2020 年增加；资本性支出 （503）72.75 万元，较上年增加 72.75 万元，原因是 2020 年预算无此内容。";
    expect(errors(text).filter(([rule]) => rule === "AUDIT-SUM")).toEqual([]);
  });

  it("one name under two functional lines, with two amounts, is two rows: their changes may differ (西安市民政局 2021)", () => {
    expect(
      errors(
        "西安市民政局 2021 年部门综合预算目 录\n（3）行政事业单位养老支出（20805）705.90 万元，较上年减少 7.45 万元，主要原因是我局下属单位人员变动。具体为：人员经费 675.90 万元，较上年减少 37.45 万元，主要原因是局属事业单位人员数量减少，并将部分人员经费调整至专项业务经费科目核算；公用经费 0.00 万元，较上年无变化；专项业务经费 30.00 万元，较上年增加 30.00 万元，主要原因是将原来在人员经费科目核算的经费调整至专项业务经费核算。其中：机关事业单位职业年金缴费支出（2080506）235.30 万元，较上年减少 2.49 万元，主要原因是：我局下属事业单位人员变动。2 机关事业单位基本养老保险缴费支出（2080505）470.60 万元，较上年减少 4.96 万元，主要原因是：我局下属事业单位人员变动。\n（5）社会福利（20810）18,571.74 万元，较上年减少 250.84 万元，主要原因是：原市殡葬管理处改革为市民政综合执法支队，该单位经费从殡葬科目调整至民政管理事务科目核算和列支其他社会福利支出科目的专项业务经费减少。具体为：人员经费 10,057.17 万元，较上年增加856.54 万元，主要原因是殡仪馆和列支社会福利事业单位科目核算的人员经费增加；公用经费481.57 万元，较上年增加 16.67 万元，主要原因是列支社会福利事业单位的局属事业单位公用经费增加；专项业务经 8,033.00 万元，较上年减少 1,124.05 万元，主要原因是列支其他社会福利支出科目核算的专项业务经费减少。其中：①殡葬（2081004）4,495.36 万元，较上年增加 143.39 万元，主要原因是原市殡葬管理处改革为市民政综合执法支队，该单位经费从殡葬科目调整至民政管理事务科目核算。②社会福利事业单位（2081005）7,580.39 万元，较上年增加 545.87 万元，主要原因是列支社会福利科目核算的人员经费增加。③其他社会福利支出（2081099）2,315.00 万元，较上年减少 794.60 万元，主要原因是列支其他社会福利支出科目的专项业务经费减少。④儿童福利（2081001）911.00 万元，较上年增加 52.60 万元，主要原因是集中供养儿童生活费提标。"
      )
    ).toEqual([]);
  });

  it("an amount right after 比上年 that only the change can make the rate of lost its 增加 (烟台市审计局 2026)", () => {
    const text =
      "2026年烟台市审计局部门预算目 录\n三、机关运行经费情况机关运行经费指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。2026年本单位机关运行经费安排210.32万元，比上年1.43万元，增加0.68%。主要原因是人员增加。";
    expect(errors(text)).toEqual([]);
    const [finding] = auditText(text).findings;
    expect([finding.rule, finding.severity, finding.printed]).toEqual([
      "AUDIT-DIRECTION",
      "warning",
      "1.43万元",
    ]);
  });

  it("a target's bound (占比≥40%) is no share (烟台市商务局 2026, 绩效目标)", () => {
    // Beside "全市葡萄酒产业规模占全国的 40%" in its text, read as a share of 比≥ it made the shares 110%.
    const target = "烟台葡萄酒品牌价值≥862.5 亿元产业规模在全国的占比≥40%\n市场化展会占比≥70%";
    expect(findClaims(target).items.flatMap((item) => item.shares)).toEqual([]);
  });
});

describe("wording met in 178 more 部门预算: 深圳市公安局 and 重庆市气象局 2026 (measured on arrival)", () => {
  it("a 其中 inside a part of a list lasts to the next ；, and the list the part is in goes on (深圳市公安局 2026)", () => {
    expect(
      errors(
        "2026 年深圳市公安局（本级）部门预算\n8.公安行政管理 39,967.78 万元，主要包括：经常性业务费 6,069.60 万元，用于党建工作、警务协作、日常警务训练、公安工作媒体宣传、案件举报奖励、后勤保障等；履职工作经费 4,754.51 万元，其中结转结余 390.00 万元，用于捍卫国家政治安全、社会治安立体防控体系构建、突出违法犯罪活动打击、大型活动安保警卫、特种行业监管、人口及出入境证件办理、易制毒化学品药品监管、维护网络安全、爆炸物品检测排除、信访维稳等业务保障；勤务辅警业务费 523.08 万元，用于保障勤务辅警培训、训练等各项开支；编外人员 7,617.44 万元，用于保障文职辅警经费等各项开支；警务辅助类临聘人员（纳入置换）1,245.35 万元，用于聘请辅助人员经费开支；训练及培训业务经费 2,002.37 万元，用于保障各类教学训练、警务交流、课题研发等；警航专项经费 2,619.00 万元，用于保障直升机托管、保险、航空煤油、航材及维修（护）等费用支出；从优待警专项 701.54 万元，用于从优待警、爱警暖警等经费开支；350 兆警用无线通信系统机房租赁及电费服务 617.00 万元，用于支付警用无线通信系统各机房租金、设备用电费用、修缮处理等费用；公安船艇运行保障经费 240.96 万元，用于列装船艇巡航、勤务工作；特警训练工作保障经费 128.52 万元，用于特警专业技能培训及日常训练耗材等费用支出；短信业务租用服务 258.25 万元，用于 110 接处警、执法系统等业务系统日常运作；警务云终端服务 169.92 万元，用于移动终端通信供应商支撑保障服务；专项工作 9,110.00 万元，用于保障专项各项开支。"
      )
    ).toEqual([]);
  });

  it("a sentence that opens on the year it compares with, naming no other, is of the report's year (重庆市气象局 2026)", () => {
    const text =
      "重庆市气象局 2026 年部门预算情况说明\n四、“三公”经费情况说明2025年 “三公”经费预算13.85万元,比2025年减少5.45万元。其中:因公出国 (境)费用0万元,比2025年减少5万元,主要原因是落实党政机关习惯过紧日子要求,压减出国经费;公务接待费0.3万元,与上年持平;公务用车运行维护费13.55万元,比2025年减少0.45万元;公务用车购置费0万元,与上年持平。\n(三)绩效目标设置情况。2026 年项目支出均实行了绩效目标管理,涉及一般公共预算财政拨款7,227\n(五)委托业务费情况。2026年委托业务费涉及财拨资金 997.4 万元,主要用于健全气象灾害预警联动机制、开展防雷减灾技术支撑业务,切实筑牢气象防灾减灾第一道防线,助力气象事业高质量发展。\n2026 年部门收支总体情况表单位名称:重庆市气象局单位:万元\n2026 年部门收入总体情况表单位名称:重庆市气象局科";
    // (Lines of the document that name 2026, the year it reports on.) Read as last year's, its 13.85 made the parts'
    // worked-out amounts more than the whole.
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("公务接待费0.3万元", "公务接待费1.3万元"))).toEqual([
      ["AUDIT-SUM", "13.85万元"],
    ]);
  });
});

describe("a table's % cell run into the scoring text beside it (长沙市信访局 2026, 绩效目标表 pasted from its PDF)", () => {
  it.each([
    "视频会议正常召开次数/应召开次数，大于95%得满分，每低1个百分 %点，减0.1分。",
    "接访大厅开放天数÷年度工作日天数，大于100%得满分，每低一个百 %分点，减0.1分。",
    "正常供水电气覆盖率偏离目标40%不得分；偏离目标30%得4分；偏离目标20%得6分；偏离 %10%得8分；无偏离得满分",
    // (泉州市公安局 2026 项目绩效目标表: a target's cell and its unit's, run together.)
    "成本控制率\n≥100%%时效指标\n按时完工\n≥100%",
  ])("is no percentage left blank: %s", (text) => {
    expect(errors(text)).toEqual([]);
  });

  it("a % with no number in a sentence is still one", () => {
    expect(errors("公用经费占基本支出预算%，比上年增加2万元。")).toEqual([["AUDIT-BLANK", "%"]]);
  });
});

describe("a count with cents is no count (西安市民政局 2021, a table's amount the PDF ran into a sentence)", () => {
  const CARE =
    "2121年我院收养特困人员预算数288人，其中全自理人数是75人，半护理5,750,000.00 人数为162人，全护理人数为51人。";

  it("is not read as people, so the parts are not 5,750,126", () => {
    expect(errors(CARE)).toEqual([]);
    // 75 + 162 + 51 = 288: one more person in a part is more than the whole.
    expect(errors(CARE.replace("全护理人数为51人", "全护理人数为61人"))).toEqual([
      ["AUDIT-SUM", "288人"],
    ]);
  });
});

describe("a part printed in another unit than its whole and the other parts (托克托县财政局 2024, 民生支出)", () => {
  const LIVELIHOOD =
    "2024年11月，全县民生支出累计完成131385万元，占一般公共预算支出63%。其中：教育支出29104元；文化旅游体育与传媒支出2267万元；社会保障和就业支出42366万元；卫生健康支出12988万元；节能环保支出1199万元；农林水事务支出32480万元；交通运输支出4948万元；住房保障支出6033万元。";

  it("is the unit's slip when in the others' unit the parts make the whole", () => {
    const found = auditText(LIVELIHOOD).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.mark.text, f.expected])).toEqual([
      ["AUDIT-SUM", "29104元", "29104万元"],
    ]);
    expect(found[0].message).toContain("131385万元");
  });

  it("is no finding when the parts fall short of the whole anyway (a selection of it)", () => {
    expect(errors(LIVELIHOOD.replace("住房保障支出6033万元", "住房保障支出5033万元"))).toEqual([]);
  });
});

describe("the people a 部门预算 provides for (元江县新化乡 2020): in service, retired and 遗属 are all of them", () => {
  const PEOPLE =
    "截止2020年1月（预算编制时间），我镇纳入部门预算编制128人。其中：实有在职人员66人，离退休人员38人，遗属14人。";

  it("add up to the whole", () => {
    expect(errors(PEOPLE)).toEqual([["AUDIT-SUM", "128人"]]);
    expect(errors(PEOPLE.replace("128人", "118人"))).toEqual([]);
  });

  it("two of the three kinds are a selection", () => {
    expect(errors(PEOPLE.replace("，遗属14人", ""))).toEqual([]);
  });
});

describe("a share said as a bound (重庆市慈善总会 2022: 占同期总支出的85%以上)", () => {
  const CHARITY =
    "2022年该总会共募集款物8.55亿元，各类慈善救助总支出8.71亿元，惠及困难群众50万人次以上。\n2022年总会用于乡村振兴款物达7.35亿元，占同期总支出的85%以上。";

  it("is wrong when even the bound's rounding is not reached (84.39% at most 84.49%)", () => {
    const found = auditText(CHARITY).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.mark.text, f.expected])).toEqual([
      ["AUDIT-SHARE", "85%", "84.4%"],
    ]);
  });

  it("holds when the share reaches it, and a bound below is met by less", () => {
    expect(auditText(CHARITY.replace("7.35亿元", "7.45亿元")).findings).toEqual([]);
    expect(auditText(CHARITY.replace("85%以上", "90%以下")).findings).toEqual([]);
    expect(errors(CHARITY.replace("85%以上", "80%以下"))).toEqual([["AUDIT-SHARE", "80%"]]);
  });
});

describe("wording met in the renwu 部门预算 read again this session (measured on arrival)", () => {
  it("numbered parts of a whole whose 其中 listed another breakdown are a breakdown of their own (长沙市信访局 2026)", () => {
    const text =
      "2026 年本单位一般公共预算拨款支出 1935.36 万元，其中：\n一般公共服务支出 1935.36 万元，占 100.00%。具体安排情况如下：\n（一）基本支出：2026 年本单位基本支出预算数 1517.95万元，主要是为保障部门正常运转而发生的各项支出。\n（二）项目支出：2026 年本单位项目支出预算 417.41 万元，其中：一般公共服务支出 417.41 万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("417.41 万元，主要", "427.41 万元，主要"))).toEqual([]);
    expect(errors(text.replace("预算 417.41 万元，其中", "预算 427.41 万元，其中"))).toEqual([
      ["AUDIT-SUM", "1935.36 万元"],
    ]);
  });

  it("a line that opens on 主要用于, among the lines after a bare 其中, details the line before (长沙市国资委 2026)", () => {
    const text =
      "③职工帮扶资金预算3,087万元，实际支出2,614.42万元，预算执行率84.69%。其中：\n关停企业困难补助预算600万元，实际支出600万元，预算执行率100%。\n国有企业职教幼教退休教师生活补助预算1,020万元，实际支出1,020万元，预算执行率100%。\n两节两会慰问预算220万元，实际支出220万元，预算执行率100%。\n应急资金预算280万元，实际支出70万元，预算执行率25%。\n主要用于黑麋峰村救助资金和产业扶贫资金20万元，湘江化工厂经济适用房遗留问题处理资金50万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("50万元。", "60万元。"))).toEqual([["AUDIT-SUM", "70万元"]]);
  });
});

describe("kinds named and counted before a whole's list (绵阳市科学技术局 2021)", () => {
  const KINDS =
    "绵阳市科学技术局主要有部门预算项目支出、专项预算支出二类支出，项目资金总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元。";

  it("make the parts the whole of their budget", () => {
    expect(errors(KINDS)).toEqual([["AUDIT-SUM", "2455.5万元"]]);
    expect(errors(KINDS.replace("2455.5万元", "2437.5万元"))).toEqual([]);
  });

  it("a count that is not the number of parts listed says nothing of them", () => {
    expect(errors(KINDS.replace("二类支出", "三类支出"))).toEqual([]);
  });
});

describe("a share said before its amount (永兴县农业保险保费补贴 2020: 中央财政补贴47.5%为614.39万元)", () => {
  const PREMIUMS =
    "1、水稻大灾保险：承保率为74.02%，总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37元。\n2、油菜保险：总保费74万元，中央财政补贴40%为29.6万元，省级财政补贴25%为18.5万元。";

  it("is checked against the total the sentence named, and an amount right in the total's unit is a unit slip", () => {
    const found = auditText(PREMIUMS).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.mark.text, f.expected])).toEqual([
      ["AUDIT-SHARE", "420.37元", "420.37万元"],
    ]);
  });

  it("a share that does not make its amount is wrong; shares of each line's own total are not added up", () => {
    const fixed = PREMIUMS.replace("420.37元", "420.37万元");
    expect(errors(fixed)).toEqual([]);
    expect(errors(fixed.replace("614.39万元", "641.39万元"))).toEqual([["AUDIT-SHARE", "47.5%"]]);
  });
});

describe("a 自评表's cell still holding the template's instruction (大英县医疗保障局 2023)", () => {
  it("is a blank left in print", () => {
    const row =
      "项目基本情况 | 2022年计划使用财政资金45万元给聘用的14人发放工资及缴纳保险费。 | 对照年度目标,说明相关任务目标的完成情况(100字以内) |";
    expect(errors(row)).toEqual([
      ["AUDIT-BLANK", "对照年度目标,说明相关任务目标的完成情况(100字以内)"],
    ]);
  });

  it("is not the template's numbered notes, nor a heading that says how long its text may be", () => {
    expect(
      errors(
        "0.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由 |"
      )
    ).toEqual([]);
    expect(errors("一、部门基本情况（200字以内）\n本部门内设机构5个。")).toEqual([]);
  });
});

describe("parts listed one per ordinal after “…有：” (西藏自治区文物局 2020)", () => {
  const HERITAGE =
    "2020年度自治区财政厅分解下达中央转移支付全区文物保护专项资金共22171万元，其中下达地市9397万元；区直文博系统12774.00万元。区直文博系统项目有：一是布达拉宫管理处，下达预算资金9378万元。具体是：布达拉宫雪城修缮展示工程项目3005万元；布达拉宫消防提升工程项目1613万元。二是西藏博物馆，下达预算资金5009万元，项目是西藏博物馆新馆展陈环境可移动文物预防保护项目。";

  it("are the parts of the item named, each by the words after its ordinal", () => {
    const claims = findClaims(HERITAGE);
    const whole = claims.items.find((item) => item.name === "区直文博系统");
    expect(whole?.children.map((child) => child.name)).toEqual(["布达拉宫管理处", "西藏博物馆"]);
    expect(errors(HERITAGE)).toEqual([["AUDIT-SUM", "12774.00万元"]]);
  });

  it("add up when the whole is theirs, and what one of them went on is its own list", () => {
    const right = HERITAGE.replace("12774.00万元", "14387.00万元").replace(
      "22171万元",
      "23784万元"
    );
    expect(errors(right)).toEqual([]);
    expect(errors(right.replace("3005万元", "9005万元"))).toEqual([["AUDIT-SUM", "9378万元"]]);
  });

  it("funds given after an ordinal in a list with a colon are named by it", () => {
    const text =
      "2023年安排专项资金500万元，主要用于：一是农村道路建设，安排资金300万元；二是水利设施维修，安排资金250万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "500万元"]]);
  });
});

describe("the year's spending, then its 基本支出 and 项目支出 in paragraphs of their own (旺苍县张华镇 2018)", () => {
  const TOWN =
    "张华镇人民政府2018年部门预算收入总数8105563.00元，较2017年部门预算收入总数8014212.00元增长1.13%；2018年部门预算支出总数8105563.00元，较2017年部门预算支出总数8014212.00元增长1.13%。\n\n部门基本支出预算7031563.00元，其中：人员支出5901832.00元，公用支出1129731.00元。\n\n部门专项项目预算74000.00元（明细项目见附表）。";

  it("are its two parts", () => {
    expect(errors(TOWN)).toEqual([["AUDIT-SUM", "8105563.00元"]]);
    expect(errors(TOWN.replace("74000.00元", "1074000.00元"))).toEqual([]);
  });

  it("人员支出 and 公用支出 are the two parts of 基本支出, side by side", () => {
    const basic = findClaims(TOWN).items.find((item) => item.name === "基本支出");
    expect(basic?.children.map((child) => child.name)).toEqual(["人员支出", "公用支出"]);
    expect(errors(TOWN.replace("1129731.00元", "1129732.00元"))).toContainEqual([
      "AUDIT-SUM",
      "7031563.00元",
    ]);
  });

  it("last year's amount after 较 is the same item's (1.13% for 1.1399%: a 提示)", () => {
    const infos = auditText(TOWN).findings.filter((f) => f.severity === "info");
    expect(infos.map((f) => [f.rule, f.mark.text])).toEqual([
      ["AUDIT-ROUNDING", "增长1.13%"],
      ["AUDIT-ROUNDING", "增长1.13%"],
    ]);
  });
});

describe("a bare 万 is 万元 only where no measure follows it", () => {
  const amounts = (text: string) =>
    findFigures({ start: 0, end: text.length, text })
      .filter((figure) => figure.kind === "amount" && figure.unit.endsWith("元"))
      .map((figure) => figure.text);
  it.each([
    ["全县2020年水稻种植57.54万亩", []],
    ["校园占地面积199 万平方米，绿地率45%", []],
    ["拥有830 万粉丝的微信公众号", []],
    ["待拨款:370 万", ["370 万"]],
    ["其中209万用于办公用房租赁", ["209万"]],
  ])("%s", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe("areas in 公顷 and 亩 (资源县林业局 2021)", () => {
  const FOREST =
    "目前，资源县拥有公益林面积77703.9公顷，占全县总面积的42.79%，占全县林地面积的46.24%，其中国家级公益林面积74533.76公顷，自治区级公益林面积3170.24亩。";

  it("a part whose number makes the whole in the others' unit has the wrong unit", () => {
    const found = auditText(FOREST).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.mark.text, f.expected])).toEqual([
      ["AUDIT-SUM", "3170.24亩", "3170.24公顷"],
    ]);
  });

  it("compare exactly across units (1 公顷 = 15 亩), and are never money", () => {
    expect(errors(FOREST.replace("3170.24亩", "47553.6亩"))).toEqual([]);
    expect(errors(FOREST.replace("3170.24亩", "57553.6亩"))).toEqual([
      ["AUDIT-SUM", "77703.9公顷"],
    ]);
    const text = "新增造林面积1.2万亩，投入资金1.2万元。";
    expect(
      findFigures({ start: 0, end: text.length, text }).map((f) => f.kind === "amount" && f.unit)
    ).toEqual(["万亩", "万元"]);
  });
});

describe("a percentage where the template's amount goes (兴县残联 2021)", () => {
  it("is a blank filled wrong", () => {
    expect(
      errors(
        "2021年度收入总计264.91万元，其中：一般公共预算拨款223.56万元，占比84.39%；上级补助收入0万元，占比0%；事业收入0%，占比0%；经营收入0万元，占比0%。"
      )
    ).toContainEqual(["AUDIT-BLANK", "事业收入0%"]);
  });

  it("is not a share or a rate said after the name", () => {
    expect(errors("事业收入占比12%，占比与上年持平。财政拨款收入增长5%，占总收入的80%。")).toEqual(
      []
    );
  });
});

describe("a part named again after the parts, with the whole's amount (泾县农业农村局 2021)", () => {
  const FUNDS =
    "项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。";

  it("is no restatement of the whole: the 中央 part is said to be all of it", () => {
    expect(errors(FUNDS)).toEqual([["AUDIT-SUM", "61.8万元"]]);
  });

  it("the whole again under a name of its own, after parts that make it, still is", () => {
    expect(errors(FUNDS.replace("2021年度中央下达资金", "共计下达资金"))).toEqual([]);
  });
});

describe("text pasted from a PDF, its lines cut at the page's width (calinchow-del/renwu, read with pdftotext)", () => {
  /** A paragraph cut into lines of `width` characters, as a PDF's text comes. */
  const cut = (paragraph: string, width: number) =>
    paragraph.match(new RegExp(`.{1,${width}}`, "gu"))?.join("\n") ?? "";
  const WATER =
    "一、部门基本情况\n" +
    cut(
      "广州市水务局是市政府工作部门，负责全市水行政管理工作，承担水资源、河湖管理和水土保持等职责。本局本级内设处室5个，分别为办公室、综合调研处、政策法规处、规划计划处、财务与工程审计处。2026年收入预算9626.78万元，比2025年年初预算数9819.98万元减少193.20万元，下降1.97%，主要原因是减少一次性项目。",
      30
    );

  it("reads a list and a change across the breaks (no false 错误)", () => {
    expect(WATER.split("\n").length).toBeGreaterThan(5);
    expect(errors(WATER)).toEqual([]);
  });

  it("still finds what is wrong in it", () => {
    expect(errors(WATER.replace("下降1.97%", "下降2.97%"))).toEqual([
      ["AUDIT-PCT", expect.stringContaining("2.97%")],
    ]);
    expect(errors(WATER.replace("内设处室5个", "内设处室4个"))).toEqual([["AUDIT-SUM", "4个"]]);
  });

  it("reads across a page's end and its number", () => {
    const lines = WATER.split("\n");
    for (const page of ["- 2 -", "4", "第 2 页"]) {
      const paged = [...lines.slice(0, 4), "", page, "", ...lines.slice(4)].join("\n");
      expect(errors(paged)).toEqual([]);
    }
  });

  it("leaves text whose lines are its paragraphs as it is", () => {
    const lines = [
      "一、收入预算",
      "2026年收入预算100万元。",
      "二、支出预算",
      "2026年支出预算100万元。",
    ];
    expect(softWraps(lines.join("\n")).size).toBe(0);
  });
});

describe("a total whose unit and mark were cut off before its parts (新华网 2011: 铁道部“三公经费”)", () => {
  const RAIL =
    "2010年，铁道部“三公经费”财政拨款预算为1152.61万元，财政拨款决算为1070.0 其中，因公出国(境)费374.53万元，公务用车购置及运行费551.24万元，公务接待费164.01万元。";

  it("is read in its parts' unit, and its 其中 opens their list", () => {
    const amounts = findFigures({ start: 0, end: RAIL.length, text: RAIL }).filter(
      (figure) => figure.kind === "amount"
    );
    expect(
      amounts.map((figure) => figure.kind === "amount" && [figure.text, figure.unit])
    ).toContainEqual(["1070.0", "万元"]);
    expect(errors(RAIL)).toEqual([["AUDIT-SUM", "1070.0"]]);
    expect(errors(RAIL.replace("1070.0 其中", "1089.78 其中"))).toEqual([]);
  });

  it("a whole number before 其中 is no such total", () => {
    const text = "共有2 其中，因公出国(境)费374.53万元。";
    expect(
      findFigures({ start: 0, end: text.length, text }).filter((figure) => figure.kind === "amount")
    ).toHaveLength(1);
  });
});

describe("a table's % unit cell run onto the end of a scoring line (长沙市公安局 2026 绩效目标表, as pdftotext gives it)", () => {
  it("is no percentage left blank", () => {
    const lines =
      "满意度达到90％以上的得10分，满\n意度小于90％且大于等于80％的得\n8分，满意度小于80％且大于等于 %\n60％的得5分，满意度小于60％不得分。";
    expect(errors(lines)).toEqual([]);
  });

  it("a % with no number inside a line still is one", () => {
    expect(errors("公用经费占基本支出预算 %，比上年增加2万元。")).toEqual([["AUDIT-BLANK", "%"]]);
  });
});

describe("a PDF's line break inside a clause's words (深圳市公安局 2026, as pdftotext gives it)", () => {
  it("is no part of them: “主要” / “包括：” still opens the list", () => {
    const lines = [
      "12.政务信息化项目（运行维护服务）2,697.23 万元，主要",
      "包括：深圳公安大数据智能化建设应用项目大数据平台及安全",
      "建设运行维护 973.30 万元，其中结转结余 220.80 万元，用于",
      "保障平台运维服务；系统线路租用费 40.00 万元，用于信息化",
      "项目网络线路租用费用；机房巡检服务经费 250.00 万元，用于",
      "保障机房正常运行及数据安全；设备运行费 59.25 万元，用于",
      "电子设备进行维护；维护费 686.00 万元，用于专用系统网络。",
    ];
    const text = [
      "一、部门职责",
      "深圳市公安局是市政府主管全市公安工作的职能部门，负责维护社会稳定和治安秩序。",
      ...lines,
    ].join("\n");
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("维护费 686.00", "维护费 2686.00"))).toEqual([
      ["AUDIT-SUM", "2,697.23 万元"],
    ]);
  });
});

describe("passages first read in session 2026-12-07 (西安、长春、湖州、上海普陀、佛山)", () => {
  const errors = (text: string) =>
    auditText(text)
      .findings.filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.printed]);

  it("a listed part's uses, in a clause of the list, are its parts; the list goes on after them (西安市 2026)", () => {
    const text = (general: string) =>
      `预计市级财政在本报告批准前支出数额为193.35亿元。其中：一般公共预算支出${general}亿元，主要用于保工资47.62亿元、保运转1.56亿元以及基本民生等亟需支出82.85亿元，政府性基金预算支出61.31亿元，主要是城市建设及维护专项支出。`;
    // 132.04 + 61.31 = 193.35; 47.62 + 1.56 + 82.85 = 132.03, within rounding of 132.04.
    expect(errors(text("132.04"))).toEqual([]);
    // The uses come to 132.03: a part of 120.00 cannot hold them.
    expect(errors(text("120.00")).map(([rule]) => rule)).toContain("AUDIT-SUM");
  });

  it("a 基本支出 and a 项目支出 that make another total of their paragraph are not the 一般公共预算's (西安市 2026)", () => {
    const text =
      "2026年市级部门安排财政拨款支出987.5亿元，其中：一般公共预算拨款支出607.8亿元，政府性基金预算拨款支出377.3亿元，国有资本经营预算支出2.4亿元。按支出类型分，基本支出137.2亿元，项目支出850.3亿元。";
    expect(errors(text)).toEqual([]);
  });

  it("an execution rate of a budget of 0 is no rate, and one that names its budget is of that one (佛山 2019, 普陀区 2024)", () => {
    const zero = auditText(
      "“三公”经费财政拨款支出决算为 0.16 万元，完成预算 0 万元的 0% 。"
    ).findings;
    expect(zero.map((f) => [f.rule, f.severity, f.printed])).toEqual([
      ["AUDIT-PCT", "error", "0%"],
    ]);
    expect(zero[0].message).toBe(
      "“0%”：决算数0.16 万元、预算数0 万元，预算数为0，执行率无从计算。"
    );
    // Nothing of nothing says nothing wrong.
    expect(errors("因公出国（境）费支出决算为 0 万元，完成预算 0 万元的 0% 。")).toEqual([]);
    const named = (basis: string) =>
      `一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成${basis}的 95.89%。`;
    expect(errors(named("年初预算"))).toEqual([["AUDIT-PCT", "95.89%"]]);
    expect(errors(named("全年预算"))).toEqual([]);
    expect(errors(named("预算"))).toEqual([]);
  });

  it("a budget with no name, restated in a later sentence, is another item's (西安市卫健委 2022)", () => {
    const text = (rate: string) =>
      `53.西安市第三医院复合手术室DSA项目绩效自评综述：全年预算数1896万元，执行数663.6万元，完成预算的35%。54.西安市第三医院二期扩建项目绩效自评综述：全年预算数21143.98万元，执行数21143.98万元，完成预算的${rate}。`;
    expect(errors(text("100%"))).toEqual([]);
    expect(errors(text("35%"))).toEqual([["AUDIT-PCT", "35%"]]);
  });

  it("a rate printed without its % sign (普陀区规划和自然资源局 2024)", () => {
    expect(
      errors("一般公共预算财政拨款支出增加1193.20 万元，增长 13.95。主要原因：项目支出增加。")
    ).toEqual([["AUDIT-BLANK", "13.95"]]);
    // A thousands separator, a multiple and points are no rate without its sign.
    expect(errors("比上年执行数增加 205,287.63 万元，增长 3,593.7%，主要原因是…")).toEqual([]);
    expect(errors("收入增加300万元，增长1.2倍，下降3个百分点。")).toEqual([]);
    // In brackets after the change, where a PDF's text loses the sign the page prints: a 提示.
    const bracketed = auditText("“三公”经费预算较上年总体降低 38.17 万元（56.57 ），主要原因是…");
    expect(rules(bracketed.findings)).toEqual([]);
    expect(rules(bracketed.findings, "info")).toEqual(["AUDIT-BLANK"]);
  });

  it("a name's last character doubled before its amount is a 提示 (西安 2021: 公务接待费费)", () => {
    const findings = auditText("公务接待费费 6.51万元，较上年减少 1.49 万元。").findings;
    expect(rules(findings)).toEqual([]);
    expect(rules(findings, "info")).toEqual(["AUDIT-BLANK"]);
  });

  it("a rate of the plan with what went over it: 完成 ÷ (完成 − 超收) (吕梁市 2018)", () => {
    const text = (rate: string) =>
      `2018年全市一般公共预算收入完成174.8亿元，为年计划的${rate}，超收24.2亿元，同比增长25.96%，总量再创历史新高。`;
    expect(errors(text("110.91%"))).toEqual([["AUDIT-PCT", "110.91%"]]);
    expect(errors(text("116.07%"))).toEqual([]);
  });

  it("a mark passed is no amount, and an amount with no name in a later sentence is not the item's before (吕梁市 2018)", () => {
    const text = (rate: string) =>
      `收入质量稳步提升，全市税收收入达138.18亿元，同比增长22.38%。持续压减一般性支出，支出规模继去年突破300亿元后，跨越400亿元大关，达到408.62亿元，同比增长${rate}，增支93.24亿元。`;
    // 93.24 ÷ (408.62 − 93.24) = 29.56%: 29.57 is rounding only; nothing is read against 400 or 138.18.
    expect(errors(text("29.57%"))).toEqual([]);
    expect(errors(text("31.57%"))).toEqual([["AUDIT-PCT", "31.57%"]]);
  });

  it("a classification with no whole named is of the flow's total before it, and all of it (湖州市卫健委 2026)", () => {
    const text = (housing: string) =>
      `湖州市卫生健康委员会 2026 年支出预算 515313.35 万元，比上年执行数减少 10087.38 万元，下降 1.9%。\n1.按支出功能分类，包括科学技术支出 1140.61 万元、社会保障和就业支出 22232.40 万元、卫生健康支出447751.87 万元、城乡社区支出 12600.00 万元、住房保障支出 ${housing} 万元。\n2.按支出用途分类，包括人员支出 212605.27 万元，占41.3%；日常公用支出 250851.67 万元，占 48.7%；项目支出51856.41 万元，占 10.1%。`;
    // As printed the classes come to 500313.35: the 其他支出 15000.00 the tables show is left out.
    expect(errors(text("16588.47"))).toEqual([["AUDIT-SUM", "515313.35 万元"]]);
    expect(errors(text("31588.47"))).toEqual([]);
  });

  it("a government's 收入总计 and 支出总计 are held to each other only by the balance it gives (楚雄州, 大理州 2025)", () => {
    const government = (balance: string) =>
      `汇总各级人大常委会批准的预算。全州地方一般公共预算收入555,678万元，加上上级补助收入139,434万元，收入总计695,112万元。地方一般公共预算支出555,678万元，转移性支出55,824万元，债务还本支出75,501万元，支出总计687,347万元。${balance}\n州本级地方一般公共预算收入…。`;
    // No balance printed: a government's year may close with one, said elsewhere.
    expect(errors(government(""))).toEqual([]);
    expect(errors(government("收支相抵，本年收支结余7,765万元。"))).toEqual([]);
    expect(errors(government("收支相抵，本年收支结余8,765万元。")).map(([rule]) => rule)).toEqual([
      "AUDIT-TOTALS",
    ]);
    // A unit's totals balance, whatever it says after them.
    expect(
      errors("2023年度收入总计695,112万元，支出总计687,347万元。").map(([rule]) => rule)
    ).toEqual(["AUDIT-TOTALS"]);
  });

  it("a rate of the budget said in another sentence than the budget is not read against it (周口市 2019)", () => {
    const text =
      "全市社会保险基金收入预算为241.1亿元，支出预算为214.8亿元。实际完成支出225.8亿元，为年初预算的105.1%。\n1、企业职工基本养老保险基金收入完成73.2亿元，为预算的99%；支出完成68.3亿元，为预算的105%。";
    expect(errors(text)).toEqual([]);
  });

  it("last year's sentence that compares last year with the year before it gives that comparison's amounts (长沙市 2026)", () => {
    const text = (rate: string) =>
      `关于长沙市2025年预算执行情况与2026年预算草案的报告\n2025年全市完成地方一般公共预算收入1296.87亿元，比上年增加32.33亿元，增长${rate}；加上上级补助收入367.83亿元。\n2026年全市地方一般公共预算收入预算1335亿元。`;
    // 32.33 ÷ (1296.87 − 32.33) = 2.56%, not 32.33 ÷ 1296.87.
    expect(errors(text("2.56%"))).toEqual([]);
    expect(errors(text("2.49%"))).toEqual([["AUDIT-PCT", "2.49%"]]);
  });

  it("what was done in fact, said last, is what the rate of the plan is of (平顶山市 2025)", () => {
    const text = (rate: string) =>
      `市本级政府性基金预算收入年初预算为506019万元，完成142061万元，加上从土地出让收入中计提的农田水利资金等，实际完成278583万元，为预算的${rate}，可比口径增长12.1%。`;
    expect(errors(text("55.1%"))).toEqual([]);
    expect(errors(text("28.1%"))).toEqual([["AUDIT-PCT", "28.1%"]]);
  });

  it("spending is no part of income, nor income of spending (南通市 2026)", () => {
    expect(
      errors(
        "2026年全市一般公共预算收入预期目标750亿元，其中税收收入600亿元，一般公共预算支出1192亿元，比上年增长2%。"
      )
    ).toEqual([]);
    // 转移支付 has a 支 but names no spending: its 收入 parts are its own (涪陵区大木乡 2021).
    expect(
      errors(
        "2021年上级共计下达我乡一般公共预算转移支付资金2085万元,其中返还性收入52万元,一般性转移支付收入2037万元,专项转移支付收入110万元。"
      ).map(([rule]) => rule)
    ).toEqual(["AUDIT-SUM"]);
  });

  it("比上年执行数 names last year's amount, and what 加上 adds makes the 收入总计 with the income before it (临沧市 2025)", () => {
    const text = (total: string) =>
      `全市地方一般公共预算收入520600万元，比上年执行数515444万元增长1%。加上上级补助收入2050000万元，地方政府一般债务转贷收入351476万元，调入资金85506万元，上年结转377537万元，区域间转移性收入17748万元，动用预算稳定调节基金122894万元，收入总计${total}万元。`;
    expect(errors(text("3525761"))).toEqual([]);
    expect(errors(text("3520605")).map(([rule]) => rule)).toEqual(["AUDIT-SUM"]);
  });

  it("last year's budget with a rate of it in the sentence is the budget executed, not last year's amount (平顶山市 2025)", () => {
    const text = (rate: string) =>
      `关于平顶山市2025年预算执行情况和2026年预算草案的报告\n市十二届人大三次会议批准的2025年市本级一般公共预算收入年初预算为750006万元，实际完成709106万元，为预算的${rate}，增长0.1%。`;
    expect(errors(text("94.5%"))).toEqual([]);
    expect(errors(text("96.5%"))).toEqual([["AUDIT-PCT", "96.5%"]]);
  });

  it("a share of a whole is not read against a smaller amount of the whole's name (南阳市 2019)", () => {
    const text =
      "某县一般公共预算支出5.2亿元，增长3%。\n全市一般公共预算支出完成701.8亿元。全市民生支出561.4亿元，占一般公共预算支出80%。";
    expect(errors(text)).toEqual([]);
    // Against the whole that can hold it, a wrong share is still wrong.
    expect(errors(text.replace("80%", "70%"))).toEqual([["AUDIT-SHARE", "70%"]]);
  });

  it("a rate of the adjusted budget is of the adjusted budget of its paragraph, and a change of the budget is no over-run (阜新市 2025)", () => {
    const text = (rate: string) =>
      `市十七届人民代表大会第四次会议批准的市本级2025年政府性基金支出预算为10.61亿元，执行中根据新增政府债券和省各项补助等情况进行了调整，调整后的支出预算为18.65亿元，比年初预算增加8.04亿元。实际完成11.15亿元，为调整预算的${rate}，比上年增加4.98亿元，增长80.7%。`;
    expect(errors(text("59.8%"))).toEqual([]);
    expect(errors(text("69.8%"))).toEqual([["AUDIT-PCT", "69.8%"]]);
  });

  it("a 支出总计 after what 加上 adds is made of the spending, not of the income before it (汕头市 2025)", () => {
    const text = (total: string) =>
      `全市政府性基金预算收入251.5亿元，加上上级补助收入52.3亿元，收入总计303.8亿元，全市政府性基金预算支出200亿元，加上调出资金41.3亿元，支出总计${total}亿元。`;
    expect(errors(text("241.3"))).toEqual([]);
  });

  it("无增减 and 没有发生增减变化 say a part is unchanged (武陵山乡 2023)", () => {
    const text = (whole: string) =>
      `2023年“三公”经费预算6.50万元,比上年减少${whole}万元。其中:因公出国(境)费用0万元,较上年无增减;公务接待费0.50万元,较上年没有发生增减变化;公务用车运行维护费6.00万元,比上年减少1.00万元。`;
    expect(errors(text("1.00"))).toEqual([]);
    expect(errors(text("0.50"))).toEqual([["AUDIT-SUM", "0.50万元"]]);
  });

  it("no blank in an address, a model's title, a table's heading or a PDF's unmapped symbols (玉溪, 湛江, 朝阳, 淮安 2025)", () => {
    expect(errors("网上有害信息举报邮箱：XXKYX@163.com\n举报邮箱 lcsxxgk@163.com")).toEqual([]);
    expect(
      errors("印发《XX村（组）经济合作社财务管理制度（范本）》，对收入管理、支出管理作出规定。")
    ).toEqual([]);
    expect(errors("调整预算数 快报数 完成调整预算% 上年决算数 同比增减% 调整预算数")).toEqual([]);
    expect(errors("!\"#$%&'()*+,-\n５&'()*+,")).toEqual([]);
    // A blank as the template left it still is one.
    expect(errors("XX部门2023年支出100万元，占基本支出预算%。").map(([rule]) => rule)).toEqual([
      "AUDIT-BLANK",
      "AUDIT-BLANK",
    ]);
  });

  it("three words in a chain are no word doubled, and points numbered one by one no list of names (三明, 开封 2019)", () => {
    expect(
      errors("大力支持大众创业。实施就业创业创新工程，落实有关预算决算决议。严格执行决算。")
    ).toEqual([]);
    expect(
      errors(
        "要着重把握好四个原则：一是艰苦奋斗、勤俭节约；二是以收定支、量力而行；三是加强管理、严肃纪律；四是上下联动、齐心协力。"
      )
    ).toEqual([]);
    // A word doubled in print still is.
    expect(errors("主要用于项目项目实施。").map(([rule]) => rule)).toEqual(["AUDIT-BLANK"]);
  });

  it("of two changes one right after the other, the one before the rate is the rate's; a spaced separator is one number (周口, 三明 2019)", () => {
    const text = (rate: string) =>
      `国有土地收益基金收入完成3.9亿元，为预算的155%，增加2.3亿元，增加4580万元，增长${rate}。`;
    // 0.458 ÷ (3.9 − 0.458) = 13.3%: within the rounding of 3.9 — the rate is right; the 2.3亿元 before is the
    // change said twice, by another amount.
    expect(errors(text("13.4%"))).toEqual([["AUDIT-DIRECTION", "2.3亿元"]]);
    expect(errors(text("23.4%"))).toEqual([
      ["AUDIT-DIRECTION", "2.3亿元"],
      ["AUDIT-PCT", "23.4%"],
    ]);
    expect(
      errors("全市地方一般公共预算收入代编预算为1,099, 160万元，比上年增加21,553万元，增长2.0%。")
    ).toEqual([]);
  });

  it("what stands paid now, a stray bracket, a 总量 of another basis and a part's own parts are read as such (元阳, 璧山, 重庆 2021, 克拉玛依 2020)", () => {
    expect(
      errors(
        "统筹整合使用财政涉农资金107.13万元,其中项目管理费1.07万元,目前项目资金已拨付106.36万元。"
      )
    ).toEqual([]);
    expect(errors("税收收入完成100亿元，增长29.1)%。")).toEqual([]);
    expect(
      errors(
        "2021年全市一般公共预算收入2285亿元,增长9.1%,加上中央补助等,收入总量为6297亿元。\n与2021年执行数相比,全市一般公共预算收入决算数总量增加27亿元。"
      )
    ).toEqual([]);
    const nested = (general: string) =>
      `2020年,预计我区转移性补助收入9.42亿元,其中:一般公共转移支付补助收入${general}亿元,较上年执行数减少1.31亿元,下降12.2%,主要为税收返还0.75亿元,较上年持平;一般性转移支付收入6.55亿元,减少0.41亿元,下降5.9%;专项转移支付收入2.12亿元,减少0.9亿元,下降29.8%。`;
    expect(errors(nested("9.42"))).toEqual([]);
    // Without 主要为 the same figures are parts beside each other, and too many.
    expect(errors(nested("9.42").replace("主要为", "")).map(([rule]) => rule)).toContain(
      "AUDIT-SUM"
    );
  });

  it("an amount worked out from a standard per unit is held to the count it is of (保山市档案局 2017)", () => {
    const text = (amount: string) =>
      `馆藏档案资料合计共132697卷(册、盘、盒、件),其中:档案 118606卷;资料 14091册,按照规定每卷(册)2元的标准测算,争取到市级财政资金${amount}。`;
    expect(errors(text("26.54万元"))).toEqual([]);
    // Any count of the unit may be the one (档案 alone: 23.72万元).
    expect(errors(text("23.72万元"))).toEqual([]);
    expect(errors(text("21.44万元"))).toEqual([["AUDIT-SUM", "21.44万元"]]);
    // The 万 left off is said to be so.
    const slip = auditText("慰问对象共120人，按慰问标准300元/人发放，市级资金配套3.6元。").findings;
    expect(slip.map((f) => f.message)).toEqual([expect.stringContaining("应为3.6万元")]);
    // A standard per unit and per time multiplies by a time the text may not give.
    expect(errors("共有困难群众120人，按每人每月300元发放，共发放资金36万元。")).toEqual([]);
  });

  it("a standard and its count in one sentence hold a later amount only to the 万 left off (保山市卫健委 2022)", () => {
    const report = (amount: string) =>
      `1.产出指标全部完成，慰问对象120人，慰问标准300/人。\n二、佐证材料\n春节慰问经费项目市级资金配套${amount}，全部到位并使用完毕，执行率100%。`;
    const slip = auditText(report("3.6元")).findings.filter((f) => f.severity === "error");
    expect(slip.map((f) => [f.rule, f.printed, f.expected])).toEqual([
      ["AUDIT-SUM", "3.6元", "3.6万元"],
    ]);
    expect(slip[0].message).toContain("120人");
    expect(errors(report("3.6万元"))).toEqual([]);
    // Other digits may be another amount than the standard's: nothing is said of them.
    expect(errors(report("5.2万元"))).toEqual([]);
    expect(errors(report("5.2元"))).toEqual([]);
    // Two counts in the standard's sentence: which one the money is of is not known.
    expect(errors(`慰问对象120人，其中退休60人，慰问标准300/人。\n市级资金配套3.6元。`)).toEqual(
      []
    );
  });

  it("a list that ends with 其他 (其他收入, 其他支出) is all of its whole (大冶市殷祖卫生院 2023, 吕梁市 2018)", () => {
    const income = (other: string) =>
      `大冶市殷祖卫生院本级2023部门预算总收入预计1335.34万元,比上年增加6.53万元,增长0.49%。其中:财政拨款(补助)448.87万元,占总收入的33.61%;非税收入拨款0万元,占总收入的0.00%;其他收入${other}万元,占总收入0.00%`;
    expect(errors(income("0"))).toEqual([["AUDIT-SUM", "1335.34万元"]]);
    const nonTax = (fines: string) =>
      `——非税收入完成366193万元，为预算的116.59%。其中：专项收入完成112607万元，行政事业性收费收入完成28583万元，罚没收入完成${fines}万元，国有资源（资产）有偿使用收入完成159873万元，其他收入完成16164万元。`;
    expect(errors(nonTax("45966"))).toEqual([["AUDIT-SUM", "366193万元"]]);
    expect(errors(nonTax("48966"))).toEqual([]);
    // A class named 其他… of its own kind is one class among others, not the rest of the whole.
    expect(
      errors(
        "本部门2019年一般公共预算支出203091.65万元，其中：行政运行2740.23万元，事业运行358.07万元，一般行政管理事务3853.4万元，其他发展与改革事务支出195284.3万元。"
      )
    ).toEqual([]);
  });

  it("the part a whole's 其中 names first is held to the whole alone; a whole below zero is not (北京市卫健委 2026, 周口 2019)", () => {
    const text = (part: string) =>
      `已安排公共卫生及计划生育扶助保障共同事权转移支付资金 18,225.94万元，其中：安排基本公共卫生服务方向 ${part} 万元，主要用于免费向城乡居民提供基本公共卫生服务。安排计划生育服务方向 75,124.14 万元，主要用于实施计划生育家庭特别扶助制度。`;
    const over = auditText(text("35,541.8")).findings.filter((f) => f.severity === "error");
    expect(over.map((f) => [f.rule, f.printed])).toEqual([["AUDIT-SUM", "18,225.94万元"]]);
    expect(over[0].message).toBe(
      "其中基本公共卫生服务方向35,541.80万元，超过了已安排公共卫生及计划生育扶助保障共同事权转移支付资金18,225.94万元。"
    );
    expect(errors(text("5,541.8"))).toEqual([]);
    expect(
      errors(
        "上级补助收入-4.4亿元，其中：上级补助彩票公益金189万元，市级补助区级土地出让净收益4.4亿元。"
      )
    ).toEqual([]);
  });

  it("a 其中 after a sentence naming what the money was used for, and a part after a whole its parts make (麦积 2021, 泾川 2020)", () => {
    expect(
      errors(
        "纳入统筹涉农资金方案资金53043.61万元，其中：财政衔接推进乡村振兴补助资金39708.61万元，其他各类资金13335万元,项目由区委农村工作领导小组下达到相关责任单位并组织实施。全区涉农整合资金主要用于农村基础设施建设和农业产业发展2个方面,其中,安排产业发展方面26602万元,占比50.15%,安排基础设施建设26441.61万元,占比49.85%。"
      )
    ).toEqual([]);
    expect(
      errors(
        "2020年,我县农机具购置补贴资金为380.11万元(省级下达资金350万元,上年结转30.11万元),共兑付补贴资金380.019万元,剩余0.091万元,完成补贴资金任务的100%。其中农机购置补贴资金兑付378.619万元,161户。"
      )
    ).toEqual([]);
  });

  it("a reason left out before the parts, a heading with only its year, and a drafter's note are blanks (烟台 2026)", () => {
    const blanks = (text: string) =>
      auditText(text)
        .findings.filter((f) => f.rule === "AUDIT-BLANK")
        .map((f) => f.printed);
    expect(
      blanks(
        "“三公”经费预算共24.62万元，比上年减少2.7万元，下降9.88％。主要原因是\n其 中 ：\n1.因公出国（境）费5万元，与上年基本持平。"
      )
    ).toEqual(["主要原因是"]);
    // Reasons listed on the lines after are no blank.
    expect(
      blanks("“三公”经费预算共24.62万元，比上年减少2.7万元。主要原因是：\n1.压减公务接待。")
    ).toEqual([]);
    expect(blanks("（一）收入预算：2026年。\n（二）支出预算：2026年。")).toEqual([
      "2026年",
      "2026年",
    ]);
    expect(blanks("实施时间：2026年。")).toEqual([]);
    expect(
      blanks(
        "2026年本部门委托业务费财政拨款预算为2,196.52万元，比上年预算（注：上年3,468.18万元，公开时请删除注释）减少1271.66万元，下降36.67%。"
      )
    ).toEqual(["（注：上年3,468.18万元，公开时请删除注释）"]);
  });

  it("an area in the standard's sentence that lost its 万 is said so; a rate per 亩 to the 分 is cut short (来安县 2022, 利州区 2021)", () => {
    const text = (area: string) =>
      `2021年秋种期间已提前实施冬闲田扩种油菜任务0.5万亩,半塔镇、水口镇和施官镇实施,县农业农村局汇总,核定实施主体95户,面积${area},每亩补助标准150元,合计补助资金75万元,`;
    const found = auditText(text("0.5亩")).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.printed, f.expected])).toEqual([
      ["AUDIT-SUM", "0.5亩", "0.5万亩"],
    ]);
    expect(found[0].message).toBe(
      "“0.5亩”：按每亩补助标准150元、75万元计算应为0.5万亩（疑为数量漏写“万”）。"
    );
    expect(errors(text("0.5万亩"))).toEqual([]);
    // 1458.32万元 ÷ 160118.88亩 = 91.0773元: printed 91.07, a rate cut short, not a standard set.
    expect(
      errors(
        "全区兑现耕地地力保护补贴面积160118.88亩，每亩补贴91.07元，共计发放补贴资金1458.32万元。"
      )
    ).toEqual([]);
    expect(
      errors(
        "全区兑现耕地地力保护补贴面积160118.88亩，每亩补贴91.07元，共计发放补贴资金1558.32万元。"
      )
    ).toEqual([["AUDIT-SUM", "1558.32万元"]]);
  });

  it("machines counted 台(套) are counts, and parts of them more than their whole are wrong (高碑店市 2023)", () => {
    const text = (other: string) =>
      `2023年新录入343.76万元,受益农户167户,补贴各类机具247台(套),其中:动力机械52台(套),收获机械44台(套),耕整地机械66台(套),收获后处理机械63台(套),其他机械${other}台(套)。`;
    expect(errors(text("30"))).toEqual([["AUDIT-SUM", "247台(套)"]]);
    expect(errors(text("4"))).toEqual([]);
    // Counts are exact, and never money: 247台 is no amount of 万元.
    expect(findFigures({ start: 0, end: 8, text: "共3套、5台" }).map((f) => f.kind)).toEqual([
      "amount",
      "amount",
    ]);
    expect(errors("平台建设资金20万元，其中5G平台10万元，台账管理10万元。")).toEqual([]);
  });

  it("a clause printed twice in a row is a blank; a table's cells side by side are not (上海市文印中心, 深圳市生态环境局 2026)", () => {
    const blanks = (text: string) =>
      auditText(text)
        .findings.filter((f) => f.rule === "AUDIT-BLANK")
        .map((f) => f.printed);
    expect(
      blanks(
        "2026年单位预算安排购置车辆0辆；单位预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。安排购置单价100万元（含）以上设备（不含车辆）0台（套）。"
      )
    ).toEqual(["安排购置单价100万元（含）以上设备（不含车辆）0台（套）。"]);
    expect(
      blanks(
        "2026 年计划购置车辆 9 辆、162 万元，报废更新，其中：使用财政拨款预算购置车辆 8 辆，144 万元、使用单位资金购置车辆 1 辆，18 万元报废更新，其中：使用财政拨款预算购置车辆 8 辆，144 万元、使用单位资金购置车辆 1 辆，18 万元；单价 100 万元以上设备 0 台（套）。"
      )
    ).toEqual([
      "报废更新，其中：使用财政拨款预算购置车辆 8 辆，144 万元、使用单位资金购置车辆 1 辆，18 万元",
    ]);
    // Cells of a table side by side, spaced apart or one per line, and a 自评表's target and what was done.
    expect(
      blanks(
        "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。 为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。 100.00"
      )
    ).toEqual([]);
    expect(
      blanks(
        "年度总体目标年初设定目标年度总体目标完成情况综述对项目区农业用水计量,为项目区农业生产夯实基础,对项目区农业用水计量,为项目区农业生产夯实基础,绩效指标"
      )
    ).toEqual([]);
    // The same words far apart, or said again in another sentence, are no slip.
    expect(
      blanks(
        "2017年区本级一般公共预算财政拨款开支“三公”经费2,921.7万元。经比较,2017年区本级一般公共预算财政拨款开支“三公”经费较上年决算减少1897.9万元。"
      )
    ).toEqual([]);
  });

  it("vehicles not counted, a sentence cut off, a name or an item printed twice, a note to delete (烟台, 无锡 2026)", () => {
    const blanks = (text: string) =>
      auditText(text)
        .findings.filter((f) => f.rule === "AUDIT-BLANK")
        .map((f) => f.printed);
    expect(
      blanks("截至2025年12月31日，本部门共有车辆辆，其中机要通信用车辆、应急保障用车2辆。")
    ).toEqual(["车辆辆", "机要通信用车辆"]);
    expect(blanks("严格管理公务用车辆和驾驶人员。")).toEqual([]);
    // The number printed, its verb after it: no number left out, but the words out of order (国家信访局 2026).
    const outOfOrder = auditText(
      "2026 年预算数 3,623.98 为万元，比 2025 年执行减少 21,519.26万元。"
    ).findings;
    expect(outOfOrder.map((f) => f.message)).toEqual(["“为万元”：“为”字与金额的顺序颠倒。"]);
    expect(
      blanks(
        "2026年本部门机关运行经费安排604.53万元，\n四、委托业务费情况\n委托业务费指委托外单位办理业务而支付的各项资金。"
      )
    ).toEqual(["，"]);
    // A line the PDF wrapped at a comma goes on with its sentence.
    expect(
      blanks("2026年本部门机关运行经费安排604.53万元，\n比上年减少3万元。\n四、委托业务费情况")
    ).toEqual([]);
    expect(
      blanks("烟台市信访局烟台市信访局2026年政策和项目全面实施绩效目标管理，涉及预算项目3个。")
    ).toEqual(["烟台市信访局"]);
    // A heading run into a paragraph that opens with the same name, and words a list happens to repeat.
    expect(
      blanks(
        "一、深圳市人民政府口岸办公室深圳市人民政府口岸办公室预算 55,884.67 万元，包括在职人员经费 3,098.93 万元。"
      )
    ).toEqual([]);
    expect(
      blanks("坚决贯彻落实中央政法工作会议、全国公安工作会议、全国公安厅局长会议部署要求。")
    ).toEqual([]);
    expect(
      blanks(
        "（六）援助其他地区支出（类）\n1.其他支出（款）支出 502 万元，与上年相比增加 15 万元，增长 3.08%。\n2.其他支出（款）支出 502 万元，与上年相比增加 15 万元，增长 3.08%。\n（七）住房保障支出（类）"
      )
    ).toEqual(["其他支出（款）支出 502 万元，与上年相比增加 15 万元，增长 3.08%。"]);
    expect(
      blanks(
        "（注：部门预算公开请保留“一级”字样，单位预算公开请删除。修改时删除此注释）本部门共设一级预算单位1个。"
      )
    ).toEqual(["（注：部门预算公开请保留“一级”字样，单位预算公开请删除。修改时删除此注释）"]);
  });

  it("the reason of a fall for an item just said not to fall is a direction against its change (深圳市住建局 2026)", () => {
    const text = (change: string) =>
      `2.公务接待费。2026 年预算数 9.09 万元，较 2025 年年初预算${change} 万元，主要是上级部门来深圳调研等发生的接待费用。2026 年公务接待费预算数比 2025 年减少的主要原因是贯彻落实厉行节约原则，适当压减接待费用。`;
    const found = auditText(text("增加 0.00")).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.printed])).toEqual([["AUDIT-DIRECTION", "比 2025 年减少"]]);
    expect(errors(text("增加 1.50"))).toEqual([["AUDIT-DIRECTION", "比 2025 年减少"]]);
    expect(errors(text("减少 1.00"))).toEqual([]);
    // The reason of another item's change says nothing of this one.
    expect(
      errors(
        "2.公务接待费。2026 年预算数 9.09 万元，较 2025 年年初预算增加 0.00 万元。因公出国（境）费用比 2025 年减少的主要原因是出访计划减少。"
      )
    ).toEqual([]);
  });

  it("the lines after a bare 其中： end at a line that opens as the whole's did (无锡市交通运输局 2026)", () => {
    const text = (basic: string) =>
      `无锡市交通运输局（本级）2026 年支出预算合计 984,760.87万元，其中：\n基本支出 ${basic} 万元，占 0.34%；\n项目支出 981,455.01 万元，占 99.66%；\n无锡市交通运输局（本级）2026 年财政拨款预算支出372,917.67 万元，占本年支出合计的 37.87%。`;
    expect(errors(text("3,305.86"))).toEqual([]);
    expect(errors(text("3,505.86"))).toEqual([
      ["AUDIT-SUM", "984,760.87万元"],
      ["AUDIT-SHARE", "0.34%"],
    ]);
  });

  it("an amount that bounds a class of things (单位价值 50万元以上设备) is part of its name, not an amount (长沙市公安局 2025)", () => {
    const text = (part: string) =>
      `2025 年拟新增配置公务用车 6 辆；新增配备单位价值 50万元以上设备 4 台，其中，单位价值 100 万元以上设备 ${part} 台。`;
    expect(errors(text("3"))).toEqual([]);
    const over = auditText(text("5")).findings.filter((f) => f.severity === "error");
    expect(over.map((f) => f.message)).toEqual([
      "其中价值100万元以上设备5台，超过了新增配备单位价值50万元以上设备4 台。",
    ]);
    // A sentence of bounds alone holds no figure.
    expect(auditText("2026 年部门预算未安排购置车辆和单位价值 100 万元以上设备。").sentences).toBe(
      0
    );
  });

  it("digits masked in an ID number and a reduplicated 一X一X are no blanks (苏州市医保局, 2026 pages of the renwu crawl)", () => {
    expect(
      errors("1 刘卫琴 女 3205111967******25 中度失能 高新区，公示时间2026年3月27日。")
    ).toEqual([]);
    expect(errors("定了就要落实，一步一步朝前走，一点一点抓落实。")).toEqual([]);
    expect(errors("本单位2023年支出******万元，主要原因原因是经费增加。")).toEqual([
      ["AUDIT-BLANK", "******"],
      ["AUDIT-BLANK", "原因原因"],
    ]);
  });

  it("a 合计 said as a change right after the amounts its clause lists is their sum (深圳市水务局 2026)", () => {
    const text = (total: string) =>
      `预算收支增加主要原因说明：一是补足原水费、电费等刚性支出缺口约 105,041.04 万元；支付历史合同结算尾款 4,980.53 万元；保障新接管设施正常运行，新增经费 2,461.86 万元，合计履职类项目预算增加 ${total} 万元；二是水务发展资金预算支出规模减少 2,846.11 万元。`;
    expect(errors(text("112,483.43"))).toEqual([]);
    expect(errors(text("111,912.44"))).toEqual([["AUDIT-SUM", "111,912.44 万元"]]);
    // Amounts that are changes of their own are not what the 合计 adds up.
    expect(errors("办公费增加 10 万元，差旅费增加 20 万元，合计增加 35 万元。")).toEqual([]);
  });

  it("a budget of both flows is each flow's budget, of the same account (烟台市发改委 2026)", () => {
    const text = (spending: string) =>
      `（一）收入预算：2026年收入预算11,174.3万元，其中：一般公共预算收入11,046.3万元，国有资本经营预算收入124万元，其他收入4万元。\n（二）支出预算：2026年支出预算${spending}万元。\n（三）增减变化情况：2026年收支预算11,174.3万元，比上年减少256.73万元。`;
    const found = auditText(text("11,380.57")).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.printed, f.expected])).toEqual([
      ["AUDIT-TOTALS", "11,380.57万元", "11,174.3万元"],
    ]);
    expect(found[0].message).toContain(
      "2026年支出预算11,380.57万元与2026年收支预算11,174.3万元不等"
    );
    expect(errors(text("11,174.3"))).toEqual([]);
    // 财政拨款's budget of both flows is one account's; the 支出预算 of every fund is more.
    expect(errors("2026年支出预算665964.37万元。\n2026年财政拨款收支预算654,235.22万元。")).toEqual(
      []
    );
  });

  it("shares of 固定资产总额 are of the 固定资产总量 the sentence gave (长春市信访局 2026)", () => {
    const text =
      "本单位固定资产总量为4295.98万元，房屋和构筑物3773.63万元，占固定资产总额的87.84%；设备335.24万元，占固定资产总额的7.90%；家具和用具172.11万元，占固定资产总额的4%;无形资产15万元占固定资产总额的0.26%。";
    expect(errors(text)).toEqual([
      ["AUDIT-SHARE", "7.90%"],
      ["AUDIT-SHARE", "0.26%"],
    ]);
  });
});

describe("passages first read in session 2026-12-07, third sitting", () => {
  const errors = (text: string) =>
    auditText(text)
      .findings.filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.printed]);

  it("one row with one amount, said in two sections to change by two amounts, is marked in both (西安市司法局 2026)", () => {
    const text = (later: string) =>
      `六、财政拨款收支情况说明\n本部门当年财政拨款支出13,650.79万元，其中：一般公共预算拨款支出13,650.79万元，较上年减少183.49万元，下降1.33%。\n七、一般公共预算拨款支出明细情况说明\n本部门当年一般公共预算拨款支出13,650.79万元，较上年减少${later}万元，下降${later === "183.49" ? "1.33" : "0.72"}%。`;
    expect(errors(text("99.00"))).toEqual([
      ["AUDIT-DIRECTION", "减少183.49万元"],
      ["AUDIT-DIRECTION", "减少99.00万元"],
    ]);
    expect(errors(text("183.49"))).toEqual([]);
    // A second change on another footing is no second printing of the first.
    expect(
      errors(
        "本部门当年一般公共预算拨款支出13,650.79万元，较上年减少183.49万元。\n本部门当年一般公共预算拨款支出13,650.79万元，扣除基建投资后较上年减少99.00万元。"
      )
    ).toEqual([]);
    // A change after the last part of a list may be the whole's: two wholes, one part each, say nothing of the part.
    expect(
      errors(
        "本部门当年预算收入344,447.70万元，其中：一般公共预算拨款324,638.50万元、上年结转13,102.70万元，较上年减少129,422.00万元。\n本部门当年财政拨款收入337,741.21万元，其中：一般公共预算拨款收入324,638.50万元、上年结转13,102.70万元，较上年减少130,014.30万元。"
      )
    ).toEqual([]);
  });

  it("a base said to be nothing makes the change the whole amount (深圳市人力资源和社会保障局 2026)", () => {
    const text = (change: string) =>
      `1.因公出国（境）费用。2026 年预算数 120.20 万元，较2025 年年初预算增加 ${change} 万元，主要是 2025 年因公出国计划年初未下达，年初预算数为 0。`;
    expect(errors(text("118.80"))).toEqual([["AUDIT-SUM", "年初预算数为 0"]]);
    expect(errors(text("120.20"))).toEqual([]);
    expect(errors("公务接待费支出5.00万元，比上年增加3.00万元，上年无此项。")).toEqual([
      ["AUDIT-SUM", "上年无此项"],
    ]);
    // This year's budget of nothing says nothing of the base a change against last year's spending is taken on.
    expect(
      errors(
        "因公出国（境）费支出决算1.20万元，比上年增加0.50万元，主要原因是年初预算数为0，年中追加。"
      )
    ).toEqual([]);
    // Another figure between: the base is another item's.
    expect(
      errors(
        "培训费支出8.00万元，比上年增加3.00万元，会议费2.00万元，比上年增加2.00万元，上年无此项。"
      )
    ).toEqual([]);
  });

  it("what 加 (or 加上) adds makes its total with the whole before it, not with that whole's parts (闵行区 2021, 璧山区 2023, 渠县 2024)", () => {
    const minhang = (total: string) =>
      `全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为${total}亿元。`;
    expect(errors(minhang("490.7"))).toEqual([]);
    expect(errors(minhang("500.7"))).toEqual([["AUDIT-SUM", "500.7亿元"]]);
    const bishan = (total: string) =>
      `全区一般公共预算本级收入完成53.19亿元,增长22.1%。其中,税收收入29.09亿元,增长46.2%。非税收入24.1亿元,增长1.9%。加上中央及市级转移支付29.71亿元、动用预算稳定调节基金1.97亿元、调入资金3.29亿元、债务(转贷)收入5.11亿元、上年结转8.79亿元,收入总量为${total}亿元。`;
    expect(errors(bishan("102.06"))).toEqual([]);
    expect(errors(bishan("112.06"))).toEqual([["AUDIT-SUM", "112.06亿元"]]);
    // What a bracket says a part includes is no part of the total.
    const quxian = (total: string) =>
      `全县地方一般公共预算收入251510万元,加上级补助收入568709万元(含返还性收入9670万元)、债务转贷收入44377万元、调入资金1396万元、动用预算稳定调节基金10767万元、上年结转结余21728万元,总收入为${total}万元。`;
    expect(errors(quxian("898487"))).toEqual([]);
    expect(errors(quxian("908157"))).toEqual([["AUDIT-SUM", "908157万元"]]);
  });

  it("a subtotal in a 加 list, a first addend with no amount and a number the reading missed leave no sum (甘谷县 2021, 苏州市 2025, 重庆市 2025)", () => {
    expect(
      errors(
        "2021年全县公共财政预算收入43101万元,加上级补助收入348499万元,地方政府一般债券转贷收入7700万元,全县一般预算总收入399300万元,加上年结余336万元,加调入资金11020万元,再加动用预算稳定调节基金487万元,收入总计411143万元。"
      )
    ).toEqual([]);
    expect(
      errors(
        "2025年市级一般公共预算收入65.7亿元，完成预算的100.5%，加上上下级体制结算资金，市级财政当年可用财力296.2亿元；当年新增一般债券、动用预算稳定调节基金和调入资金等85.2亿元，合计381.4亿元。"
      )
    ).toEqual([]);
    expect(
      errors(
        "市级政府性基金预算收入810亿元，下降6.4%。加 上 中 央 补 助 427 亿 元 、政府专项债务收入2456亿元，以及区县上解、上年结转等110亿元后，收入总量为3803亿元。"
      )
    ).toEqual([]);
  });

  it("a nested 其中 whose first parts make its whole goes back up to the whole's siblings (温泉县 2021)", () => {
    const text = (tax: string) =>
      `2021年,一般公共预算总收入预计完成208852万元。其中:一般预算收入完成20707万元,同比增长20.68%,其中:税收收入${tax}万元,非税收入12648万元,上级补助收入147757万元,地方政府一般债券转贷收入37400万元;调入预算稳定调节基金2594万元;上年结余收入394万元。`;
    expect(errors(text("8059"))).toEqual([]);
    expect(errors(text("9059")).map(([rule]) => rule)).toContain("AUDIT-SUM");
  });

  it("a rate of the 年调整预算 is an execution rate, judged only against an adjusted budget (长垣市 2021, 三明市 2018)", () => {
    expect(
      errors(
        "全市一般公共预算支出调整为795622万元，实际完成791944万元，占年调整预算的99.5%，增长12%。市本级一般公共预算支出调整为683286万元，实际完成679647万元，占年调整预算的99.5%，增长13.5%。"
      )
    ).toEqual([]);
    expect(
      errors(
        "2018年预算执行情况\n市本级政府性基金收入完成210,236万元，占年度调整预算的102.68%。\n（二）落实市人大预算决议工作情况\n2018年，全市各级财税部门认真落实市人大有关决议。\n二、预算草案\n（一）一般公共预算\n（二）政府性基金预算\n市本级政府性基金收入预算为197,083万元，比上年实际完成数减少13,153万元，下降6.26%。"
      )
    ).toEqual([]);
  });

  it("assets less liabilities are net assets (武汉市江汉区 2023)", () => {
    const text = (net: string) =>
      `2023年,全区纳入国有资产报告统计的单位(企业)197户,资产总额327.39亿元,同比增长12.77%;负债总额124.85亿元,同比增长19.94%;所有者权益总额(净资产)${net}亿元,同比增长7.70%。`;
    expect(errors(text("200.57"))).toEqual([["AUDIT-SUM", "200.57亿元"]]);
    expect(errors(text("202.54"))).toEqual([]);
    // A part of the assets in brackets is not what the liabilities are taken from.
    expect(
      errors(
        "我区行政事业性国有资产总额216.22亿元(行政单位资产总额65.51亿元,事业单位资产总额150.71亿元),较上年度增加4.14亿元;负债总额107.45亿元,较上年度增加2.04亿元;净资产总额108.77亿元,较上年度增加2.1亿元。"
      )
    ).toEqual([]);
  });

  it("parts read as more than their whole are not, when some are a part broken down or said after a ；(吕梁 2018, 大同 2025, 东莞 2025)", () => {
    // 新增债券 is 市本级留用 + 转贷: a part broken down, exactly, under names of another kind.
    const bonds = (issued: string) =>
      `2018年，省财政厅转贷我市地方政府债券461616万元，其中：新增债券${issued}万元，市本级留用90000万元，转贷县（市、区）241446万元。`;
    expect(errors(bonds("331446"))).toEqual([]);
    // 主要包括 opens the breakdown of the part before it, which may be a selection (等).
    const transfers = (special: string) =>
      `2026年中央、省级提前下达全市转移支付资金232.54亿元。其中：返还性收入8.93亿元，与上年持平；一般性转移支付216.25亿元，增长0.4%，主要包括共同事权转移支付85.51亿元，均衡性转移支付92.46亿元，固定数额补助14.17亿元等；专项转移支付${special}亿元。`;
    expect(errors(transfers("7.36"))).toEqual([]);
    expect(errors(transfers("27.36")).map(([rule]) => rule)).toContain("AUDIT-SUM");
    // What follows the ；after parts that make the whole is said beside the list (云浮市 2025).
    expect(
      errors(
        "3.地方政府债务还本付息情况 2025年按照偿债计划，将债务还本付息支出列入相应预算体系安排。2025年偿还地方政府债券本金224,440.30万元，其中：一般债券还本188,575.30万元，专项债券还本35,865.00万元；支付地方政府债券利息189,260.17万元，其中：一般债券利息67,271.40万元，专项债券利息121,988.77万元。"
      )
    ).toEqual([]);
    // Siblings named alike that happen to add up to the part before them are still siblings (綦江区扶欢中学 2024).
    expect(
      errors(
        "支出预算:2024年年初预算数1,196.3万元,其中:一般公共服务支出预算1,196.3万元,教育支出预算894.1万元,社会保障和就业支出预算176.3万元,卫生健康支出预算56.93万元,住房保障支出预算68.97万元。"
      ).map(([rule]) => rule)
    ).toContain("AUDIT-SUM");
    // Nor a reason that names an amount, nor a bracket in a name.
    expect(
      errors(
        "计划生育家庭特别扶助制度补助资金(万元)\n年度预算资金总额: 321.25 \n其中:中央补助 166.00 \n市级资金 136.00 \n本级资金(包括结转结余) 20.25 \n"
      ).map(([rule]) => rule)
    ).toContain("AUDIT-SUM");
  });

  it("a government's 收入总计 is held to the 支出总计 of its own paragraph, of one year, and a unit broken by a line is read (楚雄州, 南京江北新区, 银川 2025)", () => {
    // 全州 then 州本级: the next paragraph is another level's accounts.
    expect(
      errors(
        "全州社会保险基金预算收入安排1,445,401万元。加上上级补助收入397,883万元，收入总计1,843,284万元。全州社会保险基金预算支出安排1,394,899万元。加上上解上级支出371,141万元，支出总计1,766,040万元。收支相抵，本年收支结余77,244万元。\n州本级社会保险基金预算收入安排852,240万元，收入合计1,577,269万元。州本级社会保险基金预算支出安排744,723万元，支出总计1,496,219万元。收支相抵，本年收支结余81,050万元。"
      )
    ).toEqual([]);
    // Totals of five years are no year's accounts.
    expect(
      errors(
        "“十四五”期间江北新区坚持对标找差。一是一般公共预算收入总计 825 亿元，收入规模进一步增大；二是一般公共预算支出总计 750 亿元，比“十三五”期间年均增长 9.1%。"
      )
    ).toEqual([]);
    // "36.53 亿\n元": a unit broken by the PDF's line is read; spaced out on one line by a newspaper's layout ("427 亿
    // 元": 呼和浩特市 2024), too (it was not before the ninth sitting of 2026-12-08).
    const text = "本年收支结余 36.53 亿\n元，补助区县 427 亿 元";
    const figures = findFigures({ start: 0, end: text.length, text });
    expect(figures.map((figure) => figure.kind === "amount" && figure.unit)).toEqual([
      "亿元",
      "亿元",
    ]);
    expect(figures[0].end).toBe(text.indexOf("，"));
  });

  it("a whole broken down twice, the two lists apart at a ；, is made by either (南通市 2026)", () => {
    const text = (newBuilds: string) =>
      `市本级政府投资城建交通水利项目计划 41.5 亿元，其中：市本级（不含创新区）38.3 亿元，创新区 3.2 亿元；续建项目 28.5 亿元，新建项目 ${newBuilds} 亿元。`;
    expect(errors(text("13"))).toEqual([]);
  });

  it("rates of the 调整及变动预算 are execution rates; a table's 增（减）% heading and words that run into each other are no blanks (张掖, 新疆, 丽江 2025)", () => {
    expect(
      errors(
        "全市一般公共预算支出完成194.4亿元，占调整及变动预算的84.1％，同口径增长3％。市级一般公共预算支出完成29亿元，占调整及变动预算的93.1％，同口径增长0.3％；张掖经开区一般公共预算支出完成1.5亿元，占变动预算的68.8％，增长41.3％。"
      )
    ).toEqual([]);
    expect(
      errors(
        "项目\n2023年\n决算数\n2024年\n完成数\n比上年增（减）\n%\n一、税收收入\n13,690,843\n14,097,587\n3.0"
      )
    ).toEqual([]);
    expect(errors("支出比上年增（减）15.2万元，主要是人员增加。")).toEqual([
      ["AUDIT-BLANK", "增（减）"],
    ]);
    expect(errors("丽江市古城区城区改造稳步推进，群众获得感可感可及。")).toEqual([]);
  });

  it("a figure compared with the five years before is that period's, not this year's (景德镇, 云浮 2025)", () => {
    const text = (rate: string) =>
      `“十四五”时期，全市一般公共预算收入总额为 467.26 亿元，比“十三五”时期 465.01 亿元增加 2.24 亿元，增长 0.5%；非税收入总额为 195.09 亿元，比“十三五”时期的169.88 亿元增加 25.21 亿元，增长 ${rate}%。`;
    expect(errors(text("14.8"))).toEqual([]);
    expect(errors(text("17.4"))).toEqual([["AUDIT-PCT", "17.4%"]]);
    expect(
      errors(
        "从“十四五”时期宏观来看，五年累计一般公共预算收入达 412 亿元，较“十三五”时期（299 亿元）增加 113 亿元，增长 37.83%。"
      )
    ).toEqual([]);
  });

  it("a rate printed after last year's amount and before this year's is of that amount's own change (楚雄州 2025)", () => {
    expect(
      errors(
        "2026年预算草案\n2025年，全市完成政府性基金预算收入272,388万元，下降4.5%；完成政府性基金预算支出359,135万元，下降12.5%。全市政府性基金预算平衡情况：政府性基金预算收入272,388万元，转移性收入36,506万元，收入总计308,894万元。政府性基金预算支出359,135万元。"
      )
    ).toEqual([]);
  });

  it("an amount named as a total of its own is no part (雅安市 2025)", () => {
    expect(
      errors(
        "2026年安排经开区专项发展资金1亿元，并结合税收留存政策，从2026年1月1日起，原经开区9户市属企业税收市级分成部分全部留存经开区（此前为11户企业，其中2户民爆企业已于2025年迁至名山区），预计减少下级上解收入1亿元，形成总规模2亿元的财政支持。"
      )
    ).toEqual([]);
  });

  it("a government report's districts each name their 一般公共预算支出; its own 项目支出 elsewhere is none of theirs (南阳市 2019)", () => {
    const text = (district: string) =>
      `1.市本级一般公共预算收支安排\n2020年市本级一般公共预算收入安排47.1亿元。\n按现行财政体制算账，市级财力为67亿元。\n支出结构情况：工资、公用经费支出37亿元，占财力的55.2%；事业发展等项目支出19.4亿元，占财力的29%。\n5.城乡一体化示范区、高新区财政预算安排情况\n2020年城乡一体化示范区一般公共预算收入2.6亿元，增长8%，一般公共预算支出${district}亿元；高新区一般公共预算收入5.87亿元，增长8.5%，一般公共预算支出5.87亿元。`;
    expect(errors(text("5.2"))).toEqual([]);
  });

  it("a share names the whole its part is listed under, not a budget of that name before it (大同市 2025)", () => {
    const text = (share: string) =>
      `全年预算情况。备案的全市一般公共预算收入为192.87亿元，一般公共预算支出为482.01亿元。\n支出执行情况。2025年全市一般公共预算支出执行469.28亿元，为预算的94.19%，下降1.71%。其中：民生支出380.75亿元，占一般公共预算支出的${share}%。`;
    expect(errors(text("81.1"))).toEqual([]);
    expect(errors(text("70.0"))).toEqual([["AUDIT-SHARE", "70.0%"]]);
  });

  it("a 主要是 right after a change says why, and what it names is no part (临沧市 2025)", () => {
    const text = (tax: string) =>
      `市级地方一般公共预算收入完成103873万元，为年初预算108400万元的95.82%，同比下降7.94%，其中：税收收入${tax}万元，增长5.96%；非税收入53558万元，下降18.04%，主要是2024年市城投集团一次性补缴公共租赁住房收入0.9亿元，2025年无此项收入。`;
    expect(errors(text("50315"))).toEqual([]);
    expect(errors(text("60315")).map(([rule]) => rule)).toContain("AUDIT-SUM");
  });

  it("in a government's report a share of a whole named several times may be of any of them (大同市 2025)", () => {
    const text = (share: string) =>
      `全年预算情况。备案的全市一般公共预算收入为192.87亿元，一般公共预算支出为482.01亿元。\n支出执行情况。2025年全市一般公共预算支出执行469.28亿元，为预算的94.19%。\n市本级一般公共预算收入完成112.8亿元。\n坚持民生导向。全年全市民生支出381亿元，占一般公共预算支出的${share}％，群众获得感不断提升。`;
    expect(errors(text("81"))).toEqual([]);
    expect(errors(text("70"))).toEqual([["AUDIT-SHARE", "70％"]]);
  });

  it("parts more than the whole a 其中 follows, named as a whole just before is, are that one's (厦门市 2025)", () => {
    const text = (imports: string) =>
      `2025 年，厦门市实现货物进出口总额 9600.22 亿元，比上年增长 3.0%，其中，出口 5407.63 亿元，增长 8.6%；进口 ${imports} 亿元，下降 3.5%。其中，对共建“一带一路”国家进出口额 4941.06 亿元，增长 6.8%；对 RCEP 国家进出口额 3249.13 亿元，增长 1.1%。`;
    expect(errors(text("4192.58"))).toEqual([]);
    // A part of the 进口 named so is still held to it.
    expect(
      errors(
        "进口 4192.58 亿元，下降 3.5%。其中，机电产品进口 3941.06 亿元，增长 6.8%；农产品进口 3249.13 亿元，增长 1.1%。"
      ).map(([rule]) => rule)
    ).toContain("AUDIT-SUM");
  });

  it("one item's share said again, of another span of years, is no second item's (丽江市 2025)", () => {
    const text = (later: string) =>
      `2025年全市民生支出完成140亿元，占一般公共预算支出的73.7%。\n“十四五”以来，财政部门坚持兜底保障民生。全市民生支出达到655亿元，占一般公共预算支出比重达${later}%。`;
    expect(errors(text("75"))).toEqual([]);
    // Two items' shares of one whole still add up to at most all of it.
    expect(
      errors(
        "2025年全市民生支出完成140亿元，占一般公共预算支出的73.7%。全市教育支出完成60亿元，占一般公共预算支出的35%。"
      ).map(([rule]) => rule)
    ).toContain("AUDIT-SHARE");
  });

  it("a list whose parts have amounts and budgets both is no one list (固原市 2025)", () => {
    expect(
      errors(
        "（7）社会保障和就业特定目标类项目经费 2,190.94 万元，\n其中：\n——市本级预算安排 1,175.5 万元。主要是抚恤金 800 万元，\n市本级承担各县区“两保”资金 170 万元，残疾人事业发展补助\n资金 70 万元，事业单位招考工作经费 50 万元，劳务管理服务\n中心项目工作经费 29 万元；\n——提前下达中央和自治区转移支付 1,015.44 万元。主要\n是 2026 年困难群众救助补助资金 120 万元，红十字事业发展补\n助资金和博爱家园项目资金 2 万元。\n"
      )
    ).toEqual([]);
  });

  it("text a PDF's fonts garbled leaves no blank (淮安市 2026)", () => {
    expect(
      errors(
        "J。LËþM§0$m)\n３UV， LP>Qb ４\n７Y'º。\ný，xE!Ç$m¥ １\n\n１\n４UV，%\nþMR{¨óS)ý，¾R{¨ １"
      )
    ).toEqual([]);
    expect(errors("本年支出比上年增长%，主要是人员增加。")).toEqual([["AUDIT-BLANK", "%"]]);
  });

  it("a bare 支出 with an amount of its own, after an item of that flow that has one, is another total (广州市 2026)", () => {
    const text = (capital: string) =>
      `2026 年，全市国有资本经营预算收入 21.2 亿元，加上上年结转资金 0.2 亿元、转移性收入 0.3 亿元，收入总计 21.7 亿元，剔除转移性支出 9.6 亿元后，安排支出 12.1 亿元，其中：资本性支出 ${capital} 亿元，费用性支出 4.7 亿元。`;
    expect(errors(text("7.4"))).toEqual([]);
    expect(errors(text("9.4"))).toEqual([["AUDIT-SUM", "12.1 亿元"]]);
  });

  it("a PDF line ending on a number whose unit opens the next runs on; a 支出总计 is of what follows the 收入总计 of its sentence (宿迁, 银川 2025)", () => {
    // The wrap width is that of the report's lines; the short line "补助下级支出 50.56" goes on into "亿元，…".
    const text = (debt: string) =>
      [
        "2025 年市本级一般公共预算收入 91.16 亿元，上级补助收入",
        "124.02 亿元，下级上解收入 19.77 亿元，上年结余收入 15.66 亿",
        "元，调入资金 60.09 亿元，一般债务转贷收入 38.94 亿元，动用",
        "预算稳定调节基金 14.28 亿元，收入总来源 363.92 亿元。",
        "市本级安排一般公共预算支出 212 亿元，上解支出 28 亿元，",
        "补助下级支出 50.56",
        `亿元，一般债务还本支出 ${debt} 亿元，一般债务转贷支出 10.25 亿元，安排`,
        "预算稳定调节基金 8.36 亿元，总支出 334.31 亿元。收支相抵。",
      ].join("\n");
    expect(errors(text("25.14"))).toEqual([]);
    const yinchuan = [
      "2. 市本级执行情况。市本级一般公共预算收入完成 101.12",
      "亿元，加上级补助收入 134.64 亿元、上解收入 1.49 亿元、调入",
      "资金 0.12 亿元、上年结转 5.07 亿元、动用预算稳定调节基金 3.87",
      "亿元、债务转贷收入 40.5 亿元，市本级一般公共预算收入总计",
      "286.81 亿元；市本级一般公共预算支出完成 170.02 亿元，同比",
      "下降 7.8%，加补助下级支出 67.82 亿元、债务转贷支出 14.21",
      "亿元、安排预算稳定调节基金 2.18 亿元、债务还本支出 26.07",
      "亿元，结转下年 6.51 亿元，市本级一般公共预算支出总计 286.81",
      "亿元，实现收支平衡。",
    ].join("\n");
    expect(errors(yinchuan)).toEqual([]);
  });

  it("a part beginning like a whole beside its own only by 一般 stays in its own list (保定市 2025)", () => {
    expect(
      errors(
        "（1）总收入 389.1 亿元，其构成是：①一般公共预算收入 54.2 亿元，完成预算的 141.1%，增长 49.6%；②上级补助收入 175.7 亿元，其中，返还性收入 15.4 亿元，一般转移支付 139.9 亿元，专项转移支付 20.4 亿元；③下级上解收入 76 亿元；④调入预算稳定调节基金 22 亿元；⑤调入资金 1824 万元；⑥上年结转收入 35 亿元；⑦新增地方政府债券收入 26 亿元。"
      )
    ).toEqual([]);
  });

  it("a page's number between dashes is blanked however short the line before it, and a comma before it runs on (重庆市 2025)", () => {
    // A PDF's lines, cut at their width (26 characters), the page's end after a 、.
    const text = [
      "2025年市级一般公共预算收入805亿元，下降4.7%，完",
      "成预算的92.6%。其中，税收收入587亿元，增长1.5",
      "%；非税收入218亿元，下降18.2%。加上中央补助",
      "2420亿元、",
      "— 3 —",
      "",
      "政府一般债务收入931亿元，以及区县上解、动用预",
      "算稳定调节基金、调入资金、上年结转等788亿元后",
      "，收入总量为4944亿元。全市一般公共预算支出完成",
      "2004亿元，增长3.1%，完成预算的98.9%。主要支",
    ].join("\n");
    const blanked = blankPageNumbers(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain("— 3 —");
    expect(softWraps(blanked).has(text.indexOf("、\n") + 1)).toBe(true);
  });

  it("a whole read as last year's is not held to parts read as this year's (吕梁市 2025)", () => {
    expect(
      errors(
        "关于2025年预算执行情况和2026年预算草案的报告\n2026年全市一般公共预算收入预计120亿元，增长5%。\n3．经开区一般公共预算执行情况\n2025年经开区一般公共预算支出执行3.05亿元，为调整预算的99.94％，下降16.82％。其中：一般公共服务支出2.95亿元，下降14.77％，资源勘探工业信息等支出0.06亿元，下降47.81％。"
      )
    ).toEqual([]);
  });

  it("同口径 says how a change is compared, it names nothing (三明市 2018)", () => {
    const text = (rate: string) =>
      `其中：市本级统筹的机关事业单位养老保险基金收入预算为24,555万元，同口径比上年增加62万元，增长${rate}%。支出预算为56,687万元，比上年增加9,757万元，增长20.79%。`;
    expect(errors(text("0.25"))).toEqual([]);
    expect(errors(text("0.35"))).toEqual([["AUDIT-PCT", "0.35%"]]);
  });

  it("上述N项 over numbered sections of another number, whose first amounts make its total, is a wrong count (铁岭县 2022)", () => {
    const text = (count: string) =>
      `(一)全县收入来源\n1.一般公共预算收入安排情况\n2022年全县一般公共预算收入安排69669万元，比上年实际完成增加2719万元。\n2.上级补助收入安排情况\n2022年全县上级补助收入预计为133423万元。\n3.调入资金安排情况\n2022年为弥补财力不足，安排调入资金27200万元。\n4.上年结余安排情况\n2022年为弥补财力不足，安排调入资金4700万元。\n上述${count}项收入合计234992万元，为我县2022年一般公共预算的收入来源。`;
    expect(errors(text("三"))).toEqual([["AUDIT-SUM", "上述三项"]]);
    expect(errors(text("四"))).toEqual([]);
  });

  it("a count of kinds against the kinds a bracket lists whose counts make the total before it (泾川县 2020)", () => {
    const text = (kinds: string) =>
      `共补贴${kinds}大类19个品种285台(件)(动力机械103台、耕整地机械118台件,种植施肥机械45台,收获机械8台,农产品初加工机械6台,畜牧机械4台,田园管理机械1台)。`;
    expect(errors(text("6"))).toEqual([["AUDIT-SUM", "6大类"]]);
    expect(errors(text("7"))).toEqual([]);
    // A bracket that is not all of them (its counts fall short of the total) says nothing of the count.
    expect(
      errors("共补贴6大类19个品种285台(动力机械103台、耕整地机械118台、收获机械8台)。")
    ).toEqual([]);
  });
});

describe("figures changed one at a time in consistent corpus passages (session 2026-12-07, fourth sitting)", () => {
  it("由年初预算A调整为B，调减C: the adjustment's two amounts, and what it changed the budget by (中山市小榄镇 2021)", () => {
    const text = (adjusted: string) =>
      `政府性基金总收入调减2.42亿元;政府性基金总支出由年初预算17.77亿元调整为${adjusted}亿元,调减2.34亿元;年终结转结余减少0.08亿元,调整后收支平衡。`;
    expect(errors(text("15.43"))).toEqual([]);
    expect(errors(text("15.53"))).toEqual([["AUDIT-SUM", "2.34亿元"]]);
    // The message names the two amounts as the budget before and after, not as two years'.
    const [finding] = auditText(text("15.53")).findings;
    expect(finding.message).toContain("调整后15.53亿元、年初预算17.77亿元");
  });

  it("由上年的A增加到B: last year's amount and this year's, the change and the rate after them are of the two", () => {
    const text = (rate: string) =>
      `人员经费由上年的300.00万元增加到350.00万元，增加50.00万元，增长${rate}%。`;
    expect(errors(text("16.67"))).toEqual([]);
    expect(errors(text("18.67"))).toEqual([["AUDIT-PCT", "18.67%"]]);
    const [staff] = findClaims(text("16.67")).items;
    expect([staff.printedName, staff.prior?.text, staff.current?.text]).toEqual([
      "人员经费",
      "300.00万元",
      "350.00万元",
    ]);
  });

  it("从2015年的A上升到2020年的B is five years apart: no change of one year is read from it (壤塘县 2020)", () => {
    const claims = findClaims(
      "壤塘县一般公共预算收入从2015年的2007万元上升到2020年的2468万元,年均增长4.22%。"
    );
    const income = claims.items.find((item) => item.name.endsWith("一般公共预算收入"));
    expect(income?.current?.text).toBe("2468万元");
    expect(income?.prior).toBeUndefined();
    expect(claims.items.some((item) => item.delta)).toBe(false);
  });

  it("kinds that are all of their whole by what they are: parts short of it are wrong too (包头市 2022, 北京市教委 2026)", () => {
    const debt = (limit: string) =>
      `截至目前,自治区下达我市法定债务限额${limit}亿元,其中一般债务725.3亿元、专项债务380亿元。`;
    expect(errors(debt("1,105.3"))).toEqual([]);
    expect(errors(debt("2,105.3"))).toEqual([["AUDIT-SUM", "2,105.3亿元"]]);
    const purchase = (total: string) =>
      `2026年北京市教育委员会部门政府采购预算总额${total}万元，其中：政府采购货物预算205590.35万元，政府采购工程预算150000.00万元，政府采购服务预算164459.57万元。`;
    expect(errors(purchase("520049.92"))).toEqual([]);
    expect(errors(purchase("620049.92"))).toEqual([["AUDIT-SUM", "620049.92万元"]]);
    const revenue = (total: string) =>
      `全区一般公共预算收入${total}亿元。其中,税收收入14.26亿元,非税收入15.83亿元。`;
    expect(errors(revenue("30.09"))).toEqual([]);
    expect(errors(revenue("31.09"))).toEqual([["AUDIT-SUM", "31.09亿元"]]);
    const assets = (total: string) =>
      `截至2023年12月31日,我区行政事业性国有资产总额${total}亿元(行政单位资产总额65.51亿元,事业单位资产总额150.71亿元)。`;
    expect(errors(assets("216.22"))).toEqual([]);
    expect(errors(assets("316.22"))).toEqual([["AUDIT-SUM", "316.22亿元"]]);
    // Only those kinds: two kinds of funds by who gave them may leave a third out.
    expect(errors("项目预算合计为523.38万元(其中:自治区169.35万元,市级254.03万元)。")).toEqual([]);
  });

  it("收入合计 followed by the spending and the balance is the total of the items before it (福州市鼓楼区 2021)", () => {
    const text = (total: string) =>
      `全区政府性基金上年结余26.38亿元,上级补助收入14.78亿元,债券转贷收入1.34亿元,调入资金10万元,收入合计${total}亿元,支出19.43亿元,年终结余23.07亿元。`;
    expect(errors(text("42.5"))).toEqual([]);
    expect(errors(text("45.5"))).toEqual([["AUDIT-SUM", "45.5亿元"]]);
  });

  it("加上…，收入合计 adds to the whole its paragraph opened with, not to that whole's last part (大理州 2025)", () => {
    const text = (total: string) =>
      `州本级社会保险基金预算收入安排852,240万元，较上年执行数增长195.6%。主要收入项目是：保险费收入430,569万元，财政补贴收入375,057万元。加上上级补助收入397,883万元、下级上解收入327,146万元，收入合计${total}万元。`;
    expect(errors(text("1,577,269"))).toEqual([]);
    const wrong = auditText(text("1,677,269")).findings.filter((f) => f.severity === "error");
    expect(wrong.map((f) => f.mark.text)).toEqual(["1,677,269万元"]);
    expect(wrong[0].message).toContain("州本级社会保险基金预算收入");
  });

  it("完成预算X的Y% / 占年计划X的Y%: X is the plan the rate after it is of (甘谷县 2023, 华容县 2021, 弥渡县 2023)", () => {
    const gangu = (rate: string) =>
      `其中:一般公共预算收入46900万元,完成预算46508万元的${rate}%,超收392万元,同比增长6.8%。`;
    expect(errors(gangu("100.8"))).toEqual([]);
    expect(errors(gangu("200.8"))).toEqual([["AUDIT-PCT", "200.8%"]]);
    const huarong = (rate: string) =>
      `税务系统完成94740万元,占年计划85000万元的${rate}%,同比增长22.09%。`;
    expect(errors(huarong("111.46"))).toEqual([]);
    expect(errors(huarong("121.46"))).toEqual([["AUDIT-PCT", "121.46%"]]);
    // The words between may name who set the plan; last year's amount after it is still the item's.
    const midu = (change: string) =>
      `2023年1-9月一般公共预算收入37,730万元,为县人民代表大会批准全县全年预算46,908万元的80.43%,比上年同期35,285万元增收${change}万元。`;
    expect(errors(midu("2,445"))).toEqual([]);
    expect(errors(midu("2,545"))).toEqual([["AUDIT-SUM", "2,545万元"]]);
  });

  it("a plan a rate of it follows is no second printing of a budget text's amount (周至县 2023)", () => {
    expect(
      errors(
        "关于周至县2023年预算执行情况和2024年预算草案的报告\n全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%。"
      )
    ).toEqual([]);
  });

  it("a bare 收入 compared with last year, after the sentence that gave its total, is that total (杭锦旗 2016)", () => {
    const text = (rate: string) =>
      `2016年度收入总计9,937.38万元,支出总计9,937.38万元。与2015年度相比,收入增加6,800.07万元,增长${rate}%;支出增加6,800.07万元,增长216.7%。`;
    expect(errors(text("216.7"))).toEqual([]);
    expect(errors(text("316.7"))).toEqual([["AUDIT-PCT", "316.7%"]]);
  });

  it("a name qualified in brackets keeps its name: 财政组织收入(不含基金) (西秀区 2024)", () => {
    const text = (rate: string) =>
      `税务组织收入80,742万元,同比下降3.07%,减收2,558万元;财政组织收入(不含基金)119,555万元,同比增长${rate}%,增收9,822万元。`;
    expect(errors(text("8.95"))).toEqual([]);
    expect(errors(text("9.95"))).toEqual([["AUDIT-PCT", "9.95%"]]);
    expect(findClaims(text("8.95")).items.map((item) => item.printedName)).toContain(
      "财政组织收入"
    );
  });

  it("after a 分别 that lists no figure per name, the clauses that follow are read (青岛市 2017)", () => {
    const text = (rate: string) =>
      `2017年青岛市政府采购金额为326.14亿元,占财政支出和GDP比重分别为23.24%和2.96%,比2016年同口径增加16.27亿元,增长${rate}%。`;
    expect(errors(text("5.25"))).toEqual([]);
    expect(errors(text("6.25"))).toEqual([["AUDIT-PCT", "6.25%"]]);
  });

  it("拨付率 of funds named between 到位 and 资金, 节支率 of 节约财政资金 (宣城市 2013, 竹溪县 2013)", () => {
    const paid = (rate: string) =>
      `截至8月底,我市累计到位民生工程资金26.3亿元,占年计划的93.9%;累计拨付民生工程资金25.6亿元,拨付率达${rate}%。`;
    expect(errors(paid("97.3"))).toEqual([]);
    expect(errors(paid("98.3"))).toEqual([["AUDIT-PCT", "98.3%"]]);
    const saved = (rate: string) =>
      `全年共完成政府采购3批次,完成采购预算20657.52万元,实际采购金额18391.01万元,节约财政资金2266.51万元,平均节支率为${rate}%。`;
    expect(errors(saved("10.97"))).toEqual([]);
    expect(errors(saved("11.97"))).toEqual([["AUDIT-PCT", "11.97%"]]);
  });

  it("占支出总额 of a numbered part is of the 支出总额 named before the list (中组部 2014)", () => {
    const text = (share: string) =>
      `2014年度,中管党费支出总额为16295万元,主要支出项目是:\n1.慰问生活困难党员和老党员支出9025万元,占支出总额的${share}%。\n2.补助受灾党员和修缮因灾受损基层党员教育设施支出1020万元,占支出总额6.3%。`;
    expect(errors(text("55.4"))).toEqual([]);
    expect(errors(text("65.4"))).toEqual([["AUDIT-SHARE", "65.4%"]]);
  });

  it("a last part over its whole, named as the parts before it, is a part printed wrong — not another total", () => {
    const text = (services: string) =>
      `2026年政府采购预算5,931.4万元，其中：政府采购货物预算6.1万元，政府采购工程预算0万元，政府采购服务预算${services}万元。`;
    expect(errors(text("5,925.3"))).toEqual([]);
    expect(errors(text("6,925.3"))).toEqual([["AUDIT-SUM", "5,931.4万元"]]);
  });

  it("a bare 共计 after the amounts of its sentence is their total, and no part of a list open (芜湖市 2022, 青岛市 2025)", () => {
    const text = (county: string) =>
      `5.根据因素分配法测算,分配湾沚区24.6万元,繁昌县56.5万元,南陵县${county}万元,无为市111.4万元,共计266.6万元,统筹用于公共文化服务体系建设。`;
    expect(errors(text("74.1"))).toEqual([]);
    expect(errors(text("84.1"))).toEqual([["AUDIT-SUM", "266.6万元"]]);
    // The 共计 of two parts of a 其中 is not a third part of the whole.
    expect(
      errors(
        "项目概算总投资 331676 万元,其中工程投资\n194424 万元和涉铁涉军征 迁 费 25299 万 元, 共 计 219723 万 元,\n由市财力资金安排解决。"
      )
    ).toEqual([]);
  });

  it("加上…，年度可用财力 totals what it adds to and what it adds; 减调出资金 is taken off (晋江市 2023, 张掖市 2025)", () => {
    const text = (debt: string) =>
      `2023年本级一般公共预算财力151.4亿元,同比增长0.4%。加上上级转移支付收入19.41亿元和新增地方政府一般债务转贷收入${debt}亿元,年度可用财力173.49亿元。`;
    expect(errors(text("2.68"))).toEqual([]);
    expect(errors(text("3.68"))).toEqual([["AUDIT-SUM", "173.49亿元"]]);
    expect(
      errors(
        "4．国有资本经营预算收入2352万元，加提前下达专项296万元、上年结转709万元，减调出资金360万元，预计可用财力2997万元。"
      )
    ).toEqual([]);
  });

  it("占本年度收入 of a source listed under no whole is of the income total whose list opened before (文字博物馆 2013)", () => {
    const text = (share: string) =>
      [
        "(二)部门决算收入来源情况。决算收入4089.45万元,来源有3部分:财政拨款(含基本建设)、事业收入和其他收入。其中:",
        "1、财政拨款3961.45万元(含基本建设经费1000万元),占本年度收入96.87%。其中:",
        "(1)文化体育与传媒(类)3945.69万元,占财政拨款99.6%。包括文物(款)3845.69万元,文化事业建设费安排的支出(款)100万元。",
        "(2)医疗卫生(类)15.76万元,占财政拨款0.4%。包括医疗保障(款)15.76万元。",
        `2、事业收入118万元,占本年度收入${share}%。`,
        "3、其他收入10万元,占本年度收入0.24%.",
      ].join("\n\n");
    expect(errors(text("2.89"))).toEqual([]);
    expect(errors(text("3.89"))).toEqual([["AUDIT-SHARE", "3.89%"]]);
  });

  it("two rates and the points the text says are between them (濮阳市 2024; passages of the corpus)", () => {
    expect(errors("预算执行率59.2%,低于序时进度(66.7%)7.5个百分点。")).toEqual([]);
    expect(errors("预算执行率59.2%,低于序时进度(66.7%)8.5个百分点。")).toEqual([
      ["AUDIT-PCT", "8.5个百分点"],
    ]);
    expect(errors("增长20.6%,比全省平均水平(17.9%)高2.7个百分点。")).toEqual([]);
    expect(
      errors("占一般公共预算支出29472万元的比例为11.32%,比上年的10.54%增加了0.88个百分点。")
    ).toEqual([["AUDIT-PCT", "0.88个百分点"]]);
    expect(errors("执行率由85%提高到95%，提高12个百分点。")).toEqual([["AUDIT-PCT", "12个百分点"]]);
    // A rate said to fall is below 0.
    expect(errors("全省一般公共预算收入下降4.1%,比我市增幅(-5.2%)高1.1个百分点。")).toEqual([]);
    // 占比 is no comparison: the rate before it is of something else (南阳市 2019).
    expect(
      errors(
        "其中税收完成30.6亿元，为预算的100.3%，增长14%，税收占比69.4%，比上年提高4.8个百分点。"
      )
    ).toEqual([]);
  });

  it("加上…可用资金 totals what it adds to, unless more than that whole's parts come before 加 (京山市 2021, 海曙区 2021)", () => {
    const text = (total: string) =>
      `按现行财政体制结算,2021年一般公共预算可用资金为23173.15万元,为调整预算的111.86%。其中包括:支出基数13372万元,税收分成及体制结算收入5772.56万元,预算内上级补助收入4028.59万元。加上上年结余1728.62万元,全年一般公共预算可用资金为${total}万元。`;
    expect(errors(text("24901.77"))).toEqual([]);
    expect(errors(text("24902.77"))).toEqual([["AUDIT-SUM", "24902.77万元"]]);
    expect(
      errors(
        "全区完成一般公共预算收入1296953万元,完成预算的100.0%,增长12.0%,上级转移支付收入260000万元,调入资金150000万元,动用预算稳定调节基金69794万元,上解支出668000万元,加上年结转84119万元,全区一般公共预算可用资金1192866万元。"
      )
    ).toEqual([]);
  });

  it("占总收入 of numbered sources is of the income the text opened with, each breakdown apart (北海市红十字会 2021)", () => {
    const income = (share: string) =>
      `2021年,北海市红十字会本级实现财务收入279.40万元。收入分类情况如下:\n1.捐赠收入\n本年度公益性资金收入41.31万元,占总收入的14.79%。其中:\n困难救助款收入1.41万元,助学款项收入3.68万元,定向捐款收入13.22万元,“99公益日”网络募捐项目收入23万元。\n2.政府拨款收入\n本年度北海市红十字会本级政府拨款收入220.43万元,占总收入的78.89%,均为公共预算收入。其中:市本级财政资金收入190.43万元,自治区红十字会事业发展补助资金收入30万元。\n3.其他收入\n本年度其它收入17.66万元,占总收入的${share}%。`;
    expect(errors(income("6.32"))).toEqual([]);
    expect(errors(income("7.32"))).toEqual([["AUDIT-SHARE", "7.32%"]]);
    // Spending listed by source and again by use: a part of the first list is no whole of the second's.
    expect(
      errors(
        "2021年度,北海市红十字会本级财务支出共计340.41万元。具体支出情况如下:\n——按资金来源\n1.公益性资金支出104.42万元,占总支出的30.67%。\n2.政府拨款支出220.43万元,占总支出的64.75%。其中:基本支出154.94万元,项目支出65.48万元。\n3.其他收入支出15.56万元,占总支出的4.57%。\n——按资金用途\n1.用于“红十字博爱送万家”等人道救助活动支出2.68万元,占总支出的0.79%。\n2.用于“助学圆梦”等助学活动支出84.58万元,占总支出的24.85%。"
      )
    ).toEqual([]);
  });

  it("当前预算执行率 names nothing; a share names its whole with the level the whole's name left off (宣州区 2023, 东莞市 2020)", () => {
    const rate = (printed: string) =>
      `年度资金总额全年预算数5372.5833万元,全年执行数4772.58万元,当前预算执行率${printed}%。`;
    expect(errors(rate("88.83"))).toEqual([]);
    expect(errors(rate("98.83"))).toEqual([["AUDIT-PCT", "98.83%"]]);
    const share = (printed: string) =>
      `2020年1-9月,我市一般公共预算收入499.14亿元中:税收收入408.58亿元,增长0.42%,占市一般公共预算收入81.86%;非税收入90.56亿元,增长8.29%,占市一般公共预算收入${printed}%。`;
    expect(errors(share("18.14"))).toEqual([]);
    expect(errors(share("28.14"))).toEqual([["AUDIT-SHARE", "28.14%"]]);
  });

  it("what was spent, said after the funds given in its sentence, with a rate ahead, is of those funds (腾冲市 2019, 宣州区 2022)", () => {
    const given = (rate: string) =>
      `年初财政下达资金5万元,截至2019年12月31日,项目资金实际支出5万元,执行率为${rate}%。`;
    expect(errors(given("100"))).toEqual([]);
    expect(errors(given("200"))).toEqual([["AUDIT-PCT", "200%"]]);
    const yearly = (rate: string) =>
      `截止2022年12月31日,此专项经费预算数180万元,全年执行数180万元,实际执行率${rate}%。`;
    expect(errors(yearly("100"))).toEqual([]);
    expect(errors(yearly("200"))).toEqual([["AUDIT-PCT", "200%"]]);
  });

  it("a standard per head raised from A to B is no item's amount, and B is no change", () => {
    const claims = findClaims("城市低保标准由每人每月600元提高到650元，惠及1200人。");
    expect(claims.items.some((item) => item.delta || item.current?.unit === "元")).toBe(false);
  });
});

describe("a list of income by source after a total of this year's and carried-over income (任务 PDF 164, as pdftotext gives it)", () => {
  it("is read without failing when the whole it names is the only one left to choose from", () => {
    const text = [
      "元，包括本年收入 9,947.88 万元，上年结转结余 0 万元。",
      "其中：",
      "本年一般公共预算收入 9,947.88 万元，占 100%；",
      "本年政府性基金预算收入 0 万元，占 0%；",
      "本年其他收入 0 万元，占 0%；",
      "上年结转结余的一般公共预算收入 0 万元，占 0%；",
    ].join("\n");
    expect(() => findClaims(text)).not.toThrow();
    expect(errors(text)).toEqual([]);
  });
});

describe("details of a numbered part (session 2026-12-07, sixth sitting)", () => {
  it("a sentence opening on what a numbered part goes on (主要安排…) details that part, 、 and ； in it (张掖市 2025)", () => {
    const text =
      "按照收支平衡的原则，相应安排支出28.9亿元。其中：\n（1）基本支出12.1亿元，占支出的41.87％。主要安排机关事业单位人员工资、社会保险缴费、公务员医疗补助缴费等工资福利支出9．63亿元；安排离休人员工资、退休人员取暖费、活动费、遗属生活费、医疗保险缴费等对个人和家庭补助支出8458万元；安排机关运转经费1.6亿元。\n（2）项目支出6.3亿元，占支出的21.8％。\n（3）上年结转及提前下达专项转移支付支出10.5亿元，占支出的36.33％。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("10.5亿元", "11.5亿元"))).toContainEqual(["AUDIT-SUM", "28.9亿元"]);
    expect(errors(text.replace("机关运转经费1.6亿元", "机关运转经费3.6亿元"))).toEqual([
      ["AUDIT-SUM", "12.1亿元"],
    ]);
  });

  it("a use named after another is its sibling, not its part, under a whole whose parts are 人员 / 公用经费", () => {
    const { items } = findClaims("基本支出100万元。主要用于办公费20万元，差旅费50万元。");
    expect(items.map((item) => [item.name, item.parent?.name])).toEqual([
      ["基本支出", undefined],
      ["办公费", "基本支出"],
      ["差旅费", "基本支出"],
    ]);
  });
});

describe("the numbered lines of a bare 其中 (session 2026-12-07, sixth sitting)", () => {
  it("a sentence more on a numbered line details the part the line opened with (固原市 2025)", () => {
    const text = [
      "（二）政府性基金支出。按照“以收定支，收支平衡”的原",
      "则，政府性基金支出相应安排 87,689.96 万元，其中：",
      "（1）城乡社区安排的支出 31,700 万元。偿还 2026 年合同",
      "约定棚改贷款本息 21,300 万元，拟挂牌出让土地拆迁费、解决",
      "棚户区改造期间拆迁遗留问题等费用 5,946 万元，村级运转经费",
      "1,586 万元，保障性住房低收入群体住房租金差额补贴 1,300 万",
      "元，新增建设用地土地有偿使用费及耕地开垦费 1,200 万元，长",
      "城梁退耕还林 100 万元，国土空间规划体检及评估经费 98 万元，",
      "单宗地评估费及出让地块土壤污染状况调查报告编制费 80 万",
      "元，2026—2027 年度标定地价与地价动态监测项目 50 万元，土",
      "地出让业务费 30 万元，城区储备土地管理维护等经费 10 万元；",
      "（2）污水处理费安排支出 900 万元；",
      "（3）专项债券付息支出 14,000 万元；",
      "（4）提前下达中央和自治区转移支付 1,994.96 万元。主要",
      "是 2026 年集中彩票公益金支持社会福利事业资金 1,481.96 万",
      "元，集中彩票公益金支持体育事业专项资金 363 万元，旅游发",
      "展基金补助地方项目资金和文化人才专项经费 110 万元，财政",
      "残疾人事业补助资金 40 万元；",
      "（5）其他地方自行试点项目收益专项债券付息 2,000 万元；",
      "（6）上年结转资金 37,095 万元，按原用途继续使用。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("37,095", "38,095"))).toEqual([["AUDIT-SUM", "87,689.96 万元"]]);
    expect(errors(text.replace("363 万元", "463 万元"))).toEqual([["AUDIT-SUM", "1,994.96 万元"]]);
  });
});

describe("balances struck (session 2026-12-07, sixth sitting)", () => {
  it("net assets are the assets less the debts named before them, past the parts in brackets (广州市海珠区 2023)", () => {
    const text =
      "截至2023年12月31日,我区行政事业性国有资产总额216.22亿元(行政单位资产总额65.51亿元,事业单位资产总额150.71亿元),较上年度增加4.14亿元;负债总额107.45亿元,较上年度增加2.04亿元;净资产总额108.77亿元,较上年度增加2.1亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("108.77", "118.77"))).toEqual([["AUDIT-SUM", "118.77亿元"]]);
  });

  it("收支相抵 strikes the balance of the income and the spending before it (百色市 2023, 三明市 2019)", () => {
    const social =
      "2023年,市本级社会保险基金预算收入65.17亿元,社会保险基金预算支出57.93亿元。收支相抵,本年收支结余7.24亿元,年终滚存结余78.09亿元。";
    expect(errors(social)).toEqual([]);
    expect(errors(social.replace("7.24", "8.24"))).toEqual([["AUDIT-SUM", "8.24亿元"]]);
    // What is short is the spending less the income, of a budget's amounts.
    const gap =
      "其中：市本级统筹的机关事业单位养老保险基金收入预算为21,827万元，比上年减少1,563万元。支出预算为58,921万元，比上年增加1,436万元，增长2.50%。收支相抵缺口37,094万元，通过动用上年结余和一般公共预算安排专项弥补。";
    expect(errors(gap)).toEqual([]);
    const wrongGap = auditText(gap.replace("37,094", "37,194")).findings;
    expect(wrongGap.map((f) => [f.rule, f.printed, f.expected])).toEqual([
      ["AUDIT-SUM", "37,194万元", "37,094万元"],
    ]);
    // Totals named (合计) may be two sentences before.
    const totals =
      "加上调入资金18300万元,收入合计514601万元。\n一般公共预算支出361315万元,加上解上级支出52441万元,债务还本支出6751万元,安排预算稳定调节基金28478万元,支出合计448985万元。\n上述收支相抵,年终结余65616万元,全部结转下年使用。";
    expect(errors(totals)).toEqual([]);
    expect(errors(totals.replace("65616", "65716"))).toEqual([["AUDIT-SUM", "65716万元"]]);
  });

  it("says nothing where which amounts add to which is not said, or the totals printed equal hold the carry-overs", () => {
    // Three amounts before it: the 上年结余 is income too, but the text does not say so.
    expect(
      errors(
        "社会保险基金收入11867万元,上年结余6038万元,社会保险基金支出9380万元。\n上述收支相抵,年终结余8525万元,全部结转下年使用。"
      )
    ).toEqual([]);
    // 安康市 2025: the year's balance is of the year's income and spending, not of the totals.
    expect(
      errors(
        "社会保险基金预算收入拟安排92.15亿元，上年结转67.20亿元，收入合计159.35亿元；社会保险基金预算支出拟安排86.35亿元，滚存结余73亿元，支出合计159.35亿元。收支相抵，当年预算结余5.80亿元。"
      )
    ).toEqual([]);
  });
});

describe("a part over its whole (session 2026-12-07, sixth sitting)", () => {
  it("the last of a set of kinds over the whole is a part printed wrong, not another total (深圳市气象局 2026)", () => {
    const text =
      "深圳市气象局（本级）纳入 2026 年部门预算的政府采购项目共有 2,743.31 万元，其中：货物类项目 54.01 万元、工程类项目 0.00 万元、服务类项目 2,689.30 万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("2,689.30", "2,789.30"))).toEqual([["AUDIT-SUM", "2,743.31 万元"]]);
    expect(
      errors(
        "政府采购预算2,743.31万元，其中：货物类54.01万元、工程类0.00万元、服务类2,789.30万元。"
      )
    ).toEqual([["AUDIT-SUM", "2,743.31万元"]]);
  });
});

describe("lists that are all of their whole (session 2026-12-07, sixth sitting)", () => {
  it("kinds that are all of a whole go on past a ； even when the first alone makes it (台江区 2020)", () => {
    const text =
      "2020年全区新增政府债务限额2.39亿元,其中一般债务1.39亿元,其中外债转贷0.01亿元;专项债务1亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("一般债务1.39", "一般债务2.39"))).toEqual([
      ["AUDIT-SUM", "2.39亿元"],
    ]);
  });

  it("two parts the second of which is 其他 are all of their whole, and so are their changes — a flow's under 收支 too", () => {
    const text =
      "（一）收入预算：2026年收入预算3,558.35万元，其中：一般公共预算收入2,776.75万元，其他收入781.6万元。\n（三）增减变化情况：2026年收支预算3,558.35万元，比上年增加118.76万元，其中：\n1.收入预算增加118.76万元，其中一般公共预算收入增加83.76万元，其他收入增加35万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("收入预算3,558.35", "收入预算3,658.35"))).toContainEqual([
      "AUDIT-SUM",
      "3,658.35万元",
    ]);
    expect(errors(text.replace("收入预算增加118.76", "收入预算增加218.76"))).toEqual([
      ["AUDIT-SUM", "218.76万元"],
    ]);
  });
});

describe("wholes said another way (session 2026-12-07, sixth sitting)", () => {
  it("a sentence that is only a 合计 of a flow totals that flow's amounts the paragraph gave (宁波市鄞州区 2017)", () => {
    const text =
      "鄞州区一般公共预算支出合计1504361万元，为预算的94.2%，同比增长4.5%。转移性支出1130639万元（其中：上解支出771390万元，预算稳定调节基金174763万元，结转下年184486万元），一般债券还本支出210379万元。合计支出为2845379万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1130639", "2130639"))).toEqual([["AUDIT-SUM", "2845379万元"]]);
    // Not with amounts of the other flow among them: which add up is not said.
    expect(
      errors("一般公共预算收入100万元，上级补助收入50万元，上解支出20万元。合计支出为150万元。")
    ).toEqual([]);
  });

  it("“中” right after a whole's amount opens its parts (中央本级 2013)", () => {
    const text =
      "2013年中央本级“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元,公务用车购置及运行费43.99亿元,公务接待费14.34亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("79.69", "89.69"))).toEqual([["AUDIT-SUM", "89.69亿元"]]);
  });

  it("a unit's spending is 人员经费, 公用经费 and 项目支出 when 基本支出 is said as its two (南县政协 2021)", () => {
    const text =
      "2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("799.12", "899.12"))).toEqual([["AUDIT-SUM", "899.12万元"]]);
  });
});

describe("a budget adjusted (session 2026-12-07, sixth sitting)", () => {
  it("what an item is 调整为 is its adjusted budget, and 实际收入 is the item's amount (天津市和平区 2021)", () => {
    const text =
      "区第十七届人民代表大会第八次会议审议通过的2021年一般公共预算收入为355000万元，经区第十七届人大常委会第四十六次会议批准，2021年一般公共预算收入调整为368000万元，实际收入377841万元，比2020年增加57452万元，增长17.93%，完成调整预算的102.67%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("102.67%", "112.67%"))).toEqual([["AUDIT-PCT", "112.67%"]]);
    expect(
      errors(
        "2021年一般公共预算收入年初预算为355000万元，经批准调整为368000万元，实际收入377841万元，完成调整预算的112.67%。"
      )
    ).toEqual([["AUDIT-PCT", "112.67%"]]);
  });

  it("not of an item that already has this year's amount (三门峡市 2019)", () => {
    const text =
      "汇总全市各级人代会批准的2019年一般公共预算收入年初预算合计1283130万元，执行中部分县（市、区）按程序调整了收入预算，实际完成1313726万元，为调整预算的102.4%，增长9.3%。年初支出预算合计1945474万元，执行中因上级补助增加、发行地方政府债券、动用预算稳定调节基金、收入预算调整等，支出预算调整为2671828万元，完成2671828万元，为调整预算的100%,增长9.2%。";
    expect(errors(text)).toEqual([]);
  });
});

describe("shares of the total (session 2026-12-07, sixth sitting)", () => {
  const text = [
    "一、体育彩票公益金分配情况",
    "2023年本级留用717.14万元。",
    "二、本级体育彩票公益金使用情况",
    "(一)用于群众支出490.93万元,占总数的68.5%。",
    "其中:用于援建与维护公共体育场地、设施、和捐赠体育健身器材481.63万元;用于组织开展全民健身科学研究与宣传9.3万元。",
    "(二)用于“竞技体育”支出226.21万元,占总数的31.5%。其中:用于举办或承办省级以上大型体育赛事30万元,用于资助体育后备人才培养196.21万元。",
  ].join("\n");

  it("占总数的 is of the amount before the run of parts that add up to it, past their own parts (武汉市江汉区 2023)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("68.5%", "78.5%"))).toContainEqual(["AUDIT-SHARE", "78.5%"]);
  });

  it("a part named by its use after 其中：, cut at its 、, is a part of the list", () => {
    expect(errors(text.replace("481.63", "581.63"))).toContainEqual(["AUDIT-SUM", "490.93万元"]);
  });
});

describe("changes said as reasons after a rate (session 2026-12-07, sixth sitting)", () => {
  it("the parts' changes given as the reasons after the rate make the whole's change (2026 部门预算)", () => {
    const text =
      "2026 年度一般公共预算拨款支出 2796.14 万元，比上年增加 166.68 万元，增长 6.34%，主要原因是基本支出增加 49.12万元，项目支出增加 117.56 万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("49.12", "59.12"))).toEqual([["AUDIT-SUM", "166.68 万元"]]);
  });

  it("not reasons that end on 其他: they say what changed most (涪陵区 2024)", () => {
    expect(
      errors(
        "1.总体情况。2024年度收入总计1262.46万元,支出总计1262.46万元。收、支与2023年度相比,增加66.69万元,增长5.6%,主要原因是:一般公共预算财政拨款收入增加235.35万元、事业收入减少77.07万元、其他收入减少137.9万元。使用非财政拨款结余和专用结余60.86万元,年初结转和结余减少14.55万元。"
      )
    ).toEqual([]);
  });
});

describe("held-out batches C and D (session 2026-12-07, sixth sitting)", () => {
  it("a table's numbered row is never less than the (1) rows under it (桂林市司法局 2015)", () => {
    const table = [
      "项 目 | 本年预算数 | 其中:公共预算财政拨款 |",
      "合 计 | 34.35 | 34.35 |",
      "1.因公出国(境)费用 | 0 | 0 |",
      "2.公务接待费 | 1.70 | 1.70 |",
      "3.公务用车费 | 32.65 | 32.65 |",
      "其中:(1)公务用车运行维护费 | 32.65 | 32.65 |",
      "(2)公务用车购置 | 0 | 0 |",
    ].join("\n");
    expect(errors(table)).toEqual([]);
    expect(
      errors(table.replace("3.公务用车费 | 32.65 | 32.65 |", "3.公务用车费 | 0 | 0 |"))
    ).toEqual([
      ["AUDIT-SUM", "0"],
      ["AUDIT-SUM", "0"],
    ]);
  });

  it("a 其中 going on from the reasons lists the parts of what they are about (开州区人民医院 2023)", () => {
    const text =
      "2.收入情况。2023年度收入合计126,023.94万元,较上年决算数增加10,123.06万元,增长8.7%,主要原因是:2023年度事业收入同比增加11,421.88万元,财政拨款收入同比增加86.83万元,其他收入减少1,397.66万元,其中:财政拨款收入1,699.13万元,占1.4%;事业收入122,763.34万元,占97.4%;其他收入2,959.12万元,占1.2%。此外,年初结转和结余623.31万元。";
    expect(errors(text)).toContainEqual(["AUDIT-SUM", "126,023.94万元"]);
    expect(errors(text)).not.toContainEqual(["AUDIT-SHARE", "97.4%"]);
    expect(errors(text.replace("2,959.12", "1,561.47").replace("占1.2%", "占1.2%"))).toEqual([]);
  });

  it("a qualifier in brackets before a whole's name is part of the name, and a part that goes on unnamed is more of it (嘉兴市 2023)", () => {
    const text =
      "市级争取新增地方政府债务限额114.9亿元,其中一般债务限额1.9亿元,专项债务限额113亿元。市本级(含经开区)新增地方政府债务限额42.65亿元(一般债务1亿元、专项债务41.65亿元),其中:一般债务限额1亿元分配用于市本级项目;专项债务限额34.5亿元分配用于市本级项目,7.15亿元分配用于经开区项目。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("专项债务41.65", "专项债务51.65"))).toContainEqual([
      "AUDIT-SUM",
      "42.65亿元",
    ]);
  });

  it("a 其中 giving a part of each of two wholes in turn adds every other part to each (山东省 2011)", () => {
    const text =
      "2011年,全省销售彩票2049631万元,同比增长43%,筹集彩票公益金561512万元,同比增长38%。其中:福利彩票销售机构销售1097297万元,同比增长22%,筹集福利彩票公益金312653万元;体育彩票销售机构销售952334万元,同比增长77%,筹集体育彩票公益金248859万元。";
    expect(errors(text)).toEqual([]);
  });

  it("one item said to rise and then to fall against the same year (天等县 2023)", () => {
    const text =
      "城市维护建设税798万元,同比减收194万元,下降19.56%;房产税收入同比增收531万元,同比减收24万元,下降4.32%;印花税收入302万元,同比减收71万元,下降19.03%。";
    expect(errors(text)).toEqual([["AUDIT-DIRECTION", "增收531万元"]]);
    expect(errors(text.replace("房产税收入同比增收531万元", "房产税收入531万元"))).toEqual([]);
  });
});

describe("the year's 收支结余 (session 2026-12-07, sixth sitting)", () => {
  it("is the year's income less its spending, however they are named (财政部 2013)", () => {
    const text =
      "汇总中央和地方预算,2013年全国社会保险基金收入32829亿元,比上年增长9.9%,其中保险费收入24664亿元,财政补贴收入7180亿元;支出27913亿元,比上年增长16.8%;本年收支结余4915亿元,年末滚存结余40943亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("4915", "4995"))).toEqual([["AUDIT-SUM", "4995亿元"]]);
  });
});

describe("figures given one per year, then two of the years compared (session 2026-12-07, seventh sitting)", () => {
  it("the points between two shares of the list (金州新区 2017)", () => {
    const text =
      "2013~2017年,非税收入占一般公共预算收入的比重分别为22.5%、15.2%、17.6%、17.3%、13.2%,2017年比2013年非税占比下降了9.5个百分点,收入结构不断优化。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "9.5个百分点"]]);
    expect(errors(text.replace("9.5个", "9.3个"))).toEqual([]);
    // The earlier year said first turns the change round.
    expect(
      errors(text.replace("2017年比2013年非税占比下降了9.5", "2013年比2017年非税占比提高了9.3"))
    ).toEqual([]);
  });

  it("the change and the rate between two amounts of the list, years listed one by one", () => {
    const text =
      "2019年、2020年、2021年全县一般公共预算收入分别为12.5亿元、13.1亿元和14.2亿元，2021年比2019年增加1.7亿元，增长13.6%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增加1.7", "增加1.9"))).toEqual([["AUDIT-SUM", "1.9亿元"]]);
    expect(errors(text.replace("13.6%", "15.6%"))).toEqual([["AUDIT-PCT", "15.6%"]]);
    // A rate a year over the span is no change between its ends.
    expect(errors(text.replace("增长13.6%", "年均增长6.6%"))).toEqual([]);
  });

  it("not a list of changes, nor a list with a figure per year missing", () => {
    expect(
      errors("2019年、2020年、2021年收入分别增长5.0%、6.0%、7.0%，2021年比2019年增长7.0%。")
    ).toEqual([]);
    expect(
      errors("2019年、2020年、2021年收入分别为12.5亿元、14.2亿元，2021年比2019年增加1.9亿元。")
    ).toEqual([]);
  });
});

describe("funds carried over (session 2026-12-07, seventh sitting)", () => {
  it("are funds like any other: their parts are no more than them (仁寿县 2022)", () => {
    const text =
      "结转2023年福利彩票公益金1123.276221万元,其中:省级资金361万元,地方分成资金762.276221万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("361万元", "461万元"))).toEqual([["AUDIT-SUM", "1123.276221万元"]]);
  });

  it("a balance's parts that are balances or gaps may be below 0", () => {
    expect(
      errors(
        "年末结余7,989,696.80元，其中财政结余9,708,993.94元，用事业基金弥补收支差额1,719,297.14元。"
      )
    ).toEqual([]);
  });
});

describe("an amount detailed on the lines below it (session 2026-12-07, seventh sitting)", () => {
  const text = [
    "2024年,弥勒市获中央、省级和州级彩票公益金资助金额4407万元,具体支出如下:",
    "一、用于社会福利的彩票公益金支出2084万元。主要用于县域养老服务体系创新试点项目建设。",
    "二、用于体育事业彩票公益金支出1541万元。主要用于云南省体育产业大会专项补助。",
    "三、用于残疾人事业的彩票公益金支出63万元。主要用于残疾儿童康复救助。",
    "四、用于福利彩票销售机构的业务费支出40万元。主要用于彩票公益宣传和彩票市场维护。",
    "五、用于其他社会公益事业的彩票公益金支出679万元。主要用于农民农村综合性活动场所建设。",
  ].join("\n");

  it("“具体支出如下” makes the numbered lines its parts, all of it when the last is 其他 (弥勒市 2024)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("支出1541万元", "支出1641万元"))).toEqual([
      ["AUDIT-SUM", "4407万元"],
    ]);
    expect(errors(text.replace("支出1541万元", "支出1441万元"))).toEqual([
      ["AUDIT-SUM", "4407万元"],
    ]);
  });

  it("a last part named 其他 where the others say what they are is the rest (太原市 2024)", () => {
    const text =
      "2024年,省财政厅下达省福彩公益金资助项目1640.83万元,其中,老年福利类项目848万元、残疾人福利类项目249.83万元、儿童福利类项目336万元、其他社会公益类项目207万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("336万元", "236万元"))).toEqual([["AUDIT-SUM", "1640.83万元"]]);
    // A classification's own 其他 line is one line of it, not the rest.
    expect(errors("教育支出500万元，其中：普通教育支出300万元，其他教育支出100万元。")).toEqual([]);
  });
});

describe("a 合计 named for what each amount before it is of (session 2026-12-07, seventh sitting)", () => {
  it("totals the amounts of its sentence (太原市 2024)", () => {
    const text =
      "福彩公益金结余结转3329.13万元,省财政厅拨付福彩公益金5846万元、清算返还福彩公益金1160.3万元,市级可统筹使用福彩公益金合计10335.43万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1160.3", "1260.3"))).toEqual([["AUDIT-SUM", "10335.43万元"]]);
  });

  it("not when one of them is of something else", () => {
    expect(
      errors(
        "福彩公益金结余结转3329.13万元,体育场馆维修5846万元,市级可统筹使用福彩公益金合计4000万元。"
      )
    ).toEqual([]);
  });
});

describe("a report in traditional characters (session 2026-12-07, seventh sitting)", () => {
  // 天水市幼儿园 2017, as a mirror site prints it.
  const text =
    "2017年度,本單位一般公共預算財政撥款支出總計1741.75萬元,與上年相比減少53.7萬元,降低2.99%;完成年初預算100%,決算數大於預算數55.93萬元,主要原因:2017年度62名職工工資調標個人部分增加。";

  it("is read as in simplified ones, and quoted as printed", () => {
    const found = auditText(text).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.mark.text])).toEqual([["AUDIT-PCT", "100%"]]);
    for (const finding of found) {
      expect(text.slice(finding.offset, finding.offset + finding.excerpt.length)).toBe(
        finding.excerpt
      );
      expect(finding.excerpt).toContain("決算數大於預算數");
    }
    expect(errors(text.replace("100%", "103.32%"))).toEqual([]);
  });

  it("with each character's pinyin printed after it", () => {
    const pinyin =
      "上半年,全國財(cái)政收入63795億元,其中,中央財(cái)政收入31819億元;地方本級(jí)收入31976億元。";
    expect(errors(pinyin)).toEqual([]);
    // (What was printed is quoted as printed: 億元.)
    expect(errors(pinyin.replace("31976", "32976"))).toEqual([["AUDIT-SUM", "63795億元"]]);
  });
});

describe("held-out batch F (session 2026-12-07, seventh sitting)", () => {
  it("parts that make the whole's amount bound its change from above, by their rates too (全国财政 2012)", () => {
    const text =
      "上半年,全国财政收入63795亿元,同比增长12.2%。其中,中央财政收入31819亿元,同比增长10%;地方本级收入31976亿元,同比增长14.4%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("14.4%", "4.4%"))).toEqual([["AUDIT-SUM", "12.2%"]]);
    // A line not listed may have fallen: parts that rose more leave the whole's rate possible.
    expect(errors(text.replace("14.4%", "24.4%"))).toEqual([]);
  });

  it("a change “在…方面” starts another breakdown: its shares are no more of the ones before (全国政府采购 2020)", () => {
    const text = [
      "从采购方式来看,公开招标、邀请招标、竞争性谈判、竞争性磋商、询价、单一来源采购规模分别占全国政府采购规模的79.3%、1.1%、3.2%、7.7%、1.1%和4.3%。",
      "在支持中小企业发展方面,全国政府采购授予中小微企业合同金额为27918.0亿元,占全国政府采购规模的75.5%。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
  });

  it("a 其中 with its parts after it in its sentence opens no parts for the lines below (全国政府采购 2019)", () => {
    const text = [
      "二、工程、服务类采购规模降幅明显。货物、工程、服务采购规模分别为8607.0亿元,15004.3亿元和9455.6亿元,占全国政府采购规模的26.0%、45.4%和28.6%,增幅为6.7%、-4.5%和-21.7%。其中:地方预算单位工程、服务规模分别较上年下降5.2%和23.5%。",
      "三、分散采购规模占比持续上升。政府集中采购、部门集中采购、分散采购规模分别为13042.4亿元、4913.0亿元和15111.5亿元,占全国政府采购规模的39.4%、14.9%和45.7%。",
    ].join("\n");
    // (And a growth rate below 0 is a fall, said as statistics say it.)
    expect(errors(text)).toEqual([]);
  });

  it("a rise below 0 is a fall: checked as one, and only a fall's word with a minus says the direction twice", () => {
    const text = "收入100万元，比上年105万元减少5万元，增长-4.76%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("-4.76%", "-5.76%"))).toEqual([["AUDIT-PCT", "-5.76%"]]);
    expect(errors(text.replace("增长-4.76%", "下降-4.76%"))).toEqual([
      ["AUDIT-DIRECTION", "下降-4.76%"],
    ]);
  });

  it("last year, the whole year, the whole league: no word doubled (阿拉善盟 2020)", () => {
    expect(
      auditText("去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长8.1%。")
        .findings
    ).toEqual([]);
  });
});

describe("more from held-out batch F (session 2026-12-07, seventh sitting)", () => {
  it("a rate a year beside the growth since a year compounds to it (全国教育经费 2020)", () => {
    const text =
      "全国幼儿园生均一般公共预算教育经费年均增长12.3%,2020年达到9410.76元,比2015年增长76.48%;全国普通小学生均一般公共预算教育经费年均增长5.08%,2020年达到12330.58元,比2015年增长28.13%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "12.3%"]]);
    expect(errors(text.replace("年均增长12.3%", "年均增长12.03%"))).toEqual([]);
  });

  it("“占总数的” of a run whose amounts make a part named before it (青海省 2021)", () => {
    const text = [
      "2021年体育彩票公益金分配7613.6万元。其中:用于省级支出7206.6万元;用于州(市)县资金407万元。",
      "(一)用于群众体育支出290.00万元,占总数的4.04%。",
      "(二)用于竞技体育支出6522.98万元,占总数的 90.5%。",
      "(三)其他支出393.62万元,占总数的5.46%。",
    ].join("\n");
    expect(errors(text)).toEqual([["AUDIT-SHARE", "4.04%"]]);
    expect(errors(text.replace("4.04%", "4.02%"))).toEqual([]);
  });

  it("a rate said “增幅高达” (宁海县 2013)", () => {
    const text =
      "今年以来至10月底,我县福彩共销售各类福利彩票11294.44万元,较去年同期增长2698.88万元,增幅高达31.39%。";
    expect(auditText(text).findings.map((f) => [f.rule, f.printed])).toEqual([
      ["AUDIT-ROUNDING", "31.39%"],
    ]);
    expect(errors(text.replace("31.39%", "33.39%"))).toEqual([["AUDIT-PCT", "33.39%"]]);
  });
});

describe("“具体…如下” as a sentence of its own (session 2026-12-07, seventh sitting)", () => {
  const text = [
    "2019年,我局体育彩票公益金支出总额为57296.97元,结余78671.03元。具体资金用途如下:",
    "1.援建与维护公共体育场地、设施和捐赠体育健身器材618.97元,项目支出进度100%。",
    "2. 支持运动队参加国际国内运动会10000元,项目支出进度100%。",
    "3. 其他类体育彩票公益金项目支出36678元,项目支出进度100%。",
    "4. 其他竞技体育项目支出8000元,项目支出进度100%。",
    "5. 其他群众体育项目支出2000元,项目支出进度100%。",
  ].join("\n");

  it("details the spending of the sentence before; lines of other projects are lines, not 项目支出 twice (上林县 2019)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("618.97元", "718.97元"))).toEqual([["AUDIT-SUM", "57296.97元"]]);
  });

  it("not prose lines after it, and another breakdown of a whole that listed parts before", () => {
    const prose = [
      "2023年度,中央下达我市土壤污染防治资金共1737万元。具体情况如下:",
      "2022年12月23日,向我市下达资金1300万元,用于实施甲项目(723万元)和乙项目(577万元)。",
      "大气污染防治类:2023年度,中央下达我市大气污染防治资金共24047万元。",
    ].join("\n");
    expect(errors(prose)).toEqual([]);
    const breakdowns = [
      "2026年本单位一般公共预算拨款支出1935.36万元，其中：一般公共服务支出1935.36万元，占100.00%。具体安排情况如下：",
      "（一）基本支出：2026年本单位基本支出预算数1517.95万元。",
      "（二）项目支出：2026年本单位项目支出预算417.41万元。",
    ].join("\n");
    expect(errors(breakdowns)).toEqual([]);
  });
});

describe("a fund shared out (session 2026-12-07, seventh sitting)", () => {
  it("what is sent up and, last, what is kept are all of it (上海市 2020)", () => {
    const text =
      "去年全市发行销售体育彩票38.18亿元,筹集体育彩票公益金10.9亿元,其中上缴中央5.35亿元,下拨各区1.9亿元,市本级留存3.65亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1.9亿元", "1.5亿元"))).toEqual([["AUDIT-SUM", "10.9亿元"]]);
    // Without what is kept, a 其中 may list only some.
    expect(errors(text.replace("1.9亿元,市本级留存3.65亿元", "1.5亿元"))).toEqual([]);
  });
});

describe("a lottery fund kept at one level (session 2026-12-07, seventh sitting)", () => {
  it("is its own level's and the levels' below it (福建省 2019)", () => {
    const text =
      "2019年体育彩票公益金筹集额265,827.26万元,上缴中央财政130642.41万元,省级留成135184.85万元(含逾期未兑奖奖金),其中省本级公益金74412万元,市县级公益金60772.85万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("60772.85", "50772.85"))).toEqual([["AUDIT-SUM", "135184.85万元"]]);
  });
});

describe("a name with its levels in a bracket (session 2026-12-07, seventh sitting)", () => {
  it("is one name: 县(市、区) breaks no clause (台州市 2019)", () => {
    const { items } = findClaims(
      "筹集体育彩票公益金8937.38万元,其中:市本级3086.81万元,县(市、区)5850.57万元。"
    );
    const county = items.find((item) => item.current?.text.startsWith("5850.57"));
    expect(county?.name).toMatch(/^县/);
  });
});

describe("a report in simplified characters naming a place with a traditional one (session 2026-12-07, seventh sitting)", () => {
  it("keeps the name in what the audit says (乾安县)", () => {
    const text = "乾安县收入合计100万元，其中乾安县税收收入60万元，乾安县非税收入50万元。";
    const found = auditText(text).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => f.rule)).toEqual(["AUDIT-SUM"]);
    expect(found[0].message).toContain("乾安县");
    expect(found[0].message).not.toContain("干安县");
  });
});

describe("a list of shares of 总支出 one of whose amounts is misprinted (session 2026-12-07, eighth sitting)", () => {
  const text = [
    "2024年上半年度,全镇公共财政预算支出完成 5472.90万元,主要预算项目执行情况如下:",
    "1、一般公共服务支出534.06万元,占总支出的9.76% 。",
    "2、城乡社区支出2539.12万元,占总支出的46.39% 。",
    "3、农林水支出1666.26万元,占总支出的30.45 % 。",
    "4、自然资源海洋气象等支出733.46万元,占总支出的13.40% 。",
  ].join("\n");
  it("is held to the total the other shares are right over, though the parts now go past it (牟镇镇 2024)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("1666.26", "2666.26"))).toEqual([["AUDIT-SHARE", "30.45 %"]]);
  });
  it("not when no two other shares are right over that total", () => {
    const oneRight = text
      .split("\n")
      .slice(0, 4)
      .join("\n")
      .replace("1666.26", "2666.26")
      .replace("46.39%", "56.39%");
    expect(errors(oneRight)).toEqual([["AUDIT-SHARE", "56.39%"]]);
  });
});

describe("funds that are the centre's or local (session 2026-12-07, eighth sitting)", () => {
  it("are all of them, with the place printed after one of the names (福州市 2021)", () => {
    const text =
      "截至2021年8月底,全市财政直达资金总额75.20亿元,分配率99.5%。其中:中央安排直达资金全市61.42亿元,分配率99.3%;地方安排直达资金13.78亿元,分配率99.5%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("61.42", "61.02"))).toEqual([["AUDIT-SUM", "75.20亿元"]]);
  });
});

describe("debts beside assets (session 2026-12-07, eighth sitting)", () => {
  it("are no part of them (全国行政事业性国有资产 2018)", () => {
    const text =
      "截至2018年年底,全国行政事业性国有资产总额33.5万亿元,其中行政单位资产10.1万亿元,事业单位资产23.4万亿元,负债总额9.9万亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("23.4万亿元", "24.4万亿元"))).toEqual([["AUDIT-SUM", "33.5万亿元"]]);
  });
});

describe("numbered reasons for an adjustment (session 2026-12-07, eighth sitting)", () => {
  const text =
    "非税收入由年初预算3574.04万元调整为3842.88万元,主要由于:(1)镇属企业利润上缴调增49.16万元;(2)根据上半年非税收入情况,多项行政事业性收费收入和罚没收入高于预期,调增228.96万元;(3)落实疫情期间减免租金政策,调减国有资源有偿使用收入9.29万元。";
  it("change what they name, not the item adjusted (板芙镇 2022)", () => {
    expect(errors(text)).toEqual([]);
  });
  it("the adjustment's own change, right after it, is still held to it", () => {
    const own = "非税收入由年初预算3574.04万元调整为3842.88万元,调增258.84万元。";
    expect(errors(own)).toEqual([["AUDIT-SUM", "258.84万元"]]);
  });
});

describe("少支 and 多收, compared with the same month last year (session 2026-12-07, eighth sitting)", () => {
  it("are changes (天水经开区 2021)", () => {
    const text =
      "本月完成财政支出3021万元,较上年同月少支5255万元,下降63.5%。其中:一般公共预算支出完成2021万元,较上年同月少支1926万元,下降48.8%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("少支1926", "少支1962"))).toEqual([["AUDIT-PCT", "48.8%"]]);
  });
  it("a sentence on last year's own growth gives no rate of this year (财政部 2012)", () => {
    const text =
      "4月份,全国财政收入10774亿元,比去年同月增加692亿元,增长6.9%。而在去年4月份,全国财政收入增长为27.2%。1―4月累计,全国财政收入40750亿元,比去年同期增加4542亿元,增长12.5%。";
    expect(errors(text)).toEqual([]);
  });
});

describe("a year's 收支结余 in a sentence of its own (session 2026-12-07, eighth sitting)", () => {
  const text =
    "2013年这部分基金收入20790亿元,同比增长14%,完成预算的111%;支出16699亿元,同比增长20%,完成预算的101%。本年收支结余4091亿元,年末滚存结余26900亿元。";
  it("is the income less the spending of the sentence just before it (财政部 2013)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("16699", "16599"))).toEqual([["AUDIT-SUM", "4091亿元"]]);
  });
  it("not of a sentence in another paragraph", () => {
    expect(errors(text.replace("16699", "16599").replace("。本年", "。\n\n本年"))).toEqual([]);
  });
});

describe("a province's figure by level (session 2026-12-07, eighth sitting)", () => {
  const text =
    "一季度,全省一般公共预算收入221亿元,增收37.4亿元,增长20.4%。其中:省级收入62.2亿元,增长20.3%;市县级收入158.8亿元,增长20.4%。";
  it("is the province's own and the cities' and counties' (甘肃省 2021)", () => {
    expect(errors(text)).toEqual([]);
    // (Both the amounts and the change: the parts' rates no longer make the whole's.)
    expect(errors(text.replace("62.2亿元", "52.2亿元"))).toEqual([
      ["AUDIT-SUM", "221亿元"],
      ["AUDIT-SUM", "20.4%"],
    ]);
    expect(errors(text.replace("增长20.3%", "增长30.3%"))).toEqual([["AUDIT-SUM", "20.4%"]]);
  });
  it("not a city's whole split so", () => {
    expect(errors(text.replace("全省", "全市").replace("62.2亿元", "52.2亿元"))).toEqual([]);
  });
});

describe("twin lists (session 2026-12-07, eighth sitting)", () => {
  const text = [
    "(一)用于群众体育支出290万元,占总数的4.04%。其中:用于资助群众体育组织和队伍建设110万元;用于资助或组织开展全民健身活动150万元;用于资助体育后备人才培养30万元。",
    "(二)用于竞技体育支出6522.98万元,占总数的90.5%。其中:用于举办或承办区县级以上体育赛事1654万元;用于补充运动员保障支出4868.98万元。",
  ].join("\n");
  it("when one list makes its whole, the other must too (青海省 2021)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("培养30万元", "培养20万元"))).toEqual([["AUDIT-SUM", "290万元"]]);
  });
  it("not when the twin's list does not add up, nor lines numbered unlike", () => {
    const short = text.replace("培养30万元", "培养20万元");
    expect(errors(short.replace("1654万元", "1600万元"))).toEqual([]);
    expect(errors(short.replace("(二)", "2."))).toEqual([]);
  });
  it("not when amounts after the list's whole are left unread (上海市委组织部 2012)", () => {
    const goesOn = text
      .replace("培养30万元", "培养20万元")
      .replace("。\n(二)", "。另拨给市体育总会10万元,用于补助。\n(二)");
    expect(errors(goesOn)).toEqual([]);
  });
});

describe("thousands grouped by a space (session 2026-12-07, eighth sitting)", () => {
  it("are one number, as a typeset PDF prints them (牟定县审计局 2022)", () => {
    const text = "社保基金预算支出23 548万元,为年初预算数的98.3%,同比增支922万元,增长4.07%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("922万元", "822万元"))).toEqual([["AUDIT-PCT", "4.07%"]]);
  });
});

describe("a bank's loans beside its deposits (session 2026-12-07, eighth sitting)", () => {
  it("are no part of them (a county's 统计公报 2021)", () => {
    const text =
      "年末全县金融机构人民币各项存款余额266.89亿元,比上年增长10.02%,其中住户存款余额209.29亿元,增长11.98%;年末金融机构人民币各项贷款余额140.92亿元,增长18.76%。";
    expect(errors(text)).toEqual([]);
  });
});

describe("an output's growth at comparable prices (session 2026-12-07, eighth sitting)", () => {
  it("is no change of the amounts printed (a county's 统计公报 2021)", () => {
    const text =
      "全年实现现价农林牧渔业总产值59.16亿元,按可比价计算,同比增长9.6%。其中:农业总产值25.36亿元,同比增长4.9%;林业总产值5.44亿元,同比增长5.6%;牧业总产值19.55亿元,同比增长18.2%;渔业总产值5.25亿元,同比增长3.0%;农林牧渔服务业总产值3.56亿元,同比增长4%。";
    expect(errors(text)).toEqual([]);
  });
});

describe("a numbered list that prints its empty lines (session 2026-12-07, eighth sitting)", () => {
  const text =
    "(一)2023年收入预算3814.61万元,其中:\n1、财政拨款3362.61万元;\n2、专户管理的事业收入434万元;\n3、单位资金收入0万元;\n4、政府性基金安排的收入0元。";
  it("is all of its whole (黄石市第七中学 2023)", () => {
    expect(errors(text.replace("3814.61", "3796.61"))).toEqual([]);
    expect(errors(text)).toEqual([["AUDIT-SUM", "3814.61万元"]]);
  });
  it("not one run on in a sentence", () => {
    expect(errors(text.replace(/\n/g, ""))).toEqual([]);
  });
});

describe("a report printed in full-width digits (session 2026-12-07, eighth sitting)", () => {
  it("is read as in ASCII ones and quoted as printed", () => {
    const ascii = "“三公”经费支出10.00万元，比上年增加2.27万元，增长29.37%。";
    const wide = ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(errors(wide)).toEqual([]);
    const wrong = wide.replace("２９.３７", "４１.５８");
    const found = auditText(wrong).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.mark.text])).toEqual([["AUDIT-PCT", "增长４１.５８%"]]);
    expect(wrong).toContain(found[0].excerpt);
    // (What was printed is quoted as printed, in the --json contract too.)
    expect(found[0].printed).toBe("４１.５８%");
  });
});

describe("text as PDFs and mirror sites give it (session 2026-12-07, eighth sitting)", () => {
  it("a bracket after a rate with a space before its % opens the parts of the amount (昌吉市 2022)", () => {
    const text =
      "地方一般公共预算收入完成404633 万元，同比下降0.29 %(税收收入199744 万元、政府非税收入204889 万元)；调入资金176 万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("204889", "214889"))).toEqual([["AUDIT-SUM", "404633 万元"]]);
  });
  it("pinyin in full-width brackets is blanked as in ASCII ones (开平市 2022, a mirror's copy)", () => {
    const text =
      "2022年本部門財政撥款安排“三公”經(jīng)費502.4 萬元,比上年減少14.6 萬元,下降2.82 %。其中:因公出國(境)費0 萬元;公務(wù)用車購置及運行費500.00 萬元(公務(wù)用車購置費100.00 萬元;公務(wù)用車運行維護費400.00 萬元。);公務(wù)接待費2.4 萬元。".replace(
        /\(([a-zāáǎàēéěèīíǐìōóǒòūúǔù]{1,6})\)/g,
        "（$1）"
      );
    expect(text).toContain("經（jīng）費");
    expect(errors(text)).toEqual([]);
  });
  it("a short paragraph cut into lines of one width is read as one", () => {
    const text = [
      "2021年度收入合计676.66万元，其中：财政拨款收入466.87万元，占",
      "69.00%；其他收入209.79万元，占31.00%。2021年度支出合计676.66",
      "万元，其中：基本支出470.40万元，占69.52%；项目支出206.26万元，",
      "占30.48%。收支较上年增加55.2万元，主要原因是人员增加及项目经费",
      "增加。",
    ].join("\n");
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("206.26", "216.26"))).toEqual([
      ["AUDIT-SUM", "676.66\n万元"],
      ["AUDIT-SHARE", "30.48%"],
    ]);
  });
});

describe("a government's budget said with 加上 (session 2026-12-07, eighth sitting)", () => {
  it("closes on 总收入 (汕尾市 2026)", () => {
    const text =
      "2026年全市一般公共预算收入拟安排94.9亿元，增长5%。加上税收返还5.3亿元、转移支付收入147亿元、债务转贷收入6.6亿元、调入资金60.4亿元、上年结转14.9亿元、动用预算稳定调节基金3亿元等转移性收入后，总收入332.1亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("147亿元", "137亿元"))).toEqual([["AUDIT-SUM", "332.1亿元"]]);
  });
  it("closes on a total with its growth after it (银川市 2026)", () => {
    const text =
      "2026 年，市本级政府性基金收入 49.66 亿元，加上年结转收入 14.99亿元、上级补助收入 3.58亿元、债务转贷收入 21.68亿元，市本级政府性基金收入总计 90.6 亿元，较上年预算数同比增长 25.3%。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "90.6 亿元"]]);
    expect(errors(text.replace("21.68", "22.37"))).toEqual([]);
  });
  it("a 支出总计 another 收入总计 near it equals is not held to the one before it (银川市 2025)", () => {
    const text = [
      "1．收入。全市国有资本经营预算收入完成0.13亿元；上年结转0.3亿元；上级补助收入0.1亿元；国有资本经营预算收入总计0.54亿元。市本级收入完成0.12亿元；上年结转上级补助收入0.09亿元，收入总计0.21亿元。",
      "2．支出。全市国有资本经营预算支出0.07亿元，结转下年支出0.35亿元，调出资金0.12亿元，收入总计0.54亿元。市本级补助下级支出0.09亿元，调出0.12亿元至一般公共预算，支出总计0.21亿元。",
    ].join("\n");
    expect(errors(text).filter(([rule]) => rule === "AUDIT-TOTALS")).toEqual([]);
  });
});

describe("a 决算's income and the shares of it (session 2026-12-07, eighth sitting)", () => {
  const text =
    "2016年度收入决算9712.02万元,其中:本年收入9082.61万元,占总收入93.52%,包括财政拨款收入9018.61万元,占总收入92.86%;事业收入58.14万元, 占总收入0.60%;其他收入5.85万元,占总收入0.06%。事业基金弥补收支差额17.03万元,占总收入0.18%。上年结转收入612.39万元,占总收入6.31%。";
  it("a share of 总收入 under a part that has one of its own is of that part's whole (浙江省人大常委会办公厅 2016)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("92.86%", "94.86%"))).toEqual([["AUDIT-SHARE", "94.86%"]]);
  });
  it("事业基金弥补收支差额 is no part of 本年收入", () => {
    expect(errors(text.replace("5.85万元", "5.86万元"))).toEqual([]);
  });
});

describe("what was added to a budget set at the year's start (session 2026-12-07, eighth sitting)", () => {
  it("is no part of it (呈贡信息产业园区 2018)", () => {
    const text =
      "2018,区财政局年初安排我单位的部门预算资金额为9,836.16万元,其中一般公共预算收入9,836.16万元,基金预算收入0元,2018年调增预算收入18,746.37万元,决算总收入28,582.53万元。";
    expect(errors(text)).toEqual([]);
  });
});

describe("a whole amount in a list of amounts to the cent (session 2026-12-07, eighth sitting)", () => {
  const text =
    "(二)支出预算:2025年年初预算数735.09万元,其中:一般公共服务支出预算0万元,教育支出预算488.75万元,社会保障和就业支出预算184.36万元,卫生健康支出预算29.44万元,住房保障支出预算30.34万元,其他支出2万元。";
  it("is exact: a text that prints 万元 to the cent drops only zeros (云阳县大阳小学 2025)", () => {
    expect(errors(text)).toEqual([["AUDIT-SUM", "735.09万元"]]);
    expect(errors(text.replace("735.09", "734.89"))).toEqual([]);
  });
  it("not in a text that prints its amounts whole", () => {
    const whole = text.replace(/(\d+)\.\d+(?=万元)/g, "$1");
    expect(errors(whole)).toEqual([]);
  });
});

describe("a comparison with a year printed without 年 (session 2026-12-07, eighth sitting)", () => {
  it("is one: 支出预算较2025减少 names 支出预算, whose reasons' changes are all of its change (石新路小学 2026)", () => {
    const text =
      "(二)支出预算:2026年年初预算数2415.91万元。支出预算较2025增加18.23万元,主要是基本支出预算增加91.32万元,项目支出预算减少73.09万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("较2025增加", "较2025减少"))).toEqual([["AUDIT-SUM", "18.23万元"]]);
  });
});

describe("a government's accounts closed as 决算结果 (session 2026-12-07, eighth sitting)", () => {
  it("收入决算结果 and 支出决算结果 are the totals a balance is struck between (福州市 2025)", () => {
    const text =
      "2025年全市国有资本经营预算收入10.47亿元，加上转移性收入等0.90亿元，收入决算结果11.37亿元；国有资本经营预算支出2.09亿元，调出资金7.81亿元，支出决算结果9.90亿元；收支相抵年终结余1.47亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("11.37", "111.37")).map(([rule]) => rule)).toContain("AUDIT-SUM");
  });
  it("收支相抵，结余 in the paragraph after the totals is their balance (苏州市 2025)", () => {
    const text =
      "2025年市级政府性基金收入72.6亿元，完成预算的128.3%，加专项债券100.5亿元，上年结转38.3亿元，上级补助收入31亿元，下级上解收入6.9亿元，调入资金2亿元，收入总计251.3亿元。\n政府性基金支出125.7亿元，完成预算的89.2%，加专项债务还本支出36亿元，上解上级支出8.1亿元，补助下级支出47.4亿元，调入一般公共预算10亿元，支出总计227.2亿元。\n收支相抵，结余24.1亿元，结转下年使用。";
    expect(errors(text)).toEqual([]);
  });
});

describe("a paragraph of prose after the lines of a bare 其中 (session 2026-12-07, eighth sitting)", () => {
  const text =
    "2021 年国家核定我省新增政府债务限额 774 亿元，\n其中：\n一般债务限额 408 亿元（含政府债务外贷限额 0.3314 亿元），\n专项债务限额 366 亿元。\n  我省严格按照国家核定新增债务限额举借债务，2021 年发行地方政府新增债券 762.7 亿元，其中：省级留用 74.8 亿元，转贷市县 687.9 亿元。";
  it("ends the list: an indented paragraph whose first clause has no amount (黑龙江省 2021)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("专项债务限额 366", "专项债务限额 376"))).toEqual([
      ["AUDIT-SUM", "774 亿元"],
    ]);
  });
});

describe("counts of 家, 只 and 户 (session 2026-12-08, ninth sitting)", () => {
  it("a count's change and its rate: 增加19家 on 45 is 42.2%, not 23% (中国慈善联合会 2017)", () => {
    const text = "截至年底，全市慈善组织中的基金会共64家，比上年增加19家，增幅为23%。";
    expect(errors(text)).toEqual([["AUDIT-PCT", "23%"]]);
    expect(errors(text.replace("23%", "42.2%"))).toEqual([]);
  });
  it("a count in brackets lists its parts there, as an amount does (武昌区 2022)", () => {
    const text =
      "纳入全区企业国有资产报告统计的企业共77户(一级企业9户,其中区滨投公司、区城投公司、区环建公司3户企业为平台企业,企业资产合计639.72亿元,主要承担土地收储整理和重大基础设施建设任务;二级企业19户;三级企业34户;四级企业15户),主要从事投资与资产管理。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("四级企业15户", "四级企业25户"))).toEqual([["AUDIT-SUM", "77户"]]);
  });
  it("台(套) is a measure, no bracket that opens a list (高碑店市 2023)", () => {
    const text =
      "2023年新录入343.76万元,受益农户167户,补贴各类机具247台(套),其中:动力机械52台(套),收获机械44台(套),耕整地机械66台(套),排灌机械1台(套),其他机械84台(套)。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("其他机械84", "其他机械94"))).toEqual([["AUDIT-SUM", "247台(套)"]]);
  });
});

describe("a whole given out 分别 among names after it (session 2026-12-08, ninth sitting)", () => {
  it("the names' amounts are all of it", () => {
    const text = "2020年上级下达防疫补助资金220万元,分别拨付给尼尔基镇150万元、宝山镇50万元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "220万元"]]);
    expect(errors(text.replace("220万元", "200万元"))).toEqual([]);
  });
  it("changes given out so are read as prose, not as a 分别 list (彭水县 2021)", () => {
    const text =
      "——上级补助收入拟调整为389501万元,调增84000万元,分别是一般性转移支付收入调增55610万元、专项转移支付收入调增28390万元。";
    expect(errors(text)).toEqual([]);
  });
});

describe("a statistical bulletin's budget and its classes (session 2026-12-08, ninth sitting)", () => {
  it("a government's 一般公共预算支出 lists its largest classes only (永州市 2025)", () => {
    const text =
      "全年地方一般公共预算收入146.24亿元，比上年下降9.3%。其中，税收收入74.51亿元，下降25.5%；非税收入71.73亿元，增长17.1%。一般公共预算支出557.92亿元，下降0.1%。其中，社会保障和就业支出96.08亿元，增长7.3%；卫生健康支出73.28亿元，增长3.2%；节能环保支出10.5亿元，增长16.0%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("非税收入71.73", "非税收入81.73"))).toContainEqual([
      "AUDIT-SUM",
      "146.24亿元",
    ]);
  });
  it("a class cut across the others is not summed with them: 民生支出 (信阳市 2025), 中小微企业贷款 (株洲市 2025)", () => {
    const livelihood =
      "一般公共预算支出624.46亿元，下降6.6%。其中，教育支出126.82亿元，增长0.3%；社会保障和就业支出91.86亿元，增长5.3%；民生支出476.59亿元，下降5.8%，占一般公共预算支出比重76.3%。";
    const loans =
      "贷款余额4428.5亿元，增长10.0%，存贷比为78.8%。其中，住户贷款余额1329.9亿元，下降3.3%；非金融企业及机关团体贷款余额3066.0亿元，增长16.6%；中小微企业贷款余额2281.5亿元，增长17.8%。";
    expect(errors(livelihood)).toEqual([]);
    expect(errors(loans)).toEqual([]);
    // Parts of one breakdown still may not come to more than their whole.
    expect(
      errors(
        loans.replace(/；中小微企业贷款余额2281.5亿元，增长17.8%/, "").replace("1329.9", "1529.9")
      )
    ).toEqual([["AUDIT-SUM", "4428.5亿元"]]);
  });
});

describe("a change in the sentence after a part on a numbered line of its own (session 2026-12-08, ninth sitting)", () => {
  const text =
    "(一)收入决算情况。2021年度,收入总计为283.2697万元,其中:\n1.财政拨款收入227.2826万元,为工资、公卫资金。较上年度决算数增加1.4905万元,增长0.66%,主要是公卫资金增加原因。\n2.上级补助收入0万元。\n3.事业收入45.2932万元,为事业单位开展专业业务活动及辅助活动所取得的收入。较上年度决算数增加14.3331万元,增长46.29%,主要是本单位根据工作需要开展的专业业务活动及辅助活动所取得的收入有所增加。\n4.其他收入0万元。\n5.上年结转和结余10.6938万元,为以前年度支出预算因客观条件变化未执行完、结转到当年或以后年度按有关规定继续使用的资金,既财政拨款结转和结余。";
  it("is the part's, not the whole's (张家川县闫家乡卫生院 2021)", () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增长46.29%", "增长36.29%"))).toEqual([["AUDIT-PCT", "36.29%"]]);
  });
});

describe("one change said twice in a row (session 2026-12-08, ninth sitting)", () => {
  const text =
    "2、国有土地收益基金收入完成3.9亿元，为预算的155%，增加2.3亿元，增加4580万元，增长13.4%。主要原因是国有土地使用权出让收入增长。";
  it("by two amounts that differ: the first is marked, the second being the rate's (周口市 2019)", () => {
    expect(errors(text)).toEqual([["AUDIT-DIRECTION", "2.3亿元"]]);
  });
  it("by one amount in two units: no finding", () => {
    expect(errors(text.replace("增加2.3亿元", "增加0.46亿元"))).toEqual([]);
  });
});

describe("numbered sections that give the “三公” parts' changes alone (session 2026-12-08, ninth sitting)", () => {
  const text =
    "2023年，“三公”经费支出合计7471万元，较2022年决算数增加450万元。具体来说：\n一、因公出国（境）经费。2023年因公出国（境）经费为841万元，较2022年增加835万元。\n二、公务用车购置及运行维护费。2023年公务用车购置及运行维护费较2022年减少540万元，降幅达8.1%，主要原因有：1.公务用车购置费同比下降。2.公车运行维护费较上年增加333万元，同比增加6.8%。\n三、公务接待费。2023年公务接待费525万元，较上年增加153万元。";
  it("hold the whole's change to theirs; a part of the vehicle costs goes under them (宁夏 2023)", () => {
    const vehicleRunning = findClaims(text).items.find((item) => item.name === "公车运行维护费");
    expect(vehicleRunning?.parent?.name).toBe("公务用车购置及运行维护费");
    // 835 − 540 + 153 = 448, which the rounding of four figures printed to the 万元 brings to 449.5: no 错误.
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("增加450万元", "增加460万元"))).toEqual([["AUDIT-SUM", "460万元"]]);
  });
});

describe("held-out batches Q to S: what they taught (session 2026-12-08, ninth sitting)", () => {
  it("其构成是 lists all of the amount (保定市 2025)", () => {
    const text =
      "总支出 8105\n万元，完成预算的 119.4%，其构成是：①解决历史遗留问题及\n改革成本支出 1152 万元；②国有企业资本金注入 427 万元；③\n其他国有资本经营预算支出 600 万元；④国有资本经营预算补助\n下级支出 2554 万元；⑤调入一般公共预算 463 万元；⑥结转下\n年支出 2509 万元。";
    const found = auditText(text).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => f.rule)).toEqual(["AUDIT-SUM"]);
    // The figure a line end cut reads whole in the message, and 一般公共预算 keeps its 预算.
    expect(found[0].message).toContain("总支出8105万元");
    expect(found[0].message).toContain("调入一般公共预算、");
    expect(errors(text.replace("2509", "2909"))).toEqual([]);
  });
  it("the lines after “…主要内容如下：” are main parts of the item it names (上海市普陀区社会福利院 2024)", () => {
    const text =
      "支出预算1,212.12万元，其中：财政拨款支出预算950.12万元，比2023年预算增加0.46万元。\n    财政拨款支出主要内容如下：\n    1. “社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”53.84万元，主要用于事业单位退休人员福利费和生活补贴。\n    2. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元，主要用于人员经费及公用经费。\n    3. “住房保障支出（类）住房改革支出（款）住房公积金（项）”233.58万元，主要用于在职人员公积金缴费。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "950.12万元"]]);
    expect(errors(text.replace("233.58", "33.58"))).toEqual([]);
  });
  it("the reason of both flows' change against the change said of them (石泉路街道 2026)", () => {
    const text =
      "2026年，石泉路街道办事处收入预算7,630.61万元，其中：财政拨款收入7,630.61万元，比2025年预算减少2,163.37万元；其他收入0万元。\n    支出预算7,630.61万元，其中：财政拨款支出预算7,630.61万元，比2025年预算减少2,163.37万元。\n    财政拨款收入支出增加的主要原因是“武宁路沿线风貌提升”项目支出减少。";
    expect(errors(text)).toEqual([["AUDIT-DIRECTION", "增加"]]);
    expect(errors(text.replace("收入支出增加", "收入支出减少"))).toEqual([]);
  });
  it("a 全口径收入 adds what 加上 lists, read across a PDF's line ends (宁夏 2018)", () => {
    const text =
      "2018年，自治区本级地方一般公共预算收入 164.9亿元，\n加上中央补助收入 861 亿元、下级上解收入 6.2 亿元、调入\n资金 0.4 亿元、调入预算稳定调节基金 55.6亿元、地方政府\n债务收入 296.2 亿元、上年结转收入 25.1 亿元、其他地区援\n助收入 2.7 亿元，2018 年自治区本级一般公共预算全口径收\n入为 1415 亿元，比上年增长 7.8%。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "1415 亿元"]]);
    expect(errors(text.replace("0.4 亿元", "3.3 亿元"))).toEqual([]);
  });
  it("what 减 takes off goes on over a 、 (石家庄市 2018)", () => {
    const text =
      "市级一般公共预算及城区分享收入188.8亿元,加省级补助收入149.7亿元、县级上解收入11.6亿元,减上解省级10.7亿元、补助县级 92.8亿元,可用财力 246.6亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("92.8亿元", "82.8亿元"))).toEqual([["AUDIT-SUM", "246.6亿元"]]);
  });
  it("a place after a ；is the next of the places, not a part of the one before (宁夏 2019)", () => {
    const text =
      "分地区看，银川市(不含宁东管委会）162.1亿元，较上年增加12.4亿元，增长8.3%，其中补助永宁县债务风险应对资金指标8亿元，积极支持永宁县化解债务风险；石嘴山市85.6亿元，较上年增加13.4亿元，增长18.6%；吴忠市173.8亿元，较上年增加14亿元，增长8.8%。";
    expect(errors(text)).toEqual([]);
    // (全市 is no place of their level: its 其中 lists its places past the ；.)
    expect(errors("全市100万元，其中：甲市60万元，主要用于修路；乙市50万元。")).toEqual([
      ["AUDIT-SUM", "100万元"],
    ]);
  });
  it("an amount in 元 ten thousand times less than its like beside it in 亿元 (江苏省 2023)", () => {
    const text =
      "1. 收入预算。纳入年初预算的全省地方政府一般债务收入531.32元，专项债务收入 2352.72亿元。";
    expect(errors(text)).toEqual([["AUDIT-SUM", "531.32元"]]);
    expect(errors(text.replace("531.32元", "531.32亿元"))).toEqual([]);
    expect(errors("全省城乡居民人均可支配收入35000元，财政总收入2352.72亿元。")).toEqual([]);
  });
  it("bonds issued are new or refinancing; a line that ends on 、 goes on (湖北省 2020)", () => {
    const text =
      "2020 年， 湖北省发行地方政府债券2,899.84 亿元， 包括新增债券2,095.00 亿元， 用于省本级和转贷各地市、\n州的重大公益性项目支出； 再融资债券804.80 亿元， 全部转贷各区用于偿还2020 年到期的湖北省政府债券\n本金。 ";
    expect(errors(text)).toEqual([["AUDIT-SUM", "2,899.84 亿元"]]);
    expect(errors(text.replace("2,899.84", "2,899.80"))).toEqual([]);
  });
});

describe("a comparison with 决算数据 (session 2026-12-08, ninth sitting)", () => {
  it("is one: the change after it is the total's, and the rate its (天水市第三人民医院 2018)", () => {
    const text =
      "2018年度,我院收入总计为16,684.39万元,较2017年度决算数据增加1172.02万元,增长7.56%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("7.56%", "8.56%"))).toEqual([["AUDIT-PCT", "8.56%"]]);
  });
});

describe("held-out batches T and U: what they taught (session 2026-12-08, ninth sitting)", () => {
  it("a unit letter-spaced by a newspaper's layout (17.31 亿 元) is read (呼和浩特市 2024)", () => {
    const text =
      "城镇\n职工基本医疗保险基金支出 49.42 亿\n元 ，完 成 年 初 预 算 46.06 亿 元 的\n107.29%。城乡居民基本医疗保险基\n金 支 出 17.31 亿 元 ，完 成 年 初 预 算\n18.95 亿元的 91.35%。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("91.35%", "81.35%"))).toEqual([["AUDIT-PCT", "81.35%"]]);
  });
  it("a 加上 list closes on a total whose name is letter-spaced (重庆市 2025)", () => {
    const text =
      "———市级 一 般 公 共 预 算 支 出 1844 亿 元,增 长 9%, 完\n成预算的85.7%。加上补助区县1623亿元、政府一般债务\n转贷支出815亿元、政府一般债务还本支出118亿元,以及\n上解中央、安 排 预 算 稳 定 调 节 基 金、 结 转 下 年 等 544 亿 元\n后,支出总 量 为4944 亿 元。收 支 相 抵,市 级 一 般 公 共 预 算\n收支平衡。\n市级对区县转移支付执行情况为:市级对区县转移支付\n1623亿元。其中,一般性转移支付1375亿元,专项转移支\n付248亿元。";
    expect(errors(text)).toEqual([]);
    const found = auditText(text.replace("等 544 亿", "等 644 亿")).findings.filter(
      (f) => f.severity === "error"
    );
    expect(found.map((f) => [f.rule, f.printed])).toEqual([["AUDIT-SUM", "4944 亿 元"]]);
    // Named without the dashes and the 加上 before them, the amount read as one.
    expect(found[0].message).toMatch(/^支出总量4944 ?亿元，而其中市级一般公共预算支出、补助区县、/);
  });
  it("interest is no part of the principal repaid (中卫市 2025)", () => {
    const text =
      "全市 2025 年偿还政府性债务本金 29.9\n亿元，其中：通过安排预算资金偿还 3.67 亿元、争取再融资债\n券偿还 26.23 亿元，按时偿还 2026 年到期政府性债务利息 7.19\n亿元。";
    expect(errors(text)).toEqual([]);
  });
  it("a unit's spending in 亿元 is a government's, whose classes listed are its largest only", () => {
    const text =
      "一般公共预算支出557.92亿元。其中，社会保障和就业支出96.08亿元；卫生健康支出73.28亿元；节能环保支出10.5亿元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace(/亿元/g, "万元"))).toEqual([["AUDIT-SUM", "557.92万元"]]);
  });
});

describe("a 政协's 预算 in traditional characters with pinyin (session 2026-12-08, ninth sitting)", () => {
  const text =
    "預(yù)算總支出417.6萬(wàn)元,其中:基本支出237.6萬(wàn)元(工資福利支出191.58萬(wàn)元、一般商品和服務(wù)支出29.95萬(wàn)元、對(duì)個(gè)人和家庭的補(bǔ)助支出16.07萬(wàn)元);項(xiàng)目支出180萬(wàn)元。\n三、主要項(xiàng)目支出安排\n安排預(yù)算內(nèi)專(zhuān)項(xiàng)經(jīng)費(fèi)180萬(wàn)元,主要項(xiàng)目:1、委員補(bǔ)助21萬(wàn);2、常委活動(dòng)8萬(wàn);3、聯(lián)絡(luò)3萬(wàn);4、接待4萬(wàn);5、老干費(fèi)10萬(wàn);6、印刷及資料費(fèi)10萬(wàn);7、專(zhuān)題調(diào)研2萬(wàn);8、信訪經(jīng)費(fèi)2萬(wàn);9、各委室經(jīng)費(fèi)28萬(wàn);10、民主黨派參政議政3萬(wàn);11、評(píng)先評(píng)優(yōu)2萬(wàn);12、特派員民主監(jiān)督員工作經(jīng)費(fèi)2萬(wàn);13、文史資料征集出版5萬(wàn);14、例會(huì)7萬(wàn);15、車(chē)輛補(bǔ)助3萬(wàn);16、書(shū)畫(huà)院經(jīng)費(fèi)2萬(wàn);17、政協(xié)年會(huì)55萬(wàn);18、政協(xié)委員工作室建設(shè)經(jīng)費(fèi)16萬(wàn)。";
  it("主要项目 after an amount opens its main projects, read across the blanked pinyin; whole 万 there are exact", () => {
    // 21 + 8 + 3 + 4 + 10 + 10 + 2 + 2 + 28 + 3 + 2 + 2 + 5 + 7 + 3 + 2 + 55 + 16 = 183 > 180; 常委活动8万 is no 联络3万 + 接待4万.
    expect(errors(text).map(([rule]) => rule)).toEqual(["AUDIT-SUM"]);
    expect(
      errors(text.replace("政協(xié)年會(huì)55萬(wàn)", "政協(xié)年會(huì)52萬(wàn)"))
    ).toEqual([]);
  });
});

describe("held-out batches V and W: what they taught (session 2026-12-08, ninth sitting)", () => {
  it("收支相抵 names the balance between the totals, whatever it calls it (广州市 2014)", () => {
    const text =
      "据介绍,2014年全市一般公共预算收入1243.1亿元,加上上级税收返还和各项补助收入以及地方政府债券收入等,全市收入总计1872.4亿元。与此同时,全市一般公共预算支出1436.2亿元。加上节省支出46.5亿元,安排预算稳定调节基金104.7亿元,偿还地方债券贷款本金支出3亿元,调出资金14.4亿元后,全市支出总计1604.8亿元。收支相抵,2014年全市一般公共预算资金结余结转267.6亿元。";
    expect(errors(text).filter(([rule]) => rule === "AUDIT-TOTALS")).toEqual([]);
    expect(errors(text.replace("结余结转267.6", "结余结转167.6"))).toEqual([
      ["AUDIT-TOTALS", "1604.8亿元"],
    ]);
  });
  it("what 加上 adds to may be named again right before it, its amount given before (磐安县 2015)", () => {
    const text =
      "2015年全县财政总收入127606万元,完成调整预算的99.6%。其中:中央级收入54386万元;县级一般公共预算收入73220万元。县级一般公共预算收入加上预计上级各类补助收入124392万元(其中:省税收返还收入4420万元、上级转移支付收入119972万元)、新增地方政府债券收入13000万元、调入结转结余资金收入(含预算稳定调节基金)21226万元,收入合计231838万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("21226万元", "31226万元"))).toEqual([["AUDIT-SUM", "231838万元"]]);
  });
});

describe("the “三公” parts named after their total with no 其中 (session 2026-12-08, ninth sitting)", () => {
  it("are its parts: their shares of it and their sum are held to it (国家地震局 2010, 万宁县法院 2014)", () => {
    expect(
      errors("国家地震局去年“三公经费”支出6367.25亿元,公车费用4108.12万元,占64.5%。").map(
        ([rule]) => rule
      )
    ).toEqual(["AUDIT-SHARE"]);
    expect(errors("国家地震局去年“三公经费”支出6367.25万元,公车费用4108.12万元,占64.5%。")).toEqual(
      []
    );
    const text =
      "我院2014年三公经费开支53.65万元，公务接待费 3.02万元，公务用车购置及运行维护费 50.63万元，因公出国费0万元。";
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace("53.65", "63.65"))).toEqual([["AUDIT-SUM", "63.65万元"]]);
  });
});

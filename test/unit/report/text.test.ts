import { composeReport } from "../../../src/core/report/compose";
import { flattenReport } from "../../../src/core/report/numbering";
import {
  groupByTypedHeadings,
  splitEnumeration,
  textLines,
  typedHeading,
} from "../../../src/core/report/text";
import { makeBook, makeInput, SAMPLE_TEXTS } from "../../helpers/report";

describe("the unit's texts", () => {
  test("lines trimmed (ideographic spaces too), blank lines dropped", () => {
    expect(textLines("\u3000\u3000第一段。\r\n\n  第二段。  \r")).toEqual(["第一段。", "第二段。"]);
  });

  test("inline enumerations split only in sequence after a sentence end", () => {
    expect(splitEnumeration("（1）宣传教育。（2）基层建会；(3)劳模评选。")).toEqual([
      "（1）宣传教育。",
      "（2）基层建会；",
      "(3)劳模评选。",
    ]);
    expect(splitEnumeration("（1）完成（3）项任务。（2）其他。")).toEqual([
      "（1）完成（3）项任务。",
      "（2）其他。",
    ]);
    expect(splitEnumeration("一是宣传。（2）其他。")).toEqual(["一是宣传。（2）其他。"]);
  });

  test("typed headings: 一、 and a short title without closing punctuation", () => {
    expect(typedHeading("一、加强职工思想政治引领，增强工会组织向心力")).toBe(
      "加强职工思想政治引领，增强工会组织向心力"
    );
    expect(typedHeading("十二、其他")).toBe("其他");
    expect(typedHeading("一、全年帮扶困难职工146人。")).toBeUndefined();
    expect(typedHeading("一是加强党的领导")).toBeUndefined();
    expect(groupByTypedHeadings(["引言。", "一、甲", "甲文。", "二、乙", "乙文。"])).toEqual([
      { lines: ["引言。"] },
      { heading: "甲", lines: ["甲文。"] },
      { heading: "乙", lines: ["乙文。"] },
    ]);
  });

  test("typed 一、 headings inside 六 become generated sub-headings one level down", () => {
    const performance =
      "2023年整体支出绩效表现为：\n一、加强思想引领\n一是宣传。\n二、深化工会改革\n二是建会。";
    const headings = (book: ReturnType<typeof makeBook>) =>
      flattenReport(composeReport(makeInput(book)).report)
        .filter((b) => b.kind !== "title" && b.kind !== "signature")
        .map((b) => `${b.kind === "heading" ? "H" + b.level : "P"} ${b.text}`);
    // 六 without figures: the text sits directly under 六, its headings become （一）（二）.
    const plain = headings(makeBook([], { texts: { ...SAMPLE_TEXTS, performance } }));
    const six = plain.indexOf("H1 六、部门整体支出绩效情况");
    expect(plain.slice(six, six + 7)).toEqual([
      "H1 六、部门整体支出绩效情况",
      "P 2023年整体支出绩效表现为：",
      "H2 （一）加强思想引领",
      "P 一是宣传。",
      "H2 （二）深化工会改革",
      "P 二是建会。",
      "H1 七、存在的问题及原因分析",
    ]);
    // With 预算执行: the text is （二）, its headings become 1. 2.
    const withBudget = headings(
      makeBook([{ key: "generalBudget", current: 100, prior: 100, budget: 100 }], {
        texts: { ...SAMPLE_TEXTS, performance },
      })
    );
    const outcomes = withBudget.indexOf("H2 （二）绩效目标完成情况");
    expect(withBudget.slice(outcomes, outcomes + 6)).toEqual([
      "H2 （二）绩效目标完成情况",
      "P 2023年整体支出绩效表现为：",
      "H3 1.加强思想引领",
      "P 一是宣传。",
      "H3 2.深化工会改革",
      "P 二是建会。",
    ]);
    // Below an item (一、1.主要职能) typed headings stay text.
    const items = headings(
      makeBook([], { texts: { ...SAMPLE_TEXTS, functions: "一、维护职工权益\n二、组织职工建设" } })
    );
    expect(items.slice(1, 4)).toEqual([
      "H3 1.主要职能",
      "P 一、维护职工权益",
      "P 二、组织职工建设",
    ]);
  });
});

import JSZip from "jszip";
import mammoth from "mammoth";
import { composeReport } from "../../../src/core/report/compose";
import { renderDocx, signatureIndents, titleLines, WINDOWS_FONTS } from "../../../src/render/docx";
import { makeInput, SAMPLE_TEXTS, seedBook } from "../../helpers/report";

const SEED_BASIC =
  "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing`);
    return file.async("string");
  };
  return { zip, read };
}

/** The <w:p> elements of document.xml whose text contains `text`. */
function paragraphsWith(xml: string, text: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((p) =>
    p.replace(/<[^>]+>/g, "").includes(text)
  );
}

describe("renderDocx (GB/T 9704)", () => {
  const composed = composeReport(makeInput(seedBook()));
  let bytes: Uint8Array;
  let documentXml: string;
  let read: (name: string) => Promise<string>;

  beforeAll(async () => {
    bytes = await renderDocx(composed.report);
    ({ read } = await unzip(bytes));
    documentXml = await read("word/document.xml");
  });

  test("is a zip holding a Word document", () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  test("text reads back with mammoth: title, headings, the seed paragraph, sign-off", async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = value.split("\n").filter((l) => l.trim() !== "");
    // 25 characters do not fit a 20-character title line: it breaks after the year, not mid-word.
    expect(lines.slice(0, 2)).toEqual(["常宁市总工会2023年度", "部门整体支出绩效自评报告"]);
    expect(lines).toContain("一、部门（单位）基本情况");
    expect(lines).toContain("（一）基本支出情况");
    expect(lines).toContain("1.主要职能");
    expect(lines).toContain(SEED_BASIC);
    expect(lines).toContain(SAMPLE_TEXTS.problems);
    expect(lines.slice(-2)).toEqual(["常宁市总工会", "2024年5月16日"]);
  });

  test("A4 page and GB/T 9704 margins, 22-line grid", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
    expect(documentXml).toMatch(/<w:docGrid [^>]*w:linePitch="579"/);
    // No snapping grid: exact spacing alone sets the 22 lines.
    expect(documentXml).not.toMatch(/<w:docGrid [^>]*w:type=/);
  });

  test("title: 二号 方正小标宋简体, centred", () => {
    const [title] = paragraphsWith(documentXml, "绩效自评报告");
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
  });

  test("body: 三号 仿宋_GB2312 (Latin Times New Roman), exact 28.95 pt lines, 2-character indent, black", () => {
    const [body] = paragraphsWith(documentXml, "单位一般公共预算基本支出完成");
    expect(body).toMatch(
      /<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="579"/
    );
    expect(body).toContain('w:firstLine="640"');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('<w:color w:val="000000"/>');
    expect(body).not.toContain('lineRule="exactly"');
    // Shared punctuation (“三公”) takes the Chinese font; the text is marked zh-CN.
    expect(body).toContain('w:hint="eastAsia"');
    expect(body).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  test("headings: 一、 黑体, （一） 楷体_GB2312", () => {
    const [h1] = paragraphsWith(documentXml, "一、部门（单位）基本情况");
    expect(h1).toContain('w:eastAsia="黑体"');
    const [h2] = paragraphsWith(documentXml, "（一）基本支出情况");
    expect(h2).toContain('w:eastAsia="楷体_GB2312"');
  });

  test("sign-off indents (GB/T 9704 7.3.5.2): date 2 characters in, unit starting 2 characters left of it", () => {
    // 常宁市总工会 = 6 characters; 2024年5月16日 = 3 + 7 × ½ + 5 script changes × ¼ = 7.75 characters:
    // the unit stands 2 + 7.75 + 2 − 6 = 5.75 characters in.
    expect(signatureIndents("常宁市总工会", "2024年5月16日")).toEqual({ unit: 1840, date: 640 });
    // A long unit: the unit 2 characters in, the date starting 2 characters right of the unit's start.
    expect(signatureIndents("某某省某某市某某区人力资源和社会保障局", "2024年5月16日")).toEqual({
      unit: 640,
      date: 640 + (19 - 2 - 7.75) * 320,
    });
    const [unit] = paragraphsWith(documentXml, "常宁市总工会").slice(-1);
    expect(unit).toContain('w:right="1840"');
    const [date] = paragraphsWith(documentXml, "2024年5月16日");
    expect(date).toContain('w:right="640"');
  });

  test("sign-off right-aligned, unit then date", () => {
    const [unit] = paragraphsWith(documentXml, "2024年5月16日");
    expect(unit).toContain('<w:jc w:val="right"/>');
    const index = documentXml.lastIndexOf("常宁市总工会");
    expect(index).toBeLessThan(documentXml.indexOf("2024年5月16日"));
  });

  test("footers: — n — in 四号 宋体, right on odd pages and left on even pages", async () => {
    const settings = await read("word/settings.xml");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const refs = [...documentXml.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)];
    expect(refs.map((m) => m[1]).sort()).toEqual(["default", "even"]);
    const rels = await read("word/_rels/document.xml.rels");
    const target = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    for (const [, type, id] of refs) {
      const footer = await read(`word/${target(id)}`);
      const text = footer
        .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, "#")
        .replace(/<[^>]+>/g, "");
      expect(text).toContain("— # —");
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(footer).toContain(`<w:jc w:val="${type === "default" ? "right" : "left"}"/>`);
    }
  });

  test("placeholders are highlighted, the text stays black", async () => {
    const book = seedBook({ texts: { ...SAMPLE_TEXTS, organization: "" } });
    const xml = await (
      await unzip(await renderDocx(composeReport(makeInput(book)).report))
    ).read("word/document.xml");
    const [p] = paragraphsWith(xml, "【待补充：机构情况】");
    expect(p).toContain('<w:highlight w:val="yellow"/>');
    expect(p).toContain('<w:color w:val="000000"/>');
  });

  test("a short title stays on one line", () => {
    const report = {
      ...composed.report,
      title: "某局2023年度部门整体支出绩效自评报告",
      titleLines: ["某局2023年度", "部门整体支出绩效自评报告"],
    };
    expect(titleLines(report)).toEqual(["某局2023年度部门整体支出绩效自评报告"]);
    expect(titleLines(composed.report)).toEqual([
      "常宁市总工会2023年度",
      "部门整体支出绩效自评报告",
    ]);
  });

  test("Windows font set names fonts every Chinese Windows has", async () => {
    const xml = await (
      await unzip(await renderDocx(composed.report, { fonts: WINDOWS_FONTS }))
    ).read("word/document.xml");
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="楷体"');
    expect(xml).not.toContain("GB2312");
  });

  // A sanity bound, not the benchmark (npm run bench measures medians): the best of five runs after
  // warm-up, so a busy shared CPU does not make it flaky.
  test("renders the sample in under 200 ms after warm-up", async () => {
    for (let i = 0; i < 3; i++) await renderDocx(composed.report);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await renderDocx(composed.report);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).toBeLessThan(200);
  });
});

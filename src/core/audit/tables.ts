/**
 * The funds block of a 绩效自评表 printed as a table: a heading row naming the columns (年初预算数 | 全年预算数 |
 * 全年执行数 | 分值 | 执行率 | 得分) and a row per fund (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金). A .docx
 * table row is a line of tab-separated cells (reportText.ts); a web page's table comes as cells between " | ".
 * The cells print numbers without their unit: the heading says it ("项目资金（万元）"), 万元 when it does not.
 */
import {
  amountAt,
  percentAt,
  type AmountUnit,
  type PrintedAmount,
  type PrintedPercent,
  type Sentence,
} from "./text";

export interface FundRow {
  /** The row's line. */
  line: Sentence;
  /** Its first cell as printed: "年度资金总额", "其中：财政拨款". */
  label: string;
  initial?: PrintedAmount;
  adjusted?: PrintedAmount;
  spent?: PrintedAmount;
  rate?: PrintedPercent;
}

interface Cell {
  text: string;
  start: number;
}

type Column = "initial" | "adjusted" | "spent" | "rate";

const COLUMN_WORDS: readonly [Column, RegExp][] = [
  ["initial", /年初预算/],
  ["adjusted", /全年预算|调整后?预算/],
  ["spent", /全年执行|执行数|实际支出/],
  ["rate", /执行率/],
];

/** A line's cells, each with its offset: split at tabs or at "|". */
function cellsOf(line: Sentence): Cell[] | undefined {
  const separator = line.text.includes("\t") ? /\t/g : line.text.includes("|") ? /\|/g : undefined;
  if (!separator) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (const match of [...line.text.matchAll(separator), undefined]) {
    const to = match ? (match.index ?? 0) : line.text.length;
    const raw = line.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: line.start + from + lead });
    from = to + 1;
  }
  return cells;
}

function unitIn(heading: string): AmountUnit {
  if (/亿元/.test(heading)) return "亿元";
  if (/万元/.test(heading)) return "万元";
  if (/[（(]元[)）]|单位[：:]\s*元/.test(heading)) return "元";
  return "万元";
}

const NUMBER = /^[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;

/** The fund rows of every funds table in the text, in order. */
export function findFundRows(sentences: readonly Sentence[]): FundRow[] {
  const rows: FundRow[] = [];
  let columns: Partial<Record<Column, number>> | undefined;
  let unit: AmountUnit = "万元";
  for (const line of sentences) {
    const cells = cellsOf(line);
    if (!cells) {
      columns = undefined;
      continue;
    }
    const heading: Partial<Record<Column, number>> = {};
    for (const [column, words] of COLUMN_WORDS) {
      const at = cells.findIndex((cell) => words.test(cell.text));
      if (at >= 0) heading[column] = at;
    }
    if (heading.spent !== undefined && (heading.initial ?? heading.adjusted) !== undefined) {
      columns = heading;
      unit = unitIn(line.text);
      continue;
    }
    if (!columns) continue;
    const label = cells.find((cell) => cell.text !== "")?.text ?? "";
    if (label === "" || NUMBER.test(label)) continue;
    const amount = (column: Column) => {
      const cell = columns?.[column] !== undefined ? cells[columns[column]] : undefined;
      return cell && NUMBER.test(cell.text) ? amountAt(cell.text, cell.start, unit) : undefined;
    };
    const rateCell = columns.rate !== undefined ? cells[columns.rate] : undefined;
    rows.push({
      line,
      label,
      initial: amount("initial"),
      adjusted: amount("adjusted"),
      spent: amount("spent"),
      rate: rateCell && percentCell(rateCell),
    });
  }
  return rows;
}

/**
 * An execution rate's cell: "99.97%", or a bare number above 1.5 (a percentage without its sign). A bare
 * number up to 1.5 may be a ratio ("0.98") or a percentage ("1"): not read.
 */
function percentCell(cell: Cell): PrintedPercent | undefined {
  const text = cell.text.replace(/\s+/g, "");
  if (/^[0-9０-９.．]+[%％]$/.test(text)) return percentAt(cell.text, cell.start);
  if (!NUMBER.test(text)) return undefined;
  const percent = percentAt(cell.text, cell.start);
  return percent && percent.value.n > (percent.value.d * 3n) / 2n ? percent : undefined;
}

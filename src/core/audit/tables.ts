/**
 * Tables printed in a report's text, read by their heading row. A .docx table row is a line of tab-separated
 * cells (reportText.ts); a web page's table comes as cells between " | ". Two kinds are read:
 *   - a 绩效自评表's funds block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, a row per fund
 *     (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金);
 *   - a comparison with last year: 2014年决算数 | 2015年决算数 | 增、减额 | 增、减幅度 (or 上年数 | 本年数 |
 *     增减额 | 增减率), a row per item, numbered under a 合计.
 * The cells print numbers without their unit: the heading (or a "单位：万元" line just before it) says it,
 * 万元 when nothing does. Any table besides, headed or not, gives its rows' cells (cellRows): a 合计 row's
 * columns against the numbered rows under it (AUDIT-SUM).
 */
import { WHOLE_PARTS, reduceName, itemKeyOf } from "./itemNames";
import { addBudget, isPartOf, newItem, type ChangeClaim, type ItemClaim } from "./items";
import {
  amountAt,
  NUMBER as NUMBER_IN_TEXT,
  percentAt,
  type AmountUnit,
  type PrintedAmount,
  type PrintedNumber,
  type PrintedPercent,
  type Sentence,
  sentenceAt,
} from "./text";

/** What a column holds. */
export type AmountColumn = "initial" | "adjusted" | "spent" | "prior" | "current" | "delta";
export type RateColumn = "executionRate" | "changeRate";
type Column = AmountColumn | RateColumn;

export interface TableRow {
  kind: "funds" | "changes";
  /** The row's line. */
  line: Sentence;
  /** Its first cell as printed: "年度资金总额", "其中：财政拨款", "1、因公出国(境)费". */
  label: string;
  amounts: Partial<Record<AmountColumn, PrintedAmount>>;
  rates: Partial<Record<RateColumn, PrintedPercent>>;
}

/** A row of a funds block printed with no figure ("其他资金 |"): the template's row, none of that source. */
export interface BlankFundRow {
  line: Sentence;
  label: string;
}

interface Cell {
  text: string;
  start: number;
}

/** The columns of a funds block, by the words of their heading. */
const FUND_COLUMNS: readonly [Column, RegExp][] = [
  ["initial", /年初预算/],
  ["adjusted", /全年预算|调整后?预算/],
  ["spent", /全年执行|执行数|实际支出/],
  ["executionRate", /执行率/],
];

const DELTA_HEADING = /增[、,，]?减(?:额|数|金额)|增加额|^增减$/;
const RATE_HEADING = /增[、,，]?减(?:率|幅度?|%|％)|增长率|增幅|增长[%％]/;
/** A heading over both ("2015年决算比上年增、减情况"): its two columns are named on the next line. */
const CHANGE_GROUP_HEADING = /增[、,，]?减情况|比上年增[、,，]?减/;
const PRIOR_HEADING = /^上年(?:决算|预算|执行)?数?$/;
const CURRENT_HEADING = /^本年(?:决算|预算|执行)?数?$/;
const YEAR_HEADING = /(20\d\d)年度?(决算|预算|执行)?/;

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

function unitIn(heading: string): AmountUnit | undefined {
  if (/亿元/.test(heading)) return "亿元";
  if (/万元/.test(heading)) return "万元";
  if (/[（(]元[)）]|单位[：:]\s*元/.test(heading)) return "元";
  return undefined;
}

/** A funds block's heading: its columns, when the row names 执行数 and a budget. */
function fundColumns(cells: readonly Cell[]): Partial<Record<Column, number>> | undefined {
  const columns: Partial<Record<Column, number>> = {};
  for (const [column, words] of FUND_COLUMNS) {
    const at = cells.findIndex((cell) => words.test(cell.text));
    if (at >= 0) columns[column] = at;
  }
  return columns.spent !== undefined && (columns.initial ?? columns.adjusted) !== undefined
    ? columns
    : undefined;
}

/**
 * A comparison's heading: last year's and this year's columns (two years, the earlier last year's; or 上年数 and
 * 本年数), and the change and its rate when named — on this row, or on the next under a heading over both.
 */
function changeColumns(
  cells: readonly Cell[],
  next: readonly Cell[] | undefined
): Partial<Record<Column, number>> | undefined {
  const columns: Partial<Record<Column, number>> = {};
  const years = cells
    .map((cell, at) => ({ at, match: YEAR_HEADING.exec(cell.text), cell }))
    .filter(
      ({ match, cell }) =>
        match !== null && !CHANGE_GROUP_HEADING.test(cell.text) && !RATE_HEADING.test(cell.text)
    );
  const prior = cells.findIndex((cell) => PRIOR_HEADING.test(cell.text));
  const current = cells.findIndex((cell) => CURRENT_HEADING.test(cell.text));
  if (prior >= 0 && current >= 0) {
    columns.prior = prior;
    columns.current = current;
  } else if (years.length === 2) {
    const [a, b] = years;
    const [earlier, later] = Number(a.match![1]) < Number(b.match![1]) ? [a, b] : [b, a];
    if (Number(later.match![1]) - Number(earlier.match![1]) !== 1) return undefined;
    columns.prior = earlier.at;
    columns.current = later.at;
  } else return undefined;
  const delta = cells.findIndex((cell) => DELTA_HEADING.test(cell.text));
  const rate = cells.findIndex((cell) => RATE_HEADING.test(cell.text));
  if (delta >= 0) columns.delta = delta;
  if (rate >= 0) columns.changeRate = rate;
  const group = cells.findIndex((cell) => CHANGE_GROUP_HEADING.test(cell.text));
  if (group >= 0 && delta < 0 && rate < 0 && next) {
    // "2015年决算比上年增、减情况" over "增、减额 | 增、减幅度": the second line's cells start under the group.
    const named = next.filter((cell) => cell.text !== "");
    const at = (words: RegExp) => named.findIndex((cell) => words.test(cell.text));
    if (at(DELTA_HEADING) >= 0) columns.delta = group + at(DELTA_HEADING);
    if (at(RATE_HEADING) >= 0) columns.changeRate = group + at(RATE_HEADING);
  }
  return columns;
}

const NUMBER = /^[-−－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;

/** The rows of every table the text prints with a heading this reader knows, in order. */
export function findTableRows(
  sentences: readonly Sentence[],
  blankFundRows: BlankFundRow[] = []
): TableRow[] {
  const rows: TableRow[] = [];
  let table: { kind: TableRow["kind"]; columns: Partial<Record<Column, number>> } | undefined;
  let unit: AmountUnit = "万元";
  /** The unit a line before a table names ("单位:万元"). */
  let unitBefore: AmountUnit | undefined;
  for (const [index, line] of sentences.entries()) {
    const cells = cellsOf(line);
    if (!cells) {
      table = undefined;
      unitBefore = unitIn(line.text) ?? unitBefore;
      continue;
    }
    const funds = fundColumns(cells);
    const next = sentences[index + 1] ? cellsOf(sentences[index + 1]) : undefined;
    const changes = funds ? undefined : changeColumns(cells, next);
    if (funds || changes) {
      table = funds ? { kind: "funds", columns: funds } : { kind: "changes", columns: changes! };
      unit = unitIn(line.text) ?? unitBefore ?? "万元";
      continue;
    }
    if (!table) continue;
    const label = cells.find((cell) => cell.text !== "")?.text ?? "";
    if (label === "" || NUMBER.test(label.replace(/\s+/g, ""))) continue;
    const { columns } = table;
    // A heading with no cell over the rows' labels ("年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分" over
    // "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59%": 金寨县 2023): a row's figures start one cell later.
    const shift =
      Object.values(columns).includes(0) && !NUMBER.test(cells[0].text.replace(/\s+/g, "")) ? 1 : 0;
    const cellAt = (column: Column) =>
      columns[column] !== undefined ? cells[columns[column] + shift] : undefined;
    const amounts: TableRow["amounts"] = {};
    for (const column of ["initial", "adjusted", "spent", "prior", "current", "delta"] as const) {
      const cell = cellAt(column);
      const digits = cell?.text.replace(/\s+/g, "");
      if (cell && digits && NUMBER.test(digits)) {
        const amount = amountAt(cell.text, cell.start, unit);
        if (amount) amounts[column] = amount;
      }
    }
    const rates: TableRow["rates"] = {};
    for (const column of ["executionRate", "changeRate"] as const) {
      const cell = cellAt(column);
      const percent = cell && percentCell(cell, column === "changeRate");
      if (percent) rates[column] = percent;
    }
    // A second heading line ("增、减额 | 增、减幅度") or a row with no figure says nothing to check — but a funds
    // row's label says the template's row is there, empty.
    if (Object.keys(amounts).length === 0 && Object.keys(rates).length === 0) {
      if (table.kind === "funds") blankFundRows.push({ line, label });
      continue;
    }
    rows.push({ kind: table.kind, line, label, amounts, rates });
  }
  return rows;
}

/**
 * A rate's cell: "99.97%", "-0.2%", or a bare number above 1.5 (a percentage without its sign) — a bare
 * number up to 1.5 may be a ratio ("0.98") or a percentage ("1"): not read. A change's rate may be negative.
 */
function percentCell(cell: Cell, signed: boolean): PrintedPercent | undefined {
  const text = cell.text.replace(/\s+/g, "");
  const number = signed ? text.replace(/^[-−－]/, "") : text;
  if (/^[0-9０-９.．]+[%％]$/.test(number)) return percentAt(cell.text, cell.start);
  if (!NUMBER.test(number)) return undefined;
  const percent = percentAt(cell.text, cell.start);
  if (!percent) return undefined;
  const magnitude = percent.value.n < 0n ? -percent.value.n : percent.value.n;
  return magnitude > (percent.value.d * 3n) / 2n ? percent : undefined;
}

/**
 * The rows of the tables the text prints (tables.ts) as items. A 绩效自评表's funds block: 全年执行数 this year's
 * amount, 年初 and 全年预算数 its budgets, 执行率 its execution rate; the rows after 年度资金总额 (财政拨款, 上年结转
 * 资金, 其他资金) its parts. A comparison with last year: each row's 上年, 本年, change and rate; the numbered
 * rows ("1、") the parts of the 合计 above them, and "(1)" rows the parts of the numbered row above.
 */
export function tableItems(sentences: readonly Sentence[]): ItemClaim[] {
  const items: ItemClaim[] = [];
  let fundsTotal: ItemClaim | undefined;
  const byLevel: ItemClaim[] = [];
  const blankFundRows: BlankFundRow[] = [];
  for (const row of findTableRows(sentences, blankFundRows)) {
    const printedName = row.label
      .replace(/^其中[：:]?\s*/, "")
      .replace(/[：:]$/, "")
      .trim();
    const name = reduceName(printedName) || printedName.replace(/\s+/g, "");
    const key = itemKeyOf(name);
    const level = row.kind === "changes" ? rowLevel(row.label) : undefined;
    const parent =
      row.kind === "funds"
        ? key && fundsTotal && isPartOf(key, fundsTotal)
          ? fundsTotal
          : undefined
        : level !== undefined && level > 0
          ? byLevel[level - 1]
          : undefined;
    const item = newItem(printedName, row.line, parent);
    item.name = row.kind === "funds" ? printedName.replace(/\s+/g, "") : name;
    item.printedName = printedName;
    const { initial, adjusted, spent, prior, current, delta } = row.amounts;
    item.current = spent ?? current;
    item.prior = prior;
    if (initial) addBudget(item, initial, "initial");
    if (adjusted) addBudget(item, adjusted, "adjusted");
    item.executionRate = row.rates.executionRate;
    if (delta) item.delta = tableChange(delta, (text, start) => amountAt(text, start, delta.unit));
    const rate = row.rates.changeRate;
    if (rate) item.rate = tableChange(rate, percentAt);
    if (key === "funds:total") fundsTotal = item;
    if (level === 0 && /^(?:合计|总计)$/.test(name)) item.partsAreAll = true;
    if (level !== undefined) {
      byLevel[level] = item;
      byLevel.length = level + 1;
    }
    items.push(item);
  }
  for (const total of items.filter((item) => itemKeyOf(item.name) === "funds:total"))
    total.partsAreAll ||= everySourceRowPrinted(total, blankFundRows);
  return items;
}

/**
 * Every row of a funds block's template is printed under its 年度资金总额, with figures or empty ("其中:中央财政资金 |
 * 2000 | 1157.9", "地方财政资金 |", "其他资金 |": 朝天区体育发展中心 2023): the rows with figures are all of it.
 */
function everySourceRowPrinted(total: ItemClaim, blankRows: readonly BlankFundRow[]): boolean {
  const keyOf = (label: string) => itemKeyOf(label.replace(/^其中[：:]?\s*|[：:]$|\s+/g, ""));
  const seen = new Set([
    ...total.children.map((part) => itemKeyOf(part.name)),
    ...blankRows
      // (Its own rows: the few lines after it.)
      .filter(
        (row) =>
          row.line.start > total.sentence.start &&
          row.line.paragraph - total.sentence.paragraph <= 4
      )
      .map((row) => keyOf(row.label)),
  ]);
  return (WHOLE_PARTS["funds:total"] ?? []).some(
    (set) => total.children.length > 0 && set.every((key) => seen.has(key))
  );
}

/** A comparison table's row: 0 a total (合计, "项目支出："), 1 numbered "1、", 2 "(1)"; else not in the tree. */
export function rowLevel(label: string): number | undefined {
  const plain = label.replace(/\s+/g, "");
  if (/^(?:合计|总计)|[：:]$/.test(plain)) return 0;
  if (/^(?:[一二三四五六七八九十]+|\d+)[、.．]/.test(plain)) return 1;
  if (/^(?:其中[：:]?)?[（(]\d+[）)]/.test(plain)) return 2;
  return undefined;
}

/** A table's change cell ("-3.51", "-0.2%") as a change: its sign the direction, its digits the figure. */
function tableChange<T extends PrintedNumber>(
  cell: T,
  magnitude: (text: string, start: number) => T | undefined
): ChangeClaim<T> | undefined {
  const negative = /^[-−－]/.test(cell.text);
  const figure = negative ? magnitude(cell.text.slice(1), cell.start + 1) : cell;
  if (!figure) return undefined;
  return {
    direction: negative ? -1 : 1,
    figure,
    word: { start: cell.start, end: figure.start, text: negative ? cell.text[0] : "" },
  };
}

/** A row of a table as printed: its label and the cells after it. */
export interface CellRow {
  label: Cell;
  cells: Cell[];
}

/** A line that is one cell, as some pages print a table ("1505.3 |"); "|" alone is an empty cell. */
const ONE_CELL_LINE = /^[^|\t]*\|\s*$/;

function isFigureCell(text: string): boolean {
  const plain = text.replace(/\s+/g, "");
  return plain === "" || NUMBER.test(plain.replace(/[%％]$/, ""));
}

/**
 * Every table row the text prints: a line of tab- or |-separated cells is a row; cells printed one per line
 * are rows again, each starting at a cell of words ("项目支出: |", "1505.3 |", "1377.9 |", then "1、财政评审… |").
 */
export function cellRows(sentences: readonly Sentence[]): CellRow[] {
  const rows: CellRow[] = [];
  let open: CellRow | undefined;
  for (const line of sentences) {
    if (ONE_CELL_LINE.test(line.text)) {
      const raw = line.text.replace(/\|\s*$/, "");
      const lead = raw.length - raw.trimStart().length;
      const cell = { text: raw.trim(), start: line.start + lead };
      if (!isFigureCell(cell.text)) rows.push((open = { label: cell, cells: [] }));
      else open?.cells.push(cell);
      continue;
    }
    open = undefined;
    // A line of bars only ("|||") parts the rows of a table printed a cell per line.
    if (/^[|\s]+$/.test(line.text)) continue;
    const cells = cellsOf(line);
    if (!cells) continue;
    const at = cells.findIndex((cell) => cell.text !== "");
    if (at < 0 || isFigureCell(cells[at].text)) continue;
    rows.push({ label: cells[at], cells: cells.slice(at + 1) });
  }
  return rows;
}

/** A 合计 row and the numbered rows under it, their cells column by column. */
export interface RowsBlock {
  total: CellRow;
  parts: CellRow[];
}

/**
 * The blocks of rows a table adds up: a total ("合计", "项目支出：") and the numbered rows right under it ("1、…",
 * "2.…"; "(1)" rows under them are skipped), two at least.
 */
export function totalBlocks(rows: readonly CellRow[]): RowsBlock[] {
  const blocks: RowsBlock[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rowLevel(rows[i].label.text) !== 0) continue;
    const parts: CellRow[] = [];
    let j = i + 1;
    for (; j < rows.length; j++) {
      const level = rowLevel(rows[j].label.text);
      if (level === 1) parts.push(rows[j]);
      else if (level !== 2) break;
    }
    // A row of figures after the numbered ones ("其他 | 20") may be a part too: the block is not all of them.
    const next = rows[j];
    const moreFigures =
      next !== undefined &&
      rowLevel(next.label.text) !== 0 &&
      next.cells.some((cell) => cell.text.trim() !== "" && isFigureCell(cell.text));
    if (parts.length >= 2 && !moreFigures) blocks.push({ total: rows[i], parts });
  }
  return blocks;
}

/** A cell as a number printed in the table's unit (the unit only names it), or 0 when empty. */
export function cellNumber(cell: Cell | undefined): PrintedNumber | "empty" | undefined {
  const plain = cell?.text.replace(/\s+/g, "") ?? "";
  if (plain === "") return "empty";
  if (!NUMBER.test(plain)) return undefined;
  return amountAt(cell!.text, cell!.start, "万元");
}

/** The heading words of a funds block flattened into text, each possibly broken by spaces or lines. */
const FLAT_FUND_HEADINGS: readonly [Column | "score" | "points", RegExp][] = [
  ["initial", /年\s*初\s*预\s*算\s*数?/g],
  ["adjusted", /全\s*年\s*预\s*算\s*数?/g],
  ["spent", /全\s*年\s*执\s*行\s*数/g],
  ["score", /分\s*值/g],
  ["executionRate", /执\s*行\s*率/g],
  ["points", /(?:自\s*评\s*)?得\s*分/g],
];

/** A cell of a flattened table: a number, with its unit or % when printed. */
const FLAT_CELL = /^[-−－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:万元|元|[%％])?$/;

/** The rows under 年度资金总额 in a funds block. */
const FLAT_FUND_ROW =
  /^(?:其中[：:]?)?(?:(?:当年|本年)?财政拨款(?:资金)?|上年结转(?:资金)?|其他资金)[：:]?$/;

/** The text's whitespace-separated tokens from an offset, each with its offset, up to a limit. */
function tokensFrom(text: string, from: number, limit: number): Cell[] {
  const tokens: Cell[] = [];
  const pattern = /[^\s：:|]+/g;
  pattern.lastIndex = from;
  for (
    let match = pattern.exec(text);
    match && match.index < from + limit;
    match = pattern.exec(text)
  )
    tokens.push({ text: match[0], start: match.index });
  return tokens;
}

/**
 * A 绩效自评表's funds block whose cells a web page or a PDF flattened into words and lines ("年初预算数 全年预算数
 * 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 …", or a cell per
 * paragraph, each cell closed by "|"): the heading's words in their order name the columns, and the 年度资金总额 row
 * is read when it prints a number in every column; the rows under it (财政拨款, 上年结转资金, 其他资金) give their
 * leading money cells. A row findTableRows read (`fromTables`) is not read again.
 */
export function flatFundsItems(
  text: string,
  sentences: readonly Sentence[],
  fromTables: readonly ItemClaim[]
): ItemClaim[] {
  const items: ItemClaim[] = [];
  const readAsTable = new Set(
    fromTables.filter((item) => item.name === "年度资金总额").map((item) => item.sentence.start)
  );
  for (const total of text.matchAll(/年度资金总额[：:]?/g)) {
    const at = total.index ?? 0;
    if (readAsTable.has(sentenceAt(sentences, at)?.start ?? -1)) continue;
    const window = text.slice(Math.max(0, at - 200), at);
    const headings = FLAT_FUND_HEADINGS.map(([column, words]) => {
      const found = [...window.matchAll(words)].at(-1);
      return { column, at: found ? (found.index ?? 0) : -1 };
    })
      .filter((heading) => heading.at >= 0)
      .sort((a, b) => a.at - b.at);
    const named = new Set(headings.map((heading) => heading.column));
    if (!named.has("spent") || !named.has("executionRate")) continue;
    if (!named.has("initial") && !named.has("adjusted")) continue;
    const unit = unitIn(window) ?? "万元";
    const rowOf = (from: number, widest: number) => {
      const cells: Cell[] = [];
      for (const token of tokensFrom(text, from, 400)) {
        if (!FLAT_CELL.test(token.text) || cells.length === widest) break;
        cells.push(token);
      }
      return cells;
    };
    const cells = rowOf(at + total[0].length, headings.length);
    if (cells.length !== headings.length) continue;
    const sentence = sentenceAt(sentences, at);
    if (!sentence) continue;
    const amountOf = (cell: Cell) => {
      const printedUnit = /(万元|元)$/.exec(cell.text)?.[1] as AmountUnit | undefined;
      const digits = cell.text.replace(/(?:万元|元)$/, "");
      const amount = amountAt(digits, cell.start, printedUnit ?? unit);
      return amount && { ...amount, end: cell.start + cell.text.length, text: cell.text };
    };
    const whole = newItem("年度资金总额", sentence, undefined);
    whole.name = whole.printedName = "年度资金总额";
    headings.forEach((heading, i) => {
      const cell = cells[i];
      if (heading.column === "executionRate") {
        if (/[%％]$/.test(cell.text)) whole.executionRate = percentAt(cell.text, cell.start);
        return;
      }
      if (heading.column === "score" || heading.column === "points" || /[%％]$/.test(cell.text))
        return;
      const amount = amountOf(cell);
      if (!amount) return;
      if (heading.column === "spent") whole.current = amount;
      else addBudget(whole, amount, heading.column === "initial" ? "initial" : "adjusted");
    });
    items.push(whole);
    // The rows under it, as long as they are fund rows: their cells are the money columns, in order.
    const money = headings.filter((heading) =>
      ["initial", "adjusted", "spent"].includes(heading.column)
    );
    let from = cells[cells.length - 1].start + cells[cells.length - 1].text.length;
    for (;;) {
      const [first, second] = tokensFrom(text, from, 40);
      // "其中:本年财政拨款": the tokens part at the colon.
      const label = first?.text === "其中" ? second : first;
      if (!label || !FLAT_FUND_ROW.test(label.text)) break;
      const row = rowOf(label.start + label.text.length, money.length);
      const printedName = label.text.replace(/^其中[：:]?/, "").replace(/[：:]$/, "");
      const part = newItem(printedName, sentenceAt(sentences, label.start) ?? sentence, whole);
      part.name = part.printedName = printedName;
      row.forEach((cell, i) => {
        const amount = amountOf(cell);
        if (!amount) return;
        if (money[i].column === "spent") part.current = amount;
        else addBudget(part, amount, money[i].column === "initial" ? "initial" : "adjusted");
      });
      items.push(part);
      from =
        row.length > 0
          ? row[row.length - 1].start + row[row.length - 1].text.length
          : label.start + label.text.length;
    }
  }
  return items;
}

/** A line of a label and a bare number: "年度预算资金总额: 321.25", "其中:中央补助 166.00". */
const LABELLED_LINE = new RegExp(
  `^[^\\S\\n]*(其中[：:]\\s*)?([^\\d\\s|\\t%％][^\\d|\\t\\n%％]{0,40}?)[：:]?[^\\S\\n]*(${NUMBER_IN_TEXT})[^\\S\\n]*$`,
  "gm"
);
/** A unit a heading declares: "(万元)", "单位：万元". */
const DECLARED_UNIT = /[（(]\s*(万元|亿元|元)\s*[)）]|单位[：:]\s*(万元|亿元|元)/;
/** A line that totals what follows it. */
const TOTAL_LABEL = /总额|合计|总计|小计/;
/** Labels of a score or a ratio, not of money. */
const NOT_MONEY = /分值|得分|分数|率|比例|比重|人数|个数|户数|次数|数量/;
/** How many lines up a heading's unit reaches. */
const UNIT_REACH = 8;

/**
 * A table flattened to a line per row, each a label and a bare number, under a heading that declares the unit
 * ("计划生育家庭特别扶助制度补助资金(万元)" / "年度预算资金总额: 321.25" / "其中:中央补助 166.00" / "市级资金 136.00"
 * / "本级资金(包括结转结余) 20.25"): a total's line, then the lines after its 其中 are its parts, until a line of
 * no number, a bare "其中:" or another total. The sentence reader leaves such lines alone (their numbers print no
 * unit).
 */
export function labelledLineItems(text: string, sentences: readonly Sentence[]): ItemClaim[] {
  const items: ItemClaim[] = [];
  let whole: ItemClaim | undefined;
  let listing = false;
  let lastEnd = -1;
  for (const match of text.matchAll(LABELLED_LINE)) {
    const at = match.index ?? 0;
    const [, ofWhich, rawLabel, digits] = match;
    // Lines in between (a heading, a bare 其中) end what was open.
    if (lastEnd >= 0 && /\S/.test(text.slice(lastEnd, at).replace(/[\s|]/g, ""))) {
      whole = undefined;
      listing = false;
    }
    lastEnd = at + match[0].length;
    const label = rawLabel.trim();
    const before = text
      .slice(Math.max(0, at - 400), at)
      .split("\n")
      .slice(-UNIT_REACH)
      .join("\n");
    const unit = (
      DECLARED_UNIT.exec(label) ?? [...before.matchAll(new RegExp(DECLARED_UNIT, "g"))].at(-1)
    )
      ?.slice(1)
      .find(Boolean) as AmountUnit | undefined;
    const sentence = sentenceAt(sentences, at + match[0].indexOf(digits));
    if (!unit || !sentence || NOT_MONEY.test(label)) {
      whole = undefined;
      listing = false;
      continue;
    }
    const start = at + match[0].lastIndexOf(digits);
    const amount = amountAt(digits, start, unit);
    if (!amount) continue;
    // "计划生育转移支付资金合计(万元) 年度预算资金总额):": the row's own words, without what is in brackets.
    const printedName = label
      .replace(/[（(][^)）]*[)）]/g, "")
      .replace(/[()（）]/g, "")
      .replace(/[：:]$/, "")
      .trim()
      .split(/\s+/)
      .pop() as string;
    if (TOTAL_LABEL.test(label) && !ofWhich) {
      whole = newItem(printedName, sentence, undefined);
      whole.current = amount;
      items.push(whole);
      listing = false;
      continue;
    }
    if (ofWhich) listing = whole !== undefined;
    if (!listing || !whole) continue;
    const part = newItem(printedName, sentence, whole);
    part.current = amount;
    items.push(part);
  }
  return items;
}

/**
 * CELL-UNIT: a sheet without a unit line (元 assumed), or a figure about 10 000× off — 元 typed into a 万元
 * sheet (far above all its siblings, or 10 000× the same row's other year), or 万元 typed into a 元 sheet (the
 * same row's other year 10 000× larger). 警告: the sums usually fail too; this says why.
 */
import { Book, FigureColumn, Line, figureIn } from "../book";
import { Finding, Rule } from "../finding";
import { Fen, divideRoundHalfUp } from "../money";
import { refAt } from "../grid";
import { Options } from "../options";
import { cellParams } from "./cellParams";
import { FindingMessages, bookRef, formatMoney, messages, siblingGroups } from "./common";
import { presentColumns } from "./common";

const CELL_UNIT = "CELL-UNIT" as const;

/**
 * A figure at least this many times the largest of its (three or more) siblings is taken as typed in 元
 * on a 万元 sheet: 10 万元 typed as 100000 beside 70 万元 of 基本工资 is "only" 1 428× its largest sibling.
 */
const SIBLING_FACTOR = 1000;
/** Two years of one row whose ratio falls in this window differ by a unit, not by a real change. */
const YEAR_RATIO_LOW = 8000;
const YEAR_RATIO_HIGH = 12500;
/** Siblings needed before a figure is compared with them. */
const MIN_OTHER_SIBLINGS = 2;

function usable(line: Line, column: FigureColumn): Fen | undefined {
  const figure = figureIn(line, column);
  return line.kind === "money" && figure && figure.value !== undefined && figure.value !== 0
    ? figure.value
    : undefined;
}

function scaledDown(value: Fen): Fen {
  return Number(divideRoundHalfUp(BigInt(value), 10000n));
}

function finding(
  book: Book,
  line: Line,
  column: FigureColumn,
  text: FindingMessages,
  other: { value: Fen; label: string },
  tooLarge: boolean
): Finding {
  const figure = figureIn(line, column)!;
  const actual = figure.value!;
  const expected = tooLarge ? scaledDown(actual) : actual * 10000;
  return {
    rule: CELL_UNIT,
    severity: "warning",
    message: text.unitMagnitude({
      ...cellParams(book, line, column, figure, text),
      unit: book.currencyUnit,
      other: formatMoney(other.value, book.currencyUnit),
      otherLabel: other.label,
      scaled: formatMoney(expected, book.currencyUnit),
    }),
    ref: refAt(figure),
    expected,
    actual,
    difference: actual - expected,
    lineKey: line.key,
  };
}

export function checkCellUnit(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  if (book.source.unitAssumed) {
    const ref = bookRef(book);
    findings.push({
      rule: CELL_UNIT,
      severity: "warning",
      message: text.unitAssumed(ref.address),
      ref,
    });
  }
  const columns = presentColumns(book);
  const flagged = new Set<string>();
  const flag = (f: Finding): void => {
    const key = `${f.ref.sheet}!${f.ref.address}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    findings.push(f);
  };
  const wan = book.currencyUnit === "万元";

  // The same row across years: 10 000× apart means one of them is in the other unit.
  for (const line of book.lines) {
    if (line.kind !== "money") continue;
    for (let i = 0; i < columns.length; i += 1) {
      const a = usable(line, columns[i]);
      if (a === undefined) continue;
      for (let j = i + 1; j < columns.length; j += 1) {
        const b = usable(line, columns[j]);
        if (b === undefined) continue;
        const aBigger = Math.abs(a) >= Math.abs(b);
        const ratio = aBigger ? Math.abs(a) / Math.abs(b) : Math.abs(b) / Math.abs(a);
        if (ratio < YEAR_RATIO_LOW || ratio > YEAR_RATIO_HIGH) continue;
        // On a 万元 sheet the large one was typed in 元; on a 元 sheet the small one in 万元.
        const flagFirst = wan ? aBigger : !aBigger;
        const column = flagFirst ? columns[i] : columns[j];
        const otherColumn = flagFirst ? columns[j] : columns[i];
        const other = flagFirst ? b : a;
        flag(
          finding(
            book,
            line,
            column,
            text,
            { value: other, label: text.unitMagnitudeColumn(text.columns[otherColumn]) },
            wan
          )
        );
      }
    }
  }

  // Siblings on a 万元 sheet: one figure 1 000×+ the largest of the others (small ones are common in 元).
  if (wan) {
    for (const group of siblingGroups(book)) {
      if (group.length <= MIN_OTHER_SIBLINGS) continue;
      for (const column of columns) {
        let first = 0;
        let second = 0;
        let count = 0;
        for (const line of group) {
          const value = usable(line, column);
          if (value === undefined) continue;
          count += 1;
          const abs = Math.abs(value);
          if (abs > first) {
            second = first;
            first = abs;
          } else if (abs > second) second = abs;
        }
        if (count <= MIN_OTHER_SIBLINGS || second === 0 || first < second * SIBLING_FACTOR)
          continue;
        const line = group.find((l) => {
          const value = usable(l, column);
          return value !== undefined && Math.abs(value) === first;
        })!;
        flag(
          finding(
            book,
            line,
            column,
            text,
            { value: second, label: text.unitMagnitudeSiblings },
            true
          )
        );
      }
    }
  }
  return findings;
}

export const cellUnitRule: Rule = {
  id: CELL_UNIT,
  severities: ["warning"],
  messages: [
    "findings.unitAssumed",
    "findings.unitMagnitude",
    "findings.unitMagnitudeColumn",
    "findings.unitMagnitudeSiblings",
  ],
  appliesTo: () => true,
  check: checkCellUnit,
};

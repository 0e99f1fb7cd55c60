import type { findings as zh } from "../zh-CN/findings";

const hiddenNote = (hidden: boolean): string => (hidden ? " (hidden rows included)" : "");
const reasonWhere = (cell?: string): string => (cell ? ` (${cell})` : "");

export const findings: typeof zh = {
  columns: { current: "current-year actual", prior: "prior-year actual", budget: "budget" },
  texts: {
    functions: "Main functions",
    organization: "Organisation",
    staffing: "Staffing",
    keyWork: "Key work of the year",
    performance: "Overall spending performance",
    problems: "Problems and their causes",
    improvements: "Next steps",
    resultUse: "Use and publication of the results",
    otherMatters: "Other matters",
  },

  relationChildren: (parts) => `the sum of its items (${parts})`,
  relationCodes: (code, parts) => `the sum of the sub-codes of ${code} (${parts})`,
  relationTotal: (parts) => `the sum of the rows it totals (${parts})`,
  relationIdentity: (parts) => parts.join(" + "),
  moreParts: (shown, total) =>
    total > shown.length
      ? `${shown.join(", ")} and ${total - shown.length} more`
      : shown.join(", "),

  sumMismatch: (p) =>
    p.blank
      ? `${p.label} (${p.cell}, ${p.column}) is blank, but ${p.relation} is ${p.expected}${hiddenNote(p.hidden)}: enter ${p.expected} or check the items.`
      : `${p.label} (${p.cell}, ${p.column}) should equal ${p.relation}, ${p.expected}, but is ${p.actual}, a difference of ${p.difference}${hiddenNote(p.hidden)}: check this cell or the amounts it is made of.`,
  roundingDifference: (p) =>
    `${p.label} (${p.cell}, ${p.column}) differs from ${p.relation}, ${p.expected}, by ${p.difference} (it is ${p.actual}), within the rounding tolerance of 万元 figures (at most ${p.tolerance})${hiddenNote(p.hidden)}: usually nothing to fix; adjust the last digit if the figures must match exactly.`,
  ofWhichExceeds: (p) =>
    `The "of which" items of ${p.label} (${p.cell}, ${p.column}) add up to ${p.expected}, more than the item itself, ${p.actual}, by ${p.difference.replace(/^-/, "")}${hiddenNote(p.hidden)}: a partial breakdown cannot exceed its total; check the figures.`,

  textNumber: (p) =>
    `${p.label} (${p.cell}, ${p.column}) holds a number stored as text ("${p.raw}"), read as ${p.value}${hiddenNote(p.hidden)}: convert the cell to a number.`,
  cellError: (p) =>
    `${p.label} (${p.cell}, ${p.column}) is the error value ${p.raw}${hiddenNote(p.hidden)}: fix the formula or reference and recalculate; the cell was left out of the checks.`,
  formulaNoValue: (p) =>
    `${p.label} (${p.cell}, ${p.column}) holds a formula with no calculated value${hiddenNote(p.hidden)}: recalculate in Excel (F9), save and check again.`,
  severalUnits: (sheet, count, first, rows) =>
    `Sheet "${sheet}" holds the tables of ${count} units (${rows}): only the first${first ? ` (${first})` : ""} was read; the others were neither read nor checked. Put each unit's table on a sheet or workbook of its own and check each.`,
  formulaComputed: (p) =>
    `${p.label} (${p.cell}, ${p.column}) holds the formula ${p.formula} with no saved result; computed from its cells as ${p.value}${hiddenNote(p.hidden)}: recalculate in Excel (F9) and save to confirm.`,
  notANumber: (p) =>
    `${p.label} (${p.cell}, ${p.column}) holds "${p.raw}", which is not a number, and was left out of the checks${hiddenNote(p.hidden)}: enter the amount, or 0 when there was none.`,
  outOfRange: (p) =>
    `${p.label} (${p.cell}, ${p.column}) holds ${p.raw}, beyond any plausible amount${hiddenNote(p.hidden)}: check the cell.`,
  negative: (p) =>
    `${p.label} (${p.cell}, ${p.column}) is negative, ${p.value}${hiddenNote(p.hidden)}: spending is not normally negative; check it, or explain a write-back in the reason column.`,

  unitAssumed: (cell) =>
    `No currency unit was found ("单位：元" or "单位：万元"); the figures were read as 元 (${cell}): state the unit below the title.`,
  unitMagnitude: (p) =>
    `${p.label} (${p.cell}, ${p.column}) is ${p.value}, about ten thousand times ${p.otherLabel}, ${p.other}${hiddenNote(p.hidden)}: 元 may have been typed into a ${p.unit} sheet (or the reverse); in the sheet's unit it would be about ${p.scaled}. Check the cell.`,
  unitMagnitudeSiblings: "the items beside it",
  unitMagnitudeColumn: (column) => `this row's ${column}`,

  codeName: (p) =>
    `Code ${p.code} is named "${p.name}" in the classification, but the sheet says "${p.label}" (${p.cell}): check the code or the name.`,

  yoyMissing: (p) =>
    `${p.label} has a current-year amount, ${p.current}, but its prior-year actual (${p.cell}) is blank${hiddenNote(p.hidden)}: the change cannot be computed; enter the prior-year amount (0 if there was none).`,
  yoyMissingInPrior: (p) =>
    `${p.label} (${p.cell}) has a current-year amount, ${p.current}, but no matching row in last year's workbook ("${p.priorSheet}")${hiddenNote(p.hidden)}: the change cannot be computed. Nothing to do for an item new this year; otherwise check that its name or code matches last year's.`,
  priorColumnMissing: (cell) =>
    `The sheet has no prior-year actual column (${cell}): changes against last year cannot be computed; add the column or pass last year's workbook with --prior.`,
  yoyExplain: (p) =>
    `${p.label} (${p.cell}) is ${p.current} against ${p.prior} last year, a change of ${p.delta} (${p.percent})${hiddenNote(p.hidden)}, beyond the threshold, with no reason given: enter the reason in the reason column${reasonWhere(p.reasonCell)}.`,
  yoyExplainNew: (p) =>
    `${p.label} (${p.cell}) is new this year, ${p.current} (nothing last year)${hiddenNote(p.hidden)}, with no reason given: explain it in the reason column${reasonWhere(p.reasonCell)}.`,
  yoyExplainStopped: (p) =>
    `${p.label} (${p.cell}) has no spending this year against ${p.prior} last year${hiddenNote(p.hidden)}, with no reason given: explain it in the reason column${reasonWhere(p.reasonCell)}.`,

  execRate: (p) =>
    `${p.label} (${p.cell}) was executed at ${p.rate} of its budget (actual ${p.current} ÷ budget ${p.budget}), outside ${p.low}–${p.high}${hiddenNote(p.hidden)}, with no reason given: check the budget and actual figures, or explain in the reason column${reasonWhere(p.reasonCell)}.`,

  textMissing: (p) =>
    `The report text "${p.name}" is empty (${p.cell}): fill it in on the 基本情况 sheet or in the task pane, or the report will show 【待补充：${p.name}】.`,
  textPlaceholder: (p) =>
    `The report text "${p.name}" still holds the placeholder "${p.placeholder}" (${p.cell}): replace it with the real content.`,
};

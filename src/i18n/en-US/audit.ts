import type { audit as zh } from "../zh-CN/audit";

/** Report audit messages, in English. */
export const audit: typeof zh = {
  ruleNames: {
    "AUDIT-PCT": "Percentage does not match the amounts",
    "AUDIT-DIRECTION": "Increase and decrease contradict",
    "AUDIT-SUM": "Parts do not add up",
    "AUDIT-SHARE": "Share does not match",
    "AUDIT-TOTALS": "Total income ≠ total spending",
    "AUDIT-BLANK": "Template blank or doubled words",
    "AUDIT-ROUNDING": "Rounding",
    "AUDIT-WORKBOOK": "Differs from the workbook",
  },
  basisAmounts: (current, base, against) =>
    `this year ${current} and ${against === "prior" ? "last year" : "the budget"} ${base}`,
  basisDelta: (delta, base, against) =>
    `the change ${delta} and ${against === "prior" ? "last year" : "the budget"} ${base}`,
  noRate: (against) =>
    `${against === "prior" ? "last year" : "the budget"} is 0, so no rate describes the change`,
  noExecutionRate: "the budget is 0, so no execution rate describes the spending",
  basisYears: (later, laterFigure, earlier, earlierFigure) =>
    `${later} ${laterFigure} and ${earlier} ${earlierFigure}`,
  basisDeltaCurrent: (delta, current) => `the change ${delta} and this year ${current}`,
  basisExecution: (current, budget) => `spending ${current} and budget ${budget}`,
  basisShortfall: (current, off) =>
    `the amount done ${current} and the difference from the budget ${off}`,
  basisScore: (score, weight) => `the score ${score} of ${weight} points`,
  scoreOverWeight: (name, score, weight) =>
    `${name} scores ${score} points, more than the ${weight} points it can earn.`,
  scoreOf: (name) => `the score of ${name}`,
  weightOf: (name) => `the points ${name} can earn`,
  impliedBudgets: (parent, budget, parts, sum) =>
    `${parent}'s budget is ${budget}, but the budgets of ${parts}, each worked out from its spending and execution rate, add up to about ${sum}.`,
  basisImpliedBudgets: (current, parts, sum) =>
    `spent ${current}, over the budgets of ${parts} worked out from their spending and execution rates (about ${sum})`,
  basisNamedRatio: (part, base, addedBack) =>
    addedBack ? `${part} ÷ (${base} + ${part})` : `${part} ÷ ${base}`,
  pctOfZero: (claim, basis, against, execution) =>
    `"${claim}": ${basis}; ${against === "prior" ? "last year" : "the budget"} is 0, so no ${execution ? "execution rate" : "rate"} describes it`,
  pct: (claim, basis, expected) => `"${claim}": from ${basis} it should be ${expected}`,
  mistakes: {
    wrongDenominator: " (divided by this year instead of last year?)",
    notTimes100: " (the ratio not multiplied by 100?)",
    ratioNotChange: " (this year ÷ last year, without subtracting 100%?)",
    unitSlip: (amount: string) => ` (the amount in the wrong unit? ${amount})`,
  },
  rounding: (claim, expected) =>
    `"${claim}": the printed figures give ${expected}, within one unit of the last digit (truncated, or computed from finer data); worth a look.`,
  roundingToHundred: (claim, expected) =>
    `"${claim}": the figures give ${expected}, within one unit of the last digit; the shares add up to exactly 100%, so this one was most likely moved to make them so — check it.`,
  directionWords: (first, second) => `"${first}" then "${second}": the directions contradict.`,
  unitBesideSibling: (said, beside, expected) =>
    `"${said}" is more than ten thousand times less than "${beside}" beside it: the unit looks wrong — ${expected}?`,
  changeSaidTwice: (first, second) =>
    `One change is said as "${first}" and, right after, as "${second}": the amounts differ, so at least one is wrong.`,
  changePrintedTwice: (name, current, said, elsewhere) =>
    `${name} ${current}: the same change is "${said}" here and "${elsewhere}" elsewhere; at least one is wrong.`,
  baseSaidZero: (words, current, claim) =>
    `If "${words}" (last year's base was nothing), the change is this year's whole ${current}, not "${claim}".`,
  doubleNegative: (claim) =>
    `"${claim}": a direction word and a minus sign, which read as the opposite direction; drop the minus.`,
  twoAmounts: (current, prior, adjusted) =>
    adjusted
      ? `As adjusted ${current}, at the start of the year ${prior}`
      : `This year ${current} and last year ${prior}`,
  directionAmounts: (word, amounts) => `${amounts}, yet the text says "${word}".`,
  amountAndBudget: (amount, budget) => `The amount ${amount} and the budget ${budget}`,
  points: (value) => `${value} percentage points`,
  pointsApart: (claim, first, second, expected) =>
    `"${claim}": ${first} and ${second} are ${expected} apart.`,
  averageRate: (claim, from, to, years, expected) =>
    `"${claim}": from ${from} to ${to} over ${years} years compounds to ${expected} a year.`,
  averageOfGrowth: (claim, growth, years, expected) =>
    `"${claim}": ${growth} over ${years} years compounds to ${expected} a year.`,
  averageRateYearCounted: (claim, years, expected, counted) =>
    `"${claim}": compounded over the ${years} years between the two years it is ${expected}; the printed rate is over ${counted} years (the first year counted as one) — check the base year.`,
  deltaMismatch: (claim, amounts, expected) =>
    `"${claim}": ${amounts}; the difference is ${expected}.`,
  countOfAbove: (words, listed, total) =>
    `"${words}", but ${listed} items are listed above, and it is those ${listed} that make ${total}.`,
  countMismatch: (count, names, listed) =>
    `"${count}", but the names listed after it are ${listed}: ${names}.`,
  budgetPrintedTwice: (heading, budget, rate, prior, right) =>
    `This year's budget is printed as ${heading} and then as ${budget}; "${rate}" against last year's ${prior} holds for ${right}, not for the other.`,
  increase: "增加",
  decrease: "减少",
  changeWordLeftOut: (amount, rate, word) =>
    `"${amount}" lacks its "${word}" (${word === "增加" ? "up" : "down"}): by the "${rate}" after it, it is the change, not last year's amount; add "${word}".`,
  wholeBelowPart: (whole, total, part, amount) =>
    `${whole} is ${total}, less than ${part} ${amount}, which is part of it.`,
  countWithoutWan: (count, standard, amount, expected) =>
    `"${count}": at ${standard} for ${amount} it should be ${expected} (the 万 of the count left off?).`,
  perUnitMismatch: (count, standard, expected, printed) =>
    `${count} at ${standard} makes ${expected}, but ${printed} is printed.`,
  savingMismatch: (saved, budget, bought, expected) =>
    `Saved ${saved}, but the budget ${budget} less what was bought ${bought} is ${expected}.`,
  cutMismatch: (cut, submitted, approved, expected) =>
    `Cut by review ${cut}, but the amount submitted ${submitted} less the amount approved ${approved} is ${expected}.`,
  fundsBreakdownMismatch: (label, value, columns) =>
    `${label} comes to ${value}, which is none of the 年度资金总额 figures (${columns}).`,
  fundsColumns: {
    initial: "budget at the start of the year",
    adjusted: "budget for the year",
    spent: "spent",
  },
  partsMakeAnother: (parent, total, parts, sum, other) =>
    `${parent} is ${total}, but its parts ${parts} add up to ${sum}, which is the ${other} printed nearby: check which total these parts belong to.`,
  netAssetsMismatch: (claim, assets, debts, expected) =>
    `"${claim}": assets ${assets} less liabilities ${debts} is ${expected}.`,
  balanceMismatch: (claim, income, spending, expected) =>
    `"${claim}": income ${income} less spending ${spending} is ${expected}.`,
  gapMismatch: (claim, income, spending, expected) =>
    `"${claim}": spending ${spending} less income ${income} is ${expected}.`,
  partsMismatch: (parent, total, parts, sum) =>
    `${parent} is ${total}, but its parts ${parts} add up to ${sum}.`,
  budgetPartsMismatch: (parent, total, parts, sum) =>
    `${parent} has a budget of ${total}, but the budgets of its parts ${parts} add up to ${sum}.`,
  partInAnotherUnit: (part: string, unit: string, whole: string, expected: string) =>
    `${part}: every other part is in ${unit}, and with this one as ${expected} the parts agree with ${whole}; the figure is most likely in the wrong unit: ${expected}.`,
  partsOver: (parent, total, parts, sum) =>
    parts.includes("、")
      ? `The parts ${parts} add up to ${sum}, more than ${parent} ${total}.`
      : `The part ${parts} is ${sum}, more than ${parent} ${total}.`,
  carryOver: (closing, opening, income, spending, expected) =>
    `Carry-over at year end ${closing}: from the opening ${opening}, income ${income} and spending ${spending} it is ${expected}.`,
  linesNotListed: "any line not listed",
  changesMismatch: (parent, delta, sum, unlisted) =>
    `${parent} changes by ${delta}, but the changes of its parts add up to ${sum}${unlisted ? ` (${unlisted} is 0 this year, so it can only have fallen; not counted)` : ""}.`,
  change: (amount, increase) => `${increase ? "an increase of" : "a decrease of"} ${amount}`,
  workedOutPartsOver: (parent, year, parts, sum, total) =>
    `Worked out from the changes and rates printed, the parts ${parts} come to at least ${sum} ${year}, more than ${parent}, at most ${total}.`,
  changesWithRatesMismatch: (parent, claim, whole, parts, partsSum) =>
    `${parent} "${claim}": from this year's amount that is ${whole}, but from their printed changes and rates the parts ${parts} together can only be ${partsSum} (rounding allowed for); both cannot hold.`,
  changesWithRatesOver: (parent, claim, whole, parts, most) =>
    `${parent} "${claim}": from this year's amount that is ${whole}, but from their printed changes and rates the parts ${parts} together are at most ${most} (a line not listed is 0 this year and can only have fallen; rounding allowed for); both cannot hold.`,
  thisYear: "this year",
  lastYear: "last year",
  budgetChangesMismatch: (parent, delta, sum, unlisted) =>
    `${parent} differs from its budget by ${delta}, but its parts' differences add up to ${sum}${unlisted ? ` (${unlisted} is 0 this year, so it can only be under budget; not counted)` : ""}.`,
  share: (claim, item, amount, whole, wholeAmount, expected) =>
    `"${claim}": ${item} ${amount} of ${whole} ${wholeAmount} is ${expected}.`,
  shareBound: (claim, item, amount, whole, wholeAmount, expected) =>
    `"${claim}": ${item} ${amount} of ${whole} ${wholeAmount} is ${expected}, which does not meet the bound stated.`,
  shareInAnotherUnit: (part, percent, whole, expected) =>
    `${part}: ${percent} of ${whole} is ${expected}; the amount is most likely in the wrong unit.`,
  shareOfImpliedWhole: (claim, others, whole, item, amount, expected) =>
    `"${claim}": by the amounts and shares of ${others} listed with it, their whole is about ${whole}, so ${item} ${amount} is ${expected}.`,
  shareOverWhole: (claim) =>
    `"${claim}": a part's share of the total it belongs to cannot exceed 100%.`,
  sharesOver: (sum) => `Shares of the same whole add up to ${sum}, more than 100%.`,
  sharesUnder: (sum) => `The shares of all the parts add up to ${sum}, not 100%.`,
  totals: (income, spending) =>
    `Total income ${income} and total spending ${spending} differ; in a final account they are equal.`,
  bothFlowsBudget: (whole, side) =>
    `${side} differs from ${whole}; a budget of income and spending is each one's budget, so the three are equal.`,
  blankKinds: {
    placeholder: "a template placeholder left in",
    percentWithoutNumber: "a percent sign with no number",
    missingNumber: "a number the template asks for is missing",
    emptyComposition: "nothing between 由 and 组成",
    unresolvedChoice: "a template's alternatives left unchosen",
    doubledWord: "doubled words",
    emptyReason: "no reason after 原因是",
    sameYear:
      "the year reported on compared with itself; the year compared with should be the one before",
    emptyOfWhich: "nothing after 其中",
    doubledUnit: "the amount's unit printed twice, the old one left when it was changed",
    misplacedSeparator:
      "a thousands separator in the wrong place: which number was meant cannot be told",
    instructionLeft: "a table cell still holds the template's instruction, not what it asks for",
    rateWithoutPercent: "a rate of change without its % sign",
    rateInBracketsWithoutPercent:
      "a rate of change without its % sign (text copied from a PDF often loses it: compare with the page)",
    doubledCharacter: "the last character of a name doubled",
    draftNote: "a drafter's note left in (the template says to delete it before publishing)",
    repeatedClause: "the same words printed twice in a row",
    unfinishedSentence: "a sentence left unfinished (it ends on a comma before the next heading)",
    unitOutOfOrder: "the amount printed before its verb (为)",
    percentForAmount: "a percentage where the amount goes",
  },
  doubledInRow: (words) =>
    `"${words}": doubled words, but on a line with no punctuation — most likely two table cells run together; check the original.`,
  blank: (words, kind) => `"${words}": ${kind}.`,
  anotherUnitItself: (name, own) =>
    `"${name}" is given as the unit itself (本级), but the text is about "${own}"; likely another unit's name left in a report copied from it.`,
  anotherUnit: (name, own) =>
    `"${name}": the same sentence elsewhere names "${own}"; likely another unit's name left in a report copied from it.`,
  headingsYear: (printed, body) =>
    `"${printed}": the heading's year appears nowhere in the body, which reports ${body} — likely last year's heading left in.`,
  workbook: (item, printed, where, expected) =>
    `${item} is printed as ${printed}; the workbook's ${where}, in the same unit and digits, is ${expected}.`,
  workbookRounding: (item, printed, where, expected) =>
    `${item} is printed as ${printed}; the workbook's ${where} is ${expected}, within one unit of the last digit; worth a look.`,
  whereCurrent: "this year's amount",
  wherePrior: "last year's amount",
  whereDelta: "change",
  whereRate: "rate of change",
};

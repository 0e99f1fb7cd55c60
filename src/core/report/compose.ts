/**
 * compose: Book + Changes + texts → the Report (docs/domain.md §1). Pure: sentences come from wording.ts and the
 * zh-CN patterns; every figure run keeps its source cell; sections are numbered after they are chosen, so
 * a section left out leaves no gap; an empty required text becomes a visible 【待补充：…】 placeholder.
 */
import { Book, Line, TextKey, isStableKey, lineByKey, reasonPosition } from "../book";
import type { Change } from "../change";
import type { Finding } from "../finding";
import { hasValue, isUnreadable } from "../figure";
import { type CellPosition, type CellRef, refAt } from "../grid";
import { formatBasisPoints, ratioBasisPoints } from "../money";
import type { Options } from "../options";
import { stripControlCharacters } from "../text";
import { DraftBlock, DraftSection, numberSections } from "./numbering";
import { groupByTypedHeadings, textLines, withoutRestatedCounts } from "./text";
import { budgetKind } from "../recognize/header";
import type {
  ComposedReport,
  HeadingLevel,
  Paragraph,
  Report,
  Run,
  Section,
  Signature,
} from "./types";
import {
  Amount,
  Item,
  Slot,
  amountOrPlaceholder,
  changeClause,
  concatRuns,
  fill,
  formatCount,
  formatReportDate,
  itemCase,
  joinRuns,
  movementCase,
  noneSentence,
  placeholderRun,
  reasonTail,
  wanRun,
  wording as zh,
} from "./wording";

export interface ComposeInput {
  book: Book;
  changes: Change[];
  findings: Finding[];
  options: Options;
}

/** How many projects are named before the rest are summarised. */
const PROJECTS_NAMED = 3;

export function composeReport(analysis: ComposeInput): ComposedReport {
  const ctx = new Context(analysis);
  const drafts: DraftSection[] = [
    ctx.basicInfoSection(),
    ctx.generalBudgetSection(),
    ctx.fundSection("govFund"),
    ctx.fundSection("stateCapital"),
    ctx.socialInsuranceSection(),
    ctx.performanceSection(),
    ctx.textSection("problems"),
    ctx.textSection("improvements"),
  ];
  const resultUse = ctx.optionalTextSection("resultUse", analysis.options.includeResultUse);
  if (resultUse) drafts.push(resultUse);
  const otherMatters = ctx.optionalTextSection(
    "otherMatters",
    analysis.options.includeOtherMatters
  );
  if (otherMatters) drafts.push(otherMatters);

  const titleLines = [
    ctx.text(fill(zh.titleHead, { unit: ctx.unitSlot(), year: ctx.yearSlot() })),
    zh.titleKind,
  ];
  const title = titleLines.join("");
  const signature: Signature = { unit: ctx.unitRuns(), date: ctx.dateRuns() };
  const sections = numberSections(drafts);
  const report = {
    title,
    titleLines,
    unit: analysis.book.unit,
    ...(analysis.book.year !== undefined ? { year: analysis.book.year } : {}),
    sections,
    signature,
    placeholders: withRunPlaceholders(ctx.placeholders, sections),
  };
  return { report: sanitizeReport(report), findings: analysis.findings };
}

class Context {
  readonly placeholders: string[] = [];
  /** The changes of the stable keys the report names; other rows are looked up one by one. */
  private readonly changes: Map<string, Change>;
  private readonly allChanges: readonly Change[];
  private readonly book: Book;
  private readonly options: Options;

  constructor(analysis: ComposeInput) {
    this.book = analysis.book;
    this.options = analysis.options;
    this.allChanges = analysis.changes;
    // Indexing only the stable keys: a 100 000-row sheet has 100 000 changes, and the report names ~20.
    this.changes = new Map();
    for (const change of analysis.changes)
      if (isStableKey(change.key) && !this.changes.has(change.key))
        this.changes.set(change.key, change);
  }

  private change(key: string): Change | undefined {
    return isStableKey(key)
      ? this.changes.get(key)
      : this.allChanges.find((change) => change.key === key);
  }

  // ── placeholders, texts, unit, year, date ───────────────────────────────────────────────────────

  placeholder(what: string): Run {
    if (!this.placeholders.includes(what)) this.placeholders.push(what);
    return placeholderRun(what);
  }

  text(runs: readonly Run[]): string {
    return runs.map((r) => r.text).join("");
  }

  unitRuns(): Run[] {
    const unit = this.book.unit.trim();
    if (unit === "") return [this.placeholder(zh.placeholderNames.unit)];
    return [this.book.unitRef ? { text: unit, ref: this.book.unitRef } : { text: unit }];
  }

  unitSlot(): Slot {
    return this.unitRuns();
  }

  yearSlot(): Slot {
    return this.book.year !== undefined
      ? String(this.book.year)
      : [this.placeholder(zh.placeholderNames.year)];
  }

  /** The report date: typed in the task pane (options.texts.reportDate), else the 基本情况 sheet's. */
  dateRuns(): Run[] {
    const date = this.options.texts?.reportDate?.trim() || this.book.reportDate?.trim();
    if (!date) return [this.placeholder(zh.placeholderNames.reportDate)];
    return [{ text: formatReportDate(date) }];
  }

  /** The text for a key: the task pane's (options.texts) wins over the 基本情况 sheet's; blank is none. */
  textField(key: TextKey): { value: string; ref?: CellRef } | undefined {
    const typed = this.options.texts?.[key];
    if (typed !== undefined && typed.trim() !== "") return { value: typed };
    const field = this.book.texts[key];
    if (field && field.value.trim() !== "") return field;
    return undefined;
  }

  /**
   * A text as blocks for a section of `level`: one paragraph per line; typed 一、 headings become
   * generated sub-headings one level down (below an item, level 3, they stay text). Undefined when empty.
   */
  textBlocks(key: TextKey, level: HeadingLevel): DraftBlock[] | undefined {
    const field = this.textField(key);
    if (!field) return undefined;
    const para = (line: string) =>
      paragraph([field.ref ? { text: line, ref: field.ref } : { text: line }]);
    const lines = textLines(field.value);
    if (level >= 3) return lines.map(para);
    const blocks: DraftBlock[] = [];
    for (const group of groupByTypedHeadings(lines)) {
      const paragraphs = group.lines.map(para);
      if (group.heading === undefined) blocks.push(...paragraphs);
      else blocks.push(section((level + 1) as HeadingLevel, group.heading, paragraphs));
    }
    return blocks;
  }

  /** The text's blocks, or a placeholder paragraph naming what is missing. */
  requiredText(key: TextKey, level: HeadingLevel): DraftBlock[] {
    return this.textBlocks(key, level) ?? [paragraph([this.placeholder(zh.placeholderNames[key])])];
  }

  // ── figures ──────────────────────────────────────────────────────────────────────────────────────

  line(key: string): Line | undefined {
    return lineByKey(this.book, key);
  }

  /**
   * The figure for a key: from its Change when compare made one, else from the Book's line. A 本年 cell
   * that could not be read makes the item `unread`: its sentence becomes a placeholder naming the cell.
   */
  item(key: string): Item | undefined {
    const change = this.change(key);
    const line = this.line(key);
    if (!change && !line) return undefined;
    const item = change ? this.itemFromChange(change, line) : this.itemFromLine(line as Line);
    if (line && isUnreadable(line.current)) {
      delete item.current;
      item.unread = { ref: refAt(line.current) };
    }
    return item;
  }

  /** 【待补充：政府性基金预算支出（工作簿中没有此项）】: a figure the report needs and the workbook lacks. */
  missing(label: string): Run {
    return this.placeholder(this.text(fill(zh.notInWorkbook, { label })));
  }

  private itemFromChange(change: Change, line: Line | undefined): Item {
    const item: Item = {};
    if (change.current !== undefined) item.current = amount(change.current, change.currentAt);
    if (change.prior !== undefined) item.prior = amount(change.prior, change.priorAt);
    if (change.percent !== undefined) item.percent = change.percent;
    const reason = change.reason ?? this.options.reasons?.[change.key];
    if (reason) item.reason = textRun(reason, line && reasonPosition(this.book, line));
    if (line && hasValue(line.budget)) item.budget = amount(line.budget.value, line.budget);
    return item;
  }

  private itemFromLine(line: Line): Item {
    const item: Item = {};
    if (hasValue(line.current)) item.current = amount(line.current.value, line.current);
    if (hasValue(line.prior)) item.prior = amount(line.prior.value, line.prior);
    if (hasValue(line.budget)) item.budget = amount(line.budget.value, line.budget);
    const reason = this.options.reasons?.[line.key] ?? line.reason;
    if (reason) item.reason = textRun(reason, reasonPosition(this.book, line));
    return item;
  }

  /** "2023年度，{clause}{，主要原因是…}。" or "本单位2023年度无{none}。" */
  figureSentence(item: Item | undefined, label: string, noneLabel: string): Run[] {
    const kind = itemCase(item);
    if (!item || kind === "none") return noneSentence(this.yearSlot(), noneLabel);
    // "本年无{…}" reads without the subject; every other clause names the unit.
    const subject = kind === "stopped" ? noneLabel : this.text(fill(zh.unitSubject, { label }));
    return concatRuns(
      fill(zh.yearOpening, { year: this.yearSlot() }),
      changeClause(subject, item),
      reasonTail(item.reason),
      fill(zh.end)
    );
  }

  // ── 一 部门（单位）基本情况 ───────────────────────────────────────────────────────────────────────

  basicInfoSection(): DraftSection {
    return section(1, zh.headings.basicInfo, [
      section(3, zh.headings.functions, this.requiredText("functions", 3)),
      section(3, zh.headings.organization, this.requiredText("organization", 3)),
      section(3, zh.headings.staffing, this.staffingBlocks()),
      section(3, zh.headings.keyWork, this.requiredText("keyWork", 3)),
    ]);
  }

  /**
   * The staff sentence from 编制数 / 年末实有人数, then the unit's own 人员情况 text without the sentences that
   * restate those counts (the report says each figure once).
   */
  staffingBlocks(): Paragraph[] {
    const blocks: Paragraph[] = [];
    const sentence = this.staffSentence();
    if (sentence) blocks.push(paragraph(sentence));
    const field = this.textField("staffing");
    if (field) {
      const said = sentence
        ? [this.item("staffAuthorized")?.current, this.item("staffActual")?.current].flatMap(
            (count) => (count ? [count.value] : [])
          )
        : [];
      for (const line of withoutRestatedCounts(textLines(field.value), said))
        blocks.push(paragraph([field.ref ? { text: line, ref: field.ref } : { text: line }]));
    }
    return blocks.length > 0
      ? blocks
      : [paragraph([this.placeholder(zh.placeholderNames.staffing)])];
  }

  staffSentence(): Run[] | undefined {
    const authorized = this.item("staffAuthorized");
    const actual = this.item("staffActual");
    const parts: Run[][] = [];
    if (authorized?.current) {
      parts.push(fill(zh.staffAuthorized, { count: countRun(authorized.current) }));
    }
    if (actual?.current) {
      const tail = staffChangeTail(actual);
      parts.push(concatRuns(fill(zh.staffActual, { count: countRun(actual.current) }), tail));
    }
    if (parts.length === 0) return undefined;
    return concatRuns(
      fill(zh.staff, { year: this.yearSlot(), parts: joinRuns(parts, zh.staffSeparator) }),
      reasonTail(actual?.reason),
      fill(zh.end)
    );
  }

  // ── 二 一般公共预算支出情况 ──────────────────────────────────────────────────────────────────────

  generalBudgetSection(): DraftSection {
    const blocks: DraftBlock[] = [];
    const general = this.item("generalBudget");
    if (general && itemCase(general) !== "none") {
      blocks.push(
        paragraph(this.figureSentence(general, zh.labels.generalBudget, zh.labels.generalBudget))
      );
    }
    blocks.push(section(2, zh.headings.basic, [paragraph(this.basicSentence())]));
    blocks.push(section(2, zh.headings.project, [paragraph(this.projectSentence())]));
    return section(1, zh.headings.generalBudget, blocks);
  }

  /** The seed paragraph: 基本支出, "其中" 人员经费 ; 公用经费, each with its change and reason. */
  basicSentence(): Run[] {
    const basic = this.item("basic");
    const parts = (["personnel", "publicOperating"] as const)
      .map((key) => ({ key, item: this.item(key) }))
      .filter(
        (p): p is { key: "personnel" | "publicOperating"; item: Item } =>
          p.item !== undefined && itemCase(p.item) !== "none"
      )
      .map((p) => concatRuns(changeClause(zh.labels[p.key], p.item), reasonTail(p.item.reason)));
    const hasBasic = basic !== undefined && itemCase(basic) !== "none";
    if (!hasBasic && parts.length === 0) {
      // No row for 基本支出 at all: the workbook does not say there was none.
      if (!basic) return [this.missing(zh.labels.basicNone)];
      return noneSentence(this.yearSlot(), zh.labels.basicNone);
    }
    const runs: Run[][] = [fill(zh.yearOpening, { year: this.yearSlot() })];
    if (hasBasic) {
      runs.push(changeClause(zh.labels.basic, basic), reasonTail(basic.reason));
      if (parts.length > 0) {
        // With a reason the basic clause ends its own sentence; without one "，其中" carries on.
        runs.push(
          fill(
            basic.reason && reasonTail(basic.reason).length > 0
              ? zh.end + zh.ofWhichSentence
              : zh.ofWhich
          )
        );
      }
    }
    runs.push(joinRuns(parts, zh.clauseSeparator), fill(zh.end));
    return concatRuns(...runs);
  }

  /** 项目支出: total and change, then the projects largest first (the rest summarised). */
  projectSentence(): Run[] {
    const project = this.item("project");
    if (!project) return [this.missing(zh.labels.projectNone)];
    if (itemCase(project) === "none") {
      return noneSentence(this.yearSlot(), zh.labels.projectNone);
    }
    const reason = reasonTail(project.reason ?? this.singleProjectReason());
    const list = this.projectList();
    const lead =
      list.length === 0 ? "" : reason.length > 0 ? zh.projectsLeadAfterReason : zh.projectsLead;
    return concatRuns(
      fill(zh.yearOpening, { year: this.yearSlot() }),
      changeClause(zh.labels.project, project),
      reason,
      fill(lead),
      list,
      fill(zh.end)
    );
  }

  /** With one project and no reason on the total, the project's own reason explains the total. */
  singleProjectReason(): Run | undefined {
    const parent = this.line("project");
    if (!parent) return undefined;
    let only: Line | undefined;
    for (const index of parent.children) {
      const child = this.book.lines[index];
      if (child.kind !== "money") continue;
      if (only) return undefined;
      only = child;
    }
    return only ? this.item(only.key)?.reason : undefined;
  }

  /**
   * The projects largest first: the first few by name, the rest as a count and a sum. One pass keeps the
   * few largest, so a sheet of 100 000 projects is not sorted to name three.
   */
  projectList(): Run[] {
    const parent = this.line("project");
    if (!parent) return [];
    const largest: { name: string; current: Amount }[] = [];
    let count = 0;
    let total = 0;
    for (const index of parent.children) {
      const line = this.book.lines[index];
      if (line.kind !== "money" || !hasValue(line.current) || line.current.value <= 0) continue;
      const name = line.label.trim();
      if (name === "") continue;
      const value = line.current.value;
      count += 1;
      total += value;
      // Ties keep sheet order, as a stable sort would.
      if (largest.length === PROJECTS_NAMED && largest[PROJECTS_NAMED - 1].current.value >= value)
        continue;
      const project = { name, current: amount(value, line.current) };
      let at = largest.length;
      while (at > 0 && largest[at - 1].current.value < value) at -= 1;
      largest.splice(at, 0, project);
      if (largest.length > PROJECTS_NAMED) largest.pop();
    }
    if (count === 0) return [];
    if (count === 1) return fill(zh.projectsSingle, { name: largest[0].name });
    const list = joinRuns(
      largest.map((p) => fill(zh.projectItem, { name: p.name, amount: wanRun(p.current) })),
      zh.listSeparator
    );
    if (count <= PROJECTS_NAMED) return fill(zh.projectsSome, { list });
    const restAmount = total - largest.reduce((sum, p) => sum + p.current.value, 0);
    return fill(zh.projectsMore, {
      list,
      count: String(count),
      rest: String(count - PROJECTS_NAMED),
      restAmount: wanRun({ value: restAmount }),
    });
  }

  // ── 三 政府性基金 / 四 国有资本经营 ──────────────────────────────────────────────────────────────

  fundSection(key: "govFund" | "stateCapital"): DraftSection {
    const item = this.item(key);
    const sentence = !item
      ? [this.missing(zh.labels[key])]
      : itemCase(item) !== "none"
        ? this.figureSentence(item, zh.labels[key], zh.labels[key])
        : noneSentence(this.yearSlot(), zh.labels[key]);
    return section(1, zh.headings[key], [paragraph(sentence)]);
  }

  // ── 五 社会保险基金 ──────────────────────────────────────────────────────────────────────────────

  socialInsuranceSection(): DraftSection {
    const keys = ["pension", "medical", "annuity", "otherSocial"] as const;
    const parts = keys
      .map((key) => ({ key, item: this.item(key) }))
      .filter(
        (p): p is { key: (typeof keys)[number]; item: Item } =>
          p.item?.current !== undefined || p.item?.unread !== undefined
      )
      .map((p) =>
        fill(zh.itemAmount, {
          label: zh.labels[p.key],
          amount: amountOrPlaceholder(zh.labels[p.key], p.item),
        })
      );
    const anyLine = keys.some((key) => this.line(key));
    const sentence =
      parts.length === 0
        ? anyLine
          ? noneSentence(this.yearSlot(), zh.labels.socialInsuranceNone)
          : [this.missing(zh.labels.socialInsuranceNone)]
        : concatRuns(
            fill(zh.socialOpening, { year: this.yearSlot() }),
            joinRuns(parts, zh.listSeparator),
            fill(zh.end)
          );
    return section(1, zh.headings.socialInsurance, [paragraph(sentence)]);
  }

  // ── 六 部门整体支出绩效情况 ──────────────────────────────────────────────────────────────────────

  performanceSection(): DraftSection {
    const subsections: DraftSection[] = [];
    const execution = this.executionSentence();
    if (execution) subsections.push(section(2, zh.headings.execution, [paragraph(execution)]));
    const threePublic = this.threePublicSentence();
    if (threePublic)
      subsections.push(section(2, zh.headings.threePublic, [paragraph(threePublic)]));
    if (subsections.length === 0) {
      return section(1, zh.headings.performance, this.requiredText("performance", 1));
    }
    subsections.push(section(2, zh.headings.outcomes, this.requiredText("performance", 2)));
    return section(1, zh.headings.performance, subsections);
  }

  /** 预算执行率 = 决算 ÷ 全年预算, when the workbook has a 预算数 for the 一般公共预算支出 (or 基本支出). */
  executionSentence(): Run[] | undefined {
    for (const [key, label] of [
      ["generalBudget", zh.labels.generalBudget],
      ["basic", zh.labels.basicNone],
    ] as const) {
      const item = this.item(key);
      if (!item?.budget || !item.current || item.budget.value === 0) continue;
      const rate = ratioBasisPoints(item.current.value, item.budget.value) as number;
      const rateText = formatBasisPoints(rate);
      return concatRuns(
        fill(zh.execution, {
          year: this.yearSlot(),
          label,
          budgetName: zh.budgetNames[budgetKind(this.book.source.columnHeaders.budget)],
          budget: wanRun(item.budget),
          current: wanRun(item.current),
          rate: item.current.ref ? { text: rateText, ref: item.current.ref } : rateText,
        }),
        fill(zh.end)
      );
    }
    return undefined;
  }

  /** "三公"经费: total and change, then each part (公务用车 with its 购置/运行维护 split). */
  threePublicSentence(): Run[] | undefined {
    const keys = [
      "threePublic",
      "abroad",
      "vehicle",
      "vehiclePurchase",
      "vehicleOperation",
      "reception",
    ];
    if (!keys.some((key) => this.line(key) || this.change(key))) return undefined;
    const total = this.item("threePublic");
    const partKeys = ["abroad", "vehicle", "reception"] as const;
    const partItems = partKeys.map((key) => ({ key, item: this.item(key) }));
    const anyPart = partItems.some((p) => p.item && itemCase(p.item) !== "none");
    if ((!total || itemCase(total) === "none") && !anyPart) {
      return noneSentence(this.yearSlot(), zh.labels.threePublic);
    }
    const runs: Run[][] = [];
    if (total && itemCase(total) !== "none") {
      runs.push(
        fill(zh.yearOpening, { year: this.yearSlot() }),
        changeClause(zh.labels.threePublic, total),
        reasonTail(total.reason),
        budgetTail(total),
        fill(zh.end)
      );
    }
    const parts = partItems
      .filter((p): p is { key: (typeof partKeys)[number]; item: Item } => p.item !== undefined)
      .map((p) => this.threePublicPart(p.key, p.item));
    if (parts.length > 0) {
      // After the total: "其中：…"; without a total row the parts open the sentence themselves.
      const opening =
        runs.length > 0
          ? fill(zh.threePublicPartsOpening)
          : fill(zh.yearOpening, { year: this.yearSlot() });
      runs.push(opening, joinRuns(parts, zh.clauseSeparator), fill(zh.end));
    }
    return concatRuns(...runs);
  }

  private threePublicPart(key: "abroad" | "vehicle" | "reception", item: Item): Run[] {
    const label = zh.labels[key];
    if (itemCase(item) === "none") return fill(zh.partNone, { label });
    const clause = concatRuns(changeClause(label, item), reasonTail(item.reason));
    if (key !== "vehicle") return clause;
    const details = (["vehiclePurchase", "vehicleOperation"] as const)
      .map((k) => ({ k, item: this.item(k) }))
      .filter(
        (d): d is { k: "vehiclePurchase" | "vehicleOperation"; item: Item } =>
          d.item?.current !== undefined || d.item?.unread !== undefined
      )
      .map((d) =>
        fill(zh.itemAmount, {
          label: zh.labels[d.k],
          amount: amountOrPlaceholder(zh.labels[d.k], d.item),
        })
      );
    if (details.length === 0) return clause;
    return concatRuns(
      clause,
      fill(zh.vehicleDetail, { parts: joinRuns(details, zh.vehicleDetailSeparator) })
    );
  }

  // ── 七 八 九 十 ─────────────────────────────────────────────────────────────────────────────────

  textSection(key: "problems" | "improvements"): DraftSection {
    return section(1, zh.headings[key], this.requiredText(key, 1));
  }

  /** 九 / 十: present when they have text or the options ask for them (then a placeholder if empty). */
  optionalTextSection(
    key: "resultUse" | "otherMatters",
    wanted: boolean
  ): DraftSection | undefined {
    const blocks = this.textBlocks(key, 1);
    if (blocks) return section(1, zh.headings[key], blocks);
    if (!wanted) return undefined;
    return section(1, zh.headings[key], [paragraph([this.placeholder(zh.placeholderNames[key])])]);
  }
}

/**
 * Workbook text can hold control characters (a pasted \u0001, a vertical tab) that would make the .docx
 * XML invalid and the worksheet cell unreadable: drop them everywhere, once, here.
 */
function sanitizeReport(report: Report): Report {
  const clean = (text: string) => stripControlCharacters(text).replace(/[\t\n]+/g, " ");
  const runs = (list: Run[]): Run[] => list.map((run) => ({ ...run, text: clean(run.text) }));
  const sectionOf = (s: Section): Section => ({
    ...s,
    title: clean(s.title),
    blocks: s.blocks.map((b) =>
      b.kind === "section" ? sectionOf(b) : { ...b, runs: runs(b.runs) }
    ),
  });
  return {
    ...report,
    title: clean(report.title),
    titleLines: report.titleLines.map(clean),
    unit: clean(report.unit),
    sections: report.sections.map(sectionOf),
    signature: { unit: runs(report.signature.unit), date: runs(report.signature.date) },
  };
}

// ── small helpers ──────────────────────────────────────────────────────────────────────────────────

/** The placeholders named so far, then any placeholder run the wording made on its own (unread figures). */
function withRunPlaceholders(named: readonly string[], sections: readonly Section[]): string[] {
  const out = [...named];
  const visit = (section: Section): void => {
    for (const block of section.blocks) {
      if (block.kind === "section") visit(block);
      else
        for (const run of block.runs) {
          if (!run.placeholder) continue;
          const what = /^【待补充：(.*)】$/.exec(run.text)?.[1];
          if (what && !out.includes(what)) out.push(what);
        }
    }
  };
  sections.forEach(visit);
  return out;
}

function amount(value: number, at: CellPosition | undefined): Amount {
  return at ? { value, ref: refAt(at) } : { value };
}

function textRun(text: string, at: CellPosition | undefined): Run {
  return at ? { text, ref: refAt(at) } : { text };
}

function paragraph(runs: Run[]): Paragraph {
  return { kind: "paragraph", runs };
}

function section(level: 1 | 2 | 3, title: string, blocks: DraftBlock[]): DraftSection {
  return { kind: "section", level, title, blocks };
}

function countRun(count: Amount): Run {
  const text = formatCount(count.value);
  return count.ref ? { text, ref: count.ref } : { text };
}

/** "，全年预算34.00万元，支出控制在预算以内" (or 超出预算…), when the figure has a budget. */
function budgetTail(item: Item): Run[] {
  if (!item.budget || !item.current || item.budget.value <= 0) return [];
  const over = item.current.value - item.budget.value;
  if (over <= 0) return fill(zh.threePublicWithinBudget, { budget: wanRun(item.budget) });
  return fill(zh.threePublicOverBudget, {
    budget: wanRun(item.budget),
    over: wanRun({ value: over, ...(item.current.ref ? { ref: item.current.ref } : {}) }),
  });
}

/** "，与上年持平" / "，比上年增加2人" / "，比上年减少1人" for head counts (no percentage). */
function staffChangeTail(item: Item): Run[] {
  const kind = movementCase(item.current?.value, item.prior?.value);
  if (kind === "flat") return fill(zh.staffFlat);
  if (kind === "none" || kind === "current-only") return [];
  const current = item.current?.value ?? 0;
  const prior = item.prior?.value ?? 0;
  const delta = formatCount(Math.abs(current - prior));
  const deltaRun: Run = item.current?.ref
    ? { text: delta, ref: item.current.ref }
    : { text: delta };
  return fill(current > prior ? zh.staffIncrease : zh.staffDecrease, { delta: deltaRun });
}

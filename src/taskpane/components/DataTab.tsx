/** 数据: what was recognised, a way to correct it, and the blank template. */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BookSource, SheetUse } from "../../core/book";
import { SHEET_KINDS, isSheetKind } from "../../core/recognize/classify";
import { messagesFor } from "../../i18n";
import { cellText, columnLetters, formatRef, gridOrigin } from "../../core/grid";
import type { RecognitionOverrides } from "../../core/options";
import {
  decimalTextToFen,
  decimalToScaledInteger,
  formatBasisPoints,
  formatWan,
} from "../../core/money";
import type { TabProps } from "./types";

type ColumnName = keyof BookSource["columns"];
const SHOWN_COLUMNS: ColumnName[] = ["label", "code", "prior", "budget", "current", "reason"];
const OVERRIDABLE: ("current" | "prior" | "budget" | "reason")[] = [
  "current",
  "prior",
  "budget",
  "reason",
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function DataTab({ state, store, t }: TabProps) {
  const styles = useStyles();
  const book = state.analysis?.book;
  const source = book?.source;
  const busy = state.busy !== undefined;
  // The standard tables have columns of their own, table by table: the sheet list says which were read.
  const standard = source?.kind === "standard-tables";
  const templateLabel = store.host.capabilities.writeSheets ? t.data.template : t.data.templateWeb;

  return (
    <div className={styles.root} data-testid="data-tab">
      {!book && state.phase === "idle" && (
        <div className={styles.form}>
          <Text className={styles.muted}>{t.data.empty}</Text>
          {store.host.kind === "excel" && (
            <div>
              <Button appearance="primary" onClick={() => void store.load()}>
                {t.data.readNow}
              </Button>
            </div>
          )}
        </div>
      )}
      {book && source && (
        <section aria-label={t.data.recognised}>
          <Text as="h2" weight="semibold" block>
            {t.data.recognised}
          </Text>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t.data.unit}</dt>
            <dd>{book.unit || t.data.notFound}</dd>
            <dt className={styles.term}>{t.data.year}</dt>
            <dd>{book.year ?? t.data.yearUnknown}</dd>
            <dt className={styles.term}>{t.data.sheet}</dt>
            <dd data-testid="source-sheet">{source.sheet}</dd>
            {standard ? (
              <>
                <dt className={styles.term}>{t.data.tables}</dt>
                <dd>
                  {t.data.tablesRead(
                    source.sheets.filter((s) => s.reason === "standard-table").length
                  )}
                </dd>
              </>
            ) : (
              <>
                <dt className={styles.term}>{t.data.range}</dt>
                <dd>{source.range}</dd>
                <dt className={styles.term}>{t.data.headerRows}</dt>
                <dd>{t.data.rows(source.headerRows[0] + 1, source.headerRows[1] + 1)}</dd>
              </>
            )}
            {book.priorSource && (
              <>
                <dt className={styles.term}>{t.data.priorFrom}</dt>
                <dd>
                  {book.priorSource.sameWorkbook
                    ? t.data.priorSheet(book.priorSource.sheet)
                    : t.data.priorWorkbook(book.priorSource.sheet)}
                </dd>
              </>
            )}
            <dt className={styles.term}>{t.data.currency}</dt>
            <dd>
              {source.unitAssumed ? t.data.currencyAssumed(book.currencyUnit) : book.currencyUnit}
              {source.unitRef ? ` (${formatRef(source.unitRef)})` : ""}
            </dd>
            <dt className={styles.term}>{t.data.lines}</dt>
            <dd>{book.lines.length}</dd>
            <dt className={styles.term}>{t.data.textSheet}</dt>
            <dd>{source.textSheet ?? t.data.textSheetNone}</dd>
          </dl>
          {!standard && (
            <Table size="small" aria-label={t.data.columns}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.data.columns}</TableHeaderCell>
                  <TableHeaderCell>{t.data.column}</TableHeaderCell>
                  <TableHeaderCell>{t.data.headerText}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {SHOWN_COLUMNS.map((name) => {
                  const index = source.columns[name];
                  return (
                    <TableRow key={name}>
                      <TableCell>{t.data.columnNames[name]}</TableCell>
                      <TableCell>
                        {index === undefined ? t.data.notFound : columnLetters(index)}
                      </TableCell>
                      <TableCell>{source.columnHeaders[name] ?? ""}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          <SheetsTable state={state} store={store} t={t} />
        </section>
      )}
      {state.sheetNames.length > 0 && state.phase !== "reading" && (
        <OverridesForm
          // Re-initialise the form whenever recognition or the saved choice changes.
          key={`${source?.sheet}|${source?.headerRows[1]}|${JSON.stringify(state.settings.overrides ?? null)}`}
          state={state}
          store={store}
          t={t}
        />
      )}
      {state.analysis && <ThresholdsForm state={state} store={store} t={t} />}
      <section className={styles.form} aria-label={templateLabel}>
        <Text className={styles.muted}>{t.data.templateHint}</Text>
        <div>
          <Button onClick={() => void store.insertTemplate()} disabled={busy}>
            {templateLabel}
          </Button>
        </div>
      </section>
    </div>
  );
}

/**
 * Every sheet of the workbook: its kind and what told it, and what it did for the report (数据来源 / 用于核对 /
 * 未使用, and why). A wrong kind is set by hand here and saved in the workbook.
 */
function SheetsTable({ state, store, t }: TabProps) {
  const styles = useStyles();
  const sheets = state.analysis?.book.source.sheets ?? [];
  const words = messagesFor(store.locale).recognition;
  const userKinds = state.settings.sheetKinds ?? {};
  const busy = state.busy !== undefined;
  if (sheets.length === 0) return null;
  const evidence = (use: SheetUse): string =>
    use.how === "none"
      ? words.evidence.none
      : `${words.evidence[use.how]}${use.evidence ? `：${use.evidence}` : ""}`;
  return (
    <section aria-label={t.data.sheets} className={styles.form}>
      <Text weight="semibold" block>
        {t.data.sheets}
      </Text>
      <Table size="small" aria-label={t.data.sheets} data-testid="sheet-list">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.data.sheet}</TableHeaderCell>
            <TableHeaderCell>{t.data.sheetKind}</TableHeaderCell>
            <TableHeaderCell>{t.data.sheetRole}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sheets.map((use) => (
            <TableRow key={use.sheet} data-testid="sheet-row" data-role={use.role}>
              <TableCell>
                {use.sheet}
                {use.hidden ? ` ${t.data.hiddenSheet}` : ""}
                {use.formatsUnread ? (
                  <Text size={200} className={styles.muted} block data-testid="formats-unread">
                    {t.data.formatsUnread}
                  </Text>
                ) : null}
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={t.data.sheetKindOf(use.sheet)}
                  value={userKinds[use.sheet] ?? ""}
                  disabled={busy}
                  onChange={(_, d) =>
                    store.setSheetKind(use.sheet, isSheetKind(d.value) ? d.value : undefined)
                  }
                >
                  <option value="">{t.data.kindAuto(words.sheetKinds[use.kind])}</option>
                  {SHEET_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {words.sheetKinds[kind]}
                    </option>
                  ))}
                </Select>
                <Text size={200} className={styles.muted} block>
                  {evidence(use)}
                </Text>
              </TableCell>
              <TableCell>
                <Text weight={use.role === "source" ? "semibold" : "regular"} block>
                  {words.sheetRoles[use.role]}
                </Text>
                <Text size={200} className={styles.muted} block>
                  {words.sheetReasons[use.reason]}
                </Text>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** Manual recognition: sheet, header row and the figure columns, saved as Options.overrides. */
function OverridesForm({ state, store, t }: TabProps) {
  const styles = useStyles();
  const saved = state.settings.overrides;
  const source = state.analysis?.book.source;
  const initialSheet = saved?.sheet ?? source?.sheet ?? state.sheetNames[0] ?? "";
  const initialHeader = saved?.headerRow ?? source?.headerRows[1];
  const [sheet, setSheet] = React.useState(initialSheet);
  const [headerRow, setHeaderRow] = React.useState(
    initialHeader === undefined ? "" : String(initialHeader + 1)
  );
  const [columns, setColumns] = React.useState<Record<string, number | undefined>>(() => ({
    ...(saved?.columns ?? {}),
  }));

  const grid = store.grid(sheet);
  const headerIndex = Number(headerRow) - 1;
  const columnOptions = React.useMemo(() => {
    if (!grid || !Number.isInteger(headerIndex) || headerIndex < 0) return [];
    const origin = gridOrigin(grid);
    const row = grid.rows[headerIndex - origin.row] ?? [];
    const width = Math.max(row.length, ...grid.rows.slice(0, 50).map((r) => r.length));
    return Array.from({ length: Math.min(width, 200) }, (_, c) => {
      const column = origin.column + c;
      const text = cellText(row[c]).trim();
      return { column, label: text ? `${columnLetters(column)}　${text}` : columnLetters(column) };
    });
  }, [grid, headerIndex]);

  const apply = () => {
    const overrides: RecognitionOverrides = {};
    if (sheet) overrides.sheet = sheet;
    if (Number.isInteger(headerIndex) && headerIndex >= 0) overrides.headerRow = headerIndex;
    const chosen = Object.fromEntries(
      Object.entries(columns).filter(([, v]) => v !== undefined)
    ) as Record<string, number>;
    if (Object.keys(chosen).length > 0) overrides.columns = chosen;
    store.setOverrides(overrides);
  };
  const reset = () => {
    setColumns({});
    store.setOverrides(undefined);
  };

  return (
    <details open={state.phase === "error" || saved !== undefined}>
      <summary>
        <Text weight="semibold">{t.data.correct}</Text>
      </summary>
      <div className={styles.form}>
        <Text className={styles.muted}>{t.data.correctHint}</Text>
        {saved && (
          <MessageBar intent="info">
            <MessageBarBody>{t.data.overridesActive}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={t.data.overrideSheet}>
          <Select value={sheet} onChange={(_, d) => setSheet(d.value)} data-testid="override-sheet">
            {state.sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.data.overrideHeaderRow}>
          <Input
            type="number"
            min={1}
            value={headerRow}
            onChange={(_, d) => setHeaderRow(d.value)}
            data-testid="override-header-row"
          />
        </Field>
        {OVERRIDABLE.map((name) => (
          <Field key={name} label={t.data.overrideColumn(t.data.columnNames[name])}>
            <Select
              value={columns[name] === undefined ? "" : String(columns[name])}
              onChange={(_, d) =>
                setColumns((c) => ({ ...c, [name]: d.value === "" ? undefined : Number(d.value) }))
              }
              data-testid={`override-${name}`}
            >
              <option value="">{t.data.auto}</option>
              {columnOptions.map((o) => (
                <option key={o.column} value={String(o.column)}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={apply}>
            {t.data.apply}
          </Button>
          {saved && <Button onClick={reset}>{t.data.resetOverrides}</Button>}
        </div>
      </div>
    </details>
  );
}

/** Percent text ("10", "12.5") → basis points; undefined when it is not a plain non-negative number. */
function percentToPoints(text: string): number | undefined {
  const points = decimalToScaledInteger(text, 2);
  return points === undefined || points < 0n ? undefined : Number(points);
}

/** The YOY-EXPLAIN and EXEC-RATE thresholds, in percent and 万元 for people, saved as Options units. */
function ThresholdsForm({ state, store, t }: TabProps) {
  const styles = useStyles();
  const options = state.analysis!.options;
  const [values, setValues] = React.useState(() => ({
    explainPercent: formatBasisPoints(options.explainPercent),
    explainFloor: formatWan(options.explainFloor),
    executionLow: formatBasisPoints(options.executionLow),
    executionHigh: formatBasisPoints(options.executionHigh),
  }));
  const parsed = {
    explainPercent: percentToPoints(values.explainPercent),
    explainFloor: (() => {
      const fen = decimalTextToFen(values.explainFloor, "万元");
      return fen === undefined || fen < 0 ? undefined : fen;
    })(),
    executionLow: percentToPoints(values.executionLow),
    executionHigh: percentToPoints(values.executionHigh),
  };
  const valid = Object.values(parsed).every((v) => v !== undefined);
  const field = (key: keyof typeof values, label: string) => (
    <Field
      label={label}
      validationMessage={parsed[key] === undefined ? t.data.invalidNumber : undefined}
    >
      <Input
        value={values[key]}
        inputMode="decimal"
        onChange={(_, d) => setValues((v) => ({ ...v, [key]: d.value }))}
        data-testid={`threshold-${key}`}
      />
    </Field>
  );
  return (
    <details>
      <summary>
        <Text weight="semibold">{t.data.thresholds}</Text>
      </summary>
      <div className={styles.form}>
        <Text className={styles.muted}>{t.data.thresholdsHint}</Text>
        {field("explainPercent", t.data.explainPercent)}
        {field("explainFloor", t.data.explainFloor)}
        {field("executionLow", t.data.executionLow)}
        {field("executionHigh", t.data.executionHigh)}
        <div className={styles.buttons}>
          <Button
            disabled={!valid}
            onClick={() =>
              store.setThresholds({
                explainPercent: parsed.explainPercent,
                explainFloor: parsed.explainFloor,
                executionLow: parsed.executionLow,
                executionHigh: parsed.executionHigh,
              })
            }
          >
            {t.data.applyThresholds}
          </Button>
        </div>
      </div>
    </details>
  );
}

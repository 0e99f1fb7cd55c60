/** 变动: every item against last year; items that need a reason are flagged; reasons typed here are saved. */
import * as React from "react";
import {
  Badge,
  Input,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Change } from "../../core/change";
import { formatFigure, formatPercent } from "./amounts";
import type { TabProps } from "./types";

/** Rows rendered at once: a 100 000-row workbook must not freeze the pane. */
const MAX_ROWS = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  scroll: { overflowX: "auto" },
  // A narrow task pane scrolls the table sideways rather than squeezing its figures into each other.
  table: { tableLayout: "auto", minWidth: "680px" },
  labelCell: { minWidth: "9em" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  label: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  reason: { minWidth: "10em", width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ChangesTab({ state, store, t }: TabProps) {
  const styles = useStyles();
  const [onlyFlagged, setOnlyFlagged] = React.useState(false);
  const analysis = state.analysis;
  if (!analysis) return <Text className={styles.muted}>{t.changes.empty}</Text>;

  const changes = analysis.changes;
  const comparable = changes.filter((c) => c.prior !== undefined || c.current !== undefined);
  if (comparable.length === 0 || changes.every((c) => c.prior === undefined)) {
    return (
      <Text className={styles.muted} data-testid="changes-none">
        {t.changes.none}
      </Text>
    );
  }
  const flagged = changes.filter((c) => c.needsExplanation);
  const rows = onlyFlagged ? flagged : comparable;
  const shown = rows.slice(0, MAX_ROWS);
  const reasons = state.settings.reasons ?? {};

  return (
    <div className={styles.root} data-testid="changes-tab">
      <div className={styles.bar}>
        {flagged.length > 0 && (
          <Badge color="warning" appearance="filled">
            {t.changes.flaggedCount(flagged.length)}
          </Badge>
        )}
        <Switch
          checked={onlyFlagged}
          onChange={(_, d) => setOnlyFlagged(d.checked)}
          label={t.changes.onlyFlagged}
        />
        <Text size={200} className={styles.muted}>
          {t.changes.unitNote}
        </Text>
      </div>
      <div className={styles.scroll}>
        <Table size="small" aria-label={t.tabs.changes} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.changes.item}</TableHeaderCell>
              <TableHeaderCell>{t.changes.prior}</TableHeaderCell>
              <TableHeaderCell>{t.changes.current}</TableHeaderCell>
              <TableHeaderCell>{t.changes.delta}</TableHeaderCell>
              <TableHeaderCell>{t.changes.percent}</TableHeaderCell>
              <TableHeaderCell>{t.changes.reason}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((change) => (
              <ChangeRow
                key={change.key}
                change={change}
                reason={reasons[change.key] ?? change.reason ?? ""}
                onReason={(text) => store.setReason(change.key, text)}
                t={t}
              />
            ))}
          </TableBody>
        </Table>
      </div>
      {rows.length > shown.length && (
        <Text className={styles.muted}>{t.changes.truncated(shown.length, rows.length)}</Text>
      )}
    </div>
  );
}

interface ChangeRowProps {
  change: Change;
  reason: string;
  onReason: React.Dispatch<string>;
  t: TabProps["t"];
}

function ChangeRow({ change, reason, onReason, t }: ChangeRowProps) {
  const styles = useStyles();
  return (
    <TableRow
      className={change.needsExplanation ? styles.flagged : undefined}
      data-testid={`change-${change.key}`}
    >
      <TableCell className={styles.labelCell}>
        <span
          className={styles.label}
          style={{ paddingLeft: `${Math.min(change.depth, 6) * 0.75}em` }}
        >
          {change.label}
          {change.needsExplanation && (
            <Tooltip content={t.changes.needsExplanationHint} relationship="description">
              <Badge size="small" color="warning" appearance="tint">
                {t.changes.needsExplanation}
              </Badge>
            </Tooltip>
          )}
        </span>
      </TableCell>
      <TableCell className={styles.number}>{formatFigure(change.prior, change.kind)}</TableCell>
      <TableCell className={styles.number}>{formatFigure(change.current, change.kind)}</TableCell>
      <TableCell className={styles.number}>{formatFigure(change.delta, change.kind)}</TableCell>
      <TableCell className={styles.number} data-testid="change-percent">
        {formatPercent(change.percent)}
      </TableCell>
      <TableCell>
        <Input
          className={styles.reason}
          size="small"
          value={reason}
          placeholder={change.needsExplanation ? t.changes.reasonPlaceholder : undefined}
          onChange={(_, d) => onReason(d.value)}
          aria-label={`${change.label} ${t.changes.reason}`}
        />
      </TableCell>
    </TableRow>
  );
}

/** 校验: findings by severity, then rule, with counts; click a cell to go there; ignore with a reason. */
import * as React from "react";
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/finding";
import { SEVERITIES } from "../../core/finding";
import { formatRef } from "../../core/grid";
import { formatFigure, kindOf } from "./amounts";
import type { TabProps, UiMessages } from "./types";
import type { AssistantStore } from "../state/store";
import type { Book } from "../../core/book";

/** Per rule group, so a workbook with thousands of findings still renders at once. */
const SHOWN_PER_RULE = 50;

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  summary: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  amounts: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

function groupByRule(findings: Finding[]): [Finding["rule"], Finding[]][] {
  const groups = new Map<Finding["rule"], Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return [...groups.entries()];
}

export function ChecksTab({ state, store, t }: TabProps) {
  const styles = useStyles();
  const analysis = state.analysis;
  if (!analysis) {
    return <Text className={styles.muted}>{t.checks.empty}</Text>;
  }
  const { active, ignored } = store.findingsSplit();
  const bySeverity = SEVERITIES.map((severity) => ({
    severity,
    findings: active.filter((f) => f.severity === severity),
  }));
  const caps = store.host.capabilities;

  return (
    <div className={styles.root} data-testid="checks-tab">
      <div className={styles.summary} aria-label={t.checks.summary}>
        {bySeverity.map(({ severity, findings }) => (
          <Badge
            key={severity}
            color={findings.length > 0 ? BADGE_COLOR[severity] : "informative"}
            appearance={findings.length > 0 ? "filled" : "outline"}
            data-testid={`count-${severity}`}
          >
            {t.checks.severity[severity]} {findings.length}
          </Badge>
        ))}
        {caps.highlight && active.length > 0 && (
          <Button size="small" onClick={() => void store.highlight()}>
            {t.checks.highlight}
          </Button>
        )}
        {caps.highlight && (state.highlightedCount ?? 0) > 0 && (
          <Button size="small" onClick={() => void store.clearHighlights()}>
            {t.checks.clearHighlights}
          </Button>
        )}
      </div>
      {active.length === 0 && (
        <MessageBar intent="success" data-testid="all-passed">
          <MessageBarBody>
            <MessageBarTitle>{t.checks.allPassed}</MessageBarTitle>
            {t.checks.allPassedDetail}
          </MessageBarBody>
        </MessageBar>
      )}
      {bySeverity
        .filter((g) => g.findings.length > 0)
        .map(({ severity, findings }) => (
          <section key={severity} className={styles.group} aria-label={t.checks.severity[severity]}>
            <Text as="h2" weight="semibold">
              {t.checks.severity[severity]}（{t.checks.severityHint[severity]}）
            </Text>
            {groupByRule(findings).map(([rule, list]) => (
              <div key={rule} className={styles.group}>
                <div className={styles.rule}>
                  <Text weight="semibold">{rule}</Text>
                  <Text>{t.checks.ruleNames[rule]}</Text>
                  <Badge size="small" appearance="tint" color={BADGE_COLOR[severity]}>
                    {t.checks.count(list.length)}
                  </Badge>
                </div>
                <ul className={styles.list}>
                  {list.slice(0, SHOWN_PER_RULE).map((finding, i) => (
                    <FindingItem
                      key={`${finding.ref.sheet}!${finding.ref.address}#${i}`}
                      finding={finding}
                      book={analysis.book}
                      store={store}
                      t={t}
                      selected={
                        state.selected?.sheet === finding.ref.sheet &&
                        state.selected.address === finding.ref.address
                      }
                    />
                  ))}
                </ul>
                {list.length > SHOWN_PER_RULE && (
                  <Text className={styles.muted}>
                    {t.checks.more(list.length - SHOWN_PER_RULE)}
                  </Text>
                )}
              </div>
            ))}
          </section>
        ))}
      {ignored.length > 0 && (
        <details>
          <summary>
            <Text>{t.checks.ignored(ignored.length)}</Text>
          </summary>
          <ul className={styles.list}>
            {ignored.map(({ finding, reason }, i) => (
              <li key={`${finding.rule}|${formatRef(finding.ref)}#${i}`} className={styles.item}>
                <Text>
                  {finding.rule} · {formatRef(finding.ref)} · {finding.message}
                </Text>
                <Text className={styles.muted}>
                  {t.checks.ignoreReason}：{reason}
                </Text>
                <div>
                  <Button size="small" appearance="subtle" onClick={() => store.unignore(finding)}>
                    {t.checks.unignore}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function FindingItem({
  finding,
  book,
  store,
  t,
  selected,
}: {
  finding: Finding;
  book: Book;
  store: AssistantStore;
  t: UiMessages;
  selected: boolean;
}) {
  const styles = useStyles();
  const [ignoring, setIgnoring] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const kind = kindOf(book, finding.lineKey);
  const ref = formatRef(finding.ref);
  const canSelect = store.host.capabilities.selectCell;
  const difference =
    finding.difference ??
    (finding.expected !== undefined && finding.actual !== undefined
      ? finding.actual - finding.expected
      : undefined);

  const cellLink = (
    <Link as="button" onClick={() => void store.selectCell(finding.ref)} data-testid="finding-cell">
      {ref}
    </Link>
  );

  return (
    <li
      className={mergeClasses(styles.item, styles[finding.severity], selected && styles.selected)}
      data-testid="finding"
    >
      <Text>{finding.message}</Text>
      <div className={styles.actions}>
        <Tooltip
          content={canSelect ? t.checks.goTo : t.checks.goToUnsupported}
          relationship="description"
        >
          {cellLink}
        </Tooltip>
        {(finding.expected !== undefined || finding.actual !== undefined) && (
          <Text className={styles.amounts}>
            {finding.expected !== undefined &&
              `${t.checks.expected} ${formatFigure(finding.expected, kind)}　`}
            {finding.actual !== undefined &&
              `${t.checks.actual} ${formatFigure(finding.actual, kind)}　`}
            {difference !== undefined && `${t.checks.difference} ${formatFigure(difference, kind)}`}
          </Text>
        )}
      </div>
      {!ignoring ? (
        <div>
          <Button size="small" appearance="subtle" onClick={() => setIgnoring(true)}>
            {t.checks.ignore}
          </Button>
        </div>
      ) : (
        <div>
          <Field label={t.checks.ignoreReason} required>
            <Textarea
              value={reason}
              placeholder={t.checks.ignoreReasonPlaceholder}
              onChange={(_, d) => setReason(d.value)}
              data-testid="ignore-reason"
            />
          </Field>
          <div className={styles.actions}>
            <Button
              size="small"
              appearance="primary"
              disabled={reason.trim() === ""}
              onClick={() => {
                store.ignore(finding, reason);
                setIgnoring(false);
              }}
            >
              {t.checks.ignoreConfirm}
            </Button>
            <Button size="small" onClick={() => setIgnoring(false)}>
              {t.checks.cancel}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * 核对报告: a report already written — opened as .docx / .txt / .md or pasted — audited figure by figure
 * (docs/domain.md §8). The text is shown with each finding's words marked; clicking a mark, or a finding in
 * the list, shows its working.
 */
import * as React from "react";
import { Badge, Checkbox, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { AuditFinding } from "../../core/audit";
import { messagesFor } from "../../i18n";
import type { TabProps } from "./types";
import { FileButton } from "./FileButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  text: {
    whiteSpace: "pre-wrap",
    lineHeight: "1.8",
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "420px",
    overflowY: "auto",
  },
  mark: {
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 1px",
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  selectedMark: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  working: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: "none", cursor: "pointer" },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

interface Segment {
  start: number;
  end: number;
  /** Indices of the findings marking this stretch of text. */
  findings: number[];
}

/** The text cut where marks begin and end, each stretch with the findings that mark it. */
export function markSegments(length: number, findings: readonly AuditFinding[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const finding of findings) {
    cuts.add(Math.max(0, Math.min(length, finding.mark.start)));
    cuts.add(Math.max(0, Math.min(length, finding.mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const marking = findings.flatMap((finding, index) =>
      finding.mark.start <= start && end <= finding.mark.end ? [index] : []
    );
    segments.push({ start, end, findings: marking });
  }
  return segments;
}

export function AuditTab({ state, store, t }: TabProps) {
  const styles = useStyles();
  const words = t.audit;
  const severityName = messagesFor(store.locale).recognition.severity;
  const ruleNames = messagesFor(store.locale).audit.ruleNames;
  const { audit, analysis } = state;
  const result = audit.result;
  const findings = result?.findings ?? [];
  const selected = audit.selected !== undefined ? findings[audit.selected] : undefined;

  const select = (index: number) => {
    store.selectAuditFinding(index);
    document
      .querySelector(`[data-audit-mark="${index}"]`)
      ?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  };

  return (
    <div className={styles.root} data-testid="audit-tab">
      <Text>{words.intro}</Text>
      <div className={styles.row}>
        <FileButton
          appearance="primary"
          label={words.open}
          accept=".docx,.txt,.md,.markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          onFile={(file) => void store.openReport(file)}
          disabled={audit.running}
          testId="report-file"
        />
        <Text size={200} className={styles.muted}>
          {words.openHint}
        </Text>
        {audit.source && <Text data-testid="audit-source">{words.source(audit.source)}</Text>}
      </div>
      <Textarea
        aria-label={words.paste}
        placeholder={words.paste}
        value={audit.source ? "" : audit.text}
        onChange={(_, data) => store.setAuditText(data.value)}
        resize="vertical"
        rows={4}
        data-testid="audit-paste"
      />
      {analysis ? (
        <Checkbox
          label={words.withWorkbook}
          checked={audit.withWorkbook}
          onChange={(_, data) => store.setAuditWithWorkbook(data.checked === true)}
        />
      ) : (
        <Text size={200} className={styles.muted}>
          {words.noWorkbook}
        </Text>
      )}
      {audit.error && (
        <Text role="alert" data-testid="audit-error">
          {audit.error}
        </Text>
      )}
      {audit.running && <Text>{words.running}</Text>}
      {!result && !audit.running && !audit.error && (
        <Text className={styles.muted}>{words.empty}</Text>
      )}
      {result && (
        <>
          <Text weight="semibold" data-testid="audit-summary">
            {words.summary(
              result.sentences,
              result.summary.error,
              result.summary.warning,
              result.summary.info
            )}
            {findings.length === 0 ? ` ${words.clean}` : ""}
          </Text>
          {selected && (
            <section
              className={styles.working}
              aria-label={words.working}
              data-testid="audit-working"
            >
              <Text weight="semibold">
                {severityName[selected.severity]} · {ruleNames[selected.rule] ?? selected.rule}
              </Text>
              <Text>{selected.message}</Text>
              {(selected.printed || selected.expected) && (
                <Text size={200}>
                  {selected.printed ? `${words.printed}：${selected.printed}` : ""}
                  {selected.expected ? `　${words.expected}：${selected.expected}` : ""}
                </Text>
              )}
            </section>
          )}
          <section aria-label={words.text}>
            <Text size={200} className={styles.muted} block>
              {words.text}
            </Text>
            <div className={styles.text} data-testid="audit-text">
              {markSegments(audit.text.length, findings).map((segment) => {
                const piece = audit.text.slice(segment.start, segment.end);
                if (segment.findings.length === 0) return piece;
                const first = segment.findings[0];
                const severity = findings[first].severity;
                const isSelected =
                  audit.selected !== undefined && segment.findings.includes(audit.selected);
                return (
                  <mark
                    key={segment.start}
                    role="button"
                    tabIndex={0}
                    data-audit-mark={first}
                    data-severity={severity}
                    title={findings[first].message}
                    className={`${styles.mark} ${styles[severity]} ${isSelected ? styles.selectedMark : ""}`}
                    onClick={() => store.selectAuditFinding(first)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter" || event.key === " ")
                        store.selectAuditFinding(first);
                    }}
                  >
                    {piece}
                  </mark>
                );
              })}
            </div>
          </section>
          {findings.length > 0 && (
            <section aria-label={words.findings}>
              <Text weight="semibold" block>
                {words.findings}
              </Text>
              <ul className={styles.list}>
                {findings.map((finding, index) => (
                  <li
                    key={`${finding.rule}-${finding.mark.start}-${index}`}
                    className={styles.item}
                    data-testid="audit-finding"
                    onClick={() => select(index)}
                  >
                    <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
                      {severityName[finding.severity]}
                    </Badge>{" "}
                    <Text size={200} className={styles.muted}>
                      {ruleNames[finding.rule] ?? finding.rule}
                    </Text>
                    <Text block>{finding.message}</Text>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

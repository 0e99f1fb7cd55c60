/** 报告: the qualitative texts, a live preview, and the outputs (sheets, Word, clipboard). */
import * as React from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { REQUIRED_TEXT_KEYS, TEXT_KEYS } from "../../core/book";
import { ReportPreview } from "./ReportPreview";
import type { TabProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  outputs: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ReportTab({ state, store, t }: TabProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = React.useState(false);
  const analysis = state.analysis;
  if (!analysis) return <Text className={styles.muted}>{t.report.empty}</Text>;

  const caps = store.host.capabilities;
  const report = state.composed?.report;
  const texts = state.settings.texts ?? {};
  const bookTexts = analysis.book.texts;
  const busy = state.busy !== undefined || state.phase !== "ready";
  const placeholders = report?.placeholders.length ?? 0;
  const errorCount = store.findingsSplit().active.filter((f) => f.severity === "error").length;

  const write = () => {
    if (caps.writeSheets) setConfirming(true);
    else void store.writeReport();
  };

  return (
    <div className={styles.root} data-testid="report-tab">
      <section className={styles.outputs} aria-label={t.report.preview}>
        <Button appearance="primary" onClick={write} disabled={busy || !report}>
          {caps.writeSheets ? t.report.writeSheets : t.report.writeSheetsWeb}
        </Button>
        {caps.download ? (
          <Button onClick={() => void store.exportDocx()} disabled={busy || !report}>
            {t.report.exportWord}
          </Button>
        ) : (
          <Text size={200} className={styles.muted}>
            {t.report.noDownload}
          </Text>
        )}
        <Button onClick={() => void store.copyAll()} disabled={busy || !report}>
          {t.report.copy}
        </Button>
        {state.busy && (
          <Spinner
            size="tiny"
            label={state.busy === "writing" ? t.phase.writing : t.phase.exporting}
          />
        )}
      </section>
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.report.writeWarningTitle}</DialogTitle>
            <DialogContent>{t.report.writeWarning}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void store.writeReport();
                }}
              >
                {t.report.writeConfirm}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t.report.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {errorCount > 0 && (
        <MessageBar intent="error" data-testid="report-errors">
          <MessageBarBody>{t.report.errorsRemain(errorCount)}</MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <MessageBar
          intent={placeholders > 0 ? "warning" : "success"}
          data-testid="placeholder-count"
        >
          <MessageBarBody>
            {placeholders > 0 ? t.report.placeholders(placeholders) : t.report.noPlaceholders}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.fields} aria-label={t.report.texts}>
        <Text as="h2" weight="semibold">
          {t.report.texts}
        </Text>
        <Text size={200} className={styles.muted}>
          {t.report.textsHint}
        </Text>
        <Field label={t.report.unitName}>
          <Input
            value={texts.unitName ?? analysis.book.unit}
            onChange={(_, d) => store.setText("unitName", d.value)}
            data-testid="text-unitName"
          />
        </Field>
        <Field label={t.report.reportDate}>
          <Input
            value={texts.reportDate ?? analysis.book.reportDate ?? ""}
            onChange={(_, d) => store.setText("reportDate", d.value)}
            data-testid="text-reportDate"
          />
        </Field>
        {TEXT_KEYS.map((key) => (
          <Field
            key={key}
            label={t.report.textLabels[key]}
            required={REQUIRED_TEXT_KEYS.includes(key)}
            hint={
              texts[key] !== undefined && texts[key].trim() === "" && bookTexts[key]?.value.trim()
                ? t.report.blankUsesSheet
                : undefined
            }
          >
            <Textarea
              resize="vertical"
              rows={key === "functions" || key === "keyWork" || key === "performance" ? 4 : 2}
              value={texts[key] ?? bookTexts[key]?.value ?? ""}
              onChange={(_, d) => store.setText(key, d.value)}
              data-testid={`text-${key}`}
            />
          </Field>
        ))}
        <Checkbox
          checked={state.settings.includeResultUse ?? analysis.options.includeResultUse}
          onChange={(_, d) => store.setIncluded("includeResultUse", d.checked === true)}
          label={t.report.includeResultUse}
        />
        <Checkbox
          checked={state.settings.includeOtherMatters ?? analysis.options.includeOtherMatters}
          onChange={(_, d) => store.setIncluded("includeOtherMatters", d.checked === true)}
          label={t.report.includeOtherMatters}
        />
      </section>
      <section aria-label={t.report.preview}>
        <Text as="h2" weight="semibold" block>
          {t.report.preview}
        </Text>
        {report ? (
          <ReportPreview report={report} label={t.report.preview} />
        ) : (
          <Spinner size="tiny" />
        )}
      </section>
    </div>
  );
}

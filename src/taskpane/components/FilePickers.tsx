/** Opening files: this year's workbook (web page only) and, optionally, last year's (both hosts). */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TabProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function FilePickers({ state, store, t, fileHost }: TabProps & { fileHost: boolean }) {
  const styles = useStyles();
  const currentInput = React.useRef<HTMLInputElement>(null);
  const priorInput = React.useRef<HTMLInputElement>(null);
  const busy = state.phase === "reading" || state.phase === "analyzing";

  const onCurrent = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void store.openWorkbook(file);
  };
  const onPrior = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void store.openPriorWorkbook(file);
  };

  return (
    <div className={styles.root}>
      {fileHost && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => currentInput.current?.click()}
            disabled={busy}
          >
            {t.files.chooseCurrent}
          </Button>
          <input
            ref={currentInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            onChange={onCurrent}
            data-testid="current-file"
            aria-label={t.files.chooseCurrent}
          />
          {state.workbookName && (
            <Text data-testid="workbook-name">{t.files.current(state.workbookName)}</Text>
          )}
        </div>
      )}
      {(!fileHost || state.workbookName) && (
        <div className={styles.row}>
          <Button size="small" onClick={() => priorInput.current?.click()} disabled={busy}>
            {t.files.choosePrior}
          </Button>
          <input
            ref={priorInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            onChange={onPrior}
            data-testid="prior-file"
            aria-label={t.files.choosePrior}
          />
          {state.priorName && (
            <>
              <Text>{t.files.prior(state.priorName)}</Text>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => void store.openPriorWorkbook(undefined)}
              >
                {t.files.clearPrior}
              </Button>
            </>
          )}
        </div>
      )}
      {fileHost && !state.workbookName && state.phase === "idle" && (
        <Text className={styles.muted}>{t.files.noFile}</Text>
      )}
      {fileHost && (
        <Text size={200} className={styles.muted}>
          {t.files.privacy}
        </Text>
      )}
    </div>
  );
}

/** Opening files: this year's workbook (web page only) and, optionally, last year's (both hosts). */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TabProps } from "./types";
import { FileButton } from "./FileButton";

const WORKBOOK_TYPES =
  ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function FilePickers({ state, store, t, fileHost }: TabProps & { fileHost: boolean }) {
  const styles = useStyles();
  const busy = state.phase === "reading" || state.phase === "analyzing";

  return (
    <div className={styles.root}>
      {fileHost && (
        <div className={styles.row}>
          <FileButton
            appearance="primary"
            label={t.files.chooseCurrent}
            accept={WORKBOOK_TYPES}
            onFile={(file) => void store.openWorkbook(file)}
            disabled={busy}
            testId="current-file"
          />
          {state.workbookName && (
            <Text data-testid="workbook-name">{t.files.current(state.workbookName)}</Text>
          )}
        </div>
      )}
      {(!fileHost || state.workbookName) && (
        <div className={styles.row}>
          <FileButton
            size="small"
            label={t.files.choosePrior}
            accept={WORKBOOK_TYPES}
            onFile={(file) => void store.openPriorWorkbook(file)}
            disabled={busy}
            testId="prior-file"
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

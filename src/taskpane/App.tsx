/**
 * The task pane (and the web page): four tabs over one store. Nothing here knows Office.js; the host
 * does the workbook work, the engine the analysis.
 */
import * as React from "react";
import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale } from "../core/options";
import { messagesFor } from "../i18n";
import type { Host } from "../hosts/host";
import { defaultEngine, Engine } from "./state/engine";
import { isFileSourceHost } from "../hosts/fileSource";
import { useAssistant } from "./state/useAssistant";
import { DataTab } from "./components/DataTab";
import { ChecksTab } from "./components/ChecksTab";
import { ChangesTab } from "./components/ChangesTab";
import { ReportTab } from "./components/ReportTab";
import { AuditTab } from "./components/AuditTab";
import { FilePickers } from "./components/FilePickers";
import type { AssistantState } from "./state/store";

export type TabId = "data" | "checks" | "changes" | "report" | "audit";

export interface AppProps {
  host: Host;
  locale: Locale;
  /** The analysis and rendering functions; tests pass a fake. */
  engine?: Engine;
  /** The tab shown first. */
  initialTab?: TabId;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { flexGrow: 1 },
  busy: { display: "flex", justifyContent: "flex-start" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

function phaseLabel(
  state: AssistantState,
  t: ReturnType<typeof messagesFor>["ui"]
): string | undefined {
  switch (state.phase) {
    case "reading":
      return t.phase.reading;
    case "analyzing":
      return t.phase.analyzing;
    case "composing":
      return t.phase.composing;
    default:
      return undefined;
  }
}

export function App({ host, locale, engine = defaultEngine, initialTab = "data" }: AppProps) {
  const styles = useStyles();
  const t = messagesFor(locale).ui;
  const [state, store] = useAssistant(host, engine, locale);
  const [tab, setTab] = React.useState<TabId>(initialTab);
  const busyLabel = phaseLabel(state, t);
  const split = store.findingsSplit();
  const errors = split.active.filter((f) => f.severity === "error").length;
  const fileHost = isFileSourceHost(host);

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold" className={styles.title}>
            {t.appTitle}
          </Text>
          {!fileHost && (
            <Button
              size="small"
              onClick={() => void store.load()}
              disabled={busyLabel !== undefined}
              title={t.reloadHint}
            >
              {t.reload}
            </Button>
          )}
        </header>
        <FilePickers state={state} store={store} t={t} fileHost={fileHost} />
        {busyLabel && (
          <div className={styles.busy} role="status" aria-live="polite">
            <Spinner size="tiny" label={busyLabel} />
          </div>
        )}
        {state.error && (
          <MessageBar intent="error" data-testid="error-bar">
            <MessageBarBody>
              <MessageBarTitle>{t.errors.title}</MessageBarTitle>
              {state.error}
            </MessageBarBody>
            {state.phase !== "error" && (
              <MessageBarActions>
                <Button size="small" onClick={() => store.dismissError()}>
                  {t.errors.dismiss}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent={state.notice.intent} data-testid="notice-bar">
            <MessageBarBody>{state.notice.text}</MessageBarBody>
            <MessageBarActions>
              {state.notice.action && (
                <Button
                  size="small"
                  appearance="primary"
                  data-testid="notice-action"
                  onClick={state.notice.action.run}
                >
                  {state.notice.action.label}
                </Button>
              )}
              <Button size="small" onClick={() => store.dismissNotice()}>
                {t.errors.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          size="small"
        >
          <Tab value="data">{t.tabs.data}</Tab>
          <Tab value="checks">
            {t.tabs.checks}
            {state.analysis && (
              <>
                {" "}
                <Badge
                  size="small"
                  appearance={errors > 0 ? "filled" : "tint"}
                  color={errors > 0 ? "danger" : split.active.length > 0 ? "warning" : "success"}
                  data-testid="findings-count"
                >
                  {split.active.length}
                </Badge>
              </>
            )}
          </Tab>
          <Tab value="changes">{t.tabs.changes}</Tab>
          <Tab value="report">{t.tabs.report}</Tab>
          <Tab value="audit">{t.tabs.audit}</Tab>
        </TabList>
        <section className={styles.panel} role="tabpanel" aria-label={t.tabs[tab]}>
          {tab === "data" && <DataTab state={state} store={store} t={t} />}
          {tab === "checks" && <ChecksTab state={state} store={store} t={t} />}
          {tab === "changes" && <ChangesTab state={state} store={store} t={t} />}
          {tab === "report" && <ReportTab state={state} store={store} t={t} />}
          {tab === "audit" && <AuditTab state={state} store={store} t={t} />}
        </section>
      </main>
    </FluentProvider>
  );
}

export default App;

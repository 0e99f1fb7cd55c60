/**
 * The task pane's entry (src/taskpane/index.tsx): waits for Office.onReady, renders the pane with the
 * Excel host and the Office language, and explains itself outside Excel or without office.js.
 */
import type { Host } from "../../src/hosts/host";

const rendered: { host?: Host; locale?: string; engine?: unknown }[] = [];
const workerEngine = { kind: "worker engine" };

jest.mock("../../src/taskpane/App", () => ({
  App: (props: { host: Host; locale: string; engine?: unknown }) => {
    rendered.push(props);
    return null;
  },
}));

// The real worker engine needs import.meta (webpack); the entry only has to hand one to the pane.
jest.mock("../../src/taskpane/state/workerEngine", () => ({
  createWorkerEngine: () => workerEngine,
}));

// Plain stand-ins keep this test fast: it is about the entry's decisions, not Fluent's rendering.
jest.mock("@fluentui/react-components", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const React = require("react");
  const pass = ({ children }: { children?: unknown }) => React.createElement("div", null, children);
  return {
    FluentProvider: pass,
    MessageBar: pass,
    MessageBarBody: pass,
    Link: ({ href, children }: { href: string; children?: unknown }) =>
      React.createElement("a", { href }, children),
    webLightTheme: {},
  };
});

type ReadyInfo = { host: string | null; platform: string | null };
type Act = (callback: () => unknown) => Promise<void> | void;

/** React's act from the same (isolated) module registry as the entry, so it flushes the entry's renders. */
let act: Act = () => undefined;
(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true;

function installOffice(displayLanguage: string, host: string | null): () => Promise<void> {
  let ready: ((info: ReadyInfo) => void) | undefined;
  (globalThis as Record<string, unknown>).Office = {
    HostType: { Excel: "Excel" },
    onReady: (callback: (info: ReadyInfo) => void) => {
      ready = callback;
    },
    context: {
      displayLanguage,
      platform: "PC",
      requirements: { isSetSupported: () => true },
      document: {
        url: "C:\\a\\b.xlsx",
        settings: {
          get: () => null,
          set: () => undefined,
          remove: () => undefined,
          saveAsync: () => undefined,
        },
      },
    },
  };
  return async () => {
    await act(async () => ready?.({ host, platform: "PC" }));
  };
}

async function loadEntry(): Promise<void> {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    act = require("react").act;
    void act(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/taskpane/index");
    });
  });
}

beforeEach(() => {
  rendered.length = 0;
  document.body.innerHTML = '<div id="container"></div>';
  delete (globalThis as Record<string, unknown>).Office;
});

it("renders the pane with the Excel host once Office is ready, in Office's language", async () => {
  const ready = installOffice("en-GB", "Excel");
  await loadEntry();
  expect(rendered).toHaveLength(0);
  await ready();
  expect(rendered.length).toBeGreaterThan(0);
  expect(rendered[0].locale).toBe("en-US");
  expect(rendered[0].host?.kind).toBe("excel");
  expect(rendered[0].host?.capabilities.writeSheets).toBe(true);
  // Analysis runs in a Web Worker so a large workbook does not freeze the pane.
  expect(rendered[0].engine).toBe(workerEngine);
  expect(document.documentElement.lang).toBe("en-US");
});

it("defaults to Chinese for zh-* and unknown languages", async () => {
  const ready = installOffice("zh-Hans-CN", "Excel");
  await loadEntry();
  await ready();
  expect(rendered[0].locale).toBe("zh-CN");
});

it("says to open it in Excel when loaded elsewhere, with a link to the web page", async () => {
  const ready = installOffice("zh-CN", null);
  await loadEntry();
  await ready();
  expect(rendered).toHaveLength(0);
  expect(document.body.textContent).toContain("请在 Excel 中");
  expect(document.querySelector("a")?.getAttribute("href")).toBe("index.html");
});

it("explains a missing office.js instead of failing silently", async () => {
  await loadEntry();
  expect(rendered).toHaveLength(0);
  expect(document.body.textContent).toContain("Office.js");
});

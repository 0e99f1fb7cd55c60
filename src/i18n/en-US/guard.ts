import type { guard as zh } from "../zh-CN/guard";

export const guard: typeof zh = {
  title: "绩效自评报告助手 cannot run in this version of Office",
  oldWebview:
    "This Office shows add-ins with an old browser engine (Internet Explorer or legacy Edge), which cannot do the exact money arithmetic this add-in needs.",
  oldBrowser:
    "This browser (or its engine) is too old: it lacks what exact money arithmetic needs (BigInt).",
  whatToDo: "What you can do:",
  installWebView2:
    "Retail Office 2016 / 2019: install the free Microsoft Edge WebView2 runtime, then restart Excel.",
  webView2Link: "https://developer.microsoft.com/microsoft-edge/webview2/",
  upgradeOffice:
    "Volume-licensed Office 2016 / 2019 always uses the old engine: upgrade to Office 2021 or Microsoft 365.",
  updateBrowser:
    "Update the system and browser (Safari 14 or later, or a current Edge, Chrome or Firefox).",
  useWebPage:
    "Open the web page in a current Edge, Chrome or Firefox and choose the workbook there:",
};

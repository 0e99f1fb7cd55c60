/**
 * What the pane says in a webview that cannot run it (src/guard/): Internet Explorer (Trident) or legacy
 * Edge (EdgeHTML), as volume-licensed Office 2016/2019 and retail copies without the WebView2 runtime use,
 * or a browser too old for exact money (no BigInt). Plain strings: the guard is ES5 and formats nothing.
 */
export const guard = {
  title: "绩效自评报告助手无法在此版本的 Office 中运行",
  oldWebview:
    "此 Office 用旧式浏览器内核（Internet Explorer 或旧版 Edge）显示加载项，本加载项需要的精确金额计算在其中无法进行。",
  oldBrowser: "此浏览器（或其内核）版本过旧，缺少本工具精确计算金额所需的功能（BigInt）。",
  whatToDo: "可以这样做：",
  installWebView2:
    "零售版 Office 2016 / 2019：安装免费的 Microsoft Edge WebView2 运行时，然后重新启动 Excel。",
  webView2Link: "https://developer.microsoft.com/microsoft-edge/webview2/",
  upgradeOffice:
    "批量许可版 Office 2016 / 2019 只能使用旧内核：请升级到 Office 2021 或 Microsoft 365。",
  updateBrowser: "更新系统和浏览器（Safari 14 及以上，或最新版的 Edge、Chrome、Firefox）。",
  useWebPage: "在最新版的 Edge、Chrome 或 Firefox 中打开网页版，选择工作簿即可使用全部功能：",
};

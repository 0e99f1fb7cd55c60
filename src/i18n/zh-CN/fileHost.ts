/** What a file that is not a zip turned out to be (src/hosts/file/zipGuard.ts sniffs it). */
export type NotZipKind = "html" | "xml2003" | "pdf" | "text" | "unknown";

/** Messages of the file host: why a file cannot be read as an .xlsx workbook. One sentence each. */
export const fileHost = {
  noFile: (name: string) => `找不到文件“${name}”，请检查路径。`,
  unreadable: (name: string) => `无法读取文件“${name}”，请检查文件权限。`,
  empty: (name: string) => `文件“${name}”是空的（0 字节），不是 .xlsx 工作簿。`,
  oldXls: (name: string) =>
    `文件“${name}”是旧版 .xls 格式（Excel 97-2003），请在 Excel 或 WPS 中“另存为” .xlsx 后再试。`,
  encrypted: (name: string) =>
    `文件“${name}”设置了打开密码（已加密），请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试。`,
  notZip: (name: string, kind: NotZipKind) =>
    ({
      html: `文件“${name}”是网页（HTML）格式的表格（一些系统导出的“Excel”文件就是这种格式），不是 .xlsx 工作簿，请在 Excel 或 WPS 中打开并另存为 .xlsx。`,
      xml2003: `文件“${name}”是 Excel 2003 XML 表格，不是 .xlsx 工作簿，请在 Excel 或 WPS 中打开并另存为 .xlsx。`,
      pdf: `文件“${name}”是 PDF 文件，不是 .xlsx 工作簿，请从财务软件导出 Excel（.xlsx）格式的报表。`,
      text: `文件“${name}”是文本文件（如 CSV），不是 .xlsx 工作簿，请在 Excel 或 WPS 中打开并另存为 .xlsx。`,
      unknown: `文件“${name}”不是 .xlsx 工作簿（文件格式无法识别）。`,
    })[kind],
  reportType: (name: string) =>
    `文件“${name}”不是可核对的报告：请给出 .docx（Word）、.txt 或 .md 文件（.doc 请先在 Word 或 WPS 中另存为 .docx）。`,
  notDocx: (name: string) =>
    `文件“${name}”不是有效的 .docx 文件（压缩包中没有 word/document.xml）。`,
  emptyReport: (name: string) => `文件“${name}”中没有文字，无可核对。`,
  notWorkbook: (name: string) =>
    `文件“${name}”是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml），可能是 .docx 或其他文件改了扩展名。`,
  corrupt: (name: string) =>
    `文件“${name}”已损坏或不完整（压缩结构无法读取），请重新导出或重新下载。`,
  contentCorrupt: (name: string) =>
    `文件“${name}”已损坏：压缩包完好，但其中的工作表内容无法解析。请在 Excel 或 WPS 中打开检查并另存为 .xlsx，或重新导出。`,
  tooLarge: (name: string, limitMb: number) =>
    `文件“${name}”解压后超过 ${limitMb} MB，已拒绝读取（可能是异常或恶意文件）。`,
  tooManyCells: (name: string, cells: number, limit: number) =>
    `文件“${name}”约有 ${cells} 个单元格，超过上限 ${limit} 个，请删除多余的行（如整列填充的空白格式）后再试。`,
  tooManyRows: (name: string, rows: number, limit: number) =>
    `文件“${name}”有 ${rows} 行，超过上限 ${limit} 行，请删除多余的行后再试。`,
};

/** Messages about reading the workbook (file-level problems). */
export const recognition = {
  emptyWorkbook: "工作簿是空的，没有任何数据。",
  noTable:
    "没有找到可识别的基础数据表：需要有“项目”列和“本年决算数/上年决算数”等金额列。请检查表头，或在“数据”页手动指定。",
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<
    "error" | "warning" | "info",
    string
  >,
};

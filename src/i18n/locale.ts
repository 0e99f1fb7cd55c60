/** The languages the product speaks: zh-CN (the default) and en-US. The words own this; the core uses it. */
export type Locale = "zh-CN" | "en-US";

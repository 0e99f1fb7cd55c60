import type { findings as zh } from "../zh-CN/findings";

export const findings: typeof zh = {};

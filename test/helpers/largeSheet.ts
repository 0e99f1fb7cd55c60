/**
 * A generated 基础数据表 of any size: 一般公共预算支出 ⊃ 基本支出 ⊃ 人员经费/公用经费 ⊃ economic codes, and
 * 项目支出 ⊃ N projects, all consistent in fen, both years and a budget. Used by the performance test and
 * the bench; consistent so the checks do their full work without flooding findings. As in a real sheet,
 * the totals are formulas with cached values (=SUM over the projects, =C5+C13 for 一般公共预算支出), so
 * FORMULA-RANGE reads them too.
 */
import type { Cell, Grid } from "../../src/core/grid";

/** Figure columns of the sheet: 2022 决算 (C), 2023 预算 (D), 2023 决算 (E). */
const FIGURE_LETTERS = ["C", "D", "E"];

export function largeDataSheet(projectRows: number): Grid {
  const rows: (Cell | undefined)[][] = [];
  const push = (...values: (string | number | null)[]): void => {
    rows.push(values.map((value) => (value === null ? undefined : { value })));
  };
  /** Gives the last row's figures a formula: `total(letter)` → "=SUM(C8:C9)", "=C5+C13", … */
  const totalled = (formula: (letter: string) => string): void => {
    const row = rows[rows.length - 1];
    FIGURE_LETTERS.forEach((letter, k) => {
      const cell = row[2 + k];
      if (cell) cell.formula = `=${formula(letter)}`;
    });
  };
  push("2023年度部门整体支出绩效评价基础数据表");
  push("单位名称：性能测试单位", null, null, null, "单位：元");
  push("项目", "科目编码", "2022年决算数", "2023年预算数", "2023年决算数", "变动原因");
  const projects: [number, number][] = [];
  let priorProjects = 0;
  let currentProjects = 0;
  for (let i = 0; i < projectRows; i++) {
    const prior = 1000 + ((i * 7919) % 100000);
    const current = prior + ((i * 104729) % 2001) - 1000;
    projects.push([prior, current]);
    priorProjects += prior;
    currentProjects += current;
  }
  const wages = [1601800, 2223400 - 1601800];
  // Sheet rows (1-based): 一般公共预算 4, 基本 5, 人员 6, 301 7, 30101 8, 30199 9, 303 10, 公用 11,
  // 302 12, 项目 13, projects from 14.
  const lastProject = 13 + projectRows;
  push(
    "一、一般公共预算支出",
    null,
    2652132 + priorProjects,
    2760000 + currentProjects,
    2757600 + currentProjects
  );
  totalled((c) => `${c}5+${c}13`);
  push(" （一）基本支出", null, 2652132, 2760000, 2757600);
  totalled((c) => `${c}6+${c}11`);
  push("   1.人员经费", null, 2423400, 2515000, 2512088);
  totalled((c) => `${c}7+${c}10`);
  push("     工资福利支出", "301", 2223400, 2305000, 2302088);
  totalled((c) => `SUM(${c}8:${c}9)`);
  push("       基本工资", "30101", wages[0], 1600000, 1600888);
  push("       其他工资福利支出", "30199", wages[1], 705000, 701200);
  push("     对个人和家庭的补助", "303", 200000, 210000, 210000);
  push("   2.公用经费", null, 228732, 245000, 245512);
  totalled((c) => `${c}12`);
  push("     商品和服务支出", "302", 228732, 245000, 245512);
  push(" （二）项目支出", null, priorProjects, currentProjects, currentProjects);
  if (projectRows > 0) totalled((c) => `SUM(${c}14:${c}${lastProject})`);
  projects.forEach(([prior, current], i) =>
    push(`     专项业务经费${i + 1}`, null, prior, current, current, "业务量变化")
  );
  return { sheet: "基础数据表", rows };
}

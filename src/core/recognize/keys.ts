/**
 * Stable keys (docs/design.md §2) from labels and codes. A row with a classification code is known by its code;
 * the rows every report needs are known by their wording, in the forms accountants write them.
 */
import type { Line, StableKey } from "../book";
import { normalizeLabel } from "../text";

/** Economic codes whose rows carry a stable key (the social-insurance contributions of §五). */
export const KEY_BY_CODE: Readonly<Record<string, StableKey>> = {
  "30108": "pension",
  "30109": "annuity",
  "30110": "medical",
  "30112": "otherSocial",
};

/** Label patterns, tested against normalizeLabel(label) (half-width, no spaces or quotes). */
const KEY_PATTERNS: { key: StableKey; pattern: RegExp }[] = [
  { key: "generalBudget", pattern: /^一般公共预算(财政拨款)?支出(合计|决算)?$/ },
  { key: "basic", pattern: /^(一般公共预算)?基本支出(合计)?$/ },
  { key: "personnel", pattern: /^人员经费(支出)?(合计)?$/ },
  { key: "publicOperating", pattern: /^(日常)?公用经费(支出)?(合计)?$/ },
  { key: "project", pattern: /^(一般公共预算)?项目支出(合计)?$/ },
  { key: "govFund", pattern: /^政府性基金(预算)?(财政拨款)?支出(合计)?$/ },
  { key: "stateCapital", pattern: /^国有资本经营(预算)?(财政拨款)?支出(合计)?$/ },
  { key: "threePublic", pattern: /^(财政拨款)?三公经费(支出)?(合计)?$/ },
  {
    key: "abroad",
    pattern:
      /^因公出国\(境\)(费|费用|经费)$|^因公出国(境)?(费|费用|经费)$|^出国(境)?(经费|费用|费)$/,
  },
  // The Hunan form's own words too: 公务用车购置和维护经费, 公车购置, 公车运行维护, 出国经费, 公务接待.
  { key: "vehicle", pattern: /^公务用车购置(及|和)(运行)?(维护)?(经费|费|费用)(小计)?$/ },
  { key: "vehiclePurchase", pattern: /^公务用车购置(费|费用)?$|^公车购置(费|经费)?$/ },
  {
    key: "vehicleOperation",
    pattern: /^公务用车运行(维护)?(费|费用)$|^公车运行(维护)?(费|经费)?$/,
  },
  { key: "reception", pattern: /^公务接待(费|费用|经费)?$/ },
  { key: "staffAuthorized", pattern: /^(核定)?编制(数|人数)?(\(人\))?$/ },
  {
    key: "staffActual",
    pattern:
      /^((19|20)\d{2}年)?(年末)?(实际)?(实有|在职|在编)(人员)?(人数|人员)(\(人\))?$|^年末在职(实有)?人数$/,
  },
  { key: "pension", pattern: /^机关事业单位基本养老保险(缴费)?(支出)?$/ },
  { key: "annuity", pattern: /^(机关事业单位)?职业年金(缴费)?(支出)?$/ },
  { key: "medical", pattern: /^(职工)?基本医疗保险(缴费)?(支出)?$/ },
  { key: "otherSocial", pattern: /^其他社会保障(缴费)?(支出)?$/ },
];

/** The family of rows that belong inside the "三公" block and only there. */
const THREE_PUBLIC_PARTS: ReadonlySet<StableKey> = new Set<StableKey>([
  "abroad",
  "vehicle",
  "vehiclePurchase",
  "vehicleOperation",
  "reception",
]);

/** Social-insurance keys that a label (without a code) may claim only inside 基本支出. */
const SOCIAL_KEYS: ReadonlySet<StableKey> = new Set<StableKey>([
  "pension",
  "annuity",
  "medical",
  "otherSocial",
]);

/** All the patterns in one: most rows (projects, 30xxx items) match none, and one test says so. */
const ANY_KEY_PATTERN = new RegExp(
  KEY_PATTERNS.map(({ pattern }) => `(?:${pattern.source})`).join("|")
);

export function keyFromLabel(label: string): StableKey | undefined {
  const normalized = normalizeLabel(label);
  if (!ANY_KEY_PATTERN.test(normalized)) return undefined;
  for (const { key, pattern } of KEY_PATTERNS) if (pattern.test(normalized)) return key;
  return undefined;
}

/**
 * Where each stable key belongs, when the sheet's layout leaves it unclear (flat labels, 其中 rows without
 * indentation): the parent key, and whether the row is a partial (其中) breakdown of it.
 */
export const CANONICAL_PARENT: Partial<
  Record<StableKey, { parent: StableKey; ofWhich?: boolean }>
> = {
  basic: { parent: "generalBudget" },
  project: { parent: "generalBudget" },
  personnel: { parent: "basic" },
  publicOperating: { parent: "basic" },
  abroad: { parent: "threePublic" },
  vehicle: { parent: "threePublic" },
  reception: { parent: "threePublic" },
  vehiclePurchase: { parent: "vehicle", ofWhich: true },
  vehicleOperation: { parent: "vehicle", ofWhich: true },
};

/** 人员经费 = 301 + 303; 公用经费 = 302 + 310 (docs/domain.md §3.3). */
export const ECONOMIC_CLASS_PARENT: Readonly<Record<string, StableKey>> = {
  "301": "personnel",
  "303": "personnel",
  "302": "publicOperating",
  "310": "publicOperating",
};

/** Labels of rows that hold head counts, not money. */
export function isCountLabel(label: string): boolean {
  // Every head-count label names 人 or 编制; the rest (nearly every row) need no normalising.
  if (!label.includes("人") && !label.includes("编制")) return false;
  const normalized = normalizeLabel(label);
  return /人数|编制数|^编制$|\(人\)|人员情况|^(在职|退休|离休)人员$/.test(normalized);
}

/** Stable keys where the label or code says so and the row sits where such a row belongs; code:/row: keys otherwise. */
export function assignKeys(lines: Line[]): Map<string, Line> {
  const candidates = lines.map((line) =>
    line.code ? KEY_BY_CODE[line.code] : line.total ? undefined : keyFromLabel(line.label)
  );
  const hasThreePublic = candidates.includes("threePublic");
  const byKey = new Map<string, Line>();
  // The next free "#n" of each repeated key: counting from #2 each time would make a sheet of 10 000
  // rows all named "其他" (or all coded 2012901) quadratic.
  const nextSuffix = new Map<string, number>();
  const unique = (key: string, line: Line): string => {
    let k = key;
    if (byKey.has(k)) {
      let i = nextSuffix.get(key) ?? 2;
      while (byKey.has((k = `${key}#${i}`))) i++;
      nextSuffix.set(key, i + 1);
    }
    byKey.set(k, line);
    return k;
  };
  // What lies above each line, as bits, from its parent's: layout parents are earlier rows, so a parent's
  // key is final before its children are keyed (no walk up the tree per line: a deep sheet stays linear).
  const UNDER_THREE_PUBLIC = 1;
  const UNDER_BASIC = 2;
  const above = new Uint8Array(lines.length);
  const bitsOf = (key: string): number =>
    (key === "threePublic" ? UNDER_THREE_PUBLIC : 0) |
    (key === "basic" || key === "personnel" || key === "publicOperating" || key.startsWith("code:3")
      ? UNDER_BASIC
      : 0);
  lines.forEach((line, i) => {
    if (line.parent !== undefined) above[i] = above[line.parent] | bitsOf(lines[line.parent].key);
    let key: StableKey | undefined = candidates[i];
    if (key && !line.code) {
      const inThreePublic = (above[i] & UNDER_THREE_PUBLIC) !== 0;
      if (THREE_PUBLIC_PARTS.has(key)) {
        const inBasic = (above[i] & UNDER_BASIC) !== 0;
        if (!inThreePublic && (hasThreePublic || inBasic)) key = undefined;
      } else if (SOCIAL_KEYS.has(key) && inThreePublic) {
        key = undefined;
      }
    }
    if (key && byKey.has(key)) key = undefined;
    line.key = unique(
      key ?? (line.code ? `code:${line.code}` : `row:${line.label || `第${line.row + 1}行`}`),
      line
    );
  });
  return byKey;
}

/** Every audit rule, in the order their findings are listed. */
import type { AuditRule } from "../types";
import { auditBlank } from "./auditBlank";
import { auditDirection } from "./auditDirection";
import { auditPct } from "./auditPct";
import { auditRounding } from "./auditRounding";
import { auditShare } from "./auditShare";
import { auditSum } from "./auditSum";
import { auditTotals } from "./auditTotals";
import { auditWorkbook } from "./auditWorkbook";

export const AUDIT_RULES: readonly AuditRule[] = [
  auditPct,
  auditDirection,
  auditSum,
  auditShare,
  auditTotals,
  auditBlank,
  auditRounding,
  auditWorkbook,
];

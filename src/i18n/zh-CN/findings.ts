/** Finding messages, one entry per rule (filled by the checks). */
export const findings = {} as Record<string, never>;

/**
 * Version of the rule set and parameters. Bump it in the same commit that changes a rule, a parameter value,
 * the holiday data or a message: stored decisions record it, so a re-run can be compared (docs/rules-authoring.md).
 * Format: <law-data date>.<revision>.
 */
export const RULESET_VERSION = '2026.11.29-1';

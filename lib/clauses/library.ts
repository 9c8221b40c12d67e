import { CHECKS } from '../checks/registry';
import type { ModelClause } from '../checks/types';

/** Version of the built-in clause set; bump when any built-in wording changes so stores can offer the update. */
export const BUILT_IN_LIBRARY_VERSION = 1;

/** Every built-in model clause, in registry order. */
export const BUILT_IN_CLAUSES: readonly ModelClause[] = CHECKS.flatMap((c) => c.clauses);

export function builtInClause(id: string): ModelClause | undefined {
  return BUILT_IN_CLAUSES.find((c) => c.id === id);
}

export const OUTFILE: string;
export function isStale(): boolean;
export function buildCli(): Promise<string>;
export function ensureFresh(): Promise<boolean>;

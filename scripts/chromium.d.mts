export function findChromium(): string | null;
export function requireChromium(): string;
export const CHROMIUM_ARGS: string[];
export function quietWindowSwitch(): Promise<string>;

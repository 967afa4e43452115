export function findChromium(): string | null;
export const CHROMIUM_ARGS: string[];
export function quietWindowSwitch(): Promise<string>;

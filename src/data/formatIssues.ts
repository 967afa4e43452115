import type { z } from 'zod';
import { firstChars } from '../lib/firstChars';

/** `sales[3].units` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    // Own keys only: a path into a missing "constructor" is nothing, not Object's constructor.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  // A list of more than a few is told by its length, not by the first characters of its first record (nor
  // written out whole first: a refused file may hold 20,000 of them).
  if (Array.isArray(value) && value.length > 3) return `${value.length} items`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${firstChars(text, 57)}…` : text;
}

/** One readable line per issue: `sales[3].units: expected number, got "abc"`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown, max = 8): string[] {
  const lines = issues.slice(0, max).map((issue) => {
    const where = formatPath(issue.path) || '(file)';
    const message = issue.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, '');
    // Custom (cross-reference) messages already quote the value.
    const got = issue.code === 'custom' ? '' : `, got ${describeValue(valueAt(input, issue.path))}`;
    return `${where}: ${message}${got}`;
  });
  if (issues.length > max) lines.push(`…and ${issues.length - max} more problems`);
  return lines;
}

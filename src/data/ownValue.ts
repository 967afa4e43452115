/**
 * `record[key]` if the record itself has that key, else undefined. Data ids are looked up with this (or in
 * Maps): an id such as "constructor" or "toString" would otherwise find Object.prototype's member.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

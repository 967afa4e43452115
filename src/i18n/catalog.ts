import type { Locale } from './locales';

/** One area's messages in every language: ICU MessageFormat strings keyed "<area>.<name>". */
export type AreaCatalog<K extends string> = { readonly [L in Locale]: Readonly<Record<K, string>> };

/**
 * Declares one area's catalog. English names the keys; a translation missing one, or adding one, fails the
 * typecheck (and the catalog test, which also checks ICU syntax and arguments).
 */
export function defineArea<const K extends string>(catalog: { en: Record<K, string>; fr: Record<NoInfer<K>, string>; ja: Record<NoInfer<K>, string> }): AreaCatalog<K> {
  return catalog;
}

/**
 * One area's messages in a language other than English: every key of the English file `T` (the area's
 * `en.ts`, which names the keys), no other — a missing key, or an extra one in the object literal, fails the
 * typecheck. The catalog test checks ICU syntax and arguments.
 */
export type Translation<T> = { readonly [K in keyof T]: string };

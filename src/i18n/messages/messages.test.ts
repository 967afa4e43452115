import { LOCALES } from '../locales';
import { catalogProblems } from '../catalogCheck';
import { SAME_AS_ENGLISH } from '../sameAsEnglish';
import type { Locale } from '../locales';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAreas, messagesFor as loaded, type MessageId } from '.';
import { EN_AREAS } from './en';
import { EN_LATER_AREAS } from './enLater';

// Tests and the dev server read the catalogs as written; only a production build turns them into syntax trees.
// English whole: the first script's areas and those that travel with their code (EnglishLater).
const messagesFor = (locale: Locale) =>
  (locale === 'en' ? Object.assign({}, loaded('en'), ...Object.values(EN_LATER_AREAS)) : loaded(locale)) as Readonly<Record<MessageId, string>>;

/** Every source file of the page (tests aside), as [path, text]. */
function sourceFiles(dir = 'src'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}

/**
 * Texts a translation may leave as the English has them: proper names and file formats. Anything else the same
 * in French or Japanese as in English is an untranslated string.
 */
const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['Alliance Atlas', 'PNG', 'SVG', 'CSV']);

/** True when the message, arguments and proper names aside, has no Latin letter: "{from}–{to}", "{chart} — Alliance Atlas". */
function hasNoWords(message: string): boolean {
  const rest = [...SAME_IN_EVERY_LANGUAGE].reduce((text, name) => text.split(name).join(''), message.replace(/\{[^{}]*\}/g, ''));
  return !/[A-Za-z]/.test(rest);
}

describe('message catalogs', () => {
  it.each(LOCALES)('prefix every key with its area in %s, so two areas never define one key', async (locale) => {
    const areas = Object.entries(await loadAreas(locale));
    expect(areas.length).toBe(18);
    for (const [area, catalog] of areas) {
      expect(Object.keys(catalog).filter((key) => !key.startsWith(`${area}.`)), `${area} ${locale}`).toEqual([]);
    }
  });
  it('leave the areas that travel with their code out of the first English catalog', () => {
    // The first script's areas as written, not the page's catalog: a test file run before this one in the same
    // worker (this project shares modules) may have loaded code that added its area to that (addEnglish).
    const first: Record<string, string> = Object.assign({}, ...Object.values(EN_AREAS));
    for (const catalog of Object.values(EN_LATER_AREAS)) expect(Object.keys(catalog).filter((key) => Object.hasOwn(first, key))).toEqual([]);
  });
  it('have every file that words a message of a later area add that area, or import a file that does', () => {
    const files = sourceFiles().filter(([path]) => !path.includes('i18n/messages'));
    for (const area of Object.keys(EN_LATER_AREAS)) {
      const adds = files.filter(([, text]) => text.includes(`addEnglish({ ${area}: `)).map(([path]) => path.replace(/^.*\//, '').replace(/\.tsx?$/, ''));
      expect(adds.length, area).toBeGreaterThan(0);
      const users = files.filter(([, text]) => new RegExp(`id: '${area}\\.|id="${area}\\.`).test(text));
      // Some areas are worded by their adder alone (the Share panel, a tooltip); every area is worded somewhere.
      expect(users.length, area).toBeGreaterThan(0);
      // A file that adds the area, imported from this folder or another ('./dialogWords', '../data/provenance').
      const importsAdder = (text: string) => adds.some((name) => text.includes(`/${name}'`));
      const unadded = users.filter(([, text]) => !text.includes(`addEnglish({ ${area}: `) && !importsAdder(text));
      expect(unadded.map(([path]) => path), area).toEqual([]);
    }
  });
  it('parse as ICU in English', () => {
    expect(catalogProblems(messagesFor('en'), messagesFor('en'))).toEqual([]);
  });
  it.each(['fr', 'ja'] as const)('hold every English key in %s, valid ICU, with the same arguments', (locale) => {
    expect(catalogProblems(messagesFor('en'), messagesFor(locale))).toEqual([]);
  });
  it.each(['fr', 'ja'] as const)('leave no English text untranslated in %s', (locale) => {
    const en = messagesFor('en');
    const other = messagesFor(locale);
    const shared = SAME_AS_ENGLISH.get(locale)!;
    const same = Object.entries(en).filter(([key, text]) => other[key as MessageId] === text && !hasNoWords(text) && !shared.has(key as MessageId));
    expect(same.map(([key]) => key)).toEqual([]);
  });
  it('keep French punctuation off the start of a line (a no-break space before : ; ! ? » and after «)', () => {
    const fr = messagesFor('fr');
    expect(Object.keys(fr).filter((key) => / [:;!?»]|« /.test(fr[key as keyof typeof fr]))).toEqual([]);
  });
  it('finds an untranslated string', () => {
    expect([hasNoWords('{from}–{to}'), hasNoWords('Show {count} sources'), hasNoWords('出資比率 {percent}'), hasNoWords('{chart} — Alliance Atlas')]).toEqual([true, false, true, true]);
  });
});

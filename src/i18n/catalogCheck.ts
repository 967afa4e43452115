import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The argument names a message uses, with their ICU type ("count:plural", "year:number", "name:argument"). */
export function messageArguments(message: string): Set<string> {
  const names = new Set<string>();
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        names.add(`${element.value}:tag`);
        visit(element.children);
        continue;
      }
      names.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parse(message));
  return names;
}

/** What is wrong with a translation against the base catalog: missing or extra keys, bad ICU, other arguments. */
export function catalogProblems(base: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(base)) {
    if (!Object.hasOwn(other, key)) {
      problems.push(`missing "${key}"`);
      continue;
    }
    const translation = other[key]!;
    if (translation.trim() === '') {
      problems.push(`empty "${key}"`);
      continue;
    }
    let wanted: Set<string>;
    let found: Set<string>;
    try {
      wanted = messageArguments(base[key]!);
      found = messageArguments(translation);
    } catch (error) {
      problems.push(`invalid ICU in "${key}": ${(error as Error).message}`);
      continue;
    }
    const differ = [...wanted].filter((a) => !found.has(a)).concat([...found].filter((a) => !wanted.has(a)));
    if (differ.length > 0) problems.push(`"${key}" arguments differ: ${differ.sort().join(', ')}`);
  }
  for (const key of Object.keys(other)) if (!Object.hasOwn(base, key)) problems.push(`extra "${key}"`);
  return problems;
}

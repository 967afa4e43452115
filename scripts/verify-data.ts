/**
 * data:verify — checks that every record in the dataset traces back to its source text.
 *
 *   npx tsx scripts/verify-data.ts --sources ../shared/seeds [--data public/data/alliance.json]
 *
 * Exit codes: 0 no problems; 1 schema or provenance problems (one line each); 2 bad usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatIssues } from '../src/data/formatIssues.ts';
import { Dataset } from '../src/data/schema.ts';
import { countRecords, verifyDataset } from '../src/data/verify.ts';

const USAGE = 'usage: tsx scripts/verify-data.ts --sources DIR [--data FILE]';

/** The value after `--name` (or in `--name=value`), if given. */
function option(args: string[], name: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Bad invocation: one clear line, exit 2 (distinct from "data has problems"). */
function usageError(message: string): never {
  console.error(`data:verify: ${message}\n${USAGE}`);
  process.exit(2);
}

/** Reads each source file the dataset names; a missing file is left out and reported by verifyDataset. */
function readDocuments(dataset: Dataset, dir: string): Record<string, string> {
  // fromEntries defines own keys, so a file named "__proto__" is a document, not the object's prototype.
  return Object.fromEntries(
    dataset.sources.flatMap(({ file }) => {
      const full = path.join(dir, file);
      return existsSync(full) ? [[file, readFileSync(full, 'utf8')]] : [];
    }),
  );
}

/** Parses the JSON and the schema; prints path-naming issues and exits 1 on failure. */
function loadDataset(dataFile: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(dataFile, 'utf8'));
  } catch (error) {
    console.error(`data:verify: ${dataFile} is not valid JSON: ${(error as Error).message}`);
    process.exit(1);
  }
  const parsed = Dataset.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const line of formatIssues(parsed.error.issues, raw, Infinity)) console.error(line);
  console.error(`data:verify: ${dataFile} does not match the schema (${parsed.error.issues.length} issues)`);
  process.exit(1);
}

function main(args: string[]): void {
  const sources = option(args, 'sources');
  if (!sources) usageError('--sources DIR is required (the folder holding the source documents)');
  if (!existsSync(sources) || !statSync(sources).isDirectory()) usageError(`--sources ${sources} is not a directory`);
  const dataFile = option(args, 'data') ?? 'public/data/alliance.json';
  if (!existsSync(dataFile)) usageError(`--data ${dataFile} does not exist`);

  const dataset = loadDataset(dataFile);
  const problems = verifyDataset(dataset, readDocuments(dataset, sources));
  for (const problem of problems) console.error(problem.message);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  console.log(`data:verify: ${countRecords(dataset)} records, ${problems.length} ${noun} (sources: ${sources})`);
  process.exit(problems.length > 0 ? 1 : 0);
}

main(process.argv.slice(2));

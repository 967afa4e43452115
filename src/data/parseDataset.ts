import { formatIssues } from './formatIssues';
import { DatasetError } from './loadDataset';
import { Dataset } from './schema';

/** Parses and validates an already-fetched body; exported for tests and tooling. */
export function parseDataset(body: unknown): Dataset {
  const result = Dataset.safeParse(body);
  if (!result.success) {
    throw new DatasetError('errors.data.invalid', formatIssues(result.error.issues, body));
  }
  return result.data;
}

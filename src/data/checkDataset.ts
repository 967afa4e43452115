import isDatasetShape from 'virtual:dataset-shape';
import { crossRecordIssues } from './crossChecks';
import type { Dataset } from './schema';

/**
 * `body` as the dataset if it keeps every rule of schema.ts, checked by the code the build compiled from
 * the schema and the checks across records; null if it breaks one, and then zod (parseDataset) says which.
 * Keys the schema does not know are removed from `body` itself (zod would return a copy without them).
 */
export function checkedDataset(body: unknown): Dataset | null {
  return isDatasetShape(body) && crossRecordIssues(body as Dataset).length === 0 ? (body as Dataset) : null;
}

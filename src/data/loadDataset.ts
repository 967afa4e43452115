import { Dataset } from './schema';
import { formatIssues } from './formatIssues';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/alliance.json`;

/** A load or validation failure, with the lines a person needs to see. */
export class DatasetError extends Error {
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.details = details;
  }
}

function isTimeout(signal?: AbortSignal): boolean {
  return signal?.reason instanceof DOMException && signal.reason.name === 'TimeoutError';
}

/** Parses and validates an already-fetched body; exported for tests and tooling. */
export function parseDataset(body: unknown): Dataset {
  const result = Dataset.safeParse(body);
  if (!result.success) {
    throw new DatasetError('The dataset file is not valid.', formatIssues(result.error.issues, body));
  }
  return result.data;
}

/** Fetches the dataset and validates it; every failure becomes a DatasetError. */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  // The time limit covers the body too, so an abort while reading it is reported as what it is.
  const aborted = (cause: unknown) => {
    if (isTimeout(signal)) return new DatasetError('The dataset took too long to download. Retry in a moment.', [url]);
    return signal?.aborted ? cause : null;
  };
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    throw aborted(cause) ?? new DatasetError('The dataset could not be downloaded. Check your connection and retry.', [String(cause)]);
  }
  if (!response.ok) {
    throw new DatasetError(`The dataset could not be downloaded (HTTP ${response.status}).`, [url]);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw aborted(cause) ?? new DatasetError('The dataset file is not valid JSON.', [url]);
  }
  return parseDataset(body);
}

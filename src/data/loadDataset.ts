import { intlFor } from '../i18n/intl';
import type { MessageId } from '../i18n/messages';
import { Dataset } from './schema';
import { formatIssues } from './formatIssues';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/alliance.json`;

/**
 * A load or validation failure, with the lines a person needs to see. The sentence is a message of the errors
 * catalog: `message` is its English (for logs), the page words `messageId` in the reader's language.
 */
export class DatasetError extends Error {
  readonly details: string[];
  readonly messageId: MessageId;
  readonly values: Readonly<Record<string, string | number>>;
  constructor(messageId: MessageId, details: string[] = [], values: Readonly<Record<string, string | number>> = {}) {
    super(intlFor('en').formatMessage({ id: messageId }, values));
    this.name = 'DatasetError';
    this.details = details;
    this.messageId = messageId;
    this.values = values;
  }
}

function isTimeout(signal?: AbortSignal): boolean {
  return signal?.reason instanceof DOMException && signal.reason.name === 'TimeoutError';
}

/** Parses and validates an already-fetched body; exported for tests and tooling. */
export function parseDataset(body: unknown): Dataset {
  const result = Dataset.safeParse(body);
  if (!result.success) {
    throw new DatasetError('errors.data.invalid', formatIssues(result.error.issues, body));
  }
  return result.data;
}

/** Fetches the dataset and validates it; every failure becomes a DatasetError. */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  // The time limit covers the body too, so an abort while reading it is reported as what it is.
  const aborted = (cause: unknown) => {
    if (isTimeout(signal)) return new DatasetError('errors.data.timeout', [url]);
    return signal?.aborted ? cause : null;
  };
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    throw aborted(cause) ?? new DatasetError('errors.data.network', [String(cause)]);
  }
  if (!response.ok) {
    throw new DatasetError('errors.data.http', [url], { status: response.status });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw aborted(cause) ?? new DatasetError('errors.data.json', [url]);
  }
  return parseDataset(body);
}

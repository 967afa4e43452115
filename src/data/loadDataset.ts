import { intlFor } from '../i18n/intl';
import type { MessageId } from '../i18n/messages';
import { fileDigest } from './fileDigest';
import type { Dataset } from './schema';
import { reimportable } from '../lib/reimportable';

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

/** A chunk of the validator's code: one that cannot be downloaded is a network failure like the file's own, with Retry. */
async function codeChunk<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (cause) {
    throw new DatasetError('errors.data.network', [String(cause)]);
  }
}

/** Datasets that are byte for byte the file the build validated and pre-rendered (see loadDataset). */
const shippedDatasets = new WeakSet<Dataset>();

/** Whether `dataset` is the file the build validated and pre-rendered: a page drawn from it can be hydrated. */
export function isShippedDataset(dataset: Dataset): boolean {
  return shippedDatasets.has(dataset);
}

/**
 * Fetches the dataset and validates it, unless it is the file the build validated: `shipped` is that file's
 * digest, written into the page by the build (null: validate whatever comes). Every failure becomes a DatasetError.
 */
const checkDataset = reimportable(() => import('./checkDataset'));
const parseDataset = reimportable(() => import('./parseDataset'));

export async function loadDataset(url = DATASET_URL, signal?: AbortSignal, shipped: string | null = null): Promise<Dataset> {
  // The time limit covers the body too, so an abort while reading it is reported as what it is.
  const aborted = (cause: unknown) => {
    if (isTimeout(signal)) return new DatasetError('errors.data.timeout', [url]);
    return signal?.aborted ? cause : null;
  };
  // With no shipped digest every file is validated: the validator's chunk is fetched beside the file, not after
  // it (a round trip of 100–300 ms before the first chart at the 100× benchmark dataset). Not while offline,
  // where it would only fail beside the file (the Retry once online imports it afresh: reimportable).
  const validator = shipped === null && globalThis.navigator?.onLine !== false ? checkDataset() : null;
  validator?.catch(() => {});
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
  let text: string;
  try {
    text = await response.text();
    body = JSON.parse(text);
  } catch (cause) {
    throw aborted(cause) ?? new DatasetError('errors.data.json', [url]);
  }
  // The file the build validated (same SHA-256) is used as it is: the validator, a quarter of the page's
  // script, then loads only for a file changed since the build, which it checks before anything is drawn.
  if (shipped !== null && (await fileDigest(text)) === shipped) {
    const dataset = body as Dataset;
    shippedDatasets.add(dataset);
    return dataset;
  }
  // The schema compiled at build time checks the file; zod, a larger chunk and a slower check, loads only to
  // say what is wrong with a file that fails it.
  const { checkedDataset } = await codeChunk(validator ?? checkDataset());
  const dataset = checkedDataset(body);
  if (dataset !== null) return dataset;
  const parsing = await codeChunk(parseDataset());
  return parsing.parseDataset(body);
}

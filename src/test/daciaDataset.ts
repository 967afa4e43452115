import daciaJson from '../../tests/fixtures/dacia-2024.json';
import { Dataset } from '../data/schema';

/**
 * The test dataset that proves the data decides: the real file plus Dacia (a brand inside Renault), a
 * 2024 sales year, two new companies and a new key event. The browser tests serve the same file.
 */
export const daciaDataset = Dataset.parse(daciaJson);

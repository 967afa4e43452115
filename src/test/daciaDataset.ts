import realDataset from '../../public/data/alliance.json';
import additions from '../../tests/fixtures/dacia-additions.json';
import { Dataset } from '../data/schema';
import { withAdditions } from './daciaFixture';

/**
 * The test dataset that proves the data decides: the real file plus Dacia (a brand inside Renault), a
 * 2024 sales year, two new companies and a new key event. The browser tests serve the same merge.
 */
export const daciaDataset = Dataset.parse(withAdditions(realDataset, additions));

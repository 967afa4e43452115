import { dataset } from '../test/renderWithProviders';
import { datasetDigest } from './datasetDigest';

describe('datasetDigest', () => {
  it('is the same for the same data, whatever object holds it', () => {
    expect(datasetDigest(structuredClone(dataset))).toBe(datasetDigest(dataset));
    expect(datasetDigest(dataset)).toMatch(/^[0-9a-f]{8}-[0-9a-f]+$/);
  });

  it('changes when one figure changes', () => {
    const changed = structuredClone(dataset);
    changed.salesTotals[0]!.units += 1;
    expect(datasetDigest(changed)).not.toBe(datasetDigest(dataset));
  });
});

import { watchUntil } from './watchUntil';

/** Lets the MutationObserver's callbacks for the changes made so far run. */
const observed = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('watchUntil', () => {
  it('tests after each change under the container until the test holds, then stops watching and says so once', async () => {
    const container = document.createElement('div');
    const seen: number[] = [];
    const onStop = vi.fn();
    watchUntil(container, () => (seen.push(container.childElementCount), container.childElementCount === 2), onStop);
    expect(seen).toEqual([]);
    for (let i = 0; i < 4; i += 1) {
      container.append(document.createElement('p'));
      await observed();
    }
    expect([seen, onStop.mock.calls.length]).toEqual([[1, 2], 1]);
  });

  it('stops when told, sooner: no more tests, and onStop once however often it is told', async () => {
    const container = document.createElement('div');
    const test = vi.fn(() => false);
    const onStop = vi.fn();
    const stop = watchUntil(container, test, onStop);
    container.append(document.createElement('p'));
    await observed();
    stop();
    stop();
    container.append(document.createElement('p'));
    await observed();
    expect([test.mock.calls.length, onStop.mock.calls.length]).toEqual([1, 1]);
  });
});

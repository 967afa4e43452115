import { act, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldEdits, placedEdits, replayFieldEdits } from './earlyInput';
import { replayWhenDrawn } from './redrawnInput';

/** A year field and a select, controlled, each reporting what the app holds. */
function Fields() {
  const [year, setYear] = useState('1999');
  const [lang, setLang] = useState('en');
  return (
    <form>
      <input aria-label="From year" type="number" value={year} onChange={(event) => setYear(event.target.value)} />
      <select aria-label="Language" value={lang} onChange={(event) => setLang(event.target.value)}>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </select>
      <output>{`${year} ${lang}`}</output>
    </form>
  );
}

/** The server's HTML in a container, as the page's body holds it. */
function serverRendered(): HTMLElement {
  const container = document.createElement('div');
  container.append(...new DOMParser().parseFromString(renderToString(<Fields />), 'text/html').body.childNodes);
  return container;
}

/** The server's HTML, edited as a reader would before any script ran, then hydrated. */
async function hydrateEdited(edit: (container: HTMLElement) => void, editDuringHydration?: (container: HTMLElement) => void) {
  const container = serverRendered();
  document.body.append(container);
  edit(container);
  const before = fieldEdits(container);
  await act(async () => {
    hydrateRoot(container, <Fields />);
  });
  editDuringHydration?.(container);
  await act(async () => replayFieldEdits(container, before));
  return { container, before };
}

const input = (container: HTMLElement) => container.querySelector('input')!;
const select = (container: HTMLElement) => container.querySelector('select')!;

describe('fields edited before hydration', () => {
  it('finds the fields whose value is not the rendered one', () => {
    const container = serverRendered();
    expect(fieldEdits(container)).toEqual([]);
    input(container).value = '2014';
    select(container).value = 'fr';
    expect(fieldEdits(container).map(({ value }) => value)).toEqual(['2014', 'fr']);
  });

  it('applies a typed year and a picked option once hydrated', async () => {
    const { container, before } = await hydrateEdited((c) => {
      input(c).value = '2014';
      select(c).value = 'fr';
    });
    expect(before).toHaveLength(2);
    expect(container.querySelector('output')?.textContent).toBe('2014 fr');
    expect(input(container).value).toBe('2014');
    expect(select(container).value).toBe('fr');
  });

  it('takes what was typed during hydration over what was typed before it', async () => {
    const { container } = await hydrateEdited(
      (c) => void (input(c).value = '2014'),
      (c) => void Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input(c), '2016'),
    );
    expect(container.querySelector('output')?.textContent).toBe('2016 en');
  });

  it('changes nothing when nothing was edited', async () => {
    const { container, before } = await hydrateEdited(() => {});
    expect(before).toEqual([]);
    expect(container.querySelector('output')?.textContent).toBe('1999 en');
  });

  it('carries the edits over to fields drawn afresh, once as many are drawn as were edited in', async () => {
    const container = serverRendered();
    document.body.append(container);
    input(container).value = '2014';
    select(container).value = 'fr';
    const placed = placedEdits(container);
    expect(placed).toEqual({ count: 2, edits: [{ place: 0, value: '2014' }, { place: 1, value: 'fr' }] });
    // A client render replaces the pre-rendered page (its code comes after): first a page with only some of the fields.
    container.replaceChildren();
    container.append(document.createElement('select'));
    replayWhenDrawn(container, placed);
    await act(async () => createRoot(container).render(<Fields />));
    await act(async () => {});
    expect(container.querySelector('output')?.textContent).toBe('2014 fr');
    container.remove();
  });
});

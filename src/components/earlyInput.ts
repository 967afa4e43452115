/**
 * What a reader typed or picked in the pre-rendered page's fields before React hydrated it, applied once it has.
 * React hydrates a field without telling the app what the browser holds: a typed year stays in the box but
 * moves nothing, and the next render writes the old value back; a select is reset to the rendered option
 * during hydration itself. So the edits are read before hydration (and again after it, for typing meanwhile)
 * and replayed as the events a reader's own edit fires.
 */
export interface FieldEdit {
  field: HTMLInputElement | HTMLSelectElement;
  value: string;
}

/** The value the page was rendered with: the server's `value` attribute, or the option it marked selected. */
function renderedValue(field: HTMLInputElement | HTMLSelectElement): string {
  if (field instanceof HTMLInputElement) return field.defaultValue;
  return Array.from(field.options).find((option) => option.defaultSelected)?.value ?? field.options[0]?.value ?? '';
}

/** The text fields and selects under `container`, in document order. */
export const fieldsIn = (container: ParentNode) =>
  Array.from(container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type="checkbox"]):not([type="radio"]), select'));

/** The text fields and selects under `container` whose value is not the rendered one, in document order. */
export function fieldEdits(container: ParentNode): FieldEdit[] {
  return fieldsIn(container).map((field) => ({ field, value: field.value })).filter(({ field, value }) => value !== renderedValue(field));
}

/** Edits by their field's place among `count` fields: what outlives the fields, for a page drawn afresh. */
export interface PlacedEdits {
  count: number;
  edits: { place: number; value: string }[];
}

export function placedEdits(container: ParentNode): PlacedEdits {
  const fields = fieldsIn(container);
  return { count: fields.length, edits: fieldEdits(container).map(({ field, value }) => ({ place: fields.indexOf(field), value })) };
}


/**
 * Replays `before` (read before hydration), overridden by what the fields hold now, as input and change
 * events. React notices a text field's change by comparing its value with the last one it saw (a tracker
 * behind the element's own `value` setter), which hydration took from the typed text: the rendered value
 * goes in through that setter and the typed one through the prototype's, so the event reads as a change.
 */
export function replayFieldEdits(container: ParentNode, before: readonly FieldEdit[]) {
  const now = new Map(fieldEdits(container).map((edit) => [edit.field, edit.value]));
  const edits = new Map(before.map((edit) => [edit.field, edit.value]));
  for (const [field, value] of now) edits.set(field, value);
  for (const [field, value] of edits) {
    if (!field.isConnected) continue;
    if (field instanceof HTMLSelectElement) {
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      field.value = field.defaultValue;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

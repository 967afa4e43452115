/**
 * The styles of UI that comes on demand (the export dialog, the source panel, the table view, the Share menu's text field), in that UI's own
 * chunk rather than in the stylesheet every page load carries (~2.5 KiB gzip of it). React puts a <style> with
 * an href and a precedence in <head> as the UI first renders, once however many instances render it — ahead of
 * the page's own stylesheet, whose rules win a tie of specificity: these keep to selectors of their own
 * (.export-*, .source-panel*, .share-fallback, .table-scroll, .data-table).
 */
export function ChunkStyles({ name, css }: { name: string; css: string }) {
  return <style href={name} precedence="default">{css}</style>;
}

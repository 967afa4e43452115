/** The dataset schema compiled to plain JavaScript at build time (scripts/precompileValidator.ts). */
declare module 'virtual:dataset-shape' {
  /**
   * Whether `body` has the dataset's shape (schema.ts, without its checks across records). Removes the keys the
   * schema does not know, as zod leaves them out, but from `body` itself, where zod returns a copy.
   */
  const isDatasetShape: (body: unknown) => boolean;
  export default isDatasetShape;
}

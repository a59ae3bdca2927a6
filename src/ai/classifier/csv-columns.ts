/** Which CSV columns hold the text and the label, so data sets with different headers just work. */

/** Label column names tried in order when none is requested. */
export const LABEL_COLUMN_CANDIDATES = ['category', 'intent', 'label'] as const;

export type ColumnChoice =
  | { readonly ok: true; readonly textColumn: string; readonly labelColumn: string }
  | { readonly ok: false; readonly code: 'missing-text-column' | 'missing-label-column'; readonly message: string };

export function chooseColumns(header: readonly string[], requested: { textColumn?: string; labelColumn?: string } = {}): ColumnChoice {
  const textColumn = requested.textColumn ?? 'text';
  if (!header.includes(textColumn)) {
    return { ok: false, code: 'missing-text-column', message: `no "${textColumn}" column in header [${header.join(', ')}]` };
  }
  const candidates = requested.labelColumn !== undefined ? [requested.labelColumn] : LABEL_COLUMN_CANDIDATES;
  const labelColumn = candidates.find((name) => header.includes(name));
  if (labelColumn === undefined) {
    return {
      ok: false,
      code: 'missing-label-column',
      message: `none of [${candidates.join(', ')}] is a column of header [${header.join(', ')}]`,
    };
  }
  return { ok: true, textColumn, labelColumn };
}

/**
 * A message body as paragraphs and lists, so "- Payment 1: £30.00 due …" lines read as a list (and screen
 * readers announce "list, 4 items") instead of a wall of text. Only runs of two or more whole lines starting
 * with "- ", "• " or "1. " count as a list; everything else stays text exactly as written.
 */
export type BodyBlock = { kind: 'text'; text: string } | { kind: 'bullets'; items: string[] } | { kind: 'numbered'; start: number; items: string[] };

type Line = { raw: string; kind: 'text' | 'bullets' | 'numbered'; item: string; number: number };

const BULLET = /^\s*[-•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

function classify(raw: string): Line {
  const bullet = BULLET.exec(raw);
  if (bullet) return { raw, kind: 'bullets', item: bullet[1] ?? '', number: 0 };
  const numbered = NUMBERED.exec(raw);
  if (numbered) return { raw, kind: 'numbered', item: numbered[2] ?? '', number: Number(numbered[1]) };
  return { raw, kind: 'text', item: raw, number: 0 };
}

export function bodyBlocks(body: string): BodyBlock[] {
  // Runs of lines of the same kind; a run of one list line is demoted to text.
  const runs: Line[][] = [];
  for (const line of body.split('\n').map(classify)) {
    const run = runs[runs.length - 1];
    if (run && run[0]?.kind === line.kind) run.push(line);
    else runs.push([line]);
  }
  const blocks: BodyBlock[] = [];
  for (const run of runs) {
    const kind = run.length < 2 ? 'text' : (run[0]?.kind ?? 'text');
    const last = blocks[blocks.length - 1];
    if (kind === 'text') {
      const text = run.map((l) => l.raw).join('\n');
      if (last?.kind === 'text') last.text += `\n${text}`;
      else blocks.push({ kind: 'text', text });
    } else if (kind === 'bullets') blocks.push({ kind, items: run.map((l) => l.item) });
    else blocks.push({ kind: 'numbered', start: run[0]?.number ?? 1, items: run.map((l) => l.item) });
  }
  return blocks;
}

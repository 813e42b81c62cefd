/** One measured figure, printed beside its goal. */
export interface Row {
  section: string;
  figure: string;
  value: number | null;
  unit: string;
  /** The goal, when the issue sets one: value must be ≤ or ≥ target. */
  goal?: { op: '<=' | '>='; target: number };
  note?: string;
}

export const met = (row: Row): boolean | null =>
  row.goal === undefined || row.value === null || Number.isNaN(row.value) ? null : row.goal.op === '<=' ? row.value <= row.goal.target : row.value >= row.goal.target;

function format(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

/** A Markdown table: section | figure | measured | goal | met? (and the note when there is one). */
export function table(rows: readonly Row[]): string {
  const lines = rows.map((r) => {
    const ok = met(r);
    const goal = r.goal ? `${r.goal.op === '<=' ? '≤' : '≥'} ${format(r.goal.target, r.unit)}` : '';
    return [r.section, r.figure, format(r.value, r.unit), goal, ok === null ? '' : ok ? 'yes' : '**no**', r.note ?? ''];
  });
  const header = ['section', 'figure', 'measured', 'goal', 'met?', 'note'];
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

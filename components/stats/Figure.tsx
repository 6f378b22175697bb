import type { ReactNode } from 'react';
import { fmt, fmtPercent } from './format';

export interface FigureProps {
  label: string;
  /** The number, as shown. */
  value: ReactNode;
  /** The raw number for `data-value` (tests and tools read it). */
  dataValue?: number;
  testId?: string;
  hint?: ReactNode;
}

/** One headline figure: a big number with its label. */
export function Figure({ label, value, dataValue, testId, hint }: FigureProps) {
  return (
    <div className="fg-figure" data-testid={testId} data-value={dataValue}>
      <dt>{label}</dt>
      <dd>
        <span className="fg-figure-value">{value}</span>
        {hint && <span className="fg-figure-hint">{hint}</span>}
      </dd>
    </div>
  );
}

/** A plain count as a figure. */
export function countFigure(label: string, testId: string, n: number, hint?: string): FigureProps {
  return { label, testId, dataValue: n, value: fmt(n), hint };
}

/** A share (0–1) as a percentage figure; null (nothing to divide by) shows a dash. */
export function shareFigure(label: string, testId: string, share: number | null, hint?: string): FigureProps {
  return { label, testId, dataValue: share ?? undefined, value: share === null ? '—' : fmtPercent(share), hint };
}

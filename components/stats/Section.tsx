import { useId, type ReactNode } from 'react';
import { HiddenTable, type HiddenTableProps } from './HiddenTable';
import { Figure, type FigureProps } from './Figure';

/** A card with a heading and its headline figures, then anything else (charts). */
export function Section({ title, figures, children }: { title: string; figures: readonly FigureProps[]; children?: ReactNode }) {
  const id = useId();
  return (
    <section className="fg-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="fg-figures">
        {figures.map((f) => (
          <Figure key={f.testId ?? f.label} {...f} />
        ))}
      </dl>
      {children}
    </section>
  );
}

/**
 * A chart named by its caption, with a one-line summary of what it shows and its text
 * equivalent (a table); the canvas itself is hidden from screen readers.
 */
export function ChartFigure({ caption, summary, chart, table, boxClass = '' }: { caption: ReactNode; summary?: string; chart: ReactNode; table: HiddenTableProps; boxClass?: string }) {
  return (
    <figure className="fg-chart">
      <figcaption>{caption}</figcaption>
      {summary && (
        <p className="fg-chart-summary" data-testid="chart-summary">
          {summary}
        </p>
      )}
      <div className={`fg-chart-box ${boxClass}`} aria-hidden="true">
        {chart}
      </div>
      <HiddenTable {...table} />
    </figure>
  );
}

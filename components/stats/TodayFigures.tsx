interface Props {
  focusMinutesKept: number;
  heldToday: number;
  brokeThroughToday: number;
  notHeld: number;
}

/** One figure: its value and a short label on screen, the whole label for screen readers. */
function Figure({ label, full, value, testId }: { label: string; full: string; value: number; testId?: string }) {
  return (
    <span className="fg-figure" data-testid={testId} data-value={value}>
      <span className="fg-figure-value">{value}</span> <span className="fg-figure-label" aria-hidden="true">{label}</span>
      <span className="fg-visually-hidden">{full}</span>
    </span>
  );
}

/** Today at a glance, from the day's roll-up: one line, so the popup fits Chrome's 600 px. */
export function TodayFigures({ focusMinutesKept, heldToday, brokeThroughToday, notHeld }: Props) {
  return (
    <section className="fg-card fg-today" aria-labelledby="fg-today-title">
      <div className="fg-today-line">
        <h2 id="fg-today-title">Today</h2>
        <Figure label="focus min" full="focus minutes kept" value={focusMinutesKept} testId="focus-minutes-kept" />
        <Figure label="held" full="notifications held" value={heldToday} testId="held-count" />
        <Figure label="broke through" full="broke through" value={brokeThroughToday} testId="breakthrough-count" />
      </div>
      {notHeld > 0 && (
        <p className="fg-note" data-testid="not-held-count" data-value={notHeld}>
          {notHeld.toLocaleString('en')} more notifications were not held (too many at once): the digest says where from.
        </p>
      )}
    </section>
  );
}

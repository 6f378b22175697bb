interface Props {
  focusMinutesKept: number;
  heldToday: number;
  brokeThroughToday: number;
  notHeld: number;
}

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="fg-figure" data-testid={testId} data-value={value}>
      <span className="fg-figure-value">{value}</span>
      <span className="fg-figure-label">{label}</span>
    </div>
  );
}

/** Today at a glance, from the day's roll-up. */
export function TodayFigures({ focusMinutesKept, heldToday, brokeThroughToday, notHeld }: Props) {
  return (
    <section className="fg-card" aria-labelledby="fg-today-title">
      <h2 id="fg-today-title">Today</h2>
      <div className="fg-figures">
        <Figure label="focus minutes kept" value={focusMinutesKept} testId="focus-minutes-kept" />
        <Figure label="notifications held" value={heldToday} testId="held-count" />
        <Figure label="broke through" value={brokeThroughToday} testId="breakthrough-count" />
      </div>
      {notHeld > 0 && (
        <p className="fg-note" data-testid="not-held-count" data-value={notHeld}>
          {notHeld.toLocaleString('en')} more notifications were not held (too many at once): the digest says where from.
        </p>
      )}
    </section>
  );
}

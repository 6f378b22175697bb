export interface HiddenTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/**
 * The text equivalent of a chart: a table screen readers can walk, visually hidden. The
 * wrapper hides it: a table keeps the width of its cells whatever width it is given, and a
 * 25-column one made the page scroll sideways.
 */
export function HiddenTable({ caption, columns, rows }: HiddenTableProps) {
  return (
    <div className="fg-visually-hidden">
      <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      </table>
    </div>
  );
}

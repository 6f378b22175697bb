/**
 * A count with its noun in the right number: "1 interruption", "3 interruptions". `shown` is
 * the number as the page writes it (grouped digits), when not plain.
 */
export function countOf(n: number, one: string, many = `${one}s`, shown = String(n)): string {
  return `${shown} ${n === 1 ? one : many}`;
}

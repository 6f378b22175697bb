/**
 * What the rules found in a draft, as the model that reads them names them (features.ts hashes
 * each name into a slot): the draft's language, its ping markers, how many topic words are left,
 * whether it reaches out, summons, asks, says something vague, states something, or only thanks.
 * Only the model learned from all five languages reads them (it ships in the es/de/fr/pt chunks).
 */
export type RuleFacts = [
  language: string,
  /** Topic words left (null: a draft too long, or with a link or code, to be a ping). */
  topic: number | null,
  markers: Iterable<string>,
  reaches: boolean,
  summons: boolean,
  asks: boolean,
  vague: boolean,
  states: boolean,
  courtesy: boolean,
  /** Of the topic words, how many are written in lower case: things rather than names or places (null: as `topic`). */
  things: number | null,
];

export function signalsOf([language, topic, markers, reaches, summons, asks, vague, states, courtesy, things]: RuleFacts): string[] {
  const out = [`lang:${language}`, ...markers, topic === null ? 'topic:long' : `topic:${Math.min(topic, 3)}`];
  if (things) out.push(`things:${Math.min(things, 3)}`);
  if (reaches) out.push('reaches-out');
  if (summons) out.push('summons');
  if (asks) out.push('asks');
  if (vague) out.push('vague');
  if (states) out.push('states');
  if (courtesy) out.push('courtesy');
  return out;
}

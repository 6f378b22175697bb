import { describeHealth, type FeatureReport, type SiteHealth, type StructureNode } from './model';

/*
 * The diagnostic a user can attach to a bug report, as text: the extension version, the
 * verdict, each feature's checks, per selector chain how often each link matched, and the
 * structure around the composer or editor (tag names, roles, structural attributes, known classes,
 * which chains matched where). Built only from parsed reports, whose schema cannot hold text,
 * names or ids (./report.ts).
 */

export interface DiagnosticInput {
  site: string;
  version: string;
  health: SiteHealth;
  reports: readonly FeatureReport[];
  structure: readonly StructureNode[];
}

function nodeLine(node: StructureNode): string {
  const attrs = Object.entries(node.attrs ?? {}).map(([k, v]) => (v ? `[${k}="${v}"]` : `[${k}]`)).join('');
  const classes = (node.classes ?? []).map((c) => `.${c}`).join('') + (node.otherClasses ? ` (+${node.otherClasses} classes)` : '');
  const matched = node.matched?.length ? `  ← ${node.matched.join(', ')}` : '';
  return `${'  '.repeat(node.depth)}${node.tag}${classes}${attrs}${matched}`;
}

export function formatDiagnostic({ site, version, health, reports, structure }: DiagnosticInput): string {
  const lines = [`Focusgate ${version} — site health for ${site}`, `state: ${health.state} — ${describeHealth(health)}`];
  for (const r of reports) {
    const checks = Object.entries(r.checks).map(([c, v]) => `${c}=${v ? 'yes' : 'no'}`).join(' ');
    lines.push(`${r.feature}: ${checks || '(nothing checked yet)'}`);
    for (const [chain, hits] of Object.entries(r.chains)) lines.push(`  chain ${chain}: ${hits.map((n, i) => `#${i}×${n}`).join(' ')}`);
  }
  lines.push('structure:', ...(structure.length ? structure.map(nodeLine) : ['  (no composer or editor found)']));
  return lines.join('\n');
}

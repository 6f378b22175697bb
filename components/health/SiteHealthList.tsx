import type { Res } from '../../utils/platform/messaging/protocol';
import { SITE_LABELS, type Site } from '../../utils/platform/sites';
import './health.css';
import { Disclosure } from '../focus/Disclosure';

export type SiteHealthView = Res<'getSiteHealth'>['sites'][number];

export interface SiteHealthListProps {
  /** One per covered site with an open tab; null until the background has answered. */
  sites: readonly SiteHealthView[] | null;
  /** What the last copy did, for the status line. */
  copied: string | null;
  onCopy(site: string): void;
}

const labelOf = (site: string) => SITE_LABELS[site as Site] ?? site;

/**
 * Whether Focusgate works on each covered site with an open tab, in plain words (utils/health
 * decides the words), with a button that copies a diagnostic for a bug report. Shows nothing
 * while no covered site is open.
 */
export function SiteHealthList({ sites, copied, onCopy }: SiteHealthListProps) {
  if (!sites?.length) return null;
  const trouble = sites.filter((s) => s.state === 'off' || s.state === 'partial');
  const checking = sites.filter((s) => s.state === 'checking');
  const glance = trouble.length
    ? `${trouble.map((s) => labelOf(s.site)).join(', ')}: ${trouble.some((s) => s.state === 'off') ? 'not working' : 'partly working'}`
    : checking.length
      ? `checking ${checking.map((s) => labelOf(s.site)).join(', ')}…`
      : 'all working';
  return (
    // One line while every site works (the popup must fit Chrome's 600 px); open when one does not or its page changed.
    <section className="fg-card fg-health" aria-labelledby="fg-health-title">
      <Disclosure
        attention={!!trouble.length || sites.some((s) => s.note)}
        summary={
          <>
            <span id="fg-health-title" className="fg-summary-title">
              On your open tabs
            </span>{' '}
            <span className="fg-summary-glance" data-testid="site-health-glance">
              {glance}
            </span>
          </>
        }
      >
        <ul className="fg-health-list">
          {sites.map((s) => (
            <li key={s.site} className={`fg-health-item fg-health-${s.state}`} data-testid="site-health" data-site={s.site} data-state={s.state}>
              <span className="fg-health-dot" aria-hidden="true" />
              <span className="fg-health-text">
                <strong>{labelOf(s.site)}</strong>: {s.text}
                {s.note && (
                  <small className="fg-health-note" data-testid="site-health-note">
                    {s.note}
                  </small>
                )}
              </span>
              <button type="button" className="fg-link-button fg-health-copy" data-testid="copy-diagnostic" onClick={() => onCopy(s.site)} aria-label={`Copy diagnostic for ${labelOf(s.site)}`}>
                Copy diagnostic
              </button>
            </li>
          ))}
        </ul>
      </Disclosure>
      <p role="status" className="fg-note">
        {copied}
      </p>
    </section>
  );
}

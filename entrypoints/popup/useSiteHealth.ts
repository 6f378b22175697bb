import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '@/utils/platform/messaging/lean-client';
import { SITE_LABELS, type Site } from '@/utils/platform/sites';
import type { SiteHealthListProps, SiteHealthView } from '@/components/health/SiteHealthList';

/** How often the open popup asks again (a page reports a second or two after it loads). */
const REFRESH_MS = 2000;

/**
 * Site health for the popup: each covered site with an open tab, as the background has it,
 * refreshed while the popup is open; a copy puts that site's diagnostic on the clipboard.
 */
export function useSiteHealth(): SiteHealthListProps {
  const [sites, setSites] = useState<SiteHealthView[] | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const latest = useRef<SiteHealthView[]>([]);

  useEffect(() => {
    const load = () =>
      send('getSiteHealth', {}).then(
        (res) => {
          latest.current = res.sites;
          setSites(res.sites);
        },
        () => setSites([]),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const onCopy = useCallback((site: string) => {
    const found = latest.current.find((s) => s.site === site);
    if (!found) return;
    const label = SITE_LABELS[site as Site] ?? site;
    navigator.clipboard.writeText(found.diagnostic).then(
      () => setCopied(`Diagnostic for ${label} copied: the page's structure and which hooks matched, no text, names or ids.`),
      () => setCopied('The clipboard is not available here.'),
    );
  }, []);

  return { sites, copied, onCopy };
}

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Welcome } from '../../../components/welcome/Welcome';
import { GATE_MODES, WORKING_HOURS_EFFECT } from '../../../components/settings/words';
import { SITE_LABELS, siteNames } from '../../../utils/platform/sites';
import { render } from '../focus/popup/render';

describe('Welcome', () => {
  it('names the sites from the site table and the settings in the words the options page uses', () => {
    const r = render(<Welcome onOpenSettings={vi.fn()} />);
    const text = r.host.textContent ?? '';
    expect(text).toContain(`${siteNames('compose', 'and')} on the web`);
    expect(text).toContain(`${siteNames('notify', 'and')} tabs`);
    const settings = [...r.host.querySelectorAll('[data-testid="welcome-settings"] li')].map((li) => li.textContent);
    expect(settings[0]).toContain(`Send gate: ${GATE_MODES.find((m) => m.value === 'ping-only')!.label} (default)`);
    for (const label of Object.values(SITE_LABELS)) expect(settings[1]).toContain(label);
    expect(settings[2]).toContain(WORKING_HOURS_EFFECT);
    r.cleanup();
  });
});

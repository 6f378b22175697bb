import { vi } from 'vitest';
import type { QuickTogglesProps } from '../../../components/settings/QuickToggles';
import { NO_PAUSE } from '../../../utils/compose/pause';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings/schema';

/** The popup's quick toggles as the popup hands them over: default settings, a Slack tab, no pause. */
export function quickProps(now: number, over: Partial<QuickTogglesProps> = {}): QuickTogglesProps {
  return {
    now,
    settings: { gateMode: DEFAULT_SETTINGS.gateMode, coach: { ...DEFAULT_SETTINGS.coach } },
    site: 'slack',
    pause: NO_PAUSE,
    busy: false,
    error: null,
    onGateMode: vi.fn(),
    onCoach: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    ...over,
  };
}

/**
 * Set in each frame's content-script world by the notification bridge as it starts (every covered
 * site runs it): the background reads it (utils/health/background.ts) to tell a tab whose page is
 * still settling from a tab Focusgate does not run in (opened before install, or blocked). The
 * page's own scripts cannot see the content-script world.
 */
export const STARTED_MARK = '__focusgateStarted';

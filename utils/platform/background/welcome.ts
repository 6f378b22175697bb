import { browser } from '#imports';

/** The welcome page opens once, when Focusgate is installed (not on updates or browser starts). */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}

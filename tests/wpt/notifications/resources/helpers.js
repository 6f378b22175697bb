// Shared by the notifications tests: waiting for a notification's events, cleaning up after.
const fakeCustomData = { foo: 'bar', nested: { list: [1, 2, 3] } };

function assert_custom_data(data) {
  assert_equals(JSON.stringify(data), JSON.stringify(fakeCustomData), 'data round-trips');
}

/** Resolves with the first of `types` that fires on `target`, rejects after `ms`. */
function next_event(target, types, ms = 5000) {
  return new Promise((resolve, reject) => {
    const timer = step_timeout(() => reject(new Error(`none of ${types} fired`)), ms);
    for (const type of types) {
      target.addEventListener(type, (e) => {
        clearTimeout(timer);
        resolve(e);
      }, { once: true });
    }
  });
}

/** A notification closed when the test ends. */
function notification_for(t, title, options) {
  const n = new Notification(title, options);
  t.add_cleanup(() => n.close());
  return n;
}

/** The service worker registration the tests share, active before use. */
async function registration_for(t) {
  const reg = await navigator.serviceWorker.register('resources/shownotification-sw.js', { scope: 'resources/scope/' });
  t.add_cleanup(async () => {
    for (const n of await reg.getNotifications()) n.close();
  });
  const worker = reg.installing || reg.waiting || reg.active;
  if (worker.state !== 'activated') {
    await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
  }
  return reg;
}

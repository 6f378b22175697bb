// The runner's side of testharness.js: results land on window.__wpt for the e2e suite to read.
add_completion_callback((tests, status) => {
  window.__wpt = {
    status: status.status,
    message: status.message,
    tests: tests.map((t) => ({ name: t.name, status: t.status, message: t.message })),
  };
});

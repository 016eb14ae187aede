// How the tests and the benchmark start Debian's Chromium: quiet, since this machine reaches no
// network beyond loopback and the site needs none.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'],
};

// Lockguide's own "forbidden" rules (content/site.yaml) must catch bypass instructions, and must
// let the guide warn about bypassing in plain words.
import { expect, test } from 'vitest';
import { findForbidden } from '../../src/articles/forbidden.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';

const { forbidden } = loadSiteConfig('content');

test.each([
  'Connect a computer and type adb shell pm uninstall com.payjoy.access',
  'Run fastboot oem unlock to open the phone.',
  'Turn the phone off and boot into download mode.',
  'Press and hold Volume Up and Power together.',
  'Open Settings and remove the device admin from the lender app.',
  'Download UnlockTool and connect the phone.',
  'Flash a custom ROM to remove the lock.',
  'Dial *#0*# to open the test menu.',
  'Turn on TalkBack on the welcome screen.',
  'Enable OEM unlocking in developer options.',
])('catches: %s', (text) => {
  expect(findForbidden(text, forbidden)).not.toEqual([]);
});

test.each([
  'Do not pay anyone to "unlock" or "bypass" the lock.',
  'Unlocking the bootloader deletes all data.',
  'PayJoy treats flashing as tampering.',
  'Dial *544# and choose Lipa Mdogo Mdogo.',
  'After the last payment, open the app and select "Uninstall Application".',
  'A reset from the phone\'s recovery mode turns on Google\'s account lock.',
])('allows: %s', (text) => {
  expect(findForbidden(text, forbidden)).toEqual([]);
});

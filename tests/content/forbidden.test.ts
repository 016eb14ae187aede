// Lockguide's own "forbidden" rules (content/site.yaml) must catch bypass instructions, and must
// let the guide warn about bypassing in plain words. Each rule has a sentence that it alone catches
// (so deleting or weakening any one rule fails a test) and a warning on its own topic it lets through.
import { expect, test } from 'vitest';
import { findForbidden } from '../../src/articles/forbidden.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';

const { forbidden } = loadSiteConfig('content');

/** Per rule, in site.yaml's order: words of its reason, an instruction only it catches, a warning it allows. */
const RULES: [reason: string, caught: string, allowed: string][] = [
  ['ADB commands', 'Connect a computer and type adb shell to open the phone.', 'Do not let anyone connect the phone to a computer to use ADB.'],
  ['fastboot commands', 'Then type fastboot flash boot with the file they send you.', 'A shop that talks about fastboot is offering a bypass.'],
  ['package-manager commands', 'In the shell, type pm uninstall com.lender.app and press Enter.', 'Removing the lender app breaks your agreement.'],
  ['steps into a special start-up mode', 'Turn the phone off and boot into download mode.', "A reset from the phone's recovery mode turns on Google's account lock."],
  ['button combinations', 'Press and hold Volume Up and Power together.', 'Press the power button to wake the screen.'],
  ['device-admin rights', 'Open Settings and remove the device admin from the lender app.', 'The lender app is a device admin app: that is how it locks the phone.'],
  ['names a bypass tool', 'Download UnlockTool and connect the phone.', 'Do not pay anyone to "unlock" or "bypass" the lock.'],
  ['flashing or rooting tool', 'Install Magisk, then open it.', 'Rooting the phone deletes your data and breaks the warranty.'],
  ['hidden test-mode dial code', 'Dial *#0*# to open the test menu.', 'Dial *544# and choose Lipa Mdogo Mdogo.'],
  ['flashing firmware', 'Flash a custom ROM to remove the lock.', 'PayJoy treats flashing as tampering.'],
  ['OEM unlocking', 'Enable OEM unlocking in developer options.', 'Unlocking the bootloader deletes all data.'],
  ["Google's account lock", 'Turn on TalkBack on the welcome screen.', 'Tricks on the welcome screen are bypasses: do not try them.'],
];

test('every rule in site.yaml has its sentences here, in order', () => {
  expect(forbidden.map((rule) => RULES.findIndex(([reason]) => rule.reason.includes(reason)))).toEqual(RULES.map((_, i) => i));
});

test.each(RULES.map(([reason, caught], i) => [reason, caught, i] as const))('only the rule on %s catches: %s', (_, caught, i) => {
  expect(findForbidden(caught, [forbidden[i]!])).not.toEqual([]);
  expect(findForbidden(caught, forbidden.filter((__, j) => j !== i))).toEqual([]);
});

test.each(RULES.map(([reason, , allowed]) => [reason, allowed] as const))('the rules let a warning on %s through: %s', (_, allowed) => {
  expect(findForbidden(allowed, forbidden)).toEqual([]);
});

test('After the last payment, the way out of the lender app stays writable', () => {
  expect(findForbidden('After the last payment, open the app and select "Uninstall Application".', forbidden)).toEqual([]);
});

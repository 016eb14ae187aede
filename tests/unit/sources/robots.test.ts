// robots.txt as the source watch reads it: our group or "*", Allow and Disallow, the longest rule
// winning, wildcards and $.
import { expect, test } from 'vitest';
import { parseRobots, robotsAllow } from '../../../src/sources/robots.ts';

const allowed = (robots: string, path: string, agent = 'LockguideSourceWatch') => robotsAllow(parseRobots(robots, agent), path);

test('the "*" group applies when no group names us', () => {
  const robots = 'User-agent: Googlebot\nDisallow:\n\nUser-agent: *\nDisallow: /private/\n';
  expect(allowed(robots, '/private/page')).toBe(false);
  expect(allowed(robots, '/public')).toBe(true);
  expect(allowed(robots, '/private/page', 'Googlebot')).toBe(true);
});

test('a group naming us replaces "*", matched without case, even when it shares its lines with another agent', () => {
  const robots = 'User-agent: *\nDisallow: /\n\nUser-agent: other\nUser-agent: lockguidesourcewatch\nDisallow: /drafts\n';
  expect(allowed(robots, '/contact')).toBe(true);
  expect(allowed(robots, '/drafts/1')).toBe(false);
});

test('the longest matching rule wins, and Allow wins a tie', () => {
  const robots = 'User-agent: *\nDisallow: /help\nAllow: /help/contact\nDisallow: /help/contact/old\nAllow: /same\nDisallow: /same\n';
  expect(allowed(robots, '/help/faq')).toBe(false);
  expect(allowed(robots, '/help/contact')).toBe(true);
  expect(allowed(robots, '/help/contact/old/1')).toBe(false);
  expect(allowed(robots, '/same')).toBe(true);
});

test('* matches any text and $ ends the path; comments and an empty Disallow are ignored', () => {
  const robots = '# our rules\nUser-agent: * # everyone\nDisallow: /*.pdf$\nDisallow: /search?q=*\nDisallow:\n';
  expect(allowed(robots, '/files/leaflet.pdf')).toBe(false);
  expect(allowed(robots, '/files/leaflet.pdf?x=1')).toBe(true);
  expect(allowed(robots, '/search?q=phone')).toBe(false);
  expect(allowed(robots, '/a.b')).toBe(true); // the dot of a rule is a dot, not any character
  expect(allowed('', '/anything')).toBe(true);
});

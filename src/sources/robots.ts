// robots.txt as the source watch reads it (RFC 9309): the group for our user agent, or "*", and its
// Allow and Disallow rules; the longest matching rule wins, Allow on a tie.

export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/** Everything allowed: robots.txt missing (a 4xx answer) or empty. */
export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [] };
/** Nothing allowed: robots.txt unreachable or failing (a 5xx answer), as RFC 9309 asks. */
export const DISALLOW_ALL: RobotsRules = { allow: [], disallow: ['/'] };

/**
 * The rules of the group naming `agentToken` (matched without case, as a prefix of a group's
 * product token or the whole of it), else the "*" group, else none.
 */
export function parseRobots(text: string, agentToken: string): RobotsRules {
  const ours = agentToken.toLowerCase();
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: { allow: [], disallow: [] } }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || !value) continue; // an empty Disallow allows everything
    if (field === 'allow') current.rules.allow.push(value);
    else if (field === 'disallow') current.rules.disallow.push(value);
  }
  const named = groups.filter((g) => g.agents.some((agent) => agent !== '*' && ours.startsWith(agent)));
  const chosen = named.length > 0 ? named : groups.filter((g) => g.agents.includes('*'));
  return { allow: chosen.flatMap((g) => g.rules.allow), disallow: chosen.flatMap((g) => g.rules.disallow) };
}

/** A rule's path pattern as a regular expression: * is any text, a final $ ends the path. */
function ruleMatcher(rule: string): RegExp {
  const anchored = rule.endsWith('$');
  const body = (anchored ? rule.slice(0, -1) : rule)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Whether `pathAndQuery` ("/a/b?c") may be fetched under these rules. */
export function robotsAllow(rules: RobotsRules, pathAndQuery: string): boolean {
  const longest = (patterns: string[]) => Math.max(-1, ...patterns.filter((p) => ruleMatcher(p).test(pathAndQuery)).map((p) => p.length));
  return longest(rules.allow) >= longest(rules.disallow);
}

/**
 * Reads setup.cfg the way configparser does for the keys root discovery needs: `[section]` headers,
 * `key = value` or `key: value`, values continued on indented lines, `#` and `;` comment lines.
 */
export function readSetupCfg(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | undefined;
  let lastKey: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header) {
      const name = header[1].trim();
      section = sections.get(name) ?? new Map<string, string>();
      sections.set(name, section);
      lastKey = undefined;
    } else if (/^\s/.test(raw) && section && lastKey !== undefined) {
      section.set(lastKey, `${section.get(lastKey)}\n${trimmed}`.trim());
    } else {
      const pair = /^([^=:]+)[=:](.*)$/.exec(trimmed);
      if (!pair || !section) continue;
      lastKey = pair[1].trim().toLowerCase();
      section.set(lastKey, pair[2].trim());
    }
  }
  return sections;
}

/**
 * A run of three or more lower-case English words: English prose left untranslated. English titles in
 * quotes are left out, since a title is kept as published ("Bitcoin mining difficulty rose 35% in 2025").
 * A word glued to a site or file name by "." "/" or "-" (en.changchun.gov.cn, top-crypto-mining-asics)
 * is part of that name, not prose.
 */
export function englishProse(text: string): string[] {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, " ");
  return [...unquoted.matchAll(/(?<![A-Za-z0-9./-])[a-z]+(?: [a-z]+){2,}(?![A-Za-z0-9./-])/g)].map((m) => m[0]);
}

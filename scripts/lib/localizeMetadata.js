/*
 * The custom functions' metadata in another language: the generated functions.json with every
 * function's and parameter's description taken from a translation table, and nothing else changed
 * (ids, names, types and optionality stay, so =JILIN.BREAKEVEN(...) works in every language). Excel
 * loads the file named for its display language through the manifest's <Override Locale>.
 *
 * The table has one entry per function id: { description, parameters: { <parameter name>: text } }.
 * A function or parameter without a translation, or a translation that matches nothing, is an error:
 * the build fails rather than ship a half-translated file.
 */

/**
 * @param {{ functions: { id: string, description?: string, parameters?: { name: string, description?: string }[] }[] }} metadata
 * @param {Record<string, { description: string, parameters: Record<string, string> }>} table
 * @param {string} locale for messages
 */
function localizeMetadata(metadata, table, locale) {
  const problems = [];
  const seen = new Set();
  const functions = metadata.functions.map((f) => {
    const t = table[f.id];
    seen.add(f.id);
    if (!t || typeof t.description !== "string" || t.description.trim() === "") {
      problems.push(`${f.id}: no ${locale} description`);
      return f;
    }
    const parameters = (f.parameters ?? []).map((p) => {
      const text = t.parameters?.[p.name];
      if (typeof text !== "string" || text.trim() === "") problems.push(`${f.id}(${p.name}): no ${locale} description`);
      return { ...p, description: text };
    });
    for (const name of Object.keys(t.parameters ?? {})) {
      if (!(f.parameters ?? []).some((p) => p.name === name)) problems.push(`${f.id}(${name}): a ${locale} description for a parameter that does not exist`);
    }
    return { ...f, description: t.description, parameters };
  });
  for (const id of Object.keys(table)) if (!seen.has(id)) problems.push(`${id}: a ${locale} description for a function that does not exist`);
  if (problems.length > 0) throw new Error(`The ${locale} function metadata does not match functions.json:\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };

/** Rewrites the development origin of manifest.xml to a production origin (used by webpack). */
const DEV_ORIGIN = "https://localhost:3000";

function productionOrigin(value) {
  if (!value) return DEV_ORIGIN;
  const url = new URL(value);
  if (url.protocol !== "https:") throw new Error(`ADDIN_ORIGIN must be an https:// origin (got ${value})`);
  return url.origin;
}

function rewriteOrigin(manifestXml, origin) {
  return manifestXml.split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, productionOrigin, rewriteOrigin };

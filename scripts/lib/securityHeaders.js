/*
 * The HTTP headers the development server (`npm start`) sends, shared with the end-to-end tests' server
 * so that the task pane and the preview are tested under the same policy.
 *
 * - Content-Security-Policy: scripts from this origin and from Office.js's CDN only; styles from this
 *   origin plus inline styles (Fluent UI writes its CSS at run time); workers from this origin or blob:;
 *   no plugins; the pages may be framed by this origin (the preview) and by Office on the web's hosts.
 * - X-Content-Type-Options: nosniff on every response.
 * - Cross-origin reads (Access-Control-Allow-Origin: *) only for what Office on the web fetches from
 *   another origin: the custom functions' metadata (functions.json, functions.zh-CN.json) and script (functions.js). Nothing
 *   else, in particular no source map, is readable by another site while the server runs.
 */

/** Office on the web's hosts, which frame the task pane. */
const OFFICE_FRAME_ANCESTORS = [
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
  "https://*.live.com",
];
const OFFICE_JS = "https://appsforoffice.microsoft.com";

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${OFFICE_JS}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors 'self' ${OFFICE_FRAME_ANCESTORS.join(" ")}`,
].join("; ");

/** Paths Office reads across origins. */
const CROSS_ORIGIN_PATHS = new Set(["/functions.json", "/functions.zh-CN.json", "/functions.js"]);

/** The headers of a response for the given URL path. */
function securityHeaders(pathname) {
  const headers = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
  };
  if (CROSS_ORIGIN_PATHS.has(pathname)) headers["Access-Control-Allow-Origin"] = "*";
  return headers;
}

module.exports = { CONTENT_SECURITY_POLICY, CROSS_ORIGIN_PATHS, securityHeaders };

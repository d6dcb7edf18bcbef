/*
 * Runs in the task-pane iframe before dist/taskpane.js: the pane gets the preview's Excel and Office
 * (from the parent page) where in Excel it would get Office.js.
 */
const host = (window.parent as unknown as { __preview?: { excel: unknown; office: unknown } }).__preview;
if (!host) throw new Error("pane.html must be opened inside preview.html");
(window as unknown as Record<string, unknown>).Excel = host.excel;
(window as unknown as Record<string, unknown>).Office = host.office;

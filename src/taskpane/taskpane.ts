/*
 * Task pane entry. The wizard (issue 4) replaces this; until then the pane shows the legal notice
 * and examples, and confirms that Office is ready. The same page hosts the custom functions
 * (shared runtime), whose bundle is loaded before this one.
 */
function setStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      setStatus("Connected to Excel. The JILIN.* functions are available; the model wizard is not part of this version yet.");
    }
  });
}

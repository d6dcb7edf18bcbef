/*
 * Task pane entry. The same page hosts the custom functions (shared runtime); their bundle loads
 * first. Office.onReady resolves outside Office too (host null), where the wizard still works up to
 * the Review step.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

function mount(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => mount());
} else {
  mount();
}

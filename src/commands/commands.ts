/*
 * The ribbon's function file. The WSOA Tracker button only opens the task pane (ShowTaskpane),
 * so there are no commands yet; Office still loads this page and waits for onReady.
 */
Office.onReady(() => undefined);

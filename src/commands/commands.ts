/**
 * The ribbon function file. The add-in's only ribbon button opens the task pane (ShowTaskpane), which needs
 * no code; Office still expects the function file to initialise Office.js.
 */
Office.onReady(() => {
  // Nothing to register: there are no ExecuteFunction commands.
});

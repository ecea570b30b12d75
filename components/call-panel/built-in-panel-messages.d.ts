// Made at build time by `builtInPanelMessages` in wxt.config.ts.
declare module 'virtual:built-in-panel-messages' {
  const messages: import('./built-in-messages').BuiltInMessages;
  export default messages;
}

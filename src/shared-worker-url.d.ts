/**
 * `import url from './x.ts?shared-worker-url'`: the URL of a module worker built from the page's
 * own chunks (vite.config.ts, `sharedChunkWorker`), so it shares their code instead of a copy.
 */
declare module '*?shared-worker-url' {
  const url: string;
  export default url;
}

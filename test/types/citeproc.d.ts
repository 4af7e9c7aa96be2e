// Minimal typings for the parts of citeproc-js the export tests use (it ships none).
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface Engine {
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: new (sys: Sys, style: string) => Engine };
  export default CSL;
}

// Minimal typings for the parts of the `edtf` package the build uses (it ships none).
declare module 'edtf' {
  interface EdtfValue {
    min: number;
    max: number;
  }
  function edtf(text: string): EdtfValue;
  export default edtf;
}

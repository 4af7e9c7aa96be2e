// Export PNG's rendering: the view's SVG (made by the extension, as Export SVG writes it) drawn into a canvas and
// encoded as PNG. The SVG is loaded from a Blob of this page (CSP `img-src blob:`), so the canvas stays untainted.
import * as l10n from '@vscode/l10n';

export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) {
      throw new Error(l10n.t('The webview has no 2D canvas to draw the PNG on.'));
    }
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/png'));
    if (!png) {
      throw new Error(l10n.t('The webview\'s canvas gave no PNG.'));
    }
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Crop marks drawn onto a printed PDF whose pages are the trim size plus the
 * bleed on every side (the vertical book's press edition: Chromium has no
 * `marks`). Each corner gets two short hairlines in the bleed, in line with
 * the trim edges and kept clear of the trim, as Paged.js draws them for
 * horizontal books. They are marked as artifacts, outside the structure tree.
 */
import { PDFName, PDFOperator, PDFOperatorNames as Ops, rgb, type PDFDocument } from '@cantoo/pdf-lib';

const MM = 72 / 25.4;

export function drawCropMarks(doc: PDFDocument, bleedMm: number): void {
  const b = bleedMm * MM;
  // Clear of the trim by a fifth of the bleed, so that a slightly wrong cut does not show them.
  const gap = Math.min(b / 5, 1 * MM);
  for (const page of doc.getPages()) {
    // The page box need not start at 0 (the exact page size is set by moving its bottom edge).
    const { x: x0, y: y0, width, height } = page.getMediaBox();
    const corners = [
      [x0 + b, y0 + b, -1, -1],
      [x0 + width - b, y0 + b, 1, -1],
      [x0 + b, y0 + height - b, -1, 1],
      [x0 + width - b, y0 + height - b, 1, 1],
    ] as const;
    page.pushOperators(PDFOperator.of(Ops.BeginMarkedContent, [PDFName.of('Artifact')]));
    for (const [x, y, dx, dy] of corners) {
      // The horizontal mark runs out from the trim's corner along its edge, the vertical one likewise.
      page.drawLine({ start: { x: x + dx * gap, y }, end: { x: x + dx * b, y }, thickness: 0.25, color: rgb(0, 0, 0) });
      page.drawLine({ start: { x, y: y + dy * gap }, end: { x, y: y + dy * b }, thickness: 0.25, color: rgb(0, 0, 0) });
    }
    page.pushOperators(PDFOperator.of(Ops.EndMarkedContent));
  }
}

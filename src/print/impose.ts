/**
 * Booklet imposition: the book's pages, padded with blanks to a multiple of
 * four, placed two-up in saddle-stitch order on sheets twice the page width
 * (A5 pages on A4 landscape). Printed double-sided, flipped on the short edge,
 * and folded, each signature reads in order. Pages are embedded as form
 * XObjects (pdf-lib embedPdf/drawPage), so vector content and fonts stay.
 */
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';

export interface ImposeOptions {
  /** Sheets folded together; 0 = all sheets in one signature (saddle stitch). */
  sheetsPerSignature?: number;
  /** Creep compensation in mm: how far the innermost sheet's pages move toward the spine. */
  creepMm?: number;
  /**
   * A book bound on the right (vertical setting): its first page is the left half of the outer sheet's
   * front, so each sheet side holds its two pages the other way round.
   */
  rightToLeft?: boolean;
}

const MM = 72 / 25.4;

/** One side of a sheet: the 1-based page numbers on its left and right half (undefined = blank). */
export interface SheetSide {
  left?: number;
  right?: number;
  /** 0-based position of the sheet in its signature, counted from the outside. */
  depth: number;
  signatureSheets: number;
}

/** The saddle-stitch order of `pageCount` pages: sheet sides, front then back, sheet by sheet. */
export function bookletOrder(pageCount: number, sheetsPerSignature = 0): SheetSide[] {
  const padded = Math.ceil(pageCount / 4) * 4;
  const perSignature = sheetsPerSignature > 0 ? sheetsPerSignature * 4 : padded;
  const sides: SheetSide[] = [];
  for (let start = 0; start < padded; start += perSignature) {
    const n = Math.min(perSignature, padded - start);
    const sheets = n / 4;
    const page = (i: number) => (start + i <= pageCount ? start + i : undefined);
    for (let s = 0; s < sheets; s++) {
      sides.push({ left: page(n - 2 * s), right: page(2 * s + 1), depth: s, signatureSheets: sheets });
      sides.push({ left: page(2 * s + 2), right: page(n - 2 * s - 1), depth: s, signatureSheets: sheets });
    }
  }
  return sides;
}

export async function imposeBooklet(pdf: Uint8Array, options: ImposeOptions = {}): Promise<Uint8Array> {
  const src = await PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest });
  const out = await PDFDocument.create({ updateMetadata: false });
  const count = src.getPageCount();
  const embedded = await out.embedPdf(src, src.getPageIndices());
  const { width, height } = src.getPage(0).getSize();
  const creep = (options.creepMm ?? 0) * MM;
  for (const side of bookletOrder(count, options.sheetsPerSignature)) {
    const sheet = out.addPage([width * 2, height]);
    // Inner sheets stick out at the fore-edge once folded: move their pages toward the spine.
    const shift = side.signatureSheets > 1 ? (creep * side.depth) / (side.signatureSheets - 1) : 0;
    const [left, right] = options.rightToLeft ? [side.right, side.left] : [side.left, side.right];
    if (left) sheet.drawPage(embedded[left - 1]!, { x: shift, y: 0, width, height });
    if (right) sheet.drawPage(embedded[right - 1]!, { x: width - shift, y: 0, width, height });
  }
  out.setTitle(src.getTitle() ?? '');
  out.setAuthor(src.getAuthor() ?? '');
  out.setCreator(src.getCreator() ?? '');
  out.setProducer(src.getProducer() ?? '');
  const date = src.getCreationDate();
  if (date) {
    out.setCreationDate(date);
    out.setModificationDate(date);
  }
  return out.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

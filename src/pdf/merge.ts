/**
 * Merging the PDFs Chromium printed of a book's parts (src/pdf/print-parts.ts)
 * into one, with what a plain page copy would lose joined by hand: one
 * structure tree (the parts' Document elements' children under one Document,
 * the parent trees renumbered), one outline (the parts' top-level entries in a
 * row), and the named destinations the contents' links point to (each taken
 * from the part the chapter is in). Each part keeps its own font subsets.
 */
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, type PDFObject } from '@cantoo/pdf-lib';

export interface MergePart {
  pdf: Uint8Array;
  /** Names whose destination this part holds (its own chapters); others in it are stand-ins. */
  own: readonly string[];
}

const N = (name: string) => PDFName.of(name);

export async function mergePdfs(parts: readonly MergePart[]): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  const structRoot = ctx.obj({ Type: 'StructTreeRoot' });
  const structRootRef = ctx.register(structRoot);
  const documentElem = ctx.obj({ Type: 'StructElem', S: 'Document', P: structRootRef });
  const documentRef = ctx.register(documentElem);
  const documentKids: PDFObject[] = [];
  const nums: PDFObject[] = [];
  const outlineRoot = ctx.obj({ Type: 'Outlines' });
  const outlineRef = ctx.register(outlineRoot);
  const outlineItems: PDFRef[] = [];
  let outlineCount = 0;
  const dests = ctx.obj({});
  let keyOffset = 0;

  for (const part of parts) {
    const src = await PDFDocument.load(part.pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    // One copier per part: an object reached twice (a page from the page tree and from the structure
    // tree's /Pg) is copied once.
    const copier = PDFObjectCopier.for(src.context, ctx);
    const copy = <T extends PDFObject>(o: T): T => copier.copy(o);
    // The part's structure root, Document element and outline root are replaced by ours: what points at
    // them (an element's /P, an outline entry's /Parent) is copied pointing at ours, and they are not copied.
    // pdf-lib's copier keeps its map of copied objects private; it is the one place to say so.
    const copied = (copier as unknown as { traversedObjects?: unknown }).traversedObjects;
    if (!(copied instanceof Map)) throw new Error('pdf-lib: PDFObjectCopier no longer keeps traversedObjects; mergePdfs needs it');
    const catalog = src.catalog;
    const rootRef = catalog.get(N('StructTreeRoot'));
    const root = catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
    if (rootRef instanceof PDFRef) copied.set(rootRef, structRootRef);
    const partDocuments = kids(root?.get(N('K'))).filter((k) => {
      const el = src.context.lookup(k);
      return k instanceof PDFRef && el instanceof PDFDict && el.get(N('S')) === N('Document');
    });
    for (const d of partDocuments) copied.set(d, documentRef);
    const outlinesRef = catalog.get(N('Outlines'));
    if (outlinesRef instanceof PDFRef) copied.set(outlinesRef, outlineRef);
    let maxKey = -1;
    for (const page of src.getPages()) {
      const ref = copy(page.ref);
      const leaf = ctx.lookup(ref) as PDFPageLeaf;
      shiftKey(leaf, 'StructParents', keyOffset);
      const annots = leaf.lookupMaybe(N('Annots'), PDFArray);
      for (let i = 0; annots && i < annots.size(); i++) shiftKey(annots.lookup(i, PDFDict), 'StructParent', keyOffset);
      out.addPage(PDFPage.of(leaf, ref, out));
    }

    if (root) {
      // Chromium's root holds one Document element: its children join ours.
      for (const elem of kids(root.get(N('K')))) {
        if (partDocuments.includes(elem)) documentKids.push(...kids(src.context.lookup(elem, PDFDict).get(N('K'))).map(copy));
        else documentKids.push(copy(elem));
      }
      const parentTree = root.lookupMaybe(N('ParentTree'), PDFDict);
      if (parentTree) {
        for (const [key, value] of numberTree(parentTree)) {
          nums.push(PDFNumber.of(key + keyOffset), copy(value));
          maxKey = Math.max(maxKey, key);
        }
      }
      const next = root.lookupMaybe(N('ParentTreeNextKey'), PDFNumber);
      maxKey = Math.max(maxKey, (next?.asNumber() ?? 0) - 1);
    }
    keyOffset += maxKey + 1;

    const outlines = catalog.lookupMaybe(N('Outlines'), PDFDict);
    for (let item = outlines?.get(N('First')); item instanceof PDFRef; item = src.context.lookup(item, PDFDict).get(N('Next'))) {
      outlineItems.push(copy(item));
      const count = src.context.lookup(item, PDFDict).lookupMaybe(N('Count'), PDFNumber)?.asNumber() ?? 0;
      outlineCount += 1 + Math.max(0, count);
    }

    const partDests = catalog.lookupMaybe(N('Dests'), PDFDict);
    for (const [name, value] of partDests?.entries() ?? []) {
      if (part.own.includes(name.decodeText())) dests.set(name, copy(value));
    }
  }

  documentElem.set(N('K'), ctx.obj(documentKids));
  structRoot.set(N('K'), documentRef);
  structRoot.set(N('ParentTree'), ctx.register(ctx.obj({ Type: 'ParentTree', Nums: nums })));
  structRoot.set(N('ParentTreeNextKey'), PDFNumber.of(keyOffset));
  out.catalog.set(N('StructTreeRoot'), structRootRef);
  out.catalog.set(N('MarkInfo'), ctx.obj({ Type: 'MarkInfo', Marked: true }));

  if (outlineItems.length > 0) {
    outlineRoot.set(N('First'), outlineItems[0]!);
    outlineRoot.set(N('Last'), outlineItems.at(-1)!);
    outlineRoot.set(N('Count'), PDFNumber.of(outlineCount));
    // Each part's entries were a list of their own: joined end to end.
    outlineItems.forEach((ref, i) => {
      const item = ctx.lookup(ref, PDFDict);
      if (i > 0) item.set(N('Prev'), outlineItems[i - 1]!);
      else item.delete(N('Prev'));
      if (i < outlineItems.length - 1) item.set(N('Next'), outlineItems[i + 1]!);
      else item.delete(N('Next'));
    });
    out.catalog.set(N('Outlines'), outlineRef);
  } else {
    ctx.delete(outlineRef);
  }
  if (dests.keys().length > 0) out.catalog.set(N('Dests'), ctx.register(dests));
  return out;
}

function shiftKey(dict: PDFDict, key: string, by: number): void {
  const n = dict.lookupMaybe(N(key), PDFNumber);
  if (n) dict.set(N(key), PDFNumber.of(n.asNumber() + by));
}

function kids(k: PDFObject | undefined): PDFObject[] {
  if (!k) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

/** A number tree's entries, its /Kids walked. */
function numberTree(node: PDFDict): [number, PDFObject][] {
  const entries: [number, PDFObject][] = [];
  const arr = node.lookupMaybe(N('Nums'), PDFArray);
  for (let i = 0; arr && i + 1 < arr.size(); i += 2) entries.push([(arr.lookup(i, PDFNumber)).asNumber(), arr.get(i + 1)]);
  const children = node.lookupMaybe(N('Kids'), PDFArray);
  for (let i = 0; children && i < children.size(); i++) entries.push(...numberTree(children.lookup(i, PDFDict)));
  return entries;
}

/**
 * The in-page script: bundled by esbuild into one file (src/pdf/page-bundle.mjs) that a document
 * Paged.js paginates loads before the polyfill, and that the Node side puts into any other page it calls
 * these functions in (src/pdf/page-script.ts).
 */
import { API, PAGED_SCRIPT_ATTRIBUTE, type InPageApi, type PageGlobals } from '../page-contract.ts';
import { finishBook, finishPart } from './finish.ts';
import { collectLayout } from './layout.ts';
import { configurePaged } from './paged.ts';
import { pagedPages, progress } from './pages.ts';
import { applyMarks, flowTexts, settleFonts } from './vertical.ts';

const api: InPageApi = { finishBook, finishPart, collectLayout, pagedPages, progress, settleFonts, flowTexts, applyMarks };
(globalThis as PageGlobals)[API] = api;

// Only the script's own tag in a Paged.js document names a role; the Node side's copy runs with none.
const role = document.currentScript?.getAttribute(PAGED_SCRIPT_ATTRIBUTE);
if (role === 'book' || role === 'part') configurePaged(role);

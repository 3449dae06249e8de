import { readFileSync } from 'node:fs';
import { packagePath } from './paths.ts';

/** The tool's version, from package.json: recorded in provenance and colophons. */
export const VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

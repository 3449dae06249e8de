export declare const PAGE_SCRIPT: string;
export declare function bundleInPage(root: string): Promise<string>;

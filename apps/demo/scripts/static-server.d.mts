/** Serves each root directory (first match wins) and in-memory pages on 127.0.0.1 and a random port. */
export declare function serveStatic(options: {
  roots: string[];
  pages?: Record<string, string>;
}): Promise<{ url: string; close: () => Promise<void> }>;

/** Types of suite.mjs for the packages' `test/examples.test.ts` (see README.md beside this file). */
export interface ExampleRecord {
  label: string;
  file: string;
  line: number;
  name: string;
  outFile: string;
  fn: string | null;
  error: string | null;
  typesOnly: boolean;
}
export interface ExampleSuiteOptions {
  /** `import.meta.url` of the calling test file (in `<package>/test/`). */
  testFile: string;
  /** The package's public entry, relative to the package (its exports are in scope), or null. */
  entry: string | null;
  /** A module of real data for the examples (relative to the package): its exports are in scope by name. */
  fixtures?: string;
  /** The package's own name: `import … from '<selfName>'` in an example loads `entry`. */
  selfName?: string;
  /** Run the examples (true) or only compile them against the package's types (false: DOM code). */
  run: boolean;
  /** Prefix of the test names (e.g. `packages/core/`). */
  label?: string;
}
export interface VitestApi {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => Promise<void>) => void;
  beforeAll: (body: () => void, timeout?: number) => void;
}
export declare const TYPES_ONLY: RegExp;
export declare function buildExamples(
  packageDir: string,
  opts?: Partial<ExampleSuiteOptions>,
): ExampleRecord[];
export declare function exampleSuite(vitest: VitestApi, opts: ExampleSuiteOptions): ExampleRecord[];

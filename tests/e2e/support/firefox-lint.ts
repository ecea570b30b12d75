// Mozilla's add-ons linter (what `web-ext lint` and addons.mozilla.org run) on the built Firefox extension.
import { createRequire } from 'node:module';

export interface LintMessage {
  code: string;
  /** Path inside the extension, e.g. 'content-scripts/meet.js'. */
  file?: string;
  message: string;
  description?: string;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface Linter {
  run(): Promise<LintResult>;
}

// The linter ships no types, and is CommonJS.
const { createInstance } = createRequire(import.meta.url)('addons-linter') as {
  createInstance(options: { config: Record<string, unknown> }): Linter;
};

export function lintFirefoxBuild(dir: string): Promise<LintResult> {
  const linter = createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      // Listed on addons.mozilla.org: the store's own checks apply.
      selfHosted: false,
    },
  });
  return linter.run();
}

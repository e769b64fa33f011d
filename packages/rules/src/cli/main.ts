/** Standalone entry: `node --import tsx packages/rules/src/cli/main.ts rules eval [--input FILE]`. */
import { runRulesEval } from './eval.js';

process.exitCode = await runRulesEval(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

// `npm run bench:size` (after `npm run build`): the size rows of the bench's table, without a browser;
// exits non-zero when the content script is over its budget.
import { formatTable } from './bench-table';
import { contentScriptRows, measureContentScriptSize, withinSizeBudget } from './content-script-size';

const size = measureContentScriptSize();
console.log(formatTable(contentScriptRows(size)));
process.exitCode = withinSizeBudget(size) ? 0 : 1;

import { relative, resolve } from 'node:path';
import { startPlatformServer } from './platform-server';

/**
 * `npm run platform`: the reference platform on this computer, to connect
 * the extension to. Settings come from the environment:
 * PORT (8787), PLATFORM_TOKEN, PLATFORM_DATA_FILE (.platform-data/platform.json),
 * PLATFORM_FAULTS (JSON, see faults.ts), PLATFORM_CONTROL_TOKEN (turns on /__control/*).
 */
const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
const dataFile = resolve(process.env.PLATFORM_DATA_FILE ?? '.platform-data/platform.json');
const token = process.env.PLATFORM_TOKEN ?? 'cadence-local-token';
const controlToken = process.env.PLATFORM_CONTROL_TOKEN || undefined;
const faults = process.env.PLATFORM_FAULTS ? JSON.parse(process.env.PLATFORM_FAULTS) : undefined;

const server = await startPlatformServer({ port, dataFile, token, controlToken, faults });
console.log(`
The practice platform is running, with its data in ${relative(process.cwd(), dataFile)}.
In Cadence's options page, connect to the platform with:

  Base URL   ${server.url}
  Token      ${token}
${controlToken ? `\nControl endpoints are on at http://127.0.0.1:${server.port}/__control/ (faults, token, reset, state).\n` : ''}
Delete the data file to start again from fresh sample data. Ctrl+C stops the server.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}

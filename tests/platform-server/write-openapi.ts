import { mkdirSync, writeFileSync } from 'node:fs';
import { openApiText } from '../../utils/core/platform/openapi-document';

/** `npm run openapi`: writes the platform API's document, for the platform team and for review. */
const docs = new URL('../../docs/', import.meta.url);
mkdirSync(docs, { recursive: true });
writeFileSync(new URL('platform-api.json', docs), openApiText());
console.log('Wrote docs/platform-api.json');

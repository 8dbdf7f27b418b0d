/** A consumer's program: strict TypeScript against the published types, run against an injected fetch. */
export const consumerProgram = `
import { createRegRwsClient, RegRwsApiError, type Poc, type TicketedResult } from '@regrws/client';

const NS = 'http://www.arin.net/regrws/core/v1';
const seen: string[] = [];
const client = createRegRwsClient({
  apiKey: 'API-1234-1234-1234-1234',
  environment: 'ote',
  fetch: async (request: Request) => {
    seen.push(request.method + ' ' + new URL(request.url).pathname);
    if (request.url.includes('NOPE')) {
      return new Response('<error xmlns="' + NS + '"><code>E_OBJECT_NOT_FOUND</code><message>No such POC.</message></error>', { status: 404, headers: { 'Content-Type': 'application/xml' } });
    }
    return new Response('<poc xmlns="' + NS + '"><handle>DOEJA5-ARIN</handle><lastName>Doe</lastName><emails><email>jane@example.net</email></emails></poc>', { headers: { 'Content-Type': 'application/xml' } });
  },
});

const poc: Poc = await client.poc.get('DOEJA5-ARIN');
const emails: string[] = poc.emails ?? [];
let code = '';
try {
  await client.poc.get('NOPE-ARIN');
} catch (error) {
  if (error instanceof RegRwsApiError) code = error.code + ' ' + error.status + ' ' + (error.request?.url ?? '');
}
const describe = (r: TicketedResult) => (r.status === 'done' ? r.net.handle : r.ticket.ticketNo);
console.log(JSON.stringify({ handle: poc.handle, emails, code, seen, describe: typeof describe }));
`;

export const consumerTsconfig = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    skipLibCheck: false,
    outDir: 'out',
  },
  files: ['main.ts'],
};

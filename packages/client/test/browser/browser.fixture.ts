// The page the browser test loads: bare imports resolved by an import map to the built packages.
export const browserPage = `<!doctype html>
<script type="importmap">
{ "imports": {
  "@regrws/client": "/pkg/client/index.js",
  "@regrws/codec": "/pkg/codec/index.js",
  "openapi-fetch": "/pkg/openapi-fetch/index.mjs"
} }
</script>
<script type="module">
  import { createRegRwsClient, RegRwsApiError } from '@regrws/client';
  const key = 'API-1234-1234-1234-1234';
  const client = createRegRwsClient({ apiKey: key, environment: location.origin, retry: false });
  const poc = await client.poc.get('DOEJA5-ARIN');
  let error;
  try { await client.poc.get('NOPE-ARIN'); } catch (e) { error = e; }
  window.__result = {
    handle: poc.handle,
    firstPhone: poc.phones?.[0]?.number,
    error: {
      name: error?.name,
      isApiError: error instanceof RegRwsApiError,
      status: error?.status,
      code: error?.code,
      keyInMessage: String(error?.message).includes(key),
      keyInUrl: JSON.stringify(error).includes(key),
    },
  };
</script>`;

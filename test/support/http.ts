// A small HTTP client for the running mock: raw paths (nothing normalised), keep-alive, a timeout on
// every request, loopback only.
import http from 'node:http';

export interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }
export interface Req { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number }

export function createHttp(baseUrl: string, maxSockets = 8) {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error(`loopback only, got ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  function send(r: Req): Promise<Reply> {
    return new Promise((resolve, reject) => {
      // An explicit Content-Length: Node's client frames GET/DELETE/OPTIONS bodies with neither a length
      // nor chunking, and the server would read the body as a second, garbage request.
      const headers = { ...(r.headers ?? {}), ...(r.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(r.body)) }) };
      const req = http.request(
        { host: url.hostname, port: url.port, method: r.method, path: r.path, headers, agent, timeout: r.timeoutMs ?? 10_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${r.timeoutMs ?? 10_000} ms: ${r.method} ${r.path.replace(/apikey=[^&]*/gi, 'apikey=…')}`)));
      req.on('error', reject);
      req.end(r.body);
    });
  }
  return { send, close: () => agent.destroy() };
}

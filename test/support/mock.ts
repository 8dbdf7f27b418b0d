// Starts the real mock (front server + Prism child) for a test file, and the checks of its answers.
import { codec } from '@regrws/codec';
import { startMock } from '@regrws/mock';
import { ajvErrors } from './ajv.js';
import { createHttp, type Reply } from './http.js';
import { API_KEY } from './spec.js';

export async function runningMock() {
  const mock = await startMock({ port: 0, apiKeys: [API_KEY], prismStartTimeoutMs: 45_000, prismTimeoutMs: 10_000 });
  const http = createHttp(mock.url, 8);
  return {
    ...http,
    url: mock.url,
    mock,
    close: async () => {
      http.close();
      await mock.close();
    },
  };
}

/** Problems with an XML answer of the given payload: media type, the codec's strict validation, and Ajv. */
export function answerProblems(reply: Reply, payload: string): string[] {
  const problems: string[] = [];
  const type = String(reply.headers['content-type'] ?? '');
  if (!/^application\/xml\s*(;|$)/i.test(type)) problems.push(`Content-Type is "${type}"`);
  const v = codec.validate(reply.body, { payload });
  for (const i of v.issues) if (i.severity === 'error') problems.push(`codec: ${i.path} ${i.message}`);
  if (!v.valid) return problems.length ? problems : ['codec: invalid'];
  problems.push(...ajvErrors(payload, codec.decode(reply.body, { payload }).value).map((e) => `ajv: ${e}`));
  return problems;
}

/** An ErrorPayload with a non-empty code and message (the contract of every 4xx). */
export function errorPayloadProblems(reply: Reply): string[] {
  const problems = answerProblems(reply, 'Error');
  if (problems.length) return problems;
  const e = codec.decode<any>(reply.body, { payload: 'Error' }).value;
  if (!e.code || !e.message) problems.push('ErrorPayload without code or message');
  return problems;
}

export const withKey = (path: string) => `${path}${path.includes('?') ? '&' : '?'}apikey=${API_KEY}`;

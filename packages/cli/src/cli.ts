/** `regrws validate|decode|encode`: check a payload before sending it to ARIN. */
import { readFile } from 'node:fs/promises';
import { codec as defaultCodec, XmlCodecError, type Codec, type XmlIssue } from '@regrws/codec';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

const USAGE = `Usage:
  regrws validate FILE...           exit 0 only when every file is a valid Reg-RWS payload
  regrws decode FILE [--payload P]  print the typed object as JSON
  regrws encode PAYLOAD FILE.json   print canonical XML for a JSON object
  regrws payloads                   list payload names and their root elements
FILE may be - for standard input. The payload is detected from the root element.`;

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

function formatIssue(file: string, i: XmlIssue): string {
  const where = i.line !== undefined ? `${file}:${i.line}:${i.column}` : file;
  return `${where}: ${i.severity} ${i.code}${i.path ? ` at ${i.path}` : ''}: ${i.message}`;
}

export async function run(argv: readonly string[], io: CliIo, codec: Codec = defaultCodec): Promise<number> {
  const [command, ...rest] = argv;
  const read = async (file: string): Promise<Uint8Array | undefined> => {
    try {
      return await io.readFile(file);
    } catch (e) {
      io.stderr(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return undefined;
    }
  };
  switch (command) {
    case 'validate': {
      if (!rest.length) return usage(io, 'validate needs at least one FILE');
      let failed = false;
      for (const file of rest) {
        const bytes = await read(file);
        if (!bytes) { failed = true; continue; }
        const r = codec.validate(bytes);
        for (const i of r.issues) io.stderr(formatIssue(file, i));
        if (r.valid) io.stdout(`${file}: valid ${r.payload}`);
        else {
          failed = true;
          io.stderr(`${file}: invalid (${r.issues.filter((i) => i.severity === 'error').length} error(s))`);
        }
      }
      return failed ? EXIT.invalid : EXIT.ok;
    }
    case 'decode': {
      const payloadAt = rest.indexOf('--payload');
      const payload = payloadAt === -1 ? undefined : rest[payloadAt + 1];
      const files = rest.filter((_, i) => payloadAt === -1 || (i !== payloadAt && i !== payloadAt + 1));
      if (files.length !== 1 || (payloadAt !== -1 && !payload)) return usage(io, 'decode needs exactly one FILE');
      const file = files[0]!;
      const bytes = await read(file);
      if (!bytes) return EXIT.invalid;
      try {
        const r = codec.decode(bytes, payload ? { payload } : {});
        for (const w of r.warnings) io.stderr(formatIssue(file, w));
        io.stdout(JSON.stringify({ payload: r.payload, value: r.value }, null, 2));
        return EXIT.ok;
      } catch (e) {
        if (!(e instanceof XmlCodecError)) throw e;
        for (const i of e.issues) io.stderr(formatIssue(file, i));
        io.stderr(`${file}: cannot decode`);
        return EXIT.invalid;
      }
    }
    case 'encode': {
      if (rest.length !== 2) return usage(io, 'encode needs PAYLOAD and FILE.json');
      const [payload, file] = rest as [string, string];
      if (!codec.payloadNames.includes(payload)) return usage(io, `unknown payload "${payload}"; known: ${codec.payloadNames.join(', ')}`);
      const bytes = await read(file);
      if (!bytes) return EXIT.invalid;
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder().decode(bytes));
      } catch (e) {
        io.stderr(`${file}: not JSON: ${(e as Error).message}`);
        return EXIT.invalid;
      }
      // Accept the output of `regrws decode` as well as a bare value.
      if (value && typeof value === 'object' && 'payload' in value && 'value' in value && Object.keys(value).length === 2) value = (value as { value: unknown }).value;
      try {
        io.stdout(codec.encode(payload, value));
        return EXIT.ok;
      } catch (e) {
        if (!(e instanceof XmlCodecError)) throw e;
        for (const i of e.issues) io.stderr(formatIssue(file, i));
        return EXIT.invalid;
      }
    }
    case 'payloads':
      for (const [name, p] of Object.entries(codec.map.payloads)) io.stdout(`${name}\t<${p.element}>`);
      return EXIT.ok;
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE);
      return EXIT.ok;
    default:
      return usage(io, command ? `unknown command "${command}"` : 'no command given');
  }
}

function usage(io: CliIo, why: string): number {
  io.stderr(`regrws: ${why}\n${USAGE}`);
  return EXIT.usage;
}

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  readFile: async (path) => (path === '-' ? readStdin() : readFile(path)),
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// The independent check: decoded XML validated by Ajv (JSON Schema 2020-12) against the component
// schema of the bundled spec, without going through the codec's own validator.
import Ajv2020Module from 'ajv/dist/2020.js';
import { spec } from './spec.js';

const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof import('ajv/dist/2020.js').default;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'urn:regrws:spec', components: spec.components });

export function ajvErrors(schemaName: string, value: unknown): string[] {
  const validate = ajv.getSchema(`urn:regrws:spec#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no component schema ${schemaName}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';
import { GatewayRefusal } from './gateway-refusal';
import { withoutStackTraces } from './without-stack-traces';

/** Options of readJsonBody. */
export interface ReadJsonBodyOptions {
  /** Largest body, in bytes, after decompression. */
  limitBytes: number;
  /** How the limit reads in a message (`2mb`). */
  limitLabel: string;
}

/** Messages of the body's refusals (Spanish first, as the gateway's other refusals). */
export const BODY_MESSAGES = {
  notJson: 'El cuerpo de la solicitud no es JSON válido.',
  tooLarge: (limit: string) => `La solicitud supera el tamaño máximo de ${limit}.`,
  unsupportedCharset: 'El cuerpo JSON debe estar en UTF-8.',
  unsupportedEncoding: 'Codificación del cuerpo no admitida (se aceptan gzip, deflate y br).',
  incomplete: 'El cuerpo de la solicitud llegó incompleto.',
} as const;

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/**
 * Reads a request's body as body-parser's `json()` did before it (the same answers
 * for the same requests, without Express on the hot path): a JSON object or array when
 * the Content-Type is application/json (UTF-8; gzip, deflate or br decoded, the limit
 * counted after decoding), `{}` for an empty body or another Content-Type (Apollo then
 * answers it). Throws a GatewayRefusal: 400 BAD_REQUEST for a body that is not a JSON
 * object or array, 413 PAYLOAD_TOO_LARGE, 415 for another charset or encoding. A body
 * announced larger than the limit is refused before a byte of it is read.
 */
export async function readJsonBody(req: IncomingMessage, options: ReadJsonBodyOptions): Promise<unknown> {
  const type = req.headers['content-type'];
  if (!isJsonContentType(type)) {
    req.resume();
    return {};
  }
  const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw refuseAndDrain(req, new GatewayRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', BODY_MESSAGES.unsupportedCharset));
  const length = Number(req.headers['content-length']);
  if (length > options.limitBytes) throw refuseAndDrain(req, tooLarge(options));
  const text = await readText(req, options);
  let start = 0;
  while (start < text.length && isJsonWhitespace(text.charCodeAt(start))) start += 1;
  if (start === text.length) return {};
  const first = text[start];
  // Strict, as body-parser: a bare string or number is not a request.
  if (first !== '{' && first !== '[') throw new GatewayRefusal(400, 'BAD_REQUEST', BODY_MESSAGES.notJson);
  try {
    return withoutStackTraces(() => JSON.parse(text) as unknown);
  } catch {
    throw new GatewayRefusal(400, 'BAD_REQUEST', BODY_MESSAGES.notJson);
  }
}

/** Returns whether a Content-Type header names JSON (`application/json`, any parameters), the body readJsonBody parses. */
export function isJsonContentType(type: string | undefined): type is string {
  return type !== undefined && JSON_TYPE.test(type);
}

function readText(req: IncomingMessage, options: ReadJsonBodyOptions): Promise<string> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  let source: NodeJS.ReadableStream;
  if (encoding === 'identity') source = req;
  else if (encoding === 'gzip' || encoding === 'x-gzip') source = req.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') source = req.pipe(zlib.createInflate());
  else if (encoding === 'br') source = req.pipe(zlib.createBrotliDecompress());
  else return Promise.reject(refuseAndDrain(req, new GatewayRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', BODY_MESSAGES.unsupportedEncoding)));
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const fail = (refusal: GatewayRefusal) => {
      if (settled) return;
      settled = true;
      if (source !== req) (source as zlib.Gunzip).destroy();
      reject(refuseAndDrain(req, refusal));
    };
    source.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > options.limitBytes) fail(tooLarge(options));
      else chunks.push(chunk);
    });
    source.on('error', () => fail(new GatewayRefusal(400, 'BAD_REQUEST', BODY_MESSAGES.notJson)));
    req.on('aborted', () => fail(new GatewayRefusal(400, 'BAD_REQUEST', BODY_MESSAGES.incomplete)));
    source.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, received).toString('utf8'));
    });
  });
}

function tooLarge(options: ReadJsonBodyOptions): GatewayRefusal {
  return new GatewayRefusal(413, 'PAYLOAD_TOO_LARGE', BODY_MESSAGES.tooLarge(options.limitLabel));
}

/** Lets the rest of a refused body be read and dropped (the answer is sent; the connection stays usable). */
function refuseAndDrain(req: IncomingMessage, refusal: GatewayRefusal): GatewayRefusal {
  req.unpipe();
  req.resume();
  return refusal;
}

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

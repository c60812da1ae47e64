import { isDeepStrictEqual } from 'node:util';
import type { GatewayUnderTest } from './gateways/start-gateways';

/** A request every gateway must answer identically before any load. */
export interface CheckedRequest {
  name: string;
  body: string;
  /** Throws when the (common) answer is not what the fixture must give. */
  assertShape(data: unknown): void;
}

/** Returns the parsed JSON body of one POST to `gateway`, with its status. */
export async function postGraphql(gateway: GatewayUnderTest, body: string, token: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const text = await response.text();
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, json: text.slice(0, 500) };
  }
}

/**
 * Sends every request to every gateway and throws, naming the first difference, unless all
 * answered 200 with the very same JSON (no `errors`) and that answer has the expected shape.
 */
export async function assertSameResponses(gateways: readonly GatewayUnderTest[], requests: readonly CheckedRequest[], token: () => Promise<string>): Promise<void> {
  for (const request of requests) {
    let reference: { gateway: string; json: unknown } | undefined;
    for (const gateway of gateways) {
      const { status, json } = await postGraphql(gateway, request.body, await token());
      if (status !== 200 || typeof json !== 'object' || json === null || 'errors' in json) {
        throw new Error(`${gateway.name} answered ${request.name} with ${status}: ${JSON.stringify(json).slice(0, 600)}`);
      }
      if (reference === undefined) {
        request.assertShape((json as { data?: unknown }).data);
        reference = { gateway: gateway.name, json };
      } else if (!isDeepStrictEqual(reference.json, json)) {
        throw new Error(
          `${gateway.name} and ${reference.gateway} answer ${request.name} differently, first at ${firstDifference(reference.json, json, '$')}`,
        );
      }
    }
  }
}

/** Returns the JSON path of the first place `a` and `b` differ, with both values. */
function firstDifference(a: unknown, b: unknown, at: string): string {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`);
    }
    // Same entries, other order.
    return `${at} (key order: ${JSON.stringify(Object.keys(a))} vs ${JSON.stringify(Object.keys(b))})`;
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

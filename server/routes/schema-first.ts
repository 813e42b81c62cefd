/**
 * Schema-first routes: every `/api/*` route declares its params, query, body and response schemas (zod, from
 * `protocol/`), Fastify validates the request before the handler runs and the answer before it leaves.
 *
 * How to add a route (copy this):
 * ```ts
 * import type { Api } from './schema-first.ts';
 * export function registerThingRoutes(app: Api, deps: { things: ThingService }): void {
 *   app.post('/api/v1/things/:id/rename', {
 *     onRequest: requireAgent,                       // or requireAdmin; none for public routes
 *     schema: {
 *       params: ThingIdParams,                        // z.strictObject({ id: Id }) in protocol/
 *       body: ThingRenameRequest,                     // z.strictObject in protocol/ (strict: unknown keys are refused)
 *       response: { 200: ThingResponse },             // every status the route answers with a body
 *     },
 *   }, async (request) => ({ thing: await deps.things.rename(request.params.id, request.body.name) }));
 * }
 * ```
 * - `request.params`, `.query` and `.body` arrive parsed and typed; a bad one is answered
 *   `400 {"error":{"code":"bad_frame","path":…}}` before the handler runs. Never parse by hand.
 * - Refuse by throwing `new KefuError(code, message)` (server/errors.ts): the error handler answers with
 *   `httpStatus(code)` (http-errors.ts, the one code → status map). Answer 429 only with `sendRateLimited`.
 * - The response is checked against its schema (a mismatch is a logged 500, never a leak) and stripped to it:
 *   a field not in the schema never leaves. Answers to agents are masked (personal-data-http.ts).
 * - Writes accept `application/json` only and, with the session cookie, only from our own origin; every
 *   `/api/*` answer is `Cache-Control: no-store` (plugins/api-guards.ts). Register the function in `app.ts`.
 * An `/api/*` route without a response schema (or a write without a body schema) makes the app refuse to start, and
 *   so does a string in a response schema that is neither marked `personal` nor declared `safe` (protocol/data-class.ts).
 */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault, RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unclassifiedStrings } from '../services/mask-by-schema.ts';

/** A Fastify instance whose routes take zod schemas and get typed requests. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** What an `/api/*` route is missing from its schema (empty when it is complete). */
export function missingSchemas(route: Pick<RouteOptions, 'url' | 'method' | 'schema'>): string[] {
  if (!route.url.startsWith('/api/')) return [];
  const methods = [route.method].flat();
  const missing: string[] = [];
  if (!route.schema?.response) missing.push('response');
  if (route.url.includes('/:') && !route.schema?.params) missing.push('params');
  if (methods.some((m) => WRITES.has(m)) && !route.schema?.body) missing.push('body');
  return missing;
}

/** The strings in an `/api` route's answers that are neither marked personal nor declared safe (agents may read any answer). */
export function unclassifiedResponseStrings(route: Pick<RouteOptions, 'url' | 'schema'>): string[] {
  if (!route.url.startsWith('/api/')) return [];
  const responses = (route.schema?.response ?? {}) as Record<string, z.ZodType>;
  return Object.entries(responses).flatMap(([status, schema]) => unclassifiedStrings(schema, status));
}

/** Install the zod validator and serializer, and refuse an `/api/*` route registered without its schemas. */
export function schemaFirst(app: FastifyInstance): Api {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    const missing = missingSchemas(route);
    if (missing.length > 0) throw new Error(`${[route.method].flat().join(',')} ${route.url}: declare its ${missing.join(', ')} schema (server/routes/schema-first.ts)`);
    const unclassified = unclassifiedResponseStrings(route);
    if (unclassified.length > 0) throw new Error(`${[route.method].flat().join(',')} ${route.url}: mark these strings personal or safe (protocol/data-class.ts): ${unclassified.join(', ')}`);
  });
  return app.withTypeProvider<ZodTypeProvider>();
}

/** The response schema of a route that answers 204 with no body (`reply.code(204).send(null)`). */
export const NO_CONTENT = { 204: z.null() };

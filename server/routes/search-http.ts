import { SearchQuery, SearchResponse } from '../../protocol/index.ts';
import type { SearchService } from '../services/search.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/** `GET /api/v1/search?q=`: search over all history for logged-in agents and admins (protocol/search.ts). */
export function registerSearchRoutes(app: Api, deps: { search: SearchService }): void {
  app.get('/api/v1/search', { onRequest: requireAgent, schema: { querystring: SearchQuery, response: { 200: SearchResponse } } }, async (request) =>
    deps.search.search(request.agent!, request.query.q, request.query.limit ?? 20),
  );
}

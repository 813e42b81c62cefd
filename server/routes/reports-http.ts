import { z } from 'zod';
import { REPORT_TABLES, ReportQuery, ReportSummary, safe } from '../../protocol/index.ts';
import { toCsv } from '../reports/csv.ts';
import type { ReportsService } from '../services/reports.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * `/api/v1/reports/*`: the summary as JSON and each table as CSV, over `?from=&to=` (ISO times), for a
 * logged-in agent; admins and viewers get every conversation, an agent only those they owned at some point.
 */
export function registerReportRoutes(app: Api, deps: { reports: ReportsService }): void {
  const { reports } = deps;
  app.register(async (scope: Api) => {
    scope.addHook('onRequest', requireAgent);

    scope.get('/api/v1/reports/summary', { schema: { querystring: ReportQuery, response: { 200: ReportSummary } } }, async (request) =>
      reports.summary(request.agent!, request.query),
    );

    for (const table of REPORT_TABLES) {
      scope.get(`/api/v1/reports/${table}.csv`, { schema: { querystring: ReportQuery, response: { 200: safe(z.string()) } } /* figures and ids only */ }, async (request, reply) => {
        const data = await reports.table(request.agent!, request.query, table);
        const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="kefu-${table}-${day(request.query.from)}-${day(request.query.to)}.csv"`)
          .send(toCsv(data.header, data.rows));
      });
    }
  });
}

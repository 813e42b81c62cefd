import { z } from 'zod';

/**
 * What a string that reaches agents holds, marked in the schemas themselves (the server masks by them:
 * server/services/mask-by-schema.ts):
 * - `personal`: text a visitor controls (typed, named, uploaded, sent by their browser): contact details in it
 *   are masked for agents, unless revealed; `readableByAssignee`: a ticket's contact stays readable for its assignee;
 * - `safe`: no visitor-controlled text (ids, codes, server- or staff-written text); on an object, all of it.
 * A string that is neither is masked too (fail closed), and a route or frame with one is refused by the check.
 */
export interface DataClass {
  data: 'personal' | 'safe';
  readableByAssignee?: boolean;
}
export const dataClasses = z.registry<DataClass>();

/** A copy of `schema` marked personal (the original, maybe shared, stays as it was). */
export function personal<T extends z.ZodType>(schema: T, options: { readableByAssignee?: boolean } = {}): T {
  const marked = schema.clone() as T;
  dataClasses.add(marked, { data: 'personal', ...options });
  return marked;
}

/** `schema` itself declared safe (for a shared schema such as an id, every use of it). */
export function safe<T extends z.ZodType>(schema: T): T {
  dataClasses.add(schema, { data: 'safe' });
  return schema;
}

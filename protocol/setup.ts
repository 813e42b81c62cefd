import { z } from 'zod';
import { AgentName, Email, Password } from './agent-rest.ts';

/**
 * First run. While no admin exists, each starting node prints a one-time setup link,
 * `<KEFU_PUBLIC_URL>/console#/setup/<token>` (the token in the fragment: browsers never send it, so it reaches no
 * log or Referer); the console's "create the first admin" page sends it here.
 */
export const SetupStatus = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;

export const SetupToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'the token from the setup link');

export const SetupRequest = z.strictObject({ token: SetupToken, email: Email, name: AgentName, password: Password });
export type SetupRequest = z.infer<typeof SetupRequest>;

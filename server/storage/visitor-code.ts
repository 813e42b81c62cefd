import { createHash } from 'node:crypto';

/** A visitor's stable short label in the console ("Visitor 7F3A"): 4 hex digits of their id's SHA-256, never the id. */
export const visitorCode = (visitorId: string): string => createHash('sha256').update(visitorId).digest('hex').slice(0, 4).toUpperCase();

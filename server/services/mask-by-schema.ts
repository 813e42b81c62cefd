import type { z } from 'zod';
import { dataClasses, type DataClass } from '../../protocol/data-class.ts';
import { maskPersonalText } from './personal-data.ts';

/** The parts of a zod schema's definition this walk reads (zod 4's `_zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  values?: unknown[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);
const SCALARS = new Set(['number', 'int', 'boolean', 'literal', 'enum', 'null', 'undefined', 'bigint', 'date', 'nan', 'void', 'never']);

/** The option of a union that `value` is: by its discriminator, else the first that accepts it. */
function optionFor(def: Def, value: unknown): z.ZodType | undefined {
  if (def.discriminator && typeof value === 'object' && value !== null) {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    return def.options!.find((o) => defOf(defOf(o).shape?.[def.discriminator!] ?? o).values?.includes(tag));
  }
  return def.options!.find((o) => o.safeParse(value).success);
}

/** Every string anywhere in `value` masked: for what no schema describes (fail closed). */
function maskAll(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalText(value);
  if (Array.isArray(value)) return value.map(maskAll);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAll(v)]));
  return value;
}

/**
 * `value` as agents may see it, read by its schema: every string marked personal, or not marked at all, has
 * its contact details masked; what is declared safe passes (on an object: its strings not marked otherwise). `viewerId`: the agent it goes to (a ticket's
 * contact stays readable for its assignee). What the schema does not describe is masked whole.
 */
export function maskBySchema<T>(schema: z.ZodType | undefined, value: T, viewerId: string | null): T {
  return (schema ? walk(schema, value, viewerId, null, null, null) : maskAll(value)) as T;
}

/**
 * `value` as `maskBySchema` masks it for each viewer, walked once for all of them (a frame broadcast to every
 * console): `common` is what every viewer reads, except those in `readers`, the assignees it shows more to,
 * who each get a walk of their own.
 */
export function maskForViewers<T>(schema: z.ZodType, value: T): { common: T; readers: ReadonlySet<string> } {
  const readers = new Set<string>();
  return { common: walk(schema, value, null, null, null, readers) as T, readers };
}

/** `readers`: collects the viewers a string here would be readable for (their own walk differs from this one). */
function walk(
  schema: z.ZodType,
  value: unknown,
  viewerId: string | null,
  inherited: DataClass | null,
  owner: Record<string, unknown> | null,
  readers: Set<string> | null,
): unknown {
  // A field's own mark wins over its object's: a field marked personal inside an object declared safe is masked.
  const mark = dataClasses.get(schema) ?? inherited;
  if (value === null || value === undefined) return value;
  const def = defOf(schema);
  if (def.type === 'string') {
    if (typeof value !== 'string' || mark?.data === 'safe') return value;
    if (mark?.readableByAssignee && typeof owner?.assigneeId === 'string') readers?.add(owner.assigneeId);
    if (mark?.readableByAssignee && viewerId !== null && owner?.assigneeId === viewerId) return value;
    return maskPersonalText(value);
  }
  if (SCALARS.has(def.type)) return value;
  if (WRAPPERS.has(def.type)) return walk(def.innerType!, value, viewerId, mark, owner, readers);
  if (def.type === 'lazy') return walk(def.getter!(), value, viewerId, mark, owner, readers);
  if (def.type === 'pipe') return walk(defOf(def.out!).type === 'transform' ? def.in! : def.out!, value, viewerId, mark, owner, readers);
  if (def.type === 'array' && Array.isArray(value)) return value.map((item) => walk(def.element!, item, viewerId, mark, null, readers));
  if (def.type === 'record' && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(def.valueType!, v, viewerId, mark, null, readers)]));
  }
  if (def.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, def.shape![k] ? walk(def.shape![k]!, v, viewerId, mark, object, readers) : maskAll(v)]));
  }
  if (def.type === 'union') {
    const option = optionFor(def, value);
    return option ? walk(option, value, viewerId, mark, owner, readers) : maskAll(value);
  }
  return maskAll(value);
}

/**
 * The paths of the strings in `schema` that are neither marked personal nor declared safe (empty when every one
 * is classified). The server refuses to start with one in an agent frame or an `/api` answer.
 */
export function unclassifiedStrings(schema: z.ZodType, path = '', inherited: DataClass | null = null, seen = new Set<z.ZodType>()): string[] {
  const mark = dataClasses.get(schema) ?? inherited;
  if (mark || seen.has(schema)) return [];
  const def = defOf(schema);
  if (def.type === 'string') return [path || '(root)'];
  if (def.type === 'object' || def.type === 'lazy' || def.type === 'union') seen.add(schema);
  const inner = (s: z.ZodType, p: string) => unclassifiedStrings(s, p, null, seen);
  if (WRAPPERS.has(def.type)) return inner(def.innerType!, path);
  if (def.type === 'lazy') return inner(def.getter!(), path);
  if (def.type === 'pipe') return inner(defOf(def.out!).type === 'transform' ? def.in! : def.out!, path);
  if (def.type === 'array') return inner(def.element!, `${path}[]`);
  if (def.type === 'record') return inner(def.valueType!, `${path}{}`);
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([k, v]) => inner(v, `${path}.${k}`));
  if (def.type === 'union') return def.options!.flatMap((o, i) => inner(o, `${path}|${String(defOf(defOf(o).shape?.type ?? o).values?.[0] ?? i)}`));
  return [];
}

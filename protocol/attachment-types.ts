/** Attachment constants without zod: the widget's first load imports these (the zod runtime stays out of it). */

/** What a visitor or an agent may attach, told apart by the file's first bytes (never by its name). */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const isImageType = (type: string): boolean => type.startsWith('image/');

/** The default upload limit (`KEFU_ATTACHMENT_MAX_BYTES` changes it on the server). */
export const ATTACHMENT_DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

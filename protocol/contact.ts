/**
 * How a visitor can be reached when they leave a message. Plain functions, no zod at run time: the widget checks
 * with these before it sends (the reason shown at the field, in the visitor's language) and the server checks the
 * frame with the same ones. Every pattern is linear (no nested quantifiers).
 */
export const CONTACT_KINDS = ['email', 'phone', 'wechat', 'line', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Why a contact is refused; the widget has a sentence for each in every language. */
export type ContactProblem = 'empty' | 'email' | 'phone' | 'wechat' | 'line' | 'other';

const EMAIL = /^[^\s@]{1,64}@[^\s@.]{1,63}(\.[^\s@.]{1,63}){1,8}$/;
const PHONE_CHARS = /^\+?[0-9 ().-]{5,30}$/;
/** WeChat: 6–20 characters, starting with a letter (Weixin's own rule for ids). */
const WECHAT = /^[A-Za-z][A-Za-z0-9_-]{5,19}$/;
/** LINE: 4–20 of a–z 0–9 . _ -, an official account with a leading @. */
const LINE = /^@?[A-Za-z0-9._-]{4,20}$/;

export function contactProblem(kind: ContactKind, raw: string): ContactProblem | null {
  const value = raw.trim();
  if (!value) return 'empty';
  switch (kind) {
    case 'email':
      return value.length <= 200 && EMAIL.test(value) ? null : 'email';
    case 'phone': {
      const digits = value.replace(/\D/g, '').length;
      return PHONE_CHARS.test(value) && digits >= 5 && digits <= 20 ? null : 'phone';
    }
    case 'wechat':
      return WECHAT.test(value) ? null : 'wechat';
    case 'line':
      return LINE.test(value) ? null : 'line';
    case 'other':
      return value.length >= 3 && value.length <= 200 ? null : 'other';
  }
}

/** A contact given without a kind (older widgets): an address with @ is e-mail, a number is a phone, else other. */
export function guessContactKind(raw: string): ContactKind {
  const value = raw.trim();
  if (value.includes('@') && !value.startsWith('@')) return 'email';
  return contactProblem('phone', value) === null ? 'phone' : 'other';
}

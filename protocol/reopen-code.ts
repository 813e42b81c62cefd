/**
 * The code in an e-mail's reopen link (`/chat?reopen=…`): 256 random bits, base64url. Its own module (no zod),
 * so the widget checks a code's shape before it puts it in a hello.
 */
export const REOPEN_CODE = /^[A-Za-z0-9_-]{32,64}$/;

#!/usr/bin/env node
// How a wallet backend signs a logged-in user's identity for the Kefu widget (Node, no dependencies).
// Usage: KEFU_IDENTITY_SECRET=... node scripts/sign-identity.mjs <userId> [name] [email] [phone]
// Prints the token; give it to the page (Kefu('identify', token)) or the app (KefuNative identify).
import { createHmac } from 'node:crypto';

export function signIdentity(secret, user, lifetimeSeconds = 600) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: String(user.id), iat: now, exp: now + lifetimeSeconds };
  if (user.name) claims.name = user.name;
  if (user.email) claims.email = user.email;
  if (user.phone) claims.phone = user.phone;
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(payload).digest('base64url');
  return `${payload}.${signature}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const secret = process.env.KEFU_IDENTITY_SECRET;
  const [id, name, email, phone] = process.argv.slice(2);
  if (!secret || !id) {
    console.error('usage: KEFU_IDENTITY_SECRET=... node scripts/sign-identity.mjs <userId> [name] [email] [phone]');
    process.exit(2);
  }
  console.log(signIdentity(secret, { id, name, email, phone }));
}

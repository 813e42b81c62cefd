import type { ChatMessage } from '../../protocol/index.ts';

/** A visitor's file upload as the widget makes it (POST /api/v1/visitor/attachments): its status and JSON body. */
export async function visitorUpload(url: string, visitor: { token: string; conversationId: string }, bytes: Buffer, name: string, clientId: string) {
  const res = await fetch(`${url}/api/v1/visitor/attachments`, {
    method: 'POST',
    headers: {
      origin: url,
      authorization: `Bearer ${visitor.token}`,
      'content-type': 'application/octet-stream',
      'x-client-id': clientId,
      'x-conversation-id': visitor.conversationId,
      'x-file-name': encodeURIComponent(name),
    },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as { id: string; seq: number; clientId: string; message: ChatMessage; error?: { code: string } } };
}

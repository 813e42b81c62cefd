import { describe, expect, it, onTestFinished } from 'vitest';
import { openConsoleAt, useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * The console's popups and dialogs are ready for the next key or click as soon as they are drawn, not after the next
 * paint (a loaded machine, a slow phone paints late; a fast agent does not wait for it): each case does the second
 * thing in the same task as the first, after the microtasks that render, with no paint in between. And an act clicked
 * twice (a double click on Hand back) goes to the server once.
 */
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

/** A chat waiting for a person. */
async function waitingChat(text: string): Promise<string> {
  const v = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
  await askBot(v.client, text);
  v.client.send({ type: 'handoff' });
  onTestFinished(() => v.client.close());
  return v.welcome.conversationId;
}

describe.skipIf(!e2e.run)('the console at once, before any paint (Chromium)', () => {
  it('the snooze menu takes the next key and click at once; a double click on Hand back hands back once (no refusal shown); the close confirmation is modal at once and shut at once', async () => {
    const id = await waitingChat('my top-up failed twice, a human please');
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: `#/inbox/${id}` });
    onTestFinished(() => page.context().close());
    const status = page.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('waiting');
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('assigned');

    // The snooze menu: the focus on its first choice, and a press elsewhere closes it, in the task that opened it.
    const snooze = page.getByRole('button', { name: 'Snooze', exact: true });
    const menu = await snooze.evaluate(async (button: HTMLElement) => {
      const ticks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
      button.click();
      await ticks();
      const focused = document.activeElement?.getAttribute('role') ?? null;
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await ticks();
      return { focused, open: document.querySelector('[role=menu]') !== null };
    });
    expect(menu).toEqual({ focused: 'menuitem', open: false });

    // Two clicks on Hand back before the server has answered the first (a double click; here with no task between
    // them, so the answer cannot come first): one goes (a second went too, was refused and the refusal shown). Every
    // alert shown from then on is written down: the console clears a refusal at its next frame, so one looked for at
    // the end could have come and gone.
    const handedBack = await page.getByRole('button', { name: 'Hand back to bot', exact: true }).evaluate(async (button: HTMLElement) => {
      const ticks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
      const alerts: string[] = [];
      const seen = new MutationObserver(() => document.querySelectorAll('[role=alert]').forEach((a) => alerts.includes(a.textContent!) || alerts.push(a.textContent!)));
      seen.observe(document.body, { childList: true, subtree: true, characterData: true });
      button.click();
      await ticks();
      const twice = button.isConnected;
      button.click();
      const status = () => document.querySelector('[data-testid=status]')?.getAttribute('data-status');
      for (let i = 0; i < 100 && status() !== 'bot'; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1000)); // a second hand-back's refusal would have come back by now
      seen.disconnect();
      return { twice, status: status(), alerts };
    });
    expect(handedBack).toEqual({ twice: true, status: 'bot', alerts: [] });
    await page.locator('.event-line[data-event=released]').waitFor();

    // Close's confirmation: modal (the focus in it, so Escape reaches it) at once, and shut at once by its confirm
    // button, so a second click (a double click) cannot confirm again.
    const close = page.getByRole('button', { name: 'Close', exact: true });
    const dialog = await close.evaluate(async (button: HTMLElement) => {
      const ticks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
      button.click();
      await ticks();
      const shown = document.querySelector<HTMLDialogElement>('dialog[open]');
      if (!shown) return { modal: false };
      const opened = { modal: shown.matches(':modal'), focusInside: shown.contains(document.activeElement) };
      shown.querySelector<HTMLButtonElement>('.btn-danger')!.click();
      await ticks();
      return { ...opened, shutAfterConfirm: !shown.open };
    });
    expect(dialog).toEqual({ modal: true, focusInside: true, shutAfterConfirm: true });
    await expect.poll(() => status.getAttribute('data-status')).toBe('closed');
    expect(await page.getByRole('alert').count()).toBe(0);
  }, 60_000);

  it("an agent's chat limit dialog opens on the limit, focused, at once: a digit typed then is not overwritten", async () => {
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: '#/agents' });
    onTestFinished(() => page.context().close());
    const change = page.locator('.limit-change').first();
    await change.waitFor();
    const opened = await change.evaluate(async (button: HTMLElement) => {
      const ticks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
      button.click();
      await ticks();
      const box = document.getElementById('agent-limit-edit') as HTMLInputElement | null;
      return { value: box?.value ?? null, focused: document.activeElement === box, selected: box ? box.selectionEnd! - box.selectionStart! : 0 };
    });
    expect(opened.value).toMatch(/^\d+$/);
    expect(opened).toMatchObject({ focused: true, selected: opened.value!.length });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  }, 60_000);

  it('a teammate taken from the @ list in the middle of a note leaves the caret after the name at once', async () => {
    const admin = await login(e2e.server);
    await addAgent(e2e.server, admin.cookie, 'ida-at-once@example.com', { name: 'Ida Berg' });
    const id = await waitingChat('my card was declined at the shop, a human please');
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: `#/inbox/${id}` });
    onTestFinished(() => page.context().close());
    const note = page.getByRole('textbox', { name: 'Internal note' }); // not held: a note
    await expect.poll(() => note.isEnabled()).toBe(true);
    await note.fill(' please look at this one');
    await note.press('Home');
    await note.pressSequentially('@id', { delay: 20 });
    await page.getByRole('listbox', { name: 'Teammates to mention' }).getByRole('option').waitFor();
    // Enter takes Ida; the caret is after "@Ida Berg " in the same task, before any frame (a key typed then goes there).
    const caret = await note.evaluate(async (box: HTMLTextAreaElement) => {
      const ticks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await ticks();
      return { value: box.value, at: box.selectionStart };
    });
    expect(caret).toEqual({ value: '@Ida Berg  please look at this one', at: '@Ida Berg '.length });
  }, 60_000);

  it("a select's list changed while open (a label added to the chat elsewhere) keeps its active option: Enter adds that one", async () => {
    const admin = await login(e2e.server);
    const labels: Record<string, string> = {};
    for (const name of ['Alpha refunds', 'Bravo cards', 'Charlie limits']) {
      const created = await api(e2e.server, admin.cookie, 'POST', '/api/v1/admin/labels', { name });
      expect(created.status).toBe(201);
      labels[name] = (created.body as { label: { id: string } }).label.id;
    }
    const id = await waitingChat('my card limit is too low, a human please');
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: `#/inbox/${id}` });
    onTestFinished(() => page.context().close());
    const add = page.locator('#tags-add-label');
    const options = page.locator('#tags-add-label-list [role=option]');
    await add.focus();
    await add.press('ArrowDown'); // opens on the first
    await add.press('ArrowDown'); // Bravo
    await expect.poll(() => options.allTextContents()).toEqual(['Alpha refunds', 'Bravo cards', 'Charlie limits']);
    expect(await page.locator('#tags-add-label-list [data-active]').textContent()).toBe('Bravo cards');
    // Another agent's console adds Alpha: it leaves the list while it is open, and Bravo moves up into its place.
    expect((await api(e2e.server, admin.cookie, 'PUT', `/api/v1/conversations/${id}/labels/${labels['Alpha refunds']}`)).status).toBe(200);
    await expect.poll(() => options.allTextContents()).toEqual(['Bravo cards', 'Charlie limits']);
    expect(await page.locator('#tags-add-label-list [data-active]').textContent()).toBe('Bravo cards');
    await add.press('Enter');
    await expect.poll(async () => (await page.locator('.tag-list .tag span').allTextContents()).sort()).toEqual(['Alpha refunds', 'Bravo cards']);
  }, 60_000);

  it("the inbox's keys listen from the update that draws it: j pressed as the list appears opens its first chat, c as the chat appears claims it", async () => {
    const id = await waitingChat('my refund never reached my bank, a human please');
    const page = await openConsoleAt(e2e.browser, e2e.server.url, { locale: 'en-US', width: 1280, height: 800, hash: '#/inbox' });
    onTestFinished(() => page.context().close());
    await page.getByRole('tab', { name: /^Waiting/ }).click(); // the view kept for the next visit
    await page.locator('.conversation-item', { hasText: 'my refund never reached' }).waitFor();
    await page.evaluate(() => (location.hash = '#/tickets'));
    await page.locator('.page h1', { hasText: 'Tickets' }).waitFor();
    /** Goes to `hash` and presses `key` in the microtask after `selector` is first drawn (before any paint). */
    const pressAsDrawn = (hash: string, selector: string, key: string) =>
      page.evaluate(async ([hash, selector, key]) => {
        const drawn = new Promise<void>((resolve) => {
          const seen = new MutationObserver(() => {
            if (!document.querySelector(selector!)) return;
            seen.disconnect();
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            resolve();
          });
          seen.observe(document.body, { childList: true, subtree: true });
        });
        location.hash = hash!;
        await drawn;
      }, [hash, selector, key]);
    // The inbox drawn from another page: j opens the first chat of the list (it was lost, and nothing opened).
    await pressAsDrawn('#/inbox', '.conversation-list .conversation-item', 'j');
    await expect.poll(() => page.locator('.conversation-item').first().getAttribute('aria-current')).toBe('true');
    // Back to the list alone, then the chat drawn: c claims it.
    await page.evaluate(() => (location.hash = '#/inbox'));
    await page.locator('section.conversation.empty').waitFor();
    await pressAsDrawn(`#/inbox/${id}`, '.conversation-head', 'c');
    await expect.poll(() => page.getByTestId('status').getAttribute('data-status')).toBe('assigned');
  }, 60_000);
});

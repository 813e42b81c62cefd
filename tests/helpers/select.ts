import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The select named `name` in `scope` (ui/Select.tsx: a button with the role combobox, labelled). */
export const selectNamed = (scope: Page | Locator, name: string) => scope.getByRole('combobox', { name, exact: true });

/**
 * Chooses an option of the select named `name` as a person does with a mouse: a click on the select opens its
 * list, a click on the option (by its text, or by `{ value }`) chooses it and closes the list.
 */
export async function choose(scope: Page | Locator, name: string, option: string | RegExp | { value: string }): Promise<void> {
  const select = selectNamed(scope, name);
  await select.click();
  const list = scope.getByRole('listbox', { name, exact: true });
  await (typeof option === 'object' && 'value' in option ? list.locator(`[role=option][data-value="${option.value}"]`) : list.getByRole('option', { name: option, exact: true })).click();
  await expect.poll(() => select.getAttribute('aria-expanded')).toBe('false');
}

/** The options the select named `name` offers (their text), seen by opening it; Escape closes it again. */
export async function optionsOf(scope: Page | Locator, name: string): Promise<string[]> {
  await selectNamed(scope, name).click();
  const names = await scope.getByRole('listbox', { name, exact: true }).getByRole('option').allTextContents();
  await selectNamed(scope, name).press('Escape');
  return names;
}

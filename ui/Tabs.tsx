import type { ComponentChildren } from 'preact';

/** What a key does on a tab of `count`, from the tab at `at`: ← → to the one before or after (round the ends), Home and End to the ends. */
export const TAB_KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  ArrowRight: (at, count) => (at + 1) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/**
 * A row of tabs (WAI-ARIA tabs, activation follows focus): only the chosen tab is in the Tab order (roving
 * tabindex: the first when none is chosen), ← → Home End choose and focus another.
 */
export function Tabs<T extends string>({ label, tabs, value, onChange }: {
  label: string;
  /** `title`: said on hover, for a tab drawn as an icon (its name is in its children, for screen readers). */
  tabs: readonly { value: T; children: ComponentChildren; title?: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const chosen = tabs.some((tab) => tab.value === value) ? value : tabs[0]?.value;
  const onKeyDown = (e: KeyboardEvent) => {
    const move = TAB_KEYS[e.key];
    if (!move || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    const all = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')];
    const at = all.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    const to = move(at, all.length);
    onChange(tabs[to]!.value);
    all[to]!.focus();
  };
  return (
    <div role="tablist" class="tabs" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          class="tab"
          key={tab.value}
          title={tab.title}
          aria-selected={tab.value === value}
          tabIndex={tab.value === chosen ? 0 : -1}
          onClick={() => onChange(tab.value)}
        >
          {tab.children}
        </button>
      ))}
    </div>
  );
}

import type { Signal } from '@preact/signals';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { WORKSPACE_TABS, type WorkspaceTab } from './model';

const TAB_NAMES: Record<WorkspaceTab, MessageKey> = {
  student: 'workspaceTabStudent',
  review: 'workspaceTabReview',
  'next-week': 'workspaceTabNextWeek',
  report: 'workspaceTabReport',
};

/** The workspace's tabs, with the arrow keys moving between them as a tab list should. */
export function WorkspaceTabs({ tab }: { tab: Signal<WorkspaceTab> }) {
  const select = (next: WorkspaceTab, focus: boolean) => {
    tab.value = next;
    if (focus) queueMicrotask(() => document.getElementById(`workspace-tab-${next}`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = WORKSPACE_TABS.indexOf(tab.value);
    const last = WORKSPACE_TABS.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(WORKSPACE_TABS[(target + last + 1) % (last + 1)]!, true);
  };
  return (
    <div class="workspace-tabs" role="tablist" aria-label={t('workspaceTabsLabel')} onKeyDown={onKeyDown}>
      {WORKSPACE_TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`workspace-tab-${name}`}
          aria-selected={tab.value === name}
          aria-controls={`workspace-panel-${name}`}
          tabIndex={tab.value === name ? 0 : -1}
          onClick={() => select(name, false)}
        >
          {t(TAB_NAMES[name])}
        </button>
      ))}
    </div>
  );
}

/** What a key does in a lesson, the way presentation clickers send it. */
export type LessonKeyAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

const ACTIONS: Record<string, LessonKeyAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** Where a key was pressed: the element's tag (upper case), its ARIA role and whether it is editable. */
export interface KeyTarget {
  tag: string;
  role: string | null;
  editable: boolean;
}

/** Controls that use these keys themselves: text fields, sliders, tabs, lists. */
const OWN_KEYS_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const OWN_KEYS_ROLES = new Set(['slider', 'spinbutton', 'tab', 'listbox', 'option', 'combobox', 'menuitem', 'textbox', 'grid']);
/** Elements Space already activates. */
const SPACE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

/** The lesson action of a key, or null when the key belongs to the focused control (or has a modifier). */
export function lessonKeyAction(key: string, target: KeyTarget, modifiers = false): LessonKeyAction | null {
  const action = ACTIONS[key];
  if (!action || modifiers) return null;
  if (target.editable || OWN_KEYS_TAGS.has(target.tag) || (target.role !== null && OWN_KEYS_ROLES.has(target.role))) return null;
  if (key === ' ' && (SPACE_TAGS.has(target.tag) || target.role === 'button')) return null;
  return action;
}

/** The step an action leads to in a lesson of `count` steps, or null for 'leave'. */
export function stepAfter(action: LessonKeyAction, step: number, count: number): number | null {
  switch (action) {
    case 'next':
      return Math.min(step + 1, count - 1);
    case 'previous':
      return Math.max(step - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'leave':
      return null;
  }
}

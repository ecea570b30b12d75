// Text from the mentor, the student or the platform may be written right to left: each place it
// shows must take its direction from the text itself (dir="auto", or a <bdi> inside a sentence).

/** Arabic and Hebrew with Latin inside, emoji sequences (ZWJ, skin tones, a flag) and combining marks. */
export const RTL_SAMPLES = {
  name: 'ليلى بن علي',
  path: 'מסלול פיתוח Web',
  project: 'مشروع Portfolio الأول',
  title: 'تمرين flexbox 👩🏽‍💻 على الشبكة',
  note: 'עבודה מצוינת! 👍🏾 היא הסבירה את ה-grid בעצמה. ✌️',
  comment: 'أحسنت — e\u0301te\u0301 🏳️‍🌈',
} as const;

/** Where `text` shows under `root` without following its own direction: empty when every place does. */
export function placesWithoutOwnDirection(root: Element | ShadowRoot, text: string): string[] {
  const wrong: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.includes(text) || !parent || parent.closest('script, style')) continue;
    if (!parent.closest('[dir="auto"], bdi')) wrong.push(`<${parent.tagName.toLowerCase()}>${node.textContent}`);
  }
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (field.value.includes(text) && field.getAttribute('dir') !== 'auto') wrong.push(`<${field.tagName.toLowerCase()} id="${field.id}">`);
  }
  return wrong;
}

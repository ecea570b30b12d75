import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type FixtureName = 'meet-en' | 'meet-fr' | 'meet-de' | 'meet-renamed';
export type FixtureView = 'lobby' | 'in-call' | 'ended' | 'landing';

// Tests run from the repository root.
const FIXTURES = resolve('tests/fixtures/meet');

/** Puts one view of a Meet fixture page into the test document, as Meet would render it. */
export function showFixtureView(fixture: FixtureName, view: FixtureView, doc: Document = document): void {
  const html = readFileSync(resolve(FIXTURES, `${fixture}.html`), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const template = page.getElementById(`view-${view}`) as HTMLTemplateElement | null;
  if (!template) throw new Error(`${fixture} has no view ${view}`);
  doc.documentElement.lang = page.documentElement.lang;
  doc.body.replaceChildren(doc.importNode(template.content, true));
}

/** One of a fixture's other templates (the student's tile), as the page's script would add it. */
export function fixtureTemplate(fixture: FixtureName, id: string, doc: Document = document): DocumentFragment {
  const html = readFileSync(resolve(FIXTURES, `${fixture}.html`), 'utf8');
  const template = new DOMParser().parseFromString(html, 'text/html').getElementById(id) as HTMLTemplateElement | null;
  if (!template) throw new Error(`${fixture} has no template ${id}`);
  return doc.importNode(template.content, true);
}

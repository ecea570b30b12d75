import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type FixtureName = 'meet-en' | 'meet-fr' | 'meet-de' | 'meet-renamed';
export type FixtureView = 'lobby' | 'in-call' | 'ended' | 'landing';

// Tests run from the repository root.
const FIXTURES = resolve('tests/fixtures/meet');

function fixturePage(fixture: FixtureName): Document {
  const html = readFileSync(resolve(FIXTURES, `${fixture}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Puts one view of a Meet fixture page into the test document, as Meet would render it. */
export function showFixtureView(fixture: FixtureName, view: FixtureView, doc: Document = document): void {
  const page = fixturePage(fixture);
  const template = page.getElementById(`view-${view}`) as HTMLTemplateElement | null;
  if (!template) throw new Error(`${fixture} has no view ${view}`);
  doc.documentElement.lang = page.documentElement.lang;
  doc.body.replaceChildren(doc.importNode(template.content, true));
}

/** One of a fixture's other templates (the student's tile), as the page's script would add it. */
export function fixtureTemplate(fixture: FixtureName, id: string, doc: Document = document): DocumentFragment {
  const template = fixturePage(fixture).getElementById(id) as HTMLTemplateElement | null;
  if (!template) throw new Error(`${fixture} has no template ${id}`);
  return doc.importNode(template.content, true);
}

/**
 * What Meet's control bar shows while the mentor presents (`true`) or not: the fixture's present
 * button of that state in place of the one shown, as its script does.
 */
export function showPresenting(fixture: FixtureName, presenting: boolean, doc: Document = document): void {
  const template = fixturePage(fixture).getElementById(presenting ? 'present-button-on' : 'present-button-off') as HTMLTemplateElement;
  doc.querySelector('[data-fixture="present-button"]')!.replaceWith(doc.importNode(template.content, true));
}

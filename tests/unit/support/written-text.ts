import ts from 'typescript';

/** A piece of text written in the code that a mentor would read or hear. */
export interface WrittenText {
  path: string;
  line: number;
  text: string;
}

/** Attributes whose value is read out or shown: anything else (class, id, role, href…) is for the machine. */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Properties whose value ends up on screen: `document.title`, an element's
 * text, a notification's or a badge's words, the options of a menu.
 */
const SHOWN_PROPERTIES = new Set([
  'title',
  'textContent',
  'innerText',
  'placeholder',
  'ariaLabel',
  'message',
  'contextMessage',
  'text',
  'label',
  'heading',
  'hint',
  'summary',
]);

/** Calls that put their words in front of the mentor. */
const SHOWN_CALLS = new Set(['alert', 'confirm', 'prompt']);

/** Two words in a row, one of two letters or more, as a sentence or a label has. */
const WORDS = /\p{L}{2,}[,;:.!?'’]?\s+\p{L}|\p{L}\s+\p{L}{2,}/u;
/** A single capitalised word, as a button or a heading has ("Save", "## Goals"). */
const LABEL = /^[\s#*>•-]*\p{Lu}\p{Ll}+[\s.!?:…]*$/u;

/** The text of a literal, its `${…}` parts left out; null when the node is not text. */
function textOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('');
  if (ts.isJsxText(node)) return node.text;
  return null;
}

const calleeName = (call: ts.CallExpression) => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

const propertyName = (name: ts.PropertyName | ts.MemberName) =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name) ? name.text : '';

type Place = 'shown' | 'code' | 'machine';

/**
 * Where a literal sits decides how it is read: `shown` where the mentor sees
 * whatever it holds, `machine` where only programs read it (a module path, a
 * class name, a message key, a log line, a comparison), `code` elsewhere, where
 * only text that reads as words counts.
 */
function placeOf(literal: ts.Node): Place {
  let child: ts.Node = literal;
  for (let node = literal.parent; node; child = node, node = node.parent) {
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) return 'shown';
    if (ts.isJsxAttribute(node)) return SHOWN_ATTRIBUTES.has(node.name.getText()) ? 'shown' : 'machine';
    if (
      ts.isImportDeclaration(node) ||
      ts.isExportDeclaration(node) ||
      ts.isLiteralTypeNode(node) ||
      ts.isElementAccessExpression(node) ||
      ts.isCaseClause(node)
    ) {
      return 'machine';
    }
    if (ts.isBinaryExpression(node) && /^[!=]==?$/.test(node.operatorToken.getText())) return 'machine';
    if (ts.isPropertyAssignment(node)) {
      if (child === node.name) return 'machine';
      return SHOWN_PROPERTIES.has(propertyName(node.name)) ? 'shown' : 'code';
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && child === node.right) {
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && SHOWN_PROPERTIES.has(target.name.text)) return 'shown';
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const owner = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression.getText() : '';
      // Log lines, for whoever reads the console: `console.*` and the worker's `logFailure`.
      if (name === 'import' || owner === 'console' || name === 'logFailure') return 'machine';
      // `t('key', …)`: the key names a message; its words are in the message files.
      if (name === 't' && child === node.arguments[0]) return 'machine';
      if (SHOWN_CALLS.has(name)) return 'shown';
      // Any other call gets a value to work with, shown or not as it decides.
      if (child !== node.expression) return 'code';
    }
    // `['student', 'mentor'].map(…)`: values the code works on.
    if (ts.isPropertyAccessExpression(node) && child === node.expression) return 'code';
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText())) return 'machine';
    // A function ends the climb: what it returns or passes on is a value like any other.
    if (ts.isFunctionLike(node)) return 'code';
  }
  return 'code';
}

/**
 * Every piece of text in a TypeScript or TSX source that a mentor would read:
 * anything with a letter where it is shown (JSX text and children, the
 * attributes and properties that are shown, `alert`/`confirm`), and anywhere
 * else, text that reads as words. Lines with `allowed` text are left out.
 */
export function writtenText(path: string, source: string, allowed: ReadonlySet<string> = new Set()): WrittenText[] {
  const file = ts.createSourceFile(
    path,
    source,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: WrittenText[] = [];
  const visit = (node: ts.Node) => {
    const text = textOf(node);
    if (text !== null && !allowed.has(text)) {
      const place = placeOf(node);
      const reads = place === 'shown' ? /\p{L}/u.test(text) : place === 'code' && (WORDS.test(text) || LABEL.test(text));
      if (reads) found.push({ path, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    }
    // A template's literal parts are its text, checked above: only its `${…}` expressions are visited.
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The text between the tags of an HTML page, and its shown attributes. */
export function htmlText(path: string, html: string): WrittenText[] {
  const found: WrittenText[] = [];
  const lines = html.split('\n');
  lines.forEach((line, index) => {
    const between = [...line.matchAll(/>([^<>]*\p{L}[^<>]*)</gu)].map((m) => m[1]!);
    const attributes = [...line.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)].map((m) => m[2]!);
    for (const text of [...between, ...attributes]) found.push({ path, line: index + 1, text: text.trim() });
  });
  return found;
}

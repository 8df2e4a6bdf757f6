// Finds every way a browser can run server code: exported server actions
// (files whose directive prologue says 'use server') and route handlers
// (exported HTTP methods of app/**/route.ts). Read with the TypeScript
// parser, not a regex, so `export const x = async () => …`, `export { a as b }`
// and comments before the directive are all seen the way Next sees them.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type EntryPoint = {
  kind: 'action' | 'route';
  /** Path from the scanned root, with forward slashes: app/refer/actions.ts */
  file: string;
  /** The exported name: submitReferralAction, GET, default, or * for `export *`. */
  name: string;
  line: number;
  /** The function's own code, or null when it is defined elsewhere (re-exported). */
  fn: ts.FunctionLikeDeclaration | null;
  source: ts.SourceFile;
};

/** `file#name`, how both lists name an entry point. */
export const keyOf = (e: { file: string; name: string }) => `${e.file}#${e.name}`;

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
const CODE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const ROUTE = /^route\.(ts|tsx|js|jsx|mjs|cjs)$/;
// Generated code (the Prisma client) never holds actions and is large.
const SKIP_DIRS = new Set(['node_modules', 'generated', '.next']);

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) {
      if (!SKIP_DIRS.has(d.name)) yield* walk(full);
    } else if (CODE.test(d.name)) yield full;
  }
}

function parse(file: string, text: string): ts.SourceFile {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : /\.(m|c)?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** The string directives at the top of a body ('use strict', 'use server', …). */
function directives(statements: readonly ts.Statement[]): string[] {
  const out: string[] = [];
  for (const s of statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) break;
    out.push(s.expression.text);
  }
  return out;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

function asFunction(e: ts.Expression | undefined): ts.FunctionLikeDeclaration | null {
  if (!e) return null;
  const u = unwrap(e);
  return ts.isArrowFunction(u) || ts.isFunctionExpression(u) ? u : null;
}

/** A function declared at the top level of the file under this name. */
function localFunction(sf: ts.SourceFile, name: string): ts.FunctionLikeDeclaration | null {
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && s.name?.text === name) return s;
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return asFunction(d.initializer);
    }
  }
  return null;
}

/** Every exported value of a module (types are not entry points). */
function exportsOf(sf: ts.SourceFile): { name: string; node: ts.Node; fn: ts.FunctionLikeDeclaration | null }[] {
  const out: { name: string; node: ts.Node; fn: ts.FunctionLikeDeclaration | null }[] = [];
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && hasModifier(s, ts.SyntaxKind.ExportKeyword)) {
      out.push({ name: hasModifier(s, ts.SyntaxKind.DefaultKeyword) ? 'default' : (s.name?.text ?? 'default'), node: s, fn: s });
    } else if (ts.isVariableStatement(s) && hasModifier(s, ts.SyntaxKind.ExportKeyword)) {
      for (const d of s.declarationList.declarations) out.push({ name: d.name.getText(sf), node: d, fn: asFunction(d.initializer) });
    } else if (ts.isClassDeclaration(s) && hasModifier(s, ts.SyntaxKind.ExportKeyword)) {
      out.push({ name: s.name?.text ?? 'default', node: s, fn: null });
    } else if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
      if (!s.exportClause) out.push({ name: '*', node: s, fn: null });
      else if (ts.isNamespaceExport(s.exportClause)) out.push({ name: s.exportClause.name.text, node: s, fn: null });
      else {
        for (const spec of s.exportClause.elements) {
          if (spec.isTypeOnly) continue;
          const local = (spec.propertyName ?? spec.name).getText(sf);
          out.push({ name: spec.name.getText(sf), node: spec, fn: s.moduleSpecifier ? null : localFunction(sf, local) });
        }
      }
    } else if (ts.isExportAssignment(s)) {
      const e = unwrap(s.expression);
      out.push({ name: 'default', node: s, fn: ts.isIdentifier(e) ? localFunction(sf, e.text) : asFunction(e) });
    }
  }
  return out;
}

export type Scan = {
  entries: EntryPoint[];
  /** `file:line` of 'use server' written inside a function: an action no list can name. */
  inlineActions: string[];
};

/** Scans `dirs` (relative to root) for server actions, and root/app for route handlers. */
export function scanEntryPoints(root: string, dirs: string[] = ['app', 'lib']): Scan {
  const scan: Scan = { entries: [], inlineActions: [] };
  for (const dir of dirs) {
    for (const full of walk(path.join(root, dir))) {
      const file = path.relative(root, full).split(path.sep).join('/');
      const isRoute = file.startsWith('app/') && ROUTE.test(path.basename(full));
      const text = fs.readFileSync(full, 'utf8');
      // Only a cheap filter: the parser below decides.
      if (!isRoute && !text.includes('use server')) continue;
      const sf = parse(full, text);
      const isActionFile = directives(sf.statements).includes('use server');
      for (const ex of exportsOf(sf)) {
        const kind = isActionFile ? 'action' : isRoute && HTTP_METHODS.has(ex.name) ? 'route' : null;
        if (!kind) continue;
        const line = sf.getLineAndCharacterOfPosition(ex.node.getStart(sf)).line + 1;
        scan.entries.push({ kind, file, name: ex.name, line, fn: ex.fn, source: sf });
      }
      sf.forEachChild(function visit(node: ts.Node): void {
        if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body) && directives(node.body.statements).includes('use server')) {
          scan.inlineActions.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
        }
        node.forEachChild(visit);
      });
    }
  }
  scan.entries.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return scan;
}

export type Listing = {
  /** Found, but in neither the matrix nor the public list. */
  unlisted: EntryPoint[];
  /** Named by the public list, but not found in the code. */
  staleAllowed: string[];
  /** In both lists: a public entry point needs no matrix entry, and a staff one must not be called public. */
  both: string[];
};

/** Compares what the code exposes with the matrix and the public allow-list. */
export function compareWithLists(entries: EntryPoint[], inMatrix: ReadonlySet<string>, allowed: ReadonlySet<string>): Listing {
  const found = new Set(entries.map(keyOf));
  return {
    unlisted: entries.filter((e) => !inMatrix.has(keyOf(e)) && !allowed.has(keyOf(e))),
    staleAllowed: [...allowed].filter((k) => !found.has(k)),
    both: [...allowed].filter((k) => inMatrix.has(k)),
  };
}

export const describeUnlisted = (e: EntryPoint) =>
  `${e.file}:${e.line} ${e.kind === 'route' ? 'route handler' : 'server action'} ${e.name} has no authorization-matrix entry (tests/integration/staff-actions.ts) and is not on the public list (tests/integration/public-entry-points.ts)`;

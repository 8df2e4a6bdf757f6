// "Guard first": a staff action or route handler must check who is asking
// before it reads the form, the database or anything else, so no work (and
// no error message that leaks data) happens for a stranger. Public entry
// points have no guard, so they must at least validate what they are sent.
import path from 'node:path';
import ts from 'typescript';
import type { EntryPoint } from './server-entry-points.ts';

/** The module that holds the guards, and the guards an action or route may call (see lib/staff/guards.ts). */
export const GUARD_MODULE = 'lib/staff/guards';
export const ACTION_GUARDS = ['authorizeAction'];

/** Does this import specifier, written in `fromFile`, point at the guards module? */
function isGuardModule(specifier: string, fromFile: string, root: string): boolean {
  const bare = specifier.replace(/\.(ts|js)$/, '');
  if (bare === `@/${GUARD_MODULE}`) return true;
  if (!bare.startsWith('.')) return false;
  return path.resolve(root, path.dirname(fromFile), bare) === path.resolve(root, GUARD_MODULE);
}

/** Local names under which the guards are imported (a same-named local function does not count). */
function guardNames(sf: ts.SourceFile, file: string, root: string): Set<string> {
  const names = new Set<string>();
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || s.importClause?.isTypeOnly) continue;
    if (!isGuardModule(s.moduleSpecifier.text, file, root)) continue;
    const bindings = s.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) {
      if (!el.isTypeOnly && ACTION_GUARDS.includes((el.propertyName ?? el.name).text)) names.add(el.name.text);
    }
  }
  return names;
}

/** `await guard(…)`, alone or as the value of a declaration. */
function isGuardCall(s: ts.Statement, guards: Set<string>): boolean {
  let e: ts.Expression | undefined;
  if (ts.isExpressionStatement(s)) e = s.expression;
  else if (ts.isVariableStatement(s) && s.declarationList.declarations.length === 1) e = s.declarationList.declarations[0]?.initializer;
  if (!e || !ts.isAwaitExpression(e) || !ts.isCallExpression(e.expression)) return false;
  const callee = e.expression.expression;
  return ts.isIdentifier(callee) && guards.has(callee.text);
}

/** A route handler may turn the refusal into a 403: `try { await guard() } catch { …; return/throw }`. */
function isGuardedTry(s: ts.Statement, guards: Set<string>): boolean {
  if (!ts.isTryStatement(s) || !s.catchClause || s.finallyBlock) return false;
  const [first, ...rest] = s.tryBlock.statements;
  const last = s.catchClause.block.statements.at(-1);
  // The catch must leave the handler; falling through would run the work anyway.
  return !!first && rest.length === 0 && isGuardCall(first, guards) && !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
}

const isTypeOnly = (s: ts.Statement) => ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s);

/** Why this entry point does not call the guard first, or null when it does. */
export function guardFirstProblem(e: EntryPoint, root: string): string | null {
  const where = `${e.file}:${e.line} ${e.name}`;
  if (!e.fn) return `${where} is not written in this file, so its guard cannot be checked; define it here`;
  if (!e.fn.body || !ts.isBlock(e.fn.body)) return `${where} has no statement body; its first statement must be \`await ${ACTION_GUARDS[0]}(…)\``;
  const guards = guardNames(e.source, e.file, root);
  if (guards.size === 0) return `${where} does not import ${ACTION_GUARDS.join(' or ')} from @/${GUARD_MODULE}`;
  const first = e.fn.body.statements.find((s) => !isTypeOnly(s));
  if (first && (isGuardCall(first, guards) || (e.kind === 'route' && isGuardedTry(first, guards)))) return null;
  const doing = first ? first.getText(e.source).split('\n')[0] : 'nothing';
  return `${where} does "${doing}" before \`await ${ACTION_GUARDS[0]}(…)\`; the guard must be its first statement`;
}

const PARSERS = new Set(['safeParse', 'parse', 'safeParseAsync', 'parseAsync']);

/** Why this public entry point does not validate its input, or null when it does (a zod parse, or the named helper that does one). */
export function validationProblem(e: EntryPoint, helper: string | undefined): string | null {
  const where = `${e.file}:${e.line} ${e.name}`;
  if (!e.fn?.body) return `${where} is not written in this file, so its validation cannot be checked`;
  let found = false;
  e.fn.body.forEachChild(function visit(node: ts.Node): void {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && PARSERS.has(callee.name.text)) found = true;
      if (helper && callee.getText(e.source) === helper) found = true;
    }
    node.forEachChild(visit);
  });
  return found ? null : `${where} is public but never calls .safeParse()/.parse()${helper ? ` or ${helper}()` : ''} on what it is sent`;
}

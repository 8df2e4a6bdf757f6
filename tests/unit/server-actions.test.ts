// Staff actions and route handlers check who is asking before doing anything
// else; public ones validate what they are sent. Read from the source with
// the TypeScript parser. The fixture tree (tests/fixtures/server-entry-points)
// shows each check reports the mistakes it promises to catch.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTIONS, PUBLIC_ENTRY_POINTS } from '../integration/public-entry-points.ts';
import { ACTION_GUARDS, GUARD_MODULE, guardFirstProblem, validationProblem } from '../support/guard-first.ts';
import { compareWithLists, describeUnlisted, keyOf, scanEntryPoints, type EntryPoint } from '../support/server-entry-points.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtureRoot = path.join(root, 'tests/fixtures/server-entry-points');
const publicKeys = new Set(PUBLIC_ENTRY_POINTS.map(keyOf));

function find(entries: EntryPoint[], key: string): EntryPoint {
  const e = entries.find((x) => keyOf(x) === key);
  if (!e) throw new Error(`${key} was not found by the scan`);
  return e;
}

describe('server actions and route handlers of the site', () => {
  const { entries } = scanEntryPoints(root);

  it('check who is signed in before anything else, in every staff action and route handler', () => {
    const staff = entries.filter((e) => !publicKeys.has(keyOf(e)));
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.map((e) => guardFirstProblem(e, root)).filter(Boolean)).toEqual([]);
  });

  it('validate what they are sent, in every public action', () => {
    const problems = PUBLIC_ACTIONS.map((p) => {
      const e = entries.find((x) => keyOf(x) === keyOf(p));
      return e ? validationProblem(e, p.validatedBy) : null; // a missing one is the matrix test's to report
    });
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it('are checked against a guard that lib/staff/guards.ts still exports', () => {
    const file = path.join(root, `${GUARD_MODULE}.ts`);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const exported = sf.statements.filter(ts.isFunctionDeclaration).filter((f) => ts.getModifiers(f)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)).map((f) => f.name?.text);
    for (const guard of ACTION_GUARDS) expect(exported).toContain(guard);
  });
});

describe('the guard-first check', () => {
  const { entries } = scanEntryPoints(fixtureRoot);
  const problem = (key: string) => guardFirstProblem(find(entries, key), fixtureRoot);
  const actions = 'app/staff/probe/actions';

  it('accepts an action whose first statement awaits the guard, with or without a type line before it', () => {
    expect(problem(`${actions}/guarded-actions.ts#guardedAction`)).toBeNull();
    expect(problem(`${actions}/guarded-actions.ts#guardedArrowAction`)).toBeNull();
  });

  it('reports an action that reads its form before the guard', () => {
    expect(problem(`${actions}/unguarded-actions.ts#lateGuardAction`)).toMatch(/lateGuardAction does "const id = String\(form.get\('id'\)\);" before/);
  });

  it('reports an action with no guard, with a guard it does not wait for, or with a look-alike of its own', () => {
    expect(problem(`${actions}/unguarded-actions.ts#noGuardAction`)).toMatch(/noGuardAction does "return String/);
    expect(problem(`${actions}/unguarded-actions.ts#unawaitedGuardAction`)).toMatch(/unawaitedGuardAction does "void authorizeAction/);
    expect(problem(`${actions}/look-alike-action.ts#lookAlikeAction`)).toMatch(/lookAlikeAction does not import authorizeAction from @\/lib\/staff\/guards/);
  });

  it('reports an action defined in another file, whose first statement it cannot see', () => {
    expect(problem(`${actions}/re-exported-action.ts#reExportedAction`)).toMatch(/reExportedAction is not written in this file/);
  });

  it('accepts a route handler that answers a refusal with 403, and reports one that carries on or never asks', () => {
    const route = 'app/staff/probe/preview/route.ts';
    expect(problem(`${route}#POST`)).toBeNull();
    expect(problem(`${route}#PUT`)).toMatch(/PUT does "try \{" before/);
    expect(problem(`${route}#GET`)).toMatch(/GET does "return new Response/);
  });

  it('reports a public action that never validates what it is sent', () => {
    expect(validationProblem(find(entries, 'app/public/actions.ts#checkedPublicAction'), undefined)).toBeNull();
    expect(validationProblem(find(entries, 'app/public/actions.ts#uncheckedPublicAction'), undefined)).toMatch(/uncheckedPublicAction is public but never calls/);
    // Naming a helper that the action does not call does not help.
    expect(validationProblem(find(entries, 'app/public/actions.ts#uncheckedPublicAction'), 'submitListing')).toMatch(/or submitListing\(\)/);
  });
});

describe('the listing check behind the authorization matrix', () => {
  const scan = scanEntryPoints(fixtureRoot);

  it('finds exported actions in app/ and lib/, and only the HTTP methods of a route file', () => {
    expect(scan.entries.map(keyOf)).toEqual([
      'app/public/actions.ts#checkedPublicAction',
      'app/public/actions.ts#uncheckedPublicAction',
      'app/staff/probe/actions/guarded-actions.ts#guardedAction',
      'app/staff/probe/actions/guarded-actions.ts#guardedArrowAction',
      'app/staff/probe/actions/look-alike-action.ts#lookAlikeAction',
      'app/staff/probe/actions/re-exported-action.ts#reExportedAction',
      'app/staff/probe/actions/unguarded-actions.ts#lateGuardAction',
      'app/staff/probe/actions/unguarded-actions.ts#noGuardAction',
      'app/staff/probe/actions/unguarded-actions.ts#unawaitedGuardAction',
      'app/staff/probe/preview/route.ts#GET',
      'app/staff/probe/preview/route.ts#POST',
      'app/staff/probe/preview/route.ts#PUT',
      'lib/probe/actions.ts#libAction',
    ]);
  });

  it('names a new action or route handler that is in neither the matrix nor the public list', () => {
    const inMatrix = new Set(scan.entries.filter((e) => e.file.startsWith('app/staff/')).map(keyOf));
    inMatrix.delete('app/staff/probe/actions/unguarded-actions.ts#noGuardAction');
    inMatrix.delete('app/staff/probe/preview/route.ts#GET');
    const listing = compareWithLists(scan.entries, inMatrix, new Set(['app/public/actions.ts#checkedPublicAction', 'app/public/actions.ts#uncheckedPublicAction']));
    expect(listing.unlisted.map(describeUnlisted)).toEqual([
      'app/staff/probe/actions/unguarded-actions.ts:13 server action noGuardAction has no authorization-matrix entry (tests/integration/staff-actions.ts) and is not on the public list (tests/integration/public-entry-points.ts)',
      'app/staff/probe/preview/route.ts:28 route handler GET has no authorization-matrix entry (tests/integration/staff-actions.ts) and is not on the public list (tests/integration/public-entry-points.ts)',
      'lib/probe/actions.ts:3 server action libAction has no authorization-matrix entry (tests/integration/staff-actions.ts) and is not on the public list (tests/integration/public-entry-points.ts)',
    ]);
  });

  it('names a public-list entry the code no longer has, and one that is also in the matrix', () => {
    const key = 'app/public/actions.ts#checkedPublicAction';
    const listing = compareWithLists(scan.entries, new Set([key]), new Set([key, 'app/gone/route.ts#GET']));
    expect(listing.staleAllowed).toEqual(['app/gone/route.ts#GET']);
    expect(listing.both).toEqual([key]);
  });

  it("names an action declared with 'use server' inside a function", () => {
    expect(scan.inlineActions).toEqual(['app/inline/inline-action.ts:3']);
  });
});

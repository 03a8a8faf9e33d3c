/** A ring list of one polygon, or the polygons of a multipolygon: OL/GeoJSON coordinate arrays. */
export type Coords = number[][][] | number[][][][];

/** One feature's geometry before and after a command; null means "not there" (a drawn zone before it was drawn). */
export interface Change {
  key: string;
  before: Coords | null;
  after: Coords | null;
}

/**
 * Undo/redo of unsaved edits. A command is the list of geometries it changed, so undo
 * restores every zone a shared-vertex drag moved in one step, as the planner expects.
 */
export class CommandStack {
  private done: Change[][] = [];
  private undone: Change[][] = [];

  /** Record a command; an empty one (a click that moved nothing) is ignored. A new command clears redo. */
  push(changes: Change[]): void {
    if (changes.length === 0) return;
    this.done.push(changes);
    this.undone = [];
  }

  /** The changes to revert (apply each `before`), or null when there is nothing to undo. */
  undo(): Change[] | null {
    const command = this.done.pop();
    if (!command) return null;
    this.undone.push(command);
    return command;
  }

  /** The changes to apply again (apply each `after`), or null when there is nothing to redo. */
  redo(): Change[] | null {
    const command = this.undone.pop();
    if (!command) return null;
    this.done.push(command);
    return command;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}

/** The geometries that differ between two snapshots (keys present in either), as changes. */
export function diffSnapshots(before: Map<string, Coords | null>, after: Map<string, Coords | null>): Change[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const changes: Change[] = [];
  for (const key of keys) {
    const b = before.get(key) ?? null;
    const a = after.get(key) ?? null;
    if (!sameCoords(b, a)) changes.push({key, before: b, after: a});
  }
  return changes;
}

/** Exact equality of two coordinate trees (null only equals null). */
export function sameCoords(a: Coords | null, b: Coords | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

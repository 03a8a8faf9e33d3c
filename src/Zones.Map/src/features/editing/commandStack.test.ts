import {describe, expect, it} from 'vitest';
import {CommandStack, diffSnapshots, type Coords} from './commandStack';

const square: Coords = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
const moved: Coords = [[[0, 0], [2, 0], [1, 1], [0, 0]]];

describe('CommandStack', () => {
  it('undoes and redoes a command that moved two zones at once', () => {
    const stack = new CommandStack();
    const command = [
      {key: 'z1', before: square, after: moved},
      {key: 'z2', before: square, after: moved},
    ];
    stack.push(command);
    expect(stack.undo()).toBe(command);
    expect(stack.canUndo).toBe(false);
    expect(stack.redo()).toBe(command);
    expect(stack.canRedo).toBe(false);
  });

  it('forgets the redo branch when a new command is pushed', () => {
    const stack = new CommandStack();
    stack.push([{key: 'a', before: null, after: square}]);
    stack.undo();
    stack.push([{key: 'b', before: null, after: square}]);
    expect(stack.canRedo).toBe(false);
    expect(stack.undo()?.[0].key).toBe('b');
    expect(stack.undo()).toBeNull();
  });

  it('ignores an empty command, so a click that moved nothing is not an undo step', () => {
    const stack = new CommandStack();
    stack.push([]);
    expect(stack.canUndo).toBe(false);
  });
});

describe('diffSnapshots', () => {
  it('lists only the geometries that changed, appeared or disappeared', () => {
    const before = new Map<string, Coords | null>([['z1', square], ['z2', square], ['z3', square]]);
    const after = new Map<string, Coords | null>([['z1', square], ['z2', moved], ['new-1', square]]);
    expect(diffSnapshots(before, after)).toEqual([
      {key: 'z2', before: square, after: moved},
      {key: 'z3', before: square, after: null},
      {key: 'new-1', before: null, after: square},
    ]);
  });
});

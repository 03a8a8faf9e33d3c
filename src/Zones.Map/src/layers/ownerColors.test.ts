import {describe, expect, it} from 'vitest';
import {ownerColor, ownerKey, ownerOf, withAlpha} from './ownerColors';

const props = (p: Record<string, unknown>) => ({get: (k: string) => p[k]});

describe('ownerColor', () => {
  it('is the hue-0 red for person 0 (hsl(0, 68%, 42%) worked out by hand)', () => {
    expect(ownerColor({id: '0', kind: 'person'})).toBe('#b42222');
  });

  it('is stable: the same owner gets the same colour every time', () => {
    expect(ownerColor({id: '17', kind: 'person'})).toBe(ownerColor({id: '17', kind: 'person'}));
  });

  it('tells a person and a unit with the same id apart', () => {
    expect(ownerColor({id: '3', kind: 'person'})).not.toBe(ownerColor({id: '3', kind: 'unit'}));
    expect(ownerKey({id: '3', kind: 'unit'})).toBe('unit:3');
  });

  it('gives 60 consecutive people and units 120 different colours', () => {
    const colours = new Set<string>();
    for (let i = 1; i <= 60; i++) {
      colours.add(ownerColor({id: String(i), kind: 'person'}));
      colours.add(ownerColor({id: String(i), kind: 'unit'}));
    }
    expect(colours.size).toBe(120);
  });

  it('still colours a non-numeric id', () => {
    expect(ownerColor({id: 'P007', kind: 'person'})).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('ownerOf', () => {
  it('reads the owner of a zone tile feature', () => {
    expect(ownerOf(props({owner_id: 7, owner_kind: 'unit', owner_name: '县交通局'}))).toEqual({id: '7', kind: 'unit', name: '县交通局'});
  });

  it('is null for an unowned zone', () => {
    expect(ownerOf(props({owner_id: null}))).toBeNull();
    expect(ownerOf(props({}))).toBeNull();
  });

  it('is null for a zone that has only its parent\'s owner (属地兜底), so it is hatched as unowned', () => {
    expect(ownerOf(props({owner_id: 8, owner_kind: 'person', owner_name: '田建国', owner_inherited: true}))).toBeNull();
    expect(ownerOf(props({owner_id: 8, owner_kind: 'person', owner_name: '田建国', owner_inherited: false}))?.name).toBe('田建国');
  });

  it('shows the id when the name is missing', () => {
    expect(ownerOf(props({owner_id: 9}))?.name).toBe('#9');
  });
});

describe('withAlpha', () => {
  it('turns #rrggbb into rgba()', () => {
    expect(withAlpha('#b42222', 0.5)).toBe('rgba(180,34,34,0.5)');
  });
});

import { describe, expect, it } from 'vitest';
import { buildUnitTree, flattenUnitTree } from './unit-tree';

const unit = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId });

describe('unit tree', () => {
  it('nests sub-units under their parent, sorted by name', () => {
    const tree = buildUnitTree([
      unit('2', 'Logistics', '1'),
      unit('1', 'General Staff'),
      unit('3', 'HR', '1'),
    ]);
    expect(flattenUnitTree(tree).map(({ unit: u, depth }) => `${depth}:${u.name}`)).toEqual([
      '0:General Staff',
      '1:HR',
      '1:Logistics',
    ]);
  });

  it('never hides a unit whose parent is missing or that sits in a cycle', () => {
    const units = [unit('a', 'Orphan', 'gone'), unit('b', 'Loop B', 'c'), unit('c', 'Loop C', 'b')];
    const names = flattenUnitTree(buildUnitTree(units)).map(({ unit: u }) => u.name);
    expect(names.sort()).toEqual(['Loop B', 'Loop C', 'Orphan']);
  });
});

export interface UnitLike {
  id: string;
  name: string;
  parentId: string | null;
}

export interface UnitNode<T extends UnitLike = UnitLike> {
  unit: T;
  children: UnitNode<T>[];
}

/**
 * Builds the unit hierarchy, children sorted by name. A unit whose parent is missing (or that sits in a cycle)
 * is shown at the top level, so no unit ever disappears from the page.
 */
export function buildUnitTree<T extends UnitLike>(units: readonly T[], locale?: string): UnitNode<T>[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode<T>[] }]));
  const roots: UnitNode<T>[] = [];

  const reachesRoot = (unit: T): boolean => {
    const seen = new Set<string>([unit.id]);
    let parentId = unit.parentId;
    while (parentId !== null) {
      if (seen.has(parentId)) return false;
      seen.add(parentId);
      const parent = nodes.get(parentId);
      if (!parent) return false;
      parentId = parent.unit.parentId;
    }
    return true;
  };

  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    if (parent && reachesRoot(node.unit)) parent.children.push(node);
    else roots.push(node);
  }

  const byName = (a: UnitNode<T>, b: UnitNode<T>) => a.unit.name.localeCompare(b.unit.name, locale);
  const sort = (list: UnitNode<T>[]): UnitNode<T>[] => {
    list.sort(byName);
    list.forEach((node) => sort(node.children));
    return list;
  };
  return sort(roots);
}

/** Depth-first list with each unit's depth, for indented `<select>` options. */
export function flattenUnitTree<T extends UnitLike>(
  tree: UnitNode<T>[],
  depth = 0,
): { unit: T; depth: number }[] {
  return tree.flatMap((node) => [{ unit: node.unit, depth }, ...flattenUnitTree(node.children, depth + 1)]);
}

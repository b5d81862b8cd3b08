import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Assumed length of a list whose size the query does not bound. */
const LIST_FACTOR = 10;
/** The largest page a `first` argument may ask for (a variable counts as the largest). */
const MAX_PAGE = 100;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** A paged field's multiplier: its literal `first`, or the largest page when it comes from a variable. */
function pageSize(field: FieldNode): number | null {
  const first = field.arguments?.find((arg) => arg.name.value === 'first');
  if (!first) return null;
  return first.value.kind === Kind.INT ? Math.min(Number(first.value.value), MAX_PAGE) : MAX_PAGE;
}

/**
 * Refuses queries nested deeper than `maxDepth` or whose estimated cost exceeds `maxCost`, before anything runs;
 * both answer QUERY_TOO_COMPLEX. Each field costs 1; a paged field multiplies what is under it by its page size
 * (`first`), a list of a `boundedTypes` type (at most a handful of items, e.g. translations) by 1, any other list
 * by 10.
 */
export function queryLimitsRule(
  maxDepth: number,
  maxCost: number,
  boundedTypes: ReadonlySet<string> = new Set(),
) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const schema = context.getSchema();

    const measure = (
      selectionSet: SelectionSetNode,
      parentType: ReturnType<typeof getNamedType>,
      depth: number,
      seen: Set<string>,
      paged = false,
    ): { depth: number; cost: number } => {
      let maxSeen = depth;
      let cost = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const field: FieldNode = selection;
          const fieldDef =
            parentType && 'getFields' in parentType ? parentType.getFields()[field.name.value] : undefined;
          let fieldCost = 1;
          if (field.selectionSet && fieldDef) {
            const named = getNamedType(fieldDef.type);
            const page = pageSize(field);
            const inner = measure(field.selectionSet, named, depth + 1, seen, page !== null);
            maxSeen = Math.max(maxSeen, inner.depth);
            let factor = page ?? 1;
            if (isList(fieldDef.type as GraphQLOutputType)) {
              const countedByPage = paged && field.name.value === 'nodes';
              factor *= countedByPage || boundedTypes.has(named.name) ? 1 : LIST_FACTOR;
            }
            fieldCost += inner.cost * factor;
          }
          cost += fieldCost;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          const inner = measure(
            selection.selectionSet,
            typeName ? (schema.getType(typeName) as ReturnType<typeof getNamedType>) : parentType,
            depth,
            seen,
            paged,
          );
          maxSeen = Math.max(maxSeen, inner.depth);
          cost += inner.cost;
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          const inner = measure(
            fragment.selectionSet,
            schema.getType(fragment.typeCondition.name.value) as ReturnType<typeof getNamedType>,
            depth,
            new Set([...seen, name]),
            paged,
          );
          maxSeen = Math.max(maxSeen, inner.depth);
          cost += inner.cost;
        }
      }
      return { depth: maxSeen, cost };
    };

    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'mutation'
            ? schema.getMutationType()
            : node.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        const { depth, cost } = measure(node.selectionSet, root ?? undefined, 1, new Set());
        if (depth > maxDepth || cost > maxCost) {
          context.reportError(
            new GraphQLError(
              depth > maxDepth
                ? `Query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`
                : `Query cost ${cost} exceeds the limit of ${maxCost}.`,
              {
                nodes: [node],
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  queryLimit: depth > maxDepth ? 'depth' : 'cost',
                  depth,
                  cost,
                },
              },
            ),
          );
        }
      },
    };
  };
}

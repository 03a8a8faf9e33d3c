import type {GraphQLClient} from './graphql';

/** A field of an object type: its name and the name of its (unwrapped) type. */
export type FieldMap = Map<string, string>;

const TYPE_QUERY = `query Probe($name: String!) {
  __type(name: $name) { fields { name type { name ofType { name ofType { name ofType { name } } } } } }
}`;

interface TypeRef { name: string | null; ofType?: TypeRef | null }

function namedType(t: TypeRef | null | undefined): string {
  return t ? t.name ?? namedType(t.ofType) : '';
}

/**
 * Fields of API types, asked once per page by introspection. The panel asks for fields that
 * other work adds while this client ships (Zone.indicators, Complaint.allowedActions, …): it
 * requests only what the server has, so a missing field leaves a section out instead of
 * failing the whole panel.
 */
export function createSchemaProbe(graphql: GraphQLClient): (typeName: string) => Promise<FieldMap> {
  const cache = new Map<string, Promise<FieldMap>>();
  return (typeName) => {
    let found = cache.get(typeName);
    if (!found) {
      found = graphql<{__type: {fields: {name: string; type: TypeRef}[]} | null}>(TYPE_QUERY, {name: typeName})
        .then((d) => new Map((d.__type?.fields ?? []).map((f) => [f.name, namedType(f.type)])))
        .catch(() => new Map());
      cache.set(typeName, found);
    }
    return found;
  };
}

/** Whether the server's API has `typeName.field` (false when the probe itself fails). */
export type HasField = (typeName: string, field: string) => Promise<boolean>;

export function hasFieldOf(probe: (typeName: string) => Promise<FieldMap>): HasField {
  return async (typeName, field) => (await probe(typeName)).has(field);
}

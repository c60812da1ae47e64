import {
  Kind,
  separateOperations,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** Most coordinates one usage report may carry (protocol §3). */
export const MAX_COORDINATES_PER_REPORT = 1_000;

/**
 * Returns the schema coordinates (`Type.field`, `Type.field(arg:)`) that operation
 * `operationName` of a validated `document` uses in `schema`, sorted and unique:
 * fields of the operation and of every fragment it spreads, with the field's arguments.
 * `__typename` and introspection (`__schema`, `__type` and what lies below) are left out.
 */
export function collectSchemaCoordinates(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): string[] {
  const operation = operationDocument(document, operationName);
  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = node.name.value;
        if (!parent || field.startsWith('__')) return false;
        if (!typeInfo.getFieldDef()) return false;
        coordinates.add(`${parent.name}.${field}`);
        return undefined;
      },
      Argument(node) {
        // Directive arguments (@include(if:)) are not schema coordinates of the API.
        if (typeInfo.getDirective()) return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || !typeInfo.getArgument()) return;
        coordinates.add(`${parent.name}.${field.name}(${node.name.value}:)`);
      },
    }),
  );
  return [...coordinates].sort().slice(0, MAX_COORDINATES_PER_REPORT);
}

/** The operation to execute and the fragments it needs; the whole document when it holds one operation. */
function operationDocument(document: DocumentNode, operationName: string | null): DocumentNode {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length <= 1) return document;
  // separateOperations names anonymous operations ''; Apollo refuses several operations without a name.
  return separateOperations(document)[operationName ?? ''] ?? document;
}

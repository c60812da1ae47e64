import type { GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import type { IMiddlewareFunction, IMiddlewareTypeMap } from 'graphql-middleware';
import type { SubgraphContext } from '../subgraph-context';
import type { PersonalDataMap } from './personal-data';

/**
 * Returns the graphql-middleware that records, in the request's PersonalDataReads, every
 * field of a personal-data type that resolves (after the rules allowed it). Throws when
 * `personalData` names a type the schema does not have.
 */
export function createAuditMiddleware(schema: GraphQLSchema, personalData: PersonalDataMap): IMiddlewareTypeMap {
  const middleware: IMiddlewareTypeMap = {};
  for (const [typeName, subjectOf] of Object.entries(personalData)) {
    if (!isObjectType(schema.getType(typeName))) throw new Error(`personalData names a type the schema does not have: ${typeName}`);
    const recordRead: IMiddlewareFunction = async (resolve, parent, args, context: SubgraphContext, info) => {
      const result = await resolve(parent, args, context, info);
      const subjectCi = subjectOf(parent);
      if (typeof subjectCi === 'string' && subjectCi.length > 0) {
        // Personal data is never returned unaudited: without a recorder the kit did not make this context.
        if (!context?.audit) throw new Error('personal data read outside a kit request (no audit recorder)');
        context.audit.record(subjectCi, `${info.parentType.name}.${info.fieldName}`);
      }
      return result;
    };
    middleware[typeName] = recordRead;
  }
  return middleware;
}

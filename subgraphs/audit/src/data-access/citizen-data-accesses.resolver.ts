import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, assertPageSize, badUserInput, decodeCursor } from '@egob/subgraph-kit';
import type { AuditContext } from '../audit-context';
import { messages } from '../messages';
import { parsePeriod } from '../period';
import { Citizen } from './citizen.type';
import { isDataAccessKey } from './data-access.service';
import { DataAccessConnection } from './data-access.type';

const ENTITY_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** Adds `Citizen.dataAccesses`: the citizen's data tracker. */
@Resolver(() => Citizen)
export class CitizenDataAccessesResolver {
  // No DataLoader: the rules let only the citizen's own Citizen through, so a request
  // never resolves this field for more than one citizen.
  @FieldResolver(() => DataAccessConnection, {
    description: 'Quién leyó mis datos personales, qué campos, cuándo, por cuenta de qué entidad y para qué; del más reciente al más antiguo. Solo la propia ciudadana o el propio ciudadano lo ve.',
  })
  dataAccesses(
    @Root() citizen: Citizen,
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor endCursor de la página anterior.' }) after: string | null,
    @Arg('entity', () => String, { nullable: true, description: 'Solo los accesos hechos por cuenta de esta entidad (código, p. ej. MIN-SALUD).' }) entity: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Desde esta fecha (AAAA-MM-DD) o instante UTC, inclusive.' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Hasta esta fecha (AAAA-MM-DD, todo el día) o instante UTC, inclusive.' }) to: string | null,
    @Ctx() ctx: AuditContext,
  ) {
    assertPageSize(first);
    // Omitted arguments arrive as undefined, explicit nulls as null: both mean "no filter".
    const entityCode = entity ?? null;
    if (entityCode !== null && !ENTITY_CODE.test(entityCode)) throw badUserInput(messages.invalidEntityCode, 'entity');
    return ctx.services.dataAccesses.listForCitizen({
      subjectCi: citizen.ci,
      entity: entityCode,
      period: parsePeriod(from, to),
      first,
      after: decodeCursor(after, isDataAccessKey),
    });
  }
}

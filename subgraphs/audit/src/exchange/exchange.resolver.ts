import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AuditContext } from '../audit-context';
import { parsePeriod } from '../period';
import { EntityExchange } from './entity-exchange.type';

/** `exchangeStatistics`: exchanges of personal data between entities, for planning analysts. */
@Resolver(() => EntityExchange)
export class ExchangeResolver {
  @Query(() => [EntityExchange], {
    description: 'Accesos a datos personales agrupados por mes, entidad que consultó y entidad responsable de los datos: el indicador de interoperabilidad del plan. Para analistas de planificación.',
  })
  exchangeStatistics(
    @Arg('from', () => String, { nullable: true, description: 'Desde esta fecha (AAAA-MM-DD) o instante UTC, inclusive.' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Hasta esta fecha (AAAA-MM-DD, todo el día) o instante UTC, inclusive.' }) to: string | null,
    @Ctx() ctx: AuditContext,
  ): Promise<EntityExchange[]> {
    return ctx.services.exchanges.statistics(parsePeriod(from, to));
  }
}

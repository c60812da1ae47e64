import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Affiliate } from '../affiliate/affiliate.type';
import type { HealthContext } from '../health-context';
import { HealthRecord } from '../record/health-record.type';
import { Citizen } from './citizen.type';

/** Adds `affiliation` and `healthRecord` to the Citizen. */
@Resolver(() => Citizen)
export class CitizenHealthResolver {
  @FieldResolver(() => Affiliate, {
    nullable: true,
    description: 'Afiliación a un seguro público de salud (datos administrativos); null si la persona no está afiliada.',
  })
  affiliation(@Root() citizen: Citizen, @Ctx() ctx: HealthContext): Promise<Affiliate | null> {
    return ctx.loaders.affiliateByCi.load(citizen.ci);
  }

  @FieldResolver(() => HealthRecord, {
    nullable: true,
    description:
      'Historia clínica única: todas las consultas, referencias y seguimientos, de todos los establecimientos. La ve la propia persona y el personal de salud de un establecimiento donde se la está atendiendo (atención abierta); cada lectura queda en la bitácora de auditoría.',
  })
  healthRecord(@Root() citizen: Citizen): HealthRecord {
    // The rules already allowed the reader; the lists load through DataLoaders below.
    return { ci: citizen.ci };
  }
}

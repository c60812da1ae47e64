import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Employment } from '../employment/employment.type';
import { JobProfile } from '../job-profile/job-profile.type';
import type { LaborContext } from '../labor-context';
import { experienceMonths, laPazToday } from '../labor-dates';
import { Citizen } from './citizen.type';

/** Adds `Citizen.employmentHistory` and `Citizen.jobProfile` (through the request's DataLoaders). */
@Resolver(() => Citizen)
export class CitizenLaborResolver {
  @FieldResolver(() => [Employment], {
    description: 'Historial laboral: empleos registrados por los empleadores o la inspección del trabajo, del inicio más reciente al más antiguo. La propia persona o un inspector de trabajo.',
  })
  employmentHistory(@Root() citizen: Citizen, @Ctx() ctx: LaborContext): Promise<Employment[]> {
    return ctx.loaders.employmentsByCi.load(citizen.ci);
  }

  @FieldResolver(() => JobProfile, { nullable: true, description: 'Perfil laboral en la bolsa de trabajo; null si no registró uno. La propia persona o un inspector de trabajo.' })
  jobProfile(@Root() citizen: Citizen, @Ctx() ctx: LaborContext): Promise<JobProfile | null> {
    return ctx.loaders.jobProfileByCi.load(citizen.ci);
  }
}

/** Computes `JobProfile.experienceMonths` from the employment register. */
@Resolver(() => JobProfile)
export class JobProfileResolver {
  @FieldResolver(() => Int, { description: 'Meses de experiencia según el registro laboral (periodos superpuestos se cuentan una vez; un empleo vigente cuenta hasta hoy).' })
  async experienceMonths(@Root() profile: JobProfile, @Ctx() ctx: LaborContext): Promise<number> {
    if (profile.experienceMonths !== undefined) return profile.experienceMonths;
    return experienceMonths(await ctx.loaders.employmentsByCi.load(profile.ci), laPazToday(ctx.services.clock()));
  }
}

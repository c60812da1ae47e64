import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { LaborContext } from '../labor-context';
import { SaveJobProfileInput, SaveJobProfileResult } from './job-profile.type';

/** Writes a citizen's own job profile. */
@Resolver()
export class SaveJobProfileResolver {
  @Mutation(() => SaveJobProfileResult, { description: 'Guarda (crea o reemplaza) mi perfil laboral. Solo la propia persona.' })
  saveJobProfile(@Arg('input', () => SaveJobProfileInput) input: SaveJobProfileInput, @Ctx() ctx: LaborContext): Promise<SaveJobProfileResult> {
    return ctx.services.jobProfiles.save(input);
  }
}

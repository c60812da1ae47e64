import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { HealthFacility } from '../facility/facility.type';
import type { HealthContext } from '../health-context';
import { loadFacility } from '../record/health-record.resolver';
import { Attention, CloseAttentionInput, CloseAttentionResult, OpenAttentionInput, OpenAttentionResult } from './attention.type';

/** Opening and closing attentions ("the citizen is being seen here"). */
@Resolver(() => Attention)
export class AttentionResolver {
  @Mutation(() => OpenAttentionResult, {
    description:
      'Personal de salud de un establecimiento abre la atención de una persona allí: durante 24 horas (o hasta cerrarla) el personal de ese establecimiento puede leer su historia clínica completa y registrar en ella.',
  })
  openAttention(@Arg('input', () => OpenAttentionInput) input: OpenAttentionInput, @Ctx() ctx: HealthContext): Promise<OpenAttentionResult> {
    return ctx.services.attentions.open(input, ctx.request.subject);
  }

  @Mutation(() => CloseAttentionResult, { description: 'Personal de salud del establecimiento cierra una atención abierta antes de que venza.' })
  closeAttention(@Arg('input', () => CloseAttentionInput) input: CloseAttentionInput, @Ctx() ctx: HealthContext): Promise<CloseAttentionResult> {
    return ctx.services.attentions.close(input.id, ctx.request.subject);
  }

  @FieldResolver(() => HealthFacility)
  facility(@Root() attention: Attention, @Ctx() ctx: HealthContext): Promise<HealthFacility> {
    return loadFacility(ctx, attention.facilityCode);
  }
}

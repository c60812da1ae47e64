import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HealthContext } from '../health-context';
import { ReferPatientInput, RecordEncounterInput, ScheduleFollowUpInput } from './clinical.inputs';
import { RecordEncounterResult, ReferPatientResult, ScheduleFollowUpResult } from './clinical-result.type';

/** What clinicians record in a citizen's clinical record. */
@Resolver()
export class ClinicalResolver {
  @Mutation(() => RecordEncounterResult, {
    description: 'Registra una consulta en la historia clínica: personal de salud del establecimiento, con la atención de la persona abierta allí.',
  })
  recordEncounter(@Arg('input', () => RecordEncounterInput) input: RecordEncounterInput, @Ctx() ctx: HealthContext): Promise<RecordEncounterResult> {
    return ctx.services.clinical.recordEncounter(input, ctx.request.subject);
  }

  @Mutation(() => ReferPatientResult, {
    description: 'Emite una referencia a un establecimiento de nivel superior, o una contrarreferencia a uno inferior, desde el establecimiento donde se atiende a la persona.',
  })
  referPatient(@Arg('input', () => ReferPatientInput) input: ReferPatientInput, @Ctx() ctx: HealthContext): Promise<ReferPatientResult> {
    return ctx.services.clinical.referPatient(input, ctx.request.subject);
  }

  @Mutation(() => ScheduleFollowUpResult, { description: 'Programa un seguimiento posterior a la recuperación a partir de una consulta de la persona.' })
  scheduleFollowUp(@Arg('input', () => ScheduleFollowUpInput) input: ScheduleFollowUpInput, @Ctx() ctx: HealthContext): Promise<ScheduleFollowUpResult> {
    return ctx.services.clinical.scheduleFollowUp(input, ctx.request.subject);
  }
}

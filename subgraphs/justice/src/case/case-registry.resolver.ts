import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { JusticeContext } from '../justice-context';
import { AddPartyInput, RecordRulingInput, RegisterCaseInput, ScheduleHearingInput, SetCaseStatusInput } from './case-registry.inputs';
import { AddPartyResult, RecordRulingResult, RegisterCaseResult, ScheduleHearingResult, SetCaseStatusResult } from './case-registry.result';

/** The clerks' mutations: thin, the service checks and writes. */
@Resolver()
export class CaseRegistryResolver {
  @Mutation(() => RegisterCaseResult, { description: 'Registra una causa en un juzgado y le asigna número (correlativo por juzgado y año de presentación). Personal de despacho judicial.' })
  registerCase(@Arg('input', () => RegisterCaseInput) input: RegisterCaseInput, @Ctx() ctx: JusticeContext) {
    return ctx.services.registry.registerCase(input);
  }

  @Mutation(() => AddPartyResult, { description: 'Registra una parte (persona con cédula o persona jurídica con NIT) en una causa no archivada. Personal de despacho judicial.' })
  addParty(@Arg('input', () => AddPartyInput) input: AddPartyInput, @Ctx() ctx: JusticeContext) {
    return ctx.services.registry.addParty(input);
  }

  @Mutation(() => ScheduleHearingResult, {
    description: 'Programa una audiencia futura de una causa no archivada en una sala libre de su juzgado. Una audiencia en el pasado es el error HEARING_IN_PAST y no se escribe nada. Personal de despacho judicial.',
  })
  scheduleHearing(@Arg('input', () => ScheduleHearingInput) input: ScheduleHearingInput, @Ctx() ctx: JusticeContext) {
    return ctx.services.registry.scheduleHearing(input);
  }

  @Mutation(() => RecordRulingResult, { description: 'Registra una resolución de una causa no archivada; una SENTENCIA pasa la causa a RULED. Personal de despacho judicial.' })
  recordRuling(@Arg('input', () => RecordRulingInput) input: RecordRulingInput, @Ctx() ctx: JusticeContext) {
    return ctx.services.registry.recordRuling(input);
  }

  @Mutation(() => SetCaseStatusResult, { description: 'Cambia el estado de una causa (ARCHIVED la cierra a nuevas actuaciones). Personal de despacho judicial.' })
  setCaseStatus(@Arg('input', () => SetCaseStatusInput) input: SetCaseStatusInput, @Ctx() ctx: JusticeContext) {
    return ctx.services.registry.setCaseStatus(input);
  }
}

import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { LaborContext } from '../labor-context';
import { EmploymentResult } from './employment-result.type';
import { EndEmploymentInput, RegisterEmploymentInput } from './employment-inputs';

/** Writes to the employment register. */
@Resolver()
export class EmploymentResolver {
  @Mutation(() => EmploymentResult, {
    description:
      'Registra un empleo: un empleador (rol `labor:employer`) para la entidad por la que actúa, o un inspector de trabajo para cualquier empleador (empresas por NIT y razón social).',
  })
  registerEmployment(@Arg('input', () => RegisterEmploymentInput) input: RegisterEmploymentInput, @Ctx() ctx: LaborContext): Promise<EmploymentResult> {
    return ctx.services.employments.register(input, { roles: ctx.request.roles, actingEntity: ctx.request.actingEntity });
  }

  @Mutation(() => EmploymentResult, { description: 'Registra la finalización de un empleo vigente: el empleador de esa entidad o un inspector de trabajo.' })
  endEmployment(@Arg('input', () => EndEmploymentInput) input: EndEmploymentInput, @Ctx() ctx: LaborContext): Promise<EmploymentResult> {
    return ctx.services.employments.end(input, { roles: ctx.request.roles, actingEntity: ctx.request.actingEntity });
  }
}

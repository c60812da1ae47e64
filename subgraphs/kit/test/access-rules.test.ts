import 'reflect-metadata';
import { graphql } from 'graphql';
import { Arg, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@egob/context-token';
import {
  buildFederatedSchema,
  hasEntityRole,
  hasRole,
  isAnalyst,
  isOwner,
  isPlatformAdmin,
  isPublic,
  PersonalDataReads,
  type FederatedSchema,
} from '@egob/subgraph-kit';

@ObjectType({ description: 'Un registro de prueba.' })
class Folder {
  @Field(() => ID, { description: 'Cédula.' })
  ci: string;

  @Field(() => String, { nullable: true, description: 'Dato de la persona.' })
  mine: string;

  @Field(() => String, { nullable: true, description: 'Dato clínico.' })
  clinical: string;

  @Field(() => String, { nullable: true, description: 'Dato agregado.' })
  statistic: string;

  @Field(() => String, { nullable: true, description: 'Dato de administración.' })
  admin: string;

  @Field(() => String, { nullable: true, description: 'Dato de auditoría.' })
  audited: string;
}

const folders: Folder[] = ['1234567', '7654321'].map((ci) => ({ ci, mine: `m${ci}`, clinical: `c${ci}`, statistic: `s${ci}`, admin: `a${ci}`, audited: `x${ci}` }));

@Resolver(() => Folder)
class FolderResolver {
  @Query(() => [Folder], { description: 'Todos.' })
  folders(): Folder[] {
    return folders;
  }

  @Query(() => String, { nullable: true, description: 'Por argumento.' })
  secretOf(@Arg('ci', () => ID, { description: 'Cédula.' }) ci: string): string {
    return `secreto de ${ci}`;
  }
}

let schema: FederatedSchema;

beforeAll(async () => {
  schema = await buildFederatedSchema({
    resolvers: [FolderResolver],
    rules: {
      Query: { folders: isPublic, secretOf: isOwner((_parent, args: { ci: string }) => args.ci) },
      Folder: {
        ci: isPublic,
        mine: isOwner((folder: Folder) => folder.ci),
        clinical: hasEntityRole('health:clinician'),
        statistic: isAnalyst,
        admin: isPlatformAdmin,
        audited: hasRole('auditor'),
      },
    },
    personalData: { Folder: (folder: Folder) => folder.ci },
  });
});

async function run(query: string, request: Partial<RequestContext>) {
  const audit = new PersonalDataReads();
  const contextValue = {
    request: { subject: 'anonymous', roles: [], actingEntity: null, purpose: null, requestId: 'r1', ...request },
    audit,
  };
  const result = await graphql({ schema: schema.schema, source: query, contextValue });
  const forbidden = (result.errors ?? []).map((error) => {
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(error.message).toBe('No autorizado: no tiene permiso para leer este dato.');
    return error.path!.join('.');
  });
  return { data: result.data as Record<string, unknown> | null | undefined, forbidden: forbidden.sort(), audit };
}

describe('access rule helpers', () => {
  it('isOwner: only the citizen whose CI it is, never anonymous', async () => {
    const owner = await run('{ folders { ci mine } }', { subject: '1234567', roles: ['citizen'] });
    expect(owner.data).toEqual({ folders: [{ ci: '1234567', mine: 'm1234567' }, { ci: '7654321', mine: null }] });
    expect(owner.forbidden).toEqual(['folders.1.mine']);
    const anonymous = await run('{ folders { mine } }', {});
    expect(anonymous.forbidden).toEqual(['folders.0.mine', 'folders.1.mine']);
  });

  it('isOwner reads arguments too', async () => {
    expect((await run('{ secretOf(ci: "1234567") }', { subject: '1234567' })).data).toEqual({ secretOf: 'secreto de 1234567' });
    expect((await run('{ secretOf(ci: "7654321") }', { subject: '1234567' })).forbidden).toEqual(['secretOf']);
  });

  it('hasEntityRole: the role AND an acting entity', async () => {
    const servant = await run('{ folders { clinical } }', { subject: '3000001', roles: ['health:clinician'], actingEntity: 'MIN-SALUD' });
    expect(servant.forbidden).toEqual([]);
    expect(servant.data).toEqual({ folders: [{ clinical: 'c1234567' }, { clinical: 'c7654321' }] });
    const noEntity = await run('{ folders { clinical } }', { subject: '3000001', roles: ['health:clinician'] });
    expect(noEntity.forbidden).toEqual(['folders.0.clinical', 'folders.1.clinical']);
    const otherRole = await run('{ folders { clinical } }', { subject: '3000001', roles: ['education:registrar'], actingEntity: 'MIN-EDUCACION' });
    expect(otherRole.forbidden).toEqual(['folders.0.clinical', 'folders.1.clinical']);
  });

  it('isAnalyst, isPlatformAdmin and hasRole read the roles', async () => {
    const query = '{ folders { statistic admin audited } }';
    const analyst = await run(query, { subject: 's1', roles: ['analyst'] });
    expect(analyst.forbidden).toEqual(['folders.0.admin', 'folders.0.audited', 'folders.1.admin', 'folders.1.audited']);
    const admin = await run(query, { subject: 's2', roles: ['platform:admin'] });
    expect(admin.forbidden).toEqual(['folders.0.audited', 'folders.0.statistic', 'folders.1.audited', 'folders.1.statistic']);
    const auditor = await run(query, { subject: 's3', roles: ['auditor'] });
    expect(auditor.forbidden).toEqual(['folders.0.admin', 'folders.0.statistic', 'folders.1.admin', 'folders.1.statistic']);
    const citizen = await run(query, { subject: '1234567', roles: ['citizen'] });
    expect(citizen.forbidden).toHaveLength(6);
  });

  it('records for the audit only the personal fields the rules let through', async () => {
    const owner = await run('{ folders { ci mine clinical } }', { subject: '1234567', roles: ['citizen'] });
    const events = owner.audit.toEvents({ subject: '1234567', roles: ['citizen'], actingEntity: null, purpose: null, requestId: 'r1' }, 'test', new Date('2025-03-01T10:00:00.000Z'));
    expect(events.map(({ eventId: _id, ...event }) => event)).toEqual([
      {
        subjectCi: '1234567',
        fields: ['Folder.ci', 'Folder.mine'],
        reader: '1234567',
        roles: ['citizen'],
        actingEntity: null,
        purpose: null,
        requestId: 'r1',
        subgraph: 'test',
        occurredAt: '2025-03-01T10:00:00.000Z',
      },
      { subjectCi: '7654321', fields: ['Folder.ci'], reader: '1234567', roles: ['citizen'], actingEntity: null, purpose: null, requestId: 'r1', subgraph: 'test', occurredAt: '2025-03-01T10:00:00.000Z' },
    ]);
    expect(events[0]!.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to build when personalData names an unknown type', async () => {
    await expect(
      buildFederatedSchema({ resolvers: [FolderResolver], rules: { Query: { folders: isPublic, secretOf: isPublic }, Folder: isPublic }, personalData: { Persona: () => null } }),
    ).rejects.toThrow('personalData names a type the schema does not have: Persona');
  });
});

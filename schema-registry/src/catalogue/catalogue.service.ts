import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { PUBLIC_VARIANT } from '../contracts/public-variant.service';
import { SupergraphContractRepository } from '../contracts/supergraph-contract.repository';
import { apiSchemaOf, type SchemaChange } from '../history/api-schema-diff';
import { OwnerService } from '../owners/owner.service';
import { SubgraphVersionEntity } from '../subgraph/subgraph-version.entity';
import { SubgraphService } from '../subgraph/subgraph.service';
import { SupergraphVersionRepository } from '../supergraph/supergraph-version.repository';
import type { CatalogueChange, CatalogueEntity, CatalogueField, CatalogueType } from './catalogue.types';
import { typeOrigins } from './supergraph-ownership';
import type { FieldConsumer, UsageReader } from './usage-reader';

/** The read-only catalogue (protocol §7): entities, types with owners and consumers, the change log. */
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly usage: UsageReader,
    private readonly now: () => Date,
  ) {}

  /** Returns every registered entity with the current version of each of its subgraphs, sorted by code. */
  async entities(): Promise<CatalogueEntity[]> {
    const owners = await new OwnerService(this.dataSource, this.now).list();
    const subgraphs = await new SubgraphService(this.dataSource).list();
    const byCode = new Map<string, CatalogueEntity>(owners.map((owner) => [owner.code, { code: owner.code, name: owner.name, subgraphs: [] }]));
    for (const subgraph of subgraphs) {
      const entity = byCode.get(subgraph.owner) ?? { code: subgraph.owner, name: subgraph.owner, subgraphs: [] };
      entity.subgraphs.push({ name: subgraph.name, url: subgraph.url, version: subgraph.version, publishedAt: subgraph.publishedAt });
      byCode.set(subgraph.owner, entity);
    }
    return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  }

  /** Returns the types of the current main supergraph's API schema, sorted by name; empty before the first publish. */
  async types(): Promise<CatalogueType[]> {
    const manager = this.dataSource.manager;
    const supergraphs = new SupergraphVersionRepository(manager);
    const mainId = await supergraphs.findCurrentId('main');
    if (mainId === null) return [];
    const main = (await supergraphs.findById(mainId))!;
    const contracts = new SupergraphContractRepository(manager);
    const publicId = await contracts.findCurrentId(PUBLIC_VARIANT);
    const publicSchema = publicId === null ? null : apiSchemaOf((await contracts.find(PUBLIC_VARIANT, publicId))!.sdl);
    const origins = typeOrigins(main.sdl);
    const ownerOf = new Map((await new SubgraphService(this.dataSource).list()).map((s) => [s.name, s.owner]));
    const consumers = await this.usage.listConsumers();
    const schema = apiSchemaOf(main.sdl);
    const types = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    return types.map((type): CatalogueType => {
      const origin = origins.get(type.name);
      const publicType = publicSchema?.getType(type.name);
      return {
        name: type.name,
        kind: kindOf(type),
        description: type.description ?? null,
        ownerEntity: origin?.owner ? (ownerOf.get(origin.owner) ?? null) : null,
        subgraphs: origin?.subgraphs ?? [],
        public: publicType !== undefined,
        fields: fieldsOf(type, publicType, consumers),
      };
    });
  }

  /** Returns the newest `limit` accepted subgraph versions with their change lists. */
  async changes(limit: number): Promise<CatalogueChange[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(SubgraphVersionEntity, 'v')
      .select(['v.id', 'v.subgraphName', 'v.ownerCode', 'v.publishedBy', 'v.forcedReason', 'v.changes', 'v.createdAt'])
      .orderBy('v.id', 'DESC')
      .limit(limit)
      .getMany();
    return rows.map((row) => ({
      at: row.createdAt.toISOString(),
      subgraph: row.subgraphName,
      owner: row.ownerCode,
      versionId: String(row.id),
      publishedBy: row.publishedBy,
      forcedReason: row.forcedReason ?? null,
      changes: row.changes ? (JSON.parse(row.changes) as SchemaChange[]) : [],
    }));
  }
}

function fieldsOf(type: GraphQLNamedType, publicType: GraphQLNamedType | undefined, consumers: Map<string, FieldConsumer[]>): CatalogueField[] {
  if (isEnumType(type)) {
    const visible = new Set(publicType && isEnumType(publicType) ? publicType.getValues().map((v) => v.name) : []);
    return type.getValues().map((value) => ({
      name: value.name,
      type: null,
      description: value.description ?? null,
      public: visible.has(value.name),
      consumers: [],
    }));
  }
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return [];
  const visible = new Set(
    publicType && (isObjectType(publicType) || isInterfaceType(publicType) || isInputObjectType(publicType))
      ? Object.keys(publicType.getFields())
      : [],
  );
  return Object.values(type.getFields()).map((field) => ({
    name: field.name,
    type: String(field.type),
    description: field.description ?? null,
    public: visible.has(field.name),
    // Usage is recorded for output fields only (what operations select).
    consumers: isInputObjectType(type) ? [] : (consumers.get(`${type.name}.${field.name}`) ?? []),
  }));
}

function kindOf(type: GraphQLNamedType): CatalogueType['kind'] {
  if (isObjectType(type)) return 'OBJECT';
  if (isInterfaceType(type)) return 'INTERFACE';
  if (isUnionType(type)) return 'UNION';
  if (isEnumType(type)) return 'ENUM';
  if (isInputObjectType(type)) return 'INPUT_OBJECT';
  return 'SCALAR';
}

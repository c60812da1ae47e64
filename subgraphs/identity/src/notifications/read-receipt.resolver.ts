import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { forbiddenError } from '@egob/subgraph-kit';
import type { IdentityContext } from '../identity-context';
import { MarkDocumentReadResult } from '../mailbox/mailbox-result.type';
import { DocumentReceipt } from './document-receipt.type';
import { MarkDocumentReadInput } from './mark-document-read.input';

/** Read receipts of mailbox documents. */
@Resolver()
export class ReadReceiptResolver {
  @Mutation(() => MarkDocumentReadResult, {
    description: 'La persona marca como leído un documento de su buzón: la primera lectura queda como acuse de recibo que la entidad emisora puede ver.',
  })
  markDocumentRead(@Arg('input', () => MarkDocumentReadInput) input: MarkDocumentReadInput, @Ctx() ctx: IdentityContext): Promise<MarkDocumentReadResult> {
    return ctx.services.readReceipts.markRead(input.ci, input.id);
  }

  @Query(() => DocumentReceipt, {
    nullable: true,
    description: 'Constancia de entrega y acuse de recibo de un documento emitido por la entidad por cuenta de la cual actúa quien pregunta; null si no existe o lo emitió otra entidad.',
  })
  documentReceipt(@Arg('id', () => ID, { description: 'Identificador del documento.' }) id: string, @Ctx() ctx: IdentityContext): Promise<DocumentReceipt | null> {
    const issuer = ctx.request.actingEntity;
    // The rules already require an acting entity; this narrows the type.
    if (issuer === null) throw forbiddenError();
    return ctx.services.readReceipts.findReceipt(id, issuer);
  }
}

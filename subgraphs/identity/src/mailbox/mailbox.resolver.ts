import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { PUBLIC_TAG, forbiddenError } from '@egob/subgraph-kit';
import type { IdentityContext } from '../identity-context';
import { publicEntityRef } from '../public-entity/public-entity.type';
import { DepositDocumentInput } from './deposit-document.input';
import { DocumentVerification } from './document-verification.type';
import { IssuerPublicKey } from './issuer-public-key.type';
import { DepositDocumentResult } from './mailbox-result.type';

/** Deposits into the digital mailbox, and the public verification of its documents. */
@Resolver()
export class MailboxResolver {
  @Mutation(() => DepositDocumentResult, {
    description: 'Una entidad pública (cuenta de servicio, o rol que termina en `:registrar` o `:issuer`) emite un documento al buzón de una persona; identity lo firma con la clave Ed25519 de la entidad.',
  })
  depositDocument(@Arg('input', () => DepositDocumentInput) input: DepositDocumentInput, @Ctx() ctx: IdentityContext): Promise<DepositDocumentResult> {
    const issuer = ctx.request.actingEntity;
    // The rules already require an acting entity; this narrows the type.
    if (issuer === null) throw forbiddenError();
    return ctx.services.mailbox.deposit(input, issuer);
  }

  @Query(() => DocumentVerification, {
    description: 'Verifica un documento exportado del buzón (`Document.exported`): si lo firmó la entidad emisora y no fue alterado. Público.',
  })
  @Directive(PUBLIC_TAG)
  verifyDocument(
    @Arg('document', { description: 'El texto JSON `{ payload, signature, keyId }` del documento exportado.' }) document: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<DocumentVerification> {
    return ctx.services.documentVerifier.verify(document);
  }

  @Query(() => [IssuerPublicKey], { description: 'Claves públicas con las que las entidades firman los documentos del buzón, por entidad. Público.' })
  @Directive(PUBLIC_TAG)
  async issuerPublicKeys(@Ctx() ctx: IdentityContext): Promise<IssuerPublicKey[]> {
    const keys = await ctx.services.issuerKeys.listPublicKeys();
    return keys.map((key) => ({
      keyId: key.keyId,
      entity: publicEntityRef(key.entity),
      algorithm: 'Ed25519',
      publicKeyPem: key.publicKeyPem,
      createdAt: key.createdAt,
    }));
  }
}

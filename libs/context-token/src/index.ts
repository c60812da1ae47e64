export {
  CONTEXT_TOKEN_HEADER,
  CONTEXT_TOKEN_ISSUER,
  ANONYMOUS_SUBJECT,
  type RequestContext,
} from './request-context';
export { createContextSigner, type ContextSigner, type ContextSignerOptions } from './context-signer';
export {
  createContextVerifier,
  type ContextVerifier,
  type ContextVerifierOptions,
  type VerifyResult,
} from './context-verifier';
export { generateContextKeyPair, type ContextKeyPair } from './key-pair';

/** A confidential service client of a future subgraph, and the PublicEntity it acts for. */
export interface ServiceClientDefinition {
  clientId: string;
  entityCode: string;
}

/** The portal's public client id (browser app: PKCE, no secret). */
export const PORTAL_CLIENT_ID = 'egob-portal';

/** Confidential service clients; their secrets come from IDENTITY_SERVICE_CLIENT_SECRETS. */
export const SERVICE_CLIENTS: readonly ServiceClientDefinition[] = [
  { clientId: 'svc-education', entityCode: 'MIN-EDUCACION' },
  { clientId: 'svc-health', entityCode: 'MIN-SALUD' },
  { clientId: 'svc-labor', entityCode: 'MIN-TRABAJO' },
  { clientId: 'svc-audit', entityCode: 'AGETIC' },
];

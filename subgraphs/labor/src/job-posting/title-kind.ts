import { registerEnumType } from 'type-graphql';

/** Academic title levels as the education subgraph names them, lowest first. */
export enum TitleKind {
  BACHILLER = 'BACHILLER',
  TECNICO_MEDIO = 'TECNICO_MEDIO',
  TECNICO_SUPERIOR = 'TECNICO_SUPERIOR',
  LICENCIATURA = 'LICENCIATURA',
  MAESTRIA = 'MAESTRIA',
  DOCTORADO = 'DOCTORADO',
}

registerEnumType(TitleKind, {
  name: 'TitleKind',
  description: 'Nivel de un título académico, de menor a mayor.',
  valuesConfig: {
    BACHILLER: { description: 'Bachiller en Humanidades.' },
    TECNICO_MEDIO: { description: 'Técnico medio.' },
    TECNICO_SUPERIOR: { description: 'Técnico superior.' },
    LICENCIATURA: { description: 'Licenciatura.' },
    MAESTRIA: { description: 'Maestría.' },
    DOCTORADO: { description: 'Doctorado.' },
  },
});

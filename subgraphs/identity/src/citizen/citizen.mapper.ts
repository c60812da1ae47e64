import type { CitizenEntity } from './citizen.entity';
import type { Citizen } from './citizen.type';

/** Returns the API shape of a citizen row (the API never exposes a table class). */
export function toCitizen(row: CitizenEntity): Citizen {
  return {
    ci: row.ci,
    ciNumber: row.ciNumber,
    complement: row.complement,
    names: row.names,
    firstSurname: row.firstSurname,
    secondSurname: row.secondSurname,
    fullName: [row.names, row.firstSurname, row.secondSurname].filter(Boolean).join(' '),
    birthDate: row.birthDate,
    residence: { code: row.residenceCode },
  };
}

import { MUNICIPALITY_CODES } from './municipality-codes';
import { createRandom } from './random';

/** A synthetic person of the demo seed (no real person's data). */
export interface DemoCitizen {
  /** Federation key: the CI number, plus `-<complement>` when one applies. */
  ci: string;
  ciNumber: string;
  /** Complement the SEGIP adds when two people share a CI number, else null. */
  complement: string | null;
  names: string;
  firstSurname: string;
  secondSurname: string | null;
  /** ISO date (YYYY-MM-DD). */
  birthDate: string;
  sex: 'F' | 'M';
  /** INE code of the municipality of residence. */
  residenceCode: string;
}

/** The demo citizen every example, page and test starts from (CI 1234567). */
export const DEMO_CITIZEN: Readonly<DemoCitizen> = Object.freeze({
  ci: '1234567',
  ciNumber: '1234567',
  complement: null,
  names: 'Juana Rosa',
  firstSurname: 'Mamani',
  secondSurname: 'Quispe',
  birthDate: '1988-04-12',
  sex: 'F',
  residenceCode: '020101',
});

const FEMALE = ['María', 'Juana', 'Rosa', 'Ana', 'Carmen', 'Lucía', 'Gabriela', 'Sonia', 'Elena', 'Patricia', 'Wara', 'Sisa', 'Killa', 'Paola', 'Daniela', 'Beatriz', 'Marisol', 'Inés', 'Teresa', 'Valeria'];
const MALE = ['Juan', 'Carlos', 'José', 'Luis', 'Mario', 'Jorge', 'Fernando', 'Evo', 'Álvaro', 'Marcelo', 'Rodrigo', 'Wilfredo', 'Inti', 'Freddy', 'Ramiro', 'Víctor', 'Édgar', 'Pedro', 'Germán', 'Rubén'];
const SURNAMES = ['Mamani', 'Quispe', 'Flores', 'Choque', 'Condori', 'Gutiérrez', 'Rodríguez', 'Vargas', 'Fernández', 'Apaza', 'Limachi', 'Huanca', 'Chávez', 'Rojas', 'Torrez', 'Mendoza', 'Cruz', 'Yujra', 'Copa', 'Ticona', 'Justiniano', 'Suárez', 'Añez', 'Paz', 'Soliz', 'Villca', 'Colque', 'Aguilar', 'Ortiz', 'Saavedra'];
const CI_BASE = 3_000_000;
/** One citizen in this many shares the previous one's CI number and carries a complement. */
const COMPLEMENT_EVERY = 250;

/**
 * Returns demo citizen number `index` (0 is DEMO_CITIZEN); the same index always
 * gives the same person, so every subgraph's seed agrees on who exists.
 */
export function demoCitizenAt(index: number): DemoCitizen {
  if (index === 0) return { ...DEMO_CITIZEN };
  const random = createRandom(index * 2_654_435_761);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sex = random() < 0.5 ? 'F' : 'M';
  const first = pick(sex === 'F' ? FEMALE : MALE);
  const second = random() < 0.6 ? ` ${pick(sex === 'F' ? FEMALE : MALE)}` : '';
  const year = 1940 + Math.floor(random() * 68);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const sharesNumber = index % COMPLEMENT_EVERY === 0;
  const ciNumber = String(CI_BASE + (sharesNumber ? index - 1 : index));
  const complement = sharesNumber ? `${1 + (index % 9)}${String.fromCharCode(65 + (index % 26))}` : null;
  return {
    ci: citizenKey(ciNumber, complement),
    ciNumber,
    complement,
    names: `${first}${second !== ` ${first}` ? second : ''}`,
    firstSurname: pick(SURNAMES),
    secondSurname: random() < 0.92 ? pick(SURNAMES) : null,
    birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    sex,
    residenceCode: pick(MUNICIPALITY_CODES),
  };
}

/** Yields `count` demo citizens, DEMO_CITIZEN first. */
export function* demoCitizens(count: number): Generator<DemoCitizen> {
  for (let i = 0; i < count; i++) yield demoCitizenAt(i);
}

/** Returns the federation key of a CI: `1234567` or `1234567-1A`. */
export function citizenKey(ciNumber: string, complement: string | null): string {
  return complement ? `${ciNumber}-${complement}` : ciNumber;
}

import type { ValueTransformer } from 'typeorm';

/** Reads a BIGINT of epoch milliseconds as a number (MariaDB's driver returns BIGINT as a string). */
export const epochMillis: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

import path from 'node:path';

// This file sits directly under src/ (tests) and dist/ (built): both are one level
// below the package root, where data/ is.
const DATA_DIR = path.join(__dirname, '..', 'data');

/** Path of the INE territory list shipped in the package. */
export const TERRITORY_CSV_FILE = path.join(DATA_DIR, 'bolivia-territory.csv');

/** Path of the public entity catalogue shipped in the package. */
export const PUBLIC_ENTITIES_FILE = path.join(DATA_DIR, 'public-entities.json');

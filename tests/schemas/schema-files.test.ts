import { readFileSync } from 'node:fs';
import path from 'node:path';
import audit from '@egob/audit';
import education from '@egob/education';
import entities from '@egob/entities';
import health from '@egob/health';
import identity from '@egob/identity';
import justice from '@egob/justice';
import labor from '@egob/labor';

// Each subgraph's committed schema.graphql is what its code prints: reviewers and the
// catalogue read the file, so it must not drift. `npm run schema` rewrites them.
const subgraphs = { identity, entities, audit, health, education, justice, labor };

describe.each(Object.entries(subgraphs))('subgraphs/%s/schema.graphql', (name, subgraph) => {
  it('is the SDL the code prints', async () => {
    const file = path.join(__dirname, '..', '..', 'subgraphs', name, 'schema.graphql');
    const printed = `${(await subgraph.buildSchema()).sdl}\n`;
    if (readFileSync(file, 'utf8') !== printed) {
      throw new Error(`subgraphs/${name}/schema.graphql differs from the SDL the code prints: run \`npm run schema\` and commit the file.`);
    }
  });
});

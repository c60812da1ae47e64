import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subgraph from '@egob/entities';

const schemaFile = path.join(__dirname, '..', 'schema.graphql');

describe('schema.graphql', () => {
  it('is the SDL the code prints', async () => {
    const sdl = `${(await subgraph.buildSchema()).sdl}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, sdl);
    if (readFileSync(schemaFile, 'utf8') !== sdl) {
      throw new Error(
        'subgraphs/entities/schema.graphql differs from the SDL the code prints: run `npm run schema` ' +
          '(or `UPDATE_SCHEMA=1 npx jest subgraphs/entities/test/schema.test.ts`) and commit the file.',
      );
    }
  });
});

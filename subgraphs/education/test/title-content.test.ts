import { maskCi } from '../src/citizen/ci';
import { TITLE_CODE_PATTERN, canonicalTitleContent, createTitleCode, sha256Hex } from '../src/title/title-content';
import { createRandom } from '@egob/demo-data';

describe('title content', () => {
  it('is canonical JSON with sorted keys whatever the order it is given in', () => {
    const text = canonicalTitleContent({
      name: 'Bachiller en Humanidades',
      kind: 'BACHILLER',
      issuer: 'MIN-EDUCACION',
      issuedOn: '2005-12-15',
      institution: { name: 'Unidad Educativa Ayacucho', code: '80730001' },
      code: 'TIT-2005-AYA7K2QM',
      ci: '1234567',
    });
    expect(text).toBe(
      '{"ci":"1234567","code":"TIT-2005-AYA7K2QM","institution":{"code":"80730001","name":"Unidad Educativa Ayacucho"},"issuedOn":"2005-12-15","issuer":"MIN-EDUCACION","kind":"BACHILLER","name":"Bachiller en Humanidades"}',
    );
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('makes title codes TIT-<year>-<8 characters>, deterministic with a seeded generator', () => {
    const code = createTitleCode(2025);
    expect(code).toMatch(TITLE_CODE_PATTERN);
    expect(code).toMatch(/^TIT-2025-[A-HJ-NP-Z2-9]{8}$/);
    expect(createTitleCode(2005, createRandom(7))).toBe(createTitleCode(2005, createRandom(7)));
    expect(new Set(Array.from({ length: 200 }, () => createTitleCode(2025))).size).toBe(200);
  });

  it('masks a CI for the public verification', () => {
    expect(maskCi('1234567')).toBe('12***67');
    expect(maskCi('3000249-8Q')).toBe('30***8Q');
    expect(maskCi('123')).toBe('***');
  });
});

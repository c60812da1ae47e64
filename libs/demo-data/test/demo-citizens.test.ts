import { DEMO_CITIZEN, MUNICIPALITY_CODES, demoCitizenAt, demoCitizens } from '@egob/demo-data';

describe('demo citizens', () => {
  it('starts with the documented demo citizen, CI 1234567', () => {
    expect([...demoCitizens(1)][0]).toEqual(DEMO_CITIZEN);
    expect(DEMO_CITIZEN.ci).toBe('1234567');
  });

  it('is deterministic and has unique keys', () => {
    expect(demoCitizenAt(4242)).toEqual(demoCitizenAt(4242));
    const keys = new Set([...demoCitizens(5000)].map((c) => c.ci));
    expect(keys.size).toBe(5000);
  });

  it('gives shared CI numbers a complement and lives in real municipalities', () => {
    const shared = demoCitizenAt(500);
    expect(shared.ciNumber).toBe(demoCitizenAt(499).ciNumber);
    expect(shared.ci).toBe(`${shared.ciNumber}-${shared.complement}`);
    expect(shared.complement).toMatch(/^[0-9][A-Z]$/);
    const codes = new Set(MUNICIPALITY_CODES);
    expect(codes.size).toBe(343);
    for (const citizen of demoCitizens(1000)) {
      expect(codes.has(citizen.residenceCode)).toBe(true);
      expect(citizen.birthDate).toMatch(/^(19[4-9]\d|200\d)-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/);
    }
  });
});

import { DESCRIBED_CODES, findIcd10Description, isIcd10Code } from '../src/icd10/icd10';

describe('ICD-10 codes', () => {
  it('accepts codes of existing categories, with or without subcategory', () => {
    expect(['A00', 'A09', 'J06.9', 'K35.8', 'I10', 'U07.1', 'U85', 'S00.00', 'V01', 'Y98', 'Z99.9', 'T98.3', 'D48.9', 'C97'].filter((code) => !isIcd10Code(code))).toEqual([]);
  });

  it('refuses the wrong form and categories WHO does not define', () => {
    const refused = ['gripe', 'j06.9', 'J6.9', 'J06.', 'J06.12345', 'J069', '', 'A10', 'A14.1', 'C98', 'D49', 'D99.1', 'E91', 'H96', 'K94', 'P97', 'U86', 'U99', 'V00', 'Y99'];
    expect(refused.filter((code) => isIcd10Code(code))).toEqual([]);
  });

  it('gives a Spanish title to about a hundred frequent codes, all of them valid', () => {
    expect(DESCRIBED_CODES.length).toBe(106);
    expect(DESCRIBED_CODES.filter((code) => !isIcd10Code(code))).toEqual([]);
    expect(findIcd10Description('J06.9')).toBe('Infección aguda de las vías respiratorias superiores, no especificada');
    expect(findIcd10Description('I10')).toBe('Hipertensión esencial (primaria)');
    expect(findIcd10Description('A00.1')).toBeNull();
  });
});

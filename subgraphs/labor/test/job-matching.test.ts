import { highestTitle, keywordsOf, rankCandidates, rankPostings, scoreMatch, type CandidateFacts, type PostingFacts } from '../src/matching/job-matching';

const analyst: PostingFacts = { municipalityCode: '020101', title: 'Analista de sistemas', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24 };
const juana: CandidateFacts = { municipalityCode: '020101', desiredPosition: 'Analista de sistemas', skills: ['SQL', 'Redes'], experienceMonths: 12, titles: null };

describe('job matching (pure scoring)', () => {
  it('leaves the title part out when titles are not considered, scales the other 75 points to 100 and says so', () => {
    // territory 30 + experience floor(25·12/24)=12 + keywords 20 = 62 of 75 → 83.
    expect(scoreMatch(juana, analyst)).toEqual({
      score: 83,
      titlesConsidered: false,
      reasons: [
        'Mismo municipio (020101).',
        'Experiencia: 12 meses; la oferta pide 24.',
        'Títulos no considerados: la parte de formación queda fuera de la puntuación.',
        'Palabras clave: 2 de 2 del título de la oferta (analista, sistemas).',
      ],
    });
  });

  it('adds the title part when the titles are given: meeting the minimum scores 25 of 100, below it 0', () => {
    expect(scoreMatch({ ...juana, titles: ['BACHILLER', 'LICENCIATURA'] }, analyst)).toEqual({
      score: 87,
      titlesConsidered: true,
      reasons: [
        'Mismo municipio (020101).',
        'Experiencia: 12 meses; la oferta pide 24.',
        'Título LICENCIATURA: cumple el mínimo LICENCIATURA.',
        'Palabras clave: 2 de 2 del título de la oferta (analista, sistemas).',
      ],
    });
    expect(scoreMatch({ ...juana, titles: ['TECNICO_SUPERIOR'] }, analyst)).toMatchObject({ score: 62, reasons: expect.arrayContaining(['Título TECNICO_SUPERIOR: no alcanza el mínimo LICENCIATURA.']) });
    expect(scoreMatch({ ...juana, titles: [] }, analyst)).toMatchObject({ score: 62, reasons: expect.arrayContaining(['Sin títulos registrados: la oferta pide LICENCIATURA.']) });
    expect(scoreMatch({ ...juana, titles: [] }, { ...analyst, requiredTitle: null })).toMatchObject({ score: 87, reasons: expect.arrayContaining(['La oferta no exige título.']) });
  });

  it('scores territory (municipality 30, department 15, else 0) and counts skill-only keywords as half', () => {
    const elAlto = { ...juana, municipalityCode: '020105', experienceMonths: 24 };
    // department 15 + experience 25 + keywords 20 = 60 of 75 → 80.
    expect(scoreMatch(elAlto, analyst).score).toBe(80);
    expect(scoreMatch({ ...elAlto, municipalityCode: '070101' }, analyst)).toMatchObject({ score: 60, reasons: expect.arrayContaining(['Otro departamento.']) });
    // "Técnico en redes": técnico nowhere, redes only in the skills → floor(20·1/4) = 5.
    const networks: PostingFacts = { municipalityCode: '020101', title: 'Técnico en redes', requiredTitle: null, minimumExperienceMonths: 0 };
    expect(scoreMatch(juana, networks)).toMatchObject({ score: 80, reasons: expect.arrayContaining(['Palabras clave: 1 de 2 del título de la oferta (redes).']) });
  });

  it('ranks postings by score, ties in the given order, and cuts at first', () => {
    const postings = [
      { item: 'networks', facts: { municipalityCode: '020101', title: 'Técnico en redes', requiredTitle: null, minimumExperienceMonths: 0 } },
      { item: 'analyst', facts: analyst },
      { item: 'driver', facts: { municipalityCode: '070101', title: 'Chofer', requiredTitle: null, minimumExperienceMonths: 0 } },
      { item: 'assistant', facts: { municipalityCode: '020101', title: 'Asistente', requiredTitle: null, minimumExperienceMonths: 0 } },
    ];
    // Without titles: analyst 83, networks 80, assistant 73, driver 33.
    expect(rankPostings(juana, postings, 3).map((r) => [r.item, r.score])).toEqual([['analyst', 83], ['networks', 80], ['assistant', 73]]);
    // With a BACHILLER title the LICENCIATURA posting loses its title points: networks 85, assistant 80, analyst 62.
    expect(rankPostings({ ...juana, titles: ['BACHILLER'] }, postings, 4).map((r) => [r.item, r.score])).toEqual([
      ['networks', 85],
      ['assistant', 80],
      ['analyst', 62],
      ['driver', 50],
    ]);
  });

  it('ranks candidates for a posting, mixing considered and left-out titles', () => {
    const candidates = [
      { item: 'no-consent', facts: { ...juana, experienceMonths: 24 } },
      { item: 'licenciada', facts: { ...juana, experienceMonths: 24, titles: ['LICENCIATURA'] } },
      { item: 'bachiller', facts: { ...juana, experienceMonths: 24, titles: ['BACHILLER'] } },
    ];
    expect(rankCandidates(analyst, candidates, 10).map((r) => [r.item, r.score, r.titlesConsidered])).toEqual([
      ['no-consent', 100, false],
      ['licenciada', 100, true],
      ['bachiller', 75, true],
    ]);
  });

  it('reads keywords without accents or stop words and knows the title order', () => {
    expect(keywordsOf('Técnico en Seguridad Industrial y de la Producción')).toEqual(['tecnico', 'seguridad', 'industrial', 'produccion']);
    expect(highestTitle(['LICENCIATURA', 'BACHILLER', 'MAESTRIA'])).toBe('MAESTRIA');
    expect(highestTitle(['DESCONOCIDO'])).toBeNull();
  });
});

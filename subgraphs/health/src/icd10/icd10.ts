/**
 * ICD-10 (WHO, 2019 edition; CIE-10 in Spanish): which 3-character categories exist, and
 * Spanish titles of the codes primary care uses most. The category table is compact on
 * purpose: the blocks of each chapter, without the ranges WHO leaves unused (e.g. A10–A14,
 * C98–C99, D49, D90–D99, E91–E99, U86–U99). A code inside a block whose exact subcategory
 * WHO does not define still passes: the subcategory list would be ~12,000 entries.
 */
const CATEGORY_RANGES: ReadonlyArray<readonly [string, string]> = [
  ['A00', 'A09'], ['A15', 'A99'], ['B00', 'B99'],
  ['C00', 'C26'], ['C30', 'C34'], ['C37', 'C41'], ['C43', 'C58'], ['C60', 'C86'], ['C88', 'C88'], ['C90', 'C97'],
  ['D00', 'D48'], ['D50', 'D89'],
  ['E00', 'E90'], ['F00', 'F99'], ['G00', 'G99'], ['H00', 'H95'],
  ['I00', 'I99'], ['J00', 'J99'], ['K00', 'K93'], ['L00', 'L99'], ['M00', 'M99'], ['N00', 'N99'],
  ['O00', 'O99'], ['P00', 'P96'], ['Q00', 'Q99'], ['R00', 'R99'],
  ['S00', 'T98'], ['V01', 'Y98'], ['Z00', 'Z99'], ['U00', 'U85'],
];

/** The written form of an ICD-10 code: a letter, two digits, optionally a dot and 1–4 more characters. */
export const ICD10_FORM = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

/** Is `code` an ICD-10 code: the right form and a category WHO defines? */
export function isIcd10Code(code: string): boolean {
  if (!ICD10_FORM.test(code)) return false;
  const category = code.slice(0, 3);
  return CATEGORY_RANGES.some(([from, to]) => category >= from && category <= to);
}

/** Spanish titles (CIE-10) of frequent codes; other valid codes have no description here. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'A01.0': 'Fiebre tifoidea',
  'A06.0': 'Disentería amebiana aguda',
  'A09': 'Diarrea y gastroenteritis de presunto origen infeccioso',
  'A09.9': 'Gastroenteritis y colitis de origen no especificado',
  'A15.0': 'Tuberculosis del pulmón, confirmada por hallazgo microscópico del bacilo tuberculoso en esputo',
  'A16.2': 'Tuberculosis del pulmón, sin mención de confirmación bacteriológica o histológica',
  'A37.9': 'Tos ferina, no especificada',
  'A97.0': 'Dengue sin signos de alarma',
  'B05.9': 'Sarampión sin complicaciones',
  'B34.9': 'Infección viral, no especificada',
  'B35.4': 'Tiña del cuerpo',
  'B37.3': 'Candidiasis de la vulva y de la vagina',
  'B54': 'Paludismo [malaria] no especificado',
  'B57.2': 'Enfermedad de Chagas (crónica) que afecta al corazón',
  'B77.9': 'Ascariasis, no especificada',
  'B82.9': 'Parasitosis intestinal, sin otra especificación',
  'B86': 'Escabiosis',
  'C50.9': 'Tumor maligno de la mama, parte no especificada',
  'C53.9': 'Tumor maligno del cuello del útero, sin otra especificación',
  'C16.9': 'Tumor maligno del estómago, parte no especificada',
  'D50.9': 'Anemia por deficiencia de hierro sin otra especificación',
  'D64.9': 'Anemia de tipo no especificado',
  'E03.9': 'Hipotiroidismo, no especificado',
  'E11.9': 'Diabetes mellitus no insulinodependiente, sin mención de complicación',
  'E44.0': 'Desnutrición proteicocalórica moderada',
  'E66.9': 'Obesidad, no especificada',
  'E78.5': 'Hiperlipidemia no especificada',
  'E86': 'Depleción del volumen',
  'F32.9': 'Episodio depresivo, no especificado',
  'F41.1': 'Trastorno de ansiedad generalizada',
  'F10.2': 'Trastornos mentales y del comportamiento debidos al uso de alcohol: síndrome de dependencia',
  'G40.9': 'Epilepsia, tipo no especificado',
  'G43.9': 'Migraña, no especificada',
  'G44.2': 'Cefalea debida a tensión',
  'H10.9': 'Conjuntivitis, no especificada',
  'H52.1': 'Miopía',
  'H66.9': 'Otitis media, no especificada',
  'I10': 'Hipertensión esencial (primaria)',
  'I20.9': 'Angina de pecho, no especificada',
  'I21.9': 'Infarto agudo del miocardio, sin otra especificación',
  'I50.9': 'Insuficiencia cardíaca, no especificada',
  'I64': 'Accidente vascular encefálico agudo, no especificado como hemorrágico o isquémico',
  'I83.9': 'Venas varicosas de los miembros inferiores sin úlcera ni inflamación',
  'J00': 'Rinofaringitis aguda [resfriado común]',
  'J02.9': 'Faringitis aguda, no especificada',
  'J03.9': 'Amigdalitis aguda, no especificada',
  'J06.9': 'Infección aguda de las vías respiratorias superiores, no especificada',
  'J11.1': 'Influenza con otras manifestaciones respiratorias, virus no identificado',
  'J18.9': 'Neumonía, no especificada',
  'J20.9': 'Bronquitis aguda, no especificada',
  'J21.9': 'Bronquiolitis aguda, no especificada',
  'J30.4': 'Rinitis alérgica, no especificada',
  'J44.9': 'Enfermedad pulmonar obstructiva crónica, no especificada',
  'J45.9': 'Asma, no especificada',
  'K02.9': 'Caries dental, no especificada',
  'K21.9': 'Enfermedad del reflujo gastroesofágico sin esofagitis',
  'K29.7': 'Gastritis, no especificada',
  'K30': 'Dispepsia',
  'K35.8': 'Apendicitis aguda, otras y las no especificadas',
  'K40.9': 'Hernia inguinal unilateral o no especificada, sin obstrucción ni gangrena',
  'K59.0': 'Constipación',
  'K80.2': 'Cálculo de la vesícula biliar sin colecistitis',
  'K81.0': 'Colecistitis aguda',
  'L01.0': 'Impétigo [cualquier sitio anatómico] [cualquier organismo]',
  'L20.9': 'Dermatitis atópica, no especificada',
  'L30.9': 'Dermatitis, no especificada',
  'L70.0': 'Acné vulgar',
  'M15.9': 'Poliartrosis, no especificada',
  'M17.9': 'Gonartrosis, no especificada',
  'M25.5': 'Dolor en articulación',
  'M54.5': 'Lumbago no especificado',
  'M79.1': 'Mialgia',
  'N10': 'Nefritis tubulointersticial aguda',
  'N18.9': 'Enfermedad renal crónica, no especificada',
  'N20.0': 'Cálculo del riñón',
  'N39.0': 'Infección de vías urinarias, sitio no especificado',
  'N76.0': 'Vaginitis aguda',
  'N94.6': 'Dismenorrea, no especificada',
  'O03.9': 'Aborto espontáneo completo o no especificado, sin complicación',
  'O13': 'Hipertensión gestacional [inducida por el embarazo] sin proteinuria significativa',
  'O14.9': 'Preeclampsia, no especificada',
  'O24.4': 'Diabetes mellitus que se origina con el embarazo',
  'O80.9': 'Parto único espontáneo, sin otra especificación',
  'P07.3': 'Otros recién nacidos pretérmino',
  'P59.9': 'Ictericia neonatal, no especificada',
  'R05': 'Tos',
  'R10.4': 'Otros dolores abdominales y los no especificados',
  'R50.9': 'Fiebre, no especificada',
  'R51': 'Cefalea',
  'R11': 'Náusea y vómito',
  'S06.0': 'Conmoción cerebral',
  'S52.5': 'Fractura de la epífisis inferior del radio',
  'S61.9': 'Herida de la muñeca y de la mano, parte no especificada',
  'S93.4': 'Esguince y torcedura del tobillo',
  'T14.1': 'Herida de región no especificada del cuerpo',
  'T78.4': 'Alergia no especificada',
  'U07.1': 'COVID-19, virus identificado',
  'U07.2': 'COVID-19, virus no identificado',
  'Z00.0': 'Examen médico general',
  'Z00.1': 'Control de salud de rutina del niño',
  'Z01.4': 'Examen ginecológico (general) (de rutina)',
  'Z23': 'Necesidad de inmunización contra enfermedad bacteriana única',
  'Z30.0': 'Consejo y asesoramiento general sobre la anticoncepción',
  'Z34.9': 'Supervisión de embarazo normal no especificado',
  'Z39.2': 'Seguimiento postparto, de rutina',
  'Z09.8': 'Examen de seguimiento consecutivo a otros tratamientos por otras afecciones',
};

/** Returns the Spanish title of `code`, or null when this table does not know it. */
export function findIcd10Description(code: string): string | null {
  return DESCRIPTIONS[code] ?? null;
}

/** The codes that have a Spanish title here (for tests). */
export const DESCRIBED_CODES: readonly string[] = Object.keys(DESCRIPTIONS);

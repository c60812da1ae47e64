/** The education subgraph's user-facing messages, Spanish first. */
export const messages = {
  invalidDepartmentCode: 'El argumento departmentCode debe ser el código INE de un departamento: 01 a 09 (p. ej. 02 para La Paz).',
  invalidInstitutionCode: 'El argumento code no es un código de institución educativa (1 a 16 letras mayúsculas o dígitos).',
  errors: {
    invalidCi: 'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).',
    unknownInstitution: 'No existe una institución educativa con ese código.',
    levelNotOffered: (kind: string, levels: readonly string[]) => `Esa institución (${kind}) no ofrece ese nivel: ofrece ${levels.join(', ')}.`,
    invalidYear: (min: number, max: number) => `La gestión debe ser un año entre ${min} y ${max}.`,
    invalidCourse: 'El curso o la carrera no puede pasar de 120 caracteres.',
    alreadyEnrolled: 'La persona ya está inscrita en esa institución, en ese nivel y esa gestión.',
    gradeOutOfRange: 'La calificación debe ser un número entero de 0 a 100.',
    emptySubject: 'Indique la materia (1 a 100 caracteres).',
    invalidPeriod: 'El periodo no puede pasar de 60 caracteres (p. ej. "1er trimestre", "Semestre 1-2024", "Final").',
    unknownEnrolment: 'No existe esa inscripción.',
    invalidTitleName: 'El nombre del título debe tener de 1 a 200 caracteres (p. ej. "Bachiller en Humanidades").',
    invalidIssuedOn: 'La fecha de emisión debe ser una fecha AAAA-MM-DD válida y no futura.',
    notEnrolled: (level: string) =>
      `La persona no tiene en esa institución una inscripción de nivel ${level} vigente, promovida o concluida: no se puede emitir el título.`,
    titleAlreadyIssued: 'Esa institución ya emitió a esta persona un título de ese tipo con ese nombre.',
    deliveryUnavailable:
      'No se puede entregar el título al buzón ciudadano: el subgrafo no tiene credenciales de servicio (SERVICE_CLIENT_ID/SECRET). No se emitió nada.',
    deliveryFailed: (reason: string) => `El buzón ciudadano no recibió el título: ${reason.replace(/\.+$/, '')}. No se emitió nada.`,
  },
  verify: {
    genuine: 'Título auténtico: fue emitido por el Ministerio de Educación y está registrado.',
    genuineDocument: 'Título auténtico e inalterado: la firma del Ministerio de Educación es válida y el documento coincide con el registro.',
    notFound: 'No existe un título con ese código.',
    revoked: (on: string) => `Este título fue revocado el ${on}.`,
    malformed: 'Documento mal formado: se espera el texto JSON { payload, signature, keyId } exportado del buzón ciudadano.',
    altered: 'El documento no coincide con el título registrado: fue alterado o corresponde a otro título.',
    wrongIssuer: 'El documento no declara como emisor al Ministerio de Educación (MIN-EDUCACION).',
    badSignature: (reason: string) => `Firma inválida: ${reason}`,
    signatureUnchecked: 'No se pudo comprobar la firma del documento en este momento (servicio de verificación no disponible): no se lo puede dar por válido.',
  },
} as const;

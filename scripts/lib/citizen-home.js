'use strict';
// The "citizen home" query: one citizen's records from identity, entities, health,
// education, justice and labor in one request (what the portal's home page asks).
// Shared by `npm run bench` and the README.

const CITIZEN_HOME_QUERY = `query CitizenHome($ci: ID!) {
  citizen(ci: $ci) {
    fullName
    residence { name department { name } }
    affiliation { affiliationNumber status insurer { name } }
    healthRecord { encounters { occurredAt reason facility { name level } diagnoses { code description } } followUps { dueDate status } }
    academicRecord { enrolments { institution { name } level year status } titles { code kind name issuedOn } }
    judicialCases { number status court { name } hearings { startsAt courtroom } }
    employmentHistory { employer { name } position startDate endDate contributionsStatus }
  }
}`;

/** Throws unless `body` is a complete citizen home without errors. */
function assertCitizenHome(body) {
  const citizen = body && body.data && body.data.citizen;
  const complete =
    !body.errors &&
    citizen &&
    citizen.affiliation &&
    citizen.healthRecord &&
    citizen.healthRecord.encounters.length > 0 &&
    citizen.academicRecord.titles.length > 0 &&
    citizen.judicialCases.length > 0 &&
    citizen.employmentHistory.length > 0;
  if (!complete) throw new Error(`the citizen home is not complete: ${JSON.stringify(body).slice(0, 600)}`);
}

module.exports = { CITIZEN_HOME_QUERY, assertCitizenHome };

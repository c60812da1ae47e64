export { DEMO_CITIZEN, demoCitizens, demoCitizenAt, citizenKey, type DemoCitizen } from './demo-citizens';
export { MUNICIPALITY_CODES } from './municipality-codes';
export { createRandom } from './random';

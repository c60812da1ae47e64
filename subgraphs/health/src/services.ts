import type { DataSource } from 'typeorm';
import { AffiliateService } from './affiliate/affiliate.service';
import { AttentionService } from './attention/attention.service';
import { FacilityService } from './facility/facility.service';
import { ClinicalService } from './record/clinical.service';
import { HealthRecordService } from './record/health-record.service';
import type { Clock } from './shared/clock';

/** Services of the health subgraph, created once. */
export interface HealthServices {
  facilities: FacilityService;
  affiliates: AffiliateService;
  attentions: AttentionService;
  records: HealthRecordService;
  clinical: ClinicalService;
}

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource }: { dataSource: DataSource }, clock: Clock = () => new Date()): HealthServices {
  const facilities = new FacilityService(dataSource);
  const attentions = new AttentionService(dataSource, facilities, clock);
  return {
    facilities,
    affiliates: new AffiliateService(dataSource),
    attentions,
    records: new HealthRecordService(dataSource, clock),
    clinical: new ClinicalService(dataSource, facilities, attentions, clock),
  };
}

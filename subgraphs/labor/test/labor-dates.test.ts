import { experienceMonths, isCalendarDate, laPazToday } from '../src/labor-dates';

describe('labour dates', () => {
  it('counts overlapping periods once and a current job up to today', () => {
    // 2020 alone: 12 months; the same year twice, or split and overlapping, still 12.
    expect(experienceMonths([{ startDate: '2020-01-01', endDate: '2020-12-31' }], '2025-01-01')).toBe(12);
    expect(
      experienceMonths(
        [
          { startDate: '2020-01-01', endDate: '2020-08-31' },
          { startDate: '2020-06-01', endDate: '2020-12-31' },
          { startDate: '2020-03-01', endDate: '2020-04-30' },
        ],
        '2025-01-01',
      ),
    ).toBe(12);
    // Adjacent periods join; a gap does not count.
    expect(experienceMonths([{ startDate: '2021-01-01', endDate: '2021-06-30' }, { startDate: '2021-07-01', endDate: null }], '2021-12-31')).toBe(12);
    expect(experienceMonths([{ startDate: '2021-01-01', endDate: '2021-03-31' }, { startDate: '2021-10-01', endDate: '2021-12-31' }], '2022-06-01')).toBe(6);
    // A current job counts whole months up to today: 2019-02-01 … 2019-05-14 is 3 months.
    expect(experienceMonths([{ startDate: '2019-02-01', endDate: null }], '2019-05-14')).toBe(3);
    expect(experienceMonths([], '2022-06-01')).toBe(0);
  });

  it('accepts only real calendar dates and says which day it is in La Paz', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-2-01')).toBe(false);
    expect(laPazToday(new Date('2026-01-01T03:59:00Z'))).toBe('2025-12-31');
    expect(laPazToday(new Date('2026-01-01T04:00:00Z'))).toBe('2026-01-01');
  });
});

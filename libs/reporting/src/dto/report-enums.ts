import { registerEnumType } from '@nestjs/graphql';
import { ReportDimension } from '../report/report-dimension.enum';
import { ReportMeasure } from '../report/report-measure.enum';

registerEnumType(ReportMeasure, {
  name: 'ReportMeasure',
  description: 'What a report counts; see docs/reporting.md for the date each measure uses.',
});
registerEnumType(ReportDimension, {
  name: 'ReportDimension',
  description: 'What a report breaks a measure down by; every dimension is also a filter.',
});

export { ReportDimension, ReportMeasure };

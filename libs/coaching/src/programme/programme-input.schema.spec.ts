import { programmeInputSchema } from './programme-input.schema';

const valid = {
  institutionId: '7d3c3f0e-8f0c-4c36-9a63-2b1b1b0c7a11',
  name: ' Gender Coach Programme 2027 ',
  description: '',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  selfSignUp: true,
  managerIds: [],
};

describe('programmeInputSchema', () => {
  it('trims the name and stores an empty description as none', () => {
    expect(programmeInputSchema.parse(valid)).toMatchObject({
      name: 'Gender Coach Programme 2027',
      description: null,
    });
  });

  it('refuses dates that do not exist and an end before the start', () => {
    const paths = (input: object) =>
      programmeInputSchema
        .safeParse({ ...valid, ...input })
        .error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ startsOn: '2027-02-30' })).toEqual(['startsOn']);
    expect(paths({ endsOn: '2027-13-01' })).toEqual(['endsOn']);
    expect(paths({ startsOn: '2027-06-01', endsOn: '2027-05-31' })).toEqual(['endsOn']);
    expect(paths({ startsOn: '2027-06-01', endsOn: '2027-06-01' })).toBeUndefined();
    // A real JavaScript date, but no PostgreSQL one: refused as input, not failed in the database.
    expect(paths({ startsOn: '0000-01-01' })).toEqual(['startsOn']);
  });
});

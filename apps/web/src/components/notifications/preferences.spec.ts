import { describe, expect, it } from 'vitest';
import { minutesToTime, quietHoursProblem, timeToMinutes, toForm, toInput } from './preferences';

const answer = {
  kinds: [
    { kind: 'overdue', email: true, inApp: true },
    { kind: 'due_soon', email: true, inApp: false },
  ],
  quietHoursStart: 1320,
  quietHoursEnd: 420,
  timeZone: 'Europe/Sarajevo',
};

describe('quiet hours conversion', () => {
  it.each([
    ['00:00', 0],
    ['07:00', 420],
    ['22:00', 1320],
    ['23:59', 1439],
    ['08:30:00', 510],
  ])('%s is %i minutes after midnight', (time, minutes) => {
    expect(timeToMinutes(time)).toBe(minutes);
  });

  it.each(['', '7:00', '24:00', '12:60', 'noon'])('"%s" is not a time of day', (time) => {
    expect(timeToMinutes(time)).toBeNull();
  });

  it.each([
    [0, '00:00'],
    [420, '07:00'],
    [1320, '22:00'],
    [1439, '23:59'],
  ])('%i minutes is %s', (minutes, time) => {
    expect(minutesToTime(minutes)).toBe(time);
  });
});

describe('the settings form', () => {
  it('shows the server’s quiet hours as times and its kinds in the page’s order', () => {
    const form = toForm(answer);
    expect(form.kinds.map((choice) => choice.kind)).toEqual(['due_soon', 'overdue']);
    expect(form).toMatchObject({ quietHours: true, quietStart: '22:00', quietEnd: '07:00' });
  });

  it('has no quiet hours when the server has none', () => {
    const form = toForm({ ...answer, quietHoursStart: null, quietHoursEnd: null });
    expect(form).toMatchObject({ quietHours: false, quietStart: '', quietEnd: '' });
    expect(toInput(form)).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
  });

  it('builds the input: every kind’s channels and quiet hours in minutes', () => {
    const form = toForm(answer);
    form.kinds[0]!.email = false;
    form.quietStart = '21:30';
    form.quietEnd = '06:15';
    expect(toInput(form)).toEqual({
      kinds: [
        { kind: 'due_soon', email: false, inApp: false },
        { kind: 'overdue', email: true, inApp: true },
      ],
      quietHoursStart: 1290,
      quietHoursEnd: 375,
    });
  });

  it('sends both bounds null when "No quiet hours" is chosen, whatever the times say', () => {
    const form = { ...toForm(answer), quietHours: false };
    expect(toInput(form)).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
    expect(quietHoursProblem(form)).toBeNull();
  });

  it('refuses quiet hours with a time missing, or starting when they end', () => {
    expect(quietHoursProblem({ ...toForm(answer), quietEnd: '' })).toBe('missing');
    expect(quietHoursProblem({ ...toForm(answer), quietEnd: '22:00' })).toBe('same');
    expect(quietHoursProblem(toForm(answer))).toBeNull();
  });
});

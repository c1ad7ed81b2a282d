import { agendaSchedule, createStandardAgendaTemplate } from '../../../src/domain/agenda';
import {
  TIMER_NOT_STARTED,
  formatTimerDuration,
  isMeetingTimer,
  meetingTimerView,
  nextAgendaItem,
  resetMeetingTimer,
  startMeetingTimer,
  type MeetingTimer,
} from '../../../src/domain/meetingPanel';

const schedule = agendaSchedule(createStandardAgendaTemplate());
const START = Date.parse('2026-03-24T15:00:00Z');
const at = (minutes: number, seconds = 0) => START + minutes * 60_000 + seconds * 1000;

describe('meeting timer', () => {
  it('has nothing running before the meeting starts', () => {
    const view = meetingTimerView(TIMER_NOT_STARTED, { schedule, nowMs: at(3) });
    expect(view).toMatchObject({
      status: 'notStarted',
      currentIndex: undefined,
      meetingElapsedSeconds: 0,
    });
    expect(view.items.every((item) => item.progress === 'upcoming')).toBe(true);
    expect(view.meetingPlannedSeconds).toBe(3600);
  });

  it('counts down the first item once started', () => {
    const timer = startMeetingTimer(TIMER_NOT_STARTED, START);
    const view = meetingTimerView(timer, { schedule, nowMs: at(2) });
    expect(view).toMatchObject({ status: 'running', currentIndex: 0, remainingSeconds: 180 });
    expect(view.items[0]).toMatchObject({
      progress: 'current',
      elapsedSeconds: 120,
      overrunSeconds: 0,
    });
  });

  it('shows the overrun of an item that runs past its time box, and how far behind the meeting is', () => {
    const timer = startMeetingTimer(TIMER_NOT_STARTED, START);
    const view = meetingTimerView(timer, { schedule, nowMs: at(6, 30) });
    expect(view.items[0]).toMatchObject({ overrunSeconds: 90 });
    expect(view.remainingSeconds).toBe(0);
    expect(view.behindScheduleSeconds).toBe(90);
  });

  it('moves to the next item, keeping how long the last one really took', () => {
    let timer: MeetingTimer = startMeetingTimer(TIMER_NOT_STARTED, START);
    timer = nextAgendaItem(timer, { schedule, nowMs: at(7) });
    const view = meetingTimerView(timer, { schedule, nowMs: at(8) });
    expect(view.currentIndex).toBe(1);
    expect(view.items[0]).toMatchObject({
      progress: 'done',
      elapsedSeconds: 420,
      overrunSeconds: 120,
    });
    expect(view.items[1]).toMatchObject({ progress: 'current', elapsedSeconds: 60 });
    // Started 2 minutes late (planned 0:05) and within its box so far.
    expect(view.behindScheduleSeconds).toBe(120);
  });

  it('finishes the meeting after the last item and stops the clock', () => {
    let timer: MeetingTimer = startMeetingTimer(TIMER_NOT_STARTED, START);
    schedule.forEach((_, index) => {
      timer = nextAgendaItem(timer, { schedule, nowMs: at((index + 1) * 10) });
    });
    expect(timer.status).toBe('finished');
    const view = meetingTimerView(timer, { schedule, nowMs: at(120) });
    expect(view.meetingElapsedSeconds).toBe(3600);
    expect(view.items.every((item) => item.progress === 'done')).toBe(true);
    expect(view.behindScheduleSeconds).toBe(0);
  });

  it('ignores a second start and a next item before the start (the same object back)', () => {
    const running = startMeetingTimer(TIMER_NOT_STARTED, START);
    expect(startMeetingTimer(running, at(5))).toBe(running);
    expect(nextAgendaItem(TIMER_NOT_STARTED, { schedule, nowMs: at(1) })).toBe(TIMER_NOT_STARTED);
    expect(resetMeetingTimer()).toEqual(TIMER_NOT_STARTED);
  });

  it('never shows negative time when the clock steps back', () => {
    const timer = startMeetingTimer(TIMER_NOT_STARTED, START);
    expect(meetingTimerView(timer, { schedule, nowMs: at(-1) }).items[0]?.elapsedSeconds).toBe(0);
  });
});

describe('formatTimerDuration', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [600, '10:00'],
    [3725, '1:02:05'],
    [-4, '0:00'],
  ])('%s seconds → %s', (seconds, text) => {
    expect(formatTimerDuration(seconds)).toBe(text);
  });
});

describe('isMeetingTimer', () => {
  it.each([
    [TIMER_NOT_STARTED, true],
    [startMeetingTimer(TIMER_NOT_STARTED, START), true],
    [{ status: 'finished', startedAtMs: 1, endedAtMs: 2, finished: [] }, true],
    [
      { status: 'running', itemIndex: 0.5, startedAtMs: 1, itemStartedAtMs: 1, finished: [] },
      false,
    ],
    [{ status: 'finished', startedAtMs: 1, finished: [] }, false],
    [{ status: 'paused' }, false],
    [null, false],
    ['running', false],
  ])('reads %j back as a timer: %s', (value, expected) => {
    expect(isMeetingTimer(value)).toBe(expected);
  });
});

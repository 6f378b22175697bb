import type { StatsSummary } from '../../utils/stats/summary';
import { siteNames } from '../../utils/platform/sites';
import { countFigure, shareFigure, type FigureProps } from './Figure';

/** The compose coach's figures: what it caught and what the writer did about it. */
export const messageFigures = (m: StatsSummary['messages']): FigureProps[] => [
  countFigure('Coach shown', 'stat-coach-shown', m.coachShown),
  countFigure('Pings caught', 'stat-pings-caught', m.pingsCaught, 'bare “hey, got a minute?” messages'),
  countFigure('Rewrites taken', 'stat-rewrites', m.rewritesTaken),
  countFigure('Sent anyway', 'stat-sent-anyway', m.sentAnyway),
  shareFigure('Pings turned into proper messages', 'stat-proper-share', m.properShare, 'rewrites taken plus messages edited after a hold, per ping caught'),
];

/** The meeting coach's figures: invites it saw and the person-hours they came to. */
export const meetingFigures = (m: StatsSummary['meetings']): FigureProps[] => [
  countFigure('Meeting coach shown', 'stat-meeting-coach', m.coachShown),
  countFigure('Async alternatives taken', 'stat-async-taken', m.asyncTaken),
  countFigure('Person-hours avoided', 'stat-person-hours-avoided', m.personHoursAvoided, 'meetings replaced by a written alternative'),
  countFigure('Person-hours created', 'stat-person-hours-created', m.personHoursCreated, `meetings saved in ${siteNames('meeting')}`),
];

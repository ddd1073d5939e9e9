// The leaderboard: companions ranked by landed projects, then problems solved, then verified milestones.
import {h} from '../dom.js';
import {label, t} from '../i18n.js';
import {count} from '../format.js';
import {link} from '../router.js';
import {empty} from '../states.js';
import {table} from './table.js';

export function leaderboard(leaders) {
  if (!leaders.length) return empty(t('leaderboard.empty'));
  return table([
    [t('leaderboard.rank'), (leader, index) => count(index + 1)],
    [t('leaderboard.name'), leader => h('a', {href: link(`/companions/${encodeURIComponent(leader.companionId)}`)}, leader.name)],
    [t('leaderboard.kind'), leader => label('kind', leader.kind)],
    [t('leaderboard.landed'), leader => count(leader.landedProjects), 'number'],
    [t('leaderboard.solved'), leader => count(leader.problemsSolved), 'number'],
    [t('leaderboard.verified'), leader => count(leader.verifiedMilestones), 'number'],
  ], leaders, 'leaderboard-table');
}

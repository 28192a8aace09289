import { dateTime } from '$lib/dates';
import type { SessionUser } from '../auth/session';
import type { findStatementForStaff } from '../casefile/queries';
import { listAlertsOf } from './queries';

type Found = NonNullable<Awaited<ReturnType<typeof findStatementForStaff>>>;

/**
 * What the statement page shows of an urgent statement: whether someone is dealing with it, and
 * for managers and those the chain reached, who was told and when, and the next step.
 */
export async function urgentPanel(actor: SessionUser, found: Found, ownCase: boolean) {
	const s = found.statement;
	const seesChain = actor.roles.includes('manager') || !ownCase;
	return {
		acknowledged:
			s.acknowledgedAt && found.acknowledgedBy
				? { name: found.acknowledgedBy, date: dateTime(s.acknowledgedAt) }
				: null,
		canAcknowledge: !s.acknowledgedAt && !found.person.archivedAt,
		chain: seesChain
			? (await listAlertsOf(s.id)).map((a) => ({
					step: a.step,
					told: a.told,
					date: dateTime(a.at)
				}))
			: null,
		next: seesChain && s.nextEscalationAt ? dateTime(s.nextEscalationAt) : null
	};
}

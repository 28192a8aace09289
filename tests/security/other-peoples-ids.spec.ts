import { expect, request, test } from '@playwright/test';
import { ROUTE_ACCESS } from '../../src/lib/server/auth/access';
import { DEMO, DEMO_PASSWORD } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { routesWithIds, sample } from './routes';

/**
 * Every route with an id, opened with Jordan's ids (Sam's young person, North team) by people
 * to whom they are not theirs: a worker of another team, another young person, the lead and the
 * admin. Each must be refused or find nothing, and no answer may carry Jordan's name, case
 * reference or words — not in the page, its title, an export or a notification.
 */
const OUTSIDERS = {
	jamie: DEMO.jamie.signIn,
	maya: DEMO.maya.signIn,
	lead: DEMO.lead.signIn,
	admin: DEMO.admin.signIn
};
// Each person's own area holds their own records (the lead's "You said, we did" entries; the
// admin's subject-access duty, which is audited), so it is checked for everyone else.
const OWN_AREA: Record<string, string> = { lead: '/(staff)/lead', admin: '/(staff)/admin' };

for (const [who, identifier] of Object.entries(OUTSIDERS)) {
	test(`${who} finds nothing of Jordan's by id`, async ({ baseURL }) => {
		const [jordan] = queryTestDatabase<{ case_reference: string }>(
			"SELECT case_reference FROM young_people WHERE preferred_name = 'Jordan'"
		);
		const secrets = ['Jordan', jordan!.case_reference, 'every other Sunday', 'shouting at home'];
		const context = await request.newContext({
			baseURL,
			extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
		});
		await context.post('/login', {
			form: { identifier, password: DEMO_PASSWORD },
			maxRedirects: 0
		});
		const leaks: string[] = [];
		for (const routeId of routesWithIds(Object.keys(ROUTE_ACCESS))) {
			if (OWN_AREA[who] && routeId.startsWith(OWN_AREA[who])) continue;
			const url = sample(routeId);
			const response = await context.get(url, { maxRedirects: 0 });
			const body = await response.text();
			if (![403, 404].includes(response.status())) leaks.push(`${url} → ${response.status()}`);
			for (const secret of secrets)
				if (body.includes(secret)) leaks.push(`${url} shows "${secret}"`);
		}
		const notifications = await context.get('/worker/notifications', { maxRedirects: 0 });
		if (notifications.status() === 200) {
			const body = await notifications.text();
			for (const secret of secrets)
				if (body.includes(secret)) leaks.push(`notifications show "${secret}"`);
		}
		await context.dispose();
		expect(leaks).toEqual([]);
	});
}
